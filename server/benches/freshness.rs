//! How long a committed change takes to become searchable: the time from a content change
//! committed to the database (with its outbox entry) until a search finds it, through the
//! running indexer task. Two paths: a change made by this process (it wakes the indexer)
//! and a change made by another process (found by the indexer's poll).
//!
//! Run: `cargo bench -p server --bench freshness`.

#![expect(clippy::expect_used, reason = "a benchmark that cannot set up has nothing to report")]

use std::time::{Duration, Instant};

use app::search::document::Viewer;
use app::search::params::SearchParams;
use leptos::config::LeptosOptions;
use server::config::Config;

const ROUNDS: usize = 200;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

async fn measure(
    state: &app::state::AppState,
    content: &std::path::Path,
    round: usize,
    wake: bool,
) -> Duration {
    let word = format!("fresh{round}x{}", if wake { "w" } else { "p" });
    std::fs::write(
        content.join(format!("{word}.md")),
        format!(
            "+++\ntitle = \"Fresh {round}\"\nsummary = \"The {word} item.\"\ndate = 2026-11-01\n+++\nBody.\n"
        ),
    )
    .expect("write");
    app::content::sync_dir(&state.db, content).await.expect("sync");
    let committed = Instant::now();
    if wake {
        state.search.notify_changed();
    }
    let params = SearchParams { q: word, page: 1, ..SearchParams::default() };
    loop {
        let found = state.search.search(&params, &Viewer::public(), 1).expect("search");
        if found.total == 1 {
            return committed.elapsed();
        }
        assert!(committed.elapsed() < Duration::from_secs(10), "change never became searchable");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    std::fs::create_dir_all(&content).expect("content dir");
    let vars = [
        ("HUB_DATA_DIR", dir.path().display().to_string()),
        ("HUB_CONTENT_DIR", content.display().to_string()),
    ];
    let leptos =
        LeptosOptions::builder().output_name("hub").site_root(dir.path().display().to_string()).build();
    let config =
        Config::from_vars(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()), leptos)
            .expect("config");
    let state = server::startup::prepare(&config).await.expect("hub starts");
    for (wake, label) in
        [(true, "change in this process (indexer woken)"), (false, "change from another process (poll)")]
    {
        let mut times = Vec::with_capacity(ROUNDS);
        for round in 0..ROUNDS {
            times.push(measure(&state, &content, round, wake).await);
        }
        times.sort();
        println!(
            "{label}: {ROUNDS} changes, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            percentile(&times, 0.50).as_secs_f64() * 1e3,
            percentile(&times, 0.99).as_secs_f64() * 1e3,
            times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
        );
    }
}
