//! One `Client` shared by 1,000 concurrent tasks against the local fake: every request
//! succeeds, connections are reused (bounded by the client's in-flight cap), and memory stays
//! flat from one round to the next. Alone in its binary so that no other test moves the
//! process's memory. The numbers are printed (`--nocapture`) for the record; the assertions
//! are bounds, not timings.
//!
//! Memory is the live heap, counted by this binary's global allocator. RSS was tried first
//! and is the wrong measure for a leak: glibc's per-thread arenas keep freed pages, so RSS
//! moved by up to 10 MiB between identical rounds in CI (`[42336, 42408, 48356, 43860,
//! 52104]` KiB) and went back down, while the live heap is exact.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use common::fake::{create_to, manual};
use twilio_calls::DEFAULT_MAX_CONCURRENT_REQUESTS;

const TASKS: usize = 1000;
/// Rounds of fetches before the baseline: the pool, the runtime and the collections that grow
/// to their working size (one step of ~800 KiB, in round 2 here) settle in these.
const WARM_ROUNDS: usize = 4;
/// Rounds measured against the baseline.
const MEASURED_ROUNDS: usize = 6;

/// The system allocator, keeping count of the bytes currently allocated.
struct Counting;

static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to `System`; only the count is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            LIVE_BYTES.fetch_add(layout.size(), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            LIVE_BYTES.fetch_add(new_size, Ordering::Relaxed);
            LIVE_BYTES.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Heap bytes currently allocated by this process, in KiB.
fn live_kib() -> usize {
    LIVE_BYTES.load(Ordering::Relaxed) / 1024
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

    // Rounds of 1,000 concurrent fetches; the live heap after the warm rounds is the baseline.
    // The fake's record of requests is emptied each round: it is the fake's memory, not the
    // client's.
    let mut requests = fake.take_requests().len();
    let mut live = Vec::new();
    for round in 0..WARM_ROUNDS + MEASURED_ROUNDS {
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
        live.push(live_kib());
        eprintln!(
            "round {round}: {TASKS} concurrent fetches in {:?}, live heap {} KiB",
            started.elapsed(),
            live_kib()
        );
    }
    let connections = fake.connections();
    eprintln!("{requests} requests over {connections} TCP connections");
    assert_eq!(
        requests,
        (1 + WARM_ROUNDS + MEASURED_ROUNDS) * TASKS,
        "no retries were needed"
    );
    // At most the in-flight cap, plus the few opened while a finished request's connection
    // was still on its way back to the pool.
    assert!(
        (1..=2 * DEFAULT_MAX_CONCURRENT_REQUESTS).contains(&connections),
        "{connections} connections"
    );
    // Flat: 6,000 more requests leave less than 512 KiB more live (a leak of 88 bytes per
    // request would leave more; measured growth is 0).
    let growth = live[live.len() - 1].saturating_sub(live[WARM_ROUNDS - 1]);
    assert!(growth < 512, "the live heap grew {growth} KiB: {live:?}");
}
