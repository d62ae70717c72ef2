//! What the client tells a tracing subscriber: one span per attempt with the operation,
//! method, path, attempt number, status, Twilio's error code, request id and concurrency
//! count, and the elapsed time; and never a credential, whatever goes wrong.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use common::fake::{create_to, manual};
use twilio_calls::{Client, RetryPolicy};
use twilio_calls_fake::Fault;

/// Everything a subscriber wrote, at every level.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// Runs `scenario` with a subscriber that records every span and event at TRACE level.
async fn capture<F: Future<Output = ()>>(scenario: F) -> String {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    scenario.await;
    captured.text()
}

#[tokio::test]
async fn every_attempt_is_a_span_with_what_happened() {
    let fake = manual().await;
    let client = common::fake::client_builder(&fake).build().unwrap();
    let output = capture(async {
        fake.fail_next(1, Fault::ServerError(503));
        let err = client
            .calls()
            .fetch("CA00000000000000000000000000000000")
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.attempts(), 2);
    })
    .await;
    let path = format!(
        "/2010-04-01/Accounts/{}/Calls/CA00000000000000000000000000000000.json",
        fake.account_sid()
    );
    let closes: Vec<&str> = output.lines().filter(|l| l.contains("close")).collect();
    assert_eq!(closes.len(), 2, "{output}");
    for (line, (attempt, status, code)) in closes.iter().zip([(1, 503, 20500), (2, 404, 20404)]) {
        for field in [
            "twilio.request{".to_owned(),
            "operation=\"FetchCall\"".to_owned(),
            format!("attempt={attempt}"),
            "http.method=\"GET\"".to_owned(),
            format!("url.path=\"{path}\""),
            format!("http.status={status}"),
            format!("twilio.error_code={code}"),
            "twilio.request_id=\"RQ".to_owned(),
            "twilio.concurrent_requests=\"1\"".to_owned(),
            "elapsed_ms=".to_owned(),
        ] {
            assert!(line.contains(&field), "{field} missing from {line}");
        }
    }
    assert!(output.contains("retrying"), "{output}");
}

#[tokio::test]
async fn no_credential_appears_in_any_tracing_output() {
    let fake = manual().await;
    let (key_sid, key_secret) = fake.add_api_key();
    let token = fake.auth_token().to_owned();
    let account = fake.account_sid();
    let forged_token = "forged-token-that-must-not-leak-42";
    let with_token = |token: &str| {
        Client::builder()
            .account_sid(&account)
            .auth_token(token)
            .base_url(fake.base_url())
            .retry_policy(RetryPolicy::default().initial_backoff(Duration::from_millis(1)))
            .timeout(Duration::from_millis(300))
            .build()
            .unwrap()
    };
    let good = with_token(&token);
    let forged = with_token(forged_token);
    let keyed = Client::builder()
        .account_sid(&account)
        .api_key(&key_sid, &key_secret)
        .base_url(fake.base_url())
        .build()
        .unwrap();
    // OAuth client credentials, and requests signed for client validation.
    let (client_id, client_secret) = fake.add_oauth_client();
    let oauth = Client::builder()
        .account_sid(&account)
        .oauth_client_credentials(&client_id, &client_secret)
        .oauth_base_url(fake.base_url())
        .base_url(fake.base_url())
        .build()
        .unwrap();
    let keys = twilio_calls::client_validation::KeyPairPem::generate().unwrap();
    let signed = Client::builder()
        .account_sid(&account)
        .api_key(&key_sid, &key_secret)
        .client_validation(
            "CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            keys.private_pem.clone(),
        )
        .base_url(fake.base_url())
        .build()
        .unwrap();
    let output = capture(async {
        // Refused credentials, a retried 429 and 5xx, a timeout, a dropped connection, and
        // every operation once with an API key.
        assert_eq!(
            forged
                .calls()
                .list()
                .send()
                .await
                .unwrap_err()
                .api()
                .unwrap()
                .status,
            401
        );
        let err = create_to(&forged, "+15558675310").send().await.unwrap_err();
        assert_eq!(err.api().unwrap().code, Some(20003));
        fake.fail_next(
            1,
            Fault::TooManyRequests {
                retry_after: Some("0".into()),
            },
        );
        fake.fail_next(1, Fault::ServerError(500));
        let sid = create_to(&good, "+15558675310").send().await.unwrap_err();
        drop(sid);
        fake.fail_next(1, Fault::Delay(Duration::from_secs(1)));
        create_to(&good, "+15558675310").send().await.unwrap_err();
        fake.fail_next(1, Fault::Drop);
        good.calls().list().send().await.unwrap();
        let call = create_to(&keyed, "+15558675310").send().await.unwrap();
        let sid = call.sid;
        keyed.calls().fetch(&sid).send().await.unwrap();
        keyed
            .calls()
            .update(&sid)
            .status(twilio_calls::UpdateCallStatus::Canceled)
            .send()
            .await
            .unwrap();
        keyed.calls().list().stream_all().await;
        keyed.calls().delete(&sid).send().await.unwrap();
        keyed.calls().fetch(&sid).send().await.unwrap_err();
        // A token fetched, used, refused (expired on the fake's clock) and replaced.
        oauth.calls().list().send().await.unwrap();
        fake.advance_clock(Duration::from_secs(7200));
        oauth.calls().list().send().await.unwrap();
        signed.calls().list().send().await.unwrap();
        create_to(&signed, "+15558675310").send().await.unwrap();
    })
    .await;
    assert!(output.contains("access token refused"), "{output}");
    let private_key_body: String = keys
        .private_pem
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect();
    assert!(output.lines().count() > 20, "{output}");
    let basic = |user: &str, password: &str| {
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    };
    for secret in [
        token.as_str(),
        forged_token,
        key_secret.as_str(),
        &basic(&account, &token),
        &basic(&account, forged_token),
        &basic(&key_sid, &key_secret),
        "Basic ",
        "authorization",
        "Authorization",
        client_secret.as_str(),
        "Bearer",
        // Any JWT: the access tokens and the client validation signatures.
        "eyJ",
        "Twilio-Client-Validation",
        "twilio-client-validation",
        &private_key_body[..64],
        &private_key_body[private_key_body.len() - 64..],
    ] {
        assert!(!output.contains(secret), "{secret:?} appears in:\n{output}");
    }
}

/// Drains a list stream, for its requests.
trait StreamAll {
    async fn stream_all(self);
}

impl StreamAll for twilio_calls::Request<twilio_calls::ListCall> {
    async fn stream_all(self) {
        use futures_util::TryStreamExt;
        let calls: Vec<_> = self.page_size(1).stream().try_collect().await.unwrap();
        assert!(!calls.is_empty());
    }
}
