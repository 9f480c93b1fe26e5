//! A post's revisions: each saved text is kept, never changed, and can be read again by
//! whoever may see the post.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::super::write_api::RevisionDetail;
use super::workflow::post_for;
use crate::auth::CurrentUser;
use crate::db::entities::article_revision;
use crate::editorial::RevisionItem;
use crate::editorial::ssr::rfc3339;
use crate::error::{AppError, AppResult};

/// A revision as the history lists it.
pub(super) fn revision_item(revision: &article_revision::Model) -> RevisionItem {
    RevisionItem {
        id: revision.id,
        when: rfc3339(revision.created_at),
        who: revision.author.clone(),
        note: revision.note.clone(),
        words: i64::try_from(revision.body_markdown.split_whitespace().count()).unwrap_or(i64::MAX),
    }
}

/// Revision `revision_id` of post `id` in full; 404 when `user` may not see the post or
/// the revision belongs to another post.
pub async fn post_revision(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    revision_id: i64,
) -> AppResult<RevisionDetail> {
    let row = post_for(db, user, id).await?;
    let revision = article_revision::Entity::find_by_id(revision_id)
        .filter(article_revision::Column::ArticleId.eq(row.id))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    // The post's revision keys, oldest first: this one's place among them is its number.
    let ids: Vec<i64> = article_revision::Entity::find()
        .select_only()
        .column(article_revision::Column::Id)
        .filter(article_revision::Column::ArticleId.eq(row.id))
        .order_by_asc(article_revision::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let number = ids.iter().position(|id| *id == revision.id).map_or(0, |at| at + 1);
    Ok(RevisionDetail {
        post_id: row.id,
        post_title: row.title,
        number: i64::try_from(number).unwrap_or(i64::MAX),
        count: i64::try_from(ids.len()).unwrap_or(i64::MAX),
        is_current: row.current_revision_id == Some(revision.id),
        item: revision_item(&revision),
        title: revision.title,
        summary: revision.summary,
        body: revision.body_markdown,
    })
}
