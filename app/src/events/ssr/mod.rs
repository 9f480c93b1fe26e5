//! Server side of events: checking and storing records, the content sync, the list and the
//! pages' queries, registration, calendars, emails, the periodic tasks and the routes.

mod check;
mod ics;
mod kind;
mod notify;
mod queries;
mod registration;
mod routes;
mod store;
pub mod tasks;
mod translatable;
mod when;
mod workflow;

pub use check::{CheckedEvent, check, check_outcome};
pub use ics::{calendar, escape as ical_escape};
pub use kind::KIND;
pub use queries::{
    detail, events_of_organisation, filtered, list, organiser_view, published_event, record_of,
    registration_by_token,
};
pub use registration::{Registered, accepted_count, cancel, decide, export_csv, register};
pub use routes::calendar_file;
pub use store::{SyncReport, sync_dir};
pub use workflow::{EVENTS, act_on_event, change_schedule, draft, revision, save_event, save_outcome};

/// Every route of events outside the Leptos pages.
pub fn routes() -> axum::Router<crate::state::AppState> {
    routes::routes()
}
