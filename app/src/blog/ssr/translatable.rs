//! Posts in translation sets: the facts a set reads of a post, and a translation started as a
//! post draft prefilled with the original's title, summary, text and tags.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::workflow::{PostInput, save_post, status_of};
use crate::db::entities::{article, article_revision, article_tag};
use crate::editorial::Status;
use crate::error::AppError;
use crate::kinds::{ItemFacts, Translatable};

/// Posts, for the translation sets.
pub const TRANSLATABLE: Translatable = Translatable {
    facts: |db, ids| {
        Box::pin(async move {
            let rows = article::Entity::find()
                .filter(article::Column::Id.is_in(ids.iter().copied()))
                .all(db)
                .await?;
            Ok(rows.iter().map(facts).collect())
        })
    },
    published: |db, limit| {
        Box::pin(async move {
            let rows = article::Entity::find()
                .filter(article::Column::Status.eq(Status::Published.code()))
                .order_by_desc(article::Column::PublishedOn)
                .order_by_desc(article::Column::Id)
                .limit(limit)
                .all(db)
                .await?;
            Ok(rows.iter().map(facts).collect())
        })
    },
    start: |state, user, id, lang| Box::pin(start(&state.db, user, id, lang)),
    draft_path: |id| crate::paths::post_draft(id),
};

async fn start(
    db: &DatabaseConnection,
    user: &crate::auth::CurrentUser,
    id: i64,
    lang: &str,
) -> crate::error::AppResult<i64> {
    let original = article::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let body = match original.current_revision_id {
        Some(revision) => article_revision::Entity::find_by_id(revision)
            .one(db)
            .await?
            .map(|revision| revision.body_markdown)
            .unwrap_or_default(),
        None => String::new(),
    };
    let mut input = PostInput {
        title: original.title.clone(),
        summary: original.summary.clone(),
        lang: lang.to_owned(),
        body,
        ..PostInput::default()
    };
    let tags = article_tag::Entity::find().filter(article_tag::Column::ArticleId.eq(id)).all(db).await?;
    let mut countries = Vec::new();
    for tag in tags {
        // The tags the writing form offers; the bylines' author tags come from the authors.
        if tag.facet == "country" {
            countries.push(tag.code);
        } else if crate::taxonomy::TAG_FACETS.contains(&tag.facet.as_str())
            && crate::taxonomy::is_known(&tag.facet, &tag.code)
        {
            input.tags.entry(tag.facet).or_default().push(tag.code);
        }
    }
    input.countries = countries.join(", ");
    save_post(db, user, None, input).await
}

fn facts(row: &article::Model) -> ItemFacts {
    ItemFacts {
        id: row.id,
        path: crate::paths::article(&row.slug),
        title: row.title.clone(),
        lang: row.lang.clone(),
        revision: row.current_revision_id,
        published: status_of(row) == Status::Published,
        owner_id: row.owner_id,
    }
}
