//! [`ApiResponse`]: a result together with the HTTP exchange it came from, for the builders'
//! `send_with_metadata()` (what Twilio's SDKs call `with_http_info`).

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// What an operation returned, with the status and headers of the response that carried it
/// and the number of attempts it took.
///
/// ```no_run
/// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
/// let response = client
///     .calls()
///     .fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
///     .send_with_metadata()
///     .await?;
/// println!(
///     "HTTP {} after {} attempt(s), request {:?}, {:?} requests in flight on the account",
///     response.status,
///     response.attempts,
///     response.request_id(),
///     response.header("Twilio-Concurrent-Requests"),
/// );
/// let call = response.data;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ApiResponse<T> {
    /// The decoded result.
    pub data: T,
    /// The response's status.
    pub status: StatusCode,
    /// The response's headers.
    pub headers: HeaderMap,
    /// Requests sent, retries included.
    pub attempts: u32,
}

impl<T> ApiResponse<T> {
    pub(crate) fn new(data: T, status: StatusCode, headers: HeaderMap) -> Self {
        Self {
            data,
            status,
            headers,
            attempts: 1,
        }
    }

    /// A response header as text, if present and printable.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let response = client.calls().list().send_with_metadata().await?;
    /// let in_flight = response.header("twilio-concurrent-requests");
    /// # Ok(()) }
    /// ```
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)?.to_str().ok()
    }

    /// The `Twilio-Request-Id` header: quote it to Twilio support.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let response = client.calls().list().send_with_metadata().await?;
    /// println!("{:?}", response.request_id());
    /// # Ok(()) }
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        self.header("twilio-request-id")
    }

    /// The result, without the metadata.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let page = client.calls().list().send_with_metadata().await?.into_inner();
    /// # Ok(()) }
    /// ```
    pub fn into_inner(self) -> T {
        self.data
    }

    /// The same metadata around another result.
    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> ApiResponse<U> {
        ApiResponse {
            data: f(self.data),
            status: self.status,
            headers: self.headers,
            attempts: self.attempts,
        }
    }
}
