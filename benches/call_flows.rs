//! What a scripted call flow costs, measured side by side in one run.
//!
//! `cargo bench --bench call_flows --features axum` serves a small axum voice app on
//! loopback (each answer a `<Say>` and a `<Gather>` whose action is the next step) and:
//! - runs a **20-step flow** (ten times: `expect_say`, then `press`) through FakeTwilio with
//!   the scripted caller, many times over: the median time per flow, and the share of it
//!   spent in the app's HTTP exchanges (request out, answer read, as the transcript's
//!   `Exchange::took` measures them) and inside the app's handler itself;
//! - runs **1,000 scripted calls at once** through one fake (each: the greeting, a key, the
//!   answer, the hang-up): the wall time, the calls per second, the peak of the live heap
//!   (a counting allocator around `System`) and the process's peak RSS (`VmHWM`, app
//!   included).
//!
//! `-- --quick` runs few rounds and 100 calls (CI).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::State;
use axum::http::Uri;
use axum::routing::post;
use twilio_calls::twiml::{Gather, VoiceResponse};
use twilio_calls::webhook::axum::{Verified, WebhookVerifier};
use twilio_calls_fake::transcript::Step;
use twilio_calls_fake::{FakeTwilio, IncomingNumber, Lifecycle};

#[path = "support/counting.rs"]
mod counting;

use counting::{Counting, peak_above, reset_peak};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const NUMBER: &str = "+15551230000";
const STEPS: u32 = 10;

#[derive(Clone)]
struct App {
    verifier: WebhookVerifier,
    /// Nanoseconds spent inside the handler (signature check and TwiML included).
    handling: Arc<AtomicU64>,
}

impl axum::extract::FromRef<App> for WebhookVerifier {
    fn from_ref(app: &App) -> Self {
        app.verifier.clone()
    }
}

/// Step `n` of the flow: say it, gather a key, go to step `n + 1`; after the last, hang up.
async fn step(
    State(app): State<App>,
    uri: Uri,
    Verified(_): Verified<Vec<(String, String)>>,
) -> VoiceResponse {
    let started = Instant::now();
    let n: u32 = uri
        .query()
        .and_then(|q| q.strip_prefix("n="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let twiml = if n >= STEPS {
        VoiceResponse::new().say("Goodbye.").hangup()
    } else {
        VoiceResponse::new().say(format!("Step {n}.")).gather(
            Gather::new()
                .num_digits(1)
                .action(format!("/step?n={}", n + 1)),
        )
    };
    app.handling
        .fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
    twiml
}

async fn serve(fake: &FakeTwilio) -> (String, Arc<AtomicU64>) {
    let handling = Arc::new(AtomicU64::new(0));
    let app = App {
        verifier: WebhookVerifier::new(fake.auth_token()),
        handling: handling.clone(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let router = Router::new().route("/step", post(step)).with_state(app);
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (base, handling)
}

/// One 20-step flow; returns the real time spent in its HTTP exchanges.
async fn flow(fake: &FakeTwilio) -> Duration {
    let mut call = fake.incoming_call("+15550001111", NUMBER).await.unwrap();
    for n in 0..STEPS {
        call.expect_say(&format!("Step {n}.")).await.unwrap();
        call.press("1").await.unwrap();
    }
    call.expect_say("Goodbye.").await.unwrap();
    call.expect_hangup().await.unwrap();
    call.transcript()
        .steps
        .iter()
        .map(|s| match s {
            Step::Request(r) => r.took,
            _ => Duration::ZERO,
        })
        .sum()
}

/// A short call: greeting, one key, the answer, the hang-up.
async fn short_call(fake: Arc<FakeTwilio>) {
    let mut call = fake.incoming_call("+15550001111", NUMBER).await.unwrap();
    call.expect_say("Step 0.").await.unwrap();
    call.press("1").await.unwrap();
    call.expect_say("Step 1.").await.unwrap();
    call.hang_up().await.unwrap();
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

#[tokio::main]
async fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let (rounds, concurrent) = if quick { (5, 100) } else { (101, 1000) };

    let fake = FakeTwilio::builder()
        .lifecycle(Lifecycle::manual())
        .start()
        .await
        .unwrap();
    let (base, handling) = serve(&fake).await;
    fake.add_number(IncomingNumber::new(NUMBER).voice_url(format!("{base}/step")));

    // Warm up connections and code paths.
    flow(&fake).await;
    handling.store(0, Ordering::Relaxed);
    let mut times = Vec::with_capacity(rounds);
    let mut in_http = Duration::ZERO;
    let mut total = Duration::ZERO;
    for _ in 0..rounds {
        let started = Instant::now();
        in_http += flow(&fake).await;
        let took = started.elapsed();
        total += took;
        times.push(took);
    }
    times.sort();
    let in_handler = Duration::from_nanos(handling.load(Ordering::Relaxed));
    println!(
        "20-step flow ({} requests), {rounds} rounds: median {:.2} ms per flow (min {:.2}, max {:.2}); \
         {:.0}% of it in the app's HTTP exchanges, {:.1}% inside its handler",
        STEPS + 1,
        times[rounds / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[rounds - 1].as_secs_f64() * 1e3,
        100.0 * in_http.as_secs_f64() / total.as_secs_f64(),
        100.0 * in_handler.as_secs_f64() / total.as_secs_f64(),
    );

    let fake = Arc::new(fake);
    let before = reset_peak();
    let started = Instant::now();
    let calls: Vec<_> = (0..concurrent)
        .map(|_| tokio::spawn(short_call(fake.clone())))
        .collect();
    for call in calls {
        call.await.unwrap();
    }
    let took = started.elapsed();
    let heap = peak_above(before);
    println!(
        "{concurrent} concurrent scripted calls (4 steps, 2 requests each): {:.2} s, {:.0} calls/s; \
         peak live heap +{:.1} MiB; peak RSS {} MiB (process, app included)",
        took.as_secs_f64(),
        concurrent as f64 / took.as_secs_f64(),
        heap as f64 / (1024.0 * 1024.0),
        peak_rss_kib().map_or_else(|| "?".to_owned(), |k| (k / 1024).to_string()),
    );
    assert_eq!(fake.calls().len(), concurrent + rounds + 1);
}
