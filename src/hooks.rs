//! The one place for cross-cutting HTTP behaviour of the generated client
//! (progenitor's `ClientHooks`): every request the generated code builds passes through here
//! before it is sent.
//!
//! What it does to every request:
//! - adds the credentials (`Authorization: Basic …`, marked sensitive), the User-Agent and
//!   `Accept: application/json`, and the client's timeout unless the request has its own;
//! - the comparison filters renamed for the generator (`StartTimeBefore`) get their wire
//!   names back (`StartTime<`), from the table `build.rs` writes beside the generated code;
//! - the `api-version` header progenitor adds (the spec's `info.version`) is removed: Twilio's
//!   own SDKs send nothing of the kind.
//!
//! What it does to every response: records the exchange in the attempt's tracing span
//! (method, path, status, Twilio's request id and concurrency count; never a header that
//! could hold a credential), and caps the body at the client's limit.

use http_body_util::{BodyExt, LengthLimitError, Limited};
use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
use reqwest::Url;
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue, USER_AGENT};

use crate::auth::Shared;
use crate::generated::{Client, WIRE_RENAMES};
use crate::http::TooLarge;

impl ClientHooks<Shared> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let headers = request.headers_mut();
        headers.remove("api-version");
        headers.insert(AUTHORIZATION, self.inner.authorization.clone());
        headers.insert(USER_AGENT, self.inner.user_agent.clone());
        headers
            .entry(ACCEPT)
            .or_insert(HeaderValue::from_static("application/json"));
        if request.timeout().is_none() {
            *request.timeout_mut() = self.inner.timeout;
        }
        restore_query_wire_names(request.url_mut(), info.operation_id);
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::Span::current();
        if span.is_disabled() {
            let response = self.client().execute(request).await?;
            return Ok(limit_body(response, self.inner.max_response_bytes));
        }
        span.record("http.method", request.method().as_str());
        span.record("url.path", request.url().path());
        let response = self.client().execute(request).await?;
        span.record("http.status", response.status().as_u16());
        let headers = response.headers();
        if let Some(id) = headers
            .get("twilio-request-id")
            .and_then(|v| v.to_str().ok())
        {
            span.record("twilio.request_id", id);
        }
        let concurrent = headers.get("twilio-concurrent-requests");
        if let Some(count) = concurrent.and_then(|v| v.to_str().ok()) {
            span.record("twilio.concurrent_requests", count);
        }
        Ok(limit_body(response, self.inner.max_response_bytes))
    }
}

/// The response with a body that fails with [`TooLarge`] once more than `limit` bytes
/// arrive: nothing past the limit is buffered, and nothing is silently cut off.
fn limit_body(response: reqwest::Response, limit: usize) -> reqwest::Response {
    // hyper never yields more than a declared Content-Length, so a body declared within the
    // limit needs no wrapper (the usual case, and the cheap one).
    if response
        .content_length()
        .is_some_and(|length| length <= limit as u64)
    {
        return response;
    }
    let status = response.status().as_u16();
    let (parts, body) = http::Response::<reqwest::Body>::from(response).into_parts();
    let body = Limited::new(body, limit).map_err(move |error| {
        if error.is::<LengthLimitError>() {
            Box::new(TooLarge { status, limit })
        } else {
            error
        }
    });
    http::Response::from_parts(parts, reqwest::Body::wrap(body)).into()
}

/// Renames the query keys of `operation` that the spec preparation renamed back to their
/// wire names. Leaves the URL untouched (no re-encoding) when there is nothing to rename.
fn restore_query_wire_names(url: &mut Url, operation: &str) {
    let wire_name = |key: &str| {
        WIRE_RENAMES
            .iter()
            .find(|(op, location, generated, _)| {
                *op == operation && *location == "query" && *generated == key
            })
            .map(|(_, _, _, wire)| *wire)
    };
    if !url.query_pairs().any(|(key, _)| wire_name(&key).is_some()) {
        return;
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(key, value)| {
            let key = wire_name(&key).map_or_else(|| key.into_owned(), str::to_owned);
            (key, value.into_owned())
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_keys_get_their_wire_names_back() {
        let mut url = Url::parse(
            "https://api.twilio.com/x?To=%2B1555&StartTimeBefore=2024-01-02T00%3A00%3A00Z&EndTimeAfter=2024-01-01",
        )
        .unwrap();
        restore_query_wire_names(&mut url, "list_call");
        assert_eq!(
            url.query(),
            Some("To=%2B1555&StartTime%3C=2024-01-02T00%3A00%3A00Z&EndTime%3E=2024-01-01")
        );
    }

    #[test]
    fn other_operations_and_plain_keys_are_left_alone() {
        let raw = "https://api.twilio.com/x?StartTimeBefore=a%20b&Page=1";
        let mut url = Url::parse(raw).unwrap();
        restore_query_wire_names(&mut url, "fetch_call");
        assert_eq!(url.as_str(), raw);
    }

    #[test]
    fn the_table_covers_all_four_range_filters() {
        let mut wire: Vec<_> = WIRE_RENAMES.iter().map(|r| (r.0, r.1, r.3)).collect();
        wire.sort();
        assert_eq!(
            wire,
            [
                ("list_call", "query", "EndTime<"),
                ("list_call", "query", "EndTime>"),
                ("list_call", "query", "StartTime<"),
                ("list_call", "query", "StartTime>"),
            ]
        );
    }
}
