//! What the group pages show, assembled for one viewer (permissions checked here, through
//! [`super::access`]): here the lists of groups and a group's page; `documents`: a
//! document, its history, comparisons, revisions and outputs.

mod documents;

pub use documents::{compare_view, document_view, draft_diff, history_view, output_view, revision_view};

use std::collections::{HashMap, HashSet};

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use time::OffsetDateTime;

use super::access::{self, may_see, visibility_of};
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{
    account, group, group_document, group_document_revision, group_member, organisation,
};
use crate::error::AppResult;
use crate::groups::api::{
    ActivityItem, Choice, DocumentItem, GroupCard, GroupList, GroupRole, GroupView, MemberItem, OutputCard,
    RevisionItem, Standing,
};
use crate::i18n::current_locale;

/// How many events the activity list shows.
pub(super) const ACTIVITY: u64 = 12;

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

pub(super) fn name_of(people: &HashMap<i64, (String, Option<String>)>, id: Option<i64>) -> String {
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

pub(super) fn theme_name(code: &str) -> String {
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

pub(super) fn date(at: OffsetDateTime) -> String {
    at.date().to_string()
}

/// Date and time to the minute, UTC.
pub(super) fn minute(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    format!("{} {:02}:{:02} UTC", at.date(), at.hour(), at.minute())
}

pub(super) fn revision_item(
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
pub(super) async fn my_rows<C: ConnectionTrait>(
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
pub(super) async fn outputs<C: ConnectionTrait>(
    db: &C,
    groups: &[group::Model],
) -> AppResult<Vec<OutputCard>> {
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
                lang: doc.lang,
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
    // Outside the group, only the members who chose to be listed in the directory are named.
    let shown: Option<HashSet<i64>> = if seen.is_member() {
        None
    } else {
        let listed: Vec<i64> = account::Entity::find()
            .select_only()
            .column(account::Column::Id)
            .filter(account::Column::Id.is_in(rows.iter().map(|r| r.account_id)))
            .filter(account::Column::Listed.eq(true))
            .into_tuple()
            .all(db)
            .await?;
        Some(listed.into_iter().collect())
    };
    let mut members: Vec<MemberItem> = rows
        .iter()
        .filter(|r| r.state == Standing::Active.code())
        .filter(|r| shown.as_ref().is_none_or(|shown| shown.contains(&r.account_id)))
        .filter_map(item)
        .collect();
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
    // Working documents (their titles, who edits them) are the members' business; everyone
    // else sees the endorsed outputs only.
    let worked_on: &[group_document_revision::Model] = if seen.is_member() { &revisions } else { &[] };
    let mut activity: Vec<(OffsetDateTime, ActivityItem)> = worked_on
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
                    href: Some(crate::paths::group_document(&g.slug, &doc.slug)),
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
                href: Some(crate::paths::group_output(&g.slug, &doc.slug)),
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
                lang: d.lang.clone(),
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
