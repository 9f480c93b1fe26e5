//! Members submitting cases, and editors reviewing them: drafts, revisions, the review
//! history, publication. The states, who may move a case between them and the move itself
//! are the editorial kernel's (`crate::editorial`), as for posts.
//!
//! Policy: every save is a revision of the whole record; a draft may be incomplete but every
//! field it has is checked as an import's would be; submitting asks for the sections a case
//! cannot do without. Every change of state is a `case_events` row; a change readers can see
//! goes to the search outbox in the same transaction.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::check::{Problem, check};
use super::store::{Origin, write_case};
use crate::auth::{CurrentUser, Role};
use crate::cases::api::LinkItem;
use crate::cases::record::{CaseRecord, REQUIRED_TO_SUBMIT};
use crate::cases::submit_api::{CaseDraft, CaseRevisionDetail, CaseRow, MyCases};
use crate::db::entities::{case, case_event, case_revision};
use crate::editorial::RevisionItem;
use crate::editorial::Status;
use crate::editorial::ssr::{self as editorial, history_item, rfc3339};
use crate::editorial::{Action, may_edit};
use crate::error::{AppError, AppResult};

/// Where cases are stored, for the review workflow.
pub const CASES: editorial::Reviewed = editorial::Reviewed {
    kind: "case",
    table: "cases",
    events: "case_events",
    event_key: "case_id",
    schedules: false,
};

/// The state of `row`.
pub fn status_of(row: &case::Model) -> Status {
    Status::from_code(&row.status).unwrap_or(Status::Draft)
}

/// Whether `user` may see case `row` in the submission pages: its author and editors.
pub fn can_see(user: &CurrentUser, row: &case::Model) -> bool {
    user.has(Role::Editor) || row.owner_id == Some(user.id)
}

/// The case `id` as `user` may see it; 404 for anyone else, so a draft is not given away.
pub async fn case_for(db: &DatabaseConnection, user: &CurrentUser, id: i64) -> AppResult<case::Model> {
    let row = case::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    if can_see(user, &row) { Ok(row) } else { Err(AppError::NotFound) }
}

/// The record case `row` holds now.
pub async fn current_record(db: &DatabaseConnection, row: &case::Model) -> AppResult<CaseRecord> {
    let Some(id) = row.current_revision_id else { return Ok(CaseRecord::default()) };
    let revision = crate::db::entities::case_revision::Entity::find_by_id(id).one(db).await?;
    Ok(revision.and_then(|revision| serde_json::from_value(revision.record).ok()).unwrap_or_default())
}

/// Problems as form errors, named by the form's fields (countries are typed in one field, the
/// other facets are the topic checkboxes), each with the value at fault when it names one.
fn form_errors(problems: Vec<Problem>) -> AppError {
    AppError::InvalidFields(
        problems
            .into_iter()
            .map(|p| {
                let field = match p.field.as_str() {
                    "country" => "countries".to_owned(),
                    "domain" | "wsis" | "sdg" | "level" | "theme" => "tags".to_owned(),
                    _ => p.field,
                };
                crate::error::FieldError { field, key: p.key, value: p.value }
            })
            .collect(),
    )
}

/// A slug for a new case from its title: ASCII words, free among cases.
async fn free_slug<C: ConnectionTrait>(db: &C, title: &str) -> AppResult<String> {
    let ascii: String = crate::text::collate(title)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let mut base = ascii.split_whitespace().collect::<Vec<_>>().join("-");
    base.truncate(80);
    let base = base.trim_end_matches('-').to_owned();
    let base = if base.is_empty() { "case".to_owned() } else { base };
    for slug in crate::text::slug_candidates(&base) {
        let taken = case::Entity::find().filter(case::Column::Slug.eq(&slug)).one(db).await?;
        if taken.is_none() {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict)
}

/// Saves `record` as a new draft of `user` (`id` none) or a new revision of case `id`, and
/// with `submit` sends it to review. Returns the case's id.
pub async fn save_case(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: Option<i64>,
    mut record: CaseRecord,
    note: &str,
    submit: bool,
) -> AppResult<i64> {
    let existing = match id {
        Some(id) => {
            let row = case_for(db, user, id).await?;
            if !may_edit(row.owner_id == Some(user.id), user.has(Role::Editor), status_of(&row)) {
                return Err(AppError::Forbidden);
            }
            Some(row)
        }
        None => None,
    };
    // Attachments are not typed in the form: a save keeps them.
    if let Some(row) = &existing {
        let current = current_record(db, row).await?;
        for link in
            current.links.into_iter().filter(|link| link.url.starts_with(super::check::ATTACHMENT_PATH))
        {
            if !record.links.iter().any(|known| known.url == link.url) {
                record.links.push(link);
            }
        }
    }
    // The slug is the hub's business: kept for a case, made from the title for a new one.
    record.slug = match &existing {
        Some(row) => row.slug.clone(),
        None => "draft".to_owned(),
    };
    let mut checked = check(record).map_err(form_errors)?;
    if submit {
        let mut missing: Vec<Problem> = REQUIRED_TO_SUBMIT
            .iter()
            .filter(|key| checked.record.section(key).trim().is_empty())
            .map(|key| Problem {
                field: (*key).to_owned(),
                key: "case-error-required-section".to_owned(),
                value: None,
            })
            .collect();
        if !missing.is_empty() {
            missing.sort_by_key(|p| p.field.clone());
            return Err(form_errors(missing));
        }
    }
    let adapted_from = match checked.record.adapted_from.as_str() {
        "" => None,
        slug => {
            let found = case::Entity::find()
                .filter(case::Column::Slug.eq(slug))
                .filter(case::Column::Status.eq(Status::Published.code()))
                .one(db)
                .await?;
            match found {
                Some(found) if Some(found.id) != existing.as_ref().map(|row| row.id) => Some(found.id),
                _ => {
                    return Err(form_errors(vec![Problem {
                        field: "adapted_from".to_owned(),
                        key: "case-error-adapted-from-nowhere".to_owned(),
                        value: Some(slug.to_owned()),
                    }]));
                }
            }
        }
    };
    let (txn, turn) = crate::db::begin_write(db).await?;
    // Read again under the write lock: the state it is saved in is the state it is in.
    let item = match id {
        Some(id) => Some(editorial::editable_item(&txn, &CASES, user, id).await?),
        None => {
            checked.record.slug = free_slug(&txn, &checked.record.title).await?;
            None
        }
    };
    let origin = Origin {
        origin: "hub",
        author: user.name.clone(),
        note: note.trim().chars().take(300).collect(),
        status: Status::Draft,
        owner: Some(user.id),
        organisation: user.organisation_id,
    };
    let (case_id, _) = write_case(&txn, &checked, existing.as_ref(), adapted_from, &origin).await?;
    let row = case::Entity::find_by_id(case_id).one(&txn).await?.ok_or(AppError::Internal)?;
    match &item {
        Some(item) => {
            editorial::after_edit(&txn, &CASES, item, user, row.current_revision_id.unwrap_or_default())
                .await?;
        }
        None => {
            let step = editorial::Step {
                from: None,
                to: Status::Draft,
                actor: Some(user),
                comment: "",
                revision_id: row.current_revision_id,
            };
            editorial::record(&txn, &CASES, row.id, step).await?;
        }
    }
    txn.commit().await?;
    drop(turn);
    let status =
        item.map_or(Status::Draft, |item| crate::editorial::after_edit(item.status, user.has(Role::Editor)));
    if submit && status != Status::Submitted {
        act_on_case(db, user, case_id, Action::Submit, note).await?;
    }
    Ok(case_id)
}

/// Takes a review step on case `id`.
pub async fn act_on_case(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    action: Action,
    comment: &str,
) -> AppResult<Status> {
    editorial::act(db, &CASES, user, id, action, comment, None).await
}

/// The cases `user` submitted, newest change first; for editors, also every case waiting
/// for review or approved.
pub async fn my_cases(
    db: &DatabaseConnection,
    user: &CurrentUser,
) -> AppResult<(Vec<case::Model>, Vec<case::Model>)> {
    let own = case::Entity::find()
        .filter(case::Column::OwnerId.eq(user.id))
        .order_by_desc(case::Column::UpdatedAt)
        .all(db)
        .await?;
    let waiting = if user.has(Role::Editor) {
        case::Entity::find()
            .filter(case::Column::Status.is_in([Status::Submitted.code(), Status::Approved.code()]))
            .order_by_asc(case::Column::UpdatedAt)
            .all(db)
            .await?
    } else {
        Vec::new()
    };
    Ok((own, waiting))
}

fn row_of(row: &case::Model) -> CaseRow {
    CaseRow {
        id: row.id,
        title: row.title.clone(),
        status: status_of(row),
        updated: row.updated_at.date().to_string(),
    }
}

/// Case `id` as its author or an editor works on it: its record, attachments, history and
/// revisions.
pub async fn case_draft(db: &DatabaseConnection, user: &CurrentUser, id: i64) -> AppResult<CaseDraft> {
    let row = case_for(db, user, id).await?;
    let revisions = case_revision::Entity::find()
        .filter(case_revision::Column::CaseId.eq(row.id))
        .order_by_desc(case_revision::Column::Id)
        .all(db)
        .await?;
    let record: CaseRecord = revisions
        .iter()
        .find(|revision| Some(revision.id) == row.current_revision_id)
        .and_then(|revision| serde_json::from_value(revision.record.clone()).ok())
        .unwrap_or_default();
    let events = case_event::Entity::find()
        .filter(case_event::Column::CaseId.eq(row.id))
        .order_by_asc(case_event::Column::Id)
        .all(db)
        .await?;
    let attachments = record
        .links
        .iter()
        .filter(|link| link.url.starts_with(super::check::ATTACHMENT_PATH))
        .map(|link| LinkItem { label: link.label.clone(), url: link.url.clone() })
        .collect();
    Ok(CaseDraft {
        id: row.id,
        slug: row.slug.clone(),
        status: status_of(&row),
        can_edit: may_edit(row.owner_id == Some(user.id), user.has(Role::Editor), status_of(&row)),
        is_owner: row.owner_id == Some(user.id),
        is_editor: user.has(Role::Editor),
        attachments,
        history: events
            .into_iter()
            .map(|event| {
                history_item(
                    event.created_at,
                    event.actor_name,
                    event.from_status.as_deref(),
                    &event.to_status,
                    event.comment,
                )
            })
            .collect(),
        revisions: revisions
            .iter()
            .map(|revision| {
                let words =
                    serde_json::from_value::<CaseRecord>(revision.record.clone()).map_or(0, |record| {
                        crate::cases::record::SECTIONS
                            .iter()
                            .map(|(key, _)| record.section(key).split_whitespace().count())
                            .sum::<usize>()
                    });
                RevisionItem {
                    id: revision.id,
                    when: rfc3339(revision.created_at),
                    who: revision.author.clone(),
                    note: revision.note.clone(),
                    words: i64::try_from(words).unwrap_or(i64::MAX),
                }
            })
            .collect(),
        record,
    })
}

/// The viewer's cases and, for editors, those waiting for review, as list rows.
pub async fn my_case_rows(db: &DatabaseConnection, user: &CurrentUser) -> AppResult<MyCases> {
    let (own, waiting) = my_cases(db, user).await?;
    Ok(MyCases { own: own.iter().map(row_of).collect(), waiting: waiting.iter().map(row_of).collect() })
}

/// Revision `revision` of case `id`, as its author or an editor reads it.
pub async fn case_revision(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    revision: i64,
) -> AppResult<CaseRevisionDetail> {
    let row = case_for(db, user, id).await?;
    let ids: Vec<i64> = case_revision::Entity::find()
        .select_only()
        .column(case_revision::Column::Id)
        .filter(case_revision::Column::CaseId.eq(row.id))
        .order_by_asc(case_revision::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let position = ids.iter().position(|known| *known == revision).ok_or(AppError::NotFound)?;
    let saved = case_revision::Entity::find_by_id(revision).one(db).await?.ok_or(AppError::NotFound)?;
    let record: CaseRecord = serde_json::from_value(saved.record.clone()).unwrap_or_default();
    let words = crate::cases::record::SECTIONS
        .iter()
        .map(|(key, _)| record.section(key).split_whitespace().count())
        .sum::<usize>();
    Ok(CaseRevisionDetail {
        case_id: row.id,
        case_title: row.title.clone(),
        number: position as i64 + 1,
        count: ids.len() as i64,
        is_current: row.current_revision_id == Some(revision),
        item: RevisionItem {
            id: saved.id,
            when: rfc3339(saved.created_at),
            who: saved.author,
            note: saved.note,
            words: i64::try_from(words).unwrap_or(i64::MAX),
        },
        record,
    })
}
