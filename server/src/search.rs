//! Search over HTTP beyond the page: `GET /api/search` (JSON) and the Atom feed of any
//! search (`/search?…&format=atom`).

use app::search::document::Viewer;
use app::search::params::{PAGE_SIZE, SearchParams};
use app::search::ssr::{ApiResults, atom_feed as render_feed, search, viewer_of};
use app::state::AppState;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Most hits one API call may ask for.
const API_MAX_LIMIT: usize = 100;
/// Entries in a search feed.
const FEED_ENTRIES: usize = 30;

/// `GET /api/search?q=…&limit=…&<facet filters>&page=…`: the same search as the page, as
/// JSON: `{ total, hits: [{ kind, title, url, snippet, lang, date }], facets }`.
pub async fn api(State(state): State<AppState>, parts: Parts) -> Response {
    let query = parts.uri.query().unwrap_or_default().to_owned();
    let params = SearchParams::from_query_string(&query);
    let limit = form_value(&query, "limit")
        .and_then(|limit| limit.parse::<usize>().ok())
        .unwrap_or(PAGE_SIZE as usize)
        .clamp(1, API_MAX_LIMIT);
    let viewer = match viewer_of(&state.db, &state.search, app::auth::ssr::user_of(&parts).as_ref()).await {
        Ok(viewer) => viewer,
        Err(error) => return failed(&error),
    };
    match search(&state.search, params, viewer, limit).await {
        Ok(results) => Json(ApiResults::from(results)).into_response(),
        Err(error) => failed(&error),
    }
}

/// The JSON answer of a failed API call.
fn failed(error: &app::error::AppError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, Json(serde_json::json!({ "error": error.to_string() }))).into_response()
}

/// Answers `GET /search?…&format=atom` with the search's newest results as an Atom feed;
/// every other request goes on to the page.
pub async fn atom_feed(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let query = request.uri().query().unwrap_or_default().to_owned();
    if request.uri().path() != "/search" || form_value(&query, "format").as_deref() != Some("atom") {
        return next.run(request).await;
    }
    let mut params = SearchParams::from_query_string(&query);
    params.sort = app::search::params::Sort::Newest;
    params.page = 1;
    let locale = app::state::request_locale(request.headers());
    // Links name the hub's configured address, never the Host a request claims.
    let base = state.site.public_url.clone();
    // Feed readers carry no session: a feed is what the public may see.
    match search(&state.search, params, Viewer::public(), FEED_ENTRIES).await {
        Ok(results) => {
            let what = if results.params.q.is_empty() { "*".to_owned() } else { results.params.q.clone() };
            let title = locale.text_args("search-feed-title", &[("query", what)]);
            let body = render_feed(&results, &base, title, locale);
            ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], body).into_response()
        }
        Err(error) => {
            let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, locale.text(error.title_key())).into_response()
        }
    }
}

fn form_value(query: &str, key: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == key).map(|(_, v)| v.into_owned())
}
