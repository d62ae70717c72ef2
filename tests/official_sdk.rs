//! Parity with Twilio's official Python SDK: for the same inputs, twilio-calls sends the same
//! method, path and `key=value` pairs (byte for byte, percent-encoding included) as
//! twilio-python. The SDK's requests are a committed fixture that
//! `tests/official_sdk/capture.py` writes (CI reruns it and checks the fixture is current).
//!
//! Pair order is not compared, as Twilio does not read it, except among the values of one key
//! (`StatusCallbackEvent=initiated&StatusCallbackEvent=ringing` keeps its order).

mod common;

use std::collections::BTreeMap;

use chrono::{TimeZone, Utc};
use serde_json::Value;
use twilio_calls::{Calls, Error};

use common::{CALL, Recorder, Seen, client};

/// `key → values in the order sent`, from raw `key=value` pairs.
fn grouped<'a>(pairs: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, Vec<String>> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for pair in pairs {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        map.entry(k.to_owned()).or_default().push(v.to_owned());
    }
    map
}

fn split(raw: &str) -> Vec<&str> {
    if raw.is_empty() {
        vec![]
    } else {
        raw.split('&').collect()
    }
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap()
}

/// The scenarios of `capture.py`, through twilio-calls. Keep the two in step.
async fn run(name: &str, calls: &Calls) -> Result<(), Error> {
    match name {
        "create_every_parameter" => common::every_create_parameter(calls).send().await.map(drop),
        "create_twiml_unicode" => calls
            .create()
            .to("sip:bob@example.com")
            .from("client:alice")
            .record(false)
            .twiml("<Response><Say language=\"fr-FR\">Ça va? 50% & plus ☎</Say></Response>")
            .send()
            .await
            .map(drop),
        "create_application" => calls
            .create()
            .to("+15558675310")
            .from("+15017122661")
            .application_sid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
            .status_callback_event(["completed"])
            .send()
            .await
            .map(drop),
        "update_every_parameter" => common::every_update_parameter(calls).send().await.map(drop),
        "update_status_twiml" => calls
            .update(CALL)
            .status("completed")
            .twiml("<Response><Say>Bye & thanks</Say></Response>")
            .send()
            .await
            .map(drop),
        "list_every_filter" => calls
            .list()
            .to("+15558675310")
            .from("+15017122661")
            .parent_call_sid("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
            .status("in-progress")
            .start_time(utc(2024, 1, 31, 0, 0, 0))
            .start_time_before(utc(2024, 2, 1, 10, 30, 0))
            .start_time_after(utc(2024, 1, 1, 0, 0, 0))
            .end_time(utc(2024, 1, 31, 23, 59, 59))
            .end_time_before(utc(2024, 3, 1, 0, 0, 0))
            .end_time_after(utc(2024, 1, 1, 2, 0, 0))
            .page_size(2)
            .limit(2)
            .send()
            .await
            .map(drop),
        "list_limit_only" => calls.list().limit(120).send().await.map(drop),
        other => panic!("scenario {other} is in the fixture but not here"),
    }
}

#[tokio::test]
async fn requests_match_twilio_python_pair_for_pair() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/twilio_python_requests.json"
    );
    let fixture: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let scenarios = fixture["scenarios"].as_object().unwrap();
    assert_eq!(scenarios.len(), 7, "{}", fixture["sdk"]);
    for (name, expected) in scenarios {
        let server = httpmock::MockServer::start_async().await;
        let recorder = Recorder::default();
        let status = if expected["method"] == "GET" {
            200
        } else {
            201
        };
        let body = if status == 200 && name.starts_with("list") {
            common::page_json(0, 0, None)
        } else {
            format!(r#"{{"sid": "{CALL}", "status": "queued"}}"#)
        };
        recorder.answer(&server, |w| w, status, body).await;
        // Update answers 200; accept either success status.
        let calls = client(&server).calls();
        run(name, &calls)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));

        let seen: Seen = recorder.only();
        let (path, query) = seen.target.split_once('?').unwrap_or((&seen.target, ""));
        let strings = |v: &Value| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(seen.method, expected["method"].as_str().unwrap(), "{name}");
        assert_eq!(path, expected["path"].as_str().unwrap(), "{name}");
        // twilio-python also labels its body-less GETs as form-encoded; we send no
        // Content-Type without a body.
        assert_eq!(
            seen.header("content-type"),
            expected["content_type"]
                .as_str()
                .filter(|_| seen.method == "POST"),
            "{name}"
        );
        let expected_query = strings(&expected["query"]);
        let expected_body = strings(&expected["body"]);
        assert_eq!(
            grouped(split(query)),
            grouped(expected_query.iter().map(String::as_str)),
            "{name}: query"
        );
        assert_eq!(
            grouped(split(&seen.body)),
            grouped(expected_body.iter().map(String::as_str)),
            "{name}: body"
        );
    }
}
