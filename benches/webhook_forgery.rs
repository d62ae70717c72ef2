//! What refusing a forged webhook costs a service, against refusing the same request
//! unsigned, measured side by side in one run.
//!
//! `cargo bench --bench webhook_forgery --features axum` serves `Verified<Vec<(String,
//! String)>>` with the default `WebhookVerifier` on loopback and sends, interleaved:
//! - a 1.9 MB form of 210,000 parameters with a bogus `X-Twilio-Signature` (forged), and the
//!   same body with none (unsigned);
//! - a 50 KB form of 5,500 parameters (under the default limit), forged and unsigned;
//! - a genuine signed form of 25 parameters (0.3 KB).
//!
//! Then it calls `RequestValidator::verify` directly on the 1.9 MB body, the work a service
//! would do with its limit raised, against parsing that form once. For each: the median time
//! and the peak of the live heap above what it was before (a counting allocator around
//! `System`), and the ratio forged/unsigned. `-- --quick` runs few rounds (CI).
//!
//! Uses only APIs that predate the body limit, so the same file measures an older commit.

use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::post;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use twilio_calls::webhook::axum::{Verified, WebhookVerifier};
use twilio_calls::webhook::{RequestValidator, SIGNATURE_HEADER};

#[path = "support/counting.rs"]
mod counting;

use counting::{Counting, peak_above, reset_peak};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const TOKEN: &str = "the-auth-token";
const BOGUS: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAA=";

/// A form of `n` distinct parameters of 9 bytes each with their `&` (`k00001=v&…`):
/// 210,000 of them are 1.89 MB, under axum's own 2 MiB default limit.
fn form(n: usize) -> String {
    (0..n)
        .map(|i| format!("k{i:05}=v"))
        .collect::<Vec<_>>()
        .join("&")
}

/// One measurement: median time and the largest peak of the live heap over `rounds`.
struct Measured {
    median: Duration,
    peak_bytes: usize,
    status: String,
}

async fn measure<F, Fut>(rounds: usize, mut run: F) -> Measured
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = String>,
{
    let mut times = Vec::with_capacity(rounds);
    let mut peak_bytes = 0;
    let mut status = String::new();
    for _ in 0..rounds {
        let before = reset_peak();
        let start = Instant::now();
        status = run().await;
        times.push(start.elapsed());
        peak_bytes = peak_bytes.max(peak_above(before));
    }
    times.sort();
    Measured {
        median: times[times.len() / 2],
        peak_bytes,
        status,
    }
}

fn row(name: &str, forged: &Measured, baseline: &str, unsigned: &Measured) {
    println!(
        "{name:<34} forged {:>9.3} ms {:>8} KiB [{}]   {baseline} {:>9.3} ms {:>8} KiB [{}]   \
         time ratio {:>6.2}x",
        forged.median.as_secs_f64() * 1e3,
        forged.peak_bytes / 1024,
        forged.status,
        unsigned.median.as_secs_f64() * 1e3,
        unsigned.peak_bytes / 1024,
        unsigned.status,
        forged.median.as_secs_f64() / unsigned.median.as_secs_f64()
    );
}

async fn handler(Verified(params): Verified<Vec<(String, String)>>) -> String {
    params.len().to_string()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let rounds = if quick { 3 } else { 21 };

    let app = Router::new()
        .route("/hooks", post(handler))
        .with_state(WebhookVerifier::new(TOKEN));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let client = reqwest::Client::new();
    let send = |body: String, signature: Option<String>| {
        let mut request = client
            .post(&url)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body);
        if let Some(signature) = signature {
            request = request.header(SIGNATURE_HEADER, signature);
        }
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16().to_string();
            let _ = response.bytes().await;
            status
        }
    };

    println!(
        "refusing a request through Verified<_> on loopback (server and client in this process)"
    );
    for (name, n) in [
        ("1.9 MB body, 210,000 parameters", 210_000),
        ("50 KB body, 5,500 parameters", 5_500),
    ] {
        let body = form(n);
        let mut forged = None;
        let mut unsigned = None;
        // Interleaved, so that both see the same machine.
        for _ in 0..2 {
            unsigned = Some(measure(rounds, || send(body.clone(), None)).await);
            forged = Some(measure(rounds, || send(body.clone(), Some(BOGUS.into()))).await);
        }
        row(name, &forged.unwrap(), "unsigned", &unsigned.unwrap());
    }
    let validator = RequestValidator::new(TOKEN);
    let genuine = form(25);
    let signature = validator.sign(&url, form_urlencoded::parse(genuine.as_bytes()));
    let accepted = measure(rounds, || send(genuine.clone(), Some(signature.clone()))).await;
    println!(
        "{:<34} {:>9.3} ms {:>8} KiB [{}]",
        "a genuine 0.3 KB callback",
        accepted.median.as_secs_f64() * 1e3,
        accepted.peak_bytes / 1024,
        accepted.status
    );

    println!("RequestValidator::verify on the 1.9 MB body, as with the limit raised");
    let body = form(210_000);
    let mut headers = HeaderMap::new();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/x-www-form-urlencoded"),
    );
    headers.insert(SIGNATURE_HEADER, HeaderValue::from_static(BOGUS));
    let mut forged = None;
    let mut unsigned = None;
    for _ in 0..2 {
        unsigned = Some(
            measure(rounds, || async {
                format!("{} pairs", form_urlencoded::parse(body.as_bytes()).count())
            })
            .await,
        );
        forged = Some(
            measure(rounds, || async {
                format!("{:?}", validator.verify(&url, &headers, body.as_bytes()))
            })
            .await,
        );
    }
    row(
        "verify(1.9 MB, 210,000 parameters)",
        &forged.unwrap(),
        "parsing the form once",
        &unsigned.unwrap(),
    );
}
