//! What readers look for and do not find, and what the hub does about it.
//!
//! - `api`: wire types and server functions (both targets);
//! - `pages`: `/editor/demand` (the editors' dashboard), `/cases/calls/:slug` (a public
//!   call for cases) and the library's panel of open calls and common searches;
//! - `ssr`: the figures, read from the search log (`crate::search::log`), calls for cases
//!   and the case drafts that answer them, synonyms editors add, and the form routes.
//!
//! The dashboard reads the log through the search feature's public functions; a call is
//! answered with a case draft through the cases feature's public `save_case`, and the link
//! between them is kept here, so neither feature knows about calls.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use pages::{CallPage, DemandPage, LibraryPanel};
