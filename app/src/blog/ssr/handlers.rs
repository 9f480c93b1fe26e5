//! `GET` routes outside the Leptos pages: the Atom feeds, `/sitemap.xml` and `/robots.txt`.

use std::collections::{BTreeSet, HashMap};

use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

use super::super::ISSUE_PUBLISHED;
use super::feeds::{FEED_ENTRIES, FeedMeta, SitemapUrl, atom, sitemap};
use crate::articles::ssr::published;
use crate::content::is_issue_month;
use crate::db::entities::{article, article_tag, blog_issue, organisation};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::{AppState, request_locale};
use crate::taxonomy;

/// How long caches may keep a feed, the sitemap and robots.txt.
const CACHE: &str = "public, max-age=300";

/// The feed, sitemap and robots routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/blog/feed.xml", get(series_feed))
        .route("/blog/tags/{facet}/{code}/feed.xml", get(tag_feed))
        .route("/blog/authors/{slug}/feed.xml", get(author_feed))
        .route("/members/{slug}/feed.xml", get(organisation_feed))
        .route("/sitemap.xml", get(sitemap_xml))
        .route("/robots.txt", get(robots_txt))
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

async fn series_feed(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let locale = request_locale(&headers);
    let posts = feed_posts(&state.db, None).await?;
    let meta = FeedMeta {
        title: locale.text("blog-feed-title"),
        self_path: "/blog/feed.xml".into(),
        page_path: "/blog".into(),
    };
    Ok(xml("application/atom+xml; charset=utf-8", atom(&state.site.public_url, meta, &posts)))
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
        title: locale.text_args("blog-tag-feed-title", &[("tag", name)]),
        self_path: format!("/blog/tags/{facet}/{code}/feed.xml"),
        page_path: format!("/blog/tags/{facet}/{code}"),
    };
    Ok(xml("application/atom+xml; charset=utf-8", atom(&state.site.public_url, meta, &posts)))
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
        .flat_map(|(post, _)| crate::articles::ssr::authors(&post.authors))
        .find(|author| author.slug == slug)
        .map(|author| author.name)
    else {
        return Err(AppError::NotFound);
    };
    let meta = FeedMeta {
        title: locale.text_args("blog-author-feed-title", &[("author", name)]),
        self_path: format!("/blog/authors/{slug}/feed.xml"),
        page_path: format!("/blog/authors/{slug}"),
    };
    Ok(xml("application/atom+xml; charset=utf-8", atom(&state.site.public_url, meta, &posts)))
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
        title: locale.text_args("blog-organisation-feed-title", &[("organisation", org.name)]),
        self_path: format!("/members/{slug}/feed.xml"),
        page_path: format!("/members/{slug}"),
    };
    Ok(xml("application/atom+xml; charset=utf-8", atom(&state.site.public_url, meta, &posts)))
}

/// Every public page: home, the series, its issues, posts, tag and author pages with posts,
/// the member directory and organisations, the join form.
async fn sitemap_xml(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let _locale = request_locale(&headers);
    let db = &state.db;
    let mut urls: Vec<SitemapUrl> = ["/", "/blog", "/members", "/join"]
        .into_iter()
        .map(|path| SitemapUrl { path: path.to_owned(), modified: None })
        .collect();
    let issues =
        blog_issue::Entity::find().filter(blog_issue::Column::Status.eq(ISSUE_PUBLISHED)).all(db).await?;
    urls.extend(issues.into_iter().filter(|issue| is_issue_month(&issue.month)).map(|issue| SitemapUrl {
        path: format!("/blog/{}", issue.month),
        modified: Some(issue.updated_at.date()),
    }));
    let posts: Vec<(i64, String, time::OffsetDateTime)> = published()
        .select_only()
        .columns([article::Column::Id, article::Column::Slug, article::Column::UpdatedAt])
        .into_tuple()
        .all(db)
        .await?;
    let tags = article_tag::Entity::find()
        .filter(article_tag::Column::ArticleId.is_in(posts.iter().map(|post| post.0)))
        .all(db)
        .await?;
    urls.extend(posts.into_iter().map(|(_, slug, updated)| SitemapUrl {
        path: format!("/articles/{slug}"),
        modified: Some(updated.date()),
    }));
    let pages: BTreeSet<String> = tags
        .into_iter()
        .filter_map(|tag| match tag.facet.as_str() {
            "author" => Some(format!("/blog/authors/{}", tag.code)),
            facet if taxonomy::TAG_FACETS.contains(&facet) => {
                Some(format!("/blog/tags/{facet}/{}", tag.code))
            }
            _ => None,
        })
        .collect();
    urls.extend(pages.into_iter().map(|path| SitemapUrl { path, modified: None }));
    let orgs: Vec<(String, time::OffsetDateTime)> = organisation::Entity::find()
        .select_only()
        .columns([organisation::Column::Slug, organisation::Column::UpdatedAt])
        .into_tuple()
        .all(db)
        .await?;
    urls.extend(orgs.into_iter().map(|(slug, updated)| SitemapUrl {
        path: format!("/members/{slug}"),
        modified: Some(updated.date()),
    }));
    // Public groups and their outputs only: the sitemap is read by anyone.
    urls.push(SitemapUrl { path: "/groups".to_owned(), modified: None });
    let list = crate::groups::ssr::views::group_list(db, None).await?;
    urls.extend(
        list.groups
            .iter()
            .filter(|group| group.visibility == crate::groups::api::Visibility::Public)
            .map(|group| SitemapUrl { path: format!("/groups/{}", group.slug), modified: None }),
    );
    let public: BTreeSet<&str> = list
        .groups
        .iter()
        .filter(|group| group.visibility == crate::groups::api::Visibility::Public)
        .map(|group| group.slug.as_str())
        .collect();
    urls.extend(
        list.outputs
            .iter()
            .filter(|output| public.contains(output.group_slug.as_str()))
            .map(|output| SitemapUrl { path: output.href(), modified: None }),
    );
    Ok(xml("application/xml; charset=utf-8", sitemap(&state.site.public_url, &urls)))
}

async fn robots_txt(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /admin\nDisallow: /account\nDisallow: /api/\nDisallow: /search\n\nSitemap: {}/sitemap.xml\n",
        state.site.public_url
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8"), (header::CACHE_CONTROL, CACHE)], body)
        .into_response()
}
