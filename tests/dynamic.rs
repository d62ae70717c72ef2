//! `DynamicRequest`: an operation named at run time sends what its typed handler sends, and
//! answers JSON (one resource, none, or a list's items page after page).

mod common;

use futures_util::TryStreamExt;
use httpmock::prelude::*;
use serde_json::Value;
use twilio_calls::{DynamicRequest, Error};

use common::{ACCOUNT, CALL, SUBACCOUNT};

const RECORDING: &str = "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

#[tokio::test]
async fn a_list_streams_every_page_up_to_the_limit() {
    let server = MockServer::start_async().await;
    let recorder = common::Recorder::default();
    let path = format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    let next = format!("{path}?PageSize=3&Page=1&PageToken=PT1");
    recorder
        .answer(
            &server,
            |w| w.path(path.clone()).query_param_missing("PageToken"),
            200,
            common::page_json(0, 3, Some(&next)),
        )
        .await;
    recorder
        .answer(
            &server,
            |w| w.path(path.clone()).query_param("PageToken", "PT1"),
            200,
            common::page_json(3, 3, None),
        )
        .await;
    let client = common::client(&server);
    let items: Vec<Value> = DynamicRequest::new(&client, "ListCall", &[])
        .unwrap()
        .set("Status", "completed")
        .unwrap()
        .set("PageSize", "3")
        .unwrap()
        .limit(5)
        .resources()
        .try_collect()
        .await
        .unwrap();
    let sids: Vec<&str> = items.iter().map(|c| c["sid"].as_str().unwrap()).collect();
    assert_eq!(sids, (0..5).map(common::sid).collect::<Vec<_>>());
    let seen = recorder.seen();
    assert_eq!(seen.len(), 2);
    assert_eq!(
        seen[0].target,
        format!("{path}?Status=completed&PageSize=3")
    );
    assert_eq!(seen[1].target, next);

    // `send` is one exchange: the first page's items.
    let first = DynamicRequest::new(&client, "ListCall", &[])
        .unwrap()
        .set("PageSize", "3")
        .unwrap()
        .send()
        .await
        .unwrap();
    assert_eq!(first.len(), 3);
    assert_eq!(recorder.seen().len(), 3);
}

#[tokio::test]
async fn path_parameters_by_wire_name_and_the_account_by_default() {
    let (server, recorder) =
        common::serve(200, common::example("FetchCallRecording", "fetch")).await;
    let client = common::client(&server);
    let path = [("CallSid", CALL), ("Sid", RECORDING)];
    let recording = DynamicRequest::new(&client, "FetchCallRecording", &path)
        .unwrap()
        .send()
        .await
        .unwrap();
    assert_eq!(recording.len(), 1);
    assert!(recording[0]["sid"].as_str().unwrap().starts_with("RE"));
    let sub = [
        ("AccountSid", SUBACCOUNT),
        ("CallSid", CALL),
        ("Sid", RECORDING),
    ];
    DynamicRequest::new(&client, "FetchCallRecording", &sub)
        .unwrap()
        .send()
        .await
        .unwrap();
    let seen = recorder.seen();
    assert_eq!(
        seen[0].target,
        format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/Recordings/{RECORDING}.json")
    );
    assert_eq!(
        seen[1].target,
        format!("/2010-04-01/Accounts/{SUBACCOUNT}/Calls/{CALL}/Recordings/{RECORDING}.json")
    );
}

#[tokio::test]
async fn a_delete_answers_nothing_and_a_create_sends_its_form() {
    let (server, recorder) = common::serve(204, "").await;
    let client = common::client(&server);
    let request = DynamicRequest::new(&client, "DeleteCall", &[("Sid", CALL)]).unwrap();
    assert_eq!(request.description().method, "DELETE");
    let answered: Vec<Value> = request.resources().try_collect().await.unwrap();
    assert!(answered.is_empty());
    let seen = recorder.only();
    assert_eq!(seen.method, "DELETE");
    assert_eq!(
        seen.target,
        format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json")
    );

    let (server, recorder) = common::serve(201, common::call_json()).await;
    let client = common::client(&server);
    let created = DynamicRequest::new(&client, "CreateCall", &[])
        .unwrap()
        .set("To", "+15558675310")
        .unwrap()
        .set("From", "+15017122661")
        .unwrap()
        .set("Twiml", "<Response/>")
        .unwrap()
        .set("StatusCallbackEvent", "ringing")
        .unwrap()
        .set("StatusCallbackEvent", "answered")
        .unwrap()
        .send()
        .await
        .unwrap();
    assert_eq!(created[0]["sid"], CALL);
    common::assert_form(
        &recorder.only().body,
        &[
            "To=%2B15558675310",
            "From=%2B15017122661",
            "StatusCallbackEvent=ringing",
            "StatusCallbackEvent=answered",
            "Twiml=%3CResponse%2F%3E",
        ],
    );
}

#[tokio::test]
async fn bad_names_and_values_are_refused_before_anything_is_sent() {
    let (server, recorder) = common::serve(201, common::call_json()).await;
    let client = common::client(&server);
    let invalid = |result: Result<DynamicRequest, Error>| match result {
        Err(Error::InvalidInput { parameter, message }) => format!("{parameter}: {message}"),
        other => panic!("expected InvalidInput, got {other:?}"),
    };
    assert_eq!(
        invalid(DynamicRequest::new(&client, "PlaceCall", &[])),
        "operation: `PlaceCall` is not an operation of this API"
    );
    assert_eq!(
        invalid(DynamicRequest::new(
            &client,
            "FetchCallRecording",
            &[("CallSid", CALL)]
        )),
        "Sid: FetchCallRecording needs its path parameter `Sid`"
    );
    assert_eq!(
        invalid(DynamicRequest::new(
            &client,
            "FetchCall",
            &[("Sid", CALL), ("CallSid", CALL)]
        )),
        "path: `CallSid` is not a path parameter of FetchCall (it has AccountSid, Sid)"
    );
    let create = || DynamicRequest::new(&client, "CreateCall", &[]).unwrap();
    assert!(invalid(create().set("Timeout", "soon")).contains("Timeout"));
    assert!(invalid(create().set("Nope", "1")).contains("Nope"));
    // Checked when sent, before any I/O, like the typed setters.
    let err = create()
        .set("To", "+15558675310")
        .unwrap()
        .set("From", "+15017122661")
        .unwrap()
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    let err = create().resources().try_next().await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput { .. }), "{err:?}");
    assert!(recorder.seen().is_empty());
}
