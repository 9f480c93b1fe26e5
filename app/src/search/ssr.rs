//! Server-side search services: running a search off the async threads, the JSON API shape
//! and the Atom feed of a search.

use std::collections::BTreeMap;

use atom_syndication::{Entry, Feed, Link, Person, Text};
use serde::Serialize;

use super::api::SearchResults;
use super::document::Viewer;
use super::index::SearchIndex;
use super::params::SearchParams;
use crate::error::{AppError, AppResult};

/// Who `user` is to the index: the public, or a member of the hub and of their working
/// groups.
pub async fn viewer_of(
    db: &sea_orm::DatabaseConnection,
    index: &SearchIndex,
    user: Option<&crate::auth::CurrentUser>,
) -> AppResult<Viewer> {
    match user {
        None => Ok(Viewer::public()),
        Some(user) => {
            let audiences = crate::kinds::audiences_of(index.kinds(), db, user.id).await.map_err(|err| {
                tracing::error!(error = %err, "the viewer's audiences could not be read");
                AppError::Internal
            })?;
            Ok(Viewer::member(audiences))
        }
    }
}

/// Runs `params` for `viewer` on a blocking thread.
pub async fn search(
    index: &SearchIndex,
    params: SearchParams,
    viewer: Viewer,
    limit: usize,
) -> AppResult<SearchResults> {
    let index = index.clone();
    let locale = crate::i18n::current_locale();
    let mut results = tokio::task::spawn_blocking(move || index.search(&params, &viewer, limit))
        .await
        .map_err(|_| AppError::Internal)?
        .map_err(|err| {
            tracing::error!(error = %format!("{err:#}"), "search failed");
            AppError::Internal
        })?;
    name_facet_values(&mut results, locale);
    // One result per work, in the reader's interface language where the work has it.
    for hit in &mut results.hits {
        hit.prefer(locale.code());
    }
    Ok(results)
}

/// Logs the search the page being rendered answers (best effort: a failure is logged, the
/// reader still gets the results), setting the reader's marker cookie when they had none.
/// Returns the log's token for the result links.
pub async fn log_search(db: &sea_orm::DatabaseConnection, results: &SearchResults) -> Option<String> {
    use axum::http::{HeaderValue, header};
    use leptos::prelude::use_context;
    let parts = use_context::<axum::http::request::Parts>()?;
    let cookies = parts.headers.get(header::COOKIE).and_then(|value| value.to_str().ok());
    let marker = super::log::marker_from_cookies(cookies);
    let lang = crate::i18n::current_locale().code();
    let logged = super::log::record(db, &results.params, lang, results.total, marker).await.ok()??;
    if let Some(marker) = &logged.new_marker
        && let Some(response) = use_context::<leptos_axum::ResponseOptions>()
        && let Ok(value) = HeaderValue::from_str(&super::log::marker_cookie(marker))
    {
        response.append_header(header::SET_COOKIE, value);
    }
    Some(logged.token)
}

/// `GET /search/open?t=…&r=…&to=…`: notes that the result at rank `r` of search `t` was
/// opened, and sends the reader to it (`to`, a path on this site; the home page otherwise).
pub async fn open_result(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let to = query.get("to").filter(|to| crate::i18n::api::is_local_path(to)).cloned();
    let to = to.unwrap_or_else(|| "/".to_owned());
    if let (Some(token), Some(rank)) = (query.get("t"), query.get("r").and_then(|r| r.parse::<i32>().ok())) {
        // The reader goes on whatever the log says.
        let _ = super::log::opened(&state.db, token, rank, &to).await;
    }
    (
        axum::http::StatusCode::SEE_OTHER,
        [(axum::http::header::LOCATION, to), (axum::http::header::CACHE_CONTROL, "no-store".to_owned())],
    )
        .into_response()
}

/// The routes of the search log: the result links' redirect.
pub fn routes() -> axum::Router<crate::state::AppState> {
    axum::Router::new().route("/search/open", axum::routing::get(open_result))
}

/// Names the values of the taxonomy facets in `locale` (the page names kinds, languages,
/// regions and SDGs itself).
pub fn name_facet_values(results: &mut SearchResults, locale: crate::i18n::Locale) {
    use super::params::FacetName;
    for counts in &mut results.facets {
        let name = |value: &str| -> String {
            match counts.facet {
                FacetName::Domain => crate::taxonomy::term_name("domain", value, locale),
                FacetName::Wsis => crate::taxonomy::term_name("wsis", value, locale),
                FacetName::Country => crate::taxonomy::term_name("country", value, locale),
                FacetName::Level => crate::taxonomy::term_name("level", value, locale),
                FacetName::Theme => crate::taxonomy::term_name("theme", value, locale),
                FacetName::Stage => locale.text(&format!("case-stage-{value}")),
                FacetName::Evidence => locale.text(&format!("case-evidence-{value}")),
                _ => String::new(),
            }
        };
        counts.labels = counts.values.iter().map(|(value, _)| name(value)).collect();
    }
}

/// One hit of `GET /api/search`.
#[derive(Debug, Serialize)]
pub struct ApiHit {
    kind: String,
    title: String,
    url: String,
    snippet: String,
    lang: String,
    date: String,
}

/// The body of `GET /api/search`.
#[derive(Debug, Serialize)]
pub struct ApiResults {
    total: u64,
    hits: Vec<ApiHit>,
    facets: BTreeMap<&'static str, BTreeMap<String, u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<String>,
}

impl From<SearchResults> for ApiResults {
    fn from(results: SearchResults) -> Self {
        ApiResults {
            total: results.total,
            hits: results
                .hits
                .into_iter()
                .map(|hit| ApiHit {
                    snippet: hit.snippet_text(),
                    kind: hit.kind,
                    title: hit.title,
                    url: hit.url,
                    lang: hit.lang,
                    date: hit.date,
                })
                .collect(),
            facets: results
                .facets
                .into_iter()
                .map(|counts| (counts.facet.key(), counts.values.into_iter().collect()))
                .collect(),
            suggestion: results.suggestion,
        }
    }
}

/// The Atom feed of a search: its newest matching items. `base` is the hub's public origin
/// (`http://127.0.0.1:3000`), `title` the feed's title, written in `locale`.
pub fn atom_feed(results: &SearchResults, base: &str, title: String, locale: crate::i18n::Locale) -> String {
    let self_url = format!("{base}{}&format=atom", results.params.href());
    let updated = results.hits.iter().filter_map(|hit| date_time(&hit.date)).max().unwrap_or_else(now);
    let entries = results
        .hits
        .iter()
        .map(|hit| {
            let url = format!("{base}{}", hit.url);
            let when = date_time(&hit.date).unwrap_or(updated);
            Entry {
                id: url.clone(),
                title: Text::plain(hit.title.clone()),
                updated: when,
                published: Some(when),
                links: std::iter::once(Link {
                    href: url,
                    rel: "alternate".into(),
                    hreflang: Some(hit.lang.clone()).filter(|lang| lang != "und"),
                    ..Link::default()
                })
                .chain(hit.versions.iter().map(|version| Link {
                    href: format!("{base}{}", version.url),
                    rel: "alternate".into(),
                    hreflang: Some(version.lang.clone()),
                    ..Link::default()
                }))
                .collect(),
                summary: Some(Text::plain(hit.snippet_text())),
                authors: hit
                    .organisation
                    .clone()
                    .map(|name| vec![Person { name, ..Person::default() }])
                    .unwrap_or_default(),
                ..Entry::default()
            }
        })
        .collect();
    let feed = Feed {
        id: self_url.clone(),
        title: Text::plain(title),
        updated,
        links: vec![
            Link {
                href: self_url,
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link {
                href: format!("{base}{}", results.params.href()),
                rel: "alternate".into(),
                ..Link::default()
            },
        ],
        entries,
        lang: Some(locale.lang_tag().to_owned()),
        ..Feed::default()
    };
    feed.to_string()
}

/// The current time, for a feed without entries.
fn now() -> atom_syndication::FixedDateTime {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .ok()
        .and_then(|text| atom_syndication::FixedDateTime::parse_from_rfc3339(&text).ok())
        .unwrap_or_default()
}

fn date_time(iso: &str) -> Option<atom_syndication::FixedDateTime> {
    atom_syndication::FixedDateTime::parse_from_rfc3339(&format!("{iso}T00:00:00Z")).ok()
}
