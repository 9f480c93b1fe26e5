//! One step of an article's workflow: who moved it from which state to which, when, with
//! what comment (review comments and answers are events too).

use sea_orm::entity::prelude::*;

/// A row of `article_events`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "article_events")]
pub struct Model {
    /// Surrogate key, in order of events.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The article.
    pub article_id: i64,
    /// State before (none when the article was created).
    pub from_status: Option<String>,
    /// State after (the same as before for a comment).
    pub to_status: String,
    /// The account that acted (none for the content sync and the scheduler).
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

/// `article_events` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
