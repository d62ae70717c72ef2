//! One `Client` shared by 1,000 concurrent tasks against the local fake: every request
//! succeeds, connections are reused (bounded by the client's in-flight cap), and memory stays
//! flat from one round to the next. Alone in its binary so that no other test moves the
//! process's memory. The numbers are printed (`--nocapture`) for the record; the assertions
//! are bounds, not timings.

mod common;

use std::time::Instant;

use common::fake::{create_to, manual};
use twilio_calls::DEFAULT_MAX_CONCURRENT_REQUESTS;

const TASKS: usize = 1000;

/// Resident memory of this process, in KiB (Linux).
fn rss_kib() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_tasks_share_one_client() {
    let fake = manual().await;
    let client = common::fake::client_builder(&fake).build().unwrap();

    // 1,000 concurrent creates: each places exactly one call.
    let started = Instant::now();
    let creates: Vec<_> = (0..TASKS)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                create_to(&client, &format!("+1555{i:07}"))
                    .send_with_metadata()
                    .await
            })
        })
        .collect();
    let mut sids = Vec::new();
    for task in creates {
        let response = task.await.unwrap().unwrap();
        assert_eq!(response.attempts, 1);
        sids.push(response.data.sid);
    }
    eprintln!("{TASKS} concurrent creates: {:?}", started.elapsed());
    assert_eq!(fake.calls().len(), TASKS);

    // Rounds of 1,000 concurrent fetches; memory after the first (warm) round is the baseline.
    // The fake's record of requests is emptied each round: it is the fake's memory, not the
    // client's.
    let mut requests = fake.take_requests().len();
    let mut rss = Vec::new();
    for round in 0..5 {
        let started = Instant::now();
        let fetches: Vec<_> = sids
            .iter()
            .map(|sid| {
                let client = client.clone();
                let sid = sid.clone();
                tokio::spawn(async move { client.calls().fetch(&sid).send().await.map(|c| c.sid) })
            })
            .collect();
        for (task, sid) in fetches.into_iter().zip(&sids) {
            assert_eq!(&task.await.unwrap().unwrap(), sid);
        }
        requests += fake.take_requests().len();
        rss.extend(rss_kib());
        eprintln!(
            "round {round}: {TASKS} concurrent fetches in {:?}, RSS {:?} KiB",
            started.elapsed(),
            rss.last()
        );
    }
    let connections = fake.connections();
    eprintln!("{requests} requests over {connections} TCP connections");
    assert_eq!(requests, 6 * TASKS, "no retries were needed");
    // At most the in-flight cap, plus the few opened while a finished request's connection
    // was still on its way back to the pool.
    assert!(
        (1..=2 * DEFAULT_MAX_CONCURRENT_REQUESTS).contains(&connections),
        "{connections} connections"
    );
    if let (Some(first), Some(last)) = (rss.first(), rss.last()) {
        let growth = last.saturating_sub(*first);
        // Flat: four more rounds of 1,000 requests add less than 8 MiB (a leak of even one
        // kilobyte per request would add 4 MiB).
        assert!(growth < 8 * 1024, "RSS grew {growth} KiB: {rss:?}");
    }
}
