//! The Calls resource: [`Calls`], the handler that starts each operation's [`Request`] with
//! its path parameters, and what a [`Call`](crate::Call) offers beyond its fields.
//!
//! | Operation | Request | Returns |
//! |---|---|---|
//! | CreateCall | [`Calls::create`] → [`Request<CreateCall>`] | [`Call`] |
//! | FetchCall | [`Calls::fetch`] → [`Request<FetchCall>`] | [`Call`] |
//! | UpdateCall | [`Calls::update`] → [`Request<UpdateCall>`] | [`Call`] |
//! | DeleteCall | [`Calls::delete`] → [`Request<DeleteCall>`] | `()` |
//! | ListCall | [`Calls::list`] → [`Request<ListCall>`] | [`Page<Call>`](crate::Page) or a stream of [`Call`] |

use crate::client::Client;
use crate::generated::types::ApiV2010AccountCall as Call;
use crate::operations::{CreateCall, DeleteCall, FetchCall, ListCall, UpdateCall};
use crate::request::Request;

/// The Calls of one account: from [`Client::calls`] or
/// [`Account::calls`](crate::Account::calls).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | CreateCall | [`Calls::create`] → [`Request<CreateCall>`] | [`Call`] |
/// | FetchCall | [`Calls::fetch`] → [`Request<FetchCall>`] | [`Call`] |
/// | UpdateCall | [`Calls::update`] → [`Request<UpdateCall>`] | [`Call`] |
/// | DeleteCall | [`Calls::delete`] → [`Request<DeleteCall>`] | `()` |
/// | ListCall | [`Calls::list`] → [`Request<ListCall>`] | [`Page<Call>`](crate::Page) or a stream of [`Call`] |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed
/// directly (which sends it).
///
/// ```
/// let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token")?;
/// let calls = client.calls();
/// assert_eq!(calls.account_sid(), "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
/// # Ok::<(), twilio_calls::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Calls {
    client: Client,
    account_sid: String,
}

impl Calls {
    pub(crate) fn new(client: Client, account_sid: String) -> Self {
        Self {
            client,
            account_sid,
        }
    }

    /// The account these calls belong to.
    ///
    /// ```
    /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t")?;
    /// let calls = client.account("ACcccccccccccccccccccccccccccccccc").calls();
    /// assert_eq!(calls.account_sid(), "ACcccccccccccccccccccccccccccccccc");
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn account_sid(&self) -> &str {
        &self.account_sid
    }

    fn request<Op: crate::request::Operation>(&self, op: Op) -> Request<Op> {
        Request::new(self.client.clone(), op)
    }

    /// Places a call (CreateCall). Set `to`, `from` and exactly one of `url`, `twiml` or
    /// `application_sid`.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let call = client
    ///     .calls()
    ///     .create()
    ///     .to("+15558675310")
    ///     .from("+15017122661")
    ///     .twiml("<Response><Say>Ahoy!</Say></Response>")
    ///     .status_callback("https://example.com/status")
    ///     .status_callback_event(["initiated", "ringing", "answered", "completed"])
    ///     .send()
    ///     .await?;
    /// println!("placed {}", call.sid);
    /// # Ok(()) }
    /// ```
    pub fn create(&self) -> Request<CreateCall> {
        self.request(CreateCall::new(self.account_sid.clone()))
    }

    /// Fetches one call by SID (FetchCall).
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let call = client.calls().fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").await?;
    /// println!("{:?} for {:?} s", call.status, call.duration_secs());
    /// # Ok(()) }
    /// ```
    pub fn fetch(&self, sid: impl Into<String>) -> Request<FetchCall> {
        self.request(FetchCall::new(self.account_sid.clone(), sid.into()))
    }

    /// Changes a call in progress (UpdateCall): redirect it to new TwiML, or end it.
    ///
    /// ```no_run
    /// use twilio_calls::UpdateCallStatus;
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// client
    ///     .calls()
    ///     .update("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
    ///     .status(UpdateCallStatus::Completed)
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn update(&self, sid: impl Into<String>) -> Request<UpdateCall> {
        self.request(UpdateCall::new(self.account_sid.clone(), sid.into()))
    }

    /// Deletes a call's record from the account's logs (DeleteCall). Twilio answers
    /// `204 No Content`. A retried delete (after a timeout or a 5xx) can be answered 404
    /// when an earlier attempt did delete the record; [`Error::attempts`](crate::Error::attempts)
    /// then says more than 1.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// client.calls().delete("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn delete(&self, sid: impl Into<String>) -> Request<DeleteCall> {
        self.request(DeleteCall::new(self.account_sid.clone(), sid.into()))
    }

    /// Lists calls, newest first (ListCall): one page with `.send()`, or all of them (up to a
    /// limit) as a stream with `.stream()`. Date filters take a [`chrono::NaiveDate`] (a
    /// whole day, sent as `2024-01-31`) or a [`chrono::DateTime`] (sent in UTC to the second,
    /// `2024-01-31T15:04:05Z`).
    ///
    /// ```no_run
    /// use futures_util::TryStreamExt;
    /// use twilio_calls::CallStatus;
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let mut calls = client
    ///     .calls()
    ///     .list()
    ///     .status(CallStatus::Completed)
    ///     .start_time_after(chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap())
    ///     .limit(200)
    ///     .stream();
    /// while let Some(call) = calls.try_next().await? {
    ///     println!("{} {:?}", call.sid, call.price_amount());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> Request<ListCall> {
        self.request(ListCall::new(self.account_sid.clone()))
    }
}

/// Twilio sends `duration`, `queue_time` and `price` as strings; these read them as numbers.
impl Call {
    /// `duration` in seconds, once the call has ended.
    ///
    /// ```
    /// let call: twilio_calls::Call =
    ///     serde_json::from_str(r#"{"sid": "CA1", "duration": "15"}"#).unwrap();
    /// assert_eq!(call.duration_secs(), Some(15));
    /// ```
    pub fn duration_secs(&self) -> Option<u64> {
        self.duration.as_deref()?.trim().parse().ok()
    }

    /// `queue_time` in milliseconds.
    ///
    /// ```
    /// let call: twilio_calls::Call =
    ///     serde_json::from_str(r#"{"sid": "CA1", "queue_time": "1000"}"#).unwrap();
    /// assert_eq!(call.queue_time_millis(), Some(1000));
    /// ```
    pub fn queue_time_millis(&self) -> Option<u64> {
        self.queue_time.as_deref()?.trim().parse().ok()
    }

    /// `price` as a number, in the currency of `price_unit` (Twilio reports charges as
    /// negative amounts, e.g. `-0.03000`).
    ///
    /// ```
    /// let call: twilio_calls::Call =
    ///     serde_json::from_str(r#"{"sid": "CA1", "price": "-0.03000", "price_unit": "USD"}"#).unwrap();
    /// assert_eq!(call.price_amount(), Some(-0.03));
    /// ```
    pub fn price_amount(&self) -> Option<f64> {
        self.price.as_deref()?.trim().parse().ok()
    }
}
