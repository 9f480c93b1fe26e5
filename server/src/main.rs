//! `hub`: serves Coalition Hub, or runs one of its maintenance commands.

use std::process::ExitCode;

use clap::Parser as _;
use server::cli::{Cli, run};
use server::config::Config;
use server::logging;

#[tokio::main]
async fn main() -> ExitCode {
    let format = match logging::Format::from_env() {
        Ok(format) => format,
        Err(err) => {
            eprintln!("hub: {err:#}");
            return ExitCode::FAILURE;
        }
    };
    let _log = logging::init(format);
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
