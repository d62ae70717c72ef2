//! A voice agent on Media Streams in axum: it echoes what the caller says (a stand-in for a
//! speech model), reads a long announcement on `1`, stops talking when the caller presses
//! `*` (barge-in, with `clear`), and on
//! `#` says goodbye, waits until the goodbye has actually played (its mark comes back), then
//! hangs up through the REST API. Its tests (at the bottom) call it through FakeTwilio.
//!
//! ```text
//! TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… PUBLIC_URL=https://agent.example.com \
//!     cargo run --example media_stream_agent --features axum
//! cargo test --example media_stream_agent --features axum
//! ```
//!
//! Point a number's voice URL at `{PUBLIC_URL}/agent/voice`. Twilio opens the stream over
//! `wss://` to the same host; the verifier checks its signature over that URL.

use axum::Router;
use axum::extract::{FromRef, State};
use axum::response::Response;
use axum::routing::{get, post};
use twilio_calls::Client;
use twilio_calls::media_stream::axum::{MediaStream, MediaStreamUpgrade};
use twilio_calls::media_stream::{Event, mulaw};
use twilio_calls::twiml::{Connect, Stream, VoiceResponse};
use twilio_calls::webhook::axum::{Verified, WebhookVerifier};

#[derive(Clone)]
pub struct Agent {
    pub verifier: WebhookVerifier,
    /// For hanging up.
    pub client: Client,
}

impl FromRef<Agent> for WebhookVerifier {
    fn from_ref(agent: &Agent) -> Self {
        agent.verifier.clone()
    }
}

pub fn router(agent: Agent) -> Router {
    Router::new()
        .route("/agent/voice", post(voice))
        .route("/agent/media", get(media))
        .with_state(agent)
}

/// Connects the call to the agent: the stream's URL is relative, so Twilio opens it on the
/// host it asked for this TwiML (over `wss://`).
async fn voice(Verified(_): Verified<Vec<(String, String)>>) -> VoiceResponse {
    VoiceResponse::new()
        .say("Connecting you to the agent.")
        .connect(Connect::new().stream(Stream::new().url("/agent/media")))
}

async fn media(State(agent): State<Agent>, upgrade: MediaStreamUpgrade) -> Response {
    upgrade.on_stream(move |stream| talk(stream, agent.client))
}

/// A 440 Hz tone of `ms` milliseconds, as μ-law: the "goodbye".
pub fn tone(ms: usize) -> Vec<u8> {
    let samples: Vec<i16> = (0..ms * 8)
        .map(|n| (6000.0 * (2.0 * std::f64::consts::PI * 440.0 * n as f64 / 8000.0).sin()) as i16)
        .collect();
    mulaw::encode(&samples)
}

async fn talk(mut stream: MediaStream, client: Client) {
    let call_sid = stream.start().call_sid.clone();
    while let Some(Ok(event)) = stream.recv().await {
        match event {
            // What a model would say back; here, the caller's own voice.
            Event::Media(media) if media.payload.iter().any(|b| *b != 0xFF) => {
                let _ = stream.send_audio(&media.payload).await;
            }
            Event::Dtmf(dtmf) if dtmf.digit == "1" => {
                // A long answer, handed over at once: the session paces it.
                let _ = stream.send_audio(&tone(3000)).await;
            }
            Event::Dtmf(dtmf) if dtmf.digit == "*" => {
                // Barge-in: drop what is queued here and at Twilio.
                let _ = stream.clear().await;
            }
            Event::Dtmf(dtmf) if dtmf.digit == "#" => {
                let _ = stream.send_audio(&tone(400)).await;
                // Hanging up now would cut the goodbye off: wait until it has played.
                let _ = stream.mark("goodbye").await;
                let _ = client
                    .calls()
                    .update(&call_sid)
                    .status("completed")
                    .send()
                    .await;
                return;
            }
            Event::Stop(_) => return,
            _ => {}
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let mut verifier = WebhookVerifier::new(std::env::var("TWILIO_AUTH_TOKEN")?);
    if let Ok(public_url) = std::env::var("PUBLIC_URL") {
        verifier = verifier.public_base_url(&public_url)?;
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
    println!("agent on http://127.0.0.1:3000/agent/voice");
    axum::serve(listener, router(Agent { verifier, client })).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use twilio_calls::CallStatus;
    use twilio_calls_fake::transcript::EndReason;
    use twilio_calls_fake::{FakeTwilio, IncomingNumber, Lifecycle};

    use super::*;

    async fn call_the_agent() -> (FakeTwilio, twilio_calls_fake::Caller) {
        let fake = FakeTwilio::builder()
            .lifecycle(Lifecycle::manual())
            .start()
            .await
            .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let agent = Agent {
            verifier: WebhookVerifier::new(fake.auth_token()),
            client: fake.client(),
        };
        tokio::spawn(async move { axum::serve(listener, router(agent)).await });
        fake.add_number(
            IncomingNumber::new("+15551230000").voice_url(format!("{base}/agent/voice")),
        );
        let call = fake
            .incoming_call("+15550001111", "+15551230000")
            .await
            .unwrap();
        (fake, call)
    }

    #[tokio::test]
    async fn the_caller_hears_themselves_and_the_whole_goodbye_before_the_hang_up() {
        let (fake, mut call) = call_the_agent().await;
        call.expect_say("Connecting you to the agent")
            .await
            .unwrap();
        call.send_audio(&[0x42; 1600]).await.unwrap(); // 200 ms of "speech"
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(
            call.heard_audio().iter().filter(|b| **b == 0x42).count(),
            1600
        );
        let pressed = Instant::now();
        call.press("#").await.unwrap();
        let ended = call.expect_hangup().await.unwrap();
        assert_eq!(ended.reason, EndReason::Api);
        // All 400 ms of the goodbye reached the caller before the call ended.
        let goodbye = tone(400);
        let heard = call.heard_audio();
        assert!(heard.ends_with(&goodbye), "{} bytes heard", heard.len());
        assert!(pressed.elapsed() >= Duration::from_millis(380));
        let status = fake.call(call.call_sid()).unwrap().status;
        assert_eq!(status, Some(CallStatus::Completed));
    }

    #[tokio::test]
    async fn star_cuts_the_agent_off() {
        let (_fake, mut call) = call_the_agent().await;
        call.expect_say("Connecting").await.unwrap();
        // Three seconds of announcement, interrupted after about half a second.
        call.press("1").await.unwrap();
        tokio::time::sleep(Duration::from_millis(500)).await;
        call.press("*").await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let heard = call.heard_audio().len();
        tokio::time::sleep(Duration::from_millis(300)).await;
        // Nothing more arrives after the clear, and most of it was never played.
        assert_eq!(call.heard_audio().len(), heard);
        assert!((3_000..12_000).contains(&heard), "{heard} bytes heard");
        call.hang_up().await.unwrap();
    }
}
