//! This process's limits on how fast and how many requests go out: a requests-per-second rate
//! (so that a service stays under its account's limits instead of collecting 429s) and a
//! cap on requests in flight (so that a burst of tasks shares a bounded set of connections).
//! One `Throttle` belongs to a [`Client`](crate::Client) and all of its clones; `crate::limits`
//! decides when it applies.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::Instant;

/// Requests in flight at once, unless configured otherwise: Twilio's default concurrency
/// limit per account is of this order, and it bounds the connections one client opens.
pub const DEFAULT_MAX_CONCURRENT_REQUESTS: usize = 100;

#[derive(Debug)]
pub(crate) struct Throttle {
    in_flight: Arc<Semaphore>,
    rate: Option<Rate>,
}

/// Evenly spaced start times: each request takes the next free slot, `interval` after the
/// previous one.
#[derive(Debug)]
pub(crate) struct Rate {
    interval: Duration,
    next_slot: Mutex<Option<Instant>>,
}

impl Throttle {
    /// `per_second` must be finite and positive, `max_in_flight` positive (checked by the
    /// client builder).
    pub(crate) fn new(max_in_flight: usize, per_second: Option<f64>) -> Self {
        Self {
            in_flight: Arc::new(Semaphore::new(max_in_flight.min(Semaphore::MAX_PERMITS))),
            rate: per_second.map(Rate::new),
        }
    }

    /// Waits for a free slot in flight, then for the next start time the rate allows.
    pub(crate) async fn acquire(&self) -> OwnedSemaphorePermit {
        let permit = Arc::clone(&self.in_flight)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        if let Some(rate) = &self.rate {
            rate.wait().await;
        }
        permit
    }
}

impl Rate {
    /// `per_second` is finite and positive (checked by the client builder).
    pub(crate) fn new(per_second: f64) -> Self {
        Self {
            interval: Duration::from_secs_f64(1.0 / per_second),
            next_slot: Mutex::new(None),
        }
    }

    /// Waits for the next start time this rate allows.
    pub(crate) async fn wait(&self) {
        let now = Instant::now();
        let start = self.reserve(now);
        // A timer rounds up to the next millisecond tick: never arm one to wait for nothing.
        if start > now {
            tokio::time::sleep_until(start).await;
        }
    }

    /// Reserves the next start time at or after `now`.
    fn reserve(&self, now: Instant) -> Instant {
        let mut next = self.next_slot.lock().unwrap_or_else(|e| e.into_inner());
        let start = next.map_or(now, |slot| slot.max(now));
        *next = Some(start + self.interval);
        start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_spaced_by_the_interval_and_never_in_the_past() {
        let rate = Rate {
            interval: Duration::from_millis(100),
            next_slot: Mutex::new(None),
        };
        let t0 = Instant::now();
        let slots: Vec<_> = (0..3).map(|_| rate.reserve(t0) - t0).collect();
        assert_eq!(slots, [0, 100, 200].map(Duration::from_millis));
        // After a quiet spell, the next request may start at once (no burst is saved up).
        let later = t0 + Duration::from_secs(5);
        assert_eq!(rate.reserve(later), later);
        assert_eq!(rate.reserve(later) - later, Duration::from_millis(100));
    }
}
