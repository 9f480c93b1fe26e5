//! The one `SearchIndex` service: one writer, one reader, a searcher per query. This module
//! holds the writer and the outbox; `schema` the fields and documents, `query` searching.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context as _, anyhow};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tantivy::directory::MmapDirectory;
use tantivy::index::SegmentId;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyError, Term};
use tokio::sync::Notify;

use super::analysis;
use super::document::{WorkDoc, key};
use super::synonyms::{self, Synonyms};
use crate::db::entities::index_outbox;
use crate::kinds::{PAGE, PublicKind};

/// Memory the indexing threads may use before they flush a segment.
const WRITER_MEMORY_BYTES: usize = 96 * 1024 * 1024;
/// Outbox rows applied per commit.
const OUTBOX_BATCH: u64 = 1_000;
/// An outbox entry of this kind asks the hub that holds the index to rebuild it.
pub const REINDEX_KIND: &str = "reindex";

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
    /// Threads a search runs on (one per core).
    search_threads: usize,
    /// The index was created empty (new, or its schema changed) and must be rebuilt.
    fresh: bool,
    /// The kinds of content it holds.
    kinds: &'static [PublicKind],
    /// Counts the commits made visible; whatever was derived from the content before it
    /// moved (a cached page) is out of date.
    generation: AtomicU64,
    /// How results are ranked.
    ranking: std::sync::RwLock<Ranking>,
    /// The curated synonyms and those editors added.
    synonyms: std::sync::RwLock<Arc<Synonyms>>,
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
    /// It holds the documents of `kinds` (the site's registry).
    pub fn open(dir: &Path, kinds: &'static [PublicKind]) -> Result<Self, OpenError> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let (schema, fields) = Fields::schema();
        let existed = Index::exists(&MmapDirectory::open(dir).map_err(anyhow::Error::from)?)
            .map_err(anyhow::Error::from)?;
        let (mut index, fresh) = match Index::open_in_dir(dir) {
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
        // Segments are searched in parallel, one thread per core: a query's latency falls
        // with the cores, not only the throughput.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        if cores > 1 {
            index.set_multithread_executor(cores).map_err(anyhow::Error::from)?;
        }
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
                search_threads: cores,
                fresh,
                kinds,
                generation: AtomicU64::new(0),
                ranking: std::sync::RwLock::new(Ranking::default()),
                synonyms: std::sync::RwLock::new(Arc::new(synonyms::curated().clone())),
            }),
        })
    }

    /// Ranks results from now on with `ranking` (the search-quality benchmark compares them).
    pub fn set_ranking(&self, ranking: Ranking) {
        if let Ok(mut current) = self.inner.ranking.write() {
            *current = ranking;
        }
    }

    /// How results are ranked.
    pub fn ranking(&self) -> Ranking {
        self.inner.ranking.read().map_or_else(|_| Ranking::default(), |ranking| *ranking)
    }

    /// Applies the curated synonyms and `added` (the groups editors added) from now on.
    pub fn set_added_synonyms(&self, added: &Synonyms) {
        if let Ok(mut current) = self.inner.synonyms.write() {
            *current = Arc::new(synonyms::curated().with(added));
        }
    }

    /// The synonyms applied to queries.
    pub(super) fn synonyms(&self) -> Arc<Synonyms> {
        self.inner.synonyms.read().map_or_else(|_| Arc::new(Synonyms::default()), |list| Arc::clone(&list))
    }

    /// The kinds of content it holds.
    pub fn kinds(&self) -> &'static [PublicKind] {
        self.inner.kinds
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

    /// The highest outbox position this index has applied.
    pub fn position(&self) -> i64 {
        self.payload().outbox
    }

    /// The outbox position up to which this index has applied every entry: its position,
    /// or just below the oldest entry it is still waiting for.
    pub fn applied_through(&self) -> i64 {
        let payload = self.payload();
        payload.gaps.iter().map(|gap| gap.id - 1).min().map_or(payload.outbox, |gap| gap.min(payload.outbox))
    }

    fn payload(&self) -> Payload {
        payload_of(&self.inner.index)
    }

    /// How many commits this process has made visible: it moves whenever content changed.
    pub fn generation(&self) -> u64 {
        self.inner.generation.load(Ordering::Acquire)
    }

    /// Marks whatever was derived from the content (a cached page) as out of date, for a
    /// change pages show that the index does not hold (a call for cases).
    pub fn touch(&self) {
        self.inner.generation.fetch_add(1, Ordering::AcqRel);
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

    /// Applies every outbox entry not applied yet (after the highest position applied, and
    /// the gaps below it: see [`outbox`]), in order, and makes the result visible. Returns
    /// how many entries it applied.
    pub async fn catch_up(&self, db: &DatabaseConnection) -> anyhow::Result<u64> {
        let _guard = self.inner.apply.lock().await;
        let mut applied = 0;
        loop {
            let payload = self.payload();
            let before = outbox::horizon(db).await?;
            let mut entries = Vec::new();
            for gaps in payload.gaps.chunks(500) {
                let ids = gaps.iter().map(|gap| gap.id);
                entries.extend(
                    index_outbox::Entity::find().filter(index_outbox::Column::Id.is_in(ids)).all(db).await?,
                );
            }
            let fresh = index_outbox::Entity::find()
                .filter(index_outbox::Column::Id.gt(payload.outbox))
                .order_by_asc(index_outbox::Column::Id)
                .limit(OUTBOX_BATCH)
                .all(db)
                .await?;
            let more = fresh.len() as u64 == OUTBOX_BATCH;
            entries.extend(fresh);
            let after = outbox::horizon(db).await?;
            entries.sort_by_key(|entry| entry.id);
            let found: Vec<i64> = entries.iter().map(|entry| entry.id).collect();
            let next = payload.advance(&found, unix_now(), before, after);
            if entries.is_empty() && next == payload {
                break;
            }
            applied += entries.len() as u64;
            if entries.iter().any(|entry| entry.kind == REINDEX_KIND) {
                tracing::info!("rebuilding the search index, as asked");
                self.rebuild_locked(db, &|_, _| {}).await?;
                continue;
            }
            if !payload.gaps.is_empty() || !next.gaps.is_empty() {
                tracing::debug!(
                    gaps = next.gaps.len(),
                    filled = found.iter().filter(|id| **id <= payload.outbox).count(),
                    "outbox gaps"
                );
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
                match crate::kinds::find(self.inner.kinds, kind) {
                    Some(kind) => {
                        // A change to one version rewrites its work's one document.
                        let ids = crate::translations::with_versions(db, kind.name, &ids).await?;
                        removed.extend(ids.iter().map(|id| key(kind.name, *id)));
                        let loaded = (kind.load)(db, &ids).await?;
                        docs.extend(crate::translations::work_docs(db, kind, loaded).await?);
                    }
                    None => {
                        removed.extend(ids.iter().map(|id| key(kind, *id)));
                        tracing::warn!(kind, "outbox entries of an unknown kind removed from the index");
                    }
                }
            }
            self.blocking(move |this| this.add(false, &removed, &docs)).await?;
            self.blocking(move |this| this.commit(&next)).await?;
            if !more {
                break;
            }
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
        // What the rebuild reads is what was committed when it starts; ids below the highest
        // one that are not there yet (transactions still running) are gaps to read later.
        let before = outbox::horizon(db).await?;
        let position = index_outbox::Entity::find()
            .order_by_desc(index_outbox::Column::Id)
            .one(db)
            .await?
            .map_or(0, |entry| entry.id);
        let recent: Vec<i64> = index_outbox::Entity::find()
            .select_only()
            .column(index_outbox::Column::Id)
            .filter(index_outbox::Column::Id.gt(position - outbox::REBUILD_WINDOW))
            .order_by_asc(index_outbox::Column::Id)
            .into_tuple()
            .all(db)
            .await?;
        let after = outbox::horizon(db).await?;
        let start = Payload { outbox: (position - outbox::REBUILD_WINDOW).max(0), gaps: Vec::new() };
        let position = start.advance(&recent, unix_now(), before, after);
        let mut total = 0;
        for kind in self.inner.kinds {
            total += (kind.count)(db).await?;
        }
        let mut done = 0;
        let mut first = true;
        for kind in self.inner.kinds {
            let mut after = i64::MIN;
            loop {
                let loaded = (kind.load_page)(db, after).await?;
                let count = loaded.len() as u64;
                after = loaded.last().map_or(after, |doc| doc.id);
                let docs = crate::translations::work_docs(db, kind, loaded).await?;
                if count > 0 || first {
                    let clear = std::mem::take(&mut first);
                    self.blocking(move |this| this.add(clear, &[], &docs)).await?;
                }
                done += count;
                progress(done, total);
                if count < PAGE {
                    break;
                }
            }
        }
        self.blocking(move |this| this.commit(&position)).await?;
        self.blocking(SearchIndex::compact).await?;
        Ok(done)
    }

    /// Merges the segments into one per search thread, of about equal sizes: a query does
    /// some work once per segment (looking its words up, building typo automata, tallying
    /// facets), and segments are what the threads share out.
    fn compact(&self) -> anyhow::Result<()> {
        let threads = self.inner.search_threads;
        let mut metas = self.inner.index.searchable_segment_metas()?;
        if metas.len() <= threads {
            return Ok(());
        }
        metas.sort_by_key(|meta| std::cmp::Reverse(meta.num_docs()));
        let mut groups: Vec<(u64, Vec<SegmentId>)> = vec![(0, Vec::new()); threads];
        for meta in metas {
            if let Some(lightest) = groups.iter_mut().min_by_key(|group| group.0) {
                lightest.0 += u64::from(meta.num_docs());
                lightest.1.push(meta.id());
            }
        }
        let merges: Vec<_> = {
            let mut writer = self.inner.writer.lock().map_err(|_| anyhow!("index writer poisoned"))?;
            groups.iter().filter(|group| group.1.len() > 1).map(|group| writer.merge(&group.1)).collect()
        };
        for merge in merges {
            merge.wait()?;
        }
        self.inner.reader.reload()?;
        Ok(())
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
    pub(super) fn add(&self, clear: bool, removed: &[String], docs: &[WorkDoc]) -> anyhow::Result<()> {
        let fields = self.inner.fields;
        let writer = self.inner.writer.lock().map_err(|_| anyhow!("index writer poisoned"))?;
        if clear {
            writer.delete_all_documents()?;
        }
        for key in removed {
            writer.delete_term(Term::from_field_text(fields.key, key));
        }
        for doc in docs {
            writer.add_document(fields.document(&doc.doc, &doc.versions))?;
        }
        Ok(())
    }

    /// Commits what was queued as having applied the outbox up to `position`.
    #[cfg(test)]
    pub(super) fn commit_at(&self, position: i64) -> anyhow::Result<()> {
        self.commit(&Payload { outbox: position, gaps: Vec::new() })
    }

    /// Commits what was queued, remembering where it stands in the outbox, and reloads the
    /// reader.
    fn commit(&self, position: &Payload) -> anyhow::Result<()> {
        let mut writer = self.inner.writer.lock().map_err(|_| anyhow!("index writer poisoned"))?;
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&serde_json::to_string(position)?);
        commit.commit()?;
        drop(writer);
        self.inner.reader.reload()?;
        self.inner.generation.fetch_add(1, Ordering::AcqRel);
        Ok(())
    }
}

/// Records that item `item_id` of `kind` (the name of a [`PublicKind`]) changed and must be
/// indexed again: in the caller's transaction when `db` is one, so the note and the change
/// commit together. Returns the outbox position.
pub async fn enqueue<C: sea_orm::ConnectionTrait>(
    db: &C,
    kind: &str,
    item_id: i64,
) -> Result<i64, sea_orm::DbErr> {
    use sea_orm::{ActiveModelTrait as _, Set};
    let entry = index_outbox::ActiveModel {
        kind: Set(kind.to_owned()),
        item_id: Set(item_id),
        created_at: Set(time::OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(entry.id)
}

/// Asks whichever process holds the index to rebuild it, through the outbox. Returns the
/// outbox position that, once applied, means the rebuild is done.
pub async fn request_rebuild(db: &DatabaseConnection) -> anyhow::Result<i64> {
    Ok(enqueue(db, REINDEX_KIND, 0).await?)
}

fn payload_of(index: &Index) -> Payload {
    index
        .load_metas()
        .ok()
        .and_then(|metas| metas.payload)
        .and_then(|payload| serde_json::from_str::<Payload>(&payload).ok())
        .unwrap_or_default()
}

fn payload_position(index: &Index) -> i64 {
    payload_of(index).outbox
}

/// Seconds since the Unix epoch.
fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn is_lock_busy(err: &TantivyError) -> bool {
    matches!(err, TantivyError::LockFailure(..))
}

mod check;
mod hits;
mod outbox;
mod query;
mod rank;
mod schema;

pub use check::differences_in;
use outbox::Payload;
pub use rank::Ranking;
use schema::{Fields, facet_path};
