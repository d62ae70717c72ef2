//! FakeTwilio inside a call: recordings with their signed status callbacks, media streams,
//! transcriptions and SIPREC (unique names, start and stop callbacks), payments, user-defined
//! messages and subscriptions, the call's events and notifications, and Twilio's errors for a
//! call that has ended or does not exist. Driven through the public client.

mod common;

use common::fake::{Receiver, answered, client_builder, manual, place};
use twilio_calls::{CallRecordingStatus, CallStatus, Client, Error, StreamStatus};

async fn setup() -> (twilio_calls_fake::FakeTwilio, Client, String) {
    let fake = manual().await;
    let client = client_builder(&fake).build().unwrap();
    let sid = answered(&fake, &client).await;
    (fake, client, sid)
}

fn api(err: &Error) -> (u16, Option<i64>) {
    let api = err
        .api()
        .unwrap_or_else(|| panic!("not an API error: {err}"));
    (api.status, api.code.map(i64::from))
}

#[tokio::test]
async fn a_recording_starts_pauses_resumes_and_stops_with_the_callbacks_asked_for() {
    let (fake, client, sid) = setup().await;
    let receiver = Receiver::start(fake.auth_token()).await;
    let recordings = client.calls().recordings(&sid);
    let recording = recordings
        .create()
        .recording_status_callback(receiver.url("/recording"))
        .recording_status_callback_event(["in-progress", "completed"])
        .recording_channels("dual")
        .send()
        .await
        .unwrap();
    assert!(recording.sid.starts_with("RE"));
    assert_eq!(recording.status, Some(CallRecordingStatus::InProgress));
    assert_eq!(recording.channels, Some(2));
    assert_eq!(recording.call_sid.as_deref(), Some(sid.as_str()));

    let paused = recordings
        .update(&recording.sid)
        .status("paused")
        .send()
        .await
        .unwrap();
    assert_eq!(paused.status, Some(CallRecordingStatus::Paused));
    let resumed = recordings
        .update(&recording.sid)
        .status("in-progress")
        .send()
        .await
        .unwrap();
    assert_eq!(resumed.status, Some(CallRecordingStatus::InProgress));
    let stopped = recordings
        .update(&recording.sid)
        .status("stopped")
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.status, Some(CallRecordingStatus::Stopped));
    let fetched = recordings.fetch(&recording.sid).send().await.unwrap();
    assert_eq!(fetched.status, Some(CallRecordingStatus::Completed));
    assert!(fetched.duration_secs().is_some());

    // A stopped recording takes no more updates.
    let err = recordings
        .update(&recording.sid)
        .status("paused")
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (400, Some(21220)));

    fake.settle().await;
    let got = receiver.got();
    let statuses: Vec<&str> = got
        .iter()
        .map(|c| c.param("RecordingStatus").unwrap())
        .collect();
    assert_eq!(statuses, ["in-progress", "completed"]);
    assert!(got.iter().all(|c| c.verified), "{got:?}");
    assert_eq!(got[1].param("RecordingSid"), Some(recording.sid.as_str()));
    assert_eq!(got[1].param("CallSid"), Some(sid.as_str()));
    assert_eq!(got[1].param("RecordingChannels"), Some("2"));
    assert!(got[1].param("RecordingDuration").is_some());

    let listed = recordings.list().send().await.unwrap();
    assert_eq!(listed.items.len(), 1);
    recordings.delete(&recording.sid).send().await.unwrap();
    let err = recordings.fetch(&recording.sid).send().await.unwrap_err();
    assert_eq!(api(&err), (404, Some(20404)));
}

#[tokio::test]
async fn only_the_events_asked_for_are_sent_and_the_default_is_completed() {
    let (fake, client, sid) = setup().await;
    let receiver = Receiver::start(fake.auth_token()).await;
    let recording = client
        .calls()
        .recordings(&sid)
        .create()
        .recording_status_callback(receiver.url("/r"))
        .send()
        .await
        .unwrap();
    // The call ends: the recording completes with it.
    client
        .calls()
        .update(&sid)
        .status("completed")
        .send()
        .await
        .unwrap();
    fake.settle().await;
    let got = receiver.got();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].param("RecordingStatus"), Some("completed"));
    let fetched = client
        .calls()
        .recordings(&sid)
        .fetch(&recording.sid)
        .send()
        .await
        .unwrap();
    assert_eq!(fetched.status, Some(CallRecordingStatus::Completed));
}

#[tokio::test]
async fn nothing_starts_inside_a_call_that_is_not_in_progress_or_does_not_exist() {
    let fake = manual().await;
    let client = client_builder(&fake).build().unwrap();
    let queued = place(&client).await.sid;
    let calls = client.calls();
    let err = calls.recordings(&queued).create().send().await.unwrap_err();
    assert_eq!(api(&err), (400, Some(21220)));
    let err = calls
        .user_defined_messages(&queued)
        .create()
        .content("{}")
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (400, Some(21220)));
    let err = calls
        .streams(&queued)
        .create()
        .url("wss://example.com/a")
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (400, Some(21220)));
    fake.advance(&queued, CallStatus::Completed).await.unwrap();
    let err = calls
        .transcriptions(&queued)
        .create()
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (400, Some(21220)));

    let missing = "CA00000000000000000000000000000000";
    let err = calls.recordings(missing).list().send().await.unwrap_err();
    assert_eq!(api(&err), (404, Some(20404)));
    let err = calls.events(missing).list().send().await.unwrap_err();
    assert_eq!(api(&err), (404, Some(20404)));
    // Another account's call is not found either.
    let sub = fake.add_subaccount();
    let err = client
        .account(&sub)
        .calls()
        .recordings(&queued)
        .list()
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (404, Some(20404)));
}

#[tokio::test]
async fn streams_are_named_uniquely_per_call_and_stopped_by_name_with_callbacks() {
    let (fake, client, sid) = setup().await;
    let receiver = Receiver::start(fake.auth_token()).await;
    let streams = client.calls().streams(&sid);
    let stream = streams
        .create()
        .url("wss://example.com/agent")
        .name("agent")
        .status_callback(receiver.url("/stream"))
        .parameter("tenant", "acme")
        .send()
        .await
        .unwrap();
    assert!(stream.sid.starts_with("MZ"));
    assert_eq!(stream.name.as_deref(), Some("agent"));
    let err = streams
        .create()
        .url("wss://example.com/other")
        .name("agent")
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err).0, 400);
    assert!(err.api().unwrap().message.contains("agent"), "{err}");

    let stopped = streams
        .update("agent")
        .status("stopped")
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.sid, stream.sid);
    assert_eq!(stopped.status, Some(StreamStatus::Stopped));
    let err = streams
        .update("nobody")
        .status("stopped")
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (404, Some(20404)));

    fake.settle().await;
    let got = receiver.got();
    let events: Vec<Option<&str>> = got.iter().map(|c| c.param("StreamEvent")).collect();
    assert_eq!(events, [Some("stream-started"), Some("stream-stopped")]);
    assert!(receiver.got().iter().all(|c| c.verified));

    // A transcription and a SIPREC session on the same call, stopped when it ends.
    let transcription = client
        .calls()
        .transcriptions(&sid)
        .create()
        .name("notes")
        .status_callback_url(receiver.url("/transcription"))
        .send()
        .await
        .unwrap();
    assert!(transcription.sid.starts_with("GT"));
    let siprec = client
        .calls()
        .siprec(&sid)
        .create()
        .connector_name("recorder")
        .send()
        .await
        .unwrap();
    assert!(siprec.sid.starts_with("SR"));
    fake.advance(&sid, CallStatus::Completed).await.unwrap();
    fake.settle().await;
    let last = receiver.got().last().cloned().unwrap();
    assert_eq!(
        last.param("TranscriptionEvent"),
        Some("transcription-stopped")
    );
}

#[tokio::test]
async fn payments_are_validated_and_deduplicated_by_their_idempotency_key() {
    let (_fake, client, sid) = setup().await;
    let payments = client.calls().payments(&sid);
    let start = || {
        payments
            .create()
            .idempotency_key("order-1")
            .status_callback("https://example.com/pay")
    };
    let first = start().charge_amount(12.5).send().await.unwrap();
    assert!(first.sid.starts_with("PK"));
    let again = start().charge_amount(12.5).send().await.unwrap();
    assert_eq!(again.sid, first.sid);

    let err = payments
        .create()
        .idempotency_key("order-2")
        .status_callback("https://example.com/pay")
        .charge_amount(2_000_000)
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (400, Some(20001)));
    let err = payments
        .create()
        .idempotency_key("order-3")
        .status_callback("https://example.com/pay")
        .payment_method("ach-debit")
        .send()
        .await
        .unwrap_err();
    assert!(err.api().unwrap().message.contains("Parameter"), "{err}");

    let captured = payments
        .update(&first.sid)
        .idempotency_key("order-1-card")
        .status_callback("https://example.com/pay")
        .capture("payment-card-number")
        .send_with_metadata()
        .await
        .unwrap();
    assert_eq!(captured.status.as_u16(), 202);
    payments
        .update(&first.sid)
        .idempotency_key("order-1-done")
        .status_callback("https://example.com/pay")
        .status("complete")
        .send()
        .await
        .unwrap();
    let err = payments
        .update(&first.sid)
        .idempotency_key("order-1-late")
        .status_callback("https://example.com/pay")
        .capture("security-code")
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (400, Some(21220)));
}

#[tokio::test]
async fn user_defined_messages_need_json_and_subscriptions_come_and_go() {
    let (_fake, client, sid) = setup().await;
    let calls = client.calls();
    let message = calls
        .user_defined_messages(&sid)
        .create()
        .content(r#"{"step": 2}"#)
        .idempotency_key("m-1")
        .send()
        .await
        .unwrap();
    assert!(message.sid.starts_with("KX"));
    let again = calls
        .user_defined_messages(&sid)
        .create()
        .content(r#"{"step": 2}"#)
        .idempotency_key("m-1")
        .send()
        .await
        .unwrap();
    assert_eq!(again.sid, message.sid);
    let err = calls
        .user_defined_messages(&sid)
        .create()
        .content("not json")
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (400, Some(20001)));

    let subscriptions = calls.user_defined_message_subscriptions(&sid);
    let subscription = subscriptions
        .create()
        .callback("https://example.com/messages")
        .send()
        .await
        .unwrap();
    assert!(subscription.sid.starts_with("ZY"));
    subscriptions
        .delete(&subscription.sid)
        .send()
        .await
        .unwrap();
    let err = subscriptions
        .delete(&subscription.sid)
        .send()
        .await
        .unwrap_err();
    assert_eq!(api(&err), (404, Some(20404)));
}

#[tokio::test]
async fn a_call_s_events_show_each_request_made_on_it() {
    let (_fake, client, sid) = setup().await;
    let calls = client.calls();
    calls
        .recordings(&sid)
        .create()
        .recording_track("inbound")
        .send()
        .await
        .unwrap();
    calls
        .update(&sid)
        .twiml("<Response><Pause/></Response>")
        .send()
        .await
        .unwrap();
    let events = calls.events(&sid).list().send().await.unwrap().items;
    let requests: Vec<(String, String)> = events
        .iter()
        .map(|e| {
            let request = e.request.as_ref().unwrap();
            (
                request["method"].as_str().unwrap().to_owned(),
                request["url"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(requests.len(), 3, "{requests:?}");
    assert!(requests[0].1.ends_with("/Calls.json"));
    assert!(requests[1].1.ends_with("/Recordings.json"));
    assert!(requests[2].1.ends_with(&format!("/Calls/{sid}.json")));
    let recording_request = events[1].request.as_ref().unwrap();
    assert_eq!(
        recording_request["parameters"]["recording_track"],
        "inbound"
    );
    let response = events[1].response.as_ref().unwrap();
    assert_eq!(response["response_code"], 201);
}

#[tokio::test]
async fn a_callback_nobody_takes_is_logged_as_a_notification() {
    let fake = manual().await;
    let client = client_builder(&fake).build().unwrap();
    let sid = client
        .calls()
        .create()
        .to("+15558675310")
        .from("+15005550006")
        .url("https://example.com/twiml")
        .status_callback(format!("http://127.0.0.1:{}/gone", common::free_port()))
        .send()
        .await
        .unwrap()
        .sid;
    fake.advance(&sid, CallStatus::Completed).await.unwrap();
    fake.settle().await;
    let notifications = client
        .calls()
        .notifications(&sid)
        .list()
        .log(1)
        .send()
        .await
        .unwrap()
        .items;
    assert_eq!(notifications.len(), 1);
    let notification = &notifications[0];
    assert_eq!(notification.error_code_number(), Some(15003));
    assert!(
        notification
            .message_text
            .as_deref()
            .unwrap()
            .contains("gone")
    );
    let fetched = client
        .calls()
        .notifications(&sid)
        .fetch(&notification.sid)
        .send()
        .await
        .unwrap();
    assert_eq!(fetched.sid, notification.sid);
    let errors = client
        .calls()
        .notifications(&sid)
        .list()
        .log(0)
        .send()
        .await
        .unwrap();
    assert!(errors.items.is_empty());
}

/// The parameters Twilio added after the first vendored spec (twilio-oai d50069b): the fake
/// takes them like Twilio does, and a `Capture` value added then is one it knows.
#[tokio::test]
async fn the_parameters_twilio_added_are_accepted() {
    let (_fake, client, sid) = setup().await;
    let payments = client.calls().payments(&sid);
    let payment = payments
        .create()
        .idempotency_key("order-9")
        .status_callback("https://example.com/pay")
        .confirmation("true")
        .require_matching_inputs("postal-code")
        .send()
        .await
        .unwrap();
    assert!(payment.sid.starts_with("PK"));
    let captured = payments
        .update(&payment.sid)
        .idempotency_key("order-9-match")
        .status_callback("https://example.com/pay")
        .capture(twilio_calls::PaymentsCapture::PostalCodeMatcher)
        .send_with_metadata()
        .await
        .unwrap();
    assert_eq!(captured.status.as_u16(), 202);

    let transcription = client
        .calls()
        .transcriptions(&sid)
        .create()
        .conversation_id("GOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .enable_provider_data(true)
        .configuration_id("real_time_transcription_7ah86qz6t0nk3s0xcqhn66j0x7")
        .conversation_configuration("conversation-config")
        .send()
        .await
        .unwrap();
    assert!(transcription.sid.starts_with("GT"));
}
