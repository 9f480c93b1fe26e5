//! Wire types and server functions of articles.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// An article in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSummary {
    /// URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// BCP 47 language of the text.
    pub lang: String,
    /// Authors' display names.
    pub authors: Vec<String>,
    /// Publication date, ISO 8601 (`2026-11-16`).
    pub published_on: String,
    /// Estimated reading time in minutes.
    pub reading_minutes: i32,
}

/// One entry of an article's table of contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TocItem {
    /// Heading level, 2 to 4.
    pub level: i32,
    /// Fragment id.
    pub id: String,
    /// Heading text.
    pub title: String,
}

/// A whole article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleDetail {
    /// Everything a list shows.
    pub summary: ArticleSummary,
    /// Sanitised HTML of the body.
    pub body_html: String,
    /// Table of contents.
    pub toc: Vec<TocItem>,
}

/// The newest articles, newest first.
#[server(endpoint = "list_articles", input = GetUrl)]
pub async fn list_articles(limit: i64) -> Result<Vec<ArticleSummary>, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::list_articles(&state.db, limit.clamp(1, 100)).await
}

/// One article by slug; [`AppError::NotFound`] when there is none.
#[server(endpoint = "get_article", input = GetUrl)]
pub async fn get_article(slug: String) -> Result<ArticleDetail, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::get_article(&state.db, &slug).await
}
