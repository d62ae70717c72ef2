//! Call flows: FakeTwilio runs the TwiML a real axum app serves, with a scripted caller.
//! Each test asserts what the app received (byte for byte where the wire matters), what the
//! caller heard, and what the REST API shows afterwards; every signature is checked by the
//! SDK's validator in the app and, at the end of each test, by twilio-python's.

#[path = "call_flows/app.rs"]
mod app;
mod common;

use std::time::Duration;

use app::{App, Received};
use twilio_calls::{CallDirection, CallStatus, HttpMethod};
use twilio_calls_fake::transcript::{EndReason, RequestKind, Step};
use twilio_calls_fake::{DialOutcome, FakeTwilio, IncomingNumber, Lifecycle};

const CALLER: &str = "+15550001111";
const NUMBER: &str = "+15551230000";
const TOKEN: &str = "0123456789abcdef0123456789abcdef";

async fn setup() -> (FakeTwilio, App) {
    setup_with(|b| b).await
}

async fn setup_with(
    configure: impl FnOnce(twilio_calls_fake::FakeTwilioBuilder) -> twilio_calls_fake::FakeTwilioBuilder,
) -> (FakeTwilio, App) {
    let fake = configure(
        FakeTwilio::builder()
            .auth_token(TOKEN)
            .lifecycle(Lifecycle::manual()),
    )
    .start()
    .await
    .unwrap();
    let app = App::start(TOKEN).await;
    (fake, app)
}

fn number(app: &App, path: &str) -> IncomingNumber {
    IncomingNumber::new(NUMBER)
        .voice_url(app.url(path))
        .voice_fallback_url(app.url("/fallback"))
        .status_callback(app.url("/status"))
}

/// twilio-python's `RequestValidator` accepts every request the app received.
async fn python_accepts(received: &[Received]) {
    let ready = common::python::twilio_python();
    let Some(python) = common::python::required(&ready, "call_flows") else {
        return;
    };
    let cases: Vec<serde_json::Value> = received
        .iter()
        .map(|r| {
            let params: serde_json::Map<String, serde_json::Value> = if r.method == "POST" {
                r.params()
                    .into_iter()
                    .map(|(k, v)| (k, serde_json::Value::String(v)))
                    .collect()
            } else {
                serde_json::Map::new()
            };
            serde_json::json!({"url": r.url, "params": params, "signature": r.signature})
        })
        .collect();
    let script = r#"
import json, sys
from twilio.request_validator import RequestValidator
cases = json.load(sys.stdin)
v = RequestValidator(sys.argv[1])
print(json.dumps([v.validate(c["url"], c["params"], c["signature"]) for c in cases]))
"#;
    let mut child = tokio::process::Command::new(python)
        .args(["-c", script, TOKEN])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use tokio::io::AsyncWriteExt;
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(serde_json::to_string(&cases).unwrap().as_bytes())
        .await
        .unwrap();
    drop(stdin);
    let out = child.wait_with_output().await.unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let verdicts: Vec<bool> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(verdicts.len(), received.len());
    for (verdict, request) in verdicts.iter().zip(received) {
        assert!(verdict, "twilio-python refused {request:?}");
    }
}

/// The form every request about an inbound call from `CALLER` to `NUMBER` carries, with
/// `extra` among it in Twilio's order (by name): written out by hand, byte for byte.
fn inbound_form(account: &str, call: &str, status: &str, extra: &[(&str, &str)]) -> String {
    let mut pairs = vec![
        ("AccountSid", account.to_owned()),
        ("ApiVersion", "2010-04-01".to_owned()),
        ("CallSid", call.to_owned()),
        ("CallStatus", status.to_owned()),
        ("Called", "%2B15551230000".to_owned()),
        ("CalledCity", String::new()),
        ("CalledCountry", "US".to_owned()),
        ("CalledState", String::new()),
        ("CalledZip", String::new()),
        ("Caller", "%2B15550001111".to_owned()),
        ("CallerCity", String::new()),
        ("CallerCountry", "US".to_owned()),
        ("CallerState", String::new()),
        ("CallerZip", String::new()),
        ("Direction", "inbound".to_owned()),
        ("From", "%2B15550001111".to_owned()),
        ("FromCity", String::new()),
        ("FromCountry", "US".to_owned()),
        ("FromState", String::new()),
        ("FromZip", String::new()),
        ("To", "%2B15551230000".to_owned()),
        ("ToCity", String::new()),
        ("ToCountry", "US".to_owned()),
        ("ToState", String::new()),
        ("ToZip", String::new()),
    ];
    pairs.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
    pairs.sort_by(|a, b| a.0.cmp(b.0));
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

#[tokio::test]
async fn an_ivr_menu_takes_a_key_and_transfers_to_sales() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/voice"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let sid = call.call_sid().to_owned();
    let account = fake.account_sid();

    let welcome = call.expect_say("Welcome to Acme").await.unwrap();
    assert_eq!(welcome.attribute("voice"), Some("Polly.Amy"));
    call.expect_say("Press 1 for sales").await.unwrap();
    let gather = call.expect_gather().await.unwrap();
    assert_eq!(gather.attribute("numDigits"), Some("1"));
    call.press("1").await.unwrap();
    call.expect_say("Connecting you to sales").await.unwrap();
    let dialed = call.expect_dial().await.unwrap();
    assert_eq!(dialed.numbers, ["+15558675310"]);
    assert!(format!("{dialed:?}").contains("+15558675310"));
    call.dial_outcome(DialOutcome::Answered {
        talk_for: Duration::from_secs(45),
    })
    .await
    .unwrap();
    call.expect_say("Thanks for calling").await.unwrap();
    let ended = call.expect_hangup().await.unwrap();
    assert_eq!(ended.reason, EndReason::Hangup);
    assert_eq!(ended.status, CallStatus::Completed);
    fake.settle().await;

    // What the app received, in order, byte for byte.
    let voice = app.voice_requests();
    let paths: Vec<&str> = voice.iter().map(|r| r.path.as_str()).collect();
    assert_eq!(paths, ["/voice", "/menu", "/dial-done"]);
    assert!(voice.iter().all(|r| r.method == "POST" && r.verified));
    assert_eq!(
        voice[0].content_type.as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(voice[0].body, inbound_form(&account, &sid, "ringing", &[]));
    assert_eq!(
        voice[1].body,
        inbound_form(
            &account,
            &sid,
            "in-progress",
            &[("Digits", "1"), ("FinishedOnKey", "")]
        )
    );
    let child = &dialed.call_sids[0];
    assert_eq!(
        voice[2].body,
        inbound_form(
            &account,
            &sid,
            "in-progress",
            &[
                ("DialBridged", "true"),
                ("DialCallDuration", "45"),
                ("DialCallSid", child),
                ("DialCallStatus", "completed"),
            ]
        )
    );

    // The child leg: listed by the REST API with its parent, its own callbacks in order.
    let client = fake.client();
    let leg = client.calls().fetch(child).send().await.unwrap();
    assert_eq!(leg.parent_call_sid.as_deref(), Some(sid.as_str()));
    assert_eq!(leg.direction, Some(CallDirection::OutboundDial));
    assert_eq!(leg.status, Some(CallStatus::Completed));
    assert_eq!(leg.duration.as_deref(), Some("45"));
    assert_eq!(leg.from.as_deref(), Some("+15551230000"));
    let legs = app.seen_at("/leg");
    let statuses: Vec<String> = legs
        .iter()
        .map(|r| r.param("CallStatus").unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["initiated", "ringing", "in-progress", "completed"]
    );
    for (i, leg) in legs.iter().enumerate() {
        assert_eq!(leg.param("SequenceNumber"), Some(i.to_string()));
        assert_eq!(leg.param("Direction").as_deref(), Some("outbound-dial"));
        assert_eq!(leg.param("ParentCallSid").as_deref(), Some(sid.as_str()));
    }
    assert_eq!(legs[3].param("CallDuration").as_deref(), Some("45"));

    // The number's status callback: completion only, numbered after ringing and answered.
    let status = app.seen_at("/status");
    assert_eq!(status.len(), 1, "{status:?}");
    assert_eq!(status[0].param("CallStatus").as_deref(), Some("completed"));
    assert_eq!(status[0].param("SequenceNumber").as_deref(), Some("2"));
    assert_eq!(status[0].param("Direction").as_deref(), Some("inbound"));
    assert_eq!(
        status[0].param("CallbackSource").as_deref(),
        Some("call-progress-events")
    );
    // The prompt's 2 s pause passed before the Gather waited (expect_gather asked for it),
    // then 45 s with sales.
    assert_eq!(status[0].param("CallDuration").as_deref(), Some("47"));
    let parent = client.calls().fetch(&sid).send().await.unwrap();
    assert_eq!(parent.direction, Some(CallDirection::Inbound));
    assert_eq!(parent.status, Some(CallStatus::Completed));

    // The transcript reads like a call log.
    let log = call.transcript().to_string();
    assert!(log.contains("-> voice POST"), "{log}");
    assert!(log.contains("caller presses 1"), "{log}");
    assert!(log.contains("Digits=1"), "{log}");
    assert!(log.contains("rings +15558675310"), "{log}");
    assert!(
        log.contains("call ended completed: the app's <Hangup>"),
        "{log}"
    );
    python_accepts(&app.seen()).await;
}

#[tokio::test]
async fn busy_and_no_answer_go_to_voicemail_and_the_recording_is_listed() {
    for (outcome, status) in [
        (DialOutcome::Busy, "busy"),
        (DialOutcome::NoAnswer, "no-answer"),
    ] {
        let (fake, app) = setup().await;
        fake.add_number(number(&app, "/voice"));
        let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
        call.press("1").await.unwrap();
        let dialed = call.expect_dial().await.unwrap();
        call.dial_outcome(outcome).await.unwrap();
        call.expect_record().await.unwrap();
        call.speak("Please call me back").await.unwrap();
        call.wait(Duration::from_secs(2)).await.unwrap();
        call.speak("Thanks").await.unwrap();
        // Three seconds of silence end the recording.
        call.expect_say("Thank you, goodbye").await.unwrap();
        let ended = call.expect_hangup().await.unwrap();
        assert_eq!(ended.reason, EndReason::DocumentEnded);

        let done = &app.seen_at("/dial-done")[0];
        assert_eq!(done.param("DialCallStatus").as_deref(), Some(status));
        assert_eq!(done.param("DialBridged").as_deref(), Some("false"));
        assert_eq!(done.param("DialCallDuration").as_deref(), Some("0"));
        let recorded = &app.seen_at("/recorded")[0];
        assert_eq!(recorded.param("RecordingDuration").as_deref(), Some("5"));
        assert_eq!(recorded.param("Digits"), None);
        let url = recorded.param("RecordingUrl").unwrap();
        assert!(
            url.starts_with(&format!(
                "https://api.twilio.com/2010-04-01/Accounts/{}/Recordings/RE",
                fake.account_sid()
            )),
            "{url}"
        );
        let client = fake.client();
        let leg = client
            .calls()
            .fetch(&dialed.call_sids[0])
            .send()
            .await
            .unwrap();
        assert_eq!(leg.status.map(|s| s.to_string()).as_deref(), Some(status));
        let recordings = client
            .calls()
            .recordings(call.call_sid())
            .list()
            .send()
            .await
            .unwrap();
        assert_eq!(recordings.items.len(), 1);
        assert!(url.ends_with(&recordings.items[0].sid));
        python_accepts(&app.seen()).await;
    }
}

#[tokio::test]
async fn a_no_answer_takes_the_dial_timeout_on_the_virtual_clock() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/voice"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.press("1").await.unwrap();
    let dialed = call.expect_dial().await.unwrap();
    // Asking for what comes after the Dial lets its 20 s ring run out.
    call.expect_say("Sales is not available").await.unwrap();
    assert_eq!(
        app.seen_at("/dial-done")[0]
            .param("DialCallStatus")
            .as_deref(),
        Some("no-answer")
    );
    let started = std::time::Instant::now();
    call.hang_up().await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(5));
    let steps = call.transcript().steps;
    let action = steps
        .iter()
        .find_map(|s| match s {
            Step::Request(r) if r.url.ends_with("/dial-done") => Some(r.clone()),
            _ => None,
        })
        .unwrap();
    assert_eq!(action.at - dialed.verb.at, Duration::from_secs(20));
    // The caller hung up during the Record: its action is still asked, with Digits=hangup.
    let recorded = &app.seen_at("/recorded")[0];
    assert_eq!(recorded.param("Digits").as_deref(), Some("hangup"));
    assert_eq!(recorded.param("CallStatus").as_deref(), Some("completed"));
}

#[tokio::test]
async fn a_dial_rings_clients_and_sip_together_and_star_or_the_time_limit_ends_it() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/ring-two"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let dialed = call.expect_dial().await.unwrap();
    assert_eq!(dialed.numbers, ["client:alice", "sip:bob@example.com"]);
    call.dial_outcome(DialOutcome::Answered {
        talk_for: Duration::from_secs(600),
    })
    .await
    .unwrap();
    call.wait(Duration::from_secs(12)).await.unwrap();
    // hangupOnStar: the caller drops the callee and the call goes on to the action.
    call.press("*").await.unwrap();
    call.expect_say("Thanks for calling").await.unwrap();
    let done = &app.seen_at("/dial-done")[0];
    assert_eq!(done.param("DialCallStatus").as_deref(), Some("completed"));
    assert_eq!(done.param("DialCallDuration").as_deref(), Some("12"));
    assert_eq!(
        done.param("DialCallSid").as_deref(),
        Some(dialed.call_sids[0].as_str())
    );
    let alice = fake.call(&dialed.call_sids[0]).unwrap();
    assert_eq!(alice.to.as_deref(), Some("client:alice"));
    assert_eq!(alice.status, Some(CallStatus::Completed));
    // The other party stopped ringing when alice answered.
    let bob = fake.call(&dialed.call_sids[1]).unwrap();
    assert_eq!(bob.status, Some(CallStatus::Canceled));
    assert_eq!(bob.parent_call_sid.as_deref(), Some(call.call_sid()));

    // timeLimit cuts a longer talk short.
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.dial_outcome(DialOutcome::Answered {
        talk_for: Duration::from_secs(600),
    })
    .await
    .unwrap();
    call.expect_say("Thanks for calling").await.unwrap();
    let done = app.seen_at("/dial-done");
    assert_eq!(done[1].param("DialCallDuration").as_deref(), Some("60"));
}

#[tokio::test]
async fn a_record_without_action_asks_its_own_document_again() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/voicemail-here"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_record().await.unwrap();
    // timeout="0": silence does not end it; maxLength does.
    call.expect_say("Saved 20 seconds").await.unwrap();
    let asked = app.seen_at("/voicemail-here");
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[1].param("RecordingDuration").as_deref(), Some("20"));
}

#[tokio::test]
async fn too_many_redirects_is_11215_and_an_outbound_reject_only_hangs_up() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/bounce"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_say("Sorry, we are having trouble")
        .await
        .unwrap();
    let fallback = app.seen_at("/fallback");
    assert_eq!(fallback[0].param("ErrorCode").as_deref(), Some("11215"));
    // Twilio follows at most ten: the first request and ten more.
    assert_eq!(app.seen_at("/bounce").len(), 11);

    // A 303 is followed with a GET of the new URL, signed over it, without the parameters.
    fake.add_number(number(&app, "/moved"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_say("Sorry, we are having trouble")
        .await
        .unwrap();
    let followed = app.seen_at("/fallback").pop().unwrap();
    assert_eq!(
        (followed.method.as_str(), followed.query.as_str()),
        ("GET", "")
    );
    assert!(followed.verified);

    let client = fake.client();
    let created = client
        .calls()
        .create()
        .to("+15558675310")
        .from(NUMBER)
        .twiml("<Response><Reject/><Say>Not reached.</Say></Response>")
        .send()
        .await
        .unwrap();
    let mut call = fake.answer(&created.sid).await.unwrap();
    let ended = call.expect_hangup().await.unwrap();
    assert_eq!(ended.reason, EndReason::Hangup);
    assert_eq!(ended.status, CallStatus::Completed);
    assert!(
        call.transcript()
            .to_string()
            .contains("<Reject> only refuses an inbound call"),
        "{}",
        call.transcript()
    );
}

#[tokio::test]
async fn the_menu_loops_on_no_input_and_ends_after_three_tries() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/voice"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let wall = std::time::Instant::now();
    call.expect_say("Welcome").await.unwrap();
    for _ in 0..3 {
        call.expect_say("Press 1 for sales").await.unwrap();
        call.expect_gather().await.unwrap();
        call.expect_say("We did not get your choice").await.unwrap();
    }
    call.expect_say("Goodbye").await.unwrap();
    let ended = call.expect_hangup().await.unwrap();
    // Three 2 s prompts' pauses and three 5 s timeouts on the call's clock, not the wall's.
    assert_eq!(ended.at, Duration::from_secs(21));
    assert!(wall.elapsed() < Duration::from_secs(5));
    let voice = app.voice_requests();
    let urls: Vec<String> = voice
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert_eq!(
        urls,
        ["POST /voice", "GET /voice", "GET /voice", "GET /voice"]
    );
    // A relative Redirect resolves against the current document; GET puts the parameters in
    // the query after the document's own, and signs that URL.
    assert!(
        voice[1].query.starts_with("attempt=2&AccountSid="),
        "{}",
        voice[1].query
    );
    assert_eq!(voice[1].body, "");
    assert!(voice[2].query.starts_with("attempt=3&"));
    python_accepts(&app.seen()).await;
}

#[tokio::test]
async fn a_key_pressed_during_the_prompt_barges_in() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/voice"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_say("Welcome").await.unwrap();
    call.expect_say("Press 1 for sales").await.unwrap();
    // The prompt's pause has not passed: the key cuts it short.
    call.press("2").await.unwrap();
    call.expect_say("Leave a message").await.unwrap();
    let record = call.expect_record().await.unwrap();
    assert_eq!(record.attribute("finishOnKey"), Some("#"));
    assert_eq!(record.at, Duration::ZERO);
    call.speak("Hello").await.unwrap();
    call.wait(Duration::from_secs(2)).await.unwrap();
    call.press("#").await.unwrap();
    call.expect_say("Thank you, goodbye").await.unwrap();
    let recorded = &app.seen_at("/recorded")[0];
    assert_eq!(recorded.param("Digits").as_deref(), Some("#"));
    assert_eq!(recorded.param("RecordingDuration").as_deref(), Some("2"));
    fake.settle().await;
    let status = &app.seen_at("/recording-status")[0];
    assert_eq!(
        status.param("RecordingStatus").as_deref(),
        Some("completed")
    );
    assert_eq!(
        status.param("RecordingSource").as_deref(),
        Some("RecordVerb")
    );
    assert_eq!(status.param("RecordingDuration").as_deref(), Some("2"));
    python_accepts(&app.seen()).await;
}

#[tokio::test]
async fn gather_rules_finish_key_default_action_speech_and_empty_results() {
    let (fake, app) = setup().await;
    // finishOnKey ends input and is not part of Digits.
    fake.add_number(number(&app, "/digits"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.press("12").await.unwrap();
    call.wait(Duration::from_secs(3)).await.unwrap();
    call.press("34*").await.unwrap();
    call.expect_say("Enter your account number").await.unwrap();
    call.expect_say("Account 1234").await.unwrap();
    let got = &app.seen_at("/got-digits")[0];
    assert_eq!(got.param("FinishedOnKey").as_deref(), Some("*"));

    // The inter-digit timeout submits what was typed.
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.press("9").await.unwrap();
    call.expect_say("Enter your account number").await.unwrap();
    call.expect_say("Account 9").await.unwrap();

    // finishOnKey alone is no input: the Gather falls through.
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.press("*").await.unwrap();
    call.expect_say("Enter your account number").await.unwrap();
    call.expect_say("No account number").await.unwrap();

    // No action: the current document's URL.
    fake.add_number(number(&app, "/default-action"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.press("42").await.unwrap();
    call.expect_say("Two digits").await.unwrap();
    call.expect_say("Got 42").await.unwrap();
    let asked = app.seen_at("/default-action");
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[1].param("Digits").as_deref(), Some("42"));

    // Speech.
    fake.add_number(number(&app, "/speech"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_gather().await.unwrap();
    call.speak("billing & accounts").await.unwrap();
    call.expect_say("You said billing & accounts")
        .await
        .unwrap();
    let heard = &app.seen_at("/heard")[0];
    assert_eq!(
        heard.param("SpeechResult").as_deref(),
        Some("billing & accounts")
    );
    assert_eq!(heard.param("Confidence").as_deref(), Some("0.9"));
    assert_eq!(heard.param("Digits"), None);

    // A dtmf-only Gather refuses speech: the call moves on to something that takes it, and
    // ends first.
    fake.add_number(number(&app, "/digits"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let error = call.speak("hello").await.unwrap_err();
    assert!(error.message().contains("ended before speech"), "{error}");
    assert!(error.to_string().contains("the call so far"), "{error}");

    // actionOnEmptyResult asks the action with no Digits.
    fake.add_number(number(&app, "/empty-gather"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_say("Anything?").await.unwrap();
    call.expect_say("Sorry, that is not an option")
        .await
        .unwrap();
    let menu = app.seen_at("/menu");
    assert_eq!(menu.last().unwrap().param("Digits"), None);
    drop(call);
    python_accepts(&app.seen()).await;
}

#[tokio::test]
async fn pause_reject_and_plain_text() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/pause"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let said = call.expect_say("After the pause").await.unwrap();
    assert_eq!(said.at, Duration::from_secs(10));
    call.expect_hangup().await.unwrap();

    fake.add_number(number(&app, "/reject"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let ended = call.expect_hangup().await.unwrap();
    assert_eq!(ended.reason, EndReason::Rejected("busy".into()));
    assert_eq!(ended.status, CallStatus::Busy);
    fake.settle().await;
    let status = app.seen_at("/status");
    assert_eq!(
        status.last().unwrap().param("CallStatus").as_deref(),
        Some("busy")
    );

    fake.add_number(number(&app, "/plain"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_say("Hello from plain text").await.unwrap();
    call.expect_hangup().await.unwrap();
}

#[tokio::test]
async fn start_and_stop_are_visible_through_the_rest_api_and_unemulated_verbs_say_so() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/forks"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_say("We are recording").await.unwrap();
    let play = call.expect_play().await.unwrap();
    assert_eq!(play.text(), "https://cdn.example.com/bye.mp3");
    call.expect_hangup().await.unwrap();
    let steps = call.transcript().steps;
    let notices: Vec<String> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Notice(n) => Some(n.message.clone()),
            _ => None,
        })
        .collect();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("does not emulate <Enqueue>")),
        "{notices:?}"
    );
    let client = fake.client();
    // Never a silent skip: the call's notifications name the verb too.
    let notifications = client
        .calls()
        .notifications(call.call_sid())
        .list()
        .send()
        .await
        .unwrap();
    assert!(
        notifications.items.iter().any(|n| n
            .message_text
            .as_deref()
            .is_some_and(|m| m.contains("Enqueue"))),
        "{notifications:?}"
    );
    // <Start><Recording> made a recording; the stream started and stopped, and says so.
    let recordings = client
        .calls()
        .recordings(call.call_sid())
        .list()
        .send()
        .await
        .unwrap();
    assert_eq!(recordings.items.len(), 1);
    // (Streams have no GET on Twilio: stopping it again answers with its state.)
    let stream = client
        .calls()
        .streams(call.call_sid())
        .update("live")
        .status("stopped")
        .send()
        .await
        .unwrap();
    assert_eq!(stream.name.as_deref(), Some("live"));
    assert!(
        format!("{:?}", stream.status).contains("Stopped"),
        "{stream:?}"
    );
    fake.settle().await;
    let recording_status = app.seen_at("/recording-status");
    assert_eq!(
        recording_status
            .last()
            .unwrap()
            .param("RecordingStatus")
            .as_deref(),
        Some("completed")
    );
}

#[tokio::test]
async fn every_error_code_is_logged_and_the_fallback_runs() {
    let (fake, app) = setup_with(|b| b.webhook_timeout(Duration::from_millis(500))).await;
    let client = fake.client();
    for (path, code) in [
        ("/fails", 11200),
        ("/slow", 11205),
        ("/not-xml", 12100),
        ("/wrong-root", 12102),
        ("/json", 12300),
        ("/huge", 11750),
    ] {
        fake.add_number(number(&app, path));
        let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
        call.expect_say("Sorry, we are having trouble")
            .await
            .unwrap();
        call.expect_hangup().await.unwrap();
        let fallback = app.seen_at("/fallback");
        let last = fallback.last().unwrap();
        let error_url =
            form_urlencoded::byte_serialize(app.url(path).as_bytes()).collect::<String>();
        assert_eq!(
            last.body,
            inbound_form(
                &fake.account_sid(),
                call.call_sid(),
                "ringing",
                &[("ErrorCode", &code.to_string()), ("ErrorUrl", &error_url)]
            ),
            "{path}"
        );
        let codes = common::fake::notification_codes(&client, call.call_sid()).await;
        assert!(codes.contains(&code.to_string()), "{path}: {codes:?}");
    }

    // Without a fallback: Twilio's message, then a hang-up.
    fake.add_number(IncomingNumber::new(NUMBER).voice_url(app.url("/fails")));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_say("an application error has occurred")
        .await
        .unwrap();
    let ended = call.expect_hangup().await.unwrap();
    assert_eq!(ended.reason, EndReason::ApplicationError(11200));

    // 12200 is a warning: the unknown verb and attribute are left out, the rest runs.
    fake.add_number(number(&app, "/unknown-verb"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let said = call.expect_say("Still spoken").await.unwrap();
    assert_eq!(said.attribute("colour"), None);
    call.expect_hangup().await.unwrap();
    let warnings = client
        .calls()
        .notifications(call.call_sid())
        .list()
        .send()
        .await
        .unwrap();
    assert_eq!(
        warnings
            .items
            .iter()
            .filter(|n| n.error_code.as_deref() == Some("12200"))
            .count(),
        2
    );

    // A redirect loop ends with a clear error, never a hang.
    fake.add_number(number(&app, "/loop"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let ended = call.expect_hangup().await.unwrap();
    match ended.reason {
        EndReason::Emulator(why) => assert!(why.contains("redirect loop"), "{why}"),
        other => panic!("{other:?}"),
    }
    python_accepts(&app.seen()).await;
}

#[tokio::test]
async fn an_outbound_call_runs_its_url_when_answered() {
    let (fake, app) = setup().await;
    let client = fake.client();
    let call = client
        .calls()
        .create()
        .to("+15558675310")
        .from(NUMBER)
        .url(app.url("/voice"))
        .method(HttpMethod::Get)
        .fallback_url(app.url("/fallback"))
        .status_callback(app.url("/status"))
        .status_callback_event(["initiated", "ringing", "answered", "completed"])
        .send()
        .await
        .unwrap();
    let mut caller = fake.answer(&call.sid).await.unwrap();
    caller.expect_say("Welcome").await.unwrap();
    caller.press("2").await.unwrap();
    caller.expect_record().await.unwrap();
    caller.hang_up().await.unwrap();
    fake.settle().await;
    let voice = app.voice_requests();
    assert_eq!(voice[0].method, "GET");
    assert_eq!(voice[0].param("CallStatus").as_deref(), Some("in-progress"));
    assert_eq!(voice[0].param("Direction").as_deref(), Some("outbound-api"));
    assert_eq!(voice[0].param("From").as_deref(), Some(NUMBER));
    let statuses: Vec<String> = app
        .seen_at("/status")
        .iter()
        .map(|r| r.param("CallStatus").unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["initiated", "ringing", "in-progress", "completed"]
    );
    // The REST API can redirect or end a running call: here it has ended.
    let fetched = client.calls().fetch(&call.sid).send().await.unwrap();
    assert_eq!(fetched.status, Some(CallStatus::Completed));
    python_accepts(&app.seen()).await;
}

#[tokio::test]
async fn the_rest_api_redirects_a_running_call() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/voice"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    call.expect_gather().await.unwrap();
    let client = fake.client();
    client
        .calls()
        .update(call.call_sid())
        .twiml("<Response><Say>Redirected by the API.</Say></Response>")
        .send()
        .await
        .unwrap();
    call.expect_say("Redirected by the API").await.unwrap();
    call.expect_hangup().await.unwrap();
}

#[tokio::test]
async fn a_call_answered_by_the_lifecycle_runs_its_twiml_with_no_input() {
    let (fake, app) = setup_with(|b| {
        // A call nobody drives keeps the lifecycle's time: 21 s of timers at 1,000 times
        // speed.
        b.lifecycle(
            Lifecycle::timed(
                Duration::ZERO,
                Duration::ZERO,
                Some(Duration::from_millis(10)),
            )
            .speed(1000.0),
        )
    })
    .await;
    let client = fake.client();
    let call = client
        .calls()
        .create()
        .to("+15558675310")
        .from(NUMBER)
        .url(app.url("/voice"))
        .send()
        .await
        .unwrap();
    // The menu times out three times and says goodbye; the document, not the 10 ms
    // lifecycle, ends the call.
    for _ in 0..100 {
        if app.voice_requests().len() == 4 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.voice_requests().len(), 4);
    tokio::time::sleep(Duration::from_millis(100)).await;
    let fetched = client.calls().fetch(&call.sid).send().await.unwrap();
    assert_eq!(fetched.status, Some(CallStatus::Completed));
    assert_eq!(fetched.duration.as_deref(), Some("21"));
}

#[tokio::test]
async fn a_dropped_caller_lets_the_call_run_on_in_the_lifecycle_s_time() {
    let (fake, app) = setup_with(|b| b.lifecycle(Lifecycle::manual().speed(1000.0))).await;
    fake.add_number(number(&app, "/voice"));
    let call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let sid = call.call_sid().to_owned();
    drop(call);
    for _ in 0..200 {
        if fake.call(&sid).unwrap().status == Some(CallStatus::Completed) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let call = fake.call(&sid).unwrap();
    assert_eq!(call.status, Some(CallStatus::Completed));
    // The menu went round three times with no input, as it does for nobody.
    assert_eq!(call.duration.as_deref(), Some("21"));
    assert_eq!(app.voice_requests().len(), 4);
}

#[tokio::test]
async fn a_caller_error_prints_the_transcript() {
    let (fake, app) = setup().await;
    fake.add_number(number(&app, "/voice"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let error = call.expect_say("Welcome to Globex").await.unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains("expected to hear a <Say> containing \"Welcome to Globex\""),
        "{text}"
    );
    assert!(
        text.contains("<Say voice=\"Polly.Amy\">Welcome to Acme.</Say>"),
        "{text}"
    );
    assert!(matches!(
        error.transcript().steps.first(),
        Some(Step::Request(r)) if r.kind == RequestKind::Voice
    ));
    let unknown = fake
        .incoming_call(CALLER, "+15559999999")
        .await
        .unwrap_err();
    assert!(unknown.to_string().contains("add_number"), "{unknown}");
    fake.add_number(IncomingNumber::new(NUMBER).voice_url("not a url"));
    let bad = fake.incoming_call(CALLER, NUMBER).await.unwrap_err();
    assert!(bad.to_string().contains("VoiceUrl"), "{bad}");
    // Keys that are not keys are refused before the call is touched.
    fake.add_number(number(&app, "/voice"));
    let mut call = fake.incoming_call(CALLER, NUMBER).await.unwrap();
    let error = call.press("x").await.unwrap_err();
    assert!(error.message().contains("0-9, * and #"), "{error}");
}
