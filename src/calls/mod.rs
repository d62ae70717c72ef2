//! The Calls resource: [`Calls`] hands out one request builder per operation. Every builder
//! checks its input in `send()` before any I/O and can also be `.await`ed directly.
//!
//! | Operation | Builder | Returns |
//! |---|---|---|
//! | CreateCall | [`Calls::create`] → [`CreateCall`] | [`Call`] |
//! | FetchCall | [`Calls::fetch`] → [`FetchCall`] | [`Call`] |
//! | UpdateCall | [`Calls::update`] → [`UpdateCall`] | [`Call`] |
//! | DeleteCall | [`Calls::delete`] → [`DeleteCall`] | `()` |
//! | ListCall | [`Calls::list`] → [`ListCalls`] | [`Page<Call>`](crate::Page) or a stream of [`Call`] |

mod create;
pub(crate) mod list;
mod update;

use std::future::{Future, IntoFuture};
use std::pin::Pin;

pub use create::CreateCall;
pub use list::ListCalls;
pub use update::UpdateCall;

use crate::generated::types::{
    DeleteCallAccountSid, DeleteCallSid, FetchCallAccountSid, FetchCallSid,
};
use crate::http::{self, DELETE_CALL, FETCH_CALL, RequestOptions, request_options};
use crate::validate::parse;
use crate::{ApiResponse, Call, Client, Error};

/// The Calls of one account: from [`Client::calls`] or
/// [`Account::calls`](crate::Account::calls).
///
/// | Operation | Builder | Returns |
/// |---|---|---|
/// | CreateCall | [`Calls::create`] → [`CreateCall`] | [`Call`] |
/// | FetchCall | [`Calls::fetch`] → [`FetchCall`] | [`Call`] |
/// | UpdateCall | [`Calls::update`] → [`UpdateCall`] | [`Call`] |
/// | DeleteCall | [`Calls::delete`] → [`DeleteCall`] | `()` |
/// | ListCall | [`Calls::list`] → [`ListCalls`] | [`Page<Call>`](crate::Page) or a stream of [`Call`] |
///
/// Every builder checks its input in `send()` before any I/O, and can be `.await`ed directly
/// (which sends it).
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

    /// Places a call (CreateCall). Set [`to`](CreateCall::to), [`from`](CreateCall::from)
    /// and exactly one of [`url`](CreateCall::url), [`twiml`](CreateCall::twiml) or
    /// [`application_sid`](CreateCall::application_sid).
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
    /// println!("placed {}", call.sid.unwrap_or_default());
    /// # Ok(()) }
    /// ```
    pub fn create(&self) -> CreateCall {
        CreateCall::new(self.clone())
    }

    /// Fetches one call by SID (FetchCall).
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let call = client.calls().fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").await?;
    /// println!("{:?} for {:?} s", call.status, call.duration_secs());
    /// # Ok(()) }
    /// ```
    pub fn fetch(&self, sid: impl Into<String>) -> FetchCall {
        FetchCall {
            calls: self.clone(),
            sid: sid.into(),
            options: RequestOptions::default(),
        }
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
    pub fn update(&self, sid: impl Into<String>) -> UpdateCall {
        UpdateCall::new(self.clone(), sid.into())
    }

    /// Deletes a call's record from the account's logs (DeleteCall).
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// client.calls().delete("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn delete(&self, sid: impl Into<String>) -> DeleteCall {
        DeleteCall {
            calls: self.clone(),
            sid: sid.into(),
            options: RequestOptions::default(),
        }
    }

    /// Lists calls, newest first (ListCall): one page with `.send()`, or all of them (up to a
    /// limit) as a stream with `.stream()`.
    ///
    /// ```no_run
    /// use futures_util::TryStreamExt;
    /// use twilio_calls::CallStatus;
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let mut calls = client
    ///     .calls()
    ///     .list()
    ///     .status(CallStatus::Completed)
    ///     .limit(200)
    ///     .stream();
    /// while let Some(call) = calls.try_next().await? {
    ///     println!("{:?} {:?}", call.sid, call.price_amount());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list(&self) -> ListCalls {
        ListCalls::new(self.clone())
    }

    pub(crate) fn client(&self) -> &Client {
        &self.client
    }
}

/// Makes a builder awaitable: `builder.await` is `builder.send().await`.
///
/// Every builder's `send()` is its `send_with_metadata()` without the metadata.
macro_rules! impl_into_future {
    ($builder:ty => $output:ty) => {
        impl IntoFuture for $builder {
            type Output = Result<$output, Error>;
            type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

            fn into_future(self) -> Self::IntoFuture {
                Box::pin(self.send())
            }
        }
    };
}
pub(crate) use impl_into_future;

/// Defines a builder's parameter setters, each with its documentation and a doctest that
/// calls it with one example value on the builder `$builder` (an expression on `client`).
macro_rules! setters {
    ($builder:literal; $(
        $(#[doc = $doc:literal])*
        $name:ident($arg:ident: $ty:ty) = $example:literal => |$this:ident| $set:expr;
    )+) => {$(
        $(#[doc = $doc])*
        ///
        /// ```
        /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
        #[doc = concat!("let request = ", $builder, ".", stringify!($name), "(", $example, ");")]
        /// ```
        pub fn $name(mut self, $arg: $ty) -> Self {
            let $this = &mut self;
            $set;
            self
        }
    )+};
}
pub(crate) use setters;

/// A FetchCall request: see [`Calls::fetch`].
///
/// ```no_run
/// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
/// let call = client.calls().fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct FetchCall {
    calls: Calls,
    sid: String,
    options: RequestOptions,
}

impl FetchCall {
    request_options!("client.calls().fetch(\"CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\")");

    /// Sends the request.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let call = client.calls().fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Call, Error> {
        self.send_with_metadata().await.map(ApiResponse::into_inner)
    }

    /// Sends the request; the call comes with the response's status and headers.
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
    pub async fn send_with_metadata(self) -> Result<ApiResponse<Call>, Error> {
        let account = parse::<FetchCallAccountSid>("account_sid", &self.calls.account_sid)?;
        let sid = parse::<FetchCallSid>("sid", &self.sid)?;
        let client = &self.calls.client;
        let raw = client.raw_for(&self.options);
        let request = raw.fetch_call().account_sid(account).sid(sid);
        http::send(client, FETCH_CALL, &self.options, || {
            let request = request.clone();
            async move { http::finish(FETCH_CALL, request.send().await).await }
        })
        .await
    }
}

impl_into_future!(FetchCall => Call);

/// A DeleteCall request: see [`Calls::delete`].
///
/// ```no_run
/// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
/// client.calls().delete("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCall {
    calls: Calls,
    sid: String,
    options: RequestOptions,
}

impl DeleteCall {
    request_options!("client.calls().delete(\"CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\")");

    /// Sends the request. Twilio answers `204 No Content`.
    ///
    /// A retried delete (after a timeout or a 5xx) can be answered 404 when an earlier
    /// attempt did delete the record; [`Error::attempts`] then says more than 1.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// client.calls().delete("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").send().await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_metadata().await.map(ApiResponse::into_inner)
    }

    /// Sends the request; returns the response's status and headers.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let response = client
    ///     .calls()
    ///     .delete("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
    ///     .send_with_metadata()
    ///     .await?;
    /// assert_eq!(response.status, 204);
    /// # Ok(()) }
    /// ```
    pub async fn send_with_metadata(self) -> Result<ApiResponse<()>, Error> {
        let account = parse::<DeleteCallAccountSid>("account_sid", &self.calls.account_sid)?;
        let sid = parse::<DeleteCallSid>("sid", &self.sid)?;
        let client = &self.calls.client;
        let raw = client.raw_for(&self.options);
        let request = raw.delete_call().account_sid(account).sid(sid);
        http::send(client, DELETE_CALL, &self.options, || {
            let request = request.clone();
            async move {
                match request.send().await {
                    // Another success status (a proxy answering 200, say) is still a success.
                    Err(progenitor_client::Error::UnexpectedResponse(response)) => {
                        let (status, headers, _) =
                            http::read_success(DELETE_CALL, response).await?;
                        Ok(ApiResponse::new((), status, headers))
                    }
                    other => http::finish(DELETE_CALL, other).await,
                }
            }
        })
        .await
    }
}

impl_into_future!(DeleteCall => ());
