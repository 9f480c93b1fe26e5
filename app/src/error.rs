//! The one error type that crosses the wire.
//!
//! Policy: a server function returns [`AppResult`]. Causes (database, index, I/O) are
//! logged once, on the server, where they are turned into [`AppError::Internal`]; their
//! text never reaches the client. Every variant maps to a real HTTP status.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Result of every server function and service call.
pub type AppResult<T> = Result<T, AppError>;

/// One problem with one field of a form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field's name; `form` is the form as a whole.
    pub field: String,
    /// Translation key of the explanation.
    pub key: String,
    /// The value at fault, for an explanation that names it (`$value`).
    pub value: Option<String>,
}

impl FieldError {
    /// `field` is wrong for the reason `key`.
    pub fn new(field: &str, key: &str) -> Self {
        Self { field: field.to_owned(), key: key.to_owned(), value: None }
    }
}

/// What went wrong, in terms a client may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist (or the reader may not know it exists).
    #[error("not found")]
    NotFound,
    /// The reader must sign in first.
    #[error("sign-in required")]
    Unauthorized,
    /// The reader is signed in but may not do this.
    #[error("forbidden")]
    Forbidden,
    /// One input is wrong; `field` names it, `message` is an i18n key explaining why.
    #[error("invalid {field}: {message}")]
    Invalid {
        /// Name of the offending form field.
        field: String,
        /// Translation key of the explanation.
        message: String,
    },
    /// Several inputs are wrong, in form order.
    #[error("invalid input")]
    InvalidFields(Vec<FieldError>),
    /// The change collides with another one made in the meantime.
    #[error("conflict")]
    Conflict,
    /// Too many requests; try again later.
    #[error("rate limited")]
    RateLimited,
    /// Something failed on the server; details are in the server log only.
    #[error("internal error")]
    Internal,
}

impl AppError {
    /// The HTTP status this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            Self::NotFound => 404,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::Invalid { .. } | Self::InvalidFields(_) => 422,
            Self::Conflict => 409,
            Self::RateLimited => 429,
            Self::Internal => 500,
        }
    }

    /// Translation key of the page title shown for this error.
    pub fn title_key(&self) -> &'static str {
        match self {
            Self::NotFound => "error-not-found-title",
            Self::Unauthorized => "error-unauthorized-title",
            Self::Forbidden => "error-forbidden-title",
            Self::Invalid { .. } | Self::InvalidFields(_) => "error-invalid-title",
            Self::Conflict => "error-conflict-title",
            Self::RateLimited => "error-rate-limited-title",
            Self::Internal => "error-internal-title",
        }
    }

    /// Translation key of the explanation shown under the title.
    pub fn body_key(&self) -> &'static str {
        match self {
            Self::NotFound => "error-not-found-body",
            Self::Unauthorized => "error-unauthorized-body",
            Self::Forbidden => "error-forbidden-body",
            Self::Invalid { .. } | Self::InvalidFields(_) => "error-invalid-body",
            Self::Conflict => "error-conflict-body",
            Self::RateLimited => "error-rate-limited-body",
            Self::Internal => "error-internal-body",
        }
    }
}

/// A database failure: logged once, here, with the place in the code that met it; the
/// client sees only [`AppError::Internal`]. This is what lets a service write `?` after any
/// query.
#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    #[track_caller]
    fn from(err: sea_orm::DbErr) -> Self {
        let at = std::panic::Location::caller();
        tracing::error!(error = %err, file = at.file(), line = at.line(), "database query failed");
        AppError::Internal
    }
}

/// An error as the answer to a plain route (feeds, files, exports): its status and its title
/// in English as plain text. Pages show errors through their own localised error page.
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        let status = axum::http::StatusCode::from_u16(self.status())
            .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
        let text = crate::i18n::Locale::En.text(self.title_key());
        (status, [(axum::http::header::CACHE_CONTROL, "no-store")], text).into_response()
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                Self::Invalid { field: "request".into(), message: "error-invalid-body".into() }
            }
            _ => Self::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_real_http_statuses() {
        assert_eq!(AppError::NotFound.status(), 404);
        assert_eq!(AppError::RateLimited.status(), 429);
        assert_eq!(AppError::Internal.status(), 500);
    }

    #[test]
    fn framework_errors_never_carry_their_text() {
        let err = AppError::from_server_fn_error(ServerFnErrorErr::ServerError(
            "SELECT * FROM secrets failed".into(),
        ));
        assert_eq!(err, AppError::Internal);
        assert!(!format!("{err}").contains("secrets"));
    }
}
