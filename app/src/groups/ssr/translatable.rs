//! Group outputs in translation sets: the facts a set reads of a group document, and a
//! translation started as a new document of the same group, prefilled with the original's
//! current text, that the group co-writes and endorses like any other. Only the group's
//! active members may translate its documents.
//!
//! A version counts as published (in "Also in", the sitemap and the editors' list) when its
//! document has an endorsed revision and its group is public: the sets read no viewer, and
//! a group's outputs are read by anyone only when the group is public.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::access;
use crate::db::entities::{group, group_document, group_document_revision};
use crate::error::AppError;
use crate::forms::FieldError;
use crate::groups::api::{Standing, Visibility};
use crate::kinds::{ItemFacts, Translatable};

/// Group outputs, for the translation sets.
pub const TRANSLATABLE: Translatable = Translatable {
    facts: |db, ids| {
        Box::pin(async move {
            let rows = group_document::Entity::find()
                .filter(group_document::Column::Id.is_in(ids.iter().copied()))
                .all(db)
                .await?;
            facts_of(db, rows).await
        })
    },
    published: |db, limit| {
        Box::pin(async move {
            let public: Vec<i64> = group::Entity::find()
                .filter(group::Column::Visibility.eq(Visibility::Public.code()))
                .select_only()
                .column(group::Column::Id)
                .into_tuple()
                .all(db)
                .await?;
            let rows = group_document::Entity::find()
                .filter(group_document::Column::EndorsedRevisionId.is_not_null())
                .filter(group_document::Column::GroupId.is_in(public))
                .order_by_desc(group_document::Column::EndorsedAt)
                .order_by_desc(group_document::Column::Id)
                .limit(limit)
                .all(db)
                .await?;
            facts_of(db, rows).await
        })
    },
    start: |state, user, id, lang| Box::pin(start(&state.db, user, id, lang)),
    draft_path: |id| crate::paths::group_document_by_id(id),
};

async fn facts_of(
    db: &DatabaseConnection,
    rows: Vec<group_document::Model>,
) -> anyhow::Result<Vec<ItemFacts>> {
    let groups: HashMap<i64, group::Model> = group::Entity::find()
        .filter(group::Column::Id.is_in(rows.iter().map(|row| row.group_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|group| (group.id, group))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let group = groups.get(&row.group_id)?;
            Some(ItemFacts {
                id: row.id,
                path: crate::paths::group_output(&group.slug, &row.slug),
                title: row.title,
                lang: row.lang,
                revision: row.head_revision_id,
                published: row.endorsed_revision_id.is_some()
                    && access::visibility_of(group) == Visibility::Public,
                owner_id: None,
            })
        })
        .collect())
}

/// Starts the `lang` translation of document `id` for `user`, an active member of its group:
/// a new document of the group in `lang`, with the original's title and current text as its
/// first revision.
async fn start(
    db: &DatabaseConnection,
    user: &crate::auth::CurrentUser,
    id: i64,
    lang: &str,
) -> crate::error::AppResult<i64> {
    let original = group_document::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let standing = access::standing(db, original.group_id, Some(user)).await?;
    if !matches!(standing, Some((_, Standing::Active))) {
        return Err(AppError::InvalidFields(vec![FieldError::new("lang", "group-error-translate-members")]));
    }
    let body = match original.head_revision_id {
        Some(head) => group_document_revision::Entity::find_by_id(head)
            .one(db)
            .await?
            .map(|revision| revision.body)
            .unwrap_or_default(),
        None => String::new(),
    };
    let (draft, _) = super::actions::add_document(db, original.group_id, &original.title, lang).await?;
    if !body.is_empty() {
        super::save_document(db, draft, user.id, None, &body, "")
            .await
            .map_err(super::actions::save_failed)?;
    }
    Ok(draft)
}
