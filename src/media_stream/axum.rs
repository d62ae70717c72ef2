//! Media Streams in axum (feature `axum`): [`MediaStreamUpgrade`] verifies Twilio's signature
//! on the WebSocket upgrade and yields a [`MediaStream`] session.
//!
//! Twilio signs the upgrade over the `wss://` URL it opened. The verifier is the
//! [`WebhookVerifier`] the webhooks use, with the same settings: behind a TLS proxy give it
//! [`public_base_url`](WebhookVerifier::public_base_url) (`https://…`, written `wss://` for
//! the check). An upgrade that does not verify is answered `403` and never opened.
//!
//! ```no_run
//! use axum::{Router, routing::get};
//! use twilio_calls::media_stream::Event;
//! use twilio_calls::media_stream::axum::{MediaStream, MediaStreamUpgrade};
//! use twilio_calls::webhook::axum::WebhookVerifier;
//!
//! async fn media(upgrade: MediaStreamUpgrade) -> axum::response::Response {
//!     upgrade.on_stream(echo)
//! }
//!
//! /// Plays the caller's own voice back to them.
//! async fn echo(mut stream: MediaStream) {
//!     while let Some(Ok(event)) = stream.recv().await {
//!         if let Event::Media(media) = event {
//!             if stream.send_audio(&media.payload).await.is_err() {
//!                 break;
//!             }
//!         }
//!     }
//! }
//!
//! let app: Router = Router::new()
//!     .route("/media", get(media))
//!     .with_state(WebhookVerifier::new("your_auth_token"));
//! ```
//!
//! The session paces what it sends: audio handed to [`MediaStream::send_audio`] goes out in
//! 20 ms frames, at most [`LEAD`] ahead of what the caller is hearing, so an app can give it
//! a model's output as fast as the model makes it, and a [`clear`](MediaStream::clear) drops
//! what has not been heard yet (barge-in). [`mark`](MediaStream::mark) completes when Twilio
//! reports the audio before it played, or was cleared.

use std::collections::VecDeque;
use std::fmt;
use std::future::{Future, Ready};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use super::{Event, FRAME_BYTES, ParseError, Start, media_json};
use crate::webhook::axum::{WebhookRejection, WebhookVerifier};

/// How far ahead of the caller's ear the session sends audio: enough to ride out a late
/// wake-up, little enough that a `clear` drops most of an interrupted answer at Twilio.
pub const LEAD: Duration = Duration::from_millis(100);

/// One 20 ms frame of μ-law at 8 kHz.
const FRAME: Duration = Duration::from_millis(20);

/// A verified Media Streams WebSocket upgrade.
pub struct MediaStreamUpgrade {
    upgrade: WebSocketUpgrade,
}

impl fmt::Debug for MediaStreamUpgrade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MediaStreamUpgrade").finish_non_exhaustive()
    }
}

/// Why an upgrade was refused.
#[derive(Debug)]
#[non_exhaustive]
pub enum UpgradeRejection {
    /// No valid `X-Twilio-Signature` over the `wss://` URL: `403 Forbidden`.
    Signature(WebhookRejection),
    /// Not a WebSocket upgrade (axum's answer, a `4xx`).
    NotWebSocket(axum::extract::ws::rejection::WebSocketUpgradeRejection),
}

impl IntoResponse for UpgradeRejection {
    fn into_response(self) -> Response {
        match self {
            Self::Signature(rejection) => rejection.into_response(),
            Self::NotWebSocket(rejection) => rejection.into_response(),
        }
    }
}

/// Verifies the upgrade, then takes it.
pub(crate) async fn verified_upgrade<S>(
    parts: &mut Parts,
    state: &S,
) -> Result<WebSocketUpgrade, UpgradeRejection>
where
    S: Send + Sync,
    WebhookVerifier: FromRef<S>,
{
    WebhookVerifier::from_ref(state)
        .verify_websocket(parts)
        .map_err(UpgradeRejection::Signature)?;
    WebSocketUpgrade::from_request_parts(parts, state)
        .await
        .map_err(UpgradeRejection::NotWebSocket)
}

impl<S> FromRequestParts<S> for MediaStreamUpgrade
where
    S: Send + Sync,
    WebhookVerifier: FromRef<S>,
{
    type Rejection = UpgradeRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let upgrade = verified_upgrade(parts, state).await?;
        Ok(Self { upgrade })
    }
}

impl MediaStreamUpgrade {
    /// Accepts the upgrade and runs `handler` on the session once Twilio's `start` has
    /// arrived. A stream that ends before its `start` is closed without calling it.
    pub fn on_stream<F, Fut>(self, handler: F) -> Response
    where
        F: FnOnce(MediaStream) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        self.upgrade.on_upgrade(move |socket| async move {
            match MediaStream::from_socket(socket).await {
                Ok(stream) => handler(stream).await,
                Err(error) => tracing::debug!(%error, "media stream ended before its start"),
            }
        })
    }
}

/// What became of a mark's audio.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MarkOutcome {
    /// Twilio played the audio before it.
    Played,
    /// A [`clear`](MediaStream::clear) dropped it (some or all of it was not heard).
    Cleared,
}

/// Why a session could not go on.
#[derive(Debug)]
#[non_exhaustive]
pub enum SessionError {
    /// The stream has ended: Twilio (or the app) closed it.
    Closed,
    /// The WebSocket failed.
    WebSocket(axum::Error),
    /// Twilio sent a frame that is not a Media Streams message.
    Parse(ParseError),
    /// The stream did not begin with `connected` and `start`.
    NoStart(String),
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Closed => write!(f, "the media stream has ended"),
            Self::WebSocket(e) => write!(f, "the media stream's WebSocket failed: {e}"),
            Self::Parse(e) => write!(f, "{e}"),
            Self::NoStart(what) => write!(f, "the media stream began with {what}, not its start"),
        }
    }
}

impl std::error::Error for SessionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::WebSocket(e) => Some(e),
            Self::Parse(e) => Some(e),
            _ => None,
        }
    }
}

/// What the app asks the writer to send.
enum Out {
    Audio(Vec<u8>),
    Mark(String, oneshot::Sender<MarkOutcome>),
    Clear,
    Close,
}

/// What waits in the writer's queue.
enum Queued {
    Frame(Vec<u8>),
    Mark(String, oneshot::Sender<MarkOutcome>),
}

/// Marks sent and not yet echoed, each with the `clear` count when it was sent.
#[derive(Default)]
struct Marks {
    pending: VecDeque<(String, oneshot::Sender<MarkOutcome>, u64)>,
    clears: u64,
}

/// A Media Streams session: the stream's `start`, Twilio's events, and audio, marks and
/// clears going back (on a bidirectional `<Connect><Stream>`).
pub struct MediaStream {
    start: Start,
    events: mpsc::UnboundedReceiver<Result<Event, SessionError>>,
    out: mpsc::UnboundedSender<Out>,
    writer: Option<tokio::task::JoinHandle<()>>,
}

impl fmt::Debug for MediaStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MediaStream")
            .field("stream_sid", &self.start.stream_sid)
            .field("call_sid", &self.start.call_sid)
            .finish_non_exhaustive()
    }
}

impl MediaStream {
    /// Reads `connected` and `start` from an accepted socket, then runs the session.
    pub async fn from_socket(mut socket: WebSocket) -> Result<Self, SessionError> {
        let start = loop {
            let text = match socket.recv().await {
                Some(Ok(Message::Text(text))) => text,
                Some(Ok(Message::Close(_))) | None => return Err(SessionError::Closed),
                Some(Ok(_)) => continue,
                Some(Err(e)) => return Err(SessionError::WebSocket(e)),
            };
            match Event::parse(text.as_str()).map_err(SessionError::Parse)? {
                Event::Connected(_) => {}
                Event::Start(start) => break start,
                other => return Err(SessionError::NoStart(format!("{other:?}"))),
            }
        };
        let (sink, mut stream) = socket.split();
        let marks = Arc::new(Mutex::new(Marks::default()));
        let (events_tx, events) = mpsc::unbounded_channel();
        let reader_marks = marks.clone();
        tokio::spawn(async move {
            while let Some(message) = stream.next().await {
                let event = match message {
                    Ok(Message::Text(text)) => {
                        Event::parse(text.as_str()).map_err(SessionError::Parse)
                    }
                    Ok(Message::Close(_)) => break,
                    Ok(_) => continue,
                    Err(e) => Err(SessionError::WebSocket(e)),
                };
                if let Ok(Event::Mark(mark)) = &event {
                    echoed(&reader_marks, &mark.name);
                }
                let stop = matches!(event, Ok(Event::Stop(_)) | Err(SessionError::WebSocket(_)));
                if events_tx.send(event).is_err() || stop {
                    break;
                }
            }
            // The stream is over: marks still waiting will never be echoed.
            let mut marks = reader_marks.lock().unwrap_or_else(|e| e.into_inner());
            for (_, sender, _) in marks.pending.drain(..) {
                let _ = sender.send(MarkOutcome::Cleared);
            }
        });
        let (out, out_rx) = mpsc::unbounded_channel();
        let writer = tokio::spawn(write(sink, out_rx, start.stream_sid.clone(), marks));
        Ok(Self {
            start,
            events,
            out,
            writer: Some(writer),
        })
    }

    /// Twilio's `start`: the stream, the call, the tracks, the custom parameters.
    pub fn start(&self) -> &Start {
        &self.start
    }

    /// The stream's SID.
    pub fn stream_sid(&self) -> &str {
        &self.start.stream_sid
    }

    /// The next event from Twilio (`media`, `dtmf`, `mark`, `stop`…); `None` once the stream
    /// has ended.
    pub async fn recv(&mut self) -> Option<Result<Event, SessionError>> {
        self.events.recv().await
    }

    /// Queues μ-law audio (8 kHz, no header) to play, any length: it goes out in 20 ms
    /// frames, paced to stay [`LEAD`] ahead of playback. It is queued when called; the
    /// future only gives the result.
    pub fn send_audio(&self, mulaw: &[u8]) -> Ready<Result<(), SessionError>> {
        std::future::ready(self.send(Out::Audio(mulaw.to_vec())))
    }

    /// Queues a mark after the audio queued so far (when called, not when awaited); the
    /// future completes when Twilio reports that audio played, or that it was cleared.
    pub fn mark(&self, name: impl Into<String>) -> MarkWait {
        let (tx, rx) = oneshot::channel();
        let queued = self.send(Out::Mark(name.into(), tx)).is_ok();
        MarkWait(queued.then_some(rx))
    }

    /// Drops the audio not yet played, here and at Twilio (barge-in), when called. Marks
    /// queued before it complete as [`MarkOutcome::Cleared`].
    pub fn clear(&self) -> Ready<Result<(), SessionError>> {
        std::future::ready(self.send(Out::Clear))
    }

    /// Closes the WebSocket (on `<Connect><Stream>`, the call goes on with the TwiML after
    /// the `<Connect>`), after sending what is queued.
    pub async fn close(mut self) {
        let _ = self.out.send(Out::Close);
        if let Some(writer) = self.writer.take() {
            let _ = writer.await;
        }
    }

    fn send(&self, out: Out) -> Result<(), SessionError> {
        self.out.send(out).map_err(|_| SessionError::Closed)
    }
}

/// A mark's completion ([`MediaStream::mark`]).
#[must_use = "the mark is queued; await this to learn when its audio has played"]
pub struct MarkWait(Option<oneshot::Receiver<MarkOutcome>>);

impl fmt::Debug for MarkWait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MarkWait").finish_non_exhaustive()
    }
}

impl Future for MarkWait {
    type Output = Result<MarkOutcome, SessionError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.0.as_mut() {
            Some(rx) => Pin::new(rx)
                .poll(cx)
                .map(|r| r.map_err(|_| SessionError::Closed)),
            None => Poll::Ready(Err(SessionError::Closed)),
        }
    }
}

/// Twilio echoed mark `name`: the first such mark waiting completes, as played unless a
/// clear came after it was sent.
fn echoed(marks: &Mutex<Marks>, name: &str) {
    let mut marks = marks.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(i) = marks.pending.iter().position(|(n, _, _)| n == name) {
        let clears = marks.clears;
        if let Some((_, sender, sent_at)) = marks.pending.remove(i) {
            let outcome = if sent_at == clears {
                MarkOutcome::Played
            } else {
                MarkOutcome::Cleared
            };
            let _ = sender.send(outcome);
        }
    }
}

/// Sends what the app queues, audio paced to stay [`LEAD`] ahead of playback.
async fn write(
    mut sink: futures_util::stream::SplitSink<WebSocket, Message>,
    mut out: mpsc::UnboundedReceiver<Out>,
    stream_sid: String,
    marks: Arc<Mutex<Marks>>,
) {
    let mut queue: VecDeque<Queued> = VecDeque::new();
    // When what has been sent will have played.
    let mut played_at = Instant::now();
    loop {
        // Send what may go now.
        let now = Instant::now();
        while let Some(front) = queue.front() {
            let text = match front {
                Queued::Frame(_) if played_at > now + LEAD => break,
                Queued::Frame(_) => {
                    let Some(Queued::Frame(frame)) = queue.pop_front() else {
                        break;
                    };
                    played_at =
                        played_at.max(now) + FRAME.mul_f64(frame.len() as f64 / FRAME_BYTES as f64);
                    media_json(&stream_sid, &frame)
                }
                Queued::Mark(..) => {
                    let Some(Queued::Mark(name, sender)) = queue.pop_front() else {
                        break;
                    };
                    let text = super::Command::mark(&stream_sid, &name).to_json();
                    let mut book = marks.lock().unwrap_or_else(|e| e.into_inner());
                    let clears = book.clears;
                    book.pending.push_back((name, sender, clears));
                    text
                }
            };
            if sink.send(Message::Text(text.into())).await.is_err() {
                return;
            }
        }
        let next = if matches!(queue.front(), Some(Queued::Frame(_))) {
            tokio::select! {
                next = out.recv() => next,
                () = tokio::time::sleep_until(played_at - LEAD) => continue,
            }
        } else {
            out.recv().await
        };
        match next {
            Some(Out::Audio(audio)) if audio.len() <= FRAME_BYTES => {
                queue.push_back(Queued::Frame(audio));
            }
            Some(Out::Audio(audio)) => {
                queue.extend(
                    audio
                        .chunks(FRAME_BYTES)
                        .map(|frame| Queued::Frame(frame.to_vec())),
                );
            }
            Some(Out::Mark(name, sender)) => queue.push_back(Queued::Mark(name, sender)),
            Some(Out::Clear) => {
                for item in queue.drain(..) {
                    if let Queued::Mark(_, sender) = item {
                        let _ = sender.send(MarkOutcome::Cleared);
                    }
                }
                marks.lock().unwrap_or_else(|e| e.into_inner()).clears += 1;
                played_at = Instant::now();
                let text = super::Command::clear(&stream_sid).to_json();
                if sink.send(Message::Text(text.into())).await.is_err() {
                    return;
                }
            }
            Some(Out::Close) | None => {
                close(sink, queue, &stream_sid, played_at).await;
                return;
            }
        }
    }
}

/// Sends what is queued, at its pace (marks sent now complete as cleared: nobody will read
/// their echo), then closes the socket.
async fn close(
    mut sink: futures_util::stream::SplitSink<WebSocket, Message>,
    mut queue: VecDeque<Queued>,
    stream_sid: &str,
    mut played_at: Instant,
) {
    while let Some(item) = queue.pop_front() {
        let text = match item {
            Queued::Frame(frame) => {
                tokio::time::sleep_until(played_at - LEAD).await;
                played_at = played_at.max(Instant::now())
                    + FRAME.mul_f64(frame.len() as f64 / FRAME_BYTES as f64);
                media_json(stream_sid, &frame)
            }
            Queued::Mark(name, sender) => {
                let _ = sender.send(MarkOutcome::Cleared);
                super::Command::mark(stream_sid, &name).to_json()
            }
        };
        if sink.send(Message::Text(text.into())).await.is_err() {
            return;
        }
    }
    let _ = sink
        .send(Message::Close(Some(CloseFrame {
            code: axum::extract::ws::close_code::NORMAL,
            reason: "".into(),
        })))
        .await;
}
