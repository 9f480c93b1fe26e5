//! Writing a checked case: the row, its tags, a revision and the search outbox entry, in the
//! caller's transaction, so a case is written whole or not at all.

use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::check::{CheckedCase, labelled};
use crate::db::entities::{case, case_revision, case_tag};
use crate::editorial::Status;

/// What writing a record did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// A new case.
    Created,
    /// A new revision of an existing case.
    Updated,
    /// The case already holds exactly this record.
    Unchanged,
}

/// Who writes and why: kept in the revision; a new case starts in `status`, owned by `owner`.
#[derive(Clone, Debug)]
pub struct Origin {
    /// `import` or `hub`.
    pub origin: &'static str,
    /// A display name, or the file imported.
    pub author: String,
    /// Change note.
    pub note: String,
    /// State of a new case: published for an import, a draft for a member's submission.
    pub status: Status,
    /// The account a new case belongs to.
    pub owner: Option<i64>,
    /// The member organisation a new case speaks for.
    pub organisation: Option<i64>,
}

/// The SHA-256 of a record, as stored in `cases.source_hash`.
pub fn record_hash(checked: &CheckedCase, adapted_from_id: Option<i64>) -> String {
    let json = serde_json::to_vec(&(&checked.record, adapted_from_id)).unwrap_or_default();
    hex::encode(Sha256::digest(json))
}

/// Creates or updates the case `checked.record.slug`, unless it already holds this exact
/// record. `existing` is the current row, if any. Returns the case and its new revision.
pub async fn write_case<C: ConnectionTrait>(
    db: &C,
    checked: &CheckedCase,
    existing: Option<&case::Model>,
    adapted_from_id: Option<i64>,
    origin: &Origin,
) -> Result<(i64, Written), DbErr> {
    let hash = record_hash(checked, adapted_from_id);
    if let Some(row) = existing
        && row.source_hash.as_deref() == Some(hash.as_str())
    {
        return Ok((row.id, Written::Unchanged));
    }
    let now = OffsetDateTime::now_utc();
    let record = &checked.record;
    let json = |value: serde_json::Result<serde_json::Value>| value.unwrap_or(serde_json::Value::Null);
    let published_on = checked.published_on.or(existing.map(|row| row.published_on)).unwrap_or(now.date());
    let model = case::ActiveModel {
        id: existing.map_or(NotSet, |row| Set(row.id)),
        slug: Set(record.slug.clone()),
        lang: Set(record.lang.clone()),
        title: Set(record.title.clone()),
        summary: Set(record.summary.clone()),
        problem: Set(record.problem.clone()),
        solution: Set(record.solution.clone()),
        technologies: Set(record.technologies.clone()),
        results: Set(record.results.clone()),
        lessons: Set(record.lessons.clone()),
        transfer: Set(record.transfer.clone()),
        sections_html: Set(json(serde_json::to_value(&checked.sections_html))),
        evidence: Set(Some(record.evidence.clone()).filter(|v| !v.is_empty())),
        stage: Set(Some(record.stage.clone()).filter(|v| !v.is_empty())),
        cost_band: Set(Some(record.cost_band.clone()).filter(|v| !v.is_empty())),
        licence: Set(record.licence.clone()),
        started_on: Set(checked.started_on),
        ended_on: Set(checked.ended_on),
        contact: Set(record.contact.clone()),
        links: Set(json(serde_json::to_value(labelled(&record.links)))),
        organisations: Set(json(serde_json::to_value(&record.organisations))),
        adapted_from_id: Set(adapted_from_id),
        status: Set(existing.map_or_else(|| origin.status.code().to_owned(), |row| row.status.clone())),
        owner_id: existing.map_or(Set(origin.owner), |row| Set(row.owner_id)),
        organisation_id: existing.map_or(Set(origin.organisation), |row| Set(row.organisation_id)),
        completeness: Set(i32::from(checked.completeness)),
        published_on: Set(published_on),
        current_revision_id: existing.map_or(Set(None), |row| Set(row.current_revision_id)),
        source_hash: Set(Some(hash)),
        created_at: existing.map_or(Set(now), |row| Set(row.created_at)),
        updated_at: Set(now),
    };
    let row = if existing.is_some() { model.update(db).await? } else { model.insert(db).await? };
    case_tag::Entity::delete_many().filter(case_tag::Column::CaseId.eq(row.id)).exec(db).await?;
    if !checked.tags.is_empty() {
        case_tag::Entity::insert_many(checked.tags.iter().map(|(facet, code)| case_tag::ActiveModel {
            case_id: Set(row.id),
            facet: Set(facet.clone()),
            code: Set(code.clone()),
        }))
        .exec(db)
        .await?;
    }
    let revision = case_revision::ActiveModel {
        case_id: Set(row.id),
        record: Set(json(serde_json::to_value(record))),
        origin: Set(origin.origin.to_owned()),
        author: Set(origin.author.clone()),
        note: Set(origin.note.clone()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    case::ActiveModel { id: Set(row.id), current_revision_id: Set(Some(revision.id)), ..Default::default() }
        .update(db)
        .await?;
    enqueue(db, row.id).await?;
    Ok((row.id, if existing.is_some() { Written::Updated } else { Written::Created }))
}

/// Tells the search index that case `id` changed.
pub async fn enqueue<C: ConnectionTrait>(db: &C, id: i64) -> Result<(), DbErr> {
    crate::search::index::enqueue(db, "case", id).await.map(drop)
}
