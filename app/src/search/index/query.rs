//! Searching: ranking, the fallback passes, facet counts, snippets and suggestions.

use std::collections::{BTreeMap, HashMap};

use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, QueryParser, TermQuery, TermSetQuery,
};
use tantivy::schema::{Facet, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, DocAddress, DocId, Order, Score, Searcher, SegmentReader, TantivyDocument, Term};

use super::{Fields, SearchIndex, facet_path};
use crate::search::analysis;
use crate::search::api::{FacetCounts, SearchHit, SearchResults, SnippetPart};
use crate::search::document::Viewer;
use crate::search::params::{FacetName, PAGE_SIZE, SearchParams, Sort};

/// How much a match in the title counts against one in the body.
const TITLE_BOOST: Score = 3.0;
/// Extra weight when the words of a multi-word query appear close together.
const PHRASE_BOOST: Score = 2.0;
/// How far apart (in words) the words of a query may be to count as "close together".
const PHRASE_SLOP: u32 = 3;
/// Weight of recency: a document from today scores up to this much more than an old one.
const RECENCY_WEIGHT: f32 = 0.25;
/// Half-life of the recency bonus, in days.
const RECENCY_HALF_LIFE_DAYS: f32 = 365.0;
/// The typo-tolerant search runs when the exact one finds fewer results than this. One:
/// an exact match, however rare, is what the reader asked for (a code, a name); typo
/// tolerance would bury it under near-misses.
const FUZZY_BELOW: u64 = 1;
/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 220;
/// Most values listed per facet.
const FACET_VALUES: usize = 30;

impl SearchIndex {
    /// Runs a search for `viewer`. Whatever was typed is parsed leniently. Every word is
    /// required first; when that finds nothing, the same words with typos allowed; then any
    /// of the words; then any of them with typos. A typo-tolerant answer comes with a "did
    /// you mean" suggestion. `limit` caps the hits per page.
    pub fn search(
        &self,
        params: &SearchParams,
        viewer: &Viewer,
        limit: usize,
    ) -> anyhow::Result<SearchResults> {
        let searcher = self.inner.reader.searcher();
        let limit = limit.clamp(1, 100);
        let offset = (params.page.max(1) as usize - 1) * limit;
        let words = analysis::plain_words(&params.q);
        let all_words = self.text_query(&params.q, true);
        let mut outcome = self.run(&searcher, all_words.as_deref(), params, viewer, offset, limit)?;
        let mut shown = all_words;
        let mut fuzzy = false;
        if shown.is_some() && outcome.total < FUZZY_BELOW && !words.is_empty() {
            let mut fallbacks: Vec<(Box<dyn Query>, bool)> = Vec::new();
            if words.len() > 1 {
                // A word found nowhere is probably mistyped: correct it before giving up on
                // any of the words. When every word exists, they just never meet.
                if words.iter().any(|word| self.count_visible(&searcher, word, viewer) == 0) {
                    fallbacks.push((self.fuzzy_query(&words, Occur::Must), true));
                }
                if let Some(any) = self.text_query(&params.q, false) {
                    fallbacks.push((any, false));
                }
            }
            fallbacks.push((self.fuzzy_query(&words, Occur::Should), true));
            for (query, tolerant) in fallbacks {
                let next = self.run(&searcher, Some(query.as_ref()), params, viewer, offset, limit)?;
                if next.total >= FUZZY_BELOW {
                    outcome = next;
                    fuzzy = tolerant;
                    shown = Some(query);
                    break;
                }
            }
        }
        let suggestion =
            if fuzzy { suggest(&searcher, self.inner.fields, &words, &outcome.addresses) } else { None };
        let hits = self.hits(&searcher, if fuzzy { None } else { shown.as_deref() }, &outcome.addresses)?;
        Ok(SearchResults {
            params: params.clone(),
            total: outcome.total,
            hits,
            facets: outcome.facets,
            fuzzy,
            suggestion,
            page_size: u32::try_from(limit).unwrap_or(PAGE_SIZE),
        })
    }

    /// How many items the viewer may see contain `word`.
    fn count_visible(&self, searcher: &Searcher, word: &str, viewer: &Viewer) -> usize {
        let Some(text) = self.text_query(word, true) else { return 0 };
        let audiences =
            viewer.terms().into_iter().map(|t| Term::from_field_text(self.inner.fields.audience, &t));
        let query = BooleanQuery::new(vec![
            (Occur::Must, text),
            (Occur::Must, Box::new(TermSetQuery::new(audiences))),
        ]);
        searcher.search(&query, &Count).unwrap_or(0)
    }

    /// The query for the typed text, over every language's fields, every word required
    /// (`all`) or any; `None` for no text.
    fn text_query(&self, text: &str, all: bool) -> Option<Box<dyn Query>> {
        let fields = self.inner.fields;
        if text.trim().is_empty() {
            return None;
        }
        let mut parser = QueryParser::for_index(&self.inner.index, fields.text_fields());
        if all {
            parser.set_conjunction_by_default();
        }
        for title in fields.title_in {
            parser.set_field_boost(title, TITLE_BOOST);
        }
        let (query, _ignored) = parser.parse_query_lenient(text);
        let words = analysis::plain_words(text);
        if words.len() < 2 || text.contains('"') {
            return Some(query);
        }
        // Reward the words appearing close together, without requiring it.
        let (phrase, _) = parser.parse_query_lenient(&format!("\"{}\"~{PHRASE_SLOP}", words.join(" ")));
        Some(Box::new(BooleanQuery::new(vec![
            (Occur::Must, query),
            (Occur::Should, Box::new(BoostQuery::new(phrase, PHRASE_BOOST))),
        ])))
    }

    /// The typed words in titles and summaries, allowing one typo in short words and two in
    /// long ones; each word required (`Occur::Must`) or not (`Occur::Should`).
    fn fuzzy_query(&self, words: &[String], occur: Occur) -> Box<dyn Query> {
        let plain = self.inner.fields.plain;
        let clauses = words
            .iter()
            .map(|word| {
                let term = Term::from_field_text(plain, word);
                let query: Box<dyn Query> = match word.chars().count() {
                    0..=2 => Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                    3..=5 => Box::new(FuzzyTermQuery::new(term, 1, true)),
                    _ => Box::new(FuzzyTermQuery::new(term, 2, true)),
                };
                (occur, query)
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    /// Runs `text` (or everything) within the viewer's audiences and the filters.
    fn run(
        &self,
        searcher: &Searcher,
        text: Option<&dyn Query>,
        params: &SearchParams,
        viewer: &Viewer,
        offset: usize,
        limit: usize,
    ) -> anyhow::Result<Outcome> {
        let fields = self.inner.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        clauses.push((
            Occur::Must,
            text.map_or_else(|| Box::new(AllQuery) as Box<dyn Query>, |query| query.box_clone()),
        ));
        let audiences = viewer.terms().into_iter().map(|term| Term::from_field_text(fields.audience, &term));
        clauses.push((Occur::Must, Box::new(TermSetQuery::new(audiences))));
        let mut by_facet: BTreeMap<FacetName, Vec<Term>> = BTreeMap::new();
        for (facet, value) in &params.filters {
            by_facet
                .entry(*facet)
                .or_default()
                .push(Term::from_facet(fields.facets, &facet_path(*facet, value)));
        }
        for terms in by_facet.into_values() {
            clauses.push((Occur::Must, Box::new(TermSetQuery::new(terms))));
        }
        let query = BooleanQuery::new(clauses);
        let mut facets = FacetCollector::for_field("facets");
        for facet in FacetName::ALL {
            facets.add_facet(Facet::from_path([facet.key()]));
        }
        let newest = params.sort == Sort::Newest || (text.is_none() && params.sort == Sort::Relevance);
        let (addresses, total, counts) = if params.sort == Sort::Completeness {
            let top = TopDocs::with_limit(limit)
                .and_offset(offset)
                .order_by_fast_field::<u64>("completeness", Order::Desc);
            let (top, total, counts) = searcher.search(&query, &(top, Count, facets))?;
            (top.into_iter().map(|(_, address)| address).collect::<Vec<_>>(), total, counts)
        } else if newest {
            let top = TopDocs::with_limit(limit)
                .and_offset(offset)
                .order_by_fast_field::<DateTime>("date", Order::Desc);
            let (top, total, counts) = searcher.search(&query, &(top, Count, facets))?;
            (top.into_iter().map(|(_, address)| address).collect::<Vec<_>>(), total, counts)
        } else {
            let now = time::OffsetDateTime::now_utc().unix_timestamp();
            let top =
                TopDocs::with_limit(limit).and_offset(offset).tweak_score(move |segment: &SegmentReader| {
                    let dates = segment
                        .fast_fields()
                        .date("date")
                        .ok()
                        .map(|column| column.first_or_default_col(DateTime::from_timestamp_secs(0)));
                    move |doc: DocId, score: Score| {
                        let Some(dates) = &dates else { return score };
                        let age_days =
                            (now - dates.get_val(doc).into_timestamp_secs()).max(0) as f32 / 86_400.0;
                        score * (1.0 + RECENCY_WEIGHT * (-age_days / RECENCY_HALF_LIFE_DAYS).exp2())
                    }
                });
            let (top, total, counts) = searcher.search(&query, &(top, Count, facets))?;
            (top.into_iter().map(|(_, address)| address).collect(), total, counts)
        };
        let facets = FacetName::ALL
            .into_iter()
            .map(|facet| {
                let mut values: Vec<(String, u64)> = counts
                    .get(&format!("/{}", facet.key()))
                    .filter_map(|(path, count)| {
                        path.to_path().last().map(|value| ((*value).to_owned(), count))
                    })
                    .collect();
                values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                values.truncate(FACET_VALUES);
                FacetCounts { facet, values, labels: Vec::new() }
            })
            .filter(|counts| !counts.values.is_empty())
            .collect();
        Ok(Outcome { addresses, total: total as u64, facets })
    }

    /// The hits at `addresses`, with snippets highlighting `text` in each one's language.
    fn hits(
        &self,
        searcher: &Searcher,
        text: Option<&dyn Query>,
        addresses: &[DocAddress],
    ) -> anyhow::Result<Vec<SearchHit>> {
        let fields = self.inner.fields;
        let mut generators: HashMap<usize, Option<SnippetGenerator>> = HashMap::new();
        let mut hits = Vec::with_capacity(addresses.len());
        for address in addresses {
            let doc: TantivyDocument = searcher.doc(*address)?;
            let get = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
            let lang = get(fields.lang);
            let slot = analysis::slot(&lang);
            let generator = generators.entry(slot).or_insert_with(|| {
                text.and_then(|query| SnippetGenerator::create(searcher, query, fields.body_in[slot]).ok())
                    .map(|mut generator| {
                        generator.set_max_num_chars(SNIPPET_CHARS);
                        generator
                    })
            });
            let summary = get(fields.summary);
            let snippet = generator
                .as_ref()
                .map(|generator| {
                    let whole = format!("{summary}\n{}", get(fields.body));
                    (generator.snippet(&whole), whole)
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
            hits.push(SearchHit {
                kind: get(fields.kind),
                title: get(fields.title),
                url: get(fields.url),
                snippet,
                lang,
                date,
                organisation,
            });
        }
        Ok(hits)
    }
}

struct Outcome {
    addresses: Vec<DocAddress>,
    total: u64,
    facets: Vec<FacetCounts>,
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
fn parts(snippet: &tantivy::snippet::Snippet, whole: &str) -> Vec<SnippetPart> {
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

/// "Did you mean": each typed word replaced by the closest word of the results the viewer
/// may see (so a suggestion can never reveal what they may not read). `None` when nothing
/// changes.
fn suggest(
    searcher: &Searcher,
    fields: Fields,
    words: &[String],
    addresses: &[DocAddress],
) -> Option<String> {
    let mut vocabulary: HashMap<String, usize> = HashMap::new();
    for address in addresses.iter().take(10) {
        let Ok(doc) = searcher.doc::<TantivyDocument>(*address) else { continue };
        for field in [fields.title, fields.summary, fields.body] {
            let text = doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default();
            for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 3) {
                *vocabulary.entry(word.to_lowercase()).or_default() += 1;
            }
        }
    }
    let mut changed = false;
    let suggested: Vec<String> = words
        .iter()
        .map(|word| {
            if vocabulary.keys().any(|known| analysis::plain_words(known).first() == Some(word)) {
                return word.clone();
            }
            let best = vocabulary
                .iter()
                .filter_map(|(known, count)| {
                    let folded = analysis::plain_words(known).into_iter().next()?;
                    let distance = strsim::damerau_levenshtein(word, &folded);
                    (distance <= 2).then_some((distance, std::cmp::Reverse(*count), known.clone()))
                })
                .min();
            match best {
                Some((_, _, known)) => {
                    changed = true;
                    known
                }
                None => word.clone(),
            }
        })
        .collect();
    changed.then(|| suggested.join(" "))
}
