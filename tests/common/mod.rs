//! Shared wiring for the integration tests: a recording mock server, the public client
//! pointed at it, and the spec's own example responses as fixtures.
#![allow(dead_code)] // each test binary uses its own subset

use std::sync::{Arc, Mutex};
use std::time::Duration;

use httpmock::prelude::*;
use httpmock::{HttpMockResponse, When};
use serde_json::Value;
use twilio_calls::{Calls, Client, ClientBuilder, CreateCall, Error, Request, UpdateCall};

pub const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
pub const SUBACCOUNT: &str = "ACcccccccccccccccccccccccccccccccc";
pub const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
pub const TOKEN: &str = "s3cr3t-auth-token-value";
/// `Basic base64("{ACCOUNT}:{TOKEN}")`, computed independently of the crate.
pub const BASIC_AUTH: &str =
    "Basic QUNhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYTpzM2NyM3QtYXV0aC10b2tlbi12YWx1ZQ==";

/// A request as the server saw it.
#[derive(Clone, Debug)]
pub struct Seen {
    pub method: String,
    /// Path and raw (still percent-encoded) query.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A form (or query string) as Twilio reads it: each raw, still percent-encoded key with its
/// raw values in the order sent. Twilio reads a form by key, so the order of different keys
/// is not part of the wire contract; the order of one key's repeated values is.
pub fn form(raw: &str) -> std::collections::BTreeMap<&str, Vec<&str>> {
    let mut map: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    for pair in raw.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        map.entry(key).or_default().push(value);
    }
    map
}

/// Asserts that the form `raw` holds exactly the raw `key=value` pairs `expected`, byte for
/// byte (percent-encoding included), in any order of keys but each key's values in order.
#[track_caller]
pub fn assert_form(raw: &str, expected: &[&str]) {
    assert_eq!(form(raw), form(&expected.join("&")), "the form sent: {raw}");
}

/// The keys of the form `raw` in the order sent, each once.
pub fn form_keys(raw: &str) -> Vec<&str> {
    let mut keys: Vec<&str> = Vec::new();
    for pair in raw.split('&').filter(|p| !p.is_empty()) {
        let key = pair.split_once('=').map_or(pair, |(k, _)| k);
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// Records every request that reaches the mocks made through it.
#[derive(Clone, Default)]
pub struct Recorder(Arc<Mutex<Vec<Seen>>>);

impl Recorder {
    pub fn seen(&self) -> Vec<Seen> {
        self.0.lock().unwrap().clone()
    }

    pub fn only(&self) -> Seen {
        let seen = self.seen();
        assert_eq!(seen.len(), 1, "expected exactly one request, got {seen:#?}");
        seen.into_iter().next().unwrap()
    }

    /// Adds a mock matching `when`, answering `status` with the JSON `body`.
    pub async fn answer(
        &self,
        server: &MockServer,
        when: impl FnOnce(When) -> When,
        status: u16,
        body: impl Into<String>,
    ) {
        self.answer_with(server, when, status, vec![], body).await;
    }

    /// Like [`answer`](Self::answer), with extra response headers.
    pub async fn answer_with(
        &self,
        server: &MockServer,
        when: impl FnOnce(When) -> When,
        status: u16,
        headers: Vec<(&'static str, &'static str)>,
        body: impl Into<String>,
    ) {
        let log = self.0.clone();
        let body: String = body.into();
        server
            .mock_async(move |w, then| {
                when(w);
                then.respond_with(move |req: &HttpMockRequest| {
                    log.lock().unwrap().push(Seen {
                        method: req.method_str().to_owned(),
                        target: req.uri().path_and_query().unwrap().as_str().to_owned(),
                        headers: req.headers_vec().clone(),
                        body: req.body_string(),
                    });
                    let mut response = HttpMockResponse::builder().status(status);
                    if !headers
                        .iter()
                        .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
                    {
                        response = response.header("content-type", "application/json");
                    }
                    for (k, v) in &headers {
                        response = response.header(*k, *v);
                    }
                    response.body(body.clone()).build()
                });
            })
            .await;
    }
}

/// A server whose every request is recorded and answered `status` with `body`.
pub async fn serve(status: u16, body: impl Into<String>) -> (MockServer, Recorder) {
    let server = MockServer::start_async().await;
    let recorder = Recorder::default();
    recorder.answer(&server, |w| w, status, body).await;
    (server, recorder)
}

/// The public client, authenticating as [`ACCOUNT`] with [`TOKEN`], pointed at `server`.
pub fn client(server: &MockServer) -> Client {
    client_at(&server.base_url())
}

/// A loopback port that was free a moment ago (bound, then released).
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// A client whose origin has nothing listening.
pub fn offline_client() -> Client {
    client_at(&format!("http://127.0.0.1:{}", free_port()))
}

/// The public client, authenticating as [`ACCOUNT`] with [`TOKEN`], on `base_url`.
pub fn client_at(base_url: &str) -> Client {
    builder_at(base_url).build().unwrap()
}

/// [`client_at`]'s configuration, for a test to add to: the default retry rules, with
/// backoffs of milliseconds so that retried failures do not slow the suite.
pub fn builder_at(base_url: &str) -> ClientBuilder {
    Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(base_url)
        .retry_policy(quick_retries())
}

/// The default retry rules with millisecond backoffs.
pub fn quick_retries() -> twilio_calls::RetryPolicy {
    twilio_calls::RetryPolicy::default()
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(5))
}

/// The smallest valid CreateCall.
pub fn minimal_create(calls: &Calls) -> Request<CreateCall> {
    calls.create().to("+1").from("+2").url("https://e.x/t")
}

/// A CreateCall with every body parameter set, some as typed values and some as strings
/// (the twilio-python parity scenario `create_every_parameter`).
pub fn every_create_parameter(calls: &Calls) -> Request<CreateCall> {
    calls
        .create()
        .to("+15558675310")
        .from("+15017122661")
        .url("https://example.com/twiml?a=1&b=2")
        .method(twilio_calls::HttpMethod::Get)
        .fallback_url("https://example.com/fallback")
        .fallback_method("POST")
        .status_callback("https://example.com/status")
        .status_callback_event(["initiated", "ringing", "answered", "completed"])
        .status_callback_method(twilio_calls::HttpMethod::Post)
        .send_digits("W1234#")
        .timeout(30)
        .record(true)
        .recording_channels(twilio_calls::RecordingChannels::Dual)
        .recording_status_callback("https://example.com/rec")
        .recording_status_callback_method("GET")
        .recording_status_callback_event([
            twilio_calls::RecordingEvent::InProgress,
            twilio_calls::RecordingEvent::Completed,
            twilio_calls::RecordingEvent::Absent,
        ])
        .recording_track(twilio_calls::RecordingTrack::Both)
        .trim(twilio_calls::Trim::DoNotTrim)
        .sip_auth_username("alice")
        .sip_auth_password("p@ss word")
        .machine_detection(twilio_calls::MachineDetection::DetectMessageEnd)
        .machine_detection_timeout(45)
        .machine_detection_speech_threshold(2400)
        .machine_detection_speech_end_threshold(1200)
        .machine_detection_silence_timeout(5000)
        .async_amd(true)
        .async_amd_status_callback("https://example.com/amd")
        .async_amd_status_callback_method("POST")
        .caller_id("client:alice")
        .byoc("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .call_reason("Appointment reminder")
        .call_token("tok-123")
        .time_limit(3600)
}

/// An UpdateCall of [`CALL`] with every parameter but `Status` and `Twiml` set (the parity
/// scenario `update_every_parameter`).
pub fn every_update_parameter(calls: &Calls) -> Request<UpdateCall> {
    calls
        .update(CALL)
        .url("https://example.com/next?step=2")
        .method("GET")
        .fallback_url("https://example.com/fallback")
        .fallback_method("POST")
        .status_callback("https://example.com/status")
        .status_callback_method("GET")
        .time_limit(120)
}

/// `err` is `InvalidInput` for `parameter`, its message holds `rule`, and its `Display`
/// names the parameter first.
pub fn assert_invalid(err: &Error, parameter: &str, rule: &str) {
    let Error::InvalidInput {
        parameter: p,
        message,
    } = err
    else {
        panic!("expected InvalidInput for {parameter}, got {err:?}");
    };
    assert_eq!(*p, parameter, "{err}");
    assert!(message.contains(rule), "{parameter}: {err}");
    assert!(
        err.to_string()
            .starts_with(&format!("invalid `{parameter}`: ")),
        "{err}"
    );
}

pub fn spec() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/spec/twilio_api_v2010.yaml"
    ))
    .unwrap();
    serde_norway::from_str(&text).unwrap()
}

/// `(operationId, status, example name, example value)` for every JSON example response the
/// spec gives for the Calls operations.
pub fn examples() -> Vec<(String, String, String, Value)> {
    let spec = spec();
    let mut out = Vec::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for op in item.as_object().unwrap().values() {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            if !operations::ids().contains(&id) {
                continue;
            }
            for (status, response) in op["responses"].as_object().unwrap() {
                let examples = response.pointer("/content/application~1json/examples");
                for (name, example) in examples.and_then(Value::as_object).into_iter().flatten() {
                    out.push((
                        id.to_owned(),
                        status.clone(),
                        name.clone(),
                        example["value"].clone(),
                    ));
                }
            }
        }
    }
    out
}

/// One example response, as JSON text.
pub fn example(operation: &str, name: &str) -> String {
    examples()
        .into_iter()
        .find(|(op, _, n, _)| op == operation && n == name)
        .unwrap_or_else(|| panic!("no example {operation}/{name}"))
        .3
        .to_string()
}

/// The call JSON most tests answer with: the spec's FetchCall example.
pub fn call_json() -> String {
    example("FetchCall", "fetch")
}

/// A list page of `n` calls with SIDs numbered from `first`, linking to `next`.
pub fn page_json(first: usize, n: usize, next: Option<&str>) -> String {
    let calls: Vec<Value> = (first..first + n)
        .map(|i| serde_json::json!({"sid": format!("CA{i:032x}"), "status": "completed"}))
        .collect();
    serde_json::json!({
        "calls": calls,
        "page": 0,
        "page_size": n,
        "start": first,
        "end": first + n.saturating_sub(1),
        "uri": format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json?PageSize={n}&Start={first}"),
        "first_page_uri": format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json?PageSize={n}&Page=0"),
        "next_page_uri": next,
        "previous_page_uri": null
    })
    .to_string()
}

/// The SID `page_json` gives call number `i`.
pub fn sid(i: usize) -> String {
    format!("CA{i:032x}")
}

/// A tool from outside Rust that a test needs (Prism, twilio-python): `Some` when it is
/// ready; otherwise `None` after saying on stderr, past the harness's capture, that the test
/// is skipped and why. With `{require_env}=1` (set by CI) a missing tool fails the test.
pub fn external<'a, T>(
    ready: &'a Result<T, String>,
    what: &str,
    require_env: &str,
) -> Option<&'a T> {
    use std::io::Write as _;
    match ready {
        Ok(tool) => Some(tool),
        Err(why) if std::env::var(require_env).is_ok_and(|v| v == "1") => {
            panic!("{what}, and must run ({require_env}=1), but: {why}")
        }
        Err(why) => {
            let _ = writeln!(std::io::stderr(), "SKIPPED: {what}: {why}");
            None
        }
    }
}

pub mod fake;
pub mod operations;
pub mod python;
#[cfg(feature = "redis")]
pub mod redis;
pub mod xml;
