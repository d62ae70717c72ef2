//! Per-request overhead: `fetch` and `create` through the SDK versus a hand-written
//! `reqwest` + `serde_json` request that sends the same bytes (headers and body captured from
//! the SDK) and decodes into the same `Call`, against the same in-process canned server, with
//! keep-alive on both sides.
//!
//! Run: `cargo bench --bench overhead` (quick mode: `-- --quick`). Criterion measures each
//! side on its own; the SDK/raw ratios printed at the end come from interleaved batches (SDK,
//! raw, raw, SDK, …), the median of the per-round ratios, so that a shared, noisy machine
//! slows both sides alike.

#[path = "support/server.rs"]
mod server;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use server::{ACCOUNT, CALL_SID, TOKEN};
use twilio_calls::{Call, Client};

const TO: &str = "+15558675310";
const FROM: &str = "+15017122661";
const URL: &str = "https://example.com/twiml";

/// The raw baseline: one `reqwest` client sending `headers` on every request.
struct Raw {
    http: reqwest::Client,
    headers: HeaderMap,
    call_url: String,
    list_url: String,
}

impl Raw {
    async fn fetch(&self) -> Call {
        let response = self
            .http
            .get(&self.call_url)
            .headers(self.headers.clone())
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
    }

    async fn create(&self, body: &'static str) -> Call {
        let response = self
            .http
            .post(&self.list_url)
            .headers(self.headers.clone())
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
    }
}

fn header_map(pairs: &[(String, String)]) -> HeaderMap {
    pairs
        .iter()
        .map(|(name, value)| {
            let name = HeaderName::from_bytes(name.as_bytes()).unwrap();
            (name, HeaderValue::from_str(value).unwrap())
        })
        .collect()
}

fn create(client: &Client) -> twilio_calls::CreateCall {
    client.calls().create().to(TO).from(FROM).url(URL)
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    let quick = std::env::args().any(|a| a == "--quick");
    overhead(&mut criterion, if quick { 10 } else { 60 });
    criterion.final_summary();
}

/// The median over `rounds` of (time of a batch through the SDK) / (time of the same batch
/// raw), batches alternating which side goes first.
fn interleaved_ratio<A, B>(
    runtime: &tokio::runtime::Runtime,
    rounds: usize,
    mut sdk: impl FnMut() -> A,
    mut raw: impl FnMut() -> B,
) -> (f64, f64, f64)
where
    A: Future,
    B: Future,
{
    let mut ratios: Vec<f64> = (0..rounds)
        .map(|round| {
            if round % 2 == 0 {
                let s = batch(runtime, &mut sdk);
                s / batch(runtime, &mut raw)
            } else {
                let r = batch(runtime, &mut raw);
                batch(runtime, &mut sdk) / r
            }
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    let at = |q: f64| ratios[((ratios.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.25), at(0.75))
}

/// Seconds taken by 200 requests made one after the other.
fn batch<F: Future>(runtime: &tokio::runtime::Runtime, request: &mut impl FnMut() -> F) -> f64 {
    let started = Instant::now();
    runtime.block_on(async {
        for _ in 0..200 {
            black_box(request().await);
        }
    });
    started.elapsed().as_secs_f64()
}

fn overhead(c: &mut Criterion, rounds: usize) {
    // The server has its own thread, so that the client's runtime measures only the client.
    let server_runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let addr = server_runtime.block_on(server::start(server::Config {
        total: 0,
        latency: Duration::ZERO,
    }));
    let base = format!("http://{addr}");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();

    let (fetch_headers, _) = runtime.block_on(server::sdk_request(|client| async move {
        let _ = client.calls().fetch(CALL_SID).send().await;
    }));
    let (create_headers, create_body) =
        runtime.block_on(server::sdk_request(|client| async move {
            let _ = create(&client).send().await;
        }));
    let create_body: &'static str = create_body.leak();
    assert_eq!(
        create_body,
        "From=%2B15017122661&To=%2B15558675310&Url=https%3A%2F%2Fexample.com%2Ftwiml"
    );

    let sdk = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(&base)
        .build()
        .unwrap();
    let http = reqwest::Client::builder()
        .connect_timeout(twilio_calls::DEFAULT_CONNECT_TIMEOUT)
        .timeout(twilio_calls::DEFAULT_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let list_url = format!("{base}/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    let raw_fetch = Raw {
        http: http.clone(),
        headers: header_map(&fetch_headers),
        call_url: format!("{base}/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL_SID}.json"),
        list_url: list_url.clone(),
    };
    let raw_create = Raw {
        http,
        headers: header_map(&create_headers),
        call_url: raw_fetch.call_url.clone(),
        list_url,
    };
    // Both decode the same call.
    runtime.block_on(async {
        let by_sdk = sdk.calls().fetch(CALL_SID).send().await.unwrap();
        assert_eq!(by_sdk, raw_fetch.fetch().await);
        assert_eq!(
            create(&sdk).send().await.unwrap(),
            raw_create.create(create_body).await
        );
    });

    let mut group = c.benchmark_group("fetch");
    group.bench_function("sdk", |b| {
        b.to_async(&runtime)
            .iter(|| async { black_box(sdk.calls().fetch(CALL_SID).send().await.unwrap()) })
    });
    group.bench_function("raw", |b| {
        b.to_async(&runtime)
            .iter(|| async { black_box(raw_fetch.fetch().await) })
    });
    group.finish();

    let mut group = c.benchmark_group("create");
    group.bench_function("sdk", |b| {
        b.to_async(&runtime)
            .iter(|| async { black_box(create(&sdk).send().await.unwrap()) })
    });
    group.bench_function("raw", |b| {
        b.to_async(&runtime)
            .iter(|| async { black_box(raw_create.create(create_body).await) })
    });
    group.finish();

    // `OVERHEAD_LOOP=fetch-sdk` (or fetch-raw, create-sdk, create-raw) makes 20,000 requests
    // of that kind and exits: a steady loop to run under `perf stat` or `perf record`.
    if let Ok(which) = std::env::var("OVERHEAD_LOOP") {
        runtime.block_on(async {
            for _ in 0..20_000 {
                match which.as_str() {
                    "fetch-sdk" => drop(black_box(sdk.calls().fetch(CALL_SID).send().await)),
                    "fetch-raw" => drop(black_box(raw_fetch.fetch().await)),
                    "create-sdk" => drop(black_box(create(&sdk).send().await)),
                    "create-raw" => drop(black_box(raw_create.create(create_body).await)),
                    other => panic!("unknown OVERHEAD_LOOP {other}"),
                }
            }
        });
        return;
    }
    let fetch = interleaved_ratio(
        &runtime,
        rounds,
        || sdk.calls().fetch(CALL_SID).send(),
        || raw_fetch.fetch(),
    );
    let create = interleaved_ratio(
        &runtime,
        rounds,
        || create(&sdk).send(),
        || raw_create.create(create_body),
    );
    for (name, (median, q1, q3), target) in [("fetch", fetch, 1.05), ("create", create, 1.10)] {
        println!(
            "{name}: SDK/raw = {median:.3} (interquartile {q1:.3}-{q3:.3}, {rounds} interleaved rounds of 200; target <= {target})"
        );
    }
}
