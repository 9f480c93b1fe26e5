//! What the document pages show: a document, its history, comparisons, revisions and
//! the published output.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::super::access::{self, Seen};
use super::super::revision_of;
use crate::auth::CurrentUser;
use crate::db::entities::{group_document, group_document_revision, group_member};
use crate::error::{AppError, AppResult};
use crate::groups::api::{
    CompareView, DocumentView, EndorsementView, HistoryView, OutputView, RevisionView, Standing,
};
use crate::groups::merge::{Change, DiffPart, word_diff};

use super::*;

/// A document of a group the viewer is an active member of.
pub(super) async fn member_document<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
    group: &str,
    doc: &str,
) -> AppResult<(Seen, group_document::Model)> {
    let seen = access::as_member(db, user, group).await?;
    let document = access::document(db, seen.group.id, doc).await?;
    Ok((seen, document))
}

/// Revision number `number` of `document`.
pub(super) async fn numbered<C: ConnectionTrait>(
    db: &C,
    document_id: i64,
    number: i32,
) -> AppResult<group_document_revision::Model> {
    group_document_revision::Entity::find()
        .filter(group_document_revision::Column::DocumentId.eq(document_id))
        .filter(group_document_revision::Column::Number.eq(number))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub(super) async fn head_of<C: ConnectionTrait>(
    db: &C,
    document: &group_document::Model,
) -> AppResult<Option<group_document_revision::Model>> {
    match document.head_revision_id {
        Some(id) => revision_of(db, document.id, id).await.map_err(AppError::from),
        None => Ok(None),
    }
}

/// `/groups/{group}/docs/{doc}`.
pub async fn document_view<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
    group: &str,
    doc: &str,
) -> AppResult<DocumentView> {
    let (seen, document) = member_document(db, user, group, doc).await?;
    let me = user.ok_or(AppError::Unauthorized)?.id;
    let head = head_of(db, &document).await?;
    let state = super::super::endorsement_state(db, document.id).await.map_err(|_| AppError::Internal)?;
    let editing = super::super::presence::editing(db, document.id, me).await?;
    let published = match document.endorsed_revision_id {
        Some(id) => revision_of(db, document.id, id).await?,
        None => None,
    };
    let members = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(seen.group.id))
        .filter(group_member::Column::State.eq(Standing::Active.code()))
        .all(db)
        .await?
        .len();
    let conflicts = group_document_revision::Entity::find()
        .filter(group_document_revision::Column::DocumentId.eq(document.id))
        .filter(group_document_revision::Column::Kind.eq(super::super::Kind::Conflict.code()))
        .filter(group_document_revision::Column::AuthorId.eq(me))
        .filter(group_document_revision::Column::Number.gt(head.as_ref().map_or(0, |h| h.number)))
        .order_by_desc(group_document_revision::Column::Number)
        .all(db)
        .await?;
    let people = people(
        db,
        state.endorsed_by.iter().copied().chain(head.iter().filter_map(|h| h.author_id)).chain([me]),
    )
    .await?;
    let endorsement = EndorsementView {
        proposed: document.proposed_revision_id.is_some()
            && document.proposed_revision_id == document.head_revision_id,
        approvers: state.endorsed_by.iter().map(|id| name_of(&people, Some(*id))).collect(),
        quorum: state.quorum,
        members: u32::try_from(members).unwrap_or(u32::MAX),
        mine: state.endorsed_by.contains(&me),
        published: published.as_ref().map(|p| (p.number, document.endorsed_at.map(date).unwrap_or_default())),
        head_published: document.endorsed_revision_id.is_some()
            && document.endorsed_revision_id == document.head_revision_id,
    };
    let source = translation_source(db, &document).await?;
    let translate = (document.endorsed_revision_id.is_some()
        && seen.visibility() == crate::groups::api::Visibility::Public)
        .then(|| crate::paths::translate("output", document.id));
    Ok(DocumentView {
        lang: document.lang.clone(),
        source,
        translate,
        group_slug: seen.group.slug.clone(),
        group_name: seen.group.name.clone(),
        slug: document.slug.clone(),
        title: document.title.clone(),
        head: head.as_ref().map(|h| revision_item(h, &people)),
        body: head.as_ref().map(|h| h.body.clone()).unwrap_or_default(),
        html: head.as_ref().map(|h| crate::markdown::render_nested(&h.body).html).unwrap_or_default(),
        editing,
        endorsement,
        is_lead: seen.is_lead(),
        my_conflicts: conflicts.iter().map(|c| revision_item(c, &people)).collect(),
    })
}

/// Longest original text shown beside a translation's editor, in characters.
const SOURCE_CHARS: usize = 60_000;

/// When `document` translates another document of its group: that original's current text,
/// shown beside the editor (the viewer is a member of the group, who may read it).
async fn translation_source<C: ConnectionTrait>(
    db: &C,
    document: &group_document::Model,
) -> AppResult<Option<crate::translations::api::SourceText>> {
    let Some(row) = crate::translations::row_of(db, "output", document.id).await? else {
        return Ok(None);
    };
    if row.work_id == document.id {
        return Ok(None);
    }
    let Some(original) = group_document::Entity::find_by_id(row.work_id)
        .filter(group_document::Column::GroupId.eq(document.group_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let body = head_of(db, &original).await?.map(|head| head.body).unwrap_or_default();
    let mut left = SOURCE_CHARS;
    let paragraphs: Vec<String> = body
        .split("\n\n")
        .map(|paragraph| crate::markdown::to_plain_text(paragraph).trim().to_owned())
        .filter(|paragraph| !paragraph.is_empty())
        .map_while(|paragraph| {
            let kept: String = paragraph.chars().take(left).collect();
            left = left.saturating_sub(kept.chars().count());
            (!kept.is_empty()).then_some(kept)
        })
        .collect();
    let group = crate::db::entities::group::Entity::find_by_id(original.group_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Some(crate::translations::api::SourceText {
        lang: original.lang.clone(),
        title: original.title.clone(),
        summary: String::new(),
        body: paragraphs,
        path: crate::paths::group_document(&group.slug, &original.slug),
        into: row.lang,
    }))
}

/// `/groups/{group}/docs/{doc}/history`.
pub async fn history_view<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
    group: &str,
    doc: &str,
) -> AppResult<HistoryView> {
    let (seen, document) = member_document(db, user, group, doc).await?;
    let revisions = super::super::history(db, document.id).await?;
    let people = people(db, revisions.iter().filter_map(|r| r.author_id)).await?;
    let head = revisions.iter().find(|r| Some(r.id) == document.head_revision_id).map(|r| r.number);
    Ok(HistoryView {
        group_slug: seen.group.slug,
        group_name: seen.group.name,
        slug: document.slug,
        title: document.title,
        head,
        revisions: revisions.iter().map(|r| revision_item(r, &people)).collect(),
    })
}

/// `/groups/{group}/docs/{doc}/compare`.
pub async fn compare_view<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
    group: &str,
    doc: &str,
    from: i32,
    to: i32,
) -> AppResult<CompareView> {
    let (seen, document) = member_document(db, user, group, doc).await?;
    let old = numbered(db, document.id, from).await?;
    let new = numbered(db, document.id, to).await?;
    let people = people(db, [old.author_id, new.author_id].into_iter().flatten()).await?;
    let mut numbers: Vec<i32> = group_document_revision::Entity::find()
        .select_only()
        .column(group_document_revision::Column::Number)
        .filter(group_document_revision::Column::DocumentId.eq(document.id))
        .into_tuple()
        .all(db)
        .await?;
    numbers.sort_unstable_by(|a, b| b.cmp(a));
    let (old_body, new_body) = (old.body.clone(), new.body.clone());
    let (parts, html) = crate::work::cpu(move || {
        let parts = word_diff(&old_body, &new_body);
        let html = rendered_diff(&parts);
        (parts, html)
    })
    .await?;
    Ok(CompareView {
        group_slug: seen.group.slug,
        group_name: seen.group.name,
        slug: document.slug,
        title: document.title,
        html,
        parts,
        from: revision_item(&old, &people),
        to: revision_item(&new, &people),
        numbers,
    })
}

/// The changes rendered as the document is: the Markdown with every changed run wrapped in
/// `<ins>` or `<del>`, line by line so that no mark spans two paragraphs, then rendered and
/// sanitised like any document.
pub(super) fn rendered_diff(parts: &[DiffPart]) -> String {
    let mut markdown = String::new();
    for part in parts {
        let tag = match part.change {
            Change::Same => {
                markdown.push_str(&part.text);
                continue;
            }
            Change::Added => "ins",
            Change::Removed => "del",
        };
        for (i, line) in part.text.split('\n').enumerate() {
            if i > 0 {
                markdown.push('\n');
            }
            if line.trim().is_empty() {
                markdown.push_str(line);
            } else {
                markdown.push_str(&format!("<{tag}>{line}</{tag}>"));
            }
        }
    }
    crate::markdown::render_nested(&markdown).html
}

/// `/groups/{group}/docs/{doc}/revisions/{number}`.
pub async fn revision_view<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
    group: &str,
    doc: &str,
    number: i32,
) -> AppResult<RevisionView> {
    let (seen, document) = member_document(db, user, group, doc).await?;
    let revision = numbered(db, document.id, number).await?;
    let head = head_of(db, &document).await?.filter(|h| h.id != revision.id);
    let people =
        people(db, [revision.author_id, head.as_ref().and_then(|h| h.author_id)].into_iter().flatten())
            .await?;
    let (body, head_body) = (revision.body.clone(), head.as_ref().map(|h| h.body.clone()));
    let (html, changes) = crate::work::cpu(move || {
        let changes = head_body.map(|head| word_diff(&head, &body)).unwrap_or_default();
        (crate::markdown::render_nested(&body).html, changes)
    })
    .await?;
    Ok(RevisionView {
        group_slug: seen.group.slug,
        group_name: seen.group.name,
        slug: document.slug,
        title: document.title,
        revision: revision_item(&revision, &people),
        html,
        changes,
        body: revision.body,
        head: head.map(|h| (revision_item(&h, &people), h.body)),
    })
}

/// `/groups/{group}/outputs/{doc}`: anyone who may see the group.
pub async fn output_view<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
    group: &str,
    doc: &str,
) -> AppResult<OutputView> {
    let seen = access::visible(db, user, group).await?;
    let document = access::document(db, seen.group.id, doc).await?;
    let revision_id = document.endorsed_revision_id.ok_or(AppError::NotFound)?;
    let revision = revision_of(db, document.id, revision_id).await?.ok_or(AppError::NotFound)?;
    let approvers = super::super::approvers(db, revision_id).await?;
    let people = people(db, approvers.iter().copied()).await?;
    Ok(OutputView {
        id: document.id,
        lang: document.lang,
        group_slug: seen.group.slug,
        group_name: seen.group.name,
        title: document.title,
        html: crate::markdown::render_nested(&revision.body).html,
        number: revision.number,
        endorsed_on: document.endorsed_at.map(date).unwrap_or_default(),
        approvers: approvers.iter().map(|id| name_of(&people, Some(*id))).collect(),
    })
}

/// The word-level changes from revision `base` to `text`, for the live comparison; each
/// account may ask for a few a second (see [`crate::auth::RateLimits::draft_compare`]).
pub async fn draft_diff<C: ConnectionTrait>(
    db: &C,
    limits: &crate::auth::RateLimits,
    user: Option<&CurrentUser>,
    group: &str,
    doc: &str,
    base: i32,
    text: &str,
) -> AppResult<Vec<DiffPart>> {
    if text.len() > MAX_BODY {
        return Err(AppError::Invalid { field: "body".into(), message: "error-too-long".into() });
    }
    let (_, document) = member_document(db, user, group, doc).await?;
    if let Some(user) = user {
        limits.draft_compare(user.id)?;
    }
    let old = if base == 0 { String::new() } else { numbered(db, document.id, base).await?.body };
    let new = crate::groups::merge::normalise(text).into_owned();
    crate::work::cpu(move || word_diff(&old, &new)).await
}
