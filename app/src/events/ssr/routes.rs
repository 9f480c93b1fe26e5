//! The routes of events outside the Leptos pages: the forms (propose, review, register,
//! cancel, the organiser's), the calendars, the Atom feed and the organiser's CSV.

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Text};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use time::format_description::well_known::Rfc3339;

use super::{ics, queries, registration, workflow};
use crate::db::entities::event;
use crate::editorial::{Action, Status};
use crate::error::AppError;
use crate::events::record::{EventRecord, Outcome};
use crate::forms::ssr::{Outcome as FormOutcome, Posted, respond};
use crate::state::{AppState, request_locale};

/// Largest form accepted: a long agenda and its fields.
const FORM_LIMIT: usize = 256 * 1024;
/// How long caches may keep a public calendar or the feed.
const CACHE: &str = "public, max-age=300";
/// Entries of the feed.
const FEED_ENTRIES: u64 = 50;
/// Most events in one calendar.
const CALENDAR_MAX: usize = 500;

/// The routes.
pub fn routes() -> Router<AppState> {
    use axum::extract::DefaultBodyLimit;
    Router::new()
        .route("/events.ics", get(calendar))
        .route("/events/feed.xml", get(feed))
        .route("/events/propose", post(propose_new).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .route("/events/propose/{id}", post(propose_existing).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .route("/events/registration", post(registration_form).layer(DefaultBodyLimit::max(16 * 1024)))
        .route("/events/organise/{slug}", post(organise_form).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .route("/events/organise/{slug}/registrations.csv", get(registrations_csv))
        .route("/events/{slug}", post(register_form).layer(DefaultBodyLimit::max(16 * 1024)))
}

fn ics_response(body: String, cache: &'static str, name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()),
            (header::CACHE_CONTROL, cache.to_owned()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"{name}.ics\"")),
        ],
        body,
    )
        .into_response()
}

/// `GET /events.ics?…`: every public upcoming event (or those the filters of `/events` name).
async fn calendar(State(state): State<AppState>, request: Request) -> Response {
    let query = request.uri().query().unwrap_or_default().to_owned();
    let filters = queries::filters(&query);
    let mut query = query;
    if !filters.contains_key("when") {
        query = if query.is_empty() { "when=upcoming".to_owned() } else { format!("{query}&when=upcoming") };
    }
    match queries::filtered(&state.db, &query).await {
        Ok(mut rows) => {
            rows.truncate(CALENDAR_MAX);
            ics_response(ics::calendar(&state.site.public_url, &rows, None), CACHE, "events")
        }
        Err(error) => error.into_response(),
    }
}

/// `GET /events/{slug}.ics` and `GET /events/registration.ics?token=…` (a registrant's own,
/// with the online room), answered before the pages' routes, which cannot tell a slug from
/// a slug with `.ics` after it.
pub async fn calendar_file(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let Some(slug) = path.strip_prefix("/events/").and_then(|rest| rest.strip_suffix(".ics")) else {
        return next.run(request).await;
    };
    if !matches!(*request.method(), Method::GET | Method::HEAD) || slug.contains('/') {
        return next.run(request).await;
    }
    if slug == "registration" {
        let token = form_urlencoded::parse(request.uri().query().unwrap_or_default().as_bytes())
            .find(|(key, _)| key == "token")
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default();
        return match registration::by_token(&state.db, &token).await {
            Ok((person, row))
                if person.status != registration::CANCELLED && person.status != registration::DECLINED =>
            {
                let online = (person.status == registration::ACCEPTED && !row.online_url.is_empty())
                    .then_some(row.online_url.as_str());
                let body = ics::calendar(&state.site.public_url, std::slice::from_ref(&row), online);
                ics_response(body, "private, no-store", &row.slug)
            }
            Ok(_) => AppError::NotFound.into_response(),
            Err(error) => error.into_response(),
        };
    }
    match queries::published_event(&state.db, slug).await {
        Ok(row) => ics_response(
            ics::calendar(&state.site.public_url, std::slice::from_ref(&row), None),
            CACHE,
            &row.slug,
        ),
        Err(error) => error.into_response(),
    }
}

fn date_time(value: time::OffsetDateTime) -> FixedDateTime {
    value
        .format(&Rfc3339)
        .ok()
        .and_then(|text| FixedDateTime::parse_from_rfc3339(&text).ok())
        .unwrap_or_default()
}

/// `GET /events/feed.xml`: the newest published events, newest first.
async fn feed(State(state): State<AppState>, parts: Parts) -> Response {
    let locale = request_locale(&parts.headers);
    let rows = event::Entity::find()
        .filter(event::Column::Status.eq(Status::Published.code()))
        .order_by_desc(event::Column::CreatedAt)
        .limit(FEED_ENTRIES)
        .all(&state.db)
        .await;
    let rows = match rows {
        Ok(rows) => rows,
        Err(error) => return AppError::from(error).into_response(),
    };
    let base = &state.site.public_url;
    let entries = rows
        .iter()
        .map(|row| {
            let url = format!("{base}{}", crate::paths::event(&row.slug));
            let times = queries::times(row);
            let when = if row.all_day {
                format!("{} – {}", times.starts.date, times.ends.date)
            } else {
                format!(
                    "{} {} ({}) · {} {} UTC",
                    times.starts.date,
                    times.starts.time,
                    row.time_zone,
                    times.starts_utc.date,
                    times.starts_utc.time
                )
            };
            Entry {
                id: url.clone(),
                title: Text::plain(row.title.clone()),
                updated: date_time(row.updated_at),
                published: Some(date_time(row.created_at)),
                links: vec![Link {
                    href: url,
                    rel: "alternate".into(),
                    hreflang: Some(row.lang.clone()),
                    ..Link::default()
                }],
                summary: Some(Text::plain(format!("{when}. {}", row.summary))),
                content: Some(Content {
                    value: Some(format!("{when}\n\n{}", row.summary)),
                    content_type: Some("text".into()),
                    ..Content::default()
                }),
                ..Entry::default()
            }
        })
        .collect();
    let updated = rows
        .iter()
        .map(|row| date_time(row.updated_at))
        .max()
        .unwrap_or_else(|| date_time(time::OffsetDateTime::now_utc()));
    let feed = Feed {
        id: format!("{base}/events/feed.xml"),
        title: Text::plain(format!("{} · {}", locale.text("site-name"), locale.text("events-title"))),
        updated,
        links: vec![
            Link {
                href: format!("{base}/events/feed.xml"),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link { href: format!("{base}/events"), rel: "alternate".into(), ..Link::default() },
        ],
        entries,
        lang: Some(locale.lang_tag().to_owned()),
        ..Feed::default()
    };
    (
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"), (header::CACHE_CONTROL, CACHE)],
        feed.to_string(),
    )
        .into_response()
}

async fn propose_new(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    propose(state, parts, body, None).await
}

async fn propose_existing(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return respond(&state, parts, &Posted::parse(&body), AppError::NotFound.into()).await;
    };
    propose(state, parts, body, Some(id)).await
}

async fn propose(state: AppState, parts: Parts, body: Bytes, id: Option<i64>) -> Response {
    let posted = Posted::parse(&body);
    let user = match crate::forms::ssr::signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return respond(&state, parts, &posted, outcome).await,
    };
    let locale = request_locale(&parts.headers);
    let action = posted.text("action");
    let outcome = match (posted.form().as_str(), id) {
        ("event", _) => {
            let submit = action == "submit";
            let record = EventRecord::from_form(&posted.reply(Vec::new()).values);
            match workflow::save_event(&state, &user, id, record, &posted.text("note"), submit, locale).await
            {
                Ok(saved) => {
                    state.search.notify_changed();
                    let done = if submit { "event-submitted" } else { "draft-saved" };
                    FormOutcome::go(format!("{}?done={done}", crate::paths::event_draft(saved)))
                }
                Err(error) => error.into(),
            }
        }
        ("review", Some(id)) => match Action::from_code(&action) {
            None => AppError::NotFound.into(),
            Some(action) => {
                match workflow::act_on_event(&state.db, &user, id, action, &posted.text("comment")).await {
                    Ok(_) => {
                        state.search.notify_changed();
                        FormOutcome::go(format!(
                            "{}?done=event-status-changed",
                            crate::paths::event_draft(id)
                        ))
                    }
                    Err(error) => error.into(),
                }
            }
        },
        _ => AppError::NotFound.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

/// `POST /events/{slug}`: the registration form of an event page.
async fn register_form(
    State(state): State<AppState>,
    parts: Parts,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    let posted = Posted::parse(&body);
    let locale = request_locale(&parts.headers);
    let outcome = if posted.form() == "register" {
        let address = crate::forms::ssr::Client::of(&parts).address;
        match registration::register(
            &state,
            &slug,
            &posted.text("name"),
            &posted.text("email"),
            &address,
            locale,
        )
        .await
        {
            Ok(done) => FormOutcome::go(format!(
                "{}?done=registration-{}#register",
                crate::paths::event(&slug),
                done.status
            )),
            Err(error) => error.into(),
        }
    } else {
        AppError::NotFound.into()
    };
    respond(&state, parts, &posted, outcome).await
}

/// `POST /events/registration`: cancelling through the emailed link.
async fn registration_form(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let locale = request_locale(&parts.headers);
    let token = posted.text("token");
    let outcome = if posted.form() == "cancel" {
        match registration::cancel(&state, &token, locale).await {
            Ok(slug) => FormOutcome::go(format!("{}?done=registration-cancelled", crate::paths::event(slug))),
            Err(error) => error.into(),
        }
    } else {
        AppError::NotFound.into()
    };
    let mut parts = parts;
    let query = form_urlencoded::Serializer::new(String::new()).append_pair("token", &token).finish();
    if let Ok(uri) = format!("/events/registration?{query}").parse() {
        parts.uri = uri;
    }
    respond(&state, parts, &posted, outcome).await
}

/// `POST /events/organise/{slug}`: the organiser's decisions, the outcome record, cancelling
/// and postponing.
async fn organise_form(
    State(state): State<AppState>,
    parts: Parts,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    let posted = Posted::parse(&body);
    let user = match crate::forms::ssr::signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return respond(&state, parts, &posted, outcome).await,
    };
    let locale = request_locale(&parts.headers);
    let back = |done: &str| FormOutcome::go(format!("{}?done={done}", crate::paths::event_organiser(&slug)));
    let outcome = match posted.form().as_str() {
        "decide" => match posted.text("id").parse::<i64>() {
            Ok(id) => {
                let accept = posted.text("action") == "accept";
                match registration::decide(&state, &user, &slug, id, accept, locale).await {
                    Ok(()) => back("registration-decided"),
                    Err(error) => error.into(),
                }
            }
            Err(_) => AppError::NotFound.into(),
        },
        "outcome" => {
            let outcome = Outcome::from_form(&posted.reply(Vec::new()).values);
            match workflow::save_outcome(&state.db, &user, &slug, outcome).await {
                Ok(()) => {
                    state.search.notify_changed();
                    back("outcome-saved")
                }
                Err(error) => error.into(),
            }
        }
        "schedule" => {
            match workflow::change_schedule(&state, &user, &slug, &posted.text("change"), locale).await {
                Ok(()) => {
                    state.search.notify_changed();
                    back("event-schedule-changed")
                }
                Err(error) => error.into(),
            }
        }
        _ => AppError::NotFound.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

/// `GET /events/organise/{slug}/registrations.csv`: the organiser's export.
async fn registrations_csv(
    State(state): State<AppState>,
    parts: Parts,
    Path(slug): Path<String>,
) -> Response {
    let Some(user) = crate::auth::user_of(&parts) else {
        return AppError::Unauthorized.into_response();
    };
    match registration::export_csv(&state.db, &user, &slug).await {
        Ok(csv) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{slug}-registrations.csv\"")),
            ],
            csv,
        )
            .into_response(),
        Err(error) => error.into_response(),
    }
}
