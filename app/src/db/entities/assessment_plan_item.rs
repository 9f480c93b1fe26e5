//! A focus area of a cycle's improvement plan.

use sea_orm::entity::prelude::*;

/// A row of `assessment_plan_items`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assessment_plan_items")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The cycle.
    pub cycle_id: i64,
    /// 1 to 3.
    pub position: i32,
    /// Code of the competency the area works on.
    pub competency: String,
    /// The actions, plain text.
    #[sea_orm(column_type = "Text")]
    pub actions: String,
    /// When they are due.
    pub due_on: TimeDate,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
