//! A person's place in a working group: lead or member, and whether they are in, asked to
//! join or were invited. One row per group and account.

use sea_orm::entity::prelude::*;

/// A row of `group_members`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_members")]
pub struct Model {
    /// The group.
    #[sea_orm(primary_key, auto_increment = false)]
    pub group_id: i64,
    /// The person.
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: i64,
    /// `lead` (signs off what the group publishes, manages members) or `member`.
    pub role: String,
    /// `active`, `requested` (asked to join) or `invited` (asked by a lead).
    pub state: String,
    /// When the row was made.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// Relations of `group_members`.
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
}

impl Related<super::group::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Group.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
