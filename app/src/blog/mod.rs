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
pub(crate) use write_pages::{ReviewHistory, StatusBadge, failure, review_actions};

/// `blog_issues.status` of an issue readers can see.
pub const ISSUE_PUBLISHED: &str = "published";
/// `blog_issues.status` of an issue on the editorial calendar, not yet published.
pub const ISSUE_PLANNED: &str = "planned";

/// Where a post is in its workflow. Readers see [`PostStatus::Published`] only.
///
/// draft → submitted → changes requested ⇄ submitted → approved → scheduled → published →
/// unpublished or archived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PostStatus {
    /// Being written; only its author and editors see it.
    Draft,
    /// Waiting for an editor's review.
    Submitted,
    /// An editor asked for changes.
    ChangesRequested,
    /// Accepted, waiting to be scheduled.
    Approved,
    /// Will be published at its `publish_at` time.
    Scheduled,
    /// Public.
    Published,
    /// Taken down; may be published again.
    Unpublished,
    /// Kept for the record only.
    Archived,
}

impl PostStatus {
    /// Every state, in workflow order.
    pub const ALL: [PostStatus; 8] = [
        PostStatus::Draft,
        PostStatus::Submitted,
        PostStatus::ChangesRequested,
        PostStatus::Approved,
        PostStatus::Scheduled,
        PostStatus::Published,
        PostStatus::Unpublished,
        PostStatus::Archived,
    ];

    /// As stored in `articles.status`.
    pub fn code(self) -> &'static str {
        match self {
            PostStatus::Draft => "draft",
            PostStatus::Submitted => "submitted",
            PostStatus::ChangesRequested => "changes_requested",
            PostStatus::Approved => "approved",
            PostStatus::Scheduled => "scheduled",
            PostStatus::Published => "published",
            PostStatus::Unpublished => "unpublished",
            PostStatus::Archived => "archived",
        }
    }

    /// The state stored as `code`.
    pub fn from_code(code: &str) -> Option<PostStatus> {
        PostStatus::ALL.into_iter().find(|status| status.code() == code)
    }

    /// Key of its name in the message catalogues.
    pub fn label_key(self) -> String {
        format!("post-status-{}", self.code().replace('_', "-"))
    }

    /// Whether the workflow allows moving from `self` to `to`.
    pub fn can_move_to(self, to: PostStatus) -> bool {
        use PostStatus::*;
        matches!(
            (self, to),
            (Draft | ChangesRequested, Submitted)
                | (Submitted, ChangesRequested | Approved)
                | (Approved, Scheduled | Published | ChangesRequested)
                | (Scheduled, Published | Approved)
                | (Published, Unpublished | Archived)
                | (Unpublished, Published | Archived)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::PostStatus::{self, *};

    #[test]
    fn codes_round_trip() {
        for status in PostStatus::ALL {
            assert_eq!(PostStatus::from_code(status.code()), Some(status));
        }
        assert_eq!(PostStatus::from_code("deleted"), None);
    }

    #[test]
    fn the_workflow_goes_through_review_before_publication() {
        assert!(Draft.can_move_to(Submitted));
        assert!(Submitted.can_move_to(ChangesRequested) && ChangesRequested.can_move_to(Submitted));
        assert!(Submitted.can_move_to(Approved) && Approved.can_move_to(Scheduled));
        assert!(Scheduled.can_move_to(Published) && Published.can_move_to(Unpublished));
        assert!(!Draft.can_move_to(Published), "a draft is never published without review");
        assert!(!Submitted.can_move_to(Published));
        assert!(!ChangesRequested.can_move_to(Approved));
        assert!(!Archived.can_move_to(Published));
    }
}
