//! ConversationRelay in axum (feature `axum`): [`ConversationRelayUpgrade`] verifies Twilio's
//! signature on the WebSocket upgrade (over the `wss://` URL, as for Media Streams) and
//! yields a [`ConversationRelay`] session.
//!
//! ```no_run
//! use axum::{Router, routing::get};
//! use twilio_calls::conversation_relay::Event;
//! use twilio_calls::conversation_relay::axum::{ConversationRelay, ConversationRelayUpgrade};
//! use twilio_calls::webhook::axum::WebhookVerifier;
//!
//! async fn relay(upgrade: ConversationRelayUpgrade) -> axum::response::Response {
//!     upgrade.on_session(agent)
//! }
//!
//! async fn agent(mut session: ConversationRelay) {
//!     let name = session.setup().custom_parameter("name").unwrap_or("there").to_owned();
//!     let _ = session.text(format!("Hello {name}, how can I help?")).await;
//!     while let Some(Ok(event)) = session.recv().await {
//!         if let Event::Prompt(prompt) = event {
//!             if prompt.voice_prompt.contains("agent") {
//!                 let _ = session.end(r#"{"reason":"handoff"}"#.to_owned()).await;
//!                 break;
//!             }
//!             let _ = session.text(format!("You said: {}", prompt.voice_prompt)).await;
//!         }
//!     }
//! }
//!
//! let app: Router = Router::new()
//!     .route("/relay", get(relay))
//!     .with_state(WebhookVerifier::new("your_auth_token"));
//! ```

use std::fmt;
use std::future::Future;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::response::Response;

use super::{Command, Event, InvalidMessage, Setup, Text};
use crate::media_stream::axum::{UpgradeRejection, verified_upgrade};
use crate::webhook::axum::WebhookVerifier;

/// A verified ConversationRelay WebSocket upgrade.
pub struct ConversationRelayUpgrade {
    upgrade: WebSocketUpgrade,
}

impl fmt::Debug for ConversationRelayUpgrade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConversationRelayUpgrade")
            .finish_non_exhaustive()
    }
}

impl<S> FromRequestParts<S> for ConversationRelayUpgrade
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

impl ConversationRelayUpgrade {
    /// Accepts the upgrade and runs `handler` on the session once Twilio's `setup` has
    /// arrived. A socket that ends before its `setup` is closed without calling it.
    pub fn on_session<F, Fut>(self, handler: F) -> Response
    where
        F: FnOnce(ConversationRelay) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        self.upgrade.on_upgrade(move |socket| async move {
            match ConversationRelay::from_socket(socket).await {
                Ok(session) => handler(session).await,
                Err(error) => tracing::debug!(%error, "conversation relay ended before its setup"),
            }
        })
    }
}

/// Why a session could not go on.
#[derive(Debug)]
#[non_exhaustive]
pub enum SessionError {
    /// The session has ended.
    Closed,
    /// The WebSocket failed.
    WebSocket(axum::Error),
    /// A message Twilio sent, or one the app was about to send, is not valid; nothing was
    /// sent for the latter.
    Invalid(InvalidMessage),
    /// The session did not begin with `setup`.
    NoSetup(String),
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Closed => write!(f, "the ConversationRelay session has ended"),
            Self::WebSocket(e) => write!(f, "the ConversationRelay WebSocket failed: {e}"),
            Self::Invalid(e) => write!(f, "invalid ConversationRelay message: {e}"),
            Self::NoSetup(what) => write!(f, "the session began with {what}, not its setup"),
        }
    }
}

impl std::error::Error for SessionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::WebSocket(e) => Some(e),
            Self::Invalid(e) => Some(e),
            _ => None,
        }
    }
}

/// A ConversationRelay session: Twilio's `setup`, its events, and what the agent says.
pub struct ConversationRelay {
    setup: Setup,
    socket: WebSocket,
    ended: bool,
}

impl fmt::Debug for ConversationRelay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConversationRelay")
            .field("session_id", &self.setup.session_id)
            .field("call_sid", &self.setup.call_sid)
            .finish_non_exhaustive()
    }
}

impl ConversationRelay {
    /// Reads `setup` from an accepted socket.
    pub async fn from_socket(mut socket: WebSocket) -> Result<Self, SessionError> {
        let setup = loop {
            match socket.recv().await {
                Some(Ok(Message::Text(text))) => {
                    match Event::parse(text.as_str()).map_err(SessionError::Invalid)? {
                        Event::Setup(setup) => break *setup,
                        other => return Err(SessionError::NoSetup(format!("{other:?}"))),
                    }
                }
                Some(Ok(Message::Close(_))) | None => return Err(SessionError::Closed),
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(SessionError::WebSocket(e)),
            }
        };
        Ok(Self {
            setup,
            socket,
            ended: false,
        })
    }

    /// Twilio's `setup`: the call, the session, the custom parameters.
    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// The next event (`prompt`, `dtmf`, `interrupt`, `error`, `info`…); `None` once the
    /// session has ended.
    pub async fn recv(&mut self) -> Option<Result<Event, SessionError>> {
        loop {
            return match self.socket.recv().await? {
                Ok(Message::Text(text)) => {
                    Some(Event::parse(text.as_str()).map_err(SessionError::Invalid))
                }
                Ok(Message::Close(_)) => None,
                Ok(_) => continue,
                Err(e) => Some(Err(SessionError::WebSocket(e))),
            };
        }
    }

    /// Says `token`: the whole answer (`last`). For an answer streamed token by token, send
    /// [`Text`]s with [`send`](Self::send).
    pub async fn text(&mut self, token: impl Into<String>) -> Result<(), SessionError> {
        self.send(Text::new(token).last(true)).await
    }

    /// Sends a command, checked first as Twilio checks it (nothing is sent when it is not
    /// valid).
    pub async fn send(&mut self, command: impl Into<Command>) -> Result<(), SessionError> {
        if self.ended {
            return Err(SessionError::Closed);
        }
        let command = command.into();
        command.validate().map_err(SessionError::Invalid)?;
        self.socket
            .send(Message::Text(command.to_json().into()))
            .await
            .map_err(SessionError::WebSocket)
    }

    /// Ends the session: Twilio requests the `<Connect>`'s `action` with `HandoffData`.
    pub async fn end(
        &mut self,
        handoff_data: impl Into<Option<String>>,
    ) -> Result<(), SessionError> {
        self.send(Command::end(handoff_data.into())).await?;
        self.ended = true;
        Ok(())
    }
}
