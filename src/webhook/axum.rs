//! axum integration for Twilio webhooks (feature `axum`): [`Verified<T>`] checks
//! `X-Twilio-Signature` against the URL Twilio called, then parses the body, answering
//! `403 Forbidden` to a request Twilio did not sign and `400 Bad Request` to a body that
//! does not parse; and a [`VoiceResponse`] is a handler's answer (`text/xml`).
//!
//! ```no_run
//! use axum::{Router, routing::post};
//! use twilio_calls::webhook::StatusCallback;
//! use twilio_calls::webhook::axum::{Verified, WebhookVerifier};
//!
//! async fn status(Verified(callback): Verified<StatusCallback>) -> &'static str {
//!     println!("{} is {}", callback.call_sid, callback.call_status);
//!     ""
//! }
//!
//! let verifier = WebhookVerifier::new("your_auth_token")
//!     // Behind a proxy: the origin Twilio calls, not the one the service listens on.
//!     .public_base_url("https://calls.example.com")
//!     .unwrap();
//! let app: Router = Router::new().route("/calls/status", post(status)).with_state(verifier);
//! ```

use axum::body::Bytes;
use axum::extract::{FromRef, FromRequest, Request};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use super::{ParseError, Rejection, RequestValidator, StatusCallback};
use crate::Error;
use crate::twiml::VoiceResponse;

/// What the extractor needs: the validator and how to rebuild the public URL of a request.
/// Put it in the router's state (or make it [`FromRef`] of your state).
#[derive(Clone, Debug)]
pub struct WebhookVerifier {
    validator: RequestValidator,
    public_base_url: Option<String>,
    trust_forwarded_headers: bool,
}

impl WebhookVerifier {
    /// A verifier for webhooks signed with `auth_token`. Without more configuration the
    /// public URL is `http://{Host}{path and query}`.
    pub fn new(auth_token: impl Into<String>) -> Self {
        Self {
            validator: RequestValidator::new(auth_token),
            public_base_url: None,
            trust_forwarded_headers: false,
        }
    }

    /// The scheme, host (and port, and path prefix a proxy strips) Twilio calls, e.g.
    /// `https://calls.example.com`; the request's path and query are appended to it.
    pub fn public_base_url(mut self, url: &str) -> Result<Self, Error> {
        crate::check::url("public_base_url", Some(url))?;
        if url.contains(['?', '#']) {
            return Err(Error::invalid(
                "public_base_url",
                "must not have a query or fragment",
            ));
        }
        self.public_base_url = Some(url.trim_end_matches('/').to_owned());
        Ok(self)
    }

    /// Rebuild the public URL from `X-Forwarded-Proto` and `X-Forwarded-Host` when present.
    /// Only for services whose proxy sets (and overwrites) them.
    pub fn trust_forwarded_headers(mut self, trust: bool) -> Self {
        self.trust_forwarded_headers = trust;
        self
    }

    /// The validator inside.
    pub fn validator(&self) -> &RequestValidator {
        &self.validator
    }

    /// The URL Twilio called to reach `uri` with these `headers`.
    pub fn public_url(&self, uri: &Uri, headers: &HeaderMap) -> String {
        let path = uri.path_and_query().map_or("/", |p| p.as_str());
        if let Some(base) = &self.public_base_url {
            return format!("{base}{path}");
        }
        let first = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let forwarded = |name| self.trust_forwarded_headers.then(|| first(name)).flatten();
        let scheme = forwarded("x-forwarded-proto")
            .or(uri.scheme_str())
            .unwrap_or("http");
        let host = forwarded("x-forwarded-host")
            .or_else(|| first(header::HOST.as_str()))
            .or(uri.authority().map(|a| a.as_str()))
            .unwrap_or_default();
        format!("{scheme}://{host}{path}")
    }
}

/// A webhook body that can be parsed once its signature is checked.
pub trait WebhookPayload: Sized {
    /// Parses the (verified) body.
    fn from_body(body: &[u8]) -> Result<Self, ParseError>;
}

impl WebhookPayload for StatusCallback {
    fn from_body(body: &[u8]) -> Result<Self, ParseError> {
        Self::from_form(body)
    }
}

/// The form parameters of any other webhook, in order.
impl WebhookPayload for Vec<(String, String)> {
    fn from_body(body: &[u8]) -> Result<Self, ParseError> {
        Ok(form_urlencoded::parse(body).into_owned().collect())
    }
}

/// Extracts a `T` from a request only if Twilio signed it.
#[derive(Clone, Debug)]
pub struct Verified<T>(pub T);

/// Why [`Verified`] refused a request.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// The signature is missing or wrong: `403 Forbidden`.
    Signature(Rejection),
    /// The signed body does not parse: `400 Bad Request`.
    Parse(ParseError),
    /// The body could not be read (too large, aborted): axum's own answer.
    Body(axum::extract::rejection::BytesRejection),
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        match self {
            Self::Signature(rejection) => {
                (StatusCode::FORBIDDEN, rejection.to_string()).into_response()
            }
            Self::Parse(error) => (StatusCode::BAD_REQUEST, error.to_string()).into_response(),
            Self::Body(rejection) => rejection.into_response(),
        }
    }
}

impl<S, T> FromRequest<S> for Verified<T>
where
    S: Send + Sync,
    WebhookVerifier: FromRef<S>,
    T: WebhookPayload,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = WebhookVerifier::from_ref(state);
        let (parts, body) = request.into_parts();
        let url = verifier.public_url(&parts.uri, &parts.headers);
        // The body extractor takes the request; only the headers are needed after it.
        let headers = parts.headers.clone();
        let body = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(WebhookRejection::Body)?;
        verifier
            .validator
            .verify(&url, &headers, &body)
            .map_err(WebhookRejection::Signature)?;
        T::from_body(&body)
            .map(Verified)
            .map_err(WebhookRejection::Parse)
    }
}

/// TwiML as a handler's answer to a voice webhook: `200 OK`, `Content-Type: text/xml`.
impl IntoResponse for VoiceResponse {
    fn into_response(self) -> Response {
        (
            [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
            self.to_xml(),
        )
            .into_response()
    }
}
