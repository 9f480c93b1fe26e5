//! Endorsements: members signing off one exact revision of a document.
//!
//! Policy: an endorsement names a revision, and only endorsements of the current head count.
//! Any later save moves the head, so the count starts again from zero without anything being
//! deleted; restoring an endorsed text is a new revision and asks for endorsements again.

use sea_orm::ActiveValue::Set;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use time::OffsetDateTime;

use crate::db::entities::{group, group_document, group_endorsement};

/// Where a document's sign-off stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndorsementState {
    /// The head revision; none before the first save.
    pub head_revision_id: Option<i64>,
    /// Who endorsed the head, by account id, in the order they did.
    pub endorsed_by: Vec<i64>,
    /// How many endorsements the group asks for.
    pub quorum: i32,
    /// Whether the head has them.
    pub reached: bool,
}

/// Why an endorsement was refused.
#[derive(Debug, thiserror::Error)]
pub enum EndorseError {
    /// No such document.
    #[error("no such document")]
    DocumentNotFound,
    /// The revision is not (or no longer) the document's head.
    #[error("revision is not the head of the document")]
    NotHead {
        /// The head now, to endorse instead after reading it.
        head_revision_id: Option<i64>,
    },
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Records that `account_id` endorses revision `revision_id` of document `document_id`, which
/// must be its head; endorsing twice changes nothing. Returns the state afterwards.
#[tracing::instrument(skip_all, fields(%document_id, %revision_id, %account_id))]
pub async fn endorse<C: ConnectionTrait>(
    db: &C,
    document_id: i64,
    revision_id: i64,
    account_id: i64,
) -> Result<EndorsementState, EndorseError> {
    let document = group_document::Entity::find_by_id(document_id)
        .one(db)
        .await?
        .ok_or(EndorseError::DocumentNotFound)?;
    if document.head_revision_id != Some(revision_id) {
        return Err(EndorseError::NotHead { head_revision_id: document.head_revision_id });
    }
    group_endorsement::Entity::insert(group_endorsement::ActiveModel {
        document_id: Set(document_id),
        revision_id: Set(revision_id),
        account_id: Set(account_id),
        created_at: Set(OffsetDateTime::now_utc()),
    })
    .on_conflict(
        OnConflict::columns([group_endorsement::Column::RevisionId, group_endorsement::Column::AccountId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    endorsement_state(db, document_id).await
}

/// Who endorsed document `document_id`'s head, and whether that makes the group's quorum.
pub async fn endorsement_state<C: ConnectionTrait>(
    db: &C,
    document_id: i64,
) -> Result<EndorsementState, EndorseError> {
    let document = group_document::Entity::find_by_id(document_id)
        .one(db)
        .await?
        .ok_or(EndorseError::DocumentNotFound)?;
    let quorum = group::Entity::find_by_id(document.group_id)
        .one(db)
        .await?
        .map_or(0, |group| group.endorsement_quorum);
    let endorsed_by = match document.head_revision_id {
        Some(head) => approvers(db, head).await?,
        None => Vec::new(),
    };
    let reached = document.head_revision_id.is_some()
        && i64::try_from(endorsed_by.len()).unwrap_or(i64::MAX) >= i64::from(quorum.max(0));
    Ok(EndorsementState { head_revision_id: document.head_revision_id, endorsed_by, quorum, reached })
}

/// Who endorsed revision `revision_id`, by account id, in the order they did.
pub async fn approvers<C: ConnectionTrait>(db: &C, revision_id: i64) -> Result<Vec<i64>, DbErr> {
    group_endorsement::Entity::find()
        .select_only()
        .column(group_endorsement::Column::AccountId)
        .filter(group_endorsement::Column::RevisionId.eq(revision_id))
        .order_by_asc(group_endorsement::Column::CreatedAt)
        .order_by_asc(group_endorsement::Column::AccountId)
        .into_tuple()
        .all(db)
        .await
}

/// Makes revision `revision_id` (the head) the one the members are asked to endorse.
pub async fn propose<C: ConnectionTrait>(
    db: &C,
    document_id: i64,
    revision_id: i64,
) -> Result<(), EndorseError> {
    let document = group_document::Entity::find_by_id(document_id)
        .one(db)
        .await?
        .ok_or(EndorseError::DocumentNotFound)?;
    if document.head_revision_id != Some(revision_id) {
        return Err(EndorseError::NotHead { head_revision_id: document.head_revision_id });
    }
    group_document::Entity::update_many()
        .col_expr(group_document::Column::ProposedRevisionId, revision_id.into())
        .filter(group_document::Column::Id.eq(document_id))
        .exec(db)
        .await?;
    Ok(())
}

/// `account_id` endorses the proposed revision `revision_id`; when that completes the quorum,
/// the revision becomes the group's published output. Returns the state and whether this
/// endorsement published it.
pub async fn approve<C: ConnectionTrait>(
    db: &C,
    document_id: i64,
    revision_id: i64,
    account_id: i64,
) -> Result<(EndorsementState, bool), EndorseError> {
    let document = group_document::Entity::find_by_id(document_id)
        .one(db)
        .await?
        .ok_or(EndorseError::DocumentNotFound)?;
    if document.proposed_revision_id != Some(revision_id) {
        return Err(EndorseError::NotHead { head_revision_id: document.head_revision_id });
    }
    let state = endorse(db, document_id, revision_id, account_id).await?;
    let published = publish_if_reached(db, document_id).await?;
    Ok((state, published))
}

/// Publishes document `document_id`'s proposed revision as the group's output if it is still
/// the head, is not published yet, and has the endorsements the group asks for: after an
/// endorsement, or after a lead lowered the number needed. Returns whether it published.
pub async fn publish_if_reached<C: ConnectionTrait>(db: &C, document_id: i64) -> Result<bool, EndorseError> {
    let document = group_document::Entity::find_by_id(document_id)
        .one(db)
        .await?
        .ok_or(EndorseError::DocumentNotFound)?;
    let Some(proposed) = document.proposed_revision_id else { return Ok(false) };
    if document.head_revision_id != Some(proposed) || document.endorsed_revision_id == Some(proposed) {
        return Ok(false);
    }
    if !endorsement_state(db, document_id).await?.reached {
        return Ok(false);
    }
    let updated = group_document::Entity::update_many()
        .col_expr(group_document::Column::EndorsedRevisionId, proposed.into())
        .col_expr(group_document::Column::EndorsedAt, OffsetDateTime::now_utc().into())
        .filter(group_document::Column::Id.eq(document_id))
        .filter(group_document::Column::HeadRevisionId.eq(proposed))
        .exec(db)
        .await?;
    Ok(updated.rows_affected > 0)
}
