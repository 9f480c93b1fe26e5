//! An image uploaded for an article: stored re-encoded at the widths pages use, under a
//! random name that encodes its size (`{hex}-{width}x{height}.{jpg|png}`).

use sea_orm::entity::prelude::*;

/// A row of `article_images`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "article_images")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The article.
    pub article_id: i64,
    /// File name of the largest stored width.
    #[sea_orm(unique)]
    pub file: String,
    /// Width of the largest stored width, in pixels.
    pub width: i32,
    /// Its height, in pixels.
    pub height: i32,
    /// Alternative text, required.
    pub alt: String,
    /// Who uploaded it.
    pub uploaded_by: Option<i64>,
    /// When.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// `article_images` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
