//! argon2id password hashes, computed off the async threads.

use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher as _, PasswordVerifier as _};

use crate::error::{AppError, AppResult};

/// A hash of a password nobody has, verified when an email is unknown so that unknown and
/// known emails take the same time.
const DECOY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$Wl2ZxVjIuXx3VJ5mw5Y9K9sUQ3U3M5gK9f5s9Jm1a0A";

/// Hashes `password` with argon2id (19 MiB, t=2, p=1) and a random salt.
pub async fn hash_password(password: String) -> AppResult<String> {
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
pub async fn verify_password(hash: Option<String>, password: String) -> bool {
    tokio::task::spawn_blocking(move || {
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
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn right_password_matches_and_wrong_one_does_not() {
        let hash = hash_password("correct horse battery".to_owned()).await.expect("hash");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify_password(Some(hash.clone()), "correct horse battery".to_owned()).await);
        assert!(!verify_password(Some(hash), "correct horse battery!".to_owned()).await);
    }

    #[tokio::test]
    async fn unknown_accounts_never_match() {
        assert!(PasswordHash::new(DECOY_HASH).is_ok(), "the decoy must be a real hash so it costs the same");
        assert!(!verify_password(None, "anything".to_owned()).await);
    }
}
