//! Ranking beyond BM25: the recency bonus, and the proximity bonus given to the best
//! matches by their words.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use tantivy::query::{Bm25StatisticsProvider, EnableScoring, Query};
use tantivy::schema::Field;
use tantivy::{DateTime, DocAddress, DocId, Score, Searcher, SegmentReader, Term};

use super::schema::{Fields, facet_path};
use crate::search::analysis::{self, SLOTS};
use crate::search::params::FacetName;

/// How many of the best matches by their words are ranked again with the proximity bonus.
pub(super) const RERANK_WINDOW: usize = 100;
/// Half-life of the recency bonus, in days.
const RECENCY_HALF_LIFE_DAYS: f32 = 365.0;
/// Ages (in days) whose recency factor is looked up rather than computed.
const RECENCY_TABLE_DAYS: i64 = 40 * 366;

/// How results are ranked: the levers the search-quality benchmark measures
/// (`cargo bench -p server --bench search_quality -- --levers`), each kept because the
/// held-out judged queries rank better with it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranking {
    /// How much a match in the title counts against one in the body.
    pub title_boost: Score,
    /// Each language's fields are length-normalised against the documents in that language,
    /// not against every document (most of which have nothing in them).
    pub per_language_length: bool,
    /// How much a match in the summary counts against one in the body.
    pub summary_boost: Score,
    /// Queries are taken by their meaningful words: function words left out, Chinese split
    /// into words.
    pub query_words: bool,
    /// Any of the words may match (ranked by how well); otherwise every word is required
    /// first, and any only when that finds nothing.
    pub any_word: bool,
    /// Weight of the bonus for holding every word, when any may match.
    pub all_words_boost: Score,
    /// Search the synonyms and acronyms of the typed words too.
    pub synonyms: bool,
    /// Weight of a synonym's match against the typed words'.
    pub synonym_boost: Score,
    /// Bonus for being tagged with a taxonomy term the query names (a country, an SDG, a
    /// competency domain, a theme).
    pub taxonomy_boost: Score,
    /// Extra weight when the words of a multi-word query appear close together.
    pub phrase_boost: Score,
    /// Weight of recency: a document from today scores up to this much more than an old one.
    pub recency_weight: Score,
}

impl Default for Ranking {
    fn default() -> Self {
        Self {
            title_boost: 3.0,
            per_language_length: true,
            summary_boost: 2.0,
            query_words: true,
            any_word: true,
            all_words_boost: 2.0,
            synonyms: true,
            synonym_boost: 0.8,
            // Measured and not kept: no held-out query moved with it (see the benchmark).
            taxonomy_boost: 0.0,
            phrase_boost: 2.0,
            // A tie-breaker: equal matches, the newer first; never a better match buried.
            recency_weight: 0.01,
        }
    }
}

impl Ranking {
    /// This ranking with each lever in turn switched off (or, when off, on), named.
    pub fn each_lever_changed(&self) -> Vec<(&'static str, Ranking)> {
        vec![
            ("no title boost", Ranking { title_boost: 1.0, ..*self }),
            ("lengths against every document", Ranking { per_language_length: false, ..*self }),
            ("summary weighed like the body", Ranking { summary_boost: 1.0, ..*self }),
            ("function words kept, Chinese unsplit", Ranking { query_words: false, ..*self }),
            ("every word required first", Ranking { any_word: false, ..*self }),
            ("no all-words bonus", Ranking { all_words_boost: 0.0, ..*self }),
            ("no synonyms", Ranking { synonyms: false, ..*self }),
            ("taxonomy signal on (1.0)", Ranking { taxonomy_boost: 1.0, ..*self }),
            ("no proximity bonus", Ranking { phrase_boost: 0.0, ..*self }),
            ("no recency", Ranking { recency_weight: 0.0, ..*self }),
            ("recency as a bonus (0.25)", Ranking { recency_weight: 0.25, ..*self }),
        ]
    }
}

/// The recency bonus of one segment's documents.
pub(super) struct Recency {
    dates: Option<std::sync::Arc<dyn tantivy::columnar::ColumnValues<DateTime>>>,
    now: i64,
    weight: Score,
}

impl Recency {
    pub(super) fn of(segment: &SegmentReader, now: i64, weight: Score) -> Self {
        let dates = segment
            .fast_fields()
            .date("date")
            .ok()
            .map(|column| column.first_or_default_col(DateTime::from_timestamp_secs(0)));
        Self { dates, now, weight }
    }

    /// The factor a document's score is multiplied by: up to `1 + weight` for today,
    /// halving its bonus every `RECENCY_HALF_LIFE_DAYS`.
    pub(super) fn factor(&self, doc: DocId) -> Score {
        let Some(dates) = &self.dates else { return 1.0 };
        if self.weight == 0.0 {
            return 1.0;
        }
        let age_days = (self.now - dates.get_val(doc).into_timestamp_secs()).max(0) / 86_400;
        // Every matching document is weighed: a table by whole days spares an `exp2` each.
        static BY_AGE: LazyLock<Vec<Score>> =
            LazyLock::new(|| (0..RECENCY_TABLE_DAYS).map(recency_factor).collect());
        let decay = usize::try_from(age_days)
            .ok()
            .and_then(|days| BY_AGE.get(days).copied())
            .unwrap_or_else(|| recency_factor(age_days));
        1.0 + self.weight * decay
    }
}

/// How much of the recency bonus a document `age_days` old keeps (1 today, halving every
/// half-life).
fn recency_factor(age_days: i64) -> Score {
    (-(age_days as f32) / RECENCY_HALF_LIFE_DAYS).exp2()
}

/// `top` ranked again with `proximity`'s score added, weighted like the rest by recency.
pub(super) fn rerank(
    searcher: &Searcher,
    mut top: Vec<(Score, DocAddress)>,
    proximity: &dyn Query,
    now: i64,
    ranking: Ranking,
    statistics: &dyn Bm25StatisticsProvider,
) -> anyhow::Result<Vec<(Score, DocAddress)>> {
    let weight = proximity.weight(EnableScoring::enabled_from_statistics_provider(statistics, searcher))?;
    let mut by_segment: BTreeMap<u32, Vec<(DocId, usize)>> = BTreeMap::new();
    for (at, (_, address)) in top.iter().enumerate() {
        by_segment.entry(address.segment_ord).or_default().push((address.doc_id, at));
    }
    for (segment_ord, mut docs) in by_segment {
        docs.sort_unstable();
        let segment = searcher.segment_reader(segment_ord);
        let mut scorer = weight.scorer(segment, 1.0)?;
        let recency = Recency::of(segment, now, ranking.recency_weight);
        for (doc, at) in docs {
            if scorer.doc() < doc {
                scorer.seek(doc);
            }
            if scorer.doc() == doc {
                top[at].0 += ranking.phrase_boost * scorer.score() * recency.factor(doc);
            }
        }
    }
    top.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    Ok(top)
}

/// BM25 statistics where a language's fields are measured against the documents in that
/// language. Tantivy divides a field's tokens by every document to get its average length;
/// for the French fields of an index that is mostly English that average is tiny, and every
/// French text looks many times longer than usual and scores next to nothing.
pub(super) struct PerLanguage<'a> {
    searcher: &'a Searcher,
    /// Documents in the language of each language field.
    docs_in: BTreeMap<Field, u64>,
}

impl<'a> PerLanguage<'a> {
    pub(super) fn new(searcher: &'a Searcher, fields: &Fields) -> Self {
        let total = searcher.num_docs();
        let mut counts = [0_u64; SLOTS.len()];
        for (slot, code) in SLOTS.iter().enumerate().take(SLOTS.len() - 1) {
            let term = Term::from_facet(fields.facets, &facet_path(FacetName::Lang, code));
            counts[slot] = searcher.doc_freq(&term).unwrap_or(0);
        }
        let known: u64 = counts.iter().sum();
        counts[SLOTS.len() - 1] = total.saturating_sub(known);
        let mut docs_in = BTreeMap::new();
        for slot in 0..SLOTS.len() {
            debug_assert_eq!(analysis::slot(SLOTS[slot]), slot);
            for field in [fields.title_in[slot], fields.summary_in[slot], fields.body_in[slot]] {
                docs_in.insert(field, counts[slot]);
            }
        }
        Self { searcher, docs_in }
    }
}

impl Bm25StatisticsProvider for PerLanguage<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        let tokens = Bm25StatisticsProvider::total_num_tokens(self.searcher, field)?;
        let total = Bm25StatisticsProvider::total_num_docs(self.searcher)?;
        Ok(match self.docs_in.get(&field) {
            // The average length over the language's documents, as tantivy computes it.
            Some(&docs) if docs > 0 => {
                (u128::from(tokens) * u128::from(total) / u128::from(docs)).try_into().unwrap_or(u64::MAX)
            }
            _ => tokens,
        })
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Bm25StatisticsProvider::total_num_docs(self.searcher)
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        self.searcher.doc_freq(term)
    }
}
