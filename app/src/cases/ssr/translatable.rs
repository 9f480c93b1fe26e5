//! Cases in translation sets: the facts a set reads of a case, and a translation started as a
//! case draft prefilled with the original's record.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::workflow::{current_record, save_case, status_of};
use crate::db::entities::case;
use crate::editorial::Status;
use crate::error::AppError;
use crate::kinds::{ItemFacts, Translatable};

/// Cases, for the translation sets.
pub const TRANSLATABLE: Translatable = Translatable {
    facts: |db, ids| {
        Box::pin(async move {
            let rows =
                case::Entity::find().filter(case::Column::Id.is_in(ids.iter().copied())).all(db).await?;
            Ok(rows.iter().map(facts).collect())
        })
    },
    published: |db, limit| {
        Box::pin(async move {
            let rows = case::Entity::find()
                .filter(case::Column::Status.eq(Status::Published.code()))
                .order_by_desc(case::Column::PublishedOn)
                .order_by_desc(case::Column::Id)
                .limit(limit)
                .all(db)
                .await?;
            Ok(rows.iter().map(facts).collect())
        })
    },
    start: |state, user, id, lang| {
        Box::pin(async move {
            let db = &state.db;
            let original = case::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
            let mut record = current_record(db, &original).await?;
            record.lang = lang.to_owned();
            record.adapted_from = String::new();
            save_case(db, user, None, record, "", false).await
        })
    },
    draft_path: |id| crate::paths::case_draft(id),
};

fn facts(row: &case::Model) -> ItemFacts {
    ItemFacts {
        id: row.id,
        path: crate::paths::case(&row.slug),
        title: row.title.clone(),
        lang: row.lang.clone(),
        revision: row.current_revision_id,
        published: status_of(row) == Status::Published,
        owner_id: row.owner_id,
    }
}
