//! The editorial kernel: the states an item goes through from draft to publication, the
//! actions that move it and who may take them, and the review history. Posts and cases use
//! it today; every kind that is written by members and reviewed by editors uses it the same
//! way (`ssr::act` changes the state, `components` show it).

pub mod components;
#[cfg(feature = "ssr")]
pub mod ssr;

use serde::{Deserialize, Serialize};

/// Where an item (a post, a case, …) is in its review workflow. Readers see
/// [`Status::Published`] only.
///
/// draft → submitted → changes requested ⇄ submitted → approved → scheduled → published →
/// unpublished or archived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Status {
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

impl Status {
    /// Every state, in workflow order.
    pub const ALL: [Status; 8] = [
        Status::Draft,
        Status::Submitted,
        Status::ChangesRequested,
        Status::Approved,
        Status::Scheduled,
        Status::Published,
        Status::Unpublished,
        Status::Archived,
    ];

    /// As stored in `articles.status`.
    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::ChangesRequested => "changes_requested",
            Status::Approved => "approved",
            Status::Scheduled => "scheduled",
            Status::Published => "published",
            Status::Unpublished => "unpublished",
            Status::Archived => "archived",
        }
    }

    /// The state stored as `code`.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.code() == code)
    }

    /// Key of its name in the message catalogues.
    pub fn label_key(self) -> String {
        format!("post-status-{}", self.code().replace('_', "-"))
    }

    /// Whether the workflow allows moving from `self` to `to`.
    pub fn can_move_to(self, to: Status) -> bool {
        use Status::*;
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

/// A step of the workflow asked for by a button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The author sends the item to the editors.
    Submit,
    /// An editor sends it back with comments.
    RequestChanges,
    /// An editor accepts it (never their own).
    Approve,
    /// An editor sets the time it goes out.
    Schedule,
    /// An editor publishes it now.
    PublishNow,
    /// An editor takes it down.
    Unpublish,
    /// An editor archives it.
    Archive,
    /// The author or an editor comments without changing the state.
    Comment,
}

impl Action {
    /// The action a button's `action` value names.
    pub fn from_code(code: &str) -> Option<Action> {
        Some(match code {
            "submit" => Action::Submit,
            "request-changes" => Action::RequestChanges,
            "approve" => Action::Approve,
            "schedule" => Action::Schedule,
            "publish" => Action::PublishNow,
            "unpublish" => Action::Unpublish,
            "archive" => Action::Archive,
            "comment" => Action::Comment,
            _ => return None,
        })
    }

    /// Whether someone may take this action on an item: its author, an editor, or both. A
    /// reviewer never approves their own item.
    pub fn allowed(self, is_owner: bool, is_editor: bool) -> bool {
        match self {
            Action::Submit | Action::Comment => is_owner || is_editor,
            Action::Approve => is_editor && !is_owner,
            Action::RequestChanges
            | Action::Schedule
            | Action::PublishNow
            | Action::Unpublish
            | Action::Archive => is_editor,
        }
    }

    /// The state this action leads to from `from`.
    pub fn target(self, from: Status) -> Status {
        match self {
            Action::Submit => Status::Submitted,
            Action::RequestChanges => Status::ChangesRequested,
            Action::Approve => Status::Approved,
            Action::Schedule => Status::Scheduled,
            Action::PublishNow => Status::Published,
            Action::Unpublish => Status::Unpublished,
            Action::Archive => Status::Archived,
            Action::Comment => from,
        }
    }
}

/// Whether someone may change the text of an item in state `status`: its author while it is
/// not public, and editors always.
pub fn may_edit(is_owner: bool, is_editor: bool, status: Status) -> bool {
    is_editor
        || (is_owner
            && matches!(
                status,
                Status::Draft | Status::Submitted | Status::ChangesRequested | Status::Approved
            ))
}

/// The state an item is in after its author saved a new text in `status`: an approved item
/// goes back to review, so nothing is published that no editor read. Editors' own edits keep
/// the state.
pub fn after_edit(status: Status, is_editor: bool) -> Status {
    if status == Status::Approved && !is_editor { Status::Submitted } else { status }
}

/// One step of an item's review history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryItem {
    /// When, RFC 3339 UTC.
    pub when: String,
    /// Who.
    pub who: String,
    /// State before.
    pub from: Option<Status>,
    /// State after.
    pub to: Status,
    /// Comment.
    pub comment: String,
}

/// One saved revision of an item's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionItem {
    /// Key.
    pub id: i64,
    /// When, RFC 3339 UTC.
    pub when: String,
    /// Who saved it.
    pub who: String,
    /// What changed.
    pub note: String,
    /// Number of words.
    pub words: i64,
}

#[cfg(test)]
mod tests {
    use super::Action;
    use super::Status::{self, *};

    #[test]
    fn codes_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::from_code(status.code()), Some(status));
        }
        assert_eq!(Status::from_code("deleted"), None);
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

    #[test]
    fn nobody_approves_their_own_item() {
        assert!(!Action::Approve.allowed(true, true));
        assert!(Action::Approve.allowed(false, true));
        assert!(!Action::Approve.allowed(false, false));
    }

    #[test]
    fn only_editors_publish_and_take_down() {
        for action in
            [Action::PublishNow, Action::Schedule, Action::Unpublish, Action::Archive, Action::RequestChanges]
        {
            assert!(!action.allowed(true, false), "{action:?} by an author");
            assert!(action.allowed(false, true), "{action:?} by an editor");
        }
        assert!(Action::Submit.allowed(true, false));
        assert!(!Action::Submit.allowed(false, false));
    }

    #[test]
    fn an_author_edits_only_what_is_not_public() {
        assert!(super::may_edit(true, false, Approved));
        assert!(!super::may_edit(true, false, Published));
        assert!(!super::may_edit(true, false, Scheduled));
        assert!(!super::may_edit(false, false, Draft));
        assert!(super::may_edit(false, true, Published));
    }

    #[test]
    fn an_author_editing_an_approved_item_sends_it_back_to_review() {
        assert_eq!(super::after_edit(Approved, false), Submitted);
        assert_eq!(super::after_edit(Approved, true), Approved);
        assert_eq!(super::after_edit(Draft, false), Draft);
        assert_eq!(super::after_edit(ChangesRequested, false), ChangesRequested);
    }

    #[test]
    fn action_codes_name_their_actions() {
        for (code, action) in
            [("submit", Action::Submit), ("publish", Action::PublishNow), ("comment", Action::Comment)]
        {
            assert_eq!(Action::from_code(code), Some(action));
        }
        assert_eq!(Action::from_code("delete"), None);
        assert_eq!(Action::Comment.target(Approved), Approved);
    }
}
