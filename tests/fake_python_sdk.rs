//! Twilio's official Python SDK against FakeTwilio: proof that the fake speaks Twilio's wire
//! format, not only this crate's.
//!
//! `tests/official_sdk/drive_fake.py` creates (with two `status_callback_event` values),
//! fetches, lists, streams, updates and deletes through twilio-python; this test checks what
//! the SDK got back and what the fake received. twilio-python comes from
//! `TWILIO_CALLS_PYTHON` (an interpreter that has it) or `.tools/venv`, which this test
//! creates when missing (`pip install twilio==9.13.0`, the version the fixtures pin). Without
//! Python the test says so and passes as skipped, unless `TWILIO_CALLS_REQUIRE_PYTHON_SDK=1`
//! (set by CI).

mod common;

use std::path::Path;

use common::fake::{Receiver, manual};
use serde_json::Value;
use twilio_calls::CallStatus;

#[tokio::test]
async fn twilio_python_drives_the_fake_end_to_end() {
    let ready = common::python::twilio_python();
    let Some(python) = common::python::required(&ready, "tests/fake_python_sdk.rs") else {
        return;
    };
    let fake = manual().await;
    let receiver = Receiver::start(fake.auth_token()).await;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/official_sdk/drive_fake.py");
    let got: Value = common::python::json_output(
        tokio::process::Command::new(python)
            .arg(script)
            .env("FAKE_BASE_URL", fake.base_url())
            .env("FAKE_ACCOUNT_SID", fake.account_sid())
            .env("FAKE_AUTH_TOKEN", fake.auth_token())
            .env("CALLBACK_URL", receiver.url("/status")),
    )
    .await;

    // What the SDK got back.
    let created = &got["created"];
    let sid = created["sid"].as_str().unwrap();
    assert_eq!(created["status"], "queued");
    assert_eq!(created["to"], "+15558675310");
    assert_eq!(created["from"], "+15005550006");
    assert_eq!(created["direction"], "outbound-api");
    // twilio-python parsed the RFC 2822 date into a datetime.
    assert!(
        created["date_created"]
            .as_str()
            .unwrap()
            .ends_with("+00:00"),
        "{created}"
    );
    assert_eq!(got["fetched"], *created);
    assert_eq!(got["listed"], serde_json::json!([sid]));
    let second = got["second"].as_str().unwrap();
    assert_eq!(got["streamed"], serde_json::json!([second, sid]));
    assert_eq!(got["updated"]["status"], "canceled");
    assert_eq!(got["updated"]["duration"], "0");
    assert_eq!(got["deleted"], true);
    assert_eq!(
        got["after_delete"],
        serde_json::json!({"status": 404, "code": 20404})
    );

    // What the fake received: both events as repeated keys, and the rest of the call.
    let requests = fake.requests();
    let create = requests
        .iter()
        .find(|r| r.method == "POST" && r.form_values("To") == ["+15558675310"])
        .unwrap();
    assert_eq!(
        create.form_values("StatusCallbackEvent"),
        ["initiated", "ringing"]
    );
    assert_eq!(
        create.form_values("StatusCallback"),
        [receiver.url("/status")]
    );
    assert!(
        create
            .header("user-agent")
            .unwrap()
            .starts_with("twilio-python/9.13.0")
    );
    assert_eq!(
        fake.call(sid).unwrap().status,
        Some(CallStatus::Canceled),
        "canceled through twilio-python"
    );
    assert!(fake.call(second).is_none(), "deleted through twilio-python");
    let methods: Vec<_> = requests.iter().map(|r| r.method.as_str()).collect();
    assert_eq!(
        methods,
        [
            "POST", "POST", "GET", "GET", "GET", "GET", "POST", "DELETE", "GET"
        ]
    );
}
