//! A person registered for an event: name and email only, deleted a set time after the event.

use sea_orm::entity::prelude::*;

/// A row of `event_registrations`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_registrations")]
pub struct Model {
    /// Surrogate key, in order of arrival (the waiting list's order).
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// Name as given.
    pub name: String,
    /// Email, lower-cased.
    pub email: String,
    /// `pending`, `accepted`, `waitlisted`, `declined` or `cancelled`.
    pub status: String,
    /// SHA-256 of the token of the links in the registrant's email.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// Whether the reminder a day before went out.
    pub reminded_day: bool,
    /// Whether the reminder an hour before went out.
    pub reminded_hour: bool,
    /// Registered.
    pub created_at: TimeDateTimeWithTimeZone,
    /// Last changed.
    pub updated_at: TimeDateTimeWithTimeZone,
    /// The language the registrant used when they registered, and is written to in.
    pub lang: String,
}

/// `event_registrations` has no relations used through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
