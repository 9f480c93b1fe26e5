//! Ranking beyond BM25: the recency bonus, and the proximity bonus given to the best
//! matches by their words.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use tantivy::query::{EnableScoring, Query};
use tantivy::{DateTime, DocAddress, DocId, Score, Searcher, SegmentReader};

/// Extra weight when the words of a multi-word query appear close together.
const PHRASE_BOOST: Score = 2.0;
/// How many of the best matches by their words are ranked again with the proximity bonus.
pub(super) const RERANK_WINDOW: usize = 100;
/// Weight of recency: a document from today scores up to this much more than an old one.
const RECENCY_WEIGHT: f32 = 0.25;
/// Half-life of the recency bonus, in days.
const RECENCY_HALF_LIFE_DAYS: f32 = 365.0;
/// Ages (in days) whose recency factor is looked up rather than computed.
const RECENCY_TABLE_DAYS: i64 = 40 * 366;

/// The recency bonus of one segment's documents.
pub(super) struct Recency {
    dates: Option<std::sync::Arc<dyn tantivy::columnar::ColumnValues<DateTime>>>,
    now: i64,
}

impl Recency {
    pub(super) fn of(segment: &SegmentReader, now: i64) -> Self {
        let dates = segment
            .fast_fields()
            .date("date")
            .ok()
            .map(|column| column.first_or_default_col(DateTime::from_timestamp_secs(0)));
        Self { dates, now }
    }

    /// The factor a document's score is multiplied by: up to `1 + RECENCY_WEIGHT` for today,
    /// halving its bonus every `RECENCY_HALF_LIFE_DAYS`.
    pub(super) fn factor(&self, doc: DocId) -> Score {
        let Some(dates) = &self.dates else { return 1.0 };
        let age_days = (self.now - dates.get_val(doc).into_timestamp_secs()).max(0) / 86_400;
        // Every matching document is weighed: a table by whole days spares an `exp2` each.
        static BY_AGE: LazyLock<Vec<Score>> =
            LazyLock::new(|| (0..RECENCY_TABLE_DAYS).map(recency_factor).collect());
        usize::try_from(age_days)
            .ok()
            .and_then(|days| BY_AGE.get(days).copied())
            .unwrap_or_else(|| recency_factor(age_days))
    }
}

/// The recency factor of a document `age_days` old.
fn recency_factor(age_days: i64) -> Score {
    1.0 + RECENCY_WEIGHT * (-(age_days as f32) / RECENCY_HALF_LIFE_DAYS).exp2()
}

/// `top` ranked again with `proximity`'s score added, weighted like the rest by recency.
pub(super) fn rerank(
    searcher: &Searcher,
    mut top: Vec<(Score, DocAddress)>,
    proximity: &dyn Query,
    now: i64,
) -> anyhow::Result<Vec<(Score, DocAddress)>> {
    let weight = proximity.weight(EnableScoring::enabled_from_searcher(searcher))?;
    let mut by_segment: BTreeMap<u32, Vec<(DocId, usize)>> = BTreeMap::new();
    for (at, (_, address)) in top.iter().enumerate() {
        by_segment.entry(address.segment_ord).or_default().push((address.doc_id, at));
    }
    for (segment_ord, mut docs) in by_segment {
        docs.sort_unstable();
        let segment = searcher.segment_reader(segment_ord);
        let mut scorer = weight.scorer(segment, 1.0)?;
        let recency = Recency::of(segment, now);
        for (doc, at) in docs {
            if scorer.doc() < doc {
                scorer.seek(doc);
            }
            if scorer.doc() == doc {
                top[at].0 += PHRASE_BOOST * scorer.score() * recency.factor(doc);
            }
        }
    }
    top.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    Ok(top)
}
