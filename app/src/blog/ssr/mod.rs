//! Server side of the series: queries, feeds, the sitemap and their routes.

mod feeds;
mod handlers;
mod queries;

pub use handlers::routes;
pub use queries::{
    author_posts, current_issue, get_issue, list_issues, organisation_posts, posts_tagged, replace_tags,
    tag_posts,
};
