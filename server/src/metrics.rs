//! Prometheus metrics: requests by route and status, their latencies, the outbox lag and
//! index size of this process, and the database pool.
//!
//! Policy: `/metrics` is never open to readers. It is served on a listener of its own
//! (`HUB_METRICS_ADDR`, for a scraper on the host or the private network) or, on the main
//! listener, only to requests bearing `HUB_METRICS_TOKEN`. Routes are labelled by their
//! first path segment (and 404s as one label), so the number of series stays bounded
//! whatever addresses people try.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse as _, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use sha2::{Digest as _, Sha256};

/// The process's recorder, installed on first use.
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets(&[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0])
            .unwrap_or_else(|_| PrometheusBuilder::new());
        match builder.install_recorder() {
            Ok(handle) => handle,
            // Another recorder was installed first (a test process): keep a private one.
            Err(_) => PrometheusBuilder::new().build_recorder().handle(),
        }
    })
}

/// The label of a request's route: its first path segment.
fn route_of(path: &str, status: StatusCode) -> String {
    if status == StatusCode::NOT_FOUND {
        return "unmatched".to_owned();
    }
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if first.is_empty() {
        return "/".to_owned();
    }
    let clean: String = first
        .chars()
        .take(32)
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' { c } else { '_' })
        .collect();
    format!("/{clean}")
}

/// Middleware: counts each request and records how long it took.
pub async fn count(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let status = response.status();
    let route = route_of(&path, status);
    let elapsed = started.elapsed().as_secs_f64();
    metrics::counter!("hub_http_requests_total", "route" => route.clone(), "status" => status.as_u16().to_string())
        .increment(1);
    metrics::histogram!("hub_http_request_duration_seconds", "route" => route).record(elapsed);
    response
}

/// Records this process's outbox lag and index size.
pub fn outbox(lag: &crate::outbox::Lag, docs: u64) {
    metrics::gauge!("hub_outbox_newest_position").set(lag.newest as f64);
    metrics::gauge!("hub_index_position").set(lag.position as f64);
    metrics::gauge!("hub_outbox_lag_entries").set(lag.entries() as f64);
    metrics::gauge!("hub_index_documents").set(docs as f64);
}

/// Records the database pool's size and idle connections.
pub fn pool(db: &app::db::DatabaseConnection) {
    use sea_orm::DbBackend;
    let (size, idle) = match db.get_database_backend() {
        DbBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        DbBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => return,
    };
    metrics::gauge!("hub_db_pool_connections").set(f64::from(size));
    metrics::gauge!("hub_db_pool_idle_connections").set(idle as f64);
}

/// The scrape: every metric in Prometheus' text format.
pub fn render() -> Response {
    let handle = handle();
    handle.run_upkeep();
    let mut response = handle.render().into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `GET /metrics` on the main listener: the scrape for a request bearing the token, 404 for
/// anyone else (as if there were nothing there).
pub async fn with_token(State(token): State<Option<String>>, request: Request) -> Response {
    let Some(token) = token else { return StatusCode::NOT_FOUND.into_response() };
    let given = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .unwrap_or("");
    // Compared as digests: the time taken says nothing about the token.
    if Sha256::digest(given.as_bytes()) == Sha256::digest(token.as_bytes()) {
        render()
    } else {
        StatusCode::NOT_FOUND.into_response()
    }
}

/// The router of the separate metrics listener.
pub fn listener_routes() -> axum::Router {
    axum::Router::new().route("/metrics", axum::routing::get(|| async { render() }))
}

#[cfg(test)]
mod tests {
    use super::route_of;
    use axum::http::StatusCode;

    #[test]
    fn routes_are_labelled_by_their_first_segment() {
        assert_eq!(route_of("/", StatusCode::OK), "/");
        assert_eq!(route_of("/blog/a-post", StatusCode::OK), "/blog");
        assert_eq!(route_of("/media/images/x.png", StatusCode::NOT_MODIFIED), "/media");
        assert_eq!(route_of("/wp-admin/x.php", StatusCode::NOT_FOUND), "unmatched");
        assert_eq!(route_of("/a b", StatusCode::OK), "/a_b");
    }
}
