//! The editorial calendar: planned issues, slots assigned to member organisations, what is
//! late, and publishing an issue. Editors only.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use time::OffsetDateTime;

use super::super::write_api::{CalendarIssue, CalendarSlot, EditorialDesk, PostRow};
use super::super::{ISSUE_PLANNED, ISSUE_PUBLISHED};
use crate::auth::{CurrentUser, Role};
use crate::content::is_issue_month;
use crate::db::entities::{article, blog_issue, issue_slot, organisation};
use crate::editorial::Status;
use crate::error::{AppError, AppResult};
use crate::forms::ssr::Problems;

fn editor_only(user: &CurrentUser) -> AppResult<()> {
    if user.has(Role::Editor) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// Plans a new issue. `month` is `YYYY-MM`; month and number are each used once.
pub async fn create_issue(
    db: &DatabaseConnection,
    user: &CurrentUser,
    month: &str,
    number: &str,
    theme: &str,
) -> AppResult<()> {
    editor_only(user)?;
    let mut problems = Problems::default();
    if !is_issue_month(month) {
        problems.add("month", "error-month");
    }
    let number = number.parse::<i32>().ok().filter(|n| (1..=10_000).contains(n));
    if number.is_none() {
        problems.add("number", "error-number");
    }
    problems.text("theme", theme, true, 200);
    problems.into_result()?;
    let number = number.unwrap_or(1);
    let taken = blog_issue::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(blog_issue::Column::Month.eq(month))
                .add(blog_issue::Column::Number.eq(number)),
        )
        .count(db)
        .await?;
    if taken > 0 {
        return Err(AppError::Invalid { field: "month".into(), message: "error-issue-taken".into() });
    }
    let now = OffsetDateTime::now_utc();
    blog_issue::ActiveModel {
        month: Set(month.to_owned()),
        number: Set(number),
        theme: Set(theme.to_owned()),
        summary: Set(String::new()),
        editor: Set(user.name.clone()),
        lang: Set("en".to_owned()),
        intro_markdown: Set(String::new()),
        intro_html: Set(String::new()),
        status: Set(ISSUE_PLANNED.to_owned()),
        published_on: Set(None),
        source_hash: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Assigns a slot of issue `month` to an organisation, on a topic, due by `deadline`
/// (`YYYY-MM-DD`).
pub async fn assign_slot(
    db: &DatabaseConnection,
    user: &CurrentUser,
    month: &str,
    organisation_id: &str,
    topic: &str,
    deadline: &str,
) -> AppResult<()> {
    editor_only(user)?;
    let mut problems = Problems::default();
    let issue = blog_issue::Entity::find().filter(blog_issue::Column::Month.eq(month)).one(db).await?;
    if issue.is_none() {
        problems.add("slot_issue", "error-choose");
    }
    let org = match organisation_id.parse::<i64>() {
        Ok(id) => organisation::Entity::find_by_id(id).one(db).await?,
        Err(_) => None,
    };
    if org.is_none() {
        problems.add("organisation", "error-choose");
    }
    problems.text("topic", topic, true, 200);
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let deadline = time::Date::parse(deadline, &format).ok();
    if deadline.is_none() {
        problems.add("deadline", "error-date");
    }
    problems.into_result()?;
    let (Some(issue), Some(org), Some(deadline)) = (issue, org, deadline) else {
        return Err(AppError::Internal);
    };
    issue_slot::ActiveModel {
        issue_id: Set(issue.id),
        organisation_id: Set(org.id),
        topic: Set(topic.to_owned()),
        deadline: Set(deadline),
        article_id: Set(None),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Publishes issue `month`, with the editor's introduction: its page, and its published
/// posts in it, become public.
pub async fn publish_issue(
    db: &DatabaseConnection,
    user: &CurrentUser,
    month: &str,
    summary: &str,
    intro: &str,
) -> AppResult<()> {
    editor_only(user)?;
    let issue = blog_issue::Entity::find()
        .filter(blog_issue::Column::Month.eq(month))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut problems = Problems::default();
    problems.text("summary", summary, true, 400);
    problems.text("intro", intro, true, 20_000);
    problems.into_result()?;
    let now = OffsetDateTime::now_utc();
    blog_issue::ActiveModel {
        id: Set(issue.id),
        summary: Set(summary.to_owned()),
        intro_markdown: Set(intro.to_owned()),
        intro_html: Set(crate::markdown::render(intro).html),
        status: Set(ISSUE_PUBLISHED.to_owned()),
        published_on: Set(Some(issue.published_on.unwrap_or(now.date()))),
        editor: Set(user.name.clone()),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// The editor's desk: posts waiting for review, approved and scheduled posts, and the
/// calendar of issues with their slots.
pub async fn editor_desk(db: &DatabaseConnection, user: &CurrentUser) -> AppResult<EditorialDesk> {
    editor_only(user)?;
    let today = OffsetDateTime::now_utc().date();
    let waiting = article::Entity::find()
        .filter(article::Column::Status.is_in([
            Status::Submitted.code(),
            Status::Approved.code(),
            Status::Scheduled.code(),
            Status::ChangesRequested.code(),
        ]))
        .order_by_asc(article::Column::UpdatedAt)
        .all(db)
        .await?;
    let review = waiting.into_iter().map(post_row).collect();
    let issues = blog_issue::Entity::find().order_by_desc(blog_issue::Column::Month).all(db).await?;
    let slots = issue_slot::Entity::find().order_by_asc(issue_slot::Column::Deadline).all(db).await?;
    let orgs = organisation::Entity::find().all(db).await?;
    let slot_posts = article::Entity::find()
        .filter(article::Column::Id.is_in(slots.iter().filter_map(|slot| slot.article_id)))
        .all(db)
        .await?;
    let calendar = issues
        .into_iter()
        .map(|issue| CalendarIssue {
            month: issue.month.clone(),
            number: issue.number,
            theme: issue.theme.clone(),
            published: issue.status == ISSUE_PUBLISHED,
            slots: slots
                .iter()
                .filter(|slot| slot.issue_id == issue.id)
                .map(|slot| {
                    let post = slot.article_id.and_then(|id| slot_posts.iter().find(|post| post.id == id));
                    let status = post.and_then(|post| Status::from_code(&post.status));
                    let done = matches!(
                        status,
                        Some(Status::Submitted | Status::Approved | Status::Scheduled | Status::Published)
                    );
                    CalendarSlot {
                        organisation: orgs
                            .iter()
                            .find(|org| org.id == slot.organisation_id)
                            .map(|org| org.name.clone())
                            .unwrap_or_default(),
                        topic: slot.topic.clone(),
                        deadline: slot.deadline.to_string(),
                        post: post.map(|post| post_row(post.clone())),
                        late: !done && slot.deadline < today,
                    }
                })
                .collect(),
        })
        .collect();
    Ok(EditorialDesk { review, calendar })
}

/// A post as the writing and editing lists show it.
pub fn post_row(row: article::Model) -> PostRow {
    PostRow {
        id: row.id,
        slug: row.slug,
        title: row.title,
        status: Status::from_code(&row.status).unwrap_or(Status::Draft),
        updated: row.updated_at.date().to_string(),
        publish_at: row
            .publish_at
            .map(|at| at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()),
    }
}

/// The posts `user` wrote in the hub, newest change first.
pub async fn my_posts(db: &DatabaseConnection, user: &CurrentUser) -> AppResult<Vec<PostRow>> {
    let rows = article::Entity::find()
        .filter(article::Column::OwnerId.eq(user.id))
        .order_by_desc(article::Column::UpdatedAt)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(post_row).collect())
}

/// (id, name) of every organisation, for the slot form.
pub async fn organisation_choices(db: &DatabaseConnection) -> AppResult<Vec<(String, String)>> {
    let rows = organisation::Entity::find().order_by_asc(organisation::Column::Name).all(db).await?;
    Ok(rows.into_iter().map(|org| (org.id.to_string(), org.name)).collect())
}
