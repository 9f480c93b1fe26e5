//! `GET` routes outside the Leptos pages: the Atom feeds.

use std::collections::HashMap;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

use super::feeds::{FEED_ENTRIES, FeedMeta, atom};
use crate::blog::articles::ssr::published;
use crate::db::entities::{article, article_tag, organisation};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::{AppState, request_locale};
use crate::taxonomy;

/// How long caches may keep a feed.
const CACHE: &str = "public, max-age=300";

/// The feed routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/blog/feed.xml", get(series_feed))
        .route("/blog/tags/{facet}/{code}/feed.xml", get(tag_feed))
        .route("/blog/authors/{slug}/feed.xml", get(author_feed))
        .route("/members/{slug}/feed.xml", get(organisation_feed))
}

fn xml(content_type: &'static str, body: String) -> Response {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, CACHE)], body).into_response()
}

/// The newest published posts, those with ids in `only` when given, each with the English
/// names of its taxonomy tags.
async fn feed_posts(
    db: &DatabaseConnection,
    only: Option<Vec<i64>>,
) -> Result<Vec<(article::Model, Vec<String>)>, sea_orm::DbErr> {
    let mut query = published().limit(FEED_ENTRIES);
    if let Some(ids) = only {
        query = query.filter(article::Column::Id.is_in(ids));
    }
    let posts = query.all(db).await?;
    let tags = article_tag::Entity::find()
        .filter(article_tag::Column::ArticleId.is_in(posts.iter().map(|post| post.id)))
        .all(db)
        .await?;
    let mut names = HashMap::<i64, Vec<String>>::new();
    for tag in tags.iter().filter(|tag| taxonomy::TAG_FACETS.contains(&tag.facet.as_str())) {
        names.entry(tag.article_id).or_default().push(taxonomy::term_name(&tag.facet, &tag.code, Locale::En));
    }
    Ok(posts
        .into_iter()
        .map(|post| {
            let categories = names.remove(&post.id).unwrap_or_default();
            (post, categories)
        })
        .collect())
}

async fn tagged_ids(db: &DatabaseConnection, facet: &str, code: &str) -> Result<Vec<i64>, sea_orm::DbErr> {
    article_tag::Entity::find()
        .select_only()
        .column(article_tag::Column::ArticleId)
        .filter(article_tag::Column::Facet.eq(facet))
        .filter(article_tag::Column::Code.eq(code))
        .into_tuple()
        .all(db)
        .await
}

/// The other language versions of posts, for the feeds' entries.
async fn feed_alternates(state: &AppState) -> Result<crate::translations::Alternates, AppError> {
    crate::translations::alternates(&state.db, state.search.kinds(), Some("article")).await.map_err(|err| {
        tracing::error!(error = %err, "the feed's translations could not be read");
        AppError::Internal
    })
}

async fn series_feed(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let locale = request_locale(&headers);
    let posts = feed_posts(&state.db, None).await?;
    let meta = FeedMeta {
        lang: locale.lang_tag(),
        title: locale.text("blog-feed-title"),
        self_path: "/blog/feed.xml".into(),
        page_path: "/blog".into(),
    };
    Ok(xml(
        "application/atom+xml; charset=utf-8",
        atom(&state.site.public_url, meta, &posts, &feed_alternates(&state).await?),
    ))
}

async fn tag_feed(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path((facet, code)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let locale = request_locale(&headers);
    let code = if facet == "country" { code.to_ascii_uppercase() } else { code };
    if !taxonomy::TAG_FACETS.contains(&facet.as_str()) || !taxonomy::is_known(&facet, &code) {
        return Err(AppError::NotFound);
    }
    let ids = tagged_ids(&state.db, &facet, &code).await?;
    let posts = feed_posts(&state.db, Some(ids)).await?;
    let name = taxonomy::term_name(&facet, &code, locale);
    let meta = FeedMeta {
        lang: locale.lang_tag(),
        title: locale.text_args("blog-tag-feed-title", &[("tag", name)]),
        self_path: format!("/blog/tags/{facet}/{code}/feed.xml"),
        page_path: crate::paths::tag(&facet, &code),
    };
    Ok(xml(
        "application/atom+xml; charset=utf-8",
        atom(&state.site.public_url, meta, &posts, &feed_alternates(&state).await?),
    ))
}

async fn author_feed(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let locale = request_locale(&headers);
    let ids = tagged_ids(&state.db, "author", &slug).await?;
    let posts = feed_posts(&state.db, Some(ids)).await?;
    let Some(name) = posts
        .iter()
        .flat_map(|(post, _)| crate::blog::articles::ssr::authors(&post.authors))
        .find(|author| author.slug == slug)
        .map(|author| author.name)
    else {
        return Err(AppError::NotFound);
    };
    let meta = FeedMeta {
        lang: locale.lang_tag(),
        title: locale.text_args("blog-author-feed-title", &[("author", name)]),
        self_path: format!("/blog/authors/{slug}/feed.xml"),
        page_path: crate::paths::author(&slug),
    };
    Ok(xml(
        "application/atom+xml; charset=utf-8",
        atom(&state.site.public_url, meta, &posts, &feed_alternates(&state).await?),
    ))
}

async fn organisation_feed(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let locale = request_locale(&headers);
    let org = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(&slug))
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let ids: Vec<i64> = article::Entity::find()
        .select_only()
        .column(article::Column::Id)
        .filter(article::Column::OrganisationId.eq(org.id))
        .into_tuple()
        .all(&state.db)
        .await?;
    let posts = feed_posts(&state.db, Some(ids)).await?;
    let meta = FeedMeta {
        lang: locale.lang_tag(),
        title: locale.text_args("blog-organisation-feed-title", &[("organisation", org.name)]),
        self_path: format!("/members/{slug}/feed.xml"),
        page_path: crate::paths::member(&slug),
    };
    Ok(xml(
        "application/atom+xml; charset=utf-8",
        atom(&state.site.public_url, meta, &posts, &feed_alternates(&state).await?),
    ))
}
