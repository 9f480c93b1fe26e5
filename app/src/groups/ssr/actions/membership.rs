//! Membership: asking to join, invitations, leaving, and leads managing members.

use sea_orm::ActiveValue::Set;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter,
};
use time::OffsetDateTime;

use super::super::access::{self, Seen};
use crate::audit;
use crate::auth::CurrentUser;
use crate::db::entities::{account, group_member};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Client, Problems};
use crate::groups::api::{GroupRole, Standing};

pub(super) async fn add_member<C: ConnectionTrait>(
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

pub(super) async fn set_standing<C: ConnectionTrait>(
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

pub(super) async fn row<C: ConnectionTrait>(
    db: &C,
    group_id: i64,
    account_id: i64,
) -> AppResult<Option<group_member::Model>> {
    group_member::Entity::find_by_id((group_id, account_id)).one(db).await.map_err(AppError::from)
}

/// Who to tell about a change in a group: their email addresses, and the group's name.
#[derive(Clone, Debug, Default)]
pub struct Tell {
    /// Email addresses, each with the language its owner is written to in.
    pub to: Vec<(String, String)>,
    /// The group's name.
    pub group: String,
}

/// The email addresses of the active leads of group `group_id`, with their languages.
pub(super) async fn lead_emails<C: ConnectionTrait>(
    db: &C,
    group_id: i64,
) -> AppResult<Vec<(String, String)>> {
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
        .map(|a| (a.email, a.lang))
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

pub(super) async fn remove_row<C: ConnectionTrait>(db: &C, group_id: i64, account_id: i64) -> AppResult<()> {
    group_member::Entity::delete_by_id((group_id, account_id)).exec(db).await?;
    Ok(())
}

pub(super) async fn lead_count<C: ConnectionTrait>(db: &C, group_id: i64) -> AppResult<u64> {
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
    Ok(Tell { to: vec![(invitee.email, invitee.lang)], group: seen.group.name })
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
        tell.to.extend(person.map(|p| (p.email, p.lang)));
    }
    Ok(tell)
}

/// Applies `action` to `account_id`; returns whether it accepted a request.
pub(super) async fn change_member<C: ConnectionTrait>(
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
