//! Atom feeds of posts.

use atom_syndication::{Category, Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use time::format_description::well_known::Rfc3339;

use crate::blog::articles::ssr::authors;
use crate::db::entities::article;

/// Posts a feed carries.
pub const FEED_ENTRIES: u64 = 50;

/// What a feed is, apart from its posts.
pub struct FeedMeta {
    /// The feed's title.
    pub title: String,
    /// The language the feed is written in (`xml:lang`).
    pub lang: &'static str,
    /// Path of the feed itself (`/blog/feed.xml`).
    pub self_path: String,
    /// Path of the page the feed follows (`/blog`).
    pub page_path: String,
}

fn date_time(value: time::OffsetDateTime) -> FixedDateTime {
    value
        .format(&Rfc3339)
        .ok()
        .and_then(|text| FixedDateTime::parse_from_rfc3339(&text).ok())
        .unwrap_or_default()
}

fn midnight(date: time::Date) -> FixedDateTime {
    date_time(date.midnight().assume_utc())
}

/// An Atom feed of `posts` (newest first), with full text and, for a post with versions in
/// other languages, an `alternate` link with `hreflang` to each. `base` is the hub's public
/// origin.
pub fn atom(
    base: &str,
    meta: FeedMeta,
    posts: &[(article::Model, Vec<String>)],
    alternates: &crate::translations::Alternates,
) -> String {
    let updated = posts
        .iter()
        .map(|(post, _)| date_time(post.updated_at))
        .max()
        .unwrap_or_else(|| date_time(time::OffsetDateTime::now_utc()));
    let entries = posts
        .iter()
        .map(|(post, categories)| {
            let path = crate::paths::article(&post.slug);
            let url = format!("{base}{path}");
            let mut links = vec![Link {
                href: url.clone(),
                rel: "alternate".into(),
                hreflang: Some(post.lang.clone()),
                ..Link::default()
            }];
            links.extend(
                alternates
                    .get(&path)
                    .into_iter()
                    .flatten()
                    .filter(|(lang, other)| *other != path && lang != "x-default")
                    .map(|(lang, other)| Link {
                        href: format!("{base}{other}"),
                        rel: "alternate".into(),
                        hreflang: Some(lang.clone()),
                        ..Link::default()
                    }),
            );
            Entry {
                id: url.clone(),
                title: Text::plain(post.title.clone()),
                updated: date_time(post.updated_at),
                published: Some(midnight(post.published_on)),
                links,
                summary: Some(Text::plain(post.summary.clone())),
                content: Some(Content {
                    value: Some(post.body_html.clone()),
                    content_type: Some("html".into()),
                    lang: Some(post.lang.clone()),
                    ..Content::default()
                }),
                authors: authors(&post.authors)
                    .into_iter()
                    .map(|author| Person { name: author.name, ..Person::default() })
                    .collect(),
                categories: categories
                    .iter()
                    .map(|term| Category { term: term.clone(), ..Category::default() })
                    .collect(),
                ..Entry::default()
            }
        })
        .collect();
    let feed = Feed {
        id: format!("{base}{}", meta.self_path),
        title: Text::plain(meta.title),
        updated,
        links: vec![
            Link {
                href: format!("{base}{}", meta.self_path),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link { href: format!("{base}{}", meta.page_path), rel: "alternate".into(), ..Link::default() },
        ],
        entries,
        lang: Some(meta.lang.to_owned()),
        ..Feed::default()
    };
    feed.to_string()
}
