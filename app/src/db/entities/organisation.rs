//! Member organisations of the coalition.

use sea_orm::entity::prelude::*;

/// A row of `organisation`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisation")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// URL segment, unique.
    #[sea_orm(unique)]
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Stakeholder group code (`government`, `academia`, …).
    pub stakeholder_group: String,
    /// ISO 3166-1 alpha-2 code of the country it is based in.
    pub country: Option<String>,
    /// Website, an `https://` or `http://` URL.
    pub website: Option<String>,
    /// Short description, plain text.
    pub description: String,
    /// File name of the re-encoded logo under the uploads folder.
    pub logo: Option<String>,
    /// When it was created.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When it was last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
