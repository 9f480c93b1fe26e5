//! People and roles: invitations, the list of accounts, role changes and the audit log.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait as _, ColumnTrait as _, EntityTrait as _, QueryFilter as _, QueryOrder as _,
    QuerySelect as _, Set,
};
use time::OffsetDateTime;

use super::super::api::{AuditEntry, PersonAdminSummary};
use super::require_admin;
use crate::audit;
use crate::auth::{CurrentUser, Role};
use crate::auth::{new_invitation, revoke_all_sessions};
use crate::db::DatabaseConnection;
use crate::db::entities::{account, audit_event, organisation, session};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Client, Problems};
use crate::i18n::Locale;
use crate::state::AppState;

/// Invites `email` to `organisation` ("" = none) with `role`, writing to them in the
/// language `lang` names. Admins only.
pub async fn invite(
    state: &AppState,
    user: &CurrentUser,
    email: &str,
    organisation: &str,
    role: &str,
    lang: &str,
    client: &Client,
) -> AppResult<()> {
    require_admin(user)?;
    let mut problems = Problems::default();
    let email = problems.email("email", email);
    let locale = Locale::from_code(lang).filter(|locale| locale.code() == lang);
    if locale.is_none() {
        problems.add("lang", "error-unknown-language");
    }
    let role = Role::from_code(role);
    if role.is_none() {
        problems.add("role", "error-choose-role");
    }
    let organisation_id = if organisation.is_empty() {
        None
    } else {
        match organisation.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => {
                problems.add("organisation", "error-choose-organisation");
                None
            }
        }
    };
    problems.into_result()?;
    let role = role.ok_or(AppError::Internal)?;
    let locale = locale.ok_or(AppError::Internal)?;
    new_invitation(state, user, &email, organisation_id, role, client, locale, &state.db).await
}

/// Everyone with an account. Admins only.
pub async fn list_people(db: &DatabaseConnection, user: &CurrentUser) -> AppResult<Vec<PersonAdminSummary>> {
    require_admin(user)?;
    let names: HashMap<i64, String> =
        organisation::Entity::find().all(db).await?.into_iter().map(|o| (o.id, o.name)).collect();
    let now = OffsetDateTime::now_utc();
    let mut sessions: HashMap<i64, i64> = HashMap::new();
    for row in session::Entity::find().filter(session::Column::ExpiresAt.gt(now)).all(db).await? {
        *sessions.entry(row.account_id).or_default() += 1;
    }
    Ok(account::Entity::find()
        .order_by_asc(account::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|person| PersonAdminSummary {
            sessions: sessions.get(&person.id).copied().unwrap_or(0),
            organisation: person.organisation_id.and_then(|id| names.get(&id).cloned()),
            role: Role::from_code(&person.role).unwrap_or(Role::Member),
            id: person.id,
            name: person.name,
            email: person.email,
        })
        .collect())
}

/// Changes a person's role and organisation; their sessions end so the change applies at
/// their next sign-in. Admins only; an admin cannot demote themselves.
pub async fn change_role(
    db: &DatabaseConnection,
    user: &CurrentUser,
    account_id: i64,
    role: &str,
    organisation: &str,
    client: &Client,
) -> AppResult<()> {
    require_admin(user)?;
    let role = Role::from_code(role)
        .ok_or_else(|| AppError::Invalid { field: "role".into(), message: "error-choose-role".into() })?;
    if account_id == user.id && role != Role::Admin {
        return Err(AppError::Invalid { field: "role".into(), message: "error-own-role".into() });
    }
    let organisation_id = match organisation {
        "" => None,
        id => Some(id.parse::<i64>().map_err(|_| AppError::Invalid {
            field: "organisation".into(),
            message: "error-choose-organisation".into(),
        })?),
    };
    let (txn, _turn) = crate::db::begin_write(db).await?;
    if let Some(id) = organisation_id {
        organisation::Entity::find_by_id(id).one(&txn).await?.ok_or_else(|| AppError::Invalid {
            field: "organisation".into(),
            message: "error-choose-organisation".into(),
        })?;
    }
    let person = account::Entity::find_by_id(account_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let before = person.role.clone();
    let privilege_changed = before != role.code();
    let mut active: account::ActiveModel = person.into();
    active.role = Set(role.code().to_owned());
    active.organisation_id = Set(organisation_id);
    active.update(&txn).await?;
    if privilege_changed {
        revoke_all_sessions(&txn, account_id).await?;
    }
    audit::record(
        &txn,
        Some(user.id),
        "account.role",
        &format!("account:{account_id}"),
        &format!("{before} -> {}; organisation {organisation}", role.code()),
        client,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The newest 200 audit entries. Admins only.
pub async fn list_audit_events(db: &DatabaseConnection, user: &CurrentUser) -> AppResult<Vec<AuditEntry>> {
    require_admin(user)?;
    let names: HashMap<i64, String> =
        account::Entity::find().all(db).await?.into_iter().map(|a| (a.id, a.name)).collect();
    Ok(audit_event::Entity::find()
        .order_by_desc(audit_event::Column::Id)
        .limit(200)
        .all(db)
        .await?
        .into_iter()
        .map(|event| AuditEntry {
            at: audit::iso_minute(event.created_at),
            actor: event.actor_id.and_then(|id| names.get(&id).cloned()),
            action: event.action,
            target: event.target,
            detail: event.detail,
            client_address: event.client_address,
        })
        .collect())
}
