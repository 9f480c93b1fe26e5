//! What the writing pages show: the choices of the writing form, and a post as its author
//! or an editor works on it (its text, tags, history, revisions and images).

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::super::write_api::{FacetOptions, ImageItem, PostDraft, TermOption, WriteChoices};
use super::workflow::{POST_LANGUAGES, can_edit, post_for, status_of};
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{article_event, article_revision, blog_issue};
use crate::editorial::ssr::{history_item, rfc3339};
use crate::error::AppResult;
use crate::taxonomy;

/// The choices of the writing form.
pub async fn write_options(
    db: &DatabaseConnection,
    user: &CurrentUser,
    locale: crate::i18n::Locale,
) -> AppResult<WriteChoices> {
    let facets = taxonomy::TAG_FACETS
        .iter()
        .filter_map(|key| taxonomy::facet(key))
        .map(|facet| FacetOptions {
            key: facet.facet.key.clone(),
            name: facet.name_in(locale).to_owned(),
            terms: facet
                .term
                .iter()
                .map(|term| TermOption {
                    code: term.code.clone(),
                    name: term.name_in(locale).to_owned(),
                    description: term.description_in(locale).to_owned(),
                })
                .collect(),
        })
        .collect();
    let issues = blog_issue::Entity::find()
        .order_by_desc(blog_issue::Column::Month)
        .all(db)
        .await?
        .into_iter()
        .map(|issue| {
            let label = locale.text_args(
                "write-issue-option",
                &[
                    ("number", issue.number.to_string()),
                    ("month", issue.month.clone()),
                    ("theme", issue.theme),
                ],
            );
            (issue.month, label)
        })
        .collect();
    let languages = POST_LANGUAGES
        .iter()
        .map(|code| ((*code).to_owned(), locale.text(&format!("language-{code}"))))
        .collect();
    let organisations =
        if user.has(Role::Editor) { super::calendar::organisation_choices(db).await? } else { Vec::new() };
    Ok(WriteChoices { facets, issues, languages, organisations })
}

/// Post `id` as its author or an editor works on it.
pub async fn post_draft(db: &DatabaseConnection, user: &CurrentUser, id: i64) -> AppResult<PostDraft> {
    let row = post_for(db, user, id).await?;
    let revisions = article_revision::Entity::find()
        .filter(article_revision::Column::ArticleId.eq(row.id))
        .order_by_desc(article_revision::Column::Id)
        .all(db)
        .await?;
    let body = revisions
        .iter()
        .find(|revision| Some(revision.id) == row.current_revision_id)
        .map(|revision| revision.body_markdown.clone())
        .unwrap_or_default();
    let events = article_event::Entity::find()
        .filter(article_event::Column::ArticleId.eq(row.id))
        .order_by_asc(article_event::Column::Id)
        .all(db)
        .await?;
    let tag_rows = crate::db::entities::article_tag::Entity::find()
        .filter(crate::db::entities::article_tag::Column::ArticleId.eq(row.id))
        .all(db)
        .await?;
    let issue = match row.issue_id {
        Some(id) => blog_issue::Entity::find_by_id(id).one(db).await?.map(|issue| issue.month),
        None => None,
    };
    let images = crate::db::entities::article_image::Entity::find()
        .filter(crate::db::entities::article_image::Column::ArticleId.eq(row.id))
        .order_by_asc(crate::db::entities::article_image::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|image| ImageItem {
            src: format!("{}{}", crate::markdown::images::IMAGE_PATH, image.file),
            markdown: super::images::markdown_of(&image.alt, &image.file),
            alt: image.alt,
            width: u32::try_from(image.width).unwrap_or(0),
            height: u32::try_from(image.height).unwrap_or(0),
        })
        .collect();
    let countries: Vec<String> =
        tag_rows.iter().filter(|tag| tag.facet == "country").map(|tag| tag.code.clone()).collect();
    Ok(PostDraft {
        id: row.id,
        is_owner: row.owner_id == Some(user.id),
        can_edit: can_edit(user, &row),
        is_editor: user.has(Role::Editor),
        status: status_of(&row),
        publish_at: row.publish_at.map(rfc3339),
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        lang: row.lang,
        body,
        body_html: row.body_html,
        tags: tag_rows
            .iter()
            .filter(|tag| tag.facet != "country" && taxonomy::TAG_FACETS.contains(&tag.facet.as_str()))
            .map(|tag| (tag.facet.clone(), tag.code.clone()))
            .collect(),
        countries: countries.join(", "),
        issue: issue.unwrap_or_default(),
        history: events
            .into_iter()
            .map(|event| {
                history_item(
                    event.created_at,
                    event.actor_name,
                    event.from_status.as_deref(),
                    &event.to_status,
                    event.comment,
                )
            })
            .collect(),
        images,
        revisions: revisions.iter().map(super::revisions::revision_item).collect(),
    })
}
