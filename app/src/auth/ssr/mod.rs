//! Server side of accounts: password hashing, tokens, sessions, rate limits, the services
//! behind the account forms and their handlers.

mod handlers;
mod limits;
mod links;
mod password;
mod service;
mod session;
pub mod shared_limits;

pub use handlers::{load_current_user, routes, user_of};
pub use limits::RateLimits;
pub use links::{
    accept_invitation, check_reset_token, invitation_summary, new_invitation, request_password_reset,
    reset_password,
};
pub use password::{hash_password, verify_password};
pub use service::{
    SignedIn, account_detail, change_password, create_account, remember_language, revoke_session, sign_in,
    sign_out, update_profile,
};
pub use session::{
    SESSION_COOKIE, clear_cookie, open_session, revoke_all_sessions, session_cookie, token_from_cookies,
};
pub use shared_limits::{limit_join, limit_registration};

use crate::error::AppError;

fn invalid(field: &str, message: &str) -> AppError {
    AppError::Invalid { field: field.to_owned(), message: message.to_owned() }
}
