//! Twilio's side of a Media Stream: `connected`, `start` (with the custom parameters), a
//! 20 ms μ-law frame per track every 20 ms with Twilio's counters (the caller's audio, or
//! silence), `dtmf` and `stop`; on a bidirectional stream, the app's audio played at 8,000
//! bytes a second, each `mark` echoed once the audio before it has played (at once when none
//! is queued) and every pending one on `clear`. What Twilio would refuse is logged with its
//! code: a binary frame 31950 (once), a message that is not a valid one 31951, anything sent
//! back on a unidirectional stream 31924 (once).

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use futures_util::{SinkExt, StreamExt};
use serde_json::Value;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;

use super::quote;
use crate::Inner;
use crate::engine::Shared;

/// 20 ms of μ-law at 8 kHz.
pub(crate) const FRAME_BYTES: usize = 160;
const FRAME: Duration = Duration::from_millis(20);
/// μ-law silence.
const SILENCE: u8 = 0xFF;

/// What a stream is.
pub(crate) struct StreamConfig {
    pub url: String,
    pub stream_sid: String,
    pub account_sid: String,
    pub call_sid: String,
    /// `inbound` and/or `outbound`.
    pub tracks: Vec<&'static str>,
    pub parameters: Vec<(String, String)>,
    /// `<Connect><Stream>`: the app may send audio, marks and clears, and hears DTMF.
    pub bidirectional: bool,
}

/// What the call tells a running stream.
#[derive(Debug)]
pub(crate) enum Control {
    /// The caller pressed a key.
    Dtmf(char),
    /// The stream ends (stopped, or the call ended): `stop`, then close.
    Stop,
}

/// How a stream ended.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum StreamEnd {
    /// The app closed the WebSocket.
    AppClosed,
    /// Stopped from Twilio's side.
    Stopped,
    /// It could not be opened, or broke: Twilio's code and why.
    Failed(u32, String),
}

/// What is waiting to be played on a bidirectional stream.
enum Queued {
    Audio(Vec<u8>),
    Mark(String),
}

/// Runs a stream until it ends. `report` logs Twilio's errors and warnings on the call. The
/// caller has counted it as connecting ([`Shared::stream_connecting`]) before.
pub(crate) async fn run(
    inner: Arc<Inner>,
    shared: Arc<Shared>,
    config: StreamConfig,
    mut control: mpsc::UnboundedReceiver<Control>,
    report: impl Fn(u32, String),
) -> StreamEnd {
    let socket = match super::connect(&inner, &config.url).await {
        Ok(socket) => socket,
        Err((code, message)) => {
            shared.stream_connected(false);
            return StreamEnd::Failed(code, message);
        }
    };
    let (mut sink, mut incoming) = socket.split();
    let mut out = Outgoing {
        sequence: 0,
        stream_sid: config.stream_sid.clone(),
    };
    let connected = r#"{"event":"connected","protocol":"Call","version":"1.0.0"}"#.to_owned();
    let start = out.start(&config);
    for text in [connected, start] {
        if sink.send(Message::text(text)).await.is_err() {
            shared.stream_connected(false);
            return StreamEnd::AppClosed;
        }
    }
    shared.stream_connected(true);
    let mut ticks = tokio::time::interval(FRAME);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut chunk = 0u64;
    let mut queue: VecDeque<Queued> = VecDeque::new();
    let (mut warned_binary, mut warned_unidirectional) = (false, false);
    let end = loop {
        let mut sends: Vec<String> = Vec::new();
        tokio::select! {
            _ = ticks.tick() => {
                for track in &config.tracks {
                    let frame = if *track == "inbound" {
                        shared.take_inbound(FRAME_BYTES, SILENCE)
                    } else {
                        vec![SILENCE; FRAME_BYTES]
                    };
                    chunk += 1;
                    sends.push(out.media(track, chunk, (chunk - 1) / config.tracks.len() as u64 * 20, &frame));
                }
                if config.bidirectional {
                    play(&mut queue, &shared, &mut out, &mut sends);
                }
            }
            message = incoming.next() => match message {
                Some(Ok(Message::Text(text))) => {
                    if !config.bidirectional {
                        if !warned_unidirectional {
                            warned_unidirectional = true;
                            report(31924, format!(
                                "the app sent a message on the unidirectional stream {}: {}",
                                config.stream_sid, text.as_str()
                            ));
                        }
                        continue;
                    }
                    if let Err(why) = take(text.as_str(), &config.stream_sid, &mut queue, &mut out, &mut sends) {
                        report(31951, format!("Invalid Message: {why}: {}", text.as_str()));
                    }
                }
                Some(Ok(Message::Binary(_))) => {
                    if !warned_binary {
                        warned_binary = true;
                        report(31950, format!(
                            "Malformed Message: a binary frame on stream {}; messages are JSON text",
                            config.stream_sid
                        ));
                    }
                }
                Some(Ok(Message::Close(_))) | None => break StreamEnd::AppClosed,
                Some(Ok(_)) => {}
                Some(Err(e)) => break StreamEnd::Failed(31903, format!("the stream's WebSocket broke: {e}")),
            },
            control = control.recv() => match control {
                Some(Control::Dtmf(digit)) if config.bidirectional => sends.push(out.dtmf(digit)),
                Some(Control::Dtmf(_)) => {}
                Some(Control::Stop) | None => {
                    let stop = out.stop(&config);
                    let _ = sink.send(Message::text(stop)).await;
                    let _ = sink.close().await;
                    break StreamEnd::Stopped;
                }
            },
        }
        for text in sends {
            if sink.send(Message::text(text)).await.is_err() {
                shared.stream_closed();
                return StreamEnd::AppClosed;
            }
        }
    };
    shared.stream_closed();
    end
}

/// Takes what a bidirectional app sent: audio queued, a mark queued (echoed at once when
/// nothing is), a clear that drops the queue and echoes its marks.
fn take(
    text: &str,
    stream_sid: &str,
    queue: &mut VecDeque<Queued>,
    out: &mut Outgoing,
    sends: &mut Vec<String>,
) -> Result<(), String> {
    match read(text, stream_sid)? {
        Read::Media(audio) => queue.push_back(Queued::Audio(audio)),
        Read::Mark(name) if queue.is_empty() => sends.push(out.mark(&name)),
        Read::Mark(name) => queue.push_back(Queued::Mark(name)),
        Read::Clear => {
            for item in queue.drain(..) {
                if let Queued::Mark(name) = item {
                    sends.push(out.mark(&name));
                }
            }
        }
    }
    Ok(())
}

/// One tick of playback: 160 bytes of what the app sent reach the caller, and the marks
/// that audio reached are echoed.
fn play(
    queue: &mut VecDeque<Queued>,
    shared: &Shared,
    out: &mut Outgoing,
    sends: &mut Vec<String>,
) {
    let mut room = FRAME_BYTES;
    let mut heard = Vec::with_capacity(FRAME_BYTES);
    while let Some(front) = queue.front_mut() {
        match front {
            Queued::Mark(_) => {
                if let Some(Queued::Mark(name)) = queue.pop_front() {
                    sends.push(out.mark(&name));
                }
            }
            Queued::Audio(audio) if room == 0 => {
                let _ = audio;
                break;
            }
            Queued::Audio(audio) => {
                let take = room.min(audio.len());
                heard.extend(audio.drain(..take));
                room -= take;
                if audio.is_empty() {
                    queue.pop_front();
                }
            }
        }
    }
    if !heard.is_empty() {
        shared.heard(&heard);
    }
}

/// What the app sent, read as Twilio reads it.
enum Read {
    Media(Vec<u8>),
    Mark(String),
    Clear,
}

fn read(text: &str, stream_sid: &str) -> Result<Read, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON ({e})"))?;
    let event = value["event"].as_str().ok_or("no event")?;
    if value["streamSid"].as_str() != Some(stream_sid) {
        return Err(format!("streamSid is not {stream_sid}"));
    }
    match event {
        "media" => {
            let payload = value["media"]["payload"]
                .as_str()
                .ok_or("a media message needs media.payload")?;
            BASE64
                .decode(payload)
                .map(Read::Media)
                .map_err(|e| format!("media.payload is not base64 ({e})"))
        }
        "mark" => value["mark"]["name"]
            .as_str()
            .map(|name| Read::Mark(name.to_owned()))
            .ok_or_else(|| "a mark needs mark.name".to_owned()),
        "clear" => Ok(Read::Clear),
        other => Err(format!("unknown event {other:?}")),
    }
}

/// Twilio's messages, each numbered (`sequenceNumber`, from 1; `connected` has none).
struct Outgoing {
    sequence: u64,
    stream_sid: String,
}

impl Outgoing {
    fn next(&mut self) -> u64 {
        self.sequence += 1;
        self.sequence
    }

    fn start(&mut self, config: &StreamConfig) -> String {
        let tracks: Vec<String> = config.tracks.iter().map(|t| quote(t)).collect();
        format!(
            r#"{{"event":"start","sequenceNumber":"{}","start":{{"accountSid":{},"streamSid":{},"callSid":{},"tracks":[{}],"mediaFormat":{{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1}},"customParameters":{}}},"streamSid":{}}}"#,
            self.next(),
            quote(&config.account_sid),
            quote(&self.stream_sid),
            quote(&config.call_sid),
            tracks.join(","),
            super::object(&config.parameters),
            quote(&self.stream_sid),
        )
    }

    fn media(&mut self, track: &str, chunk: u64, timestamp: u64, audio: &[u8]) -> String {
        format!(
            r#"{{"event":"media","sequenceNumber":"{}","media":{{"track":"{track}","chunk":"{chunk}","timestamp":"{timestamp}","payload":"{}"}},"streamSid":{}}}"#,
            self.next(),
            BASE64.encode(audio),
            quote(&self.stream_sid),
        )
    }

    fn mark(&mut self, name: &str) -> String {
        format!(
            r#"{{"event":"mark","sequenceNumber":"{}","streamSid":{},"mark":{{"name":{}}}}}"#,
            self.next(),
            quote(&self.stream_sid),
            quote(name),
        )
    }

    fn dtmf(&mut self, digit: char) -> String {
        format!(
            r#"{{"event":"dtmf","streamSid":{},"sequenceNumber":"{}","dtmf":{{"track":"inbound_track","digit":"{digit}"}}}}"#,
            quote(&self.stream_sid),
            self.next(),
        )
    }

    fn stop(&mut self, config: &StreamConfig) -> String {
        format!(
            r#"{{"event":"stop","sequenceNumber":"{}","stop":{{"accountSid":{},"callSid":{}}},"streamSid":{}}}"#,
            self.next(),
            quote(&config.account_sid),
            quote(&config.call_sid),
            quote(&self.stream_sid),
        )
    }
}
