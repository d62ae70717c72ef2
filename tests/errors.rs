//! Typed errors from real HTTP exchanges: Twilio's error JSON, non-JSON error pages, bodies
//! that do not decode, transport failures and timeouts.

mod common;

use std::time::Duration;

use httpmock::MockServer;
use twilio_calls::{Client, Error};

use common::{ACCOUNT, CALL, TOKEN, client, minimal_create, offline_client, serve};

#[tokio::test]
async fn twilio_error_json_becomes_an_api_error() {
    let server = MockServer::start_async().await;
    let recorder = common::Recorder::default();
    recorder
        .answer_with(
            &server,
            |w| w,
            404,
            vec![("Twilio-Request-Id", "RQ0123456789abcdef0123456789abcdef")],
            r#"{"code": 20404, "message": "The requested resource /2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json was not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404, "details": {"hint": "check the SID"}}"#,
        )
        .await;
    let err = client(&server)
        .calls()
        .fetch(CALL)
        .send()
        .await
        .unwrap_err();
    let api = err.api().expect("an Api error");
    assert_eq!(api.status, 404);
    assert_eq!(api.code, Some(20404));
    assert_eq!(api.operation, "FetchCall");
    assert!(api.message.starts_with("The requested resource"));
    assert_eq!(
        api.more_info.as_deref(),
        Some("https://www.twilio.com/docs/errors/20404")
    );
    assert_eq!(
        api.details,
        Some(serde_json::json!({"hint": "check the SID"}))
    );
    assert_eq!(
        api.request_id.as_deref(),
        Some("RQ0123456789abcdef0123456789abcdef")
    );
    assert_eq!(
        err.to_string(),
        format!(
            "FetchCall failed with HTTP 404 (Twilio error 20404): The requested resource \
             /2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json was not found \
             (see https://www.twilio.com/docs/errors/20404)"
        )
    );
}

#[tokio::test]
async fn every_operation_reports_api_errors_with_its_name() {
    let body = r#"{"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}"#;
    let (server, recorder) = serve(401, body).await;
    let calls = client(&server).calls();
    let errors = [
        minimal_create(&calls).send().await.unwrap_err(),
        calls.fetch(CALL).send().await.unwrap_err(),
        calls
            .update(CALL)
            .status("completed")
            .send()
            .await
            .unwrap_err(),
        calls.delete(CALL).send().await.unwrap_err(),
        calls.list().send().await.unwrap_err(),
    ];
    let names: Vec<_> = errors
        .iter()
        .map(|e| {
            let api = e.api().unwrap();
            assert_eq!((api.status, api.code), (401, Some(20003)), "{e}");
            api.operation
        })
        .collect();
    assert_eq!(
        names,
        [
            "CreateCall",
            "FetchCall",
            "UpdateCall",
            "DeleteCall",
            "ListCall"
        ]
    );
    assert_eq!(recorder.seen().len(), 5);
}

#[tokio::test]
async fn an_html_error_page_still_gives_an_api_error_with_a_snippet() {
    let server = MockServer::start_async().await;
    let recorder = common::Recorder::default();
    let page = format!(
        "<html><head><title>502 Bad Gateway</title></head><body>{}</body></html>",
        "x".repeat(2000)
    );
    recorder
        .answer_with(
            &server,
            |w| w,
            502,
            vec![("content-type", "text/html")],
            page.clone(),
        )
        .await;
    let err = client(&server)
        .calls()
        .create()
        .to("+1")
        .from("+2")
        .twiml("<Response/>")
        .send()
        .await
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!((api.status, api.code), (502, None));
    assert_eq!(api.body_snippet, page[..512]);
    assert_eq!(api.message, "Bad Gateway (the body is not a Twilio error)");
    // A 5xx on a create is never retried: the call may have been placed.
    assert_eq!(recorder.seen().len(), 1);
    assert!(err.may_have_taken_effect());
    assert_eq!(
        err.to_string(),
        "CreateCall failed with HTTP 502: Bad Gateway (the body is not a Twilio error); \
         the call may have been placed: look for it before placing it again"
    );
}

#[tokio::test]
async fn bodies_that_do_not_decode_name_the_operation_the_field_and_show_the_start() {
    let (server, _) = serve(200, r#"{"sid": "CA1", "date_created": 12}"#).await;
    let err = client(&server)
        .calls()
        .fetch(CALL)
        .send()
        .await
        .unwrap_err();
    let Error::Decode {
        operation,
        status,
        message,
        body_snippet,
        ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!((*operation, *status), ("FetchCall", 200));
    assert!(message.starts_with("at `date_created`"), "{message}");
    assert_eq!(body_snippet, r#"{"sid": "CA1", "date_created": 12}"#);

    for (status, body) in [
        (201, "<html>oops</html>"),
        (201, ""),
        (201, r#"{"sid": "CA1""#),
    ] {
        let (server, _) = serve(status, body).await;
        let err = minimal_create(&client(&server).calls())
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::Decode { operation: "CreateCall", status: 201, body_snippet, .. } if body_snippet == body),
            "{err:?}"
        );
        assert!(
            err.to_string()
                .starts_with("CreateCall got HTTP 201 with a body that does not decode"),
            "{err}"
        );
    }

    let (server, _) = serve(200, r#"{"calls": "not a list"}"#).await;
    let err = client(&server).calls().list().send().await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { operation: "ListCall", message, .. } if message.starts_with("at `calls`")),
        "{err:?}"
    );
}

#[tokio::test]
async fn transport_failures_carry_the_operation() {
    let client = offline_client();
    let err = client.calls().fetch(CALL).send().await.unwrap_err();
    assert!(
        matches!(&err, Error::Transport { operation: "FetchCall", source, .. } if source.is_connect()),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with("FetchCall could not connect"),
        "{err}"
    );
    assert!(std::error::Error::source(&err).is_some());
    let err = minimal_create(&client.calls()).send().await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Transport {
                operation: "CreateCall",
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn the_client_timeout_bounds_every_request() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|_, then| {
            then.status(200)
                .delay(Duration::from_secs(5))
                .body(common::call_json());
        })
        .await;
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(server.base_url())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let err = client.calls().fetch(CALL).send().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.to_string().starts_with("FetchCall timed out"), "{err}");
}

#[test]
fn errors_are_send_sync_static_std_errors() {
    fn check<E: std::error::Error + Send + Sync + 'static>() {}
    check::<Error>();
    check::<twilio_calls::ApiError>();
    check::<twilio_calls::PaginationError>();
}
