//! Wire types and server functions of pledges.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::assessment::api::SharedBaseline;
use crate::error::AppError;

/// A pledge in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeSummary {
    /// URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// What it commits to.
    pub commitment: String,
    /// BCP 47 language of its text.
    pub lang: String,
    /// The pledging organisation's name.
    pub pledger: String,
    /// Its country, named (empty when not stated).
    pub country: String,
    /// Target date, ISO 8601.
    pub ends: String,
    /// Progress 0–100 from its weighted milestones; none without milestones.
    pub progress: Option<i64>,
    /// Freshness code (`new`, `reported`, `due`, `overdue`, `inactive`); empty once withdrawn.
    pub freshness: String,
    /// Day it was withdrawn, ISO 8601.
    pub withdrawn_on: Option<String>,
}

/// One value of a facet of the list, with how many pledges it would show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    /// Code in the URL.
    pub code: String,
    /// Name in the interface language.
    pub name: String,
    /// Pledges with it among those the other facets leave.
    pub count: i64,
    /// Whether it is chosen.
    pub selected: bool,
    /// The list with it added or removed.
    pub href: String,
}

/// A facet of the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetGroup {
    /// Its key in the URL.
    pub key: String,
    /// Its name.
    pub name: String,
    /// Its values, most pledges first.
    pub values: Vec<FacetValue>,
}

/// The list of published pledges the filters leave, and the facets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeList {
    /// Pledges, newest first.
    pub pledges: Vec<PledgeSummary>,
    /// Facets with live counts.
    pub facets: Vec<FacetGroup>,
}

/// A link the page shows: a name and where it goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkView {
    /// What the link is (`event`, `case`, `cycle`, `web`), named.
    pub kind: String,
    /// Where it goes.
    pub href: String,
}

/// A milestone as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneView {
    /// What.
    pub title: String,
    /// By when, ISO 8601.
    pub due: String,
    /// Its weight as written; none when not weighted.
    pub weight: Option<String>,
    /// Completion code.
    pub completion: String,
}

/// An editor's independent assessment of a report, as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentView {
    /// Completion code as the evidence shows it.
    pub completion: String,
    /// The comment.
    pub comment: String,
    /// Who.
    pub by: String,
    /// When, ISO 8601.
    pub on: String,
}

/// The pledger's reply, as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyView {
    /// The reply.
    pub text: String,
    /// Who.
    pub by: String,
    /// When, ISO 8601.
    pub on: String,
}

/// A progress report, as shown under the pledge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportView {
    /// The revision it is.
    pub id: i64,
    /// Its number among the reports, from 1.
    pub number: i64,
    /// When, ISO 8601 date.
    pub on: String,
    /// Who filed it.
    pub by: String,
    /// What was done.
    pub done: String,
    /// Evidence.
    pub evidence: Vec<LinkView>,
    /// Each milestone's title and completion code as reported.
    pub milestones: Vec<(String, String)>,
    /// Progress after the report.
    pub progress: Option<i64>,
    /// The editor's assessment, once written.
    pub assessment: Option<AssessmentView>,
    /// The pledger's reply, once written.
    pub reply: Option<ReplyView>,
}

/// A taxonomy tag, named, with the list narrowed to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagView {
    /// Facet's name.
    pub facet: String,
    /// Term's name.
    pub name: String,
    /// `/pledges?{facet}={code}`.
    pub href: String,
}

/// A whole pledge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeDetail {
    /// What a list shows.
    pub summary: PledgeSummary,
    /// Its key.
    pub id: i64,
    /// The pledger's page in the directory.
    pub pledger_href: Option<String>,
    /// The pledger's stakeholder group, named.
    pub stakeholder: String,
    /// The pledger's region, named.
    pub region: String,
    /// The problem and baseline.
    pub baseline: String,
    /// The pledger's shared assessment, when it chose to show it and shares one.
    pub assessment: Option<SharedBaseline>,
    /// The target.
    pub target: String,
    /// First day, ISO 8601.
    pub starts: String,
    /// Day of publication, ISO 8601.
    pub published_on: String,
    /// When the next report is due, ISO 8601.
    pub next_report: String,
    /// Milestones, in order.
    pub milestones: Vec<MilestoneView>,
    /// Evidence the pledge cites.
    pub evidence: Vec<LinkView>,
    /// Tags.
    pub tags: Vec<TagView>,
    /// Progress reports, oldest first.
    pub reports: Vec<ReportView>,
    /// Why it was withdrawn, once it was.
    pub withdrawn_reason: String,
    /// schema.org JSON-LD.
    pub json_ld: String,
    /// Whether the reader speaks for the pledger (reports, replies, withdrawal).
    pub is_pledger: bool,
    /// Whether the reader is an editor (assessments).
    pub is_editor: bool,
}

/// A pledge as its pledger and editors work on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeDraft {
    /// Key; none for a new pledge.
    pub id: Option<i64>,
    /// The form's values.
    pub values: HashMap<String, String>,
    /// How many milestones it has.
    pub milestones: i64,
    /// Its state.
    pub status: crate::editorial::Status,
    /// Its public address once published.
    pub slug: String,
    /// The pledging organisation's name (empty when the reader has none).
    pub pledger: String,
    /// Whether the reader may change it now.
    pub editable: bool,
    /// Whether the reader drafted it.
    pub is_owner: bool,
    /// Whether the reader is an editor.
    pub is_editor: bool,
    /// The review history.
    pub history: Vec<crate::editorial::HistoryItem>,
    /// The saved revisions, oldest first.
    pub revisions: Vec<crate::editorial::RevisionItem>,
    /// The pledges waiting for review (editors only).
    pub waiting: Vec<(i64, String)>,
}

/// One saved revision of a pledge, as its pledger and editors read it again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeRevisionDetail {
    /// The pledge's title now.
    pub title: String,
    /// Its number among the revisions, from 1.
    pub number: i64,
    /// How many revisions the pledge has.
    pub count: i64,
    /// Whether it is the current one.
    pub is_current: bool,
    /// Who saved it, when, with what note.
    pub item: crate::editorial::RevisionItem,
    /// The form's values it holds, by field name, in form order.
    pub values: Vec<(String, String)>,
}

/// A country (or a region) with how many pledges it has: (code, name, count).
pub type PlaceCount = (String, String, i64);

/// A region with its count and its countries, most pledges first.
pub type RegionCount = (String, String, i64, Vec<PlaceCount>);

/// How many published pledges each region and country has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeWorld {
    /// Published pledges in all.
    pub total: i64,
    /// Pledges whose pledger states no country.
    pub without_country: i64,
    /// Regions, most pledges first.
    pub regions: Vec<RegionCount>,
}

/// The pledge list narrowed by `query` (the page's URL query string).
#[server(endpoint = "list_pledges", input = GetUrl)]
pub async fn list_pledges(query: String) -> Result<PledgeList, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::list(&state.db, state.search.kinds(), &query, crate::i18n::current_locale()).await
}

/// One published pledge by slug.
#[server(endpoint = "get_pledge", input = GetUrl)]
pub async fn get_pledge(slug: String) -> Result<PledgeDetail, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::detail(&state.db, &state.site.public_url, &slug, user.as_ref(), crate::i18n::current_locale())
        .await
}

/// A pledge draft: a new one (`id` none) or pledge `id` as the reader may work on it.
#[server(endpoint = "get_pledge_draft", input = GetUrl)]
pub async fn get_pledge_draft(id: Option<i64>) -> Result<PledgeDraft, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::draft(&state.db, &user, id).await
}

/// Revision `revision` of pledge `id`, for its pledger and editors.
#[server(endpoint = "get_pledge_revision", input = GetUrl)]
pub async fn get_pledge_revision(id: i64, revision: i64) -> Result<PledgeRevisionDetail, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::revision(&state.db, &user, id, revision).await
}

/// Published pledges by region and country.
#[server(endpoint = "pledges_by_place", input = GetUrl)]
pub async fn pledges_by_place() -> Result<PledgeWorld, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::world(&state.db, state.search.kinds(), crate::i18n::current_locale()).await
}
