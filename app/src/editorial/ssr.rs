//! The one review service: every reviewed kind changes state through [`act`], records its
//! history the same way and sends what readers can see to the search index.
//!
//! Policy: a state change is an update conditional on the state it was read in, inside the
//! transaction that records it ([`crate::db::begin_write`]): two editors acting at once on
//! the same item cannot both pass; the second is told the item changed (409). A kind's table
//! has the columns `id`, `status`, `owner_id`, `current_revision_id`, `published_on` and
//! `updated_at`; its history table has `{key}`, `from_status`, `to_status`, `actor_id`,
//! `actor_name`, `comment`, `revision_id` and `created_at`. A new kind declares its
//! [`Reviewed`] once and uses this module as it is.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr};
use time::OffsetDateTime;

use super::{Action, HistoryItem, Status};
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult};

/// Longest review comment, in characters.
const COMMENT_MAX: usize = 5_000;

/// A kind of item that goes through review: where it is stored.
#[derive(Clone, Copy, Debug)]
pub struct Reviewed {
    /// Its kind in the search outbox (`article`, `case`).
    pub kind: &'static str,
    /// Its table.
    pub table: &'static str,
    /// Its review history table.
    pub events: &'static str,
    /// The history table's column naming the item.
    pub event_key: &'static str,
    /// Whether an editor may schedule its publication.
    pub schedules: bool,
}

/// What the workflow needs to know of one item.
#[derive(Clone, Copy, Debug)]
pub struct Item {
    /// Key.
    pub id: i64,
    /// Who wrote it.
    pub owner_id: Option<i64>,
    /// Its state.
    pub status: Status,
    /// The revision it holds now.
    pub current_revision_id: Option<i64>,
}

impl Item {
    /// Whether `user` may see it in the writing pages: its author and editors.
    pub fn visible_to(&self, user: &CurrentUser) -> bool {
        user.has(Role::Editor) || self.owner_id == Some(user.id)
    }

    /// Whether `user` may change its text now.
    pub fn editable_by(&self, user: &CurrentUser) -> bool {
        super::may_edit(self.owner_id == Some(user.id), user.has(Role::Editor), self.status)
    }
}

/// Item `id` of `kind` as read by `db` (a transaction reads it under the write lock).
pub async fn item<C: ConnectionTrait>(db: &C, kind: &Reviewed, id: i64) -> Result<Option<Item>, DbErr> {
    let mut query = Query::select();
    query
        .columns([Alias::new("owner_id"), Alias::new("status"), Alias::new("current_revision_id")])
        .from(Alias::new(kind.table))
        .and_where(Expr::col(Alias::new("id")).eq(id));
    if db.get_database_backend() == sea_orm::DbBackend::Postgres {
        query.lock_exclusive();
    }
    let Some(row) = db.query_one(&query).await? else { return Ok(None) };
    let status: String = row.try_get("", "status")?;
    Ok(Some(Item {
        id,
        owner_id: row.try_get("", "owner_id")?,
        status: Status::from_code(&status).unwrap_or(Status::Draft),
        current_revision_id: row.try_get("", "current_revision_id")?,
    }))
}

/// Item `id` of `kind` as `user` may see it; 404 for anyone else, so a draft's existence is
/// not given away.
pub async fn item_for<C: ConnectionTrait>(
    db: &C,
    kind: &Reviewed,
    user: &CurrentUser,
    id: i64,
) -> AppResult<Item> {
    match item(db, kind, id).await? {
        Some(item) if item.visible_to(user) => Ok(item),
        _ => Err(AppError::NotFound),
    }
}

/// One step of an item's review history.
#[derive(Clone, Copy, Debug)]
pub struct Step<'a> {
    /// The state before (none for the first step).
    pub from: Option<Status>,
    /// The state after.
    pub to: Status,
    /// Who took it (none: the scheduler).
    pub actor: Option<&'a CurrentUser>,
    /// What they said.
    pub comment: &'a str,
    /// The revision it was taken on.
    pub revision_id: Option<i64>,
}

/// Item `id` of `kind` as `user` may change its text now: 404 for anyone who may not see
/// it, 403 for anyone who may see but not change it.
pub async fn editable_item<C: ConnectionTrait>(
    db: &C,
    kind: &Reviewed,
    user: &CurrentUser,
    id: i64,
) -> AppResult<Item> {
    let item = item_for(db, kind, user, id).await?;
    if item.editable_by(user) { Ok(item) } else { Err(AppError::Forbidden) }
}

/// Appends `step` to the review history of `item_id`.
pub async fn record(
    txn: &DatabaseTransaction,
    kind: &Reviewed,
    item_id: i64,
    step: Step<'_>,
) -> Result<(), DbErr> {
    let mut insert = Query::insert();
    insert
        .into_table(Alias::new(kind.events))
        .columns([
            Alias::new(kind.event_key),
            Alias::new("from_status"),
            Alias::new("to_status"),
            Alias::new("actor_id"),
            Alias::new("actor_name"),
            Alias::new("comment"),
            Alias::new("revision_id"),
            Alias::new("created_at"),
        ])
        .values_panic([
            item_id.into(),
            step.from.map(|status| status.code().to_owned()).into(),
            step.to.code().to_owned().into(),
            step.actor.map(|user| user.id).into(),
            step.actor.map_or_else(|| "scheduler".to_owned(), |user| user.name.clone()).into(),
            step.comment.to_owned().into(),
            step.revision_id.into(),
            OffsetDateTime::now_utc().into(),
        ]);
    txn.execute(&insert).await?;
    Ok(())
}

/// Moves `item` from the state it was read in to `to`, with the history step, if nobody
/// moved it in the meantime: `Ok(false)` when somebody did. Sets `published_on` on a first
/// publication (a republication keeps its date) and `publish_at` when scheduling.
pub async fn transition(
    txn: &DatabaseTransaction,
    kind: &Reviewed,
    item: &Item,
    to: Status,
    actor: Option<&CurrentUser>,
    comment: &str,
    publish_at: Option<OffsetDateTime>,
) -> Result<bool, DbErr> {
    let now = OffsetDateTime::now_utc();
    let from = item.status;
    if to != from {
        let mut update = Query::update();
        update
            .table(Alias::new(kind.table))
            .value(Alias::new("status"), to.code())
            .value(Alias::new("updated_at"), now)
            .and_where(Expr::col(Alias::new("id")).eq(item.id))
            .and_where(Expr::col(Alias::new("status")).eq(from.code()));
        if to == Status::Published && from != Status::Unpublished {
            update.value(Alias::new("published_on"), publish_at.unwrap_or(now).date());
        }
        if kind.schedules {
            update.value(Alias::new("publish_at"), if to == Status::Scheduled { publish_at } else { None });
        }
        if txn.execute(&update).await?.rows_affected() != 1 {
            return Ok(false);
        }
    }
    let step = Step { from: Some(from), to, actor, comment, revision_id: item.current_revision_id };
    record(txn, kind, item.id, step).await?;
    if from == Status::Published || to == Status::Published {
        crate::search::index::enqueue(txn, kind.kind, item.id).await?;
    }
    Ok(true)
}

/// Takes review step `action` on item `id` of `kind` as `user`, with `comment`;
/// `publish_at` is required to schedule and must be in the future. Returns the new state.
pub async fn act(
    db: &DatabaseConnection,
    kind: &Reviewed,
    user: &CurrentUser,
    id: i64,
    action: Action,
    comment: &str,
    publish_at: Option<OffsetDateTime>,
) -> AppResult<Status> {
    let comment: String = comment.trim().chars().take(COMMENT_MAX).collect();
    if matches!(action, Action::RequestChanges | Action::Comment) && comment.is_empty() {
        return Err(AppError::Invalid { field: "comment".into(), message: "error-required".into() });
    }
    let now = OffsetDateTime::now_utc();
    let publish_at = match action {
        Action::Schedule if !kind.schedules => return Err(AppError::Conflict),
        Action::Schedule => match publish_at {
            Some(at) if at > now => Some(at),
            Some(_) => {
                return Err(AppError::Invalid { field: "publish_at".into(), message: "error-future".into() });
            }
            None => {
                return Err(AppError::Invalid {
                    field: "publish_at".into(),
                    message: "error-required".into(),
                });
            }
        },
        _ => None,
    };
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let item = item_for(&txn, kind, user, id).await?;
    if !action.allowed(item.owner_id == Some(user.id), user.has(Role::Editor)) {
        return Err(AppError::Forbidden);
    }
    let to = action.target(item.status);
    if action != Action::Comment && !item.status.can_move_to(to) {
        return Err(AppError::Conflict);
    }
    if !transition(&txn, kind, &item, to, Some(user), &comment, publish_at).await? {
        return Err(AppError::Conflict);
    }
    txn.commit().await?;
    Ok(to)
}

/// After its author saved a new text of `item` (inside the save's transaction): an approved
/// item goes back to review, with a step in its history saying so.
pub async fn after_edit(
    txn: &DatabaseTransaction,
    kind: &Reviewed,
    item: &Item,
    user: &CurrentUser,
    revision_id: i64,
) -> Result<(), DbErr> {
    let to = super::after_edit(item.status, user.has(Role::Editor));
    if to != item.status {
        let item = Item { current_revision_id: Some(revision_id), ..*item };
        transition(txn, kind, &item, to, Some(user), "", None).await?;
    }
    Ok(())
}

/// A moment as RFC 3339 (UTC), as the pages receive it.
pub fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

/// One step of a review's history, as the pages show it.
pub fn history_item(
    at: OffsetDateTime,
    who: String,
    from: Option<&str>,
    to: &str,
    comment: String,
) -> HistoryItem {
    HistoryItem {
        when: rfc3339(at),
        who,
        from: from.and_then(Status::from_code),
        to: Status::from_code(to).unwrap_or(Status::Draft),
        comment,
    }
}
