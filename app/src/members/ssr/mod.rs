//! Server side of the member directory: queries, the admin services and their handlers.
//!
//! Every admin service checks the admin role itself ([`require_admin`]).

mod directory;
mod handlers;
mod join;
mod kind;
mod logo;
mod organisations;
mod people;

pub use directory::{directory, organisation_detail};
pub use handlers::routes;
pub use join::{
    JoinInput, accept_join_request, decline_join_request, list_join_requests, submit_join_request,
};
pub use kind::KIND;
pub use logo::{LOGO_MAX_BYTES, reencode_logo};
pub use organisations::{OrganisationInput, organisation_choices, organisation_form, save_organisation};
pub use people::{change_role, invite, list_audit_events, list_people};

use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult};

/// Refuses everyone but admins.
fn require_admin(user: &CurrentUser) -> AppResult<()> {
    if user.has(Role::Admin) { Ok(()) } else { Err(AppError::Forbidden) }
}
