//! A working group: members co-writing documents on one theme, under a charter.

use sea_orm::entity::prelude::*;

/// A row of `groups`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "groups")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// URL segment, unique.
    #[sea_orm(unique)]
    pub slug: String,
    /// Name, plain text.
    pub name: String,
    /// Theme code from `content/taxonomy/themes.toml`.
    pub theme: String,
    /// What the group is for and how it works, Markdown.
    #[sea_orm(column_type = "Text")]
    pub charter: String,
    /// Who may read the group: `public`, `members` (anyone signed in) or `private` (the
    /// group's own members).
    pub visibility: String,
    /// How many endorsements of a document's current revision the group asks for (k).
    pub endorsement_quorum: i32,
    /// First stored.
    pub created_at: TimeDateTimeWithTimeZone,
    /// Last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// Relations of `groups`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// Its members, leads and pending requests and invitations.
    #[sea_orm(has_many = "super::group_member::Entity")]
    Members,
    /// Its documents.
    #[sea_orm(has_many = "super::group_document::Entity")]
    Documents,
}

impl Related<super::group_member::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Members.def()
    }
}

impl Related<super::group_document::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Documents.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
