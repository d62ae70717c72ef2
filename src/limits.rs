//! The limits every request waits for before it is sent: requests in flight, requests per
//! second, and, for call creation alone, calls per second (Twilio's CPS). Held in this process
//! (`crate::throttle`) unless the client is given shared limits: with the `redis` feature,
//! `RedisLimits` holds them for every process of a fleet, per account, and this process's
//! own limits stand in when Redis cannot answer (if the client's policy says so).

#[cfg(feature = "redis")]
mod redis;

use std::time::Duration;

use tokio::sync::OwnedSemaphorePermit;

use crate::error::Error;
use crate::throttle::{Rate, Throttle};

#[cfg(feature = "redis")]
pub use redis::RedisLimits;

/// The operation Twilio's calls-per-second limit applies to.
const CREATES_CALLS: &str = "CreateCall";

/// Calls are spaced this much wider than the CPS asks: a call leaves at its slot but reaches
/// Twilio a few milliseconds later, by a delay that varies (scheduling, the network), and two
/// calls squeezed together by it would make one second hold one call too many. 4% of the
/// spacing absorbs 40 ms of such jitter over a second at any CPS, for 4% of the rate.
const CALL_SPACING: f64 = 1.04;

/// The rate calls are spaced at for a CPS of `cps` (see [`CALL_SPACING`]).
fn call_rate(cps: f64) -> f64 {
    cps / CALL_SPACING
}

/// One client's limits (shared by its clones).
#[derive(Debug)]
pub(crate) struct Limits {
    local: Throttle,
    /// This process's spacing of call creation (`max_calls_per_second`).
    calls: Option<Rate>,
    #[cfg(feature = "redis")]
    shared: Option<redis::Shared>,
}

/// What a request holds while it is in flight: a slot of this process's, or a lease in
/// Redis (given back by [`release`](Self::release), or in the background when dropped; it
/// expires by itself if this process dies first).
#[must_use]
pub(crate) enum Permit {
    Local(#[allow(dead_code)] OwnedSemaphorePermit),
    #[cfg(feature = "redis")]
    Shared(redis::Lease),
}

impl Permit {
    /// Frees the slot once the exchange is over; a shared lease is given back before this
    /// returns.
    pub(crate) async fn release(self) {
        match self {
            Permit::Local(permit) => drop(permit),
            #[cfg(feature = "redis")]
            Permit::Shared(lease) => lease.give_back().await,
        }
    }
}

/// What the client builder hands over.
pub(crate) struct Settings<'a> {
    pub max_in_flight: usize,
    pub per_second: Option<f64>,
    pub calls_per_second: Option<f64>,
    #[cfg(feature = "redis")]
    pub shared: Option<RedisLimits>,
    /// The account whose limits they are (the shared ones are keyed by it).
    #[cfg_attr(not(feature = "redis"), allow(dead_code))]
    pub account_sid: &'a str,
    /// How long a lease may be held: one attempt's longest (the client's timeout).
    #[cfg_attr(not(feature = "redis"), allow(dead_code))]
    pub longest_exchange: Duration,
}

impl Limits {
    pub(crate) fn new(settings: Settings<'_>) -> Self {
        Self {
            local: Throttle::new(settings.max_in_flight, settings.per_second),
            calls: settings
                .calls_per_second
                .map(|cps| Rate::new(call_rate(cps))),
            #[cfg(feature = "redis")]
            shared: settings.shared.map(|limits| {
                limits.into_shared(
                    settings.account_sid,
                    settings.max_in_flight,
                    settings.per_second,
                    settings.calls_per_second.map(call_rate),
                    settings.longest_exchange,
                )
            }),
        }
    }

    /// Waits until `operation` may be sent: a slot in flight, the next start the request
    /// rate allows, and for a call creation the next the CPS allows. `exchange` is how long
    /// the exchange may last, when the request sets its own timeout.
    pub(crate) async fn acquire(
        &self,
        operation: &str,
        #[cfg_attr(not(feature = "redis"), allow(unused_variables))] exchange: Option<Duration>,
    ) -> Result<Permit, Error> {
        let creates_call = operation == CREATES_CALLS;
        // Without a lease, Redis did not answer and the policy is to fail open: this
        // process's limits apply.
        #[cfg(feature = "redis")]
        if let Some(shared) = &self.shared
            && let Some(lease) = shared.acquire(creates_call, exchange).await?
        {
            return Ok(Permit::Shared(lease));
        }
        let permit = self.local.acquire().await;
        if let (true, Some(calls)) = (creates_call, &self.calls) {
            calls.wait().await;
        }
        Ok(Permit::Local(permit))
    }
}
