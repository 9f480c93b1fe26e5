//! The demand figures, calls for cases and added synonyms, and their form routes.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::response::Response;
use axum::routing::post;
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement, Value};
use time::{Duration, OffsetDateTime};

use super::api::{CallSummary, DemandReport, LibraryDemand, QueryStat, WeekStat};
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, AppResult};
use crate::forms::ssr::{Outcome, Posted, respond};
use crate::search::index::SearchIndex;
use crate::search::log::{self, Row};
use crate::search::synonyms::Synonyms;
use crate::state::AppState;

/// The period the dashboard covers.
const PERIOD_DAYS: i64 = 30;
/// Rows per table of the dashboard.
const TOP: usize = 30;
/// Distinct readers a query needs before the library shows it.
pub const WANTED_READERS: u64 = 10;
/// Queries the library shows.
const WANTED_SHOWN: usize = 8;
/// A query whose results are opened by fewer than this share of its searches has few clicks.
const LOW_CLICK_SHARE: f64 = 0.25;
/// Longest topic of a call, and of a synonym group.
const TOPIC_MAX: usize = 200;
const SYNONYMS_MAX: usize = 400;
/// Most expressions in one added group.
const SYNONYM_TERMS_MAX: usize = 8;
/// Calls listed.
const CALLS_MAX: u64 = 100;

fn db_error(err: sea_orm::DbErr) -> AppError {
    tracing::error!(error = %err, "demand data could not be read or written");
    AppError::Internal
}

fn stmt(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Statement {
    Statement::from_sql_and_values(db.get_database_backend(), sql, values)
}

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// The queries of `rows`, grouped by their folded words and language.
fn group(rows: &[Row], now: OffsetDateTime) -> Vec<QueryStat> {
    let mut stats: BTreeMap<(String, String), (QueryStat, BTreeSet<String>)> = BTreeMap::new();
    let mut facets: HashMap<(String, String), BTreeMap<String, u64>> = HashMap::new();
    let mut typed: HashMap<(String, String), Vec<(String, u64)>> = HashMap::new();
    // Newest first: of the forms a query was typed in, the most frequent shows (the most
    // recent of equals).
    for row in rows {
        let forms = typed.entry((row.key.clone(), row.lang.clone())).or_default();
        match forms.iter_mut().find(|(form, _)| *form == row.query) {
            Some((_, n)) => *n += 1,
            None => forms.push((row.query.clone(), 1)),
        }
        let key = (row.key.clone(), row.lang.clone());
        let (stat, sessions) = stats.entry(key.clone()).or_insert_with(|| {
            (
                QueryStat {
                    query: row.query.clone(),
                    lang: row.lang.clone(),
                    facet: String::new(),
                    searches: 0,
                    sessions: 0,
                    zero: 0,
                    opened: 0,
                    recent: 0,
                    before: 0,
                },
                BTreeSet::new(),
            )
        });
        stat.searches += 1;
        stat.zero += u64::from(row.results == 0);
        stat.opened += u64::from(row.opened_rank.is_some());
        let age = now - row.at;
        if age <= Duration::days(7) {
            stat.recent += 1;
        } else if age <= Duration::days(14) {
            stat.before += 1;
        }
        if let Some(session) = &row.session {
            sessions.insert(session.clone());
        }
        if let Some(facet) = &row.facet {
            *facets.entry(key).or_default().entry(facet.clone()).or_default() += 1;
        }
    }
    stats
        .into_iter()
        .map(|(key, (mut stat, sessions))| {
            stat.sessions = sessions.len() as u64;
            if let Some(forms) = typed.get(&key) {
                let most = forms.iter().map(|(_, n)| *n).max().unwrap_or(0);
                if let Some((form, _)) = forms.iter().find(|(_, n)| *n == most) {
                    stat.query = form.clone();
                }
            }
            stat.facet = facets
                .get(&key)
                .and_then(|counts| counts.iter().max_by_key(|(_, n)| **n).map(|(facet, _)| facet.clone()))
                .unwrap_or_default();
            stat
        })
        .collect()
}

/// The dashboard over the last 30 days, narrowed to `lang` and `facet` when not empty.
pub async fn report(db: &DatabaseConnection, lang: &str, facet: &str) -> AppResult<DemandReport> {
    let now = now();
    let rows = log::since(db, now - Duration::days(PERIOD_DAYS)).await?;
    let langs: BTreeSet<String> = rows.iter().map(|row| row.lang.clone()).collect();
    let facets: BTreeSet<String> = rows.iter().filter_map(|row| row.facet.clone()).collect();
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|row| lang.is_empty() || row.lang == lang)
        .filter(|row| facet.is_empty() || row.facet.as_deref() == Some(facet))
        .collect();
    let stats = group(&rows, now);
    let mut zero_results: Vec<QueryStat> = stats.iter().filter(|s| s.zero > 0).cloned().collect();
    zero_results
        .sort_by(|a, b| b.zero.cmp(&a.zero).then(b.sessions.cmp(&a.sessions)).then(a.query.cmp(&b.query)));
    zero_results.truncate(TOP);
    let mut low_click: Vec<QueryStat> = stats
        .iter()
        .filter(|s| s.zero < s.searches && (s.opened as f64) < LOW_CLICK_SHARE * s.searches as f64)
        .cloned()
        .collect();
    low_click.sort_by(|a, b| b.searches.cmp(&a.searches).then(a.query.cmp(&b.query)));
    low_click.truncate(TOP);
    let start = (now - Duration::days(PERIOD_DAYS)).date();
    let weeks = (0..5)
        .map(|week| {
            let from = start + Duration::days(7 * week);
            let until = from + Duration::days(7);
            let in_week: Vec<&Row> =
                rows.iter().filter(|row| row.at.date() >= from && row.at.date() < until).collect();
            WeekStat {
                from: from.to_string(),
                searches: in_week.len() as u64,
                zero: in_week.iter().filter(|row| row.results == 0).count() as u64,
            }
        })
        .collect();
    Ok(DemandReport {
        searches: rows.len() as u64,
        zero_results,
        low_click,
        weeks,
        langs: langs.into_iter().collect(),
        facets: facets.into_iter().collect(),
        calls: calls(db).await?,
        synonyms: added_synonyms(db).await?.into_iter().map(|terms| terms.join(" = ")).collect(),
    })
}

/// What the case library shows: the calls, and the queries at least
/// [`WANTED_READERS`] different readers searched in the last 30 days.
pub async fn library(db: &DatabaseConnection) -> AppResult<LibraryDemand> {
    let now = now();
    let rows = log::since(db, now - Duration::days(PERIOD_DAYS)).await?;
    let mut stats: Vec<QueryStat> =
        group(&rows, now).into_iter().filter(|stat| stat.sessions >= WANTED_READERS).collect();
    stats.sort_by(|a, b| b.sessions.cmp(&a.sessions).then(a.query.cmp(&b.query)));
    let mut wanted: Vec<String> = Vec::new();
    for stat in stats {
        if !wanted.iter().any(|known| log::key_of(known) == log::key_of(&stat.query)) {
            wanted.push(stat.query);
        }
    }
    wanted.truncate(WANTED_SHOWN);
    Ok(LibraryDemand { calls: calls(db).await?, wanted })
}

fn summary_of(row: &sea_orm::QueryResult) -> Result<CallSummary, sea_orm::DbErr> {
    let created: OffsetDateTime = row.try_get("", "created_at")?;
    let answers: i64 = row.try_get("", "answers")?;
    Ok(CallSummary {
        slug: row.try_get("", "slug")?,
        topic: row.try_get("", "topic")?,
        created_on: created.date().to_string(),
        answers: u64::try_from(answers).unwrap_or(0),
    })
}

const CALL_COLUMNS: &str = "c.slug, c.topic, c.created_at, \
     (SELECT COUNT(*) FROM case_call_answers a WHERE a.call_id = c.id) AS answers";

/// The calls for cases, newest first.
pub async fn calls(db: &DatabaseConnection) -> AppResult<Vec<CallSummary>> {
    let rows = db
        .query_all_raw(stmt(
            db,
            &format!("SELECT {CALL_COLUMNS} FROM case_calls c ORDER BY c.id DESC LIMIT {CALLS_MAX}"),
            vec![],
        ))
        .await
        .map_err(db_error)?;
    rows.iter().map(summary_of).collect::<Result<_, _>>().map_err(db_error)
}

/// The call `slug`; [`AppError::NotFound`] when there is none.
pub async fn call(db: &DatabaseConnection, slug: &str) -> AppResult<CallSummary> {
    let row = db
        .query_one_raw(stmt(
            db,
            &format!("SELECT {CALL_COLUMNS} FROM case_calls c WHERE c.slug = $1"),
            vec![slug.to_owned().into()],
        ))
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?;
    summary_of(&row).map_err(db_error)
}

fn invalid(field: &str, message: &str) -> AppError {
    AppError::Invalid { field: field.into(), message: message.into() }
}

fn editor(user: &CurrentUser) -> AppResult<()> {
    if user.has(Role::Editor) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// Makes a call for cases about `topic`; returns its slug. Editors only.
pub async fn create_call(
    db: &DatabaseConnection,
    user: &CurrentUser,
    topic: &str,
    lang: &str,
) -> AppResult<String> {
    editor(user)?;
    let topic = topic.split_whitespace().collect::<Vec<_>>().join(" ");
    if topic.chars().count() < 2 {
        return Err(invalid("topic", "demand-error-topic"));
    }
    if topic.chars().count() > TOPIC_MAX {
        return Err(invalid("topic", "error-too-long"));
    }
    let base = match crate::text::name_slug(&topic) {
        slug if slug.is_empty() => "call".to_owned(),
        slug => slug,
    };
    let base: String = base.chars().take(100).collect();
    let mut slug = base.clone();
    for n in 2..=50 {
        let taken = db
            .query_one_raw(stmt(db, "SELECT id FROM case_calls WHERE slug = $1", vec![slug.clone().into()]))
            .await
            .map_err(db_error)?
            .is_some();
        if !taken {
            break;
        }
        slug = format!("{base}-{n}");
    }
    let lang: String = lang.chars().take(16).collect();
    db.execute_raw(stmt(
        db,
        "INSERT INTO case_calls (slug, topic, lang, created_at, created_by) VALUES ($1, $2, $3, $4, $5)",
        vec![slug.clone().into(), topic.into(), lang.into(), now().into(), user.id.into()],
    ))
    .await
    .map_err(db_error)?;
    Ok(slug)
}

/// The synonym groups editors added, newest first.
pub async fn added_synonyms(db: &DatabaseConnection) -> AppResult<Vec<Vec<String>>> {
    let rows = db
        .query_all_raw(stmt(db, "SELECT terms FROM search_synonyms ORDER BY id DESC LIMIT 1000", vec![]))
        .await
        .map_err(db_error)?;
    rows.iter()
        .map(|row| {
            row.try_get::<String>("", "terms").map(|terms| terms.split('\n').map(str::to_owned).collect())
        })
        .collect::<Result<_, _>>()
        .map_err(db_error)
}

/// Hands the synonym groups editors added to the index, with the curated list.
pub async fn load_synonyms(db: &DatabaseConnection, index: &SearchIndex) -> AppResult<()> {
    index.set_added_synonyms(&Synonyms::from_groups(added_synonyms(db).await?));
    Ok(())
}

/// Adds the group `query` = `synonyms` (comma-separated) and applies it at once. Editors only.
pub async fn add_synonym(
    db: &DatabaseConnection,
    index: &SearchIndex,
    user: &CurrentUser,
    query: &str,
    synonyms: &str,
) -> AppResult<()> {
    editor(user)?;
    let mut terms: Vec<String> = Vec::new();
    for term in std::iter::once(query).chain(synonyms.split([',', ';', '\n'])) {
        let term = term.split_whitespace().collect::<Vec<_>>().join(" ");
        if !term.is_empty() && !terms.iter().any(|known| log::key_of(known) == log::key_of(&term)) {
            terms.push(term);
        }
    }
    if terms.len() < 2 {
        return Err(invalid("synonyms", "demand-error-synonyms"));
    }
    let joined = terms.join("\n");
    if terms.len() > SYNONYM_TERMS_MAX || joined.chars().count() > SYNONYMS_MAX {
        return Err(invalid("synonyms", "error-too-long"));
    }
    db.execute_raw(stmt(
        db,
        "INSERT INTO search_synonyms (terms, created_at, created_by) VALUES ($1, $2, $3)",
        vec![joined.into(), now().into(), user.id.into()],
    ))
    .await
    .map_err(db_error)?;
    load_synonyms(db, index).await
}

/// Starts a case draft of `user` that answers call `slug`, and returns its id: the draft
/// records the call it answers here, so the cases feature needs not know about calls.
pub async fn answer_call(
    db: &DatabaseConnection,
    user: &CurrentUser,
    slug: &str,
    locale: crate::i18n::Locale,
) -> AppResult<i64> {
    let call = call(db, slug).await?;
    let call_id: i64 = db
        .query_one_raw(stmt(db, "SELECT id FROM case_calls WHERE slug = $1", vec![slug.to_owned().into()]))
        .await
        .map_err(db_error)?
        .ok_or(AppError::NotFound)?
        .try_get("", "id")
        .map_err(db_error)?;
    let record = crate::cases::CaseRecord {
        title: crate::i18n::Locale::text_args(locale, "demand-draft-title", &[("topic", call.topic.clone())]),
        summary: crate::i18n::Locale::text_args(locale, "demand-draft-summary", &[("topic", call.topic)]),
        lang: locale.code().to_owned(),
        ..Default::default()
    };
    let id = crate::cases::start_draft(db, user, record).await?;
    db.execute_raw(stmt(
        db,
        "INSERT INTO case_call_answers (call_id, case_id, created_at) VALUES ($1, $2, $3)",
        vec![call_id.into(), id.into(), now().into()],
    ))
    .await
    .map_err(db_error)?;
    Ok(id)
}

/// The form routes: the dashboard's forms and answering a call.
pub fn routes() -> Router<AppState> {
    Router::new().route("/editor/demand", post(dashboard_post)).route("/cases/calls/{slug}", post(call_post))
}

async fn dashboard_post(State(state): State<AppState>, parts: Parts, body: Bytes) -> Response {
    let posted = Posted::parse(&body);
    let outcome = match crate::forms::ssr::signed_in(&parts) {
        Err(outcome) => outcome,
        Ok(user) => match posted.form().as_str() {
            "call" => {
                let lang = crate::state::request_locale(&parts.headers).code();
                match create_call(&state.db, &user, &posted.text("topic"), lang).await {
                    Ok(slug) => {
                        // The library lists calls: pages derived from the content are stale.
                        state.search.touch();
                        Outcome::go(crate::paths::case_call(&slug))
                    }
                    Err(error) => error.into(),
                }
            }
            "synonym" => {
                match add_synonym(
                    &state.db,
                    &state.search,
                    &user,
                    &posted.text("query"),
                    &posted.text("synonyms"),
                )
                .await
                {
                    Ok(()) => Outcome::go("/editor/demand?done=synonym-added"),
                    Err(error) => error.into(),
                }
            }
            _ => AppError::NotFound.into(),
        },
    };
    respond(&state, parts, &posted, outcome).await
}

async fn call_post(
    State(state): State<AppState>,
    parts: Parts,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    let posted = Posted::parse(&body);
    let outcome = match crate::forms::ssr::signed_in(&parts) {
        Err(outcome) => outcome,
        Ok(user) => {
            let locale = crate::state::request_locale(&parts.headers);
            match answer_call(&state.db, &user, &slug, locale).await {
                Ok(id) => {
                    state.search.notify_changed();
                    Outcome::go(format!("{}?done=draft-saved", crate::paths::case_draft(id)))
                }
                Err(error) => error.into(),
            }
        }
    };
    respond(&state, parts, &posted, outcome).await
}
