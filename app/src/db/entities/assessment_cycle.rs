//! An organisation's assessment cycle: who is asked, when, on which framework version.

use sea_orm::entity::prelude::*;

/// A row of `assessment_cycles`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assessment_cycles")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The organisation assessed.
    pub organisation_id: i64,
    /// Name, plain text.
    pub name: String,
    /// Version of the framework it uses (`2026`).
    pub framework_version: String,
    /// First day answers are taken.
    pub opens_on: TimeDate,
    /// Last day answers are taken.
    pub closes_on: TimeDate,
    /// Codes of the respondent roles asked, comma-separated.
    pub roles: String,
    /// Level of government of the organisation, for benchmarks.
    pub level: Option<String>,
    /// Whether its results may count in the benchmarks.
    pub share_benchmarks: bool,
    /// Secret of the anonymous staff link (it only lets people answer).
    #[sea_orm(unique)]
    pub staff_token: String,
    /// When a coordinator closed it early.
    pub closed_at: Option<TimeDateTimeWithTimeZone>,
    /// Who opened it.
    pub created_by: Option<i64>,
    /// When it was opened.
    pub created_at: TimeDateTimeWithTimeZone,
    /// The organisation's practice answers, a JSON object of item code → answer code.
    #[sea_orm(column_type = "Text", nullable)]
    pub practice_answers: Option<String>,
    /// When they were last saved.
    pub practice_updated_at: Option<TimeDateTimeWithTimeZone>,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
