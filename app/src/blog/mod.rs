//! The monthly Knowledge Blog Series: issues, tag, author and organisation lists, Atom
//! feeds, the sitemap and robots.txt. A post is an article (see `crate::articles`), with a
//! workflow state, an issue and taxonomy tags.

pub mod api;
mod editor_pages;
mod pages;
mod preview;
mod revision_page;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod write_api;
mod write_pages;

pub use editor_pages::EditorPage;
pub use pages::{AuthorPage, BlogPage, IssuePage, IssueView, TagPage, format_month};
pub use revision_page::RevisionPage;
pub use write_pages::{MyPostsPage, WritePage};

#[cfg(feature = "ssr")]
pub use ssr::{KIND, organisation_posts, replace_tags};

/// `blog_issues.status` of an issue readers can see.
pub const ISSUE_PUBLISHED: &str = "published";
/// `blog_issues.status` of an issue on the editorial calendar, not yet published.
pub const ISSUE_PLANNED: &str = "planned";
