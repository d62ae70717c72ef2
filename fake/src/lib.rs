//! FakeTwilio: a local Twilio for testing apps built on `twilio-calls`, with no account.
//!
//! It is a real HTTP server on loopback, so anything that speaks HTTP can use it: this
//! crate's [`Client`], curl, or Twilio's own Python and Node SDKs. It serves the 24 Calls
//! operations on Twilio's paths with Twilio's encodings, JSON shapes and error bodies; runs
//! each call through Twilio's lifecycle (`queued` → `ringing` → `in-progress` →
//! `completed`, or `busy`/`no-answer`/`failed`/`canceled`) on its own clock or under a
//! test's control; sends signed status callbacks; answers the test credentials' magic
//! numbers ([`MAGIC_NUMBERS`]); and records everything it receives, with scripted faults
//! ([`Fault`]) for testing retries.
//!
//! ```
//! use twilio_calls::CallStatus;
//! use twilio_calls_fake::{FakeTwilio, Lifecycle};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let fake = FakeTwilio::builder().lifecycle(Lifecycle::manual()).start().await?;
//! let client = fake.client();
//!
//! let call = client.calls().create()
//!     .to("+15558675310").from("+15005550006").url("https://example.com/twiml")
//!     .send().await?;
//! let sid = call.sid.clone();
//! assert_eq!(call.status, Some(CallStatus::Queued));
//!
//! fake.advance(&sid, CallStatus::InProgress).await?;
//! let call = client.calls().update(&sid).status("completed").send().await?;
//! assert_eq!(call.status, Some(CallStatus::Completed));
//! # Ok(()) }
//! ```
//!
//! # Call flows
//!
//! It also runs the TwiML your app serves, as Twilio does: it asks your voice URL (signed,
//! with Twilio's parameters), executes the verbs, requests each action, falls back and
//! reports Twilio's errors. A [`Caller`] acts as the person on the phone, on a virtual
//! clock: a 30-second pause costs nothing.
//! [`FakeTwilio::add_number`] and [`FakeTwilio::incoming_call`] make an inbound call to your
//! app; [`FakeTwilio::answer`] answers one created through the API.
//!
//! ```
//! use std::time::Duration;
//! use twilio_calls_fake::{FakeTwilio, Lifecycle};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let fake = FakeTwilio::builder().lifecycle(Lifecycle::manual()).start().await?;
//! let call = fake.client().calls().create()
//!     .to("+15558675310").from("+15005550006")
//!     .twiml("<Response><Say>Hello.</Say><Pause length=\"30\"/><Say>Still there?</Say></Response>")
//!     .send().await?;
//!
//! let mut caller = fake.answer(&call.sid).await?;
//! caller.expect_say("Hello").await?;
//! let said = caller.expect_say("Still there").await?;
//! assert_eq!(said.at, Duration::from_secs(30));
//! caller.expect_hangup().await?;
//! # Ok(()) }
//! ```
//!
//! # Real-time voice
//!
//! `<Connect><Stream>`, `<Start><Stream>` (and streams created through the REST API) and
//! `<Connect><ConversationRelay>` open a WebSocket to the app, signed, and speak Twilio's
//! protocols: [`Caller::send_audio`] is what the caller says into a stream,
//! [`Caller::heard_audio`] what the app played back; [`Caller::speak`] becomes a
//! ConversationRelay `prompt`, and the agent's answers are what [`Caller::expect_say`] hears.
//! While a WebSocket is open the call's clock runs at real speed. The fake connects to the
//! URL as given, `ws://` on loopback included (Twilio opens only `wss://`).
//!
//! The fake parses requests with its own code and builds its pages itself; it shares only the
//! public response types with the client, so a wire bug in the client cannot be hidden by the
//! same bug here.
//!
//! [`Client`]: twilio_calls::Client

// Uses the SDK only through its public API, as any user crate does.

// The parts: the HTTP API (requests in, Twilio's answers out), call state and lifecycle,
// the subresources inside a call, the account's numbers, the outgoing webhooks (status
// callbacks and the requests for TwiML), the TwiML reader and engine, the scripted caller
// and its transcript; and what they share.
mod auth;
mod call_flows;
mod call_state;
mod caller;
mod engine;
mod faults;
mod http_api;
mod list;
mod magic;
mod numbers;
mod realtime;
mod subresources;
pub mod transcript;
pub mod twiml;
mod webhooks;

use std::fmt;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use twilio_calls::{Call, CallStatus, Client};

pub use call_state::{AdvanceError, Instructions, Outcome};
pub use caller::{Caller, CallerError, DialOutcome};
pub use faults::Fault;
pub use magic::{MAGIC_NUMBERS, MagicNumber, MagicParameter};
pub use numbers::IncomingNumber;
pub use webhooks::CallbackDelivery;

use call_state::Store;

/// The API version the fake serves, as Twilio writes it.
const API_VERSION: &str = "2010-04-01";

/// How fast calls move through their lifecycle on their own.
///
/// [`Lifecycle::default`] is a short, real-time call: queued for 1 s, ringing for 3 s, in
/// progress for 10 s. [`Lifecycle::manual`] moves nothing on its own: the test drives each call
/// with [`FakeTwilio::advance`] (or hangs it up through the API).
///
/// ```
/// use std::time::Duration;
/// use twilio_calls_fake::Lifecycle;
///
/// // Ring for two seconds, then stay connected until hung up, all ten times faster.
/// let lifecycle = Lifecycle::timed(Duration::ZERO, Duration::from_secs(2), None).speed(10.0);
/// assert_eq!(lifecycle.ringing(), Some(Duration::from_millis(200)));
/// assert_eq!(lifecycle.in_progress(), None);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Lifecycle {
    queued: Option<Duration>,
    ringing: Option<Duration>,
    in_progress: Option<Duration>,
    speed: f64,
}

impl Default for Lifecycle {
    fn default() -> Self {
        Self::timed(
            Duration::from_secs(1),
            Duration::from_secs(3),
            Some(Duration::from_secs(10)),
        )
    }
}

impl Lifecycle {
    /// Nothing moves unless the test calls [`FakeTwilio::advance`] or updates the call.
    pub fn manual() -> Self {
        Self {
            queued: None,
            ringing: None,
            in_progress: None,
            speed: 1.0,
        }
    }

    /// Calls wait `queued`, ring for `ringing`, then end as scripted ([`Outcome`]); answered
    /// calls last `in_progress`, or until hung up when `None`.
    pub fn timed(queued: Duration, ringing: Duration, in_progress: Option<Duration>) -> Self {
        Self {
            queued: Some(queued),
            ringing: Some(ringing),
            in_progress,
            speed: 1.0,
        }
    }

    /// Runs the clock `factor` times faster (`0.5` is half speed). A factor that is not a
    /// positive finite number leaves the speed unchanged.
    pub fn speed(mut self, factor: f64) -> Self {
        if factor.is_finite() && factor > 0.0 {
            self.speed *= factor;
        }
        self
    }

    /// How long a call stays queued, at this speed.
    pub fn queued(&self) -> Option<Duration> {
        self.scaled(self.queued)
    }

    /// How long a call rings, at this speed.
    pub fn ringing(&self) -> Option<Duration> {
        self.scaled(self.ringing)
    }

    /// How long an answered call lasts, at this speed.
    pub fn in_progress(&self) -> Option<Duration> {
        self.scaled(self.in_progress)
    }

    fn scaled(&self, d: Option<Duration>) -> Option<Duration> {
        d.map(|d| d.div_f64(self.speed))
    }

    /// How long a call stays in `status` before moving on by itself.
    fn dwell(&self, status: &CallStatus) -> Option<Duration> {
        match status {
            CallStatus::Queued => self.queued(),
            CallStatus::Ringing => self.ringing(),
            CallStatus::InProgress => self.in_progress(),
            _ => None,
        }
    }
}

/// Configures a [`FakeTwilio`] before it starts.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// let fake = twilio_calls_fake::FakeTwilio::builder()
///     .account_sid("AC00000000000000000000000000000001")
///     .auth_token("0123456789abcdef0123456789abcdef")
///     .start()
///     .await?;
/// assert_eq!(fake.account_sid(), "AC00000000000000000000000000000001");
/// # Ok(()) }
/// ```
#[derive(Clone, Default)]
pub struct FakeTwilioBuilder {
    account_sid: Option<String>,
    auth_token: Option<String>,
    lifecycle: Lifecycle,
    subaccounts: Vec<String>,
    client_validation: Option<String>,
    oauth_token_ttl: Option<Duration>,
    max_concurrent_requests: Option<usize>,
    calls_per_second: Option<f64>,
    latency: Duration,
    webhook_timeout: Option<Duration>,
}

impl fmt::Debug for FakeTwilioBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeTwilioBuilder")
            .field("account_sid", &self.account_sid)
            .field(
                "auth_token",
                &self.auth_token.as_ref().map(|_| "[redacted]"),
            )
            .field("lifecycle", &self.lifecycle)
            .field("subaccounts", &self.subaccounts)
            .field("client_validation", &self.client_validation.is_some())
            .field("oauth_token_ttl", &self.oauth_token_ttl)
            .finish()
    }
}

impl FakeTwilioBuilder {
    /// Requires Public Key Client Validation, as an account that enforces it does: every API
    /// request must carry a `Twilio-Client-Validation` JWT signed with the private half of
    /// `public_key_pem` (`BEGIN PUBLIC KEY`), registered under the credential SID
    /// [`FakeTwilio::credential_sid`] gives; issued by the API key that authenticates the
    /// request, unexpired on the fake's clock, and hashing the request as it arrived. A
    /// missing or broken one is refused with 401: 20151 (missing, expired, bad signature,
    /// request changed), 20152 (header), 20153 (issuer or subject).
    pub fn require_client_validation(mut self, public_key_pem: impl Into<String>) -> Self {
        self.client_validation = Some(public_key_pem.into());
        self
    }

    /// Enforces the account's concurrency limit as Twilio does: a request arriving while
    /// `max` are in flight is refused with 429 (20429) and `Twilio-Concurrent-Requests`, not
    /// processed. [`FakeTwilio::limits_seen`] tells what it saw.
    pub fn max_concurrent_requests(mut self, max: usize) -> Self {
        self.max_concurrent_requests = Some(max);
        self
    }

    /// Answers every API request `latency` after it arrives (in flight meanwhile), as a
    /// distant Twilio would: for tests of concurrency.
    pub fn latency(mut self, latency: Duration) -> Self {
        self.latency = latency;
        self
    }

    /// Dials at most `cps` calls per second, as an account's CPS: a call created faster
    /// stays `queued` until its slot (the lifecycle's own queued time starts then).
    pub fn calls_per_second(mut self, cps: f64) -> Self {
        self.calls_per_second = Some(cps);
        self
    }

    /// How long the access tokens of the fake's OAuth token endpoint live (an hour by
    /// default), on the fake's clock ([`FakeTwilio::advance_clock`]).
    pub fn oauth_token_ttl(mut self, ttl: Duration) -> Self {
        self.oauth_token_ttl = Some(ttl);
        self
    }

    /// The account SID the fake accepts (`AC` + 32 hex digits); a random one by default.
    pub fn account_sid(mut self, sid: impl Into<String>) -> Self {
        self.account_sid = Some(sid.into());
        self
    }

    /// The auth token the fake accepts and signs callbacks with; a random one by default.
    pub fn auth_token(mut self, token: impl Into<String>) -> Self {
        self.auth_token = Some(token.into());
        self
    }

    /// How long a request for TwiML may take, connection included, before it fails with
    /// 11205: Twilio's 15 s unless set (a test of that error need not wait 15 s).
    pub fn webhook_timeout(mut self, timeout: Duration) -> Self {
        self.webhook_timeout = Some(timeout);
        self
    }

    /// How calls move on their own; [`Lifecycle::default`] unless set.
    pub fn lifecycle(mut self, lifecycle: Lifecycle) -> Self {
        self.lifecycle = lifecycle;
        self
    }

    /// A subaccount the main credentials may also use (see also
    /// [`FakeTwilio::add_subaccount`]).
    pub fn subaccount(mut self, sid: impl Into<String>) -> Self {
        self.subaccounts.push(sid.into());
        self
    }

    /// Starts on `127.0.0.1`, on a free port.
    pub async fn start(self) -> std::io::Result<FakeTwilio> {
        self.start_on(SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts on `addr` (port 0 picks a free one).
    pub async fn start_on(self, addr: SocketAddr) -> std::io::Result<FakeTwilio> {
        let invalid =
            |message: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, message);
        let account_sid = self
            .account_sid
            .unwrap_or_else(|| call_state::new_sid("AC"));
        let mut accounts = vec![account_sid];
        accounts.extend(self.subaccounts);
        for sid in &accounts {
            if !call_state::is_sid(sid, "AC") {
                return Err(invalid(format!(
                    "account SID {sid:?} must be AC followed by 32 hex digits"
                )));
            }
        }
        let auth_token = self.auth_token.unwrap_or_else(call_state::new_secret);
        if auth_token.is_empty() {
            return Err(invalid("the auth token must not be empty".into()));
        }
        let mut store = Store::new(accounts);
        for sid in &store.accounts.clone()[1..] {
            store
                .credentials
                .subaccount_tokens
                .insert(sid.clone(), call_state::new_secret());
        }
        store.credentials.token_ttl = self.oauth_token_ttl.unwrap_or(Duration::from_secs(3600));
        store.limits.max_in_flight = self.max_concurrent_requests;
        store.limits.latency = self.latency;
        if let Some(cps) = self
            .calls_per_second
            .filter(|c| !(c.is_finite() && *c > 0.0))
        {
            return Err(invalid(format!(
                "calls per second must be positive, got {cps}"
            )));
        }
        store.limits.calls_per_second = self.calls_per_second;
        if let Some(pem) = self.client_validation {
            let der = auth::public_key_der(&pem).map_err(invalid)?;
            store.credentials.client_validation = Some((call_state::new_sid("CR"), der));
        }
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let inner = Arc::new(Inner {
            validator: twilio_calls::webhook::RequestValidator::new(auth_token.as_str()),
            auth_token,
            lifecycle: self.lifecycle,
            store: Mutex::new(store),
            tasks: Mutex::new(Some(tokio::task::JoinSet::new())),
            settled: tokio::sync::Notify::new(),
            connections: AtomicUsize::new(0),
            in_flight: AtomicUsize::new(0),
            webhook_timeout: self.webhook_timeout.unwrap_or(Duration::from_secs(15)),
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(15))
                // Redirects are followed by hand, each hop signed as Twilio signs it.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(std::io::Error::other)?,
        });
        inner.spawn(http_api::serve(listener, inner.clone()));
        Ok(FakeTwilio {
            base_url: format!("http://{addr}"),
            addr,
            inner,
        })
    }
}

/// A local, in-process Twilio Calls API. Shuts down when dropped.
///
/// See the [module docs](self) for what it implements.
pub struct FakeTwilio {
    inner: Arc<Inner>,
    addr: SocketAddr,
    base_url: String,
}

impl fmt::Debug for FakeTwilio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeTwilio")
            .field("base_url", &self.base_url)
            .field("account_sid", &self.account_sid())
            .field("auth_token", &"[redacted]")
            .finish()
    }
}

impl Drop for FakeTwilio {
    fn drop(&mut self) {
        // The server, its connections, the lifecycle timers and callback deliveries all run
        // in this set; they hold the state, so they must be stopped for it to be freed.
        if let Some(mut tasks) = self
            .inner
            .tasks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            tasks.abort_all();
        }
    }
}

impl FakeTwilio {
    /// Starts with random credentials and the [default lifecycle](Lifecycle::default) on
    /// `127.0.0.1`, on a free port.
    pub async fn start() -> std::io::Result<Self> {
        Self::builder().start().await
    }

    /// Starts with random credentials on `addr`.
    pub async fn start_on(addr: SocketAddr) -> std::io::Result<Self> {
        Self::builder().start_on(addr).await
    }

    /// Configures credentials, lifecycle and subaccounts first.
    pub fn builder() -> FakeTwilioBuilder {
        FakeTwilioBuilder::default()
    }

    /// `http://127.0.0.1:{port}`: give it to [`ClientBuilder::base_url`] or `TWILIO_BASE_URL`.
    ///
    /// [`ClientBuilder::base_url`]: twilio_calls::ClientBuilder::base_url
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The address the server listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The main account's SID.
    pub fn account_sid(&self) -> String {
        self.inner.store().accounts[0].clone()
    }

    /// The auth token it accepts, and signs status callbacks with.
    pub fn auth_token(&self) -> &str {
        &self.inner.auth_token
    }

    /// A [`Client`] for the main account, pointed at this fake.
    pub fn client(&self) -> Client {
        Client::builder()
            .account_sid(self.account_sid())
            .auth_token(self.auth_token())
            .base_url(self.base_url())
            .build()
            .expect("the fake's own SID, token and loopback URL are valid client settings")
    }

    /// Creates an API key for the main account and returns its SID and secret, for
    /// [`ClientBuilder::api_key`](twilio_calls::ClientBuilder::api_key).
    pub fn add_api_key(&self) -> (String, String) {
        let (sid, secret) = (call_state::new_sid("SK"), call_state::new_secret());
        self.inner
            .store()
            .api_keys
            .insert(sid.clone(), secret.clone());
        (sid, secret)
    }

    /// Creates a subaccount the main credentials may use, and returns its SID. It has an
    /// auth token of its own ([`auth_token_of`](Self::auth_token_of)), which reaches only it.
    pub fn add_subaccount(&self) -> String {
        let sid = call_state::new_sid("AC");
        let mut store = self.inner.store();
        store.accounts.push(sid.clone());
        let token = call_state::new_secret();
        store
            .credentials
            .subaccount_tokens
            .insert(sid.clone(), token);
        sid
    }

    /// The auth token of subaccount `sid` (`None` for an account that is not one of this
    /// fake's subaccounts): with it, requests reach that subaccount and nothing else.
    pub fn auth_token_of(&self, sid: &str) -> Option<String> {
        self.inner
            .store()
            .credentials
            .subaccount_tokens
            .get(sid)
            .cloned()
    }

    /// Creates OAuth client credentials for the main account and returns the client ID and
    /// secret, for [`ClientBuilder::oauth_client_credentials`](twilio_calls::ClientBuilder::oauth_client_credentials)
    /// with [`oauth_base_url`](twilio_calls::ClientBuilder::oauth_base_url) set to
    /// [`base_url`](Self::base_url): the fake serves the token endpoint (`POST /v2/token`)
    /// and accepts the bearer tokens it issues until they expire on its clock.
    pub fn add_oauth_client(&self) -> (String, String) {
        let (id, secret) = (call_state::new_sid("OQ"), call_state::new_secret());
        let mut store = self.inner.store();
        store
            .credentials
            .oauth_clients
            .insert(id.clone(), secret.clone());
        (id, secret)
    }

    /// What the account's limits saw: the most requests in flight at once, how many were
    /// refused for concurrency (429), and when each CreateCall arrived (since the fake
    /// started).
    pub fn limits_seen(&self) -> LimitsSeen {
        let store = self.inner.store();
        LimitsSeen {
            most_in_flight: store.limits.most_in_flight,
            refused: store.limits.refused,
            creations: store.limits.creations.clone(),
        }
    }

    /// How many requests reached the token endpoint.
    pub fn oauth_token_requests(&self) -> usize {
        self.inner.store().credentials.token_requests
    }

    /// Moves the fake's clock forward by `by`, for what expires: access tokens and client
    /// validation JWTs. (The call lifecycle keeps its own timers.)
    pub fn advance_clock(&self, by: Duration) {
        self.inner.store().credentials.clock_offset += by;
    }

    /// The credential SID (`CR…`) of the public key given to
    /// [`require_client_validation`](FakeTwilioBuilder::require_client_validation), for
    /// [`ClientBuilder::client_validation`](twilio_calls::ClientBuilder::client_validation).
    pub fn credential_sid(&self) -> Option<String> {
        let store = self.inner.store();
        store
            .credentials
            .client_validation
            .as_ref()
            .map(|(sid, _)| sid.clone())
    }

    /// Every call held (not deleted), newest first, as the API would return it.
    pub fn calls(&self) -> Vec<Call> {
        let store = self.inner.store();
        store.newest_first().map(|c| c.to_call()).collect()
    }

    /// One call, as the API would return it.
    pub fn call(&self, sid: &str) -> Option<Call> {
        self.inner.store().find(sid).map(|c| c.to_call())
    }

    /// What the call will execute: the `Url`, `Twiml` or `ApplicationSid` it was created with,
    /// or the latest redirect.
    pub fn instructions(&self, sid: &str) -> Option<Instructions> {
        self.inner.store().find(sid).map(|c| c.instructions.clone())
    }

    /// Makes calls to `to` end with `outcome` when their lifecycle runs on its own
    /// ([`Outcome::Answer`] for every number not scripted).
    pub fn script(&self, to: impl Into<String>, outcome: Outcome) {
        self.inner.store().scripts.insert(to.into(), outcome);
    }

    /// Moves a call to `status` now, through the states in between (a queued call advanced
    /// to `in-progress` rings first), sending the status callbacks it asked for, and returns
    /// once they have been delivered (or have failed).
    pub async fn advance(&self, sid: &str, status: CallStatus) -> Result<Call, AdvanceError> {
        let call = self.inner.advance(sid, status)?;
        self.inner.settle(Some(sid)).await;
        Ok(call)
    }

    /// Waits until every status callback sent so far has been delivered or has failed.
    pub async fn settle(&self) {
        self.inner.settle(None).await;
    }

    /// How many TCP connections clients have opened to the fake so far: with keep-alive,
    /// far fewer than the requests.
    pub fn connections(&self) -> usize {
        self.inner.connections.load(Ordering::Relaxed)
    }

    /// Every request received, in order, with the fault it met if any. `Authorization` is
    /// never recorded.
    pub fn requests(&self) -> Vec<ReceivedRequest> {
        self.inner.store().requests.clone()
    }

    /// The requests received since the last call of this, forgetting them: for asserting on
    /// one step of a test at a time, or keeping a long-running fake's memory flat.
    pub fn take_requests(&self) -> Vec<ReceivedRequest> {
        std::mem::take(&mut self.inner.store().requests)
    }

    /// Every status callback attempted, in order.
    pub fn callbacks(&self) -> Vec<CallbackDelivery> {
        self.inner.store().deliveries.clone()
    }

    /// The next `times` requests meet `fault` instead of (or, for [`Fault::Delay`] and
    /// [`Fault::DropAfterProcessing`], around) the normal answer. Faults queue up in order.
    pub fn fail_next(&self, times: usize, fault: Fault) {
        let mut store = self.inner.store();
        store.faults.extend(std::iter::repeat_n(fault, times));
    }
}

/// What the account's limits saw ([`FakeTwilio::limits_seen`]).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct LimitsSeen {
    /// The most requests in flight at once.
    pub most_in_flight: usize,
    /// Requests refused with 429 (20429) for concurrency.
    pub refused: usize,
    /// When each CreateCall arrived, since the fake started, in arrival order.
    pub creations: Vec<Duration>,
}

impl LimitsSeen {
    /// The most calls created within any window of `width` (half-open, starting at a
    /// creation).
    pub fn most_created_within(&self, width: Duration) -> usize {
        let times = &self.creations;
        (0..times.len())
            .map(|i| {
                times[i..]
                    .iter()
                    .take_while(|t| **t < times[i] + width)
                    .count()
            })
            .max()
            .unwrap_or(0)
    }
}

/// A request as the fake received it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReceivedRequest {
    /// `GET`, `POST`, `DELETE`, …
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query string's pairs, decoded, in order.
    pub query: Vec<(String, String)>,
    /// The form body's pairs, decoded, in order (empty for other bodies).
    pub form: Vec<(String, String)>,
    /// The request's headers except `Authorization`, names lower-cased.
    pub headers: Vec<(String, String)>,
    /// The scripted fault this request met, if any.
    pub fault: Option<Fault>,
}

impl ReceivedRequest {
    /// Every value of form parameter `name`, in order.
    pub fn form_values(&self, name: &str) -> Vec<&str> {
        values(&self.form, name)
    }

    /// Every value of query parameter `name`, in order.
    pub fn query_values(&self, name: &str) -> Vec<&str> {
        values(&self.query, name)
    }

    /// The value of header `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn values<'a>(pairs: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

/// What the server, the timers and the deliveries share.
struct Inner {
    auth_token: String,
    /// Signs status callbacks with `auth_token`.
    validator: twilio_calls::webhook::RequestValidator,
    lifecycle: Lifecycle,
    store: Mutex<Store>,
    /// `None` once shut down.
    tasks: Mutex<Option<tokio::task::JoinSet<()>>>,
    /// Woken whenever a callback delivery finishes.
    settled: tokio::sync::Notify,
    http: reqwest::Client,
    /// TCP connections accepted so far.
    connections: AtomicUsize,
    /// Requests being answered right now (Twilio's `Twilio-Concurrent-Requests`).
    in_flight: AtomicUsize,
    /// How long a request for TwiML (or a WebSocket handshake) may take.
    webhook_timeout: Duration,
}

impl Inner {
    fn store(&self) -> MutexGuard<'_, Store> {
        // A panic while holding the lock leaves plain data behind; keep serving it.
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn spawn(&self, task: impl Future<Output = ()> + Send + 'static) {
        if let Some(tasks) = self
            .tasks
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_mut()
        {
            while tasks.try_join_next().is_some() {}
            tasks.spawn(task);
        }
    }
}
