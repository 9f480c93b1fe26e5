//! The addresses of the hub's pages, each written once. Links, redirects, the sitemap and
//! search results build them here; the route table matches them (a test in `text` reads it).

use std::fmt::Display;

/// A post: `/articles/{slug}`.
pub fn article(slug: impl Display) -> String {
    format!("/articles/{slug}")
}

/// An issue of the series: `/blog/{month}`.
pub fn issue(month: impl Display) -> String {
    format!("/blog/{month}")
}

/// The posts with a tag: `/blog/tags/{facet}/{code}`.
pub fn tag(facet: impl Display, code: impl Display) -> String {
    format!("/blog/tags/{facet}/{code}")
}

/// The posts of an author: `/blog/authors/{slug}`.
pub fn author(slug: impl Display) -> String {
    format!("/blog/authors/{slug}")
}

/// A post as its author and editors work on it: `/write/{id}`.
pub fn post_draft(id: impl Display) -> String {
    format!("/write/{id}")
}

/// Starting a translation of item `id` of `kind`: `/translate/{kind}/{id}`.
pub fn translate(kind: impl Display, id: impl Display) -> String {
    format!("/translate/{kind}/{id}")
}

/// What still needs translating, for editors: `/editor/translations`.
pub const TRANSLATIONS_DESK: &str = "/editor/translations";

/// A published case: `/cases/{slug}`.
pub fn case(slug: impl Display) -> String {
    format!("/cases/{slug}")
}

/// A call for cases.
pub fn case_call(slug: impl Display) -> String {
    format!("/cases/calls/{slug}")
}

/// A case as its author and editors work on it: `/cases/submit/{id}`.
pub fn case_draft(id: impl Display) -> String {
    format!("/cases/submit/{id}")
}

/// A member organisation: `/members/{slug}`.
pub fn member(slug: impl Display) -> String {
    format!("/members/{slug}")
}

/// A working group: `/groups/{slug}`.
pub fn group(slug: impl Display) -> String {
    format!("/groups/{slug}")
}

/// A document of a group: `/groups/{group}/docs/{doc}`.
pub fn group_document(group: impl Display, doc: impl Display) -> String {
    format!("/groups/{group}/docs/{doc}")
}

/// A group document by its key, which leads to its page: `/groups/documents/{id}`.
pub fn group_document_by_id(id: impl Display) -> String {
    format!("/groups/documents/{id}")
}

/// A group's published output: `/groups/{group}/outputs/{doc}`.
pub fn group_output(group: impl Display, doc: impl Display) -> String {
    format!("/groups/{group}/outputs/{doc}")
}

/// A published event: `/events/{slug}`.
pub fn event(slug: impl Display) -> String {
    format!("/events/{slug}")
}

/// An event as its proposer and editors work on it: `/events/propose/{id}`.
pub fn event_draft(id: impl Display) -> String {
    format!("/events/propose/{id}")
}

/// What the organiser of an event sees: `/events/organise/{slug}`.
pub fn event_organiser(slug: impl Display) -> String {
    format!("/events/organise/{slug}")
}

/// A published pledge: `/pledges/{slug}`.
pub fn pledge(slug: impl Display) -> String {
    format!("/pledges/{slug}")
}

/// A pledge as its pledger and editors work on it: `/pledges/draft/{id}`.
pub fn pledge_draft(id: impl Display) -> String {
    format!("/pledges/draft/{id}")
}
