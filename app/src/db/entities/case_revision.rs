//! One saved version of a case: the whole record as JSON, who, when and why. Never updated,
//! never deleted.

use sea_orm::entity::prelude::*;

/// A row of `case_revisions`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_revisions")]
pub struct Model {
    /// Surrogate key; increases with time.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The case this is a version of.
    pub case_id: i64,
    /// The record at this revision ([`crate::cases::CaseRecord`] as JSON).
    pub record: Json,
    /// `import` for a bulk import, `hub` for an edit made in the hub.
    pub origin: String,
    /// Who made it (a display name, or the file it was imported from).
    pub author: String,
    /// Change note.
    pub note: String,
    /// When it was saved.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// Relations of `case_revisions`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The case.
    #[sea_orm(
        belongs_to = "super::case::Entity",
        from = "Column::CaseId",
        to = "super::case::Column::Id",
        on_delete = "Cascade"
    )]
    Case,
}

impl Related<super::case::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Case.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
