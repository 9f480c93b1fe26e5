//! The audit log of privileged actions: who did what, when, from where. Append-only.

use sea_orm::entity::prelude::*;

/// A row of `audit_event`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    /// Key.
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Who acted (none for the command line).
    pub actor_id: Option<i64>,
    /// What was done, a stable code such as `invitation.send`.
    pub action: String,
    /// What it was done to, such as `account:12`.
    pub target: String,
    /// Details for humans (never a password or a token).
    pub detail: String,
    /// The client address it came from (`cli` for the command line).
    pub client_address: String,
    /// When.
    pub created_at: TimeDateTimeWithTimeZone,
}

/// The log has no relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
