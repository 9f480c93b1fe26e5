//! Who has a group document open in the editor: one row per document and person, refreshed
//! while the editor is open.

use sea_orm::entity::prelude::*;

/// A row of `group_presence`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_presence")]
pub struct Model {
    /// The document.
    #[sea_orm(primary_key, auto_increment = false)]
    pub document_id: i64,
    /// The person.
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: i64,
    /// When their editor last said it was open.
    pub seen_at: TimeDateTimeWithTimeZone,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
