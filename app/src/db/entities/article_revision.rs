//! One saved version of an article: who, when, what and why. Never updated, never deleted.

use sea_orm::entity::prelude::*;

/// A row of `article_revisions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "article_revisions")]
pub struct Model {
    /// Surrogate key; increases with time.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The article this is a version of.
    pub article_id: i64,
    /// Title at this revision.
    pub title: String,
    /// Summary at this revision.
    pub summary: String,
    /// Markdown source of the body.
    #[sea_orm(column_type = "Text")]
    pub body_markdown: String,
    /// `content` for a sync from `content/`, `app` for an edit made in the hub.
    pub origin: String,
    /// Who made it (a display name or `content sync`).
    pub author: String,
    /// Change note.
    pub note: String,
    /// When it was saved.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// Relations of `article_revisions`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The article.
    #[sea_orm(
        belongs_to = "super::article::Entity",
        from = "Column::ArticleId",
        to = "super::article::Column::Id",
        on_delete = "Cascade"
    )]
    Article,
}

impl Related<super::article::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Article.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
