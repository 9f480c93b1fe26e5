//! Secrets: random tokens for cookies, emailed links and private links, and the hash they
//! are stored under.
//!
//! Policy: a secret is 32 bytes from the operating system's generator, written base64url;
//! the database keeps only its hex SHA-256, so a copy of the database opens no session and
//! no link. Accounts, the self-assessment, event registrations and uploads all draw their
//! secrets here.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest as _, Sha256};

use crate::error::{AppError, AppResult};

/// A fresh token and the hash it is stored under.
pub struct Token {
    /// What the browser or the email carries: 32 random bytes, base64url.
    pub secret: String,
    /// Hex SHA-256 of `secret`.
    pub hash: String,
}

impl Token {
    /// Draws a new token from the operating system's generator.
    pub fn generate() -> AppResult<Token> {
        let secret = random_secret()?;
        let hash = hash_token(&secret);
        Ok(Token { secret, hash })
    }
}

/// 32 random bytes from the operating system's generator, base64url: a session token, a
/// link's secret, a CSP nonce.
pub fn random_secret() -> AppResult<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|err| {
        tracing::error!(error = %err, "no randomness available");
        AppError::Internal
    })?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// Hex SHA-256 of a token.
pub fn hash_token(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_unique_and_hashed() {
        let a = Token::generate().expect("token");
        let b = Token::generate().expect("token");
        assert_eq!(a.secret.len(), 43);
        assert_ne!(a.secret, b.secret);
        assert_eq!(a.hash, hash_token(&a.secret));
        assert_ne!(a.hash, a.secret);
    }
}
