//! Writing pledges: a checked record becomes the pledge's row and a new revision, in the
//! caller's transaction; a progress report is such a revision that carries the report.

use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use time::OffsetDateTime;

use super::check::CheckedPledge;
use crate::db::entities::{organisation, pledge, pledge_revision};
use crate::editorial::Status;
use crate::pledges::record::Report;

/// Who writes a revision and, for a new pledge, for which organisation.
pub struct Origin<'a> {
    /// Name of the author of the revision.
    pub author: String,
    /// What changed.
    pub note: String,
    /// The account that drafts a new pledge.
    pub owner: Option<i64>,
    /// The pledging organisation of a new pledge.
    pub organisation: Option<&'a organisation::Model>,
    /// The progress report the revision carries.
    pub report: Option<&'a Report>,
}

/// Writes `checked` as a new pledge (with `slug`) or a new revision of `existing`; returns
/// its id.
pub async fn write_pledge<C: ConnectionTrait>(
    db: &C,
    checked: &CheckedPledge,
    existing: Option<&pledge::Model>,
    slug: &str,
    origin: &Origin<'_>,
) -> Result<i64, sea_orm::DbErr> {
    let now = OffsetDateTime::now_utc();
    let record = &checked.record;
    let json = serde_json::to_value(record).unwrap_or_default();
    let mut model = match existing {
        Some(row) => row.clone().into(),
        None => {
            let country = origin.organisation.and_then(|o| o.country.clone());
            let region = country
                .as_deref()
                .and_then(crate::taxonomy::country)
                .map(|c| c.region_code())
                .filter(|code| !code.is_empty());
            pledge::ActiveModel {
                slug: Set(slug.to_owned()),
                organisation_id: Set(origin.organisation.map(|o| o.id)),
                country: Set(country),
                region: Set(region),
                stakeholder_group: Set(origin
                    .organisation
                    .map(|o| o.stakeholder_group.clone())
                    .unwrap_or_default()),
                last_report_on: Set(None),
                withdrawn_on: Set(None),
                withdrawn_reason: Set(String::new()),
                status: Set(Status::Draft.code().to_owned()),
                owner_id: Set(origin.owner),
                published_on: Set(None),
                current_revision_id: Set(None),
                created_at: Set(now),
                ..Default::default()
            }
        }
    };
    model.lang = Set(record.lang.clone());
    model.title = Set(record.title.clone());
    model.commitment = Set(record.commitment.clone());
    model.record = Set(json.clone());
    model.tags = Set(serde_json::to_value(&record.tags).unwrap_or_default());
    model.starts_on = Set(checked.starts);
    model.ends_on = Set(checked.ends);
    if origin.report.is_some() {
        model.last_report_on = Set(Some(now.date()));
    }
    model.updated_at = Set(now);
    let id = match existing {
        Some(_) => model.update(db).await?.id,
        None => model.insert(db).await?.id,
    };
    let revision = pledge_revision::ActiveModel {
        pledge_id: Set(id),
        record: Set(json),
        report: Set(origin.report.and_then(|report| serde_json::to_value(report).ok())),
        assessment: Set(None),
        reply: Set(None),
        author: Set(origin.author.clone()),
        note: Set(origin.note.clone()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    pledge::ActiveModel { id: Set(id), current_revision_id: Set(Some(revision.id)), ..Default::default() }
        .update(db)
        .await?;
    if existing.is_some_and(|row| row.status == Status::Published.code()) {
        crate::search::index::enqueue(db, super::kind::NAME, id).await?;
    }
    Ok(id)
}
