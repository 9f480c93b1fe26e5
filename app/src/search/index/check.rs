//! Comparing the index with the database: every item the database says is searchable is in
//! the index once, with the text and the audience mark it has now, and nothing else is.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use sea_orm::DatabaseConnection;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value as _};
use tantivy::{Index, Searcher, TantivyDocument, Term};

use super::SearchIndex;
use super::schema::{Fields, RESTRICTED};
use crate::kinds::{PAGE, PublicKind};
use crate::search::document::Audience;
use crate::search::document::SearchDoc;

/// What is compared of one item: its stored texts and whether it is restricted.
type Seen = (Vec<String>, bool);

impl SearchIndex {
    /// The differences between this index, as searches see it now, and the database: one
    /// line per item missing, out of date, left over or held twice. Empty when they agree.
    pub async fn differences(&self, db: &DatabaseConnection) -> anyhow::Result<Vec<String>> {
        let expected = expected(db, self.inner.kinds).await?;
        let searcher = self.inner.reader.searcher();
        let fields = self.inner.fields;
        let found = tokio::task::spawn_blocking(move || indexed(&searcher, fields)).await??;
        Ok(compare(&expected, &found))
    }
}

/// [`SearchIndex::differences`] for the index in `dir`, read without opening it for writing
/// (works while a running hub holds it).
pub async fn differences_in(
    dir: &Path,
    db: &DatabaseConnection,
    kinds: &'static [PublicKind],
) -> anyhow::Result<Vec<String>> {
    let expected = expected(db, kinds).await?;
    let dir = dir.to_owned();
    let found = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
        let index = Index::open_in_dir(&dir)?;
        let (schema, fields) = Fields::schema();
        anyhow::ensure!(index.schema() == schema, "the index has an older schema: rebuild it");
        indexed(&index.reader()?.searcher(), fields)
    })
    .await??;
    Ok(compare(&expected, &found))
}

fn seen(doc: &SearchDoc) -> Seen {
    let texts = [&doc.url, &doc.title, &doc.summary, &doc.body, &doc.lang]
        .into_iter()
        .cloned()
        .chain(doc.organisation.clone())
        .collect();
    (texts, doc.audience != Audience::Public)
}

async fn expected(
    db: &DatabaseConnection,
    kinds: &'static [PublicKind],
) -> anyhow::Result<BTreeMap<String, Seen>> {
    let mut expected = BTreeMap::new();
    for kind in kinds {
        let mut after = i64::MIN;
        loop {
            let loaded = (kind.load_page)(db, after).await?;
            after = loaded.last().map_or(after, |doc| doc.id);
            let count = loaded.len() as u64;
            // One document per work, as the indexer writes them.
            let docs = crate::translations::work_docs(db, kind, loaded).await?;
            expected.extend(docs.iter().map(|work| (work.doc.key(), seen(&work.doc))));
            if count < PAGE {
                break;
            }
        }
    }
    Ok(expected)
}

/// Every live document of the index, by key (a key held twice is listed twice).
fn indexed(searcher: &Searcher, fields: Fields) -> anyhow::Result<Vec<(String, Seen)>> {
    let restricted = searcher.search(
        &TermQuery::new(Term::from_field_text(fields.restricted, RESTRICTED), IndexRecordOption::Basic),
        &DocSetCollector,
    )?;
    let mut found = Vec::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let ord = u32::try_from(ord)?;
        for doc_id in segment.doc_ids_alive() {
            let address = tantivy::DocAddress::new(ord, doc_id);
            let doc: TantivyDocument = searcher.doc(address)?;
            let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
            let mut texts: Vec<String> = [fields.url, fields.title, fields.summary, fields.body, fields.lang]
                .into_iter()
                .map(text)
                .collect();
            if let Some(organisation) = doc.get_first(fields.organisation).and_then(|v| v.as_str()) {
                texts.push(organisation.to_owned());
            }
            found.push((text(fields.key), (texts, restricted.contains(&address))));
        }
    }
    Ok(found)
}

fn compare(expected: &BTreeMap<String, Seen>, found: &[(String, Seen)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut keys: BTreeSet<&str> = BTreeSet::new();
    for (key, seen) in found {
        if !keys.insert(key.as_str()) {
            problems.push(format!("{key}: held twice"));
            continue;
        }
        match expected.get(key) {
            None => problems.push(format!("{key}: in the index but not searchable in the database")),
            Some(wanted) if wanted.1 != seen.1 => problems.push(format!("{key}: audience out of date")),
            Some(wanted) if wanted.0 != seen.0 => problems.push(format!("{key}: text out of date")),
            Some(_) => {}
        }
    }
    problems.extend(
        expected
            .keys()
            .filter(|key| !keys.contains(String::as_str(key)))
            .map(|key| format!("{key}: missing from the index")),
    );
    problems
}
