//! Server side of accounts: password hashing, tokens, sessions, rate limits, the services
//! behind the account forms and their handlers.

mod handlers;
mod limits;
mod password;
mod service;
mod session;
mod token;

pub use handlers::{load_current_user, routes, user_of};
pub use limits::RateLimits;
pub use password::{hash_password, verify_password};
pub use service::{
    SignedIn, accept_invitation, account_detail, change_password, check_reset_token, create_account,
    invitation_summary, new_invitation, request_password_reset, reset_password, revoke_session, sign_in,
    sign_out, update_profile,
};
pub use session::{SESSION_COOKIE, clear_cookie, open_session, revoke_all_sessions, session_cookie};
pub use token::{Token, hash_token};
