//! `GET /pledges/export.json` and `GET /pledges/export.csv`: every published pledge with its
//! pledger, place, dates, progress, freshness and milestones, so the commitments can be
//! analysed elsewhere. Drafts and pledges in review are never exported.

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;

use super::queries::{freshness_of, organisations, published, state_of};
use super::workflow::record_of;
use crate::error::AppResult;
use crate::pledges::record::Milestone;
use crate::state::AppState;

/// How long caches may keep an export.
const CACHE: &str = "public, max-age=300";

/// The columns of the CSV export.
const COLUMNS: [&str; 16] = [
    "slug",
    "title",
    "pledger",
    "stakeholder_group",
    "country",
    "region",
    "commitment",
    "target",
    "starts",
    "ends",
    "published_on",
    "last_report_on",
    "withdrawn_on",
    "status",
    "freshness",
    "progress",
];

/// One pledge in an export.
#[derive(Serialize)]
struct Exported {
    slug: String,
    title: String,
    pledger: String,
    stakeholder_group: String,
    country: String,
    region: String,
    commitment: String,
    target: String,
    starts: String,
    ends: String,
    published_on: String,
    last_report_on: String,
    withdrawn_on: String,
    status: String,
    freshness: String,
    progress: Option<i64>,
    milestones: Vec<Milestone>,
    tags: Vec<(String, String)>,
}

/// The export routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/pledges/export.json", get(export_json))
        .route("/pledges/export.csv", get(export_csv))
}

async fn exported(state: &AppState) -> AppResult<Vec<Exported>> {
    let rows = published(&state.db).await?;
    let orgs = organisations(&state.db, &rows).await?;
    let today = time::OffsetDateTime::now_utc().date();
    let text = |day: Option<time::Date>| day.map(|d| d.to_string()).unwrap_or_default();
    Ok(rows
        .iter()
        .map(|row| {
            let record = record_of(row);
            Exported {
                slug: row.slug.clone(),
                title: row.title.clone(),
                pledger: row
                    .organisation_id
                    .and_then(|id| orgs.get(&id))
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                stakeholder_group: row.stakeholder_group.clone(),
                country: row.country.clone().unwrap_or_default(),
                region: row.region.clone().unwrap_or_default(),
                commitment: record.commitment.clone(),
                target: record.target.clone(),
                starts: row.starts_on.to_string(),
                ends: row.ends_on.to_string(),
                published_on: text(row.published_on),
                last_report_on: text(row.last_report_on),
                withdrawn_on: text(row.withdrawn_on),
                status: state_of(row, &record).to_owned(),
                freshness: freshness_of(row, today).map(|f| f.code().to_owned()).unwrap_or_default(),
                progress: record.progress(),
                milestones: record.milestones.clone(),
                tags: record.tags.clone(),
            }
        })
        .collect())
}

fn download(content_type: &'static str, name: &'static str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, CACHE),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response()
}

fn failed(err: impl std::fmt::Display) -> Response {
    tracing::error!(error = %err, "pledge export failed");
    (StatusCode::INTERNAL_SERVER_ERROR, "The export failed; please try again later.").into_response()
}

/// A cell a spreadsheet will not run as a formula.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() }
}

async fn export_json(State(state): State<AppState>) -> Response {
    match exported(&state).await {
        Ok(pledges) => match serde_json::to_vec_pretty(&pledges) {
            Ok(body) => download("application/json", "inline; filename=\"pledges.json\"", body),
            Err(err) => failed(err),
        },
        Err(error) => error.into_response(),
    }
}

async fn export_csv(State(state): State<AppState>) -> Response {
    let pledges = match exported(&state).await {
        Ok(pledges) => pledges,
        Err(error) => return error.into_response(),
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let written = writer.write_record(COLUMNS).and_then(|()| {
        pledges.iter().try_for_each(|p| {
            writer.write_record([
                cell(&p.slug),
                cell(&p.title),
                cell(&p.pledger),
                cell(&p.stakeholder_group),
                cell(&p.country),
                cell(&p.region),
                cell(&p.commitment),
                cell(&p.target),
                p.starts.clone(),
                p.ends.clone(),
                p.published_on.clone(),
                p.last_report_on.clone(),
                p.withdrawn_on.clone(),
                p.status.clone(),
                p.freshness.clone(),
                p.progress.map(|v| v.to_string()).unwrap_or_default(),
            ])
        })
    });
    match written
        .map_err(|err| err.to_string())
        .and_then(|()| writer.into_inner().map_err(|err| err.to_string()))
    {
        Ok(body) => download("text/csv; charset=utf-8", "attachment; filename=\"pledges.csv\"", body),
        Err(err) => failed(err),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cells_that_a_spreadsheet_would_run_are_quoted() {
        assert_eq!(super::cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(super::cell("Ministry"), "Ministry");
    }
}
