//! Real-time voice end to end: axum apps on the SDK's `MediaStreamUpgrade` and
//! `ConversationRelayUpgrade`, called by FakeTwilio over real WebSockets (plain `ws://` on
//! loopback), with the scripted caller on the other end.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocketUpgrade};
use axum::response::Response;
use axum::routing::{get, post};
use twilio_calls::conversation_relay::Event as RelayEvent;
use twilio_calls::conversation_relay::axum::{ConversationRelay, ConversationRelayUpgrade};
use twilio_calls::media_stream::axum::{MediaStream, MediaStreamUpgrade};
use twilio_calls::media_stream::{Event, Track};
use twilio_calls::twiml::VoiceResponse;
use twilio_calls::webhook::axum::{Verified, WebhookVerifier};
use twilio_calls_fake::transcript::{EndReason, Step};
use twilio_calls_fake::{Caller, FakeTwilio, IncomingNumber, Lifecycle};

const TOKEN: &str = "0123456789abcdef0123456789abcdef";
const NUMBER: &str = "+15551230000";

/// What the app saw, for the tests to check.
#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<String>>>);

impl Seen {
    fn push(&self, line: impl Into<String>) {
        self.0.lock().unwrap().push(line.into());
    }

    fn lines(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

#[derive(Clone)]
struct App {
    verifier: WebhookVerifier,
    seen: Seen,
}

impl axum::extract::FromRef<App> for WebhookVerifier {
    fn from_ref(app: &App) -> Self {
        app.verifier.clone()
    }
}

fn twiml(
    xml: &'static str,
) -> impl Fn() -> std::future::Ready<([(&'static str, &'static str); 1], &'static str)> + Clone {
    move || std::future::ready(([("content-type", "text/xml")], xml))
}

/// The voice app: TwiML routes, a Media Streams agent at `/media` (echo with a goodbye
/// that waits for its mark), a listener at `/listen` (unidirectional), and a
/// ConversationRelay agent at `/relay`.
async fn start_app(token: &str) -> (String, Seen) {
    let seen = Seen::default();
    let app = App {
        verifier: WebhookVerifier::new(token),
        seen: seen.clone(),
    };
    let router = Router::new()
        .route(
            "/connect-stream",
            post(twiml(
                "<Response><Say>Connecting.</Say><Connect action=\"/after\"><Stream url=\"/media\">\
                 <Parameter name=\"tenant\" value=\"acme\"/></Stream></Connect><Say>Not reached.</Say></Response>",
            )),
        )
        .route(
            "/start-stream",
            post(twiml(
                "<Response><Start><Stream url=\"/listen\" name=\"listen\" track=\"both_tracks\">\
                 <Parameter name=\"who\" value=\"bob\"/></Stream></Start>\
                 <Gather numDigits=\"1\" action=\"/after\" timeout=\"2\"><Say>Speak, then press a key.</Say></Gather>\
                 <Say>Nothing pressed.</Say></Response>",
            )),
        )
        .route(
            "/connect-relay",
            post(twiml(
                "<Response><Connect action=\"/relay-done\"><ConversationRelay url=\"/relay\" \
                 welcomeGreeting=\"Hi, I am the Acme agent.\" dtmfDetection=\"true\">\
                 <Parameter name=\"customer\" value=\"Ada\"/></ConversationRelay></Connect></Response>",
            )),
        )
        .route(
            "/bad-frames",
            post(twiml(
                "<Response><Connect><Stream url=\"/rude\"/></Connect><Say>After the rude app.</Say></Response>",
            )),
        )
        .route(
            "/talks-back",
            post(twiml(
                "<Response><Start><Stream url=\"/rude\"/></Start><Pause length=\"1\"/><Say>Done.</Say></Response>",
            )),
        )
        .route(
            "/bad-relay",
            post(twiml(
                "<Response><Connect action=\"/relay-done\"><ConversationRelay url=\"/babble\"/></Connect></Response>",
            )),
        )
        .route("/rude", get(rude))
        .route("/babble", get(babble))
        .route("/after", post(after))
        .route("/relay-done", post(relay_done))
        .route("/media", get(media))
        .route("/listen", get(listen))
        .route("/relay", get(relay))
        .with_state(app);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (base, seen)
}

async fn after(
    State(app): State<App>,
    Verified(params): Verified<Vec<(String, String)>>,
) -> VoiceResponse {
    let digits = params.iter().find(|(k, _)| k == "Digits");
    app.seen.push(format!(
        "after Digits={}",
        digits.map_or("", |(_, v)| v.as_str())
    ));
    VoiceResponse::new().say("Back in TwiML.").hangup()
}

async fn relay_done(
    State(app): State<App>,
    Verified(params): Verified<Vec<(String, String)>>,
) -> VoiceResponse {
    let mut keys: Vec<String> = params
        .iter()
        .filter(|(k, _)| k.starts_with("Session") || k == "HandoffData" || k == "CallStatus")
        .map(|(k, v)| {
            if k == "SessionId" || k == "SessionDuration" {
                k.clone()
            } else {
                format!("{k}={v}")
            }
        })
        .collect();
    keys.sort();
    app.seen.push(format!("relay-done {}", keys.join(" ")));
    VoiceResponse::new().say("A person will take it from here.")
}

async fn media(State(app): State<App>, upgrade: MediaStreamUpgrade) -> Response {
    upgrade.on_stream(move |stream| echo(stream, app.seen))
}

/// Echoes what the caller says; on `#` says goodbye (audio, then a mark), waits until the
/// goodbye has played, and closes; on `*` interrupts itself with a clear.
async fn echo(mut stream: MediaStream, seen: Seen) {
    let start = stream.start().clone();
    seen.push(format!(
        "start {} {} tracks={:?} tenant={:?}",
        start.call_sid,
        start.stream_sid,
        start.tracks,
        start.custom_parameter("tenant")
    ));
    while let Some(event) = stream.recv().await {
        match event {
            Ok(Event::Media(media)) => {
                if media.payload.iter().any(|b| *b != 0xFF) {
                    stream.send_audio(&media.payload).await.unwrap();
                }
            }
            Ok(Event::Dtmf(dtmf)) => {
                seen.push(format!("dtmf {}", dtmf.digit));
                if dtmf.digit == "*" {
                    // A long answer, then barge-in.
                    stream.send_audio(&[0x10; 8000]).await.unwrap();
                    let cut = stream.mark("long answer");
                    stream.clear().await.unwrap();
                    seen.push(format!("long answer {:?}", cut.await.unwrap()));
                }
                if dtmf.digit == "#" {
                    stream.send_audio(&[0x20; 800]).await.unwrap(); // 100 ms of goodbye
                    let started = std::time::Instant::now();
                    let outcome = stream.mark("goodbye").await.unwrap();
                    seen.push(format!(
                        "goodbye {outcome:?} after {} ms",
                        started.elapsed().as_millis() / 10 * 10
                    ));
                    stream.close().await;
                    return;
                }
            }
            Ok(Event::Stop(_)) => {
                seen.push("stop");
                return;
            }
            Ok(_) => {}
            Err(e) => seen.push(format!("error {e}")),
        }
    }
}

async fn listen(State(app): State<App>, upgrade: MediaStreamUpgrade) -> Response {
    upgrade.on_stream(move |mut stream| async move {
        let start = stream.start().clone();
        app.seen.push(format!(
            "listen tracks={:?} who={:?}",
            start.tracks,
            start.custom_parameter("who")
        ));
        let mut loud = 0;
        while let Some(Ok(event)) = stream.recv().await {
            match event {
                Event::Media(media)
                    if media.track == Track::Inbound
                        && media.payload.iter().any(|b| *b != 0xFF) =>
                {
                    loud += 1;
                }
                Event::Stop(_) => {
                    app.seen
                        .push(format!("listen stop, {loud} loud inbound frames"));
                    return;
                }
                _ => {}
            }
        }
    })
}

/// A Media Streams app that breaks the protocol (a raw socket: the SDK's session writes
/// only valid messages): a binary frame, text that is not JSON, a mark for another stream,
/// a valid mark; then it closes.
async fn rude(ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(|mut socket| async move {
        let mut sid = String::new();
        while let Some(Ok(Message::Text(text))) = socket.recv().await {
            if let Ok(Event::Start(start)) = Event::parse(text.as_str()) {
                sid = start.stream_sid;
                break;
            }
        }
        let mark = |sid: &str, name: &str| {
            Message::Text(
                twilio_calls::media_stream::Command::mark(sid, name)
                    .to_json()
                    .into(),
            )
        };
        let _ = socket.send(Message::Binary(vec![1, 2, 3].into())).await;
        let _ = socket.send(Message::Binary(vec![4].into())).await;
        let _ = socket.send(Message::Text("{not json".into())).await;
        let _ = socket
            .send(mark("MZ00000000000000000000000000000000", "elsewhere"))
            .await;
        let _ = socket.send(mark(&sid, "fine")).await;
        tokio::time::sleep(Duration::from_millis(100)).await;
        let _ = socket.send(Message::Close(None)).await;
    })
}

/// A ConversationRelay app that sends one bad message, reads Twilio's `error`, then sends
/// ten more bad ones and waits for Twilio to close the socket (a raw socket).
async fn babble(State(app): State<App>, ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(move |mut socket| async move {
        let _setup = socket.recv().await;
        let _ = socket
            .send(Message::Text(r#"{"type":"shout"}"#.into()))
            .await;
        if let Some(Ok(Message::Text(text))) = socket.recv().await
            && let Ok(RelayEvent::Error(error)) = RelayEvent::parse(text.as_str())
        {
            app.seen.push(format!("error back: {}", error.description));
        }
        for _ in 0..10 {
            let _ = socket.send(Message::Text("not json".into())).await;
        }
        while let Some(Ok(message)) = socket.recv().await {
            if let Message::Close(Some(frame)) = message {
                app.seen
                    .push(format!("closed {} {}", frame.code, frame.reason));
            }
        }
    })
}

async fn relay(State(app): State<App>, upgrade: ConversationRelayUpgrade) -> Response {
    upgrade.on_session(move |session| agent(session, app.seen))
}

async fn agent(mut session: ConversationRelay, seen: Seen) {
    let setup = session.setup().clone();
    seen.push(format!(
        "setup {} customer={:?}",
        setup.direction,
        setup.custom_parameter("customer")
    ));
    while let Some(Ok(event)) = session.recv().await {
        match event {
            RelayEvent::Prompt(prompt) => {
                seen.push(format!("prompt {}", prompt.voice_prompt));
                if prompt.voice_prompt.contains("person") {
                    session
                        .end(r#"{"reason":"wants a person"}"#.to_owned())
                        .await
                        .unwrap();
                    return;
                }
                // An answer in three tokens.
                for (token, last) in [
                    ("Our hours ", false),
                    ("are nine ", false),
                    ("to five.", true),
                ] {
                    session
                        .send(twilio_calls::conversation_relay::Text::new(token).last(last))
                        .await
                        .unwrap();
                }
            }
            RelayEvent::Dtmf(dtmf) => seen.push(format!("dtmf {}", dtmf.digit)),
            RelayEvent::Interrupt(interrupt) => seen.push(format!(
                "interrupt {:?}",
                interrupt.utterance_until_interrupt
            )),
            RelayEvent::Error(error) => seen.push(format!("error {}", error.description)),
            _ => {}
        }
    }
}

async fn call(path: &str) -> (FakeTwilio, Caller, Seen) {
    let fake = FakeTwilio::builder()
        .auth_token(TOKEN)
        .lifecycle(Lifecycle::manual())
        .start()
        .await
        .unwrap();
    let (base, seen) = start_app(TOKEN).await;
    fake.add_number(IncomingNumber::new(NUMBER).voice_url(format!("{base}{path}")));
    let caller = fake.incoming_call("+15550001111", NUMBER).await.unwrap();
    (fake, caller, seen)
}

async fn eventually(seen: &Seen, what: &str) -> String {
    for _ in 0..300 {
        if let Some(line) = seen.lines().into_iter().find(|l| l.contains(what)) {
            return line;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the app never saw {what:?}: {:?}", seen.lines());
}

#[tokio::test]
async fn a_bidirectional_stream_echoes_marks_and_waits_for_its_goodbye() {
    let (fake, mut call, seen) = call("/connect-stream").await;
    call.expect_say("Connecting").await.unwrap();
    // What the caller says comes back as what the caller hears, at 8,000 bytes a second.
    call.send_audio(&[0x55; 800]).await.unwrap();
    let start = eventually(&seen, "start").await;
    assert!(start.contains(call.call_sid()), "{start}");
    assert!(
        start.contains("tracks=[Inbound]") && start.contains("tenant=Some(\"acme\")"),
        "{start}"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let heard = call.heard_audio();
    assert_eq!(
        heard.iter().filter(|b| **b == 0x55).count(),
        800,
        "{} bytes heard",
        heard.len()
    );
    // Barge-in: the long answer is cleared, its mark comes back as cleared at once.
    call.press("*").await.unwrap();
    let cut = eventually(&seen, "long answer").await;
    assert_eq!(cut, "long answer Cleared");
    assert!(call.heard_audio().iter().filter(|b| **b == 0x10).count() < 8000);
    // The goodbye: its mark is echoed only once its 100 ms have played.
    call.press("#").await.unwrap();
    let goodbye = eventually(&seen, "goodbye").await;
    assert!(goodbye.starts_with("goodbye Played after"), "{goodbye}");
    let waited: u64 = goodbye.rsplit(' ').nth(1).unwrap().parse().unwrap();
    assert!(waited >= 80, "{goodbye}");
    // The app closed the stream: <Connect> ends, its action runs.
    call.expect_say("Back in TwiML").await.unwrap();
    call.expect_hangup().await.unwrap();
    assert_eq!(
        call.heard_audio().iter().filter(|b| **b == 0x20).count(),
        800
    );
    assert!(eventually(&seen, "dtmf #").await.contains('#'));
    // The stream is a Streams resource of the call, stopped now.
    let stream_sid = start.split(' ').nth(2).unwrap();
    assert!(
        stream_sid.starts_with("MZ") && stream_sid.len() == 34,
        "{start}"
    );
    let stopped = fake
        .client()
        .calls()
        .streams(call.call_sid())
        .update(stream_sid)
        .status("stopped")
        .send()
        .await
        .unwrap();
    assert!(
        format!("{:?}", stopped.status).contains("Stopped"),
        "{stopped:?}"
    );
}

#[tokio::test]
async fn the_caller_hanging_up_stops_the_stream() {
    let (_fake, mut call, seen) = call("/connect-stream").await;
    call.expect_say("Connecting").await.unwrap();
    eventually(&seen, "start").await;
    call.hang_up().await.unwrap();
    eventually(&seen, "stop").await;
    let ended = call.expect_end_for_tests().await;
    assert_eq!(ended, EndReason::CallerHungUp);
}

#[tokio::test]
async fn a_unidirectional_stream_carries_both_tracks_and_stops_with_the_call() {
    let (_fake, mut call, seen) = call("/start-stream").await;
    call.expect_say("Speak, then press a key").await.unwrap();
    call.send_audio(&[0x33; 480]).await.unwrap(); // 60 ms
    let listen = eventually(&seen, "listen tracks").await;
    assert_eq!(
        listen,
        "listen tracks=[Inbound, Outbound] who=Some(\"bob\")"
    );
    call.press("5").await.unwrap();
    call.expect_say("Back in TwiML").await.unwrap();
    call.expect_hangup().await.unwrap();
    let stop = eventually(&seen, "listen stop").await;
    assert_eq!(stop, "listen stop, 3 loud inbound frames");
    assert!(eventually(&seen, "after").await.contains("Digits=5"));
}

#[tokio::test]
async fn conversation_relay_end_to_end() {
    let (_fake, mut call, seen) = call("/connect-relay").await;
    call.expect_say("Hi, I am the Acme agent").await.unwrap();
    assert_eq!(
        eventually(&seen, "setup").await,
        "setup inbound customer=Some(\"Ada\")"
    );
    call.speak("When are you open?").await.unwrap();
    call.expect_say("Our hours are nine to five.")
        .await
        .unwrap();
    // Speaking over the answer interrupts it: what was heard so far (50 ms a character).
    call.wait(Duration::from_millis(300)).await.unwrap();
    call.speak("Sorry, and on Sundays?").await.unwrap();
    let interrupt = eventually(&seen, "interrupt").await;
    assert!(interrupt.starts_with("interrupt \"Our"), "{interrupt}");
    call.expect_say("Our hours are nine to five.")
        .await
        .unwrap();
    call.press("3").await.unwrap();
    eventually(&seen, "dtmf 3").await;
    call.speak("Let me talk to a person").await.unwrap();
    call.expect_say("A person will take it from here")
        .await
        .unwrap();
    let done = eventually(&seen, "relay-done").await;
    assert_eq!(
        done,
        "relay-done CallStatus=in-progress HandoffData={\"reason\":\"wants a person\"} SessionDuration SessionId SessionStatus=ended"
    );
}

#[tokio::test]
async fn a_bad_signature_is_refused_before_the_socket_opens() {
    // The fake signs with another token than the app verifies with.
    let fake = FakeTwilio::builder()
        .auth_token("another-token")
        .lifecycle(Lifecycle::manual())
        .start()
        .await
        .unwrap();
    let (base, seen) = start_app(TOKEN).await;
    let created = fake
        .client()
        .calls()
        .create()
        .to("+15558675310")
        .from(NUMBER)
        .twiml(format!(
            "<Response><Connect><Stream url=\"{}/media\"/></Connect><Say>Stream failed.</Say></Response>",
            base.replacen("http", "ws", 1)
        ))
        .send()
        .await
        .unwrap();
    let mut call = fake.answer(&created.sid).await.unwrap();
    call.expect_say("Stream failed").await.unwrap();
    assert!(seen.lines().is_empty(), "{:?}", seen.lines());
    let notices: Vec<String> = call
        .transcript()
        .steps
        .iter()
        .filter_map(|s| match s {
            Step::Notice(n) => Some(format!("{:?} {}", n.code, n.message)),
            _ => None,
        })
        .collect();
    assert!(
        notices
            .iter()
            .any(|n| n.starts_with("Some(31920)") && n.contains("403")),
        "{notices:?}"
    );
}

/// Caller helper for these tests: the end, whatever ended it.
trait EndForTests {
    async fn expect_end_for_tests(&mut self) -> EndReason;
}

impl EndForTests for Caller {
    async fn expect_end_for_tests(&mut self) -> EndReason {
        loop {
            match self.next_step().await.unwrap() {
                Step::End(ended) => return ended.reason,
                _ => continue,
            }
        }
    }
}

fn notices(call: &Caller) -> Vec<String> {
    call.transcript()
        .steps
        .iter()
        .filter_map(|s| match s {
            Step::Notice(n) => Some(format!("{} {}", n.code.unwrap_or(0), n.message)),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn what_twilio_would_refuse_on_a_stream_is_logged_with_its_code() {
    let (fake, mut call, _seen) = call("/bad-frames").await;
    call.expect_say("After the rude app").await.unwrap();
    let logged = notices(&call);
    let count = |code: &str| logged.iter().filter(|n| n.starts_with(code)).count();
    assert_eq!(count("31950"), 1, "binary frames, once: {logged:?}");
    assert_eq!(
        count("31951"),
        2,
        "not JSON, another stream's SID: {logged:?}"
    );
    // The call's notifications list them too.
    let codes = common::fake::notification_codes(&fake.client(), call.call_sid()).await;
    assert!(
        codes.contains(&"31950".to_owned()) && codes.contains(&"31951".to_owned()),
        "{codes:?}"
    );

    // Anything sent back on a unidirectional stream is 31924, once.
    let (_fake, mut call, _seen) = self::call("/talks-back").await;
    call.expect_say("Done").await.unwrap();
    call.expect_hangup().await.unwrap();
    let logged = notices(&call);
    assert_eq!(
        logged.iter().filter(|n| n.starts_with("31924")).count(),
        1,
        "{logged:?}"
    );
}

#[tokio::test]
async fn a_relay_app_that_babbles_gets_errors_then_is_closed() {
    let (_fake, mut call, seen) = call("/bad-relay").await;
    call.expect_say("A person will take it from here")
        .await
        .unwrap();
    let back = eventually(&seen, "error back").await;
    assert!(
        back.contains("Invalid message received: {\"type\":\"shout\"}"),
        "{back}"
    );
    assert_eq!(
        eventually(&seen, "closed").await,
        "closed 1007 Too many consecutive malformed messages"
    );
    let done = eventually(&seen, "relay-done").await;
    assert!(done.contains("SessionStatus=failed"), "{done}");
    let logged = notices(&call);
    // The shout and nine more: the tenth in a row closes the socket.
    assert_eq!(
        logged.iter().filter(|n| n.starts_with("64107")).count(),
        10,
        "{logged:?}"
    );
    assert!(logged.iter().any(|n| n.starts_with("64105")), "{logged:?}");
}

#[tokio::test]
async fn a_stream_created_through_the_rest_api_opens_and_stops() {
    let fake = FakeTwilio::builder()
        .auth_token(TOKEN)
        .lifecycle(Lifecycle::manual())
        .start()
        .await
        .unwrap();
    let (base, seen) = start_app(TOKEN).await;
    let created = fake
        .client()
        .calls()
        .create()
        .to("+15558675310")
        .from(NUMBER)
        .twiml("<Response><Pause length=\"600\"/></Response>")
        .send()
        .await
        .unwrap();
    let mut call = fake.answer(&created.sid).await.unwrap();
    // The SDK sends only wss:// URLs, as Twilio takes; the fake also takes ws:// on
    // loopback, so this request is written by hand.
    let path = format!(
        "/2010-04-01/Accounts/{}/Calls/{}/Streams.json",
        fake.account_sid(),
        created.sid
    );
    let url = format!("{}/listen", base.replacen("http", "ws", 1));
    let account = fake.account_sid();
    let auth = Some((account.as_str(), fake.auth_token()));
    let (status, _, body) = common::fake::raw(
        &fake,
        reqwest::Method::POST,
        &path,
        auth,
        &[
            ("Url", url.as_str()),
            ("Track", "inbound_track"),
            ("Parameter1.Name", "who"),
            ("Parameter1.Value", "rest"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        eventually(&seen, "listen tracks").await,
        "listen tracks=[Inbound] who=Some(\"rest\")"
    );
    call.send_audio(&[0x44; 320]).await.unwrap();
    let stream = body["sid"].as_str().unwrap();
    let stop = format!(
        "/2010-04-01/Accounts/{}/Calls/{}/Streams/{stream}.json",
        fake.account_sid(),
        created.sid
    );
    let (status, _, body) = common::fake::raw(
        &fake,
        reqwest::Method::POST,
        &stop,
        auth,
        &[("Status", "stopped")],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        eventually(&seen, "listen stop").await,
        "listen stop, 2 loud inbound frames"
    );
    call.hang_up().await.unwrap();
}
