//! Events: the coalition's conferences, forum sessions, webinars, trainings and seminars,
//! with registration, calendars and the outcome record written afterwards.
//!
//! Policy: an event is proposed and reviewed through the editorial kernel as posts and
//! cases are; its times are written in its own IANA time zone and kept as instants; the
//! online room's link reaches accepted registrants only (their page, their email, their
//! calendar); registrants' data is visible to them and the organiser, and deleted a set
//! time after the event.
//!
//! - `record`: the record and the outcome record (both targets);
//! - `api`, `pages`: wire types, server functions and pages;
//! - `ssr`: checking, storing, the list and its facets, registration, iCalendar, emails, the
//!   periodic tasks and the routes (server).

pub mod api;
mod organise_pages;
mod pages;
mod propose_pages;
pub mod record;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use organise_pages::{EventOrganisePage, RegistrationPage};
pub use pages::{EventPage, EventsPage, OrganisationEvents};
pub use propose_pages::{EventProposePage, EventRevisionPage};
pub use record::{EventLink, EventRecord, Outcome, PlanItem};

/// The actionable plan of the published event `slug` (empty when it has no outcome record
/// yet): the way other features (a pledge's milestones) take up an item of it without
/// knowing how events are stored. `NotFound` for an event that is not public.
#[cfg(feature = "ssr")]
pub async fn actionable_plan(
    db: &sea_orm::DatabaseConnection,
    slug: &str,
) -> crate::error::AppResult<Vec<PlanItem>> {
    let row = ssr::published_event(db, slug).await?;
    Ok(ssr::record_of(&row).outcome.map(|outcome| outcome.plan).unwrap_or_default())
}
