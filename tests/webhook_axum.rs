//! The `axum` example service (examples/status_callbacks.rs) over real HTTP: it answers a
//! signed voice webhook with TwiML, accepts a status callback Twilio signed, and refuses
//! forged, unsigned, replayed-elsewhere and malformed ones.

#[path = "../examples/status_callbacks.rs"]
#[allow(dead_code)]
mod example;

use std::sync::{Arc, Mutex};

use twilio_calls::CallStatus;
use twilio_calls::webhook::axum::WebhookVerifier;
use twilio_calls::webhook::{RequestValidator, SIGNATURE_HEADER, StatusCallback};

const TOKEN: &str = "the-auth-token";
const FORM: &str = "application/x-www-form-urlencoded";

const CALLBACK: [(&str, &str); 9] = [
    ("CallSid", "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    ("AccountSid", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    ("From", "+15005550006"),
    ("To", "+14155551212"),
    ("CallStatus", "completed"),
    ("Direction", "outbound-api"),
    ("CallDuration", "42"),
    ("SequenceNumber", "3"),
    ("Timestamp", "Tue, 31 Aug 2010 20:36:28 +0000"),
];

struct Service {
    origin: String,
    received: Arc<Mutex<Vec<StatusCallback>>>,
}

async fn start(verifier: WebhookVerifier) -> Service {
    let received = Arc::default();
    let app = example::App {
        verifier,
        received: Arc::clone(&received),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, example::router(app)).await });
    Service { origin, received }
}

fn form(params: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish()
}

async fn post(url: &str, body: String, signature: Option<&str>) -> (u16, String) {
    let mut request = reqwest::Client::new()
        .post(url)
        .header("content-type", FORM)
        .body(body);
    if let Some(signature) = signature {
        request = request.header(SIGNATURE_HEADER, signature);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn accepts_a_signed_callback_and_parses_it() {
    let service = start(WebhookVerifier::new(TOKEN)).await;
    let url = format!("{}/calls/status?attempt=1", service.origin);
    let signature = RequestValidator::new(TOKEN).sign(&url, CALLBACK);
    let (status, _) = post(&url, form(&CALLBACK), Some(&signature)).await;
    assert_eq!(status, 200);
    let received = service.received.lock().unwrap();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].call_status, CallStatus::Completed);
    assert_eq!(received[0].call_duration, Some(42));
    assert_eq!(received[0].sequence_number, Some(3));
}

#[tokio::test]
async fn answers_a_signed_voice_webhook_with_twiml() {
    let service = start(WebhookVerifier::new(TOKEN)).await;
    let url = format!("{}/calls/voice", service.origin);
    let params = [("CallSid", "CA1"), ("To", "+14155551212")];
    let signature = RequestValidator::new(TOKEN).sign(&url, params);
    let response = reqwest::Client::new()
        .post(&url)
        .header("content-type", FORM)
        .header(SIGNATURE_HEADER, &signature)
        .body(form(&params))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/xml; charset=utf-8"
    );
    assert_eq!(
        response.text().await.unwrap(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>\
         <Say voice=\"Polly.Amy\">Hello from Rust, +14155551212!</Say><Hangup/></Response>"
    );
    let (status, _) = post(&url, form(&params), Some("forged")).await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn refuses_forged_unsigned_and_moved_callbacks() {
    let service = start(WebhookVerifier::new(TOKEN)).await;
    let url = format!("{}/calls/status", service.origin);
    let genuine = RequestValidator::new(TOKEN).sign(&url, CALLBACK);

    let forged = RequestValidator::new("not-the-token").sign(&url, CALLBACK);
    let (status, body) = post(&url, form(&CALLBACK), Some(&forged)).await;
    assert_eq!(
        (status, body.as_str()),
        (403, "X-Twilio-Signature does not match the request")
    );

    let (status, body) = post(&url, form(&CALLBACK), None).await;
    assert_eq!(
        (status, body.as_str()),
        (403, "the request has no X-Twilio-Signature header")
    );

    // A genuine signature over other parameters (here: a changed status).
    let mut tampered = CALLBACK;
    tampered[4].1 = "busy";
    let (status, _) = post(&url, form(&tampered), Some(&genuine)).await;
    assert_eq!(status, 403);

    // A genuine signature for another URL.
    let elsewhere = format!("{url}?replayed=1");
    let (status, _) = post(&elsewhere, form(&CALLBACK), Some(&genuine)).await;
    assert_eq!(status, 403);

    assert!(service.received.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_signed_but_malformed_callback_is_a_bad_request() {
    let service = start(WebhookVerifier::new(TOKEN)).await;
    let url = format!("{}/calls/status", service.origin);
    let params = [
        ("CallSid", "CA1"),
        ("AccountSid", "AC1"),
        ("CallDuration", "soon"),
    ];
    let signature = RequestValidator::new(TOKEN).sign(&url, params);
    let (status, body) = post(&url, form(&params), Some(&signature)).await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        "invalid status callback parameter `CallStatus`: is required"
    );
}

#[tokio::test]
async fn behind_a_proxy_the_public_url_is_what_is_signed() {
    let verifier = WebhookVerifier::new(TOKEN)
        .public_base_url("https://calls.example.com/twilio/")
        .unwrap();
    let service = start(verifier).await;
    let local = format!("{}/calls/status", service.origin);
    let public = "https://calls.example.com/twilio/calls/status";
    let validator = RequestValidator::new(TOKEN);

    let (status, _) = post(
        &local,
        form(&CALLBACK),
        Some(&validator.sign(public, CALLBACK)),
    )
    .await;
    assert_eq!(status, 200);
    // Signed for the address the service listens on: not what Twilio would have called.
    let (status, _) = post(
        &local,
        form(&CALLBACK),
        Some(&validator.sign(&local, CALLBACK)),
    )
    .await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn forwarded_headers_are_used_only_when_trusted() {
    let validator = RequestValidator::new(TOKEN);
    let public = "https://edge.example.com/calls/status";
    let signature = validator.sign(public, CALLBACK);
    for (trust, expected) in [(true, 200), (false, 403)] {
        let service = start(WebhookVerifier::new(TOKEN).trust_forwarded_headers(trust)).await;
        let response = reqwest::Client::new()
            .post(format!("{}/calls/status", service.origin))
            .header("content-type", FORM)
            .header("x-forwarded-proto", "https")
            .header("x-forwarded-host", "edge.example.com")
            .header(SIGNATURE_HEADER, &signature)
            .body(form(&CALLBACK))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), expected, "trust {trust}");
    }
}

#[test]
fn a_bad_public_url_is_refused_with_the_parameter_named() {
    let err = WebhookVerifier::new(TOKEN)
        .public_base_url("calls.example.com")
        .unwrap_err();
    assert!(err.to_string().contains("public_base_url"), "{err}");
    let err = WebhookVerifier::new(TOKEN)
        .public_base_url("https://x.example?q=1")
        .unwrap_err();
    assert!(err.to_string().contains("must not have a query"), "{err}");
}
