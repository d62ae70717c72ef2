//! The calls the fake holds and their lifecycle: which status follows which, what each
//! transition stamps on the call, and which status callbacks it owes.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use std::time::SystemTime;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use twilio_calls::{AnsweredBy, Call, CallDirection, CallStatus, Timestamp};

use super::webhooks::{Outbox, PendingCallback};
use super::{API_VERSION, Fault, Inner, ReceivedRequest};

/// How a call ends when its lifecycle runs on its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Outcome {
    /// Answered, then completed.
    #[default]
    Answer,
    /// `busy` after ringing.
    Busy,
    /// `no-answer` after ringing.
    NoAnswer,
    /// `failed` instead of ringing.
    Failed,
}

/// What a call executes when answered.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Instructions {
    /// TwiML fetched from `url` with `method`.
    Url {
        /// The URL.
        url: String,
        /// `GET` or `POST`.
        method: String,
    },
    /// TwiML given inline.
    Twiml(String),
    /// The TwiML application with this SID.
    Application(String),
}

/// Why [`FakeTwilio::advance`](super::FakeTwilio::advance) refused.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AdvanceError {
    /// No call has this SID (or it was deleted).
    UnknownCall(String),
    /// A call cannot go from `from` to `to` (it has ended, or `to` is behind it).
    InvalidTransition {
        /// The call's status.
        from: CallStatus,
        /// The status asked for.
        to: CallStatus,
    },
}

impl fmt::Display for AdvanceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownCall(sid) => write!(f, "the fake holds no call {sid}"),
            Self::InvalidTransition { from, to } => {
                write!(f, "a call that is {from} cannot become {to}")
            }
        }
    }
}

impl std::error::Error for AdvanceError {}

/// Everything the fake holds, behind one lock.
pub(super) struct Store {
    /// The main account first, then its subaccounts.
    pub accounts: Vec<String>,
    /// API key SID → secret, for the main account.
    pub api_keys: HashMap<String, String>,
    /// Calls not deleted, by creation order (oldest first).
    pub calls: BTreeMap<u64, CallEntry>,
    /// Creation order of every SID ever issued, so page tokens survive deletions.
    pub order: HashMap<String, u64>,
    next_order: u64,
    pub scripts: HashMap<String, Outcome>,
    pub requests: Vec<ReceivedRequest>,
    pub deliveries: Vec<super::CallbackDelivery>,
    pub faults: VecDeque<Fault>,
    /// Status callbacks not yet delivered, per call SID, in order.
    pub outboxes: HashMap<String, Outbox>,
    /// What happens inside each call (recordings, streams, …), by call SID.
    pub inside: super::subresources::Insides,
    /// Credentials beyond the main account's auth token, and the fake's clock.
    pub credentials: super::auth::Credentials,
    /// The account's limits, and what they saw.
    pub limits: AccountLimits,
    /// The account's phone numbers, by number.
    pub numbers: HashMap<String, super::IncomingNumber>,
    /// The calls the TwiML engine runs now, by SID.
    pub sessions: HashMap<String, Arc<super::engine::Shared>>,
    /// Unidirectional media streams running.
    pub media_streams: Vec<super::realtime::OpenStream>,
}

/// Twilio's per-account limits, when the fake is asked to enforce them.
#[derive(Debug)]
pub(super) struct AccountLimits {
    /// Requests in flight at once; more are refused with 429 (20429).
    pub max_in_flight: Option<usize>,
    /// Calls dialled per second; calls created faster wait in `queued` for their turn.
    pub calls_per_second: Option<f64>,
    /// When the next call may be dialled.
    pub next_dial: Option<tokio::time::Instant>,
    /// The most requests seen in flight at once.
    pub most_in_flight: usize,
    /// Requests refused for concurrency.
    pub refused: usize,
    /// When each CreateCall arrived, since the fake started.
    pub creations: Vec<Duration>,
    pub started: tokio::time::Instant,
    /// How long every API request takes to be answered.
    pub latency: Duration,
}

impl Default for AccountLimits {
    fn default() -> Self {
        Self {
            max_in_flight: None,
            calls_per_second: None,
            next_dial: None,
            most_in_flight: 0,
            refused: 0,
            creations: Vec::new(),
            started: tokio::time::Instant::now(),
            latency: Duration::ZERO,
        }
    }
}

impl AccountLimits {
    /// Records a call's creation; returns how long it waits in `queued` for its dialling
    /// slot beyond the lifecycle's own time.
    pub fn created(&mut self) -> Duration {
        let now = tokio::time::Instant::now();
        self.creations.push(now - self.started);
        let Some(cps) = self.calls_per_second else {
            return Duration::ZERO;
        };
        let slot = self.next_dial.map_or(now, |next| next.max(now));
        self.next_dial = Some(slot + Duration::from_secs_f64(1.0 / cps));
        slot - now
    }
}

impl Store {
    pub fn new(accounts: Vec<String>) -> Self {
        Self {
            accounts,
            api_keys: HashMap::new(),
            calls: BTreeMap::new(),
            order: HashMap::new(),
            next_order: 0,
            scripts: HashMap::new(),
            requests: Vec::new(),
            deliveries: Vec::new(),
            faults: VecDeque::new(),
            outboxes: HashMap::new(),
            inside: HashMap::new(),
            credentials: Default::default(),
            limits: AccountLimits::default(),
            numbers: HashMap::new(),
            sessions: HashMap::new(),
            media_streams: Vec::new(),
        }
    }

    pub fn find(&self, sid: &str) -> Option<&CallEntry> {
        self.calls.get(self.order.get(sid)?)
    }

    pub fn find_mut(&mut self, sid: &str) -> Option<&mut CallEntry> {
        self.calls.get_mut(self.order.get(sid)?)
    }

    pub fn insert(&mut self, mut call: CallEntry) -> &CallEntry {
        let order = self.next_order;
        self.next_order += 1;
        call.order = order;
        self.order.insert(call.sid.clone(), order);
        self.calls.entry(order).or_insert(call)
    }

    pub fn remove(&mut self, sid: &str) -> bool {
        self.inside.remove(sid);
        self.order
            .get(sid)
            .is_some_and(|order| self.calls.remove(order).is_some())
    }

    /// Calls not deleted, newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &CallEntry> {
        self.calls.values().rev()
    }
}

/// Where a call's status callbacks go.
#[derive(Clone, Debug)]
pub(super) struct StatusCallbackTarget {
    pub url: String,
    pub method: String,
    /// `initiated`, `ringing`, `answered`, `completed`.
    pub events: Vec<String>,
}

/// One call and everything the fake knows about it.
#[derive(Clone, Debug)]
pub(super) struct CallEntry {
    pub order: u64,
    pub account_sid: String,
    pub sid: String,
    pub to: String,
    pub from: String,
    pub status: CallStatus,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
    pub queue_time_ms: Option<i64>,
    pub answered_by: Option<AnsweredBy>,
    pub machine_detection: bool,
    pub instructions: Instructions,
    pub status_callback: Option<StatusCallbackTarget>,
    /// The next callback's `SequenceNumber`.
    pub sequence: u32,
    /// Bumped on every transition, so a timer set for an earlier status does nothing.
    pub generation: u64,
    pub direction: CallDirection,
    /// The call whose `<Dial>` created this one.
    pub parent_call_sid: Option<String>,
    /// `FallbackUrl` and `FallbackMethod`.
    pub fallback: Option<(String, String)>,
    /// Seconds in progress on the TwiML engine's virtual clock, once ended: the duration
    /// reported instead of the wall clock's.
    pub virtual_duration: Option<i64>,
    /// The TwiML engine drives this call: the lifecycle's timers leave it alone.
    pub driven: bool,
}

impl CallEntry {
    pub fn new(
        account_sid: &str,
        to: String,
        from: String,
        instructions: Instructions,
        status_callback: Option<StatusCallbackTarget>,
        machine_detection: bool,
    ) -> Self {
        let now = now();
        Self {
            order: 0,
            account_sid: account_sid.to_owned(),
            sid: new_sid("CA"),
            to,
            from,
            status: CallStatus::Queued,
            created: now,
            updated: now,
            start: None,
            end: None,
            queue_time_ms: None,
            answered_by: None,
            machine_detection,
            instructions,
            status_callback,
            sequence: 0,
            generation: 0,
            direction: CallDirection::OutboundApi,
            parent_call_sid: None,
            fallback: None,
            virtual_duration: None,
            driven: false,
        }
    }

    pub fn uri(&self) -> String {
        format!(
            "/{API_VERSION}/Accounts/{}/Calls/{}.json",
            self.account_sid, self.sid
        )
    }

    /// The call as the API returns it, built from the generated type.
    pub fn to_call(&self) -> Call {
        let sub = |name: &str| {
            serde_json::Value::String(format!(
                "/{API_VERSION}/Accounts/{}/Calls/{}/{name}.json",
                self.account_sid, self.sid
            ))
        };
        let subresource_uris = [
            "feedback",
            "user_defined_messages",
            "notifications",
            "recordings",
            "streams",
            "payments",
            "user_defined_message_subscriptions",
            "siprec",
            "events",
            "feedback_summaries",
        ]
        .into_iter()
        .map(|name| {
            let uri = if name == "feedback_summaries" {
                serde_json::Value::String(format!(
                    "/{API_VERSION}/Accounts/{}/Calls/FeedbackSummary.json",
                    self.account_sid
                ))
            } else {
                sub(name)
            };
            (name.to_owned(), uri)
        })
        .collect();
        // Every field the fake does not set stays empty, as Twilio's are for calls like
        // these; starting from the one required field keeps this compiling when a new spec
        // adds fields.
        let mut call: Call = serde_json::from_value(serde_json::json!({ "sid": self.sid }))
            .expect("a SID alone is a call");
        call.account_sid = Some(self.account_sid.clone());
        call.answered_by = self.answered_by.clone();
        call.api_version = Some(API_VERSION.to_owned());
        call.date_created = Some(Timestamp::from(self.created));
        call.date_updated = Some(Timestamp::from(self.updated));
        call.direction = Some(self.direction.clone());
        call.parent_call_sid = self.parent_call_sid.clone();
        call.duration = self.duration().map(|d| d.to_string());
        call.end_time = self.end.map(Timestamp::from);
        call.from = Some(self.from.clone());
        call.from_formatted = Some(formatted(&self.from));
        call.price_unit = Some("USD".to_owned());
        call.queue_time = Some(self.queue_time_ms.unwrap_or(0).to_string());
        call.start_time = self.start.map(Timestamp::from);
        call.status = Some(self.status.clone());
        call.subresource_uris = Some(subresource_uris);
        call.to = Some(self.to.clone());
        call.to_formatted = Some(formatted(&self.to));
        call.uri = Some(self.uri());
        call
    }

    /// Seconds between start and end once ended (0 for a call never answered), as Twilio
    /// reports `duration` and `CallDuration`.
    pub fn duration(&self) -> Option<i64> {
        let end = self.end?;
        if self.status != CallStatus::Completed {
            return Some(0);
        }
        if let Some(seconds) = self.virtual_duration {
            return Some(seconds);
        }
        Some(
            self.start
                .map_or(0, |start| (end - start).num_seconds().max(0)),
        )
    }

    pub fn is_final(&self) -> bool {
        is_final(&self.status)
    }

    /// Enters `status` (one step), stamping times, and returns the callbacks it owes.
    fn enter(&mut self, status: CallStatus, at: DateTime<Utc>) -> Vec<PendingCallback> {
        let events: &[(&str, &str)] = match status {
            CallStatus::Ringing => {
                self.start = Some(at);
                self.queue_time_ms = Some((at - self.created).num_milliseconds().max(0));
                &[("initiated", "initiated"), ("ringing", "ringing")]
            }
            CallStatus::InProgress => {
                if self.machine_detection {
                    self.answered_by = Some(AnsweredBy::Human);
                }
                &[("answered", "in-progress")]
            }
            _ => {
                self.end = Some(at);
                &[("completed", "")]
            }
        };
        self.status = status;
        self.updated = at;
        self.generation += 1;
        events
            .iter()
            .filter_map(|(event, call_status)| {
                let call_status = if call_status.is_empty() {
                    self.status.to_string()
                } else {
                    (*call_status).to_owned()
                };
                self.callback(event, &call_status, at)
            })
            .collect()
    }

    fn callback(
        &mut self,
        event: &str,
        call_status: &str,
        at: DateTime<Utc>,
    ) -> Option<PendingCallback> {
        // Every progress event takes a number, told or not: a call told only of its
        // completion hears `SequenceNumber=3` (twiml-execution.md §4, observed payloads).
        let sequence = self.sequence;
        self.sequence += 1;
        let target = self.status_callback.as_ref()?;
        if !target.events.iter().any(|e| e == event) {
            return None;
        }
        let mut params = self.request_params(call_status);
        let mut add = |name: &str, value: String| params.push((name.to_owned(), value));
        add("CallbackSource", "call-progress-events".to_owned());
        add("SequenceNumber", sequence.to_string());
        add("Timestamp", Timestamp::from(at).to_string());
        if let Some(answered_by) = &self.answered_by {
            add("AnsweredBy", answered_by.to_string());
        }
        if event == "completed" {
            let duration = self.duration().unwrap_or(0);
            add("CallDuration", duration.to_string());
        }
        params.sort_by(|a, b| a.0.cmp(&b.0));
        Some(PendingCallback {
            call_sid: self.sid.clone(),
            event: event.to_owned(),
            url: target.url.clone(),
            method: target.method.clone(),
            params,
        })
    }
}

impl CallEntry {
    /// The parameters Twilio sends with every request about this call (voice, action,
    /// fallback and status callback requests), `CallStatus` as given: the call's SIDs, its
    /// direction, `From`/`To` with `Caller`/`Called` that mirror them, and the geographic
    /// fields of each (the country from the number's calling code; city, state and zip
    /// empty, as Twilio sends them when it does not know). `ParentCallSid` on a child leg.
    pub fn request_params(&self, call_status: &str) -> Vec<(String, String)> {
        let mut params = vec![
            ("AccountSid".to_owned(), self.account_sid.clone()),
            ("ApiVersion".to_owned(), API_VERSION.to_owned()),
            ("CallSid".to_owned(), self.sid.clone()),
            ("CallStatus".to_owned(), call_status.to_owned()),
            ("Called".to_owned(), self.to.clone()),
            ("Caller".to_owned(), self.from.clone()),
            ("Direction".to_owned(), self.direction.to_string()),
            ("From".to_owned(), self.from.clone()),
            ("To".to_owned(), self.to.clone()),
        ];
        for (prefix, number) in [
            ("Called", &self.to),
            ("Caller", &self.from),
            ("From", &self.from),
            ("To", &self.to),
        ] {
            for field in ["City", "State", "Zip"] {
                params.push((format!("{prefix}{field}"), String::new()));
            }
            params.push((format!("{prefix}Country"), country(number).to_owned()));
        }
        if let Some(parent) = &self.parent_call_sid {
            params.push(("ParentCallSid".to_owned(), parent.clone()));
        }
        params.sort_by(|a, b| a.0.cmp(&b.0));
        params
    }
}

/// The ISO country of an E.164 number's calling code, for the few codes the fake knows
/// (empty otherwise, and for `client:` and SIP addresses). `+1` is taken as the US.
fn country(number: &str) -> &'static str {
    const CODES: [(&str, &str); 12] = [
        ("+1", "US"),
        ("+44", "GB"),
        ("+33", "FR"),
        ("+49", "DE"),
        ("+34", "ES"),
        ("+39", "IT"),
        ("+31", "NL"),
        ("+61", "AU"),
        ("+64", "NZ"),
        ("+81", "JP"),
        ("+91", "IN"),
        ("+55", "BR"),
    ];
    CODES
        .iter()
        .find(|(code, _)| number.starts_with(code))
        .map_or("", |(_, country)| country)
}

pub(super) fn is_final(status: &CallStatus) -> bool {
    !matches!(
        status,
        CallStatus::Queued | CallStatus::Ringing | CallStatus::InProgress
    )
}

/// The statuses a call passes through to reach `to` from `from`, or `None` when it cannot.
fn path(from: &CallStatus, to: &CallStatus) -> Option<Vec<CallStatus>> {
    use CallStatus::*;
    let steps: &[CallStatus] = match (from, to) {
        (Queued, Ringing) => &[Ringing],
        (Queued, InProgress) => &[Ringing, InProgress],
        (Queued, Completed) => &[Ringing, InProgress, Completed],
        (Queued, Busy) => &[Ringing, Busy],
        (Queued, NoAnswer) => &[Ringing, NoAnswer],
        (Queued | Ringing, Failed) => &[Failed],
        (Queued | Ringing, Canceled) => &[Canceled],
        (Ringing, InProgress) => &[InProgress],
        (Ringing, Completed) => &[InProgress, Completed],
        (Ringing, Busy) => &[Busy],
        (Ringing, NoAnswer) => &[NoAnswer],
        (InProgress, Completed) => &[Completed],
        _ => return None,
    };
    Some(steps.to_vec())
}

impl Inner {
    /// Moves `sid` to `status` through the states between, queueing its callbacks.
    pub(super) fn advance(
        self: &Arc<Self>,
        sid: &str,
        status: CallStatus,
    ) -> Result<Call, AdvanceError> {
        self.advance_locked(&mut self.store(), sid, status)
    }

    /// [`advance`](Self::advance) under a lock the caller already holds, so a request's
    /// checks and its transition see the same state.
    pub(super) fn advance_locked(
        self: &Arc<Self>,
        store: &mut Store,
        sid: &str,
        status: CallStatus,
    ) -> Result<Call, AdvanceError> {
        let call = store
            .find_mut(sid)
            .ok_or_else(|| AdvanceError::UnknownCall(sid.to_owned()))?;
        let steps = path(&call.status, &status).ok_or_else(|| AdvanceError::InvalidTransition {
            from: call.status.clone(),
            to: status.clone(),
        })?;
        let at = now();
        let mut pending = Vec::new();
        for step in steps {
            pending.extend(call.enter(step, at));
        }
        let snapshot = call.to_call();
        self.start_timer(call);
        if call.is_final() {
            Inner::stop_streams(store, sid, None);
            // What still runs inside the call (recordings, streams, …) stops with it.
            let call = store.order.get(sid).and_then(|o| store.calls.get(o));
            if let (Some(call), Some(inside)) = (call, store.inside.get_mut(sid)) {
                pending.extend(inside.end(call, at));
            }
        }
        self.send_callbacks(store, pending);
        Ok(snapshot)
    }

    /// Starts the timer that moves `call` on from its current status, if the lifecycle has
    /// one for it.
    pub(super) fn start_timer(self: &Arc<Self>, call: &CallEntry) {
        self.start_timer_after(call, Duration::ZERO);
    }

    /// Like [`start_timer`](Self::start_timer), `extra` later (a call waiting for its
    /// dialling slot).
    pub(super) fn start_timer_after(self: &Arc<Self>, call: &CallEntry, extra: Duration) {
        if call.driven {
            return;
        }
        let Some(wait) = self.lifecycle.dwell(&call.status) else {
            return;
        };
        let wait = wait + extra;
        let (inner, sid, generation) = (self.clone(), call.sid.clone(), call.generation);
        self.spawn(async move {
            tokio::time::sleep(wait).await;
            inner.timer_fired(&sid, generation);
        });
    }

    fn timer_fired(self: &Arc<Self>, sid: &str, generation: u64) {
        let mut store = self.store();
        let Some(call) = store.find(sid) else {
            return;
        };
        if call.generation != generation {
            return; // moved on since (advanced, updated)
        }
        let outcome = store.scripts.get(&call.to).copied().unwrap_or_default();
        let next = match (&call.status, outcome) {
            (CallStatus::Queued, Outcome::Failed) => CallStatus::Failed,
            (CallStatus::Queued, _) => CallStatus::Ringing,
            (CallStatus::Ringing, Outcome::Busy) => CallStatus::Busy,
            (CallStatus::Ringing, Outcome::NoAnswer) => CallStatus::NoAnswer,
            (CallStatus::Ringing, _) => CallStatus::InProgress,
            (CallStatus::InProgress, _) => CallStatus::Completed,
            _ => return,
        };
        // Answered with TwiML to run: the document, not this timer, decides when it ends.
        let runs = next == CallStatus::InProgress
            && matches!(
                call.instructions,
                Instructions::Url { .. } | Instructions::Twiml(_)
            );
        let instructions = call.instructions.clone();
        if runs && let Some(call) = store.find_mut(sid) {
            call.driven = true;
        }
        let _ = self.advance_locked(&mut store, sid, next);
        drop(store);
        if runs {
            let start = super::engine::Start {
                instructions,
                auto: true,
            };
            self.run_call(sid, start);
        }
    }
}

/// The time, to the second: Twilio's timestamps have no finer grain, so what the fake holds
/// equals what it sends.
pub(super) fn now() -> DateTime<Utc> {
    let now = DateTime::<Utc>::from(SystemTime::now());
    DateTime::from_timestamp(now.timestamp(), 0).unwrap_or(now)
}

/// `{prefix}` + 32 lower-case hex digits, unique within the process and unpredictable
/// across runs.
pub(super) fn new_sid(prefix: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut hash = Sha256::new();
    hash.update(nanos.to_le_bytes());
    hash.update(std::process::id().to_le_bytes());
    hash.update(COUNTER.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    let digest = hash.finalize();
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}{hex}")
}

/// 32 random-looking hex digits: an auth token or an API key secret.
pub(super) fn new_secret() -> String {
    new_sid("")
}

/// Whether `sid` is `prefix` followed by 32 hex digits.
pub(super) fn is_sid(sid: &str, prefix: &str) -> bool {
    sid.strip_prefix(prefix)
        .is_some_and(|hex| hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Twilio's `to_formatted`/`from_formatted`: `(415) 867-5309` for a North American number,
/// the number unchanged otherwise.
fn formatted(number: &str) -> String {
    match number.strip_prefix("+1") {
        Some(n) if n.len() == 10 && n.bytes().all(|b| b.is_ascii_digit()) => {
            format!("({}) {}-{}", &n[..3], &n[3..6], &n[6..])
        }
        _ => number.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_ends_where_asked_and_only_moves_forward() {
        use CallStatus::*;
        let all = [
            Queued, Ringing, InProgress, Completed, Busy, Failed, NoAnswer, Canceled,
        ];
        let rank = |s: &CallStatus| match s {
            Queued => 0,
            Ringing => 1,
            InProgress => 2,
            _ => 3,
        };
        for from in &all {
            for to in &all {
                if let Some(steps) = path(from, to) {
                    assert_eq!(steps.last(), Some(to));
                    let mut at = rank(from);
                    for step in &steps {
                        assert!(rank(step) > at, "{from} -> {to} goes back at {step}");
                        at = rank(step);
                    }
                }
                // Forward only, and an answered call can only complete.
                let possible = !is_final(from)
                    && rank(to) > rank(from)
                    && (*from != InProgress || *to == Completed);
                assert_eq!(path(from, to).is_some(), possible, "{from} -> {to}");
            }
        }
    }

    #[test]
    fn formats_north_american_numbers_only() {
        assert_eq!(formatted("+14158675309"), "(415) 867-5309");
        assert_eq!(formatted("+442071838750"), "+442071838750");
        assert_eq!(formatted("client:alice"), "client:alice");
    }

    #[test]
    fn sids_are_unique_and_well_formed() {
        let a = new_sid("CA");
        let b = new_sid("CA");
        assert_ne!(a, b);
        assert!(is_sid(&a, "CA"), "{a}");
        assert!(!is_sid("CA123", "CA"));
        assert!(!is_sid(&a, "AC"));
    }
}
