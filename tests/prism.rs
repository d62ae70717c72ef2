//! Spec conformance: every request the SDK can make, sent through the public `Client` to
//! Stoplight's Prism mock server (`prism mock --errors`) serving the vendored spec. Prism
//! validates each request against the spec (path, query, form body, auth) and answers 422
//! with the violations when one does not conform; every request here must get a 2xx.
//!
//! Prism is pinned in `tests/prism/package.json` (and its lockfile) and installed with
//! `npm ci` into `tests/prism/node_modules`, by `.ci/run` or, when missing, by this test.
//! Without Node.js and npm the tests say so and pass as skipped, unless
//! `TWILIO_CALLS_REQUIRE_PRISM=1` (set by CI), which turns a skip into a failure.
//!
//! Prism serves the vendored spec with our overlay (spec/overlay.yaml) applied by the same
//! code the build uses (codegen/overlay.rs): Twilio's spec contradicts itself in places (page
//! links declared `format: uri` but relative; time filters declared date-time but taking
//! dates), and the overlay is where those corrections live, for the build, these tests and
//! FakeTwilio alike.
//!
//! Every parameter of every operation is sent through Prism, with a value derived from what
//! the generated descriptions say of it (`twilio_calls::operations::DESCRIPTIONS`), so a
//! regenerated spec's new parameters are covered without a test being edited.
//!
//! With the `testing` feature, `fake_twilio_answers_conform_to_the_spec` also puts Prism in
//! front of `FakeTwilio` as a validating proxy (`prism proxy --errors`), so every answer of the
//! fake is checked against the spec's response schemas.
//!
//! Array parameters (`StatusCallbackEvent`, `RecordingStatusCallbackEvent`) are left out of
//! the Prism requests: Prism expects `Key[]=…`, while Twilio expects repeated keys, which
//! `repeated_keys_for_arrays` checks on the wire with httpmock instead.

mod common;
// The build's own overlay code, so Prism serves exactly the spec the crate is generated from.
#[allow(dead_code)]
#[path = "../codegen/overlay.rs"]
mod overlay;

use std::io::ErrorKind;
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate};
use futures_util::StreamExt;
use serde_json::Value;
use twilio_calls::operations::DESCRIPTIONS;
use twilio_calls::twiml::{Say, VoiceResponse};
use twilio_calls::{
    AnsweredBy, CallEvent, CallStatus, Calls, Client, CreateCall, Error, HttpMethod, Location,
    MachineDetection, OperationDescription, PaginationError, RecordingChannels, RecordingEvent,
    RecordingTrack, Request, Trim, UpdateCall, UpdateCallStatus,
};

use common::{ACCOUNT, CALL, operations};

const REQUIRE_ENV: &str = "TWILIO_CALLS_REQUIRE_PRISM";

/// A running Prism. Its stdin is held open for the life of the test process: the wrapper
/// shell kills Prism when it closes, so no server outlives the tests.
struct Prism {
    base_url: String,
    _child: Child,
    _stdin: ChildStdin,
}

fn prism_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/prism")
}

fn prism_bin() -> PathBuf {
    prism_dir().join("node_modules/.bin/prism")
}

/// Installs the pinned Prism if needed; `Err` says why it cannot be.
fn install() -> Result<(), String> {
    if prism_bin().exists() {
        return Ok(());
    }
    for tool in ["node", "npm"] {
        match Command::new(tool).arg("--version").output() {
            Ok(out) if out.status.success() => {}
            _ => return Err(format!("`{tool}` is not installed")),
        }
    }
    eprintln!("installing the pinned Prism into tests/prism/node_modules (npm ci)…");
    let out = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(prism_dir())
        .output()
        .map_err(|e| format!("npm ci could not run: {e}"))?;
    if !out.status.success() || !prism_bin().exists() {
        return Err(format!(
            "npm ci failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

fn vendored_overlay() -> overlay::Overlay {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/spec/overlay.yaml")).unwrap();
    overlay::Overlay::from_value(&serde_norway::from_str(&text).unwrap()).unwrap()
}

/// The vendored spec with the overlay applied, as the build applies it.
fn served_spec() -> Value {
    let mut spec = common::spec();
    let outcomes = vendored_overlay().apply(&mut spec);
    assert!(
        !outcomes.contains(&overlay::Outcome::TargetGone),
        "{outcomes:?}"
    );
    spec
}

/// The served spec in a file for Prism, written once per test process (Prism instances
/// started by concurrent tests must never read a half-written file).
fn served_spec_file() -> Result<PathBuf, String> {
    static FILE: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    FILE.get_or_init(|| {
        let spec = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("prism-spec.json");
        let text = serde_json::to_string(&served_spec()).unwrap();
        std::fs::write(&spec, text).map_err(|e| format!("could not write {spec:?}: {e}"))?;
        Ok(spec)
    })
    .clone()
}

/// The shared mock server.
fn start() -> Result<Prism, String> {
    let spec = served_spec_file()?;
    launch("prism", &["mock".as_ref(), spec.as_os_str()])
}

/// Runs `prism {mode…} --errors` on a free loopback port, logging to `{name}.log`.
fn launch(name: &str, mode: &[&std::ffi::OsStr]) -> Result<Prism, String> {
    install()?;
    let port = common::free_port();
    let log = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.log"));
    let script = r#"log=$1; shift; "$0" "$@" >"$log" 2>&1 & prism=$!
cat >/dev/null
kill "$prism" 2>/dev/null"#;
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(prism_bin())
        .arg(&log)
        .args(mode)
        .args(["--errors", "-h", "127.0.0.1", "-p"])
        .arg(port.to_string())
        .stdin(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start Prism: {e}"))?;
    let stdin = child.stdin.take().expect("piped");
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let deadline = Instant::now() + Duration::from_secs(90);
    // Listening, by its own log: a bare connect could reach another server that took the
    // port after `free_port` released it.
    let listening = format!("Prism is listening on http://127.0.0.1:{port}");
    loop {
        let log_text = std::fs::read_to_string(&log).unwrap_or_default();
        if log_text.contains(&listening)
            && TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok()
        {
            break;
        }
        if Instant::now() > deadline || child.try_wait().ok().flatten().is_some() {
            return Err(format!(
                "Prism did not start listening; its log:\n{log_text}"
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Ok(Prism {
        base_url: format!("http://{address}"),
        _child: child,
        _stdin: stdin,
    })
}

/// The shared Prism, or `None` (after saying why) when the tests must be skipped.
fn prism() -> Option<&'static Prism> {
    static PRISM: OnceLock<Result<Prism, String>> = OnceLock::new();
    common::external(
        PRISM.get_or_init(start),
        "the Prism conformance tests (tests/prism.rs) need Node.js and npm",
        REQUIRE_ENV,
    )
}

macro_rules! prism_or_skip {
    () => {
        match prism() {
            Some(prism) => prism,
            None => return,
        }
    };
}

fn client(prism: &Prism) -> Client {
    common::client_at(&prism.base_url)
}

/// A client whose every request asks Prism for one response (`Prefer: code=…, example=…`).
fn client_preferring(prism: &Prism, prefer: &str) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("prefer", prefer.parse().unwrap());
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    common::builder_at(&prism.base_url)
        .http_client(http)
        .build()
        .unwrap()
}

/// The success value; on an error, fails with everything Prism said (its 422 lists the
/// request's violations of the spec).
fn conforms<T>(what: &str, result: Result<T, Error>) -> T {
    match result {
        Ok(value) => value,
        Err(Error::Api(e)) => panic!(
            "{what}: Prism answered {} to {}: {}\n{}",
            e.status, e.operation, e.message, e.body_snippet
        ),
        Err(e) => panic!("{what}: {e}"),
    }
}

/// Every parameter of every operation, set by its wire name with a value derived from its
/// description, goes on the wire under that key with that value (encoded as a form
/// decoder reads it back), and nothing else does. Derived from the generated descriptions,
/// so a regenerated spec's new parameters are covered as they come.
#[tokio::test]
async fn every_parameter_of_every_operation_goes_on_the_wire_under_its_key() {
    let mut covered = 0;
    for op in DESCRIPTIONS {
        for (target, pairs) in operations::one_request_per_parameter(op) {
            let (status, body) = operations::canned_answer(op);
            let (server, recorder) = common::serve(status, body).await;
            let client = common::client(&server);
            let what = format!("{} {target}", op.id);
            operations::send(&client, op.id, &pairs)
                .await
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            let seen = recorder.only();
            let sent = if op.method == "GET" {
                seen.target
                    .split_once('?')
                    .map_or("", |(_, q)| q)
                    .to_owned()
            } else {
                seen.body.clone()
            };
            let mut sent: Vec<(String, String)> = form_urlencoded::parse(sent.as_bytes())
                .into_owned()
                .collect();
            // The page-size rule adds `PageSize` to every list.
            if op.id.starts_with("List") && !pairs.iter().any(|(w, _)| *w == "PageSize") {
                sent.retain(|(k, _)| k != "PageSize");
            }
            let mut expected = pairs.clone();
            // Sent in the spec's order, whatever order they were set in (a family's keys
            // where the family is).
            let order = |k: &str| {
                op.parameters
                    .iter()
                    .position(|p| p.wire == k || (!p.family.is_empty() && k.starts_with(p.wire)))
            };
            expected.sort_by_key(|(k, _)| order(k));
            assert_eq!(sent, expected, "{what}");
            covered += 1;
        }
    }
    let parameters: usize = DESCRIPTIONS
        .iter()
        .map(|op| {
            op.parameters
                .iter()
                .filter(|p| p.location != Location::Path)
                .count()
        })
        .sum();
    assert_eq!(covered, parameters);
}

/// Every parameter of every operation, sent through Prism, conforms to the spec. Arrays are
/// left to the test above: Prism expects `Key[]=` where Twilio takes repeated keys.
#[tokio::test]
async fn every_parameter_of_every_operation_conforms() {
    let prism = prism_or_skip!();
    let client = client(prism);
    for op in DESCRIPTIONS {
        for (target, pairs) in operations::one_request_per_parameter(op) {
            let target = op.parameter(target).unwrap();
            if target.repeated && target.family.is_empty() {
                continue;
            }
            let what = format!("{} {}", op.id, target.wire);
            conforms(&what, operations::send(&client, op.id, &pairs).await);
        }
    }
}

/// One CreateCall per parameter group, covering every non-array parameter between them.
fn create_groups(calls: &Calls) -> Vec<(&'static str, Request<CreateCall>)> {
    let base = || calls.create().to("+15558675310").from("+15017122661");
    vec![
        (
            "callbacks",
            base()
                .url("https://example.com/twiml")
                .method(HttpMethod::Get)
                .fallback_url("https://example.com/fallback")
                .fallback_method(HttpMethod::Post)
                .status_callback("https://example.com/status")
                .status_callback_method(HttpMethod::Post)
                .send_digits("1234#")
                .timeout(30)
                .caller_id("+15017122661")
                .call_reason("Appointment reminder")
                .time_limit(600)
                .byoc("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        ),
        (
            "machine detection",
            base()
                .url("https://example.com/twiml")
                .machine_detection(MachineDetection::DetectMessageEnd)
                .machine_detection_timeout(30)
                .machine_detection_speech_threshold(2400)
                .machine_detection_speech_end_threshold(1200)
                .machine_detection_silence_timeout(5000)
                .async_amd(true)
                .async_amd_status_callback("https://example.com/amd")
                .async_amd_status_callback_method(HttpMethod::Post),
        ),
        (
            "recording",
            base()
                .url("https://example.com/twiml")
                .record(true)
                .recording_channels(RecordingChannels::Dual)
                .recording_status_callback("https://example.com/recording")
                .recording_status_callback_method(HttpMethod::Get)
                .trim(Trim::TrimSilence)
                .recording_track(RecordingTrack::Both),
        ),
        (
            "SIP",
            calls
                .create()
                .to("sip:bob@example.com")
                .from("+15017122661")
                .url("https://example.com/twiml")
                .sip_auth_username("bob")
                .sip_auth_password("s3cret"),
        ),
        (
            "TwiML",
            base().twiml(VoiceResponse::new().say(Say::new("Ahoy & welcome").voice("alice"))),
        ),
        (
            "application",
            base()
                .application_sid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                .call_token("a-call-token"),
        ),
    ]
}

/// One UpdateCall per parameter.
fn update_each(calls: &Calls) -> Vec<(&'static str, Request<UpdateCall>)> {
    let update = || calls.update(CALL);
    vec![
        ("Url", update().url("https://example.com/next")),
        ("Method", update().method(HttpMethod::Get)),
        ("Status", update().status(UpdateCallStatus::Completed)),
        (
            "FallbackUrl",
            update().fallback_url("https://example.com/fallback"),
        ),
        ("FallbackMethod", update().fallback_method(HttpMethod::Post)),
        (
            "StatusCallback",
            update().status_callback("https://example.com/status"),
        ),
        (
            "StatusCallbackMethod",
            update().status_callback_method(HttpMethod::Get),
        ),
        (
            "Twiml",
            update().twiml(VoiceResponse::new().say("Goodbye").hangup()),
        ),
        ("TimeLimit", update().time_limit(120)),
    ]
}

#[test]
fn prism_serves_every_overlay_correction() {
    let served = served_spec();
    let overlay = vendored_overlay();
    // What Prism serves already says everything each action says.
    let again = overlay.apply(&mut served.clone());
    assert!(
        again
            .iter()
            .all(|o| *o == overlay::Outcome::AlreadySatisfied),
        "{again:?}"
    );
    if !overlay.actions.is_empty() {
        assert_ne!(served, common::spec());
    }
}

#[tokio::test]
async fn repeated_keys_for_arrays() {
    let (server, recorder) = common::serve(201, common::call_json()).await;
    let calls = common::client(&server).calls();
    calls
        .create()
        .to("+15558675310")
        .from("+15017122661")
        .url("https://example.com/twiml")
        .status_callback_event([CallEvent::Initiated, CallEvent::Ringing])
        .recording_status_callback_event([RecordingEvent::InProgress, RecordingEvent::Completed])
        .await
        .unwrap();
    common::assert_form(
        &recorder.only().body,
        &[
            "To=%2B15558675310",
            "From=%2B15017122661",
            "StatusCallbackEvent=initiated",
            "StatusCallbackEvent=ringing",
            "RecordingStatusCallbackEvent=in-progress",
            "RecordingStatusCallbackEvent=completed",
            "Url=https%3A%2F%2Fexample.com%2Ftwiml",
        ],
    );
}

#[tokio::test]
async fn create_conforms_for_every_parameter_group() {
    let prism = prism_or_skip!();
    let calls = client(prism).calls();
    for (group, create) in create_groups(&calls) {
        let call = conforms(group, create.send().await);
        assert!(call.sid.starts_with("CA"), "{group}: {call:?}");
    }
    // And on a subaccount's path.
    let sub = client(prism).account(common::SUBACCOUNT).calls();
    let create = sub.create().to("+15558675310").from("+15017122661");
    conforms("subaccount", create.url("https://example.com/twiml").await);
}

#[tokio::test]
async fn fetch_update_and_delete_conform() {
    let prism = prism_or_skip!();
    let calls = client(prism).calls();
    let call = conforms("fetch", calls.fetch(CALL).await);
    assert_eq!(call.sid, CALL);
    assert_eq!(call.answered_by, Some(AnsweredBy::MachineStart));
    for (parameter, update) in update_each(&calls) {
        conforms(parameter, update.send().await);
    }
    conforms("delete", calls.delete(CALL).await);
}

#[tokio::test]
async fn list_conforms_with_every_filter() {
    let prism = prism_or_skip!();
    let calls = client(prism).calls();
    let day = DateTime::from_timestamp(1_704_067_200, 0).unwrap();
    let date = NaiveDate::from_ymd_opt(2024, 1, 31).unwrap();
    let instant = DateTime::from_timestamp(1_706_713_445, 0).unwrap();
    let filters = [
        ("To", calls.list().to("+15558675310")),
        ("From", calls.list().from("+15017122661")),
        (
            "ParentCallSid",
            calls
                .list()
                .parent_call_sid("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
        ),
        ("Status", calls.list().status(CallStatus::Completed)),
        ("StartTime", calls.list().start_time(instant)),
        ("StartTime (a date)", calls.list().start_time(date)),
        ("StartTime<", calls.list().start_time_before(instant)),
        ("StartTime>", calls.list().start_time_after(day)),
        ("EndTime", calls.list().end_time(day)),
        ("EndTime<", calls.list().end_time_before(day)),
        ("EndTime< (a date)", calls.list().end_time_before(date)),
        ("EndTime>", calls.list().end_time_after(instant)),
        ("PageSize", calls.list().page_size(5)),
    ];
    for (filter, list) in filters {
        conforms(filter, list.send().await);
    }
    let everything = calls
        .list()
        .to("+15558675310")
        .from("+15017122661")
        .parent_call_sid("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
        .status(CallStatus::InProgress)
        .start_time_after(day)
        .start_time_before(instant)
        .end_time_after(day)
        .end_time_before(instant)
        .page_size(1000);
    conforms("every filter", everything.send().await);
}

#[tokio::test]
async fn streams_stop_at_the_limit_or_at_a_repeated_link() {
    let prism = prism_or_skip!();
    let calls = client_preferring(prism, "example=readFullPage1").calls();
    let first = conforms("first page", calls.list().send().await);
    let per_page = first.items.len();
    // Prism's example page links to a next page that is the same example again.
    assert!(first.next_page_uri.is_some());

    let limit = per_page + 1;
    let stream = calls.list().limit(limit).stream();
    let items: Vec<_> = tokio::time::timeout(Duration::from_secs(30), stream.collect())
        .await
        .expect("the stream ends");
    assert_eq!(items.len(), limit);
    for item in items {
        conforms("limited stream", item);
    }

    let stream = calls.list().stream();
    let items: Vec<_> = tokio::time::timeout(Duration::from_secs(30), stream.collect())
        .await
        .expect("the stream ends instead of looping");
    let (last, calls_seen) = items.split_last().expect("items, then an error");
    assert!(calls_seen.iter().all(Result::is_ok));
    assert!(
        matches!(
            last,
            Err(Error::Pagination(PaginationError::RepeatedLink { .. }))
        ),
        "{last:?}"
    );
    // Stopped at the first link back to a page it had: one or two pages' worth, not more.
    assert!(
        calls_seen.len() <= 2 * per_page,
        "{} calls",
        calls_seen.len()
    );
}

#[tokio::test]
async fn every_example_response_of_the_spec_decodes() {
    let prism = prism_or_skip!();
    let examples = common::examples();
    assert!(examples.len() >= 5, "{} examples", examples.len());
    for (operation, status, name, example) in examples {
        let prefer = format!("code={status}, example={name}");
        let client = client_preferring(prism, &prefer);
        let what = format!("{operation} example {name:?}");
        let op = OperationDescription::find(&operation).unwrap();
        let pairs = operations::required_pairs(op);
        let decoded = conforms(&what, operations::send(&client, &operation, &pairs).await);
        let sids = |resources: &[Value]| -> Vec<Value> {
            resources.iter().map(|r| r["sid"].clone()).collect()
        };
        let expected = operations::example_resources(&example);
        assert_eq!(sids(&decoded), sids(&expected), "{what}");
    }
}

/// The checks above mean something only if Prism refuses what does not conform: raw requests
/// that break the spec get its 422 naming the parameter.
#[tokio::test]
async fn prism_refuses_requests_that_break_the_spec() {
    let prism = prism_or_skip!();
    let url = format!(
        "{}/2010-04-01/Accounts/{ACCOUNT}/Calls.json",
        prism.base_url
    );
    for (body, parameter) in [
        (
            "From=%2B15017122661&Url=https%3A%2F%2Fe.x%2Ft",
            r#"["body"]"#,
        ),
        (
            "To=%2B1&From=%2B2&Url=https%3A%2F%2Fe.x%2Ft&Timeout=soon",
            r#"["body","Timeout"]"#,
        ),
        (
            "To=%2B1&From=%2B2&Url=https%3A%2F%2Fe.x%2Ft&Record=maybe",
            r#"["body","Record"]"#,
        ),
    ] {
        let response = reqwest::Client::new()
            .post(&url)
            .basic_auth(ACCOUNT, Some(common::TOKEN))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 422, "{body}");
        let text = response.text().await.unwrap();
        assert!(
            text.contains(&format!(r#""location":{parameter}"#)),
            "{body}: {text}"
        );
    }
}

/// Relays one connection to `upstream` with the `Authorization` header taken out of the
/// request, as a misconfigured proxy would.
async fn strip_credentials(upstream: SocketAddr) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut downstream, _) = listener.accept().await.unwrap();
        let mut head = Vec::new();
        while !head.ends_with(b"\r\n\r\n") {
            let mut byte = [0u8; 1];
            if downstream.read_exact(&mut byte).await.is_err() {
                return;
            }
            head.push(byte[0]);
        }
        let head = String::from_utf8(head).unwrap();
        let kept: String = head
            .split_inclusive("\r\n")
            .filter(|line| !line.to_ascii_lowercase().starts_with("authorization:"))
            .collect();
        let mut up = tokio::net::TcpStream::connect(upstream).await.unwrap();
        up.write_all(kept.as_bytes()).await.unwrap();
        match tokio::io::copy_bidirectional(&mut downstream, &mut up).await {
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::ConnectionReset => {}
            Err(e) => panic!("relay: {e}"),
        }
    });
    format!("http://{address}")
}

#[tokio::test]
async fn without_credentials_prism_answers_401_and_the_sdk_reports_it() {
    let prism = prism_or_skip!();
    let upstream: SocketAddr = prism
        .base_url
        .trim_start_matches("http://")
        .parse()
        .unwrap();
    let relay = strip_credentials(upstream).await;
    let err = common::client_at(&relay)
        .calls()
        .fetch(CALL)
        .await
        .unwrap_err();
    let Error::Api(api) = err else {
        panic!("not an API error: {err:?}")
    };
    assert_eq!(api.status, 401);
    assert_eq!(api.operation, "FetchCall");
    assert!(
        api.body_snippet.contains("UNAUTHORIZED"),
        "{}",
        api.body_snippet
    );
}

/// FakeTwilio's answers conform to the spec: Prism as a validating proxy in front of the fake
/// (`prism proxy --errors`) turns any response that breaks the spec's schemas into a 500 that
/// lists the violations. A call in every status, pages with their links, updates and a
/// delete all go through it.
#[tokio::test]
async fn fake_twilio_answers_conform_to_the_spec() {
    let Some((fake, _proxy, client)) = proxied_fake().await else {
        return;
    };
    let calls = client.calls();
    let create = || {
        calls
            .create()
            .to("+15558675310")
            .from("+15005550006")
            .machine_detection(MachineDetection::Enable)
    };
    let mut sids = Vec::new();
    for (i, status) in [
        CallStatus::Queued,
        CallStatus::Ringing,
        CallStatus::InProgress,
        CallStatus::Completed,
        CallStatus::Busy,
        CallStatus::NoAnswer,
        CallStatus::Failed,
        CallStatus::Canceled,
    ]
    .into_iter()
    .enumerate()
    {
        let request = match i % 3 {
            0 => create().url("https://example.com/twiml"),
            1 => create().twiml("<Response/>"),
            _ => create().application_sid("AP0123456789abcdef0123456789abcdef"),
        };
        let sid = conforms("create", request.send().await).sid;
        if status != CallStatus::Queued {
            fake.advance(&sid, status.clone()).await.unwrap();
        }
        let call = conforms("fetch", calls.fetch(&sid).send().await);
        assert_eq!(call.status, Some(status));
        sids.push(sid);
    }

    let listed = conforms(
        "stream",
        calls
            .list()
            .page_size(3)
            .stream()
            .collect::<Vec<_>>()
            .await
            .into_iter()
            .collect::<Result<Vec<_>, _>>(),
    );
    assert_eq!(listed.len(), sids.len());
    let filtered = calls
        .list()
        .status(CallStatus::Completed)
        .start_time_after(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap())
        .send()
        .await;
    assert_eq!(conforms("filtered list", filtered).items.len(), 1);

    let live = &sids[2];
    let redirect = calls
        .update(live)
        .twiml("<Response><Hangup/></Response>")
        .send()
        .await;
    conforms("redirect", redirect);
    let hung_up = conforms(
        "hang up",
        calls.update(live).status("completed").send().await,
    );
    assert_eq!(hung_up.status, Some(CallStatus::Completed));
    conforms("delete", calls.delete(live).send().await);
}

/// FakeTwilio behind Prism as a validating proxy, and a client that goes through it; `None`
/// when Prism cannot run here (and CI does not require it).
async fn proxied_fake() -> Option<(twilio_calls_fake::FakeTwilio, Prism, Client)> {
    use twilio_calls_fake::Lifecycle;

    let fake = common::fake::with_lifecycle(Lifecycle::manual()).await;
    let upstream = fake.base_url().to_owned();
    let proxy = served_spec_file().and_then(|spec| {
        launch(
            "prism-proxy",
            &["proxy".as_ref(), spec.as_os_str(), upstream.as_ref()],
        )
    });
    common::external(
        &proxy,
        "the Prism conformance tests (tests/prism.rs) need Node.js and npm",
        REQUIRE_ENV,
    )?;
    let proxy = proxy.ok()?;
    let client = Client::builder()
        .account_sid(fake.account_sid())
        .auth_token(fake.auth_token())
        .base_url(&proxy.base_url)
        .build()
        .unwrap();
    Some((fake, proxy, client))
}

/// FakeTwilio's answers for what happens inside a call conform to the spec, through Prism as
/// a validating proxy: each of the 19 operations under `/Calls/{CallSid}/`. Nothing listens
/// at the recording's callback URL, so the fake logs a notification for it.
#[tokio::test]
async fn fake_twilio_answers_inside_a_call_conform_to_the_spec() {
    let Some((fake, _proxy, client)) = proxied_fake().await else {
        return;
    };
    let calls = client.calls();
    let sid = conforms(
        "create",
        calls
            .create()
            .to("+15558675310")
            .from("+15005550006")
            .url("https://example.com/twiml")
            // Nothing listens there: the fake logs the failed callbacks as notifications.
            .status_callback("http://127.0.0.1:9/status")
            .send()
            .await,
    )
    .sid;
    fake.advance(&sid, CallStatus::InProgress).await.unwrap();

    let recordings = calls.recordings(&sid);
    let recording = conforms(
        "start a recording",
        recordings
            .create()
            // Arrays stay out of Prism's way (see the module docs): the default event,
            // `completed`, is the one asked for.
            .recording_status_callback("http://127.0.0.1:9/recording")
            .recording_channels("dual")
            .send()
            .await,
    );
    for status in ["paused", "in-progress", "stopped"] {
        let updated = conforms(
            status,
            recordings
                .update(&recording.sid)
                .status(status)
                .send()
                .await,
        );
        assert_eq!(updated.status.as_ref().map(|s| s.as_str()), Some(status));
    }
    let fetched = conforms("fetch", recordings.fetch(&recording.sid).send().await);
    assert_eq!(
        fetched.status,
        Some(twilio_calls::CallRecordingStatus::Completed)
    );
    let listed = conforms("list", recordings.list().send().await);
    assert_eq!(listed.items.len(), 1);
    conforms("delete", recordings.delete(&recording.sid).send().await);

    let stream = conforms(
        "start a stream",
        calls
            .streams(&sid)
            .create()
            .url("wss://example.com/audio")
            .name("agent")
            .track("both_tracks")
            .parameter("tenant", "acme")
            .send()
            .await,
    );
    assert_eq!(stream.status, Some(twilio_calls::StreamStatus::InProgress));
    let stopped = conforms(
        "stop the stream by name",
        calls
            .streams(&sid)
            .update("agent")
            .status("stopped")
            .send()
            .await,
    );
    assert_eq!(stopped.sid, stream.sid);
    let transcription = conforms(
        "start a transcription",
        calls
            .transcriptions(&sid)
            .create()
            .name("notes")
            .send()
            .await,
    );
    conforms(
        "stop the transcription",
        calls
            .transcriptions(&sid)
            .update(&transcription.sid)
            .status("stopped")
            .send()
            .await,
    );
    let siprec = conforms(
        "start SIPREC",
        calls
            .siprec(&sid)
            .create()
            .connector_name("recorder")
            .parameter("k", "v")
            .send()
            .await,
    );
    conforms(
        "stop SIPREC",
        calls
            .siprec(&sid)
            .update(&siprec.sid)
            .status("stopped")
            .send()
            .await,
    );
    let payment = conforms(
        "start a payment",
        calls
            .payments(&sid)
            .create()
            .idempotency_key("pay-1")
            .status_callback("https://example.com/pay")
            .charge_amount(10.5)
            .send()
            .await,
    );
    conforms(
        "capture a card number",
        calls
            .payments(&sid)
            .update(&payment.sid)
            .idempotency_key("pay-2")
            .status_callback("https://example.com/pay")
            .capture("payment-card-number")
            .send()
            .await,
    );
    conforms(
        "send a message",
        calls
            .user_defined_messages(&sid)
            .create()
            .content(r#"{"greeting":"hi"}"#)
            .send()
            .await,
    );
    let subscriptions = calls.user_defined_message_subscriptions(&sid);
    let subscription = conforms(
        "subscribe",
        subscriptions
            .create()
            .callback("https://example.com/messages")
            .send()
            .await,
    );
    conforms(
        "unsubscribe",
        subscriptions.delete(&subscription.sid).send().await,
    );
    let events = conforms("events", calls.events(&sid).list().send().await);
    assert!(events.items.len() >= 10, "{} events", events.items.len());

    fake.settle().await;
    let notifications = conforms(
        "notifications",
        calls.notifications(&sid).list().send().await,
    );
    // Failed callbacks are logged (15003); the stream the fake could not open may be too
    // (31920: it connects to the stream's URL, here one nobody serves), when it has failed.
    let mut codes = Vec::new();
    for listed in &notifications.items {
        let fetched = conforms(
            "fetch a notification",
            calls.notifications(&sid).fetch(&listed.sid).send().await,
        );
        codes.extend(fetched.error_code_number());
    }
    assert!(codes.contains(&15003), "{codes:?}");
    assert!(
        codes.iter().all(|c| [15003, 31920].contains(c)),
        "{codes:?}"
    );
}
