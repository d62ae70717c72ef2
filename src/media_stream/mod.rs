//! Twilio Media Streams: the JSON messages of the WebSocket that `<Connect><Stream>` (both
//! ways) and `<Start><Stream>` (Twilio to the app) open, typed; the μ-law audio they carry
//! ([`mulaw`]); a resampler to and from the rates speech models use ([`resample`]); and,
//! with the `axum` feature, the upgrade that verifies Twilio's signature and the session
//! that paces audio and keeps track of marks (`media_stream::axum`).
//!
//! What Twilio sends is an [`Event`]; what the app sends is a [`Command`]. The wire's
//! counters are strings (`"sequenceNumber":"3"`); here they are numbers, and a payload is the
//! μ-law bytes, already decoded from base64.
//!
//! ```
//! use twilio_calls::media_stream::{Command, Event};
//!
//! let text = r#"{"event":"media","sequenceNumber":"4","media":{"track":"inbound","chunk":"2","timestamp":"5","payload":"no+JhoaJjpzS"},"streamSid":"MZ00000000000000000000000000000000"}"#;
//! let Event::Media(media) = Event::parse(text)? else { unreachable!() };
//! assert_eq!((media.chunk, media.timestamp), (2, 5));
//! assert_eq!(media.payload, [0x9e, 0x8f, 0x89, 0x86, 0x86, 0x89, 0x8e, 0x9c, 0xd2]);
//!
//! let reply = Command::mark(&media.stream_sid, "greeting done");
//! assert_eq!(
//!     reply.to_json(),
//!     r#"{"event":"mark","streamSid":"MZ00000000000000000000000000000000","mark":{"name":"greeting done"}}"#
//! );
//! # Ok::<(), twilio_calls::media_stream::ParseError>(())
//! ```
//!
//! Unknown events, and unknown fields of known ones, are kept ([`Event::Unknown`], the
//! `extra` of each message) rather than failing the stream: Twilio adds to its protocols.

#[cfg(feature = "axum")]
pub mod axum;
pub mod mulaw;
mod parse;
pub mod resample;
mod write;

use std::borrow::Cow;
use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use parse::{Fields, decode_payload};
use serde::Deserialize;
use serde_json::{Map, Value};
use write::Writer;

/// The audio format of every Media Stream: 8 kHz μ-law, mono.
pub const SAMPLE_RATE: u32 = 8000;

/// How many bytes of μ-law Twilio sends per `media` message: 20 ms at 8 kHz.
pub const FRAME_BYTES: usize = 160;

/// A message Twilio sends on a Media Stream.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// The first message: the protocol and its version.
    Connected(Connected),
    /// The stream's metadata, once, right after `connected`.
    Start(Start),
    /// Audio.
    Media(Media),
    /// A key the caller pressed (bidirectional streams only).
    Dtmf(Dtmf),
    /// A mark the app sent, echoed once the audio before it has played (or was cleared).
    Mark(Mark),
    /// The stream ended.
    Stop(Stop),
    /// An event this version does not know, as Twilio sent it.
    Unknown(Value),
}

/// `connected`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Connected {
    /// `Call`.
    pub protocol: String,
    /// `1.0.0`.
    pub version: String,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

/// `start`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Start {
    /// The message's `sequenceNumber`: counts every message of the stream but `connected`, from 1.
    pub sequence_number: Option<u64>,
    /// `MZ…`.
    pub stream_sid: String,
    /// `AC…`.
    pub account_sid: String,
    /// `CA…`.
    pub call_sid: String,
    /// The tracks the stream carries.
    pub tracks: Vec<Track>,
    /// The `<Parameter>`s of the `<Stream>` (or the REST API's `ParameterN`), in order.
    pub custom_parameters: Vec<(String, String)>,
    /// Always 8 kHz μ-law, mono, Twilio says.
    pub media_format: MediaFormat,
    /// Fields this version does not know (of the message or of its `start` object).
    pub extra: Map<String, Value>,
}

impl Start {
    /// The value of custom parameter `name`.
    pub fn custom_parameter(&self, name: &str) -> Option<&str> {
        self.custom_parameters
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// `start.mediaFormat`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct MediaFormat {
    /// `audio/x-mulaw`.
    pub encoding: String,
    /// 8000.
    pub sample_rate: u32,
    /// 1.
    pub channels: u16,
}

/// Which way audio goes, from Twilio's side: `inbound` is what the caller says, `outbound`
/// what Twilio plays to them.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Track {
    /// `inbound`: what Twilio receives from the caller.
    Inbound,
    /// `outbound`: what Twilio plays to the caller.
    Outbound,
    /// A value this version does not know.
    Unknown(String),
}

impl Track {
    fn from_wire(text: &str) -> Self {
        match text {
            "inbound" | "inbound_track" => Self::Inbound,
            "outbound" | "outbound_track" => Self::Outbound,
            other => Self::Unknown(other.to_owned()),
        }
    }

    /// As a `media` message writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::Unknown(other) => other,
        }
    }
}

/// `media`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Media {
    /// The message's `sequenceNumber`: counts every message of the stream but `connected`, from 1.
    pub sequence_number: Option<u64>,
    /// The stream's SID (`MZ…`).
    pub stream_sid: String,
    /// The track.
    pub track: Track,
    /// Counts `media` messages, from 1.
    pub chunk: u64,
    /// Milliseconds from the start of the stream.
    pub timestamp: u64,
    /// μ-law bytes (decoded from the wire's base64).
    pub payload: Vec<u8>,
    /// Fields this version does not know (of the message or of its `media` object).
    pub extra: Map<String, Value>,
}

/// `dtmf`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Dtmf {
    /// The message's `sequenceNumber`: counts every message of the stream but `connected`, from 1.
    pub sequence_number: Option<u64>,
    /// The stream's SID (`MZ…`).
    pub stream_sid: String,
    /// `inbound_track` on the wire.
    pub track: Track,
    /// `0`–`9`, `*`, `#`.
    pub digit: String,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

/// `mark`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Mark {
    /// The message's `sequenceNumber`: counts every message of the stream but `connected`, from 1.
    pub sequence_number: Option<u64>,
    /// The stream's SID (`MZ…`).
    pub stream_sid: String,
    /// The mark's name.
    pub name: String,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

/// `stop`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Stop {
    /// The message's `sequenceNumber`: counts every message of the stream but `connected`, from 1.
    pub sequence_number: Option<u64>,
    /// The stream's SID (`MZ…`).
    pub stream_sid: String,
    /// The account's SID (`AC…`).
    pub account_sid: String,
    /// The call's SID (`CA…`).
    pub call_sid: String,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

/// A message that is not a Media Streams message: not JSON, no `event`, a known event
/// missing a field it needs, or a payload that is not base64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    message: String,
}

impl ParseError {
    fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a Media Streams message: {}", self.message)
    }
}

impl std::error::Error for ParseError {}

// ---- parsing ----

/// The common case, read straight into borrowed fields: a `media` message with exactly the
/// documented keys. Anything else takes the general path.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastMedia<'a> {
    #[serde(borrow)]
    event: Cow<'a, str>,
    #[serde(rename = "sequenceNumber", borrow)]
    sequence_number: Cow<'a, str>,
    #[serde(rename = "streamSid", borrow)]
    stream_sid: Cow<'a, str>,
    #[serde(borrow)]
    media: FastMediaBody<'a>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FastMediaBody<'a> {
    #[serde(borrow)]
    track: Cow<'a, str>,
    #[serde(borrow)]
    chunk: Cow<'a, str>,
    #[serde(borrow)]
    timestamp: Cow<'a, str>,
    #[serde(borrow)]
    payload: Cow<'a, str>,
}

impl Event {
    /// Reads one text frame.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        if let Ok(fast) = serde_json::from_str::<FastMedia<'_>>(text)
            && fast.event == "media"
            && let (Ok(sequence), Ok(chunk), Ok(timestamp)) = (
                fast.sequence_number.parse(),
                fast.media.chunk.parse(),
                fast.media.timestamp.parse(),
            )
        {
            return Ok(Self::Media(Media {
                sequence_number: Some(sequence),
                stream_sid: fast.stream_sid.into_owned(),
                track: Track::from_wire(&fast.media.track),
                chunk,
                timestamp,
                payload: decode_payload(&fast.media.payload)?,
                extra: Map::new(),
            }));
        }
        let value: Value =
            serde_json::from_str(text).map_err(|e| ParseError::new(e.to_string()))?;
        Self::from_value(value)
    }

    /// Reads a message already parsed as JSON.
    pub fn from_value(value: Value) -> Result<Self, ParseError> {
        let Value::Object(mut message) = value else {
            return Err(ParseError::new("not a JSON object"));
        };
        let event = match message.get("event") {
            Some(Value::String(event)) => event.clone(),
            _ => return Err(ParseError::new("no \"event\"")),
        };
        let known = matches!(
            event.as_str(),
            "connected" | "start" | "media" | "dtmf" | "mark" | "stop"
        );
        if !known {
            return Ok(Self::Unknown(Value::Object(message)));
        }
        message.remove("event");
        let fields = Fields(message);
        Ok(match event.as_str() {
            "connected" => Self::Connected(parse::connected(fields)?),
            "start" => Self::Start(parse::start(fields)?),
            "media" => Self::Media(parse::media(fields)?),
            "dtmf" => Self::Dtmf(parse::dtmf(fields)?),
            "mark" => Self::Mark(parse::mark(fields)?),
            _ => Self::Stop(parse::stop(fields)?),
        })
    }

    /// The message as Twilio writes it, keys in the order of Twilio's documentation, counters
    /// as strings.
    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        match self {
            Self::Connected(c) => {
                w.key_str("event", "connected");
                w.key_str("protocol", &c.protocol);
                w.key_str("version", &c.version);
                w.extra(&c.extra);
            }
            Self::Start(s) => {
                w.key_str("event", "start");
                w.sequence(s.sequence_number);
                w.key("start");
                w.open();
                w.key_str("accountSid", &s.account_sid);
                w.key_str("streamSid", &s.stream_sid);
                w.key_str("callSid", &s.call_sid);
                w.key("tracks");
                w.raw("[");
                for (i, track) in s.tracks.iter().enumerate() {
                    if i > 0 {
                        w.raw(",");
                    }
                    w.string(track.as_str());
                }
                w.raw("]");
                w.key("mediaFormat");
                w.open();
                w.key_str("encoding", &s.media_format.encoding);
                w.key_raw("sampleRate", &s.media_format.sample_rate.to_string());
                w.key_raw("channels", &s.media_format.channels.to_string());
                w.close();
                w.key("customParameters");
                w.open();
                for (name, value) in &s.custom_parameters {
                    w.key_str(name, value);
                }
                w.close();
                w.close();
                w.key_str("streamSid", &s.stream_sid);
                w.extra(&s.extra);
            }
            Self::Media(m) => {
                w.key_str("event", "media");
                w.sequence(m.sequence_number);
                w.key("media");
                w.open();
                w.key_str("track", m.track.as_str());
                w.key_str("chunk", &m.chunk.to_string());
                w.key_str("timestamp", &m.timestamp.to_string());
                w.key_str("payload", &BASE64.encode(&m.payload));
                w.close();
                w.key_str("streamSid", &m.stream_sid);
                w.extra(&m.extra);
            }
            Self::Dtmf(d) => {
                w.key_str("event", "dtmf");
                w.key_str("streamSid", &d.stream_sid);
                w.sequence(d.sequence_number);
                w.key("dtmf");
                w.open();
                let track = match &d.track {
                    Track::Inbound => "inbound_track",
                    Track::Outbound => "outbound_track",
                    Track::Unknown(other) => other,
                };
                w.key_str("track", track);
                w.key_str("digit", &d.digit);
                w.close();
                w.extra(&d.extra);
            }
            Self::Mark(m) => {
                w.key_str("event", "mark");
                w.sequence(m.sequence_number);
                w.key_str("streamSid", &m.stream_sid);
                w.key("mark");
                w.open();
                w.key_str("name", &m.name);
                w.close();
                w.extra(&m.extra);
            }
            Self::Stop(s) => {
                w.key_str("event", "stop");
                w.sequence(s.sequence_number);
                w.key("stop");
                w.open();
                w.key_str("accountSid", &s.account_sid);
                w.key_str("callSid", &s.call_sid);
                w.close();
                w.key_str("streamSid", &s.stream_sid);
                w.extra(&s.extra);
            }
            Self::Unknown(value) => return value.to_string(),
        }
        w.finish()
    }
}

// ---- writing ----

/// What the app sends on a bidirectional stream (`<Connect><Stream>`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Command {
    /// Audio to play: raw μ-law at 8 kHz, no header.
    Media {
        /// The stream's SID (`MZ…`).
        stream_sid: String,
        /// μ-law bytes.
        payload: Vec<u8>,
    },
    /// A bookmark in the playback queue: Twilio echoes it when the audio before it has
    /// played (at once when nothing is queued), or when it is cleared.
    Mark {
        /// The stream's SID (`MZ…`).
        stream_sid: String,
        /// The mark's name.
        name: String,
    },
    /// Drop the audio queued and not yet played (barge-in); pending marks come back.
    Clear {
        /// The stream's SID (`MZ…`).
        stream_sid: String,
    },
}

impl Command {
    /// Audio to play: μ-law bytes, any length (Twilio queues and plays them in order).
    pub fn media(stream_sid: impl Into<String>, mulaw: &[u8]) -> Self {
        Self::Media {
            stream_sid: stream_sid.into(),
            payload: mulaw.to_vec(),
        }
    }

    /// A mark named `name`.
    pub fn mark(stream_sid: impl Into<String>, name: impl Into<String>) -> Self {
        Self::Mark {
            stream_sid: stream_sid.into(),
            name: name.into(),
        }
    }

    /// Clears the playback queue.
    pub fn clear(stream_sid: impl Into<String>) -> Self {
        Self::Clear {
            stream_sid: stream_sid.into(),
        }
    }

    /// The text frame, keys in the order of Twilio's documentation.
    pub fn to_json(&self) -> String {
        match self {
            Self::Media {
                stream_sid,
                payload,
            } => media_json(stream_sid, payload),
            Self::Mark { stream_sid, name } => {
                let mut w = Writer::new();
                w.key_str("event", "mark");
                w.key_str("streamSid", stream_sid);
                w.key("mark");
                w.open();
                w.key_str("name", name);
                w.close();
                w.finish()
            }
            Self::Clear { stream_sid } => {
                let mut w = Writer::new();
                w.key_str("event", "clear");
                w.key_str("streamSid", stream_sid);
                w.finish()
            }
        }
    }

    /// Reads a command (what an app sent), for tools and fakes on Twilio's side.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| ParseError::new(e.to_string()))?;
        let Value::Object(message) = value else {
            return Err(ParseError::new("not a JSON object"));
        };
        let mut fields = Fields(message);
        let event = fields.string("event")?;
        let stream_sid = fields.string("streamSid")?;
        Ok(match event.as_str() {
            "media" => Self::Media {
                stream_sid,
                payload: decode_payload(&fields.object("media")?.string("payload")?)?,
            },
            "mark" => Self::Mark {
                stream_sid,
                name: fields.object("mark")?.string("name")?,
            },
            "clear" => Self::Clear { stream_sid },
            other => return Err(ParseError::new(format!("unknown event {other:?}"))),
        })
    }
}

/// `{"event":"media","streamSid":…,"media":{"payload":…}}` straight from the bytes, with no
/// intermediate copy of the audio.
pub(crate) fn media_json(stream_sid: &str, mulaw: &[u8]) -> String {
    let mut w = Writer::with_capacity(64 + stream_sid.len() + mulaw.len().div_ceil(3) * 4);
    w.key_str("event", "media");
    w.key_str("streamSid", stream_sid);
    w.key("media");
    w.open();
    w.key("payload");
    w.raw("\"");
    BASE64.encode_string(mulaw, &mut w.out);
    w.raw("\"");
    w.close();
    w.finish()
}
