//! [`Request`]: one request of any operation. The operation's own part (its parameters,
//! setters, checks and wire form) is generated from the spec (see `crate::operations`); what
//! every request has in common is here, once: per-request options, `send`,
//! `send_with_metadata`, `.await`, and for lists the limit, prefetch and stream.

pub(crate) mod wire;

use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use futures_core::Stream;

use crate::client::Client;
use crate::error::Error;
use crate::http::{self, OperationInfo, RequestOptions};
use crate::pagination::{self, Page};
use crate::response::ApiResponse;
use wire::Wire;

/// An operation of the API: implemented by the generated struct of each operation
/// ([`CreateCall`](crate::CreateCall), [`ListCall`](crate::ListCall), …), which holds its
/// parameters. Sealed: only this crate's operations implement it.
pub trait Operation: sealed::Operation {
    /// What [`Request::send`] returns: the resource, `()`, or a [`Page`].
    type Output: Send + 'static;
}

/// What the generated code implements for each operation, out of users' sight.
pub(crate) mod sealed {
    use super::Request;
    use super::wire::Wire;
    use crate::error::Error;
    use crate::http::OperationInfo;

    pub trait Operation: Clone + std::fmt::Debug + Send + Sync + 'static {
        /// What the response body decodes to.
        type Response: serde::de::DeserializeOwned + Send;
        /// How the operation goes over HTTP.
        const INFO: OperationInfo;
        /// Sets a parameter by its wire name from text (see [`Request::set`]).
        fn set(&mut self, wire_name: &str, value: &str) -> Result<(), Error>;
        /// Checks every parameter against the spec's constraints.
        fn check(&self) -> Result<(), Error>;
        /// Writes the path, query and form.
        fn write(&self, wire: &mut Wire);
        /// Turns the decoded response into the output (a list's first page learns here
        /// where its next pages are).
        fn output(
            response: Self::Response,
            request: &Request<Self>,
            path: &str,
        ) -> <Self as super::Operation>::Output
        where
            Self: super::Operation;
        /// Whether sending this request twice does no more than sending it once, which
        /// decides whether a failed attempt is retried: a read or delete always, a create
        /// only when it carries an `IdempotencyKey` (Twilio then deduplicates it).
        fn idempotent(&self) -> bool {
            Self::INFO.idempotent
        }
        /// A list's `PageSize`, for the page-size rule (a list whose operation has none is
        /// sent as it is).
        fn page_size(&mut self) -> Option<&mut Option<i64>> {
            None
        }
    }
}

/// One request: an operation's parameters, and how to send them. Made by the handlers
/// ([`Calls::create`](crate::Calls::create) and friends); its setters are the operation's
/// parameters, by the snake_case of their wire names. Nothing is sent until
/// [`send`](Self::send) or `.await`; every parameter is checked before anything is sent.
///
/// ```no_run
/// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
/// let request: twilio_calls::Request<twilio_calls::CreateCall> = client
///     .calls()
///     .create()
///     .to("+15558675310")
///     .from("+15017122661")
///     .url("https://example.com/twiml")
///     .request_timeout(std::time::Duration::from_secs(5));
/// let call = request.await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct Request<Op> {
    pub(crate) client: Client,
    pub(crate) op: Op,
    pub(crate) options: RequestOptions,
}

impl<Op: Operation> Request<Op> {
    pub(crate) fn new(client: Client, op: Op) -> Self {
        let options = RequestOptions::default();
        Self {
            client,
            op,
            options,
        }
    }

    /// Sets a parameter by its wire name, from text as a command line gives it: a number,
    /// `true`/`false`, a date, an enum value. An array parameter takes one more value per
    /// call. An unknown name, or a value that does not parse, is
    /// [`Error::InvalidInput`]; the value's other rules are checked when the request is sent,
    /// as for the typed setters.
    ///
    /// ```
    /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
    /// let request = client
    ///     .calls()
    ///     .create()
    ///     .set("To", "+15558675310")?
    ///     .set("MachineDetectionTimeout", "30")?
    ///     .set("StatusCallbackEvent", "ringing")?
    ///     .set("StatusCallbackEvent", "answered")?;
    /// assert!(client.calls().create().set("Nope", "1").is_err());
    /// assert!(client.calls().create().set("Timeout", "soon").is_err());
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn set(mut self, wire_name: &str, value: &str) -> Result<Self, Error> {
        self.op.set(wire_name, value)?;
        Ok(self)
    }

    /// This request's timeout, for each attempt (connecting, sending, reading the response),
    /// instead of the client's ([`ClientBuilder::timeout`](crate::ClientBuilder::timeout)).
    ///
    /// ```
    /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
    /// let request = client.calls().list().request_timeout(std::time::Duration::from_secs(5));
    /// ```
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How many times this request may be retried, instead of the client's
    /// ([`ClientBuilder::max_retries`](crate::ClientBuilder::max_retries)); 0 sends it once.
    /// What is safe to retry does not change (see [`RetryPolicy`](crate::RetryPolicy)).
    ///
    /// ```
    /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
    /// let request = client.calls().fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").max_retries(0);
    /// ```
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.options.max_retries = Some(retries);
        self
    }

    /// Checks every parameter, then sends the request; `.await` on the request does the
    /// same.
    ///
    /// A request that may change something (a POST) is retried only when it provably did
    /// not reach Twilio; when it may have, the error says so
    /// ([`Error::may_have_taken_effect`]).
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let call = client.calls().fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Op::Output, Error> {
        self.send_with_metadata().await.map(ApiResponse::into_inner)
    }

    /// Like [`send`](Self::send); the result comes with the response's status and headers
    /// and the number of attempts.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let response = client
    ///     .calls()
    ///     .fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
    ///     .send_with_metadata()
    ///     .await?;
    /// println!("{:?} (request {:?})", response.data.status, response.request_id());
    /// # Ok(()) }
    /// ```
    pub async fn send_with_metadata(mut self) -> Result<ApiResponse<Op::Output>, Error> {
        self.op.check()?;
        // A list gets the page-size rule, and keeps its path: where its next pages must stay.
        let is_list = Op::INFO.returns_page;
        if let Some(size) = self.op.page_size().filter(|_| is_list) {
            *size = Some(pagination::page_size(*size, self.options.limit));
        }
        let mut wire = Wire::new(self.client.base_url());
        self.op.write(&mut wire);
        let path = is_list.then(|| wire.path().to_owned());
        let request = wire.into_request(&Op::INFO, self.options.timeout)?;
        let info = OperationInfo {
            idempotent: self.op.idempotent(),
            ..Op::INFO
        };
        let response =
            http::send_request::<Op::Response>(&self.client, &info, &self.options, request).await?;
        Ok(response.map(|data| Op::output(data, &self, path.as_deref().unwrap_or_default())))
    }
}

/// Lists: the whole list as a stream, page after page.
impl<T, Op> Request<Op>
where
    T: Clone + Send + 'static,
    Op: Operation<Output = Page<T>>,
{
    /// The most items [`stream`](Self::stream) yields; it requests no page beyond them.
    /// Without a `page_size`, pages are as large as the limit (up to 1000).
    ///
    /// ```
    /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
    /// let request = client.calls().list().limit(500);
    /// ```
    pub fn limit(mut self, limit: usize) -> Self {
        self.options.limit = Some(limit);
        self
    }

    /// Whether [`stream`](Self::stream) (and the pages' own streams) request the next page
    /// as soon as they have the current one (the default), holding at most two pages. The
    /// request moves on while the stream is polled (no task is spawned), so the network
    /// overlaps the consumer's work between awaits. `false` requests each page only when the
    /// previous one is used up.
    ///
    /// ```
    /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
    /// let request = client.calls().list().prefetch(false);
    /// ```
    pub fn prefetch(mut self, prefetch: bool) -> Self {
        self.options.no_prefetch = !prefetch;
        self
    }

    /// Every matching item, in Twilio's order, up to [`limit`](Self::limit). The first page
    /// is requested when the stream is first polled; each next page is requested as soon as
    /// the current one arrives and moves on as the stream is polled (see
    /// [`prefetch`](Self::prefetch)), never past the limit. Holds at most two pages; dropping the stream cancels what is in
    /// flight. An error is yielded once, then the stream ends.
    ///
    /// ```no_run
    /// use futures_util::TryStreamExt;
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let sids: Vec<String> = client
    ///     .calls()
    ///     .list()
    ///     .limit(120)
    ///     .stream()
    ///     .map_ok(|call| call.sid)
    ///     .try_collect()
    ///     .await?;
    /// assert!(sids.len() <= 120);
    /// # Ok(()) }
    /// ```
    pub fn stream(self) -> impl Stream<Item = Result<T, Error>> + Send + Unpin + 'static {
        pagination::stream(self.options.limit, async move { self.send().await })
    }
}

impl<Op: Operation> IntoFuture for Request<Op> {
    type Output = Result<Op::Output, Error>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
