//! Wire types and server functions of writing and editing posts.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::editorial::{HistoryItem, RevisionItem, Status};
use crate::error::AppError;

/// A post in the writing and editing lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostRow {
    /// Key: the post's page in the hub is `/write/{id}`.
    pub id: i64,
    /// Public URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Workflow state.
    pub status: Status,
    /// Date of the last change.
    pub updated: String,
    /// When a scheduled post goes out (RFC 3339, UTC).
    pub publish_at: Option<String>,
}

/// A slot of the editorial calendar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarSlot {
    /// The organisation that writes.
    pub organisation: String,
    /// What about.
    pub topic: String,
    /// Due date, ISO 8601.
    pub deadline: String,
    /// The post written for it, if any.
    pub post: Option<PostRow>,
    /// Past its deadline without a submitted post.
    pub late: bool,
}

/// An issue on the editorial calendar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarIssue {
    /// `YYYY-MM`.
    pub month: String,
    /// Issue number.
    pub number: i32,
    /// Theme.
    pub theme: String,
    /// Whether readers can see it.
    pub published: bool,
    /// Its slots, by deadline.
    pub slots: Vec<CalendarSlot>,
}

/// The editor's desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditorialDesk {
    /// Posts in review, approved or scheduled, oldest change first.
    pub review: Vec<PostRow>,
    /// Issues, newest first.
    pub calendar: Vec<CalendarIssue>,
}

/// A term to choose in the writing form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermOption {
    /// Code.
    pub code: String,
    /// Name in the interface language.
    pub name: String,
    /// What it covers.
    pub description: String,
}

/// A facet's terms to choose from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetOptions {
    /// Facet key.
    pub key: String,
    /// Facet name.
    pub name: String,
    /// Its terms.
    pub terms: Vec<TermOption>,
}

/// Choices of the writing form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WriteChoices {
    /// Taxonomy facets except countries (typed as text).
    pub facets: Vec<FacetOptions>,
    /// (month, label) of every issue.
    pub issues: Vec<(String, String)>,
    /// (code, name) of the languages a post can be in.
    pub languages: Vec<(String, String)>,
    /// (id, name) of every organisation, for editors' slot form.
    pub organisations: Vec<(String, String)>,
}

/// One revision of a post in full, as its author or an editor reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionDetail {
    /// The post's key.
    pub post_id: i64,
    /// The post's title now.
    pub post_title: String,
    /// Position of this revision, the first being 1.
    pub number: i64,
    /// How many revisions the post has.
    pub count: i64,
    /// Whether this is the post's current text.
    pub is_current: bool,
    /// Who saved it, when and why.
    pub item: RevisionItem,
    /// Title at this revision.
    pub title: String,
    /// Summary at this revision.
    pub summary: String,
    /// Markdown source at this revision, exactly as saved.
    pub body: String,
}

/// An image uploaded for a post.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageItem {
    /// Where it is served (the largest width).
    pub src: String,
    /// Alternative text.
    pub alt: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The Markdown that shows it.
    pub markdown: String,
}

/// A post as its author or an editor works on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostDraft {
    /// Key.
    pub id: i64,
    /// Public URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Language code.
    pub lang: String,
    /// Markdown of the current revision.
    pub body: String,
    /// Rendered HTML of the current revision.
    pub body_html: String,
    /// (facet, code) of its taxonomy tags except countries.
    pub tags: Vec<(String, String)>,
    /// Its countries' codes, comma-separated.
    pub countries: String,
    /// Its issue's month, or empty.
    pub issue: String,
    /// Workflow state.
    pub status: Status,
    /// When it goes out, if scheduled.
    pub publish_at: Option<String>,
    /// Whether the viewer wrote it.
    pub is_owner: bool,
    /// Whether the viewer may edit its text now.
    pub can_edit: bool,
    /// Whether the viewer is an editor.
    pub is_editor: bool,
    /// The workflow history, oldest first.
    pub history: Vec<HistoryItem>,
    /// Every revision, newest first.
    pub revisions: Vec<RevisionItem>,
    /// Its images, oldest first.
    pub images: Vec<ImageItem>,
}

/// The choices of the writing form. Signed-in people only.
#[server(endpoint = "write_options", input = GetUrl)]
pub async fn write_options() -> Result<WriteChoices, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::write_options(&state.db, &user, crate::i18n::current_locale()).await
}

/// The post `id` for its author or an editor; 404 for anyone else.
#[server(endpoint = "get_post_draft", input = GetUrl)]
pub async fn get_post_draft(id: i64) -> Result<PostDraft, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::post_draft(&state.db, &user, id).await
}

/// Revision `revision` of post `id`, for its author or an editor; 404 for anyone else.
#[server(endpoint = "get_post_revision", input = GetUrl)]
pub async fn get_post_revision(id: i64, revision: i64) -> Result<RevisionDetail, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::post_revision(&state.db, &user, id, revision).await
}

/// The posts the signed-in person wrote.
#[server(endpoint = "my_posts", input = GetUrl)]
pub async fn my_posts() -> Result<Vec<PostRow>, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::my_posts(&state.db, &user).await
}

/// The editor's desk. Editors only.
#[server(endpoint = "editor_desk", input = GetUrl)]
pub async fn editor_desk() -> Result<EditorialDesk, AppError> {
    let state = crate::state::app_state()?;
    let user = crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::editor_desk(&state.db, &user).await
}

/// Markdown rendered and sanitised exactly as a save would, for the live preview.
/// Signed-in people only.
#[server(endpoint = "preview_markdown")]
pub async fn preview_markdown(markdown: String) -> Result<String, AppError> {
    crate::auth::api::current_user().ok_or(AppError::Unauthorized)?;
    if markdown.chars().count() > 100_000 {
        return Err(AppError::Invalid { field: "body".into(), message: "error-too-long".into() });
    }
    Ok(crate::markdown::render(&markdown).html)
}
