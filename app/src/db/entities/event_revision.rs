//! One saved version of an event's record.

use sea_orm::entity::prelude::*;

/// A row of `event_revisions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_revisions")]
pub struct Model {
    /// Surrogate key, in order of saving.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// The record as saved.
    pub record: Json,
    /// Who saved it.
    pub author: String,
    /// What changed.
    #[sea_orm(column_type = "Text")]
    pub note: String,
    /// When.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// `event_revisions` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
