//! Public Key Client Validation end to end: requests signed by the crate pass a FakeTwilio that
//! requires them, carry twilio-python's `rqh` for the same wire request and verify under the
//! public key with PyJWT; tampered, expired and unsigned requests are refused.

mod common;

use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value, json};
use twilio_calls::client_validation::KeyPairPem;
use twilio_calls::{Client, Error};
use twilio_calls_fake::{FakeTwilio, Fault};

use common::Seen;

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const KEY: &str = "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SECRET: &str = "Zr6oQ3bT9uXw2yLk8dVf1gHn5cJp7sAe";
const CREDENTIAL: &str = "CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// One key pair for the whole test binary (RSA key generation takes a while).
fn keys() -> &'static KeyPairPem {
    static KEYS: std::sync::OnceLock<KeyPairPem> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| KeyPairPem::generate().unwrap())
}

/// A client authenticating with an API key, at `base_url`, with the tests' quick retries.
fn key_client(base_url: &str, key: &str, secret: &str) -> twilio_calls::ClientBuilder {
    Client::builder()
        .account_sid(ACCOUNT)
        .api_key(key, secret)
        .base_url(base_url)
        .retry_policy(common::quick_retries())
}

fn signed_client(base_url: &str, key: &str, secret: &str, credential: &str) -> Client {
    key_client(base_url, key, secret)
        .client_validation(credential, keys().private_pem.clone())
        .build()
        .unwrap()
}

fn claims(jwt: &str) -> (Value, Value) {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let part = |n: usize| -> Value {
        serde_json::from_slice(&engine.decode(jwt.split('.').nth(n).unwrap()).unwrap()).unwrap()
    };
    (part(0), part(1))
}

/// The five requests of the twilio-python fixture, through our client to a recorder; what
/// each put on the wire is the fixture's (but the host), byte for byte.
#[tokio::test]
async fn the_wire_is_twilio_pythons_and_each_attempt_is_signed() {
    let (server, recorder) = common::serve(200, common::call_json()).await;
    let client = signed_client(&server.base_url(), KEY, SECRET, CREDENTIAL);
    let calls = client.calls();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/twilio_python_client_validation.json");
    let fixture: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let create = calls
        .create()
        .to("+15558675310")
        .from("+15017122661")
        .url("https://example.com/twiml?tenant=acme&step=1")
        .status_callback_event(["initiated", "ringing", "answered"])
        .machine_detection_timeout(30)
        .record(true);
    let _ = create.await;
    let _ = calls.fetch(CALL).await;
    let _ = calls
        .update(CALL)
        .twiml("<Response><Say>Ahoy & bye</Say></Response>")
        .status("completed")
        .await;
    let _ = calls
        .list()
        .to("+15558675310")
        .status("completed")
        .start_time_after(chrono::NaiveDate::from_ymd_opt(2024, 1, 31).unwrap())
        .parent_call_sid(CALL)
        .page_size(20)
        .await;
    let _ = calls.delete(CALL).await;
    let seen = recorder.seen();
    let names = [
        "create_with_arrays_and_a_query_in_a_url",
        "fetch",
        "update_with_twiml",
        "list_with_filters",
        "delete",
    ];
    assert_eq!(seen.len(), names.len());
    for (name, request) in names.iter().zip(&seen) {
        let python = &fixture["cases"][name];
        let (path, query) = request
            .target
            .split_once('?')
            .unwrap_or((&request.target, ""));
        assert_eq!(request.method, python["method"], "{name}");
        assert_eq!(path, python["path"], "{name}");
        let sorted = |q: &str| {
            let mut pairs: Vec<String> = q.split('&').map(str::to_owned).collect();
            pairs.sort();
            pairs
        };
        assert_eq!(
            sorted(query),
            sorted(python["query"].as_str().unwrap()),
            "{name}"
        );
        assert_eq!(request.body, python["body"], "{name}");
        assert_eq!(
            request.header("authorization").unwrap(),
            python["authorization"],
            "{name}"
        );
        let jwt = request.header("twilio-client-validation").expect("signed");
        let (header, claims) = claims(jwt);
        assert_eq!(header, python["jwt_header"], "{name}");
        let mut names: Vec<&String> = claims.as_object().unwrap().keys().collect();
        names.sort();
        assert_eq!(json!(names), python["claim_names"], "{name}");
        assert_eq!(claims["iss"], KEY);
        assert_eq!(claims["sub"], ACCOUNT);
        let ttl = claims["exp"].as_u64().unwrap() - claims["nbf"].as_u64().unwrap();
        assert!(ttl <= 300, "{name}: exp is {ttl} s after nbf");
    }
    check_with_twilio_python(&seen).await;
}

/// What twilio-python computes for requests we sent, run by tests/official_sdk/client_validation.py
/// `--check`: its `rqh` for each exact wire request equals the one we signed, and PyJWT verifies
/// each JWT under the public key.
async fn check_with_twilio_python(seen: &[Seen]) {
    let ready = common::python::twilio_python();
    let Some(python) = common::python::required(&ready, "tests/client_validation.rs") else {
        return;
    };
    let requests: Vec<Value> = seen
        .iter()
        .map(|r| {
            let (path, query) = r.target.split_once('?').unwrap_or((&r.target, ""));
            json!({
                "method": r.method,
                "path": path,
                "query": query,
                "authorization": r.header("authorization"),
                "host": r.header("host"),
                "body": r.body,
                "jwt": r.header("twilio-client-validation"),
            })
        })
        .collect();
    let input = json!({
        "account_sid": ACCOUNT,
        "api_key_sid": KEY,
        "credential_sid": CREDENTIAL,
        "public_key": keys().public_pem,
        "requests": requests,
    });
    let file = std::env::temp_dir().join(format!("pkcv-check-{}.json", std::process::id()));
    std::fs::write(&file, input.to_string()).unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/official_sdk/client_validation.py"
    );
    let results: Vec<Value> = common::python::json_output(
        tokio::process::Command::new(python)
            .arg(script)
            .arg("--check")
            .arg(&file),
    )
    .await;
    std::fs::remove_file(&file).unwrap();
    assert_eq!(results.len(), seen.len());
    for (request, result) in seen.iter().zip(&results) {
        let jwt = request.header("twilio-client-validation").unwrap();
        let (_, ours) = claims(jwt);
        assert_eq!(result["verify_error"], Value::Null, "{}", request.target);
        assert_eq!(ours["rqh"], result["rqh"], "{}", request.target);
        assert_eq!(ours["hrh"], result["hrh"], "{}", request.target);
        assert_eq!(result["claims"]["rqh"], ours["rqh"]);
        assert_eq!(result["header"]["kid"], CREDENTIAL);
    }
}

/// A fake that requires client validation, with an API key our client signs as.
async fn strict_fake() -> (FakeTwilio, Client) {
    let fake = FakeTwilio::builder()
        .account_sid(ACCOUNT)
        .require_client_validation(keys().public_pem.clone())
        .start()
        .await
        .unwrap();
    let (key, secret) = fake.add_api_key();
    let credential = fake.credential_sid().unwrap();
    let client = signed_client(fake.base_url(), &key, &secret, &credential);
    (fake, client)
}

#[tokio::test]
async fn a_fake_that_requires_it_takes_signed_requests_retries_and_next_pages() {
    let (fake, client) = strict_fake().await;
    let calls = client.calls();
    for n in 0..3 {
        calls
            .create()
            .to(format!("+1555867531{n}"))
            .from("+15005550006")
            .twiml("<Response/>")
            .await
            .unwrap();
    }
    // A retried read is signed again; pages past the first are signed over their own query.
    fake.fail_next(1, Fault::ServerError(503));
    let listed: Vec<_> =
        futures_util::TryStreamExt::try_collect::<Vec<_>>(calls.list().page_size(1).stream())
            .await
            .unwrap();
    assert_eq!(listed.len(), 3);
    let lists: Vec<_> = fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET")
        .collect();
    assert_eq!(lists.len(), 4, "a 503, then three pages");
    let jwts: Vec<String> = lists
        .iter()
        .map(|r| r.header("twilio-client-validation").unwrap().to_owned())
        .collect();
    let hashes: std::collections::BTreeSet<String> = jwts
        .iter()
        .map(|jwt| claims(jwt).1["rqh"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        hashes.len(),
        3,
        "the retry repeats the first page's hash; pages differ"
    );

    // Unsigned: an API-key client without the key is refused, before anything happens.
    let (key, secret) = fake.add_api_key();
    let unsigned = key_client(fake.base_url(), &key, &secret).build().unwrap();
    let err = unsigned.calls().list().send().await.unwrap_err();
    assert_refused(&err, 20151, "no Twilio-Client-Validation header");
    // Signed with another key than the one registered.
    let other = KeyPairPem::generate().unwrap();
    let (key, secret) = fake.add_api_key();
    let forged = key_client(fake.base_url(), &key, &secret)
        .client_validation(fake.credential_sid().unwrap(), other.private_pem)
        .build()
        .unwrap();
    let err = forged.calls().list().send().await.unwrap_err();
    assert_refused(&err, 20151, "does not verify");
    // Another credential SID than the registered one.
    let (key, secret) = fake.add_api_key();
    let wrong_kid = signed_client(fake.base_url(), &key, &secret, CREDENTIAL);
    assert_refused(
        &wrong_kid.calls().list().send().await.unwrap_err(),
        20152,
        "",
    );
}

fn assert_refused(err: &Error, code: u32, message: &str) {
    let api = err.api().unwrap_or_else(|| panic!("{err:?}"));
    assert_eq!(api.status, 401, "{err}");
    assert_eq!(api.code, Some(code), "{err}");
    assert!(api.message.contains(message), "{err}");
}

/// A signed request captured, then replayed to the strict fake changed in one way: each
/// change breaks the signature; replayed as it was, it passes.
#[tokio::test]
async fn tampered_and_expired_requests_are_refused() {
    let (fake, client) = strict_fake().await;
    let created = client
        .calls()
        .create()
        .to("+15558675310")
        .from("+15005550006")
        .twiml("<Response/>")
        .await
        .unwrap();
    let (key, secret) = fake.add_api_key();
    // A signed update, captured at a recorder as it was sent.
    let (recorder_server, recorder) = common::serve(200, common::call_json()).await;
    let capture = signed_client(
        &recorder_server.base_url(),
        &key,
        &secret,
        &fake.credential_sid().unwrap(),
    );
    capture
        .calls()
        .update(&created.sid)
        .status("canceled")
        .await
        .unwrap();
    let original = recorder.only();
    let fake_host = fake.base_url().trim_start_matches("http://").to_owned();
    let replay = |path: String, body: String, host: String, authorization: String| {
        let original = original.clone();
        let url = format!("{}{path}", fake.base_url());
        async move {
            let response = reqwest::Client::new()
                .post(url)
                .header("authorization", authorization)
                .header("host", host)
                .header("content-type", "application/x-www-form-urlencoded")
                .header(
                    "twilio-client-validation",
                    original.header("twilio-client-validation").unwrap(),
                )
                .body(body)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let body: Value = response.json().await.unwrap_or_default();
            (status, body["code"].as_u64(), body["message"].to_string())
        }
    };
    let recorder_host = recorder_server
        .base_url()
        .trim_start_matches("http://")
        .to_owned();
    let authorization = original.header("authorization").unwrap().to_owned();
    let path = original.target.clone();
    let body = original.body.clone();
    // The recorder's host is what was signed: replayed to the fake with that Host, it passes.
    let (status, ..) = replay(
        path.clone(),
        body.clone(),
        recorder_host.clone(),
        authorization.clone(),
    )
    .await;
    assert_eq!(status, 200, "the untouched request");
    // Body changed.
    let (status, code, message) = replay(
        path.clone(),
        body.replace("canceled", "completed"),
        recorder_host.clone(),
        authorization.clone(),
    )
    .await;
    assert_eq!((status, code), (401, Some(20151)), "{message}");
    assert!(message.contains("rqh"), "{message}");
    // Query added.
    let (status, code, _) = replay(
        format!("{path}?PageSize=5"),
        body.clone(),
        recorder_host.clone(),
        authorization.clone(),
    )
    .await;
    assert_eq!((status, code), (401, Some(20151)));
    // Host changed (the fake's own, which was not signed).
    let (status, code, _) =
        replay(path.clone(), body.clone(), fake_host, authorization.clone()).await;
    assert_eq!((status, code), (401, Some(20151)));
    // Authorization changed: another valid key, not the one that signed.
    let (other_key, other_secret) = fake.add_api_key();
    let other = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{other_key}:{other_secret}"))
    );
    let (status, code, _) = replay(path.clone(), body.clone(), recorder_host.clone(), other).await;
    assert_eq!(status, 401);
    assert!(matches!(code, Some(20151 | 20153)), "{code:?}");
    // Expired: six minutes later on the fake's clock.
    fake.advance_clock(Duration::from_secs(360));
    let (status, code, message) = replay(path, body, recorder_host, authorization).await;
    assert_eq!((status, code), (401, Some(20151)), "{message}");
    assert!(message.contains("expired"), "{message}");
}

/// A PKCS#1 key (`BEGIN RSA PRIVATE KEY`, what `openssl genrsa` wrote before OpenSSL 3), made
/// by Python's `cryptography`, signs requests the fake accepts under its public key.
#[tokio::test]
async fn a_pkcs1_key_from_openssl_s_older_format_signs_too() {
    let ready = common::python::twilio_python();
    let Some(python) = common::python::required(&ready, "tests/client_validation.rs") else {
        return;
    };
    let script = r#"
import json
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
print(json.dumps({
    "private": key.private_bytes(serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode(),
    "public": key.public_key().public_bytes(serialization.Encoding.PEM,
        serialization.PublicFormat.SubjectPublicKeyInfo).decode(),
}))
"#;
    let pems: Value =
        common::python::json_output(tokio::process::Command::new(python).args(["-c", script]))
            .await;
    let private = pems["private"].as_str().unwrap();
    assert!(private.starts_with("-----BEGIN RSA PRIVATE KEY-----"));
    let fake = FakeTwilio::builder()
        .account_sid(ACCOUNT)
        .require_client_validation(pems["public"].as_str().unwrap())
        .start()
        .await
        .unwrap();
    let (key, secret) = fake.add_api_key();
    let client = key_client(fake.base_url(), &key, &secret)
        .client_validation(fake.credential_sid().unwrap(), private)
        .build()
        .unwrap();
    client.calls().list().send().await.unwrap();
}
