//! The routes of pledges outside the Leptos pages: the forms (drafting and review, a
//! milestone from an event's plan, progress reports, assessments, replies, withdrawal) and
//! the Atom feed of new pledges and reports.

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Text};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use time::format_description::well_known::Rfc3339;

use super::workflow;
use crate::db::entities::{pledge, pledge_revision};
use crate::editorial::{Action, Status};
use crate::error::AppError;
use crate::forms::ssr::{Outcome as FormOutcome, Posted, respond};
use crate::pledges::record::{Completion, PledgeRecord, Report, lines};
use crate::state::AppState;

/// Largest form accepted: a pledge with all its milestones.
const FORM_LIMIT: usize = 256 * 1024;
/// How long caches may keep the feed.
const CACHE: &str = "public, max-age=300";
/// Entries of the feed.
const FEED_ENTRIES: u64 = 50;

/// The routes.
pub fn routes() -> Router<AppState> {
    use axum::extract::DefaultBodyLimit;
    Router::new()
        .route("/pledges/feed.xml", get(feed))
        .route("/pledges/new", post(draft_new).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .route("/pledges/draft/{id}", post(draft_existing).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .route("/pledges/{slug}", post(pledge_form).layer(DefaultBodyLimit::max(FORM_LIMIT)))
        .merge(super::export::routes())
}

async fn draft_new(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    drafting(state, parts, body, None).await
}

async fn draft_existing(
    State(state): State<AppState>,
    parts: Parts,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return respond(&state, parts, &Posted::parse(&body), AppError::NotFound.into()).await;
    };
    drafting(state, parts, body, Some(id)).await
}

async fn drafting(state: AppState, parts: Parts, body: Bytes, id: Option<i64>) -> Response {
    let posted = Posted::parse(&body);
    let user = match crate::forms::ssr::signed_in(&parts) {
        Ok(user) => user,
        Err(outcome) => return respond(&state, parts, &posted, outcome).await,
    };
    let action = posted.text("action");
    let db = &state.db;
    let outcome = match (posted.form().as_str(), id) {
        ("pledge", _) => {
            let submit = action == "submit";
            let record = PledgeRecord::from_form(&posted.reply(Vec::new()).values);
            match workflow::save_pledge(db, &user, id, record, &posted.text("note"), submit).await {
                Ok(saved) => {
                    let done = if submit { "pledge-submitted" } else { "pledge-saved" };
                    FormOutcome::go(format!("{}?done={done}", crate::paths::pledge_draft(saved)))
                }
                Err(error) => error.into(),
            }
        }
        ("plan", Some(id)) => {
            match workflow::add_plan_milestone(db, &user, id, &posted.text("event"), &posted.text("item"))
                .await
            {
                Ok(()) => {
                    FormOutcome::go(format!("{}?done=pledge-milestone-added", crate::paths::pledge_draft(id)))
                }
                Err(error) => error.into(),
            }
        }
        ("review", Some(id)) => match Action::from_code(&action) {
            None => AppError::NotFound.into(),
            Some(action) => match workflow::act_on_pledge(db, &user, id, action, &posted.text("comment"))
                .await
            {
                Ok(_) => {
                    state.search.notify_changed();
                    FormOutcome::go(format!("{}?done=pledge-status-changed", crate::paths::pledge_draft(id)))
                }
                Err(error) => error.into(),
            },
        },
        _ => AppError::NotFound.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

/// The report a form posted for a pledge of `milestones` milestones (a missing or unknown
/// completion is left out, so the check names the form).
fn report_of(posted: &Posted, milestones: usize) -> Report {
    Report {
        done: posted.text("done"),
        evidence: lines(&posted.text("evidence_links")),
        completion: (0..milestones)
            .map_while(|row| Completion::from_code(&posted.text(&format!("milestone_{row}_completion"))))
            .collect(),
    }
}

/// `POST /pledges/{slug}`: the forms of a pledge page.
async fn pledge_form(
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
    let db = &state.db;
    let back = |done: &str, anchor: &str| {
        FormOutcome::go(format!("{}?done={done}#{anchor}", crate::paths::pledge(&slug)))
    };
    let outcome = match posted.form().as_str() {
        "report" => {
            let milestones = match workflow::published_pledge(db, &slug).await {
                Ok(row) => workflow::record_of(&row).milestones.len(),
                Err(error) => return respond(&state, parts, &posted, error.into()).await,
            };
            match workflow::file_report(db, &user, &slug, report_of(&posted, milestones)).await {
                Ok(()) => {
                    state.search.notify_changed();
                    back("pledge-report-filed", "reports")
                }
                Err(error) => error.into(),
            }
        }
        "assess" => {
            let revision = posted.text("report");
            match workflow::assess_report(
                db,
                &user,
                &slug,
                &revision,
                &posted.text("completion"),
                &posted.text("comment"),
            )
            .await
            {
                Ok(()) => back("pledge-assessed", &format!("report-{revision}")),
                Err(error) => error.into(),
            }
        }
        "reply" => {
            let revision = posted.text("report");
            match workflow::reply_to_assessment(db, &user, &slug, &revision, &posted.text("reply")).await {
                Ok(()) => back("pledge-replied", &format!("report-{revision}")),
                Err(error) => error.into(),
            }
        }
        "withdraw" => match workflow::withdraw(db, &user, &slug, &posted.text("withdraw_reason")).await {
            Ok(()) => {
                state.search.notify_changed();
                back("pledge-withdrawn", "status")
            }
            Err(error) => error.into(),
        },
        _ => AppError::NotFound.into(),
    };
    respond(&state, parts, &posted, outcome).await
}

fn date_time(value: time::OffsetDateTime) -> FixedDateTime {
    value
        .format(&Rfc3339)
        .ok()
        .and_then(|text| FixedDateTime::parse_from_rfc3339(&text).ok())
        .unwrap_or_default()
}

/// `GET /pledges/feed.xml`: the newest published pledges and progress reports, newest first.
async fn feed(State(state): State<AppState>) -> Response {
    match feed_xml(&state).await {
        Ok(xml) => (
            [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"), (header::CACHE_CONTROL, CACHE)],
            xml,
        )
            .into_response(),
        Err(error) => error.into_response(),
    }
}

async fn feed_xml(state: &AppState) -> Result<String, AppError> {
    let db = &state.db;
    let base = &state.site.public_url;
    let pledges = pledge::Entity::find()
        .filter(pledge::Column::Status.eq(Status::Published.code()))
        .order_by_desc(pledge::Column::PublishedOn)
        .order_by_desc(pledge::Column::Id)
        .limit(FEED_ENTRIES)
        .all(db)
        .await?;
    let reports = pledge_revision::Entity::find()
        .filter(pledge_revision::Column::Report.is_not_null())
        .order_by_desc(pledge_revision::Column::Id)
        .limit(FEED_ENTRIES * 2)
        .all(db)
        .await?;
    let mut entries: Vec<Entry> = pledges
        .iter()
        .map(|row| {
            let url = format!("{base}{}", crate::paths::pledge(&row.slug));
            let published = row.published_on.map_or(row.created_at, |day| day.midnight().assume_utc());
            Entry {
                id: url.clone(),
                title: Text::plain(row.title.clone()),
                updated: date_time(published),
                published: Some(date_time(published)),
                links: vec![Link {
                    href: url,
                    rel: "alternate".into(),
                    hreflang: Some(row.lang.clone()),
                    ..Link::default()
                }],
                summary: Some(Text::plain(row.commitment.clone())),
                ..Entry::default()
            }
        })
        .collect();
    let ids: Vec<i64> = reports.iter().map(|r| r.pledge_id).collect();
    let owners: std::collections::HashMap<i64, pledge::Model> = pledge::Entity::find()
        .filter(pledge::Column::Id.is_in(ids))
        .filter(pledge::Column::Status.eq(Status::Published.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|row| (row.id, row))
        .collect();
    for revision in &reports {
        let Some(row) = owners.get(&revision.pledge_id) else { continue };
        let report: Report =
            revision.report.clone().and_then(|v| serde_json::from_value(v).ok()).unwrap_or_default();
        let url = format!("{base}{}#report-{}", crate::paths::pledge(&row.slug), revision.id);
        entries.push(Entry {
            id: url.clone(),
            title: Text::plain(format!("{} · {}", row.title, revision.created_at.date())),
            updated: date_time(revision.created_at),
            published: Some(date_time(revision.created_at)),
            links: vec![Link {
                href: url,
                rel: "alternate".into(),
                hreflang: Some(row.lang.clone()),
                ..Link::default()
            }],
            content: Some(Content {
                value: Some(report.done.chars().take(2_000).collect()),
                content_type: Some("text".into()),
                ..Content::default()
            }),
            ..Entry::default()
        });
    }
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.updated));
    entries.truncate(FEED_ENTRIES as usize);
    let updated = entries.first().map_or_else(|| date_time(time::OffsetDateTime::now_utc()), |e| e.updated);
    let feed = Feed {
        id: format!("{base}/pledges/feed.xml"),
        title: Text::plain("Coalition Hub · Pledges"),
        updated,
        links: vec![
            Link {
                href: format!("{base}/pledges/feed.xml"),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link { href: format!("{base}/pledges"), rel: "alternate".into(), ..Link::default() },
        ],
        entries,
        ..Feed::default()
    };
    Ok(feed.to_string())
}
