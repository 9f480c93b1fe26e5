//! One step of a pledge's review: who moved it from which state to which, when, with what
//! comment.

use sea_orm::entity::prelude::*;

/// A row of `pledge_steps`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledge_steps")]
pub struct Model {
    /// Surrogate key, in order of steps.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The pledge.
    pub pledge_id: i64,
    /// State before (none when the pledge was created).
    pub from_status: Option<String>,
    /// State after.
    pub to_status: String,
    /// The account that acted.
    pub actor_id: Option<i64>,
    /// Name shown for the actor.
    pub actor_name: String,
    /// Comment; may be empty.
    #[sea_orm(column_type = "Text")]
    pub comment: String,
    /// The revision the step refers to.
    pub revision_id: Option<i64>,
    /// When it happened.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// `pledge_steps` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
