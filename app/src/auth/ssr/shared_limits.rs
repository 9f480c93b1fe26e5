//! The rate limits that must hold across processes (wrong passwords, reset emails, join
//! requests), kept in the database so that several hubs behind one load balancer count
//! together. The in-memory limits (`limits`) still answer first and cheaply; these are the
//! shared floor under them.
//!
//! Policy: each limited action is a hit in a bucket (a digest of what is counted, so the
//! table holds no address or email), and an action is refused while its bucket holds as
//! many hits as its [`Window`] allows within the window. Two processes checking at the same
//! moment may each let one more through: the limit is a bound on rate, not an exact count.
//! Hits older than a day are forgotten.

use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseConnection};
use sha2::{Digest as _, Sha256};

use super::limits::client_of;
use crate::db::statement;
use crate::error::{AppError, AppResult};

/// At most `limit` hits within `window`.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    /// Hits allowed in the window.
    pub limit: u64,
    /// The window.
    pub window: Duration,
}

/// Wrong passwords from one client on one account: five free tries and a sixth, then wait
/// until the oldest is fifteen minutes old (a success clears them).
pub const PASSWORD_FAILURES: Window = Window { limit: 6, window: Duration::from_secs(15 * 60) };
/// Reset emails asked by one client.
pub const RESETS_PER_CLIENT: Window = Window { limit: 10, window: Duration::from_secs(10 * 60) };
/// Reset emails asked by one client for one account.
pub const RESETS_PER_ACCOUNT: Window = Window { limit: 3, window: Duration::from_secs(10 * 60) };
/// Join requests from one client.
pub const JOINS_PER_CLIENT: Window = Window { limit: 5, window: Duration::from_secs(10 * 60) };
/// Event registrations from one client (each sends an email), across every hub process.
pub const REGISTRATIONS_PER_CLIENT: Window = Window { limit: 40, window: Duration::from_secs(10 * 60) };

/// How long a hit is kept at most.
const FORGET_AFTER_SECS: i64 = 24 * 60 * 60;

/// The bucket of `what` (`"password"`, `"reset"`, `"join"`) for `address` and `detail`.
pub fn bucket(what: &str, address: &str, detail: &str) -> String {
    let key = format!("{what}\n{}\n{}", client_of(address), detail.to_lowercase());
    hex::encode(&Sha256::digest(key.as_bytes())[..16])
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Whether `bucket` may take another hit under `window` (without taking it).
pub async fn check(db: &DatabaseConnection, bucket: &str, window: Window) -> AppResult<()> {
    let since = now() - i64::try_from(window.window.as_secs()).unwrap_or(i64::MAX);
    let row = db
        .query_one_raw(statement(
            db,
            "SELECT COUNT(*) AS hits FROM rate_limit_hit WHERE bucket = ? AND at > ?",
            vec![bucket.into(), since.into()],
        ))
        .await?;
    let hits = row.and_then(|row| row.try_get::<i64>("", "hits").ok()).unwrap_or(0);
    if u64::try_from(hits).unwrap_or(0) >= window.limit { Err(AppError::RateLimited) } else { Ok(()) }
}

/// Records a hit in `bucket`.
pub async fn hit(db: &DatabaseConnection, bucket: &str) -> AppResult<()> {
    db.execute_raw(statement(
        db,
        "INSERT INTO rate_limit_hit (bucket, at) VALUES (?, ?)",
        vec![bucket.into(), now().into()],
    ))
    .await?;
    Ok(())
}

/// Checks `bucket` and, when allowed, records the hit.
pub async fn take(db: &DatabaseConnection, bucket: &str, window: Window) -> AppResult<()> {
    check(db, bucket, window).await?;
    hit(db, bucket).await
}

/// Counts a join request from client `address`: refused with
/// [`AppError::RateLimited`] past this process's limit or the shared [`JOINS_PER_CLIENT`].
pub async fn limit_join(state: &crate::state::AppState, address: &str) -> AppResult<()> {
    state.limits.join(address)?;
    take(&state.db, &bucket("join", address, ""), JOINS_PER_CLIENT).await
}

/// One event registration from the client at `address`, in this process and across every
/// hub process (each registration sends an email).
pub async fn limit_registration(state: &crate::state::AppState, address: &str) -> AppResult<()> {
    state.limits.registration(address)?;
    take(&state.db, &bucket("register", address, ""), REGISTRATIONS_PER_CLIENT).await
}

/// Forgets every hit of `bucket` (a right password clears the wrong ones).
pub async fn clear(db: &DatabaseConnection, bucket: &str) -> AppResult<()> {
    db.execute_raw(statement(db, "DELETE FROM rate_limit_hit WHERE bucket = ?", vec![bucket.into()])).await?;
    Ok(())
}

/// Forgets hits older than any window. Returns how many went.
pub async fn forget_old(db: &DatabaseConnection) -> AppResult<u64> {
    let removed = db
        .execute_raw(statement(
            db,
            "DELETE FROM rate_limit_hit WHERE at < ?",
            vec![(now() - FORGET_AFTER_SECS).into()],
        ))
        .await?;
    Ok(removed.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn two_connections_share_one_count() {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("hub.db").display());
        let first = crate::db::connect_and_migrate(&url).await.expect("database");
        let second = crate::db::connect(&url).await.expect("second connection");
        let joins = bucket("join", "203.0.113.9", "");
        for n in 0..JOINS_PER_CLIENT.limit {
            let db = if n % 2 == 0 { &first } else { &second };
            assert!(take(db, &joins, JOINS_PER_CLIENT).await.is_ok(), "join {n}");
        }
        assert_eq!(take(&first, &joins, JOINS_PER_CLIENT).await, Err(AppError::RateLimited));
        assert_eq!(take(&second, &joins, JOINS_PER_CLIENT).await, Err(AppError::RateLimited));
        let elsewhere = bucket("join", "198.51.100.7", "");
        assert!(take(&second, &elsewhere, JOINS_PER_CLIENT).await.is_ok(), "another client is not held");
        assert_eq!(
            bucket("join", "2001:db8:1:2::1", ""),
            bucket("join", "2001:db8:1:2::ffff", ""),
            "one /64"
        );
        clear(&first, &joins).await.expect("clear");
        assert!(take(&second, &joins, JOINS_PER_CLIENT).await.is_ok());
        assert_eq!(forget_old(&first).await.expect("forget"), 0);
    }
}
