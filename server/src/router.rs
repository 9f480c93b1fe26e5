//! The axum router: Leptos pages and server functions, health, static files, and the
//! layers every response passes through (tracing, compression, timeouts, security, the cache
//! of public reading pages).

use std::path::Path;
use std::sync::{Arc, LazyLock};

use app::app::{App, shell};
use app::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use leptos_axum::{AxumRouteListing, LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use serde_json::json;
use tower_http::LatencyUnit;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnFailure, DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::assets::Assets;
use crate::config::Config;
use crate::page_cache::{self, PageCache};

/// The app's route table, generated once per process. Generating it runs the app with
/// resource loading suspended process-wide (a Leptos global flag), so a page rendering in
/// another router at that moment (tests build many) could wait forever for its data.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: LazyLock<Vec<AxumRouteListing>> = LazyLock::new(|| generate_route_list(App));
    ROUTES.clone()
}

/// Builds the whole application router over `state`.
pub fn build(state: AppState, config: &Config) -> Router {
    build_with(state, config, crate::health::Health::new(config.ready_max_lag))
}

/// Builds the whole application router over `state`, its readiness told by `health`.
pub fn build_with(mut state: AppState, config: &Config, health: Arc<crate::health::Health>) -> Router {
    // The recorder must be there before the first request is counted.
    crate::metrics::handle();
    let routes = route_list();
    let options = &state.leptos_options;
    let (bundle, assets) =
        Assets::load(Path::new(options.site_root.as_ref()), &options.site_pkg_dir, &options.output_name);
    state.site = Arc::new(app::state::Site { bundle, ..(*state.site).clone() });
    let context = {
        let state = state.clone();
        move || state.provide_request_context()
    };
    let fallback = {
        let state = state.clone();
        file_and_error_handler_with_context::<AppState, _>(move || state.provide_request_context(), shell)
    };
    let probes = Router::new()
        .route("/livez", get(crate::health::livez))
        .route("/readyz", get(crate::health::readyz))
        .with_state((state.clone(), health));
    let metrics = Router::new()
        .route("/metrics", get(crate::metrics::with_token))
        .with_state(config.metrics_token.clone());
    Router::new()
        .route("/healthz", get(healthz))
        .route("/api/search", get(crate::search::api))
        .merge(app::auth::ssr::routes())
        .merge(app::members::ssr::routes())
        .merge(app::blog::ssr::routes())
        .merge(app::cases::ssr::routes())
        .merge(app::events::ssr::routes())
        .merge(app::pledges::ssr::routes())
        .merge(app::search::ssr::routes())
        .merge(app::demand::ssr::routes())
        .merge(app::groups::ssr::routes())
        .merge(app::assessment::ssr::routes())
        .merge(app::translations::ssr::routes())
        .merge(app::site::routes())
        .merge(crate::media::routes(&state.site.files))
        .merge(crate::assets::routes(assets, &state.leptos_options.site_pkg_dir))
        .leptos_routes_with_context(&state, routes, context, {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(fallback)
        .layer(middleware::from_fn_with_state(state.clone(), crate::search::atom_feed))
        .layer(middleware::from_fn_with_state(state.clone(), app::events::ssr::calendar_file))
        .layer(middleware::from_fn_with_state(state.clone(), app::auth::ssr::load_current_user))
        .layer(middleware::from_fn_with_state(state.clone(), crate::redirects::own_pages_only))
        .with_state(state.clone())
        .merge(probes)
        .merge(metrics)
        .layer(middleware::from_fn_with_state(config.trusted_proxies.clone(), crate::client_address::mark))
        // Inside the header layers, so that a request that ran out of time is answered with
        // the same security headers as any other.
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, config.request_timeout))
        .layer(middleware::from_fn(refuse_cross_site_writes))
        .layer(default_header("x-content-type-options", "nosniff"))
        .layer(default_header("referrer-policy", "strict-origin-when-cross-origin"))
        .layer(default_header("x-frame-options", "DENY"))
        .layer(default_header(
            "content-security-policy",
            "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
        ))
        // Answers made per request (search results, feeds, signed-in pages) are compressed as
        // they go out, at a level that costs little CPU: brotli's default (11) took a third
        // of a search answer's cost. Cached pages and the bundle come compressed already.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        // Outside every layer but the log: a page from the cache already carries the headers
        // and coding the inner layers gave it, so a hit costs a lookup and a copy.
        .layer(middleware::from_fn_with_state(PageCache::new(state.search.clone()), page_cache::serve))
        .layer(middleware::from_fn(crate::metrics::count))
        .layer(
            // One span per request with its method and path; the query string is left out
            // because it can carry tokens.
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request| {
                    tracing::info_span!("request", method = %request.method(), path = request.uri().path())
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO).latency_unit(LatencyUnit::Millis))
                .on_failure(DefaultOnFailure::new().level(Level::ERROR)),
        )
}

/// `GET /healthz`: 200 when the database and the search index are usable, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    let database = app::db::is_usable(&state.db).await;
    let index = state.search.is_usable();
    let status = if database && index { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    let body = json!({
        "status": if status == StatusCode::OK { "ok" } else { "unavailable" },
        "database": database,
        "index": index,
    });
    (status, axum::Json(body)).into_response()
}

/// A header every response carries unless the handler set its own. Pages set their own
/// Content-Security-Policy (it holds the per-response nonce of the hydration script); all
/// other responses get the strict default.
fn default_header(name: &'static str, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(HeaderName::from_static(name), HeaderValue::from_static(value))
}

/// Refuses state-changing requests that another site made the browser send: the
/// `Sec-Fetch-Site` header, or else the `Origin` header, must say they came from the hub.
async fn refuse_cross_site_writes(request: Request, next: Next) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let value = |name: &HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    let allowed = match value(&HeaderName::from_static("sec-fetch-site")) {
        Some(site) => site == "same-origin" || site == "none",
        None => match (value(&header::ORIGIN), value(&header::HOST)) {
            (Some(origin), Some(host)) => origin.split_once("://").is_some_and(|(_, rest)| rest == host),
            (Some(_), None) => false,
            // Neither header: not a browser-initiated cross-site request.
            (None, _) => true,
        },
    };
    if allowed {
        next.run(request).await
    } else {
        tracing::warn!(method = %request.method(), path = request.uri().path(), "cross-site write refused");
        let locale = app::state::request_locale(request.headers());
        (StatusCode::FORBIDDEN, locale.text("error-cross-site")).into_response()
    }
}
