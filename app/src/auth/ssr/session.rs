//! Server-side sessions and their cookie.

use sea_orm::{
    ActiveModelTrait as _, ColumnTrait as _, ConnectionTrait, EntityTrait as _, QueryFilter as _, Set,
};
use time::{Duration, OffsetDateTime};

use crate::auth::api::{CurrentUser, Role};
use crate::db::entities::{account, session};
use crate::error::AppResult;
use crate::forms::ssr::Client;
use crate::secrets::{Token, hash_token};

/// Name of the session cookie. `__Host-` makes browsers refuse it unless it is Secure,
/// host-only and for the whole site.
pub const SESSION_COOKIE: &str = "__Host-hub_session";
/// How long a session lasts.
const LIFETIME: Duration = Duration::days(14);
/// How stale `last_seen_at` may get before a request refreshes it.
const TOUCH_AFTER: Duration = Duration::minutes(1);

/// The `Set-Cookie` value that stores `token`.
pub fn session_cookie(token: &str) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/; Max-Age={}; HttpOnly; Secure; SameSite=Lax",
        LIFETIME.whole_seconds()
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie() -> String {
    format!("{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax")
}

/// The session token a request carries, if any.
pub fn token_from_cookies(cookie_header: Option<&str>) -> Option<String> {
    cookie::Cookie::split_parse(cookie_header?)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == SESSION_COOKIE && !cookie.value().is_empty())
        .map(|cookie| cookie.value().to_owned())
}

/// Opens a session for `account_id` and returns its token.
pub async fn open_session(db: &impl ConnectionTrait, account_id: i64, client: &Client) -> AppResult<String> {
    let token = Token::generate()?;
    let now = OffsetDateTime::now_utc();
    session::ActiveModel {
        id: Set(token.hash),
        account_id: Set(account_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + LIFETIME),
        user_agent: Set(client.user_agent.clone()),
        client_address: Set(client.address.clone()),
    }
    .insert(db)
    .await?;
    Ok(token.secret)
}

/// The person behind `token`, if the session is open and unexpired.
pub async fn lookup(db: &impl ConnectionTrait, token: &str) -> AppResult<Option<CurrentUser>> {
    let id = hash_token(token);
    let Some(row) = session::Entity::find_by_id(id.clone()).one(db).await? else {
        return Ok(None);
    };
    let now = OffsetDateTime::now_utc();
    if row.expires_at <= now {
        // Cleaning up is not the reader's business: a failure leaves the row for later.
        if let Err(err) = session::Entity::delete_by_id(id).exec(db).await {
            tracing::debug!(error = %err, "an expired session was not deleted this time");
        }
        return Ok(None);
    }
    let Some(person) = account::Entity::find_by_id(row.account_id).one(db).await? else {
        return Ok(None);
    };
    if now - row.last_seen_at > TOUCH_AFTER {
        let mut active: session::ActiveModel = row.into();
        active.last_seen_at = Set(now);
        // A busy database may refuse the touch: the session is still valid, and the next
        // request touches it.
        if let Err(err) = active.update(db).await {
            tracing::debug!(error = %err, "a session's last use was not recorded this time");
        }
    }
    Ok(Some(CurrentUser {
        id: person.id,
        name: person.name,
        role: Role::from_code(&person.role).unwrap_or(Role::Member),
        organisation_id: person.organisation_id,
        session_id: id,
    }))
}

/// Ends one session.
pub async fn close_session(db: &impl ConnectionTrait, session_id: &str) -> AppResult<()> {
    session::Entity::delete_by_id(session_id.to_owned()).exec(db).await?;
    Ok(())
}

/// Ends every session of `account_id`.
pub async fn revoke_all_sessions(db: &impl ConnectionTrait, account_id: i64) -> AppResult<u64> {
    let result =
        session::Entity::delete_many().filter(session::Column::AccountId.eq(account_id)).exec(db).await?;
    Ok(result.rows_affected)
}
