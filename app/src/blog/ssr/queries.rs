//! Reading issues and lists of posts; writing an article's tags.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::super::ISSUE_PUBLISHED;
use super::super::api::{IssueDetail, IssueSummary, PostList};
use crate::blog::articles::api::ArticleSummary;
use crate::blog::articles::ssr::published;
use crate::content::is_issue_month;
use crate::db::entities::{article, article_tag, blog_issue};
use crate::editorial::Status;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
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

async fn summary_of(db: &DatabaseConnection, issue: blog_issue::Model) -> AppResult<IssueSummary> {
    let post_count = article::Entity::find()
        .filter(article::Column::IssueId.eq(issue.id))
        .filter(article::Column::Status.eq(Status::Published.code()))
        .count(db)
        .await?;
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
pub async fn list_issues(db: &DatabaseConnection) -> AppResult<Vec<IssueSummary>> {
    let rows = published_issues().all(db).await?;
    let mut issues = Vec::with_capacity(rows.len());
    for row in rows {
        issues.push(summary_of(db, row).await?);
    }
    Ok(issues)
}

async fn detail_of(db: &DatabaseConnection, issue: blog_issue::Model) -> AppResult<IssueDetail> {
    let posts = article::Entity::find()
        .filter(article::Column::IssueId.eq(issue.id))
        .filter(article::Column::Status.eq(Status::Published.code()))
        .order_by_asc(article::Column::PublishedOn)
        .order_by_asc(article::Column::Title)
        .all(db)
        .await?;
    let (editor, lang, intro_html) = (issue.editor.clone(), issue.lang.clone(), issue.intro_html.clone());
    let mut summary = summary_of(db, issue).await?;
    summary.post_count = u32::try_from(posts.len()).unwrap_or(u32::MAX);
    Ok(IssueDetail {
        issue: summary,
        editor,
        lang,
        intro_html,
        posts: posts.into_iter().map(ArticleSummary::from).collect(),
    })
}

/// The newest published issue.
pub async fn current_issue(db: &DatabaseConnection) -> AppResult<Option<IssueDetail>> {
    match published_issues().one(db).await? {
        Some(issue) => Ok(Some(detail_of(db, issue).await?)),
        None => Ok(None),
    }
}

/// The published issue of `month`.
pub async fn get_issue(db: &DatabaseConnection, month: &str) -> AppResult<IssueDetail> {
    if !is_issue_month(month) {
        return Err(AppError::NotFound);
    }
    let issue = published_issues()
        .filter(blog_issue::Column::Month.eq(month))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    detail_of(db, issue).await
}

/// Published posts of member organisation `id`, newest first.
pub async fn organisation_posts(db: &DatabaseConnection, id: i64) -> AppResult<Vec<ArticleSummary>> {
    let rows = published().filter(article::Column::OrganisationId.eq(id)).all(db).await?;
    Ok(rows.into_iter().map(ArticleSummary::from).collect())
}

/// Published posts tagged `code` in `facet` (a taxonomy facet or `author`), newest first.
pub async fn posts_tagged(
    db: &DatabaseConnection,
    facet: &str,
    code: &str,
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
    Ok(rows.into_iter().map(ArticleSummary::from).collect())
}

/// The page of a taxonomy tag: its name, description and posts (possibly none).
pub async fn tag_posts(
    db: &DatabaseConnection,
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
        posts: posts_tagged(db, facet, &code).await?,
    })
}

/// The page of an author: their posts, found by the slug of their name.
pub async fn author_posts(db: &DatabaseConnection, slug: &str) -> AppResult<PostList> {
    let posts = posts_tagged(db, "author", slug).await?;
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
