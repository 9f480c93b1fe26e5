//! Signed-in sessions, stored server-side. The cookie carries a random token; the table
//! keeps only its SHA-256, so a copy of the database signs nobody in.

use sea_orm::entity::prelude::*;

/// A row of `session`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "session")]
pub struct Model {
    /// Hex SHA-256 of the cookie token.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// Whose session it is.
    pub account_id: i64,
    /// When it was opened.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When it was last used (updated at most once a minute).
    pub last_seen_at: TimeDateTimeWithTimeZone,
    /// When it stops being valid.
    pub expires_at: TimeDateTimeWithTimeZone,
    /// The browser's `User-Agent`, shortened, so the person can recognise it.
    pub user_agent: String,
    /// The client address it was opened from.
    pub client_address: String,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
