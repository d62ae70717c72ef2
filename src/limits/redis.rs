//! Limits held in Redis, so that every process of a fleet shares its account's: one key per
//! limit and account under a prefix, each changed only by a Lua script (Redis runs a script
//! atomically, so no two processes can read the same state and both act on it).
//!
//! - **Rates** (all requests; call creation): a generic cell-rate algorithm. The key holds the
//!   theoretical arrival time (TAT) of the next request, in microseconds on Redis' clock; a
//!   request reserves `max(TAT, now)` and moves the TAT one interval on, and waits until its
//!   reserved start. Starts are evenly spaced across every process, with no burst saved up.
//! - **Requests in flight**: leases in a sorted set, scored by expiry. A request takes a lease
//!   when fewer than the maximum are unexpired, holds it for the whole exchange, and removes
//!   it after; a process that dies holding leases loses them when they expire (its reserved
//!   start plus its timeout plus a margin, so a live exchange never outlives its lease, however
//!   long it queued behind the CPS).
//!
//! One script does both, so a request costs one Redis round trip to start, and one to give its
//! lease back before its answer is returned (so a process that exits after its last request
//! leaves none behind; a request cancelled in flight gives it back in the background).
//!
//! When Redis does not answer within the budget, the policy decides: `fail_open` uses this
//! process's own limits (and says so in a tracing warning), `fail_closed` refuses the request
//! with [`Error::LimitsUnavailable`] before anything is sent. Either way nothing is sent twice:
//! a request that could not be limited was never sent.

use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use redis::aio::ConnectionManager;
use tokio::sync::OnceCell;

use crate::error::Error;

/// How long a lease outlives the longest exchange, for clocks and scheduling.
const LEASE_MARGIN: Duration = Duration::from_secs(5);

/// How long to wait between tries for a lease while every slot is taken.
const LEASE_POLL: Duration = Duration::from_millis(10);

/// Shared limits in Redis, for
/// [`ClientBuilder::shared_limits`](crate::ClientBuilder::shared_limits) (cargo feature
/// `redis`). The limits themselves are the client's (`max_concurrent_requests`,
/// `max_requests_per_second`, `max_calls_per_second`); this says where they are kept and what
/// happens when Redis does not answer.
///
/// ```
/// use twilio_calls::limits::RedisLimits;
/// let limits = RedisLimits::new("redis://127.0.0.1:6379")
///     .key_prefix("billing-dialer")
///     .fail_closed();
/// ```
#[derive(Clone)]
pub struct RedisLimits {
    url: String,
    prefix: String,
    fail_open: bool,
    budget: Duration,
}

impl fmt::Debug for RedisLimits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The URL may carry a password.
        f.debug_struct("RedisLimits")
            .field("url", &redacted_url(&self.url))
            .field("prefix", &self.prefix)
            .field("fail_open", &self.fail_open)
            .field("budget", &self.budget)
            .finish()
    }
}

impl RedisLimits {
    /// Limits in the Redis at `url` (`redis://host:port/db`, `rediss://` for TLS), under the
    /// prefix `twilio-calls`, failing open, with a budget of 250 ms per Redis call.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            prefix: "twilio-calls".to_owned(),
            fail_open: true,
            budget: Duration::from_millis(250),
        }
    }

    /// The prefix of the keys (`{prefix}:{account SID}:inflight`, `…:rate`, `…:cps`):
    /// processes share limits when they share the Redis, the prefix and the account.
    pub fn key_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// When Redis does not answer in time, use this process's own limits and say so in a
    /// tracing warning (the default): calls keep going, and the fleet may exceed the
    /// account's limits by as many processes as are running while Redis is away.
    pub fn fail_open(mut self) -> Self {
        self.fail_open = true;
        self
    }

    /// When Redis does not answer in time, refuse the request with
    /// [`Error::LimitsUnavailable`] before anything is sent.
    pub fn fail_closed(mut self) -> Self {
        self.fail_open = false;
        self
    }

    /// The longest a Redis call may take before the policy applies (250 ms by default).
    pub fn timeout(mut self, budget: Duration) -> Self {
        self.budget = budget;
        self
    }

    pub(super) fn into_shared(
        self,
        account_sid: &str,
        max_in_flight: usize,
        per_second: Option<f64>,
        calls_per_second: Option<f64>,
        longest_exchange: Duration,
    ) -> Shared {
        let interval = |rate: f64| (1_000_000.0 / rate).round().max(1.0) as u64;
        let key = |limit: &str| format!("{}:{account_sid}:{limit}", self.prefix);
        Shared {
            lease_key: key("inflight"),
            request_key: key("rate"),
            call_key: key("cps"),
            limits: self,
            connection: OnceCell::new(),
            max_in_flight,
            request_interval_us: per_second.map(interval),
            call_interval_us: calls_per_second.map(interval),
            longest_exchange,
            degraded: AtomicBool::new(false),
            next_lease: AtomicU64::new(0),
            take_script: redis::Script::new(TAKE),
            process: crate::retry::random(),
        }
    }
}

/// The limits of one client, in Redis.
pub(crate) struct Shared {
    limits: RedisLimits,
    connection: OnceCell<ConnectionManager>,
    /// The keys, `{prefix}:{account SID}:{inflight|rate|cps}`.
    lease_key: String,
    request_key: String,
    call_key: String,
    max_in_flight: usize,
    request_interval_us: Option<u64>,
    call_interval_us: Option<u64>,
    /// The client's timeout: how long an exchange lasts at most, unless the request sets its
    /// own.
    longest_exchange: Duration,
    /// Whether the last Redis call failed (to warn once per outage, not per request).
    degraded: AtomicBool,
    next_lease: AtomicU64,
    /// Makes this client's lease names unique across processes.
    process: u64,
    /// The script, hashed once (Redis runs it by hash, loading it when it lacks it).
    take_script: redis::Script,
}

impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Shared")
            .field("limits", &self.limits)
            .field("max_in_flight", &self.max_in_flight)
            .finish_non_exhaustive()
    }
}

/// A slot in flight, held in Redis until given back (or until it expires).
pub(crate) struct Lease {
    key: String,
    name: String,
    connection: ConnectionManager,
    /// How long giving it back may take.
    budget: Duration,
}

impl Lease {
    /// Gives the lease back, awaited, so that it is free before the request's answer is
    /// returned: a process that exits right after its last request leaves no lease behind
    /// for the fleet to wait out. Within the budget; if Redis does not answer, the lease
    /// expires by itself.
    pub(crate) async fn give_back(mut self) {
        let (key, name) = (
            std::mem::take(&mut self.key),
            std::mem::take(&mut self.name),
        );
        let mut remove = redis::cmd("ZREM");
        remove.arg(&key).arg(&name);
        let removed = remove.query_async::<i64>(&mut self.connection);
        let _ = tokio::time::timeout(self.budget, removed).await;
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        // Given back already, or dropped unused (a request cancelled while in flight): then
        // in the background; if that fails, the lease expires by itself.
        if self.key.is_empty() {
            return;
        }
        let (key, name, mut connection) = (
            std::mem::take(&mut self.key),
            std::mem::take(&mut self.name),
            self.connection.clone(),
        );
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                let _: Result<i64, _> = redis::cmd("ZREM")
                    .arg(&key)
                    .arg(&name)
                    .query_async(&mut connection)
                    .await;
            });
        }
    }
}

/// Takes a lease when fewer than ARGV[1] are unexpired, and reserves the request's start
/// under the rates, in one atomic step: `{1, µs until the start}` when taken, else `{0, ms
/// until the earliest lease expires}`.
///
/// KEYS: the leases, the request rate, the call rate. ARGV: the most in flight, the lease's
/// length in ms (the longest exchange plus a margin), the lease's name, then the request and
/// call intervals in µs (0: no such rate).
///
/// Rates are a GCRA: a key holds the theoretical arrival time (TAT) of the next start; a
/// request reserves `max(TAT, now)` and moves the TAT one interval on. A call creation
/// reserves under the call rate from its request-rate start. The lease lasts from now until
/// the reserved start plus its length, so a request queued behind the CPS still holds it when
/// its exchange begins.
const TAKE: &str = r"
local now = redis.call('TIME')
local now_us = tonumber(now[1]) * 1000000 + tonumber(now[2])
local now_ms = math.floor(now_us / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, math.max(1, tonumber(first[2]) - now_ms)}
end
local start = now_us
for i, key in ipairs({KEYS[2], KEYS[3]}) do
  local interval = tonumber(ARGV[3 + i])
  if interval > 0 then
    start = math.max(tonumber(redis.call('GET', key) or '0'), start)
    local tat = start + interval
    redis.call('SET', key, tat, 'PX', math.ceil((tat - now_us) / 1000) + 1000)
  end
end
local expires = math.ceil(start / 1000) + tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], expires, ARGV[3])
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], tonumber(last[2]) + 1000)
return {1, start - now_us}
";

impl Shared {
    /// A lease and the rates' start for one request whose exchange may last up to `exchange`
    /// (the client's timeout when `None`): `Some(lease)` once they allow it; `None` when
    /// Redis did not answer and the policy is to fail open.
    pub(crate) async fn acquire(
        &self,
        creates_call: bool,
        exchange: Option<Duration>,
    ) -> Result<Option<Lease>, Error> {
        match self.try_acquire(creates_call, exchange).await {
            Ok(lease) => {
                if self.degraded.swap(false, Ordering::Relaxed) {
                    tracing::warn!("shared limits: Redis answers again; limits are shared again");
                }
                Ok(Some(lease))
            }
            Err(e) if self.limits.fail_open => {
                if !self.degraded.swap(true, Ordering::Relaxed) {
                    tracing::warn!(
                        error = %e,
                        "shared limits: Redis did not answer; using this process's own limits \
                         until it does"
                    );
                }
                Ok(None)
            }
            Err(e) => Err(Error::LimitsUnavailable {
                message: format!("the shared limits' Redis did not answer: {e}"),
            }),
        }
    }

    async fn try_acquire(
        &self,
        creates_call: bool,
        exchange: Option<Duration>,
    ) -> Result<Lease, String> {
        let mut connection = self.connection().await?;
        let name = format!(
            "{:016x}-{}",
            self.process,
            self.next_lease.fetch_add(1, Ordering::Relaxed)
        );
        let lease_ms = (exchange.unwrap_or(self.longest_exchange) + LEASE_MARGIN).as_millis();
        let call_interval_us = self.call_interval_us.filter(|_| creates_call);
        let mut take = self.take_script.prepare_invoke();
        take.key(&self.lease_key)
            .key(&self.request_key)
            .key(&self.call_key)
            .arg(self.max_in_flight)
            .arg(lease_ms as u64)
            .arg(&name)
            .arg(self.request_interval_us.unwrap_or(0))
            .arg(call_interval_us.unwrap_or(0));
        let start_us = loop {
            let call = take.invoke_async::<(i64, i64)>(&mut connection);
            let (taken, wait) = match tokio::time::timeout(self.limits.budget, call).await {
                Ok(Ok(answer)) => answer,
                Ok(Err(e)) => return Err(e.to_string()),
                Err(_) => return Err(format!("no answer within {:?}", self.limits.budget)),
            };
            let wait = wait.max(0) as u64;
            if taken == 1 {
                break wait;
            }
            tokio::time::sleep(LEASE_POLL.min(Duration::from_millis(wait))).await;
        };
        let lease = Lease {
            key: self.lease_key.clone(),
            name,
            connection,
            budget: self.limits.budget,
        };
        // The lease is held while waiting for the start, as the local permit is.
        if start_us > 0 {
            tokio::time::sleep(Duration::from_micros(start_us)).await;
        }
        Ok(lease)
    }

    /// The connection, made on first use (within the budget); a failed attempt is tried
    /// again by the next request.
    async fn connection(&self) -> Result<ConnectionManager, String> {
        let connect = async {
            let client = redis::Client::open(self.limits.url.as_str())
                .map_err(|e| format!("bad Redis URL {}: {e}", redacted_url(&self.limits.url)))?;
            let config = redis::aio::ConnectionManagerConfig::new()
                .set_connection_timeout(self.limits.budget)
                .set_response_timeout(self.limits.budget)
                .set_number_of_retries(1);
            ConnectionManager::new_with_config(client, config)
                .await
                .map_err(|e| e.to_string())
        };
        let connection = tokio::time::timeout(
            self.limits.budget * 4,
            self.connection.get_or_try_init(|| connect),
        )
        .await
        .map_err(|_| format!("could not connect within {:?}", self.limits.budget * 4))??;
        Ok(connection.clone())
    }
}

/// A Redis URL without its password.
fn redacted_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://…@{}", &url[..scheme], &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_the_url_never_shows() {
        let url = "redis://default:hunter2@redis.internal:6379/0";
        assert_eq!(redacted_url(url), "redis://…@redis.internal:6379/0");
        assert_eq!(
            redacted_url("redis://127.0.0.1:6379"),
            "redis://127.0.0.1:6379"
        );
        let shown = format!("{:?}", RedisLimits::new(url));
        assert!(!shown.contains("hunter2"), "{shown}");
    }
}
