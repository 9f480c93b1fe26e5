//! Pledges in translation sets: the facts a set reads of a pledge, and a translation started
//! as a pledge draft prefilled with the original's record.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::workflow::{record_of, save_pledge, speaks_for};
use crate::db::entities::pledge;
use crate::editorial::Status;
use crate::error::AppError;
use crate::forms::FieldError;
use crate::kinds::{ItemFacts, Translatable};

/// Pledges, for the translation sets.
pub const TRANSLATABLE: Translatable = Translatable {
    facts: |db, ids| {
        Box::pin(async move {
            let rows =
                pledge::Entity::find().filter(pledge::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            Ok(rows.iter().map(facts).collect())
        })
    },
    published: |db, limit| {
        Box::pin(async move {
            let rows = pledge::Entity::find()
                .filter(pledge::Column::Status.eq(Status::Published.code()))
                .order_by_desc(pledge::Column::PublishedOn)
                .order_by_desc(pledge::Column::Id)
                .limit(limit)
                .all(db)
                .await?;
            Ok(rows.iter().map(facts).collect())
        })
    },
    start: |state, user, id, lang| {
        Box::pin(async move {
            let original = pledge::Entity::find_by_id(id).one(&state.db).await?.ok_or(AppError::NotFound)?;
            // A translated pledge is still the pledger's own commitment.
            if !speaks_for(user, &original) {
                return Err(AppError::InvalidFields(vec![FieldError::new(
                    "lang",
                    "pledge-error-translate-own",
                )]));
            }
            let mut record = record_of(&original);
            record.lang = lang.to_owned();
            save_pledge(&state.db, user, None, record, "", false).await
        })
    },
    draft_path: |id| crate::paths::pledge_draft(id),
};

fn facts(row: &pledge::Model) -> ItemFacts {
    ItemFacts {
        id: row.id,
        path: crate::paths::pledge(&row.slug),
        title: row.title.clone(),
        lang: row.lang.clone(),
        revision: row.current_revision_id,
        published: row.status == Status::Published.code(),
        owner_id: row.owner_id,
    }
}
