//! When a failed request is sent again, and after how long: [`RetryPolicy`], the rule that
//! decides which failures are safe to retry for which operation, and the wait before each
//! retry (`Retry-After`, or exponential backoff with full jitter).
//!
//! The rule that matters most: a request that may have reached Twilio is only sent again
//! when sending it twice cannot do anything twice. A CreateCall that timed out, lost its
//! connection or got a 5xx may have placed the call, so it is never retried; one that could
//! not connect, or got 429 (which Twilio documents as not processed), is.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};

use crate::error::Error;

/// How failed requests are retried; set on
/// [`ClientBuilder::retry_policy`](crate::ClientBuilder::retry_policy) (or piecemeal with
/// [`max_retries`](crate::ClientBuilder::max_retries) and
/// [`retry_budget`](crate::ClientBuilder::retry_budget)).
///
/// What is retried does not depend on the policy, only how often and how patiently:
///
/// | Failure | FetchCall, ListCall, DeleteCall | CreateCall, UpdateCall |
/// |---|---|---|
/// | 429 Too Many Requests | retried, after `Retry-After` | retried, after `Retry-After` |
/// | could not connect (refused, DNS, TLS handshake) | retried | retried: nothing was sent |
/// | 500, 502, 503, 504 | retried | **not** retried: it may have been carried out |
/// | timeout, connection lost mid-request | retried | **not** retried: it may have been carried out |
/// | any other status, an undecodable body | not retried | not retried |
///
/// The wait before a retry is the response's `Retry-After` (seconds or an HTTP date) when it
/// has one, otherwise a random duration between zero and
/// `initial_backoff × 2^(retry − 1)`, capped at `max_backoff` ("full jitter"). A retry whose
/// wait would end after `budget` (counted from the first attempt) is not made.
///
/// ```
/// use std::time::Duration;
/// use twilio_calls::RetryPolicy;
///
/// let patient = RetryPolicy::default()
///     .max_retries(5)
///     .initial_backoff(Duration::from_millis(200))
///     .max_backoff(Duration::from_secs(5))
///     .budget(Duration::from_secs(30));
/// assert_eq!(patient.get_max_retries(), 5);
/// assert_eq!(RetryPolicy::none().get_max_retries(), 0);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    budget: Duration,
    initial_backoff: Duration,
    max_backoff: Duration,
}

/// Retries after the first attempt, unless configured otherwise.
pub const DEFAULT_MAX_RETRIES: u32 = 3;
/// The longest a request may spend retrying (first attempt, waits and retries), unless
/// configured otherwise.
pub const DEFAULT_RETRY_BUDGET: Duration = Duration::from_secs(60);
const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_millis(500);
const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(8);

impl Default for RetryPolicy {
    /// [`DEFAULT_MAX_RETRIES`] retries within [`DEFAULT_RETRY_BUDGET`], backing off from
    /// 500 ms up to 8 s.
    fn default() -> Self {
        Self {
            max_retries: DEFAULT_MAX_RETRIES,
            budget: DEFAULT_RETRY_BUDGET,
            initial_backoff: DEFAULT_INITIAL_BACKOFF,
            max_backoff: DEFAULT_MAX_BACKOFF,
        }
    }
}

impl RetryPolicy {
    /// Never retry: every request is attempted once.
    ///
    /// ```
    /// let client = twilio_calls::Client::builder()
    ///     .account_sid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    ///     .auth_token("token")
    ///     .retry_policy(twilio_calls::RetryPolicy::none())
    ///     .build()?;
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn none() -> Self {
        Self::default().max_retries(0)
    }

    /// How many times a request may be sent again after its first attempt (0: never).
    ///
    /// ```
    /// let policy = twilio_calls::RetryPolicy::default().max_retries(1);
    /// ```
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The longest a request may take from its first attempt to the start of its last: a
    /// retry that would start later is not made, and the last failure is returned.
    ///
    /// ```
    /// let policy = twilio_calls::RetryPolicy::default().budget(std::time::Duration::from_secs(10));
    /// ```
    pub fn budget(mut self, budget: Duration) -> Self {
        self.budget = budget;
        self
    }

    /// The ceiling of the first backoff; each later one doubles it.
    ///
    /// ```
    /// let policy = twilio_calls::RetryPolicy::default()
    ///     .initial_backoff(std::time::Duration::from_millis(100));
    /// ```
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The largest backoff ceiling. `Retry-After` is honoured even when longer (within the
    /// budget).
    ///
    /// ```
    /// let policy = twilio_calls::RetryPolicy::default()
    ///     .max_backoff(std::time::Duration::from_secs(2));
    /// ```
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The configured number of retries.
    ///
    /// ```
    /// assert_eq!(twilio_calls::RetryPolicy::default().get_max_retries(), 3);
    /// ```
    pub fn get_max_retries(&self) -> u32 {
        self.max_retries
    }

    /// The configured budget.
    ///
    /// ```
    /// assert_eq!(twilio_calls::RetryPolicy::default().get_budget().as_secs(), 60);
    /// ```
    pub fn get_budget(&self) -> Duration {
        self.budget
    }

    /// The backoff ceiling before retry number `retry` (1 for the first retry).
    fn ceiling(&self, retry: u32) -> Duration {
        let factor = 1u32
            .checked_shl(retry.saturating_sub(1))
            .unwrap_or(u32::MAX);
        self.initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff)
    }

    /// The wait before retry number `retry`: the server's `Retry-After` when it gave one,
    /// otherwise full jitter (`random` is uniform in `0..=u64::MAX`).
    pub(crate) fn wait(&self, retry: u32, retry_after: Option<Duration>, random: u64) -> Duration {
        if let Some(wait) = retry_after {
            return wait;
        }
        let ceiling = self.ceiling(retry).as_nanos();
        // Scales `random` into 0..=ceiling without floating point.
        let nanos = (ceiling * u128::from(random)) / u128::from(u64::MAX);
        Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX))
    }
}

/// A uniformly random `u64`: the jitter source. `RandomState` is seeded from the OS once per
/// thread and advanced for each new instance, which is all jitter needs.
pub(crate) fn random() -> u64 {
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(0);
    hasher.finish()
}

/// Whether a request may be sent again after this failure; `Some` holds the wait the
/// server asked for, if any.
pub(crate) fn retryable(idempotent: bool, error: &Error) -> Option<Option<Duration>> {
    match error {
        Error::Api(e) if e.status == 429 => Some(e.retry_after),
        Error::Api(e) if idempotent && matches!(e.status, 500 | 502 | 503 | 504) => {
            Some(e.retry_after)
        }
        // Nothing was sent when the connection could not be made.
        Error::Transport { source, .. } if source.is_connect() => Some(None),
        Error::Transport { .. } if idempotent => Some(None),
        _ => None,
    }
}

/// The wait a `Retry-After` header asks for: delay-seconds, or an HTTP date (a date in the
/// past means now). `None` when absent or unreadable.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, value.parse().unwrap());
        headers
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_478); // 07:27:58
        let wait = |v: &str| retry_after(&headers(v), now);
        assert_eq!(wait("2"), Some(Duration::from_secs(2)));
        assert_eq!(wait(" 0 "), Some(Duration::ZERO));
        assert_eq!(
            wait("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::from_secs(2))
        );
        // The two obsolete HTTP date formats are valid too.
        assert_eq!(
            wait("Wednesday, 21-Oct-15 07:28:01 GMT"),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            wait("Wed Oct 21 07:28:03 2015"),
            Some(Duration::from_secs(5))
        );
        assert_eq!(wait("Wed, 21 Oct 2015 07:00:00 GMT"), Some(Duration::ZERO));
        assert_eq!(wait("-1"), None);
        assert_eq!(wait("soon"), None);
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_and_jitters_below_it() {
        let policy = RetryPolicy::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(500));
        let ceilings: Vec<_> = (1..=5).map(|r| policy.wait(r, None, u64::MAX)).collect();
        assert_eq!(
            ceilings,
            [100, 200, 400, 500, 500].map(Duration::from_millis)
        );
        assert_eq!(policy.wait(3, None, 0), Duration::ZERO);
        // Half the range of `random` is half the ceiling (to the nanosecond).
        let half = policy.wait(3, None, u64::MAX / 2);
        assert!(
            Duration::from_millis(200) - half <= Duration::from_nanos(1),
            "{half:?}"
        );
        // Enormous retry numbers saturate instead of overflowing.
        assert_eq!(policy.wait(400, None, u64::MAX), Duration::from_millis(500));
    }

    #[test]
    fn retry_after_wins_over_backoff_even_beyond_the_cap() {
        let policy = RetryPolicy::default().max_backoff(Duration::from_secs(1));
        let asked = Some(Duration::from_secs(7));
        assert_eq!(policy.wait(1, asked, 0), Duration::from_secs(7));
    }

    #[test]
    fn jitter_varies() {
        let draws: std::collections::HashSet<u64> = (0..16).map(|_| random()).collect();
        assert!(draws.len() > 1);
    }
}
