//! Client configuration seen from the wire: API-key auth, User-Agent extensions, a
//! caller-supplied `reqwest::Client`, redirects, and credentials that never show in any
//! `Debug`/`Display` output.

mod common;

use httpmock::MockServer;
use twilio_calls::{Client, Error};

use common::{ACCOUNT, CALL, TOKEN, call_json, serve};

const KEY: &str = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
const KEY_SECRET: &str = "key-secret-value-42";

#[tokio::test]
async fn api_key_auth_sends_the_key_and_works_on_the_account() {
    let (server, recorder) = serve(200, call_json()).await;
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .api_key(KEY, KEY_SECRET)
        .base_url(server.base_url())
        .build()
        .unwrap();
    client.calls().fetch(CALL).send().await.unwrap();
    let seen = recorder.only();
    assert_eq!(
        seen.target,
        format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json")
    );
    // base64("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:key-secret-value-42")
    assert_eq!(
        seen.header("authorization"),
        Some("Basic U0tiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYjprZXktc2VjcmV0LXZhbHVlLTQy")
    );
}

#[tokio::test]
async fn user_agent_extensions_and_a_custom_http_client_still_get_every_header() {
    let (server, recorder) = serve(200, call_json()).await;
    let http = reqwest::Client::builder().build().unwrap();
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(server.base_url())
        .http_client(http)
        .user_agent_extension("my-service/1.2")
        .user_agent_extension("build/7")
        .build()
        .unwrap();
    client.calls().fetch(CALL).send().await.unwrap();
    let seen = recorder.only();
    let ua = seen.header("user-agent").unwrap();
    assert!(ua.starts_with("twilio-calls-rust/"), "{ua}");
    assert!(ua.ends_with(" my-service/1.2 build/7"), "{ua}");
    assert_eq!(seen.header("authorization"), Some(common::BASIC_AUTH));
    assert_eq!(seen.header("accept"), Some("application/json"));

    let err = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .user_agent_extension("two words")
        .build()
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("invalid `user_agent_extension`"),
        "{err}"
    );
}

#[tokio::test]
async fn redirects_are_not_followed() {
    // The redirect points at a server that would answer; it must never be asked.
    let (target, recorder) = serve(200, call_json()).await;
    let redirecting = MockServer::start_async().await;
    let location = format!("{}/elsewhere", target.base_url());
    redirecting
        .mock_async(move |_, then| {
            then.status(302).header("location", location);
        })
        .await;
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(redirecting.base_url())
        .build()
        .unwrap();
    let err = client.calls().fetch(CALL).send().await.unwrap_err();
    assert_eq!(err.api().map(|e| e.status), Some(302), "{err:?}");
    assert!(recorder.seen().is_empty());
}

#[test]
fn clients_are_cheap_to_clone_and_thread_safe() {
    fn check<T: Clone + Send + Sync + 'static>() {}
    check::<Client>();
    check::<twilio_calls::Calls>();
    check::<twilio_calls::Page<twilio_calls::Call>>();
}

#[tokio::test]
async fn credentials_never_show_in_debug_display_or_errors() {
    let (server, _) = serve(
        401,
        r#"{"code": 20003, "message": "Authenticate", "status": 401}"#,
    )
    .await;
    let with_token = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(server.base_url());
    let with_key = Client::builder()
        .account_sid(ACCOUNT)
        .api_key(KEY, KEY_SECRET)
        .base_url(server.base_url());
    let mut shown = vec![format!("{with_token:?}"), format!("{with_key:?}")];
    for builder in [with_token, with_key] {
        let client = builder.build().unwrap();
        shown.push(format!("{client:?}"));
        shown.push(format!("{:?}", client.calls()));
        shown.push(format!("{:?}", client.calls().create().to("+1")));
        shown.push(format!("{:?}", client.calls().list()));
        let err = client.calls().fetch(CALL).send().await.unwrap_err();
        shown.push(format!("{err:?}"));
        shown.push(err.to_string());
    }
    // A transport error, whose source is reqwest's.
    let offline = common::offline_client();
    let err = offline.calls().list().send().await.unwrap_err();
    shown.push(format!("{err:?}"));
    shown.push(err.to_string());
    // Config errors.
    let err = Client::builder().auth_token(TOKEN).build().unwrap_err();
    shown.push(format!("{err:?}"));
    let err = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .api_key(KEY, KEY_SECRET)
        .build()
        .unwrap_err();
    shown.push(format!("{err:?} {err}"));

    let secrets = [
        TOKEN, KEY_SECRET, "QUNhYWFh", // the start of base64("AC…:token")
        "U0tiYmJi", // the start of base64("SK…:secret")
    ];
    for text in &shown {
        for secret in secrets {
            assert!(!text.contains(secret), "{secret} leaked in {text}");
        }
    }
    assert!(matches!(
        Client::builder().auth_token(TOKEN).build(),
        Err(Error::Config { .. })
    ));
}
