//! `twilio_calls::conversation_relay`: the reference's message vectors (Twilio's pages)
//! parse and serialize exactly, the documented variations are tolerated, commands are
//! checked as Twilio checks them; and the WebSocket signature vectors.

use std::time::Duration;

use twilio_calls::conversation_relay::{Command, Event, Play, Text};
use twilio_calls::webhook::RequestValidator;

/// CR1–CR5 and CR12 (T→A).
const EVENTS: [&str; 7] = [
    r#"{"type":"setup","sessionId":"VX00000000000000000000000000000000","accountSid":"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","parentCallSid":"","callSid":"CA00000000000000000000000000000000","from":"+18005550100","to":"+18005550101","forwardedFrom":"+18005550102","callType":"PSTN","callerName":"","direction":"inbound","callStatus":"RINGING","customParameters":{"callReference":"bar"}}"#,
    r#"{"type":"prompt","voicePrompt":"Hi! Can you tell me about life?","lang":"en-US","last":true}"#,
    r#"{"type":"dtmf","digit":"1"}"#,
    r#"{"type":"interrupt","utteranceUntilInterrupt":"Life is a complex set of","durationUntilInterruptMs":460}"#,
    r#"{"type":"error","description":"Invalid message received: { \"foo\" : \"bar\" }"}"#,
    r#"{"type":"info","name":"agentSpeaking","value":"on","ts":1752091234567}"#,
    r#"{"type":"info","name":"tokensPlayed","value":"Hi, this is Jace,"}"#,
];

/// CR6–CR11 (A→T).
const COMMANDS: [&str; 6] = [
    r#"{"type":"text","token":"Hello world!","last":false,"interruptible":false,"preemptible":false}"#,
    r#"{"type":"text","token":"Hello from <phoneme alphabet=\"ipa\" ph=\"ˈtwɪlioʊ\">Twilio</phoneme>.","last":false,"interruptible":false,"preemptible":false}"#,
    r#"{"type":"play","source":"https://api.twilio.com/cowbell.mp3","loop":1,"preemptible":false,"interruptible":true}"#,
    r#"{"type":"sendDigits","digits":"9www4085551212"}"#,
    r#"{"type":"language","ttsLanguage":"sv-SE","transcriptionLanguage":"en-US"}"#,
    r#"{"type":"end","handoffData":"{\"reasonCode\":\"live-agent-handoff\", \"reason\": \"The caller wants to talk to a real person\"}"}"#,
];

#[test]
fn twilio_s_messages_parse_and_serialize_exactly() {
    for text in EVENTS {
        let event = Event::parse(text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert!(!matches!(event, Event::Unknown(_)), "{text}");
        assert_eq!(event.to_json(), text);
    }
    let Event::Setup(setup) = Event::parse(EVENTS[0]).unwrap() else {
        panic!()
    };
    assert_eq!(setup.session_id, "VX00000000000000000000000000000000");
    assert_eq!(setup.forwarded_from, "+18005550102");
    assert_eq!(setup.custom_parameter("callReference"), Some("bar"));
    let Event::Interrupt(interrupt) = Event::parse(EVENTS[3]).unwrap() else {
        panic!()
    };
    assert_eq!(
        interrupt.duration_until_interrupt,
        Some(Duration::from_millis(460))
    );
    for text in COMMANDS {
        let command = Command::parse(text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(command.to_json(), text);
    }
    // Built, not parsed: the same bytes.
    let built = [
        Command::from(
            Text::new("Hello world!")
                .interruptible(false)
                .preemptible(false),
        ),
        Command::from(
            Play::new("https://api.twilio.com/cowbell.mp3")
                .loop_count(1)
                .preemptible(false)
                .interruptible(true),
        ),
        Command::send_digits("9www4085551212"),
        Command::end(Some(
            r#"{"reasonCode":"live-agent-handoff", "reason": "The caller wants to talk to a real person"}"#
                .to_owned(),
        )),
    ];
    let expected = [COMMANDS[0], COMMANDS[2], COMMANDS[3], COMMANDS[5]];
    for (command, text) in built.iter().zip(expected) {
        assert_eq!(command.to_json(), text);
    }
}

#[test]
fn documented_variations_are_tolerated() {
    // durationUntilInterruptMs as a string, and as a decimal.
    for text in [
        r#"{"type":"interrupt","utteranceUntilInterrupt":"Life is","durationUntilInterruptMs":"460"}"#,
        r#"{"type":"interrupt","utteranceUntilInterrupt":"Life is","durationUntilInterruptMs":460.4}"#,
    ] {
        let Event::Interrupt(i) = Event::parse(text).unwrap() else {
            panic!()
        };
        assert_eq!(
            i.duration_until_interrupt.map(|d| d.as_millis()),
            Some(460),
            "{text}"
        );
    }
    // The older, shorter setup; and a newer field.
    let old = r#"{"type":"setup","sessionId":"VX1","callSid":"CA1","from":"+1","to":"+2","direction":"inbound","customParameters":{},"region":"ie1"}"#;
    let Event::Setup(setup) = Event::parse(old).unwrap() else {
        panic!()
    };
    assert_eq!(setup.account_sid, "");
    assert_eq!(setup.extra["region"], "ie1");
    // An unknown type is kept.
    let Event::Unknown(value) = Event::parse(r#"{"type":"telepathy","strength":9}"#).unwrap()
    else {
        panic!()
    };
    assert_eq!(value["strength"], 9);
}

#[test]
fn commands_are_checked_as_twilio_checks_them() {
    for (text, why) in [
        (r#"{"type":"text"}"#, "`token` is required"),
        (r#"{"type":"text","token":null}"#, "`token` is required"),
        (
            r#"{"type":"play","source":"cowbell"}"#,
            "`source` must be an absolute URL",
        ),
        (r#"{"type":"sendDigits","digits":"12x"}"#, "0-9, w, # and *"),
        (r#"{"type":"sendDigits","digits":""}"#, "0-9, w, # and *"),
        (r#"{"type":"language"}"#, "ttsLanguage"),
        (r#"{"type":"shout","token":"HI"}"#, "`type` must be"),
        (
            r#"{"type":"text","token":"x","last":"maybe"}"#,
            "`last` must be true or false",
        ),
        ("nonsense", "not JSON"),
    ] {
        let error = Command::parse(text).unwrap_err().to_string();
        assert!(error.contains(why), "{text}: {error}");
    }
    assert!(Command::send_digits("12#w*").validate().is_ok());
}

#[test]
fn websocket_signatures_are_over_the_wss_url() {
    // The reference's vectors (§6), computed with Python's hmac.
    let validator = RequestValidator::new("12345");
    let none: [(&str, &str); 0] = [];
    assert_eq!(
        validator.sign("wss://example.com/media-stream", none),
        "XFfwGS2Ev7f9qAP9MmRoMS7C724="
    );
    assert_eq!(
        validator.sign("https://example.com/media-stream", none),
        "+Nt/WUHH2g+0+t2rLN3k9fNhfEw="
    );
    assert_eq!(
        validator.sign("wss://example.com/ws?token=abc123&foo=bar", none),
        "g+TEnJ3iv1UwU+M96Uj0qshHnNM="
    );
    assert_eq!(
        validator.sign(
            "wss://example.com/ws",
            [("token", "abc123"), ("foo", "bar")]
        ),
        "eCcxb4BtGXrZ1GDHP5XJwOHJ8To="
    );
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-twilio-signature",
        "XFfwGS2Ev7f9qAP9MmRoMS7C724=".parse().unwrap(),
    );
    assert!(
        validator
            .verify("wss://example.com/media-stream", &headers, b"")
            .is_ok()
    );
    // The https:// form of the same URL does not verify.
    assert!(
        validator
            .verify("https://example.com/media-stream", &headers, b"")
            .is_err()
    );
}

#[cfg(feature = "axum")]
#[test]
fn the_verifier_rewrites_the_scheme_behind_a_proxy() {
    use twilio_calls::webhook::axum::WebhookVerifier;
    let request = |signature: &str| {
        let (parts, ()) = axum::http::Request::get("/media-stream")
            .header("host", "internal:8080")
            .header("x-twilio-signature", signature)
            .body(())
            .unwrap()
            .into_parts();
        parts
    };
    let behind_proxy = WebhookVerifier::new("12345")
        .public_base_url("https://example.com")
        .unwrap();
    let parts = request("XFfwGS2Ev7f9qAP9MmRoMS7C724=");
    assert_eq!(
        behind_proxy.public_websocket_url_of(&parts),
        "wss://example.com/media-stream"
    );
    assert!(behind_proxy.verify_websocket(&parts).is_ok());
    // Signed over https (what the service sees behind TLS), it is refused.
    assert!(
        behind_proxy
            .verify_websocket(&request("+Nt/WUHH2g+0+t2rLN3k9fNhfEw="))
            .is_err()
    );
    // Without the proxy setting the service would check ws://internal:8080/…: refused.
    assert!(
        WebhookVerifier::new("12345")
            .verify_websocket(&request("XFfwGS2Ev7f9qAP9MmRoMS7C724="))
            .is_err()
    );
}
