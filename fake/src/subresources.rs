//! What happens inside a call: recordings, media streams, real-time transcriptions, SIPREC,
//! payments, user-defined messages and their subscriptions, the call's notifications and its
//! events, answered as Twilio does under `/Calls/{CallSid}/…`.
//!
//! Built from the form pairs, independently of the client's builders. Error codes are
//! Twilio's where its documentation gives one (20404 for an unknown resource, 21220 for a
//! call in the wrong state, 21205/21209 for a bad URL or method, 20001 for a bad value);
//! where it gives none (a stream name used twice) the fake answers 400 with 20001.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Map, Value, json};
use twilio_calls::{CallStatus, OperationDescription, Timestamp};

use super::API_VERSION;
use super::call_state::{CallEntry, Store, new_sid, now};
use super::http_api::{Failure, Form};
use super::webhooks::PendingCallback;

/// Everything inside one call.
#[derive(Debug, Default)]
pub(super) struct Inside {
    recordings: Vec<Recording>,
    /// Media streams, real-time transcriptions and SIPREC sessions, each in order of start.
    forks: Vec<Fork>,
    payments: Vec<Payment>,
    messages: Vec<Message>,
    subscriptions: Vec<Subscription>,
    notifications: Vec<Notification>,
    events: Vec<Value>,
}

#[derive(Debug)]
struct Recording {
    sid: String,
    /// `StartCallRecordingAPI`, or `RecordVerb` for a `<Record>`'s.
    source: &'static str,
    /// `in-progress`, `paused`, `stopped`, `completed`.
    status: String,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    channels: u8,
    track: String,
    callback: Option<Target>,
    /// Seconds recorded before the current stretch, and when that stretch started.
    recorded: i64,
    resumed: Option<DateTime<Utc>>,
}

/// Where a resource's status callbacks go, and for which events.
#[derive(Debug, Clone)]
struct Target {
    url: String,
    method: String,
    events: Vec<String>,
}

/// What a fork of the call's audio is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ForkKind {
    Stream,
    Transcription,
    Siprec,
}

impl ForkKind {
    fn of(segment: &str) -> Option<Self> {
        Some(match segment {
            "Streams" => Self::Stream,
            "Transcriptions" => Self::Transcription,
            "Siprec" => Self::Siprec,
            _ => return None,
        })
    }

    fn segment(self) -> &'static str {
        match self {
            Self::Stream => "Streams",
            Self::Transcription => "Transcriptions",
            Self::Siprec => "Siprec",
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            Self::Stream => "MZ",
            Self::Transcription => "GT",
            Self::Siprec => "SR",
        }
    }

    /// The operation whose form creates it (for its URL and method parameters).
    fn create_operation(self) -> &'static str {
        match self {
            Self::Stream => "CreateStream",
            Self::Transcription => "CreateRealtimeTranscription",
            Self::Siprec => "CreateSiprec",
        }
    }

    /// The callback's event and SID parameter names, and its events' words.
    fn callback_names(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Self::Stream => (
                "StreamEvent",
                "StreamSid",
                "stream-started",
                "stream-stopped",
            ),
            Self::Transcription => (
                "TranscriptionEvent",
                "TranscriptionSid",
                "transcription-started",
                "transcription-stopped",
            ),
            Self::Siprec => (
                "SiprecEvent",
                "SiprecSid",
                "siprec-started",
                "siprec-stopped",
            ),
        }
    }
}

#[derive(Debug)]
struct Fork {
    kind: ForkKind,
    sid: String,
    name: Option<String>,
    /// `in-progress` or `stopped`.
    status: String,
    updated: DateTime<Utc>,
    callback: Option<Target>,
}

#[derive(Debug)]
struct Payment {
    sid: String,
    idempotency_key: String,
    created: DateTime<Utc>,
    updated: DateTime<Utc>,
    /// `Capture` asked so far, and whether the session is over.
    captured: Vec<String>,
    done: bool,
}

#[derive(Debug)]
struct Message {
    sid: String,
    idempotency_key: Option<String>,
    created: DateTime<Utc>,
}

#[derive(Debug)]
struct Subscription {
    sid: String,
    idempotency_key: Option<String>,
    created: DateTime<Utc>,
}

/// A notification: a warning or error Twilio logged on the call.
#[derive(Debug)]
pub(super) struct Notification {
    pub sid: String,
    pub created: DateTime<Utc>,
    pub error_code: u32,
    /// `0` error, `1` warning.
    pub log: u8,
    pub message: String,
    pub request_url: String,
    pub request_method: String,
}

impl Notification {
    /// Twilio's warning 15003 for a status callback its receiver answered with an error
    /// status or not at all.
    pub(super) fn callback_failed(delivery: &super::CallbackDelivery) -> Self {
        let answer = match (delivery.status, &delivery.error) {
            (Some(status), _) => format!("Got HTTP {status} response to {}", delivery.url),
            (None, Some(error)) => format!("No response from {}: {error}", delivery.url),
            (None, None) => format!("No response from {}", delivery.url),
        };
        let message = form_urlencoded::Serializer::new(String::new())
            .append_pair("statusCallback", &delivery.url)
            .append_pair("ErrorCode", "15003")
            .append_pair("LogLevel", "WARN")
            .append_pair("Msg", &answer)
            .finish();
        Self {
            sid: new_sid("NO"),
            created: now(),
            error_code: 15003,
            log: 1,
            message,
            request_url: delivery.url.clone(),
            request_method: delivery.method.clone(),
        }
    }
}

/// What a request under `/Calls/{CallSid}/` asks for.
pub(super) struct Ask<'a> {
    pub method: &'a str,
    pub account: &'a str,
    pub call_sid: &'a str,
    /// After `/Calls/{CallSid}/`: `Recordings.json`, `Recordings/RE….json`, ….
    pub rest: &'a str,
    pub query: &'a [(String, String)],
    pub form: &'a [(String, String)],
}

/// An answer: the status and the JSON body (`None` for `204`), and the callbacks it owes.
pub(super) struct Answer {
    pub status: u16,
    pub body: Option<Value>,
    pub callbacks: Vec<PendingCallback>,
}

impl Answer {
    fn json(status: u16, body: Value) -> Self {
        Self {
            status,
            body: Some(body),
            callbacks: Vec::new(),
        }
    }
}

/// Answers a request on something inside call `ask.call_sid` of `ask.account`.
pub(super) fn respond(store: &mut Store, ask: &Ask<'_>) -> Result<Answer, Failure> {
    let not_found = || Failure::not_found(&format!("/Calls/{}/{}", ask.call_sid, ask.rest));
    let call = store
        .find(ask.call_sid)
        .filter(|c| c.account_sid == ask.account)
        .ok_or_else(not_found)?;
    let call = CallView::of(call);
    let path = ask.rest.strip_suffix(".json").ok_or_else(not_found)?;
    let (segment, item) = match path.split_once('/') {
        Some((segment, item)) if !item.contains('/') => (segment, Some(item)),
        Some(_) => return Err(not_found()),
        None => (path, None),
    };
    let inside = store.inside.entry(ask.call_sid.to_owned()).or_default();
    let form = Form(ask.form);
    let answer = match (ask.method, segment, item) {
        ("POST", "Recordings", None) => inside.start_recording(&call, &form)?,
        ("GET", "Recordings", None) => inside.list_recordings(&call, ask.query)?,
        ("GET", "Recordings", Some(sid)) => {
            let recording = inside.recording(sid).ok_or_else(not_found)?;
            Answer::json(200, recording_json(&call, recording))
        }
        ("POST", "Recordings", Some(sid)) => inside.update_recording(&call, sid, &form)?,
        ("DELETE", "Recordings", Some(sid)) => {
            let at = inside
                .recordings
                .iter()
                .position(|r| r.sid == sid || (sid == "Twilio.CURRENT" && r.is_live()))
                .ok_or_else(not_found)?;
            inside.recordings.remove(at);
            empty()
        }
        ("POST", kind, None) if ForkKind::of(kind).is_some() => {
            inside.start_fork(&call, ForkKind::of(kind).expect("matched"), &form)?
        }
        ("POST", kind, Some(sid)) if ForkKind::of(kind).is_some() => {
            inside.stop_fork(&call, ForkKind::of(kind).expect("matched"), sid, &form)?
        }
        ("POST", "Payments", None) => inside.start_payment(&call, &form)?,
        ("POST", "Payments", Some(sid)) => inside.update_payment(&call, sid, &form)?,
        ("POST", "UserDefinedMessages", None) => inside.send_message(&call, &form)?,
        ("POST", "UserDefinedMessageSubscriptions", None) => inside.subscribe(&call, &form)?,
        ("DELETE", "UserDefinedMessageSubscriptions", Some(sid)) => {
            let at = inside
                .subscriptions
                .iter()
                .position(|s| s.sid == sid)
                .ok_or_else(not_found)?;
            inside.subscriptions.remove(at);
            empty()
        }
        ("GET", "Notifications", None) => inside.list_notifications(&call, ask.query)?,
        ("GET", "Notifications", Some(sid)) => {
            let notification = inside
                .notifications
                .iter()
                .find(|n| n.sid == sid)
                .ok_or_else(not_found)?;
            Answer::json(200, notification_json(&call, notification, true))
        }
        ("GET", "Events", None) => Answer::json(
            200,
            page(&call, "Events", "events", &inside.events, ask.query)?,
        ),
        (_, "Recordings" | "Streams" | "Transcriptions" | "Siprec" | "Payments", _)
        | (_, "UserDefinedMessages" | "UserDefinedMessageSubscriptions", _)
        | (_, "Notifications" | "Events", _) => return Err(Failure::method_not_allowed()),
        _ => return Err(not_found()),
    };
    Ok(answer)
}

fn empty() -> Answer {
    Answer {
        status: 204,
        body: None,
        callbacks: Vec::new(),
    }
}

/// What the handlers need of the call.
struct CallView {
    account: String,
    sid: String,
    status: CallStatus,
}

impl CallView {
    fn of(call: &CallEntry) -> Self {
        Self {
            account: call.account_sid.clone(),
            sid: call.sid.clone(),
            status: call.status.clone(),
        }
    }

    fn uri(&self, segment: &str, sid: Option<&str>) -> String {
        let base = format!(
            "/{API_VERSION}/Accounts/{}/Calls/{}/{segment}",
            self.account, self.sid
        );
        match sid {
            Some(sid) => format!("{base}/{sid}.json"),
            None => format!("{base}.json"),
        }
    }

    /// Twilio acts inside a call only while it is in progress.
    fn in_progress(&self, what: &str) -> Result<(), Failure> {
        if self.status == CallStatus::InProgress {
            return Ok(());
        }
        Err(Failure::bad_request(
            21220,
            format!(
                "Invalid call state: {what} needs a call in progress, and {} is {}",
                self.sid, self.status
            ),
        ))
    }

    fn callback(
        &self,
        target: &Target,
        event: &str,
        params: Vec<(&str, String)>,
    ) -> PendingCallback {
        let mut all = vec![
            ("AccountSid".to_owned(), self.account.clone()),
            ("CallSid".to_owned(), self.sid.clone()),
        ];
        all.extend(params.into_iter().map(|(k, v)| (k.to_owned(), v)));
        PendingCallback {
            call_sid: self.sid.clone(),
            event: event.to_owned(),
            url: target.url.clone(),
            method: target.method.clone(),
            params: all,
        }
    }
}

fn invalid(name: &str, rule: &str) -> Failure {
    Failure::bad_request(20001, format!("Invalid {name}: {rule}"))
}

fn timestamp(at: DateTime<Utc>) -> Value {
    Value::String(Timestamp::from(at).to_string())
}

/// The callback target from `url_key` and `method_key`, when a URL is given; `events`, when
/// none is asked for under `events_key`.
fn target(
    form: &Form<'_>,
    url_key: &str,
    method_key: &str,
    events_key: Option<&str>,
    default_events: &[&str],
) -> Result<Option<Target>, Failure> {
    let Some(url) = form.url(url_key)? else {
        return Ok(None);
    };
    let mut events = events_key.map(|k| form.all(k)).unwrap_or_default();
    if events.is_empty() {
        events = default_events.iter().map(|e| (*e).to_owned()).collect();
    }
    Ok(Some(Target {
        url: url.to_owned(),
        method: form.method(method_key)?,
        events,
    }))
}

impl Recording {
    fn is_live(&self) -> bool {
        matches!(self.status.as_str(), "in-progress" | "paused")
    }

    fn duration(&self, at: DateTime<Utc>) -> i64 {
        self.recorded
            + self
                .resumed
                .map_or(0, |from| (at - from).num_seconds().max(0))
    }
}

fn recording_json(call: &CallView, r: &Recording) -> Value {
    let done = r.status == "completed";
    json!({
        "account_sid": call.account,
        "api_version": API_VERSION,
        "call_sid": call.sid,
        "conference_sid": null,
        "channels": r.channels,
        "date_created": timestamp(r.created),
        "date_updated": timestamp(r.updated),
        "start_time": timestamp(r.created),
        "price": if done { json!("-0.0025") } else { Value::Null },
        "price_unit": if done { json!("USD") } else { Value::Null },
        "duration": if done { json!(r.recorded.to_string()) } else { Value::Null },
        "sid": r.sid,
        "source": r.source,
        "status": r.status,
        "error_code": null,
        "encryption_details": null,
        "track": r.track,
        "uri": call.uri("Recordings", Some(&r.sid)),
    })
}

impl Inside {
    fn recording(&self, sid: &str) -> Option<&Recording> {
        self.recordings.iter().find(|r| r.sid == sid)
    }

    fn start_recording(&mut self, call: &CallView, form: &Form<'_>) -> Result<Answer, Failure> {
        form.check_spec("CreateCallRecording")?;
        call.in_progress("a recording")?;
        let channels = match form.get("RecordingChannels") {
            None | Some("mono") => 1,
            Some("dual") => 2,
            Some(other) => {
                return Err(invalid(
                    "RecordingChannels",
                    &format!("mono or dual, not {other}"),
                ));
            }
        };
        let track = match form.get("RecordingTrack") {
            None => "both",
            Some(t @ ("inbound" | "outbound" | "both")) => t,
            Some(other) => {
                return Err(invalid(
                    "RecordingTrack",
                    &format!("inbound, outbound or both, not {other}"),
                ));
            }
        };
        let at = now();
        let recording = Recording {
            sid: new_sid("RE"),
            source: "StartCallRecordingAPI",
            status: "in-progress".into(),
            created: at,
            updated: at,
            channels,
            track: track.to_owned(),
            callback: target(
                form,
                "RecordingStatusCallback",
                "RecordingStatusCallbackMethod",
                Some("RecordingStatusCallbackEvent"),
                &["completed"],
            )?,
            recorded: 0,
            resumed: Some(at),
        };
        let callbacks = recording_callback(call, &recording, "in-progress", at)
            .into_iter()
            .collect();
        let body = recording_json(call, &recording);
        self.recordings.push(recording);
        Ok(Answer {
            status: 201,
            body: Some(body),
            callbacks,
        })
    }

    fn update_recording(
        &mut self,
        call: &CallView,
        sid: &str,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        let status = form
            .get("Status")
            .ok_or_else(|| Failure::bad_request(21201, "Status is required"))?
            .to_owned();
        let recording = self
            .recordings
            .iter_mut()
            .find(|r| r.sid == sid || (sid == "Twilio.CURRENT" && r.is_live()))
            .ok_or_else(|| Failure::not_found(&call.uri("Recordings", Some(sid))))?;
        if !recording.is_live() {
            return Err(Failure::bad_request(
                21220,
                format!(
                    "Invalid recording state: {} is {}",
                    recording.sid, recording.status
                ),
            ));
        }
        let at = now();
        let mut callbacks = Vec::new();
        match status.as_str() {
            "paused" => {
                if let Some(from) = recording.resumed.take() {
                    recording.recorded += (at - from).num_seconds().max(0);
                }
                if let Some(b) = form.get("PauseBehavior")
                    && b != "skip"
                    && b != "silence"
                {
                    return Err(invalid("PauseBehavior", "skip or silence"));
                }
            }
            "in-progress" => {
                recording.resumed.get_or_insert(at);
            }
            "stopped" => {
                recording.recorded = recording.duration(at);
                recording.resumed = None;
            }
            other => {
                return Err(invalid(
                    "Status",
                    &format!("paused, in-progress or stopped, not {other}"),
                ));
            }
        }
        recording.status = status.clone();
        recording.updated = at;
        let body = recording_json(call, recording);
        if status == "stopped" {
            // Processed at once: the resource is complete, and says so to its callback.
            recording.status = "completed".into();
            callbacks.extend(recording_callback(call, recording, "completed", at));
        }
        Ok(Answer {
            status: 200,
            body: Some(body),
            callbacks,
        })
    }

    fn list_recordings(
        &self,
        call: &CallView,
        query: &[(String, String)],
    ) -> Result<Answer, Failure> {
        let created = DayFilters::read(&Form(query), "DateCreated")?;
        let items: Vec<Value> = self
            .recordings
            .iter()
            .rev()
            .filter(|r| created.match_day(r.created))
            .map(|r| recording_json(call, r))
            .collect();
        Ok(Answer::json(
            200,
            page(call, "Recordings", "recordings", &items, query)?,
        ))
    }

    fn start_fork(
        &mut self,
        call: &CallView,
        kind: ForkKind,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        form.check_spec(kind.create_operation())?;
        if kind == ForkKind::Stream {
            let url = form
                .get("Url")
                .ok_or_else(|| Failure::bad_request(21201, "Url is required"))?;
            // Twilio takes only wss://; the fake also takes ws://, for apps on loopback.
            let websocket = |u: &reqwest::Url| matches!(u.scheme(), "wss" | "ws") && u.has_host();
            if !reqwest::Url::parse(url).is_ok_and(|u| websocket(&u)) {
                return Err(Failure::bad_request(
                    21205,
                    format!("Url is not a valid wss:// URL: {url}"),
                ));
            }
        }
        call.in_progress(match kind {
            ForkKind::Stream => "a media stream",
            ForkKind::Transcription => "a transcription",
            ForkKind::Siprec => "a SIPREC session",
        })?;
        if let Some(track) = form.get("Track")
            && !matches!(track, "inbound_track" | "outbound_track" | "both_tracks")
        {
            return Err(invalid(
                "Track",
                "inbound_track, outbound_track or both_tracks",
            ));
        }
        let name = form.get("Name").map(str::to_owned);
        if let Some(name) = &name
            && self
                .forks
                .iter()
                .any(|f| f.kind == kind && f.name.as_deref() == Some(name))
        {
            return Err(Failure::bad_request(
                20001,
                format!(
                    "A {} named {name:?} already exists on this call",
                    kind.segment()
                ),
            ));
        }
        // Custom parameters: a value needs its name.
        for (key, _) in form.0 {
            if let Some(number) = key
                .strip_prefix("Parameter")
                .and_then(|k| k.strip_suffix(".Value"))
                && form.get(&format!("Parameter{number}.Name")).is_none()
            {
                return Err(invalid(key, &format!("needs Parameter{number}.Name")));
            }
        }
        let (url_key, method_key) = match kind {
            ForkKind::Transcription => ("StatusCallbackUrl", "StatusCallbackMethod"),
            _ => ("StatusCallback", "StatusCallbackMethod"),
        };
        let at = now();
        let fork = Fork {
            kind,
            sid: new_sid(kind.prefix()),
            name,
            status: "in-progress".into(),
            updated: at,
            callback: target(form, url_key, method_key, None, &["started", "stopped"])?,
        };
        let callbacks = fork_callback(call, &fork, true, at).into_iter().collect();
        let body = fork_json(call, &fork);
        self.forks.push(fork);
        Ok(Answer {
            status: 200,
            body: Some(body),
            callbacks,
        })
    }

    fn stop_fork(
        &mut self,
        call: &CallView,
        kind: ForkKind,
        sid: &str,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        match form.get("Status") {
            Some("stopped") => {}
            Some(other) => return Err(invalid("Status", &format!("stopped, not {other}"))),
            None => return Err(Failure::bad_request(21201, "Status is required")),
        }
        // By SID or by the name it was given.
        let fork = self
            .forks
            .iter_mut()
            .filter(|f| f.kind == kind)
            .find(|f| f.sid == sid || f.name.as_deref() == Some(sid))
            .ok_or_else(|| Failure::not_found(&call.uri(kind.segment(), Some(sid))))?;
        let at = now();
        let mut callbacks = Vec::new();
        if fork.status != "stopped" {
            fork.status = "stopped".into();
            fork.updated = at;
            callbacks.extend(fork_callback(call, fork, false, at));
        }
        Ok(Answer {
            status: 200,
            body: Some(fork_json(call, fork)),
            callbacks,
        })
    }

    fn start_payment(&mut self, call: &CallView, form: &Form<'_>) -> Result<Answer, Failure> {
        form.check_spec("CreatePayments")?;
        let key = form
            .get("IdempotencyKey")
            .ok_or_else(|| Failure::bad_request(21201, "IdempotencyKey is required"))?;
        if form.get("StatusCallback").is_none() {
            return Err(Failure::bad_request(21201, "StatusCallback is required"));
        }
        // The same key is the same session: Twilio deduplicates it.
        if let Some(existing) = self.payments.iter().find(|p| p.idempotency_key == key) {
            return Ok(Answer::json(201, payment_json(call, existing)));
        }
        call.in_progress("a payment")?;
        if let Some(amount) = form.get("ChargeAmount") {
            let valid = amount
                .parse::<f64>()
                .is_ok_and(|a| (0.0..1_000_000.0).contains(&a));
            if !valid {
                return Err(invalid(
                    "ChargeAmount",
                    "a decimal from 0 to less than 1,000,000",
                ));
            }
        }
        let method = form.get("PaymentMethod").unwrap_or("credit-card");
        if !matches!(method, "credit-card" | "ach-debit") {
            return Err(invalid("PaymentMethod", "credit-card or ach-debit"));
        }
        if method == "ach-debit" && form.get("Parameter").is_none() {
            return Err(invalid("Parameter", "is required for ACH payments"));
        }
        if let Some(length) = form.get("MinPostalCodeLength")
            && length.parse::<u32>().is_err()
        {
            return Err(invalid("MinPostalCodeLength", "a positive whole number"));
        }
        if let Some(input) = form.get("Input")
            && input != "dtmf"
        {
            return Err(invalid("Input", "only dtmf is supported"));
        }
        let at = now();
        let payment = Payment {
            sid: new_sid("PK"),
            idempotency_key: key.to_owned(),
            created: at,
            updated: at,
            captured: Vec::new(),
            done: false,
        };
        let body = payment_json(call, &payment);
        self.payments.push(payment);
        Ok(Answer::json(201, body))
    }

    fn update_payment(
        &mut self,
        call: &CallView,
        sid: &str,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        form.check_spec("UpdatePayments")?;
        if form.get("IdempotencyKey").is_none() {
            return Err(Failure::bad_request(21201, "IdempotencyKey is required"));
        }
        if form.get("StatusCallback").is_none() {
            return Err(Failure::bad_request(21201, "StatusCallback is required"));
        }
        let payment = self
            .payments
            .iter_mut()
            .find(|p| p.sid == sid)
            .ok_or_else(|| Failure::not_found(&call.uri("Payments", Some(sid))))?;
        let capture = form.get("Capture");
        let status = form.get("Status");
        match (capture, status) {
            (Some(_), Some(_)) | (None, None) => {
                return Err(invalid("Capture", "give exactly one of Capture or Status"));
            }
            (Some(capture), None) => {
                // The values the spec lists, so that a regen that adds one (as twilio-oai
                // added the `…-matcher` ones) reaches the fake too.
                let captures = OperationDescription::find("UpdatePayments")
                    .and_then(|op| op.parameter("Capture"))
                    .map_or(&[][..], |p| p.values);
                if !captures.contains(&capture) {
                    return Err(invalid(
                        "Capture",
                        &format!("one of {}", captures.join(", ")),
                    ));
                }
                if payment.done {
                    return Err(Failure::bad_request(
                        21220,
                        "Invalid payment state: the session is over",
                    ));
                }
                payment.captured.push(capture.to_owned());
            }
            (None, Some(status)) => {
                if !matches!(status, "complete" | "cancel") {
                    return Err(invalid("Status", "complete or cancel"));
                }
                payment.done = true;
            }
        }
        payment.updated = now();
        Ok(Answer::json(202, payment_json(call, payment)))
    }

    fn send_message(&mut self, call: &CallView, form: &Form<'_>) -> Result<Answer, Failure> {
        let content = form
            .get("Content")
            .ok_or_else(|| Failure::bad_request(21201, "Content is required"))?;
        let key = form.get("IdempotencyKey");
        if let Some(existing) = key.and_then(|k| {
            self.messages
                .iter()
                .find(|m| m.idempotency_key.as_deref() == Some(k))
        }) {
            return Ok(Answer::json(201, message_json(call, existing)));
        }
        call.in_progress("a user-defined message")?;
        if serde_json::from_str::<Value>(content).is_err() {
            return Err(invalid("Content", "must be JSON"));
        }
        let message = Message {
            sid: new_sid("KX"),
            idempotency_key: key.map(str::to_owned),
            created: now(),
        };
        let body = message_json(call, &message);
        self.messages.push(message);
        Ok(Answer::json(201, body))
    }

    fn subscribe(&mut self, call: &CallView, form: &Form<'_>) -> Result<Answer, Failure> {
        form.check_spec("CreateUserDefinedMessageSubscription")?;
        if form.get("Callback").is_none() {
            return Err(Failure::bad_request(21201, "Callback is required"));
        }
        let key = form.get("IdempotencyKey");
        if let Some(existing) = key.and_then(|k| {
            self.subscriptions
                .iter()
                .find(|s| s.idempotency_key.as_deref() == Some(k))
        }) {
            return Ok(Answer::json(201, subscription_json(call, existing)));
        }
        call.in_progress("a user-defined message subscription")?;
        let subscription = Subscription {
            sid: new_sid("ZY"),
            idempotency_key: key.map(str::to_owned),
            created: now(),
        };
        let body = subscription_json(call, &subscription);
        self.subscriptions.push(subscription);
        Ok(Answer::json(201, body))
    }

    fn list_notifications(
        &self,
        call: &CallView,
        query: &[(String, String)],
    ) -> Result<Answer, Failure> {
        let q = Form(query);
        let log = match q.get("Log") {
            None => None,
            Some(v) => Some(
                v.parse::<u8>()
                    .ok()
                    .filter(|l| *l <= 1)
                    .ok_or_else(|| invalid("Log", "0 or 1"))?,
            ),
        };
        let dated = DayFilters::read(&q, "MessageDate")?;
        let items: Vec<Value> = self
            .notifications
            .iter()
            .rev()
            .filter(|n| log.is_none_or(|l| n.log == l) && dated.match_day(n.created))
            .map(|n| notification_json(call, n, false))
            .collect();
        Ok(Answer::json(
            200,
            page(call, "Notifications", "notifications", &items, query)?,
        ))
    }

    /// Records an API request made on the call, as its Events resource shows it.
    pub(super) fn record_event(
        &mut self,
        method: &str,
        url: &str,
        form: &[(String, String)],
        status: u16,
        body: &str,
    ) {
        let mut parameters = Map::new();
        for (key, value) in form {
            parameters.insert(snake(key), Value::String(value.clone()));
        }
        self.events.push(json!({
            "request": {"method": method, "url": url, "parameters": parameters},
            "response": {
                "response_code": status,
                // The fake answers at once.
                "request_duration": 0,
                "content_type": "application/json",
                "response_body": body,
            },
        }));
    }

    /// A `<Record>`'s recording, made: `seconds` long from `started`, completed at once.
    /// Returns its `RecordingUrl` and the callbacks it owes.
    pub(super) fn record_verb(
        &mut self,
        call: &CallEntry,
        started: DateTime<Utc>,
        seconds: i64,
        callback: Option<super::call_state::StatusCallbackTarget>,
    ) -> (String, Vec<PendingCallback>) {
        let view = CallView::of(call);
        let at = now();
        let recording = Recording {
            sid: new_sid("RE"),
            source: "RecordVerb",
            status: "completed".into(),
            created: started,
            updated: at,
            channels: 1,
            track: "inbound".into(),
            callback: callback.map(|t| Target {
                url: t.url,
                method: t.method,
                events: t.events,
            }),
            recorded: seconds,
            resumed: None,
        };
        let mut callbacks = Vec::new();
        if recording
            .callback
            .as_ref()
            .is_some_and(|t| t.events.iter().any(|e| e == "in-progress"))
        {
            callbacks.extend(recording_callback(
                &view,
                &recording,
                "in-progress",
                started,
            ));
        }
        callbacks.extend(recording_callback(&view, &recording, "completed", at));
        let url = format!(
            "https://api.twilio.com/{API_VERSION}/Accounts/{}/Recordings/{}",
            view.account, recording.sid
        );
        self.recordings.push(recording);
        (url, callbacks)
    }

    /// Logs a notification (a callback the receiver did not take, say).
    pub(super) fn notify(&mut self, notification: Notification) {
        self.notifications.push(notification);
    }

    /// The call has ended: what still runs inside it stops, and says so.
    pub(super) fn end(&mut self, call: &CallEntry, at: DateTime<Utc>) -> Vec<PendingCallback> {
        let view = CallView::of(call);
        let mut callbacks = Vec::new();
        for recording in self.recordings.iter_mut().filter(|r| r.is_live()) {
            recording.recorded = recording.duration(at);
            recording.resumed = None;
            recording.status = "completed".into();
            recording.updated = at;
            callbacks.extend(recording_callback(&view, recording, "completed", at));
        }
        for fork in self.forks.iter_mut().filter(|f| f.status != "stopped") {
            fork.status = "stopped".into();
            fork.updated = at;
            callbacks.extend(fork_callback(&view, fork, false, at));
        }
        callbacks
    }
}

/// The recording status callback for `event`, if the recording asked for it.
fn recording_callback(
    call: &CallView,
    r: &Recording,
    event: &str,
    at: DateTime<Utc>,
) -> Option<PendingCallback> {
    let target = r.callback.as_ref()?;
    if !target.events.iter().any(|e| e == event) {
        return None;
    }
    let mut params = vec![
        ("RecordingSid", r.sid.clone()),
        (
            "RecordingUrl",
            format!(
                "https://api.twilio.com{}",
                call.uri("Recordings", Some(&r.sid))
                    .trim_end_matches(".json")
            ),
        ),
        ("RecordingStatus", event.to_owned()),
        ("RecordingChannels", r.channels.to_string()),
        ("RecordingSource", r.source.to_owned()),
        ("RecordingStartTime", Timestamp::from(r.created).to_string()),
        ("RecordingTrack", r.track.clone()),
    ];
    if event == "completed" {
        params.push(("RecordingDuration", r.duration(at).to_string()));
        params.push(("ErrorCode", "0".to_owned()));
    }
    Some(call.callback(target, &format!("recording-{event}"), params))
}

/// A fork's status callback on starting or stopping, if it has a callback URL.
fn fork_callback(
    call: &CallView,
    fork: &Fork,
    started: bool,
    at: DateTime<Utc>,
) -> Option<PendingCallback> {
    let target = fork.callback.as_ref()?;
    let (event_key, sid_key, on_start, on_stop) = fork.kind.callback_names();
    let event = if started { on_start } else { on_stop };
    let mut params = vec![
        (sid_key, fork.sid.clone()),
        (event_key, event.to_owned()),
        (
            "Timestamp",
            at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ),
    ];
    if let Some(name) = &fork.name {
        params.push(("Name", name.clone()));
    }
    Some(call.callback(target, event, params))
}

fn fork_json(call: &CallView, fork: &Fork) -> Value {
    json!({
        "account_sid": call.account,
        "call_sid": call.sid,
        "sid": fork.sid,
        "name": fork.name,
        "status": fork.status,
        "date_updated": timestamp(fork.updated),
        "uri": call.uri(fork.kind.segment(), Some(&fork.sid)),
    })
}

fn payment_json(call: &CallView, p: &Payment) -> Value {
    json!({
        "account_sid": call.account,
        "call_sid": call.sid,
        "sid": p.sid,
        "date_created": timestamp(p.created),
        "date_updated": timestamp(p.updated),
        "uri": call.uri("Payments", Some(&p.sid)),
    })
}

fn message_json(call: &CallView, m: &Message) -> Value {
    json!({
        "account_sid": call.account,
        "call_sid": call.sid,
        "sid": m.sid,
        "date_created": timestamp(m.created),
    })
}

fn subscription_json(call: &CallView, s: &Subscription) -> Value {
    json!({
        "account_sid": call.account,
        "call_sid": call.sid,
        "sid": s.sid,
        "date_created": timestamp(s.created),
        "uri": call.uri("UserDefinedMessageSubscriptions", Some(&s.sid)),
    })
}

fn notification_json(call: &CallView, n: &Notification, instance: bool) -> Value {
    let mut value = json!({
        "account_sid": call.account,
        "api_version": API_VERSION,
        "call_sid": call.sid,
        "date_created": timestamp(n.created),
        "date_updated": timestamp(n.created),
        "error_code": n.error_code.to_string(),
        "log": n.log.to_string(),
        "message_date": timestamp(n.created),
        "message_text": n.message,
        "more_info": format!("https://www.twilio.com/docs/errors/{}", n.error_code),
        "request_method": n.request_method,
        "request_url": n.request_url,
        "sid": n.sid,
        "uri": call.uri("Notifications", Some(&n.sid)),
    });
    if instance {
        value["request_variables"] = Value::String(String::new());
        value["response_body"] = Value::String(String::new());
        value["response_headers"] = Value::String(String::new());
    }
    value
}

/// One page of `items` (newest first already), by `PageSize` and `Page`, with Twilio's
/// relative links.
fn page(
    call: &CallView,
    segment: &str,
    key: &str,
    items: &[Value],
    query: &[(String, String)],
) -> Result<Value, Failure> {
    let q = Form(query);
    let page_size = match q.get("PageSize") {
        None => 50,
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
            .ok_or_else(|| invalid("PageSize", "must be a whole number from 1 to 1000"))?,
    };
    let page = match q.get("Page") {
        None => 0,
        Some(v) => v
            .parse::<usize>()
            .map_err(|_| invalid("Page", "must be a whole number from 0"))?,
    };
    let from = page.saturating_mul(page_size).min(items.len());
    let to = (from + page_size).min(items.len());
    let path = call.uri(segment, None);
    let link = |page: usize| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (k, v) in q.0 {
            if !matches!(k.as_str(), "PageSize" | "Page" | "PageToken") {
                query.append_pair(k, v);
            }
        }
        query.append_pair("PageSize", &page_size.to_string());
        query.append_pair("Page", &page.to_string());
        format!("{path}?{}", query.finish())
    };
    let has_next = to < items.len();
    let count = to - from;
    let start = page * page_size;
    Ok(json!({
        key: items[from..to].to_vec(),
        "end": start + count.saturating_sub(1),
        "first_page_uri": link(0),
        "next_page_uri": if has_next { json!(link(page + 1)) } else { Value::Null },
        "page": page,
        "page_size": page_size,
        "previous_page_uri": if page > 0 { json!(link(page - 1)) } else { Value::Null },
        "start": start,
        "uri": link(page),
    }))
}

/// A list's day filters (`DateCreated`, `DateCreated<`, `DateCreated>`): that day, on or
/// before it, on or after it.
struct DayFilters(Vec<(std::cmp::Ordering, NaiveDate)>);

impl DayFilters {
    /// The filters on `name` the query sets; a value that is not `YYYY-MM-DD` is 20001.
    fn read(query: &Form<'_>, name: &str) -> Result<Self, Failure> {
        use std::cmp::Ordering::{Equal, Greater, Less};
        let mut filters = Vec::new();
        for (suffix, side) in [("", Equal), ("<", Less), (">", Greater)] {
            let key = format!("{name}{suffix}");
            if let Some(value) = query.get(&key) {
                let day = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                    .map_err(|_| invalid(&key, "must be a date (YYYY-MM-DD)"))?;
                filters.push((side, day));
            }
        }
        Ok(Self(filters))
    }

    /// Whether the day of `at` passes every filter (the day itself passes each).
    fn match_day(&self, at: DateTime<Utc>) -> bool {
        let date = at.date_naive();
        self.0
            .iter()
            .all(|(side, day)| date == *day || date.cmp(day) == *side)
    }
}

/// `StatusCallbackMethod` → `status_callback_method`, as the Events resource shows keys.
fn snake(key: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            if previous.is_some_and(|p| p.is_ascii_alphanumeric()) {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

/// The calls' insides, by call SID.
pub(super) type Insides = HashMap<String, Inside>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_filters_take_whole_days_inclusively() {
        let query = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect()
        };
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let pairs = query(&[
            ("DateCreated<", "2024-01-31"),
            ("DateCreated>", "2024-01-30"),
        ]);
        let filters = DayFilters::read(&Form(&pairs), "DateCreated").unwrap();
        assert!(filters.match_day(at("2024-01-31T23:59:59Z")));
        assert!(filters.match_day(at("2024-01-30T00:00:00Z")));
        assert!(!filters.match_day(at("2024-02-01T00:00:00Z")));
        assert!(!filters.match_day(at("2024-01-29T23:59:59Z")));
        let pairs = query(&[("MessageDate", "2024-01-31")]);
        let on = DayFilters::read(&Form(&pairs), "MessageDate").unwrap();
        assert!(on.match_day(at("2024-01-31T12:00:00Z")));
        assert!(!on.match_day(at("2024-01-30T12:00:00Z")));
        let pairs = query(&[("DateCreated>", "yesterday")]);
        assert!(DayFilters::read(&Form(&pairs), "DateCreated").is_err());
    }

    #[test]
    fn event_keys_are_snake_case() {
        assert_eq!(snake("StatusCallbackMethod"), "status_callback_method");
        assert_eq!(snake("To"), "to");
        assert_eq!(snake("Parameter1.Name"), "parameter1.name");
    }
}
