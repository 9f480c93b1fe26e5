//! Wire types and server functions of the demand dashboard and calls for cases.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// How often one query (grouped by its folded words) was searched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryStat {
    /// The query as typed most recently.
    pub query: String,
    /// Interface language it was typed in.
    pub lang: String,
    /// The facet it was narrowed by, if any.
    pub facet: String,
    /// Searches.
    pub searches: u64,
    /// Distinct readers (markers).
    pub sessions: u64,
    /// Searches that found nothing.
    pub zero: u64,
    /// Searches whose reader opened a result.
    pub opened: u64,
    /// Searches in the last 7 days.
    pub recent: u64,
    /// Searches in the 7 days before.
    pub before: u64,
}

/// Searches of one week.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekStat {
    /// First day of the week, ISO 8601.
    pub from: String,
    /// Searches.
    pub searches: u64,
    /// Searches that found nothing.
    pub zero: u64,
}

/// A call for cases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallSummary {
    /// URL segment.
    pub slug: String,
    /// What cases are wanted about.
    pub topic: String,
    /// When it was made, ISO 8601.
    pub created_on: String,
    /// Case drafts that answer it.
    pub answers: u64,
}

/// `/editor/demand`: the last 30 days of searches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemandReport {
    /// Searches in the period.
    pub searches: u64,
    /// The queries that found nothing, most searched first.
    pub zero_results: Vec<QueryStat>,
    /// The queries that found results few readers opened.
    pub low_click: Vec<QueryStat>,
    /// Searches by week, oldest first.
    pub weeks: Vec<WeekStat>,
    /// Languages and facets seen, for the filters.
    pub langs: Vec<String>,
    /// Facets seen.
    pub facets: Vec<String>,
    /// The calls for cases made so far, newest first.
    pub calls: Vec<CallSummary>,
    /// The synonym groups editors added, newest first.
    pub synonyms: Vec<String>,
}

/// What the case library shows of demand: open calls and what many readers look for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct LibraryDemand {
    /// Calls for cases, newest first.
    pub calls: Vec<CallSummary>,
    /// Queries searched by at least ten different readers in the last 30 days.
    pub wanted: Vec<String>,
}

/// The dashboard, narrowed to interface language `lang` and facet `facet` when given.
/// Editors only.
#[server(endpoint = "demand_report", input = GetUrl)]
pub async fn get_demand(lang: String, facet: String) -> Result<DemandReport, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    if !user.has(crate::auth::Role::Editor) {
        return Err(AppError::Forbidden);
    }
    super::ssr::report(&state.db, &lang, &facet).await
}

/// The call for cases `slug`.
#[server(endpoint = "case_call", input = GetUrl)]
pub async fn case_call(slug: String) -> Result<CallSummary, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::call(&state.db, &slug).await
}

/// The library's panel.
#[server(endpoint = "library_demand", input = GetUrl)]
pub async fn get_library_demand() -> Result<LibraryDemand, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::library(&state.db).await
}
