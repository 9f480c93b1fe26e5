//! Wire types of accounts and the server functions the account page reads.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A site-wide role. Each role may do everything the ones before it may.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Writes posts and cases, joins working groups.
    Member,
    /// Plans the blog series and reviews submissions.
    Editor,
    /// Manages organisations, people, roles and join requests.
    Admin,
}

impl Role {
    /// Every role, least powerful first.
    pub const ALL: [Role; 3] = [Role::Member, Role::Editor, Role::Admin];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    /// The role with this code.
    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    /// Translation key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Member => "role-member",
            Role::Editor => "role-editor",
            Role::Admin => "role-admin",
        }
    }
}

/// The signed-in person of a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    /// Account key.
    pub id: i64,
    /// Display name.
    pub name: String,
    /// Site-wide role.
    pub role: Role,
    /// Their organisation.
    pub organisation_id: Option<i64>,
    /// Key of the session the request came with.
    #[serde(skip)]
    pub session_id: String,
}

impl CurrentUser {
    /// Whether the person has at least `role`.
    pub fn has(&self, role: Role) -> bool {
        self.role >= role
    }
}

/// The signed-in person of the current request, if any.
pub fn current_user() -> Option<CurrentUser> {
    use_context::<Option<CurrentUser>>().flatten()
}

/// One open session, as its owner sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSummary {
    /// Opaque reference used to revoke it (not the cookie token).
    pub reference: String,
    /// The browser it was opened in.
    pub user_agent: String,
    /// The client address it was opened from.
    pub client_address: String,
    /// When it was opened, ISO 8601.
    pub created_at: String,
    /// When it was last used, ISO 8601.
    pub last_seen_at: String,
    /// Whether it is the one this page was loaded with.
    pub current: bool,
}

/// What the account page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountDetail {
    /// Email address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Job title.
    pub job_title: String,
    /// Whether they are listed on their organisation's page.
    pub listed: bool,
    /// Their role.
    pub role: Role,
    /// Their organisation's name and slug.
    pub organisation: Option<(String, String)>,
    /// Their open sessions, newest first.
    pub sessions: Vec<SessionSummary>,
}

/// The signed-in person's account; [`AppError::Unauthorized`] for the public.
#[server(endpoint = "get_account", input = GetUrl)]
pub async fn get_account() -> Result<AccountDetail, AppError> {
    let state = crate::state::app_state()?;
    let user = current_user().ok_or(AppError::Unauthorized)?;
    super::ssr::account_detail(&state.db, &user).await
}

/// Who an invitation link is for, shown before the person sets a password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationSummary {
    /// The invited address.
    pub email: String,
    /// The organisation they join.
    pub organisation: Option<String>,
    /// The role they get.
    pub role: Role,
}

/// The invitation behind `token`; [`AppError::NotFound`] when it is unknown, used or expired
/// (the page says which in plain words through the `Invalid` message).
#[server(endpoint = "get_invitation", input = GetUrl)]
pub async fn get_invitation(token: String) -> Result<InvitationSummary, AppError> {
    let state = crate::state::app_state()?;
    super::ssr::invitation_summary(&state.db, &token).await
}

/// Whether a reset link still works.
#[server(endpoint = "check_reset_token", input = GetUrl)]
pub async fn check_reset_token(token: String) -> Result<(), AppError> {
    let state = crate::state::app_state()?;
    super::ssr::check_reset_token(&state.db, &token).await
}
