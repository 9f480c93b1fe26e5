//! `GET /cases/export.json` and `GET /cases/export.csv`: every published case as the records
//! the import reads, so a library can be moved or analysed elsewhere.

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::csv_format::{COLUMNS, row};
use crate::cases::record::CaseRecord;
use crate::db::entities::{case, case_revision};
use crate::editorial::Status;
use crate::state::AppState;

/// Rows read per query.
const PAGE: u64 = 1_000;
/// How long caches may keep an export.
const CACHE: &str = "public, max-age=300";

/// The export routes.
pub fn routes() -> Router<AppState> {
    Router::new().route("/cases/export.json", get(export_json)).route("/cases/export.csv", get(export_csv))
}

/// Every published case's current record (with its publication date) and completeness, in
/// slug order.
async fn records(db: &DatabaseConnection) -> Result<Vec<(CaseRecord, i32)>, sea_orm::DbErr> {
    let mut out = Vec::new();
    let mut after = String::new();
    loop {
        let rows: Vec<(String, i64, sea_orm::prelude::TimeDate, i32)> = case::Entity::find()
            .select_only()
            .columns([case::Column::Slug, case::Column::CurrentRevisionId])
            .columns([case::Column::PublishedOn, case::Column::Completeness])
            .filter(case::Column::Status.eq(Status::Published.code()))
            .filter(case::Column::CurrentRevisionId.is_not_null())
            .filter(case::Column::Slug.gt(after.clone()))
            .order_by_asc(case::Column::Slug)
            .limit(PAGE)
            .into_tuple()
            .all(db)
            .await?;
        let Some(last) = rows.last() else { break };
        after = last.0.clone();
        let revisions: std::collections::HashMap<i64, serde_json::Value> = case_revision::Entity::find()
            .select_only()
            .columns([case_revision::Column::Id, case_revision::Column::Record])
            .filter(case_revision::Column::Id.is_in(rows.iter().map(|row| row.1)))
            .into_tuple::<(i64, serde_json::Value)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        for (slug, revision, published_on, completeness) in rows {
            let Some(value) = revisions.get(&revision) else { continue };
            match serde_json::from_value::<CaseRecord>(value.clone()) {
                Ok(mut record) => {
                    record.published_on = published_on.to_string();
                    out.push((record, completeness));
                }
                Err(err) => tracing::error!(slug, error = %err, "a stored case record cannot be read"),
            }
        }
    }
    Ok(out)
}

fn failed(err: impl std::fmt::Display) -> Response {
    tracing::error!(error = %err, "case export failed");
    (StatusCode::INTERNAL_SERVER_ERROR, "The export failed; please try again later.").into_response()
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

async fn export_json(State(state): State<AppState>) -> Response {
    let records = match records(&state.db).await {
        Ok(records) => records,
        Err(err) => return failed(err),
    };
    let records: Vec<CaseRecord> = records.into_iter().map(|(record, _)| record).collect();
    match serde_json::to_vec_pretty(&records) {
        Ok(body) => download("application/json", "inline; filename=\"cases.json\"", body),
        Err(err) => failed(err),
    }
}

async fn export_csv(State(state): State<AppState>) -> Response {
    let records = match records(&state.db).await {
        Ok(records) => records,
        Err(err) => return failed(err),
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let written = writer.write_record(COLUMNS).and_then(|()| {
        records.iter().try_for_each(|(record, completeness)| writer.write_record(row(record, *completeness)))
    });
    match written
        .map_err(|err| err.to_string())
        .and_then(|()| writer.into_inner().map_err(|err| err.to_string()))
    {
        Ok(body) => download("text/csv; charset=utf-8", "attachment; filename=\"cases.csv\"", body),
        Err(err) => failed(err),
    }
}
