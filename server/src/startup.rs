//! Bringing the hub up: database, search index, content, then the listener.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use app::search::index::SearchIndex;
use app::state::AppState;
use axum::Router;
use axum::extract::Request;
use axum::response::IntoResponse as _;
use axum::serve::ListenerExt as _;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tower::ServiceExt as _;

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

/// Start-up work done by one process at a time: migrations, then (unless turned off) the
/// content sync.
async fn start_up_work(config: &Config, db: &app::db::DatabaseConnection) -> anyhow::Result<()> {
    app::db::migrate(db).await.context("migrating the database")?;
    if !config.content_sync {
        tracing::info!("content sync turned off (HUB_CONTENT_SYNC=off)");
        return Ok(());
    }
    let report = app::content::sync_dir(db, &config.content_dir).await.context("syncing content")?;
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
    let cases = sync_content_cases(db, &config.content_dir).await.context("syncing the content's cases")?;
    tracing::info!(
        created = cases.created,
        updated = cases.updated,
        unchanged = cases.unchanged,
        "content cases synced"
    );
    let events = app::events::ssr::sync_dir(db, &config.content_dir.join("events"))
        .await
        .context("syncing the content's events")?;
    for problem in &events.problems {
        tracing::warn!(%problem, "content event skipped");
    }
    tracing::info!(
        created = events.created,
        updated = events.updated,
        unchanged = events.unchanged,
        "content events synced"
    );
    Ok(())
}

/// Opens the database (migrating it), opens the search index, syncs `content/`, brings the
/// index up to date and starts the indexer task. Content problems are logged; they do not
/// stop the hub.
pub async fn prepare(config: &Config) -> anyhow::Result<AppState> {
    app::assessment::ssr::check_frameworks()
        .map_err(|problem| anyhow::anyhow!("the assessment framework cannot be used: {problem}"))?;
    if config.is_sqlite() {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("cannot create the data folder {}", config.data_dir.display()))?;
    }
    let lock =
        app::db::StartUpLock::take(&config.database_url).await.context("waiting for the start-up lock")?;
    let db = app::db::connect(&config.database_url).await.context("opening the database")?;
    let work = start_up_work(config, &db).await;
    lock.release().await;
    work?;
    let search =
        SearchIndex::open(&config.index_dir, app::site::KINDS).context("opening the search index")?;
    if !search.needs_rebuild() && crate::outbox::missed_pruned_entries(&db, &search).await? {
        tracing::warn!("this hub was away while the outbox was pruned past its index; rebuilding the index");
        let count = search.rebuild(&db, |_, _| {}).await.context("rebuilding the search index")?;
        tracing::info!(count, "search index rebuilt");
    }
    let files = match config.file_store {
        crate::config::FileStoreKind::Folder => app::files::FileStore::Folder(config.uploads_dir.clone()),
        crate::config::FileStoreKind::Database => app::files::FileStore::Database(db.clone()),
    };
    if search.needs_rebuild() {
        let count = search.rebuild(&db, |_, _| {}).await.context("building the search index")?;
        tracing::info!(count, "search index built");
    } else {
        let applied = search.catch_up(&db).await.context("updating the search index")?;
        tracing::info!(applied, "search index up to date");
    }
    if let Err(err) = app::demand::ssr::load_synonyms(&db, &search).await {
        tracing::warn!(error = ?err, "the synonyms editors added could not be read; searching without them");
    }
    tokio::spawn(search.clone().run_indexer(db.clone(), INDEXER_POLL));
    tokio::spawn(app::search::log::run_pruning(db.clone()));
    tokio::spawn(app::blog::ssr::scheduler::run(db.clone(), search.clone()));
    let state = AppState {
        leptos_options: config.leptos.clone(),
        db,
        search,
        mail: config.mailer()?,
        limits: app::auth::ssr::RateLimits::default(),
        site: Arc::new(app::state::Site {
            public_url: config.public_url.clone(),
            files,
            // The router reads the built bundle and puts its versioned addresses here.
            bundle: app::client::Bundle::unversioned(&config.leptos.site_pkg_dir, &config.leptos.output_name),
        }),
    };
    tokio::spawn(app::events::ssr::tasks::run(state.clone()));
    Ok(state)
}

/// How long in-flight requests may take to finish once a stop was asked for.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Serves until SIGINT or SIGTERM. The listener is open from the start: while the hub
/// migrates, syncs and builds its index, `/livez` answers and everything else is 503. On a
/// stop signal `/readyz` says no for `HUB_DRAIN_SECS` (the load balancer stops sending
/// readers) while requests are still served, then the listener closes and in-flight
/// requests may finish (for at most [`SHUTDOWN_GRACE`]).
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let started = Instant::now();
    let addr = config.leptos.site_addr;
    let listener = TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    // Without TCP_NODELAY, a streamed answer (a static file: headers, then the body) waits
    // for the client's delayed acknowledgement, some 40 ms, before its body leaves.
    let listener = listener.tap_io(|stream| {
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%error, "TCP_NODELAY could not be set on a connection");
        }
    });
    crate::metrics::handle();
    if let Some(metrics_addr) = config.metrics_addr {
        let metrics = TcpListener::bind(metrics_addr)
            .await
            .with_context(|| format!("cannot listen on {metrics_addr} for metrics"))?;
        tokio::spawn(async move {
            if let Err(error) = axum::serve(metrics, crate::metrics::listener_routes()).await {
                tracing::error!(%error, "the metrics listener stopped");
            }
        });
    }
    let app: Arc<OnceLock<Router>> = Arc::new(OnceLock::new());
    let front = Router::new().fallback({
        let app = app.clone();
        move |request: Request| {
            let app = app.get().cloned();
            async move {
                match app {
                    Some(app) => app.oneshot(request).await.into_response(),
                    None => crate::health::starting(request).await,
                }
            }
        }
    });
    let stopping = Arc::new(Notify::new());
    let health = crate::health::Health::new(config.ready_max_lag);
    let server = axum::serve(listener, front.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown({
            let (stopping, health, drain) = (stopping.clone(), health.clone(), config.drain);
            async move {
                shutdown_signal().await;
                health.start_draining();
                tracing::info!(drain_secs = drain.as_secs(), "draining: not ready any more, still serving");
                tokio::time::sleep(drain).await;
                tracing::info!("shutting down: finishing in-flight requests");
                stopping.notify_one();
            }
        });
    let server = tokio::spawn(server.into_future());
    let state = tokio::select! {
        prepared = prepare(&config) => prepared?,
        () = stopping.notified() => {
            tracing::info!("stopped before it was ready");
            return Ok(());
        }
    };
    tokio::spawn(crate::outbox::keep(state.db.clone(), state.search.clone(), config.instance.clone()));
    let _ = app.set(router::build_with(state, &config, health));
    tracing::info!(%addr, ready_ms = started.elapsed().as_millis() as u64, "Coalition Hub is serving on http://{addr}");
    tokio::select! {
        served = server => served.context("serving")?.context("serving")?,
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
}
