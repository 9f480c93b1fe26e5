//! Wire types and server functions of articles.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// An author of an article, with the organisation they write for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorRef {
    /// Display name.
    pub name: String,
    /// URL segment of their author page (`/blog/authors/{slug}`).
    pub slug: String,
    /// The organisation's name, if given.
    pub organisation: Option<String>,
}

/// A taxonomy tag, with its name in the interface language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagRef {
    /// Facet key (`domain`, `wsis`, `sdg`, `country`, `level`, `theme`).
    pub facet: String,
    /// Code within the facet.
    pub code: String,
    /// The facet's name.
    pub facet_name: String,
    /// The term's name.
    pub name: String,
}

impl TagRef {
    /// The tag's page.
    pub fn href(&self) -> String {
        crate::paths::tag(&self.facet, &self.code)
    }
}

/// The issue of the series an article belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueRef {
    /// `YYYY-MM`.
    pub month: String,
    /// Issue number.
    pub number: i32,
    /// Theme.
    pub theme: String,
}

/// A member organisation an article speaks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationRef {
    /// URL segment of its page.
    pub slug: String,
    /// Name.
    pub name: String,
}

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
    /// Authors.
    pub authors: Vec<AuthorRef>,
    /// Publication date, ISO 8601 (`2026-11-16`).
    pub published_on: String,
    /// Estimated reading time in minutes.
    pub reading_minutes: i32,
    /// The work's other published versions, when a list shows it once for all of them.
    #[serde(default)]
    pub also_in: Vec<crate::translations::VersionLink>,
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
    /// Key, for the translation set it may belong to.
    pub id: i64,
    /// Everything a list shows.
    pub summary: ArticleSummary,
    /// Sanitised HTML of the body.
    pub body_html: String,
    /// Table of contents.
    pub toc: Vec<TocItem>,
    /// Taxonomy tags, in facet order.
    pub tags: Vec<TagRef>,
    /// The issue of the series it appeared in.
    pub issue: Option<IssueRef>,
    /// The member organisation it speaks for.
    pub organisation: Option<OrganisationRef>,
    /// Other published articles that share the most tags with it.
    pub related: Vec<ArticleSummary>,
    /// When it was last changed (RFC 3339), for metadata.
    pub modified: String,
    /// Its address on the public site.
    pub url: String,
    /// Schema.org `BlogPosting` metadata, JSON safe to put inside a `<script>` element.
    pub json_ld: String,
}

/// The newest articles, newest first.
#[server(endpoint = "list_articles", input = GetUrl)]
pub async fn list_articles(limit: i64) -> Result<Vec<ArticleSummary>, AppError> {
    let state = crate::state::app_state()?;
    let (kinds, locale) = (state.search.kinds(), crate::i18n::current_locale());
    super::ssr::list_articles(&state.db, kinds, limit.clamp(1, 100), locale).await
}

/// One article by slug; [`AppError::NotFound`] when there is none.
#[server(endpoint = "get_article", input = GetUrl)]
pub async fn get_article(slug: String) -> Result<ArticleDetail, AppError> {
    let state = crate::state::app_state()?;
    let (kinds, locale) = (state.search.kinds(), crate::i18n::current_locale());
    super::ssr::get_article(&state.db, kinds, &slug, locale, &state.site.public_url).await
}
