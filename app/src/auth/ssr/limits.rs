//! Rate limits on sign-in, password resets, join requests, event registrations and live
//! comparisons. In memory, per process.
//!
//! Policy: a limit slows an attacker down without locking the owner out. Wrong passwords are
//! counted per (client address, account) pair, and each pair backs off on its own: a few
//! free tries, then a wait that doubles with every further failure, cleared by a success.
//! Someone guessing at an account from elsewhere therefore never delays its owner's sign-in
//! (nor their password change). Each address is also limited across all accounts. Addresses
//! are grouped as one client holds them: IPv4 one by one, IPv6 by /64 (a single machine is
//! usually handed a whole /64). The cost of the password checks themselves is capped
//! separately (see `password`).

use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::{AppError, AppResult};

/// Keys above which a limiter forgets keys that are back to full allowance.
const RETAIN_ABOVE: usize = 10_000;
/// Wrong passwords a pair may make before it has to wait.
const FREE_FAILURES: u32 = 5;
/// The longest wait between two tries of one pair.
const MAX_BACK_OFF: Duration = Duration::from_secs(15 * 60);
/// A pair's failures are forgotten this long after the last one.
const FORGET_AFTER: Duration = Duration::from_secs(24 * 60 * 60);

/// The hub's limiters. Cheap to clone.
#[derive(Clone)]
pub struct RateLimits {
    inner: Arc<Limiters>,
}

struct Limiters {
    sign_in_address: DefaultKeyedRateLimiter<String>,
    failures: Mutex<HashMap<(String, String), Failures>>,
    reset_address: DefaultKeyedRateLimiter<String>,
    reset_account: DefaultKeyedRateLimiter<String>,
    join_address: DefaultKeyedRateLimiter<String>,
    registration_address: DefaultKeyedRateLimiter<String>,
    compare_account: DefaultKeyedRateLimiter<String>,
}

/// Wrong passwords in a row from one address on one account.
#[derive(Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

impl Failures {
    /// When the pair may try again.
    fn next_try(&self) -> Instant {
        let extra = self.count.saturating_sub(FREE_FAILURES);
        if extra == 0 {
            return self.last;
        }
        let wait = Duration::from_secs(1u64.checked_shl(extra).unwrap_or(u64::MAX)).min(MAX_BACK_OFF);
        self.last + wait
    }
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

/// The client an address stands for: an IPv4 address, or the /64 network of an IPv6 one
/// (an IPv4 address written as IPv6 is the IPv4 address). Anything else is kept as it is.
pub fn client_of(address: &str) -> String {
    match address.trim().parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Err(_) => address.to_owned(),
    }
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            inner: Arc::new(Limiters {
                // 30 attempts at once from one address, then one every 2 s.
                sign_in_address: RateLimiter::keyed(quota(30, Duration::from_secs(2))),
                failures: Mutex::new(HashMap::new()),
                reset_address: RateLimiter::keyed(quota(10, Duration::from_secs(60))),
                // 3 reset emails to one account from one client, then one every 10 minutes.
                reset_account: RateLimiter::keyed(quota(3, Duration::from_secs(600))),
                // 5 join requests from one address, then one every 10 minutes.
                join_address: RateLimiter::keyed(quota(5, Duration::from_secs(600))),
                // 20 event registrations from one address (a whole office behind one address
                // registering for a session), then one every 30 seconds: each sends an email.
                registration_address: RateLimiter::keyed(quota(20, Duration::from_secs(30))),
                // 20 live comparisons at once, then two a second: an editor asks after each
                // pause in typing.
                compare_account: RateLimiter::keyed(quota(20, Duration::from_millis(500))),
            }),
        }
    }
}

impl RateLimits {
    /// Whether `address` may try the password of `email` now (a sign-in, or the current
    /// password on a password change). Report the outcome with [`Self::password_failed`] or
    /// [`Self::password_accepted`].
    pub fn sign_in(&self, address: &str, email: &str) -> AppResult<()> {
        let client = client_of(address);
        check(&self.inner.sign_in_address, &client)?;
        let failures = self.inner.failures.lock().map_err(|_| AppError::Internal)?;
        match failures.get(&(client, email.to_owned())) {
            Some(failures) if failures.next_try() > Instant::now() => Err(AppError::RateLimited),
            _ => Ok(()),
        }
    }

    /// `address` gave a wrong password for `email`: that pair backs off.
    pub fn password_failed(&self, address: &str, email: &str) {
        let Ok(mut failures) = self.inner.failures.lock() else { return };
        let now = Instant::now();
        if failures.len() > RETAIN_ABOVE {
            failures.retain(|_, f| f.next_try() > now || now.duration_since(f.last) < FORGET_AFTER);
        }
        let entry = failures
            .entry((client_of(address), email.to_owned()))
            .or_insert(Failures { count: 0, last: now });
        if now.duration_since(entry.last) > FORGET_AFTER {
            entry.count = 0;
        }
        entry.count = entry.count.saturating_add(1);
        entry.last = now;
    }

    /// `address` gave the right password for `email`: that pair starts afresh.
    pub fn password_accepted(&self, address: &str, email: &str) {
        if let Ok(mut failures) = self.inner.failures.lock() {
            failures.remove(&(client_of(address), email.to_owned()));
        }
    }

    /// One password-reset request from `address` for `email`. Counted per client and per
    /// (client, account) pair: asking for someone else's resets never delays theirs.
    pub fn reset(&self, address: &str, email: &str) -> AppResult<()> {
        let client = client_of(address);
        check(&self.inner.reset_address, &client)?;
        check(&self.inner.reset_account, &format!("{client} {email}"))
    }

    /// One comparison of a draft with its revision, asked by account `account_id`.
    pub fn draft_compare(&self, account_id: i64) -> AppResult<()> {
        check(&self.inner.compare_account, &account_id.to_string())
    }

    /// One join request from `address`.
    pub fn join(&self, address: &str) -> AppResult<()> {
        check(&self.inner.join_address, &client_of(address))
    }

    /// One event registration from `address`.
    pub fn registration(&self, address: &str) -> AppResult<()> {
        check(&self.inner.registration_address, &client_of(address))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tries from `address` on `email` with a wrong password until one is refused; how many
    /// were let through.
    fn wrong_until_refused(limits: &RateLimits, address: &str, email: &str) -> u32 {
        let mut tried = 0;
        while limits.sign_in(address, email).is_ok() && tried < 100 {
            limits.password_failed(address, email);
            tried += 1;
        }
        tried
    }

    #[test]
    fn guessing_from_one_address_never_locks_the_owner_out() {
        let limits = RateLimits::default();
        assert_eq!(wrong_until_refused(&limits, "203.0.113.9", "admin@example.org"), FREE_FAILURES + 1);
        assert_eq!(limits.sign_in("203.0.113.9", "admin@example.org"), Err(AppError::RateLimited));
        // The owner, from their own address, is not delayed; nor is another account.
        assert!(limits.sign_in("198.51.100.1", "admin@example.org").is_ok());
        assert!(limits.sign_in("203.0.113.9", "other@example.org").is_ok());
    }

    #[test]
    fn the_wait_doubles_and_a_success_clears_it() {
        let now = Instant::now();
        let wait = |count| Failures { count, last: now }.next_try().duration_since(now);
        assert_eq!(wait(FREE_FAILURES), Duration::ZERO);
        assert_eq!(wait(FREE_FAILURES + 1), Duration::from_secs(2));
        assert_eq!(wait(FREE_FAILURES + 4), Duration::from_secs(16));
        assert_eq!(wait(FREE_FAILURES + 40), MAX_BACK_OFF);
        assert_eq!(wait(u32::MAX), MAX_BACK_OFF);
        let limits = RateLimits::default();
        wrong_until_refused(&limits, "203.0.113.9", "a@example.org");
        limits.password_accepted("203.0.113.9", "a@example.org");
        assert!(limits.sign_in("203.0.113.9", "a@example.org").is_ok());
    }

    #[test]
    fn asking_for_someone_elses_resets_never_delays_theirs() {
        let limits = RateLimits::default();
        while limits.reset("203.0.113.9", "admin@example.org").is_ok() {}
        assert!(limits.reset("198.51.100.1", "admin@example.org").is_ok());
    }

    #[test]
    fn ipv6_addresses_count_by_their_64_network() {
        assert_eq!(client_of("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(client_of("2001:db8:1:2:bbbb::9"), "2001:db8:1:2::/64");
        assert_eq!(client_of("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(client_of("192.0.2.7"), "192.0.2.7");
        let limits = RateLimits::default();
        wrong_until_refused(&limits, "2001:db8:1:2::1", "a@example.org");
        assert_eq!(
            limits.sign_in("2001:db8:1:2:ffff::1", "a@example.org"),
            Err(AppError::RateLimited),
            "another address of the same /64 is the same client"
        );
        assert!(limits.sign_in("2001:db8:1:3::1", "a@example.org").is_ok());
    }
}
