//! Searching: the queries, the fallback passes, facet counts and suggestions (`rank` adds
//! recency and proximity, `hits` reads the hits and their snippets).

use std::collections::{BTreeMap, HashMap};

use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query, QueryParser,
    TermQuery, TermSetQuery,
};
use tantivy::schema::{Facet, IndexRecordOption, Value};
use tantivy::{DateTime, DocAddress, DocId, Order, Score, Searcher, SegmentReader, TantivyDocument, Term};

use super::rank::{PerLanguage, RERANK_WINDOW, Ranking, Recency, rerank};
use super::{Fields, SearchIndex, facet_path};
use crate::search::analysis;
use crate::search::api::{FacetCounts, SearchResults};
use crate::search::document::{Audience, Viewer};
use crate::search::params::{FacetName, PAGE_SIZE, SearchParams, Sort};
use crate::search::synonyms::Expansion;

/// How far apart (in words) the words of a query may be to count as "close together".
const PHRASE_SLOP: u32 = 3;
/// The typo-tolerant search runs when the exact one finds fewer results than this. One:
/// an exact match, however rare, is what the reader asked for (a code, a name); typo
/// tolerance would bury it under near-misses.
const FUZZY_BELOW: u64 = 1;
/// Most values listed per facet.
const FACET_VALUES: usize = 30;

impl SearchIndex {
    /// Runs a search for `viewer`. Whatever was typed is parsed leniently. Any of the words
    /// may match, each match in a title, summary or body weighted by its field, and a
    /// document holding all of them (or their synonyms) scores more; a word found nowhere
    /// is taken as mistyped and corrected first. When nothing matches, the same words with
    /// typos allowed. A typo-tolerant answer comes with a "did you mean" suggestion.
    /// `limit` caps the hits per page.
    pub fn search(
        &self,
        params: &SearchParams,
        viewer: &Viewer,
        limit: usize,
    ) -> anyhow::Result<SearchResults> {
        let searcher = self.inner.reader.searcher();
        let ranking = self.ranking();
        let limit = limit.clamp(1, 100);
        let offset = (params.page.max(1) as usize - 1) * limit;
        let words = analysis::plain_words(&params.q);
        let expansion =
            if ranking.synonyms { self.synonyms().expand(&params.q) } else { Expansion::default() };
        let primary = self.text_query(&params.q, ranking, ranking.any_word, &expansion);
        // A word found nowhere (and no synonym's) is probably mistyped: correct it before
        // giving up on any of the words. When every word exists, they just never meet.
        let unknown = words.len() > 1
            && words.iter().enumerate().any(|(at, word)| {
                !expansion.covered.get(at).copied().unwrap_or(false)
                    && self.count_visible(&searcher, word, viewer) == 0
            });
        let mut passes: Vec<(TextQuery, bool)> = Vec::new();
        if let Some(primary) = primary {
            if ranking.any_word && unknown {
                passes.push((TextQuery::plain(self.fuzzy_query(&words, Occur::Must)), true));
            }
            passes.push((primary, false));
            if !words.is_empty() {
                if !ranking.any_word && words.len() > 1 {
                    if unknown {
                        passes.push((TextQuery::plain(self.fuzzy_query(&words, Occur::Must)), true));
                    }
                    if let Some(any) = self.text_query(&params.q, ranking, true, &expansion) {
                        passes.push((any, false));
                    }
                }
                passes.push((TextQuery::plain(self.fuzzy_query(&words, Occur::Should)), true));
            }
        }
        let mut outcome = None;
        let mut fuzzy = false;
        let mut shown = None;
        let last = passes.len().saturating_sub(1);
        for (at, (query, tolerant)) in passes.into_iter().enumerate() {
            let next = self.run(&searcher, Some(&query), params, viewer, offset, limit)?;
            if next.total >= FUZZY_BELOW || at == last {
                // Nothing found at all: the reader sees the plain answer, not the last guess.
                let found = next.total >= FUZZY_BELOW;
                fuzzy = tolerant && found;
                shown = Some(query.matching);
                outcome = Some(next);
                break;
            }
        }
        let outcome = match outcome {
            Some(outcome) => outcome,
            None => self.run(&searcher, None, params, viewer, offset, limit)?,
        };
        let suggestion =
            if fuzzy { suggest(&searcher, self.inner.fields, &words, &outcome.addresses) } else { None };
        let hits =
            self.hits(&searcher, if fuzzy { None } else { shown.as_deref() }, &words, &outcome.addresses)?;
        Ok(SearchResults {
            params: params.clone(),
            total: outcome.total,
            hits,
            facets: outcome.facets,
            fuzzy,
            suggestion,
            page_size: u32::try_from(limit).unwrap_or(PAGE_SIZE),
            log: None,
        })
    }

    /// How many items the viewer may see contain `word`.
    fn count_visible(&self, searcher: &Searcher, word: &str, viewer: &Viewer) -> usize {
        let Some(text) = self.text_query(word, self.ranking(), false, &Expansion::default()) else {
            return 0;
        };
        let query =
            BooleanQuery::new(vec![(Occur::Must, text.matching), (Occur::MustNot, self.hidden_from(viewer))]);
        searcher.search(&query, &Count).unwrap_or(0)
    }

    /// A parser over every language's title, summary and body, each weighted by `ranking`;
    /// every word required (`all`) or any.
    fn parser(&self, ranking: Ranking, all: bool) -> QueryParser {
        let fields = self.inner.fields;
        let mut parser = QueryParser::for_index(&self.inner.index, fields.text_fields());
        if all {
            parser.set_conjunction_by_default();
        }
        for title in fields.title_in {
            parser.set_field_boost(title, ranking.title_boost);
        }
        for summary in fields.summary_in {
            parser.set_field_boost(summary, ranking.summary_boost);
        }
        parser
    }

    /// The query for the typed text: any word (`any`) or every word, over every language's
    /// fields, or one of the synonyms of `expansion`; with the bonuses `ranking` gives (all
    /// the words, words close together, taxonomy terms named). `None` for no text.
    fn text_query(
        &self,
        text: &str,
        ranking: Ranking,
        any: bool,
        expansion: &Expansion,
    ) -> Option<TextQuery> {
        if text.trim().is_empty() {
            return None;
        }
        // Field names (`title:`) and wildcards (`*`) are not part of the hub's query language:
        // taken as syntax, `title:*` asks the index for a query it cannot run.
        let text = &text.replace([':', '*'], " ");
        if text.trim().is_empty() {
            return None;
        }
        // Without quotes, the words that carry the meaning, Chinese split into words (the
        // parser would take a run of Chinese characters as one phrase).
        let meaningful;
        let text = if text.contains('"') || !ranking.query_words {
            text
        } else {
            meaningful = analysis::query_words(text).join(" ");
            if meaningful.is_empty() { text } else { meaningful.as_str() }
        };
        let (query, _ignored) = self.parser(ranking, !any).parse_query_lenient(text);
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Should, query)];
        for synonym in &expansion.alternatives {
            let phrase = format!("\"{}\"", synonym.replace('"', " "));
            let (query, _) = self.parser(ranking, false).parse_query_lenient(&phrase);
            alternatives.push((Occur::Should, Box::new(BoostQuery::new(query, ranking.synonym_boost))));
        }
        let matching: Box<dyn Query> = if alternatives.len() == 1 {
            alternatives.remove(0).1
        } else {
            Box::new(BooleanQuery::new(alternatives))
        };
        let words = analysis::plain_words(text);
        let mut bonuses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if any && words.len() > 1 && ranking.all_words_boost > 0.0 {
            let (every, _) = self.parser(ranking, true).parse_query_lenient(text);
            bonuses.push((Occur::Should, Box::new(BoostQuery::new(every, ranking.all_words_boost))));
        }
        if ranking.taxonomy_boost > 0.0 {
            for facet in named_terms(&words) {
                let term = Term::from_facet(self.inner.fields.facets, &facet);
                let tagged = TermQuery::new(term, IndexRecordOption::Basic);
                bonuses.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(Box::new(tagged), ranking.taxonomy_boost)),
                ));
            }
        }
        let bonus: Option<Box<dyn Query>> =
            (!bonuses.is_empty()).then(|| Box::new(BooleanQuery::new(bonuses)) as Box<dyn Query>);
        if words.len() < 2 || text.contains('"') || ranking.phrase_boost <= 0.0 {
            return Some(TextQuery { matching, bonus, proximity: None });
        }
        // Reward the words appearing close together, without requiring it.
        let (phrase, _) = self
            .parser(ranking, false)
            .parse_query_lenient(&format!("\"{}\"~{PHRASE_SLOP}", words.join(" ")));
        Some(TextQuery { matching, bonus, proximity: Some(phrase) })
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

    /// What `viewer` may not read: the restricted items outside their audiences. Leaving
    /// out those few costs far less than checking every match for one of the viewer's
    /// audiences.
    fn hidden_from(&self, viewer: &Viewer) -> Box<dyn Query> {
        let fields = self.inner.fields;
        let restricted: Box<dyn Query> = Box::new(TermQuery::new(
            Term::from_field_text(fields.restricted, super::schema::RESTRICTED),
            IndexRecordOption::Basic,
        ));
        let public = Audience::Public.term();
        let allowed: Vec<Term> = viewer
            .terms()
            .into_iter()
            .filter(|term| *term != public)
            .map(|term| Term::from_field_text(fields.audience, &term))
            .collect();
        if allowed.is_empty() {
            return restricted;
        }
        Box::new(BooleanQuery::new(vec![
            (Occur::Must, restricted),
            (Occur::MustNot, Box::new(TermSetQuery::new(allowed))),
        ]))
    }

    /// Runs `text` (or everything) within the viewer's audiences and the filters.
    fn run(
        &self,
        searcher: &Searcher,
        text: Option<&TextQuery>,
        params: &SearchParams,
        viewer: &Viewer,
        offset: usize,
        limit: usize,
    ) -> anyhow::Result<Outcome> {
        let fields = self.inner.fields;
        let ranking = self.ranking();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        clauses.push((
            Occur::Must,
            text.map_or_else(|| Box::new(AllQuery) as Box<dyn Query>, |query| query.matching.box_clone()),
        ));
        if let Some(bonus) = text.and_then(|text| text.bonus.as_ref()) {
            clauses.push((Occur::Should, bonus.box_clone()));
        }
        clauses.push((Occur::MustNot, self.hidden_from(viewer)));
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
            let proximity = text.and_then(|text| text.proximity.as_deref());
            // With a proximity bonus, the best candidates by their words alone are ranked
            // again with it: checking word positions in every match would cost more than
            // all the rest of the search.
            let (window, skip) = match proximity {
                Some(_) => ((offset + limit).max(RERANK_WINDOW), 0),
                None => (limit, offset),
            };
            let top =
                TopDocs::with_limit(window).and_offset(skip).tweak_score(move |segment: &SegmentReader| {
                    let recency = Recency::of(segment, now, ranking.recency_weight);
                    move |doc: DocId, score: Score| score * recency.factor(doc)
                });
            let per_language = PerLanguage::new(searcher, &fields);
            let statistics: &dyn tantivy::query::Bm25StatisticsProvider =
                if ranking.per_language_length { &per_language } else { searcher };
            let (top, total, counts) =
                searcher.search_with_statistics_provider(&query, &(top, Count, facets), statistics)?;
            let top = match proximity {
                Some(proximity) => rerank(searcher, top, proximity, now, ranking, statistics)?,
                None => top,
            };
            (
                top.into_iter().skip(offset - skip).take(limit).map(|(_, address)| address).collect(),
                total,
                counts,
            )
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
}

/// The query for typed text: what a document must match, what scores it higher without
/// being required, and a bonus for the words appearing close together.
struct TextQuery {
    matching: Box<dyn Query>,
    bonus: Option<Box<dyn Query>>,
    proximity: Option<Box<dyn Query>>,
}

impl TextQuery {
    fn plain(matching: Box<dyn Query>) -> Self {
        Self { matching, bonus: None, proximity: None }
    }
}

/// The taxonomy terms the typed words name: a country ("Brazil"), a Sustainable Development
/// Goal ("SDG 3", "ODD 3"), a competency domain or a theme by its name.
fn named_terms(words: &[String]) -> Vec<Facet> {
    let mut found = Vec::new();
    for at in 0..words.len() {
        if matches!(words[at].as_str(), "sdg" | "odd" | "ods" | "sdgs")
            && let Some(number) = words.get(at + 1).and_then(|n| n.parse::<u8>().ok())
            && (1..=17).contains(&number)
        {
            found.push(facet_path(FacetName::Sdg, &number.to_string()));
        }
        for n in 1..=5.min(words.len() - at) {
            let phrase = words[at..at + n].join(" ");
            // Two letters are a code, not a name ("in", "id", "to").
            if phrase.chars().count() >= 4
                && let Some(country) = crate::taxonomy::country_by_name(&phrase)
            {
                found.push(facet_path(FacetName::Country, &country.code));
            }
            if n >= 2 {
                for (facet, key) in [(FacetName::Domain, "domain"), (FacetName::Theme, "theme")] {
                    if let Some(code) = crate::taxonomy::term_by_name(key, &phrase) {
                        found.push(facet_path(facet, code));
                    }
                }
            }
        }
    }
    found.dedup();
    found
}

struct Outcome {
    addresses: Vec<DocAddress>,
    total: u64,
    facets: Vec<FacetCounts>,
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
