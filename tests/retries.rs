//! The client's retries, timeouts and limits against FakeTwilio's scripted faults: what is
//! retried, what never is (a create that may have placed a call), how long the client waits,
//! and what the final error says.

mod common;

use std::time::{Duration, Instant, SystemTime};

use common::fake::{answered, client_builder as builder, create_to, manual, place};
use twilio_calls::{ClientBuilder, Error, UpdateCallStatus};
use twilio_calls_fake::{FakeTwilio, Fault};

fn too_many(retry_after: &str) -> Fault {
    Fault::TooManyRequests {
        retry_after: Some(retry_after.into()),
    }
}

/// What each request the fake received met, in order.
fn faults(fake: &FakeTwilio) -> Vec<Option<Fault>> {
    fake.requests().into_iter().map(|r| r.fault).collect()
}

#[tokio::test]
async fn a_fetch_meeting_429_twice_succeeds_on_the_third_request_after_retry_after() {
    let fake = manual().await;
    let client = builder(&fake).build().unwrap();
    let sid = place(&client).await.sid;
    let fetch = || client.calls().fetch(&sid).send_with_metadata();
    fake.take_requests();

    fake.fail_next(2, too_many("1"));
    let started = Instant::now();
    let response = fetch().await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(response.data.sid, sid);
    assert_eq!(response.attempts, 3);
    let limited = Some(too_many("1"));
    assert_eq!(fake.requests().len(), 3);
    assert_eq!(faults(&fake), [limited.clone(), limited, None]);
    assert!(fake.requests().iter().all(|r| r.method == "GET"));
    // The client's own backoff is milliseconds here: only Retry-After explains 2 s.
    assert!(elapsed >= Duration::from_secs(2), "{elapsed:?}");

    // Retry-After as an HTTP date. Dates have whole seconds: two seconds from now is at
    // least one second away.
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    fake.fail_next(1, too_many(&date));
    let started = Instant::now();
    assert_eq!(fetch().await.unwrap().attempts, 2);
    assert!(started.elapsed() >= Duration::from_secs(1), "{date}");
}

/// A create that may have reached Twilio is sent once, whatever happened to it, and its
/// error says whether the call may have been placed.
#[tokio::test]
async fn a_create_that_may_have_reached_twilio_is_sent_exactly_once() {
    struct Case {
        fault: Fault,
        placed: usize,
    }
    let cases = [
        // Twilio's 5xx: the fake does not process it, but the client cannot know that.
        Case {
            fault: Fault::ServerError(503),
            placed: 0,
        },
        // Timed out: processed after the client gave up.
        Case {
            fault: Fault::Delay(Duration::from_millis(600)),
            placed: 1,
        },
        // The connection dropped before processing, and after.
        Case {
            fault: Fault::Drop,
            placed: 0,
        },
        Case {
            fault: Fault::DropAfterProcessing,
            placed: 1,
        },
    ];
    for Case { fault, placed } in cases {
        let fake = manual().await;
        let client = builder(&fake)
            .timeout(Duration::from_millis(200))
            .build()
            .unwrap();
        fake.fail_next(1, fault.clone());
        let err = create_to(&client, "+15558675310").send().await.unwrap_err();
        // Let the delayed request finish on the fake's side.
        tokio::time::sleep(Duration::from_millis(700)).await;

        assert_eq!(faults(&fake), [Some(fault.clone())], "one request: {err}");
        assert_eq!(fake.calls().len(), placed, "{fault:?}");
        assert_eq!(err.attempts(), 1, "{fault:?}");
        assert!(err.may_have_taken_effect(), "{fault:?}: {err}");
        assert!(
            err.to_string()
                .ends_with("; the call may have been placed: look for it before placing it again"),
            "{err}"
        );
    }
}

#[tokio::test]
async fn a_create_meeting_429_is_retried_and_places_one_call() {
    let fake = manual().await;
    let client = builder(&fake).build().unwrap();
    fake.fail_next(1, too_many("0"));
    let response = create_to(&client, "+15558675310")
        .send_with_metadata()
        .await
        .unwrap();
    assert_eq!(response.attempts, 2);
    assert_eq!(response.status, 201);
    assert_eq!(faults(&fake), [Some(too_many("0")), None]);
    assert_eq!(fake.calls().len(), 1);
}

#[tokio::test]
async fn a_create_that_cannot_connect_is_retried_until_twilio_is_there() {
    let port = common::free_port();
    let account = "AC0123456789abcdef0123456789abcdef";
    let client = common::builder_at(&format!("http://127.0.0.1:{port}"))
        .account_sid(account)
        .auth_token("token")
        .retry_policy(
            twilio_calls::RetryPolicy::default()
                .max_retries(30)
                .initial_backoff(Duration::from_millis(50))
                .max_backoff(Duration::from_millis(100)),
        )
        .build()
        .unwrap();
    let server = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        FakeTwilio::builder()
            .account_sid(account)
            .auth_token("token")
            .lifecycle(twilio_calls_fake::Lifecycle::manual())
            .start_on(([127, 0, 0, 1], port).into())
            .await
            .unwrap()
    });
    let response = create_to(&client, "+15558675310")
        .send_with_metadata()
        .await
        .unwrap();
    let fake = server.await.unwrap();
    assert!(response.attempts >= 2, "{}", response.attempts);
    assert_eq!(fake.requests().len(), 1, "only the attempt that connected");
    assert_eq!(fake.calls().len(), 1);
}

#[tokio::test]
async fn a_create_that_never_connects_says_no_call_was_placed() {
    let err = create_to(&common::offline_client(), "+15558675310")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Transport { source, attempts: 4, .. } if source.is_connect()),
        "{err:?}"
    );
    assert!(!err.may_have_taken_effect());
    let message = err.to_string();
    assert!(
        message.starts_with("CreateCall could not connect"),
        "{message}"
    );
    assert!(
        message.ends_with(" (gave up after 4 attempts)"),
        "{message}"
    );
}

#[tokio::test]
async fn reads_and_deletes_are_retried_on_5xx_lost_connections_and_timeouts() {
    let fake = manual().await;
    let client = builder(&fake)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let faults_to_survive = [
        Fault::ServerError(500),
        Fault::ServerError(502),
        Fault::ServerError(503),
        Fault::ServerError(504),
        Fault::Drop,
        Fault::DropAfterProcessing,
        Fault::Delay(Duration::from_millis(800)),
    ];
    let sid = place(&client).await.sid;
    for fault in &faults_to_survive {
        fake.fail_next(1, fault.clone());
        let fetched = client.calls().fetch(&sid).send_with_metadata().await;
        assert_eq!(fetched.unwrap().attempts, 2, "fetch, {fault:?}");
        fake.fail_next(1, fault.clone());
        let listed = client.calls().list().send_with_metadata().await;
        assert_eq!(listed.unwrap().attempts, 2, "list, {fault:?}");
    }
    fake.fail_next(1, Fault::ServerError(503));
    let deleted = client.calls().delete(&sid).send_with_metadata().await;
    assert_eq!(deleted.unwrap().attempts, 2);
    assert!(fake.calls().is_empty());
}

#[tokio::test]
async fn an_update_is_retried_after_429_but_never_after_a_5xx() {
    let fake = manual().await;
    let client = builder(&fake).build().unwrap();
    let sid = answered(&fake, &client).await;
    fake.take_requests();

    fake.fail_next(1, Fault::ServerError(500));
    let update = client
        .calls()
        .update(&sid)
        .twiml("<Response><Say>hi</Say></Response>");
    let err = update.clone().send().await.unwrap_err();
    assert_eq!((err.attempts(), err.api().unwrap().status), (1, 500));
    assert!(err.may_have_taken_effect());
    assert!(
        err.to_string()
            .ends_with("the update may have been applied: fetch the call before updating it again"),
        "{err}"
    );
    assert_eq!(fake.take_requests().len(), 1);

    fake.fail_next(1, too_many("0"));
    let response = update.send_with_metadata().await.unwrap();
    assert_eq!(response.attempts, 2);
    let ended = client
        .calls()
        .update(&sid)
        .status(UpdateCallStatus::Completed);
    assert_eq!(
        ended.send().await.unwrap().status,
        Some(twilio_calls::CallStatus::Completed)
    );
}

#[tokio::test]
async fn retries_stop_at_the_configured_count_and_within_the_budget() {
    let fake = manual().await;
    let client = builder(&fake).build().unwrap();
    let sid = place(&client).await.sid;
    fake.take_requests();

    fake.fail_next(10, Fault::ServerError(503));
    for (retries, attempts) in [(2, 3), (0, 1)] {
        let fetch = client.calls().fetch(&sid).max_retries(retries);
        let err = fetch.send().await.unwrap_err();
        assert_eq!(err.attempts(), attempts);
        assert_eq!(fake.take_requests().len(), attempts as usize);
        assert!(!err.may_have_taken_effect(), "a read changes nothing");
    }
    let err = client.calls().fetch(&sid).max_retries(2).send().await;
    let message = err.unwrap_err().to_string();
    assert!(
        message.ends_with(" (gave up after 3 attempts)"),
        "{message}"
    );

    // A Retry-After beyond the budget is not waited for: the 429 comes back at once, with
    // the wait Twilio asked for.
    let fake = manual().await;
    let client = builder(&fake)
        .retry_budget(Duration::from_secs(5))
        .build()
        .unwrap();
    fake.fail_next(1, too_many("30"));
    let started = Instant::now();
    let err = client.calls().list().send().await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    let api = err.api().unwrap();
    assert_eq!((api.status, api.code, api.attempts), (429, Some(20429), 1));
    assert_eq!(api.retry_after, Some(Duration::from_secs(30)));
}

#[tokio::test]
async fn every_builder_takes_its_own_timeout() {
    let fake = manual().await;
    let client = builder(&fake).build().unwrap();
    let sid = answered(&fake, &client).await;
    let timeout = Duration::from_millis(150);
    let calls = client.calls();
    let results = [
        ("create", {
            fake.fail_next(1, Fault::Delay(Duration::from_millis(600)));
            create_to(&client, "+1555")
                .request_timeout(timeout)
                .send()
                .await
                .map(drop)
        }),
        ("fetch", {
            fake.fail_next(1, Fault::Delay(Duration::from_millis(600)));
            let fetch = calls.fetch(&sid).request_timeout(timeout).max_retries(0);
            fetch.send().await.map(drop)
        }),
        ("list", {
            fake.fail_next(1, Fault::Delay(Duration::from_millis(600)));
            let list = calls.list().request_timeout(timeout).max_retries(0);
            list.send().await.map(drop)
        }),
        ("update", {
            fake.fail_next(1, Fault::Delay(Duration::from_millis(600)));
            let update = calls.update(&sid).url("https://example.com/next");
            update.request_timeout(timeout).send().await.map(drop)
        }),
        ("delete", {
            fake.fail_next(1, Fault::Delay(Duration::from_millis(600)));
            let delete = calls.delete(&sid).request_timeout(timeout).max_retries(0);
            delete.send().await.map(drop)
        }),
    ];
    for (name, result) in results {
        let err = result.unwrap_err();
        assert!(err.is_timeout(), "{name}: {err:?}");
    }
}

#[tokio::test]
async fn the_rate_limit_spaces_requests_across_clones() {
    let fake = manual().await;
    let client = builder(&fake)
        .max_requests_per_second(20.0)
        .build()
        .unwrap();
    let sid = place(&client).await.sid;
    let started = Instant::now();
    let tasks: Vec<_> = (0..12)
        .map(|_| {
            let client = client.clone();
            let sid = sid.clone();
            tokio::spawn(async move { client.calls().fetch(sid).send().await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    // 12 requests after the create: 12 more 50 ms slots, the first one taken at the earliest
    // 50 ms after the create's.
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(550), "{elapsed:?}");
}

#[tokio::test]
async fn the_concurrency_cap_bounds_requests_in_flight_and_connections() {
    let fake = manual().await;
    let client = builder(&fake).max_concurrent_requests(4).build().unwrap();
    let sid = place(&client).await.sid;
    fake.fail_next(40, Fault::Delay(Duration::from_millis(20)));
    let tasks: Vec<_> = (0..40)
        .map(|_| {
            let client = client.clone();
            let sid = sid.clone();
            tokio::spawn(async move { client.calls().fetch(sid).send_with_metadata().await })
        })
        .collect();
    let mut most_in_flight = 0;
    for task in tasks {
        let response = task.await.unwrap().unwrap();
        let count: usize = response
            .header("twilio-concurrent-requests")
            .unwrap()
            .parse()
            .unwrap();
        most_in_flight = most_in_flight.max(count);
    }
    assert!((1..=4).contains(&most_in_flight), "{most_in_flight}");
    assert!(
        fake.connections() <= 4,
        "{} connections",
        fake.connections()
    );
}

#[test]
fn bad_limits_are_refused_when_building() {
    let build = |f: fn(ClientBuilder) -> ClientBuilder| {
        f(common::builder_at("http://127.0.0.1:1"))
            .build()
            .unwrap_err()
    };
    for rate in [0.0, -1.0, f64::NAN, f64::INFINITY] {
        let err = common::builder_at("http://127.0.0.1:1")
            .max_requests_per_second(rate)
            .build()
            .unwrap_err();
        common::assert_invalid(&err, "max_requests_per_second", "must be a positive number");
    }
    let err = build(|b| b.max_concurrent_requests(0));
    common::assert_invalid(&err, "max_concurrent_requests", "must be at least 1");
    let err = build(|b| b.max_response_bytes(0));
    common::assert_invalid(&err, "max_response_bytes", "must be at least 1");
    let err = build(|b| {
        b.http_client(reqwest::Client::new())
            .connect_timeout(Duration::from_secs(1))
    });
    assert!(matches!(err, Error::Config { .. }), "{err:?}");
}
