//! The account forms' POST handlers and the middleware that finds the signed-in person.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use axum::routing::post;

use super::session::{clear_cookie, lookup, session_cookie, token_from_cookies};
use super::{links, service};
use crate::auth::CurrentUser;
use crate::forms::ssr::{Client, Outcome, Posted, respond};
use crate::state::{AppState, link_or_request_locale, request_locale};

/// The POST routes of the account forms (their GET pages are Leptos routes).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sign-in", post(sign_in))
        .route("/sign-out", post(sign_out))
        .route("/forgot-password", post(forgot_password))
        .route("/reset-password", post(reset_password))
        .route("/invitation", post(accept_invitation))
        .route("/account", post(account))
}

/// Finds the person behind the session cookie and stores them (`Option<CurrentUser>`) in
/// the request's extensions. A cookie for a session that no longer exists is removed;
/// pages for signed-in people are never cached. When the database cannot say (it is busy or
/// out of reach), the request is answered 503 and the cookie kept: nobody is signed out
/// because the database was briefly busy.
pub async fn load_current_user(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let cookies = request.headers().get(header::COOKIE).and_then(|v| v.to_str().ok());
    let token = token_from_cookies(cookies);
    let user = match &token {
        Some(token) => match lookup(&state.db, token).await {
            Ok(user) => user,
            Err(_) => {
                let locale = request_locale(request.headers());
                return (
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    [(header::RETRY_AFTER, "2"), (header::CACHE_CONTROL, "no-store")],
                    locale.text("error-busy"),
                )
                    .into_response();
            }
        },
        None => None,
    };
    let stale = token.is_some() && user.is_none();
    let signed_in = user.is_some();
    request.extensions_mut().insert(user);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if stale
        && !headers.contains_key(header::SET_COOKIE)
        && let Ok(value) = HeaderValue::from_str(&clear_cookie())
    {
        headers.append(header::SET_COOKIE, value);
    }
    // A page seen signed in may be personal; a handler that set its own policy (an image
    // stored under a name of its content) knows its answer is the same for everyone.
    if signed_in && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    }
    response
}

/// The signed-in person of a request.
pub fn user_of(parts: &Parts) -> Option<CurrentUser> {
    parts.extensions.get::<Option<CurrentUser>>().cloned().flatten()
}

/// Where to go after signing in: `?next=` when it is a path on this site.
fn next_page(parts: &Parts) -> String {
    parts
        .uri
        .query()
        .and_then(|query| form_urlencoded::parse(query.as_bytes()).find(|(key, _)| key == "next"))
        .map(|(_, value)| value.into_owned())
        .filter(|next| crate::i18n::api::is_local_path(next) && !next.starts_with("/sign-in"))
        .unwrap_or_else(|| "/account?done=signed-in".to_owned())
}

fn token_param(parts: &Parts) -> String {
    parts
        .uri
        .query()
        .and_then(|query| form_urlencoded::parse(query.as_bytes()).find(|(key, _)| key == "token"))
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default()
}

fn signed_in(location: String, signed: service::SignedIn) -> Outcome {
    Outcome::Redirect { location, cookies: vec![session_cookie(&signed.token)] }
}

async fn sign_in(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let client = Client::of(&parts);
    let previous = user_of(&parts);
    let outcome = match service::sign_in(
        &state,
        &posted.text("email"),
        &posted.raw("password"),
        previous.as_ref(),
        &client,
    )
    .await
    {
        Ok(signed) => signed_in(next_page(&parts), signed),
        Err(error) => error.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

async fn sign_out(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    if let Some(user) = user_of(&parts)
        && let Err(error) = service::sign_out(&state.db, &user).await
    {
        return respond(&state, parts, &posted, error.into()).await;
    }
    respond(
        &state,
        parts,
        &posted,
        Outcome::Redirect { location: "/?done=signed-out".to_owned(), cookies: vec![clear_cookie()] },
    )
    .await
}

async fn forgot_password(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let client = Client::of(&parts);
    let locale = request_locale(&parts.headers);
    let outcome = match links::request_password_reset(&state, &posted.text("email"), &client, locale).await {
        Ok(()) => Outcome::go("/forgot-password?done=reset-sent"),
        Err(error) => error.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

async fn reset_password(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let client = Client::of(&parts);
    let token = token_param(&parts);
    let outcome = match links::reset_password(&state, &token, &posted.raw("password"), &client).await {
        Ok(signed) => signed_in("/account?done=password-changed".to_owned(), signed),
        Err(error) => error.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

async fn accept_invitation(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let client = Client::of(&parts);
    let token = token_param(&parts);
    let locale = link_or_request_locale(&parts);
    let outcome = match links::accept_invitation(
        &state,
        &token,
        &posted.text("name"),
        &posted.raw("password"),
        &client,
        locale,
    )
    .await
    {
        // The new account reads on in the language its invitation opened in.
        Ok(signed) => Outcome::Redirect {
            location: "/account?done=welcome".to_owned(),
            cookies: vec![session_cookie(&signed.token), crate::i18n::language_cookie(locale)],
        },
        Err(error) => error.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

/// The account page's forms: `profile`, `password` and `revoke` (one session).
async fn account(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let Some(user) = user_of(&parts) else {
        return respond(&state, parts, &posted, crate::error::AppError::Unauthorized.into()).await;
    };
    let client = Client::of(&parts);
    let outcome = match posted.form().as_str() {
        "profile" => match service::update_profile(
            &state.db,
            &user,
            &posted.text("name"),
            &posted.text("job_title"),
            posted.checked("listed"),
        )
        .await
        {
            Ok(()) => Outcome::go("/account?done=profile-saved"),
            Err(error) => error.into(),
        },
        "password" => {
            match service::change_password(
                &state,
                &user,
                &posted.raw("current_password"),
                &posted.raw("new_password"),
                &client,
            )
            .await
            {
                Ok(signed) => signed_in("/account?done=password-changed".to_owned(), signed),
                Err(error) => error.into(),
            }
        }
        "revoke" => match service::revoke_session(&state.db, &user, &posted.text("session")).await {
            Ok(()) if posted.text("session") == user.session_id => {
                Outcome::Redirect { location: "/?done=signed-out".to_owned(), cookies: vec![clear_cookie()] }
            }
            Ok(()) => Outcome::go("/account?done=session-revoked"),
            Err(error) => error.into(),
        },
        _ => crate::error::AppError::NotFound.into(),
    };
    respond(&state, parts, &posted, outcome).await
}
