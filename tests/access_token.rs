//! `twilio_calls::jwt` mints the same Voice access tokens as twilio-python 9.13's
//! `AccessToken` and `VoiceGrant`, byte for byte: each case here has a twin in
//! `tests/official_sdk/access_token.py`, whose tokens (minted on a fixed clock) and their
//! PyJWT-decoded claims are the committed fixture `tests/fixtures/twilio_python_access_tokens.json`.
//! Equal tokens mean equal headers, equal claims and a signature PyJWT verifies under the
//! API key's secret.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use serde_json::Value;
use twilio_calls::jwt::{AccessToken, VoiceGrant};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const KEY: &str = "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn case(name: &str, secret: &str, now: u64) -> AccessToken {
    let token = AccessToken::new(ACCOUNT, KEY, secret);
    match name {
        "voice_everything" => token
            .identity("alice")
            .ttl(Duration::from_secs(600))
            .voice_grant(
                VoiceGrant::new()
                    .incoming_allow(true)
                    .outgoing_application_sid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                    .outgoing_application_param("to", "+15558675310")
                    .outgoing_application_param("tier", "gold & more")
                    .push_credential_sid("CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                    .endpoint_id("alice-phone"),
            ),
        "region_and_unicode_identity" => token
            .identity("zoë 😀 \"q\"")
            .region("ie1")
            .voice_grant(VoiceGrant::new().incoming_allow(true)),
        "no_identity_no_nbf_valid_until" => token
            .not_before(None)
            .valid_until(at(now + 7200))
            .voice_grant(
                VoiceGrant::new().outgoing_application_sid("APbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
            ),
        "params_without_application_and_explicit_nbf" => token
            .identity("bob")
            .not_before(Some(at(now + 60)))
            .voice_grant(
                VoiceGrant::new()
                    .incoming_allow(false)
                    .outgoing_application_param("a", "b"),
            ),
        "no_grant" => token.identity("carol"),
        other => panic!("no Rust twin for the twilio-python case {other:?}"),
    }
}

#[test]
fn tokens_equal_twilio_python_s_byte_for_byte() {
    let fixture: Value =
        serde_json::from_str(include_str!("fixtures/twilio_python_access_tokens.json")).unwrap();
    assert_eq!(fixture["twilio_python"], "9.13.0");
    let now = fixture["now"].as_u64().unwrap();
    let secret = fixture["secret"].as_str().unwrap();
    let cases = fixture["cases"].as_object().unwrap();
    assert_eq!(cases.len(), 5);
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    for (name, expected) in cases {
        let ours = case(name, secret, now).to_jwt_at(at(now));
        let part = |token: &str, i: usize| -> Value {
            let bytes = engine.decode(token.split('.').nth(i).unwrap()).unwrap();
            serde_json::from_slice(&bytes).unwrap()
        };
        // The claims PyJWT decoded from twilio-python's token are ours.
        assert_eq!(part(&ours, 1), expected["claims"], "{name}: claims");
        assert_eq!(part(&ours, 0), expected["header"], "{name}: header");
        assert_eq!(ours, expected["token"].as_str().unwrap(), "{name}: token");
    }
}

#[test]
fn a_token_issued_now_expires_after_its_ttl_and_hides_its_secret() {
    let token = AccessToken::new(ACCOUNT, KEY, "s3cr3t-key-secret-value")
        .identity("dave")
        .ttl(Duration::from_secs(120));
    let jwt = token.to_jwt();
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let claims: Value =
        serde_json::from_slice(&engine.decode(jwt.split('.').nth(1).unwrap()).unwrap()).unwrap();
    let issued = claims["nbf"].as_u64().unwrap();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(now.abs_diff(issued) <= 2, "{issued} vs {now}");
    assert_eq!(claims["exp"].as_u64().unwrap(), issued + 120);
    assert_eq!(claims["jti"], format!("{KEY}-{issued}"));
    assert!(!format!("{token:?}").contains("s3cr3t"));
    assert!(!jwt.contains("s3cr3t"));
}
