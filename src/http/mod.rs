//! The one send path: every request of every operation goes through [`send_request`], a
//! loop of attempts, each step its own function: the attempt's span, the limits' permit, the
//! credentials, the attempt itself (`execute`: the progenitor hooks, the client-validation
//! signature; `decode`: the status check, the body read and decoded), the replay after a
//! refused OAuth token, and the retry decision. Every failure is mapped to [`Error`].

pub(crate) mod decode;
mod execute;

use std::time::{Duration, Instant};

use reqwest::header::HeaderValue;
use serde::de::DeserializeOwned;
use tracing::{Instrument, Span};

use crate::auth::Authorization;
use crate::client::Client;
use crate::config::Config;
use crate::error::Error;
use crate::response::ApiResponse;
use crate::retry::{self, retryable};
use decode::TooLarge;

/// What the generated code says about an operation: its name in the spec (for errors and
/// spans), its HTTP method, whether sending it twice does no more than sending it once (which
/// decides what is retried), whether its answer and its request have bodies, and whether its
/// answer is a page of a list.
#[derive(Clone, Debug)]
pub struct OperationInfo {
    pub(crate) name: &'static str,
    pub(crate) method: reqwest::Method,
    pub(crate) idempotent: bool,
    pub(crate) has_body: bool,
    pub(crate) has_form: bool,
    pub(crate) returns_page: bool,
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
    let config = &client.raw().inner;
    let max_retries = options
        .max_retries
        .unwrap_or(config.retry.get_max_retries());
    let started = Instant::now();
    let mut count: u32 = 0;
    let mut token_refused = false;
    loop {
        count += 1;
        let span = attempt_span(op, count);
        let permit = config
            .limits
            .acquire(op.name, request.timeout().copied())
            .await
            .map_err(|error| error.with_attempts(count - 1))?;
        let credentials = config.authorization.current().await;
        // The OAuth token this attempt carries, to discard if Twilio refuses it.
        let token = credentials.as_ref().ok().and_then(|(_, token)| *token);
        let result = attempt(client, op, &request, credentials, &span).await;
        permit.release().await;
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
        if replay_after_refusal(config, token, &error, &mut token_refused).await
            && count <= max_retries
        {
            tracing::info!(parent: &span, "access token refused; repeating with a new one");
            continue;
        }
        let Some(wait) = retry_wait(config, op, &error, count, max_retries, started) else {
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

/// The span of one attempt; the hooks fill in the exchange's fields.
fn attempt_span(op: &OperationInfo, count: u32) -> Span {
    tracing::info_span!(
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
    )
}

/// One attempt: a copy of the request sent with the credentials, its answer read, in the
/// attempt's span.
async fn attempt<T: DeserializeOwned>(
    client: &Client,
    op: &OperationInfo,
    request: &reqwest::Request,
    credentials: Result<(HeaderValue, Option<u64>), Error>,
    span: &Span,
) -> Result<ApiResponse<T>, Error> {
    // Bodies here are always bytes in memory, so a copy for each attempt always exists.
    let copy = request.try_clone().expect("request bodies are buffered");
    // Boxed: the attempt's future is large, and moving it inline costs more than the
    // allocation.
    let attempt = Box::pin(async move {
        let (authorization, _) = credentials?;
        let response = execute::execute(client, op, copy, authorization).await?;
        decode::read(op, response).await
    });
    // Without a subscriber listening, skip the span's bookkeeping (and its clock reads):
    // it is most of what the client adds to a request.
    if span.is_disabled() {
        return attempt.await;
    }
    let attempt_started = Instant::now();
    let result = attempt.instrument(span.clone()).await;
    span.record("elapsed_ms", attempt_started.elapsed().as_millis() as u64);
    result
}

/// Whether to repeat the request at once because Twilio refused the OAuth access token it
/// carried (revoked, or expired early): the token is replaced, once per request. A 401 did
/// nothing, so even a create may be repeated.
async fn replay_after_refusal(
    config: &Config,
    token: Option<u64>,
    error: &Error,
    token_refused: &mut bool,
) -> bool {
    let (Some(token), Authorization::OAuth(source)) = (token, &config.authorization) else {
        return false;
    };
    if *token_refused || error.api().is_none_or(|e| e.status != 401) {
        return false;
    }
    *token_refused = true;
    source.refused(token).await;
    true
}

/// How long to wait before the next attempt, or `None` when the error must not be retried
/// (see [`retryable`]), the retries are used up, or the wait would pass the retry budget.
fn retry_wait(
    config: &Config,
    op: &OperationInfo,
    error: &Error,
    count: u32,
    max_retries: u32,
    started: Instant,
) -> Option<Duration> {
    let policy = &config.retry;
    retryable(op.idempotent, error)
        .map(|asked| policy.wait(count, asked, retry::random()))
        .filter(|wait| count <= max_retries && started.elapsed() + *wait <= policy.get_budget())
}
