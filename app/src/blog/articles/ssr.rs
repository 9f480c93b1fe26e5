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
use crate::kinds::PublicKind;
use crate::markdown::TocEntry;
use crate::taxonomy;
use crate::text::name_slug;
use crate::translations::{LANGUAGES, Listed};

/// How many related articles a page links to.
const RELATED: u64 = 3;

/// Published articles, newest first.
pub fn published() -> Select<article::Entity> {
    article::Entity::find()
        .filter(article::Column::Status.eq(Status::Published.code()))
        .order_by_desc(article::Column::PublishedOn)
        .order_by_asc(article::Column::Title)
}

/// The kind name of articles in the registry and in translation sets.
pub const KIND: &str = "article";

/// The cards of `rows` (published posts, in a list's order): one per work, in `locale`'s
/// language where the list holds that version, each naming the work's other versions.
pub async fn cards(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    rows: Vec<article::Model>,
    locale: Locale,
) -> AppResult<Vec<ArticleSummary>> {
    let items: Vec<(i64, String)> = rows.iter().map(|row| (row.id, row.lang.clone())).collect();
    let listed = crate::translations::one_per_work(db, kinds, KIND, &items, locale.code()).await?;
    Ok(cards_of(listed, rows))
}

/// The cards of the `listed` versions, found among `rows`.
fn cards_of(listed: Vec<Listed>, rows: Vec<article::Model>) -> Vec<ArticleSummary> {
    let mut rows: HashMap<i64, article::Model> = rows.into_iter().map(|row| (row.id, row)).collect();
    listed
        .into_iter()
        .filter_map(|listed| {
            let mut card = ArticleSummary::from(rows.remove(&listed.id)?);
            card.also_in = listed.others;
            Some(card)
        })
        .collect()
}

/// How many works `ids` (published posts) are versions of.
pub async fn count_works(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    ids: &[(i64, String)],
) -> AppResult<usize> {
    Ok(crate::translations::one_per_work(db, kinds, KIND, ids, "").await?.len())
}

/// The newest `limit` works, each in `locale`'s language where it has that version.
pub async fn list_articles(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    limit: i64,
    locale: Locale,
) -> AppResult<Vec<ArticleSummary>> {
    let limit = usize::try_from(limit).unwrap_or(0);
    // A work has at most one version per language: this many versions hold `limit` works.
    let versions = u64::try_from(limit.saturating_mul(LANGUAGES.len())).unwrap_or(u64::MAX);
    let heads: Vec<(i64, String)> = published()
        .select_only()
        .column(article::Column::Id)
        .column(article::Column::Lang)
        .limit(versions)
        .into_tuple()
        .all(db)
        .await?;
    let mut listed = crate::translations::one_per_work(db, kinds, KIND, &heads, locale.code()).await?;
    listed.truncate(limit);
    let rows = article::Entity::find()
        .filter(article::Column::Id.is_in(listed.iter().map(|listed| listed.id)))
        .all(db)
        .await?;
    Ok(cards_of(listed, rows))
}

/// The published article with `slug`, with its tags, issue, organisation and related articles.
pub async fn get_article(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
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
    let related = related(db, kinds, &row, &tag_rows, locale).await?;
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

/// Published works sharing the most taxonomy tags with article `this`, newest first among
/// equals; never a version of its own work (those are under "Also in").
async fn related(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    this: &article::Model,
    tags: &[article_tag::Model],
    locale: Locale,
) -> AppResult<Vec<ArticleSummary>> {
    let id = this.id;
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
    // The article itself heads the list, so that its work comes first and is left out.
    let items: Vec<(i64, String)> = std::iter::once((id, this.lang.clone()))
        .chain(rows.iter().map(|row| (row.id, row.lang.clone())))
        .collect();
    let mut listed = crate::translations::one_per_work(db, kinds, KIND, &items, locale.code()).await?;
    listed.remove(0);
    listed.truncate(usize::try_from(RELATED).unwrap_or(3));
    Ok(cards_of(listed, rows))
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
            also_in: Vec::new(),
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
