//! The crate's one error type, [`Error`], and Twilio's error responses, [`ApiError`].
//!
//! Every failure a user can act on differently is its own variant: Twilio said no (`Api`),
//! the input was wrong and nothing was sent (`InvalidInput`, `Config`), the exchange failed
//! (`Transport`), the answer was not what the spec promises (`Decode`) or larger than the
//! client accepts (`ResponseTooLarge`), or pagination was handed a link it must not follow
//! (`Pagination`).
//!
//! Errors of requests that were sent say how many attempts were made
//! ([`Error::attempts`]) and whether the request may have been carried out anyway
//! ([`Error::may_have_taken_effect`]): a CreateCall that timed out may have placed the call.

use std::fmt;
use std::time::Duration;

/// How many bytes of a response body an error keeps, for the user to see what came back.
pub(crate) const SNIPPET_BYTES: usize = 512;
/// How much of a body snippet an error message shows.
const DISPLAY_SNIPPET_CHARS: usize = 120;

/// Everything that can go wrong in this crate.
///
/// ```
/// use twilio_calls::{Client, Error};
///
/// # async fn run() -> Result<(), Error> {
/// let client = Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token")?;
/// match client.calls().fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").send().await {
///     Ok(call) => println!("{:?}", call.status),
///     Err(Error::Api(e)) if e.code == Some(20404) => println!("no such call"),
///     Err(e) => return Err(e),
/// }
/// # Ok(()) }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Twilio (or something in front of it) answered with an error status.
    Api(ApiError),
    /// A parameter broke a rule of the API; nothing was sent.
    InvalidInput {
        /// The parameter: a request's by its wire name (`MachineDetectionTimeout`), a client
        /// setting by its builder method (`base_url`).
        parameter: &'static str,
        /// The rule it broke, and what it was given when that is safe to show.
        message: String,
    },
    /// The client could not be configured (missing credentials, say); nothing was sent.
    Config {
        /// What is missing or wrong, and how to fix it.
        message: String,
    },
    /// The request could not be sent or its response could not be read.
    Transport {
        /// The operation (`CreateCall`, `FetchCall`, …).
        operation: &'static str,
        /// What `reqwest` reported.
        source: reqwest::Error,
        /// Requests sent or tried, retries included.
        attempts: u32,
    },
    /// A success response whose body is not what the operation returns.
    Decode {
        /// The operation (`CreateCall`, `FetchCall`, …).
        operation: &'static str,
        /// The HTTP status of the response.
        status: u16,
        /// Where decoding failed (`calls[2].start_time: …`).
        message: String,
        /// The start of the body, lossily decoded as UTF-8.
        body_snippet: String,
        /// Requests sent, retries included.
        attempts: u32,
    },
    /// The response body was larger than the client accepts
    /// ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)); it
    /// was not read further.
    ResponseTooLarge {
        /// The operation (`CreateCall`, `FetchCall`, …).
        operation: &'static str,
        /// The HTTP status of the response.
        status: u16,
        /// The cap, in bytes.
        limit: usize,
        /// Requests sent, retries included.
        attempts: u32,
    },
    /// A page named a next page that must not be fetched.
    Pagination(PaginationError),
    /// The shared limits could not be consulted and the client's policy is to fail closed
    /// ([`RedisLimits::fail_closed`](crate::limits)); nothing was sent.
    LimitsUnavailable {
        /// What went wrong (never the Redis password).
        message: String,
    },
}

impl Error {
    pub(crate) fn invalid(parameter: &'static str, message: impl Into<String>) -> Self {
        Self::InvalidInput {
            parameter,
            message: message.into(),
        }
    }

    pub(crate) fn config(message: impl Into<String>) -> Self {
        Self::Config {
            message: message.into(),
        }
    }

    /// The Twilio error, if this is one.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) {
    /// let result = client.calls().fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").await;
    /// if let Some(e) = result.as_ref().err().and_then(|e| e.api()) {
    ///     eprintln!("Twilio said {} ({:?}), request {:?}", e.status, e.code, e.request_id);
    /// }
    /// # }
    /// ```
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Whether the request timed out.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) {
    /// match client.calls().list().send().await {
    ///     Err(e) if e.is_timeout() => eprintln!("Twilio did not answer in time"),
    ///     other => drop(other),
    /// }
    /// # }
    /// ```
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Transport { source, .. } if source.is_timeout())
    }

    /// How many requests were sent or tried before this error, retries included; 0 when it
    /// was found before sending anything (bad input, a refused next-page link).
    ///
    /// ```
    /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t")?;
    /// # let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    /// let err = runtime.block_on(client.calls().fetch("not-a-sid").send()).unwrap_err();
    /// assert_eq!(err.attempts(), 0);
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn attempts(&self) -> u32 {
        match self {
            Self::Api(e) => e.attempts,
            Self::Transport { attempts, .. }
            | Self::Decode { attempts, .. }
            | Self::ResponseTooLarge { attempts, .. } => *attempts,
            _ => 0,
        }
    }

    /// Whether Twilio may have carried out the request although it failed: for a
    /// CreateCall, whether **the call may have been placed**. True for a create, update or
    /// delete whose last attempt timed out, lost its connection after sending, got a 5xx, or
    /// got a success status with a body that could not be read. False for reads, and
    /// whenever the request provably did nothing (bad input, could not connect, a 4xx such
    /// as 429).
    ///
    /// Such requests are never retried automatically. Before placing the call again, look
    /// for it, for instance with `calls().list().to(..).start_time_after(..)`.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let result = client
    ///     .calls()
    ///     .create()
    ///     .to("+15558675310")
    ///     .from("+15017122661")
    ///     .url("https://example.com/twiml")
    ///     .await;
    /// match result {
    ///     Err(e) if e.may_have_taken_effect() => eprintln!("unsure whether the call was placed: {e}"),
    ///     Err(e) => eprintln!("the call was not placed: {e}"),
    ///     Ok(call) => println!("placed {:?}", call.sid),
    /// }
    /// # Ok(()) }
    /// ```
    pub fn may_have_taken_effect(&self) -> bool {
        self.possible_effect().is_some()
    }

    /// What the failed request may have done anyway (see [`Self::may_have_taken_effect`]).
    fn possible_effect(&self) -> Option<&'static str> {
        let (operation, uncertain) = match self {
            Self::Api(e) => (e.operation, e.status >= 500),
            Self::Transport {
                operation, source, ..
            } => (*operation, !source.is_connect()),
            Self::Decode { operation, .. } => (*operation, true),
            Self::ResponseTooLarge {
                operation, status, ..
            } => (*operation, *status < 400 || *status >= 500),
            Self::InvalidInput { .. }
            | Self::Config { .. }
            | Self::Pagination(_)
            | Self::LimitsUnavailable { .. } => return None,
        };
        effect(operation).filter(|_| uncertain)
    }

    /// Records the number of attempts made, once the retries are over.
    pub(crate) fn with_attempts(mut self, count: u32) -> Self {
        match &mut self {
            Self::Api(e) => e.attempts = count,
            Self::Transport { attempts, .. }
            | Self::Decode { attempts, .. }
            | Self::ResponseTooLarge { attempts, .. } => *attempts = count,
            _ => {}
        }
        self
    }

    /// What to tell the user after the operation's own message: how many attempts were
    /// made, and what may have happened anyway.
    fn write_outcome(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let attempts = self.attempts();
        if attempts > 1 {
            write!(f, " (gave up after {attempts} attempts)")?;
        }
        if let Some(effect) = self.possible_effect() {
            write!(f, "; {effect}")?;
        }
        Ok(())
    }
}

/// What an operation that changes something may have done although it failed, and what to
/// do about it; `None` for reads.
fn effect(operation: &str) -> Option<&'static str> {
    match operation {
        "CreateCall" => Some("the call may have been placed: look for it before placing it again"),
        "UpdateCall" => {
            Some("the update may have been applied: fetch the call before updating it again")
        }
        "DeleteCall" => Some("the call record may have been deleted"),
        _ => None,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api(e) => fmt::Display::fmt(e, f)?,
            Self::InvalidInput { parameter, message } => {
                return write!(f, "invalid `{parameter}`: {message}");
            }
            Self::Config { message } => {
                return write!(f, "cannot configure the client: {message}");
            }
            Self::LimitsUnavailable { message } => {
                return write!(f, "not sent: {message}");
            }
            Self::Transport {
                operation, source, ..
            } => {
                let what = match (source.is_timeout(), source.is_connect()) {
                    (true, _) => "timed out",
                    (_, true) => "could not connect",
                    _ => "failed in transit",
                };
                write!(f, "{operation} {what}: {source}")?;
            }
            Self::Decode {
                operation,
                status,
                message,
                body_snippet,
                ..
            } => {
                // The field keeps more; one line of it is enough for a message.
                let start: String = body_snippet.chars().take(DISPLAY_SNIPPET_CHARS).collect();
                write!(
                    f,
                    "{operation} got HTTP {status} with a body that does not decode ({message}); \
                     the body starts: {start:?}"
                )?;
            }
            Self::ResponseTooLarge {
                operation,
                status,
                limit,
                ..
            } => write!(
                f,
                "{operation} got HTTP {status} with a body larger than the {limit}-byte limit; \
                 it was not read further"
            )?,
            Self::Pagination(e) => return fmt::Display::fmt(e, f),
        }
        self.write_outcome(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Transport { source, .. } => Some(source),
            Self::Api(e) => Some(e),
            Self::Pagination(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ApiError> for Error {
    fn from(value: ApiError) -> Self {
        Self::Api(value)
    }
}

impl From<PaginationError> for Error {
    fn from(value: PaginationError) -> Self {
        Self::Pagination(value)
    }
}

/// An error answer: Twilio's error JSON when there is one
/// (`{"code": 20404, "message": "…", "more_info": "…", "status": 404}`), otherwise just the
/// status and the start of the body (an HTML page from a proxy, say).
///
/// ```no_run
/// use twilio_calls::Error;
/// # async fn run(client: twilio_calls::Client) -> Result<(), Error> {
/// match client.calls().create().to("+15558675310").from("+15017122661").url("https://example.com/t").await {
///     Err(Error::Api(e)) if e.code == Some(21211) => eprintln!("invalid To number: {}", e.message),
///     Err(e) => return Err(e),
///     Ok(call) => println!("{:?}", call.sid),
/// }
/// # Ok(()) }
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The operation that failed (`CreateCall`, `FetchCall`, …).
    pub operation: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// Twilio's error code (see <https://www.twilio.com/docs/api/errors>), if the body had one.
    pub code: Option<u32>,
    /// Twilio's message, or a description of the status when the body had none.
    pub message: String,
    /// The documentation link Twilio gave for this error.
    pub more_info: Option<String>,
    /// Twilio's `details` object, when present.
    pub details: Option<serde_json::Value>,
    /// The `Twilio-Request-Id` response header, to quote to Twilio support.
    pub request_id: Option<String>,
    /// The start of the response body, lossily decoded as UTF-8.
    pub body_snippet: String,
    /// The wait the response's `Retry-After` header asked for, if it had one.
    pub retry_after: Option<Duration>,
    /// Requests sent, retries included.
    pub attempts: u32,
}

impl ApiError {
    /// Builds the error from a response's status, request id and body.
    pub(crate) fn from_body(
        operation: &'static str,
        status: reqwest::StatusCode,
        request_id: Option<String>,
        retry_after: Option<Duration>,
        body: &[u8],
    ) -> Self {
        // Lenient: read field by field, so an odd one (a string code, a numeric message)
        // loses only itself.
        let parsed: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        let field = |name| parsed.as_ref().and_then(|b| b.get(name));
        let text = |name| {
            field(name)
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned)
        };
        let code = field("code")
            .and_then(|c| c.as_u64().or_else(|| c.as_str()?.parse().ok()))
            .and_then(|n| u32::try_from(n).ok());
        let message = text("message")
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| {
                let reason = status.canonical_reason().unwrap_or("unknown status");
                format!("{reason} (the body is not a Twilio error)")
            });
        Self {
            operation,
            status: status.as_u16(),
            code,
            message,
            more_info: text("more_info"),
            details: field("details").cloned(),
            request_id,
            body_snippet: snippet(body),
            retry_after,
            attempts: 1,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed with HTTP {}", self.operation, self.status)?;
        if let Some(code) = self.code {
            write!(f, " (Twilio error {code})")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(link) = &self.more_info {
            write!(f, " (see {link})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// Why a stream or [`Page::next_page`](crate::Page::next_page) refused a next-page link.
///
/// ```no_run
/// use futures_util::StreamExt;
/// use twilio_calls::{Error, PaginationError};
/// # async fn run(client: twilio_calls::Client) {
/// let mut calls = client.calls().list().stream();
/// while let Some(item) = calls.next().await {
///     if let Err(Error::Pagination(PaginationError::RepeatedLink { link })) = &item {
///         eprintln!("Twilio linked back to {link}; stopping");
///     }
/// }
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PaginationError {
    /// The link names another host: following it would send the credentials there.
    ForeignHost {
        /// The link as Twilio gave it.
        link: String,
    },
    /// The link names a page already fetched: following it would loop forever.
    RepeatedLink {
        /// The link as Twilio gave it.
        link: String,
    },
    /// The link leaves the list being paged (another account's calls, another resource):
    /// following it would silently list something else.
    ForeignResource {
        /// The link as Twilio gave it.
        link: String,
    },
    /// The link is not a path or URL that can be resolved.
    InvalidLink {
        /// The link as Twilio gave it.
        link: String,
    },
}

impl fmt::Display for PaginationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ForeignHost { link } => write!(
                f,
                "refusing to follow next_page_uri {link:?}: it names another host than the API origin"
            ),
            Self::RepeatedLink { link } => write!(
                f,
                "stopping pagination: next_page_uri {link:?} names a page already fetched"
            ),
            Self::ForeignResource { link } => write!(
                f,
                "refusing to follow next_page_uri {link:?}: it leaves the list being paged \
                 (another account or resource)"
            ),
            Self::InvalidLink { link } => {
                write!(f, "next_page_uri {link:?} is not a valid path or URL")
            }
        }
    }
}

impl std::error::Error for PaginationError {}

/// The start of `body`, lossily decoded, at most [`SNIPPET_BYTES`] long and cut on a
/// character boundary.
pub(crate) fn snippet(body: &[u8]) -> String {
    let mut head = &body[..body.len().min(SNIPPET_BYTES)];
    if head.len() < body.len() {
        head = without_split_character(head);
    }
    let text = String::from_utf8_lossy(head);
    // Each invalid byte became a three-byte U+FFFD: cut again to stay within the limit.
    let mut end = text.len().min(SNIPPET_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

/// `head` without a UTF-8 character that the cut at its end split in two.
fn without_split_character(head: &[u8]) -> &[u8] {
    for back in 1..=head.len().min(3) {
        let byte = head[head.len() - back];
        if byte & 0xC0 != 0x80 {
            // The last character starts here: does it need more bytes than remain?
            let needed = match byte {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            };
            return if needed > back {
                &head[..head.len() - back]
            } else {
                head
            };
        }
    }
    head
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twilio_error_json_is_parsed() {
        let body = br#"{"code": 20404, "message": "The requested resource was not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}"#;
        let e = ApiError::from_body(
            "FetchCall",
            reqwest::StatusCode::NOT_FOUND,
            Some("RQ1".into()),
            None,
            body,
        );
        assert_eq!(e.code, Some(20404));
        assert_eq!(e.message, "The requested resource was not found");
        assert_eq!(
            e.to_string(),
            "FetchCall failed with HTTP 404 (Twilio error 20404): The requested resource was not found (see https://www.twilio.com/docs/errors/20404)"
        );
    }

    #[test]
    fn non_json_bodies_still_give_status_and_snippet() {
        let body = b"<html><body>502 Bad Gateway</body></html>";
        let e = ApiError::from_body(
            "ListCall",
            reqwest::StatusCode::BAD_GATEWAY,
            None,
            None,
            body,
        );
        assert_eq!(e.status, 502);
        assert_eq!(e.code, None);
        assert_eq!(e.body_snippet, "<html><body>502 Bad Gateway</body></html>");
        assert!(e.message.contains("Bad Gateway"), "{}", e.message);
    }

    #[test]
    fn snippets_of_invalid_utf8_stay_within_the_limit() {
        let s = snippet(&[0xff; SNIPPET_BYTES]);
        assert_eq!(s.len(), SNIPPET_BYTES - SNIPPET_BYTES % 3);
        assert!(s.chars().all(|c| c == '\u{FFFD}'));
        // A character split by the cut is left out; one that fits is kept.
        let mut body = vec![b'a'; SNIPPET_BYTES - 1];
        body.extend_from_slice("€".as_bytes());
        assert_eq!(snippet(&body), "a".repeat(SNIPPET_BYTES - 1));
        let mut body = vec![b'a'; SNIPPET_BYTES - 3];
        body.extend_from_slice("€x".as_bytes());
        assert!(snippet(&body).ends_with('€'));
    }

    #[test]
    fn snippets_are_capped_on_a_character_boundary() {
        let body = "é".repeat(SNIPPET_BYTES);
        let s = snippet(body.as_bytes());
        assert_eq!(s.len(), SNIPPET_BYTES);
        assert!(s.chars().all(|c| c == 'é'));
    }
}
