//! UpdateCall: redirect a live call to new TwiML or end it, through the generated builder.

use std::future::{Future, IntoFuture};
use std::pin::Pin;

use super::{Calls, impl_into_future, setters};
use crate::generated::types::{UpdateCallAccountSid, UpdateCallRequest, UpdateCallSid};
use crate::http::{self, RequestOptions, UPDATE_CALL, request_options};
use crate::validate::{self, parse};
use crate::{ApiResponse, Call, Error, HttpMethod, UpdateCallStatus};

/// An UpdateCall request: see [`Calls::update`]. Every setter maps to one body parameter;
/// unset parameters are not sent.
///
/// ```no_run
/// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
/// let call = client
///     .calls()
///     .update("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
///     .url("https://example.com/next-step")
///     .method("POST")
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCall {
    calls: Calls,
    sid: String,
    body: UpdateCallRequest,
    options: RequestOptions,
}

impl UpdateCall {
    pub(crate) fn new(calls: Calls, sid: String) -> Self {
        Self {
            calls,
            sid,
            body: UpdateCallRequest::default(),
            options: RequestOptions::default(),
        }
    }

    setters! {
        "client.calls().update(\"CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\")";
        /// `Status`: `canceled` ends a queued or ringing call, `completed` hangs up a call in
        /// progress.
        status(status: impl Into<UpdateCallStatus>) = "twilio_calls::UpdateCallStatus::Completed" => |s| s.body.status = Some(status.into());
        /// `Url`: redirect the call to the TwiML at this absolute URL. Not with `twiml`.
        url(url: impl Into<String>) = "\"https://example.com/next\"" => |s| s.body.url = Some(url.into());
        /// `Twiml`: replace the call's TwiML with this (at most 4000 characters). Not with
        /// `url`.
        twiml(twiml: impl Into<String>) = "\"<Response><Hangup/></Response>\"" => |s| s.body.twiml = Some(twiml.into());
        /// `Method`: how Twilio requests `url`.
        method(method: impl Into<HttpMethod>) = "\"GET\"" => |s| s.body.method = Some(method.into());
        /// `FallbackUrl`: requested when fetching or running the TwiML at `url` fails.
        fallback_url(url: impl Into<String>) = "\"https://example.com/fallback\"" => |s| s.body.fallback_url = Some(url.into());
        /// `FallbackMethod`: how Twilio requests `fallback_url`.
        fallback_method(method: impl Into<HttpMethod>) = "\"POST\"" => |s| s.body.fallback_method = Some(method.into());
        /// `StatusCallback`: the URL Twilio sends call-progress events to from now on.
        status_callback(url: impl Into<String>) = "\"https://example.com/status\"" => |s| s.body.status_callback = Some(url.into());
        /// `StatusCallbackMethod`: how Twilio requests `status_callback`.
        status_callback_method(method: impl Into<HttpMethod>) = "\"POST\"" => |s| s.body.status_callback_method = Some(method.into());
        /// `TimeLimit`: the longest the call may last from now on, in seconds.
        time_limit(seconds: u32) = "600" => |s| s.body.time_limit = Some(i64::from(seconds));
    }

    request_options!("client.calls().update(\"CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\")");

    fn check(&self) -> Result<(), Error> {
        let body = &self.body;
        if let Some(UpdateCallStatus::Unknown(other)) = &body.status {
            return Err(Error::invalid(
                "status",
                format!("must be canceled or completed (got {other:?})"),
            ));
        }
        validate::at_most_one(
            "url",
            &[("url", body.url.is_some()), ("twiml", body.twiml.is_some())],
        )?;
        validate::urls(&[
            ("url", body.url.as_deref()),
            ("fallback_url", body.fallback_url.as_deref()),
            ("status_callback", body.status_callback.as_deref()),
        ])?;
        validate::methods(&[
            ("method", body.method.as_ref()),
            ("fallback_method", body.fallback_method.as_ref()),
            (
                "status_callback_method",
                body.status_callback_method.as_ref(),
            ),
        ])?;
        validate::twiml("twiml", body.twiml.as_deref())
    }

    /// Checks the parameters, then sends the update.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let call = client
    ///     .calls()
    ///     .update("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
    ///     .twiml("<Response><Say>Goodbye</Say><Hangup/></Response>")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Call, Error> {
        self.send_with_metadata().await.map(ApiResponse::into_inner)
    }

    /// Checks the parameters, then sends the update; the call comes with the response's
    /// status and headers.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let response = client
    ///     .calls()
    ///     .update("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
    ///     .twiml("<Response><Hangup/></Response>")
    ///     .send_with_metadata()
    ///     .await?;
    /// println!("request {:?}", response.request_id());
    /// # Ok(()) }
    /// ```
    pub async fn send_with_metadata(self) -> Result<ApiResponse<Call>, Error> {
        let account = parse::<UpdateCallAccountSid>("account_sid", self.calls.account_sid())?;
        let sid = parse::<UpdateCallSid>("sid", &self.sid)?;
        self.check()?;
        let client = self.calls.client();
        let raw = client.raw_for(&self.options);
        let request = raw
            .update_call()
            .account_sid(account)
            .sid(sid)
            .body(self.body);
        http::send(client, UPDATE_CALL, &self.options, || {
            let request = request.clone();
            async move { http::finish(UPDATE_CALL, request.send().await).await }
        })
        .await
    }
}

impl_into_future!(UpdateCall => Call);
