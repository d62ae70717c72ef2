//! A service that answers Twilio's voice webhook with TwiML and receives the call's status
//! callbacks, accepting only requests Twilio signed.
//!
//! ```text
//! TWILIO_AUTH_TOKEN=… PUBLIC_URL=https://calls.example.com \
//!     cargo run --example status_callbacks --features axum
//! ```
//!
//! Point a call's `Url` at `{PUBLIC_URL}/calls/voice` and its `StatusCallback` at
//! `{PUBLIC_URL}/calls/status`. `PUBLIC_URL` is the
//! origin Twilio calls (the proxy or tunnel in front of this service): signatures cover the
//! URL Twilio requested, not the one this service listens on. Without it the `Host` header
//! is used.

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::post;
use twilio_calls::twiml::{Say, VoiceResponse};
use twilio_calls::webhook::StatusCallback;
use twilio_calls::webhook::axum::{Verified, WebhookVerifier};

/// The service's state: the verifier the extractor needs, and what it has received.
#[derive(Clone)]
pub struct App {
    pub verifier: WebhookVerifier,
    pub received: Arc<Mutex<Vec<StatusCallback>>>,
}

impl FromRef<App> for WebhookVerifier {
    fn from_ref(app: &App) -> Self {
        app.verifier.clone()
    }
}

/// The routes: `POST /calls/voice` (TwiML for the call) and `POST /calls/status`.
pub fn router(app: App) -> Router {
    Router::new()
        .route("/calls/voice", post(voice))
        .route("/calls/status", post(status_callback))
        .with_state(app)
}

async fn voice(Verified(params): Verified<Vec<(String, String)>>) -> VoiceResponse {
    let to = params.iter().find(|(name, _)| name == "To");
    let greeting = format!("Hello from Rust, {}!", to.map_or("caller", |(_, to)| to));
    VoiceResponse::new()
        .say(Say::new(greeting).voice("Polly.Amy"))
        .hangup()
}

async fn status_callback(
    State(app): State<App>,
    Verified(callback): Verified<StatusCallback>,
) -> &'static str {
    println!(
        "{} is {} (event {:?}, {:?} s)",
        callback.call_sid, callback.call_status, callback.sequence_number, callback.call_duration
    );
    app.received.lock().expect("not poisoned").push(callback);
    // An empty 200 is all Twilio needs from a status callback.
    ""
}

#[allow(dead_code)] // the integration test includes this file for `router` alone
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("TWILIO_AUTH_TOKEN").map_err(|_| "set TWILIO_AUTH_TOKEN")?;
    let mut verifier = WebhookVerifier::new(token);
    if let Ok(public_url) = std::env::var("PUBLIC_URL") {
        verifier = verifier.public_base_url(&public_url)?;
    }
    let app = App {
        verifier,
        received: Arc::default(),
    };
    let address = std::env::var("LISTEN").unwrap_or_else(|_| "127.0.0.1:3000".into());
    let listener = tokio::net::TcpListener::bind(&address).await?;
    println!(
        "listening on http://{}/calls/status",
        listener.local_addr()?
    );
    axum::serve(listener, router(app)).await?;
    Ok(())
}
