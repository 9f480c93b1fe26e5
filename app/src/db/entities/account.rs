//! People with an account on the hub.

use sea_orm::entity::prelude::*;

/// A row of `account`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Email address, lower-cased, unique.
    #[sea_orm(unique)]
    pub email: String,
    /// Display name.
    pub name: String,
    /// argon2id hash in PHC string form.
    pub password_hash: String,
    /// Site-wide role: `member`, `editor` or `admin`.
    pub role: String,
    /// The organisation the person belongs to.
    pub organisation_id: Option<i64>,
    /// Job title shown in the directory.
    pub job_title: Option<String>,
    /// Whether the person chose to be listed on their organisation's page.
    pub listed: bool,
    /// When the account was created.
    pub created_at: TimeDateTimeWithTimeZone,
    /// When the password was last set.
    pub password_changed_at: TimeDateTimeWithTimeZone,
    /// The language the hub writes to the person in (`en`, `fr`, `ar`, …): the interface
    /// language they last chose, or used when the account was made.
    pub lang: String,
}

/// Relations are followed with explicit queries.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
