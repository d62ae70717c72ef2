//! The one send path: every request of every operation goes through [`send_request`]:
//! the limits and the retry loop, the credentials (an OAuth token replaced once when
//! refused), the progenitor hooks (headers, tracing, the body cap), the client-validation
//! signature, the status check, the body read and decoded, and every failure mapped to
//! [`Error`].

use std::time::{Duration, Instant, SystemTime};

use progenitor_client::ClientHooks;
use reqwest::StatusCode;
use reqwest::header::{AUTHORIZATION, HeaderValue};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::auth::Authorization;
use crate::error::{ApiError, snippet};
use crate::retry::{self, retryable};
use crate::{ApiResponse, Client, Error};

/// What the generated code says about an operation: its name in the spec (for errors and
/// spans), its HTTP method, whether sending it twice does no more than sending it once (which
/// decides what is retried), and whether its answer and its request have bodies.
#[derive(Clone, Debug)]
pub struct OperationInfo {
    pub(crate) name: &'static str,
    pub(crate) method: reqwest::Method,
    pub(crate) idempotent: bool,
    pub(crate) has_body: bool,
    pub(crate) has_form: bool,
}

impl OperationInfo {
    /// The error for a request of this operation that failed in transit (or whose body
    /// broke the size cap on the way in).
    pub(crate) fn transport(&self, source: reqwest::Error) -> Error {
        let mut causes =
            std::iter::successors(Some(&source as &(dyn std::error::Error + 'static)), |e| {
                e.source()
            });
        if let Some(&TooLarge { status, limit }) = causes.find_map(|e| e.downcast_ref()) {
            return Error::ResponseTooLarge {
                operation: self.name,
                status,
                limit,
                attempts: 1,
            };
        }
        Error::Transport {
            operation: self.name,
            source,
            attempts: 1,
        }
    }
}

/// What one request may change from the client's configuration.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RequestOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_retries: Option<u32>,
    /// A list's limit, for its stream.
    pub(crate) limit: Option<usize>,
    /// A list's stream fetches each page only when the previous one is used up.
    pub(crate) no_prefetch: bool,
}

/// Sends `request` for operation `op` and decodes its answer, retrying until it succeeds,
/// fails in a way that must not be retried, or the retry policy says stop. Each attempt
/// waits for the client's limits and runs in its own tracing span.
pub(crate) async fn send_request<T: DeserializeOwned>(
    client: &Client,
    op: &OperationInfo,
    options: &RequestOptions,
    request: reqwest::Request,
) -> Result<ApiResponse<T>, Error> {
    let shared = &client.raw().inner;
    let policy = &shared.retry;
    let max_retries = options.max_retries.unwrap_or(policy.get_max_retries());
    let started = Instant::now();
    let mut count: u32 = 0;
    let mut token_refused = false;
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
        let permit = match shared
            .limits
            .acquire(op.name, request.timeout().copied())
            .await
        {
            Ok(permit) => permit,
            Err(error) => return Err(error.with_attempts(count - 1)),
        };
        // Bodies here are always bytes in memory, so a copy for each attempt always exists.
        let copy = request.try_clone().expect("request bodies are buffered");
        let credentials = shared.authorization.current().await;
        // The OAuth token this attempt carries, to discard if Twilio refuses it.
        let token = credentials.as_ref().ok().and_then(|(_, token)| *token);
        // Boxed: the attempt's future is large, and moving it inline costs more than the
        // allocation.
        let attempt = Box::pin(async move {
            let (authorization, _) = credentials?;
            read(op, execute(client, op, copy, authorization).await?).await
        });
        // Without a subscriber listening, skip the span's bookkeeping (and its clock reads):
        // it is most of what the client adds to a request.
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
        // An access token Twilio refuses (revoked, or expired early) is replaced once, and the
        // request repeated: a 401 did nothing, so even a create may be.
        if let (Some(token), Authorization::OAuth(source)) = (token, &shared.authorization)
            && error.api().is_some_and(|e| e.status == 401)
            && !token_refused
        {
            token_refused = true;
            source.refused(token).await;
            if count <= max_retries {
                tracing::info!(parent: &span, "access token refused; repeating with a new one");
                continue;
            }
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

/// Sends one attempt with `authorization`, through the progenitor hooks (headers, tracing,
/// the body cap), signed for client validation when the client signs, so that all of it
/// applies to every request alike.
async fn execute(
    client: &Client,
    op: &OperationInfo,
    mut request: reqwest::Request,
    authorization: HeaderValue,
) -> Result<reqwest::Response, Error> {
    let raw = client.raw();
    request.headers_mut().insert(AUTHORIZATION, authorization);
    // The hooks' view of an operation is progenitor's `OperationInfo`, which names it.
    let info = progenitor_client::OperationInfo {
        operation_id: op.name,
    };
    // Ours never fail; progenitor's signature allows it.
    let hook_failed = |e| Error::config(format!("{} could not be prepared: {e}", op.name));
    raw.pre::<()>(&mut request, &info)
        .await
        .map_err(hook_failed)?;
    // Last, over the request exactly as it goes out.
    if let Some(signer) = &raw.inner.client_validation {
        signer.sign(&mut request, SystemTime::now())?;
    }
    let result = raw.exec(request, &info).await;
    raw.post::<()>(&result, &info).await.map_err(hook_failed)?;
    result.map_err(|e| op.transport(e))
}

/// Reads a response: the decoded body on success (nothing to decode when the operation
/// answers without one), an [`ApiError`] otherwise.
pub(crate) async fn read<T: DeserializeOwned>(
    op: &OperationInfo,
    mut response: reqwest::Response,
) -> Result<ApiResponse<T>, Error> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let body = response.bytes().await.map_err(|e| op.transport(e))?;
    if !status.is_success() {
        let request_id = headers
            .get("twilio-request-id")
            .and_then(|v| v.to_str().ok());
        let request_id = request_id.map(str::to_owned);
        let retry_after = retry::retry_after(&headers, SystemTime::now());
        return Err(ApiError::from_body(op.name, status, request_id, retry_after, &body).into());
    }
    // `()` is what `null` decodes to: an operation without a body ignores whatever came.
    let body: &[u8] = if op.has_body { &body } else { b"null" };
    let data = decode(op, status, body)?;
    Ok(ApiResponse::new(data, status, headers))
}

/// Decodes a success body, naming the field that failed.
pub(crate) fn decode<T: DeserializeOwned>(
    op: &OperationInfo,
    status: StatusCode,
    body: &[u8],
) -> Result<T, Error> {
    // The plain decoder is fast; only a failure is decoded again to name the failing field.
    serde_json::from_slice(body).map_err(|plain| {
        let mut de = serde_json::Deserializer::from_slice(body);
        let message = match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Err(e) if e.path().to_string() != "." => format!("at `{}`: {}", e.path(), e.inner()),
            _ => plain.to_string(),
        };
        decode_error(op, status, message, body)
    })
}

/// A [`Error::Decode`]; says so when the body is a Twilio error under a success status.
fn decode_error(op: &OperationInfo, status: StatusCode, mut message: String, body: &[u8]) -> Error {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Call;

    const FETCH_CALL: &OperationInfo =
        &<crate::FetchCall as crate::request::sealed::Operation>::INFO;
    const LIST_CALL: &OperationInfo = &<crate::ListCall as crate::request::sealed::Operation>::INFO;
    const DELETE_CALL: &OperationInfo =
        &<crate::DeleteCall as crate::request::sealed::Operation>::INFO;

    #[test]
    fn empty_and_trailing_garbage_bodies_fail_to_decode() {
        assert!(decode::<Call>(FETCH_CALL, StatusCode::OK, b"").is_err());
        assert!(decode::<Call>(FETCH_CALL, StatusCode::OK, b"{} x").is_err());
        let err = decode::<Call>(FETCH_CALL, StatusCode::OK, b"{}").unwrap_err();
        assert!(err.to_string().contains("missing field `sid`"), "{err}");
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
                let mut headers = reqwest::header::HeaderMap::new();
                if let Ok(value) = reqwest::header::HeaderValue::from_str(&value) {
                    headers.insert(reqwest::header::RETRY_AFTER, value);
                }
                let _ = retry::retry_after(&headers, SystemTime::now());
            }
        }
    }
}
