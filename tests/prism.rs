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
//! Prism serves the vendored spec with two corrections, made by [`served_spec`] and pinned by
//! `the_served_spec_differs_only_by_the_two_corrections`, both where the spec contradicts
//! itself:
//! - the four paging properties of ListCall's response (`uri`, `first_page_uri`,
//!   `next_page_uri`, `previous_page_uri`) lose `format: uri`: Twilio's own examples (and
//!   Twilio) give them as relative paths, which `--errors` turns into a 500 for every list;
//! - ListCall's six time filters (`StartTime`, `StartTime<`, `StartTime>` and the `EndTime`
//!   three) accept a date as well as a date-time: their descriptions say "specify a date as
//!   `YYYY-MM-DD`", the example pages' own `next_page_uri` links carry dates, but their schema
//!   says `format: date-time`, so Prism refused the spec's own next-page links.
//!
//! With the `testing` feature, `fake_twilio_answers_conform_to_the_spec` also puts Prism in
//! front of `FakeTwilio` as a validating proxy (`prism proxy --errors`), so every answer of the
//! fake is checked against the spec's response schemas.
//!
//! Array parameters (`StatusCallbackEvent`, `RecordingStatusCallbackEvent`) are left out of
//! the Prism requests: Prism expects `Key[]=…`, while Twilio expects repeated keys, which
//! `repeated_keys_for_arrays` checks on the wire with httpmock instead.

mod common;

use std::collections::BTreeSet;
use std::io::ErrorKind;
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate};
use futures_util::StreamExt;
use serde_json::Value;
use twilio_calls::twiml::{Say, VoiceResponse};
use twilio_calls::{
    AnsweredBy, CallEvent, CallStatus, Calls, Client, CreateCall, Error, HttpMethod,
    MachineDetection, PaginationError, RecordingChannels, RecordingEvent, RecordingTrack, Request,
    Trim, UpdateCall, UpdateCallStatus,
};

use common::{ACCOUNT, CALL};

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

/// The ListCall response properties Twilio declares `format: uri` but fills with relative
/// paths.
const RELATIVE_URI_PROPERTIES: [&str; 4] = [
    "uri",
    "first_page_uri",
    "next_page_uri",
    "previous_page_uri",
];

/// ListCall's time filters, which accept a date or a date-time.
const TIME_FILTERS: [&str; 6] = [
    "StartTime",
    "StartTime<",
    "StartTime>",
    "EndTime",
    "EndTime<",
    "EndTime>",
];

/// The vendored spec with the two corrections described at the top of this file.
fn served_spec() -> Value {
    let mut spec = common::spec();
    let list = spec["paths"]
        .as_object_mut()
        .unwrap()
        .values_mut()
        .flat_map(|item| item.as_object_mut().unwrap().values_mut())
        .find(|op| op["operationId"] == "ListCall")
        .expect("ListCall");
    let properties = list
        .pointer_mut("/responses/200/content/application~1json/schema/properties")
        .and_then(Value::as_object_mut)
        .expect("ListCall's response properties");
    for name in RELATIVE_URI_PROPERTIES {
        let property = properties[name].as_object_mut().unwrap();
        assert_eq!(
            property.remove("format"),
            Some(Value::from("uri")),
            "{name}"
        );
    }
    for parameter in list["parameters"].as_array_mut().unwrap() {
        if TIME_FILTERS.contains(&parameter["name"].as_str().unwrap()) {
            let schema = parameter["schema"].as_object_mut().unwrap();
            assert_eq!(schema.remove("format"), Some(Value::from("date-time")));
            let formats = serde_json::json!([{ "format": "date" }, { "format": "date-time" }]);
            schema.insert("anyOf".to_owned(), formats);
        }
    }
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

/// The parameter names the spec declares for an operation's form body.
fn form_parameters(operation: &str) -> BTreeSet<String> {
    let spec = common::spec();
    let op = spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .find(|op| op["operationId"] == operation)
        .unwrap_or_else(|| panic!("no operation {operation}"));
    op.pointer("/requestBody/content/application~1x-www-form-urlencoded/schema/properties")
        .and_then(Value::as_object)
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

/// The form parameter names of recorded requests.
fn sent_parameters(bodies: impl IntoIterator<Item = String>) -> BTreeSet<String> {
    bodies
        .into_iter()
        .flat_map(|body| {
            form_urlencoded::parse(body.as_bytes())
                .map(|(name, _)| name.into_owned())
                .collect::<Vec<_>>()
        })
        .collect()
}

const ARRAYS: [&str; 2] = ["StatusCallbackEvent", "RecordingStatusCallbackEvent"];

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

#[tokio::test]
async fn the_groups_cover_every_create_and_update_parameter() {
    // Checked on the wire with httpmock, so this holds whether or not Prism runs.
    let (server, recorder) = common::serve(201, common::call_json()).await;
    let calls = common::client(&server).calls();
    for (_, create) in create_groups(&calls) {
        create.send().await.unwrap();
    }
    let mut expected = form_parameters("CreateCall");
    for array in ARRAYS {
        assert!(expected.remove(array), "{array} is a CreateCall parameter");
    }
    assert_eq!(
        sent_parameters(recorder.seen().into_iter().map(|s| s.body)),
        expected
    );

    let (server, recorder) = common::serve(200, common::call_json()).await;
    let calls = common::client(&server).calls();
    let updates = update_each(&calls);
    for (parameter, update) in updates {
        update.send().await.unwrap();
        let body = recorder.seen().pop().unwrap().body;
        assert_eq!(
            sent_parameters([body]),
            BTreeSet::from([parameter.to_owned()])
        );
    }
    assert_eq!(
        sent_parameters(recorder.seen().into_iter().map(|s| s.body)),
        form_parameters("UpdateCall")
    );
}

#[test]
fn the_served_spec_differs_only_by_the_two_corrections() {
    let (vendored, served) = (common::spec(), served_spec());
    let mut differences = Vec::new();
    diff("", &vendored, &served, &mut differences);
    let list = "/paths//2010-04-01/Accounts/{AccountSid}/Calls.json/get";
    let parameters =
        vendored["paths"]["/2010-04-01/Accounts/{AccountSid}/Calls.json"]["get"]["parameters"]
            .as_array()
            .unwrap();
    let mut expected: Vec<String> = RELATIVE_URI_PROPERTIES
        .iter()
        .map(|name| {
            format!("{list}/responses/200/content/application/json/schema/properties/{name}/format")
        })
        .collect();
    for (i, parameter) in parameters.iter().enumerate() {
        if TIME_FILTERS.contains(&parameter["name"].as_str().unwrap()) {
            expected.push(format!("{list}/parameters/{i}/schema/anyOf"));
            expected.push(format!("{list}/parameters/{i}/schema/format"));
        }
    }
    expected.sort();
    differences.sort();
    assert_eq!(differences, expected);
}

/// Paths (JSON-pointer-like) where two documents differ.
fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                let (x, y) = (a.get(key.as_str()), b.get(key.as_str()));
                match (x, y) {
                    (Some(x), Some(y)) => diff(&format!("{path}/{key}"), x, y, out),
                    _ => out.push(format!("{path}/{key}")),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                diff(&format!("{path}/{i}"), x, y, out);
            }
        }
        (a, b) if a != b => out.push(path.to_owned()),
        _ => {}
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
    assert_eq!(
        recorder.only().body,
        "To=%2B15558675310&From=%2B15017122661&StatusCallbackEvent=initiated\
         &StatusCallbackEvent=ringing&RecordingStatusCallbackEvent=in-progress\
         &RecordingStatusCallbackEvent=completed&Url=https%3A%2F%2Fexample.com%2Ftwiml"
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
        let calls = client_preferring(prism, &prefer).calls();
        let what = format!("{operation} example {name:?}");
        let decoded = conforms(&what, common::run_for_sids(&calls, &operation).await);
        let expected = common::example_sids(&example);
        assert_eq!(decoded, expected, "{what}");
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
#[cfg(feature = "testing")]
#[tokio::test]
async fn fake_twilio_answers_conform_to_the_spec() {
    use twilio_calls::testing::Lifecycle;

    let fake = common::fake::with_lifecycle(Lifecycle::manual()).await;
    let upstream = fake.base_url().to_owned();
    let proxy = served_spec_file().and_then(|spec| {
        launch(
            "prism-proxy",
            &["proxy".as_ref(), spec.as_os_str(), upstream.as_ref()],
        )
    });
    let Some(proxy) = common::external(
        &proxy,
        "the Prism conformance tests (tests/prism.rs) need Node.js and npm",
        REQUIRE_ENV,
    ) else {
        return;
    };
    let client = Client::builder()
        .account_sid(fake.account_sid())
        .auth_token(fake.auth_token())
        .base_url(&proxy.base_url)
        .build()
        .unwrap();
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
