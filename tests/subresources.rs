//! The 19 operations inside a call over real HTTP, through the handlers
//! (`calls().recordings(sid)` …) and the setters users write: method, path and body byte for
//! byte, typed answers, parameter families, enums given as strings, and the rules checked
//! before anything is sent.

mod common;

use common::operations::{
    NOTIFICATION, PAYMENT, RECORDING, SIPREC, STREAM, SUBSCRIPTION, TRANSCRIPTION,
};
use common::{CALL, SUBACCOUNT, assert_invalid, client, example, serve};
use futures_util::TryStreamExt;
use twilio_calls::{
    CallRecordingSource, CallRecordingStatus, PaymentsCapture, RecordingEvent, RecordingTrack,
    StreamStatus, StreamTrack, Timestamp,
};

const BASE: &str = "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// The one request the server saw: method, path with query, body.
/// A request's method, target and form: raw pairs by key (Twilio reads a form by key, so
/// only the order of one key's values is compared).
type Wire = (String, String, Vec<(String, Vec<String>)>);

fn owned_form(raw: &str) -> Vec<(String, Vec<String>)> {
    common::form(raw)
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
        .collect()
}

fn wire(recorder: &common::Recorder) -> Wire {
    let seen = recorder.only();
    assert_eq!(
        seen.header("content-type"),
        (!seen.body.is_empty()).then_some("application/x-www-form-urlencoded")
    );
    (seen.method, seen.target, owned_form(&seen.body))
}

fn expect(method: &str, path: &str, body: &str) -> Wire {
    (method.to_owned(), format!("{BASE}{path}"), owned_form(body))
}

#[tokio::test]
async fn recordings_start_pause_resume_stop_fetch_list_and_delete() {
    let (server, recorder) = serve(201, example("CreateCallRecording", "create201")).await;
    let recording = client(&server)
        .calls()
        .recordings(CALL)
        .create()
        .recording_status_callback_event(["in-progress", "completed"])
        .recording_status_callback("https://example.com/rec")
        .recording_status_callback_method("GET")
        .trim("do-not-trim")
        .recording_channels("dual")
        .recording_track(RecordingTrack::Inbound)
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/Recordings.json",
            "RecordingStatusCallbackEvent=in-progress&RecordingStatusCallbackEvent=completed\
             &RecordingStatusCallback=https%3A%2F%2Fexample.com%2Frec\
             &RecordingStatusCallbackMethod=GET&Trim=do-not-trim&RecordingChannels=dual\
             &RecordingTrack=inbound"
        )
    );
    assert_eq!(recording.sid, RECORDING);
    assert_eq!(recording.status, Some(CallRecordingStatus::InProgress));
    assert_eq!(
        recording.source,
        Some(CallRecordingSource::StartCallRecordingApi)
    );
    assert_eq!(recording.channels, Some(2));
    assert_eq!(
        recording.start_time,
        Some(
            "Fri, 14 Oct 2016 21:56:34 +0000"
                .parse::<Timestamp>()
                .unwrap()
        )
    );

    for (status, body) in [
        ("paused", "Status=paused&PauseBehavior=skip"),
        ("in-progress", "Status=in-progress"),
        ("stopped", "Status=stopped"),
    ] {
        let (server, recorder) = serve(200, example("UpdateCallRecording", "update")).await;
        let updates = client(&server).calls().recordings(CALL);
        let mut update = updates.update(RECORDING).status(status);
        if status == "paused" {
            update = update.pause_behavior("skip");
        }
        update.send().await.unwrap();
        assert_eq!(
            wire(&recorder),
            expect("POST", &format!("/Recordings/{RECORDING}.json"), body)
        );
    }

    let (server, recorder) = serve(200, example("FetchCallRecording", "fetch")).await;
    let fetched = client(&server)
        .calls()
        .recordings(CALL)
        .fetch(RECORDING)
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect("GET", &format!("/Recordings/{RECORDING}.json"), "")
    );
    assert_eq!(fetched.duration_secs(), Some(4));
    assert_eq!(fetched.price_amount(), Some(-0.0025));
    assert_eq!(fetched.price_unit.as_deref(), Some("USD"));

    let (server, recorder) = serve(200, example("ListCallRecording", "readFull")).await;
    let page = client(&server)
        .calls()
        .recordings(CALL)
        .list()
        .date_created(chrono::NaiveDate::from_ymd_opt(2016, 10, 14).unwrap())
        .date_created_before(chrono::NaiveDate::from_ymd_opt(2016, 10, 15).unwrap())
        .date_created_after(chrono::NaiveDate::from_ymd_opt(2016, 10, 13).unwrap())
        .page_size(20)
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "GET",
            "/Recordings.json?DateCreated=2016-10-14&DateCreated%3C=2016-10-15\
             &DateCreated%3E=2016-10-13&PageSize=20",
            ""
        )
    );
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].sid, RECORDING);

    let (server, recorder) = serve(204, "").await;
    client(&server)
        .calls()
        .recordings(CALL)
        .delete(RECORDING)
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect("DELETE", &format!("/Recordings/{RECORDING}.json"), "")
    );
}

#[tokio::test]
async fn notifications_and_events_are_read() {
    let (server, recorder) = serve(200, example("FetchCallNotification", "fetch")).await;
    let notification = client(&server)
        .calls()
        .notifications(CALL)
        .fetch(NOTIFICATION)
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect("GET", &format!("/Notifications/{NOTIFICATION}.json"), "")
    );
    assert_eq!(notification.error_code_number(), Some(15003));
    assert_eq!(notification.log_level(), Some(1));

    let (server, recorder) = serve(200, example("ListCallNotification", "readFull")).await;
    let listed = client(&server)
        .calls()
        .notifications(CALL)
        .list()
        .log(1)
        .message_date_before(chrono::NaiveDate::from_ymd_opt(2015, 8, 19).unwrap())
        .message_date_after(chrono::NaiveDate::from_ymd_opt(2015, 8, 17).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "GET",
            "/Notifications.json?Log=1&MessageDate%3C=2015-08-19&MessageDate%3E=2015-08-17\
             &PageSize=50",
            ""
        )
    );
    assert_eq!(listed.items[0].error_code_number(), Some(15003));

    let (server, recorder) = serve(200, example("ListCallEvent", "readFull")).await;
    let events: Vec<_> = client(&server)
        .calls()
        .events(CALL)
        .list()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect("GET", "/Events.json?PageSize=50", "")
    );
    assert!(!events.is_empty());
    let request = events[0].request.as_ref().unwrap();
    assert_eq!(request["method"], "POST");
}

#[tokio::test]
async fn streams_carry_their_parameters_as_a_numbered_family() {
    let (server, recorder) = serve(200, example("CreateStream", "createWithArgs")).await;
    let stream = client(&server)
        .calls()
        .streams(CALL)
        .create()
        .url("wss://example.com/audio")
        .name("agent")
        .track("both_tracks")
        .status_callback("https://example.com/stream")
        .status_callback_method("POST")
        .parameter("tenant", "acme corp")
        .parameters([("lang", "en"), ("a&b", "c=d")])
        .parameter("last", "")
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/Streams.json",
            "Url=wss%3A%2F%2Fexample.com%2Faudio&Name=agent&Track=both_tracks\
             &StatusCallback=https%3A%2F%2Fexample.com%2Fstream&StatusCallbackMethod=POST\
             &Parameter1.Name=tenant&Parameter1.Value=acme+corp\
             &Parameter2.Name=lang&Parameter2.Value=en\
             &Parameter3.Name=a%26b&Parameter3.Value=c%3Dd\
             &Parameter4.Name=last&Parameter4.Value="
        )
    );
    assert_eq!(stream.status, Some(StreamStatus::InProgress));

    let (server, recorder) = serve(200, example("UpdateStream", "updateByName")).await;
    client(&server)
        .calls()
        .streams(CALL)
        .update("agent")
        .status("stopped")
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect("POST", "/Streams/agent.json", "Status=stopped")
    );
}

#[tokio::test]
async fn a_family_holds_as_many_rows_as_the_spec_numbers_and_no_more() {
    let (server, recorder) = serve(200, example("CreateSiprec", "createWithArgs")).await;
    let calls = client(&server).calls();
    let rows: Vec<(String, String)> = (1..=99)
        .map(|n| (format!("k{n}"), format!("v{n}")))
        .collect();
    calls
        .siprec(CALL)
        .create()
        .parameters(rows.clone())
        .send()
        .await
        .unwrap();
    let body = recorder.only().body;
    assert!(body.starts_with("Parameter1.Name=k1&Parameter1.Value=v1&Parameter2.Name=k2"));
    assert!(body.ends_with("Parameter99.Name=k99&Parameter99.Value=v99"));

    let err = calls
        .siprec(CALL)
        .create()
        .parameters(rows)
        .parameter("one", "too many")
        .send()
        .await
        .unwrap_err();
    assert_invalid(&err, "Parameter100.Name", "at most 99 rows");
    // Refused before anything was sent.
    assert_eq!(recorder.seen().len(), 1);

    // By wire name, as a command line gives them: numbered keys, any order.
    let (server, recorder) = serve(200, example("CreateStream", "createWithArgs")).await;
    client(&server)
        .calls()
        .streams(CALL)
        .create()
        .set("Url", "wss://e.x/a")
        .unwrap()
        .set("Parameter2.Value", "b")
        .unwrap()
        .set("Parameter1.Name", "x")
        .unwrap()
        .set("Parameter1.Value", "a")
        .unwrap()
        .set("Parameter2.Name", "y")
        .unwrap()
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/Streams.json",
            "Url=wss%3A%2F%2Fe.x%2Fa&Parameter1.Name=x&Parameter1.Value=a&Parameter2.Name=y\
             &Parameter2.Value=b"
        )
    );
    // A number past the family's is refused when set, naming the rule.
    let err = client(&server)
        .calls()
        .streams(CALL)
        .create()
        .set("Parameter5000.Name", "x")
        .unwrap_err();
    assert_invalid(
        &err,
        "Parameter100.Name",
        "rows are numbered from 1 to 99 (got row 5000)",
    );
    // Not a key of the family: an unknown parameter.
    let err = client(&server)
        .calls()
        .streams(CALL)
        .create()
        .set("Parameter0.Name", "x")
        .unwrap_err();
    assert_invalid(
        &err,
        "wire_name",
        "CreateStream has no parameter \"Parameter0.Name\"",
    );
}

#[tokio::test]
async fn transcriptions_and_siprec_start_and_stop() {
    let (server, recorder) = serve(
        200,
        example("CreateRealtimeTranscription", "createWithArgs"),
    )
    .await;
    client(&server)
        .calls()
        .transcriptions(CALL)
        .create()
        .name("notes")
        .track("inbound_track")
        .status_callback_url("https://example.com/t")
        .partial_results(true)
        .language_code("en-US")
        .profanity_filter(false)
        .hints("Twilio, Rust")
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/Transcriptions.json",
            "Name=notes&Track=inbound_track&StatusCallbackUrl=https%3A%2F%2Fexample.com%2Ft\
             &PartialResults=true&LanguageCode=en-US&ProfanityFilter=false\
             &Hints=Twilio%2C+Rust"
        )
    );
    let (server, recorder) =
        serve(200, example("UpdateRealtimeTranscription", "updateBySid")).await;
    client(&server)
        .calls()
        .transcriptions(CALL)
        .update(TRANSCRIPTION)
        .status("stopped")
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            &format!("/Transcriptions/{TRANSCRIPTION}.json"),
            "Status=stopped"
        )
    );

    let (server, recorder) = serve(200, example("CreateSiprec", "createWithArgs")).await;
    client(&server)
        .calls()
        .siprec(CALL)
        .create()
        .name("rec")
        .connector_name("connector")
        .track(StreamTrack::BothTracks.as_str())
        .parameter("k", "v")
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/Siprec.json",
            "Name=rec&ConnectorName=connector&Track=both_tracks&Parameter1.Name=k&Parameter1.Value=v"
        )
    );
    let (server, recorder) = serve(200, example("UpdateSiprec", "updateBySid")).await;
    client(&server)
        .calls()
        .siprec(CALL)
        .update(SIPREC)
        .status("stopped")
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect("POST", &format!("/Siprec/{SIPREC}.json"), "Status=stopped")
    );
}

/// The parameters Twilio added to CreatePayments and CreateRealtimeTranscription after the
/// spec first vendored here (twilio-oai d50069b), under Twilio's keys.
#[tokio::test]
async fn payments_and_transcriptions_take_the_parameters_twilio_added() {
    let (server, recorder) =
        serve(201, example("CreatePayments", "startPaymentSessionSuccess")).await;
    client(&server)
        .calls()
        .payments(CALL)
        .create()
        .idempotency_key("order-18")
        .status_callback("https://example.com/pay")
        .confirmation("true")
        .require_matching_inputs("postal-code")
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/Payments.json",
            "IdempotencyKey=order-18&StatusCallback=https%3A%2F%2Fexample.com%2Fpay\
             &Confirmation=true&RequireMatchingInputs=postal-code"
        )
    );

    let (server, recorder) = serve(
        200,
        example("CreateRealtimeTranscription", "createWithArgs"),
    )
    .await;
    client(&server)
        .calls()
        .transcriptions(CALL)
        .create()
        .conversation_id("GOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .enable_provider_data(true)
        .configuration_id("real_time_transcription_7ah86qz6t0nk3s0xcqhn66j0x7")
        .conversation_configuration("conversation config & more")
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/Transcriptions.json",
            "ConversationId=GOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&EnableProviderData=true\
             &ConfigurationId=real_time_transcription_7ah86qz6t0nk3s0xcqhn66j0x7\
             &ConversationConfiguration=conversation+config+%26+more"
        )
    );
    let (server, recorder) = serve(
        200,
        example("CreateRealtimeTranscription", "createWithArgs"),
    )
    .await;
    client(&server)
        .calls()
        .transcriptions(CALL)
        .create()
        .enable_provider_data(false)
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect("POST", "/Transcriptions.json", "EnableProviderData=false")
    );
}

#[tokio::test]
async fn payments_start_and_capture() {
    let (server, recorder) =
        serve(201, example("CreatePayments", "startPaymentSessionSuccess")).await;
    let payment = client(&server)
        .calls()
        .payments(CALL)
        .create()
        .idempotency_key("order-17")
        .status_callback("https://example.com/pay")
        .charge_amount(10.5)
        .currency("usd")
        .payment_method("credit-card")
        .token_type("one-time")
        .valid_card_types("visa mastercard")
        .timeout(5)
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/Payments.json",
            "IdempotencyKey=order-17&StatusCallback=https%3A%2F%2Fexample.com%2Fpay\
             &ChargeAmount=10.5&Currency=usd&PaymentMethod=credit-card&Timeout=5\
             &TokenType=one-time&ValidCardTypes=visa+mastercard"
        )
    );
    assert_eq!(payment.sid, PAYMENT);

    let (server, recorder) = serve(202, example("UpdatePayments", "collectCreditCardNumber")).await;
    client(&server)
        .calls()
        .payments(CALL)
        .update(PAYMENT)
        .idempotency_key("order-17-card")
        .status_callback("https://example.com/pay")
        .capture(PaymentsCapture::PaymentCardNumber)
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            &format!("/Payments/{PAYMENT}.json"),
            "IdempotencyKey=order-17-card&StatusCallback=https%3A%2F%2Fexample.com%2Fpay\
             &Capture=payment-card-number"
        )
    );

    // Both are required, by the spec.
    let err = client(&server)
        .calls()
        .payments(CALL)
        .create()
        .status_callback("https://example.com/pay")
        .send()
        .await
        .unwrap_err();
    assert_invalid(
        &err,
        "IdempotencyKey",
        "is required: set it with `.idempotency_key(…)`",
    );
}

#[tokio::test]
async fn user_defined_messages_and_subscriptions() {
    let (server, recorder) = serve(201, example("CreateUserDefinedMessage", "create")).await;
    let message = client(&server)
        .calls()
        .user_defined_messages(CALL)
        .create()
        .content(r#"{"greeting":"hi"}"#)
        .idempotency_key("m-1")
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/UserDefinedMessages.json",
            "Content=%7B%22greeting%22%3A%22hi%22%7D&IdempotencyKey=m-1"
        )
    );
    assert!(message.sid.starts_with("KX"));

    let (server, recorder) = serve(
        201,
        example("CreateUserDefinedMessageSubscription", "create"),
    )
    .await;
    client(&server)
        .calls()
        .user_defined_message_subscriptions(CALL)
        .create()
        .callback("https://example.com/messages")
        .method("GET")
        .send()
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "POST",
            "/UserDefinedMessageSubscriptions.json",
            "Callback=https%3A%2F%2Fexample.com%2Fmessages&Method=GET"
        )
    );
    let (server, recorder) = serve(204, "").await;
    client(&server)
        .calls()
        .user_defined_message_subscriptions(CALL)
        .delete(SUBSCRIPTION)
        .await
        .unwrap();
    assert_eq!(
        wire(&recorder),
        expect(
            "DELETE",
            &format!("/UserDefinedMessageSubscriptions/{SUBSCRIPTION}.json"),
            ""
        )
    );
}

#[tokio::test]
async fn subresources_of_a_subaccount_s_call() {
    let (server, recorder) = serve(201, example("CreateCallRecording", "create201")).await;
    client(&server)
        .account(SUBACCOUNT)
        .calls()
        .recordings(CALL)
        .create()
        .await
        .unwrap();
    let seen = recorder.only();
    assert_eq!(
        seen.target,
        format!("/2010-04-01/Accounts/{SUBACCOUNT}/Calls/{CALL}/Recordings.json")
    );
    let handler = client(&server).calls().streams(CALL);
    assert_eq!(handler.call_sid(), CALL);
}

#[tokio::test]
async fn bad_input_is_refused_before_anything_is_sent() {
    let (server, recorder) = serve(200, "{}").await;
    let calls = client(&server).calls();
    let err = calls.recordings("CA123").create().send().await.unwrap_err();
    assert_invalid(&err, "CallSid", "shorter than 34");
    let err = calls
        .streams(CALL)
        .create()
        .url("https://example.com/not-a-websocket")
        .send()
        .await
        .unwrap_err();
    assert_invalid(&err, "Url", "must be a wss:// URL");
    let err = calls.streams(CALL).create().send().await.unwrap_err();
    assert_invalid(&err, "Url", "is required: set it with `.url(…)`");
    let err = calls
        .streams(CALL)
        .update(STREAM)
        .status("running")
        .send()
        .await
        .unwrap_err();
    assert_invalid(&err, "Status", "must be one of stopped");
    let err = calls
        .user_defined_message_subscriptions(CALL)
        .create()
        .callback("not a url")
        .send()
        .await
        .unwrap_err();
    assert_invalid(&err, "Callback", "must be an absolute URL");
    let err = calls
        .recordings(CALL)
        .create()
        .recording_status_callback_event(["in-progress"])
        .recording_status_callback("ftp://example.com")
        .send()
        .await
        .unwrap_err();
    assert_invalid(
        &err,
        "RecordingStatusCallback",
        "must be an http or https URL",
    );
    assert!(recorder.seen().is_empty());
}

#[test]
fn enums_take_strings_and_keep_values_they_do_not_know() {
    let recording: twilio_calls::CallRecording =
        serde_json::from_str(r#"{"sid": "RE1", "status": "transcoding", "source": "NewSource"}"#)
            .unwrap();
    assert_eq!(
        recording.status,
        Some(CallRecordingStatus::Unknown("transcoding".into()))
    );
    assert_eq!(
        serde_json::to_value(&recording).unwrap()["source"],
        "NewSource"
    );
    assert_eq!(RecordingEvent::from("absent"), RecordingEvent::Absent);
    assert_eq!(StreamTrack::from("both_tracks"), StreamTrack::BothTracks);
}

#[tokio::test]
async fn a_create_with_an_idempotency_key_is_retried_and_one_without_is_not() {
    use twilio_calls_fake::{Fault, Lifecycle};

    let fake = common::fake::with_lifecycle(Lifecycle::manual()).await;
    let client = common::fake::client_builder(&fake).build().unwrap();
    let sid = common::fake::answered(&fake, &client).await;
    let calls = client.calls();

    // Processed, then the connection dropped: with the key, the retry is deduplicated by
    // Twilio and answers the same session.
    fake.fail_next(1, Fault::DropAfterProcessing);
    let payment = calls
        .payments(&sid)
        .create()
        .idempotency_key("pay-once")
        .status_callback("https://example.com/pay")
        .send_with_metadata()
        .await
        .unwrap();
    assert_eq!(payment.attempts, 2);
    let posts = |path: &str| {
        fake.requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path.ends_with(path))
            .count()
    };
    assert_eq!(posts("/Payments.json"), 2);

    // A 503: retried with the key.
    fake.fail_next(1, Fault::ServerError(503));
    let message = calls
        .user_defined_messages(&sid)
        .create()
        .content("{}")
        .idempotency_key("m-1")
        .send_with_metadata()
        .await
        .unwrap();
    assert_eq!(message.attempts, 2);

    // Without a key, a create that may have reached Twilio is never sent twice.
    fake.fail_next(1, Fault::ServerError(503));
    let err = calls
        .user_defined_messages(&sid)
        .create()
        .content("{}")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.attempts(), 1);
    fake.fail_next(1, Fault::DropAfterProcessing);
    let err = calls.recordings(&sid).create().send().await.unwrap_err();
    assert_eq!(err.attempts(), 1);
    assert_eq!(posts("/Recordings.json"), 1);
    // Reads are retried as ever.
    fake.fail_next(1, Fault::ServerError(503));
    let page = calls
        .recordings(&sid)
        .list()
        .send_with_metadata()
        .await
        .unwrap();
    assert_eq!(page.attempts, 2);
}
