//! Server side of pledges: checking and storing records, the review workflow, reports,
//! assessments, replies and withdrawal, the list and its facets, the world view, the search
//! documents, the feed and the exports.

mod check;
mod export;
mod kind;
mod queries;
mod routes;
mod store;
mod translatable;
mod workflow;

pub use check::{CheckedPledge, check, check_report};
pub use kind::KIND;
pub use queries::{detail, list, world};
pub use workflow::{
    PLEDGES, act_on_pledge, add_plan_milestone, assess_report, draft, file_report, reply_to_assessment,
    revision, save_pledge, withdraw,
};

/// Every route of pledges outside the Leptos pages.
pub fn routes() -> axum::Router<crate::state::AppState> {
    routes::routes()
}
