//! The client's configuration: what every request of one [`Client`](crate::client::Client)
//! shares, built once by [`ClientBuilder::build`](crate::client::ClientBuilder::build). The
//! generated client carries it (progenitor's "inner type") so that the hooks
//! (`crate::hooks`) and the send path (`crate::http`) read it for each request.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::auth::Authorization;

/// What every request of one client shares.
// `HeaderValue` shows a sensitive value (the authorization) as `Sensitive` in `Debug`.
#[derive(Clone, Debug)]
pub(crate) struct Config {
    /// The account the client works on unless told otherwise.
    pub(crate) account_sid: String,
    /// How requests authenticate.
    pub(crate) authorization: Authorization,
    /// When set, every request is signed for Public Key Client Validation.
    pub(crate) client_validation: Option<Arc<crate::client_validation::ClientValidation>>,
    /// `User-Agent` header value.
    pub(crate) user_agent: HeaderValue,
    /// Whole-request timeout applied when the request has none of its own (for a reqwest
    /// client given to the builder; the one the builder makes has it already).
    pub(crate) timeout: Option<Duration>,
    /// The most bytes a response body may have.
    pub(crate) max_response_bytes: usize,
    /// How failed requests are retried.
    pub(crate) retry: crate::retry::RetryPolicy,
    /// Rate and concurrency limits, shared by every clone of the client.
    pub(crate) limits: Arc<crate::limits::Limits>,
}
