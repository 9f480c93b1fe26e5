//! The good-practice use-case library: cases that governments can learn from, with their
//! structured sections, facts, taxonomy tags and replication lineage (which case adapted
//! which).
//!
//! Policy: a case's record ([`CaseRecord`]) is one shape everywhere — the bulk import (JSON
//! Lines or CSV), the exports, the revisions — and every record is checked by the same rules
//! before anything is written. Readers browse the library through the search index (facets
//! and counts come from it), and read a case from the database.
//!
//! - `record`: the record, its vocabularies and its completeness (both targets);
//! - `api`, `pages`: wire types, server functions and pages;
//! - `ssr`: checking, storing, importing and exporting records, and the queries (server).

pub mod api;
mod my_cases_page;
mod pages;
pub mod record;
mod revision_page;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod submit_api;
mod submit_pages;

pub use my_cases_page::MyCasesPage;
pub use pages::{CasePage, CasesPage, CasesWorldPage, NewestCases};
pub use record::{
    CaseLink, CaseOrganisation, CaseRecord, CostBand, Evidence, Gap, SECTIONS, Stage, completeness,
};
pub use revision_page::CaseRevisionPage;
pub use submit_pages::CaseSubmitPage;

/// Starts a case draft of `user` from `record` and returns its id: the way other features
/// (a call for cases) invite a case without knowing how cases are stored.
#[cfg(feature = "ssr")]
pub async fn start_draft(
    db: &sea_orm::DatabaseConnection,
    user: &crate::auth::CurrentUser,
    record: CaseRecord,
) -> crate::error::AppResult<i64> {
    ssr::save_case(db, user, None, record, "", false).await
}
