//! Whole workloads in separate processes, for wall time and peak memory.
//!
//! `cargo bench --bench workloads` runs the pagination benchmark: streaming 10k, 100k and 1M
//! calls in pages of 1,000 through the SDK (with and without prefetch) and through a raw
//! `reqwest` loop, then 100k calls with 20 ms of server latency per page and 20 µs of consumer
//! work per call. `-- --quick` runs tiny sizes (CI). Each client runs in a process of its own
//! and reports its peak RSS (`VmHWM`), so the server's memory is not counted.
//!
//! The same binary is the building block of `benches/peers/run.sh`:
//! - `workloads serve [--total N] [--latency-ms L]` prints its base URL and serves the canned
//!   answers of `support/server.rs` until killed;
//! - `workloads run --client sdk|raw --workload fetch|create|stream --base URL [--n N]
//!   [--concurrency C] [--page-size P] [--no-prefetch] [--work-us W]` runs one workload and
//!   prints one JSON line: `{"client", "workload", "n", "seconds", "peak_rss_kib"}`.

#[path = "support/raw.rs"]
mod raw;
#[path = "support/server.rs"]
mod server;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{StreamExt, TryStreamExt};
use raw::{Raw, create};
use server::CALL_SID;

fn main() {
    // `cargo bench` passes `--bench`; it means nothing here.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let flags = Flags(args.clone());
    match args.first().map(String::as_str) {
        Some("serve") => serve(&flags),
        Some("run") => run(&flags),
        _ => pagination(flags.has("--quick")),
    }
}

/// `--name value` command-line flags.
struct Flags(Vec<String>);

impl Flags {
    fn get(&self, name: &str) -> Option<&str> {
        let at = self.0.iter().position(|a| a == name)?;
        self.0.get(at + 1).map(String::as_str)
    }

    fn number(&self, name: &str, default: usize) -> usize {
        self.get(name).map_or(default, |v| v.parse().expect(name))
    }

    fn has(&self, name: &str) -> bool {
        self.0.iter().any(|a| a == name)
    }
}

/// One thread for request workloads (as Node and Python run); two workers for streams, so
/// that a page can be fetched while the consumer's work keeps the other busy, as under
/// `#[tokio::main]`.
fn runtime(workload: &str) -> tokio::runtime::Runtime {
    let mut builder = if workload == "stream" {
        let mut builder = tokio::runtime::Builder::new_multi_thread();
        builder.worker_threads(2);
        builder
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    builder.enable_all().build().unwrap()
}

fn serve(flags: &Flags) {
    let config = server::Config {
        total: flags.number("--total", 100_000),
        latency: Duration::from_millis(flags.number("--latency-ms", 0) as u64),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let addr = server::start(config).await;
        println!("http://{addr}");
        std::future::pending::<()>().await;
    });
}

/// Peak resident memory of this process (Linux's `VmHWM`), in KiB.
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Spins for `work` (CPU work of the consumer on each call; sleeping would let the runtime
/// do other work meanwhile, which a real consumer's computation does not).
fn work(work: Duration) {
    if work.is_zero() {
        return;
    }
    let start = Instant::now();
    while start.elapsed() < work {
        std::hint::spin_loop();
    }
}

fn run(flags: &Flags) {
    let client_kind = flags.get("--client").expect("--client sdk|raw");
    let workload = flags
        .get("--workload")
        .expect("--workload fetch|create|stream");
    let base = flags.get("--base").expect("--base URL").to_owned();
    let n = flags.number("--n", 2000);
    let concurrency = flags.number("--concurrency", 32);
    let page_size = flags.number("--page-size", 1000);
    let per_call = Duration::from_micros(flags.number("--work-us", 0) as u64);
    let prefetch = !flags.has("--no-prefetch");
    let runtime = runtime(workload);
    let seconds = runtime.block_on(async {
        let sdk = server::client(&base).build().unwrap();
        let raw = Raw::new(&base).await;
        let started = Instant::now();
        let done = match (client_kind, workload) {
            ("sdk", "fetch") => {
                for _ in 0..n {
                    sdk.calls().fetch(CALL_SID).send().await.unwrap();
                }
                n
            }
            ("raw", "fetch") => {
                for _ in 0..n {
                    raw.fetch().await;
                }
                n
            }
            ("sdk", "create") => futures_util::stream::iter(0..n)
                .map(|_| create(&sdk).send())
                .buffer_unordered(concurrency)
                .try_fold(0, |count, _| async move { Ok(count + 1) })
                .await
                .unwrap(),
            ("raw", "create") => {
                futures_util::stream::iter(0..n)
                    .map(|_| raw.create())
                    .buffer_unordered(concurrency)
                    .fold(0, |count, _| async move { count + 1 })
                    .await
            }
            ("sdk", "stream") => {
                let list = sdk.calls().list().page_size(page_size as u32);
                let mut calls = list.prefetch(prefetch).stream();
                let mut count = 0;
                while let Some(call) = calls.try_next().await.unwrap() {
                    std::hint::black_box(&call);
                    work(per_call);
                    count += 1;
                }
                count
            }
            ("raw", "stream") => {
                raw.stream(page_size, |call| {
                    std::hint::black_box(call);
                    work(per_call);
                })
                .await
            }
            other => panic!("unknown client and workload {other:?}"),
        };
        assert_eq!(done, n, "{client_kind} {workload}");
        started.elapsed().as_secs_f64()
    });
    println!(
        "{{\"client\": \"{client_kind}\", \"workload\": \"{workload}\", \"n\": {n}, \"seconds\": {seconds:.6}, \"peak_rss_kib\": {}}}",
        peak_rss_kib()
    );
}

/// A server process of this binary, killed when dropped.
struct ServerProcess {
    child: Child,
    base: String,
}

impl ServerProcess {
    fn start(total: usize, latency_ms: u64) -> Self {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["serve", "--total", &total.to_string()])
            .args(["--latency-ms", &latency_ms.to_string()])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        Self {
            child,
            base: line.trim().to_owned(),
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One workload in a process of its own: (seconds, peak RSS in KiB).
fn measure(base: &str, client: &str, n: usize, extra: &[&str]) -> (f64, u64) {
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "run",
            "--client",
            client,
            "--workload",
            "stream",
            "--base",
            base,
        ])
        .args(["--n", &n.to_string()])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let line = String::from_utf8(output.stdout).unwrap();
    let value: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    (
        value["seconds"].as_f64().unwrap(),
        value["peak_rss_kib"].as_u64().unwrap(),
    )
}

fn pagination(quick: bool) {
    let sizes: &[usize] = if quick {
        &[2_000, 5_000]
    } else {
        &[10_000, 100_000, 1_000_000]
    };
    let latency_total = if quick { 5_000 } else { 100_000 };
    println!(
        "Pagination: streaming calls in pages of 1,000 (each client in its own process; \
         median of 3 interleaved runs)"
    );
    println!(
        "{:<34} {:>9} {:>10} {:>12} {:>13} {:>14}",
        "scenario", "calls", "seconds", "calls/s", "peak RSS MiB", "raw time / ours"
    );
    let clients: [(&str, &str, &[&str]); 3] = [
        ("raw reqwest loop", "raw", &[]),
        ("SDK stream, no prefetch", "sdk", &["--no-prefetch"]),
        ("SDK stream (prefetch)", "sdk", &[]),
    ];
    let mut scenarios: Vec<(String, usize, u64, Vec<&str>)> = sizes
        .iter()
        .map(|&n| ("no latency".to_owned(), n, 0, vec![]))
        .collect();
    scenarios.push((
        "20 ms/page, 20 µs/call work".to_owned(),
        latency_total,
        20,
        vec!["--work-us", "20"],
    ));
    for (label, n, latency, extra) in scenarios {
        let server = ServerProcess::start(n, latency);
        // Rounds alternate the clients' order, and each client's median is reported, so that
        // a noisy machine slows all three alike.
        let rounds = if quick { 1 } else { 3 };
        let mut results: Vec<Vec<(f64, u64)>> = vec![Vec::new(); clients.len()];
        for round in 0..rounds {
            let mut order: Vec<usize> = (0..clients.len()).collect();
            if round % 2 == 1 {
                order.reverse();
            }
            for i in order {
                let (_, client, flags) = clients[i];
                let mut args = extra.clone();
                args.extend_from_slice(flags);
                results[i].push(measure(&server.base, client, n, &args));
            }
        }
        let median = |mut values: Vec<f64>| {
            values.sort_by(f64::total_cmp);
            values[values.len() / 2]
        };
        let seconds: Vec<f64> = results
            .iter()
            .map(|r| median(r.iter().map(|(s, _)| *s).collect()))
            .collect();
        for (i, (name, _, _)) in clients.iter().enumerate() {
            let rss = median(results[i].iter().map(|(_, kib)| *kib as f64).collect());
            println!(
                "{:<34} {:>9} {:>10.3} {:>12.0} {:>13.1} {:>14.2}",
                format!("{label}: {name}"),
                n,
                seconds[i],
                n as f64 / seconds[i],
                rss / 1024.0,
                seconds[0] / seconds[i],
            );
        }
    }
}
