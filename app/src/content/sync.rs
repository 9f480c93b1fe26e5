//! Syncing `content/` into the database.

use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter, TransactionTrait,
};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::front_matter::{ContentFile, is_valid_slug, parse};
use crate::db::entities::{article, article_revision, index_outbox};
use crate::markdown;

/// A content file that was skipped, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    /// The file.
    pub path: PathBuf,
    /// 1-based line, 0 when the problem is not tied to a line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
        }
    }
}

/// What a sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncReport {
    /// Slugs stored for the first time.
    pub created: Vec<String>,
    /// Slugs whose file changed and whose new text was stored.
    pub updated: Vec<String>,
    /// Files identical to what was synced last time.
    pub unchanged: usize,
    /// Slugs edited in the hub since the last sync; their file was not applied.
    pub kept_edits: Vec<String>,
    /// Files skipped, with the reason.
    pub problems: Vec<FileProblem>,
}

enum Outcome {
    Created,
    Updated,
    Unchanged,
    KeptEdit,
}

/// Reads every `*.md` file under `dir` (recursively) and upserts it by slug (the file name).
///
/// Errors only when the database fails; a bad file becomes a [`FileProblem`].
pub async fn sync_dir(db: &DatabaseConnection, dir: &Path) -> anyhow::Result<SyncReport> {
    let mut report = SyncReport::default();
    let files = {
        let dir = dir.to_owned();
        tokio::task::spawn_blocking(move || read_markdown_files(&dir))
            .await
            .context("content reader stopped")?
    };
    let files = match files {
        Ok(files) => files,
        Err(err) => {
            report.problems.push(FileProblem { path: dir.to_owned(), line: 0, message: err.to_string() });
            return Ok(report);
        }
    };
    let mut seen = std::collections::HashMap::<String, PathBuf>::new();
    for (path, bytes) in files {
        let slug = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let problem = |line: usize, message: String| FileProblem { path: path.clone(), line, message };
        if !is_valid_slug(&slug) {
            report.problems.push(problem(
                0,
                "the file name must be lower-case ASCII words joined by hyphens (it becomes the URL)".into(),
            ));
            continue;
        }
        if let Some(first) = seen.get(&slug) {
            report
                .problems
                .push(problem(0, format!("the slug `{slug}` is already used by {}", first.display())));
            continue;
        }
        seen.insert(slug.clone(), path.clone());
        let hash = hex::encode(Sha256::digest(&bytes));
        let Ok(text) = String::from_utf8(bytes) else {
            report.problems.push(problem(0, "the file is not valid UTF-8".into()));
            continue;
        };
        let file = match parse(&text) {
            Ok(file) => file,
            Err(err) => {
                report.problems.push(problem(err.line, err.message));
                continue;
            }
        };
        let txn = db.begin().await?;
        let outcome = upsert(&txn, &slug, &file, &hash).await?;
        txn.commit().await?;
        match outcome {
            Outcome::Created => report.created.push(slug),
            Outcome::Updated => report.updated.push(slug),
            Outcome::Unchanged => report.unchanged += 1,
            Outcome::KeptEdit => report.kept_edits.push(slug),
        }
    }
    Ok(report)
}

fn read_markdown_files(dir: &Path) -> std::io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut pending = vec![dir.to_owned()];
    let mut files = Vec::new();
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "md") {
                let bytes = std::fs::read(&path)?;
                files.push((path, bytes));
            }
        }
    }
    files.sort();
    Ok(files)
}

async fn upsert(
    txn: &DatabaseTransaction,
    slug: &str,
    file: &ContentFile,
    hash: &str,
) -> anyhow::Result<Outcome> {
    let existing = article::Entity::find().filter(article::Column::Slug.eq(slug)).one(txn).await?;
    if let Some(existing) = &existing {
        if existing.source_hash.as_deref() == Some(hash) {
            return Ok(Outcome::Unchanged);
        }
        if let Some(revision_id) = existing.current_revision_id {
            let current = article_revision::Entity::find_by_id(revision_id).one(txn).await?;
            if current.is_some_and(|r| r.origin != article::ORIGIN_CONTENT) {
                return Ok(Outcome::KeptEdit);
            }
        }
    }
    let now = OffsetDateTime::now_utc();
    let rendered = markdown::render(&file.body);
    let front = &file.front;
    let mut row = match &existing {
        Some(existing) => article::ActiveModel { id: Set(existing.id), ..Default::default() },
        None => {
            article::ActiveModel { slug: Set(slug.to_owned()), created_at: Set(now), ..Default::default() }
        }
    };
    row.lang = Set(front.lang.clone());
    row.title = Set(front.title.trim().to_owned());
    row.summary = Set(front.summary.trim().to_owned());
    row.authors = Set(serde_json::to_value(&front.authors)?);
    row.body_html = Set(rendered.html);
    row.body_text = Set(rendered.plain_text);
    row.toc = Set(serde_json::to_value(&rendered.toc)?);
    row.reading_minutes = Set(i32::try_from(rendered.reading_minutes).unwrap_or(i32::MAX));
    row.published_on = Set(file.date);
    row.source_hash = Set(Some(hash.to_owned()));
    row.updated_at = Set(now);
    let saved = if existing.is_some() { row.update(txn).await? } else { row.insert(txn).await? };
    let revision = article_revision::ActiveModel {
        article_id: Set(saved.id),
        title: Set(saved.title.clone()),
        summary: Set(saved.summary.clone()),
        body_markdown: Set(file.body.clone()),
        origin: Set(article::ORIGIN_CONTENT.to_owned()),
        author: Set("content sync".to_owned()),
        note: Set(
            if existing.is_some() { "Updated from content/" } else { "Imported from content/" }.to_owned()
        ),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    article::ActiveModel {
        id: Set(saved.id),
        current_revision_id: Set(Some(revision.id)),
        ..Default::default()
    }
    .update(txn)
    .await?;
    index_outbox::ActiveModel {
        kind: Set("article".to_owned()),
        item_id: Set(saved.id),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(if existing.is_some() { Outcome::Updated } else { Outcome::Created })
}
