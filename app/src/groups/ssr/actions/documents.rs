//! Documents: creating, saving, restoring, proposing and endorsing them.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};

use super::super::access::{self, Seen};
use super::super::{EndorseError, Outcome, SaveError, Saved};
use super::*;
use crate::auth::CurrentUser;
use crate::db::entities::{group, group_document, group_document_revision};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::Problems;

/// Creates an empty document in language `lang` (members); returns its slug.
pub async fn new_document(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    title: &str,
    lang: &str,
) -> AppResult<String> {
    let seen = access::as_member(db, Some(user), slug).await?;
    let mut problems = Problems::default();
    problems.text("title", title, true, 200);
    // A form from before documents had a language (a page open since) writes English.
    let lang = if lang.is_empty() { "en" } else { lang };
    if !crate::translations::is_content_language(lang) {
        problems.add("lang", "translations-error-language");
    }
    problems.into_result()?;
    let (_, doc_slug) = add_document(db, seen.group.id, title, lang).await?;
    Ok(doc_slug)
}

/// Creates an empty document titled `title` in language `lang` in group `group_id`; returns
/// its id and slug, made unique in the group while the group's row is locked (two members
/// creating "Notes" at once get `notes` and `notes-2`).
pub(crate) async fn add_document(
    db: &DatabaseConnection,
    group_id: i64,
    title: &str,
    lang: &str,
) -> AppResult<(i64, String)> {
    let base = slug_words(title, "document");
    let mut doc_slug = base.clone();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    group::Entity::find_by_id(group_id).lock_exclusive().one(&txn).await?.ok_or(AppError::NotFound)?;
    for n in 2.. {
        let taken = group_document::Entity::find()
            .filter(group_document::Column::GroupId.eq(group_id))
            .filter(group_document::Column::Slug.eq(&doc_slug))
            .count(&txn)
            .await?;
        if taken == 0 {
            break;
        }
        doc_slug = format!("{base}-{n}");
    }
    let id = super::super::create_document(&txn, group_id, &doc_slug, title, lang).await?;
    txn.commit().await?;
    Ok((id, doc_slug))
}

/// Gives a document a new title (members): a translation gets one in its own language.
pub async fn rename(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
    title: &str,
) -> AppResult<()> {
    let (_, document) = document_for(db, user, group, doc).await?;
    let mut problems = Problems::default();
    problems.text("title", title, true, 200);
    problems.into_result()?;
    let endorsed = document.endorsed_revision_id.is_some();
    group_document::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(document.id),
        title: sea_orm::ActiveValue::Set(title.trim().to_owned()),
        ..Default::default()
    }
    .update(db)
    .await?;
    if endorsed {
        reindex(db, "output", document.id).await?;
    }
    Ok(())
}

/// A member's document, or why not.
pub(super) async fn document_for(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
) -> AppResult<(Seen, group_document::Model)> {
    let seen = access::as_member(db, Some(user), group).await?;
    let document = access::document(db, seen.group.id, doc).await?;
    Ok((seen, document))
}

/// The id of revision `number` of `document_id`; 0 stands for "before the first save".
pub(super) async fn revision_id(
    db: &DatabaseConnection,
    document_id: i64,
    number: i32,
) -> AppResult<Option<i64>> {
    if number == 0 {
        return Ok(None);
    }
    group_document_revision::Entity::find()
        .filter(group_document_revision::Column::DocumentId.eq(document_id))
        .filter(group_document_revision::Column::Number.eq(number))
        .one(db)
        .await?
        .map(|r| Some(r.id))
        .ok_or(AppError::NotFound)
}

pub(crate) fn save_failed(error: SaveError) -> AppError {
    match error {
        SaveError::DocumentNotFound | SaveError::UnknownRevision(_) => AppError::NotFound,
        SaveError::Database(err) => AppError::from(err),
        SaveError::Busy => AppError::RateLimited,
    }
}

pub(super) fn check_note(note: &str) -> AppResult<()> {
    let mut problems = Problems::default();
    problems.text("note", note, false, MAX_NOTE);
    problems.into_result()
}

/// Saves a member's edit, made from revision `base` (0: the empty document).
pub async fn save(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
    base: i32,
    body: &str,
    note: &str,
) -> AppResult<Saved> {
    let (_, document) = document_for(db, user, group, doc).await?;
    let mut problems = Problems::default();
    problems.text("note", note, false, MAX_NOTE);
    if body.len() > super::super::views::MAX_BODY {
        problems.add("body", "error-too-long");
    }
    problems.into_result()?;
    let base = revision_id(db, document.id, base).await?;
    super::super::save_document(db, document.id, user.id, base, body, note).await.map_err(save_failed)
}

/// Brings back revision `number` as a new head.
pub async fn restore(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
    number: i32,
    note: &str,
) -> AppResult<Saved> {
    let (_, document) = document_for(db, user, group, doc).await?;
    check_note(note)?;
    let id = revision_id(db, document.id, number).await?.ok_or(AppError::NotFound)?;
    super::super::restore(db, document.id, user.id, id, note).await.map_err(save_failed)
}

pub(super) fn endorse_failed(error: EndorseError) -> AppError {
    match error {
        EndorseError::DocumentNotFound => AppError::NotFound,
        EndorseError::NotHead { .. } => {
            AppError::Invalid { field: "form".into(), message: "group-error-not-head".into() }
        }
        EndorseError::Database(err) => AppError::from(err),
    }
}

/// A lead proposes revision `number` (which must still be the head) for endorsement.
pub async fn propose(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
    number: i32,
) -> AppResult<()> {
    let (seen, document) = document_for(db, user, group, doc).await?;
    if !seen.is_lead() {
        return Err(AppError::Forbidden);
    }
    let id = revision_id(db, document.id, number).await?.ok_or(AppError::NotFound)?;
    super::super::propose(db, document.id, id).await.map_err(endorse_failed)
}

/// A member endorses the proposed revision `number`; returns whether that published it.
pub async fn endorse(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
    number: i32,
) -> AppResult<bool> {
    let (_, document) = document_for(db, user, group, doc).await?;
    let id = revision_id(db, document.id, number).await?.ok_or(AppError::NotFound)?;
    let (_, published) = super::super::approve(db, document.id, id, user.id).await.map_err(endorse_failed)?;
    if published {
        reindex(db, "output", document.id).await?;
    }
    Ok(published)
}

/// Where a save leads: the document with a notice, or the conflict to reconcile.
pub fn after_save(group: &str, doc: &str, saved: &Saved) -> String {
    match saved.outcome {
        Outcome::Saved => format!("/groups/{group}/docs/{doc}?done=group-saved"),
        Outcome::Merged => format!("/groups/{group}/docs/{doc}?done=group-merged"),
        Outcome::Conflict { .. } => {
            format!("/groups/{group}/docs/{doc}/revisions/{}?done=group-conflict", saved.number)
        }
    }
}
