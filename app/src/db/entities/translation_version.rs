//! One version of a work in a translation set: an original (its `item_id` is the
//! `work_id`) or a translation of it, of the same kind.

use sea_orm::entity::prelude::*;

/// A row of `translation_versions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translation_versions")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Kind of the item (`article`, `case`, …), as in the content-kind registry.
    pub kind: String,
    /// Key of the item in its kind's table.
    pub item_id: i64,
    /// Key of the work's original, of the same kind.
    pub work_id: i64,
    /// Language of this version: one of the six UN languages.
    pub lang: String,
    /// Who translated it (none for the original, or a translation from the content folder).
    pub translator_id: Option<i64>,
    /// The original's revision this translation was made from (none for the original).
    pub source_revision_id: Option<i64>,
    /// When the version joined the set.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// `translation_versions` has no relations the code follows.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
