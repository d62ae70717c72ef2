//! The Calls resource: [`Calls`], the handler that starts each operation's [`Request`] with
//! its path parameters. The handlers of a call's subresources (`calls().recordings(sid)` and
//! the rest) are generated with the operations (see `crate::operations`).
//!
//! | Operation | Request | Returns |
//! |---|---|---|
//! | CreateCall | [`Calls::create`] → [`Request<CreateCall>`] | [`Call`](crate::Call) |
//! | FetchCall | [`Calls::fetch`] → [`Request<FetchCall>`] | [`Call`](crate::Call) |
//! | UpdateCall | [`Calls::update`] → [`Request<UpdateCall>`] | [`Call`](crate::Call) |
//! | DeleteCall | [`Calls::delete`] → [`Request<DeleteCall>`] | `()` |
//! | ListCall | [`Calls::list`] → [`Request<ListCall>`] | [`Page<Call>`](crate::Page) or a stream of [`Call`](crate::Call) |

use crate::client::Client;
use crate::operations::{CreateCall, DeleteCall, FetchCall, ListCall, UpdateCall};
use crate::request::Request;

/// The Calls of one account: from [`Client::calls`] or
/// [`Account::calls`](crate::Account::calls).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | CreateCall | [`Calls::create`] → [`Request<CreateCall>`] | [`Call`](crate::Call) |
/// | FetchCall | [`Calls::fetch`] → [`Request<FetchCall>`] | [`Call`](crate::Call) |
/// | UpdateCall | [`Calls::update`] → [`Request<UpdateCall>`] | [`Call`](crate::Call) |
/// | DeleteCall | [`Calls::delete`] → [`Request<DeleteCall>`] | `()` |
/// | ListCall | [`Calls::list`] → [`Request<ListCall>`] | [`Page<Call>`](crate::Page) or a stream of [`Call`](crate::Call) |
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

    /// The client, for the handlers of the calls' subresources.
    pub(crate) fn client(&self) -> &Client {
        &self.client
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
