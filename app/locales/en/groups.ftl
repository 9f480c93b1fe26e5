## Working groups

nav-groups = Working groups
kind-group = Working group
kind-output = Group output
field-group-name = Name
field-charter = Charter
field-visibility = Who can see the group
field-quorum = Endorsements needed

groups-title = Working groups
groups-lead = Members of the coalition co-write guides, curricula and position papers on selected themes. What a group endorses is published here for everyone.
groups-empty = There is no working group you can see yet.
groups-outputs = Endorsed outputs
group-new = Create a working group
group-create = Create the group
group-field-name = Name
group-field-theme = Theme
group-field-charter = Charter
group-hint-charter = What the group works on, how, and until when. Markdown; the first paragraph is its summary in the list of groups.
group-field-visibility = Who can see the group
group-field-quorum = Endorsements needed
group-hint-quorum = How many members must approve a revision before it is published as the group’s output (from 1 to 50).
group-visibility-public = Public
group-visibility-members = Members of the hub only
group-visibility-private = Private to the group
group-member-count = { $count ->
    [0] No members
    [one] 1 member
   *[other] { $count } members
}
group-latest-activity = latest activity { $date }
group-led-by = Led by { $organisations }
group-endorsed-by = Endorsed by working group { $group } on { $date }
group-approved-by = Approved by { $names }
group-output-revision = revision { $number }
group-badge-endorsed = Endorsed

group-charter = Charter
group-you-are-lead = You lead this group.
group-you-are-member = You are a member of this group.
group-leave = Leave the group
group-request-pending = You asked to join; a lead of the group will answer.
group-invited = A lead invited you to join this group.
group-accept-invitation = Accept the invitation
group-decline-invitation = Decline
group-ask-to-join = Ask to join
group-sign-in-to-join = Sign in to ask to join
group-documents = Documents
group-documents-empty = The group has no document yet.
group-field-document-title = Title of a new document
group-field-document-language = Language of the document
group-document-language = Language:
group-field-title = Title
group-rename-title = Rename the document
group-rename-hint = Change the title as the document evolves; a translation gets a title in its own language.
group-rename = Save the title
group-create-document = Create the document
group-updated-on = updated { $date }
group-activity = Recent activity
group-activity-empty = Nothing has happened yet.
group-activity-edit = edited
group-activity-merge = edited (merged)
group-activity-restore = restored an earlier version of
group-activity-endorsed = published as endorsed
group-members = Members
group-pending = Waiting for an answer
group-role-lead = lead
group-role-member = member
group-standing-requested = asked to join
group-standing-invited = invited
group-action-accept = Accept { $name }
group-action-decline = Decline { $name }
group-action-withdraw = Withdraw the invitation of { $name }
group-action-make-lead = Make { $name } a lead
group-action-make-member = Make { $name } a member
group-action-remove = Remove { $name }
group-field-invite = Invite someone
group-hint-invite = The email address of their account on the hub.
group-invite = Invite
group-settings = Group settings
group-save-settings = Save the settings

group-history = History
group-revision-line = Revision { $number } · { $kind } · { $author } · { $date }
group-kind-edit = edit
group-kind-merge = merged edit
group-kind-conflict = conflict
group-kind-restore = restore
group-open-conflicts = You have changes that overlapped someone else’s and are not in the text yet. Reconcile them:
group-document-empty = This document has no text yet. Write the first version below.
group-also-editing = Also editing now: { $names }
group-current-text = Current text
group-edit = Edit
group-field-body = Text
group-hint-body = Markdown, one paragraph per line. Changes to different paragraphs are merged with other people’s; changes to the same paragraph are kept for you to reconcile.
group-your-changes = Your changes
group-no-changes = No changes yet.
group-changes-failed = Your changes cannot be compared right now; your text is safe.
group-field-note = What changed (optional)
group-hint-note = A few words for the history.
group-save = Save
group-show-changes = Show my changes
group-endorsement = Endorsement
group-published-revision = Revision { $number } is published as the group’s output since { $date }.
group-read-output = Read it
group-endorsement-count = Revision { $number } is proposed for endorsement: { $count } of { $quorum } needed ({ $members } members).
group-endorsed-so-far = Endorsed by { $names }.
group-endorse = Endorse revision { $number }
group-propose-hint = When the text is ready, propose it: it is published once enough members endorse this exact revision. Any later edit asks for endorsements again.
group-propose = Propose revision { $number } for endorsement
group-not-proposed = The current text is not proposed for endorsement.

group-history-of = History of { $title }
group-history-caption = Every revision, newest first. Conflicts are kept beside the text, never over it.
group-col-revision = Revision
group-col-kind = Kind
group-col-author = By
group-col-note = Note
group-col-saved = Saved
group-col-actions = Actions
group-current = current
group-compare = Compare
group-compare-from = From revision
group-compare-to = To revision
group-compare-previous = Changes
group-restore = Restore revision { $number }
group-restore-note = Restored revision { $number }
group-compare-title = Changes from revision { $from } to { $to }
group-diff-added = added
group-diff-removed = removed
group-no-difference = The two revisions have the same text.
group-revision-title = Revision { $number } of { $title }
group-conflict-explained = Your changes overlap changes someone saved while you were editing. Nothing was lost: your text is kept here, and the current text did not change. Reconcile the two below.
group-conflict-current = Current text
group-conflict-yours = Your text
group-conflict-difference = How your text differs from the current text
group-diff-yours = only in yours
group-diff-theirs = only in the current text
group-conflict-resolve = Reconcile
group-conflict-resolve-hint = Edit your text so that it keeps what the other change needs, then save it as the new version.
group-conflict-save = Save the reconciled text
group-resolve-note = Reconciled conflict { $number }

notice-group-created = The group is created. You lead it.
notice-group-join-asked = Your request is sent to the group’s leads.
notice-group-joined = Welcome to the group.
notice-group-invitation-declined = You declined the invitation.
notice-group-left = You left the group.
notice-group-invited = The invitation is sent.
notice-group-member-changed = The members are updated.
notice-group-settings-saved = The settings are saved.
notice-group-document-created = The document is created. Write its first version.
notice-group-saved = Your changes are saved.
notice-group-merged = Someone saved changes while you were editing; they touched other paragraphs, so both are in the text now.
notice-group-conflict = Your changes overlap someone else’s. Your text is kept as this revision; reconcile it below.
notice-group-proposed = The revision is proposed for endorsement.
notice-group-endorsed = Your endorsement is recorded.
notice-group-published = Your endorsement completed the quorum: the revision is published as the group’s output.
notice-group-restored = The earlier revision is restored as the current text.

group-error-quorum = Enter a number from 1 to 50.
group-error-last-lead = A group needs at least one lead: make someone else a lead first.
group-error-no-account = Nobody has an account with this address. They can ask to join the hub first.
group-error-already-member = This person is already in the group or invited.
group-error-not-head = The text changed since you opened it: read the current version first.
group-error-translate-members = Only members of this working group can translate its documents: ask to join the group first.
group-diff-source = The changes in the Markdown source

mail-group-invite-subject = An invitation to the working group { $group }
mail-group-invite-body = { $name } invites you to join the working group “{ $group }” on Coalition Hub.

    Sign in and accept the invitation on the group’s page:
    { $link }
mail-group-request-subject = { $name } asks to join { $group }
mail-group-request-body = { $name } asks to join the working group “{ $group }”, which you lead on Coalition Hub.

    Accept or decline the request on the group’s page:
    { $link }
mail-group-accepted-subject = Welcome to the working group { $group }
mail-group-accepted-body = { $name } accepted your request: you are now a member of the working group “{ $group }” on Coalition Hub.

    { $link }
