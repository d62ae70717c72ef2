//! `twilio_calls::twiml` writes the same TwiML as twilio-python's `VoiceResponse`: each case
//! here has a twin in `tests/official_sdk/twiml.py`, whose output is the committed fixture
//! `tests/fixtures/twilio_python_twiml.json`. Documents are compared as parsed XML trees
//! (element names, attributes, text, order), so escaping choices that mean the same XML do
//! not matter; the declaration must match byte for byte.

mod common;

use common::xml::Node;

use std::collections::BTreeMap;

use serde::Deserialize;
use twilio_calls::twiml::*;
use twilio_calls::{CallEvent, HttpMethod, MachineDetection, RecordingEvent, RecordingTrack, Trim};

const CB: &str = "https://example.com/callback?a=1&b=2";
const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

fn case(name: &str) -> VoiceResponse {
    let r = VoiceResponse::new();
    match name {
        "empty" => r,
        "say_plain" => r.say("Hello"),
        "say_attributes" => r.say(
            Say::new("Bonjour")
                .voice("Polly.Celine")
                .language("fr-FR")
                .loop_count(2),
        ),
        "say_escaping" => {
            r.say(Say::new("Fish & chips <b>\"quoted\" 'single'").voice("a\"b'c&d<e>"))
        }
        "say_unicode" => r.say(
            Say::new("こんにちは 👋 Grüße")
                .language("ja-JP")
                .voice("Google.ja-JP-Neural2-B"),
        ),
        "say_empty" => r.say(""),
        "play_url_and_digits" => r
            .play(Play::new("https://api.twilio.com/cowbell.mp3").loop_count(0))
            .play(Play::tones("wwww3")),
        "pauses" => r.pause(Pause::new().length(3)).pause(Pause::new()),
        "gather_every_attribute" => r.gather(
            Gather::new()
                .input([GatherInput::Dtmf, GatherInput::Speech])
                .action(CB)
                .method(HttpMethod::Get)
                .timeout(5)
                .speech_timeout_auto()
                .max_speech_time(30)
                .profanity_filter(false)
                .finish_on_key("#")
                .num_digits(4)
                .partial_result_callback("https://example.com/partial")
                .partial_result_callback_method(HttpMethod::Post)
                .language("en-US")
                .hints("yes, no")
                .barge_in(true)
                .action_on_empty_result(true)
                .speech_model("phone_call")
                .enhanced(true)
                .debug(false)
                .say(Say::new("Enter your PIN").voice("alice"))
                .play("https://example.com/beep.wav")
                .pause(Pause::new().length(1)),
        ),
        "gather_seconds_and_no_finish_key" => r.gather(
            Gather::new()
                .speech_timeout(3)
                .finish_on_key("")
                .input([GatherInput::Speech]),
        ),
        "dial_a_number" => r.dial("+14155551212"),
        "dial_every_attribute" => r.dial(
            Dial::new()
                .action(CB)
                .method(HttpMethod::Get)
                .timeout(20)
                .hangup_on_star(true)
                .time_limit(600)
                .caller_id("+15005550006")
                .record(DialRecord::RecordFromAnswerDual)
                .trim(Trim::TrimSilence)
                .recording_status_callback("https://example.com/rec")
                .recording_status_callback_method(HttpMethod::Get)
                .recording_status_callback_event([
                    RecordingEvent::InProgress,
                    RecordingEvent::Completed,
                    RecordingEvent::Absent,
                ])
                .answer_on_bridge(true)
                .ring_tone("uk")
                .recording_track(RecordingTrack::Both)
                .sequential(true)
                .recording_configuration_id("RCaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                .refer_url("https://example.com/refer")
                .refer_method(HttpMethod::Get)
                .events("call-progress-events")
                .passports("eyJhbGciOi.passport")
                .number(
                    Number::new("+14155551212")
                        .send_digits("ww1234")
                        .url("https://example.com/whisper")
                        .method(HttpMethod::Post)
                        .status_callback_event([
                            CallEvent::Initiated,
                            CallEvent::Ringing,
                            CallEvent::Answered,
                            CallEvent::Completed,
                        ])
                        .status_callback(CB)
                        .status_callback_method(HttpMethod::Get)
                        .byoc("BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                        .machine_detection(MachineDetection::DetectMessageEnd)
                        .machine_detection_timeout(45)
                        .machine_detection_speech_threshold(2400)
                        .machine_detection_speech_end_threshold(1200)
                        .machine_detection_silence_timeout(5000)
                        .amd_status_callback("https://example.com/amd")
                        .amd_status_callback_method(HttpMethod::Post),
                ),
        ),
        "dial_client_sip_queue" => r.dial(
            Dial::new()
                .client(
                    Client::new("alice")
                        .url("https://example.com/client")
                        .method(HttpMethod::Get)
                        .status_callback_event([CallEvent::Answered])
                        .status_callback(CB)
                        .status_callback_method(HttpMethod::Post)
                        .parameter(Parameter::new("FirstName", "Alice & Bob")),
                )
                .sip(
                    Sip::new("sip:bob@example.com;transport=tls")
                        .username("bob")
                        .password("s3cret")
                        .url("https://example.com/sip")
                        .method(HttpMethod::Post)
                        .status_callback_event([CallEvent::Completed])
                        .status_callback(CB)
                        .status_callback_method(HttpMethod::Get)
                        .machine_detection(MachineDetection::Enable)
                        .machine_detection_timeout(30)
                        .machine_detection_speech_threshold(2000)
                        .machine_detection_speech_end_threshold(1000)
                        .machine_detection_silence_timeout(4000)
                        .amd_status_callback("https://example.com/amd")
                        .amd_status_callback_method(HttpMethod::Get),
                )
                .queue(
                    Queue::new("support")
                        .url("https://example.com/about-to-connect")
                        .method(HttpMethod::Get)
                        .reservation_sid("WRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                        .post_work_activity_sid("WAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                ),
        ),
        "dial_conference" => r.dial(
            Dial::new().conference(
                Conference::new("Room 1234 ✓")
                    .muted(false)
                    .beep(ConferenceBeep::OnEnter)
                    .start_conference_on_enter(true)
                    .end_conference_on_exit(false)
                    .wait_url("https://example.com/hold")
                    .wait_method(HttpMethod::Get)
                    .max_participants(10)
                    .record(ConferenceRecord::RecordFromStart)
                    .region("ie1")
                    .coach("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                    .trim(Trim::DoNotTrim)
                    .recording_configuration_id("RCbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
                    .event_callback_url("https://example.com/events")
                    .jitter_buffer_size("large")
                    .participant_label("customer")
                    .status_callback_event([
                        ConferenceEvent::Start,
                        ConferenceEvent::End,
                        ConferenceEvent::Join,
                        ConferenceEvent::Leave,
                        ConferenceEvent::Mute,
                        ConferenceEvent::Hold,
                        ConferenceEvent::Modify,
                        ConferenceEvent::Speaker,
                        ConferenceEvent::Announcement,
                    ])
                    .status_callback(CB)
                    .status_callback_method(HttpMethod::Post)
                    .recording_status_callback("https://example.com/rec")
                    .recording_status_callback_method(HttpMethod::Get)
                    .recording_status_callback_event([RecordingEvent::Completed]),
            ),
        ),
        "record_every_attribute" => r.record(
            Record::new()
                .action(CB)
                .method(HttpMethod::Get)
                .timeout(10)
                .finish_on_key("*#")
                .max_length(3600)
                .play_beep(false)
                .trim(Trim::TrimSilence)
                .recording_status_callback("https://example.com/rec")
                .recording_status_callback_method(HttpMethod::Post)
                .recording_status_callback_event([
                    RecordingEvent::InProgress,
                    RecordingEvent::Completed,
                ])
                .transcribe(true)
                .transcribe_callback("https://example.com/transcript")
                .recording_configuration_id("RCcccccccccccccccccccccccccccccccc"),
        ),
        "control_flow_verbs" => r
            .redirect(Redirect::new("https://example.com/next?x=1&y=\"2\"").method(HttpMethod::Get))
            .hangup(),
        "reject_busy_and_plain" => r
            .reject(Reject::new().reason(RejectReason::Busy))
            .reject(Reject::new()),
        "queues" => r
            .enqueue(
                Enqueue::new("support")
                    .action(CB)
                    .method(HttpMethod::Post)
                    .wait_url("https://example.com/wait")
                    .wait_url_method(HttpMethod::Get)
                    .workflow_sid("WWaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                    .max_queue_size(50),
            )
            .leave(),
        "media_streams" => r
            .connect(
                Connect::new().action(CB).method(HttpMethod::Get).stream(
                    Stream::new()
                        .url("wss://example.com/audio")
                        .name("agent")
                        .track(StreamTrack::InboundTrack)
                        .status_callback(CB)
                        .status_callback_method(HttpMethod::Post)
                        .parameter(Parameter::new("caller", "+14155551212"))
                        .parameter(Parameter::new("note", "line 1\nline 2\ttabbed")),
                ),
            )
            .start(
                Start::new()
                    .action("https://example.com/started")
                    .method(HttpMethod::Post)
                    .stream(
                        Stream::new()
                            .url("wss://example.com/fork")
                            .name("fork")
                            .track(StreamTrack::BothTracks)
                            .audio_format("audio/x-mulaw")
                            .sample_rate(8000),
                    )
                    .stream(
                        Stream::new()
                            .connector_name("my-connector")
                            .name("connector"),
                    ),
            )
            .stop(Stop::new().stream(Stream::new().name("fork"))),
        "ivr" => r
            .say(
                Say::new("Thanks for calling.")
                    .voice("Polly.Joanna")
                    .language("en-US"),
            )
            .gather(
                Gather::new()
                    .num_digits(1)
                    .action("https://example.com/menu")
                    .method(HttpMethod::Post)
                    .timeout(3)
                    .say(Say::new("Press 1 for sales, 2 for support.").loop_count(2)),
            )
            .say("We did not get your choice. Goodbye!")
            .pause(Pause::new().length(1))
            .hangup(),
        "transcription_and_siprec" => r
            .start(
                Start::new()
                    .action(CB)
                    .method(HttpMethod::Post)
                    .transcription(
                        Transcription::new()
                            .name("notes")
                            .track(StreamTrack::BothTracks)
                            .status_callback_url(CB)
                            .status_callback_method(HttpMethod::Get)
                            .inbound_track_label("caller")
                            .outbound_track_label("agent")
                            .partial_results(true)
                            .language_code("en-US")
                            .transcription_engine("google")
                            .profanity_filter(false)
                            .speech_model("telephony")
                            .hints("Twilio, Rust")
                            .enable_automatic_punctuation(true)
                            .intelligence_service("GAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
                            .parameter(Parameter::new("tenant", "acme & co")),
                    )
                    .siprec(
                        Siprec::new()
                            .name("rec")
                            .connector_name("recorder")
                            .track(StreamTrack::InboundTrack)
                            .status_callback(CB)
                            .status_callback_method(HttpMethod::Post)
                            .parameter(Parameter::new("k", "v")),
                    ),
            )
            .stop(
                Stop::new()
                    .transcription(Transcription::new().name("notes"))
                    .siprec(Siprec::new().name("rec")),
            ),
        "conversation_relay" => r.connect(
            Connect::new().action(CB).conversation_relay(
                ConversationRelay::new()
                    .url("wss://example.com/relay")
                    .language("en-US")
                    .tts_language("en-US")
                    .transcription_language("en-US")
                    .tts_provider("ElevenLabs")
                    .voice("UgBBYS2sOqTuMpoF3BR0")
                    .transcription_provider("Deepgram")
                    .speech_model("nova-3-general")
                    .profanity_filter(true)
                    .dtmf_detection(true)
                    .welcome_greeting("Hi! How can I help?")
                    .welcome_greeting_interruptible("speech")
                    .interruptible("any")
                    .preemptible(false)
                    .partial_prompts(true)
                    .hints("Twilio")
                    .intelligence_service("GAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
                    .interrupt_sensitivity("high")
                    .debug("debugging speaker-events")
                    .language_setting(
                        Language::new()
                            .code("fr-FR")
                            .tts_provider("Google")
                            .voice("fr-FR-Neural2-A")
                            .transcription_provider("Google")
                            .speech_model("telephony")
                            .hints("bonjour"),
                    )
                    .parameter(Parameter::new("customer", "42")),
            ),
        ),
        "hangup_and_reject_parameters" => r
            .hangup_with(Hangup::new().parameter(Parameter::new("reason", "done")))
            .reject(
                Reject::new()
                    .reason(RejectReason::Busy)
                    .parameter(Parameter::new("why", "closed")),
            ),
        "extra_attributes" => r
            .attribute("a", "1")
            .say(Say::new("Hi").attribute("newParam", "x")),
        other => panic!("no Rust twin for the twilio-python case {other:?}"),
    }
}

/// Parses one of our documents (or twilio-python's), whose declaration must be byte for byte
/// the one twilio-python writes.
fn parse(xml: &str) -> Node {
    let body = xml
        .strip_prefix(DECLARATION)
        .unwrap_or_else(|| panic!("no XML declaration: {xml}"));
    common::xml::parse(body)
}

#[derive(Deserialize)]
struct Fixture {
    twilio_python: String,
    cases: BTreeMap<String, String>,
}

#[test]
fn every_case_matches_twilio_python() {
    let fixture: Fixture =
        serde_json::from_str(include_str!("fixtures/twilio_python_twiml.json")).unwrap();
    assert_eq!(fixture.twilio_python, "9.13.0");
    assert!(fixture.cases.len() >= 20, "{} cases", fixture.cases.len());
    for (name, expected) in &fixture.cases {
        let ours = case(name).to_xml();
        assert_eq!(
            parse(&ours),
            parse(expected),
            "case {name}:\n ours: {ours}\n python: {expected}"
        );
    }
}

#[test]
fn the_comparison_notices_a_difference() {
    let python =
        r#"<?xml version="1.0" encoding="UTF-8"?><Response><Say loop="2">Hi</Say></Response>"#;
    let same = VoiceResponse::new()
        .say(Say::new("Hi").loop_count(2))
        .to_xml();
    assert_eq!(parse(&same), parse(python));
    for different in [
        VoiceResponse::new().say(Say::new("Hi").loop_count(3)),
        VoiceResponse::new().say(Say::new("Hi!").loop_count(2)),
        VoiceResponse::new().say(Say::new("Hi")),
        VoiceResponse::new()
            .say(Say::new("Hi").loop_count(2))
            .hangup(),
    ] {
        assert_ne!(parse(&different.to_xml()), parse(python));
    }
}

#[test]
fn newlines_and_tabs_in_attributes_survive_a_parser() {
    let xml = VoiceResponse::new()
        .connect(Connect::new().stream(Stream::new().parameter(Parameter::new("note", "a\nb\tc"))))
        .to_xml();
    let root = parse(&xml);
    let parameter = &root.children[0].children[0].children[0];
    assert_eq!(parameter.attributes["value"], "a\nb\tc");
    assert!(xml.contains("value=\"a&#10;b&#9;c\""), "{xml}");
}

#[tokio::test]
async fn create_and_update_take_a_voice_response() {
    let (server, recorder) = common::serve(200, common::call_json()).await;
    let calls = common::client(&server).calls();
    let response = VoiceResponse::new()
        .say(Say::new("Ahoy & welcome").voice("alice"))
        .hangup();
    calls
        .create()
        .to("+15558675310")
        .from("+15017122661")
        .twiml(&response)
        .send()
        .await
        .unwrap();
    calls
        .update(common::CALL)
        .twiml(response)
        .send()
        .await
        .unwrap();
    let seen = recorder.seen();
    let twiml = "Twiml=%3C%3Fxml+version%3D%221.0%22+encoding%3D%22UTF-8%22%3F%3E\
                 %3CResponse%3E%3CSay+voice%3D%22alice%22%3EAhoy+%26amp%3B+welcome%3C%2FSay%3E\
                 %3CHangup%2F%3E%3C%2FResponse%3E";
    common::assert_form(
        &seen[0].body,
        &["To=%2B15558675310", "From=%2B15017122661", twiml],
    );
    assert_eq!(seen[1].body, twiml);
}

#[tokio::test]
async fn an_oversized_voice_response_is_refused_before_sending() {
    let (server, recorder) = common::serve(200, common::call_json()).await;
    let calls = common::client(&server).calls();
    // 3,900 characters of text fit; the markup around them does not.
    let response = VoiceResponse::new()
        .say("a".repeat(3900))
        .say("b".repeat(100));
    let length = response.to_xml().chars().count();
    assert!(length > 4000, "{length}");
    let err = calls
        .create()
        .to("+15558675310")
        .from("+15017122661")
        .twiml(&response)
        .await
        .unwrap_err();
    common::assert_invalid(
        &err,
        "Twiml",
        &format!(
            "longer than 4000 characters (got \"<?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?><R\"… ({length} characters))"
        ),
    );
    let err = calls
        .update(common::CALL)
        .twiml(response)
        .await
        .unwrap_err();
    common::assert_invalid(&err, "Twiml", "longer than 4000 characters");
    assert!(recorder.seen().is_empty());
}
