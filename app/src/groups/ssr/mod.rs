//! Server side of working groups.
//!
//! - the storage core, which checks no permission: creating groups and documents
//!   (`create`), saving and restoring documents (`store`), reading their history (here) and
//!   endorsements (`endorse`);
//! - `access`: who may see and do what; `actions`: what people do, permission checked;
//! - `views`: what the pages show; `presence`: who is editing now;
//! - `handlers`: the POST routes of the group forms.

pub mod access;
pub mod actions;
mod create;
mod endorse;
mod handlers;
mod kind;
pub mod presence;
mod store;
mod translatable;
pub mod views;

pub use create::{NewGroup, create_document, create_group};
pub use endorse::{
    EndorseError, EndorsementState, approve, approvers, endorse, endorsement_state, propose,
    publish_if_reached,
};
pub use handlers::routes;
pub use kind::{GROUPS, OUTPUTS};
pub use store::{Outcome, SaveError, Saved, restore, save_document};

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::db::entities::group_document_revision;

/// What made a revision (`group_document_revisions.kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An edit of the head.
    Edit,
    /// An edit of an older revision, merged with the head.
    Merge,
    /// An edit that overlaps the head, kept beside it; never the head.
    Conflict,
    /// An older revision's text brought back.
    Restore,
}

impl Kind {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Edit => "edit",
            Kind::Merge => "merge",
            Kind::Conflict => "conflict",
            Kind::Restore => "restore",
        }
    }

    /// The kind a stored code names.
    pub fn from_code(code: &str) -> Option<Self> {
        [Kind::Edit, Kind::Merge, Kind::Conflict, Kind::Restore].into_iter().find(|kind| kind.code() == code)
    }
}

/// Revision `revision_id`, if it is one of document `document_id`'s.
pub async fn revision_of<C: ConnectionTrait>(
    db: &C,
    document_id: i64,
    revision_id: i64,
) -> Result<Option<group_document_revision::Model>, DbErr> {
    group_document_revision::Entity::find_by_id(revision_id)
        .filter(group_document_revision::Column::DocumentId.eq(document_id))
        .one(db)
        .await
}

/// Every revision of document `document_id`, conflicts included, newest first.
pub async fn history<C: ConnectionTrait>(
    db: &C,
    document_id: i64,
) -> Result<Vec<group_document_revision::Model>, DbErr> {
    group_document_revision::Entity::find()
        .filter(group_document_revision::Column::DocumentId.eq(document_id))
        .order_by_desc(group_document_revision::Column::Number)
        .all(db)
        .await
}
