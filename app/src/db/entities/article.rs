//! An article: a page of prose with a stable slug. Its current text is the revision
//! `current_revision_id` points to; the rendered HTML is kept beside it.

use sea_orm::entity::prelude::*;

/// Where a revision came from.
pub const ORIGIN_CONTENT: &str = "content";

/// A row of `articles`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "articles")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// URL segment, unique.
    #[sea_orm(unique)]
    pub slug: String,
    /// BCP 47 language of the text.
    pub lang: String,
    /// Title, plain text.
    pub title: String,
    /// One or two sentences, plain text.
    pub summary: String,
    /// Authors' display names, as a JSON array of strings.
    pub authors: Json,
    /// Sanitised HTML of the body, rendered once on write.
    #[sea_orm(column_type = "Text")]
    pub body_html: String,
    /// The body as plain text (for the search index and reading time).
    #[sea_orm(column_type = "Text")]
    pub body_text: String,
    /// Table of contents as JSON: `[{"level":2,"id":"…","title":"…"}]`.
    pub toc: Json,
    /// Reading time in minutes, at least 1.
    pub reading_minutes: i32,
    /// Publication date shown to readers.
    pub published_on: TimeDate,
    /// The revision that holds the current text.
    pub current_revision_id: Option<i64>,
    /// Hash of the content file at the last sync, if the article came from `content/`.
    pub source_hash: Option<String>,
    /// First stored.
    pub created_at: TimeDateTimeWithTimeZone,
    /// Last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
    /// Workflow state, a [`crate::editorial::Status`] code; readers see `published` only.
    pub status: String,
    /// The issue of the series the article belongs to.
    pub issue_id: Option<i64>,
    /// The member organisation it speaks for.
    pub organisation_id: Option<i64>,
    /// The account that wrote it in the hub (none for articles from `content/`).
    pub owner_id: Option<i64>,
    /// When a scheduled article is to be published.
    pub publish_at: Option<TimeDateTimeWithTimeZone>,
}

/// Relations of `articles`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// Every revision of the article.
    #[sea_orm(has_many = "super::article_revision::Entity")]
    Revisions,
    /// Its taxonomy tags.
    #[sea_orm(has_many = "super::article_tag::Entity")]
    Tags,
}

impl Related<super::article_tag::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Tags.def()
    }
}

impl Related<super::article_revision::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Revisions.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
