//! Limits shared through a real Redis by separate OS processes: the fake (enforcing the
//! account's concurrency limit, and recording when each call was created) never sees more
//! requests in flight than the cap, nor more calls created in any second than the CPS; a
//! process killed while holding leases gives its slots back within the lease time; and with
//! Redis stopped mid-run, each policy does what it says, with nothing lost or sent twice.
//!
//! The processes are this test binary run again with `TWILIO_CALLS_LIMITS_WORKER` set: the
//! `worker_process` test then plays one process of the fleet (and does nothing otherwise).

mod common;

use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use serde::{Deserialize, Serialize};
use twilio_calls::limits::RedisLimits;
use twilio_calls::{Client, Error};
use twilio_calls_fake::{FakeTwilio, Fault};

const WORKER_ENV: &str = "TWILIO_CALLS_LIMITS_WORKER";

/// What one worker process does.
#[derive(Serialize, Deserialize)]
struct Work {
    base_url: String,
    account_sid: String,
    auth_token: String,
    redis: String,
    prefix: String,
    max_in_flight: usize,
    calls_per_second: f64,
    /// Calls to create, all at once.
    calls: usize,
    /// Fetches to make, all at once (after the calls).
    fetches: usize,
    timeout_ms: u64,
}

#[derive(Serialize, Deserialize, Debug)]
struct Done {
    placed: usize,
    failed: Vec<String>,
}

fn client(work: &Work) -> Client {
    Client::builder()
        .account_sid(&work.account_sid)
        .auth_token(&work.auth_token)
        .base_url(&work.base_url)
        .timeout(Duration::from_millis(work.timeout_ms))
        .max_concurrent_requests(work.max_in_flight)
        .max_calls_per_second(work.calls_per_second)
        .shared_limits(
            RedisLimits::new(&work.redis)
                .key_prefix(&work.prefix)
                .fail_closed(),
        )
        .build()
        .unwrap()
}

/// One process of the fleet, when run as one (see the module's documentation).
#[tokio::test]
async fn worker_process() {
    let Ok(work) = std::env::var(WORKER_ENV) else {
        return;
    };
    let work: Work = serde_json::from_str(&work).unwrap();
    let client = client(&work);
    let created = join_all((0..work.calls).map(|n| create(&client, n))).await;
    let sid = created
        .iter()
        .find_map(|c| c.as_ref().ok())
        .map(|c| c.sid.clone());
    let fetches = (0..work.fetches).map(|_| async {
        match &sid {
            Some(sid) => client.calls().fetch(sid).send().await.map(drop),
            None => client.calls().list().send().await.map(drop),
        }
    });
    let fetched = join_all(fetches).await;
    let done = Done {
        placed: created.iter().filter(|c| c.is_ok()).count(),
        failed: created
            .iter()
            .filter_map(|c| c.as_ref().err())
            .chain(fetched.iter().filter_map(|f| f.as_ref().err()))
            .map(ToString::to_string)
            .collect(),
    };
    // On a line of its own: the harness prints "test worker_process ... " before it.
    println!("\nWORKER-DONE {}", serde_json::to_string(&done).unwrap());
}

async fn create(client: &Client, n: usize) -> Result<twilio_calls::Call, Error> {
    client
        .calls()
        .create()
        .to(format!("+1555{n:07}"))
        .from("+15005550006")
        .twiml("<Response/>")
        .send()
        .await
}

/// This test binary, run as one worker process doing `work`.
fn worker(work: &Work, output: fn() -> Stdio) -> tokio::process::Child {
    let test = [
        "worker_process",
        "--exact",
        "--nocapture",
        "--test-threads",
        "1",
    ];
    tokio::process::Command::new(std::env::current_exe().unwrap())
        .args(test)
        .env(WORKER_ENV, serde_json::to_string(work).unwrap())
        .stdout(output())
        .stderr(output())
        .spawn()
        .unwrap()
}

/// Runs `processes` workers at once and collects what each did.
async fn run_fleet(processes: usize, work: &Work) -> Vec<Done> {
    let children = (0..processes).map(|_| worker(work, Stdio::piped).wait_with_output());
    join_all(children)
        .await
        .into_iter()
        .map(|output| {
            let output = output.unwrap();
            let stdout = String::from_utf8_lossy(&output.stdout);
            let line = stdout
                .lines()
                .find_map(|l| l.split_once("WORKER-DONE ").map(|(_, json)| json))
                .unwrap_or_else(|| {
                    panic!(
                        "a worker said nothing: {}",
                        String::from_utf8_lossy(&output.stderr)
                    )
                });
            serde_json::from_str(line).unwrap()
        })
        .collect()
}

fn work(fake: &FakeTwilio, redis: &str, prefix: &str) -> Work {
    Work {
        base_url: fake.base_url().to_owned(),
        account_sid: fake.account_sid(),
        auth_token: fake.auth_token().to_owned(),
        redis: redis.to_owned(),
        prefix: prefix.to_owned(),
        max_in_flight: 3,
        calls_per_second: 8.0,
        calls: 8,
        fetches: 10,
        timeout_ms: 10_000,
    }
}

#[tokio::test]
async fn four_processes_share_one_account_s_limits() {
    let Some(redis) = common::redis::start_or_skip("tests/shared_limits.rs") else {
        return;
    };
    // The account allows 3 requests in flight; each takes 50 ms to answer.
    let fake = FakeTwilio::builder()
        .max_concurrent_requests(3)
        .latency(Duration::from_millis(50))
        .start()
        .await
        .unwrap();
    let work = work(&fake, &redis.url(), "four");
    let started = Instant::now();
    let done = run_fleet(4, &work).await;
    let took = started.elapsed();
    for worker in &done {
        assert!(worker.failed.is_empty(), "{:?}", worker.failed);
        assert_eq!(worker.placed, work.calls);
    }
    let seen = fake.limits_seen();
    // Four processes each wanting 8 calls and 10 fetches at once: never more than 3 in
    // flight, never refused.
    assert!(
        seen.most_in_flight <= 3,
        "{} in flight",
        seen.most_in_flight
    );
    assert!(
        seen.most_in_flight >= 2,
        "the test did not press on the limit"
    );
    assert_eq!(seen.refused, 0);
    // 32 calls at 8 per second: at most 8 in any one-second window, and all of them within
    // 10% of the CPS overall.
    let creations = &seen.creations;
    assert_eq!(creations.len(), 32);
    let most = seen.most_created_within(Duration::from_secs(1));
    assert!(most <= 8, "{most} calls within one second");
    let span = (*creations.last().unwrap() - creations[0]).as_secs_f64();
    let rate = (creations.len() - 1) as f64 / span;
    assert!(
        (rate - 8.0).abs() <= 0.8,
        "{rate:.2} calls per second overall"
    );
    eprintln!(
        "4 processes: {rate:.2} calls/s for a CPS of 8, {} most in flight, {took:?}",
        seen.most_in_flight
    );
}

#[tokio::test]
async fn a_killed_process_s_leases_come_back_within_the_lease_time() {
    let Some(redis) = common::redis::start_or_skip("tests/shared_limits.rs") else {
        return;
    };
    let fake = FakeTwilio::start().await.unwrap();
    // The victim's three fetches hang at the fake (a slow Twilio); it is killed holding
    // the fleet's three leases. Its client's timeout is 1 s, so its leases last 6 s.
    fake.fail_next(3, Fault::Delay(Duration::from_secs(30)));
    let mut victim = work(&fake, &redis.url(), "killed");
    victim.calls = 0;
    victim.fetches = 3;
    victim.timeout_ms = 1_000;
    let mut child = worker(&victim, Stdio::null);
    // Wait until its three requests are at the fake, then kill it.
    let deadline = Instant::now() + Duration::from_secs(20);
    while fake.requests().len() < 3 {
        assert!(
            Instant::now() < deadline,
            "the victim never sent its requests"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.start_kill().unwrap();
    child.wait().await.unwrap();
    let killed = Instant::now();
    // A survivor with the same limits: its first request waits for a lease to expire.
    let survivor = client(&work(&fake, &redis.url(), "killed"));
    survivor.calls().list().send().await.unwrap();
    let waited = killed.elapsed();
    assert!(
        waited <= Duration::from_millis(6_500),
        "the slots came back after {waited:?}"
    );
    assert!(
        waited >= Duration::from_secs(3),
        "the leases were not held ({waited:?})"
    );
}

#[tokio::test]
async fn a_process_that_exits_after_its_requests_leaves_no_lease_behind() {
    let Some(redis) = common::redis::start_or_skip("tests/shared_limits.rs") else {
        return;
    };
    let fake = FakeTwilio::start().await.unwrap();
    let mut work = work(&fake, &redis.url(), "exits");
    work.calls = 2;
    work.fetches = 3;
    // A worker that exits as soon as its last answer is in, as a script or `calls
    // bulk-create` does: its leases must be free at once, not after their 15 s expiry.
    let done = run_fleet(1, &work).await;
    assert!(done[0].failed.is_empty(), "{:?}", done[0].failed);
    let (held, until) = leases(&redis.url(), "exits", &fake.account_sid()).await;
    assert_eq!(
        held, 0,
        "{held} leases left behind, held for {until:?} more"
    );
}

/// How many leases of `prefix`'s account are unexpired, and the furthest expiry from now, on
/// Redis' clock.
async fn leases(redis: &str, prefix: &str, account_sid: &str) -> (usize, Duration) {
    let mut connection = redis::Client::open(redis)
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    let (seconds, micros): (u64, u64) = redis::cmd("TIME")
        .query_async(&mut connection)
        .await
        .unwrap();
    let now_ms = seconds * 1000 + micros / 1000;
    let unexpired: Vec<(String, u64)> = redis::cmd("ZRANGEBYSCORE")
        .arg(format!("{prefix}:{account_sid}:inflight"))
        .arg(now_ms)
        .arg("+inf")
        .arg("WITHSCORES")
        .query_async(&mut connection)
        .await
        .unwrap();
    let furthest = unexpired.iter().map(|(_, expires)| *expires).max();
    (
        unexpired.len(),
        Duration::from_millis(furthest.map_or(0, |expires| expires - now_ms)),
    )
}

#[tokio::test]
async fn a_lease_lasts_through_the_wait_for_the_cps_and_the_request_s_own_timeout() {
    let Some(redis) = common::redis::start_or_skip("tests/shared_limits.rs") else {
        return;
    };
    let fake = FakeTwilio::start().await.unwrap();
    let mut work = work(&fake, &redis.url(), "queued");
    // Leases of 6 s from each request's start (a 1 s timeout plus the 5 s margin); 16
    // creates at 2 per second: the last starts about 7.8 s after they all took their leases.
    work.max_in_flight = 16;
    work.calls_per_second = 2.0;
    work.timeout_ms = 1_000;
    let client = client(&work);
    let finished = Arc::new(AtomicUsize::new(0));
    let creates: Vec<_> = (0..16)
        .map(|n| {
            let (client, finished) = (client.clone(), finished.clone());
            tokio::spawn(async move {
                let created = create(&client, n).await;
                finished.fetch_add(1, Ordering::SeqCst);
                created
            })
        })
        .collect();
    // Past the 6 s a lease taken at the queue's start would last: every create still
    // waiting for its turn still holds its slot.
    tokio::time::sleep(Duration::from_millis(6_500)).await;
    let waiting = 16 - finished.load(Ordering::SeqCst);
    let (held, _) = leases(&redis.url(), "queued", &fake.account_sid()).await;
    assert!(waiting >= 2, "the test did not queue calls long enough");
    assert!(held >= waiting, "{waiting} creates waiting, {held} leases");
    for create in creates {
        create.await.unwrap().unwrap();
    }

    // A request with a longer timeout of its own holds its lease that long, plus the margin.
    fake.fail_next(1, Fault::Delay(Duration::from_millis(500)));
    let slow = tokio::spawn({
        let client = client.clone();
        async move {
            client
                .calls()
                .list()
                .request_timeout(Duration::from_secs(60))
                .send()
                .await
        }
    });
    tokio::time::sleep(Duration::from_millis(250)).await;
    let (held, furthest) = leases(&redis.url(), "queued", &fake.account_sid()).await;
    assert_eq!(held, 1);
    assert!(
        (Duration::from_secs(64)..=Duration::from_secs(65)).contains(&furthest),
        "the lease expires in {furthest:?}"
    );
    slow.await.unwrap().unwrap();
}

#[tokio::test]
async fn with_redis_gone_each_policy_does_what_it_says() {
    let Some(mut redis) = common::redis::start_or_skip("tests/shared_limits.rs") else {
        return;
    };
    let fake = FakeTwilio::start().await.unwrap();
    let build = |limits: RedisLimits| {
        Client::builder()
            .account_sid(fake.account_sid())
            .auth_token(fake.auth_token())
            .base_url(fake.base_url())
            .max_calls_per_second(50.0)
            .shared_limits(limits.timeout(Duration::from_millis(200)))
            .build()
            .unwrap()
    };
    let open = build(
        RedisLimits::new(redis.url())
            .key_prefix("policy")
            .fail_open(),
    );
    let closed = build(
        RedisLimits::new(redis.url())
            .key_prefix("policy")
            .fail_closed(),
    );
    let create = |client: &Client, n: u32| {
        client
            .calls()
            .create()
            .to(format!("+1555867{n:04}"))
            .from("+15005550006")
            .twiml("<Response/>")
            .send()
    };
    create(&open, 1).await.unwrap();
    create(&closed, 2).await.unwrap();
    redis.stop();
    // Open: this process's limits stand in; the call is placed once.
    create(&open, 3).await.unwrap();
    // Closed: refused before anything is sent.
    let before = fake.requests().len();
    let err = create(&closed, 4).await.unwrap_err();
    assert!(matches!(err, Error::LimitsUnavailable { .. }), "{err:?}");
    assert!(!err.may_have_taken_effect());
    assert_eq!(fake.requests().len(), before, "nothing was sent");
    redis.restart().unwrap();
    // Back: both share again.
    create(&open, 5).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match create(&closed, 6).await {
            Ok(_) => break,
            Err(Error::LimitsUnavailable { .. }) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => panic!("{e:?}"),
        }
    }
    // Nothing lost, nothing twice: the five calls that succeeded, once each.
    let mut placed: Vec<String> = fake.calls().into_iter().filter_map(|c| c.to).collect();
    placed.sort();
    let expected: Vec<String> = [1, 2, 3, 5, 6]
        .iter()
        .map(|n| format!("+1555867{n:04}"))
        .collect();
    assert_eq!(placed, expected);
}

/// The aggregate CPS a fleet achieves against its target, for 1, 4 and 8 processes: a
/// measurement for README's "Running on many machines", not a check (run it with
/// `cargo test --all-features --test shared_limits -- --ignored --nocapture`).
#[tokio::test]
#[ignore = "a measurement, run by hand"]
async fn measure_aggregate_cps() {
    let Some(redis) = common::redis::start_or_skip("tests/shared_limits.rs") else {
        return;
    };
    for processes in [1, 4, 8] {
        let fake = FakeTwilio::start().await.unwrap();
        let mut work = work(&fake, &redis.url(), &format!("measure-{processes}"));
        work.calls_per_second = 20.0;
        work.calls = 80 / processes;
        work.fetches = 0;
        work.max_in_flight = 10;
        let done = run_fleet(processes, &work).await;
        assert!(done.iter().all(|d| d.failed.is_empty()));
        let seen = fake.limits_seen();
        let times = &seen.creations;
        let rate = (times.len() - 1) as f64 / (*times.last().unwrap() - times[0]).as_secs_f64();
        println!(
            "{processes} processes: {} calls at {rate:.2}/s for a target of 20 ({:.1}%), at most {} in any second",
            times.len(),
            100.0 * rate / 20.0,
            seen.most_created_within(Duration::from_secs(1))
        );
    }
}
