//! Rate limits on sign-in, password resets and join requests, per client address and per
//! account. In memory, per process.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::{AppError, AppResult};

/// Keys above which a limiter forgets keys that are back to full allowance.
const RETAIN_ABOVE: usize = 10_000;

/// The hub's limiters. Cheap to clone.
#[derive(Clone)]
pub struct RateLimits {
    inner: Arc<Limiters>,
}

struct Limiters {
    sign_in_address: DefaultKeyedRateLimiter<String>,
    sign_in_account: DefaultKeyedRateLimiter<String>,
    reset_address: DefaultKeyedRateLimiter<String>,
    reset_account: DefaultKeyedRateLimiter<String>,
    join_address: DefaultKeyedRateLimiter<String>,
}

/// `burst` requests at once, then one every `every`.
fn quota(burst: u32, every: Duration) -> Quota {
    let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(every).unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN)).allow_burst(burst)
}

fn check(limiter: &DefaultKeyedRateLimiter<String>, key: &str) -> AppResult<()> {
    if limiter.len() > RETAIN_ABOVE {
        limiter.retain_recent();
    }
    limiter.check_key(&key.to_owned()).map_err(|_| AppError::RateLimited)
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            inner: Arc::new(Limiters {
                // 30 attempts at once from one address, then one every 2 s.
                sign_in_address: RateLimiter::keyed(quota(30, Duration::from_secs(2))),
                // 10 attempts on one account, then one a minute.
                sign_in_account: RateLimiter::keyed(quota(10, Duration::from_secs(60))),
                reset_address: RateLimiter::keyed(quota(10, Duration::from_secs(60))),
                // 3 reset emails to one address, then one every 10 minutes.
                reset_account: RateLimiter::keyed(quota(3, Duration::from_secs(600))),
                // 5 join requests from one address, then one every 10 minutes.
                join_address: RateLimiter::keyed(quota(5, Duration::from_secs(600))),
            }),
        }
    }
}

impl RateLimits {
    /// One sign-in attempt from `address` on `email`.
    pub fn sign_in(&self, address: &str, email: &str) -> AppResult<()> {
        check(&self.inner.sign_in_address, address)?;
        check(&self.inner.sign_in_account, email)
    }

    /// One password-reset request from `address` for `email`.
    pub fn reset(&self, address: &str, email: &str) -> AppResult<()> {
        check(&self.inner.reset_address, address)?;
        check(&self.inner.reset_account, email)
    }

    /// One join request from `address`.
    pub fn join(&self, address: &str) -> AppResult<()> {
        check(&self.inner.join_address, address)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_limited_whatever_the_address() {
        let limits = RateLimits::default();
        for attempt in 0..10 {
            assert!(limits.sign_in(&format!("10.0.0.{attempt}"), "a@example.org").is_ok());
        }
        assert_eq!(limits.sign_in("10.0.1.1", "a@example.org"), Err(AppError::RateLimited));
        assert!(limits.sign_in("10.0.1.1", "b@example.org").is_ok());
    }
}
