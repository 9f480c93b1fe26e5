//! An issue of the monthly Knowledge Blog Series: month, number, theme and the editor's
//! introduction (rendered once on write).

use sea_orm::entity::prelude::*;

/// A row of `blog_issues`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "blog_issues")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// `YYYY-MM`, unique: the URL segment.
    #[sea_orm(unique)]
    pub month: String,
    /// Issue number, unique.
    #[sea_orm(unique)]
    pub number: i32,
    /// The theme of the issue.
    pub theme: String,
    /// One or two sentences, plain text.
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    /// Who edited the issue.
    pub editor: String,
    /// BCP 47 language of the introduction.
    pub lang: String,
    /// The editor's introduction as written.
    #[sea_orm(column_type = "Text")]
    pub intro_markdown: String,
    /// The introduction rendered and sanitised.
    #[sea_orm(column_type = "Text")]
    pub intro_html: String,
    /// `planned` or `published`.
    pub status: String,
    /// When it was published.
    pub published_on: Option<TimeDate>,
    /// Hash of the content file at the last sync, if the issue came from `content/`.
    pub source_hash: Option<String>,
    /// First stored.
    pub created_at: TimeDateTimeWithTimeZone,
    /// Last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// `blog_issues` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
