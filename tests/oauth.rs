//! OAuth 2.0 client credentials against FakeTwilio's token endpoint: the token request as
//! twilio-python sends it, bearer tokens on every request, one token request however many
//! requests need one at once, replacement before expiry and after a refusal; and subaccount
//! credentials that reach only their own account.

mod common;

use std::time::Duration;

use futures_util::future::join_all;
use twilio_calls::{Client, ClientBuilder, Error};
use twilio_calls_fake::FakeTwilio;

async fn fake(ttl: Duration) -> FakeTwilio {
    FakeTwilio::builder()
        .oauth_token_ttl(ttl)
        .start()
        .await
        .unwrap()
}

/// A client of the fake with these OAuth client credentials.
fn with_credentials(fake: &FakeTwilio, id: &str, secret: &str) -> ClientBuilder {
    Client::builder()
        .account_sid(fake.account_sid())
        .oauth_client_credentials(id, secret)
        .oauth_base_url(fake.base_url())
        .base_url(fake.base_url())
        .retry_policy(common::quick_retries())
}

/// A client of the fake with OAuth client credentials of its own.
fn oauth_client(fake: &FakeTwilio) -> ClientBuilder {
    let (id, secret) = fake.add_oauth_client();
    with_credentials(fake, &id, &secret)
}

/// How many attempts a create took (it must succeed).
async fn attempts(request: twilio_calls::Request<twilio_calls::CreateCall>) -> u32 {
    request.send_with_metadata().await.unwrap().attempts
}

fn create(client: &Client, to: &str) -> twilio_calls::Request<twilio_calls::CreateCall> {
    client
        .calls()
        .create()
        .to(to)
        .from("+15005550006")
        .twiml("<Response/>")
}

#[tokio::test]
async fn one_token_request_serves_a_thousand_concurrent_requests() {
    let fake = fake(Duration::from_secs(3600)).await;
    let (id, secret) = fake.add_oauth_client();
    let client = with_credentials(&fake, &id, &secret).build().unwrap();
    let call = create(&client, "+15558675310").await.unwrap();
    assert_eq!(fake.oauth_token_requests(), 1);
    // The token request: a form of exactly what twilio-python sends, in its order, with no
    // other authentication.
    let token_request = fake
        .requests()
        .into_iter()
        .find(|r| r.path == "/v2/token")
        .unwrap();
    assert_eq!(
        token_request.form,
        [
            ("grant_type".to_owned(), "client_credentials".to_owned()),
            ("client_id".to_owned(), id.clone()),
            ("client_secret".to_owned(), secret.clone()),
        ]
    );
    // A second client, fresh, and a thousand requests at once: one token request.
    let fresh = oauth_client(&fake).build().unwrap();
    let before = fake.oauth_token_requests();
    let fetches = (0..1000).map(|_| fresh.calls().fetch(&call.sid).send());
    let results = join_all(fetches).await;
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(fake.oauth_token_requests() - before, 1);
    // Every API request carried the bearer token; the fake checked each.
    let api_requests = fake
        .requests()
        .into_iter()
        .filter(|r| r.path != "/v2/token")
        .count();
    assert_eq!(api_requests, 1001);
}

#[tokio::test]
async fn a_refused_token_is_replaced_once_and_the_request_repeated() {
    let fake = fake(Duration::from_secs(600)).await;
    let client = oauth_client(&fake).build().unwrap();
    create(&client, "+15558675310").await.unwrap();
    // Expired on the fake's clock while the client still thinks it good: the fake refuses it
    // (401); the client gets a new token once and repeats the create, placed once.
    fake.advance_clock(Duration::from_secs(601));
    assert_eq!(attempts(create(&client, "+15558675311")).await, 2);
    assert_eq!(fake.oauth_token_requests(), 2);
    assert_eq!(fake.calls().len(), 2);
    // Refused again after the new token: not repeated a second time.
    fake.advance_clock(Duration::from_secs(601));
    let before = fake.calls().len();
    let with_no_retries = create(&client, "+15558675312").max_retries(0);
    let err = with_no_retries.await.unwrap_err();
    assert_eq!(err.api().unwrap().status, 401, "{err}");
    assert_eq!(fake.calls().len(), before);
    // The refusal still discarded the token: the next request starts with a new one.
    let tokens = fake.oauth_token_requests();
    assert_eq!(attempts(create(&client, "+15558675313")).await, 1);
    assert_eq!(fake.oauth_token_requests(), tokens + 1);
}

#[tokio::test]
async fn a_token_is_replaced_shortly_before_it_expires() {
    let fake = fake(Duration::from_secs(2)).await;
    let client = oauth_client(&fake).build().unwrap();
    create(&client, "+15558675310").await.unwrap();
    create(&client, "+15558675311").await.unwrap();
    assert_eq!(fake.oauth_token_requests(), 1, "kept while fresh");
    // Past half of a two-second lifetime: replaced before use, so nothing is refused.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(attempts(create(&client, "+15558675312")).await, 1);
    assert_eq!(fake.oauth_token_requests(), 2);
}

#[tokio::test]
async fn bad_client_credentials_are_an_api_error_that_shows_no_secret() {
    let fake = fake(Duration::from_secs(3600)).await;
    let (id, _) = fake.add_oauth_client();
    let client = with_credentials(&fake, &id, "wrong-secret-that-must-not-show")
        .build()
        .unwrap();
    let err = client.calls().list().send().await.unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((api.status, api.code), (401, Some(20003)));
    assert_eq!(api.operation, "CreateOAuthToken");
    for shown in [err.to_string(), format!("{err:?}"), format!("{client:?}")] {
        assert!(!shown.contains("wrong-secret"), "{shown}");
    }
    // Nothing reached the API without a token.
    assert!(fake.requests().iter().all(|r| r.path == "/v2/token"));
}

#[tokio::test]
async fn a_subaccount_s_own_credentials_reach_only_its_calls() {
    let fake = fake(Duration::from_secs(3600)).await;
    let sub = fake.add_subaccount();
    let sub_token = fake.auth_token_of(&sub).unwrap();
    assert_ne!(sub_token, fake.auth_token());
    let as_sub = |account: &str| {
        Client::builder()
            .account_sid(account)
            .auth_token(&sub_token)
            .base_url(fake.base_url())
            .build()
            .unwrap()
    };
    let sub_client = as_sub(&sub);
    let placed = create(&sub_client, "+15558675310").await.unwrap();
    assert_eq!(placed.account_sid.as_deref(), Some(sub.as_str()));
    // The parent's credentials reach the subaccount's calls.
    let main = fake.client();
    let fetched = main.account(&sub).calls().fetch(&placed.sid).await.unwrap();
    assert_eq!(fetched.sid, placed.sid);
    // The subaccount's do not reach the parent's.
    create(&main, "+15558675311").await.unwrap();
    let refused = |calls: twilio_calls::Calls| async move {
        let err = calls.list().send().await.unwrap_err();
        let api = err.api().unwrap_or_else(|| panic!("{err:?}"));
        (api.status, api.code)
    };
    let parents = sub_client.account(fake.account_sid()).calls();
    assert_eq!(refused(parents).await, (401, Some(20003)));
    // Nor, used as if they were the parent's, anything at all.
    assert_eq!(
        refused(as_sub(&fake.account_sid()).calls()).await,
        (401, Some(20003))
    );
    // Its list holds its own call only.
    let own = sub_client.calls().list().send().await.unwrap();
    assert_eq!(own.items.len(), 1);
}
