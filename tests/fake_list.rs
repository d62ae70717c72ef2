//! FakeTwilio's ListCall: every filter, newest first, and pages whose links agree with each
//! other, followed by the client's paginator and by hand.

mod common;

use chrono::{NaiveDate, TimeDelta};
use common::fake::{get, manual, place_to};
use futures_util::TryStreamExt;
use twilio_calls::{CallStatus, Client, Error};
use twilio_calls_fake::FakeTwilio;

/// Places `n` calls to `to`, returning their SIDs oldest first.
async fn place_many(client: &Client, to: &str, n: usize) -> Vec<String> {
    let mut sids = Vec::new();
    for _ in 0..n {
        sids.push(place_to(client, to).await);
    }
    sids
}

fn sids(calls: &[twilio_calls::Call]) -> Vec<String> {
    calls.iter().map(|c| c.sid.clone()).collect()
}

fn newest_first(mut sids: Vec<String>) -> Vec<String> {
    sids.reverse();
    sids
}

#[tokio::test]
async fn pages_are_newest_first_with_consistent_links() {
    let fake = manual().await;
    let client = fake.client();
    let all = newest_first(place_many(&client, "+15558675310", 5).await);
    let path = format!("/2010-04-01/Accounts/{}/Calls.json", fake.account_sid());

    let first = client
        .calls()
        .list()
        .to("+15558675310")
        .page_size(2)
        .send()
        .await
        .unwrap();
    assert_eq!(sids(&first.items), all[..2]);
    assert_eq!(
        (first.page, first.page_size, first.start, first.end),
        (Some(0), Some(2), Some(0), Some(1))
    );
    let link = |page: u32, token: &str| {
        let uri = format!("{path}?To=%2B15558675310&PageSize=2&Page={page}{token}");
        Some(uri)
    };
    assert_eq!(first.uri, link(0, ""));
    assert_eq!(first.first_page_uri, link(0, ""));
    assert_eq!(first.previous_page_uri, None);
    assert_eq!(
        first.next_page_uri,
        link(1, &format!("&PageToken=PA{}", all[1]))
    );

    let second = first.next_page().await.unwrap().unwrap();
    assert_eq!(sids(&second.items), all[2..4]);
    assert_eq!(
        (second.page, second.start, second.end),
        (Some(1), Some(2), Some(3))
    );
    assert_eq!(second.uri, first.next_page_uri);
    assert_eq!(second.first_page_uri, link(0, ""));
    assert_eq!(
        second.previous_page_uri,
        link(0, &format!("&PageToken=PB{}", all[2]))
    );

    let third = second.next_page().await.unwrap().unwrap();
    assert_eq!(sids(&third.items), all[4..]);
    assert_eq!(
        (third.page, third.start, third.end),
        (Some(2), Some(4), Some(4))
    );
    assert_eq!(third.next_page_uri, None);
    assert!(third.next_page().await.unwrap().is_none());

    // The previous link leads back to the page before.
    let (_, back) = get(&fake, &second.previous_page_uri.unwrap()).await;
    let back: twilio_calls::CallPage = serde_json::from_value(back).unwrap();
    assert_eq!(sids(&back.calls), all[..2]);
    assert_eq!(back.page, Some(0));
}

#[tokio::test]
async fn the_stream_reads_every_page_and_page_numbers_work_without_tokens() {
    let fake = manual().await;
    let client = fake.client();
    let all = newest_first(place_many(&client, "+15558675310", 7).await);
    let streamed: Vec<_> = client
        .calls()
        .list()
        .page_size(3)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sids(&streamed), all);
    let page_requests = fake.requests().iter().filter(|r| r.method == "GET").count();
    assert_eq!(page_requests, 3);

    let limited: Vec<_> = client
        .calls()
        .list()
        .limit(4)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sids(&limited), all[..4]);

    // `Page` alone counts pages from the newest call.
    let path = format!(
        "/2010-04-01/Accounts/{}/Calls.json?PageSize=3&Page=2",
        fake.account_sid()
    );
    let (_, page) = get(&fake, &path).await;
    let page: twilio_calls::CallPage = serde_json::from_value(page).unwrap();
    assert_eq!(sids(&page.calls), all[6..]);
    assert_eq!((page.start, page.end), (Some(6), Some(6)));
}

#[tokio::test]
async fn to_from_status_and_parent_filter() {
    let fake = manual().await;
    let client = fake.client();
    let to_a = place_many(&client, "+15550000001", 2).await;
    let to_b = place_many(&client, "+15550000002", 1).await;
    let other_from = common::fake::create_to(&client, "+15550000001")
        .from("+15550009999")
        .send()
        .await
        .unwrap()
        .sid;
    fake.advance(&to_a[0], CallStatus::InProgress)
        .await
        .unwrap();

    let list = |f: fn(
        twilio_calls::Request<twilio_calls::ListCall>,
    ) -> twilio_calls::Request<twilio_calls::ListCall>| {
        let request = f(client.calls().list());
        async move { sids(&request.send().await.unwrap().items) }
    };
    assert_eq!(
        list(|l| l.to("+15550000001")).await,
        [other_from.clone(), to_a[1].clone(), to_a[0].clone()]
    );
    assert_eq!(list(|l| l.to("+15550000002")).await, to_b);
    assert_eq!(
        list(|l| l.from("+15550009999")).await,
        vec![other_from.clone()]
    );
    assert_eq!(
        list(|l| l.to("+15550000001").from("+15005550006")).await,
        [to_a[1].clone(), to_a[0].clone()]
    );
    assert_eq!(
        list(|l| l.status(CallStatus::InProgress)).await,
        [to_a[0].clone()]
    );
    assert_eq!(list(|l| l.status(CallStatus::Queued)).await.len(), 3);
    assert!(list(|l| l.status(CallStatus::Busy)).await.is_empty());
    assert!(
        list(|l| l.parent_call_sid("CA0123456789abcdef0123456789abcdef"))
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn time_filters_match_days_and_instants() {
    let fake = manual().await;
    let client = fake.client();
    let sids_placed = place_many(&client, "+15558675310", 3).await;
    let (ended, running, queued) = (&sids_placed[0], &sids_placed[1], &sids_placed[2]);
    let done = fake.advance(ended, CallStatus::Completed).await.unwrap();
    fake.advance(running, CallStatus::InProgress).await.unwrap();
    let start = done.start_time.unwrap().as_datetime();
    let end = done.end_time.unwrap().as_datetime();
    let today = start.date_naive();
    let tomorrow = today + TimeDelta::days(1);
    let yesterday = today - TimeDelta::days(1);

    let list = |request: twilio_calls::Request<twilio_calls::ListCall>| async move {
        let mut got = sids(&request.send().await.unwrap().items);
        got.sort();
        got
    };
    let sorted = |mut v: Vec<&String>| {
        v.sort();
        v.into_iter().cloned().collect::<Vec<_>>()
    };
    let started = sorted(vec![ended, running]);
    let calls = client.calls();
    // A queued call has not started, so no start filter matches it.
    assert_eq!(list(calls.list().start_time(today)).await, started);
    assert!(list(calls.list().start_time(yesterday)).await.is_empty());
    assert_eq!(list(calls.list().start_time_after(today)).await, started);
    assert!(
        list(calls.list().start_time_after(tomorrow))
            .await
            .is_empty()
    );
    assert_eq!(
        list(calls.list().start_time_before(tomorrow)).await,
        started
    );
    assert!(
        list(calls.list().start_time_before(yesterday))
            .await
            .is_empty()
    );
    assert_eq!(list(calls.list().start_time(start)).await.len(), 2);
    assert_eq!(
        list(calls.list().start_time_after(start + TimeDelta::seconds(1)))
            .await
            .len(),
        0
    );
    assert_eq!(list(calls.list().start_time_before(start)).await.len(), 2);
    // Only the completed call has ended.
    assert_eq!(
        list(calls.list().end_time(today)).await,
        vec![ended.clone()]
    );
    assert_eq!(list(calls.list().end_time(end)).await, vec![ended.clone()]);
    assert_eq!(
        list(calls.list().end_time_after(end)).await,
        vec![ended.clone()]
    );
    assert!(
        list(calls.list().end_time_before(end - TimeDelta::seconds(1)))
            .await
            .is_empty()
    );
    assert!(
        list(
            calls
                .list()
                .end_time(NaiveDate::from_ymd_opt(2009, 7, 6).unwrap())
        )
        .await
        .is_empty()
    );
    assert!(list(calls.list()).await.contains(queued));
}

#[tokio::test]
async fn raw_filters_keep_their_wire_names_in_the_links() {
    let fake = manual().await;
    let client = fake.client();
    place_many(&client, "+15558675310", 3).await;
    let account = fake.account_sid();
    let query =
        "StartTime%3E=2009-07-06&EndTime%3C=2019-06-11+22%3A05%3A25.000&Status=queued&PageSize=1";
    let (status, page) = get(
        &fake,
        &format!("/2010-04-01/Accounts/{account}/Calls.json?{query}"),
    )
    .await;
    assert_eq!(status, 200, "{page}");
    // No call has ended, so the EndTime filter leaves none; the links still carry every
    // filter, percent-encoded, in Twilio's order, and every key is present.
    assert_eq!(page["calls"], serde_json::json!([]));
    assert_eq!(page["next_page_uri"], serde_json::Value::Null);
    assert_eq!(page["previous_page_uri"], serde_json::Value::Null);
    assert_eq!(
        page["first_page_uri"],
        format!(
            "/2010-04-01/Accounts/{account}/Calls.json?Status=queued&StartTime%3E=2009-07-06&EndTime%3C=2019-06-11+22%3A05%3A25.000&PageSize=1&Page=0"
        )
    );
    assert_eq!(
        (page["start"].as_i64(), page["end"].as_i64()),
        (Some(0), Some(0))
    );
}

#[tokio::test]
async fn bad_list_parameters_are_400s() {
    let fake = manual().await;
    let account = fake.account_sid();
    for query in [
        "PageSize=0",
        "PageSize=1001",
        "PageSize=ten",
        "Page=-1",
        "PageToken=nonsense",
        "PageToken=PACA0123456789abcdef0123456789abcdef",
        "StartTime=yesterday",
        "EndTime%3E=2024-13-01",
        "ParentCallSid=CAnope",
    ] {
        let path = format!("/2010-04-01/Accounts/{account}/Calls.json?{query}");
        let (status, body) = get(&fake, &path).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(body["code"], 20001, "{query}: {body}");
        let name = query.split('=').next().unwrap().replace("%3E", ">");
        assert!(
            body["message"].as_str().unwrap().contains(&name),
            "{query}: {body}"
        );
    }
}

#[tokio::test]
async fn tokens_survive_deletes_and_new_calls() {
    let fake: FakeTwilio = manual().await;
    let client = fake.client();
    let all = newest_first(place_many(&client, "+15558675310", 4).await);
    let first = client.calls().list().page_size(2).send().await.unwrap();
    // A call deleted and a call placed between pages change nothing after the token.
    client.calls().delete(&all[1]).send().await.unwrap();
    place_many(&client, "+15558675310", 1).await;
    let second = first.next_page().await.unwrap().unwrap();
    assert_eq!(sids(&second.items), all[2..]);
    assert!(matches!(
        client.calls().fetch(&all[1]).send().await,
        Err(Error::Api(_))
    ));
}
