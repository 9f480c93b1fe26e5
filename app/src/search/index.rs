//! The one `SearchIndex` service: one writer, one reader, a searcher per query.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context as _, anyhow};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, QueryParser, TermQuery, TermSetQuery,
};
use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing,
    TextOptions, Value,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    DateTime, DocAddress, DocId, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Score, Searcher,
    SegmentReader, TantivyDocument, TantivyError, Term,
};
use tokio::sync::Notify;

use super::analysis::{self, PLAIN, SLOTS};
use super::api::{FacetCounts, SearchHit, SearchResults, SnippetPart};
use super::document::{SearchDoc, Viewer, key};
use super::params::{FacetName, PAGE_SIZE, SearchParams, Sort};
use super::sources;
use crate::db::entities::index_outbox;

/// Memory the indexing threads may use before they flush a segment.
const WRITER_MEMORY_BYTES: usize = 96 * 1024 * 1024;
/// Outbox rows applied per commit.
const OUTBOX_BATCH: u64 = 1_000;
/// An outbox entry of this kind asks the hub that holds the index to rebuild it.
pub const REINDEX_KIND: &str = "reindex";

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

/// Field handles, kept from the schema builder.
#[derive(Clone, Copy)]
struct Fields {
    key: Field,
    kind: Field,
    url: Field,
    title: Field,
    summary: Field,
    body: Field,
    lang: Field,
    organisation: Field,
    date: Field,
    audience: Field,
    facets: Field,
    /// Title and body per language slot, each with its language's analyzer.
    title_in: [Field; SLOTS.len()],
    body_in: [Field; SLOTS.len()],
    /// Titles and summaries, plain words, for typo tolerance.
    plain: Field,
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let analyzed = |name: String| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&name)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let title_in = std::array::from_fn(|slot| {
            builder.add_text_field(&format!("title_{}", SLOTS[slot]), analyzed(analysis::analyzer_name(slot)))
        });
        let body_in = std::array::from_fn(|slot| {
            builder.add_text_field(&format!("body_{}", SLOTS[slot]), analyzed(analysis::analyzer_name(slot)))
        });
        let fields = Fields {
            key: builder.add_text_field("key", STRING | STORED),
            kind: builder.add_text_field("kind", STRING | STORED),
            url: builder.add_text_field("url", STORED),
            title: builder.add_text_field("title", STORED),
            summary: builder.add_text_field("summary", STORED),
            body: builder.add_text_field("body", STORED),
            lang: builder.add_text_field("lang", STRING | STORED),
            organisation: builder.add_text_field("organisation", STORED),
            date: builder.add_date_field("date", INDEXED | FAST | STORED),
            audience: builder.add_text_field("audience", STRING),
            facets: builder.add_facet_field("facets", FacetOptions::default()),
            title_in,
            body_in,
            plain: builder.add_text_field(
                "plain",
                TextOptions::default().set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(PLAIN)
                        .set_index_option(IndexRecordOption::WithFreqs),
                ),
            ),
        };
        (builder.build(), fields)
    }

    fn text_fields(&self) -> Vec<Field> {
        self.title_in.iter().chain(self.body_in.iter()).copied().collect()
    }

    fn document(&self, doc: &SearchDoc) -> TantivyDocument {
        let slot = analysis::slot(&doc.lang);
        let mut out = TantivyDocument::default();
        out.add_text(self.key, doc.key());
        out.add_text(self.kind, doc.kind);
        out.add_text(self.url, &doc.url);
        out.add_text(self.title, &doc.title);
        out.add_text(self.summary, &doc.summary);
        out.add_text(self.body, &doc.body);
        out.add_text(self.lang, &doc.lang);
        if let Some(organisation) = &doc.organisation {
            out.add_text(self.organisation, organisation);
        }
        let midnight = doc.date.midnight().assume_utc().unix_timestamp();
        out.add_date(self.date, DateTime::from_timestamp_secs(midnight));
        out.add_text(self.audience, doc.audience.term());
        out.add_text(self.title_in[slot], &doc.title);
        out.add_text(self.body_in[slot], format!("{}\n{}", doc.summary, doc.body));
        // Typo tolerance looks at titles and summaries: the words a reader remembers, at a
        // fraction of the cost of indexing every body twice.
        out.add_text(self.plain, format!("{}\n{}", doc.title, doc.summary));
        let primary_lang = doc.lang.split('-').next().unwrap_or_default().to_ascii_lowercase();
        let year = doc.date.year().to_string();
        let implied = [
            (FacetName::Kind, doc.kind),
            (FacetName::Lang, primary_lang.as_str()),
            (FacetName::Year, year.as_str()),
        ];
        for (facet, value) in implied.into_iter().chain(doc.tags.iter().map(|(f, v)| (*f, v.as_str()))) {
            out.add_facet(self.facets, facet_path(facet, value));
        }
        out
    }
}

fn facet_path(facet: FacetName, value: &str) -> Facet {
    Facet::from_path([facet.key(), value])
}

/// What the index stores in its commit payload.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Payload {
    /// Last `index_outbox.id` applied.
    outbox: i64,
}

struct Inner {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    dir: PathBuf,
    /// Serialises outbox application, so positions only move forward.
    apply: tokio::sync::Mutex<()>,
    /// Wakes the indexer task when this process committed a change.
    changed: Notify,
    /// The index was created empty (new, or its schema changed) and must be rebuilt.
    fresh: bool,
}

/// The search index over the hub's content. Cheap to clone.
#[derive(Clone)]
pub struct SearchIndex {
    inner: Arc<Inner>,
}

/// Why the index could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// Another process (a running hub) holds the index writer.
    #[error("the search index is in use by another process (a running hub)")]
    InUse,
    /// Anything else.
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it (and the folder) when missing. An index whose
    /// schema no longer matches is replaced by an empty one; [`Self::needs_rebuild`] says so.
    pub fn open(dir: &Path) -> Result<Self, OpenError> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let (schema, fields) = Fields::schema();
        let existed = Index::exists(&MmapDirectory::open(dir).map_err(anyhow::Error::from)?)
            .map_err(anyhow::Error::from)?;
        let (index, fresh) = match Index::open_in_dir(dir) {
            Ok(index) if index.schema() == schema => (index, false),
            Ok(_) | Err(_) if existed => {
                if Self::writer_for(&Index::open_in_dir(dir).map_err(anyhow::Error::from)?)
                    .is_err_and(|err| is_lock_busy(&err))
                {
                    return Err(OpenError::InUse);
                }
                tracing::warn!(dir = %dir.display(), "search index schema changed; rebuilding it");
                std::fs::remove_dir_all(dir).map_err(anyhow::Error::from)?;
                std::fs::create_dir_all(dir).map_err(anyhow::Error::from)?;
                (Index::create_in_dir(dir, schema).map_err(anyhow::Error::from)?, true)
            }
            _ => (Index::create_in_dir(dir, schema).map_err(anyhow::Error::from)?, true),
        };
        analysis::register(&index);
        let writer = match Self::writer_for(&index) {
            Ok(writer) => writer,
            Err(err) if is_lock_busy(&err) => return Err(OpenError::InUse),
            Err(err) => return Err(OpenError::Other(err.into())),
        };
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(anyhow::Error::from)?;
        Ok(Self {
            inner: Arc::new(Inner {
                index,
                reader,
                writer: Mutex::new(writer),
                fields,
                dir: dir.to_owned(),
                apply: tokio::sync::Mutex::new(()),
                changed: Notify::new(),
                fresh,
            }),
        })
    }

    fn writer_for(index: &Index) -> tantivy::Result<IndexWriter> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 4);
        index.writer_with_num_threads(threads, WRITER_MEMORY_BYTES)
    }

    /// Whether the index was just created empty and must be filled with [`Self::rebuild`].
    pub fn needs_rebuild(&self) -> bool {
        self.inner.fresh
    }

    /// Whether the index can be read: its metadata loads and a searcher is available.
    pub fn is_usable(&self) -> bool {
        self.inner.dir.is_dir() && self.inner.index.load_metas().is_ok()
    }

    /// Number of documents visible to searches, whoever may read them.
    pub fn num_docs(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }

    /// The last outbox position applied to the index in `dir`, read without opening it for
    /// writing (works while a running hub holds it).
    pub fn applied_position_in(dir: &Path) -> anyhow::Result<i64> {
        let index = Index::open_in_dir(dir)?;
        Ok(payload_position(&index))
    }

    fn applied_position(&self) -> i64 {
        payload_position(&self.inner.index)
    }

    /// Tells the indexer task that this process committed outbox entries, so they are
    /// applied at once instead of at the next poll.
    pub fn notify_changed(&self) {
        self.inner.changed.notify_one();
    }

    /// The indexer task: applies the outbox as soon as this process says it changed, and
    /// every `poll` for entries other processes wrote (`hub import`, `hub reindex`, another
    /// hub on the same database). Runs until the process ends; a failed round is logged and
    /// retried.
    pub async fn run_indexer(self, db: DatabaseConnection, poll: Duration) {
        loop {
            tokio::select! {
                () = self.inner.changed.notified() => {},
                () = tokio::time::sleep(poll) => {},
            }
            match self.catch_up(&db).await {
                Ok(0) => {}
                Ok(applied) => tracing::debug!(applied, "search index updated"),
                Err(err) => {
                    tracing::error!(error = %format!("{err:#}"), "search index update failed; retrying");
                    tokio::time::sleep(poll).await;
                }
            }
        }
    }

    /// Applies every outbox entry after the last applied position, in order, and makes the
    /// result visible. Returns how many entries it applied.
    pub async fn catch_up(&self, db: &DatabaseConnection) -> anyhow::Result<u64> {
        let _guard = self.inner.apply.lock().await;
        let mut applied = 0;
        loop {
            let position = self.applied_position();
            let entries = index_outbox::Entity::find()
                .filter(index_outbox::Column::Id.gt(position))
                .order_by_asc(index_outbox::Column::Id)
                .limit(OUTBOX_BATCH)
                .all(db)
                .await?;
            let Some(last) = entries.last().map(|entry| entry.id) else { break };
            applied += entries.len() as u64;
            if entries.iter().any(|entry| entry.kind == REINDEX_KIND) {
                tracing::info!("rebuilding the search index, as asked");
                self.rebuild_locked(db, &|_, _| {}).await?;
                continue;
            }
            let mut by_kind: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
            for entry in &entries {
                by_kind.entry(entry.kind.as_str()).or_default().push(entry.item_id);
            }
            let mut removed = Vec::new();
            let mut docs = Vec::new();
            for (kind, mut ids) in by_kind {
                ids.sort_unstable();
                ids.dedup();
                removed.extend(ids.iter().map(|id| key(kind, *id)));
                docs.extend(sources::load(db, kind, &ids).await?);
            }
            self.blocking(move |this| this.add(false, &removed, &docs)).await?;
            self.blocking(move |this| this.commit(last)).await?;
        }
        Ok(applied)
    }

    /// Rebuilds the index from the database. Searches keep answering from the old
    /// contents until the new ones are committed, in one commit at the end. `progress`
    /// receives (done, total).
    pub async fn rebuild(
        &self,
        db: &DatabaseConnection,
        progress: impl Fn(u64, u64) + Sync,
    ) -> anyhow::Result<u64> {
        let _guard = self.inner.apply.lock().await;
        self.rebuild_locked(db, &progress).await
    }

    async fn rebuild_locked(
        &self,
        db: &DatabaseConnection,
        progress: &(dyn Fn(u64, u64) + Sync),
    ) -> anyhow::Result<u64> {
        let position = index_outbox::Entity::find()
            .order_by_desc(index_outbox::Column::Id)
            .one(db)
            .await?
            .map_or(0, |entry| entry.id);
        let mut total = 0;
        for kind in sources::KINDS {
            total += sources::count(db, kind).await?;
        }
        let mut done = 0;
        let mut first = true;
        for kind in sources::KINDS {
            let mut after = i64::MIN;
            loop {
                let docs = sources::load_page(db, kind, after).await?;
                let count = docs.len() as u64;
                after = docs.last().map_or(after, |doc| doc.id);
                if count > 0 || first {
                    let clear = std::mem::take(&mut first);
                    self.blocking(move |this| this.add(clear, &[], &docs)).await?;
                }
                done += count;
                progress(done, total);
                if count < sources::PAGE {
                    break;
                }
            }
        }
        self.blocking(move |this| this.commit(position)).await?;
        Ok(done)
    }

    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&SearchIndex) -> anyhow::Result<T> + Send + 'static,
    ) -> anyhow::Result<T> {
        let this = self.clone();
        tokio::task::spawn_blocking(move || work(&this))
            .await
            .map_err(|_| anyhow!("indexing task stopped"))?
    }

    /// Queues removals and additions (and, with `clear`, the removal of everything before).
    pub(super) fn add(&self, clear: bool, removed: &[String], docs: &[SearchDoc]) -> anyhow::Result<()> {
        let fields = self.inner.fields;
        let writer = self.inner.writer.lock().map_err(|_| anyhow!("index writer poisoned"))?;
        if clear {
            writer.delete_all_documents()?;
        }
        for key in removed {
            writer.delete_term(Term::from_field_text(fields.key, key));
        }
        for doc in docs {
            writer.add_document(fields.document(doc))?;
        }
        Ok(())
    }

    /// Commits what was queued, remembering outbox `position`, and reloads the reader.
    pub(super) fn commit(&self, position: i64) -> anyhow::Result<()> {
        let mut writer = self.inner.writer.lock().map_err(|_| anyhow!("index writer poisoned"))?;
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&serde_json::to_string(&Payload { outbox: position })?);
        commit.commit()?;
        drop(writer);
        self.inner.reader.reload()?;
        Ok(())
    }

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
        let newest = params.sort == Sort::Newest || text.is_none();
        let (addresses, total, counts) = if newest {
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
                FacetCounts { facet, values }
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

/// Asks whichever process holds the index to rebuild it, through the outbox. Returns the
/// outbox position that, once applied, means the rebuild is done.
pub async fn request_rebuild(db: &DatabaseConnection) -> anyhow::Result<i64> {
    use sea_orm::{ActiveModelTrait as _, Set};
    let entry = index_outbox::ActiveModel {
        kind: Set(REINDEX_KIND.to_owned()),
        item_id: Set(0),
        created_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(entry.id)
}

struct Outcome {
    addresses: Vec<DocAddress>,
    total: u64,
    facets: Vec<FacetCounts>,
}

fn payload_position(index: &Index) -> i64 {
    index
        .load_metas()
        .ok()
        .and_then(|metas| metas.payload)
        .and_then(|payload| serde_json::from_str::<Payload>(&payload).ok())
        .map_or(0, |payload| payload.outbox)
}

fn is_lock_busy(err: &TantivyError) -> bool {
    matches!(err, TantivyError::LockFailure(..))
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
