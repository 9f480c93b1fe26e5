//! The hits of a search as readers see them: stored fields, and a snippet of the passage
//! that matched, highlighted in the document's language.

use std::collections::HashMap;

use tantivy::query::Query;
use tantivy::schema::Value;
use tantivy::snippet::{Snippet, SnippetGenerator};
use tantivy::{DocAddress, Searcher, TantivyDocument};

use super::SearchIndex;
use crate::search::analysis;
use crate::search::api::{HitVersion, SearchHit, SnippetPart};

/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 220;
/// How much of a hit's text (bytes) is searched for a snippet first; the rest only when the
/// match is further on.
const SNIPPET_WINDOW: usize = 1_000;

impl SearchIndex {
    /// The hits at `addresses`, with snippets highlighting `text` in each one's language.
    /// Documents are read, and snippets made, on every core.
    pub(super) fn hits(
        &self,
        searcher: &Searcher,
        text: Option<&dyn Query>,
        words: &[String],
        addresses: &[DocAddress],
    ) -> anyhow::Result<Vec<SearchHit>> {
        let fields = self.inner.fields;
        let executor = searcher.index().search_executor();
        let docs: Vec<TantivyDocument> = executor.map(|address| searcher.doc(*address), addresses.iter())?;
        let text_of = |doc: &TantivyDocument, field| {
            doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_owned()
        };
        let slots: Vec<usize> = docs.iter().map(|doc| analysis::slot(&text_of(doc, fields.lang))).collect();
        let mut generators: HashMap<usize, SnippetGenerator> = HashMap::new();
        if let Some(query) = text {
            for slot in &slots {
                if generators.contains_key(slot) {
                    continue;
                }
                if let Ok(mut generator) = SnippetGenerator::create(searcher, query, fields.body_in[*slot]) {
                    generator.set_max_num_chars(SNIPPET_CHARS);
                    generators.insert(*slot, generator);
                }
            }
        }
        let hit = |(doc, slot): (&TantivyDocument, &usize)| -> tantivy::Result<SearchHit> {
            let get = |field| text_of(doc, field);
            let summary = get(fields.summary);
            let snippet = generators
                .get(slot)
                .map(|generator| {
                    let whole = format!("{summary}\n{}", get(fields.body));
                    (snippet_of(generator, &whole, words), whole)
                })
                .filter(|(snippet, _)| !snippet.is_empty() && !snippet.highlighted().is_empty())
                .map_or_else(
                    || vec![SnippetPart { text: shorten(&summary), hit: false }],
                    |(snippet, whole)| parts(&snippet, &whole),
                );
            let date = doc
                .get_first(fields.date)
                .and_then(|v| v.as_datetime())
                .and_then(|d| time::OffsetDateTime::from_unix_timestamp(d.into_timestamp_secs()).ok())
                .map(|d| d.date().to_string())
                .unwrap_or_default();
            let organisation = Some(get(fields.organisation)).filter(|o| !o.is_empty());
            let stored: Vec<super::schema::StoredVersion> =
                serde_json::from_str(&get(fields.versions)).unwrap_or_default();
            let versions = stored
                .into_iter()
                .map(|version| HitVersion {
                    lang: version.lang,
                    url: version.url,
                    title: version.title,
                    summary: shorten(&version.summary),
                })
                .collect();
            Ok(SearchHit {
                kind: get(fields.kind),
                title: get(fields.title),
                url: get(fields.url),
                snippet,
                lang: get(fields.lang),
                date,
                organisation,
                versions,
            })
        };
        Ok(executor.map(hit, docs.iter().zip(&slots))?)
    }
}

/// The snippet of `whole`. Analysing the whole text of every hit would cost more than the
/// search itself, so the analyser looks first around the first place a typed word appears
/// as typed, then at the start, and only then at everything.
fn snippet_of(generator: &SnippetGenerator, whole: &str, words: &[String]) -> Snippet {
    let lower = whole.to_ascii_lowercase();
    let first =
        words.iter().filter(|word| word.len() >= 3).filter_map(|word| lower.find(word.as_str())).min();
    if let Some(at) = first {
        let around =
            generator.snippet(slice(whole, at.saturating_sub(SNIPPET_CHARS), at + 2 * SNIPPET_CHARS));
        if !around.highlighted().is_empty() {
            return around;
        }
    }
    let near = generator.snippet(slice(whole, 0, SNIPPET_WINDOW));
    if near.highlighted().is_empty() && whole.len() > SNIPPET_WINDOW {
        generator.snippet(whole)
    } else {
        near
    }
}

/// The bytes `from..to` of `text`, widened to character boundaries and clamped to it.
fn slice(text: &str, from: usize, to: usize) -> &str {
    let mut from = from.min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = to.clamp(from, text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    &text[from..to]
}

/// The summary cut to the snippet length, at a word boundary.
fn shorten(text: &str) -> String {
    if text.chars().count() <= SNIPPET_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(SNIPPET_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// A snippet as plain text parts, the matching words marked, with an ellipsis where it cuts
/// `whole` short.
fn parts(snippet: &Snippet, whole: &str) -> Vec<SnippetPart> {
    let text = snippet.fragment();
    let mut out = Vec::new();
    let starts = whole.trim_start().starts_with(text.trim_start());
    let ends = whole.trim_end().ends_with(text.trim_end());
    if !starts {
        out.push(SnippetPart { text: "…".to_owned(), hit: false });
    }
    let mut at = 0;
    for range in snippet.highlighted() {
        if range.start > at {
            out.push(SnippetPart { text: text[at..range.start].to_owned(), hit: false });
        }
        out.push(SnippetPart { text: text[range.clone()].to_owned(), hit: true });
        at = range.end;
    }
    if at < text.len() {
        out.push(SnippetPart { text: text[at..].to_owned(), hit: false });
    }
    if !ends {
        out.push(SnippetPart { text: "…".to_owned(), hit: false });
    }
    out
}
