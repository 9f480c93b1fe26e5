//! Several hubs on one outbox: each process records how far its index has applied the
//! outbox, entries every live process has applied are pruned, and a process that was away
//! while entries it had not applied were pruned rebuilds its index.
//!
//! Policy: a process is live while it has recorded its position within [`LIVE_FOR`]; one
//! silent for longer no longer holds the outbox back. The newest [`KEEP`] entries are always
//! kept (a rebuild reads that far back for entries still being written). How far the outbox
//! was pruned is recorded, so a process that comes back behind that point knows its index
//! missed entries and rebuilds it (as `hub reindex` would).

use std::time::Duration;

use app::db::DatabaseConnection;
use app::db::statement;
use app::search::index::SearchIndex;
use sea_orm::{ConnectionTrait, Value};

/// How often a process records its position.
pub const RECORD_EVERY: Duration = Duration::from_secs(2);
/// How often a process prunes (every this many records).
const PRUNE_EVERY_RECORDS: u32 = 30;
/// A process silent for this long no longer holds the outbox back.
pub const LIVE_FOR: Duration = Duration::from_secs(15 * 60);
/// Newest outbox entries never pruned.
pub const KEEP: i64 = 1_000;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX))
}

async fn scalar(
    db: &DatabaseConnection,
    sql: &str,
    values: Vec<Value>,
) -> Result<Option<i64>, sea_orm::DbErr> {
    let row = db.query_one_raw(statement(db, sql, values)).await?;
    Ok(row.and_then(|row| row.try_get::<Option<i64>>("", "value").ok().flatten()))
}

/// The newest outbox position (0 for an empty outbox).
pub async fn newest(db: &DatabaseConnection) -> Result<i64, sea_orm::DbErr> {
    Ok(scalar(db, "SELECT MAX(id) AS value FROM index_outbox", vec![]).await?.unwrap_or(0))
}

/// How far the outbox was pruned: every entry at or below it is gone.
pub async fn pruned_through(db: &DatabaseConnection) -> Result<i64, sea_orm::DbErr> {
    Ok(scalar(db, "SELECT through AS value FROM outbox_pruning WHERE id = 1", vec![]).await?.unwrap_or(0))
}

/// Whether entries this index never applied were pruned.
pub async fn missed_pruned_entries(db: &DatabaseConnection, search: &SearchIndex) -> anyhow::Result<bool> {
    Ok(search.applied_through() < pruned_through(db).await?)
}

/// Records this process's position.
pub async fn record(
    db: &DatabaseConnection,
    instance: &str,
    search: &SearchIndex,
) -> Result<(), sea_orm::DbErr> {
    let docs = i64::try_from(search.num_docs()).unwrap_or(i64::MAX);
    db.execute_raw(statement(
        db,
        "INSERT INTO index_position (instance, position, applied_through, doc_count, updated_at) \
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (instance) DO UPDATE SET position = excluded.position, \
         applied_through = excluded.applied_through, doc_count = excluded.doc_count, updated_at = excluded.updated_at",
        vec![
            instance.into(),
            search.position().into(),
            search.applied_through().into(),
            docs.into(),
            now().into(),
        ],
    ))
    .await?;
    Ok(())
}

/// Prunes the entries every live process has applied, keeping the newest `keep`. Returns
/// how many were removed.
pub async fn prune(db: &DatabaseConnection, live_for: Duration, keep: i64) -> Result<u64, sea_orm::DbErr> {
    let since = now() - i64::try_from(live_for.as_secs()).unwrap_or(i64::MAX);
    let Some(floor) = scalar(
        db,
        "SELECT MIN(applied_through) AS value FROM index_position WHERE updated_at >= ?",
        vec![since.into()],
    )
    .await?
    else {
        return Ok(0);
    };
    let through = floor.min(newest(db).await? - keep);
    if through <= pruned_through(db).await? {
        return Ok(0);
    }
    // The mark first: a process reading it while entries go is told to rebuild a moment
    // early, never too late.
    db.execute_raw(statement(
        db,
        "INSERT INTO outbox_pruning (id, through) VALUES (1, ?) \
         ON CONFLICT (id) DO UPDATE SET through = excluded.through WHERE outbox_pruning.through < excluded.through",
        vec![through.into()],
    ))
    .await?;
    let removed =
        db.execute_raw(statement(db, "DELETE FROM index_outbox WHERE id <= ?", vec![through.into()])).await?;
    Ok(removed.rows_affected())
}

/// One process's view of the outbox, for `/readyz` and `/metrics`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lag {
    /// The newest outbox position.
    pub newest: i64,
    /// This index's position.
    pub position: i64,
}

impl Lag {
    /// Entries not applied yet.
    pub fn entries(&self) -> i64 {
        (self.newest - self.position).max(0)
    }
}

/// This process's lag now.
pub async fn lag(db: &DatabaseConnection, search: &SearchIndex) -> Result<Lag, sea_orm::DbErr> {
    Ok(Lag { newest: newest(db).await?, position: search.position() })
}

/// The task that records this process's position, prunes, and rebuilds the index when it
/// fell behind what was pruned. Runs until the process ends; failures are logged.
pub async fn keep(db: DatabaseConnection, search: SearchIndex, instance: String) {
    let mut rounds = 0u32;
    loop {
        tokio::time::sleep(RECORD_EVERY).await;
        if let Err(error) = record(&db, &instance, &search).await {
            tracing::warn!(%error, "the index position could not be recorded");
            continue;
        }
        match lag(&db, &search).await {
            Ok(lag) => {
                crate::metrics::outbox(&lag, search.num_docs());
                crate::metrics::pool(&db);
            }
            Err(error) => tracing::debug!(%error, "outbox lag not read"),
        }
        rounds = rounds.wrapping_add(1);
        if rounds.is_multiple_of(PRUNE_EVERY_RECORDS) {
            match prune(&db, LIVE_FOR, KEEP).await {
                Ok(0) => {}
                Ok(removed) => tracing::info!(removed, "applied outbox entries pruned"),
                Err(error) => tracing::warn!(%error, "the outbox could not be pruned"),
            }
            if let Err(error) = app::auth::ssr::shared_limits::forget_old(&db).await {
                tracing::warn!(?error, "old rate-limit hits could not be forgotten");
            }
            match missed_pruned_entries(&db, &search).await {
                Ok(false) => {}
                Ok(true) => {
                    tracing::warn!("outbox entries this index had not applied were pruned; rebuilding it");
                    if let Err(error) = search.rebuild(&db, |_, _| {}).await {
                        tracing::error!(error = %format!("{error:#}"), "the search index could not be rebuilt");
                    }
                }
                Err(error) => {
                    tracing::warn!(error = %format!("{error:#}"), "the pruning mark could not be read")
                }
            }
        }
    }
}
