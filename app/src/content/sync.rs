//! Syncing `content/` into the database.

use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter,
};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::front_matter::{ContentFile, IssueFront, is_issue_month, is_valid_slug, parse, parse_issue};
use crate::db::entities::{article, article_event, article_revision, blog_issue, organisation};
use crate::editorial::Status;
use crate::markdown;
use crate::text::name_slug;

/// The file in an issue's `YYYY-MM` folder that describes the issue itself.
pub const ISSUE_FILE: &str = "_issue.md";

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
    /// Issues of the series (`YYYY-MM`) stored or changed.
    pub issues: Vec<String>,
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
    let (issue_files, files): (Vec<_>, Vec<_>) =
        files.into_iter().partition(|(path, _)| path.file_name().is_some_and(|name| name == ISSUE_FILE));
    for (path, bytes) in issue_files {
        sync_issue(db, &path, bytes, &mut report).await?;
    }
    let mut seen = std::collections::HashMap::<String, PathBuf>::new();
    let mut translations = Vec::new();
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
        let month = file.front.issue.clone().or_else(|| folder_month(&path));
        let issue_id = match &month {
            None => None,
            Some(month) => {
                let issue =
                    blog_issue::Entity::find().filter(blog_issue::Column::Month.eq(month)).one(db).await?;
                let Some(issue) = issue else {
                    report.problems.push(problem(
                        0,
                        format!("the issue {month} does not exist: add content/blog/{month}/{ISSUE_FILE}"),
                    ));
                    continue;
                };
                Some(issue.id)
            }
        };
        if let Some(original) = file.front.translation_of.clone() {
            translations.push((path.clone(), slug.clone(), original));
        }
        let (txn, _turn) = crate::db::begin_write(db).await?;
        let outcome = upsert(&txn, &slug, &file, &hash, issue_id).await?;
        txn.commit().await?;
        match outcome {
            Outcome::Created => report.created.push(slug),
            Outcome::Updated => report.updated.push(slug),
            Outcome::Unchanged => report.unchanged += 1,
            Outcome::KeptEdit => report.kept_edits.push(slug),
        }
    }
    for (path, slug, original) in translations {
        if let Some(message) = link_translation(db, &slug, &original).await? {
            report.problems.push(FileProblem { path, line: 0, message });
        }
    }
    Ok(report)
}

/// Links post `slug` as the translation of post `original`, as its `translation_of` says.
/// Returns what is wrong with the declaration, if anything.
async fn link_translation(
    db: &DatabaseConnection,
    slug: &str,
    original: &str,
) -> anyhow::Result<Option<String>> {
    let id_of = |slug: &str| article::Entity::find().filter(article::Column::Slug.eq(slug)).one(db);
    let (Some(item), Some(original_row)) = (id_of(slug).await?, id_of(original).await?) else {
        return Ok(Some(format!("translation_of: no post has the slug `{original}`")));
    };
    let kinds = [crate::blog::KIND];
    match crate::translations::link_existing(db, &kinds, "article", item.id, original_row.id).await {
        Ok(()) => Ok(None),
        Err(crate::error::AppError::Invalid { message, .. }) => {
            Ok(Some(format!("translation_of: {}", crate::i18n::Locale::En.text(&message))))
        }
        Err(err) => Err(anyhow::anyhow!("linking the translation failed: {err}")),
    }
}

/// The `YYYY-MM` name of the folder `path` is in, if it is one.
fn folder_month(path: &Path) -> Option<String> {
    let folder = path.parent()?.file_name()?.to_str()?;
    is_issue_month(folder).then(|| folder.to_owned())
}

/// Upserts the issue described by an `_issue.md` file, by month (its folder's name).
async fn sync_issue(
    db: &DatabaseConnection,
    path: &Path,
    bytes: Vec<u8>,
    report: &mut SyncReport,
) -> anyhow::Result<()> {
    let problem = |line: usize, message: String| FileProblem { path: path.to_owned(), line, message };
    let Some(month) = folder_month(path) else {
        report.problems.push(problem(
            0,
            format!("{ISSUE_FILE} must be in a folder named after its month, such as 2026-11"),
        ));
        return Ok(());
    };
    let hash = hex::encode(Sha256::digest(&bytes));
    let Ok(text) = String::from_utf8(bytes) else {
        report.problems.push(problem(0, "the file is not valid UTF-8".into()));
        return Ok(());
    };
    let file: ContentFile<IssueFront> = match parse_issue(&text) {
        Ok(file) => file,
        Err(err) => {
            report.problems.push(problem(err.line, err.message));
            return Ok(());
        }
    };
    let existing = blog_issue::Entity::find().filter(blog_issue::Column::Month.eq(&month)).one(db).await?;
    if existing.as_ref().is_some_and(|issue| issue.source_hash.as_deref() == Some(hash.as_str())) {
        report.unchanged += 1;
        return Ok(());
    }
    let number_taken = blog_issue::Entity::find()
        .filter(blog_issue::Column::Number.eq(file.front.number))
        .filter(blog_issue::Column::Month.ne(&month))
        .one(db)
        .await?;
    if let Some(other) = number_taken {
        report
            .problems
            .push(problem(2, format!("issue number {} is already issue {}", file.front.number, other.month)));
        return Ok(());
    }
    let now = OffsetDateTime::now_utc();
    let rendered = markdown::render(&file.body);
    let front = file.front;
    let mut row = match &existing {
        Some(existing) => blog_issue::ActiveModel { id: Set(existing.id), ..Default::default() },
        None => {
            blog_issue::ActiveModel { month: Set(month.clone()), created_at: Set(now), ..Default::default() }
        }
    };
    row.number = Set(front.number);
    row.theme = Set(front.theme.trim().to_owned());
    row.summary = Set(front.summary.trim().to_owned());
    row.editor = Set(front.editor.trim().to_owned());
    row.lang = Set(front.lang);
    row.intro_markdown = Set(file.body);
    row.intro_html = Set(rendered.html);
    row.status = Set(crate::blog::ISSUE_PUBLISHED.to_owned());
    row.published_on = Set(Some(file.date));
    row.source_hash = Set(Some(hash));
    row.updated_at = Set(now);
    if existing.is_some() {
        row.update(db).await?;
    } else {
        row.insert(db).await?;
    }
    report.issues.push(month);
    Ok(())
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
    issue_id: Option<i64>,
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
    row.issue_id = Set(issue_id);
    row.status = Set(Status::Published.code().to_owned());
    row.publish_at = Set(None);
    let organisation = first_organisation(txn, front).await?;
    row.organisation_id = Set(organisation.as_ref().map(|org| org.id));
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
    let mut tags: Vec<(String, String)> = front
        .tags
        .iter()
        .flat_map(|(facet, codes)| codes.iter().map(move |code| (facet.clone(), code.clone())))
        .collect();
    tags.extend(front.authors.iter().map(|author| ("author".to_owned(), name_slug(&author.name))));
    crate::blog::replace_tags(txn, saved.id, tags).await?;
    if existing.as_ref().is_none_or(|row| row.status != Status::Published.code()) {
        article_event::ActiveModel {
            article_id: Set(saved.id),
            from_status: Set(existing.as_ref().map(|row| row.status.clone())),
            to_status: Set(Status::Published.code().to_owned()),
            actor_id: Set(None),
            actor_name: Set("content sync".to_owned()),
            comment: Set(String::new()),
            revision_id: Set(Some(revision.id)),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    crate::search::index::enqueue(txn, "article", saved.id).await?;
    Ok(if existing.is_some() { Outcome::Updated } else { Outcome::Created })
}

/// The member organisation named by the first author that names one, matched by name or
/// slug; none when no member organisation has that name.
async fn first_organisation(
    txn: &DatabaseTransaction,
    front: &super::FrontMatter,
) -> anyhow::Result<Option<organisation::Model>> {
    for name in front.authors.iter().filter_map(|author| author.organisation.as_deref()) {
        let found = organisation::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(organisation::Column::Name.eq(name.trim()))
                    .add(organisation::Column::Slug.eq(name_slug(name))),
            )
            .one(txn)
            .await?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}
