//! Reading issues and lists of posts; writing an article's tags.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::super::ISSUE_PUBLISHED;
use super::super::api::{IssueDetail, IssueSummary, PostList};
use crate::blog::articles::api::ArticleSummary;
use crate::blog::articles::ssr::{cards, count_works, published};
use crate::content::is_issue_month;
use crate::db::entities::{article, article_tag, blog_issue};
use crate::editorial::Status;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::kinds::PublicKind;
use crate::taxonomy;

/// Replaces the tags of article `id` with `tags` (facet, code), in the caller's transaction.
pub async fn replace_tags(
    db: &impl ConnectionTrait,
    id: i64,
    mut tags: Vec<(String, String)>,
) -> Result<(), sea_orm::DbErr> {
    article_tag::Entity::delete_many().filter(article_tag::Column::ArticleId.eq(id)).exec(db).await?;
    tags.sort();
    tags.dedup();
    tags.retain(|(_, code)| !code.is_empty());
    if tags.is_empty() {
        return Ok(());
    }
    article_tag::Entity::insert_many(tags.into_iter().map(|(facet, code)| article_tag::ActiveModel {
        article_id: Set(id),
        facet: Set(facet),
        code: Set(code),
    }))
    .exec(db)
    .await?;
    Ok(())
}

/// An issue in a list; its count is of works, whatever languages each is in.
async fn summary_of(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    issue: blog_issue::Model,
) -> AppResult<IssueSummary> {
    let posts: Vec<(i64, String)> = article::Entity::find()
        .select_only()
        .column(article::Column::Id)
        .column(article::Column::Lang)
        .filter(article::Column::IssueId.eq(issue.id))
        .filter(article::Column::Status.eq(Status::Published.code()))
        .into_tuple()
        .all(db)
        .await?;
    let post_count = count_works(db, kinds, &posts).await?;
    Ok(IssueSummary {
        month: issue.month,
        number: issue.number,
        theme: issue.theme,
        summary: issue.summary,
        published_on: issue.published_on.map(|date| date.to_string()),
        post_count: u32::try_from(post_count).unwrap_or(u32::MAX),
    })
}

fn published_issues() -> sea_orm::Select<blog_issue::Entity> {
    blog_issue::Entity::find()
        .filter(blog_issue::Column::Status.eq(ISSUE_PUBLISHED))
        .order_by_desc(blog_issue::Column::Month)
}

/// Published issues, newest first.
pub async fn list_issues(db: &DatabaseConnection, kinds: &[PublicKind]) -> AppResult<Vec<IssueSummary>> {
    let rows = published_issues().all(db).await?;
    let mut issues = Vec::with_capacity(rows.len());
    for row in rows {
        issues.push(summary_of(db, kinds, row).await?);
    }
    Ok(issues)
}

async fn detail_of(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    issue: blog_issue::Model,
    locale: Locale,
) -> AppResult<IssueDetail> {
    let posts = article::Entity::find()
        .filter(article::Column::IssueId.eq(issue.id))
        .filter(article::Column::Status.eq(Status::Published.code()))
        .order_by_asc(article::Column::PublishedOn)
        .order_by_asc(article::Column::Title)
        .all(db)
        .await?;
    let (editor, lang, intro_html) = (issue.editor.clone(), issue.lang.clone(), issue.intro_html.clone());
    let posts = cards(db, kinds, posts, locale).await?;
    let mut summary = summary_of(db, kinds, issue).await?;
    summary.post_count = u32::try_from(posts.len()).unwrap_or(u32::MAX);
    Ok(IssueDetail { issue: summary, editor, lang, intro_html, posts })
}

/// The newest published issue, its posts in `locale`'s language where they have it.
pub async fn current_issue(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    locale: Locale,
) -> AppResult<Option<IssueDetail>> {
    match published_issues().one(db).await? {
        Some(issue) => Ok(Some(detail_of(db, kinds, issue, locale).await?)),
        None => Ok(None),
    }
}

/// The published issue of `month`, its posts in `locale`'s language where they have it.
pub async fn get_issue(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    month: &str,
    locale: Locale,
) -> AppResult<IssueDetail> {
    if !is_issue_month(month) {
        return Err(AppError::NotFound);
    }
    let issue = published_issues()
        .filter(blog_issue::Column::Month.eq(month))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    detail_of(db, kinds, issue, locale).await
}

/// Published posts of member organisation `id`, newest first, one per work in `locale`'s
/// language where it has it.
pub async fn organisation_posts(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    id: i64,
    locale: Locale,
) -> AppResult<Vec<ArticleSummary>> {
    let rows = published().filter(article::Column::OrganisationId.eq(id)).all(db).await?;
    cards(db, kinds, rows, locale).await
}

/// Published posts tagged `code` in `facet` (a taxonomy facet or `author`), newest first,
/// one per work in `locale`'s language where it has it.
pub async fn posts_tagged(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    facet: &str,
    code: &str,
    locale: Locale,
) -> AppResult<Vec<ArticleSummary>> {
    if code.len() > 120 {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = article_tag::Entity::find()
        .select_only()
        .column(article_tag::Column::ArticleId)
        .filter(article_tag::Column::Facet.eq(facet))
        .filter(article_tag::Column::Code.eq(code))
        .into_tuple()
        .all(db)
        .await?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = published().filter(article::Column::Id.is_in(ids)).all(db).await?;
    cards(db, kinds, rows, locale).await
}

/// The page of a taxonomy tag: its name, description and posts (possibly none).
pub async fn tag_posts(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    facet: &str,
    code: &str,
    locale: Locale,
) -> AppResult<PostList> {
    // Country codes are stored upper-case; URLs may say either.
    let code = if facet == "country" { code.to_ascii_uppercase() } else { code.to_owned() };
    if !taxonomy::TAG_FACETS.contains(&facet) || !taxonomy::is_known(facet, &code) {
        return Err(AppError::NotFound);
    }
    let description = taxonomy::facet(facet)
        .and_then(|f| f.term(&code))
        .map(|term| term.description_in(locale).to_owned())
        .unwrap_or_else(|| taxonomy::facet_name(facet, locale));
    Ok(PostList {
        heading: taxonomy::term_name(facet, &code, locale),
        description,
        feed: format!("/blog/tags/{facet}/{code}/feed.xml"),
        posts: posts_tagged(db, kinds, facet, &code, locale).await?,
    })
}

/// The page of an author: their posts, found by the slug of their name.
pub async fn author_posts(
    db: &DatabaseConnection,
    kinds: &[PublicKind],
    slug: &str,
    locale: Locale,
) -> AppResult<PostList> {
    let posts = posts_tagged(db, kinds, "author", slug, locale).await?;
    let name = posts
        .iter()
        .flat_map(|post| post.authors.iter())
        .find(|author| author.slug == slug)
        .map(|author| author.name.clone())
        .ok_or(AppError::NotFound)?;
    let organisation = posts
        .iter()
        .flat_map(|post| post.authors.iter())
        .find(|author| author.slug == slug)
        .and_then(|author| author.organisation.clone())
        .unwrap_or_default();
    Ok(PostList {
        heading: name,
        description: organisation,
        feed: format!("/blog/authors/{slug}/feed.xml"),
        posts,
    })
}
