//! The quick start: one call's whole life, from creation to the 404 after deletion.
//!
//! ```text
//! cargo run --example quickstart
//! ```
//!
//! Without `TWILIO_ACCOUNT_SID` in the environment it runs against `FakeTwilio`, a local
//! Calls API started in-process: nothing is dialled and nothing is billed. With
//! `TWILIO_BASE_URL` on this machine (the exports of `calls serve-fake`), it runs against
//! that fake, with the credentials the environment gives; an origin elsewhere (Twilio, or a
//! proxy to it) needs `--live` like Twilio itself. It places a call
//! with status callbacks to a receiver it runs, prints each callback as it arrives (after
//! verifying its signature), lists and streams calls, hangs the call up, deletes it and shows
//! the 404 that follows.
//!
//! Against real Twilio it needs `--live` and both numbers, so it never places a real call by
//! accident (credentials come from `TWILIO_ACCOUNT_SID`/`TWILIO_AUTH_TOKEN`):
//!
//! ```text
//! cargo run --example quickstart -- --live --to +15558675310 --from +15017122661
//! ```
//!
//! Live, status callbacks would need a public URL, so it polls the call instead, and it
//! keeps the call record rather than deleting it.

// The fake is its own crate; in your own tests, add it as a dev-dependency:
// `twilio-calls-fake = "…"` and `use twilio_calls_fake::FakeTwilio;`.
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{HeaderMap, Uri};
use clap::Parser;
use futures_util::TryStreamExt;
use tokio::sync::mpsc;
use twilio_calls::webhook::RequestValidator;
use twilio_calls::{Call, CallStatus, Client};
use twilio_calls_fake::{FakeTwilio, Lifecycle};

/// One call's whole life, against a local fake Twilio unless `--live`.
#[derive(Parser)]
struct Args {
    /// Place a real call with the credentials in TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.
    #[arg(long, requires_all = ["to", "from"])]
    live: bool,
    /// The number to call (E.164), with --live.
    #[arg(long)]
    to: Option<String>,
    /// Your Twilio number to call from (E.164), with --live.
    #[arg(long)]
    from: Option<String>,
}

/// A status callback as the receiver saw it.
struct Heard {
    params: Vec<(String, String)>,
    verified: bool,
}

impl Heard {
    fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

#[tokio::main]
async fn main() {
    if let Err(e) = run(Args::parse()).await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

async fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    if args.live {
        let (to, from) = (args.to.unwrap_or_default(), args.from.unwrap_or_default());
        return live(Client::from_env()?, &to, &from).await;
    }
    // `calls serve-fake`'s exports (or another fake's on this machine): nothing is dialled,
    // whatever the account SID says.
    let base_url = std::env::var("TWILIO_BASE_URL").ok();
    if let Some(url) = base_url.filter(|url| is_loopback(url)) {
        println!(
            "TWILIO_BASE_URL is {url}, on this machine: running against that fake (nothing is \
             dialled or billed)."
        );
        let token = std::env::var("TWILIO_AUTH_TOKEN").unwrap_or_default();
        return tour(&Client::from_env()?, &token).await;
    }
    if std::env::var_os("TWILIO_ACCOUNT_SID").is_some() {
        eprintln!(
            "TWILIO_ACCOUNT_SID is set, so this would place a real call.\n\
             Add --live --to <number> --from <your Twilio number> to do that, or unset\n\
             TWILIO_ACCOUNT_SID to run against the local fake."
        );
        std::process::exit(2);
    }

    // Calls wait a moment, ring for a second, then stay connected until hung up.
    let lifecycle = Lifecycle::timed(Duration::from_millis(300), Duration::from_secs(1), None);
    let fake = FakeTwilio::builder().lifecycle(lifecycle).start().await?;
    println!(
        "No TWILIO_ACCOUNT_SID set: using a local fake Twilio at {} (nothing is dialled or billed).",
        fake.base_url()
    );
    tour(&fake.client(), fake.auth_token()).await
}

/// Whether an API origin is on this machine (`localhost`, `127.x.x.x`, `[::1]`), where
/// `calls serve-fake` and other fakes listen. Anything else, Twilio or a proxy to it, may
/// place real calls.
fn is_loopback(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split('/').next().unwrap_or_default();
    if authority.starts_with("[::1]") {
        return true;
    }
    let host = authority.split(':').next().unwrap_or_default();
    host == "localhost"
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// One call's whole life on a fake Twilio whose callbacks are signed with `auth_token`.
async fn tour(client: &Client, auth_token: &str) -> Result<(), Box<dyn std::error::Error>> {
    let (callback_url, mut heard) = receive_callbacks(auth_token).await?;

    let call = client
        .calls()
        .create()
        .to("+15558675310")
        .from("+15005550006")
        // The fake runs this once the call is answered: the pause keeps it in progress
        // until the quick start hangs up.
        .twiml("<Response><Say>Hello from twilio-calls!</Say><Pause length=\"30\"/></Response>")
        .status_callback(&callback_url)
        .status_callback_event(["initiated", "ringing", "answered", "completed"])
        .send()
        .await?;
    let sid = call.sid.clone();
    println!(
        "\n1. Created {sid} to {}: {}",
        show(&call.to),
        show_status(&call)
    );

    println!("2. Status callbacks, as they arrive at {callback_url}:");
    while let Some(callback) = next(&mut heard).await {
        print_callback(&callback);
        if callback.param("CallStatus") == "in-progress" {
            break;
        }
    }

    let page = client.calls().list().page_size(20).send().await?;
    println!(
        "3. Listed {} call(s) on the first page; streaming them:",
        page.items.len()
    );
    let mut calls = client.calls().list().limit(5).stream();
    while let Some(call) = calls.try_next().await? {
        println!("     {} {}", call.sid, show_status(&call));
    }

    // What happens inside the call: a recording, started and stopped through its handler.
    let recordings = client.calls().recordings(&sid);
    let recording = recordings
        .create()
        .recording_channels("dual")
        .send()
        .await?;
    println!(
        "4. Started recording {} ({}, {} channels)",
        recording.sid,
        show(&recording.status.as_ref().map(ToString::to_string)),
        recording.channels.unwrap_or(1)
    );
    tokio::time::sleep(Duration::from_secs(1)).await; // a short conversation
    let stopped = recordings
        .update(&recording.sid)
        .status("stopped")
        .send()
        .await?;
    println!(
        "   Stopped it: {}",
        show(&stopped.status.as_ref().map(ToString::to_string))
    );

    let call = hang_up(client, &sid).await?;
    println!(
        "5. Hung up: {}, {} s",
        show_status(&call),
        call.duration_secs().unwrap_or(0)
    );
    if let Some(callback) = next(&mut heard).await {
        print_callback(&callback);
    }

    client.calls().delete(&sid).send().await?;
    match client.calls().fetch(&sid).send().await {
        Err(e) if e.api().is_some_and(|api| api.status == 404) => {
            println!("6. Deleted it; fetching it again: {e}");
        }
        other => return Err(format!("expected a 404 after deleting, got {other:?}").into()),
    }

    println!(
        "\nNext: place a real call with\n  \
         TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… cargo run --example quickstart -- --live --to <number> --from <your Twilio number>\n\
         or install the `calls` CLI (`cargo install --path cli`) and run the fake for other tools with `calls serve-fake`."
    );
    Ok(())
}

/// Starts a local receiver; returns its URL and the callbacks it hears, signatures checked.
async fn receive_callbacks(
    auth_token: &str,
) -> std::io::Result<(String, mpsc::UnboundedReceiver<Heard>)> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/status", listener.local_addr()?);
    let (tx, rx) = mpsc::unbounded_channel();
    let validator = RequestValidator::new(auth_token);
    let origin = url.trim_end_matches("/status").to_owned();
    let app = axum::Router::new().route(
        "/status",
        axum::routing::post(move |uri: Uri, headers: HeaderMap, body: Bytes| {
            let verified = validator
                .verify(&format!("{origin}{uri}"), &headers, &body)
                .is_ok();
            let params = form_urlencoded::parse(&body).into_owned().collect();
            let _ = tx.send(Heard { params, verified });
            async { "" }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((url, rx))
}

async fn next(heard: &mut mpsc::UnboundedReceiver<Heard>) -> Option<Heard> {
    tokio::time::timeout(Duration::from_secs(10), heard.recv())
        .await
        .ok()
        .flatten()
}

fn print_callback(callback: &Heard) {
    let duration = match callback.param("CallDuration") {
        "" => String::new(),
        seconds => format!(", {seconds} s"),
    };
    println!(
        "     #{} {}{duration} ({})",
        callback.param("SequenceNumber"),
        callback.param("CallStatus"),
        if callback.verified {
            "signature verified"
        } else {
            "SIGNATURE INVALID"
        }
    );
}

async fn hang_up(client: &Client, sid: &str) -> Result<Call, twilio_calls::Error> {
    client.calls().update(sid).status("completed").send().await
}

fn show(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("?")
}

fn show_status(call: &Call) -> String {
    call.status
        .as_ref()
        .map_or_else(|| "?".to_owned(), CallStatus::to_string)
}

/// `--live`: a real call, followed by polling, hung up after it is answered.
async fn live(client: Client, to: &str, from: &str) -> Result<(), Box<dyn std::error::Error>> {
    let call = client
        .calls()
        .create()
        .to(to)
        .from(from)
        .twiml("<Response><Say>Hello from twilio-calls!</Say><Pause length=\"5\"/></Response>")
        .send()
        .await?;
    let sid = call.sid.clone();
    println!("Placed {sid} to {to}: {}", show_status(&call));
    let mut last = call.status.clone();
    for _ in 0..120 {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let call = client.calls().fetch(&sid).send().await?;
        if call.status != last {
            println!("  now {}", show_status(&call));
            last = call.status.clone();
        }
        match call.status {
            Some(CallStatus::InProgress) => {
                let call = hang_up(&client, &sid).await?;
                println!("Hung up: {}", show_status(&call));
                break;
            }
            Some(CallStatus::Queued | CallStatus::Ringing) => {}
            _ => break,
        }
    }
    println!(
        "The call record is kept: see it with `calls fetch --sid {sid}` (`cargo install --path cli`)."
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::is_loopback;

    #[test]
    fn only_origins_on_this_machine_count_as_a_fake() {
        assert!(is_loopback("http://127.0.0.1:4010"));
        assert!(is_loopback("http://localhost:4010/"));
        assert!(is_loopback("http://[::1]:4010"));
        assert!(!is_loopback("https://api.twilio.com"));
        assert!(!is_loopback("https://twilio-proxy.internal:8443"));
        assert!(!is_loopback("http://127.0.0.1.example.com"));
        assert!(!is_loopback(""));
    }
}
