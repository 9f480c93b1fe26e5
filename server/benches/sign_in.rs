//! Sign-in latency through the real router (form post → argon2id verification → session
//! row → redirect), for a right password, a wrong one and an unknown email. The last two
//! must cost the same, or response times would tell which emails have accounts.
//!
//! Run: `cargo bench -p server --bench sign_in`.

#![expect(clippy::expect_used, reason = "a benchmark that cannot set up has nothing to report")]

use std::time::{Duration, Instant};

use app::auth::Role;
use axum::body::Body;
use axum::http::Request;
use leptos::config::LeptosOptions;
use server::config::Config;
use tower::ServiceExt as _;

const ROUNDS: usize = 60;
const PASSWORD: &str = "correct horse battery staple";

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let vars = [
        ("HUB_DATA_DIR", dir.path().display().to_string()),
        ("HUB_CONTENT_DIR", dir.path().join("content").display().to_string()),
    ];
    let leptos =
        LeptosOptions::builder().output_name("hub").site_root(dir.path().display().to_string()).build();
    let config =
        Config::from_vars(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()), leptos)
            .expect("config");
    let state = server::startup::prepare(&config).await.expect("hub starts");
    app::auth::ssr::create_account(&state.db, "ana@example.org", "Ana", Role::Member, PASSWORD)
        .await
        .expect("account");
    for (label, email, password, expected) in [
        ("right password", "ana%40example.org", "correct+horse+battery+staple", 303),
        ("wrong password", "ana%40example.org", "wrong+horse+battery+staple", 422),
        ("unknown email", "nobody%40example.org", "wrong+horse+battery+staple", 422),
    ] {
        // Fresh limiters for each series: the bench measures the work, not the limits.
        let mut state = state.clone();
        state.limits = app::auth::ssr::RateLimits::default();
        let mut times = Vec::with_capacity(ROUNDS);
        for round in 0..ROUNDS {
            if round % 8 == 0 {
                state.limits = app::auth::ssr::RateLimits::default();
            }
            let router = server::router::build(state.clone(), &config);
            let request = Request::post("/sign-in")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "text/html")
                .body(Body::from(format!("_form=sign-in&email={email}&password={password}")))
                .expect("request");
            let started = Instant::now();
            let response = router.oneshot(request).await.expect("answer");
            times.push(started.elapsed());
            assert_eq!(response.status().as_u16(), expected, "{label}");
        }
        times.sort();
        println!(
            "sign-in, {label}: {ROUNDS} requests, p50 {:.1} ms, p99 {:.1} ms (argon2id m=19456 KiB, t=2, p=1)",
            percentile(&times, 0.50).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3,
        );
    }
}
