//! ListCall over real HTTP: filters on the wire with Twilio's keys, the page-size rule,
//! pages, and the stream (3+ pages, limits, dropping, refused and failing next pages).

mod common;

use std::time::Duration;

use chrono::{NaiveDate, TimeZone, Utc};
use futures_util::{StreamExt, TryStreamExt};
use httpmock::MockServer;
use twilio_calls::{CallStatus, Error, PaginationError};

use common::{ACCOUNT, BASIC_AUTH, Recorder, client, page_json, serve, sid};

fn list_path() -> String {
    format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json")
}

/// The next-page link of page `n` (1-based) in pages of `size`.
fn link(n: usize, size: usize) -> String {
    format!("{}?PageSize={size}&Page={n}&PageToken=PA{n}", list_path())
}

/// A server with `pages` pages of `size` calls, linked in order; page `i` answers on the
/// link `link(i, size)` (the first page on the list request itself).
async fn paged(pages: usize, size: usize) -> (MockServer, Recorder) {
    let server = MockServer::start_async().await;
    let recorder = Recorder::default();
    for i in 0..pages {
        let next = (i + 1 < pages).then(|| link(i + 1, size));
        let body = page_json(i * size, size, next.as_deref());
        recorder
            .answer(
                &server,
                move |w| {
                    let w = w.path(list_path());
                    if i == 0 {
                        w.query_param_missing("PageToken")
                    } else {
                        w.query_param("PageToken", format!("PA{i}"))
                    }
                },
                200,
                body,
            )
            .await;
    }
    (server, recorder)
}

/// A server answering the list request with `first`, and the link `PageToken=PA1` with
/// `(status, content type, body)`.
async fn first_then(first: String, second: (u16, &'static str, String)) -> (MockServer, Recorder) {
    let server = MockServer::start_async().await;
    let recorder = Recorder::default();
    recorder
        .answer(&server, |w| w.query_param_missing("PageToken"), 200, first)
        .await;
    let (status, content_type, body) = second;
    recorder
        .answer_with(
            &server,
            |w| w.query_param("PageToken", "PA1"),
            status,
            vec![("content-type", content_type)],
            body,
        )
        .await;
    (server, recorder)
}

fn sids(range: std::ops::Range<usize>) -> Vec<String> {
    range.map(sid).collect()
}

#[tokio::test]
async fn every_filter_goes_on_the_wire_with_twilios_keys() {
    let (server, recorder) = serve(200, page_json(0, 2, Some(&link(1, 2)))).await;
    let page = client(&server)
        .calls()
        .list()
        .to("+15558675310")
        .from("+15017122661")
        .parent_call_sid("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
        .status(CallStatus::InProgress)
        .start_time(NaiveDate::from_ymd_opt(2024, 1, 31).unwrap())
        .start_time_before(Utc.with_ymd_and_hms(2024, 2, 1, 10, 30, 0).unwrap())
        .start_time_after(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())
        .end_time(Utc.with_ymd_and_hms(2024, 1, 31, 23, 59, 59).unwrap())
        .end_time_before(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap())
        .end_time_after(
            chrono::DateTime::parse_from_rfc3339("2024-01-01T02:00:00.250+02:00").unwrap(),
        )
        .page_size(2)
        .send()
        .await
        .unwrap();
    let seen = recorder.only();
    assert_eq!(seen.method, "GET");
    assert_eq!(
        seen.target,
        format!(
            // The spec's order (twilio-python's), and its keys, `<` and `>` included.
            "{}?To=%2B15558675310&From=%2B15017122661\
             &ParentCallSid=CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb&Status=in-progress\
             &StartTime=2024-01-31&StartTime%3C=2024-02-01T10%3A30%3A00Z&StartTime%3E=2024-01-01\
             &EndTime=2024-01-31T23%3A59%3A59Z&EndTime%3C=2024-03-01\
             &EndTime%3E=2024-01-01T00%3A00%3A00Z&PageSize=2",
            list_path()
        )
    );
    assert_eq!(seen.header("authorization"), Some(BASIC_AUTH));
    assert_eq!(seen.header("accept"), Some("application/json"));
    assert_eq!(seen.header("api-version"), None);

    assert_eq!(
        page.items.iter().map(|c| c.sid.clone()).collect::<Vec<_>>(),
        sids(0..2)
    );
    assert_eq!(
        (page.page, page.page_size, page.start, page.end),
        (Some(0), Some(2), Some(0), Some(1))
    );
    assert_eq!(page.next_page_uri.as_deref(), Some(link(1, 2).as_str()));
    assert_eq!(page.previous_page_uri, None);
    assert!(page.uri.as_deref().unwrap().starts_with(&list_path()));
    assert!(page.has_next());
}

#[tokio::test]
async fn page_size_follows_twilio_gos_rule() {
    let (server, recorder) = serve(200, page_json(0, 0, None)).await;
    let calls = client(&server).calls();
    calls.list().send().await.unwrap();
    calls.list().limit(120).send().await.unwrap();
    calls.list().limit(5000).send().await.unwrap();
    calls.list().page_size(20).limit(120).send().await.unwrap();
    calls.list().page_size(500).limit(100).send().await.unwrap();
    calls.list().page_size(1000).send().await.unwrap();
    let sizes: Vec<String> = recorder
        .seen()
        .iter()
        .map(|s| s.target.rsplit_once("PageSize=").unwrap().1.to_owned())
        .collect();
    assert_eq!(sizes, ["50", "120", "1000", "20", "100", "1000"]);

    for bad in [0, 1001] {
        let err = calls.list().page_size(bad).send().await.unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("invalid `PageSize`: must be between 1 and 1000 (got {bad})")
        );
        let from_stream = calls.list().page_size(bad).stream().next().await.unwrap();
        assert!(matches!(
            from_stream,
            Err(Error::InvalidInput {
                parameter: "PageSize",
                ..
            })
        ));
    }
    let err = calls
        .list()
        .parent_call_sid("CA1")
        .send()
        .await
        .unwrap_err();
    assert!(
        err.to_string().starts_with("invalid `ParentCallSid`"),
        "{err}"
    );
    assert_eq!(recorder.seen().len(), 6);
}

#[tokio::test]
async fn stream_follows_next_page_links_across_pages() {
    let (server, recorder) = paged(4, 3).await;
    let calls: Vec<_> = client(&server)
        .calls()
        .list()
        .page_size(3)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        calls.into_iter().map(|c| c.sid).collect::<Vec<_>>(),
        sids(0..12)
    );
    let seen = recorder.seen();
    let targets: Vec<_> = seen.iter().map(|s| s.target.clone()).collect();
    assert_eq!(
        targets,
        [
            format!("{}?PageSize=3", list_path()),
            link(1, 3),
            link(2, 3),
            link(3, 3)
        ]
    );
    for s in &seen {
        assert_eq!(s.header("authorization"), Some(BASIC_AUTH));
        assert_eq!(s.method, "GET");
    }
}

#[tokio::test]
async fn stream_stops_exactly_at_the_limit_and_fetches_no_page_it_does_not_need() {
    // Limit in the middle of the second page: two requests, three calls.
    let (server, recorder) = paged(4, 2).await;
    let calls = client(&server).calls();
    let got: Vec<_> = calls
        .list()
        .page_size(2)
        .limit(3)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        got.into_iter().map(|c| c.sid).collect::<Vec<_>>(),
        sids(0..3)
    );
    assert_eq!(recorder.seen().len(), 2);

    // Limit on a page boundary: the next page is linked but never requested.
    let got: Vec<_> = calls
        .list()
        .page_size(2)
        .limit(4)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 4);
    assert_eq!(recorder.seen().len(), 4);

    // A limit alone sizes the pages: one request for all 2 calls.
    let (server, recorder) = paged(1, 2).await;
    let got: Vec<_> = client(&server)
        .calls()
        .list()
        .limit(2)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(got.len(), 2);
    assert_eq!(
        recorder.only().target,
        format!("{}?PageSize=2", list_path())
    );

    // A limit of zero asks for nothing.
    let got: Vec<_> = client(&server)
        .calls()
        .list()
        .limit(0)
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert!(got.is_empty());
    assert_eq!(recorder.seen().len(), 1);
}

#[tokio::test]
async fn dropping_the_stream_stops_it() {
    let (server, recorder) = paged(3, 2).await;
    let mut stream = client(&server).calls().list().page_size(2).stream();
    let first = stream.next().await.unwrap().unwrap();
    assert_eq!(first.sid, sid(0));
    drop(stream);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(recorder.seen().len(), 1);
}

/// Waits (up to 5 s) until `recorder` has seen `n` requests.
async fn requests_reach(recorder: &Recorder, n: usize) {
    for _ in 0..500 {
        if recorder.seen().len() >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("{} requests, expected {n}", recorder.seen().len());
}

#[tokio::test]
async fn the_next_page_is_fetched_while_the_current_one_is_consumed() {
    let (server, recorder) = paged(3, 2).await;
    let mut stream = client(&server).calls().list().page_size(2).stream();
    assert_eq!(stream.next().await.unwrap().unwrap().sid, sid(0));
    // The stream is not polled, yet the second page is requested: one page ahead, no more.
    requests_reach(&recorder, 2).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(recorder.seen().len(), 2);
    let rest: Vec<_> = stream.try_collect().await.unwrap();
    assert_eq!(rest.len(), 5);
    assert_eq!(recorder.seen().len(), 3);

    // Without prefetch, a page is requested only when the previous one is used up.
    let (server, recorder) = paged(3, 2).await;
    let list = client(&server).calls().list().page_size(2).prefetch(false);
    let mut stream = list.stream();
    stream.next().await.unwrap().unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(recorder.seen().len(), 1);
    stream.next().await.unwrap().unwrap();
    stream.next().await.unwrap().unwrap();
    assert_eq!(recorder.seen().len(), 2);

    // Never past the limit: the first page holds all that is wanted.
    let (server, recorder) = paged(3, 2).await;
    let mut stream = client(&server)
        .calls()
        .list()
        .page_size(2)
        .limit(2)
        .stream();
    stream.next().await.unwrap().unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(recorder.seen().len(), 1);
    assert_eq!(stream.count().await, 1);
}

#[tokio::test]
async fn a_next_page_on_another_host_is_refused_after_the_current_page() {
    let evil = "https://evil.example/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls.json?Page=1";
    let (server, recorder) = serve(200, page_json(0, 2, Some(evil))).await;
    let mut stream = client(&server).calls().list().stream();
    assert_eq!(stream.next().await.unwrap().unwrap().sid, sid(0));
    assert_eq!(stream.next().await.unwrap().unwrap().sid, sid(1));
    let err = stream.next().await.unwrap().unwrap_err();
    assert!(
        matches!(&err, Error::Pagination(PaginationError::ForeignHost { link }) if link == evil),
        "{err:?}"
    );
    assert!(err.to_string().contains("another host"), "{err}");
    assert!(stream.next().await.is_none());
    assert_eq!(recorder.seen().len(), 1);
}

#[tokio::test]
async fn a_next_page_on_another_account_or_resource_is_refused() {
    for other in [
        // Same host, another account: the stream would silently list its calls.
        "/2010-04-01/Accounts/ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/Calls.json?Page=1",
        // Same account, another resource or path.
        "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings.json?Page=1",
        "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls.json/../../ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/Calls.json",
        "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json",
    ] {
        let (server, recorder) = serve(200, page_json(0, 1, Some(other))).await;
        let page = client(&server).calls().list().send().await.unwrap();
        let err = page.next_page().await.unwrap_err();
        assert!(
            matches!(&err, Error::Pagination(PaginationError::ForeignResource { link }) if *link == other),
            "{other}: {err:?}"
        );
        assert!(err.to_string().contains("leaves the list"), "{err}");
        let results: Vec<_> = page.into_stream().collect().await;
        assert!(results[1].is_err());
        assert_eq!(recorder.seen().len(), 1, "{other}");
    }
    // Links to the same list with another query are followed.
    let same = format!("{}?PageSize=1&Page=1&PageToken=PA1", list_path());
    let (server, _) = serve(200, page_json(0, 1, Some(&same))).await;
    let page = client(&server).calls().list().send().await.unwrap();
    assert!(page.next_page().await.is_ok());
}

#[tokio::test]
async fn a_next_page_link_to_a_page_already_fetched_is_an_error_not_a_loop() {
    // Page 1 links to page 2, which links back to page 2 itself.
    let (server, recorder) = first_then(
        page_json(0, 1, Some(&link(1, 1))),
        (200, "application/json", page_json(1, 1, Some(&link(1, 1)))),
    )
    .await;
    let results: Vec<_> = client(&server)
        .calls()
        .list()
        .page_size(1)
        .stream()
        .collect()
        .await;
    assert_eq!(results.len(), 3, "{results:?}");
    assert_eq!(results[1].as_ref().unwrap().sid, sid(1));
    assert!(
        matches!(
            &results[2],
            Err(Error::Pagination(PaginationError::RepeatedLink { .. }))
        ),
        "{results:?}"
    );
    assert_eq!(recorder.seen().len(), 2);

    // A page whose next link is its own URI (what Prism's example page does).
    let own = format!("{}?PageSize=1&Start=0", list_path());
    let body = page_json(0, 1, Some(&own));
    let (server, recorder) = serve(200, body).await;
    let page = client(&server).calls().list().send().await.unwrap();
    let err = page.next_page().await.unwrap_err();
    assert!(
        matches!(err, Error::Pagination(PaginationError::RepeatedLink { .. })),
        "{err:?}"
    );
    let results: Vec<_> = page.into_stream().collect().await;
    assert_eq!(results.len(), 2);
    assert!(results[1].is_err());
    assert_eq!(recorder.seen().len(), 1);
}

#[tokio::test]
async fn a_failing_page_is_yielded_once_then_the_stream_ends() {
    let (server, _) = first_then(
        page_json(0, 2, Some(&link(1, 2))),
        (
            502,
            "text/html",
            "<html><body><h1>502 Bad Gateway</h1></body></html>".into(),
        ),
    )
    .await;
    let results: Vec<_> = client(&server)
        .calls()
        .list()
        .page_size(2)
        .stream()
        .collect()
        .await;
    assert_eq!(results.len(), 3);
    let Err(Error::Api(api)) = &results[2] else {
        panic!("{results:?}")
    };
    assert_eq!(
        (api.status, api.code, api.operation),
        (502, None, "ListCall")
    );
    assert!(api.body_snippet.contains("502 Bad Gateway"));
}

#[tokio::test]
async fn pages_fetch_their_next_page_and_stream_from_where_they_are() {
    let (server, recorder) = paged(3, 2).await;
    let calls = client(&server).calls();
    let first = calls.list().page_size(2).await.unwrap();
    let second = first.next_page().await.unwrap().unwrap();
    assert_eq!(second.items[0].sid, sid(2));
    let third = second.next_page().await.unwrap().unwrap();
    assert!(!third.has_next());
    assert!(third.next_page().await.unwrap().is_none());
    assert_eq!(recorder.seen().len(), 3);

    let rest: Vec<_> = second.into_stream().try_collect().await.unwrap();
    assert_eq!(
        rest.into_iter().map(|c| c.sid).collect::<Vec<_>>(),
        sids(2..6)
    );
    let by_ref: Vec<_> = (&first).into_iter().map(|c| c.sid.clone()).collect();
    assert_eq!(by_ref, sids(0..2));
}

#[tokio::test]
async fn streams_are_send_and_static() {
    let (server, _recorder) = paged(2, 2).await;
    let stream = client(&server).calls().list().page_size(2).stream();
    let count = tokio::spawn(async move { stream.try_collect::<Vec<_>>().await.map(|v| v.len()) })
        .await
        .unwrap()
        .unwrap();
    assert_eq!(count, 4);
}
