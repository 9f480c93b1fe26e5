//! Search over everything the hub publishes.
//!
//! Policy: the tantivy index is a view derived from the database. Changes reach it only
//! through the `index_outbox` table, written in the same transaction as the change and
//! applied in order by one indexer task; the index remembers the last outbox position it
//! applied in its own commit payload, so a restart (even after a crash) resumes where it
//! stopped, and `hub reindex` rebuilds it from the database at any time. Every document
//! carries its audience (and a `restricted` mark unless public), and every query leaves out
//! the restricted items outside the viewer's audiences, so hits, snippets, counts, feeds
//! and suggestions only ever come from what the viewer may read.
//!
//! - `params`: what a search asks for, as the URL carries it (both targets);
//! - `api`: wire types and the server function (both targets);
//! - `pages`: the search page, the header search box and the live-search island;
//! - `document`: what the index holds (server; each kind's documents come from its
//!   feature, through the registry in `crate::kinds`);
//! - `analysis`: per-language analyzers (server);
//! - `index`: the `SearchIndex` service (server);
//! - `log`: the search log, without personal data (server);
//! - `synonyms`: synonyms and acronyms applied at query time (server);
//! - `ssr`: search services, the JSON API shape and Atom feeds (server).

pub mod api;
pub mod pages;
pub mod params;

#[cfg(feature = "ssr")]
mod analysis;
#[cfg(feature = "ssr")]
pub mod document;
#[cfg(feature = "ssr")]
pub mod index;
#[cfg(feature = "ssr")]
pub mod log;
#[cfg(feature = "ssr")]
pub mod ssr;
#[cfg(feature = "ssr")]
pub mod synonyms;

pub(crate) use pages::{LiveSearch, Results};
pub use pages::{SearchBox, SearchPage};
#[cfg(feature = "ssr")]
pub use ssr::log_search;

/// Runs `params` as the public sees it (what anyone may read, one result per work in the
/// reader's language), at most `limit` hits: how a feature lists what the index holds.
#[cfg(feature = "ssr")]
pub async fn public_search(
    index: &index::SearchIndex,
    params: params::SearchParams,
    limit: usize,
) -> crate::error::AppResult<api::SearchResults> {
    ssr::search(index, params, document::Viewer::public(), limit).await
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
