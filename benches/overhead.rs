//! Per-request overhead: `fetch` and `create` through the SDK versus a hand-written
//! `reqwest` + `serde_json` request that sends the same bytes (headers and body captured from
//! the SDK) and decodes into the same `Call`, against the same in-process canned server, with
//! keep-alive on both sides.
//!
//! Run: `cargo bench --bench overhead` (quick mode: `-- --quick`). Criterion measures each
//! side on its own; the SDK/raw ratios printed at the end come from interleaved batches (SDK,
//! raw, raw, SDK, …), the median of the per-round ratios, so that a shared, noisy machine
//! slows both sides alike.

#[path = "support/raw.rs"]
mod raw;
#[path = "support/server.rs"]
mod server;

use std::hint::black_box;
use std::time::Instant;

use criterion::Criterion;
use raw::{Raw, create};
use server::CALL_SID;

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
    let (_server_runtime, runtime, base) = server::in_background();

    let sdk = server::client(&base).build().unwrap();
    let raw = runtime.block_on(Raw::new(&base));
    // Both decode the same call.
    runtime.block_on(async {
        let by_sdk = sdk.calls().fetch(CALL_SID).send().await.unwrap();
        assert_eq!(by_sdk, raw.fetch().await);
        assert_eq!(create(&sdk).send().await.unwrap(), raw.create().await);
    });

    let mut group = c.benchmark_group("fetch");
    group.bench_function("sdk", |b| {
        b.to_async(&runtime)
            .iter(|| async { black_box(sdk.calls().fetch(CALL_SID).send().await.unwrap()) })
    });
    group.bench_function("raw", |b| {
        b.to_async(&runtime)
            .iter(|| async { black_box(raw.fetch().await) })
    });
    group.finish();

    let mut group = c.benchmark_group("create");
    group.bench_function("sdk", |b| {
        b.to_async(&runtime)
            .iter(|| async { black_box(create(&sdk).send().await.unwrap()) })
    });
    group.bench_function("raw", |b| {
        b.to_async(&runtime)
            .iter(|| async { black_box(raw.create().await) })
    });
    group.finish();

    // `OVERHEAD_LOOP=fetch-sdk` (or fetch-raw, create-sdk, create-raw) makes 20,000 requests
    // of that kind and exits: a steady loop to run under `perf stat` or `perf record`.
    if let Ok(which) = std::env::var("OVERHEAD_LOOP") {
        runtime.block_on(async {
            for _ in 0..20_000 {
                match which.as_str() {
                    "fetch-sdk" => drop(black_box(sdk.calls().fetch(CALL_SID).send().await)),
                    "fetch-raw" => drop(black_box(raw.fetch().await)),
                    "create-sdk" => drop(black_box(create(&sdk).send().await)),
                    "create-raw" => drop(black_box(raw.create().await)),
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
        || raw.fetch(),
    );
    let create = interleaved_ratio(&runtime, rounds, || create(&sdk).send(), || raw.create());
    for (name, (median, q1, q3), target) in [("fetch", fetch, 1.05), ("create", create, 1.10)] {
        println!(
            "{name}: SDK/raw = {median:.3} (interquartile {q1:.3}-{q3:.3}, {rounds} interleaved rounds of 200; target <= {target})"
        );
    }
    client_validation_cost(&runtime, &base, rounds);
}

/// What Public Key Client Validation adds to a request (an RSA-2048 signature over the
/// request's hash, per attempt): the same fetch signed and unsigned with the same API key,
/// interleaved; and the added time per request, from the medians of the batches.
fn client_validation_cost(runtime: &tokio::runtime::Runtime, base: &str, rounds: usize) {
    let keyed = || {
        twilio_calls::Client::builder()
            .account_sid(server::ACCOUNT)
            .api_key("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "bench-key-secret")
            .base_url(base)
    };
    let private_pem = twilio_calls::client_validation::KeyPairPem::generate()
        .unwrap()
        .private_pem;
    let unsigned = keyed().build().unwrap();
    let signed = keyed()
        .client_validation("CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", private_pem)
        .build()
        .unwrap();
    let (median, q1, q3) = interleaved_ratio(
        runtime,
        rounds,
        || signed.calls().fetch(CALL_SID).send(),
        || unsigned.calls().fetch(CALL_SID).send(),
    );
    let per_request = |client: &twilio_calls::Client| {
        let mut times: Vec<f64> = (0..rounds.min(20))
            .map(|_| batch(runtime, &mut || client.calls().fetch(CALL_SID).send()) / 200.0)
            .collect();
        times.sort_by(f64::total_cmp);
        times[times.len() / 2]
    };
    let added = per_request(&signed) - per_request(&unsigned);
    println!(
        "fetch signed for client validation / unsigned = {median:.3} (interquartile {q1:.3}-{q3:.3}, {rounds} interleaved rounds of 200); about {:.0} µs added per request",
        added * 1e6
    );
}
