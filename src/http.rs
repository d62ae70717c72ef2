//! Sending requests and reading answers. The generated builders' results and the requests
//! built here (the form-encoded create, next-page GETs) all end in this module: through the
//! hooks, status checked, body read, decoded, and every failure mapped to [`Error`].

//! Sending requests and reading answers. The generated builders' results and the requests
//! built here (the form-encoded create, next-page GETs) all end in this module: through the
//! throttle and the retry loop, the hooks, status checked, body read, decoded, and every
//! failure mapped to [`Error`].

use std::future::Future;
use std::time::{Duration, Instant, SystemTime};

use progenitor_client::{ClientHooks, OperationInfo, ResponseValue};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::error::{ApiError, snippet};
use crate::retry::{self, retryable};
use crate::{ApiResponse, Client, Error};

/// One of the five operations: its name in the spec (for errors) and in the generated code
/// (for the hooks), the status the spec documents for success, and whether sending it twice
/// does no more than sending it once (which decides what is retried).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Operation {
    pub(crate) name: &'static str,
    id: &'static str,
    success: StatusCode,
    idempotent: bool,
}

impl Operation {
    /// The error for a request of this operation that failed in transit (or whose body
    /// broke the size cap on the way in).
    pub(crate) fn transport(self, source: reqwest::Error) -> Error {
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&source);
        while let Some(error) = cause {
            if let Some(&TooLarge { status, limit }) = error.downcast_ref::<TooLarge>() {
                return Error::ResponseTooLarge {
                    operation: self.name,
                    status,
                    limit,
                    attempts: 1,
                };
            }
            cause = error.source();
        }
        Error::Transport {
            operation: self.name,
            source,
            attempts: 1,
        }
    }
}

pub(crate) const CREATE_CALL: Operation = Operation {
    name: "CreateCall",
    id: "create_call",
    success: StatusCode::CREATED,
    idempotent: false,
};
pub(crate) const FETCH_CALL: Operation = Operation {
    name: "FetchCall",
    id: "fetch_call",
    success: StatusCode::OK,
    idempotent: true,
};
pub(crate) const UPDATE_CALL: Operation = Operation {
    name: "UpdateCall",
    id: "update_call",
    success: StatusCode::OK,
    idempotent: false,
};
pub(crate) const DELETE_CALL: Operation = Operation {
    name: "DeleteCall",
    id: "delete_call",
    success: StatusCode::NO_CONTENT,
    idempotent: true,
};
pub(crate) const LIST_CALL: Operation = Operation {
    name: "ListCall",
    id: "list_call",
    success: StatusCode::OK,
    idempotent: true,
};

/// What one request may change from the client's configuration.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RequestOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
}

/// The per-request setters every builder has, over its `options` field; `$builder` is an
/// expression on `client` giving the builder, for the doctests.
macro_rules! request_options {
    ($builder:literal) => {
        /// This request's timeout, for each attempt (connecting, sending, reading the
        /// response), instead of the client's
        /// ([`ClientBuilder::timeout`](crate::ClientBuilder::timeout)).
        ///
        /// ```
        /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
        #[doc = concat!("let request = ", $builder, ".request_timeout(std::time::Duration::from_secs(5));")]
        /// ```
        pub fn request_timeout(mut self, timeout: std::time::Duration) -> Self {
            self.options.timeout = Some(timeout);
            self
        }

        /// How many times this request may be retried, instead of the client's
        /// ([`ClientBuilder::max_retries`](crate::ClientBuilder::max_retries)); 0 sends it
        /// once. What is safe to retry does not change (see [`RetryPolicy`](crate::RetryPolicy)).
        ///
        /// ```
        /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
        #[doc = concat!("let request = ", $builder, ".max_retries(0);")]
        /// ```
        pub fn max_retries(mut self, retries: u32) -> Self {
            self.options.max_retries = Some(retries);
            self
        }
    };
}
pub(crate) use request_options;

/// Runs `attempt` until it succeeds, fails in a way that must not be retried, or the retry
/// policy says stop. Each attempt waits for the client's throttle and runs in its own
/// tracing span.
pub(crate) async fn send<T, F, Fut>(
    client: &Client,
    op: Operation,
    options: &RequestOptions,
    mut attempt: F,
) -> Result<ApiResponse<T>, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<ApiResponse<T>, Error>>,
{
    let shared = &client.raw().inner;
    let policy = &shared.retry;
    let max_retries = options.max_retries.unwrap_or(policy.get_max_retries());
    let started = Instant::now();
    let mut count: u32 = 0;
    loop {
        count += 1;
        let span = tracing::info_span!(
            "twilio.request",
            operation = op.name,
            attempt = count,
            http.method = tracing::field::Empty,
            url.path = tracing::field::Empty,
            http.status = tracing::field::Empty,
            twilio.error_code = tracing::field::Empty,
            twilio.request_id = tracing::field::Empty,
            twilio.concurrent_requests = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        let permit = shared.throttle.acquire().await;
        // Without a subscriber listening, skip the span's bookkeeping (and its clock reads):
        // it is most of what the client adds to a request.
        // Boxed: the attempt's future is large, and moving it inline costs more than the
        // allocation.
        let attempt = Box::pin(attempt());
        let result = if span.is_disabled() {
            attempt.await
        } else {
            let attempt_started = Instant::now();
            let result = attempt.instrument(span.clone()).await;
            span.record("elapsed_ms", attempt_started.elapsed().as_millis() as u64);
            result
        };
        drop(permit);
        let error = match result {
            Ok(mut response) => {
                response.attempts = count;
                tracing::debug!(parent: &span, status = response.status.as_u16(), "done");
                return Ok(response);
            }
            Err(error) => error,
        };
        if let Some(code) = error.api().and_then(|e| e.code) {
            span.record("twilio.error_code", code);
        }
        let wait = retryable(op.idempotent, &error)
            .map(|asked| policy.wait(count, asked, retry::random()))
            .filter(|wait| {
                count <= max_retries && started.elapsed() + *wait <= policy.get_budget()
            });
        let Some(wait) = wait else {
            let error = error.with_attempts(count);
            tracing::debug!(parent: &span, error = %error, "failed");
            return Err(error);
        };
        tracing::info!(
            parent: &span,
            error = %error,
            wait_ms = wait.as_millis() as u64,
            "retrying"
        );
        tokio::time::sleep(wait).await;
    }
}

/// Sends a request built outside the generated builders (with retries, see [`send`]) and
/// decodes its answer.
pub(crate) async fn send_request<T: DeserializeOwned + Expected>(
    client: &Client,
    op: Operation,
    options: &RequestOptions,
    request: reqwest::RequestBuilder,
) -> Result<ApiResponse<T>, Error> {
    let mut request = request.build().map_err(|e| op.transport(e))?;
    if options.timeout.is_some() {
        *request.timeout_mut() = options.timeout;
    }
    send(client, op, options, || {
        // Bodies here are always bytes in memory, so a copy always exists.
        let copy = request.try_clone().expect("request bodies are buffered");
        async move { read_json(op, execute(client, op, copy).await?).await }
    })
    .await
}

/// Sends one request through the same hooks as the generated builders, so that
/// credentials, headers and wire fixes apply to it exactly as to the others.
async fn execute(
    client: &Client,
    op: Operation,
    mut request: reqwest::Request,
) -> Result<reqwest::Response, Error> {
    let raw = client.raw();
    let info = OperationInfo {
        operation_id: op.id,
    };
    raw.pre::<()>(&mut request, &info)
        .await
        .map_err(|e| hook_error(op, e))?;
    let result = raw.exec(request, &info).await;
    raw.post::<()>(&result, &info)
        .await
        .map_err(|e| hook_error(op, e))?;
    result.map_err(|e| op.transport(e))
}

/// Reads a response: the decoded body on success, an [`ApiError`] otherwise.
pub(crate) async fn read_json<T: DeserializeOwned + Expected>(
    op: Operation,
    response: reqwest::Response,
) -> Result<ApiResponse<T>, Error> {
    let (status, headers, body) = read_success(op, response).await?;
    let data = decode(op, status, &body)?;
    Ok(ApiResponse::new(data, status, headers))
}

/// Reads a response's status, headers and body, or turns an error status into an
/// [`ApiError`].
pub(crate) async fn read_success(
    op: Operation,
    mut response: reqwest::Response,
) -> Result<(StatusCode, HeaderMap, bytes::Bytes), Error> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let body = response.bytes().await.map_err(|e| op.transport(e))?;
    if status.is_success() {
        return Ok((status, headers, body));
    }
    let request_id = headers
        .get("twilio-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let retry_after = retry::retry_after(&headers, SystemTime::now());
    Err(ApiError::from_body(op.name, status, request_id, retry_after, &body).into())
}

/// What a success body must hold beyond what decoding checks. The generated types make
/// every field optional, so without this an error body (or `{}`) under a success status
/// would pass for an empty call or page.
pub(crate) trait Expected {
    /// The field that must be there and is not.
    fn missing(&self) -> Option<&'static str>;
}

impl Expected for crate::Call {
    fn missing(&self) -> Option<&'static str> {
        self.sid.is_none().then_some("sid")
    }
}

impl Expected for crate::CallPage {
    fn missing(&self) -> Option<&'static str> {
        self.uri.is_none().then_some("uri")
    }
}

impl Expected for () {
    fn missing(&self) -> Option<&'static str> {
        None
    }
}

/// Decodes a success body, naming the field that failed.
pub(crate) fn decode<T: DeserializeOwned + Expected>(
    op: Operation,
    status: StatusCode,
    body: &[u8],
) -> Result<T, Error> {
    let fail = |message: String| decode_error(op, status, message, body);
    // The plain decoder is fast; only a failure is decoded again to name the failing field.
    let value: T = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(plain) => {
            let mut de = serde_json::Deserializer::from_slice(body);
            return Err(match serde_path_to_error::deserialize::<_, T>(&mut de) {
                Err(e) if e.path().to_string() != "." => {
                    fail(format!("at `{}`: {}", e.path(), e.inner()))
                }
                _ => fail(plain.to_string()),
            });
        }
    };
    check(op, status, value, |_| body.to_vec())
}

/// `value` if it holds what it must ([`Expected`]); `body` gives what it was decoded from,
/// for the error.
fn check<T: Expected>(
    op: Operation,
    status: StatusCode,
    value: T,
    body: impl FnOnce(&T) -> Vec<u8>,
) -> Result<T, Error> {
    match value.missing() {
        None => Ok(value),
        Some(field) => Err(decode_error(
            op,
            status,
            format!("no `{field}`"),
            &body(&value),
        )),
    }
}

/// A [`Error::Decode`]; says so when the body is a Twilio error under a success status.
fn decode_error(op: Operation, status: StatusCode, mut message: String, body: &[u8]) -> Error {
    let as_error = ApiError::from_body(op.name, status, None, None, body);
    if let Some(code) = as_error.code {
        message = format!(
            "{message}; the body is Twilio error {code} ({})",
            as_error.message
        );
    }
    Error::Decode {
        operation: op.name,
        status: status.as_u16(),
        message,
        body_snippet: snippet(body),
        attempts: 1,
    }
}

/// Maps what a generated builder's `send()` returned.
pub(crate) async fn finish<T: DeserializeOwned + Expected + serde::Serialize>(
    op: Operation,
    result: Result<ResponseValue<T>, progenitor_client::Error<()>>,
) -> Result<ApiResponse<T>, Error> {
    use progenitor_client::Error as Generated;
    match result {
        Ok(value) => {
            let (status, headers) = (value.status(), value.headers().clone());
            // The body is gone (the generated code read it): an error shows what it decoded to.
            let value = check(op, status, value.into_inner(), |value| {
                serde_json::to_vec(value).unwrap_or_default()
            })?;
            Ok(ApiResponse::new(value, status, headers))
        }
        // Not the documented status: an error answer, or another success status whose body
        // may still be what the spec promises.
        Err(Generated::UnexpectedResponse(response)) => read_json(op, response).await,
        Err(Generated::InvalidResponsePayload(body, _)) => decode(op, op.success, &body)
            .map(|data| ApiResponse::new(data, op.success, HeaderMap::new())),
        Err(Generated::CommunicationError(source) | Generated::ResponseBodyError(source)) => {
            Err(op.transport(source))
        }
        Err(other) => Err(hook_error(op, other)),
    }
}

/// The error a response body yields once it grows past the client's cap; found again by
/// [`Operation::transport`] under `reqwest`'s own error.
#[derive(Debug)]
pub(crate) struct TooLarge {
    pub(crate) status: u16,
    pub(crate) limit: usize,
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the response body exceeds {} bytes", self.limit)
    }
}

impl std::error::Error for TooLarge {}

/// A generated-client failure that the checks before sending should have made impossible.
fn hook_error(op: Operation, error: progenitor_client::Error<()>) -> Error {
    Error::invalid(
        "request",
        format!("{} could not be built: {error}", op.name),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Call;

    #[test]
    fn empty_and_trailing_garbage_bodies_fail_to_decode() {
        assert!(decode::<Call>(FETCH_CALL, StatusCode::OK, b"").is_err());
        assert!(decode::<Call>(FETCH_CALL, StatusCode::OK, b"{} x").is_err());
    }

    /// Whatever a server sends, reading it never panics: it decodes or it is an error.
    mod never_panic {
        use proptest::prelude::*;

        use super::*;
        use crate::CallPage;

        const CALL: &str = r#"{"sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "status": "in-progress",
            "start_time": "Tue, 31 Aug 2010 20:36:29 +0000", "duration": "15",
            "price": "-0.03000", "subresource_uris": {"events": "/x"}}"#;

        /// A valid body, damaged: cut short, a byte replaced, or a span doubled.
        fn damaged(valid: String) -> impl Strategy<Value = Vec<u8>> {
            let len = valid.len();
            (0..=len, any::<u8>(), 0..=len).prop_map(move |(at, byte, other)| {
                let mut bytes = valid.clone().into_bytes();
                match at % 3 {
                    0 => bytes.truncate(at),
                    1 if at < len => bytes[at] = byte,
                    _ => {
                        let (a, b) = (at.min(other), at.max(other));
                        let span = bytes[a..b].to_vec();
                        bytes.splice(b..b, span);
                    }
                }
                bytes
            })
        }

        fn read_all(body: &[u8]) {
            let _ = decode::<Call>(FETCH_CALL, StatusCode::OK, body);
            let _ = decode::<CallPage>(LIST_CALL, StatusCode::OK, body);
            let _ = decode::<()>(DELETE_CALL, StatusCode::OK, body);
            let error = ApiError::from_body("FetchCall", StatusCode::BAD_GATEWAY, None, None, body);
            assert!(error.body_snippet.len() <= crate::error::SNIPPET_BYTES);
            let _ = error.to_string();
        }

        proptest! {
            #[test]
            fn arbitrary_bytes(body in proptest::collection::vec(any::<u8>(), 0..600)) {
                read_all(&body);
            }

            #[test]
            fn damaged_calls_and_pages(
                body in prop_oneof![
                    damaged(CALL.to_owned()),
                    damaged(format!(r#"{{"calls": [{CALL}, {CALL}], "uri": "/x", "page": 0}}"#)),
                    damaged(r#"{"code": 20404, "message": "no", "more_info": "x", "status": 404}"#.to_owned()),
                ]
            ) {
                read_all(&body);
            }

            #[test]
            fn arbitrary_retry_after(value in "\\PC{0,40}") {
                let mut headers = HeaderMap::new();
                if let Ok(value) = reqwest::header::HeaderValue::from_str(&value) {
                    headers.insert(reqwest::header::RETRY_AFTER, value);
                }
                let _ = retry::retry_after(&headers, SystemTime::now());
            }
        }
    }
}
