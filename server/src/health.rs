//! Liveness and readiness, for load balancers and orchestrators.
//!
//! - `/livez`: 200 while the process runs and answers; nothing else is checked, so a busy
//!   database never gets a live process restarted.
//! - `/readyz`: 200 when this process should be sent readers: started (migrations and the
//!   content sync done), not draining after SIGTERM, the database answering, the index
//!   usable and no further behind the outbox than `HUB_READY_MAX_LAG` entries. 503 with the
//!   reason otherwise.
//! - `/healthz` (kept for existing callers): the database and the index usable.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use app::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse as _, Response};
use serde_json::json;

/// What `/readyz` needs besides the app's state. Shared with the serving loop.
#[derive(Debug)]
pub struct Health {
    draining: AtomicBool,
    max_lag: i64,
}

impl Health {
    /// A process that is ready once it serves, with the lag bound `max_lag`.
    pub fn new(max_lag: i64) -> Arc<Health> {
        Arc::new(Health { draining: AtomicBool::new(false), max_lag })
    }

    /// From now on `/readyz` says no: the process is about to stop.
    pub fn start_draining(&self) {
        self.draining.store(true, Ordering::Release);
    }

    /// Whether the process is draining.
    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::Acquire)
    }
}

/// `GET /livez`.
pub async fn livez() -> Response {
    (StatusCode::OK, axum::Json(json!({ "status": "alive" }))).into_response()
}

/// `GET /readyz`.
pub async fn readyz(State((state, health)): State<(AppState, Arc<Health>)>) -> Response {
    let database = app::db::is_usable(&state.db).await;
    let index = state.search.is_usable();
    let lag = if database { crate::outbox::lag(&state.db, &state.search).await.ok() } else { None };
    let lagging = lag.is_none_or(|lag| lag.entries() > health.max_lag);
    let draining = health.is_draining();
    let reason = if draining {
        Some("draining")
    } else if !database {
        Some("database")
    } else if !index {
        Some("index")
    } else if lagging {
        Some("index-lag")
    } else {
        None
    };
    let status = if reason.is_none() { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    let body = json!({
        "status": if reason.is_none() { "ready" } else { "not-ready" },
        "reason": reason,
        "database": database,
        "index": index,
        "lag": lag.map(|lag| lag.entries()),
        "draining": draining,
    });
    (status, axum::Json(body)).into_response()
}

/// The answer of every path while the process is still starting (migrating, syncing,
/// building its index): `/livez` says alive, everything else 503 with `Retry-After`.
pub async fn starting(request: axum::extract::Request) -> Response {
    if request.uri().path() == "/livez" {
        return livez().await;
    }
    let body = json!({ "status": "starting", "reason": "starting" });
    let mut response = (StatusCode::SERVICE_UNAVAILABLE, axum::Json(body)).into_response();
    response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("5"));
    response
}
