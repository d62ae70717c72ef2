//! FakeTwilio's call lifecycle, driven by the test and by its own clock, and the signed
//! status callbacks each transition sends.

mod common;

use std::time::Duration;

use common::fake::{EVERY_EVENT, Receiver, create_to, manual, place, with_lifecycle};
use twilio_calls::{CallStatus, Client, HttpMethod};
use twilio_calls_fake::{AdvanceError, Lifecycle, Outcome};

/// Places a call whose status callbacks go to `receiver`'s `/status`.
async fn place_with_callbacks(
    client: &Client,
    receiver: &Receiver,
    events: &[&str],
    method: HttpMethod,
) -> String {
    let mut create = create_to(client, "+15558675310")
        .status_callback(receiver.url("/status?tenant=a%20b"))
        .status_callback_method(method);
    if !events.is_empty() {
        create = create.status_callback_event(events.iter().copied());
    }
    create.send().await.unwrap().sid
}

/// Polls until `sid` reaches `status`, for at most ten seconds.
async fn wait_for(client: &Client, sid: &str, status: CallStatus) -> twilio_calls::Call {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let call = client.calls().fetch(sid).send().await.unwrap();
        if call.status.as_ref() == Some(&status) {
            return call;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{sid} stuck at {:?} waiting for {status}",
            call.status
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn advance_walks_the_states_between_and_stamps_the_times() {
    let fake = manual().await;
    let client = fake.client();
    let created = place(&client).await;
    let sid = created.sid.clone();
    assert_eq!(created.status, Some(CallStatus::Queued));
    assert_eq!(created.start_time, None);

    tokio::time::sleep(Duration::from_millis(1100)).await;
    let answered = fake.advance(&sid, CallStatus::InProgress).await.unwrap();
    assert_eq!(answered.status, Some(CallStatus::InProgress));
    let start = answered.start_time.expect("dialled");
    assert!(start.as_datetime() > created.date_created.unwrap().as_datetime());
    assert!(answered.date_updated > created.date_updated);
    assert!(
        answered.queue_time_millis().unwrap() >= 1000,
        "{answered:?}"
    );
    assert_eq!(answered.end_time, None);
    assert_eq!(answered.duration, None);
    assert_eq!(client.calls().fetch(&sid).send().await.unwrap(), answered);

    tokio::time::sleep(Duration::from_millis(2100)).await;
    let done = fake.advance(&sid, CallStatus::Completed).await.unwrap();
    let end = done.end_time.unwrap().as_datetime();
    assert_eq!(done.status, Some(CallStatus::Completed));
    assert_eq!(
        done.duration_secs(),
        Some((end - start.as_datetime()).num_seconds() as u64)
    );
    assert!(done.duration_secs().unwrap() >= 2);

    let err = fake.advance(&sid, CallStatus::Ringing).await.unwrap_err();
    assert_eq!(
        err,
        AdvanceError::InvalidTransition {
            from: CallStatus::Completed,
            to: CallStatus::Ringing
        }
    );
    let err = fake
        .advance("CA0123456789abcdef0123456789abcdef", CallStatus::Ringing)
        .await;
    assert!(matches!(err, Err(AdvanceError::UnknownCall(_))));
}

#[tokio::test]
async fn unanswered_calls_end_with_no_duration() {
    let fake = manual().await;
    let client = fake.client();
    for status in [
        CallStatus::Busy,
        CallStatus::NoAnswer,
        CallStatus::Failed,
        CallStatus::Canceled,
    ] {
        let sid = place(&client).await.sid;
        let call = fake.advance(&sid, status.clone()).await.unwrap();
        assert_eq!(call.status, Some(status.clone()));
        assert_eq!(call.duration.as_deref(), Some("0"), "{status}");
        assert!(call.end_time.is_some());
        let listed = client
            .calls()
            .list()
            .status(status.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(listed.items.len(), 1, "{status}");
    }
}

#[tokio::test]
async fn callbacks_are_sent_for_the_events_asked_for_and_signed() {
    let fake = manual().await;
    let receiver = Receiver::start(fake.auth_token()).await;
    let client = fake.client();
    let sid = place_with_callbacks(&client, &receiver, &EVERY_EVENT, HttpMethod::Post).await;
    assert!(receiver.got().is_empty(), "nothing before the call moves");
    fake.advance(&sid, CallStatus::Completed).await.unwrap();

    let got = receiver.got();
    let statuses: Vec<_> = got.iter().map(|c| c.param("CallStatus").unwrap()).collect();
    assert_eq!(
        statuses,
        ["initiated", "ringing", "in-progress", "completed"]
    );
    for (i, callback) in got.iter().enumerate() {
        assert!(callback.verified, "signature of {callback:?}");
        assert_eq!(callback.method, "POST");
        assert_eq!(callback.url, receiver.url("/status?tenant=a%20b"));
        assert_eq!(
            callback.param("SequenceNumber"),
            Some(i.to_string().as_str())
        );
        assert_eq!(callback.param("CallSid"), Some(sid.as_str()));
        assert_eq!(
            callback.param("AccountSid"),
            Some(fake.account_sid().as_str())
        );
        assert_eq!(callback.param("From"), Some("+15005550006"));
        assert_eq!(callback.param("To"), Some("+15558675310"));
        assert_eq!(callback.param("Direction"), Some("outbound-api"));
        assert_eq!(callback.param("ApiVersion"), Some("2010-04-01"));
        assert_eq!(
            callback.param("CallbackSource"),
            Some("call-progress-events")
        );
        chrono::DateTime::parse_from_rfc2822(callback.param("Timestamp").unwrap()).unwrap();
        // The SDK's own parser reads them.
        let parsed = twilio_calls::webhook::StatusCallback::from_params(callback.params.clone())
            .unwrap_or_else(|e| panic!("{e}: {callback:?}"));
        assert_eq!(parsed.call_sid, sid);
    }
    assert_eq!(got[3].param("CallDuration"), Some("0"));
    assert!(got[..3].iter().all(|c| c.param("CallDuration").is_none()));

    let deliveries = fake.callbacks();
    assert_eq!(deliveries.len(), 4);
    assert!(
        deliveries
            .iter()
            .all(|d| d.delivered() && d.error.is_none())
    );
    let events: Vec<_> = deliveries.iter().map(|d| d.event.as_str()).collect();
    assert_eq!(events, ["initiated", "ringing", "answered", "completed"]);
}

#[tokio::test]
async fn only_completed_is_sent_when_no_event_is_named() {
    let fake = manual().await;
    let receiver = Receiver::start(fake.auth_token()).await;
    let client = fake.client();
    let sid = place_with_callbacks(&client, &receiver, &[], HttpMethod::Post).await;
    fake.advance(&sid, CallStatus::InProgress).await.unwrap();
    assert!(receiver.got().is_empty());
    tokio::time::sleep(Duration::from_millis(1100)).await;
    client
        .calls()
        .update(&sid)
        .status("completed")
        .send()
        .await
        .unwrap();
    fake.settle().await;
    let got = receiver.got();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].param("CallStatus"), Some("completed"));
    // Every event takes a number, told or not: initiated 0, ringing 1, answered 2.
    assert_eq!(got[0].param("SequenceNumber"), Some("3"));
    let duration: u64 = got[0].param("CallDuration").unwrap().parse().unwrap();
    assert!(duration >= 1, "{got:?}");
    assert!(got[0].verified);
}

#[tokio::test]
async fn get_callbacks_carry_their_parameters_in_the_query() {
    let fake = manual().await;
    let receiver = Receiver::start(fake.auth_token()).await;
    let client = fake.client();
    let sid = place_with_callbacks(&client, &receiver, &["ringing"], HttpMethod::Get).await;
    fake.advance(&sid, CallStatus::Busy).await.unwrap();
    let got = receiver.got();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].method, "GET");
    assert!(got[0].verified);
    assert!(
        got[0]
            .url
            .starts_with(&receiver.url("/status?tenant=a%20b&"))
    );
    assert_eq!(got[0].param("tenant"), Some("a b"));
    assert_eq!(got[0].param("CallStatus"), Some("ringing"));
}

#[tokio::test]
async fn failed_deliveries_are_recorded_not_fatal() {
    let fake = manual().await;
    let client = fake.client();
    let dead = format!("http://127.0.0.1:{}/status", common::free_port());
    let sid = create_to(&client, "+15558675310")
        .status_callback(&dead)
        .status_callback_event(["ringing", "completed"])
        .send()
        .await
        .unwrap()
        .sid;
    fake.advance(&sid, CallStatus::Completed).await.unwrap();
    let deliveries = fake.callbacks();
    assert_eq!(deliveries.len(), 2);
    for delivery in &deliveries {
        assert!(!delivery.delivered());
        assert_eq!(delivery.status, None);
        assert!(delivery.error.as_deref().is_some_and(|e| !e.is_empty()));
        assert_eq!(delivery.url, dead);
    }
    assert_eq!(
        client.calls().fetch(&sid).send().await.unwrap().status,
        Some(CallStatus::Completed)
    );
}

#[tokio::test]
async fn the_clock_runs_calls_through_on_their_own() {
    let lifecycle = Lifecycle::timed(
        Duration::from_millis(100),
        Duration::from_millis(200),
        Some(Duration::from_millis(1200)),
    );
    let fake = with_lifecycle(lifecycle).await;
    let receiver = Receiver::start(fake.auth_token()).await;
    let client = fake.client();
    // The call's TwiML, once answered, decides how long it lasts: a second's pause (in real
    // time, since no caller drives it). A `Url` nobody serves would end it at once with an
    // application error, as Twilio does.
    let sid = client
        .calls()
        .create()
        .to("+15558675310")
        .from("+15005550006")
        .twiml("<Response><Pause length=\"1\"/></Response>")
        .status_callback(receiver.url("/status?tenant=a%20b"))
        .status_callback_event(EVERY_EVENT.iter().copied())
        .send()
        .await
        .unwrap()
        .sid;
    wait_for(&client, &sid, CallStatus::Ringing).await;
    wait_for(&client, &sid, CallStatus::InProgress).await;
    let done = wait_for(&client, &sid, CallStatus::Completed).await;
    assert!(done.duration_secs().unwrap() <= 2);
    fake.settle().await;
    let statuses: Vec<_> = receiver
        .got()
        .iter()
        .map(|c| c.param("CallStatus").unwrap().to_owned())
        .collect();
    assert_eq!(
        statuses,
        ["initiated", "ringing", "in-progress", "completed"]
    );
}

#[tokio::test]
async fn scripted_outcomes_end_calls_as_told() {
    let lifecycle = Lifecycle::timed(Duration::ZERO, Duration::from_millis(50), None);
    let fake = with_lifecycle(lifecycle).await;
    let client = fake.client();
    for (to, outcome, end) in [
        ("+15550000001", Outcome::Busy, CallStatus::Busy),
        ("+15550000002", Outcome::NoAnswer, CallStatus::NoAnswer),
        ("+15550000003", Outcome::Failed, CallStatus::Failed),
        ("+15550000004", Outcome::Answer, CallStatus::InProgress),
    ] {
        fake.script(to, outcome);
        // Answered, the call runs its TwiML: a long pause keeps it in progress.
        let sid = client
            .calls()
            .create()
            .to(to)
            .from("+15005550006")
            .twiml("<Response><Pause length=\"600\"/></Response>")
            .send()
            .await
            .unwrap()
            .sid;
        wait_for(&client, &sid, end).await;
    }
    // With no in-progress duration the answered call stays up until hung up.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let up = client
        .calls()
        .list()
        .to("+15550000004")
        .send()
        .await
        .unwrap();
    assert_eq!(up.items[0].status, Some(CallStatus::InProgress));
}

#[tokio::test]
async fn speed_scales_the_clock() {
    let lifecycle = Lifecycle::timed(
        Duration::from_secs(10),
        Duration::from_secs(10),
        Some(Duration::from_secs(10)),
    )
    .speed(100.0);
    assert_eq!(lifecycle.queued(), Some(Duration::from_millis(100)));
    let fake = with_lifecycle(lifecycle).await;
    let client = fake.client();
    let sid = place(&client).await.sid;
    wait_for(&client, &sid, CallStatus::Completed).await;
    assert_eq!(Lifecycle::manual().speed(0.0), Lifecycle::manual());
    assert_eq!(
        Lifecycle::default().speed(f64::NAN).ringing(),
        Some(Duration::from_secs(3))
    );
}

#[tokio::test]
async fn a_call_hung_up_early_does_not_move_again() {
    let lifecycle = Lifecycle::timed(Duration::from_millis(300), Duration::from_millis(300), None);
    let fake = with_lifecycle(lifecycle).await;
    let client = fake.client();
    let sid = place(&client).await.sid;
    client
        .calls()
        .update(&sid)
        .status("canceled")
        .send()
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(800)).await;
    let call = client.calls().fetch(&sid).send().await.unwrap();
    assert_eq!(call.status, Some(CallStatus::Canceled));
}
