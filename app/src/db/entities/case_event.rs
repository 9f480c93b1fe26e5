//! One step of a case's review: who moved it from which state to which, when, with
//! what comment (review comments and answers are events too).

use sea_orm::entity::prelude::*;

/// A row of `case_events`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_events")]
pub struct Model {
    /// Surrogate key, in order of events.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The case.
    pub case_id: i64,
    /// State before (none when the case was created).
    pub from_status: Option<String>,
    /// State after (the same as before for a comment).
    pub to_status: String,
    /// The account that acted.
    pub actor_id: Option<i64>,
    /// Name shown for the actor.
    pub actor_name: String,
    /// Review comment or answer; may be empty.
    #[sea_orm(column_type = "Text")]
    pub comment: String,
    /// The revision the event refers to.
    pub revision_id: Option<i64>,
    /// When it happened.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// `case_events` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
