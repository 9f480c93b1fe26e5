//! The work the hub does for events by itself, whether or not anyone is reading: reminders
//! a day and an hour before, the organiser's reminder when the outcome record is still
//! missing two weeks after, and deleting the registrants' data a set time after the event.
//!
//! Policy: it runs as the blog's scheduler does, a task started with the hub that looks
//! every [`TICK`] at what fell due, so a restart loses nothing. Each email is claimed by an
//! update conditional on it not being claimed yet, so several hubs on one database send it
//! once.

use std::time::Duration;

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use time::OffsetDateTime;

use super::notify;
use super::registration::ACCEPTED;
use crate::db::entities::{account, event, event_registration};
use crate::editorial::Status;
use crate::state::AppState;

/// How often the task looks.
pub const TICK: Duration = Duration::from_secs(5);
/// How long before the start the first reminder goes out.
pub const DAY_BEFORE: time::Duration = time::Duration::hours(24);
/// How long before the start the second reminder goes out.
pub const HOUR_BEFORE: time::Duration = time::Duration::hours(1);
/// How long after the end the organiser is reminded of a missing outcome record.
pub const OUTCOME_AFTER: time::Duration = time::Duration::days(14);
/// How long after the end the registrants' data is kept.
pub const KEEP_REGISTRATIONS: time::Duration = time::Duration::days(30);
/// Most items one look handles of each sort.
const BATCH: u64 = 500;

/// What one look did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TickReport {
    /// Reminders sent a day before.
    pub day_reminders: u64,
    /// Reminders sent an hour before.
    pub hour_reminders: u64,
    /// Organisers reminded of a missing outcome record.
    pub outcome_reminders: u64,
    /// Events whose registrations were deleted.
    pub purged: u64,
}

/// Runs for as long as the hub does.
pub async fn run(state: AppState) {
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match tick_at(&state, OffsetDateTime::now_utc()).await {
            Ok(report) if report != TickReport::default() => tracing::info!(?report, "event tasks done"),
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "event tasks failed; trying again"),
        }
    }
}

/// Does what is due at `now`.
pub async fn tick_at(state: &AppState, now: OffsetDateTime) -> anyhow::Result<TickReport> {
    let mut report = TickReport::default();
    let db = &state.db;
    let soon: Vec<event::Model> = event::Entity::find()
        .filter(event::Column::Status.eq(Status::Published.code()))
        .filter(event::Column::Schedule.eq("scheduled"))
        .filter(event::Column::StartsAt.gt(now))
        .filter(event::Column::StartsAt.lte(now + DAY_BEFORE))
        .limit(BATCH)
        .all(db)
        .await?;
    for row in soon {
        let hour = row.starts_at - now <= HOUR_BEFORE;
        let column = if hour {
            event_registration::Column::RemindedHour
        } else {
            event_registration::Column::RemindedDay
        };
        let people = event_registration::Entity::find()
            .filter(event_registration::Column::EventId.eq(row.id))
            .filter(event_registration::Column::Status.eq(ACCEPTED))
            .filter(column.eq(false))
            .limit(BATCH)
            .all(db)
            .await?;
        for person in people {
            // Claim it first: one email, however many hubs look.
            let mut claim = event_registration::Entity::update_many()
                .col_expr(column, Expr::value(true))
                .filter(event_registration::Column::Id.eq(person.id))
                .filter(column.eq(false));
            if hour {
                // The day's reminder is not sent after the hour's.
                claim = claim.col_expr(event_registration::Column::RemindedDay, Expr::value(true));
            }
            if claim.exec(db).await?.rows_affected != 1 {
                continue;
            }
            if let Err(error) =
                notify::reminder(state, &row, &person.name, &person.email, &person.lang, !hour).await
            {
                tracing::error!(%error, "an event reminder could not be sent");
                continue;
            }
            if hour {
                report.hour_reminders += 1;
            } else {
                report.day_reminders += 1;
            }
        }
    }
    // Outcome records still missing two weeks after.
    let missing: Vec<event::Model> = event::Entity::find()
        .filter(event::Column::Status.eq(Status::Published.code()))
        .filter(event::Column::Schedule.ne("cancelled"))
        .filter(event::Column::EndsAt.lte(now - OUTCOME_AFTER))
        .filter(event::Column::Outcome.is_null())
        .filter(event::Column::OutcomeRemindedAt.is_null())
        .filter(event::Column::OwnerId.is_not_null())
        .limit(BATCH)
        .all(db)
        .await?;
    for row in missing {
        let claimed = event::Entity::update_many()
            .col_expr(event::Column::OutcomeRemindedAt, Expr::value(now))
            .filter(event::Column::Id.eq(row.id))
            .filter(event::Column::OutcomeRemindedAt.is_null())
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let Some(owner) = account::Entity::find_by_id(row.owner_id.unwrap_or_default()).one(db).await? else {
            continue;
        };
        match notify::outcome_missing(state, &row, &owner.email, &owner.lang).await {
            Ok(()) => report.outcome_reminders += 1,
            Err(error) => tracing::error!(%error, "an outcome reminder could not be sent"),
        }
    }
    // Registrants' data, a set time after the event.
    let old: Vec<i64> = event::Entity::find()
        .select_only()
        .column(event::Column::Id)
        .filter(event::Column::EndsAt.lte(now - KEEP_REGISTRATIONS))
        .filter(event::Column::RegistrationsPurged.eq(false))
        .limit(BATCH)
        .into_tuple()
        .all(db)
        .await?;
    for id in old {
        let (txn, _turn) = crate::db::begin_write(db).await?;
        event_registration::Entity::delete_many()
            .filter(event_registration::Column::EventId.eq(id))
            .exec(&txn)
            .await?;
        event::Entity::update_many()
            .col_expr(event::Column::RegistrationsPurged, Expr::value(true))
            .filter(event::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        report.purged += 1;
    }
    Ok(report)
}
