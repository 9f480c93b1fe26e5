//! Saving group documents: every save appends a revision, and the head moves by an edit, a
//! merge or a restore; an edit that overlaps the head is kept as a conflict revision beside
//! it.
//!
//! Policy (concurrency): one save at a time per document. A save is one transaction that
//! first locks the document: `SELECT … FOR UPDATE` of its row on PostgreSQL, and on SQLite a
//! transaction begun `IMMEDIATE`, which takes the database's write lock before anything is
//! read (a deferred transaction that reads and then writes fails at once with "database is
//! locked" when another write got in between; an immediate one waits its turn). So the head
//! a save merges with is the head it moves, the next revision number is free, and numbers
//! stay gap-free. A save that still finds the database busy, or that PostgreSQL picks as a
//! deadlock or serialisation victim, has written nothing and starts again, a few times.
//!
//! The transaction is [`crate::db::begin_write`]'s: on SQLite the writers of one process
//! also queue, in arrival order, before they ask for the write lock.

use sea_orm::ActiveValue::Set;
use sea_orm::sqlx;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait,
    QueryFilter, QuerySelect, RuntimeErr,
};
use time::OffsetDateTime;

use super::{Kind, revision_of};
use crate::db::entities::{group_document, group_document_revision};
use crate::groups::merge::{Merge, merge, normalise};

/// How many times a save is tried when the database is busy.
const ATTEMPTS: usize = 5;

/// What happened to a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It started from the head and became the new head.
    Saved,
    /// It started from an older revision; merged with the head, it became the new head.
    Merged,
    /// It overlaps changes made since its base: kept as a conflict revision, the head is
    /// unchanged.
    Conflict {
        /// The revision holding the editor's text.
        conflict_revision_id: i64,
        /// The head, to show beside it.
        head_revision_id: i64,
    },
}

/// A save, acknowledged: the revision it made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The new revision (the new head, or the conflict revision).
    pub revision_id: i64,
    /// Its number in the document's history.
    pub number: i32,
    /// What became of it.
    pub outcome: Outcome,
}

/// Why a save was refused.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// No such document.
    #[error("no such document")]
    DocumentNotFound,
    /// The revision given (as the base, or to restore) is not one of this document's.
    #[error("revision {0} is not a revision of this document")]
    UnknownRevision(i64),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
    /// The merge could not run now (the server is too busy, or stopping); nothing was saved.
    #[error("the merge could not run")]
    Busy,
}

/// Where a save starts from.
#[derive(Clone, Copy)]
enum Start {
    /// The revision the editor opened (none: the document had no revision yet).
    Base(Option<i64>),
    /// Whatever the head is: the text replaces it whole (a restore of revision `.0`).
    Replace(i64),
}

/// Saves `body` as the next version of document `document_id`, written by `author_id`, who
/// started editing from revision `base_revision_id` (none when the document had no
/// revision). The body is stored [`normalise`]d.
#[tracing::instrument(skip_all, fields(%document_id, %author_id))]
pub async fn save_document(
    db: &DatabaseConnection,
    document_id: i64,
    author_id: i64,
    base_revision_id: Option<i64>,
    body: &str,
    note: &str,
) -> Result<Saved, SaveError> {
    save(db, document_id, author_id, Start::Base(base_revision_id), &normalise(body), note).await
}

/// Brings back the text of revision `revision_id` (any revision of the document, a conflict
/// revision included: that is how someone takes the other text whole) as a new `restore`
/// revision that becomes the head, whatever the head is by then.
#[tracing::instrument(skip_all, fields(%document_id, %author_id, %revision_id))]
pub async fn restore(
    db: &DatabaseConnection,
    document_id: i64,
    author_id: i64,
    revision_id: i64,
    note: &str,
) -> Result<Saved, SaveError> {
    let old =
        revision_of(db, document_id, revision_id).await?.ok_or(SaveError::UnknownRevision(revision_id))?;
    save(db, document_id, author_id, Start::Replace(revision_id), &old.body, note).await
}

async fn save(
    db: &DatabaseConnection,
    document_id: i64,
    author_id: i64,
    start: Start,
    body: &str,
    note: &str,
) -> Result<Saved, SaveError> {
    let mut attempt = 1;
    loop {
        match save_once(db, document_id, author_id, start, body, note).await {
            Err(SaveError::Database(err)) if attempt < ATTEMPTS && is_transient(db, &err) => {
                tracing::debug!(attempt, "database busy, saving again");
                attempt += 1;
            }
            result => return result,
        }
    }
}

/// One try at a save, in one transaction that holds the document's lock throughout.
async fn save_once(
    db: &DatabaseConnection,
    document_id: i64,
    author_id: i64,
    start: Start,
    body: &str,
    note: &str,
) -> Result<Saved, SaveError> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let document = group_document::Entity::find_by_id(document_id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(SaveError::DocumentNotFound)?;
    let head = document.head_revision_id;
    let (kind, base, text) = match start {
        Start::Replace(restored) => (Kind::Restore, Some(restored), body.to_owned()),
        Start::Base(base) if base == head => (Kind::Edit, base, body.to_owned()),
        // No head: nothing to merge with (and a base then names no revision of the document).
        Start::Base(base) if head.is_none() => {
            // With no head there is nothing to merge with; a base must still be the document's.
            body_of(&txn, document_id, base).await?;
            (Kind::Edit, base, body.to_owned())
        }
        Start::Base(base) => {
            let base_text = body_of(&txn, document_id, base).await?;
            let head_text = body_of(&txn, document_id, head).await?;
            // Bounded (see `merge`), and off the async workers while the lock is held.
            let ours = body.to_owned();
            let merged = crate::work::cpu(move || merge(&base_text, &head_text, &ours))
                .await
                .map_err(|_| SaveError::Busy)?;
            match merged {
                Merge::Clean(merged) => (Kind::Merge, base, merged),
                Merge::Conflict { .. } => (Kind::Conflict, base, body.to_owned()),
            }
        }
    };
    let number = next_number(&txn, document_id).await?;
    let now = OffsetDateTime::now_utc();
    let revision = group_document_revision::ActiveModel {
        document_id: Set(document_id),
        number: Set(number),
        parent_id: Set(head),
        base_id: Set(base),
        kind: Set(kind.code().to_owned()),
        body: Set(text),
        note: Set(note.trim().chars().take(300).collect()),
        author_id: Set(Some(author_id)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let outcome = match (kind, head) {
        (Kind::Conflict, Some(head_revision_id)) => {
            Outcome::Conflict { conflict_revision_id: revision.id, head_revision_id }
        }
        _ => {
            group_document::ActiveModel {
                id: Set(document_id),
                head_revision_id: Set(Some(revision.id)),
                updated_at: Set(now),
                ..Default::default()
            }
            .update(&txn)
            .await?;
            if kind == Kind::Merge { Outcome::Merged } else { Outcome::Saved }
        }
    };
    txn.commit().await?;
    Ok(Saved { revision_id: revision.id, number, outcome })
}

/// The text of revision `id` of `document_id` (empty for none); an error when it is not one
/// of the document's.
async fn body_of<C: ConnectionTrait>(db: &C, document_id: i64, id: Option<i64>) -> Result<String, SaveError> {
    let Some(id) = id else { return Ok(String::new()) };
    Ok(revision_of(db, document_id, id).await?.ok_or(SaveError::UnknownRevision(id))?.body)
}

/// The number the next revision of `document_id` takes.
async fn next_number<C: ConnectionTrait>(db: &C, document_id: i64) -> Result<i32, DbErr> {
    let last: Option<Option<i32>> = group_document_revision::Entity::find()
        .select_only()
        .column_as(group_document_revision::Column::Number.max(), "last")
        .filter(group_document_revision::Column::DocumentId.eq(document_id))
        .into_tuple()
        .one(db)
        .await?;
    Ok(last.flatten().unwrap_or(0) + 1)
}

/// Whether `err` is a failure that trying again can cure: SQLite busy or locked (after its
/// busy timeout), a PostgreSQL deadlock or serialisation failure.
fn is_transient(db: &DatabaseConnection, err: &DbErr) -> bool {
    let (DbErr::Conn(RuntimeErr::SqlxError(err))
    | DbErr::Exec(RuntimeErr::SqlxError(err))
    | DbErr::Query(RuntimeErr::SqlxError(err))) = err
    else {
        return false;
    };
    let sqlx::Error::Database(err) = err.as_ref() else { return false };
    let Some(code) = err.code() else { return false };
    match db.get_database_backend() {
        // Extended result codes: the primary code is the low byte (5 busy, 6 locked).
        DbBackend::Sqlite => code.parse::<i32>().is_ok_and(|code| matches!(code & 0xff, 5 | 6)),
        DbBackend::Postgres => matches!(code.as_ref(), "40001" | "40P01"),
        _ => false,
    }
}
