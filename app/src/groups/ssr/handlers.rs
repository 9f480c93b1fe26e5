//! The POST routes of working groups: every form of the group pages, answered as
//! [`crate::forms`] describes (a redirect with a notice, or the page again with the problems).

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::request::Parts;
use axum::response::Response;
use axum::routing::{get, post};

use super::actions::{self, MemberAction, Settings, Tell};
use super::views;
use crate::auth::CurrentUser;
use crate::auth::user_of;
use crate::error::AppError;
use crate::forms::ssr::{Client, Outcome, Posted, respond};
use crate::i18n::Locale;
use crate::state::AppState;
use sea_orm::EntityTrait;

/// Largest form accepted: a document of [`super::views::MAX_BODY`] bytes, URL-encoded.
const FORM_LIMIT: usize = 4 * super::views::MAX_BODY;

/// The routes of the group forms.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/groups", post(on_groups))
        .route("/groups/{slug}", post(on_group))
        .route("/groups/{slug}/docs/{doc}", post(on_document).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .route("/groups/{slug}/docs/{doc}/history", post(on_history))
        .route("/groups/documents/{id}", get(document_by_id))
}

fn settings_of(posted: &Posted) -> Settings {
    Settings {
        name: posted.text("group_name"),
        theme: posted.text("theme"),
        charter: posted.raw("charter").trim_end().to_owned(),
        visibility: posted.text("visibility"),
        quorum: posted.text("quorum"),
    }
}

/// Runs `act` for the signed-in person, or asks them to sign in.
async fn answer<F, Fut>(state: AppState, parts: Parts, body: Bytes, act: F) -> Response
where
    F: FnOnce(AppState, CurrentUser, Posted) -> Fut,
    Fut: Future<Output = Outcome>,
{
    let posted = Posted::parse(&body);
    let outcome = match user_of(&parts) {
        None => AppError::Unauthorized.into(),
        Some(user) => act(state.clone(), user, posted.clone()).await,
    };
    respond(&state, parts, &posted, outcome).await
}

fn go_or(result: Result<String, AppError>) -> Outcome {
    match result {
        Ok(location) => Outcome::go(location),
        Err(error) => error.into(),
    }
}

async fn on_groups(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let client = Client::of(&parts);
    answer(state, parts, body, |state, user, posted| async move {
        if posted.form() != "group-new" {
            return AppError::NotFound.into();
        }
        let created = actions::create_group(&state.db, &user, &settings_of(&posted), &client).await;
        if created.is_ok() {
            state.search.notify_changed();
        }
        go_or(created.map(|slug| format!("/groups/{slug}?done=group-created")))
    })
    .await
}

/// Emails `tell.to` the message `key` (`…-subject` and `…-body`) about group `slug`, each
/// in the recipient's own language.
fn send(state: &AppState, key: &str, tell: Tell, slug: &str, who: &str) {
    let link = format!("{}/groups/{slug}", state.site.public_url);
    let args = [("group", tell.group.clone()), ("name", who.to_owned()), ("link", link)];
    for (to, lang) in tell.to {
        let locale = Locale::from_code(&lang).unwrap_or_default();
        let subject = locale.text_args(&format!("{key}-subject"), &args);
        let body = locale.text_args(&format!("{key}-body"), &args);
        state.mail.send_in_background(to, subject, body);
    }
}

async fn on_group(
    State(state): State<AppState>,
    parts: Parts,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    let client = Client::of(&parts);
    answer(state, parts, body, |state, user, posted| async move {
        let db = &state.db;
        let here = |done: &str| format!("/groups/{slug}?done={done}");
        let tell = |key: &str, tell: Tell| send(&state, key, tell, &slug, &user.name);
        let result = match posted.form().as_str() {
            "join" => actions::ask_to_join(db, &user, &slug)
                .await
                .map(|to| tell("mail-group-request", to))
                .map(|()| here("group-join-asked")),
            "invitation" => {
                let accept = posted.text("action") == "accept";
                let done = if accept { "group-joined" } else { "group-invitation-declined" };
                actions::answer_invitation(db, &user, &slug, accept).await.map(|()| here(done))
            }
            "leave" => actions::leave(db, &user, &slug).await.map(|()| here("group-left")),
            "invite" => actions::invite(db, &user, &slug, &posted.text("email"), &client)
                .await
                .map(|to| tell("mail-group-invite", to))
                .map(|()| here("group-invited")),
            "member" => {
                match (MemberAction::from_code(&posted.text("action")), posted.text("account").parse()) {
                    (Some(action), Ok(account)) => {
                        actions::manage_member(db, &user, &slug, account, action, &client)
                            .await
                            .map(|to| tell("mail-group-accepted", to))
                            .map(|()| format!("{}#members", here("group-member-changed")))
                    }
                    _ => Err(AppError::NotFound),
                }
            }
            "settings" => {
                let saved = actions::update_settings(db, &user, &slug, &settings_of(&posted), &client).await;
                if saved.is_ok() {
                    state.search.notify_changed();
                }
                saved.map(|slug| format!("/groups/{slug}?done=group-settings-saved"))
            }
            "document" => {
                actions::new_document(db, &user, &slug, &posted.text("title"), &posted.text("lang"))
                    .await
                    .map(|doc| format!("/groups/{slug}/docs/{doc}?done=group-document-created"))
            }
            _ => Err(AppError::NotFound),
        };
        go_or(result)
    })
    .await
}

fn number(posted: &Posted, name: &str) -> Result<i32, AppError> {
    posted.text(name).parse().map_err(|_| AppError::NotFound)
}

async fn on_document(
    State(state): State<AppState>,
    parts: Parts,
    Path((slug, doc)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    answer(state, parts, body, |state, user, posted| async move {
        let db = &state.db;
        let result = match posted.form().as_str() {
            "save" if posted.text("preview") == "1" => {
                // Nothing is saved: the page comes back with the text and its changes.
                let body = posted.raw("body");
                let compared = match number(&posted, "base") {
                    Ok(base) => views::draft_diff(db, &state.limits, Some(&user), &slug, &doc, base, &body)
                        .await
                        .map(|_| ()),
                    Err(error) => Err(error),
                };
                return compared.map_or_else(Outcome::from, |()| Outcome::Again);
            }
            "save" => match number(&posted, "base") {
                Ok(base) => {
                    actions::save(db, &user, &slug, &doc, base, &posted.raw("body"), &posted.text("note"))
                        .await
                        .map(|saved| actions::after_save(&slug, &doc, &saved))
                }
                Err(error) => Err(error),
            },
            "rename" => actions::rename(db, &user, &slug, &doc, &posted.text("title")).await.map(|()| {
                state.search.notify_changed();
                format!("/groups/{slug}/docs/{doc}?done=group-saved")
            }),
            "propose" => match number(&posted, "number") {
                Ok(n) => actions::propose(db, &user, &slug, &doc, n)
                    .await
                    .map(|()| format!("/groups/{slug}/docs/{doc}?done=group-proposed#endorsement")),
                Err(error) => Err(error),
            },
            "endorse" => match number(&posted, "number") {
                Ok(n) => actions::endorse(db, &user, &slug, &doc, n).await.map(|published| {
                    if published {
                        state.search.notify_changed();
                    }
                    let done = if published { "group-published" } else { "group-endorsed" };
                    format!("/groups/{slug}/docs/{doc}?done={done}#endorsement")
                }),
                Err(error) => Err(error),
            },
            _ => Err(AppError::NotFound),
        };
        go_or(result)
    })
    .await
}

async fn on_history(
    State(state): State<AppState>,
    parts: Parts,
    Path((slug, doc)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    answer(state, parts, body, |state, user, posted| async move {
        if posted.form() != "restore" {
            return AppError::NotFound.into();
        }
        let result = match number(&posted, "number") {
            Ok(n) => actions::restore(&state.db, &user, &slug, &doc, n, &posted.text("note"))
                .await
                .map(|_| format!("/groups/{slug}/docs/{doc}?done=group-restored")),
            Err(error) => Err(error),
        };
        go_or(result)
    })
    .await
}

/// `/groups/documents/{id}`: where a started translation is written, the document's page
/// (with the notice the query names), for anyone who may see its group.
async fn document_by_id(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    use axum::response::IntoResponse;
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let document = crate::db::entities::group_document::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let group = crate::db::entities::group::Entity::find_by_id(document.group_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let seen = super::access::visible(&state.db, user_of(&parts).as_ref(), &group.slug).await?;
    let mut location = crate::paths::group_document(&seen.group.slug, &document.slug);
    if let Some(done) = parts.uri.query().and_then(|query| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix("done="))
            .filter(|done| done.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    }) {
        location.push_str("?done=");
        location.push_str(done);
    }
    Ok(axum::response::Redirect::to(&location).into_response())
}
