//! Twilio ConversationRelay: the JSON messages of the WebSocket that
//! `<Connect><ConversationRelay>` opens, typed. Twilio does the speech recognition and the
//! text-to-speech; the app receives what the caller said ([`Event::Prompt`]) and answers
//! with text to speak ([`Command::Text`]). With the `axum` feature,
//! `conversation_relay::axum` verifies the upgrade and gives a session.
//!
//! ```
//! use twilio_calls::conversation_relay::{Command, Event, Text};
//!
//! let event = Event::parse(r#"{"type":"prompt","voicePrompt":"Hi! Can you tell me about life?","lang":"en-US","last":true}"#)?;
//! let Event::Prompt(prompt) = event else { unreachable!() };
//! assert_eq!(prompt.voice_prompt, "Hi! Can you tell me about life?");
//!
//! let reply = Command::from(Text::new("Life is a journey.").last(true));
//! assert_eq!(reply.to_json(), r#"{"type":"text","token":"Life is a journey.","last":true}"#);
//! # Ok::<(), twilio_calls::conversation_relay::InvalidMessage>(())
//! ```
//!
//! Parsing is tolerant where Twilio's pages disagree: a number may come as a string
//! (`durationUntilInterruptMs`), `setup` may carry fewer or more fields, and unknown message
//! types and fields are kept ([`Event::Unknown`], each message's `extra`).

#[cfg(feature = "axum")]
pub mod axum;

use std::fmt;
use std::time::Duration;

use serde_json::{Map, Value};

/// A message Twilio sends on a ConversationRelay session.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// The first message: the call and the session.
    Setup(Box<Setup>),
    /// What the caller said (or a part of it, with `partialPrompts`).
    Prompt(Prompt),
    /// A key the caller pressed (with `dtmfDetection`).
    Dtmf(Dtmf),
    /// The caller spoke over the agent: what they had heard until then.
    Interrupt(Interrupt),
    /// Something went wrong (a message of the app's that Twilio could not use, say).
    Error(ErrorEvent),
    /// Speaker and playback events, when asked for (`debug`/`events`).
    Info(Info),
    /// A type this version does not know, as Twilio sent it.
    Unknown(Value),
}

/// `setup`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Setup {
    /// `VX…`.
    pub session_id: String,
    /// `AC…`.
    pub account_sid: String,
    /// The parent call's SID, empty on a first leg.
    pub parent_call_sid: String,
    /// `CA…`.
    pub call_sid: String,
    /// The caller.
    pub from: String,
    /// Who was called.
    pub to: String,
    /// The number the call was forwarded from, if any.
    pub forwarded_from: String,
    /// `PSTN`, `SIP`, `CLIENT`…
    pub call_type: String,
    /// The caller's name, when looked up.
    pub caller_name: String,
    /// `inbound`, `outbound-api`, …
    pub direction: String,
    /// `RINGING`, `IN-PROGRESS`, …
    pub call_status: String,
    /// The `<Parameter>`s of the `<ConversationRelay>`, in order.
    pub custom_parameters: Vec<(String, String)>,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

impl Setup {
    /// The value of custom parameter `name`.
    pub fn custom_parameter(&self, name: &str) -> Option<&str> {
        self.custom_parameters
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// `prompt`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Prompt {
    /// What the caller said.
    pub voice_prompt: String,
    /// Its language.
    pub lang: String,
    /// Whether this is the whole utterance (`false` only with `partialPrompts`).
    pub last: bool,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

/// `dtmf`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Dtmf {
    /// `0`–`9`, `*`, `#`.
    pub digit: String,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

/// `interrupt`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Interrupt {
    /// What the caller heard of the agent's answer before speaking over it.
    pub utterance_until_interrupt: String,
    /// How long the answer had played (`durationUntilInterruptMs`, a number or a string on
    /// the wire).
    pub duration_until_interrupt: Option<Duration>,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

/// `error`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ErrorEvent {
    /// What went wrong.
    pub description: String,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

/// `info`: `agentSpeaking`/`clientSpeaking` (`on`/`off`) and `tokensPlayed` (the text just
/// played). Twilio documents the subscription, not the message; this is its observed shape.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Info {
    /// `agentSpeaking`, `clientSpeaking`, `tokensPlayed`, …
    pub name: String,
    /// `on`, `off`, or the text played.
    pub value: Value,
    /// When, in milliseconds since the epoch, if given.
    pub ts: Option<u64>,
    /// Fields this version does not know.
    pub extra: Map<String, Value>,
}

/// A message that cannot be used, and why: not JSON, no `type`, a field missing or of the
/// wrong kind, a value outside its rule. The text names the field and the rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidMessage {
    message: String,
}

impl InvalidMessage {
    fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl fmt::Display for InvalidMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InvalidMessage {}

impl Event {
    /// Reads one text frame.
    pub fn parse(text: &str) -> Result<Self, InvalidMessage> {
        let (kind, mut fields) = object(text)?;
        Ok(match kind.as_str() {
            "setup" => Self::Setup(Box::new(Setup {
                session_id: fields.text("sessionId"),
                account_sid: fields.text("accountSid"),
                parent_call_sid: fields.text("parentCallSid"),
                call_sid: fields.text("callSid"),
                from: fields.text("from"),
                to: fields.text("to"),
                forwarded_from: fields.text("forwardedFrom"),
                call_type: fields.text("callType"),
                caller_name: fields.text("callerName"),
                direction: fields.text("direction"),
                call_status: fields.text("callStatus"),
                custom_parameters: match fields.0.remove("customParameters") {
                    Some(Value::Object(parameters)) => parameters
                        .into_iter()
                        .map(|(k, v)| (k, text_of(v)))
                        .collect(),
                    _ => Vec::new(),
                },
                extra: fields.0,
            })),
            "prompt" => Self::Prompt(Prompt {
                voice_prompt: fields.required("voicePrompt")?,
                lang: fields.text("lang"),
                last: fields.flag("last")?.unwrap_or(true),
                extra: fields.0,
            }),
            "dtmf" => Self::Dtmf(Dtmf {
                digit: fields.required("digit")?,
                extra: fields.0,
            }),
            "interrupt" => Self::Interrupt(Interrupt {
                utterance_until_interrupt: fields.text("utteranceUntilInterrupt"),
                duration_until_interrupt: fields
                    .number("durationUntilInterruptMs")?
                    .map(|ms| Duration::from_secs_f64(ms.max(0.0) / 1000.0)),
                extra: fields.0,
            }),
            "error" => Self::Error(ErrorEvent {
                description: fields.text("description"),
                extra: fields.0,
            }),
            "info" => Self::Info(Info {
                name: fields.text("name"),
                value: fields.0.remove("value").unwrap_or(Value::Null),
                ts: fields.number("ts")?.map(|ts| ts as u64),
                extra: fields.0,
            }),
            _ => {
                fields.0.insert("type".to_owned(), Value::String(kind));
                Self::Unknown(Value::Object(fields.0))
            }
        })
    }

    /// The message as Twilio writes it, keys in the order of Twilio's documentation.
    pub fn to_json(&self) -> String {
        let mut m = Ordered::new();
        match self {
            Self::Setup(s) => {
                m.str("type", "setup");
                m.str("sessionId", &s.session_id);
                m.str("accountSid", &s.account_sid);
                m.str("parentCallSid", &s.parent_call_sid);
                m.str("callSid", &s.call_sid);
                m.str("from", &s.from);
                m.str("to", &s.to);
                m.str("forwardedFrom", &s.forwarded_from);
                m.str("callType", &s.call_type);
                m.str("callerName", &s.caller_name);
                m.str("direction", &s.direction);
                m.str("callStatus", &s.call_status);
                let parameters: Vec<String> = s
                    .custom_parameters
                    .iter()
                    .map(|(k, v)| format!("{}:{}", quote(k), quote(v)))
                    .collect();
                m.raw("customParameters", &format!("{{{}}}", parameters.join(",")));
                m.extra(&s.extra);
            }
            Self::Prompt(p) => {
                m.str("type", "prompt");
                m.str("voicePrompt", &p.voice_prompt);
                m.str("lang", &p.lang);
                m.raw("last", &p.last.to_string());
                m.extra(&p.extra);
            }
            Self::Dtmf(d) => {
                m.str("type", "dtmf");
                m.str("digit", &d.digit);
                m.extra(&d.extra);
            }
            Self::Interrupt(i) => {
                m.str("type", "interrupt");
                m.str("utteranceUntilInterrupt", &i.utterance_until_interrupt);
                if let Some(d) = i.duration_until_interrupt {
                    m.raw("durationUntilInterruptMs", &d.as_millis().to_string());
                }
                m.extra(&i.extra);
            }
            Self::Error(e) => {
                m.str("type", "error");
                m.str("description", &e.description);
                m.extra(&e.extra);
            }
            Self::Info(i) => {
                m.str("type", "info");
                m.str("name", &i.name);
                m.raw("value", &i.value.to_string());
                if let Some(ts) = i.ts {
                    m.raw("ts", &ts.to_string());
                }
                m.extra(&i.extra);
            }
            Self::Unknown(value) => return value.to_string(),
        }
        m.finish()
    }
}

/// What the app sends.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Command {
    /// Text to speak (a token of an LLM's answer; `last` closes the answer).
    Text(Text),
    /// Audio to play from a URL.
    Play(Play),
    /// DTMF tones to send (`0`–`9`, `*`, `#`, and `w` for half a second's pause).
    SendDigits {
        /// The digits.
        digits: String,
    },
    /// Switch the languages of speech and recognition.
    Language {
        /// The text-to-speech language.
        tts_language: Option<String>,
        /// The speech recognition language.
        transcription_language: Option<String>,
    },
    /// End the session; Twilio then requests the `<Connect>`'s `action`, with `HandoffData`.
    End {
        /// Passed on as `HandoffData` (commonly a JSON document, as a string).
        handoff_data: Option<String>,
    },
}

/// `text`: what to say.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Text {
    /// The text (not trimmed: LLM tokens carry their spaces).
    pub token: String,
    /// Whether it ends the answer.
    pub last: bool,
    /// Its language, overriding the session's.
    pub lang: Option<String>,
    /// Whether the caller may interrupt it (overrides the TwiML's `interruptible`).
    pub interruptible: Option<bool>,
    /// Whether the next answer's text may cut it short (overrides `preemptible`).
    pub preemptible: Option<bool>,
}

impl Text {
    /// A token, not the last.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            token: token.into(),
            last: false,
            lang: None,
            interruptible: None,
            preemptible: None,
        }
    }

    /// Whether it ends the answer.
    pub fn last(mut self, last: bool) -> Self {
        self.last = last;
        self
    }

    /// Its language (`en-US`).
    pub fn lang(mut self, lang: impl Into<String>) -> Self {
        self.lang = Some(lang.into());
        self
    }

    /// Whether the caller may interrupt it.
    pub fn interruptible(mut self, interruptible: bool) -> Self {
        self.interruptible = Some(interruptible);
        self
    }

    /// Whether the next answer may cut it short.
    pub fn preemptible(mut self, preemptible: bool) -> Self {
        self.preemptible = Some(preemptible);
        self
    }
}

impl From<Text> for Command {
    fn from(text: Text) -> Self {
        Self::Text(text)
    }
}

/// `play`: audio from a URL.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Play {
    /// The audio's URL.
    pub source: String,
    /// How many times (`0`: 1,000, the most).
    pub loop_count: Option<u32>,
    /// Whether the next answer may cut it short.
    pub preemptible: Option<bool>,
    /// Whether the caller may interrupt it.
    pub interruptible: Option<bool>,
}

impl Play {
    /// Plays `source` once.
    pub fn new(source: impl Into<String>) -> Self {
        Self {
            source: source.into(),
            loop_count: None,
            preemptible: None,
            interruptible: None,
        }
    }

    /// How many times (`0`: 1,000).
    pub fn loop_count(mut self, times: u32) -> Self {
        self.loop_count = Some(times);
        self
    }

    /// Whether the next answer may cut it short.
    pub fn preemptible(mut self, preemptible: bool) -> Self {
        self.preemptible = Some(preemptible);
        self
    }

    /// Whether the caller may interrupt it.
    pub fn interruptible(mut self, interruptible: bool) -> Self {
        self.interruptible = Some(interruptible);
        self
    }
}

impl From<Play> for Command {
    fn from(play: Play) -> Self {
        Self::Play(play)
    }
}

impl Command {
    /// Text to speak: the whole answer at once (`last`).
    pub fn text(token: impl Into<String>) -> Self {
        Self::Text(Text::new(token).last(true))
    }

    /// DTMF tones.
    pub fn send_digits(digits: impl Into<String>) -> Self {
        Self::SendDigits {
            digits: digits.into(),
        }
    }

    /// Ends the session, passing `handoff_data` to the `<Connect>`'s action.
    pub fn end(handoff_data: Option<String>) -> Self {
        Self::End { handoff_data }
    }

    /// Checks the command as Twilio does before acting on it (error 64107 otherwise): the
    /// field and the rule are named.
    pub fn validate(&self) -> Result<(), InvalidMessage> {
        match self {
            Self::Text(_) | Self::End { .. } => Ok(()),
            Self::Play(play) => {
                let valid = http::Uri::try_from(play.source.as_str())
                    .is_ok_and(|u| u.scheme().is_some() && u.host().is_some());
                if valid {
                    Ok(())
                } else {
                    Err(InvalidMessage::new(format!(
                        "play: `source` must be an absolute URL, not {:?}",
                        play.source
                    )))
                }
            }
            Self::SendDigits { digits } => {
                if !digits.is_empty()
                    && digits
                        .chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, 'w' | '#' | '*'))
                {
                    Ok(())
                } else {
                    Err(InvalidMessage::new(format!(
                        "sendDigits: `digits` must be one or more of 0-9, w, # and *, not {digits:?}"
                    )))
                }
            }
            Self::Language {
                tts_language,
                transcription_language,
            } => {
                if tts_language.is_some() || transcription_language.is_some() {
                    Ok(())
                } else {
                    Err(InvalidMessage::new(
                        "language: give `ttsLanguage`, `transcriptionLanguage` or both",
                    ))
                }
            }
        }
    }

    /// The text frame, keys in the order of Twilio's documentation.
    pub fn to_json(&self) -> String {
        let mut m = Ordered::new();
        match self {
            Self::Text(t) => {
                m.str("type", "text");
                m.str("token", &t.token);
                m.raw("last", &t.last.to_string());
                if let Some(lang) = &t.lang {
                    m.str("lang", lang);
                }
                m.flag("interruptible", t.interruptible);
                m.flag("preemptible", t.preemptible);
            }
            Self::Play(p) => {
                m.str("type", "play");
                m.str("source", &p.source);
                if let Some(times) = p.loop_count {
                    m.raw("loop", &times.to_string());
                }
                m.flag("preemptible", p.preemptible);
                m.flag("interruptible", p.interruptible);
            }
            Self::SendDigits { digits } => {
                m.str("type", "sendDigits");
                m.str("digits", digits);
            }
            Self::Language {
                tts_language,
                transcription_language,
            } => {
                m.str("type", "language");
                if let Some(tts) = tts_language {
                    m.str("ttsLanguage", tts);
                }
                if let Some(transcription) = transcription_language {
                    m.str("transcriptionLanguage", transcription);
                }
            }
            Self::End { handoff_data } => {
                m.str("type", "end");
                if let Some(data) = handoff_data {
                    m.str("handoffData", data);
                }
            }
        }
        m.finish()
    }

    /// Reads and validates a command (what an app sent), as Twilio's side does.
    pub fn parse(text: &str) -> Result<Self, InvalidMessage> {
        let (kind, mut fields) = object(text)?;
        let command = match kind.as_str() {
            "text" => Self::Text(Text {
                token: fields.required("token")?,
                last: fields.flag("last")?.unwrap_or(false),
                lang: fields.optional("lang"),
                interruptible: fields.flag("interruptible")?,
                preemptible: fields.flag("preemptible")?,
            }),
            "play" => Self::Play(Play {
                source: fields.required("source")?,
                loop_count: fields.number("loop")?.map(|n| n as u32),
                preemptible: fields.flag("preemptible")?,
                interruptible: fields.flag("interruptible")?,
            }),
            "sendDigits" => Self::SendDigits {
                digits: fields.required("digits")?,
            },
            "language" => Self::Language {
                tts_language: fields.optional("ttsLanguage"),
                transcription_language: fields.optional("transcriptionLanguage"),
            },
            "end" => Self::End {
                handoff_data: fields.optional("handoffData"),
            },
            other => {
                return Err(InvalidMessage::new(format!(
                    "`type` must be text, play, sendDigits, language or end, not {other:?}"
                )));
            }
        };
        command.validate()?;
        Ok(command)
    }
}

/// A JSON object's `type` and its other fields.
fn object(text: &str) -> Result<(String, Fields), InvalidMessage> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| InvalidMessage::new(format!("not JSON: {e}")))?;
    let Value::Object(mut map) = value else {
        return Err(InvalidMessage::new("not a JSON object"));
    };
    match map.remove("type") {
        Some(Value::String(kind)) => Ok((kind, Fields(map))),
        _ => Err(InvalidMessage::new("no `type`")),
    }
}

/// A string, or the text of a number.
fn text_of(value: Value) -> String {
    match value {
        Value::String(s) => s,
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

struct Fields(Map<String, Value>);

impl Fields {
    /// A string field, empty when absent.
    fn text(&mut self, name: &str) -> String {
        self.0.remove(name).map(text_of).unwrap_or_default()
    }

    fn optional(&mut self, name: &str) -> Option<String> {
        match self.0.remove(name)? {
            Value::Null => None,
            other => Some(text_of(other)),
        }
    }

    fn required(&mut self, name: &str) -> Result<String, InvalidMessage> {
        match self.0.remove(name) {
            Some(Value::String(s)) => Ok(s),
            Some(Value::Null) | None => Err(InvalidMessage::new(format!("`{name}` is required"))),
            Some(other) => Err(InvalidMessage::new(format!(
                "`{name}` must be a string, not {other}"
            ))),
        }
    }

    /// A boolean, also from `"true"`/`"false"`.
    fn flag(&mut self, name: &str) -> Result<Option<bool>, InvalidMessage> {
        match self.0.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(b)),
            Some(Value::String(s)) if s == "true" || s == "false" => Ok(Some(s == "true")),
            Some(other) => Err(InvalidMessage::new(format!(
                "`{name}` must be true or false, not {other}"
            ))),
        }
    }

    /// A number, also from a string holding one.
    fn number(&mut self, name: &str) -> Result<Option<f64>, InvalidMessage> {
        match self.0.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => Ok(n.as_f64()),
            Some(Value::String(s)) => {
                s.trim().parse().map(Some).map_err(|_| {
                    InvalidMessage::new(format!("`{name}` must be a number, not {s:?}"))
                })
            }
            Some(other) => Err(InvalidMessage::new(format!(
                "`{name}` must be a number, not {other}"
            ))),
        }
    }
}

fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// A JSON object written key by key, in order.
struct Ordered(Vec<String>);

impl Ordered {
    fn new() -> Self {
        Self(Vec::new())
    }

    fn raw(&mut self, key: &str, value: &str) {
        self.0.push(format!("{}:{value}", quote(key)));
    }

    fn str(&mut self, key: &str, value: &str) {
        self.raw(key, &quote(value));
    }

    fn flag(&mut self, key: &str, value: Option<bool>) {
        if let Some(value) = value {
            self.raw(key, &value.to_string());
        }
    }

    fn extra(&mut self, extra: &Map<String, Value>) {
        for (key, value) in extra {
            self.raw(key, &value.to_string());
        }
    }

    fn finish(self) -> String {
        format!("{{{}}}", self.0.join(","))
    }
}
