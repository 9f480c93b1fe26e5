//! The hub's log: `RUST_LOG` chooses what is written (default `info`), `HUB_LOG_FORMAT`
//! how (`text`, the default, or `json`, one object a line).
//!
//! Lines go through a bounded queue to a writer thread, never straight to standard output
//! from a request: when whoever reads the output is slow (a terminal, a pipe, a relay), lines
//! are dropped and counted instead of blocking the requests that log them.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::bail;
use tracing_appender::non_blocking::{ErrorCounter, NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::EnvFilter;

/// Lines held for the writer thread before new ones are dropped.
const QUEUE: usize = 16_384;
/// How often the count of dropped lines is reported, when it grew.
const REPORT_EVERY: Duration = Duration::from_secs(10);

/// The log's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

impl Format {
    /// The format `HUB_LOG_FORMAT` names (unset or empty: text).
    pub fn from_env() -> anyhow::Result<Self> {
        match std::env::var("HUB_LOG_FORMAT").unwrap_or_default().trim() {
            "" | "text" => Ok(Self::Text),
            "json" => Ok(Self::Json),
            other => bail!("HUB_LOG_FORMAT must be `text` or `json`, not {other:?}"),
        }
    }
}

/// Installs the log for the whole process. Keep the guard until the process ends: dropping
/// it writes out what is still queued.
pub fn init(format: Format) -> WorkerGuard {
    let (writer, guard) =
        NonBlockingBuilder::default().lossy(true).buffered_lines_limit(QUEUE).finish(std::io::stdout());
    report_dropped_lines(writer.error_counter());
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tantivy=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(writer);
    match format {
        Format::Text => builder.init(),
        Format::Json => builder.json().init(),
    }
    guard
}

/// Logs, now and then, how many lines were dropped since the last report.
fn report_dropped_lines(counter: ErrorCounter) {
    let reported = Arc::new(AtomicUsize::new(0));
    let spawned = std::thread::Builder::new().name("log-drops".into()).spawn(move || {
        loop {
            std::thread::sleep(REPORT_EVERY);
            let dropped = counter.dropped_lines();
            let before = reported.swap(dropped, Ordering::Relaxed);
            if dropped > before {
                tracing::warn!(
                    dropped = dropped - before,
                    "log lines dropped: the log's reader is slower than the hub"
                );
            }
        }
    });
    if let Err(error) = spawned {
        eprintln!("hub: the log's drop counter could not start: {error}");
    }
}
