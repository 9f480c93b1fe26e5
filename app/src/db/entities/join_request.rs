//! Requests from organisations that want to join the coalition.

use sea_orm::entity::prelude::*;

/// A row of `join_request`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "join_request")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Name of the organisation asking to join.
    pub organisation_name: String,
    /// Its stakeholder group code.
    pub stakeholder_group: String,
    /// Its country, ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Its website.
    pub website: Option<String>,
    /// The contact person's name.
    pub contact_name: String,
    /// The contact person's email, lower-cased.
    pub contact_email: String,
    /// Why they want to join.
    pub motivation: String,
    /// `pending`, `accepted` or `declined`.
    pub status: String,
    /// The admin who decided.
    pub decided_by: Option<i64>,
    /// When it was decided.
    pub decided_at: Option<TimeDateTimeWithTimeZone>,
    /// Why it was declined.
    pub decline_reason: Option<String>,
    /// The organisation created on acceptance.
    pub organisation_id: Option<i64>,
    /// When it was sent.
    pub created_at: TimeDateTimeWithTimeZone,
    /// The language the contact used when they asked, and is written to in.
    pub lang: String,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
