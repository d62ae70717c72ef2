//! FetchCall, UpdateCall and DeleteCall over real HTTP: paths, methods, headers and bodies
//! byte for byte, and their input rules checked before anything is sent.

mod common;

use common::{
    ACCOUNT, BASIC_AUTH, CALL, SUBACCOUNT, assert_invalid, call_json, client,
    every_update_parameter, serve,
};
use twilio_calls::{AnsweredBy, CallDirection, CallStatus, Error, UpdateCallStatus};

fn call_path(account: &str) -> String {
    format!("/2010-04-01/Accounts/{account}/Calls/{CALL}.json")
}

#[tokio::test]
async fn fetch_gets_the_call_and_types_its_fields() {
    let (server, recorder) = serve(200, call_json()).await;
    let call = client(&server).calls().fetch(CALL).send().await.unwrap();
    let seen = recorder.only();
    assert_eq!(
        (seen.method.as_str(), seen.target.as_str()),
        ("GET", call_path(ACCOUNT).as_str())
    );
    assert_eq!(seen.body, "");
    assert_eq!(seen.header("authorization"), Some(BASIC_AUTH));
    assert_eq!(seen.header("accept"), Some("application/json"));
    assert!(
        seen.header("user-agent")
            .unwrap()
            .starts_with("twilio-calls-rust/")
    );
    assert_eq!(seen.header("api-version"), None);
    assert_eq!(seen.header("content-type"), None);

    assert_eq!(call.status, Some(CallStatus::Completed));
    assert_eq!(call.direction, Some(CallDirection::OutboundApi));
    assert_eq!(call.answered_by, Some(AnsweredBy::MachineStart));
    assert_eq!(
        call.start_time.unwrap().to_string(),
        "Fri, 18 Oct 2019 17:02:00 +0000"
    );
    assert_eq!(call.duration_secs(), Some(4));
    assert_eq!(call.price_amount(), Some(-0.2));
    assert_eq!(call.price_unit.as_deref(), Some("USD"));
}

#[tokio::test]
async fn fetch_is_awaitable_and_works_on_subaccounts() {
    let (server, recorder) = serve(200, call_json()).await;
    let call = client(&server)
        .account(SUBACCOUNT)
        .calls()
        .fetch(CALL)
        .await
        .unwrap();
    assert_eq!(call.sid, CALL);
    assert_eq!(recorder.only().target, call_path(SUBACCOUNT));
}

#[tokio::test]
async fn update_sends_every_parameter_as_the_spec_names_it() {
    let (server, recorder) = serve(200, call_json()).await;
    every_update_parameter(&client(&server).calls())
        .send()
        .await
        .unwrap();
    client(&server)
        .calls()
        .update(CALL)
        .status(UpdateCallStatus::Canceled)
        .send()
        .await
        .unwrap();
    client(&server)
        .calls()
        .update(CALL)
        .status("completed")
        .twiml("<Response><Say>Bye & thanks</Say></Response>")
        .await
        .unwrap();
    let seen = recorder.seen();
    for s in &seen {
        assert_eq!(
            (s.method.as_str(), s.target.as_str()),
            ("POST", call_path(ACCOUNT).as_str())
        );
        assert_eq!(
            s.header("content-type"),
            Some("application/x-www-form-urlencoded")
        );
        assert_eq!(s.header("authorization"), Some(BASIC_AUTH));
    }
    common::assert_form(
        &seen[0].body,
        &[
            "Url=https%3A%2F%2Fexample.com%2Fnext%3Fstep%3D2",
            "Method=GET",
            "FallbackUrl=https%3A%2F%2Fexample.com%2Ffallback",
            "FallbackMethod=POST",
            "StatusCallback=https%3A%2F%2Fexample.com%2Fstatus",
            "StatusCallbackMethod=GET",
            "TimeLimit=120",
        ],
    );
    assert_eq!(seen[1].body, "Status=canceled");
    common::assert_form(
        &seen[2].body,
        &[
            "Status=completed",
            "Twiml=%3CResponse%3E%3CSay%3EBye+%26+thanks%3C%2FSay%3E%3C%2FResponse%3E",
        ],
    );
}

#[tokio::test]
async fn delete_sends_a_delete_and_accepts_no_content() {
    let server = httpmock::MockServer::start_async().await;
    let recorder = common::Recorder::default();
    recorder.answer(&server, |w| w, 204, "").await;
    client(&server).calls().delete(CALL).send().await.unwrap();
    client(&server)
        .account(SUBACCOUNT)
        .calls()
        .delete(CALL)
        .await
        .unwrap();
    let seen = recorder.seen();
    assert_eq!(
        (seen[0].method.as_str(), seen[0].target.as_str()),
        ("DELETE", call_path(ACCOUNT).as_str())
    );
    assert_eq!(seen[1].target, call_path(SUBACCOUNT));
    assert_eq!(seen[0].header("authorization"), Some(BASIC_AUTH));
    assert_eq!(seen[0].body, "");
}

#[tokio::test]
async fn path_segments_are_checked_so_nothing_can_be_injected() {
    let (server, recorder) = serve(200, call_json()).await;
    let client = client(&server);
    let cases: Vec<(Result<(), Error>, &str, &str)> = vec![
        (
            client
                .calls()
                .fetch(format!("CA{}xx", "../".repeat(10)))
                .send()
                .await
                .map(drop),
            "Sid",
            "^CA[0-9a-fA-F]{32}$",
        ),
        (
            client.calls().fetch("").send().await.map(drop),
            "Sid",
            "shorter than 34",
        ),
        (
            client
                .calls()
                .delete("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                .send()
                .await,
            "Sid",
            "longer than 34",
        ),
        (
            client
                .calls()
                .update("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                .status("canceled")
                .send()
                .await
                .map(drop),
            "Sid",
            "^CA",
        ),
        (
            client
                .account("AC/evil")
                .calls()
                .fetch(CALL)
                .send()
                .await
                .map(drop),
            "AccountSid",
            "shorter than 34",
        ),
        (
            client
                .account("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                .calls()
                .delete(CALL)
                .send()
                .await,
            "AccountSid",
            "^AC",
        ),
    ];
    for (result, parameter, rule) in cases {
        let err = result.unwrap_err();
        assert_invalid(&err, parameter, rule);
    }
    assert!(recorder.seen().is_empty());
}

#[tokio::test]
async fn update_rules_are_checked_before_anything_is_sent() {
    let (server, recorder) = serve(200, call_json()).await;
    let calls = client(&server).calls();
    let cases = vec![
        (
            calls.update(CALL).status("hold"),
            "Status",
            "must be one of canceled, completed (got \"hold\")",
        ),
        (
            calls.update(CALL).url("https://e.x/a").twiml("<Response/>"),
            "Url",
            "but `Url` and `Twiml` are set",
        ),
        (calls.update(CALL).url("/relative"), "Url", "absolute URL"),
        (
            calls.update(CALL).fallback_url("mailto:x@y"),
            "FallbackUrl",
            "http or https",
        ),
        (
            calls.update(CALL).status_callback("::"),
            "StatusCallback",
            "absolute URL",
        ),
        (
            calls.update(CALL).method("PATCH"),
            "Method",
            "must be one of GET, POST",
        ),
        (
            calls.update(CALL).fallback_method("x"),
            "FallbackMethod",
            "must be one of GET, POST",
        ),
        (
            calls.update(CALL).status_callback_method("x"),
            "StatusCallbackMethod",
            "must be one of GET, POST",
        ),
        (
            calls.update(CALL).twiml("y".repeat(4001)),
            "Twiml",
            "longer than 4000 characters",
        ),
    ];
    for (request, parameter, rule) in cases {
        let err = request.send().await.unwrap_err();
        assert_invalid(&err, parameter, rule);
    }
    assert!(recorder.seen().is_empty());
}

#[tokio::test]
async fn values_twilio_adds_later_still_decode_and_serialize_back() {
    let body = r#"{"sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "status": "on-hold",
        "direction": "outbound-relay", "answered_by": "robot", "brand_new_field": {"x": 1}}"#;
    let (server, _) = serve(200, body).await;
    let call = client(&server).calls().fetch(CALL).send().await.unwrap();
    assert_eq!(call.status, Some(CallStatus::Unknown("on-hold".into())));
    assert_eq!(
        call.direction,
        Some(CallDirection::Unknown("outbound-relay".into()))
    );
    assert_eq!(call.answered_by, Some(AnsweredBy::Unknown("robot".into())));
    assert_eq!(
        serde_json::to_value(&call).unwrap(),
        serde_json::json!({"sid": CALL, "status": "on-hold", "direction": "outbound-relay", "answered_by": "robot"})
    );
}
