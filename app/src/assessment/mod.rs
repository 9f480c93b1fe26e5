//! The capacity self-assessment on the competency framework: where a person or an
//! administration stands in the three domains, and what to learn next.
//!
//! Policy:
//! - the framework is versioned data (`content/assessment/framework-*.toml`), checked at
//!   start-up; a cycle keeps the version it was opened with;
//! - a private self-reflection stores nothing unless the person asks (the answers travel in
//!   the form until then), and then without a name, under a private link;
//! - staff answer a cycle anonymously; no figure about an organisation's staff is ever built
//!   from fewer than 5 respondents, on any page, export or benchmark (`ssr::profile`);
//! - every account attached to an organisation coordinates its cycles; admins see that
//!   cycles exist, never answers or figures (`ssr::cycles`);
//! - nothing of it goes to search, feeds or the sitemap.
//!
//! - `api`, `pages`, `cycle_pages`, `respond_pages`, `components`: wire types, server
//!   functions and pages (both targets);
//! - `ssr`: the framework, scoring, storage, profiles, benchmarks, exports and handlers.

pub mod api;
mod components;
mod cycle_pages;
mod pages;
mod respond_pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use cycle_pages::{CyclePage, CyclesPage, PlanPage, PracticePage};
pub use pages::{AssessmentPage, BenchmarksPage, SelfReflectionPage};
pub use respond_pages::{RespondPage, StaffEntryPage};

/// The domain scores of organisation `organisation_id`'s latest assessment cycle that it
/// shares, masked under the fewer-than-5 rule: the way other features (a pledge's baseline)
/// show an organisation's assessment without reading its cycles.
#[cfg(feature = "ssr")]
pub async fn shared_baseline(
    db: &sea_orm::DatabaseConnection,
    organisation_id: i64,
    locale: crate::i18n::Locale,
) -> crate::error::AppResult<Option<api::SharedBaseline>> {
    ssr::shared_baseline(db, organisation_id, locale).await
}
