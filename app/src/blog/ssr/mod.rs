//! Server side of the series: queries, the writing and review workflow, the editorial
//! calendar, the scheduler, feeds, the sitemap and their routes.

mod calendar;
mod drafts;
mod feeds;
mod handlers;
mod images;
mod kind;
mod queries;
mod revisions;
pub mod scheduler;
mod translatable;
mod workflow;
mod write_handlers;

pub use calendar::{assign_slot, create_issue, editor_desk, my_posts, publish_issue};
pub use drafts::{post_draft, write_options};
pub use kind::KIND;
pub use queries::{
    author_posts, current_issue, get_issue, list_issues, organisation_posts, posts_tagged, replace_tags,
    tag_posts,
};
pub use revisions::post_revision;
pub use workflow::{POSTS, PostInput, act, publish_due, save_post};

/// Every route of the series outside the Leptos pages.
pub fn routes() -> axum::Router<crate::state::AppState> {
    handlers::routes().merge(write_handlers::routes())
}
