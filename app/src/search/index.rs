//! The one `SearchIndex` service: one writer, one reader, a searcher per query.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::{Context as _, anyhow};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};
use tantivy::collector::TopDocs;
use tantivy::directory::MmapDirectory;
use tantivy::query::QueryParser;
use tantivy::schema::{Field, STORED, STRING, Schema, TEXT, Value};
use tantivy::{DateTime, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term, doc};

use crate::db::entities::{article, index_outbox};

/// Memory the single indexing thread may use before it flushes a segment.
const WRITER_MEMORY_BYTES: usize = 32 * 1024 * 1024;
/// Outbox rows applied per commit.
const OUTBOX_BATCH: u64 = 500;

/// Field handles, kept from the schema builder.
#[derive(Clone, Copy)]
struct Fields {
    key: Field,
    kind: Field,
    slug: Field,
    title: Field,
    body: Field,
    lang: Field,
    date: Field,
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let fields = Fields {
            key: builder.add_text_field("key", STRING | STORED),
            kind: builder.add_text_field("kind", STRING | STORED),
            slug: builder.add_text_field("slug", STRING | STORED),
            title: builder.add_text_field("title", TEXT | STORED),
            body: builder.add_text_field("body", TEXT),
            lang: builder.add_text_field("lang", STRING | STORED),
            date: builder.add_date_field("date", STORED),
        };
        (builder.build(), fields)
    }
}

/// What the index stores in its commit payload.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Payload {
    /// Last `index_outbox.id` applied.
    outbox: i64,
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Kind of item (`article`, …).
    pub kind: String,
    /// Slug of the item.
    pub slug: String,
    /// Title of the item.
    pub title: String,
}

struct Inner {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    dir: PathBuf,
    /// Serialises outbox application, so positions only move forward.
    apply: tokio::sync::Mutex<()>,
    /// The index was created empty (new, or its schema changed) and must be rebuilt.
    fresh: bool,
}

/// The search index over the hub's content. Cheap to clone.
#[derive(Clone)]
pub struct SearchIndex {
    inner: Arc<Inner>,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it (and the folder) when missing. An index whose
    /// schema no longer matches is replaced by an empty one; [`Self::needs_rebuild`] says so.
    pub fn open(dir: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let (schema, fields) = Fields::schema();
        let existed = Index::exists(&MmapDirectory::open(dir)?)?;
        let (index, fresh) = match Index::open_in_dir(dir) {
            Ok(index) if index.schema() == schema => (index, false),
            Ok(_) | Err(_) if existed => {
                tracing::warn!(dir = %dir.display(), "search index schema changed; rebuilding it");
                std::fs::remove_dir_all(dir)?;
                std::fs::create_dir_all(dir)?;
                (Index::create_in_dir(dir, schema)?, true)
            }
            _ => (Index::create_in_dir(dir, schema)?, true),
        };
        let writer = index.writer_with_num_threads(1, WRITER_MEMORY_BYTES)?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        Ok(Self {
            inner: Arc::new(Inner {
                index,
                reader,
                writer: Mutex::new(writer),
                fields,
                dir: dir.to_owned(),
                apply: tokio::sync::Mutex::new(()),
                fresh,
            }),
        })
    }

    /// Whether the index was just created empty and must be filled with [`Self::rebuild`].
    pub fn needs_rebuild(&self) -> bool {
        self.inner.fresh
    }

    /// Whether the index can be read: its metadata loads and a searcher is available.
    pub fn is_usable(&self) -> bool {
        self.inner.dir.is_dir() && self.inner.index.load_metas().is_ok()
    }

    /// Number of documents visible to searches.
    pub fn num_docs(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }

    fn applied_position(&self) -> i64 {
        self.inner
            .index
            .load_metas()
            .ok()
            .and_then(|metas| metas.payload)
            .and_then(|payload| serde_json::from_str::<Payload>(&payload).ok())
            .map_or(0, |payload| payload.outbox)
    }

    /// The indexer task: applies the outbox every `poll`, whichever process wrote it (the
    /// content sync at start-up, `hub import`, another hub behind the same database). Runs
    /// until the process ends; a failed round is logged and retried.
    pub async fn run_indexer(self, db: DatabaseConnection, poll: std::time::Duration) {
        loop {
            tokio::time::sleep(poll).await;
            match self.catch_up(&db).await {
                Ok(0) => {}
                Ok(applied) => tracing::debug!(applied, "search index updated"),
                Err(err) => {
                    tracing::error!(error = %format!("{err:#}"), "search index update failed; retrying")
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
            let mut ids: Vec<i64> =
                entries.iter().filter(|e| e.kind == "article").map(|e| e.item_id).collect();
            ids.sort_unstable();
            ids.dedup();
            let rows = article::Entity::find().filter(article::Column::Id.is_in(ids.clone())).all(db).await?;
            let count = entries.len() as u64;
            let this = self.clone();
            tokio::task::spawn_blocking(move || this.write(&ids, &rows, Payload { outbox: last }, false))
                .await
                .map_err(|_| anyhow!("indexing task stopped"))??;
            applied += count;
        }
        Ok(applied)
    }

    /// Rebuilds the index from the database. Searches keep answering from the old
    /// contents until the new ones are committed. `progress` receives (done, total).
    pub async fn rebuild(&self, db: &DatabaseConnection, progress: impl Fn(u64, u64)) -> anyhow::Result<u64> {
        let _guard = self.inner.apply.lock().await;
        let position = index_outbox::Entity::find()
            .order_by_desc(index_outbox::Column::Id)
            .one(db)
            .await?
            .map_or(0, |entry| entry.id);
        let total = article::Entity::find().count(db).await?;
        let mut pages = article::Entity::find().order_by_asc(article::Column::Id).paginate(db, 500);
        let mut rows = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
        while let Some(page) = pages.fetch_and_next().await? {
            rows.extend(page);
            progress(rows.len() as u64, total);
        }
        let count = rows.len() as u64;
        let this = self.clone();
        tokio::task::spawn_blocking(move || this.write(&[], &rows, Payload { outbox: position }, true))
            .await
            .map_err(|_| anyhow!("indexing task stopped"))??;
        Ok(count)
    }

    /// Replaces the documents of `removed` ids (or everything) by `rows`, commits with
    /// `payload` and reloads the reader.
    fn write(
        &self,
        removed: &[i64],
        rows: &[article::Model],
        payload: Payload,
        everything: bool,
    ) -> anyhow::Result<()> {
        let fields = self.inner.fields;
        let mut writer = self.inner.writer.lock().map_err(|_| anyhow!("index writer poisoned"))?;
        if everything {
            writer.delete_all_documents()?;
        }
        for id in removed {
            writer.delete_term(Term::from_field_text(fields.key, &article_key(*id)));
        }
        for row in rows {
            let date = row.published_on.midnight().assume_utc();
            writer.add_document(doc!(
                fields.key => article_key(row.id),
                fields.kind => "article",
                fields.slug => row.slug.as_str(),
                fields.title => row.title.as_str(),
                fields.body => format!("{} {}", row.summary, row.body_text),
                fields.lang => row.lang.as_str(),
                fields.date => DateTime::from_timestamp_secs(date.unix_timestamp()),
            ))?;
        }
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&serde_json::to_string(&payload)?);
        commit.commit()?;
        drop(writer);
        self.inner.reader.reload()?;
        Ok(())
    }

    /// Finds items matching whatever the reader typed (parsed leniently), best first.
    pub fn search(&self, query: &str, limit: usize) -> anyhow::Result<Vec<Hit>> {
        let fields = self.inner.fields;
        let mut parser = QueryParser::for_index(&self.inner.index, vec![fields.title, fields.body]);
        parser.set_field_boost(fields.title, 3.0);
        let (query, _ignored) = parser.parse_query_lenient(query);
        let searcher = self.inner.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score())?;
        let text = |doc: &TantivyDocument, field| {
            doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_owned()
        };
        top.into_iter()
            .map(|(_, address)| {
                let doc: TantivyDocument = searcher.doc(address)?;
                Ok(Hit {
                    kind: text(&doc, fields.kind),
                    slug: text(&doc, fields.slug),
                    title: text(&doc, fields.title),
                })
            })
            .collect()
    }
}

fn article_key(id: i64) -> String {
    format!("article:{id}")
}
