//! A voice agent on ConversationRelay in axum: Twilio does the speech recognition and the
//! text-to-speech; the agent answers what the caller says (a few rules stand in for an LLM,
//! streamed token by token), and hands the caller to a person when asked, with
//! `HandoffData` that the `<Connect>`'s action turns into a `<Dial>`. Its tests (at the
//! bottom) call it through FakeTwilio.
//!
//! ```text
//! TWILIO_AUTH_TOKEN=… PUBLIC_URL=https://agent.example.com \
//!     cargo run --example conversation_relay_agent --features axum
//! cargo test --example conversation_relay_agent --features axum
//! ```

use axum::Router;
use axum::response::Response;
use axum::routing::{get, post};
use twilio_calls::conversation_relay::axum::{ConversationRelay, ConversationRelayUpgrade};
use twilio_calls::conversation_relay::{Event, Text};
use twilio_calls::twiml::{Connect, ConversationRelay as Relay, Dial, VoiceResponse};
use twilio_calls::webhook::axum::{Verified, WebhookVerifier};

/// Who takes a caller who asks for a person.
pub const HUMANS: &str = "+15558675310";

pub fn router(verifier: WebhookVerifier) -> Router {
    Router::new()
        .route("/relay/voice", post(voice))
        .route("/relay/ws", get(relay))
        .route("/relay/done", post(done))
        .with_state(verifier)
}

async fn voice(Verified(_): Verified<Vec<(String, String)>>) -> VoiceResponse {
    VoiceResponse::new().connect(
        Connect::new().action("/relay/done").conversation_relay(
            Relay::new()
                .url("/relay/ws")
                .welcome_greeting("Hi, this is Acme. How can I help?")
                .dtmf_detection(true),
        ),
    )
}

async fn relay(upgrade: ConversationRelayUpgrade) -> Response {
    upgrade.on_session(agent)
}

/// An answer, streamed as an LLM would: word by word, the last one marked.
async fn answer(session: &mut ConversationRelay, text: &str) {
    let words: Vec<&str> = text.split_inclusive(' ').collect();
    for (i, word) in words.iter().enumerate() {
        let token = Text::new(*word).last(i + 1 == words.len());
        if session.send(token).await.is_err() {
            return;
        }
    }
}

async fn agent(mut session: ConversationRelay) {
    while let Some(Ok(event)) = session.recv().await {
        match event {
            Event::Prompt(prompt) => {
                let said = prompt.voice_prompt.to_lowercase();
                if said.contains("person") || said.contains("agent") {
                    let handoff = r#"{"reason":"caller asked for a person"}"#;
                    let _ = session.end(handoff.to_owned()).await;
                    return;
                } else if said.contains("hours") || said.contains("open") {
                    answer(&mut session, "We are open nine to five, Monday to Friday.").await;
                } else {
                    answer(
                        &mut session,
                        "Sorry, I can tell you our hours, or find you a person.",
                    )
                    .await;
                }
            }
            Event::Dtmf(dtmf) if dtmf.digit == "0" => {
                let _ = session.end(None).await;
                return;
            }
            _ => {}
        }
    }
}

/// After the session: a person if the agent handed the caller over.
async fn done(Verified(params): Verified<Vec<(String, String)>>) -> VoiceResponse {
    let handoff = params.iter().any(|(k, _)| k == "HandoffData");
    if handoff {
        VoiceResponse::new()
            .say("Connecting you to a person.")
            .dial(Dial::to(HUMANS))
    } else {
        VoiceResponse::new().say("Goodbye.").hangup()
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut verifier = WebhookVerifier::new(std::env::var("TWILIO_AUTH_TOKEN")?);
    if let Ok(public_url) = std::env::var("PUBLIC_URL") {
        verifier = verifier.public_base_url(&public_url)?;
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
    println!("agent on http://127.0.0.1:3000/relay/voice");
    axum::serve(listener, router(verifier)).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use twilio_calls_fake::{Caller, DialOutcome, FakeTwilio, IncomingNumber, Lifecycle};

    use super::*;

    async fn call_the_agent() -> (FakeTwilio, Caller) {
        let fake = FakeTwilio::builder()
            .lifecycle(Lifecycle::manual())
            .start()
            .await
            .unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app = router(WebhookVerifier::new(fake.auth_token()));
        tokio::spawn(async move { axum::serve(listener, app).await });
        fake.add_number(
            IncomingNumber::new("+15551230000").voice_url(format!("{base}/relay/voice")),
        );
        let call = fake
            .incoming_call("+15550001111", "+15551230000")
            .await
            .unwrap();
        (fake, call)
    }

    #[tokio::test]
    async fn it_answers_then_hands_over_to_a_person() {
        let (_fake, mut call) = call_the_agent().await;
        call.expect_say("Hi, this is Acme").await.unwrap();
        call.speak("When are you open?").await.unwrap();
        // The tokens, assembled into what the caller hears.
        call.expect_say("We are open nine to five, Monday to Friday.")
            .await
            .unwrap();
        call.speak("Can I talk to a person?").await.unwrap();
        call.expect_say("Connecting you to a person").await.unwrap();
        let dialed = call.expect_dial().await.unwrap();
        assert_eq!(dialed.numbers, [HUMANS]);
        call.dial_outcome(DialOutcome::Answered {
            talk_for: std::time::Duration::from_secs(60),
        })
        .await
        .unwrap();
        call.expect_hangup().await.unwrap();
    }

    #[tokio::test]
    async fn zero_ends_the_session_and_the_call() {
        let (_fake, mut call) = call_the_agent().await;
        call.expect_say("Hi, this is Acme").await.unwrap();
        call.press("0").await.unwrap();
        call.expect_say("Goodbye").await.unwrap();
        call.expect_hangup().await.unwrap();
    }
}
