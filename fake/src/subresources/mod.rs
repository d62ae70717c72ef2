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
use serde_json::{Value, json};
use twilio_calls::{CallStatus, Timestamp};

use crate::API_VERSION;
use crate::call_state::{CallEntry, Store};
use crate::http_api::{Failure, Form};
use crate::webhooks::PendingCallback;

mod forks;
pub(crate) mod log;
mod messages;
mod payments;
mod recordings;

use forks::{Fork, ForkKind, fork_callback};
use log::{Notification, notification_json};
use messages::{Message, Subscription};
use payments::Payment;
use recordings::{Recording, recording_callback, recording_json};

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

/// Where a resource's status callbacks go, and for which events.
#[derive(Debug, Clone)]
struct Target {
    url: String,
    method: String,
    events: Vec<String>,
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

impl Inside {
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
    let (page_size, page) = crate::list::page_numbers(&q)?;
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
                    .map_err(|_| Failure::invalid(&key, "must be a date (YYYY-MM-DD)"))?;
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
