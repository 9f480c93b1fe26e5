//! A pledge: an organisation's commitment to build civil servants' capabilities.

use sea_orm::entity::prelude::*;

/// A row of `pledges`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledges")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// URL segment, unique.
    #[sea_orm(unique)]
    pub slug: String,
    /// BCP 47 language of its text.
    pub lang: String,
    /// Title.
    pub title: String,
    /// What it commits to.
    #[sea_orm(column_type = "Text")]
    pub commitment: String,
    /// The current record (`PledgeRecord`).
    pub record: Json,
    /// Taxonomy tags `[(facet, code)]`.
    pub tags: Json,
    /// The pledging organisation.
    pub organisation_id: Option<i64>,
    /// Its country, ISO 3166-1 alpha-2, as the organisation states it.
    pub country: Option<String>,
    /// The country's UN M49 region.
    pub region: Option<String>,
    /// The organisation's stakeholder group.
    pub stakeholder_group: String,
    /// First day.
    pub starts_on: TimeDate,
    /// Target date.
    pub ends_on: TimeDate,
    /// Day of the last progress report.
    pub last_report_on: Option<TimeDate>,
    /// Day it was withdrawn; nothing is deleted.
    pub withdrawn_on: Option<TimeDate>,
    /// Why it was withdrawn.
    #[sea_orm(column_type = "Text")]
    pub withdrawn_reason: String,
    /// Review state (`crate::editorial::Status`).
    pub status: String,
    /// The account that drafted it.
    pub owner_id: Option<i64>,
    /// Day of first publication.
    pub published_on: Option<TimeDate>,
    /// The revision it holds now.
    pub current_revision_id: Option<i64>,
    /// When it was created.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When it last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
