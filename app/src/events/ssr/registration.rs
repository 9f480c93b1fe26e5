//! Registration for events: sign-up with a name and an email, capacity and a first-come
//! waiting list, optional moderation, cancellation through the emailed link, and what the
//! organiser does with the list.
//!
//! Policy: every change to an event's registrations happens inside one write transaction
//! that first locks the event's row (`SELECT … FOR UPDATE` on PostgreSQL, the immediate
//! transaction on SQLite), so however many people register at once, no more are accepted
//! than the capacity. A place freed by a cancellation goes to the first on the waiting list
//! in the same transaction. Registrants' data is seen by them (through their link) and the
//! organiser only, never logged, and deleted a set time after the event.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use time::OffsetDateTime;

use crate::auth::CurrentUser;
use crate::db::entities::{event, event_registration};
use crate::editorial::Status;
use crate::error::{AppError, AppResult, FieldError};
use crate::i18n::Locale;
use crate::secrets::{Token, hash_token};
use crate::state::AppState;

/// Most registrations an event takes (waiting list included), and its lists show.
pub const LIST_MAX: u64 = 10_000;
/// Longest name.
const NAME_MAX: usize = 200;

/// Registration states.
pub const PENDING: &str = "pending";
/// Has a place.
pub const ACCEPTED: &str = "accepted";
/// Waits for a place.
pub const WAITLISTED: &str = "waitlisted";
/// Refused by the organiser.
pub const DECLINED: &str = "declined";
/// Cancelled by the registrant.
pub const CANCELLED: &str = "cancelled";

/// How many people have a place at event `event_id`.
pub async fn accepted_count<C: ConnectionTrait>(db: &C, event_id: i64) -> Result<u64, sea_orm::DbErr> {
    event_registration::Entity::find()
        .filter(event_registration::Column::EventId.eq(event_id))
        .filter(event_registration::Column::Status.eq(ACCEPTED))
        .count(db)
        .await
}

/// Event `id` read under the write lock.
async fn locked_event<C: ConnectionTrait>(db: &C, id: i64) -> AppResult<event::Model> {
    let mut query = event::Entity::find_by_id(id);
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        query = query.lock_exclusive();
    }
    query.one(db).await?.ok_or(AppError::NotFound)
}

/// The registration holding `token` and its event.
pub async fn by_token(
    db: &DatabaseConnection,
    token: &str,
) -> AppResult<(event_registration::Model, event::Model)> {
    if token.is_empty() || token.len() > 100 {
        return Err(AppError::NotFound);
    }
    let registration = event_registration::Entity::find()
        .filter(event_registration::Column::TokenHash.eq(hash_token(token)))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let row = event::Entity::find_by_id(registration.event_id).one(db).await?.ok_or(AppError::NotFound)?;
    Ok((registration, row))
}

fn form_error(key: &str) -> AppError {
    AppError::InvalidFields(vec![FieldError::new("form", key)])
}

/// What a registration came to.
pub struct Registered {
    /// Its state.
    pub status: String,
    /// The secret of its link.
    pub token: String,
}

/// Registers `name` and `email` for the published event `slug`: accepted while places are
/// left, on the waiting list when full (if it has one), pending when the organiser accepts
/// each registration. Emails the registrant. Registrations from one client `address` are
/// limited, like sign-ins and join requests, so that nobody can make the hub send mail
/// without bound.
pub async fn register(
    state: &AppState,
    slug: &str,
    name: &str,
    email: &str,
    address: &str,
    locale: Locale,
) -> AppResult<Registered> {
    let mut problems = crate::forms::ssr::Problems::default();
    let name = name.trim();
    problems.text("name", name, true, NAME_MAX);
    let email = problems.email("email", email);
    problems.into_result()?;
    crate::auth::limit_registration(state, address).await?;
    let row = super::queries::published_event(&state.db, slug).await?;
    let token = Token::generate()?;
    let now = OffsetDateTime::now_utc();
    let (txn, _turn) = crate::db::begin_write(&state.db).await?;
    let row = locked_event(&txn, row.id).await?;
    if row.status != Status::Published.code() {
        return Err(AppError::NotFound);
    }
    if !row.registration_open || row.schedule == "cancelled" {
        return Err(form_error("event-error-registration-closed"));
    }
    if row.starts_at <= now {
        return Err(form_error("event-error-registration-over"));
    }
    let existing = event_registration::Entity::find()
        .filter(event_registration::Column::EventId.eq(row.id))
        .filter(event_registration::Column::Email.eq(&email))
        .one(&txn)
        .await?;
    if existing.as_ref().is_some_and(|r| r.status != CANCELLED) {
        return Err(AppError::InvalidFields(vec![FieldError::new(
            "email",
            "event-error-already-registered",
        )]));
    }
    let all = event_registration::Entity::find()
        .filter(event_registration::Column::EventId.eq(row.id))
        .count(&txn)
        .await?;
    if all >= LIST_MAX {
        // However open an event is, its list has a bound.
        return Err(form_error("event-error-full"));
    }
    let accepted = accepted_count(&txn, row.id).await?;
    let full = row.capacity.is_some_and(|capacity| accepted >= u64::try_from(capacity).unwrap_or(0));
    let status = if row.moderated {
        PENDING
    } else if !full {
        ACCEPTED
    } else if row.waitlist {
        WAITLISTED
    } else {
        return Err(form_error("event-error-full"));
    };
    match existing {
        Some(old) => {
            let mut model: event_registration::ActiveModel = old.into();
            model.name = Set(name.to_owned());
            model.status = Set(status.to_owned());
            model.token_hash = Set(token.hash.clone());
            model.reminded_day = Set(false);
            model.reminded_hour = Set(false);
            model.created_at = Set(now);
            model.updated_at = Set(now);
            model.update(&txn).await?;
        }
        None => {
            event_registration::ActiveModel {
                event_id: Set(row.id),
                name: Set(name.to_owned()),
                email: Set(email.clone()),
                status: Set(status.to_owned()),
                token_hash: Set(token.hash.clone()),
                reminded_day: Set(false),
                reminded_hour: Set(false),
                created_at: Set(now),
                updated_at: Set(now),
                lang: Set(locale.code().to_owned()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    txn.commit().await?;
    super::notify::registered(state, &row, name, &email, status, &token.secret, locale);
    Ok(Registered { status: status.to_owned(), token: token.secret })
}

/// Gives the first people on the waiting list of `row` the places left, in order of
/// arrival; returns who moved up, with their new link secrets.
async fn promote<C: ConnectionTrait>(
    db: &C,
    row: &event::Model,
) -> AppResult<Vec<(event_registration::Model, String)>> {
    let accepted = accepted_count(db, row.id).await?;
    let free = match row.capacity {
        Some(capacity) => u64::try_from(capacity).unwrap_or(0).saturating_sub(accepted),
        None => u64::MAX,
    };
    if free == 0 {
        return Ok(Vec::new());
    }
    let waiting = event_registration::Entity::find()
        .filter(event_registration::Column::EventId.eq(row.id))
        .filter(event_registration::Column::Status.eq(WAITLISTED))
        .order_by_asc(event_registration::Column::Id)
        .limit(free.min(LIST_MAX))
        .all(db)
        .await?;
    let mut moved = Vec::new();
    for person in waiting {
        // A new link for the email that tells them; the old one keeps nothing.
        let token = Token::generate()?;
        let mut model: event_registration::ActiveModel = person.clone().into();
        model.status = Set(ACCEPTED.to_owned());
        model.token_hash = Set(token.hash);
        model.updated_at = Set(OffsetDateTime::now_utc());
        let person = model.update(db).await?;
        moved.push((person, token.secret));
    }
    Ok(moved)
}

/// Cancels the registration holding `token`; the first on the waiting list takes the place.
pub async fn cancel(state: &AppState, token: &str, locale: Locale) -> AppResult<String> {
    let (registration, row) = by_token(&state.db, token).await?;
    let (txn, _turn) = crate::db::begin_write(&state.db).await?;
    let row = locked_event(&txn, row.id).await?;
    let current =
        event_registration::Entity::find_by_id(registration.id).one(&txn).await?.ok_or(AppError::NotFound)?;
    if current.status == CANCELLED {
        return Ok(row.slug);
    }
    let mut model: event_registration::ActiveModel = current.into();
    model.status = Set(CANCELLED.to_owned());
    model.updated_at = Set(OffsetDateTime::now_utc());
    model.update(&txn).await?;
    let moved =
        if row.starts_at > OffsetDateTime::now_utc() { promote(&txn, &row).await? } else { Vec::new() };
    txn.commit().await?;
    for (person, secret) in moved {
        let theirs = Locale::from_code(&person.lang).unwrap_or(locale);
        super::notify::registered(state, &row, &person.name, &person.email, ACCEPTED, &secret, theirs);
    }
    Ok(row.slug)
}

/// The organiser's decision on registration `id` of event `slug`: `accept` (within the
/// capacity) or `decline`.
pub async fn decide(
    state: &AppState,
    user: &CurrentUser,
    slug: &str,
    id: i64,
    accept: bool,
    locale: Locale,
) -> AppResult<()> {
    let row = super::queries::published_event(&state.db, slug).await?;
    if !super::queries::organises(user, &row) {
        return Err(AppError::Forbidden);
    }
    let (txn, _turn) = crate::db::begin_write(&state.db).await?;
    let row = locked_event(&txn, row.id).await?;
    let person = event_registration::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .filter(|r| r.event_id == row.id)
        .ok_or(AppError::NotFound)?;
    if person.status == CANCELLED {
        return Err(AppError::Conflict);
    }
    let accepted = accepted_count(&txn, row.id).await?;
    let full = row.capacity.is_some_and(|capacity| accepted >= u64::try_from(capacity).unwrap_or(0));
    if accept && person.status != ACCEPTED && full {
        return Err(form_error("event-error-full"));
    }
    let token = Token::generate()?;
    let status = if accept { ACCEPTED } else { DECLINED };
    let was_accepted = person.status == ACCEPTED;
    let mut model: event_registration::ActiveModel = person.clone().into();
    model.status = Set(status.to_owned());
    model.token_hash = Set(token.hash);
    model.updated_at = Set(OffsetDateTime::now_utc());
    model.update(&txn).await?;
    let moved = if was_accepted && !accept { promote(&txn, &row).await? } else { Vec::new() };
    txn.commit().await?;
    let theirs = Locale::from_code(&person.lang).unwrap_or(locale);
    super::notify::registered(state, &row, &person.name, &person.email, status, &token.secret, theirs);
    for (person, secret) in moved {
        let theirs = Locale::from_code(&person.lang).unwrap_or(locale);
        super::notify::registered(state, &row, &person.name, &person.email, ACCEPTED, &secret, theirs);
    }
    Ok(())
}

/// What spreadsheets may run as a formula when a cell starts with it.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` as written to a file: with a `'` in front when it starts like a formula.
fn safe_cell(cell: &str) -> String {
    if cell.trim_start_matches('\'').starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// The registrations of event `slug` as CSV, for its organiser.
pub async fn export_csv(db: &DatabaseConnection, user: &CurrentUser, slug: &str) -> AppResult<String> {
    let row = super::queries::published_event(db, slug).await?;
    if !super::queries::organises(user, &row) {
        return Err(AppError::Forbidden);
    }
    let people = event_registration::Entity::find()
        .filter(event_registration::Column::EventId.eq(row.id))
        .order_by_asc(event_registration::Column::Id)
        .limit(LIST_MAX)
        .all(db)
        .await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let write = |writer: &mut csv::Writer<Vec<u8>>, cells: [String; 4]| {
        writer.write_record(cells.iter().map(|cell| safe_cell(cell))).map_err(|err| {
            tracing::error!(error = %err, "a registration list could not be written");
            AppError::Internal
        })
    };
    write(&mut writer, ["name".into(), "email".into(), "status".into(), "registered".into()])?;
    for person in people {
        write(
            &mut writer,
            [person.name, person.email, person.status, crate::editorial::ssr::rfc3339(person.created_at)],
        )?;
    }
    let bytes = writer.into_inner().map_err(|_| AppError::Internal)?;
    String::from_utf8(bytes).map_err(|_| AppError::Internal)
}

#[cfg(test)]
mod tests {
    use super::safe_cell;

    #[test]
    fn no_cell_starts_like_a_formula() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe_cell("Ana"), "Ana");
    }
}
