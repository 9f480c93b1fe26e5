//! POST handlers of the writing form, the review form and the editor's desk.

use axum::Router;
use axum::body::Bytes;

use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;
use axum::routing::post;
use time::{OffsetDateTime, PrimitiveDateTime};

use super::workflow::PostInput;
use crate::editorial::Action;
use crate::error::AppError;
use crate::forms::ssr::{Outcome, Posted, Upload, UploadForm, render_page, respond};
use crate::state::AppState;

/// Largest form accepted: a long post and its fields.
const WRITE_FORM_LIMIT: usize = 512 * 1024;

/// The POST routes of writing and editing.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/write", post(write_new).layer(DefaultBodyLimit::max(WRITE_FORM_LIMIT)))
        .route("/write/{id}", post(write_existing).layer(DefaultBodyLimit::max(WRITE_FORM_LIMIT)))
        .route("/write/{id}/images", post(upload_image).layer(DefaultBodyLimit::max(IMAGE_FORM.body_limit())))
        .route("/editor", post(editor))
}

/// The form that adds an image to a post.
const IMAGE_FORM: UploadForm = UploadForm {
    form: "image",
    file_field: "image",
    max_file_bytes: super::images::IMAGE_MAX_BYTES,
    too_big: "error-image-too-big",
};

async fn upload_image(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Response {
    let Upload { posted, file, problem } = IMAGE_FORM.read(&parts, multipart).await;

    let outcome = match (crate::forms::ssr::signed_in(&parts), id.parse::<i64>(), problem) {
        (Err(outcome), _, _) => outcome,
        (Ok(_), Err(_), _) => AppError::NotFound.into(),
        (Ok(_), Ok(_), Some(problem)) => problem.into(),
        (Ok(user), Ok(id), None) => {
            match super::images::add_image(&state.db, &state.site.files, &user, id, file, &posted.text("alt"))
                .await
            {
                Ok(_) => Outcome::go(format!("/write/{id}?done=image-added#images")),
                Err(error) => error.into(),
            }
        }
    };
    // A failed upload shows the post's page again with the problem.
    let mut parts = parts;
    if let Ok(uri) = crate::paths::post_draft(&id).parse() {
        parts.uri = uri;
    }
    respond(&state, parts, &posted, outcome).await
}

/// The writing form's fields.
fn post_input(posted: &Posted) -> PostInput {
    let mut input = PostInput {
        title: posted.text("title"),
        summary: posted.text("summary"),
        lang: posted.text("lang"),
        body: posted.raw("body").replace("\r\n", "\n"),
        countries: posted.text("countries"),
        issue: posted.text("issue"),
        note: posted.text("note"),
        ..PostInput::default()
    };
    for name in posted.names_after("tag:") {
        if let Some((facet, code)) = name.split_once(':') {
            input.tags.entry(facet.to_owned()).or_default().push(code.to_owned());
        }
    }
    input
}

async fn write_new(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    write(state, parts, body, None).await
}

async fn write_existing(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        let posted = Posted::parse(&body);
        return respond(&state, parts, &posted, AppError::NotFound.into()).await;
    };
    write(state, parts, body, Some(id)).await
}

async fn write(state: AppState, parts: Parts, body: Bytes, id: Option<i64>) -> Response {
    let posted = Posted::parse(&body);
    let user = match crate::forms::ssr::signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return respond(&state, parts, &posted, outcome).await,
    };
    let action = posted.text("action");
    if posted.form() == "post" && action == "preview" {
        // Show the page again with what was typed and its preview; nothing is saved.
        let reply = posted.reply(Vec::new());
        return render_page(&state, parts, reply, StatusCode::OK).await;
    }
    let outcome = match (posted.form().as_str(), id) {
        ("post", _) => match super::save_post(&state.db, &user, id, post_input(&posted)).await {
            Ok(saved) if action == "submit" => {
                match super::act(&state.db, &user, saved, Action::Submit, &posted.text("note"), None).await {
                    Ok(_) => {
                        state.search.notify_changed();
                        Outcome::go(format!("/write/{saved}?done=submitted"))
                    }
                    Err(error) => error.into(),
                }
            }
            Ok(saved) => {
                state.search.notify_changed();
                Outcome::go(format!("/write/{saved}?done=draft-saved"))
            }
            Err(error) => error.into(),
        },
        ("review", Some(id)) => match Action::from_code(&action) {
            None => AppError::NotFound.into(),
            Some(action) => {
                let publish_at = parse_utc(&posted.text("publish_at"));
                match super::act(&state.db, &user, id, action, &posted.text("comment"), publish_at).await {
                    Ok(_) if action == Action::Comment => {
                        Outcome::go(format!("/write/{id}?done=comment-added"))
                    }
                    Ok(_) => {
                        state.search.notify_changed();
                        Outcome::go(format!("/write/{id}?done=status-changed"))
                    }
                    Err(error) => error.into(),
                }
            }
        },
        _ => AppError::NotFound.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

/// A `datetime-local` value (`2026-12-01T09:30`), read as UTC.
fn parse_utc(text: &str) -> Option<OffsetDateTime> {
    let short = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    let long = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    PrimitiveDateTime::parse(text, &short)
        .or_else(|_| PrimitiveDateTime::parse(text, &long))
        .ok()
        .map(PrimitiveDateTime::assume_utc)
}

async fn editor(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let outcome = match crate::forms::ssr::signed_in(&parts) {
        Err(outcome) => outcome,
        Ok(user) => {
            let result = match posted.form().as_str() {
                "issue" => super::create_issue(
                    &state.db,
                    &user,
                    &posted.text("month"),
                    &posted.text("number"),
                    &posted.text("theme"),
                )
                .await
                .map(|()| "issue-created"),
                "slot" => super::assign_slot(
                    &state.db,
                    &user,
                    &posted.text("slot_issue"),
                    &posted.text("organisation"),
                    &posted.text("topic"),
                    &posted.text("deadline"),
                )
                .await
                .map(|()| "slot-assigned"),
                "publish-issue" => super::publish_issue(
                    &state.db,
                    &user,
                    &posted.text("publish_month"),
                    &posted.text("summary"),
                    &posted.raw("intro"),
                )
                .await
                .map(|()| "issue-published"),
                _ => Err(AppError::NotFound),
            };
            match result {
                Ok(done) => Outcome::go(format!("/editor?done={done}")),
                Err(error) => error.into(),
            }
        }
    };
    respond(&state, parts, &posted, outcome).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn schedule_times_are_read_as_utc() {
        let at = super::parse_utc("2026-12-01T09:30").expect("valid");
        assert_eq!((at.hour(), at.minute(), at.offset().is_utc()), (9, 30, true));
        assert!(super::parse_utc("tomorrow").is_none());
        assert!(super::parse_utc("2026-13-01T09:30").is_none());
    }
}
