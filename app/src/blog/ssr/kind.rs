//! Posts as a public kind: their search documents and their pages in the sitemap (the
//! series, its issues, posts, tag and author pages).

use std::collections::BTreeSet;

use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::blog::articles::ssr::published;
use crate::content::is_issue_month;
use crate::db::entities::{article, article_tag, blog_issue};
use crate::editorial::Status;
use crate::kinds::{PAGE, PublicKind, PublicUrl};
use crate::search::document::{Audience, SearchDoc};
use crate::search::params::FacetName;
use crate::taxonomy;

/// Posts, for the registry.
pub const KIND: PublicKind = PublicKind {
    name: "article",
    load: |db, ids| Box::pin(load(db, ids)),
    count: |db| Box::pin(async move { Ok(article_rows().count(db).await?) }),
    load_page: |db, after| Box::pin(load_page(db, after)),
    sitemap: |db| Box::pin(sitemap(db)),
    public_pages: &["/blog", "/blog/", "/articles/"],
    audiences_of: None,
    translations: Some(super::translatable::TRANSLATABLE),
    private_pages: &[],
};

async fn load(db: &DatabaseConnection, ids: &[i64]) -> anyhow::Result<Vec<SearchDoc>> {
    let rows = article_rows()
        .filter(article::Column::Id.is_in(ids.iter().copied()))
        .into_model::<ArticleRow>()
        .all(db)
        .await?;
    article_docs(db, rows).await
}

async fn load_page(db: &DatabaseConnection, after: i64) -> anyhow::Result<Vec<SearchDoc>> {
    let rows = article_rows()
        .filter(article::Column::Id.gt(after))
        .order_by_asc(article::Column::Id)
        .limit(PAGE)
        .into_model::<ArticleRow>()
        .all(db)
        .await?;
    article_docs(db, rows).await
}

/// The series, its published issues, every published post, and the tag and author pages
/// that have posts.
async fn sitemap(db: &DatabaseConnection) -> anyhow::Result<Vec<PublicUrl>> {
    let mut urls = vec![PublicUrl::page("/blog")];
    let issues = blog_issue::Entity::find()
        .filter(blog_issue::Column::Status.eq(super::super::ISSUE_PUBLISHED))
        .all(db)
        .await?;
    urls.extend(issues.into_iter().filter(|issue| is_issue_month(&issue.month)).map(|issue| PublicUrl {
        path: crate::paths::issue(&issue.month),
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
    urls.extend(posts.into_iter().map(|(_, slug, updated)| PublicUrl {
        path: crate::paths::article(&slug),
        modified: Some(updated.date()),
    }));
    let pages: BTreeSet<String> = tags
        .into_iter()
        .filter_map(|tag| match tag.facet.as_str() {
            "author" => Some(crate::paths::author(&tag.code)),
            facet if taxonomy::TAG_FACETS.contains(&facet) => {
                Some(format!("/blog/tags/{facet}/{}", tag.code))
            }
            _ => None,
        })
        .collect();
    urls.extend(pages.into_iter().map(|path| PublicUrl { path, modified: None }));
    Ok(urls)
}

/// The columns of `articles` the index needs (not the rendered HTML).
#[derive(Debug, FromQueryResult)]
struct ArticleRow {
    id: i64,
    slug: String,
    title: String,
    summary: String,
    body_text: String,
    lang: String,
    published_on: time::Date,
}

/// Published articles only: a draft, a scheduled or an unpublished article has no document.
fn article_rows() -> sea_orm::Select<article::Entity> {
    use article::Column as C;
    article::Entity::find().filter(C::Status.eq(Status::Published.code())).select_only().columns([
        C::Id,
        C::Slug,
        C::Title,
        C::Summary,
        C::BodyText,
        C::Lang,
        C::PublishedOn,
    ])
}

/// Documents of `rows`, with their taxonomy tags as facets.
async fn article_docs(db: &DatabaseConnection, rows: Vec<ArticleRow>) -> anyhow::Result<Vec<SearchDoc>> {
    let tags = article_tag::Entity::find()
        .filter(article_tag::Column::ArticleId.is_in(rows.iter().map(|row| row.id)))
        .all(db)
        .await?;
    let mut by_article = std::collections::HashMap::<i64, Vec<(FacetName, String)>>::new();
    for tag in tags {
        let facet = match tag.facet.as_str() {
            "domain" => FacetName::Domain,
            "wsis" => FacetName::Wsis,
            "sdg" => FacetName::Sdg,
            "level" => FacetName::Level,
            "theme" => FacetName::Theme,
            "country" => {
                if let Some(country) = taxonomy::country(&tag.code) {
                    let entry = by_article.entry(tag.article_id).or_default();
                    let region = (FacetName::Region, country.region_code());
                    if !entry.contains(&region) {
                        entry.push(region);
                    }
                }
                FacetName::Country
            }
            _ => continue,
        };
        by_article.entry(tag.article_id).or_default().push((facet, tag.code));
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let tags = by_article.remove(&row.id).unwrap_or_default();
            SearchDoc { tags, ..article_doc(row) }
        })
        .collect())
}

fn article_doc(row: ArticleRow) -> SearchDoc {
    SearchDoc {
        kind: "article",
        id: row.id,
        url: crate::paths::article(&row.slug),
        title: row.title,
        summary: row.summary,
        body: row.body_text,
        lang: row.lang,
        date: row.published_on,
        organisation: None,
        audience: Audience::Public,
        tags: Vec::new(),
        completeness: 0,
    }
}
