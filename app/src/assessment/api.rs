//! Wire types of the self-assessment and the server functions its pages read. Every figure
//! crosses the wire already rounded to a whole percentage, and a figure the fewer-than-5
//! rule holds back crosses as `None`.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A choice on an item's scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScaleOption {
    /// Value posted (`3`, `na`, `pns`).
    pub value: String,
    /// Its name.
    pub label: String,
    /// What it means, for a proficiency statement or a practice band.
    pub hint: Option<String>,
}

/// One question of a step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    /// Item code (the radio group is named `q.<code>`).
    pub code: String,
    /// The question or statement.
    pub text: String,
    /// The competency it belongs to.
    pub competency: String,
    /// The choices.
    pub options: Vec<ScaleOption>,
    /// The value chosen so far.
    pub chosen: Option<String>,
}

/// One step of a questionnaire: the questions of one domain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepView {
    /// 1-based.
    pub number: i64,
    /// How many steps there are.
    pub total: i64,
    /// The domain's name.
    pub domain: String,
    /// What the domain covers.
    pub description: String,
    /// Its questions.
    pub questions: Vec<QuestionView>,
}

/// A named link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkView {
    /// Text.
    pub title: String,
    /// Address.
    pub url: String,
    /// Kind of item (`article`, `case`).
    pub kind: String,
}

/// A domain with its competencies, for the framework page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainView {
    /// Code.
    pub code: String,
    /// Name.
    pub name: String,
    /// What it covers.
    pub description: String,
    /// (name, description) of each competency.
    pub competencies: Vec<(String, String)>,
}

/// The framework page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkOverview {
    /// Version.
    pub version: String,
    /// Name.
    pub name: String,
    /// Where its parts come from.
    pub source: String,
    /// The domains.
    pub domains: Vec<DomainView>,
    /// The practice bands 0–5: (value, name, description).
    pub bands: Vec<(i64, String, String)>,
}

/// A bar of a chart: a score and, for an organisation, the spread of its respondents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarView {
    /// Competency or domain code.
    pub code: String,
    /// Name.
    pub label: String,
    /// Score, 0–100; none when nothing was scored or too few answered.
    pub score: Option<i64>,
    /// How many respondents the score is built from (organisations only).
    pub respondents: Option<i64>,
    /// Lower and upper quartile of respondents' own scores, 0–100 (organisations only).
    pub spread: Option<(i64, i64)>,
}

/// An organisation's assessment as it shares it, for another page to show (a pledge's
/// baseline): its latest shared cycle's domain scores, masked as the profile masks them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedBaseline {
    /// The cycle's name.
    pub cycle: String,
    /// The day it closes (or closed), ISO 8601.
    pub closes_on: String,
    /// Overall score, 0–100, when enough answered.
    pub overall: Option<i64>,
    /// One bar a domain; a domain too few scored has no score.
    pub domains: Vec<BarView>,
}

/// How much was answered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageView {
    /// Items asked (per respondent).
    pub items: i64,
    /// Answers scored.
    pub scored: i64,
    /// "Not applicable" answers.
    pub not_applicable: i64,
    /// "Prefer not to say" answers.
    pub prefer_not_to_say: i64,
    /// Scored answers out of all possible ones, 0–100.
    pub percent: i64,
}

/// A person's profile at the end of a self-reflection.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfProfile {
    /// Overall score, 0–100.
    pub overall: Option<i64>,
    /// One bar a domain.
    pub domains: Vec<BarView>,
    /// One bar a competency.
    pub competencies: Vec<BarView>,
    /// The (at most two) strongest competencies.
    pub strongest: Vec<String>,
    /// The (at most two) weakest competencies.
    pub weakest: Vec<String>,
    /// The weakest domain's name.
    pub weakest_domain: Option<String>,
    /// Published cases and posts tagged with the weakest domain.
    pub reading: Vec<LinkView>,
    /// Where to find more of them.
    pub more_reading: Option<String>,
    /// What was answered.
    pub coverage: CoverageView,
}

/// A page of the private self-reflection: a step, or the profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfView {
    /// The step shown; none on the profile.
    pub step: Option<StepView>,
    /// The profile, at the end.
    pub profile: Option<SelfProfile>,
    /// The answers so far, as the form carries them.
    pub carried: String,
    /// The private link's token, once saved.
    pub token: Option<String>,
}

/// The private self-reflection at `step` (`1`…, or `profile`): with the answers `carried`
/// by the form, or those saved under `token`.
#[server(endpoint = "assessment_self", input = GetUrl)]
pub async fn get_self_reflection(
    token: Option<String>,
    step: String,
    carried: String,
) -> Result<SelfView, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::self_view(&state, token.as_deref(), &step, &carried, crate::i18n::current_locale()).await
}

/// The framework page.
#[server(endpoint = "assessment_framework", input = GetUrl)]
pub async fn get_framework() -> Result<FrameworkOverview, AppError> {
    super::ssr::framework_overview(crate::i18n::current_locale())
}

/// Where a cycle stands for someone who wants to answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CycleState {
    /// Answers are taken.
    Open,
    /// Its first day has not come.
    NotYetOpen,
    /// Its last day has passed, or a coordinator closed it.
    Closed,
}

/// The staff link's first page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffEntry {
    /// The cycle's name.
    pub cycle: String,
    /// The organisation's name.
    pub organisation: String,
    /// Whether answers are taken.
    pub state: CycleState,
    /// Last day, ISO.
    pub closes_on: String,
    /// (code, name) of the roles asked.
    pub roles: Vec<(String, String)>,
}

/// The first page of the anonymous staff link `token`.
#[server(endpoint = "assessment_staff_entry", input = GetUrl)]
pub async fn get_staff_entry(token: String) -> Result<StaffEntry, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::staff_entry(&state.db, &token, crate::i18n::current_locale()).await
}

/// A respondent's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RespondView {
    /// The cycle's name.
    pub cycle: String,
    /// The organisation's name.
    pub organisation: String,
    /// Whether answers are taken.
    pub state: CycleState,
    /// Whether these answers were sent as final.
    pub submitted: bool,
    /// The step shown while answers are taken.
    pub step: Option<StepView>,
}

/// Step `step` of the respondent whose private link is `token`.
#[server(endpoint = "assessment_respond", input = GetUrl)]
pub async fn get_response(token: String, step: String) -> Result<RespondView, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::respond_view(&state.db, &token, &step, crate::i18n::current_locale()).await
}

/// A cycle in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleSummary {
    /// Key.
    pub id: i64,
    /// Name.
    pub name: String,
    /// The organisation's name.
    pub organisation: String,
    /// Framework version.
    pub version: String,
    /// First day, ISO.
    pub opens_on: String,
    /// Last day, ISO.
    pub closes_on: String,
    /// Whether answers are taken.
    pub state: CycleState,
    /// Whether at least 5 people answered (the exact count below 5 is never shown).
    pub enough: bool,
    /// Names of the roles asked.
    pub roles: Vec<String>,
    /// Whether it counts in the benchmarks.
    pub shared: bool,
}

/// `/assessment/cycles`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CyclesView {
    /// The reader's organisation, when they coordinate one.
    pub organisation: Option<String>,
    /// Its cycles, newest first.
    pub cycles: Vec<CycleSummary>,
    /// For admins: every organisation's cycles (no answers, no figures).
    pub all_cycles: Vec<CycleSummary>,
    /// Framework versions to choose from, newest first.
    pub versions: Vec<String>,
    /// (code, name) of the roles to choose from.
    pub roles: Vec<(String, String)>,
    /// (code, name) of the levels of government.
    pub levels: Vec<(String, String)>,
}

/// The cycles the reader coordinates, or may see as an admin.
#[server(endpoint = "assessment_cycles", input = GetUrl)]
pub async fn list_cycles() -> Result<CyclesView, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::cycles_view(&state.db, &user, crate::i18n::current_locale()).await
}

/// Where respondent groups disagree on a domain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disagreement {
    /// Domain name.
    pub domain: String,
    /// The gap between the highest and lowest group, in points.
    pub gap: i64,
    /// (role name, score) of each group of at least 5.
    pub roles: Vec<(String, i64)>,
}

/// An organisation's profile in one cycle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgProfile {
    /// Respondents who sent their answers (at least 5, or the profile is not built).
    pub respondents: i64,
    /// Overall score.
    pub overall: Option<i64>,
    /// One bar a domain, with the spread.
    pub domains: Vec<BarView>,
    /// One bar a competency.
    pub competencies: Vec<BarView>,
    /// Where groups of at least 5 disagree.
    pub disagreements: Vec<Disagreement>,
    /// Names of the roles with fewer than 5 respondents (left out of the comparison).
    pub small_roles: Vec<String>,
    /// What was answered.
    pub coverage: CoverageView,
}

/// A focus area of the improvement plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItemView {
    /// Competency code.
    pub competency: String,
    /// Competency name.
    pub name: String,
    /// Actions.
    pub actions: String,
    /// Due date, ISO.
    pub due_on: String,
}

/// A cycle as its coordinators (or an admin) see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CycleView {
    /// The cycle.
    pub summary: CycleSummary,
    /// Whether the reader coordinates it (an admin who does not sees no answers).
    pub coordinator: bool,
    /// The anonymous staff link's path (coordinators only).
    pub staff_link: Option<String>,
    /// The staff's profile, from 5 respondents on.
    pub profile: Option<OrgProfile>,
    /// The organisation's practice profile (its own answers).
    pub practice: Option<Vec<BarView>>,
    /// Change per domain since the previous cycle: (domain, before, now).
    pub change: Vec<(String, i64, i64)>,
    /// Name of the previous cycle compared with.
    pub previous: Option<String>,
    /// The improvement plan.
    pub plan: Vec<PlanItemView>,
}

/// Cycle `id`.
#[server(endpoint = "assessment_cycle", input = GetUrl)]
pub async fn get_cycle(id: String) -> Result<CycleView, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    super::ssr::cycle_view(&state.db, &user, id, crate::i18n::current_locale()).await
}

/// The practice questionnaire of cycle `id`, all domains on one page.
#[server(endpoint = "assessment_practice", input = GetUrl)]
pub async fn get_practice(id: String) -> Result<(CycleSummary, Vec<StepView>), AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    super::ssr::practice_view(&state.db, &user, id, crate::i18n::current_locale()).await
}

/// The improvement plan form of cycle `id`: the cycle, (code, name) of every competency,
/// and the plan so far.
#[server(endpoint = "assessment_plan", input = GetUrl)]
pub async fn get_plan(
    id: String,
) -> Result<(CycleSummary, Vec<(String, String)>, Vec<PlanItemView>), AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    super::ssr::plan_view(&state.db, &user, id, crate::i18n::current_locale()).await
}

/// A row of the benchmarks: a group of organisations and its medians.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BenchmarkRow {
    /// The group's name (a region or a level of government).
    pub group: String,
    /// Organisations in it.
    pub organisations: i64,
    /// Median overall score; none under 5 organisations.
    pub overall: Option<i64>,
    /// Median of each domain, in domain order; none under 5 organisations.
    pub domains: Vec<Option<i64>>,
}

/// `/assessment/benchmarks` for one framework version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Benchmarks {
    /// Framework version.
    pub version: String,
    /// Domain names, the columns.
    pub domains: Vec<String>,
    /// By UN M49 region.
    pub regions: Vec<BenchmarkRow>,
    /// By level of government.
    pub levels: Vec<BenchmarkRow>,
}

/// The benchmarks, one table set per framework version.
#[server(endpoint = "assessment_benchmarks", input = GetUrl)]
pub async fn get_benchmarks() -> Result<Vec<Benchmarks>, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::benchmarks(&state.db, crate::i18n::current_locale()).await
}
