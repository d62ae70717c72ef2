use super::settings::*;
use super::*;
use crate::auth::Authorization;

const SID: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
    move |name| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| (*v).to_owned())
    }
}

#[test]
fn host_rule_matches_twilios_sdks() {
    let url = |r, e| regional_base_url(r, e).unwrap();
    assert_eq!(url(None, None), "https://api.twilio.com");
    assert_eq!(url(Some("ie1"), None), "https://api.ie1.twilio.com");
    assert_eq!(
        url(None, Some("sydney")),
        "https://api.sydney.us1.twilio.com"
    );
    assert_eq!(
        url(Some("au1"), Some("sydney")),
        "https://api.sydney.au1.twilio.com"
    );
    let err = regional_base_url(Some("evil.com/"), None).unwrap_err();
    assert!(err.to_string().starts_with("invalid `region`"), "{err}");
}

#[test]
fn from_env_reads_twilios_variables() {
    let client = ClientBuilder::from_lookup(env(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_AUTH_TOKEN", "tok"),
        ("TWILIO_EDGE", "dublin"),
        ("TWILIO_REGION", "ie1"),
    ]))
    .build()
    .unwrap();
    assert_eq!(client.base_url(), "https://api.dublin.ie1.twilio.com");
    assert_eq!(client.account_sid(), SID);

    let client = ClientBuilder::from_lookup(env(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_API_KEY", "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
        ("TWILIO_API_SECRET", "sec"),
        ("TWILIO_AUTH_TOKEN", "ignored when a key is set"),
        ("TWILIO_REGION", "ie1"),
        ("TWILIO_BASE_URL", "http://127.0.0.1:9/"),
    ]))
    .build()
    .unwrap();
    assert_eq!(client.base_url(), "http://127.0.0.1:9");
    // base64("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:sec")
    let Authorization::Basic(value) = &client.raw().inner.authorization else {
        panic!("an API key is Basic auth");
    };
    assert_eq!(
        value.to_str().unwrap(),
        "Basic U0tiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYjpzZWM="
    );
}

#[test]
fn oauth_and_client_validation_from_the_environment() {
    let client = ClientBuilder::from_lookup(env(&[
        ("TWILIO_ACCOUNT_SID", SID),
        ("TWILIO_CLIENT_ID", "OQbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
        ("TWILIO_CLIENT_SECRET", "client-secret"),
        (
            "TWILIO_AUTH_TOKEN",
            "ignored when client credentials are set",
        ),
    ]))
    .build()
    .unwrap();
    assert!(matches!(
        client.raw().inner.authorization,
        Authorization::OAuth(_)
    ));
    assert!(!format!("{client:?}").contains("client-secret"));

    let dir = std::env::temp_dir().join(format!("twilio-calls-key-{}", std::process::id()));
    let pem = crate::client_validation::KeyPairPem::generate()
        .unwrap()
        .private_pem;
    std::fs::write(&dir, &pem).unwrap();
    let signed = |path: &str| {
        let vars = [
            ("TWILIO_ACCOUNT_SID", SID),
            ("TWILIO_API_KEY", "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
            ("TWILIO_API_SECRET", "sec"),
            (
                "TWILIO_CREDENTIAL_SID",
                "CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            ),
            ("TWILIO_PRIVATE_KEY_PATH", path),
        ];
        let lookup = |name: &str| {
            let found = vars.iter().find(|(n, _)| *n == name);
            found.map(|(_, v)| (*v).to_owned())
        };
        ClientBuilder::from_lookup(lookup).build()
    };
    let client = signed(dir.to_str().unwrap()).unwrap();
    assert!(client.raw().inner.client_validation.is_some());
    let shown = format!("{client:?}");
    assert!(!shown.contains(&pem[30..70]), "{shown}");
    std::fs::remove_file(&dir).unwrap();
    let err = signed("/nonexistent/key.pem").unwrap_err();
    assert!(err.to_string().contains("TWILIO_PRIVATE_KEY_PATH"), "{err}");
}

#[test]
fn client_validation_needs_an_api_key_and_credentials_are_one_kind() {
    let pem = crate::client_validation::KeyPairPem::generate()
        .unwrap()
        .private_pem;
    let err = Client::builder()
        .account_sid(SID)
        .auth_token("token")
        .client_validation("CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", pem)
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Config { .. }), "{err:?}");
    assert!(err.to_string().contains("`api_key(sid, secret)`"), "{err}");
    let err = Client::builder()
        .account_sid(SID)
        .auth_token("token")
        .oauth_client_credentials("OQbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "s")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("more than one kind"), "{err}");
}

#[test]
fn missing_settings_name_the_environment_variables() {
    let err = ClientBuilder::from_lookup(env(&[])).build().unwrap_err();
    assert!(err.to_string().contains("TWILIO_ACCOUNT_SID"), "{err}");
    let err = ClientBuilder::from_lookup(env(&[("TWILIO_ACCOUNT_SID", SID)]))
        .build()
        .unwrap_err();
    let text = err.to_string();
    for var in ["TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"] {
        assert!(text.contains(var), "{text}");
    }
}

#[test]
fn bad_sids_and_urls_are_rejected_with_the_rule() {
    let err = Client::new("ACnothex", "t").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid `account_sid`: shorter than 34 characters (got \"ACnothex\")"
    );
    let err = Client::new("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "t").unwrap_err();
    assert!(err.to_string().contains("api_key(sid, secret)"), "{err}");
    let err = Client::builder()
        .account_sid(SID)
        .api_key("ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "s")
        .build()
        .unwrap_err();
    assert!(err.to_string().starts_with("invalid `api_key`"), "{err}");
    let err = Client::builder()
        .account_sid(SID)
        .auth_token("t")
        .base_url("api.twilio.com")
        .build()
        .unwrap_err();
    assert!(err.to_string().starts_with("invalid `base_url`"), "{err}");
    let err = Client::builder()
        .account_sid(SID)
        .auth_token("t")
        .api_key("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "s")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("use one of them"), "{err}");
}

#[test]
fn user_agent_has_twilios_shape() {
    let ua = user_agent(&["svc/1".into(), "extra".into()]).unwrap();
    let ua = ua.to_str().unwrap();
    let expected_start = format!(
        "twilio-calls-rust/{} ({} {}) rust/",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    assert!(ua.starts_with(&expected_start), "{ua}");
    assert!(ua.ends_with(" svc/1 extra"), "{ua}");
    assert!(user_agent(&["has space".into()]).is_err());
}
