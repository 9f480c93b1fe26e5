//! Invitations to open an account, sent by email.

use sea_orm::entity::prelude::*;

/// A row of `invitation`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitation")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Hex SHA-256 of the token in the emailed link.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// Who is invited, lower-cased.
    pub email: String,
    /// The organisation they join.
    pub organisation_id: Option<i64>,
    /// The role they get.
    pub role: String,
    /// The admin who invited them.
    pub invited_by: Option<i64>,
    /// When it was sent.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When the link stops working.
    pub expires_at: TimeDateTimeWithTimeZone,
    /// When it was used; a used invitation never works again.
    pub accepted_at: Option<TimeDateTimeWithTimeZone>,
    /// The language its email and accept page are written in (a code of
    /// [`crate::i18n::Locale`]).
    pub lang: String,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
