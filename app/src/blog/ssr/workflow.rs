//! Writing, reviewing, scheduling and publishing posts. Every permission check of the
//! workflow is here.
//!
//! Policy: the raw Markdown of every save is kept as a revision; the HTML is rendered and
//! sanitised once, on save. Every change of state is an `article_events` row with who and
//! when; a change that readers can see (publication, unpublication, an edit of a published
//! post) appends to the search outbox in the same transaction.

use std::collections::BTreeMap;

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder,
};
use time::OffsetDateTime;

use super::queries::replace_tags;
use crate::auth::{CurrentUser, Role};
use crate::content::{Author, is_issue_month};
use crate::db::entities::{article, article_revision, blog_issue, issue_slot, organisation};
use crate::editorial::ssr as editorial;
use crate::editorial::{Action, Status};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::Problems;
use crate::markdown;
use crate::taxonomy;
use crate::text::name_slug;

/// Where posts are stored, for the review workflow.
pub const POSTS: editorial::Reviewed = editorial::Reviewed {
    kind: "article",
    table: "articles",
    events: "article_events",
    event_key: "article_id",
    schedules: true,
};

/// Where a revision written in the hub came from.
pub const ORIGIN_HUB: &str = "hub";

/// Languages a post can be written in.
pub const POST_LANGUAGES: [&str; 7] = ["en", "fr", "es", "ar", "ru", "zh", "pt"];

/// Longest accepted body, in characters.
const BODY_MAX: usize = 100_000;

/// What the writing form sends.
#[derive(Clone, Debug, Default)]
pub struct PostInput {
    /// Title.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
    /// Language code.
    pub lang: String,
    /// Markdown body.
    pub body: String,
    /// Taxonomy tags by facet (not countries).
    pub tags: BTreeMap<String, Vec<String>>,
    /// Countries as typed: codes or names, separated by commas.
    pub countries: String,
    /// Issue month, or empty.
    pub issue: String,
    /// What changed, for the revision history.
    pub note: String,
}

pub(super) fn status_of(row: &article::Model) -> Status {
    Status::from_code(&row.status).unwrap_or(Status::Draft)
}

/// Whether `user` may open and edit the text of `row`: its author while it is not public,
/// and editors always.
pub fn can_edit(user: &CurrentUser, row: &article::Model) -> bool {
    crate::editorial::may_edit(row.owner_id == Some(user.id), user.has(Role::Editor), status_of(row))
}

/// Whether `user` may see `row` in the writing pages: its author and editors.
pub fn can_see(user: &CurrentUser, row: &article::Model) -> bool {
    user.has(Role::Editor) || row.owner_id == Some(user.id)
}

/// The post `id` as `user` may see it; 404 for anyone else, so a draft's existence is not
/// given away.
pub async fn post_for(db: &DatabaseConnection, user: &CurrentUser, id: i64) -> AppResult<article::Model> {
    let row = article::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    if can_see(user, &row) { Ok(row) } else { Err(AppError::NotFound) }
}

struct Checked {
    tags: Vec<(String, String)>,
    issue_id: Option<i64>,
}

async fn check(db: &DatabaseConnection, input: &PostInput) -> AppResult<Checked> {
    let mut problems = Problems::default();
    problems.text("title", &input.title, true, 200);
    problems.text("summary", &input.summary, true, 400);
    if !POST_LANGUAGES.contains(&input.lang.as_str()) {
        problems.add("lang", "error-choose");
    }
    problems.text("body", &input.body, true, BODY_MAX);
    let mut tags = Vec::new();
    for (facet, codes) in &input.tags {
        for code in codes {
            if taxonomy::TAG_FACETS.contains(&facet.as_str())
                && facet != "country"
                && taxonomy::is_known(facet, code)
            {
                tags.push((facet.clone(), code.clone()));
            } else {
                problems.add("tags", "error-choose");
            }
        }
    }
    for part in input.countries.split([',', ';']).map(str::trim).filter(|part| !part.is_empty()) {
        match country_of(part) {
            Some(code) => tags.push(("country".to_owned(), code)),
            None => problems.add("countries", "error-country-unknown"),
        }
    }
    let mut issue_id = None;
    if !input.issue.is_empty() {
        let issue = if is_issue_month(&input.issue) {
            blog_issue::Entity::find().filter(blog_issue::Column::Month.eq(&input.issue)).one(db).await?
        } else {
            None
        };
        match issue {
            Some(issue) => issue_id = Some(issue.id),
            None => problems.add("issue", "error-choose"),
        }
    }
    problems.into_result()?;
    Ok(Checked { tags, issue_id })
}

/// The ISO code of a country typed as a code or a name in any interface language.
fn country_of(text: &str) -> Option<String> {
    taxonomy::country_by_name(text).map(|country| country.code.clone())
}

/// A slug for a new post from its title: free among articles.
async fn free_slug(txn: &DatabaseTransaction, title: &str) -> AppResult<String> {
    let mut base = name_slug(title);
    if base.is_empty() {
        base = "post".to_owned();
    }
    for slug in crate::text::slug_candidates(&base) {
        let taken = article::Entity::find().filter(article::Column::Slug.eq(&slug)).count(txn).await?;
        if taken == 0 {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict)
}

/// Saves a new post (`id` none) as a draft of `user`, or a new revision of post `id`.
/// Returns the post's id.
pub async fn save_post(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: Option<i64>,
    input: PostInput,
) -> AppResult<i64> {
    let existing = match id {
        Some(id) => {
            let row = post_for(db, user, id).await?;
            if !can_edit(user, &row) {
                return Err(AppError::Forbidden);
            }
            Some(row)
        }
        None => None,
    };
    let checked = check(db, &input).await?;
    let organisation = match user.organisation_id {
        Some(org) => organisation::Entity::find_by_id(org).one(db).await?,
        None => None,
    };
    let rendered = markdown::render(&input.body);
    let now = OffsetDateTime::now_utc();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    // Read again under the write lock: the state it is saved in is the state it is in.
    let item = match id {
        Some(id) => Some(editorial::editable_item(&txn, &POSTS, user, id).await?),
        None => None,
    };
    let mut row = match &existing {
        Some(row) => article::ActiveModel { id: Set(row.id), ..Default::default() },
        None => {
            let authors = vec![Author {
                name: user.name.clone(),
                organisation: organisation.as_ref().map(|o| o.name.clone()),
            }];
            article::ActiveModel {
                slug: Set(free_slug(&txn, &input.title).await?),
                authors: Set(serde_json::to_value(&authors).map_err(|_| AppError::Internal)?),
                status: Set(Status::Draft.code().to_owned()),
                owner_id: Set(Some(user.id)),
                organisation_id: Set(organisation.as_ref().map(|o| o.id)),
                published_on: Set(now.date()),
                created_at: Set(now),
                ..Default::default()
            }
        }
    };
    row.title = Set(input.title.clone());
    row.summary = Set(input.summary.clone());
    row.lang = Set(input.lang.clone());
    row.body_html = Set(rendered.html);
    row.body_text = Set(rendered.plain_text);
    row.toc = Set(serde_json::to_value(&rendered.toc).map_err(|_| AppError::Internal)?);
    row.reading_minutes = Set(i32::try_from(rendered.reading_minutes).unwrap_or(i32::MAX));
    row.issue_id = Set(checked.issue_id);
    row.source_hash = Set(None);
    row.updated_at = Set(now);
    let saved = if existing.is_some() { row.update(&txn).await } else { row.insert(&txn).await }?;
    let note = if input.note.is_empty() {
        if existing.is_some() { "Edited" } else { "First draft" }.to_owned()
    } else {
        input.note.chars().take(300).collect()
    };
    let revision = article_revision::ActiveModel {
        article_id: Set(saved.id),
        title: Set(saved.title.clone()),
        summary: Set(saved.summary.clone()),
        body_markdown: Set(input.body),
        origin: Set(ORIGIN_HUB.to_owned()),
        author: Set(user.name.clone()),
        note: Set(note),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    article::ActiveModel {
        id: Set(saved.id),
        current_revision_id: Set(Some(revision.id)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let authors = crate::blog::articles::ssr::authors(&saved.authors);
    let mut tags = checked.tags;
    tags.extend(authors.into_iter().map(|author| ("author".to_owned(), author.slug)));
    replace_tags(&txn, saved.id, tags).await?;
    match &item {
        Some(item) => editorial::after_edit(&txn, &POSTS, item, user, revision.id).await?,
        None => {
            let step = editorial::Step {
                from: None,
                to: Status::Draft,
                actor: Some(user),
                comment: "",
                revision_id: Some(revision.id),
            };
            editorial::record(&txn, &POSTS, saved.id, step).await?
        }
    }
    if let (Some(issue_id), Some(org_id)) = (saved.issue_id, saved.organisation_id) {
        fill_slot(&txn, issue_id, org_id, saved.id).await?;
    }
    if status_of(&saved) == Status::Published {
        crate::search::index::enqueue(&txn, POSTS.kind, saved.id).await?;
    }
    txn.commit().await?;
    Ok(saved.id)
}

/// Attaches post `article_id` to the earliest open slot of its organisation in its issue.
async fn fill_slot(
    txn: &DatabaseTransaction,
    issue_id: i64,
    organisation_id: i64,
    article_id: i64,
) -> AppResult<()> {
    let already =
        issue_slot::Entity::find().filter(issue_slot::Column::ArticleId.eq(article_id)).count(txn).await?;
    if already > 0 {
        return Ok(());
    }
    let open = issue_slot::Entity::find()
        .filter(issue_slot::Column::IssueId.eq(issue_id))
        .filter(issue_slot::Column::OrganisationId.eq(organisation_id))
        .filter(issue_slot::Column::ArticleId.is_null())
        .order_by_asc(issue_slot::Column::Deadline)
        .one(txn)
        .await?;
    if let Some(slot) = open {
        issue_slot::ActiveModel { id: Set(slot.id), article_id: Set(Some(article_id)), ..Default::default() }
            .update(txn)
            .await?;
    }
    Ok(())
}

/// Moves post `id` one step through the workflow (or comments on it) as `user`.
/// `publish_at` is required to schedule and must be in the future.
pub async fn act(
    db: &DatabaseConnection,
    user: &CurrentUser,
    id: i64,
    action: Action,
    comment: &str,
    publish_at: Option<OffsetDateTime>,
) -> AppResult<Status> {
    editorial::act(db, &POSTS, user, id, action, comment, publish_at).await
}

/// Publishes every scheduled post whose time has come; returns how many. Run by the
/// scheduler task, so a post goes out at its time without anyone asking for a page, and
/// after a restart whatever fell due while the hub was down goes out at once.
pub async fn publish_due(db: &DatabaseConnection) -> AppResult<usize> {
    let now = OffsetDateTime::now_utc();
    let due = article::Entity::find()
        .filter(article::Column::Status.eq(Status::Scheduled.code()))
        .filter(article::Column::PublishAt.lte(now))
        .all(db)
        .await?;
    let mut published = 0;
    for row in due {
        let (txn, _turn) = crate::db::begin_write(db).await?;
        // Only if it is still scheduled: an editor may have changed it in the meantime.
        let Some(item) = editorial::item(&txn, &POSTS, row.id).await? else { continue };
        if item.status == Status::Scheduled
            && editorial::transition(
                &txn,
                &POSTS,
                &item,
                Status::Published,
                None,
                "",
                Some(row.publish_at.unwrap_or(now)),
            )
            .await?
        {
            published += 1;
        }
        txn.commit().await?;
    }
    Ok(published)
}
