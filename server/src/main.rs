//! `hub`: serves Coalition Hub, or runs one of its maintenance commands.

use std::process::ExitCode;

use clap::Parser as _;
use server::cli::{Cli, run};
use server::config::Config;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tantivy=warn")),
        )
        .init();
    let cli = Cli::parse();
    let result = match Config::from_env() {
        Ok(config) => run(cli, config).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            tracing::error!("{err:#}");
            eprintln!("hub: {err:#}");
            ExitCode::FAILURE
        }
    }
}
