//! Article queries and their conversion to wire types. Readers see published articles only.

use std::collections::HashMap;

use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};

use super::api::{ArticleDetail, ArticleSummary, AuthorRef, IssueRef, OrganisationRef, TagRef, TocItem};
use crate::content::Author;
use crate::db::entities::{article, article_tag, blog_issue, organisation};
use crate::editorial::Status;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::markdown::TocEntry;
use crate::taxonomy;
use crate::text::name_slug;

/// How many related articles a page links to.
const RELATED: u64 = 3;

/// Published articles, newest first.
pub fn published() -> Select<article::Entity> {
    article::Entity::find()
        .filter(article::Column::Status.eq(Status::Published.code()))
        .order_by_desc(article::Column::PublishedOn)
        .order_by_asc(article::Column::Title)
}

/// The newest `limit` articles.
pub async fn list_articles(db: &DatabaseConnection, limit: i64) -> AppResult<Vec<ArticleSummary>> {
    let rows = published().limit(u64::try_from(limit).unwrap_or(0)).all(db).await?;
    Ok(rows.into_iter().map(ArticleSummary::from).collect())
}

/// The published article with `slug`, with its tags, issue, organisation and related articles.
pub async fn get_article(
    db: &DatabaseConnection,
    slug: &str,
    locale: Locale,
    base: &str,
) -> AppResult<ArticleDetail> {
    if slug.len() > 200 {
        return Err(AppError::NotFound);
    }
    let row = published().filter(article::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    let tag_rows =
        article_tag::Entity::find().filter(article_tag::Column::ArticleId.eq(row.id)).all(db).await?;
    // An issue still being planned is not shown, not even its number or theme.
    let issue = match row.issue_id {
        Some(id) => {
            blog_issue::Entity::find_by_id(id)
                .filter(blog_issue::Column::Status.eq(crate::blog::ISSUE_PUBLISHED))
                .one(db)
                .await?
        }
        None => None,
    };
    let organisation = match row.organisation_id {
        Some(id) => organisation::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let related = related(db, row.id, &tag_rows).await?;
    let mut detail = ArticleDetail::from(row);
    detail.tags = tag_refs(&tag_rows, locale);
    detail.issue =
        issue.map(|issue| IssueRef { month: issue.month, number: issue.number, theme: issue.theme });
    detail.organisation = organisation.map(|org| OrganisationRef { slug: org.slug, name: org.name });
    detail.related = related;
    detail.url = format!("{base}/articles/{}", detail.summary.slug);
    detail.json_ld = json_ld(&detail, base);
    Ok(detail)
}

/// Schema.org `BlogPosting` of an article, with `<`, `>` and `&` escaped so the JSON can
/// sit inside a `<script>` element.
fn json_ld(detail: &ArticleDetail, base: &str) -> String {
    let summary = &detail.summary;
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": summary.title,
        "description": summary.summary,
        "inLanguage": summary.lang,
        "datePublished": summary.published_on,
        "dateModified": detail.modified,
        "url": detail.url,
        "mainEntityOfPage": detail.url,
        "timeRequired": format!("PT{}M", summary.reading_minutes),
        "keywords": detail.tags.iter().map(|tag| tag.name.as_str()).collect::<Vec<_>>(),
        "author": summary.authors.iter().map(|author| {
            let mut person = serde_json::json!({
                "@type": "Person",
                "name": author.name,
                "url": format!("{base}/blog/authors/{}", author.slug),
            });
            if let Some(organisation) = &author.organisation {
                person["affiliation"] = serde_json::json!({ "@type": "Organization", "name": organisation });
            }
            person
        }).collect::<Vec<_>>(),
        "publisher": { "@type": "Organization", "name": "Coalition Hub", "url": base },
    });
    if let Some(issue) = &detail.issue {
        value["isPartOf"] = serde_json::json!({
            "@type": "PublicationIssue",
            "issueNumber": issue.number,
            "name": issue.theme,
            "url": format!("{base}/blog/{}", issue.month),
        });
    }
    value.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// Taxonomy tags (not authors or organisations) as wire types, in facet order then term order.
pub fn tag_refs(rows: &[article_tag::Model], locale: Locale) -> Vec<TagRef> {
    let mut tags: Vec<(usize, TagRef)> = rows
        .iter()
        .filter_map(|row| {
            let order = taxonomy::TAG_FACETS.iter().position(|facet| *facet == row.facet)?;
            Some((
                order,
                TagRef {
                    facet: row.facet.clone(),
                    code: row.code.clone(),
                    facet_name: taxonomy::facet_name(&row.facet, locale),
                    name: taxonomy::term_name(&row.facet, &row.code, locale),
                },
            ))
        })
        .collect();
    tags.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name.cmp(&b.1.name)));
    tags.into_iter().map(|(_, tag)| tag).collect()
}

/// Published articles sharing the most taxonomy tags with article `id`, newest first among
/// equals.
async fn related(
    db: &DatabaseConnection,
    id: i64,
    tags: &[article_tag::Model],
) -> AppResult<Vec<ArticleSummary>> {
    let mut shared = Condition::any();
    let mut any = false;
    for tag in tags.iter().filter(|tag| taxonomy::TAG_FACETS.contains(&tag.facet.as_str())) {
        shared = shared.add(
            Condition::all()
                .add(article_tag::Column::Facet.eq(&tag.facet))
                .add(article_tag::Column::Code.eq(&tag.code)),
        );
        any = true;
    }
    if !any {
        return Ok(Vec::new());
    }
    let matches: Vec<i64> = article_tag::Entity::find()
        .select_only()
        .column(article_tag::Column::ArticleId)
        .filter(shared)
        .filter(article_tag::Column::ArticleId.ne(id))
        .into_tuple()
        .all(db)
        .await?;
    let mut scores = HashMap::<i64, usize>::new();
    for article_id in matches {
        *scores.entry(article_id).or_default() += 1;
    }
    let mut rows = published().filter(article::Column::Id.is_in(scores.keys().copied())).all(db).await?;
    // `published()` is newest first; a stable sort keeps that order among equal scores.
    rows.sort_by_key(|row| std::cmp::Reverse(scores.get(&row.id).copied().unwrap_or(0)));
    rows.truncate(usize::try_from(RELATED).unwrap_or(3));
    Ok(rows.into_iter().map(ArticleSummary::from).collect())
}

/// Authors as stored (a JSON array of names or of `{name, organisation}`).
pub fn authors(value: &serde_json::Value) -> Vec<AuthorRef> {
    serde_json::from_value::<Vec<Author>>(value.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|author| AuthorRef {
            slug: name_slug(&author.name),
            name: author.name,
            organisation: author.organisation,
        })
        .collect()
}

impl From<article::Model> for ArticleSummary {
    fn from(row: article::Model) -> Self {
        ArticleSummary {
            authors: authors(&row.authors),
            slug: row.slug,
            title: row.title,
            summary: row.summary,
            lang: row.lang,
            published_on: row.published_on.to_string(),
            reading_minutes: row.reading_minutes,
        }
    }
}

impl From<article::Model> for ArticleDetail {
    fn from(mut row: article::Model) -> Self {
        let body_html = std::mem::take(&mut row.body_html);
        let toc: Vec<TocEntry> = serde_json::from_value(row.toc.take()).unwrap_or_default();
        let modified =
            row.updated_at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
        ArticleDetail {
            id: row.id,
            body_html,
            toc: toc
                .into_iter()
                .map(|entry| TocItem { level: i32::from(entry.level), id: entry.id, title: entry.title })
                .collect(),
            summary: ArticleSummary::from(row),
            tags: Vec::new(),
            issue: None,
            organisation: None,
            related: Vec::new(),
            modified,
            url: String::new(),
            json_ld: String::new(),
        }
    }
}
