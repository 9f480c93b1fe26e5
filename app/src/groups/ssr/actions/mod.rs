//! What people do in groups, permission checked: creating groups and documents, membership,
//! settings, saving, restoring and endorsing. Each function checks the viewer's place in the
//! group (see [`super::access`]) before it changes anything, notes in the search outbox
//! what the search index must read again, and writes what admins and leads do (creating a
//! group, its settings, invitations and membership decisions) to the audit log.
//!
//! Here: groups and their settings; `membership`: joining, inviting, leaving and managing
//! members; `documents`: writing, restoring and endorsing documents.

mod documents;
mod membership;

use documents::endorse_failed;
use membership::add_member;

pub(crate) use documents::{add_document, save_failed};
pub use documents::{after_save, endorse, new_document, propose, rename, restore, save};
pub use membership::{MemberAction, Tell, answer_invitation, ask_to_join, invite, leave, manage_member};

use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter,
};
use time::OffsetDateTime;

use super::NewGroup;
use super::access::{self};
use crate::audit;
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{group, group_document};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Client, Problems};
use crate::groups::api::{GroupRole, Standing, Visibility};

/// Longest change note.
pub(super) const MAX_NOTE: usize = 300;
/// Longest charter.
pub(super) const MAX_CHARTER: usize = 20_000;
/// Largest quorum a group may ask for.
pub(super) const MAX_QUORUM: i32 = 50;

/// The settings of a group, as a lead or an admin types them.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Name.
    pub name: String,
    /// Theme code.
    pub theme: String,
    /// Charter, Markdown.
    pub charter: String,
    /// Visibility code.
    pub visibility: String,
    /// Endorsements needed, as typed.
    pub quorum: String,
}

impl Settings {
    fn check(&self) -> AppResult<(Visibility, i32)> {
        let mut problems = Problems::default();
        problems.text("group_name", &self.name, true, 120);
        if crate::taxonomy::facet("theme").and_then(|f| f.term(&self.theme)).is_none() {
            problems.add("theme", "error-required");
        }
        problems.text("charter", &self.charter, true, MAX_CHARTER);
        let visibility = Visibility::from_code(&self.visibility);
        if visibility.is_none() {
            problems.add("visibility", "error-required");
        }
        let quorum = self.quorum.trim().parse::<i32>().ok().filter(|q| (1..=MAX_QUORUM).contains(q));
        if quorum.is_none() {
            problems.add("quorum", "group-error-quorum");
        }
        problems.into_result()?;
        Ok((visibility.unwrap_or(Visibility::Private), quorum.unwrap_or(1)))
    }
}

/// Notes that item `id` of `kind` must be indexed again.
pub(super) async fn reindex<C: ConnectionTrait>(db: &C, kind: &str, id: i64) -> AppResult<()> {
    crate::search::index::enqueue(db, kind, id).await.map(drop).map_err(AppError::from)
}

/// Notes that group `group_id` and all its outputs must be indexed again (after a change of
/// name or visibility).
pub(super) async fn reindex_group<C: ConnectionTrait>(db: &C, group_id: i64) -> AppResult<()> {
    reindex(db, "group", group_id).await?;
    let outputs = group_document::Entity::find()
        .filter(group_document::Column::GroupId.eq(group_id))
        .filter(group_document::Column::EndorsedRevisionId.is_not_null())
        .all(db)
        .await?;
    for doc in outputs {
        reindex(db, "output", doc.id).await?;
    }
    Ok(())
}

/// ASCII words of `text` joined by hyphens, at most 60 bytes; `fallback` when none.
pub(super) fn slug_words(text: &str, fallback: &str) -> String {
    let ascii: String =
        crate::text::collate(text).chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let mut slug = ascii.split_whitespace().collect::<Vec<_>>().join("-");
    slug.truncate(60);
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() { fallback.to_owned() } else { slug }
}

/// Creates a group (admins only), with `user` as its first lead; returns its slug. Two
/// groups of one name created at once both are: on PostgreSQL the one that lost the race
/// for a slug tries again with the next.
pub async fn create_group(
    db: &DatabaseConnection,
    user: &CurrentUser,
    settings: &Settings,
    client: &Client,
) -> AppResult<String> {
    if !user.has(Role::Admin) {
        return Err(AppError::Forbidden);
    }
    let (visibility, quorum) = settings.check()?;
    // Each try loses only to a group created meanwhile; twenty is more than admins create
    // at once.
    for _ in 0..20 {
        if let Some(slug) = create_group_once(db, user, settings, visibility, quorum, client).await? {
            return Ok(slug);
        }
    }
    Err(AppError::Conflict)
}

/// One try at [`create_group`]; none when another group took the slug meanwhile.
async fn create_group_once(
    db: &DatabaseConnection,
    user: &CurrentUser,
    settings: &Settings,
    visibility: Visibility,
    quorum: i32,
    client: &Client,
) -> AppResult<Option<String>> {
    let base = slug_words(&settings.name, "group");
    let base = if base == "new" { "group-new".to_owned() } else { base };
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let mut slug = base.clone();
    for n in 2.. {
        let taken = group::Entity::find().filter(group::Column::Slug.eq(&slug)).count(&txn).await?;
        if taken == 0 {
            break;
        }
        slug = format!("{base}-{n}");
    }
    let new = NewGroup {
        slug: slug.clone(),
        name: settings.name.clone(),
        theme: settings.theme.clone(),
        charter: settings.charter.clone(),
        visibility: visibility.code().to_owned(),
        endorsement_quorum: quorum,
    };
    let id = match super::create_group(&txn, &new).await {
        Ok(id) => id,
        Err(err) if matches!(err.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(None);
        }
        Err(err) => return Err(err.into()),
    };
    add_member(&txn, id, user.id, GroupRole::Lead, Standing::Active).await?;
    reindex(&txn, "group", id).await?;
    let detail = format!("{slug}: visibility {}, quorum {quorum}", visibility.code());
    audit::record(&txn, Some(user.id), "group.create", &format!("group:{id}"), &detail, client).await?;
    txn.commit().await?;
    Ok(Some(slug))
}

/// Changes a group's settings (its leads); returns its slug.
pub async fn update_settings(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    settings: &Settings,
    client: &Client,
) -> AppResult<String> {
    let seen = access::as_lead(db, user, slug).await?;
    let (visibility, quorum) = settings.check()?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    group::ActiveModel {
        id: Set(seen.group.id),
        name: Set(settings.name.clone()),
        theme: Set(settings.theme.clone()),
        charter: Set(settings.charter.clone()),
        visibility: Set(visibility.code().to_owned()),
        endorsement_quorum: Set(quorum),
        updated_at: Set(OffsetDateTime::now_utc()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    // A lower number needed can complete the endorsements a proposal already has.
    let proposed = group_document::Entity::find()
        .filter(group_document::Column::GroupId.eq(seen.group.id))
        .filter(group_document::Column::ProposedRevisionId.is_not_null())
        .all(&txn)
        .await?;
    for doc in proposed {
        super::publish_if_reached(&txn, doc.id).await.map_err(endorse_failed)?;
    }
    reindex_group(&txn, seen.group.id).await?;
    let detail = format!("visibility {}, quorum {quorum}", visibility.code());
    let target = format!("group:{}", seen.group.id);
    audit::record(&txn, Some(user.id), "group.settings", &target, &detail, client).await?;
    txn.commit().await?;
    Ok(seen.group.slug)
}
