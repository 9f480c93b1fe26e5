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
    PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use time::OffsetDateTime;

use super::super::PostStatus;
use super::queries::replace_tags;
use crate::articles::ssr::internal;
use crate::auth::{CurrentUser, Role};
use crate::content::{Author, is_issue_month};
use crate::db::entities::{article, article_event, article_revision, blog_issue, issue_slot, organisation};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::Problems;
use crate::markdown;
use crate::members::name_slug;
use crate::taxonomy;

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

/// A step of the workflow asked for by a button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The author sends the post to the editors.
    Submit,
    /// An editor sends it back with comments.
    RequestChanges,
    /// An editor accepts it (never their own).
    Approve,
    /// An editor sets the time it goes out.
    Schedule,
    /// An editor publishes it now.
    PublishNow,
    /// An editor takes it down.
    Unpublish,
    /// An editor archives it.
    Archive,
    /// The author or an editor comments without changing the state.
    Comment,
}

impl Action {
    /// The action a button's `action` value names.
    pub fn from_code(code: &str) -> Option<Action> {
        Some(match code {
            "submit" => Action::Submit,
            "request-changes" => Action::RequestChanges,
            "approve" => Action::Approve,
            "schedule" => Action::Schedule,
            "publish" => Action::PublishNow,
            "unpublish" => Action::Unpublish,
            "archive" => Action::Archive,
            "comment" => Action::Comment,
            _ => return None,
        })
    }

    /// Whether someone may take this action on an item (a post or a case): its author, an
    /// editor, or both. A reviewer never approves their own item.
    pub fn allowed(self, is_owner: bool, is_editor: bool) -> bool {
        match self {
            Action::Submit | Action::Comment => is_owner || is_editor,
            Action::Approve => is_editor && !is_owner,
            Action::RequestChanges
            | Action::Schedule
            | Action::PublishNow
            | Action::Unpublish
            | Action::Archive => is_editor,
        }
    }

    /// The state this action leads to from `from`.
    pub fn target(self, from: PostStatus) -> PostStatus {
        match self {
            Action::Submit => PostStatus::Submitted,
            Action::RequestChanges => PostStatus::ChangesRequested,
            Action::Approve => PostStatus::Approved,
            Action::Schedule => PostStatus::Scheduled,
            Action::PublishNow => PostStatus::Published,
            Action::Unpublish => PostStatus::Unpublished,
            Action::Archive => PostStatus::Archived,
            Action::Comment => from,
        }
    }
}

pub(super) fn status_of(row: &article::Model) -> PostStatus {
    PostStatus::from_code(&row.status).unwrap_or(PostStatus::Draft)
}

/// Whether `user` may open and edit the text of `row`: its author while it is not public,
/// and editors always.
pub fn can_edit(user: &CurrentUser, row: &article::Model) -> bool {
    may_edit(user, row.owner_id, status_of(row))
}

/// Whether `user` may change the text of an item (a post or a case) owned by `owner` in
/// state `status`: its author while it is not public, and editors always.
pub fn may_edit(user: &CurrentUser, owner: Option<i64>, status: PostStatus) -> bool {
    user.has(Role::Editor)
        || (owner == Some(user.id)
            && matches!(
                status,
                PostStatus::Draft
                    | PostStatus::Submitted
                    | PostStatus::ChangesRequested
                    | PostStatus::Approved
            ))
}

/// Whether `user` may see `row` in the writing pages: its author and editors.
pub fn can_see(user: &CurrentUser, row: &article::Model) -> bool {
    user.has(Role::Editor) || row.owner_id == Some(user.id)
}

/// The post `id` as `user` may see it; 404 for anyone else, so a draft's existence is not
/// given away.
pub async fn post_for(db: &DatabaseConnection, user: &CurrentUser, id: i64) -> AppResult<article::Model> {
    let row = article::Entity::find_by_id(id).one(db).await.map_err(internal)?.ok_or(AppError::NotFound)?;
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
            blog_issue::Entity::find()
                .filter(blog_issue::Column::Month.eq(&input.issue))
                .one(db)
                .await
                .map_err(internal)?
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
    for n in 1..1000 {
        let slug = if n == 1 { base.clone() } else { format!("{base}-{n}") };
        let taken = article::Entity::find()
            .filter(article::Column::Slug.eq(&slug))
            .count(txn)
            .await
            .map_err(internal)?;
        if taken == 0 {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict)
}

async fn record(
    txn: &DatabaseTransaction,
    article_id: i64,
    from: Option<PostStatus>,
    to: PostStatus,
    actor: Option<&CurrentUser>,
    comment: &str,
    revision_id: Option<i64>,
) -> AppResult<()> {
    article_event::ActiveModel {
        article_id: Set(article_id),
        from_status: Set(from.map(|status| status.code().to_owned())),
        to_status: Set(to.code().to_owned()),
        actor_id: Set(actor.map(|user| user.id)),
        actor_name: Set(actor.map_or_else(|| "scheduler".to_owned(), |user| user.name.clone())),
        comment: Set(comment.to_owned()),
        revision_id: Set(revision_id),
        created_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .insert(txn)
    .await
    .map_err(internal)?;
    Ok(())
}

async fn enqueue(txn: &DatabaseTransaction, article_id: i64) -> AppResult<()> {
    crate::search::index::enqueue(txn, "article", article_id).await.map(drop).map_err(internal)
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
        Some(org) => organisation::Entity::find_by_id(org).one(db).await.map_err(internal)?,
        None => None,
    };
    let rendered = markdown::render(&input.body);
    let now = OffsetDateTime::now_utc();
    let txn = db.begin().await.map_err(internal)?;
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
                status: Set(PostStatus::Draft.code().to_owned()),
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
    let saved =
        if existing.is_some() { row.update(&txn).await } else { row.insert(&txn).await }.map_err(internal)?;
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
    .await
    .map_err(internal)?;
    article::ActiveModel {
        id: Set(saved.id),
        current_revision_id: Set(Some(revision.id)),
        ..Default::default()
    }
    .update(&txn)
    .await
    .map_err(internal)?;
    let authors = crate::articles::ssr::authors(&saved.authors);
    let mut tags = checked.tags;
    tags.extend(authors.into_iter().map(|author| ("author".to_owned(), author.slug)));
    replace_tags(&txn, saved.id, tags).await.map_err(internal)?;
    if existing.is_none() {
        record(&txn, saved.id, None, PostStatus::Draft, Some(user), "", Some(revision.id)).await?;
    }
    if let (Some(issue_id), Some(org_id)) = (saved.issue_id, saved.organisation_id) {
        fill_slot(&txn, issue_id, org_id, saved.id).await?;
    }
    if status_of(&saved) == PostStatus::Published {
        enqueue(&txn, saved.id).await?;
    }
    txn.commit().await.map_err(internal)?;
    Ok(saved.id)
}

/// Attaches post `article_id` to the earliest open slot of its organisation in its issue.
async fn fill_slot(
    txn: &DatabaseTransaction,
    issue_id: i64,
    organisation_id: i64,
    article_id: i64,
) -> AppResult<()> {
    let already = issue_slot::Entity::find()
        .filter(issue_slot::Column::ArticleId.eq(article_id))
        .count(txn)
        .await
        .map_err(internal)?;
    if already > 0 {
        return Ok(());
    }
    let open = issue_slot::Entity::find()
        .filter(issue_slot::Column::IssueId.eq(issue_id))
        .filter(issue_slot::Column::OrganisationId.eq(organisation_id))
        .filter(issue_slot::Column::ArticleId.is_null())
        .order_by_asc(issue_slot::Column::Deadline)
        .one(txn)
        .await
        .map_err(internal)?;
    if let Some(slot) = open {
        issue_slot::ActiveModel { id: Set(slot.id), article_id: Set(Some(article_id)), ..Default::default() }
            .update(txn)
            .await
            .map_err(internal)?;
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
) -> AppResult<PostStatus> {
    let row = post_for(db, user, id).await?;
    let from = status_of(&row);
    let is_owner = row.owner_id == Some(user.id);
    let is_editor = user.has(Role::Editor);
    if !action.allowed(is_owner, is_editor) {
        return Err(AppError::Forbidden);
    }
    let to = action.target(from);
    if action != Action::Comment && !from.can_move_to(to) {
        return Err(AppError::Conflict);
    }
    let comment: String = comment.trim().chars().take(5_000).collect();
    if matches!(action, Action::RequestChanges | Action::Comment) && comment.is_empty() {
        return Err(AppError::Invalid { field: "comment".into(), message: "error-required".into() });
    }
    let now = OffsetDateTime::now_utc();
    let publish_at = match action {
        Action::Schedule => match publish_at {
            Some(at) if at > now => Some(at),
            Some(_) => {
                return Err(AppError::Invalid { field: "publish_at".into(), message: "error-future".into() });
            }
            None => {
                return Err(AppError::Invalid {
                    field: "publish_at".into(),
                    message: "error-required".into(),
                });
            }
        },
        _ => None,
    };
    let txn = db.begin().await.map_err(internal)?;
    let mut update =
        article::ActiveModel { id: Set(row.id), status: Set(to.code().to_owned()), ..Default::default() };
    match action {
        Action::Schedule => update.publish_at = Set(publish_at),
        Action::PublishNow => {
            update.publish_at = Set(None);
            update.published_on = Set(now.date());
        }
        _ => {}
    }
    if to != from {
        update.updated_at = Set(now);
    }
    update.update(&txn).await.map_err(internal)?;
    record(&txn, row.id, Some(from), to, Some(user), &comment, row.current_revision_id).await?;
    if from == PostStatus::Published || to == PostStatus::Published {
        enqueue(&txn, row.id).await?;
    }
    txn.commit().await.map_err(internal)?;
    Ok(to)
}

/// Publishes every scheduled post whose time has come; returns how many. Run by the
/// scheduler task, so a post goes out at its time without anyone asking for a page, and
/// after a restart whatever fell due while the hub was down goes out at once.
pub async fn publish_due(db: &DatabaseConnection) -> AppResult<usize> {
    let now = OffsetDateTime::now_utc();
    let due = article::Entity::find()
        .filter(article::Column::Status.eq(PostStatus::Scheduled.code()))
        .filter(article::Column::PublishAt.lte(now))
        .all(db)
        .await
        .map_err(internal)?;
    let mut published = 0;
    for row in due {
        let txn = db.begin().await.map_err(internal)?;
        let at = row.publish_at.unwrap_or(now);
        // Only if it is still scheduled: an editor may have changed it in the meantime.
        let changed = article::Entity::update_many()
            .col_expr(article::Column::Status, sea_orm::sea_query::Expr::value(PostStatus::Published.code()))
            .col_expr(article::Column::PublishedOn, sea_orm::sea_query::Expr::value(at.date()))
            .col_expr(article::Column::UpdatedAt, sea_orm::sea_query::Expr::value(now))
            .filter(article::Column::Id.eq(row.id))
            .filter(article::Column::Status.eq(PostStatus::Scheduled.code()))
            .exec(&txn)
            .await
            .map_err(internal)?;
        if changed.rows_affected == 1 {
            record(
                &txn,
                row.id,
                Some(PostStatus::Scheduled),
                PostStatus::Published,
                None,
                "",
                row.current_revision_id,
            )
            .await?;
            enqueue(&txn, row.id).await?;
            published += 1;
        }
        txn.commit().await.map_err(internal)?;
    }
    Ok(published)
}
