//! Who has a document open in the editor right now.
//!
//! Policy: the editor in the browser says it is open every [`crate::groups::PRESENCE_EVERY_SECS`]
//! seconds; someone counts as editing for [`WINDOW_SECS`] after the last time. Rows live in
//! the database (the only state shared by several hub processes) and are overwritten, one per
//! person and document. Without JavaScript nobody is announced, which is allowed: presence is
//! a courtesy, never a lock.

use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use time::{Duration, OffsetDateTime};

use super::access;
use crate::auth::CurrentUser;
use crate::db::entities::group_presence;
use crate::error::AppResult;

/// How long after their last sign of life someone still counts as editing.
pub const WINDOW_SECS: i64 = 45;

/// Records that `user` has document `doc` of group `group` open; returns who else has.
pub async fn heartbeat<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    group: &str,
    doc: &str,
) -> AppResult<Vec<String>> {
    let seen = access::as_member(db, Some(user), group).await?;
    let document = access::document(db, seen.group.id, doc).await?;
    group_presence::Entity::insert(group_presence::ActiveModel {
        document_id: Set(document.id),
        account_id: Set(user.id),
        seen_at: Set(OffsetDateTime::now_utc()),
    })
    .on_conflict(
        OnConflict::columns([group_presence::Column::DocumentId, group_presence::Column::AccountId])
            .update_column(group_presence::Column::SeenAt)
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    // Rows of people long gone only take space.
    group_presence::Entity::delete_many()
        .filter(group_presence::Column::DocumentId.eq(document.id))
        .filter(group_presence::Column::SeenAt.lt(OffsetDateTime::now_utc() - Duration::days(1)))
        .exec(db)
        .await?;
    editing(db, document.id, user.id).await
}

/// The names of the people other than `except` who had document `document_id` open lately.
pub async fn editing<C: ConnectionTrait>(db: &C, document_id: i64, except: i64) -> AppResult<Vec<String>> {
    let since = OffsetDateTime::now_utc() - Duration::seconds(WINDOW_SECS);
    let rows = group_presence::Entity::find()
        .filter(group_presence::Column::DocumentId.eq(document_id))
        .filter(group_presence::Column::AccountId.ne(except))
        .filter(group_presence::Column::SeenAt.gt(since))
        .order_by_asc(group_presence::Column::SeenAt)
        .all(db)
        .await?;
    let people = super::views::people(db, rows.iter().map(|r| r.account_id)).await?;
    let mut names: Vec<String> =
        rows.iter().filter_map(|r| people.get(&r.account_id).map(|(name, _)| name.clone())).collect();
    names.sort();
    Ok(names)
}
