//! Bulk import of cases from JSON Lines (the hub's own records or the digital-public-goods
//! registry's entries, told apart line by line) or CSV (the columns of the CSV export).
//!
//! Policy: every row is read and checked before anything is written; a row with any
//! problem is rejected whole and reported with its line, field and reason, and the others
//! are written. Rows are idempotent by slug: an unchanged row writes nothing, a changed one
//! becomes a new revision. Rows are written in transactions of [`BATCH`] rows, each row whole,
//! so a failure part-way leaves no row half-written. An "adapted from" must name a case
//! already in the library or another row of the file; rows are written after the row they
//! adapted.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::Context as _;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

use super::check::{CheckedCase, Problem, check};
use super::csv_format;
use super::dpg::{RegistryEntry, is_registry_entry};
use super::store::{Origin, Written, record_hash, write_case};
use crate::cases::record::CaseRecord;
use crate::db::entities::case;
use crate::i18n::Locale;

/// Rows written per transaction.
const BATCH: usize = 500;

/// A row that was not imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// Line of the file the row starts on.
    pub line: u64,
    /// Its slug, if it could be read.
    pub slug: String,
    /// The field at fault (`-` when the row could not be read at all).
    pub field: String,
    /// Why, in English.
    pub reason: String,
}

/// What an import did (or, in a dry run, would do).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Rows read.
    pub rows: u64,
    /// New cases.
    pub created: u64,
    /// Cases given a new revision.
    pub updated: u64,
    /// Rows identical to what the library holds.
    pub unchanged: u64,
    /// Every rejected row, in file order, one entry per problem.
    pub rejected: Vec<Rejected>,
    /// Nothing was written.
    pub dry_run: bool,
}

impl ImportReport {
    /// How many rows were rejected.
    pub fn rejected_rows(&self) -> u64 {
        let lines: HashSet<u64> = self.rejected.iter().map(|r| r.line).collect();
        lines.len() as u64
    }
}

/// A row as read from the file: its line and its record, or why it could not be read.
pub struct ReadRow {
    /// Line of the file the row starts on.
    pub line: u64,
    /// The record, or (field, reason).
    pub record: Result<CaseRecord, (String, String)>,
}

/// Reads every `*.toml` file in `dir` (the cases `content/` ships), in name order: each is
/// one case record, its slug the file name. Returns the files with the rows, a row's `line`
/// being the file's position (from 1) in that list; a file that is not a record is a row
/// with its problem.
pub fn read_toml_dir(dir: &Path) -> anyhow::Result<(Vec<std::path::PathBuf>, Vec<ReadRow>)> {
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let rows = paths
        .iter()
        .zip(1..)
        .map(|(path, line)| {
            let slug = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or_default().to_owned();
            let record = std::fs::read_to_string(path)
                .map_err(|err| ("file".to_owned(), err.to_string()))
                .and_then(|text| {
                    toml::from_str::<CaseRecord>(&text).map_err(|err| ("record".to_owned(), err.to_string()))
                })
                .and_then(|record| {
                    if record.slug == slug {
                        Ok(record)
                    } else {
                        Err(("slug".to_owned(), format!("the slug must be the file name, {slug}")))
                    }
                });
            ReadRow { line, record }
        })
        .collect();
    Ok((paths, rows))
}

/// Reads `path`: `.csv` as CSV; a JSON array (the JSON export) with each element's position
/// as its line; anything else as JSON Lines.
pub fn read_file(path: &Path) -> anyhow::Result<Vec<ReadRow>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let is_csv = path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("csv"));
    if is_csv {
        return csv_format::read(&text);
    }
    if text.trim_start().starts_with('[') {
        let items: Vec<serde_json::Value> =
            serde_json::from_str(&text).context("not a JSON array of cases")?;
        return Ok(items
            .into_iter()
            .enumerate()
            .map(|(index, value)| ReadRow { line: index as u64 + 1, record: parse_json_value(value) })
            .collect());
    }
    Ok(read_json_lines(&text))
}

/// Reads JSON Lines: one object a line, blank lines skipped.
pub fn read_json_lines(text: &str) -> Vec<ReadRow> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| ReadRow { line: index as u64 + 1, record: parse_json_line(line) })
        .collect()
}

fn parse_json_line(line: &str) -> Result<CaseRecord, (String, String)> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|err| ("-".to_owned(), format!("not valid JSON: {err}")))?;
    parse_json_value(value)
}

fn parse_json_value(value: serde_json::Value) -> Result<CaseRecord, (String, String)> {
    if !value.is_object() {
        return Err(("-".to_owned(), "not a JSON object".to_owned()));
    }
    if is_registry_entry(&value) {
        serde_json::from_value::<RegistryEntry>(value)
            .map(CaseRecord::from)
            .map_err(|err| ("-".to_owned(), format!("not a registry entry: {err}")))
    } else {
        serde_json::from_value::<CaseRecord>(value).map_err(|err| ("-".to_owned(), format!("{err}")))
    }
}

/// A row that passed every check, waiting to be written.
struct Ready {
    line: u64,
    checked: CheckedCase,
}

/// A row after its checks: line, slug, and the checked case or its problems.
type CheckedRow = (u64, String, Result<CheckedCase, Vec<Problem>>);

/// Checks every row (rendering its Markdown), on as many threads as there are cores, off the
/// async threads; the rows keep their order.
async fn check_all(rows: Vec<ReadRow>) -> anyhow::Result<Vec<CheckedRow>> {
    fn check_row(row: ReadRow) -> CheckedRow {
        match row.record {
            Ok(record) => {
                let slug = record.slug.trim().to_owned();
                (row.line, slug, check(record))
            }
            Err((field, reason)) => {
                let problem = Problem { field, key: String::new(), value: Some(reason) };
                (row.line, String::new(), Err(vec![problem]))
            }
        }
    }
    tokio::task::spawn_blocking(move || {
        let threads = std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 8);
        let size = rows.len().div_ceil(threads).max(1);
        let mut chunks: Vec<Vec<ReadRow>> = Vec::new();
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            chunks.push(rows.by_ref().take(size).collect());
        }
        std::thread::scope(|scope| {
            let handles: Vec<_> = chunks
                .into_iter()
                .map(|chunk| scope.spawn(move || chunk.into_iter().map(check_row).collect::<Vec<_>>()))
                .collect();
            let mut all = Vec::new();
            for handle in handles {
                all.extend(handle.join().map_err(|_| anyhow::anyhow!("checking the rows failed"))?);
            }
            Ok(all)
        })
    })
    .await
    .context("checking the rows")?
}

/// Imports `rows` (from `source`, named in each revision). `progress(done, total)` is called
/// as rows are written. With `dry_run`, everything is checked and counted, nothing written.
pub async fn import_rows(
    db: &DatabaseConnection,
    rows: Vec<ReadRow>,
    source: &str,
    dry_run: bool,
    progress: impl Fn(u64, u64),
) -> anyhow::Result<ImportReport> {
    let mut report = ImportReport { rows: rows.len() as u64, dry_run, ..ImportReport::default() };
    let reject = |report: &mut ImportReport, line: u64, slug: &str, field: &str, reason: String| {
        report.rejected.push(Rejected { line, slug: slug.to_owned(), field: field.to_owned(), reason });
    };
    let mut ready: Vec<Ready> = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    for (line, slug, checked) in check_all(rows).await? {
        match checked {
            Ok(checked) => {
                if let Some(first) = first_line.get(&slug) {
                    let reason = format!("the slug {slug} is already used by the row on line {first}");
                    reject(&mut report, line, &slug, "slug", reason);
                    continue;
                }
                first_line.insert(slug, line);
                ready.push(Ready { line, checked });
            }
            Err(problems) => {
                for problem in problems {
                    let reason = problem.message(Locale::En);
                    reject(&mut report, line, &slug, &problem.field, reason);
                }
            }
        }
    }

    // "Adapted from": another row of the file, or a case already in the library.
    let in_file: HashSet<String> = ready.iter().map(|r| r.checked.record.slug.clone()).collect();
    let wanted: Vec<String> = ready
        .iter()
        .map(|r| r.checked.record.adapted_from.clone())
        .filter(|slug| !slug.is_empty() && !in_file.contains(slug))
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let mut known_ids: HashMap<String, i64> = HashMap::new();
    for chunk in wanted.chunks(BATCH) {
        let found: Vec<(i64, String)> = case::Entity::find()
            .select_only()
            .columns([case::Column::Id, case::Column::Slug])
            .filter(case::Column::Slug.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(db)
            .await?;
        known_ids.extend(found.into_iter().map(|(id, slug)| (slug, id)));
    }
    let ready = order_by_lineage(ready, &known_ids, &mut report);
    report.rejected.sort_by_key(|rejected| rejected.line);

    let origin = Origin {
        origin: "import",
        author: source.to_owned(),
        note: "imported".to_owned(),
        status: crate::editorial::Status::Published,
        owner: None,
        organisation: None,
    };
    let total = ready.len() as u64;
    let mut done = 0;
    progress(0, total);
    for batch in ready.chunks(BATCH) {
        let slugs: Vec<String> = batch.iter().map(|r| r.checked.record.slug.clone()).collect();
        let existing: HashMap<String, case::Model> = case::Entity::find()
            .filter(case::Column::Slug.is_in(slugs))
            .all(db)
            .await?
            .into_iter()
            .map(|row| (row.slug.clone(), row))
            .collect();
        if dry_run {
            for item in batch {
                let adapted = known_ids.get(&item.checked.record.adapted_from).copied();
                match existing.get(&item.checked.record.slug) {
                    None => report.created += 1,
                    Some(row) if row.source_hash.as_deref() == Some(&record_hash(&item.checked, adapted)) => {
                        report.unchanged += 1;
                    }
                    Some(_) => report.updated += 1,
                }
            }
        } else {
            let (txn, _turn) = crate::db::begin_write(db).await?;
            let mut written = Vec::with_capacity(batch.len());
            for item in batch {
                let adapted = match item.checked.record.adapted_from.as_str() {
                    "" => None,
                    slug => known_ids.get(slug).copied(),
                };
                let (id, outcome) = write_case(
                    &txn,
                    &item.checked,
                    existing.get(&item.checked.record.slug),
                    adapted,
                    &origin,
                )
                .await
                .with_context(|| format!("writing the row on line {}", item.line))?;
                // A later row of this batch may have adapted this one.
                known_ids.insert(item.checked.record.slug.clone(), id);
                written.push(outcome);
            }
            txn.commit().await?;
            for outcome in written {
                match outcome {
                    Written::Created => report.created += 1,
                    Written::Updated => report.updated += 1,
                    Written::Unchanged => report.unchanged += 1,
                }
            }
        }
        done += batch.len() as u64;
        progress(done, total);
    }
    Ok(report)
}

/// The rows in an order where each comes after the row it adapted; rows whose "adapted from"
/// names nothing, or a rejected row, or goes round in a circle, are rejected.
fn order_by_lineage(
    ready: Vec<Ready>,
    known: &HashMap<String, i64>,
    report: &mut ImportReport,
) -> Vec<Ready> {
    let index: HashMap<String, usize> =
        ready.iter().enumerate().map(|(i, r)| (r.checked.record.slug.clone(), i)).collect();
    // Depth of each row in its chain of adaptations within the file; None when it leads
    // nowhere or round in a circle.
    let mut depth: Vec<Option<Option<usize>>> = vec![None; ready.len()];
    for start in 0..ready.len() {
        let mut path = Vec::new();
        let mut at = start;
        let resolved = loop {
            if let Some(known_depth) = depth[at] {
                break known_depth.map(|d| d + 1);
            }
            if path.contains(&at) {
                break None;
            }
            path.push(at);
            let target = &ready[at].checked.record.adapted_from;
            if target.is_empty() || known.contains_key(target) {
                break Some(0);
            }
            match index.get(target) {
                Some(&next) => at = next,
                None => break None,
            }
        };
        // Walk back along the path, each one level deeper than the one it adapted.
        let mut level = resolved;
        for &node in path.iter().rev() {
            if depth[node].is_none() {
                depth[node] = Some(level);
            }
            level = level.map(|l| l + 1);
        }
    }
    let mut kept: Vec<(usize, Ready)> = Vec::with_capacity(ready.len());
    for (item, depth) in ready.into_iter().zip(depth) {
        match depth.flatten() {
            Some(depth) => kept.push((depth, item)),
            None => {
                let slug = item.checked.record.slug.clone();
                let target = item.checked.record.adapted_from.clone();
                let problem = Problem {
                    field: "adapted_from".to_owned(),
                    key: "case-error-adapted-from-nowhere".to_owned(),
                    value: Some(target),
                };
                report.rejected.push(Rejected {
                    line: item.line,
                    slug,
                    field: problem.field.clone(),
                    reason: problem.message(Locale::En),
                });
            }
        }
    }
    kept.sort_by_key(|(depth, item)| (*depth, item.line));
    kept.into_iter().map(|(_, item)| item).collect()
}
