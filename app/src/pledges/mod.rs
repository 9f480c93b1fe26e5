//! Pledges: countries and organisations commit to build civil servants' capabilities for
//! digital transformation, and show their progress.
//!
//! Policy: a pledge is drafted by an account of a member organisation (the pledger) and
//! reviewed through the editorial kernel as posts, cases and events are; once published,
//! every account of the pledging organisation files its progress reports (kept as
//! revisions), editors assess them and the pledger may answer, all in public. Progress and
//! the freshness light are computed from the milestones and the dates, never stored by
//! hand. Nothing is deleted: a withdrawn pledge says so, with its date. The pledger's
//! assessment scores appear only as the organisation itself shares them.
//!
//! - `record`, `progress`: the record and its progress (both targets, pure);
//! - `freshness`: the freshness light from the dates (server, pure);
//! - `api`, `pages`, `write_pages`: wire types, server functions and pages;
//! - `ssr`: checking, storing, the workflow, the list, the world view, search, the feed and
//!   the exports (server).

pub mod api;
#[cfg(feature = "ssr")]
pub mod freshness;
mod pages;
pub mod progress;
pub mod record;
#[cfg(feature = "ssr")]
pub mod ssr;
mod write_pages;

pub use pages::{PledgePage, PledgesPage, PledgesWorldPage};
pub use progress::{Completion, Freshness, progress};
pub use record::{Milestone, PledgeRecord};
pub use write_pages::{PledgeRevisionPage, PledgeWritePage};
