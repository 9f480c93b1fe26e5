//! Wire types and server functions of the series.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::blog::articles::api::ArticleSummary;
use crate::error::AppError;

/// An issue of the series in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueSummary {
    /// `YYYY-MM`: the issue's URL segment.
    pub month: String,
    /// Issue number.
    pub number: i32,
    /// Theme.
    pub theme: String,
    /// One or two sentences.
    pub summary: String,
    /// Publication date, ISO 8601.
    pub published_on: Option<String>,
    /// How many published posts it has.
    pub post_count: u32,
}

/// A whole issue: the editor's introduction and its posts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueDetail {
    /// Everything a list shows.
    pub issue: IssueSummary,
    /// Who edited the issue.
    pub editor: String,
    /// Language of the introduction.
    pub lang: String,
    /// The introduction, sanitised HTML.
    pub intro_html: String,
    /// Its published posts, oldest first (the order they appeared in).
    pub posts: Vec<ArticleSummary>,
}

/// The posts of one tag, author or organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostList {
    /// What the list is of, for its heading (a tag's name, an author's name).
    pub heading: String,
    /// What the tag covers, or the facet's name.
    pub description: String,
    /// The list's Atom feed.
    pub feed: String,
    /// Published posts, newest first.
    pub posts: Vec<ArticleSummary>,
}

/// Published issues, newest first.
#[server(endpoint = "list_issues", input = GetUrl)]
pub async fn list_issues() -> Result<Vec<IssueSummary>, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::list_issues(&state.db, state.search.kinds()).await
}

/// The newest published issue, if there is one.
#[server(endpoint = "current_issue", input = GetUrl)]
pub async fn current_issue() -> Result<Option<IssueDetail>, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::current_issue(&state.db, state.search.kinds(), crate::i18n::current_locale()).await
}

/// The published issue of `month`; [`AppError::NotFound`] when there is none.
#[server(endpoint = "get_issue", input = GetUrl)]
pub async fn get_issue(month: String) -> Result<IssueDetail, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::get_issue(&state.db, state.search.kinds(), &month, crate::i18n::current_locale()).await
}

/// The published posts with tag `code` of `facet`; [`AppError::NotFound`] for a tag not in
/// the taxonomy.
#[server(endpoint = "tag_posts", input = GetUrl)]
pub async fn tag_posts(facet: String, code: String) -> Result<PostList, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::tag_posts(&state.db, state.search.kinds(), &facet, &code, crate::i18n::current_locale()).await
}

/// The published posts of the author with page `slug`; [`AppError::NotFound`] when they
/// have none.
#[server(endpoint = "author_posts", input = GetUrl)]
pub async fn author_posts(slug: String) -> Result<PostList, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::author_posts(&state.db, state.search.kinds(), &slug, crate::i18n::current_locale()).await
}
