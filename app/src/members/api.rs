//! Wire types and server functions of the member directory and its admin pages.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::auth::Role;
use crate::error::AppError;

/// The stakeholder groups of the coalition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StakeholderGroup {
    /// National, regional or local government.
    Government,
    /// School or institute of public administration.
    SchoolOfPublicAdministration,
    /// International or intergovernmental organisation.
    InternationalOrganisation,
    /// Universities and research.
    Academia,
    /// Civil society.
    CivilSociety,
    /// Companies.
    PrivateSector,
    /// Media.
    Media,
    /// Technical community.
    TechnicalCommunity,
}

impl StakeholderGroup {
    /// Every group, in the order forms list them.
    pub const ALL: [StakeholderGroup; 8] = [
        StakeholderGroup::Government,
        StakeholderGroup::SchoolOfPublicAdministration,
        StakeholderGroup::InternationalOrganisation,
        StakeholderGroup::Academia,
        StakeholderGroup::CivilSociety,
        StakeholderGroup::PrivateSector,
        StakeholderGroup::Media,
        StakeholderGroup::TechnicalCommunity,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            StakeholderGroup::Government => "government",
            StakeholderGroup::SchoolOfPublicAdministration => "school-of-public-administration",
            StakeholderGroup::InternationalOrganisation => "international-organisation",
            StakeholderGroup::Academia => "academia",
            StakeholderGroup::CivilSociety => "civil-society",
            StakeholderGroup::PrivateSector => "private-sector",
            StakeholderGroup::Media => "media",
            StakeholderGroup::TechnicalCommunity => "technical-community",
        }
    }

    /// The group with `code`.
    pub fn from_code(code: &str) -> Option<StakeholderGroup> {
        StakeholderGroup::ALL.into_iter().find(|group| group.code() == code)
    }

    /// Translation key of its name.
    pub fn label_key(self) -> String {
        format!("group-{}", self.code())
    }
}

/// An organisation in the directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationSummary {
    /// URL segment.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Stakeholder group code.
    pub group: String,
    /// Country code and name in the reader's language.
    pub country: Option<(String, String)>,
    /// Region code (`europe`, …).
    pub region: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Short description.
    pub description: String,
    /// URL of the logo.
    pub logo_url: Option<String>,
}

/// One value of a directory filter with the number of organisations it would show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterOption {
    /// The value in the URL.
    pub value: String,
    /// What the reader sees.
    pub label: String,
    /// Organisations with this value among those matching the other filters.
    pub count: i64,
}

/// The directory page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    /// Organisations matching every filter, by name.
    pub organisations: Vec<OrganisationSummary>,
    /// Stakeholder groups with counts.
    pub groups: Vec<FilterOption>,
    /// Countries with counts (only those with organisations).
    pub countries: Vec<FilterOption>,
    /// Regions with counts.
    pub regions: Vec<FilterOption>,
}

/// The directory, filtered by stakeholder group, country and region (empty = any).
#[server(endpoint = "list_organisations", input = GetUrl)]
pub async fn list_organisations(
    group: String,
    country: String,
    region: String,
) -> Result<Directory, AppError> {
    let state = crate::state::app_state()?;
    let locale = crate::i18n::current_locale();
    super::ssr::directory(&state.db, &group, &country, &region, locale).await
}

/// A person listed on their organisation's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonSummary {
    /// Name.
    pub name: String,
    /// Job title.
    pub job_title: Option<String>,
}

/// An organisation's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationDetail {
    /// What the directory shows.
    pub summary: OrganisationSummary,
    /// Its people who chose to be listed.
    pub people: Vec<PersonSummary>,
    /// Its published posts, newest first.
    pub posts: Vec<crate::blog::articles::api::ArticleSummary>,
}

/// One organisation by slug.
#[server(endpoint = "get_organisation", input = GetUrl)]
pub async fn get_organisation(slug: String) -> Result<OrganisationDetail, AppError> {
    let state = crate::state::app_state()?;
    let locale = crate::i18n::current_locale();
    super::ssr::organisation_detail(&state.db, state.search.kinds(), &slug, locale).await
}

/// (code, name) of every country, for forms.
#[server(endpoint = "country_options", input = GetUrl)]
pub async fn country_options() -> Result<Vec<(String, String)>, AppError> {
    Ok(crate::taxonomy::country_options(crate::i18n::current_locale()))
}

/// A request to join, as admins see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequestSummary {
    /// Key.
    pub id: i64,
    /// Organisation name.
    pub organisation_name: String,
    /// Stakeholder group code.
    pub group: String,
    /// Country name.
    pub country: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Contact name.
    pub contact_name: String,
    /// Contact email.
    pub contact_email: String,
    /// Motivation.
    pub motivation: String,
    /// `pending`, `accepted` or `declined`.
    pub status: String,
    /// Decline reason.
    pub decline_reason: Option<String>,
    /// When it came, to the minute.
    pub created_at: String,
}

/// Join requests, pending first. Admins only.
#[server(endpoint = "list_join_requests", input = GetUrl)]
pub async fn list_join_requests() -> Result<Vec<JoinRequestSummary>, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::list_join_requests(&state.db, &user, crate::i18n::current_locale()).await
}

/// A person, as admins see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonAdminSummary {
    /// Account key.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Role.
    pub role: Role,
    /// Organisation name.
    pub organisation: Option<String>,
    /// Open sessions.
    pub sessions: i64,
}

/// Everyone with an account, by name. Admins only.
#[server(endpoint = "list_people", input = GetUrl)]
pub async fn list_people() -> Result<Vec<PersonAdminSummary>, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::list_people(&state.db, &user).await
}

/// An audit-log entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// When, to the minute.
    pub at: String,
    /// Who (a name, or "command line").
    pub actor: Option<String>,
    /// What.
    pub action: String,
    /// To what.
    pub target: String,
    /// Details.
    pub detail: String,
    /// From where.
    pub client_address: String,
}

/// The newest 200 audit-log entries. Admins only.
#[server(endpoint = "list_audit_events", input = GetUrl)]
pub async fn list_audit_events() -> Result<Vec<AuditEntry>, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::list_audit_events(&state.db, &user).await
}

/// (id, name) of every organisation, for the admin forms. Admins only.
#[server(endpoint = "organisation_choices", input = GetUrl)]
pub async fn organisation_choices() -> Result<Vec<(String, String)>, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::organisation_choices(&state.db, &user).await
}

/// An organisation as its edit form needs it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationForm {
    /// Name.
    pub name: String,
    /// Stakeholder group code.
    pub group: String,
    /// Country code.
    pub country: String,
    /// Website.
    pub website: String,
    /// Description.
    pub description: String,
    /// Current logo.
    pub logo_url: Option<String>,
}

/// An organisation for editing (`slug` empty: a new one). Admins only.
#[server(endpoint = "get_organisation_form", input = GetUrl)]
pub async fn get_organisation_form(slug: String) -> Result<OrganisationForm, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::organisation_form(&state.db, &user, &slug).await
}
