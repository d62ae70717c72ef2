//! CreateCall: the builder with one setter per body parameter of the spec, its checks, and
//! the request itself.
//!
//! The request is built here rather than by the generated builder because progenitor
//! encodes form bodies with `serde_urlencoded`, which cannot encode the two array
//! parameters; the body is still the generated `CreateCallRequest`, encoded by
//! [`crate::form`], and it still goes through the hooks and the retry rules
//! ([`crate::http::send_request`]).

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::LazyLock;

use reqwest::header::{CONTENT_TYPE, HeaderValue};

use super::{Calls, impl_into_future, setters};
use crate::generated::types::{
    CreateCallAccountSid, CreateCallRequest, CreateCallRequestApplicationSid, CreateCallRequestByoc,
};
use crate::http::{self, CREATE_CALL, RequestOptions, request_options};
use crate::validate::{self, parse};
use crate::{
    ApiResponse, Call, CallEvent, Error, HttpMethod, MachineDetection, RecordingChannels,
    RecordingEvent, RecordingTrack, Trim, form,
};

/// A CreateCall request: see [`Calls::create`]. Every setter maps to one body parameter
/// (`machine_detection_timeout` → `MachineDetectionTimeout`); unset parameters are not sent.
///
/// ```no_run
/// use twilio_calls::MachineDetection;
/// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
/// let call = client
///     .calls()
///     .create()
///     .to("+15558675310")
///     .from("+15017122661")
///     .url("https://example.com/twiml")
///     .machine_detection(MachineDetection::Enable)
///     .record(true)
///     .await?;
/// # Ok(()) }
/// ```
#[must_use = "a request does nothing until it is sent"]
#[derive(Clone)]
pub struct CreateCall {
    calls: Calls,
    body: CreateCallRequest,
    // Kept as given until `send`, where their patterns are checked.
    application_sid: Option<String>,
    byoc: Option<String>,
    options: RequestOptions,
}

impl fmt::Debug for CreateCall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut body = self.body.clone();
        if body.sip_auth_password.is_some() {
            body.sip_auth_password = Some("[redacted]".into());
        }
        f.debug_struct("CreateCall")
            .field("account_sid", &self.calls.account_sid())
            .field("body", &body)
            .field("application_sid", &self.application_sid)
            .field("byoc", &self.byoc)
            .field("options", &self.options)
            .finish()
    }
}

impl CreateCall {
    pub(crate) fn new(calls: Calls) -> Self {
        // Built once: the generated builder checks every field, which a request need not
        // pay for.
        static EMPTY: LazyLock<CreateCallRequest> = LazyLock::new(|| {
            CreateCallRequest::builder()
                .to("")
                .from("")
                .try_into()
                .expect("`To` and `From` are the only required fields")
        });
        Self {
            calls,
            body: EMPTY.clone(),
            application_sid: None,
            byoc: None,
            options: RequestOptions::default(),
        }
    }

    setters! {
        "client.calls().create()";
        /// `To`: the phone number (E.164), SIP address or client identifier to call. Required.
        to(to: impl Into<String>) = "\"+15558675310\"" => |s| s.body.to = to.into();
        /// `From`: the caller ID, a Twilio number or verified caller ID, or a client
        /// identifier. Required.
        from(from: impl Into<String>) = "\"+15017122661\"" => |s| s.body.from = from.into();
        /// `Url`: the absolute URL that returns the call's TwiML. Exactly one of `url`,
        /// `twiml` and `application_sid` must be set.
        url(url: impl Into<String>) = "\"https://example.com/twiml\"" => |s| s.body.url = Some(url.into());
        /// `Twiml`: the call's TwiML itself (at most 4000 characters). Exactly one of `url`,
        /// `twiml` and `application_sid` must be set.
        twiml(twiml: impl Into<String>) = "\"<Response><Say>Ahoy</Say></Response>\"" => |s| s.body.twiml = Some(twiml.into());
        /// `ApplicationSid`: the TwiML App (`AP…`) that handles the call. Exactly one of
        /// `url`, `twiml` and `application_sid` must be set.
        application_sid(sid: impl Into<String>) = "\"APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"" => |s| s.application_sid = Some(sid.into());
        /// `Method`: how Twilio requests `url` (`GET` or `POST`, default `POST`).
        method(method: impl Into<HttpMethod>) = "twilio_calls::HttpMethod::Get" => |s| s.body.method = Some(method.into());
        /// `FallbackUrl`: requested when fetching or running the TwiML at `url` fails.
        fallback_url(url: impl Into<String>) = "\"https://example.com/fallback\"" => |s| s.body.fallback_url = Some(url.into());
        /// `FallbackMethod`: how Twilio requests `fallback_url`.
        fallback_method(method: impl Into<HttpMethod>) = "\"POST\"" => |s| s.body.fallback_method = Some(method.into());
        /// `StatusCallback`: the URL Twilio sends call-progress events to.
        status_callback(url: impl Into<String>) = "\"https://example.com/status\"" => |s| s.body.status_callback = Some(url.into());
        /// `StatusCallbackEvent`: the events to send to `status_callback` (only `completed`
        /// when none is given). Sent as repeated keys, one per event.
        status_callback_event(events: impl IntoIterator<Item = impl Into<CallEvent>>) = "[\"initiated\", \"ringing\", \"answered\", \"completed\"]"
            => |s| s.body.status_callback_event = events.into_iter().map(Into::into).collect();
        /// `StatusCallbackMethod`: how Twilio requests `status_callback`.
        status_callback_method(method: impl Into<HttpMethod>) = "\"POST\"" => |s| s.body.status_callback_method = Some(method.into());
        /// `SendDigits`: keys to press once connected: at most 32 of `0-9 A-D # *`, with `w`
        /// (half a second) and `W` (one second) as pauses.
        send_digits(digits: impl Into<String>) = "\"W1234#\"" => |s| s.body.send_digits = Some(digits.into());
        /// `Timeout`: seconds to let the phone ring before giving up (at most 600, default 60).
        timeout(seconds: u32) = "30" => |s| s.body.timeout = Some(i64::from(seconds));
        /// `Record`: whether to record the call.
        record(record: bool) = "true" => |s| s.body.record = Some(record);
        /// `RecordingChannels`: `mono` or `dual`.
        recording_channels(channels: impl Into<RecordingChannels>) = "twilio_calls::RecordingChannels::Dual" => |s| s.body.recording_channels = Some(channels.into());
        /// `RecordingStatusCallback`: the URL Twilio notifies about the recording.
        recording_status_callback(url: impl Into<String>) = "\"https://example.com/recording\"" => |s| s.body.recording_status_callback = Some(url.into());
        /// `RecordingStatusCallbackMethod`: how Twilio requests `recording_status_callback`.
        recording_status_callback_method(method: impl Into<HttpMethod>) = "\"GET\"" => |s| s.body.recording_status_callback_method = Some(method.into());
        /// `RecordingStatusCallbackEvent`: recording events to report (`in-progress`,
        /// `completed`, `absent`). Sent as repeated keys, one per event.
        recording_status_callback_event(events: impl IntoIterator<Item = impl Into<RecordingEvent>>) = "[\"in-progress\", \"completed\"]"
            => |s| s.body.recording_status_callback_event = events.into_iter().map(Into::into).collect();
        /// `RecordingTrack`: `inbound`, `outbound` or `both`.
        recording_track(track: impl Into<RecordingTrack>) = "twilio_calls::RecordingTrack::Both" => |s| s.body.recording_track = Some(track.into());
        /// `Trim`: `trim-silence` or `do-not-trim`.
        trim(trim: impl Into<Trim>) = "twilio_calls::Trim::DoNotTrim" => |s| s.body.trim = Some(trim.into());
        /// `SipAuthUsername`: the username for a SIP `To`.
        sip_auth_username(username: impl Into<String>) = "\"alice\"" => |s| s.body.sip_auth_username = Some(username.into());
        /// `SipAuthPassword`: the password for `sip_auth_username`. Never shown in `Debug`.
        sip_auth_password(password: impl Into<String>) = "\"s3cret\"" => |s| s.body.sip_auth_password = Some(password.into());
        /// `MachineDetection`: answering machine detection, `Enable` or `DetectMessageEnd`.
        machine_detection(mode: impl Into<MachineDetection>) = "twilio_calls::MachineDetection::Enable" => |s| s.body.machine_detection = Some(mode.into());
        /// `MachineDetectionTimeout`: seconds to try to detect a machine (3 to 59, default 30).
        machine_detection_timeout(seconds: u32) = "30" => |s| s.body.machine_detection_timeout = Some(i64::from(seconds));
        /// `MachineDetectionSpeechThreshold`: milliseconds of speech beyond which the
        /// answerer is taken for a machine (1000 to 6000, default 2400).
        machine_detection_speech_threshold(millis: u32) = "2400" => |s| s.body.machine_detection_speech_threshold = Some(i64::from(millis));
        /// `MachineDetectionSpeechEndThreshold`: milliseconds of silence that end speech
        /// (500 to 5000, default 1200).
        machine_detection_speech_end_threshold(millis: u32) = "1200" => |s| s.body.machine_detection_speech_end_threshold = Some(i64::from(millis));
        /// `MachineDetectionSilenceTimeout`: milliseconds of initial silence before the
        /// result is `unknown` (2000 to 10000, default 5000).
        machine_detection_silence_timeout(millis: u32) = "5000" => |s| s.body.machine_detection_silence_timeout = Some(i64::from(millis));
        /// `AsyncAmd`: run machine detection in the background instead of blocking the call.
        async_amd(enabled: bool) = "true" => |s| s.body.async_amd = Some(enabled.to_string());
        /// `AsyncAmdStatusCallback`: the URL Twilio sends the background detection result to.
        async_amd_status_callback(url: impl Into<String>) = "\"https://example.com/amd\"" => |s| s.body.async_amd_status_callback = Some(url.into());
        /// `AsyncAmdStatusCallbackMethod`: how Twilio requests `async_amd_status_callback`.
        async_amd_status_callback_method(method: impl Into<HttpMethod>) = "\"POST\"" => |s| s.body.async_amd_status_callback_method = Some(method.into());
        /// `CallerId`: the caller ID to show, for client and SIP calls.
        caller_id(caller_id: impl Into<String>) = "\"+15017122661\"" => |s| s.body.caller_id = Some(caller_id.into());
        /// `Byoc`: the BYOC trunk (`BY…`) to route the call through.
        byoc(sid: impl Into<String>) = "\"BYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"" => |s| s.byoc = Some(sid.into());
        /// `CallReason`: the purpose shown on the called phone (Branded Calls).
        call_reason(reason: impl Into<String>) = "\"Your appointment\"" => |s| s.body.call_reason = Some(reason.into());
        /// `CallToken`: the token of an incoming call, to forward it with its caller ID.
        call_token(token: impl Into<String>) = "\"token-of-the-incoming-call\"" => |s| s.body.call_token = Some(token.into());
        /// `TimeLimit`: the longest the call may last, in seconds.
        time_limit(seconds: u32) = "3600" => |s| s.body.time_limit = Some(i64::from(seconds));
    }

    request_options!("client.calls().create()");

    /// Checks every rule, then builds the body to send.
    fn checked_body(
        mut body: CreateCallRequest,
        application_sid: Option<&str>,
        byoc: Option<&str>,
    ) -> Result<CreateCallRequest, Error> {
        validate::present("to", &body.to)?;
        validate::present("from", &body.from)?;
        validate::exactly_one(
            "url",
            &[
                ("url", body.url.is_some()),
                ("twiml", body.twiml.is_some()),
                ("application_sid", application_sid.is_some()),
            ],
        )?;
        if let Some(sid) = application_sid {
            body.application_sid = Some(parse::<CreateCallRequestApplicationSid>(
                "application_sid",
                sid,
            )?);
        }
        if let Some(sid) = byoc {
            body.byoc = Some(parse::<CreateCallRequestByoc>("byoc", sid)?);
        }
        validate::urls(&[
            ("url", body.url.as_deref()),
            ("fallback_url", body.fallback_url.as_deref()),
            ("status_callback", body.status_callback.as_deref()),
            (
                "recording_status_callback",
                body.recording_status_callback.as_deref(),
            ),
            (
                "async_amd_status_callback",
                body.async_amd_status_callback.as_deref(),
            ),
        ])?;
        validate::methods(&[
            ("method", body.method.as_ref()),
            ("fallback_method", body.fallback_method.as_ref()),
            (
                "status_callback_method",
                body.status_callback_method.as_ref(),
            ),
            (
                "recording_status_callback_method",
                body.recording_status_callback_method.as_ref(),
            ),
            (
                "async_amd_status_callback_method",
                body.async_amd_status_callback_method.as_ref(),
            ),
        ])?;
        validate::twiml("twiml", body.twiml.as_deref())?;
        validate::send_digits("send_digits", body.send_digits.as_deref())?;
        validate::range("timeout", body.timeout, 1, 600, "seconds")?;
        validate::range(
            "machine_detection_timeout",
            body.machine_detection_timeout,
            3,
            59,
            "seconds",
        )?;
        validate::range(
            "machine_detection_speech_threshold",
            body.machine_detection_speech_threshold,
            1000,
            6000,
            "milliseconds",
        )?;
        validate::range(
            "machine_detection_speech_end_threshold",
            body.machine_detection_speech_end_threshold,
            500,
            5000,
            "milliseconds",
        )?;
        validate::range(
            "machine_detection_silence_timeout",
            body.machine_detection_silence_timeout,
            2000,
            10000,
            "milliseconds",
        )?;
        Ok(body)
    }

    /// Checks the parameters, then places the call. Twilio answers `201 Created` with the
    /// new call, usually `queued`.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let call = client
    ///     .calls()
    ///     .create()
    ///     .to("+15558675310")
    ///     .from("+15017122661")
    ///     .url("https://example.com/twiml")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Call, Error> {
        self.send_with_metadata().await.map(ApiResponse::into_inner)
    }

    /// Checks every parameter, then places the call; the call comes with the response's
    /// status and headers.
    ///
    /// A create is retried only when it provably did not reach Twilio (it could not
    /// connect, or got 429); when it may have, the error says so
    /// ([`Error::may_have_taken_effect`]).
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let response = client
    ///     .calls()
    ///     .create()
    ///     .to("+15558675310")
    ///     .from("+15017122661")
    ///     .url("https://example.com/twiml")
    ///     .send_with_metadata()
    ///     .await?;
    /// assert_eq!(response.status, 201);
    /// # Ok(()) }
    /// ```
    pub async fn send_with_metadata(self) -> Result<ApiResponse<Call>, Error> {
        let Self {
            calls,
            body,
            application_sid,
            byoc,
            options,
        } = self;
        let account = parse::<CreateCallAccountSid>("account_sid", calls.account_sid())?;
        let body = Self::checked_body(body, application_sid.as_deref(), byoc.as_deref())?;
        let body = form::encode("CreateCall body", &body)?;
        let client = calls.client();
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls.json",
            client.base_url(),
            progenitor_client::encode_path(&account),
        );
        let request = client.raw().client.post(url).header(
            CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        http::send_request(client, CREATE_CALL, &options, request.body(body)).await
    }
}

impl_into_future!(CreateCall => Call);
