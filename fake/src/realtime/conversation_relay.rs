//! Twilio's side of a ConversationRelay session: `setup` first; the caller's speech as
//! `prompt`s and keys as `dtmf` (with `dtmfDetection`); `interrupt` when the caller speaks
//! over an answer still playing; the app's `text` tokens assembled into what the caller
//! hears; its messages checked as Twilio checks them (64107 and an `error` back; after 10
//! bad ones in a row the socket is closed with 1007 and the session fails with 64105); and
//! `end`, whose `handoffData` goes to the `<Connect>`'s action.
//!
//! Speech takes time to play: FakeTwilio counts [`SPEAKING_PER_CHAR`] a character, on the
//! real clock (a session runs in real time), to tell what an interrupted caller had heard.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::Value;
use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

use super::quote;
use crate::Inner;

/// How long one character of an answer takes to say (about 180 words a minute).
pub(crate) const SPEAKING_PER_CHAR: Duration = Duration::from_millis(50);

/// After this many unusable messages in a row, Twilio closes the socket.
const MALFORMED_IN_A_ROW: u32 = 10;

/// What a session is.
pub(crate) struct RelayConfig {
    pub url: String,
    pub session_id: String,
    pub account_sid: String,
    pub call_sid: String,
    pub parent_call_sid: String,
    pub from: String,
    pub to: String,
    pub direction: String,
    pub parameters: Vec<(String, String)>,
    pub welcome_greeting: Option<String>,
    pub dtmf_detection: bool,
    /// Whether the caller's speech interrupts an answer (`interruptible` any/speech/true).
    pub interruptible: bool,
    pub language: String,
}

/// What the call tells a running session.
#[derive(Debug)]
pub(crate) enum RelayInput {
    Speak(String),
    Press(char),
    /// The caller hung up, or the call was ended or redirected.
    Stop,
}

/// What the caller meets during a session.
#[derive(Debug)]
pub(crate) enum RelayOutput {
    /// The agent says this (an answer, assembled from its tokens).
    Say(String),
    /// The agent plays this.
    Play(String),
    /// The agent sends DTMF tones.
    Digits(String),
    /// The agent switched languages.
    Language(String),
    /// Twilio logs this on the call.
    Error(u32, String),
}

/// How a session ended.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum RelayEnd {
    /// The app sent `end`.
    Ended(Option<String>),
    /// Stopped from Twilio's side (the caller hung up, the call ended).
    Stopped,
    /// It could not start, or broke: Twilio's code and why.
    Failed(u32, String),
}

/// Runs a session until it ends.
pub(crate) async fn run(
    inner: &Inner,
    config: RelayConfig,
    mut input: mpsc::UnboundedReceiver<RelayInput>,
    mut emit: impl FnMut(RelayOutput),
) -> RelayEnd {
    let socket = match super::connect(inner, &config.url).await {
        Ok(socket) => socket,
        // Twilio reports a WebSocket it could not reach with 39001.
        Err((_, message)) => return RelayEnd::Failed(39001, message),
    };
    let (mut sink, mut incoming) = socket.split();
    if sink.send(Message::text(setup(&config))).await.is_err() {
        return RelayEnd::Failed(64105, "the app closed the WebSocket at once".into());
    }
    if let Some(greeting) = &config.welcome_greeting {
        emit(RelayOutput::Say(greeting.clone()));
    }
    let mut agent = Agent::default();
    let mut malformed = 0u32;
    loop {
        let mut sends = Vec::new();
        tokio::select! {
            message = incoming.next() => match message {
                Some(Ok(Message::Text(text))) => match read(text.as_str()) {
                    Ok(command) => {
                        malformed = 0;
                        if let Some(handoff) = agent.take(command, &config, &mut emit) {
                            let _ = sink.close().await;
                            return RelayEnd::Ended(handoff);
                        }
                    }
                    Err(why) => {
                        malformed += 1;
                        let description = format!("Invalid message received: {}", text.as_str());
                        emit(RelayOutput::Error(64107, format!("{why}: {}", text.as_str())));
                        sends.push(format!(r#"{{"type":"error","description":{}}}"#, quote(&description)));
                        if malformed >= MALFORMED_IN_A_ROW {
                            let _ = sink.send(Message::text(sends.remove(0))).await;
                            let _ = sink
                                .send(Message::Close(Some(CloseFrame {
                                    code: CloseCode::Invalid,
                                    reason: "Too many consecutive malformed messages".into(),
                                })))
                                .await;
                            return RelayEnd::Failed(64105, "WebSocket Ended: too many consecutive malformed messages".into());
                        }
                    }
                },
                Some(Ok(Message::Close(_))) | None => {
                    return RelayEnd::Failed(64105, "WebSocket Ended: the app closed the WebSocket without `end`".into());
                }
                Some(Ok(_)) => {}
                Some(Err(e)) => return RelayEnd::Failed(64105, format!("WebSocket Ended: {e}")),
            },
            given = input.recv() => match given {
                Some(RelayInput::Speak(words)) => {
                    sends.extend(agent.interrupted_by(&words, &config.language));
                }
                Some(RelayInput::Press(digit)) => {
                    if config.dtmf_detection {
                        sends.push(format!(r#"{{"type":"dtmf","digit":"{digit}"}}"#));
                    }
                }
                Some(RelayInput::Stop) | None => {
                    let _ = sink.close().await;
                    return RelayEnd::Stopped;
                }
            },
        }
        for text in sends {
            if sink.send(Message::text(text)).await.is_err() {
                return RelayEnd::Failed(64105, "WebSocket Ended: the app went away".into());
            }
        }
    }
}

/// What the agent is saying.
#[derive(Default)]
struct Agent {
    /// Tokens of the answer being written.
    answer: String,
    /// The answer playing now: its text, since when, whether the caller may interrupt it.
    speaking: Option<(String, Instant, bool)>,
}

impl Agent {
    /// Acts on a valid message of the app's; `Some(handoff)` when it ends the session.
    fn take(
        &mut self,
        command: Command,
        config: &RelayConfig,
        emit: &mut impl FnMut(RelayOutput),
    ) -> Option<Option<String>> {
        match command {
            Command::Text {
                token,
                last,
                interruptible,
            } => {
                self.answer.push_str(&token);
                if last {
                    let text = std::mem::take(&mut self.answer);
                    let interruptible = interruptible.unwrap_or(config.interruptible);
                    self.speaking = Some((text.clone(), Instant::now(), interruptible));
                    emit(RelayOutput::Say(text));
                }
            }
            Command::Play(source) => emit(RelayOutput::Play(source)),
            Command::SendDigits(digits) => emit(RelayOutput::Digits(digits)),
            Command::Language(language) => emit(RelayOutput::Language(language)),
            Command::End(handoff) => return Some(handoff),
        }
        None
    }

    /// The caller says `words`: an `interrupt` first if an interruptible answer is still
    /// playing (with what was heard of it), then the `prompt`.
    fn interrupted_by(&mut self, words: &str, language: &str) -> Vec<String> {
        let mut sends = Vec::new();
        if let Some((text, since, true)) = &self.speaking {
            let played = since.elapsed();
            let heard = (played.as_millis() / SPEAKING_PER_CHAR.as_millis().max(1)) as usize;
            if heard < text.chars().count() {
                let heard_text: String = text.chars().take(heard).collect();
                sends.push(format!(
                    r#"{{"type":"interrupt","utteranceUntilInterrupt":{},"durationUntilInterruptMs":{}}}"#,
                    quote(&heard_text),
                    played.as_millis()
                ));
            }
        }
        self.speaking = None;
        sends.push(format!(
            r#"{{"type":"prompt","voicePrompt":{},"lang":{},"last":true}}"#,
            quote(words),
            quote(language)
        ));
        sends
    }
}

fn setup(config: &RelayConfig) -> String {
    format!(
        r#"{{"type":"setup","sessionId":{},"accountSid":{},"parentCallSid":{},"callSid":{},"from":{},"to":{},"forwardedFrom":"","callType":"PSTN","callerName":"","direction":{},"callStatus":"IN-PROGRESS","customParameters":{}}}"#,
        quote(&config.session_id),
        quote(&config.account_sid),
        quote(&config.parent_call_sid),
        quote(&config.call_sid),
        quote(&config.from),
        quote(&config.to),
        quote(&config.direction),
        super::object(&config.parameters),
    )
}

/// An app's message, as Twilio takes it.
enum Command {
    Text {
        token: String,
        last: bool,
        interruptible: Option<bool>,
    },
    Play(String),
    SendDigits(String),
    Language(String),
    End(Option<String>),
}

/// Reads and checks an app's message by the rules of Twilio's documentation.
fn read(text: &str) -> Result<Command, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON ({e})"))?;
    let kind = value["type"].as_str().ok_or("no type")?;
    let flag = |name: &str| match &value[name] {
        Value::Null => Ok(None),
        Value::Bool(b) => Ok(Some(*b)),
        other => Err(format!("{name} must be a boolean, not {other}")),
    };
    match kind {
        "text" => Ok(Command::Text {
            token: value["token"]
                .as_str()
                .ok_or("text needs a token")?
                .to_owned(),
            last: flag("last")?.unwrap_or(false),
            interruptible: flag("interruptible")?,
        }),
        "play" => {
            let source = value["source"].as_str().ok_or("play needs a source")?;
            let valid = reqwest::Url::parse(source).is_ok_and(|u| u.has_host());
            if !valid {
                return Err(format!("play's source is not a URL: {source:?}"));
            }
            Ok(Command::Play(source.to_owned()))
        }
        "sendDigits" => {
            let digits = value["digits"].as_str().ok_or("sendDigits needs digits")?;
            let valid = !digits.is_empty()
                && digits
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, 'w' | '#' | '*'));
            if !valid {
                return Err(format!("sendDigits takes 0-9, w, # and *, not {digits:?}"));
            }
            Ok(Command::SendDigits(digits.to_owned()))
        }
        "language" => {
            let tts = value["ttsLanguage"].as_str();
            let transcription = value["transcriptionLanguage"].as_str();
            if tts.is_none() && transcription.is_none() {
                return Err("language needs ttsLanguage or transcriptionLanguage".into());
            }
            Ok(Command::Language(format!(
                "tts {}, transcription {}",
                tts.unwrap_or("unchanged"),
                transcription.unwrap_or("unchanged")
            )))
        }
        "end" => match &value["handoffData"] {
            Value::Null => Ok(Command::End(None)),
            Value::String(data) => Ok(Command::End(Some(data.clone()))),
            other => Err(format!("end's handoffData must be a string, not {other}")),
        },
        other => Err(format!("unknown type {other:?}")),
    }
}
