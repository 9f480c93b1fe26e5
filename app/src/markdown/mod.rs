//! Markdown rendering, in one place.
//!
//! Policy: user and content Markdown is rendered by pulldown-cmark with the options named in
//! [`options`], given heading ids and a table of contents, and then sanitised by ammonia
//! before it is stored. Nothing renders Markdown on a read path: the stored HTML is served.

pub mod images;

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use serde::{Deserialize, Serialize};

/// Words a reader reads in a minute, for the reading-time estimate.
const WORDS_PER_MINUTE: usize = 200;

/// Ids the page layout itself uses; a heading never takes one of them.
const RESERVED_IDS: &[&str] = &["hub-main", "hub-header", "hub-footer", "hub-toc"];

/// One entry of a table of contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TocEntry {
    /// Heading level, 2 to 4 (level 1 is the page title).
    pub level: u8,
    /// Fragment id of the heading.
    pub id: String,
    /// Heading text, plain.
    pub title: String,
}

/// The result of rendering one Markdown document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// Sanitised HTML.
    pub html: String,
    /// Headings of level 2 to 4, in order.
    pub toc: Vec<TocEntry>,
    /// All text, without markup, for search and reading time.
    pub plain_text: String,
    /// Estimated reading time in whole minutes, at least 1.
    pub reading_minutes: u32,
}

/// The pulldown-cmark extensions the hub uses, named explicitly.
pub fn options() -> Options {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_SMART_PUNCTUATION);
    options
}

/// Renders `markdown` to sanitised HTML with heading ids, a table of contents and plain text.
pub fn render(markdown: &str) -> Rendered {
    render_events(Parser::new_ext(markdown, options()).collect())
}

/// Renders `markdown` shown inside a page that has its own title: every heading one level
/// down (`#` becomes `<h2>`, `######` stays `<h6>`), so the page keeps one `<h1>` and an
/// outline that screen readers can follow.
pub fn render_nested(markdown: &str) -> Rendered {
    let lower = |level: HeadingLevel| match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    };
    let events = Parser::new_ext(markdown, options())
        .map(|event| match event {
            Event::Start(Tag::Heading { level, id, classes, attrs }) => {
                Event::Start(Tag::Heading { level: lower(level), id, classes, attrs })
            }
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(lower(level))),
            other => other,
        })
        .collect();
    render_events(events)
}

/// Elements nested deeper than this are flattened: their contents are kept, their markup is
/// not. Nothing readable nests this deep, and the sanitiser's work grows with the square of
/// the depth (10,000 nested quotes took seconds).
const MAX_DEPTH: usize = 32;

/// `events` with the elements nested deeper than [`MAX_DEPTH`] unwrapped.
fn flatten_deep(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut kept = Vec::new();
    let mut depth = 0;
    events
        .into_iter()
        .filter(|event| match event {
            Event::Start(_) => {
                let keep = depth < MAX_DEPTH;
                if keep {
                    depth += 1;
                }
                kept.push(keep);
                keep
            }
            Event::End(_) => {
                let keep = kept.pop().unwrap_or(false);
                if keep {
                    depth -= 1;
                }
                keep
            }
            _ => true,
        })
        .collect()
}

fn render_events(events: Vec<Event<'_>>) -> Rendered {
    let mut events = flatten_deep(events);
    let toc = assign_heading_ids(&mut events);
    let events = sized_images(events);
    let plain_text = plain_text(&events);
    let mut unsafe_html = String::with_capacity(events.len() * 16);
    html::push_html(&mut unsafe_html, events.into_iter());
    let words = plain_text.split_whitespace().count();
    Rendered {
        html: SANITIZER.clean(&unsafe_html).to_string(),
        toc,
        reading_minutes: u32::try_from(words.div_ceil(WORDS_PER_MINUTE).max(1)).unwrap_or(u32::MAX),
        plain_text,
    }
}

/// Replaces each image uploaded to the hub by an `<img>` with its size, `srcset` and lazy
/// loading (see [`images`]); other images are left as they are.
fn sized_images(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut iter = events.into_iter();
    while let Some(event) = iter.next() {
        let Event::Start(Tag::Image { dest_url, title, .. }) = &event else {
            out.push(event);
            continue;
        };
        let (dest_url, title) = (dest_url.to_string(), title.to_string());
        let mut inner = Vec::new();
        let mut alt = String::new();
        for next in iter.by_ref() {
            if matches!(next, Event::End(TagEnd::Image)) {
                inner.push(next);
                break;
            }
            if let Event::Text(text) | Event::Code(text) = &next {
                alt.push_str(text);
            }
            inner.push(next);
        }
        match images::img_tag(&dest_url, &alt, &title) {
            Some(tag) => out.push(Event::InlineHtml(CowStr::from(tag))),
            None => {
                out.push(event);
                out.extend(inner);
            }
        }
    }
    out
}

/// Gives every heading a unique, readable id and returns the table of contents.
fn assign_heading_ids(events: &mut [Event<'_>]) -> Vec<TocEntry> {
    let mut used: HashSet<String> = RESERVED_IDS.iter().map(|id| (*id).to_owned()).collect();
    let mut toc = Vec::new();
    let mut index = 0;
    while index < events.len() {
        if let Event::Start(Tag::Heading { level, .. }) = &events[index] {
            let level = *level;
            let title = heading_text(&events[index + 1..]);
            let id = unique_id(&slugify(&title), &mut used);
            if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[index] {
                *slot = Some(CowStr::from(id.clone()));
            }
            let depth = heading_depth(level);
            if (2..=4).contains(&depth) {
                toc.push(TocEntry { level: depth, id, title });
            }
        }
        index += 1;
    }
    toc
}

fn heading_depth(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The text of a heading, from the events that follow its start.
fn heading_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text.trim().to_owned()
}

/// Lower-case letters and digits of any script, other runs joined by single hyphens.
fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() { "section".to_owned() } else { slug.to_owned() }
}

fn unique_id(base: &str, used: &mut HashSet<String>) -> String {
    let mut candidate = base.to_owned();
    let mut n = 2;
    while used.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    used.insert(candidate.clone());
    candidate
}

/// The plain text of `markdown`, without rendering it (for the search index).
pub fn to_plain_text(markdown: &str) -> String {
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, options()).collect();
    plain_text(&events)
}

fn plain_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::FootnoteDefinition,
            ) if !text.ends_with(char::is_whitespace) => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_owned()
}

/// The sanitiser: ammonia's conservative defaults (no script, style, iframe, svg, math,
/// event handlers or `javascript:` URLs) plus the ids and classes headings and footnotes need.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"])
        .add_tag_attributes("div", ["id"])
        .add_tag_attributes("img", ["srcset", "sizes", "loading", "decoding"])
        .add_allowed_classes("div", ["footnote-definition"])
        .add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"])
        .link_rel(Some("noopener noreferrer"));
    builder
});

#[cfg(test)]
mod tests;
