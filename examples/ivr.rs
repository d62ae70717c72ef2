//! An IVR in axum: a menu that loops until the caller chooses, a transfer to sales that
//! falls back to voicemail when sales is busy or does not answer, and voicemail. Every
//! request is checked for Twilio's signature. Its tests (at the bottom) call it through
//! FakeTwilio with a scripted caller: no Twilio account, no tunnel, no phone.
//!
//! ```text
//! TWILIO_AUTH_TOKEN=… PUBLIC_URL=https://ivr.example.com cargo run --example ivr --features axum
//! cargo test --example ivr --features axum
//! calls simulate http://127.0.0.1:3000/ivr/voice --press 1     # with TWILIO_AUTH_TOKEN set
//! ```
//!
//! Point a number's voice URL at `{PUBLIC_URL}/ivr/voice`.

use axum::Router;
use axum::http::Uri;
use axum::routing::post;
use twilio_calls::HttpMethod;
use twilio_calls::twiml::{Dial, Gather, Number, Record, Redirect, Say, VoiceResponse};
use twilio_calls::webhook::axum::{Verified, WebhookVerifier};

/// The routes, all under `/ivr`: `voice` (the menu), `menu` (the choice), `dial-done` (after
/// the transfer), `recorded` (after voicemail).
pub fn router(verifier: WebhookVerifier) -> Router {
    Router::new()
        .route("/ivr/voice", post(voice))
        .route("/ivr/menu", post(menu))
        .route("/ivr/dial-done", post(dial_done))
        .route("/ivr/recorded", post(recorded))
        .with_state(verifier)
}

/// The sales line a transfer rings.
pub const SALES: &str = "+15558675310";

fn param<'a>(params: &'a [(String, String)], name: &str) -> &'a str {
    params
        .iter()
        .find(|(key, _)| key == name)
        .map_or("", |(_, value)| value)
}

/// The menu, offered three times before giving up (`?attempt=N` counts).
async fn voice(uri: Uri, Verified(_): Verified<Vec<(String, String)>>) -> VoiceResponse {
    let attempt: u32 = form_urlencoded::parse(uri.query().unwrap_or("").as_bytes())
        .find(|(key, _)| key == "attempt")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(1);
    if attempt > 3 {
        return VoiceResponse::new().say("Goodbye.").hangup();
    }
    let mut twiml = VoiceResponse::new();
    if attempt == 1 {
        twiml = twiml.say(Say::new("Welcome to Acme.").voice("Polly.Amy"));
    }
    twiml
        .gather(
            Gather::new()
                .num_digits(1)
                .action("/ivr/menu")
                .say("For sales, press 1. To leave a message, press 2."),
        )
        .say("We did not get your choice.")
        .redirect(Redirect::new(format!("/ivr/voice?attempt={}", attempt + 1)))
}

async fn menu(Verified(params): Verified<Vec<(String, String)>>) -> VoiceResponse {
    match param(&params, "Digits") {
        "1" => VoiceResponse::new().say("Connecting you to sales.").dial(
            Dial::new()
                .action("/ivr/dial-done")
                .timeout(20)
                .number(Number::new(SALES)),
        ),
        "2" => voicemail(VoiceResponse::new()),
        _ => VoiceResponse::new()
            .say("Sorry, that is not an option.")
            .redirect(Redirect::new("/ivr/voice").method(HttpMethod::Post)),
    }
}

fn voicemail(twiml: VoiceResponse) -> VoiceResponse {
    twiml
        .say("Please leave a message after the beep. Press the pound key when done.")
        .record(
            Record::new()
                .action("/ivr/recorded")
                .max_length(120)
                .finish_on_key("#"),
        )
}

async fn dial_done(Verified(params): Verified<Vec<(String, String)>>) -> VoiceResponse {
    match param(&params, "DialCallStatus") {
        "completed" => VoiceResponse::new()
            .say("Thank you for calling Acme.")
            .hangup(),
        _ => voicemail(VoiceResponse::new().say("Sales is not available.")),
    }
}

async fn recorded(Verified(params): Verified<Vec<(String, String)>>) -> VoiceResponse {
    let seconds = param(&params, "RecordingDuration");
    VoiceResponse::new()
        .say(format!("We got your {seconds} second message. Goodbye."))
        .hangup()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let token = std::env::var("TWILIO_AUTH_TOKEN")?;
    let mut verifier = WebhookVerifier::new(token);
    if let Ok(public_url) = std::env::var("PUBLIC_URL") {
        verifier = verifier.public_base_url(&public_url)?;
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
    println!("IVR on http://127.0.0.1:3000/ivr/voice");
    axum::serve(listener, router(verifier)).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use twilio_calls::CallStatus;
    use twilio_calls_fake::transcript::EndReason;
    use twilio_calls_fake::{Caller, DialOutcome, FakeTwilio, IncomingNumber};

    use super::*;

    /// The app on a free port, and a fake Twilio whose number sends calls to it, signing
    /// with the same auth token the app verifies with.
    async fn call_the_ivr() -> (FakeTwilio, Caller) {
        let fake = FakeTwilio::start().await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let app = router(WebhookVerifier::new(fake.auth_token()));
        tokio::spawn(async move { axum::serve(listener, app).await });
        fake.add_number(IncomingNumber::new("+15551230000").voice_url(format!("{base}/ivr/voice")));
        let call = fake
            .incoming_call("+15550001111", "+15551230000")
            .await
            .unwrap();
        (fake, call)
    }

    #[tokio::test]
    async fn sales_answers_and_the_call_ends_with_thanks() {
        let (fake, mut call) = call_the_ivr().await;
        call.expect_say("Welcome to Acme").await.unwrap();
        call.expect_say("For sales, press 1").await.unwrap();
        call.press("1").await.unwrap();
        call.expect_say("Connecting you to sales").await.unwrap();
        let dialed = call.expect_dial().await.unwrap();
        assert_eq!(dialed.numbers, [SALES]);
        call.dial_outcome(DialOutcome::Answered {
            talk_for: Duration::from_secs(90),
        })
        .await
        .unwrap();
        call.expect_say("Thank you for calling Acme").await.unwrap();
        let ended = call.expect_hangup().await.unwrap();
        assert_eq!(ended.reason, EndReason::Hangup);
        // The transfer is a child call the REST API lists.
        let leg = fake.call(&dialed.call_sids[0]).unwrap();
        assert_eq!(leg.parent_call_sid.as_deref(), Some(call.call_sid()));
        assert_eq!(leg.duration.as_deref(), Some("90"));
    }

    #[tokio::test]
    async fn a_busy_sales_line_goes_to_voicemail() {
        let (_fake, mut call) = call_the_ivr().await;
        call.press("1").await.unwrap();
        call.expect_dial().await.unwrap();
        call.dial_outcome(DialOutcome::Busy).await.unwrap();
        call.expect_record().await.unwrap();
        call.speak("Hi, it's Bob. Call me back.").await.unwrap();
        call.wait(Duration::from_secs(4)).await.unwrap();
        call.press("#").await.unwrap();
        let said = call.expect_say("We got your 4 second message").await;
        assert!(said.is_ok(), "{}", call.transcript());
    }

    #[tokio::test]
    async fn the_menu_repeats_then_says_goodbye() {
        let (fake, mut call) = call_the_ivr().await;
        call.expect_say("Welcome").await.unwrap();
        for _ in 0..3 {
            call.expect_say("For sales").await.unwrap();
            call.expect_say("We did not get your choice").await.unwrap();
        }
        call.expect_say("Goodbye").await.unwrap();
        let ended = call.expect_hangup().await.unwrap();
        // Three five-second timeouts, on the call's clock: the test takes milliseconds.
        assert_eq!(ended.at, Duration::from_secs(15));
        assert_eq!(
            fake.call(call.call_sid()).unwrap().status,
            Some(CallStatus::Completed)
        );
    }
}
