//! axum integration for Twilio webhooks (feature `axum`): [`Verified<T>`] checks
//! `X-Twilio-Signature` against the URL Twilio called, then parses the body, answering
//! `403 Forbidden` to a request Twilio did not sign, `413 Payload Too Large` to a body over
//! [`WebhookVerifier::max_body_bytes`] and `400 Bad Request` to a body that does not parse;
//! and a [`VoiceResponse`] is a handler's answer (`text/xml`).
//!
//! # The URL that is verified
//!
//! Twilio signs the URL it requested. The verifier rebuilds it as
//! `{scheme}://{host}{full path and query}`:
//! - the path is the whole one the server received, also under [`Router::nest`]
//!   (axum's [`OriginalUri`]), never the part a nested router sees;
//! - with [`public_base_url`](WebhookVerifier::public_base_url), that URL replaces scheme and
//!   host (and adds a path prefix a proxy strips);
//! - otherwise the scheme is `http` and the host is the `Host` header (HTTP/2's
//!   `:authority`), unless [`trust_forwarded_headers`](WebhookVerifier::trust_forwarded_headers)
//!   lets `X-Forwarded-Proto` and `X-Forwarded-Host` say otherwise. The request line's own
//!   scheme and authority (`POST https://host/path HTTP/1.1`) are never used: the client
//!   chooses them.
//!
//! | Setup | Settings |
//! |---|---|
//! | Twilio calls the service directly over `http` | none |
//! | A TLS proxy or load balancer with a fixed public origin | `.public_base_url("https://calls.example.com")` |
//! | The same, where the proxy strips a path prefix | `.public_base_url("https://example.com/calls")` |
//! | A proxy that sets (and overwrites) `X-Forwarded-Proto`/`-Host` for several origins | `.trust_forwarded_headers(true)` |
//! | A tunnel (ngrok, cloudflared) | `.public_base_url(the tunnel's https URL)` |
//!
//! # What the signature cannot protect
//!
//! Twilio's signature covers the URL and each parameter's name and value concatenated, with
//! no separators. Someone who holds one genuine request can therefore send variants with the
//! same signature: drop a parameter whose name and value run into the next one's, or move
//! text between neighbouring names and values. Treat optional fields as information, never
//! as authorisation (for example, do not grant access because a field is *absent*); rely on
//! the fields every callback carries (`AccountSid`, `CallSid`) and check them against your
//! own records. A signature also never expires: a replayed genuine request is valid, so make
//! handlers idempotent on `CallSid` and the callback's sequence.
//!
//! # Slow clients
//!
//! The extractor bounds the body's *size*, not how long a client takes to send it. Set
//! timeouts on the server, for example with tower-http:
//!
//! ```no_run
//! use std::time::Duration;
//!
//! use axum::{Router, routing::post};
//! use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};
//! use twilio_calls::webhook::StatusCallback;
//! use twilio_calls::webhook::axum::{Verified, WebhookVerifier};
//!
//! async fn status(Verified(callback): Verified<StatusCallback>) -> &'static str {
//!     ""
//! }
//!
//! # async fn run() -> std::io::Result<()> {
//! let app = Router::new()
//!     .route("/calls/status", post(status))
//!     .with_state(WebhookVerifier::new("your_auth_token"))
//!     // A body that does not arrive within 10 s is answered 408.
//!     .layer(RequestBodyTimeoutLayer::new(Duration::from_secs(10)))
//!     // Nor may a whole request take more than 15 s.
//!     .layer(TimeoutLayer::with_status_code(
//!         axum::http::StatusCode::REQUEST_TIMEOUT,
//!         Duration::from_secs(15),
//!     ));
//! let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;
//! axum::serve(listener, app).await
//! # }
//! ```
//!
//! `axum::serve` bounds nothing while the request *headers* arrive: hyper's
//! `header_read_timeout` needs a timer, which `axum::serve` does not give it. Where that
//! matters, serve the same router with hyper-util's connection builder and a timer:
//!
//! ```no_run
//! # async fn run(app: axum::Router) -> std::io::Result<()> {
//! use std::time::Duration;
//!
//! use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
//! use hyper_util::server::conn::auto::Builder;
//! use hyper_util::service::TowerToHyperService;
//!
//! let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await?;
//! loop {
//!     let (stream, _) = listener.accept().await?;
//!     let service = TowerToHyperService::new(app.clone());
//!     tokio::spawn(async move {
//!         let mut builder = Builder::new(TokioExecutor::new());
//!         // Headers must arrive within 10 s of the connection's first byte.
//!         builder
//!             .http1()
//!             .timer(TokioTimer::new())
//!             .header_read_timeout(Duration::from_secs(10));
//!         let _ = builder.serve_connection(TokioIo::new(stream), service).await;
//!     });
//! }
//! # }
//! ```
//!
//! Behind a proxy or load balancer, its own client timeouts usually cover all of this.
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
use axum::extract::{FromRef, FromRequest, OriginalUri, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, Uri, Version, header};
use axum::response::{IntoResponse, Response};

#[cfg(doc)]
use axum::Router;

use super::signature::{Rejection, RequestValidator, SIGNATURE_HEADER};
use super::status_callback::{ParseError, StatusCallback};
use crate::error::Error;
use crate::twiml::VoiceResponse;

/// The most body bytes [`Verified`] reads unless told otherwise: 64 KiB. Twilio's webhooks
/// are form posts of a few kilobytes, so this leaves room to spare while a forged request
/// cannot make the service read, hold and hash megabytes.
pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024;

/// What the extractor needs: the validator and how to rebuild the public URL of a request.
/// Put it in the router's state (or make it [`FromRef`] of your state).
#[derive(Clone, Debug)]
pub struct WebhookVerifier {
    validator: RequestValidator,
    public_base_url: Option<String>,
    trust_forwarded_headers: bool,
    max_body_bytes: usize,
}

impl WebhookVerifier {
    /// A verifier for webhooks signed with `auth_token`. Without more configuration the
    /// public URL is `http://{Host}{full path and query}`, and bodies over
    /// [`DEFAULT_MAX_BODY_BYTES`] are refused.
    pub fn new(auth_token: impl Into<String>) -> Self {
        Self {
            validator: RequestValidator::new(auth_token),
            public_base_url: None,
            trust_forwarded_headers: false,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
        }
    }

    /// The most body bytes to read before refusing a request with `413 Payload Too Large`
    /// ([`DEFAULT_MAX_BODY_BYTES`] unless set). A declared `Content-Length` over it is
    /// refused before anything is read. axum's `DefaultBodyLimit` does not apply: this does.
    pub fn max_body_bytes(mut self, limit: usize) -> Self {
        self.max_body_bytes = limit;
        self
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

    /// The URL Twilio called to reach `uri` with these `headers` (see the module's "The URL
    /// that is verified"). `uri` must be the whole one the server received: under a nested
    /// router, axum's [`OriginalUri`], not the nested router's. Only its path and query are
    /// used.
    pub fn public_url(&self, uri: &Uri, headers: &HeaderMap) -> String {
        self.public_url_with(uri, headers, None)
    }

    /// The URL Twilio called for a request, from its parts: the full path (axum's
    /// [`OriginalUri`] when a router put it there), and for HTTP/2 the `:authority` when
    /// there is no `Host` header.
    pub fn public_url_of(&self, parts: &Parts) -> String {
        let uri = parts
            .extensions
            .get::<OriginalUri>()
            .map_or(&parts.uri, |original| &original.0);
        // HTTP/2 carries the host as `:authority`, which hyper puts in the URI; in HTTP/1
        // the URI's authority is the request line's, which the client chooses.
        let authority = (parts.version >= Version::HTTP_2)
            .then(|| parts.uri.authority().map(|a| a.as_str()))
            .flatten();
        self.public_url_with(uri, &parts.headers, authority)
    }

    /// The URL Twilio opened a WebSocket to (Media Streams, ConversationRelay), as it signs
    /// it: [`public_url_of`](Self::public_url_of) with `https` written `wss` and `http`
    /// written `ws`. Behind a TLS proxy the service sees `http`; Twilio connected over `wss`.
    pub fn public_websocket_url_of(&self, parts: &Parts) -> String {
        let url = self.public_url_of(parts);
        if let Some(rest) = url.strip_prefix("https://") {
            format!("wss://{rest}")
        } else if let Some(rest) = url.strip_prefix("http://") {
            format!("ws://{rest}")
        } else {
            url
        }
    }

    /// Checks `X-Twilio-Signature` on a WebSocket upgrade: over
    /// [`public_websocket_url_of`](Self::public_websocket_url_of), with no parameters.
    pub fn verify_websocket(&self, parts: &Parts) -> Result<(), WebhookRejection> {
        let url = self.public_websocket_url_of(parts);
        self.validator
            .verify(&url, &parts.headers, &[])
            .map_err(WebhookRejection::Signature)
    }

    fn public_url_with(&self, uri: &Uri, headers: &HeaderMap, authority: Option<&str>) -> String {
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
        let scheme = forwarded("x-forwarded-proto").unwrap_or("http");
        let host = forwarded("x-forwarded-host")
            .or_else(|| first(header::HOST.as_str()))
            .or(authority)
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
    /// The body is longer than [`WebhookVerifier::max_body_bytes`]: `413 Payload Too
    /// Large`.
    TooLarge {
        /// The limit it went over.
        limit: usize,
    },
    /// The body could not be read (the client went away, a malformed chunk): `400 Bad
    /// Request`.
    Body(axum::Error),
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        match self {
            Self::Signature(rejection) => {
                (StatusCode::FORBIDDEN, rejection.to_string()).into_response()
            }
            Self::Parse(error) => (StatusCode::BAD_REQUEST, error.to_string()).into_response(),
            Self::TooLarge { limit } => (
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the body is longer than {limit} bytes"),
            )
                .into_response(),
            Self::Body(error) => (
                StatusCode::BAD_REQUEST,
                format!("the body could not be read: {error}"),
            )
                .into_response(),
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
        let body = verifier.read_body(&parts, body).await?;
        let url = verifier.public_url_of(&parts);
        verifier
            .validator
            .verify(&url, &parts.headers, &body)
            .map_err(WebhookRejection::Signature)?;
        T::from_body(&body)
            .map(Verified)
            .map_err(WebhookRejection::Parse)
    }
}

impl WebhookVerifier {
    /// Reads a webhook's body, refusing cheaply what cannot be Twilio's: a declared length
    /// over the limit (before reading anything), a request without a signature (before
    /// reading its body), and a body that goes over the limit (as soon as it does).
    async fn read_body(
        &self,
        parts: &Parts,
        body: axum::body::Body,
    ) -> Result<Bytes, WebhookRejection> {
        let limit = self.max_body_bytes;
        let declared = parts
            .headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        if declared.is_some_and(|length| length > limit as u64) {
            return Err(WebhookRejection::TooLarge { limit });
        }
        if !parts.headers.contains_key(SIGNATURE_HEADER) {
            return Err(WebhookRejection::Signature(Rejection::MissingSignature));
        }
        axum::body::to_bytes(body, limit).await.map_err(|error| {
            let too_long = std::error::Error::source(&error)
                .is_some_and(|e| e.is::<http_body_util::LengthLimitError>());
            if too_long {
                WebhookRejection::TooLarge { limit }
            } else {
                WebhookRejection::Body(error)
            }
        })
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
