//! argon2id password hashes, computed off the async threads.
//!
//! Policy: each hash or check holds 19 MiB and a core for a moment, so only a few run at
//! once, process-wide; the others wait their turn, and one that waits too long is answered
//! "too many requests" instead of piling up. A flood of sign-ins then costs the hub a
//! bounded amount of memory and CPU.

use std::sync::LazyLock;
use std::time::Duration;

use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher as _, PasswordVerifier as _};
use tokio::sync::{Semaphore, SemaphorePermit};

use crate::error::{AppError, AppResult};

/// Hashes and checks that may run at once: one per core, at least two.
static SLOTS: LazyLock<Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    Semaphore::new(cores.max(2))
});

/// How long a hash or check may wait for its turn.
const MAX_WAIT: Duration = Duration::from_secs(5);

async fn turn() -> AppResult<SemaphorePermit<'static>> {
    match tokio::time::timeout(MAX_WAIT, SLOTS.acquire()).await {
        Ok(Ok(permit)) => Ok(permit),
        Ok(Err(_)) => Err(AppError::Internal),
        Err(_) => {
            tracing::warn!("password checks are queued past their limit; refusing one");
            Err(AppError::RateLimited)
        }
    }
}

/// A hash of a password nobody has, verified when an email is unknown so that unknown and
/// known emails take the same time.
const DECOY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wl2ZxVjIuXx3VJ5mw5Y9K9sUQ3U3M5gK9f5s9Jm1a0A";

/// Hashes `password` with argon2id (19 MiB, t=2, p=1) and a random salt.
pub async fn hash_password(password: String) -> AppResult<String> {
    let _turn = turn().await?;
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|_| AppError::Internal)?;
        let salt = SaltString::encode_b64(&salt).map_err(|_| AppError::Internal)?;
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|hash| hash.to_string()).map_err(
            |err| {
                tracing::error!(error = %err, "password hashing failed");
                AppError::Internal
            },
        )
    })
    .await
    .map_err(|_| AppError::Internal)?
}

/// Whether `password` matches `hash`; with no hash, checks against a decoy and says no.
/// Refused (rate limited) when too many checks are waiting.
pub async fn verify_password(hash: Option<String>, password: String) -> AppResult<bool> {
    let _turn = turn().await?;
    Ok(tokio::task::spawn_blocking(move || {
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| DECOY_HASH.to_owned());
        let Ok(parsed) = PasswordHash::new(&hash) else {
            tracing::error!("a stored password hash cannot be parsed");
            return false;
        };
        let matches = Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok();
        known && matches
    })
    .await
    .unwrap_or(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn right_password_matches_and_wrong_one_does_not() {
        let hash = hash_password("correct horse battery".to_owned()).await.expect("hash");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert_eq!(verify_password(Some(hash.clone()), "correct horse battery".to_owned()).await, Ok(true));
        assert_eq!(verify_password(Some(hash), "correct horse battery!".to_owned()).await, Ok(false));
    }

    #[tokio::test]
    async fn unknown_accounts_never_match() {
        assert!(PasswordHash::new(DECOY_HASH).is_ok(), "the decoy must be a real hash so it costs the same");
        assert_eq!(verify_password(None, "anything".to_owned()).await, Ok(false));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_flood_of_checks_runs_a_few_at_a_time() {
        let hash = hash_password("correct horse battery".to_owned()).await.expect("hash");
        let checks: Vec<_> =
            (0..12).map(|_| tokio::spawn(verify_password(Some(hash.clone()), "wrong".to_owned()))).collect();
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(SLOTS.available_permits() == 0, "the slots are all taken");
        for check in checks {
            assert!(matches!(check.await, Ok(Ok(false)) | Ok(Err(AppError::RateLimited))));
        }
    }
}
