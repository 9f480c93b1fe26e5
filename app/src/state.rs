//! Shared server state, handed to every handler through axum state and Leptos context.

use std::sync::Arc;

use axum::extract::FromRef;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use leptos::config::LeptosOptions;
use leptos::prelude::{provide_context, use_context};
use sea_orm::DatabaseConnection;

use crate::i18n;
use crate::search::index::SearchIndex;

/// Everything a request may need. Cheap to clone.
#[derive(Clone, FromRef)]
pub struct AppState {
    /// Leptos' own options (site root, output name, address).
    pub leptos_options: LeptosOptions,
    /// The database, source of truth.
    pub db: DatabaseConnection,
    /// The search index, derived from the database.
    pub search: SearchIndex,
    /// Outgoing email.
    pub mail: crate::mail::Mailer,
    /// Rate limits on sign-in, resets and join requests.
    pub limits: crate::auth::RateLimits,
    /// Site-wide settings the services need.
    pub site: Arc<Site>,
}

/// Site-wide settings the services need.
#[derive(Clone, Debug)]
pub struct Site {
    /// The address readers reach the hub at, without a trailing slash; emailed links start
    /// with it.
    pub public_url: String,
    /// Where uploaded files (images, logos, attachments) are kept; served under `/media/`.
    pub files: crate::files::FileStore,
    /// Where pages find the stylesheet and the client bundle.
    pub bundle: crate::client::Bundle,
}

impl AppState {
    /// Provides the state and the request's interface language to the Leptos context of the
    /// current request. Called once per request by the router.
    pub fn provide_request_context(&self) {
        // No per-response nonce: the page's scripts are allowed by hash, so its bytes do not
        // depend on the request (see `crate::client`).
        let _ = reactive_graph::owner::take_context::<leptos::nonce::Nonce>();
        provide_context(self.clone());
        let locale =
            use_context::<Parts>().map_or_else(i18n::Locale::default, |parts| link_or_request_locale(&parts));
        provide_context(locale);
        let user = use_context::<Parts>()
            .and_then(|parts| parts.extensions.get::<Option<crate::auth::CurrentUser>>().cloned())
            .flatten();
        provide_context(user);
    }
}

/// The interface language a request asks for, from its `Cookie` and `Accept-Language`
/// headers.
pub fn request_locale(headers: &HeaderMap) -> i18n::Locale {
    let header = |name| headers.get(name).and_then(|v| v.to_str().ok());
    i18n::negotiate(header(header::COOKIE), header(header::ACCEPT_LANGUAGE))
}

/// The interface language of a request whose link may name one: a [`i18n::LINK_LANGUAGE`] query
/// parameter naming a known language wins (an emailed link opens in the language its email was written
/// in, whatever the reader's browser prefers), else [`request_locale`]. Pages with a query
/// string are never cached, so the choice cannot leak into another reader's page.
pub fn link_or_request_locale(parts: &Parts) -> i18n::Locale {
    parts
        .uri
        .query()
        .and_then(|query| {
            form_urlencoded::parse(query.as_bytes()).find(|(key, _)| key == i18n::LINK_LANGUAGE)
        })
        .and_then(|(_, value)| i18n::Locale::from_code(&value))
        .unwrap_or_else(|| request_locale(&parts.headers))
}

/// The state of the current request, for server functions.
pub fn app_state() -> Result<AppState, crate::error::AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the request context");
        crate::error::AppError::Internal
    })
}
