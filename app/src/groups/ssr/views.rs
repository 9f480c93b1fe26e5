//! What the group pages show, assembled for one viewer (permissions checked here, through
//! [`super::access`]).

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use time::OffsetDateTime;

use super::access::{self, Seen, may_see, visibility_of};
use super::revision_of;
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{
    account, group, group_document, group_document_revision, group_member, organisation,
};
use crate::error::{AppError, AppResult};
use crate::groups::api::{
    ActivityItem, Choice, CompareView, DocumentItem, DocumentView, EndorsementView, GroupCard, GroupList,
    GroupRole, GroupView, HistoryView, MemberItem, OutputCard, OutputView, RevisionItem, RevisionView,
    Standing,
};
use crate::groups::merge::{Change, DiffPart, word_diff};
use crate::i18n::current_locale;

/// How many events the activity list shows.
const ACTIVITY: u64 = 12;

/// Longest document body the live comparison accepts, in bytes.
pub const MAX_BODY: usize = 200_000;

/// Names and organisations of accounts `ids`.
pub(super) async fn people<C: ConnectionTrait>(
    db: &C,
    ids: impl IntoIterator<Item = i64>,
) -> AppResult<HashMap<i64, (String, Option<String>)>> {
    let accounts = account::Entity::find().filter(account::Column::Id.is_in(ids)).all(db).await?;
    let orgs: HashMap<i64, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(accounts.iter().filter_map(|a| a.organisation_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|org| (org.id, org.name))
        .collect();
    Ok(accounts
        .into_iter()
        .map(|a| (a.id, (a.name, a.organisation_id.and_then(|id| orgs.get(&id).cloned()))))
        .collect())
}

fn name_of(people: &HashMap<i64, (String, Option<String>)>, id: Option<i64>) -> String {
    id.and_then(|id| people.get(&id)).map(|(name, _)| name.clone()).unwrap_or_default()
}

/// The theme choices, in the interface language.
pub(super) fn themes() -> Vec<Choice> {
    let locale = current_locale();
    crate::taxonomy::facet("theme")
        .map(|facet| {
            facet
                .term
                .iter()
                .map(|term| Choice { code: term.code.clone(), name: term.name_in(locale).to_owned() })
                .collect()
        })
        .unwrap_or_default()
}

fn theme_name(code: &str) -> String {
    crate::taxonomy::term_name("theme", code, current_locale())
}

/// The first paragraph of a charter (not a heading), as plain text, at most 300 characters.
pub fn summary_of(charter: &str) -> String {
    let charter = crate::groups::merge::normalise(charter);
    let first = charter
        .split("\n\n")
        .map(str::trim)
        .find(|block| !block.is_empty() && !block.starts_with('#'))
        .unwrap_or("");
    let text = crate::markdown::to_plain_text(first);
    let text = text.trim();
    let mut summary: String = text.chars().take(300).collect();
    if text.chars().count() > 300 {
        summary.push('…');
    }
    summary
}

fn date(at: OffsetDateTime) -> String {
    at.date().to_string()
}

/// Date and time to the minute, UTC.
fn minute(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!("{} {:02}:{:02} UTC", at.date(), at.hour(), at.minute())
}

fn revision_item(
    revision: &group_document_revision::Model,
    people: &HashMap<i64, (String, Option<String>)>,
) -> RevisionItem {
    RevisionItem {
        number: revision.number,
        kind: revision.kind.clone(),
        author: name_of(people, revision.author_id),
        note: revision.note.clone(),
        saved_at: minute(revision.created_at),
    }
}

/// The viewer's rows in every group, by group.
async fn my_rows<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
) -> AppResult<HashMap<i64, (GroupRole, Standing)>> {
    let Some(user) = user else { return Ok(HashMap::new()) };
    Ok(group_member::Entity::find()
        .filter(group_member::Column::AccountId.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| {
            Some((row.group_id, (GroupRole::from_code(&row.role)?, Standing::from_code(&row.state)?)))
        })
        .collect())
}

/// Endorsed outputs of groups `groups`, newest first.
async fn outputs<C: ConnectionTrait>(db: &C, groups: &[group::Model]) -> AppResult<Vec<OutputCard>> {
    let by_id: HashMap<i64, &group::Model> = groups.iter().map(|g| (g.id, g)).collect();
    let docs = group_document::Entity::find()
        .filter(group_document::Column::GroupId.is_in(by_id.keys().copied()))
        .filter(group_document::Column::EndorsedRevisionId.is_not_null())
        .order_by_desc(group_document::Column::EndorsedAt)
        .all(db)
        .await?;
    Ok(docs
        .into_iter()
        .filter_map(|doc| {
            let group = by_id.get(&doc.group_id)?;
            Some(OutputCard {
                group_slug: group.slug.clone(),
                group_name: group.name.clone(),
                slug: doc.slug,
                title: doc.title,
                endorsed_on: doc.endorsed_at.map(date).unwrap_or_default(),
            })
        })
        .collect())
}

/// `/groups`.
pub async fn group_list<C: ConnectionTrait>(db: &C, user: Option<&CurrentUser>) -> AppResult<GroupList> {
    let mine = my_rows(db, user).await?;
    let groups: Vec<group::Model> = group::Entity::find()
        .order_by_asc(group::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .filter(|g| may_see(visibility_of(g), user.is_some(), mine.get(&g.id).copied()))
        .collect();
    let ids: Vec<i64> = groups.iter().map(|g| g.id).collect();
    let members = group_member::Entity::find()
        .filter(group_member::Column::GroupId.is_in(ids.iter().copied()))
        .filter(group_member::Column::State.eq(Standing::Active.code()))
        .all(db)
        .await?;
    let people =
        people(db, members.iter().filter(|m| m.role == GroupRole::Lead.code()).map(|m| m.account_id)).await?;
    let last_edits: Vec<(i64, OffsetDateTime)> = group_document::Entity::find()
        .select_only()
        .column(group_document::Column::GroupId)
        .column_as(group_document::Column::UpdatedAt.max(), "updated")
        .filter(group_document::Column::GroupId.is_in(ids.iter().copied()))
        .group_by(group_document::Column::GroupId)
        .into_tuple()
        .all(db)
        .await?;
    let last_edits: HashMap<i64, OffsetDateTime> = last_edits.into_iter().collect();
    let outputs = outputs(db, &groups).await?;
    let cards = groups
        .iter()
        .map(|g| {
            let active: Vec<&group_member::Model> = members.iter().filter(|m| m.group_id == g.id).collect();
            let mut lead_organisations: Vec<String> = active
                .iter()
                .filter(|m| m.role == GroupRole::Lead.code())
                .filter_map(|m| people.get(&m.account_id).and_then(|(_, org)| org.clone()))
                .collect();
            lead_organisations.sort();
            lead_organisations.dedup();
            let latest = last_edits.get(&g.id).copied().map_or(g.updated_at, |at| at.max(g.updated_at));
            GroupCard {
                slug: g.slug.clone(),
                name: g.name.clone(),
                theme: theme_name(&g.theme),
                summary: summary_of(&g.charter),
                lead_organisations,
                member_count: u32::try_from(active.len()).unwrap_or(u32::MAX),
                latest_activity: date(latest),
                visibility: visibility_of(g),
            }
        })
        .collect();
    Ok(GroupList {
        groups: cards,
        outputs,
        can_create: user.is_some_and(|u| u.has(Role::Admin)),
        themes: themes(),
    })
}

/// `/groups/{slug}`.
pub async fn group_view<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
    slug: &str,
) -> AppResult<GroupView> {
    let seen = access::visible(db, user, slug).await?;
    let g = &seen.group;
    let rows = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(g.id))
        .order_by_asc(group_member::Column::CreatedAt)
        .all(db)
        .await?;
    let docs = group_document::Entity::find()
        .filter(group_document::Column::GroupId.eq(g.id))
        .order_by_desc(group_document::Column::UpdatedAt)
        .all(db)
        .await?;
    let revisions = group_document_revision::Entity::find()
        .filter(group_document_revision::Column::DocumentId.is_in(docs.iter().map(|d| d.id)))
        .filter(group_document_revision::Column::Kind.ne(super::Kind::Conflict.code()))
        .order_by_desc(group_document_revision::Column::CreatedAt)
        .order_by_desc(group_document_revision::Column::Id)
        .limit(ACTIVITY)
        .all(db)
        .await?;
    let people =
        people(db, rows.iter().map(|r| r.account_id).chain(revisions.iter().filter_map(|r| r.author_id)))
            .await?;
    let item = |row: &group_member::Model| {
        let (name, organisation) = people.get(&row.account_id).cloned().unwrap_or_default();
        Some(MemberItem {
            account_id: row.account_id,
            name,
            organisation,
            role: GroupRole::from_code(&row.role)?,
            standing: Standing::from_code(&row.state)?,
            you: user.is_some_and(|u| u.id == row.account_id),
        })
    };
    let mut members: Vec<MemberItem> =
        rows.iter().filter(|r| r.state == Standing::Active.code()).filter_map(item).collect();
    members.sort_by(|a, b| {
        (a.role != GroupRole::Lead, crate::text::collate(&a.name))
            .cmp(&(b.role != GroupRole::Lead, crate::text::collate(&b.name)))
    });
    let pending = if seen.is_lead() {
        rows.iter().filter(|r| r.state != Standing::Active.code()).filter_map(item).collect()
    } else {
        Vec::new()
    };
    let by_doc: HashMap<i64, &group_document::Model> = docs.iter().map(|d| (d.id, d)).collect();
    let mut activity: Vec<(OffsetDateTime, ActivityItem)> = revisions
        .iter()
        .filter_map(|r| {
            let doc = by_doc.get(&r.document_id)?;
            Some((
                r.created_at,
                ActivityItem {
                    date: date(r.created_at),
                    who: name_of(&people, r.author_id),
                    what: format!("group-activity-{}", r.kind),
                    title: doc.title.clone(),
                    href: seen.is_member().then(|| format!("/groups/{}/docs/{}", g.slug, doc.slug)),
                },
            ))
        })
        .collect();
    activity.extend(docs.iter().filter_map(|doc| {
        let at = doc.endorsed_at?;
        Some((
            at,
            ActivityItem {
                date: date(at),
                who: String::new(),
                what: "group-activity-endorsed".to_owned(),
                title: doc.title.clone(),
                href: Some(format!("/groups/{}/outputs/{}", g.slug, doc.slug)),
            },
        ))
    }));
    activity.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    activity.truncate(usize::try_from(ACTIVITY).unwrap_or(usize::MAX));
    let documents = if seen.is_member() {
        docs.iter()
            .map(|d| DocumentItem {
                slug: d.slug.clone(),
                title: d.title.clone(),
                updated: date(d.updated_at),
                endorsed: d.endorsed_revision_id.is_some(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let outputs = outputs(db, std::slice::from_ref(g)).await?;
    Ok(GroupView {
        slug: g.slug.clone(),
        name: g.name.clone(),
        theme: g.theme.clone(),
        theme_name: theme_name(&g.theme),
        charter: g.charter.clone(),
        charter_html: crate::markdown::render_nested(&g.charter).html,
        visibility: seen.visibility(),
        quorum: g.endorsement_quorum,
        members,
        pending,
        me: seen.me,
        signed_in: user.is_some(),
        documents,
        outputs,
        activity: activity.into_iter().map(|(_, item)| item).collect(),
        themes: if seen.is_lead() { themes() } else { Vec::new() },
    })
}

/// A document of a group the viewer is an active member of.
async fn member_document<C: ConnectionTrait>(
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
async fn numbered<C: ConnectionTrait>(
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

async fn head_of<C: ConnectionTrait>(
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
    let state = super::endorsement_state(db, document.id).await.map_err(|_| AppError::Internal)?;
    let editing = super::presence::editing(db, document.id, me).await?;
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
        .filter(group_document_revision::Column::Kind.eq(super::Kind::Conflict.code()))
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
    Ok(DocumentView {
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

/// `/groups/{group}/docs/{doc}/history`.
pub async fn history_view<C: ConnectionTrait>(
    db: &C,
    user: Option<&CurrentUser>,
    group: &str,
    doc: &str,
) -> AppResult<HistoryView> {
    let (seen, document) = member_document(db, user, group, doc).await?;
    let revisions = super::history(db, document.id).await?;
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
    let parts = word_diff(&old.body, &new.body);
    Ok(CompareView {
        group_slug: seen.group.slug,
        group_name: seen.group.name,
        slug: document.slug,
        title: document.title,
        html: rendered_diff(&parts),
        parts,
        from: revision_item(&old, &people),
        to: revision_item(&new, &people),
        numbers,
    })
}

/// The changes rendered as the document is: the Markdown with every changed run wrapped in
/// `<ins>` or `<del>`, line by line so that no mark spans two paragraphs, then rendered and
/// sanitised like any document.
fn rendered_diff(parts: &[DiffPart]) -> String {
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
    Ok(RevisionView {
        group_slug: seen.group.slug,
        group_name: seen.group.name,
        slug: document.slug,
        title: document.title,
        revision: revision_item(&revision, &people),
        html: crate::markdown::render_nested(&revision.body).html,
        changes: head.as_ref().map(|h| word_diff(&h.body, &revision.body)).unwrap_or_default(),
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
    let approvers = super::approvers(db, revision_id).await?;
    let people = people(db, approvers.iter().copied()).await?;
    Ok(OutputView {
        group_slug: seen.group.slug,
        group_name: seen.group.name,
        title: document.title,
        html: crate::markdown::render_nested(&revision.body).html,
        number: revision.number,
        endorsed_on: document.endorsed_at.map(date).unwrap_or_default(),
        approvers: approvers.iter().map(|id| name_of(&people, Some(*id))).collect(),
    })
}

/// The word-level changes from revision `base` to `text`, for the live comparison.
pub async fn draft_diff<C: ConnectionTrait>(
    db: &C,
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
    let old = if base == 0 { String::new() } else { numbered(db, document.id, base).await?.body };
    Ok(word_diff(&old, &crate::groups::merge::normalise(text)))
}
