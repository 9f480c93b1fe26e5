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

byline-by = By { $authors }
reading-time = { $minutes ->
    [one] { $minutes } minute read
   *[other] { $minutes } minutes read
}
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

article-contents = Contents
copy-link = Copy link
copy-link-done = Link copied to the clipboard.
copy-link-failed = Your browser did not allow copying. Copy the address from the address bar instead.

error-go-home = Go to the home page
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
month-year = { $month } { $year }
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
