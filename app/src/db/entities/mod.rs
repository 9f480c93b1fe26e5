//! sea-orm entities, one module per table.

pub mod account;
pub mod article;
pub mod article_revision;
pub mod audit_event;
pub mod index_outbox;
pub mod invitation;
pub mod join_request;
pub mod organisation;
pub mod password_reset;
pub mod session;
