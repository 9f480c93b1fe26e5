//! Sign-in, sign-out and the account page's services. Each checks its own permissions and
//! validates its own input.

use sea_orm::{
    ActiveModelTrait as _, ColumnTrait as _, ConnectionTrait, EntityTrait as _, QueryFilter as _,
    QueryOrder as _, Set,
};
use time::OffsetDateTime;

use super::invalid;
use super::password::{hash_password, verify_password};
use super::session::{close_session, open_session, revoke_all_sessions};
use super::shared_limits;
use crate::audit;
use crate::auth::api::{AccountDetail, CurrentUser, Role, SessionSummary};
use crate::db::DatabaseConnection;
use crate::db::entities::{account, organisation, session};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Client, Problems};
use crate::state::AppState;

/// A new session: the cookie token and who it is for.
pub struct SignedIn {
    /// The session token for the cookie.
    pub token: String,
    /// The account's key.
    pub account_id: i64,
}

/// Signs in with email and password, replacing the session the request came with.
/// Wrong email and wrong password get the same answer after the same work.
pub async fn sign_in(
    state: &AppState,
    email: &str,
    password: &str,
    previous: Option<&CurrentUser>,
    client: &Client,
) -> AppResult<SignedIn> {
    let mut problems = Problems::default();
    let email = problems.email("email", email);
    if password.is_empty() {
        problems.add("password", "error-required");
    }
    problems.into_result()?;
    state.limits.sign_in(&client.address, &email)?;
    let failures = shared_limits::bucket("password", &client.address, &email);
    shared_limits::check(&state.db, &failures, shared_limits::PASSWORD_FAILURES).await?;
    let found = account::Entity::find().filter(account::Column::Email.eq(&email)).one(&state.db).await?;
    let hash = found.as_ref().map(|person| person.password_hash.clone());
    if !verify_password(hash, password.to_owned()).await? {
        state.limits.password_failed(&client.address, &email);
        shared_limits::hit(&state.db, &failures).await?;
        return Err(invalid("form", "error-sign-in-failed"));
    }
    state.limits.password_accepted(&client.address, &email);
    shared_limits::clear(&state.db, &failures).await?;
    let person = found.ok_or(AppError::Internal)?;
    if let Some(previous) = previous {
        close_session(&state.db, &previous.session_id).await?;
    }
    let token = open_session(&state.db, person.id, client).await?;
    tracing::info!(account = person.id, "signed in");
    Ok(SignedIn { token, account_id: person.id })
}

/// Ends the current session.
pub async fn sign_out(db: &DatabaseConnection, user: &CurrentUser) -> AppResult<()> {
    close_session(db, &user.session_id).await
}

/// Writes to account `account_id` in `locale` from now on: the interface language its owner
/// chose last.
pub async fn remember_language(
    db: &DatabaseConnection,
    account_id: i64,
    locale: crate::i18n::Locale,
) -> AppResult<()> {
    let (txn, _turn) = crate::db::begin_write(db).await?;
    account::Entity::update_many()
        .col_expr(account::Column::Lang, sea_orm::sea_query::Expr::value(locale.code()))
        .filter(account::Column::Id.eq(account_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Whether an account already uses `email` (lower-cased).
pub(super) async fn email_taken(db: &impl ConnectionTrait, email: &str) -> AppResult<bool> {
    let found = account::Entity::find().filter(account::Column::Email.eq(email)).one(db).await?;
    Ok(found.is_some())
}

/// Inserts a new, unlisted account with a password hash.
#[expect(clippy::too_many_arguments, reason = "one column each, named at every call")]
pub(super) async fn insert_account(
    db: &impl ConnectionTrait,
    email: &str,
    name: &str,
    password_hash: String,
    role: &str,
    organisation_id: Option<i64>,
    lang: &str,
    now: OffsetDateTime,
) -> AppResult<account::Model> {
    account::ActiveModel {
        email: Set(email.to_owned()),
        name: Set(name.to_owned()),
        password_hash: Set(password_hash),
        role: Set(role.to_owned()),
        organisation_id: Set(organisation_id),
        job_title: Set(None),
        listed: Set(false),
        created_at: Set(now),
        password_changed_at: Set(now),
        lang: Set(lang.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(AppError::from)
}

/// Creates an account directly (the command line's `hub user create`).
pub async fn create_account(
    db: &DatabaseConnection,
    email: &str,
    name: &str,
    role: Role,
    password: &str,
) -> AppResult<i64> {
    let mut problems = Problems::default();
    let email = problems.email("email", email);
    problems.text("name", name, true, 120);
    problems.new_password("password", password);
    problems.into_result()?;
    if email_taken(db, &email).await? {
        return Err(invalid("email", "error-email-taken"));
    }
    let hash = hash_password(password.to_owned()).await?;
    let now = OffsetDateTime::now_utc();
    let (txn, _turn) = crate::db::begin_write(db).await?;
    let person = insert_account(&txn, &email, name, hash, role.code(), None, "en", now).await?;
    audit::record(
        &txn,
        None,
        "account.create",
        &format!("account:{}", person.id),
        &format!("{email} as {}", role.code()),
        &Client::command_line(),
    )
    .await?;
    txn.commit().await?;
    Ok(person.id)
}

/// Changes the signed-in person's password after checking the current one; every other
/// session ends and this one is replaced.
pub async fn change_password(
    state: &AppState,
    user: &CurrentUser,
    current: &str,
    new: &str,
    client: &Client,
) -> AppResult<SignedIn> {
    let person = account::Entity::find_by_id(user.id).one(&state.db).await?.ok_or(AppError::Unauthorized)?;
    state.limits.sign_in(&client.address, &person.email)?;
    let failures = shared_limits::bucket("password", &client.address, &person.email);
    shared_limits::check(&state.db, &failures, shared_limits::PASSWORD_FAILURES).await?;
    if !verify_password(Some(person.password_hash.clone()), current.to_owned()).await? {
        state.limits.password_failed(&client.address, &person.email);
        shared_limits::hit(&state.db, &failures).await?;
        return Err(invalid("current_password", "error-password-wrong"));
    }
    state.limits.password_accepted(&client.address, &person.email);
    shared_limits::clear(&state.db, &failures).await?;
    let mut problems = Problems::default();
    problems.new_password("new_password", new);
    problems.into_result()?;
    let hash = hash_password(new.to_owned()).await?;
    let (txn, _turn) = crate::db::begin_write(&state.db).await?;
    let mut active: account::ActiveModel = person.into();
    active.password_hash = Set(hash);
    active.password_changed_at = Set(OffsetDateTime::now_utc());
    active.update(&txn).await?;
    revoke_all_sessions(&txn, user.id).await?;
    let token = open_session(&txn, user.id, client).await?;
    audit::record(&txn, Some(user.id), "password.change", &format!("account:{}", user.id), "", client)
        .await?;
    txn.commit().await?;
    Ok(SignedIn { token, account_id: user.id })
}

/// Saves the signed-in person's name, job title and listing preference.
pub async fn update_profile(
    db: &DatabaseConnection,
    user: &CurrentUser,
    name: &str,
    job_title: &str,
    listed: bool,
) -> AppResult<()> {
    let mut problems = Problems::default();
    problems.text("name", name, true, 120);
    problems.text("job_title", job_title, false, 120);
    problems.into_result()?;
    let person = account::Entity::find_by_id(user.id).one(db).await?.ok_or(AppError::Unauthorized)?;
    let mut active: account::ActiveModel = person.into();
    active.name = Set(name.to_owned());
    active.job_title = Set((!job_title.is_empty()).then(|| job_title.to_owned()));
    active.listed = Set(listed);
    active.update(db).await?;
    Ok(())
}

/// Ends one of the signed-in person's own sessions.
pub async fn revoke_session(db: &DatabaseConnection, user: &CurrentUser, reference: &str) -> AppResult<()> {
    let result = session::Entity::delete_many()
        .filter(session::Column::Id.eq(reference))
        .filter(session::Column::AccountId.eq(user.id))
        .exec(db)
        .await?;
    if result.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The signed-in person's account page.
pub async fn account_detail(db: &DatabaseConnection, user: &CurrentUser) -> AppResult<AccountDetail> {
    let person = account::Entity::find_by_id(user.id).one(db).await?.ok_or(AppError::Unauthorized)?;
    let organisation = match person.organisation_id {
        Some(id) => organisation::Entity::find_by_id(id).one(db).await?.map(|org| (org.name, org.slug)),
        None => None,
    };
    let now = OffsetDateTime::now_utc();
    let sessions = session::Entity::find()
        .filter(session::Column::AccountId.eq(user.id))
        .filter(session::Column::ExpiresAt.gt(now))
        .order_by_desc(session::Column::LastSeenAt)
        .all(db)
        .await?
        .into_iter()
        .map(|row| SessionSummary {
            current: row.id == user.session_id,
            reference: row.id,
            user_agent: row.user_agent,
            client_address: row.client_address,
            created_at: crate::audit::iso_minute(row.created_at),
            last_seen_at: crate::audit::iso_minute(row.last_seen_at),
        })
        .collect();
    Ok(AccountDetail {
        email: person.email,
        name: person.name,
        job_title: person.job_title.unwrap_or_default(),
        listed: person.listed,
        role: Role::from_code(&person.role).unwrap_or(Role::Member),
        organisation,
        sessions,
    })
}
