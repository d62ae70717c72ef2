//! [`Request`]: one request of any operation. The operation's own part (its parameters,
//! setters, checks and wire form) is generated from the spec (see `crate::operations`); what
//! every request has in common is here, once: per-request options, `send`,
//! `send_with_metadata`, `.await`, and for lists the limit, prefetch and stream.

use std::fmt::{self, Write as _};
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::time::Duration;

use futures_core::Stream;
use reqwest::header::{CONTENT_TYPE, HeaderValue};

use crate::client::Client;
use crate::error::Error;
use crate::http::{self, OperationInfo, RequestOptions};
use crate::pagination::{self, Page};
use crate::response::ApiResponse;

/// An operation of the API: implemented by the generated struct of each operation
/// ([`CreateCall`](crate::CreateCall), [`ListCall`](crate::ListCall), …), which holds its
/// parameters. Sealed: only this crate's operations implement it.
pub trait Operation: sealed::Operation {
    /// What [`Request::send`] returns: the resource, `()`, or a [`Page`].
    type Output: Send + 'static;
}

/// What the generated code implements for each operation, out of users' sight.
pub(crate) mod sealed {
    use super::{Request, Wire};
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
        /// A list's `PageSize`, for the page-size rule.
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
        let limit = self.options.limit;
        let page_size = self.op.page_size();
        let is_list = page_size.map(|size| *size = Some(pagination::page_size(*size, limit)));
        let is_list = is_list.is_some();
        let mut wire = Wire::new(self.client.base_url());
        self.op.write(&mut wire);
        let path = is_list.then(|| wire.url[wire.path_start..].to_owned());
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

    /// Whether [`stream`](Self::stream) (and the pages' own streams) fetch the next page in
    /// the background while the current one is consumed (the default), holding at most two
    /// pages. `false` fetches each page only when the previous one is used up.
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
    /// is requested when the stream is first polled; each next page is fetched in the
    /// background while the current one is consumed (see [`prefetch`](Self::prefetch)),
    /// never past the limit. Holds at most two pages; dropping the stream cancels what is in
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

/// The wire form of one request, written by the generated code: the path (each parameter
/// percent-encoded), then query and form pairs, keys as the spec names them, arrays as
/// repeated keys (`StatusCallbackEvent=initiated&StatusCallbackEvent=ringing`; Twilio refuses
/// comma-joined lists, and `Key[]=` is a mock server's convention, not Twilio's), booleans as
/// `true`/`false`, unset parameters left out.
pub struct Wire {
    url: String,
    path_start: usize,
    query: String,
    form: String,
    scratch: String,
}

impl Wire {
    fn new(base_url: &str) -> Self {
        let mut url = String::with_capacity(base_url.len() + 96);
        url.push_str(base_url);
        Self {
            path_start: url.len(),
            url,
            query: String::new(),
            form: String::new(),
            scratch: String::new(),
        }
    }

    /// A fixed piece of the path.
    pub fn literal(&mut self, text: &str) {
        self.url.push_str(text);
    }

    /// A path parameter, percent-encoded.
    pub fn segment(&mut self, value: &str) {
        self.url.push_str(&progenitor_client::encode_path(value));
    }

    /// A query parameter's values (none when unset; several for an array).
    pub fn query(&mut self, key: &str, values: &[impl fmt::Display]) {
        append_pairs(&mut self.query, &mut self.scratch, key, values);
    }

    /// A form parameter's values (none when unset; several for an array).
    pub fn form(&mut self, key: &str, values: &[impl fmt::Display]) {
        append_pairs(&mut self.form, &mut self.scratch, key, values);
    }

    /// A family of numbered form keys: row `n` (from 1) as `{prefix}{n}.{field}`, one pair
    /// per field, in order. A row with every field empty is a gap left by setting a later
    /// row by its key (`Parameter99.Name`), and is not sent.
    pub fn family<const K: usize>(
        &mut self,
        prefix: &str,
        fields: &[&str; K],
        rows: &[[String; K]],
    ) {
        let mut key = String::new();
        for (n, row) in (1..).zip(rows) {
            if row.iter().all(String::is_empty) {
                continue;
            }
            for (field, value) in fields.iter().zip(row) {
                key.clear();
                let _ = write!(key, "{prefix}{n}.{field}");
                append_pairs(&mut self.form, &mut self.scratch, &key, &[value]);
            }
        }
    }

    /// The request.
    fn into_request(
        mut self,
        op: &OperationInfo,
        timeout: Option<Duration>,
    ) -> Result<reqwest::Request, Error> {
        if !self.query.is_empty() {
            self.url.push('?');
            self.url.push_str(&self.query);
        }
        let url = reqwest::Url::parse(&self.url).map_err(|e| {
            Error::config(format!("{} cannot be sent to {:?}: {e}", op.name, self.url))
        })?;
        let mut request = reqwest::Request::new(op.method.clone(), url);
        if timeout.is_some() {
            *request.timeout_mut() = timeout;
        }
        if op.has_form {
            request.headers_mut().insert(
                CONTENT_TYPE,
                HeaderValue::from_static("application/x-www-form-urlencoded"),
            );
            *request.body_mut() = Some(self.form.into());
        }
        Ok(request)
    }
}

/// Where a numbered key (`Parameter3.Value`) of the family `prefix` with `fields` goes:
/// `(row, column)` from 0, or `None` when the key is not one of the family's.
pub(crate) fn family_slot(key: &str, prefix: &str, fields: &[&str]) -> Option<(usize, usize)> {
    let (number, field) = key.strip_prefix(prefix)?.split_once('.')?;
    let column = fields.iter().position(|f| *f == field)?;
    if number.starts_with('0') || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let row = number.parse::<usize>().ok()?.checked_sub(1)?;
    Some((row, column))
}

/// Sets one field of a family's row (as [`Request::set`] does from a numbered key), adding
/// empty rows up to it; a row past the `max` the spec numbers is refused, naming `first_over`
/// (`Parameter100.Name`), before anything is stored.
pub(crate) fn family_set<const K: usize>(
    rows: &mut Vec<[String; K]>,
    (row, column): (usize, usize),
    value: &str,
    max: usize,
    first_over: &'static str,
) -> Result<(), Error> {
    if row >= max {
        return Err(Error::invalid(
            first_over,
            format!("rows are numbered from 1 to {max} (got row {})", row + 1),
        ));
    }
    if rows.len() <= row {
        rows.resize_with(row + 1, || std::array::from_fn(|_| String::new()));
    }
    rows[row][column] = value.to_owned();
    Ok(())
}

fn append_pairs(out: &mut String, scratch: &mut String, key: &str, values: &[impl fmt::Display]) {
    for value in values {
        scratch.clear();
        let _ = write!(scratch, "{value}");
        if !out.is_empty() {
            out.push('&');
        }
        out.extend(form_urlencoded::byte_serialize(key.as_bytes()));
        out.push('=');
        out.extend(form_urlencoded::byte_serialize(scratch.as_bytes()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_form_encoded_and_arrays_repeat_their_key() {
        let mut wire = Wire::new("https://api.twilio.com");
        wire.literal("/2010-04-01/Accounts/");
        wire.segment("AC a/b");
        wire.literal("/Calls.json");
        wire.form("To", &["+1 555"]);
        wire.form("StatusCallbackEvent", &["initiated", "ringing"]);
        wire.form("Record", &[false]);
        wire.form("Twiml", &["<Say>a&b=ü</Say>"]);
        wire.form("Unset", None::<String>.as_slice());
        wire.query("StartTime<", &["2024-01-31"]);
        assert_eq!(
            wire.form,
            "To=%2B1+555&StatusCallbackEvent=initiated&StatusCallbackEvent=ringing\
             &Record=false&Twiml=%3CSay%3Ea%26b%3D%C3%BC%3C%2FSay%3E"
        );
        assert_eq!(wire.query, "StartTime%3C=2024-01-31");
        let info = OperationInfo {
            name: "CreateCall",
            method: reqwest::Method::POST,
            idempotent: false,
            has_body: true,
            has_form: true,
        };
        assert_eq!(
            &wire.url[wire.path_start..],
            "/2010-04-01/Accounts/AC%20a%2Fb/Calls.json"
        );
        let request = wire.into_request(&info, None).unwrap();
        assert_eq!(
            request.url().as_str(),
            "https://api.twilio.com/2010-04-01/Accounts/AC%20a%2Fb/Calls.json?StartTime%3C=2024-01-31"
        );
        assert_eq!(
            request.headers()[CONTENT_TYPE],
            "application/x-www-form-urlencoded"
        );
    }

    /// Whatever text the parameters hold, the pairs a form decoder reads back are exactly
    /// those written, in order, arrays as repeated keys.
    mod round_trip {
        use proptest::prelude::*;

        use super::super::Wire;

        fn text() -> impl Strategy<Value = String> {
            // Any Unicode, weighted towards the characters forms treat specially.
            prop_oneof![any::<String>(), "[ &=+%#;?/<>\"'\\\r\n\t\u{0}ü€😀]{0,12}"]
        }

        proptest! {
            #[test]
            fn a_form_decoder_reads_back_every_pair(
                values in proptest::collection::vec((text(), proptest::option::of(text())), 0..6),
                events in proptest::collection::vec(text(), 0..4),
            ) {
                let mut wire = Wire::new("http://x");
                let mut expected = Vec::new();
                for (key, value) in &values {
                    wire.form(key, value.as_slice());
                    expected.extend(value.iter().map(|v| (key.clone(), v.clone())));
                }
                wire.form("Events", &events);
                expected.extend(events.iter().map(|e| ("Events".to_owned(), e.clone())));
                let decoded: Vec<(String, String)> =
                    form_urlencoded::parse(wire.form.as_bytes()).into_owned().collect();
                prop_assert_eq!(decoded, expected);
                // Only unreserved characters and escapes go on the wire.
                prop_assert!(wire.form.bytes().all(|b| b.is_ascii_graphic() && b != b' '));
            }
        }
    }
}
