//! CPU-heavy work off the async workers.
//!
//! Policy: a request whose work costs more than a few milliseconds of CPU (comparing or
//! merging texts, rendering a long document) runs it here: on the blocking pool, so the
//! async workers keep answering every other request (health checks included), and at most
//! one job per spare core at a time, so a handful of such requests cannot take every core
//! either. The work itself must be bounded (a deadline, a size cap): a job cannot be
//! cancelled once it started, and the request timeout only stops the waiting. A job that
//! waits too long for its turn is not run: the request is answered "too many requests"
//! (try again), so an overloaded hub sheds work instead of queueing it without end.

use std::sync::LazyLock;
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::error::{AppError, AppResult};

/// Jobs that may run at once: every core but one, and at least one. Process-wide, like the
/// blocking pool it guards.
static SLOTS: LazyLock<Semaphore> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    Semaphore::new(cores.saturating_sub(1).max(1))
});

/// How long a job may wait for a slot.
const MAX_WAIT: Duration = Duration::from_secs(10);

/// Runs `job` on the blocking pool once a slot is free, and answers its result; refused
/// ([`AppError::RateLimited`]) when no slot was free within [`MAX_WAIT`].
pub async fn cpu<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> AppResult<T> {
    let _slot = match tokio::time::timeout(MAX_WAIT, SLOTS.acquire()).await {
        Ok(slot) => slot.map_err(|_| AppError::Internal)?,
        Err(_) => {
            tracing::warn!("heavy jobs are queued past their limit; refusing one");
            return Err(AppError::RateLimited);
        }
    };
    tokio::task::spawn_blocking(job).await.map_err(|err| {
        tracing::error!(error = %err, "a background job failed");
        AppError::Internal
    })
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use super::cpu;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_long_job_leaves_the_async_workers_free() {
        let job = tokio::spawn(cpu(|| {
            let until = Instant::now() + Duration::from_millis(600);
            while Instant::now() < until {
                std::hint::spin_loop();
            }
            7
        }));
        let started = Instant::now();
        tokio::time::sleep(Duration::from_millis(10)).await;
        assert!(started.elapsed() < Duration::from_millis(300), "a timer still fires");
        assert_eq!(job.await.ok().and_then(Result::ok), Some(7));
    }
}
