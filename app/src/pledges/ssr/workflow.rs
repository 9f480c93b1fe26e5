//! Pledgers drafting pledges and editors reviewing them through the editorial kernel (the
//! same states, steps and rules as posts, cases and events); then, on a published pledge,
//! the pledger's progress reports, the editors' assessments of them, the pledger's replies
//! and withdrawal.
//!
//! Policy (who speaks for a pledge): the pledging organisation is the drafter's; every
//! account attached to it speaks for the published pledge (files reports, replies,
//! withdraws), as every such account coordinates its assessment cycles. Editors review and
//! assess. Nothing is deleted: a report, an assessment and a reply are written once, and a
//! withdrawn pledge stays, saying so with its date.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use time::OffsetDateTime;

use super::check::{check, check_comment, check_report};
use super::store::{Origin, write_pledge};
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{organisation, pledge, pledge_revision, pledge_step};
use crate::editorial::ssr::{self as editorial, history_item};
use crate::editorial::{Action, RevisionItem, Status};
use crate::error::{AppError, AppResult, FieldError};
use crate::pledges::api::{PledgeDraft, PledgeRevisionDetail};
use crate::pledges::record::{
    Assessment, Completion, MILESTONES_MAX, Milestone, PledgeRecord, Reply, Report,
};

/// Where pledges are stored, for the review workflow.
pub const PLEDGES: editorial::Reviewed = editorial::Reviewed {
    kind: super::kind::NAME,
    table: "pledges",
    events: "pledge_steps",
    event_key: "pledge_id",
    schedules: false,
};

/// Slugs that name pages of the list itself.
const RESERVED: [&str; 5] = ["world", "new", "draft", "export", "feed"];
/// Most revisions and steps a draft page lists.
const HISTORY_MAX: u64 = 500;

/// The record pledge `row` holds.
pub fn record_of(row: &pledge::Model) -> PledgeRecord {
    serde_json::from_value(row.record.clone()).unwrap_or_default()
}

/// Whether `user` speaks for the organisation that made pledge `row`.
pub fn speaks_for(user: &CurrentUser, row: &pledge::Model) -> bool {
    user.organisation_id.is_some() && user.organisation_id == row.organisation_id
}

fn today() -> time::Date {
    OffsetDateTime::now_utc().date()
}

fn invalid(field: &str, key: &str) -> AppError {
    AppError::InvalidFields(vec![FieldError::new(field, key)])
}

/// A slug for a new pledge from its title, free among pledges.
async fn free_slug<C: ConnectionTrait>(db: &C, title: &str) -> AppResult<String> {
    let mut base: String = crate::text::name_slug(title).chars().filter(char::is_ascii).collect();
    base.truncate(80);
    let base = base.trim_matches('-').to_owned();
    let base =
        if base.is_empty() || RESERVED.contains(&base.as_str()) { format!("pledge-{base}") } else { base };
    let base = base.trim_matches('-').to_owned();
    for slug in crate::text::slug_candidates(&base) {
        if pledge::Entity::find().filter(pledge::Column::Slug.eq(&slug)).one(db).await?.is_none() {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict)
}

/// The published pledge `slug`.
pub async fn published_pledge(db: &DatabaseConnection, slug: &str) -> AppResult<pledge::Model> {
    pledge::Entity::find()
        .filter(pledge::Column::Slug.eq(slug))
        .filter(pledge::Column::Status.eq(Status::Published.code()))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

fn revision_item(revision: &pledge_revision::Model) -> RevisionItem {
    let record: PledgeRecord = serde_json::from_value(revision.record.clone()).unwrap_or_default();
    let words = [&record.commitment, &record.baseline, &record.target]
        .iter()
        .map(|text| text.split_whitespace().count())
        .sum::<usize>();
    RevisionItem {
        id: revision.id,
        when: editorial::rfc3339(revision.created_at),
        who: revision.author.clone(),
        note: revision.note.clone(),
        words: i64::try_from(words).unwrap_or(i64::MAX),
    }
}

/// A pledge as the reader may work on it: a new one, or pledge `id`.
pub async fn draft(db: &DatabaseConnection, user: &CurrentUser, id: Option<i64>) -> AppResult<PledgeDraft> {
    let is_editor = user.has(Role::Editor);
    let waiting = if is_editor {
        pledge::Entity::find()
            .filter(pledge::Column::Status.is_in([Status::Submitted.code(), Status::Approved.code()]))
            .order_by_asc(pledge::Column::UpdatedAt)
            .limit(200)
            .all(db)
            .await?
            .into_iter()
            .map(|row| (row.id, row.title))
            .collect()
    } else {
        Vec::new()
    };
    let Some(id) = id else {
        let pledger = match user.organisation_id {
            Some(org) => {
                organisation::Entity::find_by_id(org).one(db).await?.map(|o| o.name).unwrap_or_default()
            }
            None => String::new(),
        };
        return Ok(PledgeDraft {
            id: None,
            values: std::collections::HashMap::from([("lang".to_owned(), "en".to_owned())]),
            milestones: 0,
            status: Status::Draft,
            slug: String::new(),
            pledger,
            editable: true,
            is_owner: true,
            is_editor,
            history: Vec::new(),
            revisions: Vec::new(),
            waiting,
        });
    };
    let item = editorial::item_for(db, &PLEDGES, user, id).await?;
    let row = pledge::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let pledger = match row.organisation_id {
        Some(org) => organisation::Entity::find_by_id(org).one(db).await?.map(|o| o.name).unwrap_or_default(),
        None => String::new(),
    };
    let history = pledge_step::Entity::find()
        .filter(pledge_step::Column::PledgeId.eq(id))
        .order_by_asc(pledge_step::Column::Id)
        .limit(HISTORY_MAX)
        .all(db)
        .await?
        .into_iter()
        .map(|step| {
            history_item(
                step.created_at,
                step.actor_name,
                step.from_status.as_deref(),
                &step.to_status,
                step.comment,
            )
        })
        .collect();
    let revisions = pledge_revision::Entity::find()
        .filter(pledge_revision::Column::PledgeId.eq(id))
        .order_by_asc(pledge_revision::Column::Id)
        .limit(HISTORY_MAX)
        .all(db)
        .await?
        .iter()
        .map(revision_item)
        .collect();
    let record = record_of(&row);
    Ok(PledgeDraft {
        id: Some(id),
        values: record.to_form(),
        milestones: i64::try_from(record.milestones.len()).unwrap_or(0),
        status: item.status,
        slug: row.slug,
        pledger,
        editable: item.editable_by(user),
        is_owner: item.owner_id == Some(user.id),
        is_editor,
        history,
        revisions,
        waiting,
    })
}

/// Saves `record` as a new pledge of `user`'s organisation (`id` none) or a new revision of
/// pledge `id`, and with `submit` sends it to review. Returns the pledge's id.
pub async fn save_pledge(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: Option<i64>,
    record: PledgeRecord,
    note: &str,
    submit: bool,
) -> AppResult<i64> {
    let organisation = match (id, user.organisation_id) {
        (Some(_), _) => None,
        (None, Some(org)) => {
            Some(organisation::Entity::find_by_id(org).one(db).await?.ok_or(AppError::NotFound)?)
        }
        (None, None) => return Err(invalid("form", "pledge-error-no-organisation")),
    };
    if let Some(id) = id {
        editorial::item_for(db, &PLEDGES, user, id).await?;
    }
    let checked = check(record).map_err(AppError::InvalidFields)?;
    let (txn, turn) = crate::db::begin_write(db).await?;
    let (item, existing, slug) = match id {
        Some(id) => {
            let item = editorial::editable_item(&txn, &PLEDGES, user, id).await?;
            let row = pledge::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?;
            let slug = row.slug.clone();
            (Some(item), Some(row), slug)
        }
        None => (None, None, free_slug(&txn, &checked.record.title).await?),
    };
    let origin = Origin {
        author: user.name.clone(),
        note: note.trim().chars().take(300).collect(),
        owner: Some(user.id),
        organisation: organisation.as_ref(),
        report: None,
    };
    let pledge_id = write_pledge(&txn, &checked, existing.as_ref(), &slug, &origin).await?;
    let row = pledge::Entity::find_by_id(pledge_id).one(&txn).await?.ok_or(AppError::Internal)?;
    match &item {
        Some(item) => {
            editorial::after_edit(&txn, &PLEDGES, item, user, row.current_revision_id.unwrap_or_default())
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
            editorial::record(&txn, &PLEDGES, row.id, step).await?;
        }
    }
    txn.commit().await?;
    drop(turn);
    let status =
        item.map_or(Status::Draft, |item| crate::editorial::after_edit(item.status, user.has(Role::Editor)));
    if submit && matches!(status, Status::Draft | Status::ChangesRequested) {
        editorial::act(db, &PLEDGES, user, pledge_id, Action::Submit, note, None).await?;
    }
    Ok(pledge_id)
}

/// Takes review step `action` on pledge `id` (the kernel dates its first publication).
pub async fn act_on_pledge(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    action: Action,
    comment: &str,
) -> AppResult<Status> {
    editorial::act(db, &PLEDGES, user, id, action, comment, None).await
}

/// Adds item `number` (from 1) of the actionable plan of the published event `event` as a
/// milestone of pledge `id`, as a new revision.
pub async fn add_plan_milestone(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    event: &str,
    number: &str,
) -> AppResult<()> {
    let item = editorial::editable_item(db, &PLEDGES, user, id).await?;
    let event = event.trim().trim_start_matches("/events/").trim_matches('/');
    if event.is_empty() || event.len() > 200 {
        return Err(invalid("event", "error-required"));
    }
    let plan = match crate::events::actionable_plan(db, event).await {
        Ok(plan) => plan,
        Err(AppError::NotFound) => return Err(invalid("event", "pledge-error-no-event")),
        Err(error) => return Err(error),
    };
    let Some(chosen) =
        number.trim().parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|n| plan.get(n))
    else {
        return Err(invalid("item", "pledge-error-no-plan-item"));
    };
    let row = pledge::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let mut record = record_of(&row);
    if record.milestones.len() >= MILESTONES_MAX {
        return Err(invalid("item", "pledge-error-too-many-milestones"));
    }
    let due = if chosen.due.is_empty() { record.ends.clone() } else { chosen.due.clone() };
    record.milestones.push(Milestone {
        title: chosen.action.chars().take(500).collect(),
        due,
        weight: None,
        completion: Completion::NotStarted,
    });
    // A plan item due after the pledge's end is named on the milestone's own row.
    let checked = check(record).map_err(AppError::InvalidFields)?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let now_item = editorial::editable_item(&txn, &PLEDGES, user, id).await?;
    if now_item.current_revision_id != item.current_revision_id {
        return Err(AppError::Conflict);
    }
    let origin = Origin {
        author: user.name.clone(),
        note: format!("milestone from /events/{event}"),
        owner: None,
        organisation: None,
        report: None,
    };
    write_pledge(&txn, &checked, Some(&row), &row.slug, &origin).await?;
    let current = pledge::Entity::find_by_id(id).one(&txn).await?.and_then(|r| r.current_revision_id);
    editorial::after_edit(&txn, &PLEDGES, &now_item, user, current.unwrap_or_default()).await?;
    txn.commit().await?;
    Ok(())
}

/// Files progress report `report` on the published pledge `slug`, as its pledger: the
/// milestones take the completion reported, and the report is kept as a revision.
pub async fn file_report(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    report: Report,
) -> AppResult<()> {
    let row = published_pledge(db, slug).await?;
    if !speaks_for(user, &row) {
        return Err(AppError::Forbidden);
    }
    if row.withdrawn_on.is_some() {
        return Err(AppError::Conflict);
    }
    let mut record = record_of(&row);
    check_report(&report, record.milestones.len()).map_err(AppError::InvalidFields)?;
    for (milestone, completion) in record.milestones.iter_mut().zip(&report.completion) {
        milestone.completion = *completion;
    }
    let checked = check(record).map_err(AppError::InvalidFields)?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let now = pledge::Entity::find_by_id(row.id).one(&txn).await?.ok_or(AppError::NotFound)?;
    if now.current_revision_id != row.current_revision_id {
        return Err(AppError::Conflict);
    }
    let origin = Origin {
        author: user.name.clone(),
        note: "progress report".to_owned(),
        owner: None,
        organisation: None,
        report: Some(&report),
    };
    write_pledge(&txn, &checked, Some(&row), &row.slug, &origin).await?;
    txn.commit().await?;
    Ok(())
}

/// The report `revision_id` of the published pledge `slug`.
async fn report_of(
    db: &DatabaseConnection,
    slug: &str,
    revision_id: &str,
) -> AppResult<(pledge::Model, pledge_revision::Model)> {
    let row = published_pledge(db, slug).await?;
    let revision_id: i64 = revision_id.trim().parse().map_err(|_| AppError::NotFound)?;
    let revision = pledge_revision::Entity::find_by_id(revision_id)
        .one(db)
        .await?
        .filter(|revision| revision.pledge_id == row.id && revision.report.is_some())
        .ok_or(AppError::NotFound)?;
    Ok((row, revision))
}

/// An editor's independent assessment of report `revision_id` of pledge `slug`.
pub async fn assess_report(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    revision_id: &str,
    completion: &str,
    comment: &str,
) -> AppResult<()> {
    if !user.has(Role::Editor) {
        return Err(AppError::Forbidden);
    }
    let (_, revision) = report_of(db, slug, revision_id).await?;
    let mut problems = check_comment("comment", comment).err().unwrap_or_default();
    let level = Completion::from_code(completion);
    if level.is_none() {
        problems.push(FieldError::new("completion", "error-required"));
    }
    if !problems.is_empty() {
        return Err(AppError::InvalidFields(problems));
    }
    if revision.assessment.is_some() {
        return Err(AppError::Conflict);
    }
    let assessment = Assessment {
        completion: level.unwrap_or_default(),
        comment: comment.trim().to_owned(),
        by: user.name.clone(),
        on: today().to_string(),
    };
    let updated = pledge_revision::Entity::update_many()
        .col_expr(
            pledge_revision::Column::Assessment,
            sea_orm::sea_query::Expr::value(serde_json::to_value(&assessment).unwrap_or_default()),
        )
        .filter(pledge_revision::Column::Id.eq(revision.id))
        .filter(pledge_revision::Column::Assessment.is_null())
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    Ok(())
}

/// The pledger's public reply to the assessment of report `revision_id` of pledge `slug`.
pub async fn reply_to_assessment(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    revision_id: &str,
    text: &str,
) -> AppResult<()> {
    let (row, revision) = report_of(db, slug, revision_id).await?;
    if !speaks_for(user, &row) {
        return Err(AppError::Forbidden);
    }
    check_comment("reply", text).map_err(AppError::InvalidFields)?;
    if revision.assessment.is_none() || revision.reply.is_some() {
        return Err(AppError::Conflict);
    }
    let reply = Reply { text: text.trim().to_owned(), by: user.name.clone(), on: today().to_string() };
    let updated = pledge_revision::Entity::update_many()
        .col_expr(
            pledge_revision::Column::Reply,
            sea_orm::sea_query::Expr::value(serde_json::to_value(&reply).unwrap_or_default()),
        )
        .filter(pledge_revision::Column::Id.eq(revision.id))
        .filter(pledge_revision::Column::Reply.is_null())
        .exec(db)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    Ok(())
}

/// Withdraws the published pledge `slug`, as its pledger or an editor: it stays, saying so
/// with the date and the reason.
pub async fn withdraw(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    reason: &str,
) -> AppResult<()> {
    let row = published_pledge(db, slug).await?;
    if !speaks_for(user, &row) && !user.has(Role::Editor) {
        return Err(AppError::Forbidden);
    }
    check_comment("withdraw_reason", reason).map_err(AppError::InvalidFields)?;
    if row.withdrawn_on.is_some() {
        return Err(AppError::Conflict);
    }
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let updated = pledge::Entity::update_many()
        .col_expr(pledge::Column::WithdrawnOn, sea_orm::sea_query::Expr::value(today()))
        .col_expr(pledge::Column::WithdrawnReason, sea_orm::sea_query::Expr::value(reason.trim()))
        .col_expr(pledge::Column::UpdatedAt, sea_orm::sea_query::Expr::value(OffsetDateTime::now_utc()))
        .filter(pledge::Column::Id.eq(row.id))
        .filter(pledge::Column::WithdrawnOn.is_null())
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    let step = editorial::Step {
        from: Some(Status::Published),
        to: Status::Published,
        actor: Some(user),
        comment: reason.trim(),
        revision_id: row.current_revision_id,
    };
    editorial::record(&txn, &PLEDGES, row.id, step).await?;
    crate::search::index::enqueue(&txn, super::kind::NAME, row.id).await?;
    txn.commit().await?;
    Ok(())
}

/// The form fields a revision page shows, in form order.
const REVISION_FIELDS: [&str; 8] =
    ["title", "commitment", "baseline", "target", "starts", "ends", "lang", "evidence_links"];

/// Revision `revision_id` of pledge `id`, for its drafter and editors (404 for anyone else).
pub async fn revision(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    revision_id: i64,
) -> AppResult<PledgeRevisionDetail> {
    let item = editorial::item_for(db, &PLEDGES, user, id).await?;
    let row = pledge::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let ids: Vec<i64> = pledge_revision::Entity::find()
        .select_only()
        .column(pledge_revision::Column::Id)
        .filter(pledge_revision::Column::PledgeId.eq(id))
        .order_by_asc(pledge_revision::Column::Id)
        .limit(HISTORY_MAX)
        .into_tuple()
        .all(db)
        .await?;
    let number = ids.iter().position(|known| *known == revision_id).ok_or(AppError::NotFound)?;
    let revision =
        pledge_revision::Entity::find_by_id(revision_id).one(db).await?.ok_or(AppError::NotFound)?;
    let record: PledgeRecord = serde_json::from_value(revision.record.clone()).unwrap_or_default();
    let form = record.to_form();
    let mut values: Vec<(String, String)> = REVISION_FIELDS
        .iter()
        .filter_map(|name| form.get(*name).filter(|v| !v.is_empty()).map(|v| ((*name).to_owned(), v.clone())))
        .collect();
    for milestone in &record.milestones {
        values.push((
            "milestone".to_owned(),
            format!("{} · {} · {}", milestone.due, milestone.title, milestone.completion.code()),
        ));
    }
    Ok(PledgeRevisionDetail {
        title: row.title,
        number: i64::try_from(number + 1).unwrap_or(1),
        count: i64::try_from(ids.len()).unwrap_or(0),
        is_current: item.current_revision_id == Some(revision_id),
        item: revision_item(&revision),
        values,
    })
}
