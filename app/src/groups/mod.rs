//! Working groups: members who co-write Markdown documents on a theme (a charter, a guide,
//! a position paper), led by one or more leads who sign off what the group publishes.
//!
//! Policy: an edit is never lost. Every save of a document is a new revision; the current
//! text is a pointer (the head) to one of them. Someone who saves from an older revision than
//! the head gets their change merged into the head when the two touch different paragraphs,
//! and when they overlap their text is kept as a `conflict` revision beside the head (never
//! over it) for a person to reconcile. Endorsements (the leads' and members' sign-off) count
//! only for the exact revision that is the head, so any later change asks for them again.
//!
//! - `api`: wire types and server functions;
//! - `pages` (`/groups`, a group) and `document_pages` (a document, its history, a
//!   comparison, a revision, an output): the route components;
//! - `editor`: the islands of the document editor (live comparison, presence);
//! - `merge`: the three-way merge and the word-level comparison (both targets, no I/O);
//! - `ssr`: groups and documents in the database, permissions, the form routes (server).

pub mod api;
mod document_pages;
mod editor;
pub mod merge;
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use document_pages::{
    GroupComparePage, GroupDocumentPage, GroupHistoryPage, GroupOutputPage, GroupRevisionPage,
};
pub use pages::{ActiveGroups, GroupPage, GroupsPage};

/// How often an open editor says so, in seconds.
pub const PRESENCE_EVERY_SECS: u64 = 20;
