//! Several hubs on one database, in one process: simultaneous starts on a fresh database,
//! the shared file store, the outbox positions and pruning, and readiness.

use std::time::Duration;

use app::search::index::SearchIndex;
use axum::http::StatusCode;
use leptos::config::LeptosOptions;
use sea_orm::{ConnectionTrait as _, EntityTrait as _, PaginatorTrait as _};
use server::config::Config;

use crate::common::{Backend, TestApp, fixtures};

/// A configuration over `database_url` with its own data folder in `dir`.
fn config(dir: &std::path::Path, database_url: &str, settings: &[(&str, &str)]) -> Config {
    let mut vars = vec![
        ("HUB_DATA_DIR", dir.display().to_string()),
        ("HUB_DATABASE_URL", database_url.to_owned()),
        ("HUB_CONTENT_DIR", fixtures().display().to_string()),
    ];
    vars.extend(settings.iter().map(|(name, value)| (*name, (*value).to_owned())));
    let leptos =
        LeptosOptions::builder().output_name("hub").site_root(dir.join("site").display().to_string()).build();
    Config::from_vars(
        |name| vars.iter().find(|(key, _)| *key == name).map(|(_, value)| value.clone()),
        leptos,
    )
    .expect("config")
}

#[tokio::test]
async fn three_hubs_starting_at_once_on_a_fresh_database_all_serve() {
    let Some(url) = crate::common::postgres_database().await else { return };
    let dirs: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir().expect("dir")).collect();
    let configs: Vec<Config> = dirs.iter().map(|dir| config(dir.path(), &url, &[])).collect();
    let (a, b, c) = tokio::join!(
        server::startup::prepare(&configs[0]),
        server::startup::prepare(&configs[1]),
        server::startup::prepare(&configs[2]),
    );
    let states = [a.expect("first starts"), b.expect("second starts"), c.expect("third starts")];
    let articles = app::db::entities::article::Entity::find().count(&states[0].db).await.expect("count");
    assert_eq!(articles, 3, "the content was synced once, completely");
    for state in &states {
        assert_eq!(state.search.num_docs(), 3, "every hub indexed it");
    }
}

#[tokio::test]
async fn a_hub_with_the_content_sync_off_leaves_content_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}", dir.path().join("hub.db").display());
    let state = server::startup::prepare(&config(dir.path(), &url, &[("HUB_CONTENT_SYNC", "off")]))
        .await
        .expect("starts");
    let articles = app::db::entities::article::Entity::find().count(&state.db).await.expect("count");
    assert_eq!(articles, 0);
}

async fn files_in_the_database_are_served_with_the_file_headers(app: TestApp) {
    let files = &app.state.site.files;
    assert!(files.folder().is_none(), "the database store was chosen");
    let name = "0123456789abcdef0123456789abcdef";
    let png: Vec<u8> = (0..app::files::CHUNK_BYTES + 100).map(|n| (n % 7) as u8).collect();
    files.put("images", &format!("{name}-640x360.png"), &png).await.expect("put");
    files.put("files", &format!("{name}.pdf"), b"%PDF-1.4\n%%EOF").await.expect("put");

    let image = app.get(&format!("/media/images/{name}-640x360.png")).await;
    assert_eq!(image.status, StatusCode::OK);
    assert_eq!(image.body.len(), png.len(), "both chunks were streamed");
    assert_eq!(image.header("content-type"), Some("image/png"));
    assert_eq!(image.header("x-content-type-options"), Some("nosniff"));
    assert!(image.header("content-security-policy").is_some_and(|csp| csp.contains("sandbox")));
    assert!(image.header("cache-control").is_some_and(|cc| cc.contains("immutable")));
    assert_eq!(image.header("content-disposition"), None, "images are shown inline");
    let etag = image.header("etag").expect("an etag").to_owned();
    let again = app.get_with(&format!("/media/images/{name}-640x360.png"), &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());

    let pdf = app.get(&format!("/media/files/{name}.pdf")).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header("content-disposition"), Some("attachment"));
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert_eq!(app.get(&format!("/media/images/{name}-1x1.png")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/media/images/../hub.db").await.status, StatusCode::NOT_FOUND);
}

mod files_in_the_database {
    use super::*;

    #[tokio::test]
    async fn sqlite() {
        let app =
            TestApp::start_with(Backend::Sqlite, &[("HUB_FILE_STORE", "database")]).await.expect("sqlite");
        files_in_the_database_are_served_with_the_file_headers(app).await;
    }

    #[tokio::test]
    async fn postgres() {
        if let Some(app) = TestApp::start_with(Backend::Postgres, &[("HUB_FILE_STORE", "database")]).await {
            files_in_the_database_are_served_with_the_file_headers(app).await;
        }
    }
}

async fn applied_entries_are_pruned_once_every_live_hub_has_them(app: TestApp) {
    let db = &app.state.db;
    // A second hub's index on the same database.
    let dir = tempfile::tempdir().expect("index dir");
    let other = SearchIndex::open(dir.path(), app::site::KINDS).expect("open");
    other.rebuild(db, |_, _| {}).await.expect("build");
    for id in 0..20 {
        app::search::index::enqueue(db, "article", 1_000_000 + id).await.expect("enqueue");
    }
    app.state.search.catch_up(db).await.expect("catch up");
    server::outbox::record(db, "first", &app.state.search).await.expect("record");
    server::outbox::record(db, "second", &other).await.expect("record");
    let newest = server::outbox::newest(db).await.expect("newest");
    // The second hub has not applied the new entries: nothing it needs goes.
    let removed = server::outbox::prune(db, Duration::from_secs(60), 2).await.expect("prune");
    let left = outbox_ids(db).await;
    assert!(
        left.iter().filter(|id| **id > other.applied_through()).count() >= 20,
        "{removed} removed: {left:?}"
    );
    // Once it has, all but the newest two go.
    other.catch_up(db).await.expect("second catches up");
    server::outbox::record(db, "second", &other).await.expect("record");
    server::outbox::prune(db, Duration::from_secs(60), 2).await.expect("prune");
    assert_eq!(outbox_ids(db).await, [newest - 1, newest]);
    assert_eq!(server::outbox::pruned_through(db).await.expect("mark"), newest - 2);
    // A third hub that was away (its index stopped before these entries) must rebuild.
    let away_dir = tempfile::tempdir().expect("index dir");
    let away = SearchIndex::open(away_dir.path(), app::site::KINDS).expect("open");
    assert!(!server::outbox::missed_pruned_entries(db, &other).await.expect("read"));
    assert!(
        server::outbox::missed_pruned_entries(db, &away).await.expect("read"),
        "an empty index missed them"
    );
    // A hub silent for longer than the live window no longer holds the outbox back.
    db.execute_unprepared("UPDATE index_position SET updated_at = 0 WHERE instance = 'second'")
        .await
        .expect("age");
    app::search::index::enqueue(db, "article", 2_000_000).await.expect("enqueue");
    app::search::index::enqueue(db, "article", 2_000_001).await.expect("enqueue");
    app.state.search.catch_up(db).await.expect("catch up");
    server::outbox::record(db, "first", &app.state.search).await.expect("record");
    server::outbox::prune(db, Duration::from_secs(60), 1).await.expect("prune");
    assert_eq!(outbox_ids(db).await.len(), 1);
}
on_both_databases!(applied_entries_are_pruned_once_every_live_hub_has_them);

async fn outbox_ids(db: &app::db::DatabaseConnection) -> Vec<i64> {
    use sea_orm::{QueryOrder as _, QuerySelect as _};
    app::db::entities::index_outbox::Entity::find()
        .select_only()
        .column(app::db::entities::index_outbox::Column::Id)
        .order_by_asc(app::db::entities::index_outbox::Column::Id)
        .into_tuple()
        .all(db)
        .await
        .expect("outbox")
}

#[tokio::test]
async fn readiness_and_liveness() {
    let app = TestApp::sqlite().await;
    let health = server::health::Health::new(1000);
    let router = server::router::build_with(app.state.clone(), &app.config, health.clone());
    let get = |path: &'static str| {
        let router = router.clone();
        async move {
            use tower::ServiceExt as _;
            let request = axum::http::Request::get(path).body(axum::body::Body::empty()).expect("request");
            router.oneshot(request).await.expect("answer").status()
        }
    };
    assert_eq!(get("/livez").await, StatusCode::OK);
    assert_eq!(get("/readyz").await, StatusCode::OK);
    assert_eq!(get("/healthz").await, StatusCode::OK);
    assert_eq!(get("/metrics").await, StatusCode::NOT_FOUND, "metrics are not public");
    health.start_draining();
    assert_eq!(get("/readyz").await, StatusCode::SERVICE_UNAVAILABLE, "draining");
    assert_eq!(get("/livez").await, StatusCode::OK, "still alive while draining");
    assert_eq!(get("/healthz").await, StatusCode::OK);
}

#[tokio::test]
async fn metrics_need_the_token() {
    let token = "a-metrics-token-long-enough";
    let app = TestApp::start_with(Backend::Sqlite, &[("HUB_METRICS_TOKEN", token)]).await.expect("sqlite");
    app.get("/").await;
    let refused = app.get_json("/metrics", &[("authorization", "Bearer wrong-token-wrong-token")]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let scrape = app.get_json("/metrics", &[("authorization", &format!("Bearer {token}"))]).await;
    assert_eq!(scrape.status, StatusCode::OK);
    assert!(scrape.body.contains("hub_http_requests_total"), "{}", scrape.body);
    assert!(scrape.body.contains("route=\"/\""), "{}", scrape.body);
}
