# Coalition Hub — English interface strings.
# Keys are shared by every language; `cargo test` checks that each language has them all.

site-name = Coalition Hub
skip-to-content = Skip to main content
nav-label = Main
nav-home = Home
nav-about = About
language-switch-label = Interface language
footer-about = Coalition Hub is the knowledge-sharing space of the Dynamic Coalition for Digital Capacity Building: good practices, a monthly Knowledge Blog Series and working groups for the public sector.

home-page-title = Home
home-title = Building the digital capacity of public administrations, together
home-lead = Governments, schools of public administration, international organisations, academia, civil society and companies share what works in helping civil servants master AI and digital transformation.
home-latest = Latest articles
home-empty = Nothing has been published yet.
home-search-label = Search articles, good-practice cases, working groups and members
home-cases-title = Newest good-practice cases
home-cases-empty = No case has been published yet.
home-cases-all = All good-practice cases
home-groups-title = Working groups
home-groups-all = All working groups

byline-by = By { $authors }
reading-time = { $minutes ->
    [one] { $minutes } minute read
   *[other] { $minutes } minutes read
}

article-contents = Contents
copy-link = Copy link
copy-link-done = Link copied to the clipboard.
copy-link-failed = Your browser did not allow copying. Copy the address from the address bar instead.

error-go-home = Go to the home page
error-busy = The hub is busy for a moment. Please try again in a few seconds; you are still signed in.
error-not-found-title = Page not found
error-not-found-body = There is no page at this address. It may have moved, or the link may be mistyped.
error-unauthorized-title = Sign-in required
error-unauthorized-body = Please sign in to see this page.
error-forbidden-title = Not allowed
error-forbidden-body = Your account does not have permission to do this.
error-invalid-title = Something in the request is not right
error-invalid-body = The request could not be understood. Please check what you entered and try again.
error-conflict-title = Someone else changed this
error-conflict-body = This was changed while you were working on it. Nothing you entered is lost; please review and try again.
error-rate-limited-title = Too many requests
error-rate-limited-body = Please wait a minute and try again.
error-internal-title = Something went wrong on our side
error-internal-body = The hub could not complete this request. Please try again in a moment; if it keeps happening, tell the coalition secretariat.
error-unknown-language = This language is not available.
error-cross-site = This request came from another site and was refused. If you meant to send it, open the Coalition Hub page again and retry from there.

search-label = Search the hub
search-placeholder = Search articles, cases, groups…
search-button = Search
search-title = Search
search-title-for = Search: { $query }
search-feed = Follow this search (Atom feed)
search-feed-title = Coalition Hub search: { $query }
search-sort = Order
search-sort-relevance = Best match
search-sort-newest = Newest first
search-count = { $count ->
    [0] No results
    [one] 1 result
   *[other] { $count } results
}
search-count-all = { $count ->
    [one] 1 item published
   *[other] { $count } items published
}
search-nothing = Nothing matches. Try fewer or different words, or remove a filter.
search-fuzzy = Few exact matches: showing results for similar words.
search-did-you-mean = Did you mean:
search-facets = Narrow the results
search-filter-on = (filter on; select to remove)
search-previous = Previous page
search-next = Next page
search-pages = Result pages
search-page-of = Page { $page } of { $pages }
facet-kind = Kind
facet-domain = Competency domain
facet-wsis = WSIS action line
facet-sdg = Sustainable Development Goal
facet-country = Country
facet-region = Region
facet-lang = Language
facet-year = Year
facet-sdg-value = SDG { $number }
kind-article = Article
kind-organisation = Member organisation
facet-lang-und = Not specified
search-query-label = Search for

## The Knowledge Blog Series
nav-blog = Blog series
home-all-issues = All issues of the series
blog-title = Knowledge Blog Series
blog-lead = Every month, member organisations share how they build digital capacity in government: a repository of experience others can learn from.
blog-feed-title = Knowledge Blog Series (Coalition Hub)
blog-feed-link = Follow with a feed reader (Atom)
blog-empty = No issue of the series has been published yet.
blog-issue-label = No. { $number } · { $month }
blog-post-count = { $count ->
    [one] One post
   *[other] { $count } posts
}
blog-edited-by = Edited by { $editor }
blog-issue-posts = In this issue
blog-issue-read-intro = Read the editor’s introduction
blog-list-empty = No published post yet.
blog-tag-eyebrow = Topic
blog-author-eyebrow = Author
blog-tag-feed-title = { $tag }: posts on Coalition Hub
blog-author-feed-title = Posts by { $author } on Coalition Hub
blog-organisation-feed-title = Posts from { $organisation } on Coalition Hub
byline-by-prefix = By
article-organisation = Published for
article-language = Language:
article-related = Related posts
article-tags = Topics
organisation-posts = Posts
organisation-posts-feed = Posts from this organisation (Atom feed)
taxonomy-country = Country
language-en = English
language-fr = French
language-es = Spanish
language-ar = Arabic
language-ru = Russian
language-zh = Chinese
language-pt = Portuguese
post-status-draft = Draft
post-status-submitted = Submitted for review
post-status-changes-requested = Changes requested
post-status-approved = Approved
post-status-scheduled = Scheduled
post-status-published = Published
post-status-unpublished = Unpublished
post-status-archived = Archived

## Writing and editing posts
nav-my-posts = My posts
nav-editor = Editor's desk
write-sign-in-title = Sign in to write
write-new-title = Write a new post
write-my-posts = My posts
write-none-yet = You have not written a post yet.
write-status = State
write-updated = Last change
write-view-public = See the published post
write-read-only = This post can no longer be edited by its author. An editor can still change it.
write-summary-hint = One or two sentences shown in lists, feeds and links shared elsewhere.
write-no-issue = Not for a particular issue
write-issue-option = No. { $number } ({ $month }): { $theme }
write-body-hint = Markdown: ## for a heading, **bold**, *italic*, - for a list, [text](address) for a link.
write-preview = Preview
write-preview-button = Show preview
write-preview-failed = The preview could not be refreshed. Your text is safe; use Show preview to try again.
write-tags = Topics
write-countries-hint = Countries the post is about, as names or two-letter codes, separated by commas (for example: Kenya, FR).
write-note-hint = Optional: what you changed, for the history.
write-save = Save draft
write-submit = Submit for review
field-title = Title
field-summary = Summary
field-lang = Language of the post
field-issue = Issue of the series
field-body = Text
field-tags = Topics
field-countries = Countries
field-note = What changed
field-comment = Comment
field-publish-at = Publication time (UTC)
field-month = Month
field-number = Issue number
field-theme = Theme
field-slot-issue = Issue
field-topic = Topic
field-deadline = Deadline
field-publish-month = Issue to publish
field-intro = Editor's introduction
review-title = Review and history
review-approve = Approve
review-request-changes = Request changes
review-schedule = Schedule
review-publish = Publish now
review-unpublish = Unpublish
review-archive = Archive
review-comment = Add comment
review-comment-hint = Required to request changes. The author sees it in the history.
review-not-own = You wrote this post, so another editor has to approve it.
review-publish-at-hint = To schedule: the date and time, in UTC, when the post goes out by itself.
review-scheduled-for = Scheduled for { $time } UTC.
history-title = History
history-comment = Comment
revisions-title = Revisions
revision-words = { $count ->
    [one] one word
   *[other] { $count } words
}
revision-heading = Revision { $number } of { $count }
revision-saved = Saved by { $who } on { $when }
revision-note = Change note:
revision-is-current = This is the current text of the post.
revision-source = Text at this revision (Markdown)
editor-title = Editor's desk
editor-review = Waiting for review, approved or scheduled
editor-nothing-waiting = Nothing is waiting.
editor-calendar = Editorial calendar
editor-no-issues = No issue is planned yet.
editor-no-slots = No slot assigned yet.
editor-issue-published = Published
editor-issue-planned = Planned
editor-post = Post
editor-late = Late
editor-not-started = Not started
editor-no-organisations = Slots go to member organisations, and there is none yet: an administrator adds them.
editor-nothing-to-publish = Every planned issue is published. Plan the next one first.
editor-new-issue = Plan an issue
editor-month-hint = The month it comes out, as YYYY-MM.
editor-create-issue = Plan the issue
editor-assign-slot = Assign a slot
editor-assign = Assign
editor-publish-issue = Publish an issue
editor-publish = Publish the issue
error-choose = Choose from the list.
error-future = Choose a time in the future.
error-month = Enter a month as YYYY-MM, for example 2026-12.
error-number = Enter a whole number from 1.
error-date = Enter a date as YYYY-MM-DD.
error-issue-taken = An issue with this month or number already exists.
notice-draft-saved = Your draft is saved.
notice-submitted = Your post is submitted. An editor will review it.
notice-status-changed = The post's state has changed.
notice-comment-added = Your comment is added.
notice-issue-created = The issue is planned.
notice-slot-assigned = The slot is assigned.
notice-issue-published = The issue is published.
images-title = Images
images-hint = Upload an image, then copy its Markdown line into the text where it should appear.
images-file-hint = PNG, JPEG, WebP or GIF, up to 8 MB. It is resized for the page.
images-alt-hint = Describe what the image shows for people who cannot see it. Required.
images-upload = Upload the image
field-image = Image file
field-alt = Alternative text
error-image-missing = Choose an image file.
error-image-too-big = The image is larger than 8 MB.
error-image-type = The image must be a PNG, JPEG, WebP or GIF file.
error-image-unreadable = The image could not be read.
notice-image-added = The image is added. Copy its Markdown line into the text.
