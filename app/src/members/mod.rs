//! The coalition's network: the public member directory, organisation pages, requests to
//! join, and the admin pages that manage organisations, people, roles, invitations and the
//! audit log.
//!
//! Policy: the directory shows organisations and only the people who chose to be listed.
//! Every admin service checks the admin role itself; pages only mirror those checks.

mod admin_pages;
pub mod api;
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use admin_pages::{AdminPage, AuditPage, InvitePage, JoinRequestsPage, OrganisationEditPage, PeoplePage};
pub use api::StakeholderGroup;
pub use pages::{DirectoryPage, JoinPage, OrganisationPage};
