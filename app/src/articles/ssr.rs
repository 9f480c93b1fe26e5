//! Article queries and their conversion to wire types.

use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::api::{ArticleDetail, ArticleSummary, TocItem};
use crate::db::entities::article;
use crate::error::{AppError, AppResult};
use crate::markdown::TocEntry;

/// Logs a database error once and hides it behind [`AppError::Internal`].
fn internal(err: sea_orm::DbErr) -> AppError {
    tracing::error!(error = %err, "article query failed");
    AppError::Internal
}

/// The newest `limit` articles.
pub async fn list_articles(db: &DatabaseConnection, limit: i64) -> AppResult<Vec<ArticleSummary>> {
    let rows = article::Entity::find()
        .order_by_desc(article::Column::PublishedOn)
        .order_by_asc(article::Column::Title)
        .limit(u64::try_from(limit).unwrap_or(0))
        .all(db)
        .await
        .map_err(internal)?;
    Ok(rows.into_iter().map(ArticleSummary::from).collect())
}

/// The article with `slug`.
pub async fn get_article(db: &DatabaseConnection, slug: &str) -> AppResult<ArticleDetail> {
    if slug.len() > 200 {
        return Err(AppError::NotFound);
    }
    article::Entity::find()
        .filter(article::Column::Slug.eq(slug))
        .one(db)
        .await
        .map_err(internal)?
        .map(ArticleDetail::from)
        .ok_or(AppError::NotFound)
}

impl From<article::Model> for ArticleSummary {
    fn from(row: article::Model) -> Self {
        ArticleSummary {
            slug: row.slug,
            title: row.title,
            summary: row.summary,
            lang: row.lang,
            authors: serde_json::from_value(row.authors).unwrap_or_default(),
            published_on: row.published_on.to_string(),
            reading_minutes: row.reading_minutes,
        }
    }
}

impl From<article::Model> for ArticleDetail {
    fn from(mut row: article::Model) -> Self {
        let body_html = std::mem::take(&mut row.body_html);
        let toc: Vec<TocEntry> = serde_json::from_value(row.toc.take()).unwrap_or_default();
        ArticleDetail {
            body_html,
            toc: toc
                .into_iter()
                .map(|entry| TocItem { level: i32::from(entry.level), id: entry.id, title: entry.title })
                .collect(),
            summary: ArticleSummary::from(row),
        }
    }
}
