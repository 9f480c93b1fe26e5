//! Changes waiting to reach the search index, appended in the same transaction as the
//! change itself and applied in `id` order.

use sea_orm::entity::prelude::*;

/// A row of `index_outbox`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "index_outbox")]
pub struct Model {
    /// Position in the outbox; the index remembers the last one it applied.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Kind of the changed item (`article`, …).
    pub kind: String,
    /// Key of the changed item in its table.
    pub item_id: i64,
    /// When the change was committed.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// `index_outbox` has no relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
