//! Command-line interface of `hub`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use app::search::index::{OpenError, SearchIndex};

use crate::config::Config;
use crate::startup;

/// Coalition Hub: the knowledge-sharing hub of the Dynamic Coalition for Digital Capacity
/// Building. Configuration comes from `HUB_*` and `LEPTOS_*` environment variables.
#[derive(Debug, Parser)]
#[command(name = "hub", version, about)]
pub struct Cli {
    /// What to do; serving is the default.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A `hub` subcommand.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the hub (the default).
    Serve,
    /// Bring the database schema up to date (or roll back with --down).
    Migrate {
        /// Roll back this many migrations instead.
        #[arg(long, value_name = "STEPS")]
        down: Option<u32>,
    },
    /// Import data into the hub.
    Import {
        /// What to import.
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// Rebuild the search index from the database (or, with --check, compare them).
    Reindex {
        /// Compare the index with the database instead, and list every difference: exit
        /// status 0 when they agree, 1 when they do not.
        #[arg(long)]
        check: bool,
    },
    /// Manage accounts.
    User {
        /// What to do with accounts.
        #[command(subcommand)]
        what: UserCommand,
    },
}

/// What `hub user` does.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account (the first admin, typically). The password comes from the
    /// HUB_PASSWORD environment variable, or is asked for.
    Create {
        /// Email address to sign in with.
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// Site-wide role: member, editor or admin.
        #[arg(long, default_value = "member", value_parser = ["member", "editor", "admin"])]
        role: String,
    },
}

/// What `hub import` imports.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Sync Markdown content (default: HUB_CONTENT_DIR) into the database.
    Content {
        /// Folder to read instead of HUB_CONTENT_DIR.
        dir: Option<PathBuf>,
    },
    /// Import good-practice use cases from a JSON Lines file (the hub's own records or the
    /// digital-public-goods registry's entries), a JSON array (the JSON export) or a CSV file
    /// (the columns of the CSV export). Idempotent by slug; a row with any problem is
    /// reported (line, field, reason) and not imported; exit code 2 when a row was rejected.
    Cases {
        /// The file to import.
        file: PathBuf,
        /// Check every row and report what would change, without writing anything.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Runs `cli`; the exit code says whether everything went well.
pub async fn run(cli: Cli, config: Config) -> anyhow::Result<ExitCode> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => startup::serve(config).await.map(|()| ExitCode::SUCCESS),
        Command::Migrate { down } => migrate(&config, down).await,
        Command::Import { what: ImportCommand::Content { dir } } => import_content(&config, dir).await,
        Command::Import { what: ImportCommand::Cases { file, dry_run } } => {
            import_cases(&config, &file, dry_run).await
        }
        Command::Reindex { check: false } => reindex(&config).await,
        Command::Reindex { check: true } => check_index(&config).await,
        Command::User { what: UserCommand::Create { email, name, role } } => {
            create_user(&config, &email, &name, &role).await
        }
    }
}

async fn migrate(config: &Config, down: Option<u32>) -> anyhow::Result<ExitCode> {
    use sea_orm_migration::MigratorTrait;
    create_data_dir(config)?;
    let db = app::db::connect(&config.database_url).await.context("opening the database")?;
    match down {
        Some(steps) => app::db::migrations::Migrator::down(&db, Some(steps)).await?,
        None => app::db::migrations::Migrator::up(&db, None).await?,
    }
    let applied = app::db::migrations::Migrator::get_applied_migrations(&db).await?.len();
    println!("database schema: {applied} migrations applied");
    Ok(ExitCode::SUCCESS)
}

async fn import_content(config: &Config, dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    create_data_dir(config)?;
    let dir = dir.unwrap_or_else(|| config.content_dir.clone());
    let db = app::db::connect_and_migrate(&config.database_url).await.context("opening the database")?;
    let report = app::content::sync_dir(&db, &dir).await?;
    let cases = crate::startup::sync_content_cases(&db, &dir).await?;
    let events = app::events::ssr::sync_dir(&db, &dir.join("events")).await?;
    // A running hub holds the index and applies the change itself at its next poll.
    match SearchIndex::open(&config.index_dir, app::site::KINDS) {
        Ok(search) => {
            search.catch_up(&db).await?;
        }
        Err(OpenError::InUse) => println!("the running hub is updating the search index"),
        Err(err) => return Err(err.into()),
    }
    println!(
        "{}: {} created, {} updated, {} unchanged, {} kept (edited in the hub), {} skipped",
        dir.display(),
        report.created.len(),
        report.updated.len(),
        report.unchanged,
        report.kept_edits.len(),
        report.problems.len()
    );
    println!(
        "{}: {} cases created, {} updated, {} unchanged, {} skipped",
        dir.join("cases").display(),
        cases.created,
        cases.updated,
        cases.unchanged,
        cases.rejected.len()
    );
    println!(
        "{}: {} events created, {} updated, {} unchanged, {} skipped",
        dir.join("events").display(),
        events.created,
        events.updated,
        events.unchanged,
        events.problems.len()
    );
    for problem in &report.problems {
        eprintln!("skipped {problem}");
    }
    for problem in &events.problems {
        eprintln!("skipped {problem}");
    }
    Ok(if report.problems.is_empty() && cases.rejected.is_empty() && events.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

async fn import_cases(config: &Config, file: &std::path::Path, dry_run: bool) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let rows = app::cases::ssr::read_file(file)?;
    create_data_dir(config)?;
    let db = app::db::connect_and_migrate(&config.database_url).await.context("opening the database")?;
    let bar = ProgressBar::new(rows.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(if dry_run { "checking" } else { "importing" });
    let source = file
        .file_name()
        .map_or_else(|| file.display().to_string(), |name| name.to_string_lossy().into_owned());
    let report = app::cases::ssr::import_rows(&db, rows, &source, dry_run, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await?;
    bar.finish_and_clear();
    if !dry_run {
        match SearchIndex::open(&config.index_dir, app::site::KINDS) {
            Ok(search) => {
                search.catch_up(&db).await?;
            }
            Err(OpenError::InUse) => println!("the running hub is updating the search index"),
            Err(err) => return Err(err.into()),
        }
    }
    for rejected in &report.rejected {
        let slug = if rejected.slug.is_empty() { String::new() } else { format!(" ({})", rejected.slug) };
        eprintln!("{}:{}{slug}: {}: {}", file.display(), rejected.line, rejected.field, rejected.reason);
    }
    println!(
        "{}{}: {} rows: {} created, {} updated, {} unchanged, {} rejected ({:.1} s)",
        if dry_run { "dry run, nothing written: " } else { "" },
        file.display(),
        report.rows,
        report.created,
        report.updated,
        report.unchanged,
        report.rejected_rows(),
        started.elapsed().as_secs_f64()
    );
    Ok(if report.rejected.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) })
}

async fn reindex(config: &Config) -> anyhow::Result<ExitCode> {
    create_data_dir(config)?;
    let db = app::db::connect_and_migrate(&config.database_url).await.context("opening the database")?;
    let search = match SearchIndex::open(&config.index_dir, app::site::KINDS) {
        Ok(search) => search,
        Err(OpenError::InUse) => return reindex_by_running_hub(config, &db).await,
        Err(err) => return Err(err.into()),
    };
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message("indexing");
    let count = search
        .rebuild(&db, |done, total| {
            bar.set_length(total);
            bar.set_position(done);
        })
        .await?;
    bar.finish_with_message("indexed");
    println!("search index rebuilt: {count} documents");
    Ok(ExitCode::SUCCESS)
}

/// Compares the index with the database. A running hub may be a moment behind the latest
/// writes, so a difference is only reported once it lasted a few seconds.
async fn check_index(config: &Config) -> anyhow::Result<ExitCode> {
    let db = app::db::connect_and_migrate(&config.database_url).await.context("opening the database")?;
    let mut attempts = 0;
    loop {
        let differences =
            app::search::index::differences_in(&config.index_dir, &db, app::site::KINDS).await?;
        if differences.is_empty() {
            println!("the search index matches the database");
            return Ok(ExitCode::SUCCESS);
        }
        attempts += 1;
        if attempts == 5 {
            for difference in &differences {
                println!("{difference}");
            }
            println!("{} differences: run `hub reindex` to rebuild the index", differences.len());
            return Ok(ExitCode::from(1));
        }
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
}

/// A running hub holds the index: ask it, through the outbox, to rebuild (it keeps answering
/// searches from the old contents meanwhile), and wait until it has.
async fn reindex_by_running_hub(
    config: &Config,
    db: &app::db::DatabaseConnection,
) -> anyhow::Result<ExitCode> {
    let asked = app::search::index::request_rebuild(db).await?;
    let bar = ProgressBar::new_spinner();
    bar.set_message("the running hub is rebuilding the search index");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(600);
    loop {
        bar.tick();
        if SearchIndex::applied_position_in(&config.index_dir)? >= asked {
            bar.finish_with_message("search index rebuilt by the running hub");
            return Ok(ExitCode::SUCCESS);
        }
        if std::time::Instant::now() > deadline {
            bar.abandon_with_message("the running hub has not rebuilt the index yet; it will when it can");
            return Ok(ExitCode::from(1));
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

async fn create_user(config: &Config, email: &str, name: &str, role: &str) -> anyhow::Result<ExitCode> {
    let role = app::auth::Role::from_code(role).context("the role must be member, editor or admin")?;
    let password = match std::env::var("HUB_PASSWORD") {
        Ok(password) if !password.is_empty() => password,
        _ => rpassword::prompt_password("Password (at least 12 characters): ")
            .context("reading the password")?,
    };
    create_data_dir(config)?;
    let db = app::db::connect_and_migrate(&config.database_url).await.context("opening the database")?;
    match app::auth::ssr::create_account(&db, email, name, role, &password).await {
        Ok(id) => {
            println!("account {id} created: {name} <{}> as {}", email.trim().to_lowercase(), role.code());
            Ok(ExitCode::SUCCESS)
        }
        Err(app::error::AppError::Invalid { field, message }) => {
            eprintln!("{field}: {}", app::i18n::Locale::En.text(&message));
            Ok(ExitCode::from(2))
        }
        Err(err) => Err(anyhow::anyhow!("the account could not be created: {err}")),
    }
}

fn create_data_dir(config: &Config) -> anyhow::Result<()> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("cannot create the data folder {}", config.data_dir.display()))
}
