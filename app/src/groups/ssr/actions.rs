//! What people do in groups, permission checked: creating groups and documents, membership,
//! settings, saving, restoring and endorsing. Each function checks the viewer's place in the
//! group (see [`super::access`]) before it changes anything, notes in the search outbox
//! what the search index must read again, and writes what admins and leads do (creating a
//! group, its settings, invitations and membership decisions) to the audit log.

use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, TransactionTrait,
};
use time::OffsetDateTime;

use super::access::{self, Seen};
use super::{EndorseError, NewGroup, Outcome, SaveError, Saved};
use crate::audit;
use crate::auth::{CurrentUser, Role};
use crate::db::entities::{account, group, group_document, group_document_revision, group_member};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Client, Problems};
use crate::groups::api::{GroupRole, Standing, Visibility};

/// Longest change note.
const MAX_NOTE: usize = 300;
/// Longest charter.
const MAX_CHARTER: usize = 20_000;
/// Largest quorum a group may ask for.
const MAX_QUORUM: i32 = 50;

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
async fn reindex<C: ConnectionTrait>(db: &C, kind: &str, id: i64) -> AppResult<()> {
    crate::search::index::enqueue(db, kind, id).await.map(drop).map_err(AppError::from)
}

/// Notes that group `group_id` and all its outputs must be indexed again (after a change of
/// name or visibility).
async fn reindex_group<C: ConnectionTrait>(db: &C, group_id: i64) -> AppResult<()> {
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
fn slug_words(text: &str, fallback: &str) -> String {
    let ascii: String =
        crate::text::collate(text).chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let mut slug = ascii.split_whitespace().collect::<Vec<_>>().join("-");
    slug.truncate(60);
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() { fallback.to_owned() } else { slug }
}

/// Creates a group (admins only), with `user` as its first lead; returns its slug.
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
    let id = super::create_group(&txn, &new).await?;
    add_member(&txn, id, user.id, GroupRole::Lead, Standing::Active).await?;
    reindex(&txn, "group", id).await?;
    let detail = format!("{slug}: visibility {}, quorum {quorum}", visibility.code());
    audit::record(&txn, Some(user.id), "group.create", &format!("group:{id}"), &detail, client).await?;
    txn.commit().await?;
    Ok(slug)
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

async fn add_member<C: ConnectionTrait>(
    db: &C,
    group_id: i64,
    account_id: i64,
    role: GroupRole,
    standing: Standing,
) -> AppResult<()> {
    group_member::ActiveModel {
        group_id: Set(group_id),
        account_id: Set(account_id),
        role: Set(role.code().to_owned()),
        state: Set(standing.code().to_owned()),
        created_at: Set(OffsetDateTime::now_utc()),
    }
    .insert(db)
    .await?;
    Ok(())
}

async fn set_standing<C: ConnectionTrait>(
    db: &C,
    group_id: i64,
    account_id: i64,
    standing: Standing,
) -> AppResult<()> {
    group_member::ActiveModel {
        group_id: Set(group_id),
        account_id: Set(account_id),
        state: Set(standing.code().to_owned()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

async fn row<C: ConnectionTrait>(
    db: &C,
    group_id: i64,
    account_id: i64,
) -> AppResult<Option<group_member::Model>> {
    group_member::Entity::find_by_id((group_id, account_id)).one(db).await.map_err(AppError::from)
}

/// Who to tell about a change in a group: their email addresses, and the group's name.
#[derive(Clone, Debug, Default)]
pub struct Tell {
    /// Email addresses.
    pub to: Vec<String>,
    /// The group's name.
    pub group: String,
}

/// The email addresses of the active leads of group `group_id`.
async fn lead_emails<C: ConnectionTrait>(db: &C, group_id: i64) -> AppResult<Vec<String>> {
    let leads: Vec<i64> = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::Role.eq(GroupRole::Lead.code()))
        .filter(group_member::Column::State.eq(Standing::Active.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.account_id)
        .collect();
    Ok(account::Entity::find()
        .filter(account::Column::Id.is_in(leads))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.email)
        .collect())
}

/// Asks to join a group the viewer can see; returns the leads to tell (none when the viewer
/// was invited already, which makes asking the same as accepting).
pub async fn ask_to_join(db: &DatabaseConnection, user: &CurrentUser, slug: &str) -> AppResult<Tell> {
    let seen = access::visible(db, Some(user), slug).await?;
    match seen.me {
        None => {
            add_member(db, seen.group.id, user.id, GroupRole::Member, Standing::Requested).await?;
            Ok(Tell { to: lead_emails(db, seen.group.id).await?, group: seen.group.name })
        }
        Some((_, Standing::Invited)) => {
            set_standing(db, seen.group.id, user.id, Standing::Active).await?;
            Ok(Tell::default())
        }
        Some(_) => Ok(Tell::default()),
    }
}

/// Accepts or declines an invitation.
pub async fn answer_invitation(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    accept: bool,
) -> AppResult<()> {
    let seen = access::visible(db, Some(user), slug).await?;
    if !matches!(seen.me, Some((_, Standing::Invited))) {
        return Err(AppError::Conflict);
    }
    if accept {
        set_standing(db, seen.group.id, user.id, Standing::Active).await
    } else {
        remove_row(db, seen.group.id, user.id).await
    }
}

async fn remove_row<C: ConnectionTrait>(db: &C, group_id: i64, account_id: i64) -> AppResult<()> {
    group_member::Entity::delete_by_id((group_id, account_id)).exec(db).await?;
    Ok(())
}

async fn lead_count<C: ConnectionTrait>(db: &C, group_id: i64) -> AppResult<u64> {
    group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::Role.eq(GroupRole::Lead.code()))
        .filter(group_member::Column::State.eq(Standing::Active.code()))
        .count(db)
        .await
        .map_err(AppError::from)
}

/// Leaves a group; the last lead cannot.
pub async fn leave(db: &DatabaseConnection, user: &CurrentUser, slug: &str) -> AppResult<()> {
    let seen = access::visible(db, Some(user), slug).await?;
    if seen.is_lead() && lead_count(db, seen.group.id).await? <= 1 {
        return Err(AppError::Invalid { field: "form".into(), message: "group-error-last-lead".into() });
    }
    remove_row(db, seen.group.id, user.id).await
}

/// Invites the person with account `email` (leads); returns whom to tell.
pub async fn invite(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    email: &str,
    client: &Client,
) -> AppResult<Tell> {
    let seen = access::as_lead(db, user, slug).await?;
    let mut problems = Problems::default();
    let email = problems.email("email", email);
    problems.into_result()?;
    let invitee =
        account::Entity::find().filter(account::Column::Email.eq(&email)).one(db).await?.ok_or_else(
            || AppError::Invalid { field: "email".into(), message: "group-error-no-account".into() },
        )?;
    match row(db, seen.group.id, invitee.id).await? {
        None => add_member(db, seen.group.id, invitee.id, GroupRole::Member, Standing::Invited).await?,
        Some(existing) if existing.state == Standing::Requested.code() => {
            set_standing(db, seen.group.id, invitee.id, Standing::Active).await?;
        }
        Some(_) => {
            return Err(AppError::Invalid {
                field: "email".into(),
                message: "group-error-already-member".into(),
            });
        }
    }
    let target = format!("group:{}", seen.group.id);
    let detail = format!("account:{}", invitee.id);
    audit::record(db, Some(user.id), "group.invite", &target, &detail, client).await?;
    Ok(Tell { to: vec![invitee.email], group: seen.group.name })
}

/// What a lead does to someone in the group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberAction {
    /// Accepts a request to join.
    Accept,
    /// Declines a request, or withdraws an invitation.
    Decline,
    /// Makes an active member a lead.
    MakeLead,
    /// Makes a lead an ordinary member.
    MakeMember,
    /// Takes someone out of the group.
    Remove,
}

impl MemberAction {
    /// The form's and the audit log's name of the action.
    pub fn code(self) -> &'static str {
        match self {
            MemberAction::Accept => "accept",
            MemberAction::Decline => "decline",
            MemberAction::MakeLead => "lead",
            MemberAction::MakeMember => "member",
            MemberAction::Remove => "remove",
        }
    }

    /// The action a form's `action` field names.
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "accept" => MemberAction::Accept,
            "decline" => MemberAction::Decline,
            "lead" => MemberAction::MakeLead,
            "member" => MemberAction::MakeMember,
            "remove" => MemberAction::Remove,
            _ => return None,
        })
    }
}

/// A lead acts on `account_id`'s place in the group; returns whom to tell (the person whose
/// request was accepted).
pub async fn manage_member(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    account_id: i64,
    action: MemberAction,
    client: &Client,
) -> AppResult<Tell> {
    let seen = access::as_lead(db, user, slug).await?;
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let accepted = change_member(&txn, &seen, account_id, action).await?;
    let (target, detail) = (format!("group:{}", seen.group.id), format!("account:{account_id}"));
    let what = format!("group.member.{}", action.code());
    audit::record(&txn, Some(user.id), &what, &target, &detail, client).await?;
    txn.commit().await?;
    let mut tell = Tell { to: Vec::new(), group: seen.group.name };
    if accepted {
        let person = account::Entity::find_by_id(account_id).one(db).await?;
        tell.to.extend(person.map(|p| p.email));
    }
    Ok(tell)
}

/// Applies `action` to `account_id`; returns whether it accepted a request.
async fn change_member<C: ConnectionTrait>(
    db: &C,
    seen: &Seen,
    account_id: i64,
    action: MemberAction,
) -> AppResult<bool> {
    let group_id = seen.group.id;
    let target = row(db, group_id, account_id).await?.ok_or(AppError::NotFound)?;
    let active = target.state == Standing::Active.code();
    let last_lead = target.role == GroupRole::Lead.code() && active && lead_count(db, group_id).await? <= 1;
    let refuse = |key: &str| Err(AppError::Invalid { field: "form".into(), message: key.into() });
    match action {
        MemberAction::Accept if target.state == Standing::Requested.code() => {
            set_standing(db, group_id, account_id, Standing::Active).await.map(|()| true)
        }
        MemberAction::Decline if !active => remove_row(db, group_id, account_id).await.map(|()| false),
        MemberAction::Remove | MemberAction::MakeMember if last_lead => refuse("group-error-last-lead"),
        MemberAction::Remove => remove_row(db, group_id, account_id).await.map(|()| false),
        MemberAction::MakeLead | MemberAction::MakeMember if active => {
            let role = if action == MemberAction::MakeLead { GroupRole::Lead } else { GroupRole::Member };
            group_member::ActiveModel {
                group_id: Set(group_id),
                account_id: Set(account_id),
                role: Set(role.code().to_owned()),
                ..Default::default()
            }
            .update(db)
            .await?;
            Ok(false)
        }
        _ => Err(AppError::Conflict),
    }
}

/// Creates an empty document (members); returns its slug.
pub async fn new_document(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    title: &str,
) -> AppResult<String> {
    let seen = access::as_member(db, Some(user), slug).await?;
    let mut problems = Problems::default();
    problems.text("title", title, true, 200);
    problems.into_result()?;
    let base = slug_words(title, "document");
    let mut doc_slug = base.clone();
    for n in 2.. {
        let taken = group_document::Entity::find()
            .filter(group_document::Column::GroupId.eq(seen.group.id))
            .filter(group_document::Column::Slug.eq(&doc_slug))
            .count(db)
            .await?;
        if taken == 0 {
            break;
        }
        doc_slug = format!("{base}-{n}");
    }
    super::create_document(db, seen.group.id, &doc_slug, title).await?;
    Ok(doc_slug)
}

/// A member's document, or why not.
async fn document_for(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
) -> AppResult<(Seen, group_document::Model)> {
    let seen = access::as_member(db, Some(user), group).await?;
    let document = access::document(db, seen.group.id, doc).await?;
    Ok((seen, document))
}

/// The id of revision `number` of `document_id`; 0 stands for "before the first save".
async fn revision_id(db: &DatabaseConnection, document_id: i64, number: i32) -> AppResult<Option<i64>> {
    if number == 0 {
        return Ok(None);
    }
    group_document_revision::Entity::find()
        .filter(group_document_revision::Column::DocumentId.eq(document_id))
        .filter(group_document_revision::Column::Number.eq(number))
        .one(db)
        .await?
        .map(|r| Some(r.id))
        .ok_or(AppError::NotFound)
}

fn save_failed(error: SaveError) -> AppError {
    match error {
        SaveError::DocumentNotFound | SaveError::UnknownRevision(_) => AppError::NotFound,
        SaveError::Database(err) => AppError::from(err),
    }
}

fn check_note(note: &str) -> AppResult<()> {
    let mut problems = Problems::default();
    problems.text("note", note, false, MAX_NOTE);
    problems.into_result()
}

/// Saves a member's edit, made from revision `base` (0: the empty document).
pub async fn save(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
    base: i32,
    body: &str,
    note: &str,
) -> AppResult<Saved> {
    let (_, document) = document_for(db, user, group, doc).await?;
    let mut problems = Problems::default();
    problems.text("note", note, false, MAX_NOTE);
    if body.len() > super::views::MAX_BODY {
        problems.add("body", "error-too-long");
    }
    problems.into_result()?;
    let base = revision_id(db, document.id, base).await?;
    super::save_document(db, document.id, user.id, base, body, note).await.map_err(save_failed)
}

/// Brings back revision `number` as a new head.
pub async fn restore(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
    number: i32,
    note: &str,
) -> AppResult<Saved> {
    let (_, document) = document_for(db, user, group, doc).await?;
    check_note(note)?;
    let id = revision_id(db, document.id, number).await?.ok_or(AppError::NotFound)?;
    super::restore(db, document.id, user.id, id, note).await.map_err(save_failed)
}

fn endorse_failed(error: EndorseError) -> AppError {
    match error {
        EndorseError::DocumentNotFound => AppError::NotFound,
        EndorseError::NotHead { .. } => {
            AppError::Invalid { field: "form".into(), message: "group-error-not-head".into() }
        }
        EndorseError::Database(err) => AppError::from(err),
    }
}

/// A lead proposes revision `number` (which must still be the head) for endorsement.
pub async fn propose(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
    number: i32,
) -> AppResult<()> {
    let (seen, document) = document_for(db, user, group, doc).await?;
    if !seen.is_lead() {
        return Err(AppError::Forbidden);
    }
    let id = revision_id(db, document.id, number).await?.ok_or(AppError::NotFound)?;
    super::propose(db, document.id, id).await.map_err(endorse_failed)
}

/// A member endorses the proposed revision `number`; returns whether that published it.
pub async fn endorse(
    db: &DatabaseConnection,
    user: &CurrentUser,
    group: &str,
    doc: &str,
    number: i32,
) -> AppResult<bool> {
    let (_, document) = document_for(db, user, group, doc).await?;
    let id = revision_id(db, document.id, number).await?.ok_or(AppError::NotFound)?;
    let (_, published) = super::approve(db, document.id, id, user.id).await.map_err(endorse_failed)?;
    if published {
        reindex(db, "output", document.id).await?;
    }
    Ok(published)
}

/// Where a save leads: the document with a notice, or the conflict to reconcile.
pub fn after_save(group: &str, doc: &str, saved: &Saved) -> String {
    match saved.outcome {
        Outcome::Saved => format!("/groups/{group}/docs/{doc}?done=group-saved"),
        Outcome::Merged => format!("/groups/{group}/docs/{doc}?done=group-merged"),
        Outcome::Conflict { .. } => {
            format!("/groups/{group}/docs/{doc}/revisions/{}?done=group-conflict", saved.number)
        }
    }
}
