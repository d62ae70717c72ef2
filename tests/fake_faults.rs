//! FakeTwilio's scripted faults, seen through the public `Client` (one attempt each, so that
//! every fault is seen on its own; `retries.rs` shows what the client's retries make of
//! them) and in the fake's record.

mod common;

use std::time::Duration;

use common::fake::{create_to, manual, place};
use twilio_calls::{Client, Error};
use twilio_calls_fake::Fault;

fn create(client: &Client) -> twilio_calls::Request<twilio_calls::CreateCall> {
    create_to(client, "+15558675310")
}

#[tokio::test]
async fn too_many_requests_answers_429_with_retry_after_and_processes_nothing() {
    let fake = manual().await;
    let client = fake.client();
    fake.fail_next(
        2,
        Fault::TooManyRequests {
            retry_after: Some("3".into()),
        },
    );
    for _ in 0..2 {
        let err = create(&client).max_retries(0).send().await.unwrap_err();
        let api = err.api().unwrap();
        assert_eq!((api.status, api.code), (429, Some(20429)), "{err:?}");
    }
    assert!(fake.calls().is_empty());
    // The third request is served.
    create(&client).send().await.unwrap();
    assert_eq!(fake.calls().len(), 1);

    let requests = fake.requests();
    assert_eq!(requests.len(), 3);
    let faults: Vec<_> = requests.iter().map(|r| r.fault.clone()).collect();
    let limited = Some(Fault::TooManyRequests {
        retry_after: Some("3".into()),
    });
    assert_eq!(faults, [limited.clone(), limited, None]);

    // On the wire: the header and Twilio's body.
    fake.fail_next(
        1,
        Fault::TooManyRequests {
            retry_after: Some("Wed, 21 Oct 2015 07:28:00 GMT".into()),
        },
    );
    let response = reqwest::Client::new()
        .get(format!(
            "{}/2010-04-01/Accounts/{}/Calls.json",
            fake.base_url(),
            fake.account_sid()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    assert_eq!(
        response.headers()["retry-after"],
        "Wed, 21 Oct 2015 07:28:00 GMT"
    );
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["code"], 20429);
}

#[tokio::test]
async fn server_errors_answer_the_status_given() {
    let fake = manual().await;
    let client = fake.client();
    for status in [500, 502, 503, 504] {
        fake.fail_next(1, Fault::ServerError(status));
        let err = client
            .calls()
            .list()
            .max_retries(0)
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.api().unwrap().status, status, "{err:?}");
    }
    fake.fail_next(1, Fault::ServerError(503));
    assert!(create(&client).send().await.is_err());
    assert!(fake.calls().is_empty(), "a faulted create places no call");
}

#[tokio::test]
async fn a_delay_outlasts_a_client_timeout_yet_places_the_call() {
    let fake = manual().await;
    let client = common::fake::client_builder(&fake)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    fake.fail_next(1, Fault::Delay(Duration::from_millis(600)));
    let err = create(&client).send().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(fake.calls().len(), 1, "the call was placed after all");

    // Shorter than the timeout: just slow.
    fake.fail_next(1, Fault::Delay(Duration::from_millis(50)));
    create(&client).send().await.unwrap();
    assert_eq!(fake.calls().len(), 2);
}

#[tokio::test]
async fn drop_closes_the_connection_before_processing() {
    let fake = manual().await;
    let client = fake.client();
    fake.fail_next(1, Fault::Drop);
    let err = create(&client).send().await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(fake.calls().is_empty());
    assert_eq!(fake.requests()[0].fault, Some(Fault::Drop));
    // The next connection is served.
    place(&client).await;
}

#[tokio::test]
async fn drop_after_processing_places_the_call_but_never_answers() {
    let fake = manual().await;
    let client = fake.client();
    fake.fail_next(1, Fault::DropAfterProcessing);
    let err = create(&client).send().await.unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(
        fake.calls().len(),
        1,
        "the call exists; only the answer was lost"
    );
}
