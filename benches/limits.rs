//! What the shared limits add to a request: the same fetch through a client whose limits are
//! held in Redis (on loopback) and through one whose limits are this process's, interleaved
//! batches against the benchmarks' canned server, as a ratio and as microseconds added per
//! request. Needs `redis-server` (Debian's package); says so and exits without it.
//!
//! Run: `cargo bench --features redis --bench limits` (quick mode: `-- --quick`).

#[path = "support/server.rs"]
mod server;

use std::hint::black_box;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use twilio_calls::Client;
use twilio_calls::limits::RedisLimits;

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let rounds = if quick { 6 } else { 40 };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let Ok(mut redis) = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
        ])
        .stdout(Stdio::null())
        .spawn()
    else {
        println!("limits bench: no redis-server installed; skipped");
        return;
    };
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "redis-server did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let (_server_runtime, runtime, base) = server::in_background();
    let limited = |shared: bool| {
        let builder = server::client(&base)
            .max_concurrent_requests(50)
            .max_requests_per_second(1_000_000.0);
        let builder = match shared {
            true => builder.shared_limits(RedisLimits::new(format!("redis://127.0.0.1:{port}"))),
            false => builder,
        };
        builder.build().unwrap()
    };
    let (local, shared) = (limited(false), limited(true));
    let batch = |client: &Client| {
        let started = Instant::now();
        runtime.block_on(async {
            for _ in 0..200 {
                black_box(client.calls().fetch(server::CALL_SID).send().await.unwrap());
            }
        });
        started.elapsed().as_secs_f64() / 200.0
    };
    batch(&shared); // connects
    let mut ratios = Vec::new();
    let (mut local_times, mut shared_times) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let (l, s) = if round % 2 == 0 {
            let l = batch(&local);
            (l, batch(&shared))
        } else {
            let s = batch(&shared);
            (batch(&local), s)
        };
        ratios.push(s / l);
        local_times.push(l);
        shared_times.push(s);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (l, s) = (median(local_times), median(shared_times));
    println!(
        "fetch with limits in Redis / in this process = {:.2} ({rounds} interleaved rounds of 200); {:.0} µs vs {:.0} µs per request, {:.0} µs added",
        median(ratios),
        s * 1e6,
        l * 1e6,
        (s - l) * 1e6
    );
    let _ = redis.kill();
    let _ = redis.wait();
}
