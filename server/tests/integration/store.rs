//! The store, on SQLite and on PostgreSQL: content sync, revisions, the index outbox and
#![expect(clippy::expect_used, reason = "in a test, a failed expectation is the failure report")]
//! migrations.

use crate::common::TestApp;
use app::db::entities::{article, article_revision};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use sea_orm_migration::MigratorTrait;

async fn revisions(app: &TestApp, slug: &str) -> Vec<article_revision::Model> {
    let row = article::Entity::find()
        .filter(article::Column::Slug.eq(slug))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("article exists");
    article_revision::Entity::find()
        .filter(article_revision::Column::ArticleId.eq(row.id))
        .all(&app.state.db)
        .await
        .expect("query")
}

async fn titles_found(app: &TestApp, query: &str) -> Vec<String> {
    titles_in(&app.state.search, query)
}

fn titles_in(index: &app::search::index::SearchIndex, query: &str) -> Vec<String> {
    let params = app::search::params::SearchParams { q: query.to_owned(), page: 1, ..Default::default() };
    let results = index.search(&params, &app::search::document::Viewer::public(), 10).expect("search");
    results.hits.into_iter().map(|hit| hit.title).collect()
}

async fn content_sync_is_idempotent(app: TestApp) {
    let count = article::Entity::find().count(&app.state.db).await.expect("count");
    assert_eq!(count, 3, "start-up synced the fixtures");
    let again = app.sync().await;
    assert_eq!(again.unchanged, 4, "three articles and one issue");
    assert!(again.created.is_empty() && again.updated.is_empty() && again.problems.is_empty());
    assert_eq!(revisions(&app, "alpha").await.len(), 1, "no new revision for an unchanged file");
}
on_both_databases!(content_sync_is_idempotent);

async fn a_changed_file_becomes_a_new_revision(app: TestApp) {
    app.write_content(
        "alpha.md",
        "+++\ntitle = \"Alpha, revised\"\nsummary = \"New summary.\"\ndate = 2026-10-01\n+++\n\nNow about interoperability.\n",
    );
    let report = app.sync().await;
    assert_eq!(report.updated, ["alpha"]);
    let history = revisions(&app, "alpha").await;
    assert_eq!(history.len(), 2);
    assert!(history.iter().any(|r| r.title == "Alpha: data use in ministries"), "the old text is kept");
    let page = app.get("/articles/alpha").await;
    assert_eq!(page.texts("article h1"), ["Alpha, revised"]);
    assert_eq!(titles_found(&app, "interoperability").await, ["Alpha, revised"]);
    assert!(titles_found(&app, "baseline").await.is_empty(), "the old text left the index");
}
on_both_databases!(a_changed_file_becomes_a_new_revision);

async fn a_bad_file_is_reported_and_the_rest_still_loads(app: TestApp) {
    app.write_content(
        "broken.md",
        "+++\ntitle = \"Broken\"\nsummary = \"S\"\ndate = 2026-01-01\ncolour = \"red\"\n+++\nBody\n",
    );
    app.write_content("Bad Name.md", "+++\ntitle = \"T\"\nsummary = \"S\"\ndate = 2026-01-01\n+++\n");
    app.write_content(
        "gamma.md",
        "+++\ntitle = \"Gamma\"\nsummary = \"S\"\ndate = 2026-01-01\n+++\nGamma body\n",
    );
    let report = app.sync().await;
    assert_eq!(report.created, ["gamma"]);
    assert_eq!(report.problems.len(), 2, "{:?}", report.problems);
    let broken = report.problems.iter().find(|p| p.path.ends_with("broken.md")).expect("broken reported");
    assert_eq!(broken.line, 5);
    assert!(broken.to_string().contains("broken.md:5:"), "{broken}");
    assert!(broken.message.contains("colour"), "{broken}");
    assert!(report.problems.iter().any(|p| p.path.ends_with("Bad Name.md")));
    assert_eq!(app.get("/articles/gamma").await.status, 200);
    assert_eq!(app.get("/articles/broken").await.status, 404);
}
on_both_databases!(a_bad_file_is_reported_and_the_rest_still_loads);

async fn an_edit_made_in_the_hub_is_never_overwritten_by_a_sync(app: TestApp) {
    let row = article::Entity::find()
        .filter(article::Column::Slug.eq("alpha"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("alpha");
    let edit = article_revision::ActiveModel {
        article_id: Set(row.id),
        title: Set("Edited in the hub".into()),
        summary: Set(row.summary.clone()),
        body_markdown: Set("Edited.".into()),
        origin: Set("app".into()),
        author: Set("An Editor".into()),
        note: Set("Fixed a figure".into()),
        created_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&app.state.db)
    .await
    .expect("insert edit");
    article::ActiveModel {
        id: Set(row.id),
        title: Set("Edited in the hub".into()),
        current_revision_id: Set(Some(edit.id)),
        ..Default::default()
    }
    .update(&app.state.db)
    .await
    .expect("point at edit");

    app.write_content(
        "alpha.md",
        "+++\ntitle = \"From the file\"\nsummary = \"S\"\ndate = 2026-10-01\n+++\nFile.\n",
    );
    let report = app.sync().await;
    assert_eq!(report.kept_edits, ["alpha"]);
    assert_eq!(app.get("/articles/alpha").await.texts("article h1"), ["Edited in the hub"]);
    assert_eq!(revisions(&app, "alpha").await.len(), 2, "the file did not add a revision");
}
on_both_databases!(an_edit_made_in_the_hub_is_never_overwritten_by_a_sync);

async fn the_index_follows_the_outbox_and_rebuilds_from_the_database(app: TestApp) {
    assert_eq!(titles_found(&app, "gouvernance").await, ["Bêta : la gouvernance des données"]);
    assert_eq!(app.state.search.num_docs(), 3);
    app.write_content("delta.md", "+++\ntitle = \"Delta\"\nsummary = \"Procurement of cloud services.\"\ndate = 2026-02-01\n+++\nBody.\n");
    app.sync().await;
    assert_eq!(titles_found(&app, "procurement").await, ["Delta"]);
    assert_eq!(titles_found(&app, "delta -\"unclosed AND (").await, ["Delta"], "whatever is typed is parsed");

    let rebuilt = app.state.search.rebuild(&app.state.db, |_, _| {}).await.expect("rebuild");
    assert_eq!(rebuilt, 4);
    assert_eq!(app.state.search.num_docs(), 4);
    assert_eq!(titles_found(&app, "procurement").await, ["Delta"]);
}
on_both_databases!(the_index_follows_the_outbox_and_rebuilds_from_the_database);

async fn a_deleted_item_leaves_the_index_with_its_outbox_entry(app: TestApp) {
    use app::db::entities::index_outbox;
    use sea_orm::TransactionTrait;
    assert_eq!(titles_found(&app, "ministries").await, ["Alpha: data use in ministries"]);
    let row = article::Entity::find()
        .filter(article::Column::Slug.eq("alpha"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("alpha");
    let txn = app.state.db.begin().await.expect("begin");
    article::Entity::delete_by_id(row.id).exec(&txn).await.expect("delete");
    index_outbox::ActiveModel {
        kind: Set("article".into()),
        item_id: Set(row.id),
        created_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .expect("outbox entry");
    txn.commit().await.expect("commit");
    app.state.search.catch_up(&app.state.db).await.expect("apply");
    assert!(titles_found(&app, "ministries").await.is_empty());
    assert_eq!(app.state.search.num_docs(), 2);
}
on_both_databases!(a_deleted_item_leaves_the_index_with_its_outbox_entry);

async fn a_restarted_index_replays_what_it_missed(app: TestApp) {
    use app::search::index::SearchIndex;
    let db = &app.state.db;
    let dir = tempfile::tempdir().expect("index dir");
    let index = SearchIndex::open(dir.path(), app::site::KINDS).expect("open");
    assert_eq!(index.rebuild(db, |_, _| {}).await.expect("build"), 3);
    // Content lands in the database, but the process stops before its indexer runs.
    app.write_content(
        "epsilon.md",
        "+++\ntitle = \"Epsilon\"\nsummary = \"Cybersecurity awareness.\"\ndate = 2026-03-01\n+++\nBody.\n",
    );
    app::content::sync_dir(db, &app.content_dir).await.expect("sync");
    assert!(titles_in(&index, "cybersecurity").is_empty());
    drop(index);

    let reopened = SearchIndex::open(dir.path(), app::site::KINDS).expect("reopen");
    assert!(!reopened.needs_rebuild());
    assert_eq!(reopened.catch_up(db).await.expect("replay"), 1);
    assert_eq!(titles_in(&reopened, "cybersecurity"), ["Epsilon"]);
    assert_eq!(reopened.num_docs(), 4);
}
on_both_databases!(a_restarted_index_replays_what_it_missed);

async fn migrations_roll_back_and_forward(app: TestApp) {
    use app::db::migrations::Migrator;
    Migrator::down(&app.state.db, None).await.expect("down");
    assert!(Migrator::get_applied_migrations(&app.state.db).await.expect("status").is_empty());
    Migrator::up(&app.state.db, None).await.expect("up again");
    assert_eq!(
        Migrator::get_applied_migrations(&app.state.db).await.expect("status").len(),
        Migrator::migrations().len()
    );
    let report = app.sync().await;
    assert_eq!(report.created.len(), 3, "the schema works after a round trip");
}
on_both_databases!(migrations_roll_back_and_forward);

#[tokio::test]
async fn the_shipped_content_loads_without_problems() {
    let app = TestApp::sqlite().await;
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let report = app::content::sync_dir(&app.state.db, &content).await.expect("sync");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.created.len() >= 5);
}

async fn a_running_hub_indexes_what_another_process_wrote(app: TestApp) {
    // Another process (here: a second connection, as `hub import` would use) syncs content.
    let other = app::db::connect(&app.config.database_url).await.expect("second connection");
    app.write_content(
        "zeta.md",
        "+++\ntitle = \"Zeta\"\nsummary = \"Accessibility audits.\"\ndate = 2026-04-01\n+++\nBody.\n",
    );
    app::content::sync_dir(&other, &app.content_dir).await.expect("sync from elsewhere");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while titles_found(&app, "accessibility").await.is_empty() {
        assert!(std::time::Instant::now() < deadline, "the indexer task never applied the outbox");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(titles_found(&app, "accessibility").await, ["Zeta"]);
}
on_both_databases!(a_running_hub_indexes_what_another_process_wrote);

/// Waits up to `within` for `query` to find exactly `titles`; how long it took.
async fn until_found(
    app: &TestApp,
    query: &str,
    titles: &[&str],
    within: std::time::Duration,
) -> std::time::Duration {
    let started = std::time::Instant::now();
    loop {
        if titles_found(app, query).await == titles {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < within,
            "`{query}` still finds {:?} after {within:?}",
            titles_found(app, query).await
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// PostgreSQL hands out outbox ids at insert time: a transaction that took a lower id and
/// commits after a higher one was applied must still reach the index (here: an article
/// deleted, which must stop being found), and the index then matches the database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_committed_after_a_later_one_still_reaches_the_index() {
    use app::db::entities::index_outbox;
    use sea_orm::TransactionTrait;
    let Some(app) = TestApp::start(crate::common::Backend::Postgres).await else { return };
    // The hub's own indexer task (started with the app) applies the outbox.
    assert_eq!(titles_found(&app, "ministries").await, ["Alpha: data use in ministries"]);
    let alpha = article::Entity::find()
        .filter(article::Column::Slug.eq("alpha"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("alpha");

    // The slow writer takes its outbox id first and holds it.
    let slow = app.state.db.begin().await.expect("begin");
    article::Entity::delete_by_id(alpha.id).exec(&slow).await.expect("delete");
    let held = index_outbox::ActiveModel {
        kind: Set("article".into()),
        item_id: Set(alpha.id),
        created_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(&slow)
    .await
    .expect("outbox entry")
    .id;

    // A faster writer takes the next id, commits, and is applied.
    app.write_content("delta.md", "+++\ntitle = \"Delta\"\nsummary = \"Procurement of cloud services.\"\ndate = 2026-02-01\n+++\nBody.\n");
    app::content::sync_dir(&app.state.db, &app.content_dir).await.expect("sync");
    until_found(&app, "procurement", &["Delta"], std::time::Duration::from_secs(5)).await;
    let applied =
        app::search::index::SearchIndex::applied_position_in(&app.config.index_dir).expect("position");
    assert!(applied > held, "the later id ({applied}) was applied before the held one ({held}) committed");

    slow.commit().await.expect("commit");
    let took = until_found(&app, "ministries", &[], std::time::Duration::from_secs(1)).await;
    eprintln!("the change committed out of order was searchable after {took:?}");
    assert!(app.state.search.differences(&app.state.db).await.expect("check").is_empty());

    // A change that bypassed the outbox is what the check reports.
    let beta = article::Entity::find()
        .filter(article::Column::Slug.ne("delta"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("another article");
    article::Entity::delete_by_id(beta.id).exec(&app.state.db).await.expect("delete");
    let differences = app.state.search.differences(&app.state.db).await.expect("check");
    assert_eq!(
        differences,
        [format!("article:{}: in the index but not searchable in the database", beta.id)]
    );
    let on_disk = app::search::index::differences_in(&app.config.index_dir, &app.state.db, app::site::KINDS)
        .await
        .expect("check from the folder");
    assert_eq!(on_disk, differences);
}
