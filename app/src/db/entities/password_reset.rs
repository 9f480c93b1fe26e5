//! Password-reset links, sent by email.

use sea_orm::entity::prelude::*;

/// A row of `password_reset`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "password_reset")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Hex SHA-256 of the token in the emailed link.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// Whose password it resets.
    pub account_id: i64,
    /// When it was sent.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When the link stops working.
    pub expires_at: TimeDateTimeWithTimeZone,
    /// When it was used; a used link never works again.
    pub used_at: Option<TimeDateTimeWithTimeZone>,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
