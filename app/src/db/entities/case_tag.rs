//! One tag of a case: a facet (`domain`, `wsis`, `sdg`, `country`, `level`, `theme`, `stage`,
//! `evidence`, `org`) and a code (for `org`, the slug of the organisation's name), so every
//! facet of the library is one indexed lookup.

use sea_orm::entity::prelude::*;

/// A row of `case_tags`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_tags")]
pub struct Model {
    /// The case.
    #[sea_orm(primary_key, auto_increment = false)]
    pub case_id: i64,
    /// The facet.
    #[sea_orm(primary_key, auto_increment = false)]
    pub facet: String,
    /// The code within the facet.
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
}

/// Relations of `case_tags`.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The tagged case.
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
