//! CreateCall over real HTTP: every body parameter on the wire byte for byte, arrays as
//! repeated keys, the headers, and every input rule rejected before anything is sent.

mod common;

use common::{
    ACCOUNT, BASIC_AUTH, assert_form, assert_invalid, call_json, client, every_create_parameter,
    form, form_keys, serve,
};
use twilio_calls::{CallEvent, Location, OperationDescription};

fn rustc_version() -> String {
    let out = std::process::Command::new("rustc")
        .arg("--version")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    text.split_whitespace().nth(1).unwrap().to_owned()
}

#[tokio::test]
async fn every_parameter_goes_on_the_wire_as_twilio_names_it() {
    let (server, recorder) = serve(201, call_json()).await;
    let call = every_create_parameter(&client(&server).calls())
        .send()
        .await
        .unwrap();
    assert_eq!(call.sid, "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

    let seen = recorder.only();
    assert_eq!(seen.method, "POST");
    assert_eq!(
        seen.target,
        format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json")
    );
    // Every parameter, byte for byte.
    assert_form(
        &seen.body,
        &[
            "To=%2B15558675310",
            "From=%2B15017122661",
            "Method=GET",
            "FallbackUrl=https%3A%2F%2Fexample.com%2Ffallback",
            "FallbackMethod=POST",
            "StatusCallback=https%3A%2F%2Fexample.com%2Fstatus",
            "StatusCallbackEvent=initiated",
            "StatusCallbackEvent=ringing",
            "StatusCallbackEvent=answered",
            "StatusCallbackEvent=completed",
            "StatusCallbackMethod=POST",
            "SendDigits=W1234%23",
            "Timeout=30",
            "Record=true",
            "RecordingChannels=dual",
            "RecordingStatusCallback=https%3A%2F%2Fexample.com%2Frec",
            "RecordingStatusCallbackMethod=GET",
            "SipAuthUsername=alice",
            "SipAuthPassword=p%40ss+word",
            "MachineDetection=DetectMessageEnd",
            "MachineDetectionTimeout=45",
            "RecordingStatusCallbackEvent=in-progress",
            "RecordingStatusCallbackEvent=completed",
            "RecordingStatusCallbackEvent=absent",
            "Trim=do-not-trim",
            "CallerId=client%3Aalice",
            "MachineDetectionSpeechThreshold=2400",
            "MachineDetectionSpeechEndThreshold=1200",
            "MachineDetectionSilenceTimeout=5000",
            "AsyncAmd=true",
            "AsyncAmdStatusCallback=https%3A%2F%2Fexample.com%2Famd",
            "AsyncAmdStatusCallbackMethod=POST",
            "Byoc=BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "CallReason=Appointment+reminder",
            "CallToken=tok-123",
            "RecordingTrack=both",
            "TimeLimit=3600",
            "Url=https%3A%2F%2Fexample.com%2Ftwiml%3Fa%3D1%26b%3D2",
        ],
    );
    // In the spec's order, as twilio-python sends them (read from the generated description
    // of the prepared spec, so that a regenerated spec that adds or moves a parameter is
    // still what is checked).
    let spec_order: Vec<&str> = OperationDescription::find("CreateCall")
        .unwrap()
        .parameters
        .iter()
        .filter(|p| p.location == Location::Body)
        .map(|p| p.wire)
        .filter(|wire| form(&seen.body).contains_key(wire))
        .collect();
    assert_eq!(form_keys(&seen.body), spec_order);
    assert_eq!(seen.header("authorization"), Some(BASIC_AUTH));
    assert_eq!(
        seen.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(seen.header("accept"), Some("application/json"));
    assert_eq!(
        seen.header("user-agent"),
        Some(
            format!(
                "twilio-calls-rust/{} ({} {}) rust/{}",
                env!("CARGO_PKG_VERSION"),
                std::env::consts::OS,
                std::env::consts::ARCH,
                rustc_version()
            )
            .as_str()
        )
    );
    assert_eq!(seen.header("api-version"), None);
}

#[tokio::test]
async fn minimal_create_sends_only_what_was_set() {
    let (server, recorder) = serve(201, call_json()).await;
    let calls = client(&server).calls();
    calls
        .create()
        .to("+15558675310")
        .from("+15017122661")
        .twiml("<Response><Say>Ahoy, world!</Say></Response>")
        .send()
        .await
        .unwrap();
    calls
        .create()
        .to("sip:bob@example.com")
        .from("client:alice")
        .application_sid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .record(false)
        .status_callback_event([CallEvent::Completed])
        .await
        .unwrap();
    let seen = recorder.seen();
    assert_form(
        &seen[0].body,
        &[
            "To=%2B15558675310",
            "From=%2B15017122661",
            "Twiml=%3CResponse%3E%3CSay%3EAhoy%2C+world%21%3C%2FSay%3E%3C%2FResponse%3E",
        ],
    );
    assert_form(
        &seen[1].body,
        &[
            "To=sip%3Abob%40example.com",
            "From=client%3Aalice",
            "StatusCallbackEvent=completed",
            "Record=false",
            "ApplicationSid=APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ],
    );
}

#[tokio::test]
async fn a_subaccount_creates_under_its_own_path() {
    let (server, recorder) = serve(201, call_json()).await;
    client(&server)
        .account(common::SUBACCOUNT)
        .calls()
        .create()
        .to("+1")
        .from("+2")
        .url("https://example.com/t")
        .send()
        .await
        .unwrap();
    let seen = recorder.only();
    assert_eq!(
        seen.target,
        format!("/2010-04-01/Accounts/{}/Calls.json", common::SUBACCOUNT)
    );
    // The credentials stay the parent account's.
    assert_eq!(seen.header("authorization"), Some(BASIC_AUTH));
}

#[tokio::test]
async fn edge_values_of_every_range_are_accepted() {
    let (server, recorder) = serve(201, call_json()).await;
    let calls = client(&server).calls();
    let base = || calls.create().to("+1").from("+2");
    for request in [
        base()
            .twiml("é".repeat(4000))
            .timeout(1)
            .machine_detection_timeout(3)
            .machine_detection_speech_threshold(1000)
            .machine_detection_speech_end_threshold(500)
            .machine_detection_silence_timeout(2000)
            .send_digits("0123456789ABCD#*wW0123456789ABCD"),
        base()
            .url("http://localhost:8080/twiml")
            .timeout(600)
            .machine_detection_timeout(59)
            .machine_detection_speech_threshold(6000)
            .machine_detection_speech_end_threshold(5000)
            .machine_detection_silence_timeout(10000),
    ] {
        request.send().await.unwrap();
    }
    assert_eq!(recorder.seen().len(), 2);
}

#[tokio::test]
async fn every_rule_is_checked_before_anything_is_sent() {
    let (server, recorder) = serve(201, call_json()).await;
    let client = client(&server);
    let calls = client.calls();
    let ok = || {
        calls
            .create()
            .to("+15558675310")
            .from("+15017122661")
            .url("https://example.com/t")
    };
    let cases = vec![
        (
            calls.create().from("+1").url("https://e.x/t"),
            "To",
            "is required",
        ),
        (
            calls.create().to("+1").url("https://e.x/t"),
            "From",
            "is required",
        ),
        (
            calls.create().to(" ").from("+1").url("https://e.x/t"),
            "To",
            "must not be empty",
        ),
        (calls.create().to("+1").from("+2"), "Url", "none is set"),
        (
            ok().twiml("<Response/>"),
            "Url",
            "but `Url` and `Twiml` are set",
        ),
        (
            calls
                .create()
                .to("+1")
                .from("+2")
                .twiml("<Response/>")
                .application_sid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            "Url",
            "but `Twiml` and `ApplicationSid` are set",
        ),
        (
            calls.create().to("+1").from("+2").application_sid("AP123"),
            "ApplicationSid",
            "shorter than 34 characters",
        ),
        (
            calls
                .create()
                .to("+1")
                .from("+2")
                .application_sid("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            "ApplicationSid",
            "^AP[0-9a-fA-F]{32}$",
        ),
        (
            ok().byoc("BYzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"),
            "Byoc",
            "^BY[0-9a-fA-F]{32}$",
        ),
        (
            calls.create().to("+1").from("+2").url("example.com/t"),
            "Url",
            "absolute URL",
        ),
        (
            ok().fallback_url("ftp://example.com"),
            "FallbackUrl",
            "http or https",
        ),
        (
            ok().status_callback("/status"),
            "StatusCallback",
            "absolute URL",
        ),
        (
            ok().recording_status_callback("nope"),
            "RecordingStatusCallback",
            "absolute URL",
        ),
        (
            ok().async_amd_status_callback("x:"),
            "AsyncAmdStatusCallback",
            "http or https",
        ),
        (ok().method("PUT"), "Method", "must be one of GET, POST"),
        (
            ok().fallback_method("get"),
            "FallbackMethod",
            "must be one of GET, POST",
        ),
        (
            ok().status_callback_method("DELETE"),
            "StatusCallbackMethod",
            "must be one of GET, POST (got \"DELETE\")",
        ),
        (
            ok().recording_status_callback_method("X"),
            "RecordingStatusCallbackMethod",
            "must be one of GET, POST (got \"X\")",
        ),
        (
            ok().async_amd_status_callback_method("X"),
            "AsyncAmdStatusCallbackMethod",
            "must be one of GET, POST (got \"X\")",
        ),
        (
            ok().send_digits("12x"),
            "SendDigits",
            "only 0-9, A-D, #, *, w and W",
        ),
        (
            ok().send_digits("1".repeat(33)),
            "SendDigits",
            "longer than 32 characters",
        ),
        (ok().timeout(0), "Timeout", "between 1 and 600 (got 0)"),
        (ok().timeout(601), "Timeout", "between 1 and 600 (got 601)"),
        (
            ok().machine_detection_timeout(2),
            "MachineDetectionTimeout",
            "between 3 and 59",
        ),
        (
            ok().machine_detection_timeout(60),
            "MachineDetectionTimeout",
            "between 3 and 59",
        ),
        (
            ok().machine_detection_speech_threshold(999),
            "MachineDetectionSpeechThreshold",
            "between 1000 and 6000",
        ),
        (
            ok().machine_detection_speech_threshold(6001),
            "MachineDetectionSpeechThreshold",
            "between 1000 and 6000",
        ),
        (
            ok().machine_detection_speech_end_threshold(499),
            "MachineDetectionSpeechEndThreshold",
            "between 500 and 5000",
        ),
        (
            ok().machine_detection_speech_end_threshold(5001),
            "MachineDetectionSpeechEndThreshold",
            "between 500 and 5000",
        ),
        (
            ok().machine_detection_silence_timeout(1999),
            "MachineDetectionSilenceTimeout",
            "between 2000 and 10000",
        ),
        (
            ok().machine_detection_silence_timeout(10001),
            "MachineDetectionSilenceTimeout",
            "between 2000 and 10000",
        ),
        (
            calls.create().to("+1").from("+2").twiml("x".repeat(4001)),
            "Twiml",
            "longer than 4000 characters",
        ),
        (
            client
                .account("ACnope")
                .calls()
                .create()
                .to("+1")
                .from("+2")
                .url("https://e.x/t"),
            "AccountSid",
            "shorter than 34 characters",
        ),
    ];
    for (request, parameter, rule) in cases {
        let err = request.send().await.unwrap_err();
        assert_invalid(&err, parameter, rule);
    }
    assert!(recorder.seen().is_empty(), "{:#?}", recorder.seen());
}

#[test]
fn the_sip_password_never_shows_in_debug() {
    let client = twilio_calls::Client::new(ACCOUNT, common::TOKEN).unwrap();
    let request = client
        .calls()
        .create()
        .to("sip:bob@example.com")
        .from("+1")
        .sip_auth_username("bob")
        .sip_auth_password("hunter2-sip");
    let shown = format!("{request:?}");
    assert!(!shown.contains("hunter2-sip"), "{shown}");
    assert!(
        shown.contains("sip_auth_username: Some(\"bob\")"),
        "{shown}"
    );
    assert!(!shown.contains(common::TOKEN), "{shown}");
}

/// `ClientNotificationUrl` (once added by our overlay, in Twilio's spec since): a setter like
/// any other, checked as a URL.
#[tokio::test]
async fn client_notification_url_goes_on_the_wire() {
    let (server, recorder) = serve(201, call_json()).await;
    let calls = client(&server).calls();
    let create = || {
        calls
            .create()
            .to("+15558675310")
            .from("+15017122661")
            .url("https://example.com/twiml")
    };
    create()
        .client_notification_url("https://example.com/push")
        .await
        .unwrap();
    assert_form(
        &recorder.only().body,
        &[
            "To=%2B15558675310",
            "From=%2B15017122661",
            "Url=https%3A%2F%2Fexample.com%2Ftwiml",
            "ClientNotificationUrl=https%3A%2F%2Fexample.com%2Fpush",
        ],
    );
    let err = create()
        .client_notification_url("push-me")
        .await
        .unwrap_err();
    assert_invalid(&err, "ClientNotificationUrl", "must be an absolute URL");
    assert_eq!(recorder.seen().len(), 1);
}
