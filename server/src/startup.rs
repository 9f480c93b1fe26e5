//! Bringing the hub up: database, search index, content, then the listener.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use app::search::index::SearchIndex;
use app::state::AppState;
use axum::serve::ListenerExt as _;
use tokio::net::TcpListener;
use tokio::sync::Notify;

use crate::config::Config;
use crate::router;

/// How often the indexer looks for outbox entries written by other processes (changes made
/// by this one wake it at once).
const INDEXER_POLL: Duration = Duration::from_millis(200);

/// Imports the good-practice cases `content/cases/` ships (one TOML record a file), as
/// `hub import cases` would: idempotent by slug, so an unchanged file changes nothing. A file
/// that is not a valid record is logged (path: field: reason) and skipped.
pub async fn sync_content_cases(
    db: &app::db::DatabaseConnection,
    content_dir: &std::path::Path,
) -> anyhow::Result<app::cases::ssr::ImportReport> {
    let dir = content_dir.join("cases");
    if !dir.is_dir() {
        return Ok(app::cases::ssr::ImportReport::default());
    }
    let (paths, rows) = app::cases::ssr::read_toml_dir(&dir)?;
    let report = app::cases::ssr::import_rows(db, rows, "content/cases", false, |_, _| {}).await?;
    for rejected in &report.rejected {
        let path = usize::try_from(rejected.line).ok().and_then(|line| paths.get(line.wrapping_sub(1)));
        let path = path.map_or_else(|| dir.display().to_string(), |path| path.display().to_string());
        tracing::warn!("content case skipped: {path}: {}: {}", rejected.field, rejected.reason);
    }
    Ok(report)
}

/// Opens the database (migrating it), opens the search index, syncs `content/`, brings the
/// index up to date and starts the indexer task. Content problems are logged; they do not
/// stop the hub.
pub async fn prepare(config: &Config) -> anyhow::Result<AppState> {
    if config.is_sqlite() {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("cannot create the data folder {}", config.data_dir.display()))?;
    }
    app::assessment::ssr::check_frameworks()
        .map_err(|problem| anyhow::anyhow!("the assessment framework cannot be used: {problem}"))?;
    let db = app::db::connect_and_migrate(&config.database_url).await.context("opening the database")?;
    let search =
        SearchIndex::open(&config.index_dir, app::site::KINDS).context("opening the search index")?;
    let report = app::content::sync_dir(&db, &config.content_dir).await.context("syncing content")?;
    for problem in &report.problems {
        tracing::warn!(%problem, "content file skipped");
    }
    for slug in &report.kept_edits {
        tracing::info!(
            slug,
            "content file not applied: the article was edited in the hub since the last sync"
        );
    }
    tracing::info!(
        created = report.created.len(),
        updated = report.updated.len(),
        unchanged = report.unchanged,
        skipped = report.problems.len(),
        "content synced"
    );
    let cases = sync_content_cases(&db, &config.content_dir).await.context("syncing the content's cases")?;
    tracing::info!(
        created = cases.created,
        updated = cases.updated,
        unchanged = cases.unchanged,
        "content cases synced"
    );
    if search.needs_rebuild() {
        let count = search.rebuild(&db, |_, _| {}).await.context("building the search index")?;
        tracing::info!(count, "search index built");
    } else {
        let applied = search.catch_up(&db).await.context("updating the search index")?;
        tracing::info!(applied, "search index up to date");
    }
    tokio::spawn(search.clone().run_indexer(db.clone(), INDEXER_POLL));
    tokio::spawn(app::blog::ssr::scheduler::run(db.clone(), search.clone()));
    Ok(AppState {
        leptos_options: config.leptos.clone(),
        db,
        search,
        mail: config.mailer()?,
        limits: app::auth::ssr::RateLimits::default(),
        site: Arc::new(app::state::Site {
            public_url: config.public_url.clone(),
            uploads_dir: config.uploads_dir.clone(),
            // The router reads the built bundle and puts its versioned addresses here.
            bundle: app::client::Bundle::unversioned(&config.leptos.site_pkg_dir, &config.leptos.output_name),
        }),
    })
}

/// How long in-flight requests may take to finish once a stop was asked for.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Serves until SIGINT or SIGTERM, then lets in-flight requests finish (for at most
/// [`SHUTDOWN_GRACE`]).
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let started = Instant::now();
    let state = prepare(&config).await?;
    let addr = config.leptos.site_addr;
    let app = router::build(state, &config);
    let listener = TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    // Without TCP_NODELAY, a streamed answer (a static file: headers, then the body) waits
    // for the client's delayed acknowledgement, some 40 ms, before its body leaves.
    let listener = listener.tap_io(|stream| {
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%error, "TCP_NODELAY could not be set on a connection");
        }
    });
    tracing::info!(%addr, ready_ms = started.elapsed().as_millis() as u64, "Coalition Hub is serving on http://{addr}");
    let stopping = Arc::new(Notify::new());
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let server = axum::serve(listener, app).with_graceful_shutdown({
        let stopping = stopping.clone();
        async move {
            shutdown_signal().await;
            stopping.notify_one();
        }
    });
    tokio::select! {
        served = server => served.context("serving")?,
        () = async {
            stopping.notified().await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        } => tracing::warn!(
            grace_secs = SHUTDOWN_GRACE.as_secs(),
            "requests still running after the grace period; stopping anyway"
        ),
    }
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
