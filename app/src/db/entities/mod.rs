//! sea-orm entities, one module per table.

pub mod account;
pub mod article;
pub mod article_event;
pub mod article_image;
pub mod article_revision;
pub mod article_tag;
pub mod audit_event;
pub mod blog_issue;
pub mod case;
pub mod case_event;
pub mod case_revision;
pub mod case_tag;
pub mod group;
pub mod group_document;
pub mod group_document_revision;
pub mod group_endorsement;
pub mod group_member;
pub mod group_presence;
pub mod index_outbox;
pub mod invitation;
pub mod issue_slot;
pub mod join_request;
pub mod organisation;
pub mod password_reset;
pub mod session;
