//! A document a working group writes together. Its current text is the revision
//! `head_revision_id` points to.

use sea_orm::entity::prelude::*;

/// A row of `group_documents`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_documents")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The group writing it.
    pub group_id: i64,
    /// URL segment, unique within the group.
    pub slug: String,
    /// Title, plain text.
    pub title: String,
    /// The language it is written in: one of the six UN languages (BCP 47 primary code).
    pub lang: String,
    /// The current revision; none before the first save.
    pub head_revision_id: Option<i64>,
    /// The revision a lead asked the members to endorse; it counts only while it is the head.
    pub proposed_revision_id: Option<i64>,
    /// The revision the group endorsed and publishes as its output.
    pub endorsed_revision_id: Option<i64>,
    /// When that revision reached the quorum.
    pub endorsed_at: Option<TimeDateTimeWithTimeZone>,
    /// First stored.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When the head last moved.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// Relations of `group_documents`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The group.
    #[sea_orm(
        belongs_to = "super::group::Entity",
        from = "Column::GroupId",
        to = "super::group::Column::Id",
        on_delete = "Cascade"
    )]
    Group,
    /// Every revision, conflicts included.
    #[sea_orm(has_many = "super::group_document_revision::Entity")]
    Revisions,
}

impl Related<super::group::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Group.def()
    }
}

impl Related<super::group_document_revision::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Revisions.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
