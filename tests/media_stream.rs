//! `twilio_calls::media_stream`: the reference's message vectors (Twilio's documentation)
//! parse and serialize exactly; μ-law agrees with Python's `audioop` on every input.

mod common;

use twilio_calls::media_stream::{Command, Event, Track, mulaw};

const SID: &str = "MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

/// MS1–MS7 and MS11 of `../shared/reference/realtime-protocols.md` §6, as Twilio's docs give
/// them (the docs' abbreviated payloads replaced by valid base64 of the same start).
const EVENTS: [&str; 8] = [
    r#"{"event":"connected","protocol":"Call","version":"1.0.0"}"#,
    r#"{"event":"start","sequenceNumber":"1","start":{"accountSid":"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","callSid":"CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","tracks":["inbound"],"mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1},"customParameters":{"FirstName":"Jane","LastName":"Doe","RemoteParty":"Bob"}},"streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}"#,
    r#"{"event":"media","sequenceNumber":"3","media":{"track":"outbound","chunk":"1","timestamp":"5","payload":"no+JhoaJjpzS"},"streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}"#,
    r#"{"event":"media","sequenceNumber":"4","media":{"track":"inbound","chunk":"2","timestamp":"5","payload":"no+JhoaJjpzS"},"streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}"#,
    r#"{"event":"dtmf","streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","sequenceNumber":"5","dtmf":{"track":"inbound_track","digit":"1"}}"#,
    r#"{"event":"mark","sequenceNumber":"4","streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","mark":{"name":"my label"}}"#,
    r#"{"event":"stop","sequenceNumber":"5","stop":{"accountSid":"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","callSid":"CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"},"streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}"#,
    r#"{"event":"media","sequenceNumber":"2","media":{"track":"inbound","chunk":"1","timestamp":"0","payload":"/////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////w=="},"streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}"#,
];

#[test]
fn twilio_s_messages_parse_and_serialize_exactly() {
    for text in EVENTS {
        let event = Event::parse(text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert!(!matches!(event, Event::Unknown(_)), "{text}");
        assert_eq!(event.to_json(), text);
    }
    let Event::Start(start) = Event::parse(EVENTS[1]).unwrap() else {
        panic!()
    };
    assert_eq!(start.stream_sid, SID);
    assert_eq!(start.tracks, [Track::Inbound]);
    assert_eq!(start.custom_parameter("RemoteParty"), Some("Bob"));
    assert_eq!(
        start.custom_parameters,
        [
            ("FirstName".to_owned(), "Jane".to_owned()),
            ("LastName".to_owned(), "Doe".to_owned()),
            ("RemoteParty".to_owned(), "Bob".to_owned())
        ]
    );
    assert_eq!(start.media_format.sample_rate, 8000);
    let Event::Media(media) = Event::parse(EVENTS[2]).unwrap() else {
        panic!()
    };
    assert_eq!(media.track, Track::Outbound);
    assert_eq!(
        (media.sequence_number, media.chunk, media.timestamp),
        (Some(3), 1, 5)
    );
    assert_eq!(
        media.payload,
        [0x9e, 0x8f, 0x89, 0x86, 0x86, 0x89, 0x8e, 0x9c, 0xd2]
    );
    let Event::Media(silence) = Event::parse(EVENTS[7]).unwrap() else {
        panic!()
    };
    assert_eq!(silence.payload, [0xff; 160]);
    let Event::Dtmf(dtmf) = Event::parse(EVENTS[4]).unwrap() else {
        panic!()
    };
    assert_eq!((dtmf.digit.as_str(), dtmf.track), ("1", Track::Inbound));
}

#[test]
fn unknown_events_and_fields_are_kept_and_numbers_may_be_numbers() {
    let text = r#"{"event":"flux","streamSid":"MZ1","capacitor":{"gigawatts":1.21}}"#;
    match Event::parse(text).unwrap() {
        Event::Unknown(value) => assert_eq!(value["capacitor"]["gigawatts"], 1.21),
        other => panic!("{other:?}"),
    }
    // A new field at the top and inside `media`; counters as numbers.
    let text = r#"{"event":"media","sequenceNumber":7,"media":{"track":"inbound","chunk":3,"timestamp":"60","payload":"/w==","loudness":-20},"streamSid":"MZ1","region":"ie1"}"#;
    let Event::Media(media) = Event::parse(text).unwrap() else {
        panic!()
    };
    assert_eq!(
        (media.sequence_number, media.chunk, media.timestamp),
        (Some(7), 3, 60)
    );
    assert_eq!(media.extra["loudness"], -20);
    assert_eq!(media.extra["region"], "ie1");
    // What cannot be read says why.
    for (bad, why) in [
        ("not json", "expected"),
        (r#"{"streamSid":"MZ1"}"#, "no \"event\""),
        (
            r#"{"event":"media","streamSid":"MZ1","media":{"payload":"***"}}"#,
            "base64",
        ),
        (r#"{"event":"mark","streamSid":"MZ1"}"#, "\"mark\""),
        (
            r#"{"event":"media","sequenceNumber":"x","streamSid":"MZ1","media":{"payload":""}}"#,
            "sequenceNumber",
        ),
    ] {
        let error = Event::parse(bad).unwrap_err().to_string();
        assert!(error.contains(why), "{bad}: {error}");
    }
}

#[test]
fn commands_serialize_as_twilio_documents_them() {
    // MS9, MS10, and MS8 with a real payload.
    assert_eq!(
        Command::mark(SID, "my label").to_json(),
        r#"{"event":"mark","streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","mark":{"name":"my label"}}"#
    );
    assert_eq!(
        Command::clear(SID).to_json(),
        r#"{"event":"clear","streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"}"#
    );
    let media = Command::media(SID, &[0x9e, 0x8f, 0x89, 0x86, 0x86, 0x89, 0x8e, 0x9c, 0xd2]);
    assert_eq!(
        media.to_json(),
        r#"{"event":"media","streamSid":"MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","media":{"payload":"no+JhoaJjpzS"}}"#
    );
    // Names are escaped, and each command reads back.
    let odd = Command::mark(SID, "quote \" and \\ and \u{1}");
    assert_eq!(Command::parse(&odd.to_json()).unwrap(), odd);
    assert_eq!(Command::parse(&media.to_json()).unwrap(), media);
}

/// Every 16-bit input and every code, against Python's `audioop` (SoX's g711.c).
#[tokio::test]
async fn mulaw_matches_audioop_on_every_input() {
    let script = r#"
import audioop, struct, sys
pcm = struct.pack("<65536h", *range(-32768, 32768))
sys.stdout.buffer.write(audioop.lin2ulaw(pcm, 2))
sys.stdout.buffer.write(audioop.ulaw2lin(bytes(range(256)), 2))
"#;
    let python = std::env::var("TWILIO_CALLS_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let out = match tokio::process::Command::new(&python)
        .args(["-W", "ignore", "-c", script])
        .output()
        .await
    {
        Ok(out) if out.status.success() => out.stdout,
        other => {
            // audioop is in every Python up to 3.12; CI's has it.
            assert!(
                std::env::var(common::python::REQUIRE_ENV).is_err(),
                "{python} cannot run audioop: {other:?}"
            );
            eprintln!("SKIPPED: no Python with audioop ({other:?})");
            return;
        }
    };
    assert_eq!(out.len(), 65_536 + 512);
    let all: Vec<i16> = (i16::MIN..=i16::MAX).collect();
    let ours = mulaw::encode(&all);
    let differ: Vec<i16> = all
        .iter()
        .zip(ours.iter().zip(&out[..65_536]))
        .filter(|(_, (a, b))| a != b)
        .map(|(x, _)| *x)
        .collect();
    assert!(
        differ.is_empty(),
        "{} inputs differ, from {:?}",
        differ.len(),
        &differ[..differ.len().min(10)]
    );
    let codes: Vec<u8> = (0..=255).collect();
    let decoded: Vec<i16> = out[65_536..]
        .chunks(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect();
    assert_eq!(mulaw::decode(&codes), decoded);
}
