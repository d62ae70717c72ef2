//! The one place for cross-cutting HTTP behaviour (progenitor's `ClientHooks` on the
//! generated client): every request passes through here before it is sent
//! (`crate::http::send_request`).
//!
//! What it does to every request: adds the User-Agent and `Accept: application/json`, and,
//! when the reqwest client was given to the builder, the client's timeout unless the request
//! has its own. (The credentials come before it and the client-validation signature after it,
//! in `crate::http::execute`: both can fail, which a hook cannot report as our `Error`.)
//!
//! What it does to every response: records the exchange in the attempt's tracing span
//! (method, path, status, Twilio's request id and concurrency count; never a header that
//! could hold a credential), and caps the body at the client's limit.

use http_body_util::{BodyExt, LengthLimitError, Limited};
use progenitor_client::{ClientHooks, ClientInfo, Error, OperationInfo};
use reqwest::header::{ACCEPT, HeaderValue, USER_AGENT};

use crate::config::Config;
use crate::generated::Client;
use crate::http::decode::TooLarge;

impl ClientHooks<Config> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let headers = request.headers_mut();
        headers.insert(USER_AGENT, self.inner.user_agent.clone());
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        if let (None, Some(timeout)) = (request.timeout(), self.inner.timeout) {
            *request.timeout_mut() = Some(timeout);
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        _info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::Span::current();
        // Without a subscriber, nothing is recorded (the common case, and the cheap one).
        let traced = !span.is_disabled();
        if traced {
            span.record("http.method", request.method().as_str());
            span.record("url.path", request.url().path());
        }
        let response = self.client().execute(request).await?;
        if traced {
            span.record("http.status", response.status().as_u16());
            for (header, field) in [
                ("twilio-request-id", "twilio.request_id"),
                ("twilio-concurrent-requests", "twilio.concurrent_requests"),
            ] {
                if let Some(value) = response.headers().get(header).and_then(|v| v.to_str().ok()) {
                    span.record(field, value);
                }
            }
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
