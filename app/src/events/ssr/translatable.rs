//! Events in translation sets: the facts a set reads of an event, and a translation started
//! as an event proposal prefilled with the original's record.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::queries::record_of;
use super::workflow::save_event;
use crate::db::entities::event;
use crate::editorial::Status;
use crate::error::AppError;
use crate::kinds::{ItemFacts, Translatable};

/// Events, for the translation sets.
pub const TRANSLATABLE: Translatable = Translatable {
    facts: |db, ids| {
        Box::pin(async move {
            let rows =
                event::Entity::find().filter(event::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            Ok(rows.iter().map(facts).collect())
        })
    },
    published: |db, limit| {
        Box::pin(async move {
            let rows = event::Entity::find()
                .filter(event::Column::Status.eq(Status::Published.code()))
                .order_by_desc(event::Column::StartsAt)
                .order_by_desc(event::Column::Id)
                .limit(limit)
                .all(db)
                .await?;
            Ok(rows.iter().map(facts).collect())
        })
    },
    start: |state, user, id, lang| {
        Box::pin(async move {
            let original = event::Entity::find_by_id(id).one(&state.db).await?.ok_or(AppError::NotFound)?;
            let mut record = record_of(&original);
            record.lang = lang.to_owned();
            record.outcome = None;
            save_event(state, user, None, record, "", false, crate::i18n::current_locale()).await
        })
    },
    draft_path: |id| crate::paths::event_draft(id),
};

fn facts(row: &event::Model) -> ItemFacts {
    ItemFacts {
        id: row.id,
        path: crate::paths::event(&row.slug),
        title: row.title.clone(),
        lang: row.lang.clone(),
        revision: row.current_revision_id,
        published: row.status == Status::Published.code(),
        owner_id: row.owner_id,
    }
}
