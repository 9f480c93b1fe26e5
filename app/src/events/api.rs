//! Wire types and server functions of events.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A moment shown in one zone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moment {
    /// RFC 3339 with the zone's offset, for `<time datetime>`.
    pub datetime: String,
    /// `2024-05-28`.
    pub date: String,
    /// `10:00`.
    pub time: String,
    /// Zone abbreviation or offset at that moment.
    pub zone: String,
}

/// When an event takes place, in its own zone and in UTC.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTimes {
    /// Start in the event's zone.
    pub starts: Moment,
    /// End in the event's zone (for an event known by its dates, its last day).
    pub ends: Moment,
    /// Start in UTC.
    pub starts_utc: Moment,
    /// End in UTC.
    pub ends_utc: Moment,
    /// IANA name of the event's zone.
    pub time_zone: String,
    /// Whether only its dates are known.
    pub all_day: bool,
}

/// An event in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSummary {
    /// URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// One paragraph.
    pub summary: String,
    /// BCP 47 language of its text.
    pub lang: String,
    /// Kind code.
    pub kind: String,
    /// Kind, named in the interface language.
    pub kind_name: String,
    /// Format, named (empty when not stated).
    pub format_name: String,
    /// When.
    pub times: EventTimes,
    /// Venue and room.
    pub venue: String,
    /// `scheduled`, `postponed` or `cancelled`.
    pub schedule: String,
    /// Whether it is over.
    pub past: bool,
}

/// One value of a facet of the event list, with how many events it would show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetValue {
    /// Code in the URL.
    pub code: String,
    /// Name in the interface language.
    pub name: String,
    /// Events with it among those the other facets leave.
    pub count: i64,
    /// Whether it is chosen.
    pub selected: bool,
    /// The list with it added or removed.
    pub href: String,
}

/// A facet of the event list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetGroup {
    /// Its key in the URL (`kind`, `format`, …).
    pub key: String,
    /// Its name.
    pub name: String,
    /// Its values, most events first.
    pub values: Vec<FacetValue>,
}

/// The event list: upcoming and past events that match the filters, and the facets.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventList {
    /// Upcoming events, soonest first.
    pub upcoming: Vec<EventSummary>,
    /// Past events, latest first.
    pub past: Vec<EventSummary>,
    /// Facets with live counts.
    pub facets: Vec<FacetGroup>,
    /// The filters as a query string (`kind=webinar&sdg=4`), for the calendar link.
    pub query: String,
}

/// An organisation named on an event, with the member page when it is a member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedLink {
    /// Name or label.
    pub name: String,
    /// Where it goes, when somewhere.
    pub href: Option<String>,
}

/// A tag of an event, named, with the list narrowed to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTag {
    /// Facet's name.
    pub facet_name: String,
    /// Term's name.
    pub name: String,
    /// `/events?{facet}={code}`.
    pub href: String,
}

/// One item of an actionable plan, as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanView {
    /// What.
    pub action: String,
    /// Who.
    pub owner: String,
    /// By when (ISO 8601), or empty.
    pub due: String,
}

/// The outcome record of an event, as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeView {
    /// Key issues.
    pub key_issues: Vec<String>,
    /// Tangible outcomes.
    pub outcomes: Vec<String>,
    /// The plan.
    pub plan: Vec<PlanView>,
    /// Recordings.
    pub recordings: Vec<NamedLink>,
    /// Slides and documents.
    pub slides: Vec<NamedLink>,
    /// How many attended.
    pub attendance: Option<i64>,
    /// Attending organisations.
    pub organisations: Vec<NamedLink>,
}

/// Registration, as the event page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationState {
    /// Whether the form is shown (open, not over, not cancelled).
    pub open: bool,
    /// Capacity, when limited.
    pub capacity: Option<i64>,
    /// Places left, when limited.
    pub places_left: Option<i64>,
    /// Whether a full event takes people on its waiting list.
    pub waitlist: bool,
    /// Whether the organiser accepts each registration.
    pub moderated: bool,
}

/// A whole event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDetail {
    /// What a list shows.
    pub summary: EventSummary,
    /// Street address.
    pub address: String,
    /// Whether it has an online room (its link is for accepted registrants).
    pub online: bool,
    /// Languages, as (code, name in itself).
    pub languages: Vec<(String, String)>,
    /// Interpretation offered.
    pub interpretation: String,
    /// Organisers.
    pub organisers: Vec<NamedLink>,
    /// Moderators.
    pub moderators: Vec<String>,
    /// Speakers.
    pub speakers: Vec<String>,
    /// The agenda (sanitised HTML).
    pub agenda_html: String,
    /// Links.
    pub links: Vec<NamedLink>,
    /// Taxonomy tags.
    pub tags: Vec<EventTag>,
    /// Registration, when enabled.
    pub registration: Option<RegistrationState>,
    /// The outcome record, once written.
    pub outcome: Option<OutcomeView>,
    /// schema.org `Event` as JSON-LD.
    pub json_ld: String,
    /// Whether the reader may organise it (the registrations, the outcome, editing).
    pub can_organise: bool,
    /// Its id, for the organiser's links.
    pub id: i64,
}

/// A registration, as its holder sees it through the link in their email.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyRegistration {
    /// The event.
    pub event: EventSummary,
    /// Name given.
    pub name: String,
    /// `pending`, `accepted`, `waitlisted`, `declined` or `cancelled`.
    pub status: String,
    /// The online room, for an accepted registrant of an event that has one.
    pub online_url: Option<String>,
}

/// A registration in the organiser's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrantRow {
    /// Key.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Email.
    pub email: String,
    /// State.
    pub status: String,
    /// When, RFC 3339.
    pub when: String,
}

/// What the organiser of an event sees.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganiserView {
    /// The event.
    pub event: EventSummary,
    /// Its id.
    pub id: i64,
    /// Registrations in order of arrival.
    pub registrants: Vec<RegistrantRow>,
    /// Whether the registrants' data was deleted after the event.
    pub purged: bool,
    /// The outcome form's values.
    pub outcome_form: std::collections::HashMap<String, String>,
    /// Whether it may be cancelled or postponed.
    pub can_cancel: bool,
}

/// An event as its proposer and editors work on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDraft {
    /// Key; none for a new proposal.
    pub id: Option<i64>,
    /// The form's values.
    pub values: std::collections::HashMap<String, String>,
    /// Its state.
    pub status: crate::editorial::Status,
    /// Its public address once published.
    pub slug: String,
    /// Whether the reader may change it now.
    pub editable: bool,
    /// Whether the reader is its proposer.
    pub is_owner: bool,
    /// Whether the reader is an editor.
    pub is_editor: bool,
    /// The review history.
    pub history: Vec<crate::editorial::HistoryItem>,
    /// The saved revisions, oldest first.
    pub revisions: Vec<crate::editorial::RevisionItem>,
    /// The proposals waiting for review (editors only).
    pub waiting: Vec<(i64, String)>,
}

/// One saved revision of an event, as its proposer and editors read it again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRevisionDetail {
    /// The event's title now.
    pub title: String,
    /// Its number among the event's revisions, from 1.
    pub number: i64,
    /// How many revisions the event has.
    pub count: i64,
    /// Whether it is the current one.
    pub is_current: bool,
    /// Who saved it, when, with what note.
    pub item: crate::editorial::RevisionItem,
    /// The form's values it holds, by field name, in form order.
    pub values: Vec<(String, String)>,
}

/// An event an organisation took part in, for its page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationEvent {
    /// Title.
    pub title: String,
    /// Its page.
    pub href: String,
    /// Start date, ISO 8601.
    pub date: String,
    /// Whether it has an outcome record.
    pub has_outcome: bool,
}

/// The event list narrowed by `query` (the page's URL query string).
#[server(endpoint = "list_events", input = GetUrl)]
pub async fn list_events(query: String) -> Result<EventList, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::list(&state.db, state.search.kinds(), &query, crate::i18n::current_locale()).await
}

/// One published event by slug.
#[server(endpoint = "get_event", input = GetUrl)]
pub async fn get_event(slug: String) -> Result<EventDetail, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::detail(&state.db, &state.site.public_url, &slug, user.as_ref(), crate::i18n::current_locale())
        .await
}

/// The registration whose emailed token is `token`.
#[server(endpoint = "get_my_registration", input = GetUrl)]
pub async fn get_my_registration(token: String) -> Result<MyRegistration, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::registration_by_token(&state.db, &token, crate::i18n::current_locale()).await
}

/// The organiser's view of event `slug`.
#[server(endpoint = "organise_event", input = GetUrl)]
pub async fn organise_event(slug: String) -> Result<OrganiserView, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::organiser_view(&state.db, &user, &slug, crate::i18n::current_locale()).await
}

/// A proposal: a new one (`id` none) or event `id` as the reader may work on it.
#[server(endpoint = "get_event_draft", input = GetUrl)]
pub async fn get_event_draft(id: Option<i64>) -> Result<EventDraft, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::draft(&state.db, &user, id).await
}

/// Revision `revision` of event `id`, for its proposer and editors.
#[server(endpoint = "get_event_revision", input = GetUrl)]
pub async fn get_event_revision(id: i64, revision: i64) -> Result<EventRevisionDetail, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::revision(&state.db, &user, id, revision).await
}

/// The published events organisation `name` organised or attended, latest first.
#[server(endpoint = "organisation_events", input = GetUrl)]
pub async fn organisation_events(name: String) -> Result<Vec<OrganisationEvent>, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::events_of_organisation(&state.db, &name).await
}
