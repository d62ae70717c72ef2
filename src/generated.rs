//! The raw Calls client that progenitor generates from the prepared spec (see `build.rs` and
//! `codegen/prepare.rs`). Never edited by hand: change the spec preparation instead.
//!
//! It is an implementation detail: the hand-written layer wraps it, and only the response
//! types re-exported from the crate root under friendly names are public.

#![allow(
    dead_code,
    missing_docs,
    unreachable_pub,
    unused_imports,
    clippy::all,
    clippy::pedantic,
    rustdoc::all
)]

include!(concat!(env!("OUT_DIR"), "/calls.rs"));

/// End-to-end checks of the raw client over real HTTP (httpmock): every operation reaches the
/// right path with the right method, query and body bytes, with the hooks applied, and its
/// response decodes into the generated types.
#[cfg(test)]
mod tests {
    use httpmock::prelude::*;

    use super::Client;
    use crate::{CallStatus, HttpMethod, UpdateCallStatus};

    const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const CALL_JSON: &str = r#"{"account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "status": "in-progress",
        "start_time": "Tue, 31 Aug 2010 20:36:29 +0000", "end_time": null,
        "duration": "15", "price": "-0.03000", "direction": "outbound-api",
        "subresource_uris": {"events": "/2010-04-01/x/Events.json"}}"#;

    /// The generated client as the public `Client` configures it.
    fn raw_client(base_url: &str) -> Client {
        let client = crate::Client::builder()
            .account_sid(ACCOUNT)
            .auth_token("token")
            .base_url(base_url)
            .build()
            .unwrap();
        client.raw().clone()
    }

    fn call_path() -> String {
        format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json")
    }

    fn raw_query(req: &HttpMockRequest) -> String {
        req.uri().query().unwrap_or_default().to_owned()
    }

    fn raw_body(req: &HttpMockRequest) -> String {
        String::from_utf8(req.body().to_vec()).unwrap()
    }

    #[tokio::test]
    async fn fetch_sends_no_api_version_header_and_decodes_the_call() {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                when.method(GET)
                    .path(call_path())
                    .header_missing("api-version")
                    .is_true(|req| raw_query(req).is_empty());
                then.status(200)
                    .header("content-type", "application/json")
                    .body(CALL_JSON);
            })
            .await;
        let client = raw_client(&server.base_url());
        let call = client
            .fetch_call()
            .account_sid(ACCOUNT)
            .sid(CALL)
            .send()
            .await
            .unwrap()
            .into_inner();
        mock.assert_async().await;
        assert_eq!(call.status, Some(CallStatus::InProgress));
        assert_eq!(
            call.start_time.unwrap().to_string(),
            "Tue, 31 Aug 2010 20:36:29 +0000"
        );
        assert_eq!(call.end_time, None);
        assert_eq!(call.duration.as_deref(), Some("15"));
    }

    #[tokio::test]
    async fn list_sends_every_filter_with_its_wire_name() {
        let server = MockServer::start_async().await;
        // progenitor emits query parameters sorted by their (generated) name.
        let expected = "EndTime=2024-02-01T00%3A00%3A00Z\
            &EndTime%3E=2024-01-31&EndTime%3C=2024-02-02T00%3A00%3A00Z\
            &From=%2B14155550101&Page=2&PageSize=20&PageToken=PAabc\
            &ParentCallSid=CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\
            &StartTime=2024-01-01T00%3A00%3A00Z\
            &StartTime%3E=2023-12-31T00%3A00%3A00Z&StartTime%3C=2024-01-02T00%3A00%3A00Z\
            &Status=no-answer&To=%2B14155550100";
        let mock = server
            .mock_async(move |when, then| {
                when.method(GET)
                    .path(format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json"))
                    .is_true(move |req| raw_query(req) == expected);
                then.status(200).body(format!(
                    r#"{{"calls": [{CALL_JSON}], "page": 2, "page_size": 20,
                        "next_page_uri": null, "start": 40, "end": 40,
                        "uri": "/2010-04-01/Accounts/{ACCOUNT}/Calls.json?PageSize=20&Page=2"}}"#
                ));
            })
            .await;
        let at = |s: &str| s.parse::<chrono::DateTime<chrono::Utc>>().unwrap();
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let client = raw_client(&server.base_url());
        let page = client
            .list_call()
            .account_sid(ACCOUNT)
            .to("+14155550100")
            .from("+14155550101")
            .parent_call_sid(CALL)
            .status(CallStatus::NoAnswer)
            .start_time(at("2024-01-01T00:00:00Z"))
            .start_time_before(at("2024-01-02T00:00:00Z"))
            .start_time_after(at("2023-12-31T00:00:00.999Z"))
            .end_time(at("2024-02-01T00:00:00Z"))
            .end_time_before(at("2024-02-02T00:00:00Z"))
            .end_time_after(day(2024, 1, 31))
            .page_size(std::num::NonZeroU64::new(20).unwrap())
            .page(2)
            .page_token("PAabc")
            .send()
            .await
            .unwrap()
            .into_inner();
        mock.assert_async().await;
        assert_eq!(page.calls.len(), 1);
        assert_eq!(page.page, Some(2));
        assert_eq!(page.next_page_uri, None);
    }

    #[tokio::test]
    async fn create_posts_the_form_body_in_spec_order() {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                when.method(POST)
                    .path(format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header_missing("api-version")
                    .is_true(|req| {
                        raw_body(req)
                            == "From=%2B14155550101&MachineDetectionTimeout=30\
                                &Record=true&StatusCallbackMethod=GET&To=%2B14155550100\
                                &Url=https%3A%2F%2Fexample.com%2Ftwiml"
                    });
                then.status(201).body(CALL_JSON);
            })
            .await;
        let client = raw_client(&server.base_url());
        let call = client
            .create_call()
            .account_sid(ACCOUNT)
            .body_map(|b| {
                b.to("+14155550100")
                    .from("+14155550101")
                    .url("https://example.com/twiml".to_owned())
                    .record(true)
                    .machine_detection_timeout(30)
                    .status_callback_method(HttpMethod::Get)
            })
            .send()
            .await
            .unwrap()
            .into_inner();
        mock.assert_async().await;
        assert_eq!(call.sid.as_deref(), Some(CALL));
    }

    #[tokio::test]
    async fn update_posts_status_and_decodes_the_call() {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                when.method(POST)
                    .path(call_path())
                    .is_true(|req| raw_body(req) == "Status=canceled&TimeLimit=60");
                then.status(200)
                    .body(CALL_JSON.replace("in-progress", "canceled"));
            })
            .await;
        let client = raw_client(&server.base_url());
        let call = client
            .update_call()
            .account_sid(ACCOUNT)
            .sid(CALL)
            .body_map(|b| b.status(UpdateCallStatus::Canceled).time_limit(60))
            .send()
            .await
            .unwrap()
            .into_inner();
        mock.assert_async().await;
        assert_eq!(call.status, Some(CallStatus::Canceled));
    }

    #[tokio::test]
    async fn delete_accepts_204() {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                when.method(DELETE).path(call_path());
                then.status(204);
            })
            .await;
        let client = raw_client(&server.base_url());
        let response = client
            .delete_call()
            .account_sid(ACCOUNT)
            .sid(CALL)
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(response.status(), 204);
    }

    #[tokio::test]
    async fn malformed_sids_are_refused_before_any_request() {
        let server = MockServer::start_async().await;
        let any = server
            .mock_async(|_, then| {
                then.status(500);
            })
            .await;
        let client = raw_client(&server.base_url());
        let err = client
            .fetch_call()
            .account_sid(ACCOUNT)
            .sid("CA-not-a-sid")
            .send()
            .await
            .unwrap_err();
        assert!(err.to_string().contains("sid"), "{err}");
        assert_eq!(any.calls_async().await, 0);
    }
}
