//! The task that publishes scheduled posts at their time, whether or not anyone is reading.

use std::time::Duration;

use sea_orm::DatabaseConnection;

use crate::search::index::SearchIndex;

/// How often the scheduler looks for posts that fell due.
pub const TICK: Duration = Duration::from_secs(1);

/// Runs for as long as the hub does: publishes every post whose time has come, at start-up
/// (what fell due while the hub was down) and then every [`TICK`].
pub async fn run(db: DatabaseConnection, search: SearchIndex) {
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match super::workflow::publish_due(&db).await {
            Ok(0) => {}
            Ok(count) => {
                search.notify_changed();
                tracing::info!(count, "scheduled posts published");
            }
            Err(error) => tracing::warn!(%error, "scheduled posts could not be published; trying again"),
        }
    }
}
