//! Writing events: a checked record becomes the event's row and a new revision, in the
//! caller's transaction; and the sync of the shipped events in `content/events/*.toml`.
//!
//! Policy: the `SEQUENCE` calendars read goes up whenever the times change or the event is
//! cancelled or postponed, so a calendar that imported it takes the change. A content file
//! never overwrites an event edited in the hub since it was synced.

use std::path::Path;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set,
};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::check::{CheckedEvent, check};
use crate::db::entities::{event, event_revision};
use crate::editorial::Status;
use crate::events::record::EventRecord;

/// Who writes a revision, in which state a new event starts, and who owns it.
pub struct Origin {
    /// Name of the author of the revision (`content` for the content sync).
    pub author: String,
    /// What changed.
    pub note: String,
    /// State of a new event.
    pub status: Status,
    /// Its owner, for a new event.
    pub owner: Option<i64>,
    /// Hash of the content file, for the sync.
    pub source_hash: Option<String>,
}

/// Writes `checked` as a new event or a new revision of `existing`; returns its id.
pub async fn write_event<C: ConnectionTrait>(
    db: &C,
    checked: &CheckedEvent,
    existing: Option<&event::Model>,
    origin: &Origin,
) -> Result<i64, sea_orm::DbErr> {
    let now = OffsetDateTime::now_utc();
    let record = &checked.record;
    let json = serde_json::to_value(record).unwrap_or_default();
    let tags = serde_json::to_value(&checked.tags).unwrap_or_default();
    let agenda_html = crate::markdown::render(&record.agenda).html;
    let outcome =
        record.outcome.as_ref().filter(|o| !o.is_empty()).and_then(|o| serde_json::to_value(o).ok());
    let mut model = match existing {
        Some(row) => {
            let mut model: event::ActiveModel = row.clone().into();
            if row.starts_at != checked.starts_at
                || row.ends_at != checked.ends_at
                || row.all_day != checked.all_day
            {
                model.sequence = Set(row.sequence + 1);
                // A postponed event that gets its new time is on again.
                if row.schedule == "postponed" {
                    model.schedule = Set("scheduled".to_owned());
                }
            }
            model
        }
        None => event::ActiveModel {
            slug: Set(record.slug.clone()),
            sequence: Set(0),
            schedule: Set("scheduled".to_owned()),
            outcome_reminded_at: Set(None),
            registrations_purged: Set(false),
            status: Set(origin.status.code().to_owned()),
            owner_id: Set(origin.owner),
            published_on: Set((origin.status == Status::Published).then(|| now.date())),
            current_revision_id: Set(None),
            created_at: Set(now),
            ..Default::default()
        },
    };
    model.lang = Set(record.lang.clone());
    model.title = Set(record.title.clone());
    model.summary = Set(record.summary.clone());
    model.kind = Set(record.kind.clone());
    model.format = Set(record.format.clone());
    model.starts_at = Set(checked.starts_at);
    model.ends_at = Set(checked.ends_at);
    model.all_day = Set(checked.all_day);
    model.time_zone = Set(record.time_zone.clone());
    model.venue = Set(record.venue.clone());
    model.address = Set(record.address.clone());
    model.online_url = Set(record.online_url.clone());
    model.record = Set(json.clone());
    model.agenda_html = Set(agenda_html);
    model.tags = Set(tags);
    model.registration_open = Set(record.registration);
    model.capacity = Set(record.capacity.and_then(|c| i32::try_from(c).ok()));
    model.waitlist = Set(record.waitlist);
    model.moderated = Set(record.moderated);
    model.outcome = Set(outcome);
    model.updated_at = Set(now);
    if origin.source_hash.is_some() {
        model.source_hash = Set(origin.source_hash.clone());
    }
    let id = match existing {
        Some(_) => model.update(db).await?.id,
        None => model.insert(db).await?.id,
    };
    let revision = event_revision::ActiveModel {
        event_id: Set(id),
        record: Set(json),
        author: Set(origin.author.clone()),
        note: Set(origin.note.clone()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    event::ActiveModel { id: Set(id), current_revision_id: Set(Some(revision.id)), ..Default::default() }
        .update(db)
        .await?;
    let status = match existing {
        Some(row) => row.status.clone(),
        None => origin.status.code().to_owned(),
    };
    if status == Status::Published.code() {
        crate::search::index::enqueue(db, super::kind::NAME, id).await?;
    }
    Ok(id)
}

/// What a sync of the content's events did.
#[derive(Clone, Debug, Default)]
pub struct SyncReport {
    /// New events.
    pub created: u64,
    /// Events whose file changed.
    pub updated: u64,
    /// Files unchanged, or events edited in the hub since.
    pub unchanged: u64,
    /// Files skipped, with the reason.
    pub problems: Vec<String>,
}

/// Syncs `dir/*.toml` (each an [`EventRecord`], the file name its slug) into the database:
/// new files become published events, changed files new revisions.
pub async fn sync_dir(db: &DatabaseConnection, dir: &Path) -> anyhow::Result<SyncReport> {
    let mut report = SyncReport::default();
    if !dir.is_dir() {
        return Ok(report);
    }
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let bytes = std::fs::read(&path)?;
        let hash = hex::encode(Sha256::digest(&bytes));
        let slug = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let mut record: EventRecord = match std::str::from_utf8(&bytes)
            .map_err(|e| e.to_string())
            .and_then(|text| toml::from_str(text).map_err(|e| e.to_string()))
        {
            Ok(record) => record,
            Err(reason) => {
                report.problems.push(format!("{}: {reason}", path.display()));
                continue;
            }
        };
        record.slug = slug.clone();
        let existing = event::Entity::find().filter(event::Column::Slug.eq(&slug)).one(db).await?;
        if let Some(row) = &existing {
            let edited_here = match row.current_revision_id {
                Some(id) => event_revision::Entity::find_by_id(id)
                    .one(db)
                    .await?
                    .is_some_and(|r| r.author != "content"),
                None => false,
            };
            if row.source_hash.as_deref() == Some(hash.as_str()) || edited_here {
                report.unchanged += 1;
                continue;
            }
        }
        let checked = match check(record, 0) {
            Ok(checked) => checked,
            Err(problems) => {
                let list: Vec<String> = problems.iter().map(|p| format!("{}: {}", p.field, p.key)).collect();
                report.problems.push(format!("{}: {}", path.display(), list.join(", ")));
                continue;
            }
        };
        let origin = Origin {
            author: "content".to_owned(),
            note: "content/events".to_owned(),
            status: Status::Published,
            owner: None,
            source_hash: Some(hash),
        };
        let (txn, _turn) = crate::db::begin_write(db).await?;
        write_event(&txn, &checked, existing.as_ref(), &origin).await?;
        txn.commit().await?;
        if existing.is_some() {
            report.updated += 1;
        } else {
            report.created += 1;
        }
    }
    Ok(report)
}
