//! A slot on the editorial calendar: a member organisation is to write on a topic for an
//! issue by a deadline; filled when an article is attached.

use sea_orm::entity::prelude::*;

/// A row of `issue_slots`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "issue_slots")]
pub struct Model {
    /// Surrogate key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The issue.
    pub issue_id: i64,
    /// The organisation that writes.
    pub organisation_id: i64,
    /// What the post is to be about.
    pub topic: String,
    /// When the post is due for review.
    pub deadline: TimeDate,
    /// The article written for the slot.
    pub article_id: Option<i64>,
    /// When the slot was assigned.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// `issue_slots` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
