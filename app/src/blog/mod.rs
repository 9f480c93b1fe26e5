//! The monthly Knowledge Blog Series: issues, tag, author and organisation lists, Atom
//! feeds, the sitemap and robots.txt. A post is an article (see [`articles`]), with a
//! workflow state, an issue and taxonomy tags.
//!
//! Articles and the series are one feature: every article is a post of the series, one
//! table holds both, the series writes what `articles` reads, and an article page shows the
//! issue it appeared in. So `articles` (the article page, its card, the home page's latest
//! articles) lives inside the series rather than beside it, and the series' lists read
//! articles through `articles::ssr` as any module of a feature reads its own parts.

pub mod api;
pub mod articles;
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
