//! The search log: what readers look for, without personal data. A row holds the query as
//! typed, the interface language, the filters, how many results it found and which result
//! (and at what rank) was opened; no address, no account. To count distinct readers the
//! hub sets `hub_sq`, a random marker cookie unrelated to signing in, which says nothing
//! about who someone is. Rows are kept [`RETENTION_DAYS`] days and pruned daily.
//!
//! A reader typing with the live search sends a page per pause: those of one burst (the
//! same marker, each query extending the last, within [`BURST`]) make one row, the last.

use sea_orm::{ConnectionTrait, DatabaseConnection, Statement, Value};
use time::{Duration, OffsetDateTime};

use super::params::SearchParams;
use crate::error::{AppError, AppResult};

/// How long a search is kept.
pub const RETENTION_DAYS: i64 = 180;
/// The marker cookie's name.
pub const COOKIE: &str = "hub_sq";
/// How long the marker lasts, in seconds (90 days).
const COOKIE_SECONDS: i64 = 90 * 24 * 3600;
/// Searches of one typing burst, at most this far apart, make one row.
const BURST: Duration = Duration::seconds(30);
/// Most rows read to answer the dashboard (the newest first).
pub const MOST_ROWS: u64 = 50_000;

/// A logged search: its row's token (which the result links carry) and the reader's marker.
#[derive(Clone, Debug)]
pub struct Logged {
    /// Identifies the row in the result links.
    pub token: String,
    /// The marker to set when the reader had none.
    pub new_marker: Option<String>,
}

/// One search of the log, as the dashboard reads it.
#[derive(Clone, Debug)]
pub struct Row {
    /// The query as typed.
    pub query: String,
    /// The query folded (case, accents, spaces) to group the same words.
    pub key: String,
    /// Interface language.
    pub lang: String,
    /// First facet filtered on, if any.
    pub facet: Option<String>,
    /// Results found.
    pub results: i64,
    /// The reader's marker, if any.
    pub session: Option<String>,
    /// Rank of the result opened, if any.
    pub opened_rank: Option<i32>,
    /// When.
    pub at: OffsetDateTime,
}

fn db_error(err: sea_orm::DbErr) -> AppError {
    tracing::error!(error = %err, "the search log could not be read or written");
    AppError::Internal
}

fn random_hex() -> AppResult<String> {
    let mut bytes = [0_u8; 16];
    getrandom::fill(&mut bytes).map_err(|_| AppError::Internal)?;
    Ok(hex::encode(bytes))
}

/// The query folded for grouping: lower case, accents off, single spaces.
pub fn key_of(query: &str) -> String {
    crate::text::collate(query).split_whitespace().collect::<Vec<_>>().join(" ").chars().take(200).collect()
}

/// The marker a request's cookies carry, if it looks like one.
pub fn marker_from_cookies(cookie_header: Option<&str>) -> Option<String> {
    cookie::Cookie::split_parse(cookie_header?)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == COOKIE)
        .map(|cookie| cookie.value().to_owned())
        .filter(|value| value.len() == 32 && value.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `Set-Cookie` value that stores `marker`.
pub fn marker_cookie(marker: &str) -> String {
    format!("{COOKIE}={marker}; Path=/; Max-Age={COOKIE_SECONDS}; HttpOnly; SameSite=Lax")
}

fn stmt(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Statement {
    Statement::from_sql_and_values(db.get_database_backend(), sql, values)
}

/// Logs a search that found `results`, made in interface language `lang` by a reader
/// carrying `marker` (if any). Searches without words or filters (browsing) are not logged.
pub async fn record(
    db: &DatabaseConnection,
    params: &SearchParams,
    lang: &str,
    results: u64,
    marker: Option<String>,
) -> AppResult<Option<Logged>> {
    if params.q.trim().is_empty() {
        return Ok(None);
    }
    let now = OffsetDateTime::now_utc();
    let key = key_of(&params.q);
    let query: String = params.q.chars().take(200).collect();
    let filters: String = params
        .filters
        .iter()
        .map(|(facet, value)| format!("{}={value}", facet.key()))
        .collect::<Vec<_>>()
        .join("&")
        .chars()
        .take(400)
        .collect();
    let facet = params.filters.first().map(|(facet, _)| facet.key().to_owned());
    let results = i64::try_from(results).unwrap_or(i64::MAX);
    let lang: String = lang.chars().take(16).collect();
    if let Some(marker) = &marker {
        // The same reader still typing: the last row of the burst becomes this search.
        let recent = db
            .query_one_raw(stmt(
                db,
                "SELECT token, query_key FROM search_log WHERE session = $1 AND created_at > $2 \
                 AND opened_rank IS NULL ORDER BY id DESC LIMIT 1",
                vec![marker.clone().into(), (now - BURST).into()],
            ))
            .await
            .map_err(db_error)?;
        if let Some(row) = recent {
            let token: String = row.try_get("", "token").map_err(db_error)?;
            let earlier: String = row.try_get("", "query_key").map_err(db_error)?;
            if key.starts_with(&earlier) || earlier.starts_with(&key) {
                db.execute_raw(stmt(
                    db,
                    "UPDATE search_log SET query = $1, query_key = $2, filters = $3, facet = $4, \
                     results = $5, created_at = $6, lang = $7 WHERE token = $8",
                    vec![
                        query.into(),
                        key.into(),
                        filters.into(),
                        facet.into(),
                        results.into(),
                        now.into(),
                        lang.into(),
                        token.clone().into(),
                    ],
                ))
                .await
                .map_err(db_error)?;
                return Ok(Some(Logged { token, new_marker: None }));
            }
        }
    }
    let (session, new_marker) = match marker {
        Some(marker) => (marker, None),
        None => {
            let fresh = random_hex()?;
            (fresh.clone(), Some(fresh))
        }
    };
    let token = random_hex()?;
    db.execute_raw(stmt(
        db,
        "INSERT INTO search_log (token, created_at, query, query_key, lang, filters, facet, results, session) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        vec![
            token.clone().into(),
            now.into(),
            query.into(),
            key.into(),
            lang.into(),
            filters.into(),
            facet.into(),
            results.into(),
            session.into(),
        ],
    ))
    .await
    .map_err(db_error)?;
    Ok(Some(Logged { token, new_marker }))
}

/// Records that the result at `rank` (from 1) of search `token` was opened; the first one
/// opened counts. Unknown tokens change nothing.
pub async fn opened(db: &DatabaseConnection, token: &str, rank: i32, url: &str) -> AppResult<()> {
    if token.len() != 32 || !(1..=10_000).contains(&rank) {
        return Ok(());
    }
    let url: String = url.chars().take(400).collect();
    db.execute_raw(stmt(
        db,
        "UPDATE search_log SET opened_rank = $1, opened_url = $2 WHERE token = $3 AND opened_rank IS NULL",
        vec![rank.into(), url.into(), token.to_owned().into()],
    ))
    .await
    .map_err(db_error)?;
    Ok(())
}

/// Deletes the searches older than [`RETENTION_DAYS`] before `now`; returns how many.
pub async fn prune(db: &DatabaseConnection, now: OffsetDateTime) -> AppResult<u64> {
    let cutoff = now - Duration::days(RETENTION_DAYS);
    let result = db
        .execute_raw(stmt(db, "DELETE FROM search_log WHERE created_at < $1", vec![cutoff.into()]))
        .await
        .map_err(db_error)?;
    Ok(result.rows_affected())
}

/// Prunes the log now and then once a day, for as long as the process runs.
pub async fn run_pruning(db: DatabaseConnection) {
    loop {
        match prune(&db, OffsetDateTime::now_utc()).await {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "old searches removed from the search log"),
            Err(_) => tracing::warn!("the search log could not be pruned; trying again tomorrow"),
        }
        tokio::time::sleep(std::time::Duration::from_secs(24 * 3600)).await;
    }
}

/// The searches made since `since`, newest first, at most [`MOST_ROWS`].
pub async fn since(db: &DatabaseConnection, since: OffsetDateTime) -> AppResult<Vec<Row>> {
    let rows = db
        .query_all_raw(stmt(
            db,
            &format!(
                "SELECT query, query_key, lang, facet, results, session, opened_rank, created_at \
                 FROM search_log WHERE created_at >= $1 ORDER BY id DESC LIMIT {MOST_ROWS}"
            ),
            vec![since.into()],
        ))
        .await
        .map_err(db_error)?;
    rows.into_iter()
        .map(|row| {
            Ok(Row {
                query: row.try_get("", "query")?,
                key: row.try_get("", "query_key")?,
                lang: row.try_get("", "lang")?,
                facet: row.try_get("", "facet")?,
                results: row.try_get("", "results")?,
                session: row.try_get("", "session")?,
                opened_rank: row.try_get("", "opened_rank")?,
                at: row.try_get("", "created_at")?,
            })
        })
        .collect::<Result<Vec<_>, sea_orm::DbErr>>()
        .map_err(db_error)
}
