//! The routes of the self-assessment outside the Leptos pages: the forms' posts, the
//! downloads and the framework as JSON.

use std::collections::HashMap;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use super::{cycles, export, framework, profile, questions, reflection, respond};
use crate::error::AppError;
use crate::forms::FormReply;
use crate::forms::ssr::{Outcome, Posted, render_page, respond as answer, signed_in};
use crate::state::AppState;

/// Largest form accepted: a step of answers, the carried answers, a plan.
const FORM_LIMIT: usize = 32 * 1024;

/// Every route of the feature outside its pages.
pub fn routes() -> Router<AppState> {
    let limit = || DefaultBodyLimit::max(FORM_LIMIT);
    Router::new()
        .route("/assessment/framework.json", get(framework_json))
        .route("/assessment/self", post(self_post).layer(limit()))
        .route("/assessment/self/download", post(self_download).layer(limit()))
        .route("/assessment/self/profile.json", get(saved_json))
        .route("/assessment/self/profile.csv", get(saved_csv))
        .route("/assessment/answer", post(start_post).layer(limit()))
        .route("/assessment/respond", post(respond_post).layer(limit()))
        .route("/assessment/cycles", post(open_post).layer(limit()))
        .route("/assessment/cycles/{id}", post(cycle_post).layer(limit()))
        .route("/assessment/cycles/{id}/practice", post(practice_post).layer(limit()))
        .route("/assessment/cycles/{id}/plan", post(plan_post).layer(limit()))
        .route("/assessment/cycles/{id}/export.json", get(export_json))
        .route("/assessment/cycles/{id}/export.csv", get(export_csv))
}

/// The private token of a request: links carry it in the query string, which the request log
/// leaves out, never in the path.
fn token_of(parts: &Parts) -> Option<String> {
    form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes())
        .find(|(name, _)| name == "token")
        .map(|(_, value)| value.into_owned())
        .filter(|token| !token.is_empty())
}

async fn framework_json() -> Response {
    export::framework_json(framework::frameworks())
}

/// The step after `step` for the button `action` (`next`, `back`, `finish`).
fn next_step(step: i64, total: i64, action: &str) -> String {
    match action {
        "back" => (step - 1).max(1).to_string(),
        "finish" => "profile".to_owned(),
        _ if step >= total => "profile".to_owned(),
        _ => (step + 1).to_string(),
    }
}

/// A step of the unsaved self-reflection: the answers so far come back in the page, and
/// nothing is stored unless the person asks to save.
async fn self_post(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    if let Some(token) = token_of(&parts) {
        return saved_post(state, parts, token, body).await;
    }
    let posted = Posted::parse(&body);
    let Some(framework) = framework::current() else {
        return answer(&state, parts, &posted, AppError::Internal.into()).await;
    };
    let merged =
        questions::parse_carried(framework, true, &posted.text("answers")).and_then(|mut answers| {
            answers.extend(questions::posted_answers(framework, true, &posted)?);
            Ok(answers)
        });
    let answers = match merged {
        Ok(answers) => answers,
        Err(error) => return answer(&state, parts, &posted, error.into()).await,
    };
    let step = questions::step_number(framework, &posted.text("step"));
    let action = posted.text("action");
    if action == "save" {
        let outcome = match reflection::save_new(&state.db, framework, &answers).await {
            Ok(token) => Outcome::go(format!("/assessment/self?token={token}&step={step}&done=saved")),
            Err(error) => error.into(),
        };
        return answer(&state, parts, &posted, outcome).await;
    }
    let values = HashMap::from([
        ("step".to_owned(), next_step(step, questions::step_count(framework), &action)),
        ("answers".to_owned(), questions::carry(&answers)),
    ]);
    render_page(&state, parts, FormReply { form: "self".into(), values, errors: Vec::new() }, StatusCode::OK)
        .await
}

/// The unsaved self-reflection's profile as a file.
async fn self_download(State(_state): State<AppState>, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let Some(framework) = framework::current() else { return AppError::Internal.into_response() };
    match questions::parse_carried(framework, true, &posted.text("answers")) {
        Ok(answers) => {
            let profile = profile::self_profile(framework, &answers, crate::i18n::Locale::En);
            export::self_export(framework, &answers, &profile, &posted.text("format"))
        }
        Err(error) => error.into_response(),
    }
}

/// A step of a saved self-reflection: saved as it goes; or deleting it.
async fn saved_post(state: AppState, parts: Parts, token: String, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let action = posted.text("action");
    let outcome = if action == "delete" {
        match reflection::delete(&state.db, &token).await {
            Ok(()) => Outcome::go("/assessment?done=deleted"),
            Err(error) => error.into(),
        }
    } else {
        match reflection::saved(&state.db, &token).await {
            Err(error) => error.into(),
            Ok((_, framework)) => {
                let step = questions::step_number(framework, &posted.text("step"));
                match questions::posted_answers(framework, true, &posted) {
                    Err(error) => error.into(),
                    Ok(answers) => match reflection::update(&state.db, &token, &answers).await {
                        Ok(()) => Outcome::go(format!(
                            "/assessment/self?token={token}&step={}",
                            next_step(step, questions::step_count(framework), &action)
                        )),
                        Err(error) => error.into(),
                    },
                }
            }
        }
    };
    answer(&state, parts, &posted, outcome).await
}

async fn saved_export(state: &AppState, parts: &Parts, format: &str) -> Response {
    let Some(token) = token_of(parts) else { return AppError::NotFound.into_response() };
    match reflection::saved(&state.db, &token).await {
        Ok((row, framework)) => {
            let answers = questions::from_json(framework, true, &row.answers);
            let profile = profile::self_profile(framework, &answers, crate::i18n::Locale::En);
            export::self_export(framework, &answers, &profile, format)
        }
        Err(error) => error.into_response(),
    }
}

async fn saved_json(State(state): State<AppState>, parts: Parts) -> Response {
    saved_export(&state, &parts, "json").await
}

async fn saved_csv(State(state): State<AppState>, parts: Parts) -> Response {
    saved_export(&state, &parts, "csv").await
}

/// The staff link: choosing a role starts an anonymous response.
async fn start_post(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let token = token_of(&parts).unwrap_or_default();
    let outcome = match respond::start(&state.db, &token, &posted.text("role")).await {
        Ok(secret) => Outcome::go(format!("/assessment/respond?token={secret}&step=1")),
        Err(error) => error.into(),
    };
    answer(&state, parts, &posted, outcome).await
}

/// A respondent's step: saved as it goes; `send` makes the answers final.
async fn respond_post(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let token = token_of(&parts).unwrap_or_default();
    let action = posted.text("action");
    let send = action == "send";
    let outcome = match respond::save_step(&state.db, &token, &posted, send).await {
        Ok(()) if send => Outcome::go(format!("/assessment/respond?token={token}&done=sent")),
        Ok(()) => {
            let step: i64 = posted.text("step").parse().unwrap_or(1);
            let total = framework::current().map_or(3, questions::step_count);
            let next = if action == "back" { (step - 1).max(1) } else { (step + 1).min(total) };
            Outcome::go(format!("/assessment/respond?token={token}&step={next}"))
        }
        Err(error) => error.into(),
    };
    answer(&state, parts, &posted, outcome).await
}

/// Opening a cycle.
async fn open_post(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let user = match signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return answer(&state, parts, &posted, outcome).await,
    };
    let roles = posted.names_after("role.").map(str::to_owned).take(20).collect();
    let input = cycles::CycleInput {
        name: posted.text("cycle_name"),
        version: posted.text("version"),
        opens_on: posted.text("opens_on"),
        closes_on: posted.text("closes_on"),
        roles,
        level: posted.text("level"),
        share: posted.checked("share"),
    };
    let outcome = match cycles::open_cycle(&state.db, &user, input).await {
        Ok(id) => Outcome::go(format!("/assessment/cycles/{id}?done=opened")),
        Err(error) => error.into(),
    };
    answer(&state, parts, &posted, outcome).await
}

/// The cycle page's forms: closing it, and sharing it with the benchmarks.
async fn cycle_post(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let posted = Posted::parse(&body);
    let user = match signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return answer(&state, parts, &posted, outcome).await,
    };
    let Ok(id) = id.parse::<i64>() else {
        return answer(&state, parts, &posted, AppError::NotFound.into()).await;
    };
    let result = match posted.form().as_str() {
        "close" => cycles::close_cycle(&state.db, &user, id).await.map(|()| "closed"),
        "share" => {
            cycles::set_sharing(&state.db, &user, id, posted.checked("share")).await.map(|()| "shared")
        }
        _ => Err(AppError::NotFound),
    };
    let outcome = match result {
        Ok(done) => Outcome::go(format!("/assessment/cycles/{id}?done={done}")),
        Err(error) => error.into(),
    };
    answer(&state, parts, &posted, outcome).await
}

async fn practice_post(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let posted = Posted::parse(&body);
    let user = match signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return answer(&state, parts, &posted, outcome).await,
    };
    let Ok(id) = id.parse::<i64>() else {
        return answer(&state, parts, &posted, AppError::NotFound.into()).await;
    };
    let outcome = match cycles::save_practice(&state.db, &user, id, &posted).await {
        Ok(()) => Outcome::go(format!("/assessment/cycles/{id}?done=practice-saved")),
        Err(error) => error.into(),
    };
    answer(&state, parts, &posted, outcome).await
}

async fn plan_post(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let posted = Posted::parse(&body);
    let user = match signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return answer(&state, parts, &posted, outcome).await,
    };
    let Ok(id) = id.parse::<i64>() else {
        return answer(&state, parts, &posted, AppError::NotFound.into()).await;
    };
    let areas = (1..=3)
        .map(|n| {
            (
                posted.text(&format!("competency_{n}")),
                posted.text(&format!("actions_{n}")),
                posted.text(&format!("due_{n}")),
            )
        })
        .collect();
    let outcome = match cycles::save_plan(&state.db, &user, id, areas).await {
        Ok(()) => Outcome::go(format!("/assessment/cycles/{id}?done=plan-saved")),
        Err(error) => error.into(),
    };
    answer(&state, parts, &posted, outcome).await
}

async fn cycle_export(state: &AppState, parts: &Parts, id: &str, format: &str) -> Response {
    let Some(user) = parts.extensions.get::<Option<crate::auth::CurrentUser>>().cloned().flatten() else {
        return AppError::Unauthorized.into_response();
    };
    let Ok(id) = id.parse::<i64>() else { return AppError::NotFound.into_response() };
    match cycles::export(&state.db, &user, id, crate::i18n::Locale::En).await {
        Ok(view) => export::cycle_export(&view, format),
        Err(error) => error.into_response(),
    }
}

async fn export_json(State(state): State<AppState>, parts: Parts, Path(id): Path<String>) -> Response {
    cycle_export(&state, &parts, &id, "json").await
}

async fn export_csv(State(state): State<AppState>, parts: Parts, Path(id): Path<String>) -> Response {
    cycle_export(&state, &parts, &id, "csv").await
}

#[cfg(test)]
mod tests {
    use super::next_step;

    #[test]
    fn buttons_move_between_steps() {
        assert_eq!(next_step(1, 3, "next"), "2");
        assert_eq!(next_step(3, 3, "next"), "profile");
        assert_eq!(next_step(1, 3, "back"), "1");
        assert_eq!(next_step(2, 3, "finish"), "profile");
    }
}
