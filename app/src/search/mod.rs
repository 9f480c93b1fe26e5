//! Search over everything the hub publishes.
//!
//! Policy: the tantivy index is a view derived from the database. Changes reach it only
//! through the `index_outbox` table, applied in order; the index remembers the last outbox
//! position it applied in its own commit payload, so a restart resumes where it stopped and
//! `hub reindex` can rebuild it from the database at any time.

#[cfg(feature = "ssr")]
pub mod index;
