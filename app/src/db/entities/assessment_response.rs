//! One person's answers: to a cycle (anonymous), or a saved private self-reflection.

use sea_orm::entity::prelude::*;

/// A row of `assessment_responses`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assessment_responses")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The cycle answered; none for a private self-reflection.
    pub cycle_id: Option<i64>,
    /// Hex SHA-256 of the private link's token.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// The respondent role chosen, in a cycle.
    pub role: Option<String>,
    /// Framework version answered.
    pub framework_version: String,
    /// JSON object of item code → answer code (`3`, `na`, `pns`).
    #[sea_orm(column_type = "Text")]
    pub answers: String,
    /// When the respondent sent their answers as final.
    pub submitted_at: Option<TimeDateTimeWithTimeZone>,
    /// First saved.
    pub created_at: TimeDateTimeWithTimeZone,
    /// Last saved.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
