//! A person's sign-off of one exact revision of a group document. It counts only while that
//! revision is the document's head.

use sea_orm::entity::prelude::*;

/// A row of `group_endorsements`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_endorsements")]
pub struct Model {
    /// The document (kept for listing a document's endorsements without a join).
    pub document_id: i64,
    /// The revision endorsed.
    #[sea_orm(primary_key, auto_increment = false)]
    pub revision_id: i64,
    /// Who endorsed it.
    #[sea_orm(primary_key, auto_increment = false)]
    pub account_id: i64,
    /// When.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
