//! Members proposing events and editors reviewing them, through the editorial kernel (the
//! same states, steps and rules as posts and cases); organisers editing, cancelling or
//! postponing them (registrants are emailed and the calendar's `SEQUENCE` goes up) and
//! writing the outcome record.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::check::{check, check_outcome};
use super::registration::{self, CANCELLED, DECLINED};
use super::store::{Origin, write_event};
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{event, event_registration, event_revision, event_step};
use crate::editorial::RevisionItem;
use crate::editorial::ssr::{self as editorial, history_item};
use crate::editorial::{Action, Status};
use crate::error::{AppError, AppResult};
use crate::events::api::{EventDraft, EventRevisionDetail};
use crate::events::record::{EventRecord, Outcome};
use crate::i18n::Locale;
use crate::state::AppState;

/// Where events are stored, for the review workflow.
pub const EVENTS: editorial::Reviewed = editorial::Reviewed {
    kind: super::kind::NAME,
    table: "events",
    events: "event_steps",
    event_key: "event_id",
    schedules: false,
};

/// A slug for a new event from its title, free among events.
async fn free_slug<C: ConnectionTrait>(db: &C, title: &str) -> AppResult<String> {
    let mut base: String = crate::text::name_slug(title).chars().filter(char::is_ascii).collect();
    base.truncate(80);
    let base = base.trim_matches('-').to_owned();
    let base = if base.is_empty() { "event".to_owned() } else { base };
    for slug in crate::text::slug_candidates(&base) {
        if event::Entity::find().filter(event::Column::Slug.eq(&slug)).one(db).await?.is_none() {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict)
}

/// A proposal as the reader may work on it: a new one, or event `id`.
pub async fn draft(db: &DatabaseConnection, user: &CurrentUser, id: Option<i64>) -> AppResult<EventDraft> {
    let is_editor = user.has(Role::Editor);
    let waiting = if is_editor {
        event::Entity::find()
            .filter(event::Column::Status.is_in([Status::Submitted.code(), Status::Approved.code()]))
            .order_by_asc(event::Column::UpdatedAt)
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
        let values = HashMap::from([
            ("time_zone".to_owned(), "UTC".to_owned()),
            ("lang".to_owned(), "en".to_owned()),
            ("kind".to_owned(), "webinar".to_owned()),
        ]);
        return Ok(EventDraft {
            id: None,
            revisions: Vec::new(),
            values,
            status: Status::Draft,
            slug: String::new(),
            editable: true,
            is_owner: true,
            is_editor,
            history: Vec::new(),
            waiting,
        });
    };
    let item = editorial::item_for(db, &EVENTS, user, id).await?;
    let row = event::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let history = event_step::Entity::find()
        .filter(event_step::Column::EventId.eq(id))
        .order_by_asc(event_step::Column::Id)
        .limit(500)
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
    let revisions = event_revision::Entity::find()
        .filter(event_revision::Column::EventId.eq(id))
        .order_by_asc(event_revision::Column::Id)
        .limit(500)
        .all(db)
        .await?
        .into_iter()
        .map(|revision| revision_item(&revision))
        .collect();
    Ok(EventDraft {
        id: Some(id),
        revisions,
        values: super::queries::record_of(&row).to_form(),
        status: item.status,
        slug: row.slug,
        editable: item.editable_by(user),
        is_owner: item.owner_id == Some(user.id),
        is_editor,
        history,
        waiting,
    })
}

/// Saves `record` as a new proposal of `user` (`id` none) or a new revision of event `id`,
/// and with `submit` sends it to review. A published event whose time changed tells its
/// registrants. Returns the event's id.
pub async fn save_event(
    state: &AppState,
    user: &CurrentUser,
    id: Option<i64>,
    mut record: EventRecord,
    note: &str,
    submit: bool,
    locale: Locale,
) -> AppResult<i64> {
    let db = &state.db;
    let existing = match id {
        Some(id) => {
            let item = editorial::item_for(db, &EVENTS, user, id).await?;
            if !item.editable_by(user) {
                return Err(AppError::Forbidden);
            }
            Some(event::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?)
        }
        None => None,
    };
    // What is not typed in the form is kept: the slug and the outcome record.
    if let Some(row) = &existing {
        let current = super::queries::record_of(row);
        record.slug = row.slug.clone();
        record.outcome = current.outcome;
    } else {
        record.slug = "draft".to_owned();
    }
    let accepted = match &existing {
        Some(row) => registration::accepted_count(db, row.id).await?,
        None => 0,
    };
    let mut checked = check(record, accepted).map_err(AppError::InvalidFields)?;
    let (txn, turn) = crate::db::begin_write(db).await?;
    let item = match id {
        Some(id) => Some(editorial::editable_item(&txn, &EVENTS, user, id).await?),
        None => {
            checked.record.slug = free_slug(&txn, &checked.record.title).await?;
            None
        }
    };
    // Read again under the write lock, for the capacity and the time it had.
    let before = match id {
        Some(id) => Some(event::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound)?),
        None => None,
    };
    if let (Some(row), Some(capacity)) = (&before, checked.record.capacity) {
        let now_accepted = registration::accepted_count(&txn, row.id).await?;
        if u64::try_from(capacity).unwrap_or(0) < now_accepted {
            return Err(AppError::InvalidFields(vec![crate::error::FieldError {
                field: "capacity".to_owned(),
                key: "event-error-capacity-below-accepted".to_owned(),
                value: Some(now_accepted.to_string()),
            }]));
        }
    }
    let origin = Origin {
        author: user.name.clone(),
        note: note.trim().chars().take(300).collect(),
        status: Status::Draft,
        owner: Some(user.id),
        source_hash: None,
    };
    let event_id = write_event(&txn, &checked, before.as_ref(), &origin).await?;
    let row = event::Entity::find_by_id(event_id).one(&txn).await?.ok_or(AppError::Internal)?;
    match &item {
        Some(item) => {
            editorial::after_edit(&txn, &EVENTS, item, user, row.current_revision_id.unwrap_or_default())
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
            editorial::record(&txn, &EVENTS, row.id, step).await?;
        }
    }
    txn.commit().await?;
    drop(turn);
    if let Some(before) = &before
        && before.sequence != row.sequence
        && row.status == Status::Published.code()
    {
        tell_registrants(state, &row, "moved", locale).await?;
    }
    let status =
        item.map_or(Status::Draft, |item| crate::editorial::after_edit(item.status, user.has(Role::Editor)));
    if submit && status != Status::Submitted {
        editorial::act(db, &EVENTS, user, event_id, Action::Submit, note, None).await?;
    }
    Ok(event_id)
}

/// Takes review step `action` on event `id`.
pub async fn act_on_event(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    action: Action,
    comment: &str,
) -> AppResult<Status> {
    editorial::act(db, &EVENTS, user, id, action, comment, None).await
}

/// Emails everyone registered for `row` who still counts on it about `change`.
async fn tell_registrants(
    state: &AppState,
    row: &event::Model,
    change: &str,
    locale: Locale,
) -> AppResult<()> {
    let people = event_registration::Entity::find()
        .filter(event_registration::Column::EventId.eq(row.id))
        .filter(event_registration::Column::Status.is_not_in([CANCELLED, DECLINED]))
        .limit(registration::LIST_MAX)
        .all(&state.db)
        .await?;
    for person in people {
        let theirs = Locale::from_code(&person.lang).unwrap_or(locale);
        super::notify::changed(state, row, &person.name, &person.email, change, theirs);
    }
    Ok(())
}

/// Cancels (`cancelled`) or postpones (`postponed`) the published event `slug`, as its
/// organiser: the calendars' `SEQUENCE` goes up and its registrants are emailed.
pub async fn change_schedule(
    state: &AppState,
    user: &CurrentUser,
    slug: &str,
    change: &str,
    locale: Locale,
) -> AppResult<()> {
    if !matches!(change, "cancelled" | "postponed") {
        return Err(AppError::NotFound);
    }
    let row = super::queries::published_event(&state.db, slug).await?;
    if !super::queries::organises(user, &row) {
        return Err(AppError::Forbidden);
    }
    if row.schedule == "cancelled" || row.schedule == change {
        return Err(AppError::Conflict);
    }
    let (txn, _turn) = crate::db::begin_write(&state.db).await?;
    let updated = event::Entity::update_many()
        .col_expr(event::Column::Schedule, sea_orm::sea_query::Expr::value(change))
        .col_expr(event::Column::Sequence, sea_orm::sea_query::Expr::value(row.sequence + 1))
        .col_expr(event::Column::UpdatedAt, sea_orm::sea_query::Expr::value(time::OffsetDateTime::now_utc()))
        .filter(event::Column::Id.eq(row.id))
        .filter(event::Column::Sequence.eq(row.sequence))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    crate::search::index::enqueue(&txn, super::kind::NAME, row.id).await?;
    txn.commit().await?;
    let row = event::Entity::find_by_id(row.id).one(&state.db).await?.ok_or(AppError::Internal)?;
    tell_registrants(state, &row, change, locale).await
}

/// Saves the outcome record of the published event `slug`, as its organiser.
pub async fn save_outcome(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    outcome: Outcome,
) -> AppResult<()> {
    let row = super::queries::published_event(db, slug).await?;
    if !super::queries::organises(user, &row) {
        return Err(AppError::Forbidden);
    }
    check_outcome(&outcome).map_err(AppError::InvalidFields)?;
    let mut record = super::queries::record_of(&row);
    record.outcome = (!outcome.is_empty()).then_some(outcome);
    let checked = check(record, 0).map_err(AppError::InvalidFields)?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let origin = Origin {
        author: user.name.clone(),
        note: "outcome record".to_owned(),
        status: Status::Published,
        owner: row.owner_id,
        source_hash: None,
    };
    write_event(&txn, &checked, Some(&row), &origin).await?;
    txn.commit().await?;
    Ok(())
}

fn revision_item(revision: &event_revision::Model) -> RevisionItem {
    let record: EventRecord = serde_json::from_value(revision.record.clone()).unwrap_or_default();
    let words =
        [&record.summary, &record.agenda].iter().map(|text| text.split_whitespace().count()).sum::<usize>();
    RevisionItem {
        id: revision.id,
        when: crate::editorial::ssr::rfc3339(revision.created_at),
        who: revision.author.clone(),
        note: revision.note.clone(),
        words: i64::try_from(words).unwrap_or(i64::MAX),
    }
}

/// The form fields a revision page shows, in form order.
const REVISION_FIELDS: [&str; 20] = [
    "title",
    "summary",
    "kind",
    "format",
    "lang",
    "starts",
    "ends",
    "time_zone",
    "venue",
    "address",
    "online_url",
    "languages",
    "interpretation",
    "organisers",
    "moderators",
    "speakers",
    "agenda",
    "links",
    "countries",
    "capacity",
];

/// Revision `revision_id` of event `id`, for its proposer and editors (404 for anyone else).
pub async fn revision(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    revision_id: i64,
) -> AppResult<EventRevisionDetail> {
    let item = editorial::item_for(db, &EVENTS, user, id).await?;
    let row = event::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let ids: Vec<i64> = event_revision::Entity::find()
        .select_only()
        .column(event_revision::Column::Id)
        .filter(event_revision::Column::EventId.eq(id))
        .order_by_asc(event_revision::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let number = ids.iter().position(|known| *known == revision_id).ok_or(AppError::NotFound)?;
    let revision =
        event_revision::Entity::find_by_id(revision_id).one(db).await?.ok_or(AppError::NotFound)?;
    let record: EventRecord = serde_json::from_value(revision.record.clone()).unwrap_or_default();
    let form = record.to_form();
    let values = REVISION_FIELDS
        .iter()
        .filter_map(|name| {
            form.get(*name).filter(|value| !value.is_empty()).map(|value| ((*name).to_owned(), value.clone()))
        })
        .collect();
    Ok(EventRevisionDetail {
        title: row.title,
        number: i64::try_from(number + 1).unwrap_or(1),
        count: i64::try_from(ids.len()).unwrap_or(0),
        is_current: item.current_revision_id == Some(revision_id),
        item: revision_item(&revision),
        values,
    })
}
