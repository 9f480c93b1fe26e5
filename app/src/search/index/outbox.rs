//! Where the index stands in the outbox: the highest position applied, and the positions
//! below it that were not there yet when it was read (the gaps).
//!
//! Policy: outbox ids are handed out when a row is inserted, not when its transaction
//! commits, so on PostgreSQL a transaction holding id 10 may commit after id 11 was read and
//! applied. "Everything up to the highest id applied" is therefore not "everything applied":
//! every id skipped below the highest one is remembered as a gap and read again at each
//! round until it shows up (it is then applied) or is settled. A gap settles once every
//! transaction that was running when it was seen has ended (PostgreSQL's snapshot horizon
//! passed the newest transaction id of that moment) and a few seconds passed: its id was
//! then rolled back, or burnt by a failed insert, and will never appear. On SQLite writers
//! take ids one after another under the write lock and commit before the next one starts,
//! so a gap can only be a rolled-back id and settles on the next read.

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};
use serde::{Deserialize, Serialize};

/// How long a gap is kept at least, for a writer that took its id before its transaction id
/// (a moment inside one insert).
pub(super) const GAP_GRACE_SECS: i64 = 5;
/// Gaps remembered at most; past it the oldest are given up (and logged).
pub(super) const MAX_GAPS: usize = 10_000;
/// How far below the highest id a rebuild looks for ids still being written.
pub(super) const REBUILD_WINDOW: i64 = 1_000;

/// What the index stores in its commit payload.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Payload {
    /// Highest `index_outbox.id` applied.
    pub(super) outbox: i64,
    /// Ids below it not seen yet.
    #[serde(default)]
    pub(super) gaps: Vec<Gap>,
}

/// An outbox id skipped when the ids above it were applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Gap {
    /// The id.
    pub(super) id: i64,
    /// When it was first seen missing (Unix seconds).
    pub(super) seen: i64,
    /// PostgreSQL: the first transaction id not yet started when it was seen missing; the
    /// gap cannot fill any more once the oldest running transaction is at or past it.
    #[serde(default)]
    pub(super) xmax: Option<i64>,
}

/// The database's transaction horizon: on PostgreSQL (the oldest transaction still running,
/// the first one not started yet); nothing elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Horizon {
    pub(super) xmin: i64,
    pub(super) xmax: i64,
}

/// Reads the horizon now (a fresh snapshot, outside any transaction).
pub(super) async fn horizon(db: &DatabaseConnection) -> Result<Option<Horizon>, sea_orm::DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(None);
    }
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin, \
             pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS xmax",
        ))
        .await?;
    Ok(row.and_then(|row| {
        Some(Horizon { xmin: row.try_get("", "xmin").ok()?, xmax: row.try_get("", "xmax").ok()? })
    }))
}

impl Gap {
    /// Whether the gap can no longer fill, given the horizon read before the read that
    /// still did not find it.
    pub(super) fn settled(&self, now: i64, before_read: Option<Horizon>) -> bool {
        match (self.xmax, before_read) {
            (Some(xmax), Some(horizon)) => horizon.xmin >= xmax && now - self.seen >= GAP_GRACE_SECS,
            // Not PostgreSQL: writers commit in id order.
            (None, None) => true,
            // The database changed under the index: keep the grace, then let go.
            _ => now - self.seen >= GAP_GRACE_SECS,
        }
    }
}

impl Payload {
    /// The payload after applying the ids `found` (sorted) read above `self.outbox` and among
    /// the gaps: found gaps are filled, settled ones dropped, ids skipped below the new
    /// highest become gaps. `before_read` is the horizon read before the outbox was, and
    /// `after_read` the one read after.
    pub(super) fn advance(
        &self,
        found: &[i64],
        now: i64,
        before_read: Option<Horizon>,
        after_read: Option<Horizon>,
    ) -> Payload {
        let highest = found.last().copied().unwrap_or(self.outbox).max(self.outbox);
        let mut gaps: Vec<Gap> = self
            .gaps
            .iter()
            .filter(|gap| found.binary_search(&gap.id).is_err() && !gap.settled(now, before_read))
            .copied()
            .collect();
        let xmax = after_read.map(|horizon| horizon.xmax);
        let mut expected = self.outbox + 1;
        for &id in found.iter().filter(|&&id| id > self.outbox) {
            gaps.extend((expected..id).map(|id| Gap { id, seen: now, xmax }));
            expected = id + 1;
        }
        if gaps.len() > MAX_GAPS {
            let dropped = gaps.len() - MAX_GAPS;
            tracing::warn!(dropped, "too many outbox gaps; the oldest are given up");
            gaps.drain(..dropped);
        }
        Payload { outbox: highest, gaps }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PG: Option<Horizon> = Some(Horizon { xmin: 100, xmax: 105 });

    #[test]
    fn skipped_ids_become_gaps_and_fill_later() {
        let start = Payload { outbox: 9, gaps: Vec::new() };
        let after = start.advance(&[11, 12, 14], 1_000, PG, PG);
        assert_eq!(after.outbox, 14);
        assert_eq!(after.gaps.iter().map(|g| g.id).collect::<Vec<_>>(), [10, 13]);
        assert!(after.gaps.iter().all(|g| g.xmax == Some(105)));
        let later = after.advance(&[10], 1_001, PG, PG);
        assert_eq!(later.outbox, 14, "a filled gap does not move the position back");
        assert_eq!(later.gaps.iter().map(|g| g.id).collect::<Vec<_>>(), [13]);
    }

    #[test]
    fn a_gap_settles_only_when_its_writers_ended_and_the_grace_passed() {
        let gap = Gap { id: 10, seen: 1_000, xmax: Some(105) };
        let running = Some(Horizon { xmin: 104, xmax: 110 });
        let ended = Some(Horizon { xmin: 105, xmax: 110 });
        assert!(!gap.settled(1_000 + 3_600, running), "a writer older than the gap still runs");
        assert!(!gap.settled(1_001, ended), "within the grace");
        assert!(gap.settled(1_000 + GAP_GRACE_SECS, ended));
        assert!(Gap { id: 10, seen: 1_000, xmax: None }.settled(1_000, None), "SQLite: at once");
    }

    #[test]
    fn gaps_are_capped() {
        let start = Payload { outbox: 0, gaps: Vec::new() };
        let after = start.advance(&[MAX_GAPS as i64 + 10], 0, None, None);
        assert_eq!(after.gaps.len(), MAX_GAPS);
        assert_eq!(after.gaps.last().map(|g| g.id), Some(MAX_GAPS as i64 + 9), "the newest are kept");
    }

    #[test]
    fn an_old_payload_reads_as_one_without_gaps() {
        let payload: Payload = serde_json::from_str(r#"{"outbox":42}"#).unwrap_or_default();
        assert_eq!(payload, Payload { outbox: 42, gaps: Vec::new() });
    }
}
