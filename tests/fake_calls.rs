//! FakeTwilio's operations, authentication, validation, magic numbers and subaccounts,
//! through the public `Client` and, where the client would refuse to send, raw HTTP.

mod common;

use std::collections::BTreeSet;

use common::fake::{manual, place, raw};
use serde_json::Value;
use twilio_calls::{CallStatus, Error};
use twilio_calls_fake::{FakeTwilio, Instructions, MAGIC_NUMBERS, MagicParameter};

type Form<'a> = &'a [(&'a str, &'a str)];

fn calls_path(fake: &FakeTwilio) -> String {
    format!("/2010-04-01/Accounts/{}/Calls.json", fake.account_sid())
}

fn assert_twilio_error(status: u16, body: &Value, want_status: u16, code: u64) {
    assert_eq!(status, want_status, "{body}");
    assert_eq!(body["status"], want_status, "{body}");
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(
        body["more_info"],
        format!("https://www.twilio.com/docs/errors/{code}")
    );
    assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
}

fn api_code(error: &Error) -> (u16, Option<u32>) {
    let api = error
        .api()
        .unwrap_or_else(|| panic!("not an API error: {error:?}"));
    (api.status, api.code)
}

#[tokio::test]
async fn start_exposes_a_working_client_and_hides_the_token() {
    let fake = FakeTwilio::start().await.unwrap();
    assert!(fake.base_url().starts_with("http://127.0.0.1:"));
    assert_eq!(fake.base_url(), format!("http://{}", fake.local_addr()));
    assert!(fake.account_sid().starts_with("AC") && fake.account_sid().len() == 34);
    assert_eq!(fake.auth_token().len(), 32);
    let shown = format!("{fake:?}");
    assert!(!shown.contains(fake.auth_token()), "{shown}");
    let client = fake.client();
    assert_eq!(client.base_url(), fake.base_url());
    let call = place(&client).await;
    assert_eq!(call.status, Some(CallStatus::Queued));
}

#[tokio::test]
async fn start_on_binds_the_address_given() {
    let port = common::free_port();
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let fake = FakeTwilio::start_on(addr).await.unwrap();
    assert_eq!(fake.base_url(), format!("http://127.0.0.1:{port}"));
    place(&fake.client()).await;
}

#[tokio::test]
async fn builder_rejects_a_malformed_account_sid() {
    let err = FakeTwilio::builder()
        .account_sid("ACnope")
        .start()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    assert!(err.to_string().contains("ACnope"), "{err}");
}

#[tokio::test]
async fn dropping_the_fake_stops_the_server() {
    let fake = manual().await;
    let client = fake.client();
    drop(fake);
    let err = client.calls().list().send().await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

#[tokio::test]
async fn create_answers_201_with_every_key_of_the_spec_schema() {
    let fake = manual().await;
    let account = fake.account_sid();
    let (status, headers, body) = raw(
        &fake,
        reqwest::Method::POST,
        &calls_path(&fake),
        Some((&account, fake.auth_token())),
        &[
            ("To", "+15558675310"),
            ("From", "+15005550006"),
            ("Url", "https://example.com/twiml"),
        ],
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        headers["content-type"], "application/json; charset=utf-8",
        "{headers:?}"
    );
    assert!(
        headers["twilio-request-id"]
            .to_str()
            .unwrap()
            .starts_with("RQ")
    );

    let spec = common::spec();
    let schema = &spec["components"]["schemas"]["api.v2010.account.call"]["properties"];
    let want: BTreeSet<&str> = schema
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let got: BTreeSet<&str> = body
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(got, want);

    let sid = body["sid"].as_str().unwrap();
    assert!(sid.starts_with("CA") && sid.len() == 34, "{sid}");
    assert_eq!(body["account_sid"], account);
    assert_eq!(body["status"], "queued");
    assert_eq!(body["direction"], "outbound-api");
    assert_eq!(body["api_version"], "2010-04-01");
    assert_eq!(body["to"], "+15558675310");
    assert_eq!(body["to_formatted"], "(555) 867-5310");
    assert_eq!(body["from"], "+15005550006");
    assert_eq!(body["start_time"], Value::Null);
    assert_eq!(body["end_time"], Value::Null);
    assert_eq!(body["duration"], Value::Null);
    assert_eq!(
        body["uri"],
        format!("/2010-04-01/Accounts/{account}/Calls/{sid}.json")
    );
    assert_eq!(
        body["subresource_uris"]["recordings"],
        format!("/2010-04-01/Accounts/{account}/Calls/{sid}/recordings.json")
    );
    // RFC 2822, as Twilio writes dates.
    let created = body["date_created"].as_str().unwrap();
    chrono::DateTime::parse_from_rfc2822(created).unwrap();
    assert!(created.ends_with(" +0000"), "{created}");
}

#[tokio::test]
async fn fetch_returns_what_create_returned() {
    let fake = manual().await;
    let client = fake.client();
    let created = place(&client).await;
    let sid = created.sid.clone();
    let fetched = client.calls().fetch(&sid).send().await.unwrap();
    assert_eq!(fetched, created);
    assert_eq!(fake.call(&sid), Some(created));
}

#[tokio::test]
async fn credentials_are_required_and_checked() {
    let fake = manual().await;
    let path = calls_path(&fake);
    let account = fake.account_sid();
    for auth in [
        None,
        Some((account.as_str(), "wrong-token")),
        Some(("AC00000000000000000000000000000000", fake.auth_token())),
    ] {
        let (status, headers, body) = raw(&fake, reqwest::Method::GET, &path, auth, &[]).await;
        assert_twilio_error(status, &body, 401, 20003);
        assert_eq!(headers["www-authenticate"], "Basic realm=\"Twilio API\"");
    }

    let wrong = twilio_calls::Client::builder()
        .account_sid(account)
        .auth_token("not-the-token")
        .base_url(fake.base_url())
        .build()
        .unwrap();
    let err = wrong.calls().list().send().await.unwrap_err();
    assert_eq!(api_code(&err), (401, Some(20003)));
    assert!(fake.calls().is_empty());
}

#[tokio::test]
async fn unknown_and_malformed_sids_are_404_20404() {
    let fake = manual().await;
    let client = fake.client();
    let unknown = "CA0123456789abcdef0123456789abcdef";
    let err = client.calls().fetch(unknown).send().await.unwrap_err();
    assert_eq!(api_code(&err), (404, Some(20404)));
    assert!(err.to_string().contains(unknown), "{err}");
    let err = client.calls().delete(unknown).send().await.unwrap_err();
    assert_eq!(api_code(&err), (404, Some(20404)));

    let account = fake.account_sid();
    let auth = Some((account.as_str(), fake.auth_token()));
    for path in [
        format!("/2010-04-01/Accounts/{account}/Calls/CAnot-a-sid.json"),
        format!("/2010-04-01/Accounts/{account}/Calls/{unknown}"),
        "/2010-04-01/Accounts/ACnope/Calls.json".to_owned(),
        "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json".to_owned(),
        "/2010-04-01/Accounts.json".to_owned(),
        format!("/2010-04-01/Accounts/{account}/Messages.json"),
    ] {
        let (status, _, body) = raw(&fake, reqwest::Method::GET, &path, auth, &[]).await;
        assert_twilio_error(status, &body, 404, 20404);
        assert!(body["message"].as_str().unwrap().contains(&path), "{body}");
    }
    let (status, _, body) = raw(&fake, reqwest::Method::PUT, &calls_path(&fake), auth, &[]).await;
    assert_twilio_error(status, &body, 405, 20004);
}

#[tokio::test]
async fn create_requires_to_from_and_instructions() {
    let fake = manual().await;
    let account = fake.account_sid();
    let auth = Some((account.as_str(), fake.auth_token()));
    let path = calls_path(&fake);
    // (form, Twilio error code, what the message mentions)
    let cases: [(Form, u64, &str); 9] = [
        (
            &[("From", "+15005550006"), ("Url", "https://e.com/t")],
            21201,
            "'To'",
        ),
        (
            &[("To", "+15558675310"), ("Url", "https://e.com/t")],
            21213,
            "'From'",
        ),
        (
            &[("To", "+15558675310"), ("From", "+15005550006")],
            21205,
            "Url",
        ),
        (
            &[
                ("To", "+15558675310"),
                ("From", "+15005550006"),
                ("Url", ""),
            ],
            21205,
            "Url",
        ),
        (
            &[
                ("To", "+15558675310"),
                ("From", "+15005550006"),
                ("Url", "ftp://e.com/t"),
            ],
            21205,
            "Url is not a valid URL",
        ),
        // Every URL parameter of the spec is checked, ClientNotificationUrl among them.
        (
            &[
                ("To", "+15558675310"),
                ("From", "+15005550006"),
                ("Url", "https://e.com/t"),
                ("ClientNotificationUrl", "not a url"),
            ],
            21205,
            "ClientNotificationUrl is not a valid URL",
        ),
        (
            &[("To", "+1"), ("From", "+1"), ("ApplicationSid", "APnope")],
            21218,
            "ApplicationSid",
        ),
        (
            &[
                ("To", "+1"),
                ("From", "+1"),
                ("Twiml", "<Response/>"),
                ("Method", "PUT"),
            ],
            21209,
            "Method",
        ),
        (
            &[
                ("To", "+1"),
                ("From", "+1"),
                ("Twiml", "<Response/>"),
                ("Timeout", "soon"),
            ],
            21208,
            "Timeout",
        ),
    ];
    for (form, code, mentions) in cases {
        let (status, _, body) = raw(&fake, reqwest::Method::POST, &path, auth, form).await;
        assert_twilio_error(status, &body, 400, code);
        assert!(
            body["message"].as_str().unwrap().contains(mentions),
            "{form:?}: {body}"
        );
    }
    assert!(fake.calls().is_empty());
}

#[tokio::test]
async fn instructions_follow_the_spec_precedence() {
    let fake = manual().await;
    let client = fake.client();
    let create = || {
        client
            .calls()
            .create()
            .to("+15558675310")
            .from("+15005550006")
    };
    let twiml = create()
        .twiml("<Response><Say>hi</Say></Response>")
        .send()
        .await
        .unwrap();
    let url = create()
        .url("https://example.com/a")
        .method("GET")
        .send()
        .await
        .unwrap();
    let app = create()
        .application_sid("AP0123456789abcdef0123456789abcdef")
        .send()
        .await
        .unwrap();
    let instructions = |call: &twilio_calls::Call| fake.instructions(&call.sid);
    assert_eq!(
        instructions(&twiml),
        Some(Instructions::Twiml(
            "<Response><Say>hi</Say></Response>".into()
        ))
    );
    assert_eq!(
        instructions(&url),
        Some(Instructions::Url {
            url: "https://example.com/a".into(),
            method: "GET".into()
        })
    );
    assert_eq!(
        instructions(&app),
        Some(Instructions::Application(
            "AP0123456789abcdef0123456789abcdef".into()
        ))
    );
}

#[tokio::test]
async fn every_magic_number_answers_as_twilio_does() {
    let fake = manual().await;
    let client = fake.client();
    let mut checked = 0;
    for magic in MAGIC_NUMBERS {
        let (to, from) = match magic.parameter {
            MagicParameter::From => ("+15558675310", magic.number),
            MagicParameter::To => (magic.number, "+15005550006"),
        };
        let result = client
            .calls()
            .create()
            .to(to)
            .from(from)
            .url("https://example.com/twiml")
            .send()
            .await;
        match magic.code {
            None => {
                let call = result.unwrap();
                assert_eq!(call.from.as_deref(), Some(magic.number));
            }
            Some(code) => {
                let err = result.unwrap_err();
                assert_eq!(api_code(&err), (400, Some(u32::from(code))), "{magic:?}");
                assert_eq!(err.api().unwrap().message, magic.message);
            }
        }
        checked += 1;
    }
    assert_eq!(checked, 6);
    let codes: BTreeSet<_> = MAGIC_NUMBERS.iter().filter_map(|m| m.code).collect();
    assert_eq!(codes, BTreeSet::from([21212, 21214, 21215, 21216, 21217]));
    assert_eq!(fake.calls().len(), 1, "only +15005550006 places a call");
}

#[tokio::test]
async fn subaccount_paths_hold_their_own_calls() {
    let sub = "AC0123456789abcdef0123456789abcdef";
    let fake = FakeTwilio::builder()
        .lifecycle(twilio_calls_fake::Lifecycle::manual())
        .subaccount(sub)
        .start()
        .await
        .unwrap();
    let later = fake.add_subaccount();
    let client = fake.client();
    for account in [sub.to_owned(), later] {
        let calls = client.account(&account).calls();
        let call = calls
            .create()
            .to("+15558675310")
            .from("+15005550006")
            .twiml("<Response/>")
            .send()
            .await
            .unwrap();
        assert_eq!(call.account_sid.as_deref(), Some(account.as_str()));
        let sid = call.sid;
        assert_eq!(calls.fetch(&sid).send().await.unwrap().sid, sid);
        assert_eq!(calls.list().send().await.unwrap().items.len(), 1);
        // Not visible under the main account.
        let err = client.calls().fetch(&sid).send().await.unwrap_err();
        assert_eq!(api_code(&err), (404, Some(20404)));
    }
    assert!(client.calls().list().send().await.unwrap().items.is_empty());
    let unknown = client.account("ACfedcba9876543210fedcba9876543210").calls();
    let err = unknown.list().send().await.unwrap_err();
    assert_eq!(api_code(&err), (404, Some(20404)));
}

#[tokio::test]
async fn update_follows_twilios_rules() {
    let fake = manual().await;
    let client = fake.client();
    let calls = client.calls();
    let sid = |call: twilio_calls::Call| call.sid;

    // Canceling a queued or ringing call cancels it.
    let queued = sid(place(&client).await);
    let call = calls
        .update(&queued)
        .status("canceled")
        .send()
        .await
        .unwrap();
    assert_eq!(call.status, Some(CallStatus::Canceled));
    assert_eq!(call.duration.as_deref(), Some("0"));
    assert!(call.end_time.is_some());
    let ringing = sid(place(&client).await);
    fake.advance(&ringing, CallStatus::Ringing).await.unwrap();
    let call = calls
        .update(&ringing)
        .status("completed")
        .send()
        .await
        .unwrap();
    assert_eq!(call.status, Some(CallStatus::Canceled));

    // In progress: canceling does nothing, a redirect changes the instructions, completing
    // hangs up.
    let live = sid(place(&client).await);
    let answered = fake.advance(&live, CallStatus::InProgress).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let call = calls.update(&live).status("canceled").send().await.unwrap();
    assert_eq!(call.status, Some(CallStatus::InProgress));
    assert_eq!(call.date_updated, answered.date_updated, "nothing changed");
    calls
        .update(&live)
        .url("https://example.com/next")
        .method("GET")
        .send()
        .await
        .unwrap();
    assert_eq!(
        fake.instructions(&live),
        Some(Instructions::Url {
            url: "https://example.com/next".into(),
            method: "GET".into()
        })
    );
    calls
        .update(&live)
        .twiml("<Response><Hangup/></Response>")
        .send()
        .await
        .unwrap();
    assert_eq!(
        fake.instructions(&live),
        Some(Instructions::Twiml("<Response><Hangup/></Response>".into()))
    );
    let call = calls
        .update(&live)
        .status("completed")
        .send()
        .await
        .unwrap();
    assert_eq!(call.status, Some(CallStatus::Completed));

    // A call that is not in progress cannot be redirected; an ended one cannot be updated.
    let err = calls
        .update(&queued)
        .url("https://example.com/next")
        .send()
        .await
        .unwrap_err();
    assert_eq!(api_code(&err), (400, Some(21220)));
    let waiting = sid(place(&client).await);
    let err = calls
        .update(&waiting)
        .twiml("<Response/>")
        .send()
        .await
        .unwrap_err();
    assert_eq!(api_code(&err), (400, Some(21220)));
    for status in ["completed", "canceled"] {
        let err = calls.update(&live).status(status).send().await.unwrap_err();
        assert_eq!(api_code(&err), (400, Some(21220)));
    }
}

#[tokio::test]
async fn delete_answers_204_then_the_call_is_gone() {
    let fake = manual().await;
    let client = fake.client();
    let sid = place(&client).await.sid;
    let account = fake.account_sid();
    let path = format!("/2010-04-01/Accounts/{account}/Calls/{sid}.json");
    let auth = Some((account.as_str(), fake.auth_token()));
    let (status, headers, body) = raw(&fake, reqwest::Method::DELETE, &path, auth, &[]).await;
    assert_eq!((status, body), (204, Value::Null));
    assert!(headers.get("content-type").is_none());
    let err = client.calls().fetch(&sid).send().await.unwrap_err();
    assert_eq!(api_code(&err), (404, Some(20404)));
    assert!(fake.call(&sid).is_none());
    assert!(client.calls().list().send().await.unwrap().items.is_empty());
    let err = client.calls().delete(&sid).send().await.unwrap_err();
    assert_eq!(api_code(&err), (404, Some(20404)));
}

#[tokio::test]
async fn requests_are_recorded_without_credentials() {
    let fake = manual().await;
    let client = fake.client();
    common::fake::create_to(&client, "+15558675310")
        .status_callback("https://example.com/status")
        .status_callback_event(["initiated", "ringing"])
        .send()
        .await
        .unwrap();
    let requests = fake.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, calls_path(&fake));
    assert_eq!(
        request.form_values("StatusCallbackEvent"),
        ["initiated", "ringing"]
    );
    assert_eq!(request.form_values("To"), ["+15558675310"]);
    assert!(request.header("authorization").is_none());
    assert!(
        request
            .header("user-agent")
            .unwrap()
            .starts_with("twilio-calls-rust/")
    );
    assert_eq!(request.fault, None);
}

#[test]
fn the_fake_can_be_shared_across_tasks() {
    fn shareable<T: Send + Sync + 'static>() {}
    shareable::<FakeTwilio>();
    shareable::<twilio_calls_fake::ReceivedRequest>();
    shareable::<twilio_calls_fake::CallbackDelivery>();
}

#[tokio::test]
async fn api_keys_authenticate_for_the_main_account() {
    let fake = manual().await;
    let (key, secret) = fake.add_api_key();
    assert!(key.starts_with("SK") && key.len() == 34, "{key}");
    let with_key = |secret: &str| {
        twilio_calls::Client::builder()
            .account_sid(fake.account_sid())
            .api_key(&key, secret)
            .base_url(fake.base_url())
            .build()
            .unwrap()
    };
    let call = place(&with_key(&secret)).await;
    assert_eq!(call.account_sid, Some(fake.account_sid()));
    let err = with_key("not-the-secret")
        .calls()
        .list()
        .send()
        .await
        .unwrap_err();
    assert_eq!(api_code(&err), (401, Some(20003)));
}

#[tokio::test]
async fn take_requests_hands_over_and_forgets() {
    let fake = manual().await;
    let client = fake.client();
    place(&client).await;
    assert_eq!(fake.take_requests().len(), 1);
    assert!(fake.requests().is_empty());
    client.calls().list().send().await.unwrap();
    let taken = fake.take_requests();
    assert_eq!(taken.len(), 1);
    assert_eq!(taken[0].method, "GET");
}
