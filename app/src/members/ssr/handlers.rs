//! POST handlers of the join form and the admin forms, and the logo files.

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::request::Parts;
use axum::response::Response;
use axum::routing::post;

use super::logo::{LOGO_MAX_BYTES, reencode_logo};
use super::{self as service, JoinInput, OrganisationInput};
use crate::error::AppError;
use crate::forms::ssr::{Client, Outcome, Posted, Upload, UploadForm, respond};
use crate::state::{AppState, request_locale};

/// The POST routes of the member forms, and `GET /media/logos/{file}`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/join", post(join))
        .route("/admin/join-requests", post(join_requests))
        .route("/admin/invite", post(invite))
        .route("/admin/people", post(people))
        .route(
            "/admin/organisations/new",
            post(save_organisation).layer(DefaultBodyLimit::max(ORGANISATION_FORM_LIMIT)),
        )
        .route(
            "/admin/organisations/{slug}",
            post(save_organisation).layer(DefaultBodyLimit::max(ORGANISATION_FORM_LIMIT)),
        )
}

async fn join(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let client = Client::of(&parts);
    let input = JoinInput {
        organisation_name: posted.text("organisation_name"),
        group: posted.text("group"),
        country: posted.text("country"),
        website: posted.text("website"),
        contact_name: posted.text("contact_name"),
        contact_email: posted.text("contact_email"),
        motivation: posted.text("motivation"),
    };
    let outcome =
        match service::submit_join_request(&state, input, &client, request_locale(&parts.headers)).await {
            Ok(()) => Outcome::go("/join?done=join-sent"),
            Err(error) => error.into(),
        };
    respond(&state, parts, &posted, outcome).await
}

async fn join_requests(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let outcome = match crate::forms::ssr::signed_in(&parts) {
        Err(outcome) => outcome,
        Ok(user) => {
            let client = Client::of(&parts);
            let locale = request_locale(&parts.headers);
            let id = posted.text("request").parse::<i64>().unwrap_or(-1);
            let result = match posted.form().as_str() {
                "accept" => service::accept_join_request(&state, &user, id, &client, locale)
                    .await
                    .map(|()| "request-accepted"),
                "decline" => {
                    service::decline_join_request(&state, &user, id, &posted.text("reason"), &client, locale)
                        .await
                        .map(|()| "request-declined")
                }
                _ => Err(AppError::NotFound),
            };
            match result {
                Ok(done) => Outcome::go(format!("/admin/join-requests?done={done}")),
                Err(error) => error.into(),
            }
        }
    };
    respond(&state, parts, &posted, outcome).await
}

async fn invite(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let outcome = match crate::forms::ssr::signed_in(&parts) {
        Err(outcome) => outcome,
        Ok(user) => {
            let client = Client::of(&parts);
            // The form preselects the admin's own language; a post without one means it.
            let lang = match posted.text("lang") {
                lang if lang.is_empty() => request_locale(&parts.headers).code().to_owned(),
                lang => lang,
            };
            match service::invite(
                &state,
                &user,
                &posted.text("email"),
                &posted.text("organisation"),
                &posted.text("role"),
                &lang,
                &client,
            )
            .await
            {
                Ok(()) => Outcome::go("/admin/invite?done=invitation-sent"),
                Err(error) => error.into(),
            }
        }
    };
    respond(&state, parts, &posted, outcome).await
}

async fn people(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let outcome = match crate::forms::ssr::signed_in(&parts) {
        Err(outcome) => outcome,
        Ok(user) => {
            let client = Client::of(&parts);
            let id = posted.text("account").parse::<i64>().unwrap_or(-1);
            match service::change_role(
                &state.db,
                &user,
                id,
                &posted.text("role"),
                &posted.text("organisation"),
                &client,
            )
            .await
            {
                Ok(()) => Outcome::go("/admin/people?done=role-changed"),
                Err(error) => error.into(),
            }
        }
    };
    respond(&state, parts, &posted, outcome).await
}

/// The organisation form, with its logo.
const ORGANISATION_FORM: UploadForm = UploadForm {
    form: "organisation",
    file_field: "logo",
    max_file_bytes: LOGO_MAX_BYTES,
    too_big: "error-logo-too-big",
};

async fn save_organisation(
    State(state): State<AppState>,
    slug: Option<Path<String>>,
    parts: Parts,
    multipart: Multipart,
) -> Response {
    let slug = slug.map(|Path(slug)| slug).unwrap_or_default();
    let Upload { posted, file: logo, problem } = ORGANISATION_FORM.read(&parts, multipart).await;
    let outcome = match (crate::forms::ssr::signed_in(&parts), problem) {
        (Err(outcome), _) => outcome,
        (Ok(_), Some(problem)) => problem.into(),
        (Ok(user), None) => {
            let client = Client::of(&parts);
            let logo = match logo {
                Some(bytes) if user.has(crate::auth::Role::Admin) => {
                    reencode_logo(bytes, &state.site.files).await.map(Some)
                }
                _ => Ok(None),
            };
            let result = match logo {
                Ok(logo) => {
                    let input = OrganisationInput {
                        name: posted.text("name"),
                        group: posted.text("group"),
                        country: posted.text("country"),
                        website: posted.text("website"),
                        description: posted.text("description"),
                        logo,
                    };
                    service::save_organisation(&state.db, &user, &slug, input, &client).await
                }
                Err(error) => Err(error),
            };
            match result {
                Ok(slug) => {
                    state.search.notify_changed();
                    Outcome::go(format!("/members/{slug}?done=organisation-saved"))
                }
                Err(error) => error.into(),
            }
        }
    };
    respond(&state, parts, &posted, outcome).await
}

/// The largest multipart body accepted for an organisation form.
pub const ORGANISATION_FORM_LIMIT: usize = ORGANISATION_FORM.body_limit();
