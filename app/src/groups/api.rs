//! Wire types and server functions of working groups.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use super::merge::DiffPart;
use crate::error::AppError;

/// Who may see a group (`groups.visibility`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Visibility {
    /// Anyone.
    #[default]
    Public,
    /// Signed-in members of the hub.
    Members,
    /// The group's own members only: to anyone else it does not exist.
    Private,
}

impl Visibility {
    /// Every visibility, most open first.
    pub const ALL: [Visibility; 3] = [Visibility::Public, Visibility::Members, Visibility::Private];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Members => "members",
            Visibility::Private => "private",
        }
    }

    /// The visibility a stored code names.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// A person's role in a group (`group_members.role`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupRole {
    /// Manages the group and proposes documents for endorsement.
    Lead,
    /// Co-writes and endorses.
    Member,
}

impl GroupRole {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            GroupRole::Lead => "lead",
            GroupRole::Member => "member",
        }
    }

    /// The role a stored code names.
    pub fn from_code(code: &str) -> Option<Self> {
        [GroupRole::Lead, GroupRole::Member].into_iter().find(|r| r.code() == code)
    }
}

/// Where a person stands with a group (`group_members.state`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    /// A member.
    Active,
    /// Asked to join; a lead decides.
    Requested,
    /// Invited by a lead; they decide.
    Invited,
}

impl Standing {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Standing::Active => "active",
            Standing::Requested => "requested",
            Standing::Invited => "invited",
        }
    }

    /// The standing a stored code names.
    pub fn from_code(code: &str) -> Option<Self> {
        [Standing::Active, Standing::Requested, Standing::Invited].into_iter().find(|s| s.code() == code)
    }
}

/// A group in the list of groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupCard {
    /// URL segment: the page is `/groups/{slug}`.
    pub slug: String,
    /// Name.
    pub name: String,
    /// The theme's name.
    pub theme: String,
    /// The charter's first paragraph, as plain text.
    pub summary: String,
    /// The organisations of its leads.
    pub lead_organisations: Vec<String>,
    /// Active members.
    pub member_count: u32,
    /// Date (ISO) of the latest change to the group or one of its documents.
    pub latest_activity: String,
    /// Who may see it.
    pub visibility: Visibility,
}

/// A document the group endorsed and publishes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutputCard {
    /// The group's URL segment.
    pub group_slug: String,
    /// The group's name.
    pub group_name: String,
    /// The document's URL segment: the output is `/groups/{group}/outputs/{slug}`.
    pub slug: String,
    /// Title.
    pub title: String,
    /// The language it is written in.
    pub lang: String,
    /// Date (ISO) the endorsement was complete.
    pub endorsed_on: String,
}

impl OutputCard {
    /// Where the output is read.
    pub fn href(&self) -> String {
        crate::paths::group_output(&self.group_slug, &self.slug)
    }
}

/// A theme to choose from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// Code.
    pub code: String,
    /// Name in the interface language.
    pub name: String,
}

/// `/groups`: the groups and outputs the viewer may see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupList {
    /// Groups, by name.
    pub groups: Vec<GroupCard>,
    /// Endorsed outputs, newest first.
    pub outputs: Vec<OutputCard>,
    /// Whether the viewer may create groups (admins).
    pub can_create: bool,
    /// Themes, for the creation form.
    pub themes: Vec<Choice>,
}

/// A person in a group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberItem {
    /// Account key (for the leads' forms).
    pub account_id: i64,
    /// Display name.
    pub name: String,
    /// Their organisation's name.
    pub organisation: Option<String>,
    /// Role.
    pub role: GroupRole,
    /// Standing.
    pub standing: Standing,
    /// Whether this is the viewer (who acts on their own place with "leave").
    pub you: bool,
}

/// Something that happened in a group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityItem {
    /// When (ISO date).
    pub date: String,
    /// Who, by name (empty when the account is gone).
    pub who: String,
    /// Translation key of what happened (`group-activity-edit`, …).
    pub what: String,
    /// The document's title.
    pub title: String,
    /// Where to read it, for the viewer (none when they may not).
    pub href: Option<String>,
}

/// A working document in a group's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentItem {
    /// URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Date (ISO) of the last change.
    pub updated: String,
    /// Whether a version of it is published as the group's output.
    pub endorsed: bool,
    /// The language it is written in.
    pub lang: String,
}

/// `/groups/{slug}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupView {
    /// URL segment.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Theme code.
    pub theme: String,
    /// Theme name.
    pub theme_name: String,
    /// Charter, Markdown (for the leads' settings form).
    pub charter: String,
    /// Charter, sanitised HTML.
    pub charter_html: String,
    /// Who may see the group.
    pub visibility: Visibility,
    /// Endorsements a document needs.
    pub quorum: i32,
    /// Active members, leads first.
    pub members: Vec<MemberItem>,
    /// People who asked to join or were invited (leads only; empty otherwise).
    pub pending: Vec<MemberItem>,
    /// The viewer's place in the group.
    pub me: Option<(GroupRole, Standing)>,
    /// Whether the viewer is signed in.
    pub signed_in: bool,
    /// Working documents (members only; empty otherwise).
    pub documents: Vec<DocumentItem>,
    /// Endorsed outputs.
    pub outputs: Vec<OutputCard>,
    /// Recent activity, newest first.
    pub activity: Vec<ActivityItem>,
    /// Themes, for the leads' settings form.
    pub themes: Vec<Choice>,
}

impl GroupView {
    /// Whether the viewer is an active member.
    pub fn is_member(&self) -> bool {
        matches!(self.me, Some((_, Standing::Active)))
    }

    /// Whether the viewer is an active lead.
    pub fn is_lead(&self) -> bool {
        self.me == Some((GroupRole::Lead, Standing::Active))
    }
}

/// A revision in a document's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionItem {
    /// Number, from 1.
    pub number: i32,
    /// `edit`, `merge`, `conflict` or `restore`.
    pub kind: String,
    /// Who saved it.
    pub author: String,
    /// Their change note.
    pub note: String,
    /// When (ISO date and time, UTC, to the minute).
    pub saved_at: String,
}

/// Where a document's endorsement stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndorsementView {
    /// Whether the head is proposed for endorsement.
    pub proposed: bool,
    /// Who endorsed the head, by name.
    pub approvers: Vec<String>,
    /// How many endorsements the group needs.
    pub quorum: i32,
    /// Active members (n of "k of n").
    pub members: u32,
    /// Whether the viewer endorsed the head.
    pub mine: bool,
    /// The published revision's number and date, if any.
    pub published: Option<(i32, String)>,
    /// Whether the head is the published revision.
    pub head_published: bool,
}

/// `/groups/{group}/docs/{doc}`: a working document and its editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    /// The group's URL segment.
    pub group_slug: String,
    /// The group's name.
    pub group_name: String,
    /// URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// The head revision; none before the first save.
    pub head: Option<RevisionItem>,
    /// The head's Markdown ("" before the first save).
    pub body: String,
    /// The head, sanitised HTML.
    pub html: String,
    /// Other people with the editor open now, by name.
    pub editing: Vec<String>,
    /// The endorsement.
    pub endorsement: EndorsementView,
    /// Whether the viewer is a lead.
    pub is_lead: bool,
    /// The viewer's own conflict revisions saved after the head, to reconcile.
    pub my_conflicts: Vec<RevisionItem>,
    /// The language it is written in.
    pub lang: String,
    /// When it translates another document of the group: that original, shown beside the
    /// editor.
    pub source: Option<crate::translations::api::SourceText>,
    /// Where a translation of it starts, when it may have one (a published output of a
    /// public group).
    pub translate: Option<String>,
}

/// `/groups/{group}/docs/{doc}/history`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryView {
    /// The group's URL segment.
    pub group_slug: String,
    /// The group's name.
    pub group_name: String,
    /// The document's URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// The head's number.
    pub head: Option<i32>,
    /// Every revision, newest first.
    pub revisions: Vec<RevisionItem>,
}

/// `/groups/{group}/docs/{doc}/compare?from=&to=`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompareView {
    /// The group's URL segment.
    pub group_slug: String,
    /// The group's name.
    pub group_name: String,
    /// The document's URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// The older side.
    pub from: RevisionItem,
    /// The newer side.
    pub to: RevisionItem,
    /// The word-level changes from one to the other, in the Markdown source.
    pub parts: Vec<DiffPart>,
    /// The same changes in the rendered document, sanitised HTML with `<ins>` and `<del>`.
    pub html: String,
    /// Every revision number, for choosing others.
    pub numbers: Vec<i32>,
}

/// `/groups/{group}/docs/{doc}/revisions/{number}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionView {
    /// The group's URL segment.
    pub group_slug: String,
    /// The group's name.
    pub group_name: String,
    /// The document's URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// This revision.
    pub revision: RevisionItem,
    /// Its Markdown.
    pub body: String,
    /// Its sanitised HTML.
    pub html: String,
    /// The head, when this is a conflict revision (or any revision but the head): its
    /// summary and Markdown, to show side by side.
    pub head: Option<(RevisionItem, String)>,
    /// The word-level changes from the head to this revision (empty when it is the head).
    pub changes: Vec<DiffPart>,
}

/// `/groups/{group}/outputs/{doc}`: what the group published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutputView {
    /// The document's key (its translation set's).
    pub id: i64,
    /// The language it is written in.
    pub lang: String,
    /// The group's URL segment.
    pub group_slug: String,
    /// The group's name.
    pub group_name: String,
    /// Title.
    pub title: String,
    /// The endorsed text, sanitised HTML.
    pub html: String,
    /// Its revision number.
    pub number: i32,
    /// Date (ISO) the endorsement was complete.
    pub endorsed_on: String,
    /// Who endorsed it, by name.
    pub approvers: Vec<String>,
}

/// The groups and outputs the viewer may see.
#[server(endpoint = "list_groups", input = GetUrl)]
pub async fn list_groups() -> Result<GroupList, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::views::group_list(&state.db, user.as_ref()).await
}

/// Group `slug`; 404 when the viewer may not know it exists.
#[server(endpoint = "get_group", input = GetUrl)]
pub async fn get_group(slug: String) -> Result<GroupView, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::views::group_view(&state.db, user.as_ref(), &slug).await
}

/// Working document `doc` of group `group`, for its members.
#[server(endpoint = "get_group_document", input = GetUrl)]
pub async fn get_group_document(group: String, doc: String) -> Result<DocumentView, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::views::document_view(&state.db, user.as_ref(), &group, &doc).await
}

/// The history of a working document, for the group's members.
#[server(endpoint = "get_group_history", input = GetUrl)]
pub async fn get_group_history(group: String, doc: String) -> Result<HistoryView, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::views::history_view(&state.db, user.as_ref(), &group, &doc).await
}

/// The word-level difference between revisions `from` and `to` of a working document.
#[server(endpoint = "compare_group_revisions", input = GetUrl)]
pub async fn compare_group_revisions(
    group: String,
    doc: String,
    from: i32,
    to: i32,
) -> Result<CompareView, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::views::compare_view(&state.db, user.as_ref(), &group, &doc, from, to).await
}

/// Revision `number` of a working document, beside the head.
#[server(endpoint = "get_group_revision", input = GetUrl)]
pub async fn get_group_revision(group: String, doc: String, number: i32) -> Result<RevisionView, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::views::revision_view(&state.db, user.as_ref(), &group, &doc, number).await
}

/// The endorsed output `doc` of group `group`.
#[server(endpoint = "get_group_output", input = GetUrl)]
pub async fn get_group_output(group: String, doc: String) -> Result<OutputView, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::views::output_view(&state.db, user.as_ref(), &group, &doc).await
}

/// Says that the viewer has document `doc` open in the editor; answers who else has.
#[server(endpoint = "group_presence")]
pub async fn group_presence(group: String, doc: String) -> Result<Vec<String>, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::presence::heartbeat(&state.db, &user, &group, &doc).await
}

/// The word-level changes from revision `base` of document `doc` to `text`, as the editor
/// types.
#[server(endpoint = "group_draft_diff")]
pub async fn group_draft_diff(
    group: String,
    doc: String,
    base: i32,
    text: String,
) -> Result<Vec<DiffPart>, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user();
    super::ssr::views::draft_diff(&state.db, &state.limits, user.as_ref(), &group, &doc, base, &text).await
}
