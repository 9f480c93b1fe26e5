//! Accounts and sessions: signing in and out, invitations, password resets, the account
//! page, and the current user of every request.
//!
//! Policy: passwords are hashed with argon2id (the `argon2` crate's defaults: 19 MiB, t=2,
//! p=1); sessions live in the database and the cookie (`__Host-hub_session`: HttpOnly,
//! Secure, SameSite=Lax) carries a random token whose SHA-256 is the session key. A session
//! is replaced on every sign-in and privilege change, and every session of an account ends
//! when its password changes. Emailed links carry single-use tokens stored only as hashes.
//! Unknown and known emails get the same answer in the same time. Every permission is
//! checked here, in the services, never only in a page.

pub mod api;
mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

pub use api::{CurrentUser, Role};
pub use pages::{AccountPage, InvitationPage, ResetPasswordPage, ResetRequestPage, SignInPage};
/// What the rest of the hub uses of accounts on the server: the signed-in person of a
/// request, the rate limits, invitations, ending sessions and the remembered language.
/// Everything else in `ssr` is the accounts' own.
#[cfg(feature = "ssr")]
pub use ssr::{
    RateLimits, limit_join, limit_registration, new_invitation, remember_language, revoke_all_sessions,
    user_of,
};
