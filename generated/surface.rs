/// CreateCall: Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls.json`. Sent as a [`Request<CreateCall>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct CreateCall {
    account_sid: ::std::string::String,
    to: ::std::option::Option<::std::string::String>,
    from: ::std::option::Option<::std::string::String>,
    method: ::std::option::Option<::twilio_calls::HttpMethod>,
    fallback_url: ::std::option::Option<::std::string::String>,
    fallback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    status_callback: ::std::option::Option<::std::string::String>,
    status_callback_event: ::std::vec::Vec<::twilio_calls::CallEvent>,
    status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    send_digits: ::std::option::Option<::std::string::String>,
    timeout: ::std::option::Option<i64>,
    record: ::std::option::Option<bool>,
    recording_channels: ::std::option::Option<::twilio_calls::RecordingChannels>,
    recording_status_callback: ::std::option::Option<::std::string::String>,
    recording_status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    sip_auth_username: ::std::option::Option<::std::string::String>,
    sip_auth_password: ::std::option::Option<crate::auth::Secret>,
    machine_detection: ::std::option::Option<::twilio_calls::MachineDetection>,
    machine_detection_timeout: ::std::option::Option<i64>,
    recording_status_callback_event: ::std::vec::Vec<::twilio_calls::RecordingEvent>,
    trim: ::std::option::Option<::twilio_calls::Trim>,
    caller_id: ::std::option::Option<::std::string::String>,
    machine_detection_speech_threshold: ::std::option::Option<i64>,
    machine_detection_speech_end_threshold: ::std::option::Option<i64>,
    machine_detection_silence_timeout: ::std::option::Option<i64>,
    async_amd: ::std::option::Option<bool>,
    async_amd_status_callback: ::std::option::Option<::std::string::String>,
    async_amd_status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    byoc: ::std::option::Option<::std::string::String>,
    call_reason: ::std::option::Option<::std::string::String>,
    call_token: ::std::option::Option<crate::auth::Secret>,
    recording_track: ::std::option::Option<::twilio_calls::RecordingTrack>,
    time_limit: ::std::option::Option<i64>,
    client_notification_url: ::std::option::Option<::std::string::String>,
    url: ::std::option::Option<::std::string::String>,
    twiml: ::std::option::Option<::std::string::String>,
    application_sid: ::std::option::Option<::std::string::String>,
}
impl CreateCall {
    /// A CreateCall request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(account_sid: ::std::string::String) -> Self {
        Self {
            account_sid,
            to: ::std::default::Default::default(),
            from: ::std::default::Default::default(),
            method: ::std::default::Default::default(),
            fallback_url: ::std::default::Default::default(),
            fallback_method: ::std::default::Default::default(),
            status_callback: ::std::default::Default::default(),
            status_callback_event: ::std::default::Default::default(),
            status_callback_method: ::std::default::Default::default(),
            send_digits: ::std::default::Default::default(),
            timeout: ::std::default::Default::default(),
            record: ::std::default::Default::default(),
            recording_channels: ::std::default::Default::default(),
            recording_status_callback: ::std::default::Default::default(),
            recording_status_callback_method: ::std::default::Default::default(),
            sip_auth_username: ::std::default::Default::default(),
            sip_auth_password: ::std::default::Default::default(),
            machine_detection: ::std::default::Default::default(),
            machine_detection_timeout: ::std::default::Default::default(),
            recording_status_callback_event: ::std::default::Default::default(),
            trim: ::std::default::Default::default(),
            caller_id: ::std::default::Default::default(),
            machine_detection_speech_threshold: ::std::default::Default::default(),
            machine_detection_speech_end_threshold: ::std::default::Default::default(),
            machine_detection_silence_timeout: ::std::default::Default::default(),
            async_amd: ::std::default::Default::default(),
            async_amd_status_callback: ::std::default::Default::default(),
            async_amd_status_callback_method: ::std::default::Default::default(),
            byoc: ::std::default::Default::default(),
            call_reason: ::std::default::Default::default(),
            call_token: ::std::default::Default::default(),
            recording_track: ::std::default::Default::default(),
            time_limit: ::std::default::Default::default(),
            client_notification_url: ::std::default::Default::default(),
            url: ::std::default::Default::default(),
            twiml: ::std::default::Default::default(),
            application_sid: ::std::default::Default::default(),
        }
    }
}
/// The parameters of CreateCall (`POST /2010-04-01/Accounts/{AccountSid}/Calls.json`), set with the methods of this `Request`.
impl crate::request::Request<CreateCall> {
    /// `To`: The phone number, SIP address, or client identifier to call.
    ///
    /// Required.
    pub fn to(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.to = ::std::option::Option::Some(value.into());
        self
    }
    /// `From`: The phone number or client identifier to use as the caller id. If using a phone number, it must be a Twilio number or a Verified [outgoing caller id](https://www.twilio.com/docs/voice/api/outgoing-caller-ids) for your account. If the `to` parameter is a phone number, `From` must also be a phone number.
    ///
    /// Required.
    pub fn from(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.from = ::std::option::Option::Some(value.into());
        self
    }
    /// `Method`: The HTTP method we should use when calling the `url` parameter's value. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
    ///
    /// One of `GET`, `POST`.
    pub fn method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.method = ::std::option::Option::Some(value.into());
        self
    }
    /// `FallbackUrl`: The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`. If an `application_sid` parameter is present, this parameter is ignored.
    ///
    /// An absolute http(s) URL.
    pub fn fallback_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.fallback_url = ::std::option::Option::Some(value.into());
        self
    }
    /// `FallbackMethod`: The HTTP method that we should use to request the `fallback_url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
    ///
    /// One of `GET`, `POST`.
    pub fn fallback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.fallback_method = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallback`: The URL we should call using the `status_callback_method` to send status information to your application. If no `status_callback_event` is specified, we will send the `completed` status. If an `application_sid` parameter is present, this parameter is ignored. URLs must contain a valid hostname (underscores are not permitted).
    ///
    /// An absolute http(s) URL.
    pub fn status_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.status_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallbackEvent`: The call progress events that we will send to the `status_callback` URL. Can be: `initiated`, `ringing`, `answered`, and `completed`. If no event is specified, we send the `completed` status. If you want to receive multiple events, specify each one in a separate `status_callback_event` parameter. See the code sample for [monitoring call progress](https://www.twilio.com/docs/voice/api/call-resource?code-sample=code-create-a-call-resource-and-specify-a-statuscallbackevent&code-sdk-version=json). If an `application_sid` is present, this parameter is ignored.
    ///
    /// Sent as repeated keys, one per value.
    pub fn status_callback_event(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::twilio_calls::CallEvent>,
        >,
    ) -> Self {
        self.op.status_callback_event = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }
    /// `StatusCallbackMethod`: The HTTP method we should use when calling the `status_callback` URL. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
    ///
    /// One of `GET`, `POST`.
    pub fn status_callback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.status_callback_method = ::std::option::Option::Some(value.into());
        self
    }
    /// `SendDigits`: The string of keys to dial after connecting to the number, with a maximum length of 32 digits. Valid digits in the string include any digit (`0`-`9`), '`A`', '`B`', '`C`', '`D`', '`#`', and '`*`'. You can also use '`w`' to insert a half-second pause and '`W`' to insert a one-second pause. For example, to pause for one second after connecting and then dial extension 1234 followed by the # key, set this parameter to `W1234#`. Be sure to URL-encode this string because the '`#`' character has special meaning in a URL. If both `SendDigits` and `MachineDetection` parameters are provided, then `MachineDetection` will be ignored.
    ///
    /// At most 32 characters. Only 0-9, A-D, #, *, w and W.
    pub fn send_digits(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.send_digits = ::std::option::Option::Some(value.into());
        self
    }
    /// `Timeout`: The integer number of seconds that we should allow the phone to ring before assuming there is no answer. The default is `60` seconds and the maximum is `600` seconds. For some call flows, we will add a 5-second buffer to the timeout value you provide. For this reason, a timeout value of 10 seconds could result in an actual timeout closer to 15 seconds. You can set this to a short time, such as `15` seconds, to hang up before reaching an answering machine or voicemail.
    ///
    /// From 1 to 600.
    pub fn timeout(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.timeout = ::std::option::Option::Some(value.into());
        self
    }
    /// `Record`: Whether to record the call. Can be `true` to record the phone call, or `false` to not. The default is `false`. The `recording_url` is sent to the `status_callback` URL.
    pub fn record(mut self, value: bool) -> Self {
        self.op.record = ::std::option::Option::Some(value);
        self
    }
    /// `RecordingChannels`: The number of channels in the final recording. Can be: `mono` or `dual`. The default is `mono`. `mono` records both legs of the call in a single channel of the recording file. `dual` records each leg to a separate channel of the recording file. The first channel of a dual-channel recording contains the parent call and the second channel contains the child call.
    pub fn recording_channels(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::RecordingChannels>,
    ) -> Self {
        self.op.recording_channels = ::std::option::Option::Some(value.into());
        self
    }
    /// `RecordingStatusCallback`: The URL that we call when the recording is available to be accessed.
    ///
    /// An absolute http(s) URL.
    pub fn recording_status_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.recording_status_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `RecordingStatusCallbackMethod`: The HTTP method we should use when calling the `recording_status_callback` URL. Can be: `GET` or `POST` and the default is `POST`.
    ///
    /// One of `GET`, `POST`.
    pub fn recording_status_callback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.recording_status_callback_method = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// `SipAuthUsername`: The username used to authenticate the caller making a SIP call.
    pub fn sip_auth_username(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.sip_auth_username = ::std::option::Option::Some(value.into());
        self
    }
    /// `SipAuthPassword`: The password required to authenticate the user account specified in `sip_auth_username`.
    ///
    /// Never shown in `Debug`.
    pub fn sip_auth_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.sip_auth_password = ::std::option::Option::Some(
            crate::auth::Secret::new(value),
        );
        self
    }
    /// `MachineDetection`: Whether to detect if a human, answering machine, or fax has picked up the call. Can be: `Enable` or `DetectMessageEnd`. Use `Enable` if you would like us to return `AnsweredBy` as soon as the called party is identified. Use `DetectMessageEnd`, if you would like to leave a message on an answering machine. If `send_digits` is provided, this parameter is ignored. For more information, see [Answering Machine Detection](https://www.twilio.com/docs/voice/answering-machine-detection).
    pub fn machine_detection(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::MachineDetection>,
    ) -> Self {
        self.op.machine_detection = ::std::option::Option::Some(value.into());
        self
    }
    /// `MachineDetectionTimeout`: The number of seconds that we should attempt to detect an answering machine before timing out and sending a voice request with `AnsweredBy` of `unknown`. The default timeout is 30 seconds.
    ///
    /// From 3 to 59.
    pub fn machine_detection_timeout(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.op.machine_detection_timeout = ::std::option::Option::Some(value.into());
        self
    }
    /// `RecordingStatusCallbackEvent`: The recording status events that will trigger calls to the URL specified in `recording_status_callback`. Can be: `in-progress`, `completed` and `absent`. Defaults to `completed`. Separate  multiple values with a space.
    ///
    /// Sent as repeated keys, one per value.
    pub fn recording_status_callback_event(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::twilio_calls::RecordingEvent>,
        >,
    ) -> Self {
        self.op.recording_status_callback_event = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }
    /// `Trim`: Whether to trim any leading and trailing silence from the recording. Can be: `trim-silence` or `do-not-trim` and the default is `trim-silence`.
    pub fn trim(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::Trim>,
    ) -> Self {
        self.op.trim = ::std::option::Option::Some(value.into());
        self
    }
    /// `CallerId`: The phone number, SIP address, or Client identifier that made this call. Phone numbers are in [E.164 format](https://wwnw.twilio.com/docs/glossary/what-e164) (e.g., +16175551212). SIP addresses are formatted as `name@company.com`.
    pub fn caller_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.caller_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `MachineDetectionSpeechThreshold`: The number of milliseconds that is used as the measuring stick for the length of the speech activity, where durations lower than this value will be interpreted as a human and longer than this value as a machine. Possible Values: 1000-6000. Default: 2400.
    ///
    /// From 1000 to 6000.
    pub fn machine_detection_speech_threshold(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.op.machine_detection_speech_threshold = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// `MachineDetectionSpeechEndThreshold`: The number of milliseconds of silence after speech activity at which point the speech activity is considered complete. Possible Values: 500-5000. Default: 1200.
    ///
    /// From 500 to 5000.
    pub fn machine_detection_speech_end_threshold(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.op.machine_detection_speech_end_threshold = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// `MachineDetectionSilenceTimeout`: The number of milliseconds of initial silence after which an `unknown` AnsweredBy result will be returned. Possible Values: 2000-10000. Default: 5000.
    ///
    /// From 2000 to 10000.
    pub fn machine_detection_silence_timeout(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.op.machine_detection_silence_timeout = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// `AsyncAmd`: Select whether to perform answering machine detection in the background. Default, blocks the execution of the call until Answering Machine Detection is completed. Can be: `true` or `false`.
    pub fn async_amd(mut self, value: bool) -> Self {
        self.op.async_amd = ::std::option::Option::Some(value);
        self
    }
    /// `AsyncAmdStatusCallback`: The URL that we should call using the `async_amd_status_callback_method` to notify customer application whether the call was answered by human, machine or fax.
    ///
    /// An absolute http(s) URL.
    pub fn async_amd_status_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.async_amd_status_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `AsyncAmdStatusCallbackMethod`: The HTTP method we should use when calling the `async_amd_status_callback` URL. Can be: `GET` or `POST` and the default is `POST`.
    ///
    /// One of `GET`, `POST`.
    pub fn async_amd_status_callback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.async_amd_status_callback_method = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// `Byoc`: The SID of a BYOC (Bring Your Own Carrier) trunk to route this call with. Note that `byoc` is only meaningful when `to` is a phone number; it will otherwise be ignored. (Beta)
    ///
    /// At most 34 characters. Matches `^BY[0-9a-fA-F]{32}$`.
    pub fn byoc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.byoc = ::std::option::Option::Some(value.into());
        self
    }
    /// `CallReason`: The Reason for the outgoing call. Use it to specify the purpose of the call that is presented on the called party's phone. (Branded Calls Beta)
    pub fn call_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.call_reason = ::std::option::Option::Some(value.into());
        self
    }
    /// `CallToken`: A token string needed to invoke a forwarded call. A call_token is generated when an incoming call is received on a Twilio number. Pass an incoming call's call_token value to a forwarded call via the call_token parameter when creating a new call. A forwarded call should bear the same CallerID of the original incoming call.
    ///
    /// Never shown in `Debug`.
    pub fn call_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.call_token = ::std::option::Option::Some(
            crate::auth::Secret::new(value),
        );
        self
    }
    /// `RecordingTrack`: The audio track to record for the call. Can be: `inbound`, `outbound` or `both`. The default is `both`. `inbound` records the audio that is received by Twilio. `outbound` records the audio that is generated from Twilio. `both` records the audio that is received and generated by Twilio.
    pub fn recording_track(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::RecordingTrack>,
    ) -> Self {
        self.op.recording_track = ::std::option::Option::Some(value.into());
        self
    }
    /// `TimeLimit`: The maximum duration of the call in seconds. Constraints depend on account and configuration.
    pub fn time_limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.time_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// `ClientNotificationUrl`: The URL that we should use to deliver `push call notification`.
    ///
    /// An absolute http(s) URL.
    pub fn client_notification_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.client_notification_url = ::std::option::Option::Some(value.into());
        self
    }
    /// `Url`: The absolute URL that returns the TwiML instructions for the call. We will call this URL using the `method` when the call connects. For more information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-calls#specify-a-url-parameter) section in [Making Calls](https://www.twilio.com/docs/voice/make-calls).
    ///
    /// An absolute http(s) URL. Exactly one of `Url`, `Twiml`, `ApplicationSid` must be set.
    pub fn url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.url = ::std::option::Option::Some(value.into());
        self
    }
    /// `Twiml`: TwiML instructions for the call Twilio will use without fetching Twiml from url parameter. If both `twiml` and `url` are provided then `twiml` parameter will be ignored. Max 4000 characters.
    ///
    /// At most 4000 characters. Exactly one of `Url`, `Twiml`, `ApplicationSid` must be set.
    pub fn twiml(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.twiml = ::std::option::Option::Some(value.into());
        self
    }
    /// `ApplicationSid`: The SID of the Application resource that will handle the call, if the call will be handled by an application.
    ///
    /// At most 34 characters. Matches `^AP[0-9a-fA-F]{32}$`. Exactly one of `Url`, `Twiml`, `ApplicationSid` must be set.
    pub fn application_sid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.application_sid = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for CreateCall {
    type Output = crate::generated::types::ApiV2010AccountCall;
}
impl crate::request::sealed::Operation for CreateCall {
    type Response = crate::generated::types::ApiV2010AccountCall;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "CreateCall",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "To" => self.to = ::std::option::Option::Some(value.to_owned()),
            "From" => self.from = ::std::option::Option::Some(value.to_owned()),
            "Method" => {
                self.method = ::std::option::Option::Some(
                    crate::check::parse_text("Method", value)?,
                );
            }
            "FallbackUrl" => {
                self.fallback_url = ::std::option::Option::Some(value.to_owned());
            }
            "FallbackMethod" => {
                self.fallback_method = ::std::option::Option::Some(
                    crate::check::parse_text("FallbackMethod", value)?,
                );
            }
            "StatusCallback" => {
                self.status_callback = ::std::option::Option::Some(value.to_owned());
            }
            "StatusCallbackEvent" => {
                self.status_callback_event
                    .push(crate::check::parse_text("StatusCallbackEvent", value)?)
            }
            "StatusCallbackMethod" => {
                self.status_callback_method = ::std::option::Option::Some(
                    crate::check::parse_text("StatusCallbackMethod", value)?,
                );
            }
            "SendDigits" => {
                self.send_digits = ::std::option::Option::Some(value.to_owned());
            }
            "Timeout" => {
                self.timeout = ::std::option::Option::Some(
                    crate::check::parse_text("Timeout", value)?,
                );
            }
            "Record" => {
                self.record = ::std::option::Option::Some(
                    crate::check::parse_text("Record", value)?,
                );
            }
            "RecordingChannels" => {
                self.recording_channels = ::std::option::Option::Some(
                    crate::check::parse_text("RecordingChannels", value)?,
                );
            }
            "RecordingStatusCallback" => {
                self.recording_status_callback = ::std::option::Option::Some(
                    value.to_owned(),
                );
            }
            "RecordingStatusCallbackMethod" => {
                self.recording_status_callback_method = ::std::option::Option::Some(
                    crate::check::parse_text("RecordingStatusCallbackMethod", value)?,
                );
            }
            "SipAuthUsername" => {
                self.sip_auth_username = ::std::option::Option::Some(value.to_owned());
            }
            "SipAuthPassword" => {
                self.sip_auth_password = ::std::option::Option::Some(
                    crate::auth::Secret::new(value),
                );
            }
            "MachineDetection" => {
                self.machine_detection = ::std::option::Option::Some(
                    crate::check::parse_text("MachineDetection", value)?,
                );
            }
            "MachineDetectionTimeout" => {
                self.machine_detection_timeout = ::std::option::Option::Some(
                    crate::check::parse_text("MachineDetectionTimeout", value)?,
                );
            }
            "RecordingStatusCallbackEvent" => {
                self.recording_status_callback_event
                    .push(
                        crate::check::parse_text("RecordingStatusCallbackEvent", value)?,
                    )
            }
            "Trim" => {
                self.trim = ::std::option::Option::Some(
                    crate::check::parse_text("Trim", value)?,
                );
            }
            "CallerId" => self.caller_id = ::std::option::Option::Some(value.to_owned()),
            "MachineDetectionSpeechThreshold" => {
                self.machine_detection_speech_threshold = ::std::option::Option::Some(
                    crate::check::parse_text("MachineDetectionSpeechThreshold", value)?,
                );
            }
            "MachineDetectionSpeechEndThreshold" => {
                self.machine_detection_speech_end_threshold = ::std::option::Option::Some(
                    crate::check::parse_text(
                        "MachineDetectionSpeechEndThreshold",
                        value,
                    )?,
                );
            }
            "MachineDetectionSilenceTimeout" => {
                self.machine_detection_silence_timeout = ::std::option::Option::Some(
                    crate::check::parse_text("MachineDetectionSilenceTimeout", value)?,
                );
            }
            "AsyncAmd" => {
                self.async_amd = ::std::option::Option::Some(
                    crate::check::parse_text("AsyncAmd", value)?,
                );
            }
            "AsyncAmdStatusCallback" => {
                self.async_amd_status_callback = ::std::option::Option::Some(
                    value.to_owned(),
                );
            }
            "AsyncAmdStatusCallbackMethod" => {
                self.async_amd_status_callback_method = ::std::option::Option::Some(
                    crate::check::parse_text("AsyncAmdStatusCallbackMethod", value)?,
                );
            }
            "Byoc" => self.byoc = ::std::option::Option::Some(value.to_owned()),
            "CallReason" => {
                self.call_reason = ::std::option::Option::Some(value.to_owned());
            }
            "CallToken" => {
                self.call_token = ::std::option::Option::Some(
                    crate::auth::Secret::new(value),
                );
            }
            "RecordingTrack" => {
                self.recording_track = ::std::option::Option::Some(
                    crate::check::parse_text("RecordingTrack", value)?,
                );
            }
            "TimeLimit" => {
                self.time_limit = ::std::option::Option::Some(
                    crate::check::parse_text("TimeLimit", value)?,
                );
            }
            "ClientNotificationUrl" => {
                self.client_notification_url = ::std::option::Option::Some(
                    value.to_owned(),
                );
            }
            "Url" => self.url = ::std::option::Option::Some(value.to_owned()),
            "Twiml" => self.twiml = ::std::option::Option::Some(value.to_owned()),
            "ApplicationSid" => {
                self.application_sid = ::std::option::Option::Some(value.to_owned());
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("CreateCall has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::required_text("To", Some("to"), self.to.as_deref())?;
        crate::check::required_text("From", Some("from"), self.from.as_deref())?;
        crate::check::one_of("Method", self.method.as_ref(), &["GET", "POST"])?;
        crate::check::url("FallbackUrl", self.fallback_url.as_deref())?;
        crate::check::one_of(
            "FallbackMethod",
            self.fallback_method.as_ref(),
            &["GET", "POST"],
        )?;
        crate::check::url("StatusCallback", self.status_callback.as_deref())?;
        crate::check::one_of(
            "StatusCallbackMethod",
            self.status_callback_method.as_ref(),
            &["GET", "POST"],
        )?;
        if let Some(value) = &self.send_digits {
            crate::check::pattern::<
                crate::generated::types::CreateCallRequestSendDigits,
            >("SendDigits", value, Some("0-9, A-D, #, *, w and W"))?;
        }
        crate::check::range(
            "Timeout",
            self.timeout,
            ::std::option::Option::Some(1i64),
            ::std::option::Option::Some(600i64),
        )?;
        crate::check::url(
            "RecordingStatusCallback",
            self.recording_status_callback.as_deref(),
        )?;
        crate::check::one_of(
            "RecordingStatusCallbackMethod",
            self.recording_status_callback_method.as_ref(),
            &["GET", "POST"],
        )?;
        crate::check::range(
            "MachineDetectionTimeout",
            self.machine_detection_timeout,
            ::std::option::Option::Some(3i64),
            ::std::option::Option::Some(59i64),
        )?;
        crate::check::range(
            "MachineDetectionSpeechThreshold",
            self.machine_detection_speech_threshold,
            ::std::option::Option::Some(1000i64),
            ::std::option::Option::Some(6000i64),
        )?;
        crate::check::range(
            "MachineDetectionSpeechEndThreshold",
            self.machine_detection_speech_end_threshold,
            ::std::option::Option::Some(500i64),
            ::std::option::Option::Some(5000i64),
        )?;
        crate::check::range(
            "MachineDetectionSilenceTimeout",
            self.machine_detection_silence_timeout,
            ::std::option::Option::Some(2000i64),
            ::std::option::Option::Some(10000i64),
        )?;
        crate::check::url(
            "AsyncAmdStatusCallback",
            self.async_amd_status_callback.as_deref(),
        )?;
        crate::check::one_of(
            "AsyncAmdStatusCallbackMethod",
            self.async_amd_status_callback_method.as_ref(),
            &["GET", "POST"],
        )?;
        if let Some(value) = &self.byoc {
            crate::check::pattern::<
                crate::generated::types::CreateCallRequestByoc,
            >("Byoc", value, None)?;
        }
        crate::check::url(
            "ClientNotificationUrl",
            self.client_notification_url.as_deref(),
        )?;
        crate::check::url("Url", self.url.as_deref())?;
        if let Some(value) = &self.twiml {
            crate::check::pattern::<
                crate::generated::types::CreateCallRequestTwiml,
            >("Twiml", value, None)?;
        }
        if let Some(value) = &self.application_sid {
            crate::check::pattern::<
                crate::generated::types::CreateCallRequestApplicationSid,
            >("ApplicationSid", value, None)?;
        }
        crate::check::exactly_one(
            &[
                ("Url", self.url.is_some()),
                ("Twiml", self.twiml.is_some()),
                ("ApplicationSid", self.application_sid.is_some()),
            ],
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls.json");
        wire.form("To", self.to.as_slice());
        wire.form("From", self.from.as_slice());
        wire.form("Method", self.method.as_slice());
        wire.form("FallbackUrl", self.fallback_url.as_slice());
        wire.form("FallbackMethod", self.fallback_method.as_slice());
        wire.form("StatusCallback", self.status_callback.as_slice());
        wire.form("StatusCallbackEvent", &self.status_callback_event);
        wire.form("StatusCallbackMethod", self.status_callback_method.as_slice());
        wire.form("SendDigits", self.send_digits.as_slice());
        wire.form("Timeout", self.timeout.as_slice());
        wire.form("Record", self.record.as_slice());
        wire.form("RecordingChannels", self.recording_channels.as_slice());
        wire.form("RecordingStatusCallback", self.recording_status_callback.as_slice());
        wire.form(
            "RecordingStatusCallbackMethod",
            self.recording_status_callback_method.as_slice(),
        );
        wire.form("SipAuthUsername", self.sip_auth_username.as_slice());
        wire.form(
            "SipAuthPassword",
            self.sip_auth_password.as_ref().map(crate::auth::Secret::expose).as_slice(),
        );
        wire.form("MachineDetection", self.machine_detection.as_slice());
        wire.form("MachineDetectionTimeout", self.machine_detection_timeout.as_slice());
        wire.form("RecordingStatusCallbackEvent", &self.recording_status_callback_event);
        wire.form("Trim", self.trim.as_slice());
        wire.form("CallerId", self.caller_id.as_slice());
        wire.form(
            "MachineDetectionSpeechThreshold",
            self.machine_detection_speech_threshold.as_slice(),
        );
        wire.form(
            "MachineDetectionSpeechEndThreshold",
            self.machine_detection_speech_end_threshold.as_slice(),
        );
        wire.form(
            "MachineDetectionSilenceTimeout",
            self.machine_detection_silence_timeout.as_slice(),
        );
        wire.form("AsyncAmd", self.async_amd.as_slice());
        wire.form("AsyncAmdStatusCallback", self.async_amd_status_callback.as_slice());
        wire.form(
            "AsyncAmdStatusCallbackMethod",
            self.async_amd_status_callback_method.as_slice(),
        );
        wire.form("Byoc", self.byoc.as_slice());
        wire.form("CallReason", self.call_reason.as_slice());
        wire.form(
            "CallToken",
            self.call_token.as_ref().map(crate::auth::Secret::expose).as_slice(),
        );
        wire.form("RecordingTrack", self.recording_track.as_slice());
        wire.form("TimeLimit", self.time_limit.as_slice());
        wire.form("ClientNotificationUrl", self.client_notification_url.as_slice());
        wire.form("Url", self.url.as_slice());
        wire.form("Twiml", self.twiml.as_slice());
        wire.form("ApplicationSid", self.application_sid.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCall {
        let _ = (request, path);
        response
    }
}
/// CreateCallRecording: Create a recording for the call
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json`. Sent as a [`Request<CreateCallRecording>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct CreateCallRecording {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    recording_status_callback_event: ::std::vec::Vec<::twilio_calls::RecordingEvent>,
    recording_status_callback: ::std::option::Option<::std::string::String>,
    recording_status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    trim: ::std::option::Option<::twilio_calls::Trim>,
    recording_channels: ::std::option::Option<::twilio_calls::RecordingChannels>,
    recording_track: ::std::option::Option<::twilio_calls::RecordingTrack>,
}
impl CreateCallRecording {
    /// A CreateCallRecording request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            recording_status_callback_event: ::std::default::Default::default(),
            recording_status_callback: ::std::default::Default::default(),
            recording_status_callback_method: ::std::default::Default::default(),
            trim: ::std::default::Default::default(),
            recording_channels: ::std::default::Default::default(),
            recording_track: ::std::default::Default::default(),
        }
    }
}
/// The parameters of CreateCallRecording (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json`), set with the methods of this `Request`.
impl crate::request::Request<CreateCallRecording> {
    /// `RecordingStatusCallbackEvent`: The recording status events on which we should call the `recording_status_callback` URL. Can be: `in-progress`, `completed` and `absent` and the default is `completed`. Separate multiple event values with a space.
    ///
    /// Sent as repeated keys, one per value.
    pub fn recording_status_callback_event(
        mut self,
        value: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::twilio_calls::RecordingEvent>,
        >,
    ) -> Self {
        self.op.recording_status_callback_event = value
            .into_iter()
            .map(::std::convert::Into::into)
            .collect();
        self
    }
    /// `RecordingStatusCallback`: The URL we should call using the `recording_status_callback_method` on each recording event specified in  `recording_status_callback_event`. For more information, see [RecordingStatusCallback parameters](https://www.twilio.com/docs/voice/api/recording#recordingstatuscallback).
    ///
    /// An absolute http(s) URL.
    pub fn recording_status_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.recording_status_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `RecordingStatusCallbackMethod`: The HTTP method we should use to call `recording_status_callback`. Can be: `GET` or `POST` and the default is `POST`.
    ///
    /// One of `GET`, `POST`.
    pub fn recording_status_callback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.recording_status_callback_method = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// `Trim`: Whether to trim any leading and trailing silence in the recording. Can be: `trim-silence` or `do-not-trim` and the default is `do-not-trim`. `trim-silence` trims the silence from the beginning and end of the recording and `do-not-trim` does not.
    pub fn trim(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::Trim>,
    ) -> Self {
        self.op.trim = ::std::option::Option::Some(value.into());
        self
    }
    /// `RecordingChannels`: The number of channels used in the recording. Can be: `mono` or `dual` and the default is `mono`. `mono` records all parties of the call into one channel. `dual` records each party of a 2-party call into separate channels.
    pub fn recording_channels(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::RecordingChannels>,
    ) -> Self {
        self.op.recording_channels = ::std::option::Option::Some(value.into());
        self
    }
    /// `RecordingTrack`: The audio track to record for the call. Can be: `inbound`, `outbound` or `both`. The default is `both`. `inbound` records the audio that is received by Twilio. `outbound` records the audio that is generated from Twilio. `both` records the audio that is received and generated by Twilio.
    pub fn recording_track(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::RecordingTrack>,
    ) -> Self {
        self.op.recording_track = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for CreateCallRecording {
    type Output = crate::generated::types::ApiV2010AccountCallCallRecording;
}
impl crate::request::sealed::Operation for CreateCallRecording {
    type Response = crate::generated::types::ApiV2010AccountCallCallRecording;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "CreateCallRecording",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "RecordingStatusCallbackEvent" => {
                self.recording_status_callback_event
                    .push(
                        crate::check::parse_text("RecordingStatusCallbackEvent", value)?,
                    )
            }
            "RecordingStatusCallback" => {
                self.recording_status_callback = ::std::option::Option::Some(
                    value.to_owned(),
                );
            }
            "RecordingStatusCallbackMethod" => {
                self.recording_status_callback_method = ::std::option::Option::Some(
                    crate::check::parse_text("RecordingStatusCallbackMethod", value)?,
                );
            }
            "Trim" => {
                self.trim = ::std::option::Option::Some(
                    crate::check::parse_text("Trim", value)?,
                );
            }
            "RecordingChannels" => {
                self.recording_channels = ::std::option::Option::Some(
                    crate::check::parse_text("RecordingChannels", value)?,
                );
            }
            "RecordingTrack" => {
                self.recording_track = ::std::option::Option::Some(
                    crate::check::parse_text("RecordingTrack", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("CreateCallRecording has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::url(
            "RecordingStatusCallback",
            self.recording_status_callback.as_deref(),
        )?;
        crate::check::one_of(
            "RecordingStatusCallbackMethod",
            self.recording_status_callback_method.as_ref(),
            &["GET", "POST"],
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Recordings.json");
        wire.form("RecordingStatusCallbackEvent", &self.recording_status_callback_event);
        wire.form("RecordingStatusCallback", self.recording_status_callback.as_slice());
        wire.form(
            "RecordingStatusCallbackMethod",
            self.recording_status_callback_method.as_slice(),
        );
        wire.form("Trim", self.trim.as_slice());
        wire.form("RecordingChannels", self.recording_channels.as_slice());
        wire.form("RecordingTrack", self.recording_track.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallCallRecording {
        let _ = (request, path);
        response
    }
}
/// CreatePayments: create an instance of payments. This will start a new payments session
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json`. Sent as a [`Request<CreatePayments>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct CreatePayments {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    idempotency_key: ::std::option::Option<::std::string::String>,
    status_callback: ::std::option::Option<::std::string::String>,
    bank_account_type: ::std::option::Option<::twilio_calls::PaymentsBankAccountType>,
    charge_amount: ::std::option::Option<f64>,
    currency: ::std::option::Option<::std::string::String>,
    description: ::std::option::Option<::std::string::String>,
    input: ::std::option::Option<::std::string::String>,
    min_postal_code_length: ::std::option::Option<i64>,
    parameter: ::std::option::Option<::std::string::String>,
    payment_connector: ::std::option::Option<::std::string::String>,
    payment_method: ::std::option::Option<::twilio_calls::PaymentsPaymentMethod>,
    postal_code: ::std::option::Option<bool>,
    security_code: ::std::option::Option<bool>,
    timeout: ::std::option::Option<i64>,
    token_type: ::std::option::Option<::twilio_calls::PaymentsTokenType>,
    valid_card_types: ::std::option::Option<::std::string::String>,
    require_matching_inputs: ::std::option::Option<::std::string::String>,
    confirmation: ::std::option::Option<::std::string::String>,
}
impl CreatePayments {
    /// A CreatePayments request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            idempotency_key: ::std::default::Default::default(),
            status_callback: ::std::default::Default::default(),
            bank_account_type: ::std::default::Default::default(),
            charge_amount: ::std::default::Default::default(),
            currency: ::std::default::Default::default(),
            description: ::std::default::Default::default(),
            input: ::std::default::Default::default(),
            min_postal_code_length: ::std::default::Default::default(),
            parameter: ::std::default::Default::default(),
            payment_connector: ::std::default::Default::default(),
            payment_method: ::std::default::Default::default(),
            postal_code: ::std::default::Default::default(),
            security_code: ::std::default::Default::default(),
            timeout: ::std::default::Default::default(),
            token_type: ::std::default::Default::default(),
            valid_card_types: ::std::default::Default::default(),
            require_matching_inputs: ::std::default::Default::default(),
            confirmation: ::std::default::Default::default(),
        }
    }
}
/// The parameters of CreatePayments (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json`), set with the methods of this `Request`.
impl crate::request::Request<CreatePayments> {
    /// `IdempotencyKey`: A unique token that will be used to ensure that multiple API calls with the same information do not result in multiple transactions. This should be a unique string value per API call and can be a randomly generated.
    ///
    /// Required. With it set, Twilio deduplicates the request, so a failed attempt (a timeout, a 5xx) is retried as a read would be; without it, the request is retried only when it provably did not reach Twilio.
    pub fn idempotency_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.idempotency_key = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallback`: Provide an absolute or relative URL to receive status updates regarding your Pay session. Read more about the [expected StatusCallback values](https://www.twilio.com/docs/voice/api/payment-resource#statuscallback)
    ///
    /// Required. An absolute http(s) URL.
    pub fn status_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.status_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `BankAccountType`: Type of bank account if payment source is ACH. One of `consumer-checking`, `consumer-savings`, or `commercial-checking`. The default value is `consumer-checking`.
    ///
    /// One of `consumer-checking`, `consumer-savings`, `commercial-checking`.
    pub fn bank_account_type(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::PaymentsBankAccountType>,
    ) -> Self {
        self.op.bank_account_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `ChargeAmount`: A positive decimal value less than 1,000,000 to charge against the credit card or bank account. Default currency can be overwritten with `currency` field. Leave blank or set to 0 to tokenize.
    pub fn charge_amount(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.op.charge_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// `Currency`: The currency of the `charge_amount`, formatted as [ISO 4127](http://www.iso.org/iso/home/standards/currency_codes.htm) format. The default value is `USD` and all values allowed from the Pay Connector are accepted.
    pub fn currency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.currency = ::std::option::Option::Some(value.into());
        self
    }
    /// `Description`: The description can be used to provide more details regarding the transaction. This information is submitted along with the payment details to the Payment Connector which are then posted on the transactions.
    pub fn description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `Input`: A list of inputs that should be accepted. Currently only `dtmf` is supported. All digits captured during a pay session are redacted from the logs.
    pub fn input(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.input = ::std::option::Option::Some(value.into());
        self
    }
    /// `MinPostalCodeLength`: A positive integer that is used to validate the length of the `PostalCode` inputted by the user. User must enter this many digits.
    pub fn min_postal_code_length(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.op.min_postal_code_length = ::std::option::Option::Some(value.into());
        self
    }
    /// `Parameter`: A single-level JSON object used to pass custom parameters to payment processors. (Required for ACH payments). The information that has to be included here depends on the &lt;Pay&gt; Connector. [Read more](https://www.twilio.com/console/voice/pay-connectors).
    pub fn parameter(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.parameter = ::std::option::Option::Some(value.into());
        self
    }
    /// `PaymentConnector`: This is the unique name corresponding to the Pay Connector installed in the Twilio Add-ons. Learn more about [<Pay> Connectors](https://www.twilio.com/console/voice/pay-connectors). The default value is `Default`.
    pub fn payment_connector(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.payment_connector = ::std::option::Option::Some(value.into());
        self
    }
    /// `PaymentMethod`: Type of payment being captured. One of `credit-card` or `ach-debit`. The default value is `credit-card`.
    ///
    /// One of `credit-card`, `ach-debit`.
    pub fn payment_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::PaymentsPaymentMethod>,
    ) -> Self {
        self.op.payment_method = ::std::option::Option::Some(value.into());
        self
    }
    /// `PostalCode`: Indicates whether the credit card postal code (zip code) is a required piece of payment information that must be provided by the caller. The default is `true`.
    pub fn postal_code(mut self, value: bool) -> Self {
        self.op.postal_code = ::std::option::Option::Some(value);
        self
    }
    /// `SecurityCode`: Indicates whether the credit card security code is a required piece of payment information that must be provided by the caller. The default is `true`.
    pub fn security_code(mut self, value: bool) -> Self {
        self.op.security_code = ::std::option::Option::Some(value);
        self
    }
    /// `Timeout`: The number of seconds that &lt;Pay&gt; should wait for the caller to press a digit between each subsequent digit, after the first one, before moving on to validate the digits captured. The default is `5`, maximum is `600`.
    pub fn timeout(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.timeout = ::std::option::Option::Some(value.into());
        self
    }
    /// `TokenType`: Indicates whether the payment method should be tokenized as a `one-time`, `reusable`, or `payment-method` token. The default value is `reusable`. Do not enter a charge amount when tokenizing. If a charge amount is entered, the payment method will be charged and not tokenized.
    ///
    /// One of `one-time`, `reusable`, `payment-method`.
    pub fn token_type(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::PaymentsTokenType>,
    ) -> Self {
        self.op.token_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `ValidCardTypes`: Credit card types separated by space that Pay should accept. The default value is `visa mastercard amex`
    pub fn valid_card_types(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.valid_card_types = ::std::option::Option::Some(value.into());
        self
    }
    /// `RequireMatchingInputs`: A comma-separated list of payment information fields that require the caller to enter the same value twice for confirmation. Supported values are `payment-card-number`, `expiration-date`, `security-code`, and `postal-code`.
    pub fn require_matching_inputs(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.require_matching_inputs = ::std::option::Option::Some(value.into());
        self
    }
    /// `Confirmation`: Whether to prompt the caller to confirm their payment information before submitting to the payment gateway. If `true`, the caller will hear the last 4 digits of their card or account number and must press 1 to confirm or 2 to cancel. Default is `false`.
    ///
    /// One of `true`, `false`.
    pub fn confirmation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.confirmation = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for CreatePayments {
    type Output = crate::generated::types::ApiV2010AccountCallPayments;
}
impl crate::request::sealed::Operation for CreatePayments {
    type Response = crate::generated::types::ApiV2010AccountCallPayments;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "CreatePayments",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "IdempotencyKey" => {
                self.idempotency_key = ::std::option::Option::Some(value.to_owned());
            }
            "StatusCallback" => {
                self.status_callback = ::std::option::Option::Some(value.to_owned());
            }
            "BankAccountType" => {
                self.bank_account_type = ::std::option::Option::Some(
                    crate::check::parse_text("BankAccountType", value)?,
                );
            }
            "ChargeAmount" => {
                self.charge_amount = ::std::option::Option::Some(
                    crate::check::parse_text("ChargeAmount", value)?,
                );
            }
            "Currency" => self.currency = ::std::option::Option::Some(value.to_owned()),
            "Description" => {
                self.description = ::std::option::Option::Some(value.to_owned());
            }
            "Input" => self.input = ::std::option::Option::Some(value.to_owned()),
            "MinPostalCodeLength" => {
                self.min_postal_code_length = ::std::option::Option::Some(
                    crate::check::parse_text("MinPostalCodeLength", value)?,
                );
            }
            "Parameter" => self.parameter = ::std::option::Option::Some(value.to_owned()),
            "PaymentConnector" => {
                self.payment_connector = ::std::option::Option::Some(value.to_owned());
            }
            "PaymentMethod" => {
                self.payment_method = ::std::option::Option::Some(
                    crate::check::parse_text("PaymentMethod", value)?,
                );
            }
            "PostalCode" => {
                self.postal_code = ::std::option::Option::Some(
                    crate::check::parse_text("PostalCode", value)?,
                );
            }
            "SecurityCode" => {
                self.security_code = ::std::option::Option::Some(
                    crate::check::parse_text("SecurityCode", value)?,
                );
            }
            "Timeout" => {
                self.timeout = ::std::option::Option::Some(
                    crate::check::parse_text("Timeout", value)?,
                );
            }
            "TokenType" => {
                self.token_type = ::std::option::Option::Some(
                    crate::check::parse_text("TokenType", value)?,
                );
            }
            "ValidCardTypes" => {
                self.valid_card_types = ::std::option::Option::Some(value.to_owned());
            }
            "RequireMatchingInputs" => {
                self.require_matching_inputs = ::std::option::Option::Some(
                    value.to_owned(),
                );
            }
            "Confirmation" => {
                self.confirmation = ::std::option::Option::Some(value.to_owned());
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("CreatePayments has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::required_text(
            "IdempotencyKey",
            Some("idempotency_key"),
            self.idempotency_key.as_deref(),
        )?;
        crate::check::required_text(
            "StatusCallback",
            Some("status_callback"),
            self.status_callback.as_deref(),
        )?;
        crate::check::url("StatusCallback", self.status_callback.as_deref())?;
        crate::check::one_of(
            "BankAccountType",
            self.bank_account_type.as_ref(),
            &["consumer-checking", "consumer-savings", "commercial-checking"],
        )?;
        crate::check::one_of(
            "PaymentMethod",
            self.payment_method.as_ref(),
            &["credit-card", "ach-debit"],
        )?;
        crate::check::one_of(
            "TokenType",
            self.token_type.as_ref(),
            &["one-time", "reusable", "payment-method"],
        )?;
        crate::check::one_of(
            "Confirmation",
            self.confirmation.as_ref(),
            &["true", "false"],
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Payments.json");
        wire.form("IdempotencyKey", self.idempotency_key.as_slice());
        wire.form("StatusCallback", self.status_callback.as_slice());
        wire.form("BankAccountType", self.bank_account_type.as_slice());
        wire.form("ChargeAmount", self.charge_amount.as_slice());
        wire.form("Currency", self.currency.as_slice());
        wire.form("Description", self.description.as_slice());
        wire.form("Input", self.input.as_slice());
        wire.form("MinPostalCodeLength", self.min_postal_code_length.as_slice());
        wire.form("Parameter", self.parameter.as_slice());
        wire.form("PaymentConnector", self.payment_connector.as_slice());
        wire.form("PaymentMethod", self.payment_method.as_slice());
        wire.form("PostalCode", self.postal_code.as_slice());
        wire.form("SecurityCode", self.security_code.as_slice());
        wire.form("Timeout", self.timeout.as_slice());
        wire.form("TokenType", self.token_type.as_slice());
        wire.form("ValidCardTypes", self.valid_card_types.as_slice());
        wire.form("RequireMatchingInputs", self.require_matching_inputs.as_slice());
        wire.form("Confirmation", self.confirmation.as_slice());
    }
    fn idempotent(&self) -> bool {
        self.idempotency_key.is_some()
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallPayments {
        let _ = (request, path);
        response
    }
}
/// CreateRealtimeTranscription: Create a Transcription
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json`. Sent as a [`Request<CreateRealtimeTranscription>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct CreateRealtimeTranscription {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    name: ::std::option::Option<::std::string::String>,
    track: ::std::option::Option<::twilio_calls::RealtimeTranscriptionTrack>,
    status_callback_url: ::std::option::Option<::std::string::String>,
    status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    inbound_track_label: ::std::option::Option<::std::string::String>,
    outbound_track_label: ::std::option::Option<::std::string::String>,
    partial_results: ::std::option::Option<bool>,
    language_code: ::std::option::Option<::std::string::String>,
    transcription_engine: ::std::option::Option<::std::string::String>,
    profanity_filter: ::std::option::Option<bool>,
    speech_model: ::std::option::Option<::std::string::String>,
    hints: ::std::option::Option<::std::string::String>,
    enable_automatic_punctuation: ::std::option::Option<bool>,
    intelligence_service: ::std::option::Option<::std::string::String>,
    conversation_configuration: ::std::option::Option<::std::string::String>,
    conversation_id: ::std::option::Option<::std::string::String>,
    configuration_id: ::std::option::Option<::std::string::String>,
    enable_provider_data: ::std::option::Option<bool>,
}
impl CreateRealtimeTranscription {
    /// A CreateRealtimeTranscription request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            name: ::std::default::Default::default(),
            track: ::std::default::Default::default(),
            status_callback_url: ::std::default::Default::default(),
            status_callback_method: ::std::default::Default::default(),
            inbound_track_label: ::std::default::Default::default(),
            outbound_track_label: ::std::default::Default::default(),
            partial_results: ::std::default::Default::default(),
            language_code: ::std::default::Default::default(),
            transcription_engine: ::std::default::Default::default(),
            profanity_filter: ::std::default::Default::default(),
            speech_model: ::std::default::Default::default(),
            hints: ::std::default::Default::default(),
            enable_automatic_punctuation: ::std::default::Default::default(),
            intelligence_service: ::std::default::Default::default(),
            conversation_configuration: ::std::default::Default::default(),
            conversation_id: ::std::default::Default::default(),
            configuration_id: ::std::default::Default::default(),
            enable_provider_data: ::std::default::Default::default(),
        }
    }
}
/// The parameters of CreateRealtimeTranscription (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json`), set with the methods of this `Request`.
impl crate::request::Request<CreateRealtimeTranscription> {
    /// `Name`: The user-specified name of this Transcription, if one was given when the Transcription was created. This may be used to stop the Transcription.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.name = ::std::option::Option::Some(value.into());
        self
    }
    /// `Track`: One of `inbound_track`, `outbound_track`, `both_tracks`.
    ///
    /// One of `inbound_track`, `outbound_track`, `both_tracks`.
    pub fn track(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::RealtimeTranscriptionTrack>,
    ) -> Self {
        self.op.track = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallbackUrl`: Absolute URL of the status callback.
    ///
    /// An absolute http(s) URL.
    pub fn status_callback_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.status_callback_url = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallbackMethod`: The http method for the status_callback (one of GET, POST).
    ///
    /// One of `GET`, `POST`.
    pub fn status_callback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.status_callback_method = ::std::option::Option::Some(value.into());
        self
    }
    /// `InboundTrackLabel`: Friendly name given to the Inbound Track
    pub fn inbound_track_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.inbound_track_label = ::std::option::Option::Some(value.into());
        self
    }
    /// `OutboundTrackLabel`: Friendly name given to the Outbound Track
    pub fn outbound_track_label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.outbound_track_label = ::std::option::Option::Some(value.into());
        self
    }
    /// `PartialResults`: Indicates if partial results are going to be sent to the customer
    pub fn partial_results(mut self, value: bool) -> Self {
        self.op.partial_results = ::std::option::Option::Some(value);
        self
    }
    /// `LanguageCode`: Language code used by the transcription engine, specified in [BCP-47](https://www.rfc-editor.org/rfc/bcp/bcp47.txt) format
    pub fn language_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.language_code = ::std::option::Option::Some(value.into());
        self
    }
    /// `TranscriptionEngine`: Definition of the transcription engine to be used, among those supported by Twilio
    pub fn transcription_engine(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.transcription_engine = ::std::option::Option::Some(value.into());
        self
    }
    /// `ProfanityFilter`: indicates if the server will attempt to filter out profanities, replacing all but the initial character in each filtered word with asterisks
    pub fn profanity_filter(mut self, value: bool) -> Self {
        self.op.profanity_filter = ::std::option::Option::Some(value);
        self
    }
    /// `SpeechModel`: Recognition model used by the transcription engine, among those supported by the provider
    pub fn speech_model(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.speech_model = ::std::option::Option::Some(value.into());
        self
    }
    /// `Hints`: A Phrase contains words and phrase "hints" so that the speech recognition engine is more likely to recognize them.
    pub fn hints(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.hints = ::std::option::Option::Some(value.into());
        self
    }
    /// `EnableAutomaticPunctuation`: The provider will add punctuation to recognition result
    pub fn enable_automatic_punctuation(mut self, value: bool) -> Self {
        self.op.enable_automatic_punctuation = ::std::option::Option::Some(value);
        self
    }
    /// `IntelligenceService`: The SID or unique name of the [Intelligence Service](https://www.twilio.com/docs/conversational-intelligence/api/service-resource) for persisting transcripts and running post-call Language Operators
    pub fn intelligence_service(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.intelligence_service = ::std::option::Option::Some(value.into());
        self
    }
    /// `ConversationConfiguration`: The ID of the Conversations Configuration for customizing conversation behavior in Intelligence Service
    pub fn conversation_configuration(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.conversation_configuration = ::std::option::Option::Some(value.into());
        self
    }
    /// `ConversationId`: The ID of the Conversation for associating this Transcription with an existing Conversation in Intelligence Service
    pub fn conversation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.conversation_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `ConfigurationId`: The ID of the RealTimeTranscription Configuration for configuring all the non-default behaviors in one go.
    pub fn configuration_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.configuration_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `EnableProviderData`: Whether the callback includes raw provider data.
    pub fn enable_provider_data(mut self, value: bool) -> Self {
        self.op.enable_provider_data = ::std::option::Option::Some(value);
        self
    }
}
impl crate::request::Operation for CreateRealtimeTranscription {
    type Output = crate::generated::types::ApiV2010AccountCallRealtimeTranscription;
}
impl crate::request::sealed::Operation for CreateRealtimeTranscription {
    type Response = crate::generated::types::ApiV2010AccountCallRealtimeTranscription;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "CreateRealtimeTranscription",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "Name" => self.name = ::std::option::Option::Some(value.to_owned()),
            "Track" => {
                self.track = ::std::option::Option::Some(
                    crate::check::parse_text("Track", value)?,
                );
            }
            "StatusCallbackUrl" => {
                self.status_callback_url = ::std::option::Option::Some(value.to_owned());
            }
            "StatusCallbackMethod" => {
                self.status_callback_method = ::std::option::Option::Some(
                    crate::check::parse_text("StatusCallbackMethod", value)?,
                );
            }
            "InboundTrackLabel" => {
                self.inbound_track_label = ::std::option::Option::Some(value.to_owned());
            }
            "OutboundTrackLabel" => {
                self.outbound_track_label = ::std::option::Option::Some(value.to_owned());
            }
            "PartialResults" => {
                self.partial_results = ::std::option::Option::Some(
                    crate::check::parse_text("PartialResults", value)?,
                );
            }
            "LanguageCode" => {
                self.language_code = ::std::option::Option::Some(value.to_owned());
            }
            "TranscriptionEngine" => {
                self.transcription_engine = ::std::option::Option::Some(value.to_owned());
            }
            "ProfanityFilter" => {
                self.profanity_filter = ::std::option::Option::Some(
                    crate::check::parse_text("ProfanityFilter", value)?,
                );
            }
            "SpeechModel" => {
                self.speech_model = ::std::option::Option::Some(value.to_owned());
            }
            "Hints" => self.hints = ::std::option::Option::Some(value.to_owned()),
            "EnableAutomaticPunctuation" => {
                self.enable_automatic_punctuation = ::std::option::Option::Some(
                    crate::check::parse_text("EnableAutomaticPunctuation", value)?,
                );
            }
            "IntelligenceService" => {
                self.intelligence_service = ::std::option::Option::Some(value.to_owned());
            }
            "ConversationConfiguration" => {
                self.conversation_configuration = ::std::option::Option::Some(
                    value.to_owned(),
                );
            }
            "ConversationId" => {
                self.conversation_id = ::std::option::Option::Some(value.to_owned());
            }
            "ConfigurationId" => {
                self.configuration_id = ::std::option::Option::Some(value.to_owned());
            }
            "EnableProviderData" => {
                self.enable_provider_data = ::std::option::Option::Some(
                    crate::check::parse_text("EnableProviderData", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!(
                            "CreateRealtimeTranscription has no parameter {wire_name:?}"
                        ),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::one_of(
            "Track",
            self.track.as_ref(),
            &["inbound_track", "outbound_track", "both_tracks"],
        )?;
        crate::check::url("StatusCallbackUrl", self.status_callback_url.as_deref())?;
        crate::check::one_of(
            "StatusCallbackMethod",
            self.status_callback_method.as_ref(),
            &["GET", "POST"],
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Transcriptions.json");
        wire.form("Name", self.name.as_slice());
        wire.form("Track", self.track.as_slice());
        wire.form("StatusCallbackUrl", self.status_callback_url.as_slice());
        wire.form("StatusCallbackMethod", self.status_callback_method.as_slice());
        wire.form("InboundTrackLabel", self.inbound_track_label.as_slice());
        wire.form("OutboundTrackLabel", self.outbound_track_label.as_slice());
        wire.form("PartialResults", self.partial_results.as_slice());
        wire.form("LanguageCode", self.language_code.as_slice());
        wire.form("TranscriptionEngine", self.transcription_engine.as_slice());
        wire.form("ProfanityFilter", self.profanity_filter.as_slice());
        wire.form("SpeechModel", self.speech_model.as_slice());
        wire.form("Hints", self.hints.as_slice());
        wire.form(
            "EnableAutomaticPunctuation",
            self.enable_automatic_punctuation.as_slice(),
        );
        wire.form("IntelligenceService", self.intelligence_service.as_slice());
        wire.form(
            "ConversationConfiguration",
            self.conversation_configuration.as_slice(),
        );
        wire.form("ConversationId", self.conversation_id.as_slice());
        wire.form("ConfigurationId", self.configuration_id.as_slice());
        wire.form("EnableProviderData", self.enable_provider_data.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallRealtimeTranscription {
        let _ = (request, path);
        response
    }
}
/// CreateSiprec: Create a Siprec
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec.json`. Sent as a [`Request<CreateSiprec>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct CreateSiprec {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    name: ::std::option::Option<::std::string::String>,
    connector_name: ::std::option::Option<::std::string::String>,
    track: ::std::option::Option<::twilio_calls::SiprecTrack>,
    status_callback: ::std::option::Option<::std::string::String>,
    status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    parameter: ::std::vec::Vec<[::std::string::String; 2usize]>,
}
impl CreateSiprec {
    /// A CreateSiprec request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            name: ::std::default::Default::default(),
            connector_name: ::std::default::Default::default(),
            track: ::std::default::Default::default(),
            status_callback: ::std::default::Default::default(),
            status_callback_method: ::std::default::Default::default(),
            parameter: ::std::default::Default::default(),
        }
    }
}
/// The parameters of CreateSiprec (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec.json`), set with the methods of this `Request`.
impl crate::request::Request<CreateSiprec> {
    /// `Name`: The user-specified name of this Siprec, if one was given when the Siprec was created. This may be used to stop the Siprec.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.name = ::std::option::Option::Some(value.into());
        self
    }
    /// `ConnectorName`: Unique name used when configuring the connector via Marketplace Add-on.
    pub fn connector_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.connector_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `Track`: One of `inbound_track`, `outbound_track`, `both_tracks`.
    ///
    /// One of `inbound_track`, `outbound_track`, `both_tracks`.
    pub fn track(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::SiprecTrack>,
    ) -> Self {
        self.op.track = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallback`: Absolute URL of the status callback.
    ///
    /// An absolute http(s) URL.
    pub fn status_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.status_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallbackMethod`: The http method for the status_callback (one of GET, POST).
    ///
    /// One of `GET`, `POST`.
    pub fn status_callback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.status_callback_method = ::std::option::Option::Some(value.into());
        self
    }
    /// `Parameter`: Numbered from 1 to 99, one row per set. `Parameter{n}.Name`: Parameter name; `Parameter{n}.Value`: Parameter value.
    ///
    /// Adds one row. Rows are numbered from 1 in the order they are added and sent as `Parameter{n}.Name` and `Parameter{n}.Value`; more than 99 is [`Error::InvalidInput`](crate::Error::InvalidInput) when the request is sent.
    pub fn parameter(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.parameter.push([name.into(), value.into()]);
        self
    }
    /// Adds a row to `Parameter{n}` for each item, in order (see [`parameter`](Self::parameter)).
    ///
    /// Rows are numbered from 1 in the order they are added and sent as `Parameter{n}.Name` and `Parameter{n}.Value`; more than 99 is [`Error::InvalidInput`](crate::Error::InvalidInput) when the request is sent.
    pub fn parameters(
        mut self,
        rows: impl ::std::iter::IntoIterator<
            Item = (
                impl ::std::convert::Into<::std::string::String>,
                impl ::std::convert::Into<::std::string::String>,
            ),
        >,
    ) -> Self {
        self.op
            .parameter
            .extend(rows.into_iter().map(|row| [row.0.into(), row.1.into()]));
        self
    }
}
impl crate::request::Operation for CreateSiprec {
    type Output = crate::generated::types::ApiV2010AccountCallSiprec;
}
impl crate::request::sealed::Operation for CreateSiprec {
    type Response = crate::generated::types::ApiV2010AccountCallSiprec;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "CreateSiprec",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        if let ::std::option::Option::Some(slot) = crate::request::wire::family_slot(
            wire_name,
            "Parameter",
            &["Name", "Value"],
        ) {
            return crate::request::wire::family_set(
                &mut self.parameter,
                slot,
                value,
                99usize,
                "Parameter100.Name",
            );
        }
        match wire_name {
            "Name" => self.name = ::std::option::Option::Some(value.to_owned()),
            "ConnectorName" => {
                self.connector_name = ::std::option::Option::Some(value.to_owned());
            }
            "Track" => {
                self.track = ::std::option::Option::Some(
                    crate::check::parse_text("Track", value)?,
                );
            }
            "StatusCallback" => {
                self.status_callback = ::std::option::Option::Some(value.to_owned());
            }
            "StatusCallbackMethod" => {
                self.status_callback_method = ::std::option::Option::Some(
                    crate::check::parse_text("StatusCallbackMethod", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("CreateSiprec has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::one_of(
            "Track",
            self.track.as_ref(),
            &["inbound_track", "outbound_track", "both_tracks"],
        )?;
        crate::check::url("StatusCallback", self.status_callback.as_deref())?;
        crate::check::one_of(
            "StatusCallbackMethod",
            self.status_callback_method.as_ref(),
            &["GET", "POST"],
        )?;
        crate::check::family_rows("Parameter100.Name", self.parameter.len(), 99usize)?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Siprec.json");
        wire.form("Name", self.name.as_slice());
        wire.form("ConnectorName", self.connector_name.as_slice());
        wire.form("Track", self.track.as_slice());
        wire.form("StatusCallback", self.status_callback.as_slice());
        wire.form("StatusCallbackMethod", self.status_callback_method.as_slice());
        wire.family("Parameter", &["Name", "Value"], &self.parameter);
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallSiprec {
        let _ = (request, path);
        response
    }
}
/// CreateStream: Create a Stream
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json`. Sent as a [`Request<CreateStream>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct CreateStream {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    url: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
    track: ::std::option::Option<::twilio_calls::StreamTrack>,
    status_callback: ::std::option::Option<::std::string::String>,
    status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    parameter: ::std::vec::Vec<[::std::string::String; 2usize]>,
}
impl CreateStream {
    /// A CreateStream request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            url: ::std::default::Default::default(),
            name: ::std::default::Default::default(),
            track: ::std::default::Default::default(),
            status_callback: ::std::default::Default::default(),
            status_callback_method: ::std::default::Default::default(),
            parameter: ::std::default::Default::default(),
        }
    }
}
/// The parameters of CreateStream (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json`), set with the methods of this `Request`.
impl crate::request::Request<CreateStream> {
    /// `Url`: Relative or absolute URL where WebSocket connection will be established.
    ///
    /// Required. A `wss://` URL.
    pub fn url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.url = ::std::option::Option::Some(value.into());
        self
    }
    /// `Name`: The user-specified name of this Stream, if one was given when the Stream was created. This can be used to stop the Stream.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.name = ::std::option::Option::Some(value.into());
        self
    }
    /// `Track`: The tracks to be included in the Stream. Possible values are `inbound_track`, `outbound_track`, `both_tracks`. Default value is `inbound_track`.
    ///
    /// One of `inbound_track`, `outbound_track`, `both_tracks`.
    pub fn track(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::StreamTrack>,
    ) -> Self {
        self.op.track = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallback`: Absolute URL to which Twilio sends status callback HTTP requests.
    ///
    /// An absolute http(s) URL.
    pub fn status_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.status_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallbackMethod`: The HTTP method Twilio uses when sending `status_callback` requests. Possible values are `GET` and `POST`. Default is `POST`.
    ///
    /// One of `GET`, `POST`.
    pub fn status_callback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.status_callback_method = ::std::option::Option::Some(value.into());
        self
    }
    /// `Parameter`: Numbered from 1 to 99, one row per set. `Parameter{n}.Name`: Parameter name; `Parameter{n}.Value`: Parameter value.
    ///
    /// Adds one row. Rows are numbered from 1 in the order they are added and sent as `Parameter{n}.Name` and `Parameter{n}.Value`; more than 99 is [`Error::InvalidInput`](crate::Error::InvalidInput) when the request is sent.
    pub fn parameter(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.parameter.push([name.into(), value.into()]);
        self
    }
    /// Adds a row to `Parameter{n}` for each item, in order (see [`parameter`](Self::parameter)).
    ///
    /// Rows are numbered from 1 in the order they are added and sent as `Parameter{n}.Name` and `Parameter{n}.Value`; more than 99 is [`Error::InvalidInput`](crate::Error::InvalidInput) when the request is sent.
    pub fn parameters(
        mut self,
        rows: impl ::std::iter::IntoIterator<
            Item = (
                impl ::std::convert::Into<::std::string::String>,
                impl ::std::convert::Into<::std::string::String>,
            ),
        >,
    ) -> Self {
        self.op
            .parameter
            .extend(rows.into_iter().map(|row| [row.0.into(), row.1.into()]));
        self
    }
}
impl crate::request::Operation for CreateStream {
    type Output = crate::generated::types::ApiV2010AccountCallStream;
}
impl crate::request::sealed::Operation for CreateStream {
    type Response = crate::generated::types::ApiV2010AccountCallStream;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "CreateStream",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        if let ::std::option::Option::Some(slot) = crate::request::wire::family_slot(
            wire_name,
            "Parameter",
            &["Name", "Value"],
        ) {
            return crate::request::wire::family_set(
                &mut self.parameter,
                slot,
                value,
                99usize,
                "Parameter100.Name",
            );
        }
        match wire_name {
            "Url" => self.url = ::std::option::Option::Some(value.to_owned()),
            "Name" => self.name = ::std::option::Option::Some(value.to_owned()),
            "Track" => {
                self.track = ::std::option::Option::Some(
                    crate::check::parse_text("Track", value)?,
                );
            }
            "StatusCallback" => {
                self.status_callback = ::std::option::Option::Some(value.to_owned());
            }
            "StatusCallbackMethod" => {
                self.status_callback_method = ::std::option::Option::Some(
                    crate::check::parse_text("StatusCallbackMethod", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("CreateStream has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::required_text("Url", Some("url"), self.url.as_deref())?;
        crate::check::websocket_url("Url", self.url.as_deref())?;
        crate::check::one_of(
            "Track",
            self.track.as_ref(),
            &["inbound_track", "outbound_track", "both_tracks"],
        )?;
        crate::check::url("StatusCallback", self.status_callback.as_deref())?;
        crate::check::one_of(
            "StatusCallbackMethod",
            self.status_callback_method.as_ref(),
            &["GET", "POST"],
        )?;
        crate::check::family_rows("Parameter100.Name", self.parameter.len(), 99usize)?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Streams.json");
        wire.form("Url", self.url.as_slice());
        wire.form("Name", self.name.as_slice());
        wire.form("Track", self.track.as_slice());
        wire.form("StatusCallback", self.status_callback.as_slice());
        wire.form("StatusCallbackMethod", self.status_callback_method.as_slice());
        wire.family("Parameter", &["Name", "Value"], &self.parameter);
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallStream {
        let _ = (request, path);
        response
    }
}
/// CreateUserDefinedMessage: Create a new User Defined Message for the given Call SID.
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json`. Sent as a [`Request<CreateUserDefinedMessage>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct CreateUserDefinedMessage {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    content: ::std::option::Option<::std::string::String>,
    idempotency_key: ::std::option::Option<::std::string::String>,
}
impl CreateUserDefinedMessage {
    /// A CreateUserDefinedMessage request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            content: ::std::default::Default::default(),
            idempotency_key: ::std::default::Default::default(),
        }
    }
}
/// The parameters of CreateUserDefinedMessage (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json`), set with the methods of this `Request`.
impl crate::request::Request<CreateUserDefinedMessage> {
    /// `Content`: The User Defined Message in the form of URL-encoded JSON string.
    ///
    /// Required.
    pub fn content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.content = ::std::option::Option::Some(value.into());
        self
    }
    /// `IdempotencyKey`: A unique string value to identify API call. This should be a unique string value per API call and can be a randomly generated.
    ///
    /// With it set, Twilio deduplicates the request, so a failed attempt (a timeout, a 5xx) is retried as a read would be; without it, the request is retried only when it provably did not reach Twilio.
    pub fn idempotency_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.idempotency_key = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for CreateUserDefinedMessage {
    type Output = crate::generated::types::ApiV2010AccountCallUserDefinedMessage;
}
impl crate::request::sealed::Operation for CreateUserDefinedMessage {
    type Response = crate::generated::types::ApiV2010AccountCallUserDefinedMessage;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "CreateUserDefinedMessage",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "Content" => self.content = ::std::option::Option::Some(value.to_owned()),
            "IdempotencyKey" => {
                self.idempotency_key = ::std::option::Option::Some(value.to_owned());
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!(
                            "CreateUserDefinedMessage has no parameter {wire_name:?}"
                        ),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::required_text(
            "Content",
            Some("content"),
            self.content.as_deref(),
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/UserDefinedMessages.json");
        wire.form("Content", self.content.as_slice());
        wire.form("IdempotencyKey", self.idempotency_key.as_slice());
    }
    fn idempotent(&self) -> bool {
        self.idempotency_key.is_some()
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallUserDefinedMessage {
        let _ = (request, path);
        response
    }
}
/// CreateUserDefinedMessageSubscription: Subscribe to User Defined Messages for a given Call SID.
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json`. Sent as a [`Request<CreateUserDefinedMessageSubscription>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct CreateUserDefinedMessageSubscription {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    callback: ::std::option::Option<::std::string::String>,
    idempotency_key: ::std::option::Option<::std::string::String>,
    method: ::std::option::Option<::twilio_calls::HttpMethod>,
}
impl CreateUserDefinedMessageSubscription {
    /// A CreateUserDefinedMessageSubscription request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            callback: ::std::default::Default::default(),
            idempotency_key: ::std::default::Default::default(),
            method: ::std::default::Default::default(),
        }
    }
}
/// The parameters of CreateUserDefinedMessageSubscription (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json`), set with the methods of this `Request`.
impl crate::request::Request<CreateUserDefinedMessageSubscription> {
    /// `Callback`: The URL we should call using the `method` to send user defined events to your application. URLs must contain a valid hostname (underscores are not permitted).
    ///
    /// Required. An absolute http(s) URL.
    pub fn callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `IdempotencyKey`: A unique string value to identify API call. This should be a unique string value per API call and can be a randomly generated.
    ///
    /// With it set, Twilio deduplicates the request, so a failed attempt (a timeout, a 5xx) is retried as a read would be; without it, the request is retried only when it provably did not reach Twilio.
    pub fn idempotency_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.idempotency_key = ::std::option::Option::Some(value.into());
        self
    }
    /// `Method`: The HTTP method Twilio will use when requesting the above `Url`. Either `GET` or `POST`. Default is `POST`.
    ///
    /// One of `GET`, `POST`.
    pub fn method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.method = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for CreateUserDefinedMessageSubscription {
    type Output = crate::generated::types::ApiV2010AccountCallUserDefinedMessageSubscription;
}
impl crate::request::sealed::Operation for CreateUserDefinedMessageSubscription {
    type Response = crate::generated::types::ApiV2010AccountCallUserDefinedMessageSubscription;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "CreateUserDefinedMessageSubscription",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "Callback" => self.callback = ::std::option::Option::Some(value.to_owned()),
            "IdempotencyKey" => {
                self.idempotency_key = ::std::option::Option::Some(value.to_owned());
            }
            "Method" => {
                self.method = ::std::option::Option::Some(
                    crate::check::parse_text("Method", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!(
                            "CreateUserDefinedMessageSubscription has no parameter {wire_name:?}"
                        ),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::required_text(
            "Callback",
            Some("callback"),
            self.callback.as_deref(),
        )?;
        crate::check::url("Callback", self.callback.as_deref())?;
        crate::check::one_of("Method", self.method.as_ref(), &["GET", "POST"])?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/UserDefinedMessageSubscriptions.json");
        wire.form("Callback", self.callback.as_slice());
        wire.form("IdempotencyKey", self.idempotency_key.as_slice());
        wire.form("Method", self.method.as_slice());
    }
    fn idempotent(&self) -> bool {
        self.idempotency_key.is_some()
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallUserDefinedMessageSubscription {
        let _ = (request, path);
        response
    }
}
/// DeleteCall: Delete a Call record from your account. Once the record is deleted, it will no longer appear in the API and Account Portal logs.
///
/// `DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`. Sent as a [`Request<DeleteCall>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct DeleteCall {
    account_sid: ::std::string::String,
    sid: ::std::string::String,
}
impl DeleteCall {
    /// A DeleteCall request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self { account_sid, sid }
    }
}
/// The parameters of DeleteCall (`DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<DeleteCall> {}
impl crate::request::Operation for DeleteCall {
    type Output = ();
}
impl crate::request::sealed::Operation for DeleteCall {
    type Response = ();
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "DeleteCall",
        method: ::reqwest::Method::DELETE,
        idempotent: true,
        has_body: false,
        has_form: false,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        let _ = value;
        ::std::result::Result::Err(
            crate::error::Error::invalid(
                "wire_name",
                format!("DeleteCall has no parameter {wire_name:?}"),
            ),
        )
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<crate::generated::types::CaSid>("Sid", &self.sid, None)?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.sid);
        wire.literal(".json");
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> () {
        let _ = (request, path);
        response
    }
}
/// DeleteCallRecording: Delete a recording from your account
///
/// `DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`. Sent as a [`Request<DeleteCallRecording>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct DeleteCallRecording {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    sid: ::std::string::String,
}
impl DeleteCallRecording {
    /// A DeleteCallRecording request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self { account_sid, call_sid, sid }
    }
}
/// The parameters of DeleteCallRecording (`DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<DeleteCallRecording> {}
impl crate::request::Operation for DeleteCallRecording {
    type Output = ();
}
impl crate::request::sealed::Operation for DeleteCallRecording {
    type Response = ();
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "DeleteCallRecording",
        method: ::reqwest::Method::DELETE,
        idempotent: true,
        has_body: false,
        has_form: false,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        let _ = value;
        ::std::result::Result::Err(
            crate::error::Error::invalid(
                "wire_name",
                format!("DeleteCallRecording has no parameter {wire_name:?}"),
            ),
        )
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::pattern::<crate::generated::types::ReSid>("Sid", &self.sid, None)?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Recordings/");
        wire.segment(&self.sid);
        wire.literal(".json");
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> () {
        let _ = (request, path);
        response
    }
}
/// DeleteUserDefinedMessageSubscription: Delete a specific User Defined Message Subscription.
///
/// `DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json`. Sent as a [`Request<DeleteUserDefinedMessageSubscription>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct DeleteUserDefinedMessageSubscription {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    sid: ::std::string::String,
}
impl DeleteUserDefinedMessageSubscription {
    /// A DeleteUserDefinedMessageSubscription request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self { account_sid, call_sid, sid }
    }
}
/// The parameters of DeleteUserDefinedMessageSubscription (`DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<DeleteUserDefinedMessageSubscription> {}
impl crate::request::Operation for DeleteUserDefinedMessageSubscription {
    type Output = ();
}
impl crate::request::sealed::Operation for DeleteUserDefinedMessageSubscription {
    type Response = ();
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "DeleteUserDefinedMessageSubscription",
        method: ::reqwest::Method::DELETE,
        idempotent: true,
        has_body: false,
        has_form: false,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        let _ = value;
        ::std::result::Result::Err(
            crate::error::Error::invalid(
                "wire_name",
                format!(
                    "DeleteUserDefinedMessageSubscription has no parameter {wire_name:?}"
                ),
            ),
        )
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::pattern::<crate::generated::types::ZySid>("Sid", &self.sid, None)?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/UserDefinedMessageSubscriptions/");
        wire.segment(&self.sid);
        wire.literal(".json");
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> () {
        let _ = (request, path);
        response
    }
}
/// FetchCall: Fetch the call specified by the provided Call SID
///
/// `GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`. Sent as a [`Request<FetchCall>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct FetchCall {
    account_sid: ::std::string::String,
    sid: ::std::string::String,
}
impl FetchCall {
    /// A FetchCall request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self { account_sid, sid }
    }
}
/// The parameters of FetchCall (`GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<FetchCall> {}
impl crate::request::Operation for FetchCall {
    type Output = crate::generated::types::ApiV2010AccountCall;
}
impl crate::request::sealed::Operation for FetchCall {
    type Response = crate::generated::types::ApiV2010AccountCall;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "FetchCall",
        method: ::reqwest::Method::GET,
        idempotent: true,
        has_body: true,
        has_form: false,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        let _ = value;
        ::std::result::Result::Err(
            crate::error::Error::invalid(
                "wire_name",
                format!("FetchCall has no parameter {wire_name:?}"),
            ),
        )
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<crate::generated::types::CaSid>("Sid", &self.sid, None)?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.sid);
        wire.literal(".json");
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCall {
        let _ = (request, path);
        response
    }
}
/// FetchCallNotification
///
/// `GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json`. Sent as a [`Request<FetchCallNotification>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct FetchCallNotification {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    sid: ::std::string::String,
}
impl FetchCallNotification {
    /// A FetchCallNotification request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self { account_sid, call_sid, sid }
    }
}
/// The parameters of FetchCallNotification (`GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<FetchCallNotification> {}
impl crate::request::Operation for FetchCallNotification {
    type Output = crate::generated::types::ApiV2010AccountCallCallNotificationInstance;
}
impl crate::request::sealed::Operation for FetchCallNotification {
    type Response = crate::generated::types::ApiV2010AccountCallCallNotificationInstance;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "FetchCallNotification",
        method: ::reqwest::Method::GET,
        idempotent: true,
        has_body: true,
        has_form: false,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        let _ = value;
        ::std::result::Result::Err(
            crate::error::Error::invalid(
                "wire_name",
                format!("FetchCallNotification has no parameter {wire_name:?}"),
            ),
        )
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::pattern::<crate::generated::types::NoSid>("Sid", &self.sid, None)?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Notifications/");
        wire.segment(&self.sid);
        wire.literal(".json");
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallCallNotificationInstance {
        let _ = (request, path);
        response
    }
}
/// FetchCallRecording: Fetch an instance of a recording for a call
///
/// `GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`. Sent as a [`Request<FetchCallRecording>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct FetchCallRecording {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    sid: ::std::string::String,
}
impl FetchCallRecording {
    /// A FetchCallRecording request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self { account_sid, call_sid, sid }
    }
}
/// The parameters of FetchCallRecording (`GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<FetchCallRecording> {}
impl crate::request::Operation for FetchCallRecording {
    type Output = crate::generated::types::ApiV2010AccountCallCallRecording;
}
impl crate::request::sealed::Operation for FetchCallRecording {
    type Response = crate::generated::types::ApiV2010AccountCallCallRecording;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "FetchCallRecording",
        method: ::reqwest::Method::GET,
        idempotent: true,
        has_body: true,
        has_form: false,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        let _ = value;
        ::std::result::Result::Err(
            crate::error::Error::invalid(
                "wire_name",
                format!("FetchCallRecording has no parameter {wire_name:?}"),
            ),
        )
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::pattern::<crate::generated::types::ReSid>("Sid", &self.sid, None)?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Recordings/");
        wire.segment(&self.sid);
        wire.literal(".json");
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallCallRecording {
        let _ = (request, path);
        response
    }
}
/// ListCall: Retrieves a collection of calls made to and from your account
///
/// `GET /2010-04-01/Accounts/{AccountSid}/Calls.json`. Sent as a [`Request<ListCall>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct ListCall {
    account_sid: ::std::string::String,
    to: ::std::option::Option<::std::string::String>,
    from: ::std::option::Option<::std::string::String>,
    parent_call_sid: ::std::option::Option<::std::string::String>,
    status: ::std::option::Option<::twilio_calls::CallStatus>,
    start_time: ::std::option::Option<::twilio_calls::DateOrDateTime>,
    start_time_before: ::std::option::Option<::twilio_calls::DateOrDateTime>,
    start_time_after: ::std::option::Option<::twilio_calls::DateOrDateTime>,
    end_time: ::std::option::Option<::twilio_calls::DateOrDateTime>,
    end_time_before: ::std::option::Option<::twilio_calls::DateOrDateTime>,
    end_time_after: ::std::option::Option<::twilio_calls::DateOrDateTime>,
    page_size: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
    page_token: ::std::option::Option<::std::string::String>,
}
impl ListCall {
    /// A ListCall request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(account_sid: ::std::string::String) -> Self {
        Self {
            account_sid,
            to: ::std::default::Default::default(),
            from: ::std::default::Default::default(),
            parent_call_sid: ::std::default::Default::default(),
            status: ::std::default::Default::default(),
            start_time: ::std::default::Default::default(),
            start_time_before: ::std::default::Default::default(),
            start_time_after: ::std::default::Default::default(),
            end_time: ::std::default::Default::default(),
            end_time_before: ::std::default::Default::default(),
            end_time_after: ::std::default::Default::default(),
            page_size: ::std::default::Default::default(),
            page: ::std::default::Default::default(),
            page_token: ::std::default::Default::default(),
        }
    }
}
/// The parameters of ListCall (`GET /2010-04-01/Accounts/{AccountSid}/Calls.json`), set with the methods of this `Request`.
impl crate::request::Request<ListCall> {
    /// `To`: Only show calls made to this phone number, SIP address, Client identifier or SIM SID.
    pub fn to(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.to = ::std::option::Option::Some(value.into());
        self
    }
    /// `From`: Only include calls from this phone number, SIP address, Client identifier or SIM SID.
    pub fn from(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.from = ::std::option::Option::Some(value.into());
        self
    }
    /// `ParentCallSid`: Only include calls spawned by calls with this SID.
    ///
    /// At most 34 characters. Matches `^CA[0-9a-fA-F]{32}$`.
    pub fn parent_call_sid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.parent_call_sid = ::std::option::Option::Some(value.into());
        self
    }
    /// `Status`: The status of the calls to include. Can be: `queued`, `ringing`, `in-progress`, `canceled`, `completed`, `failed`, `busy`, or `no-answer`.
    ///
    /// One of `queued`, `ringing`, `in-progress`, `completed`, `busy`, `failed`, `no-answer`, `canceled`.
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::CallStatus>,
    ) -> Self {
        self.op.status = ::std::option::Option::Some(value.into());
        self
    }
    /// `StartTime`: Only include calls that started on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on this date.
    pub fn start_time(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::DateOrDateTime>,
    ) -> Self {
        self.op.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `StartTime<`: Only include calls that started before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started before this date.
    pub fn start_time_before(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::DateOrDateTime>,
    ) -> Self {
        self.op.start_time_before = ::std::option::Option::Some(value.into());
        self
    }
    /// `StartTime>`: Only include calls that started on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on or after this date.
    pub fn start_time_after(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::DateOrDateTime>,
    ) -> Self {
        self.op.start_time_after = ::std::option::Option::Some(value.into());
        self
    }
    /// `EndTime`: Only include calls that ended on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on this date.
    pub fn end_time(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::DateOrDateTime>,
    ) -> Self {
        self.op.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `EndTime<`: Only include calls that ended before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended before this date.
    pub fn end_time_before(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::DateOrDateTime>,
    ) -> Self {
        self.op.end_time_before = ::std::option::Option::Some(value.into());
        self
    }
    /// `EndTime>`: Only include calls that ended on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on or after this date.
    pub fn end_time_after(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::DateOrDateTime>,
    ) -> Self {
        self.op.end_time_after = ::std::option::Option::Some(value.into());
        self
    }
    /// `PageSize`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
    ///
    /// From 1 to 1000.
    pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `Page`: The page index. This value is simply for client state.
    ///
    /// At least 0.
    pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.page = ::std::option::Option::Some(value.into());
        self
    }
    /// `PageToken`: The page token. This is provided by the API.
    pub fn page_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.page_token = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for ListCall {
    type Output = crate::pagination::Page<crate::generated::types::ApiV2010AccountCall>;
}
impl crate::request::sealed::Operation for ListCall {
    type Response = crate::generated::types::ListCallResponse;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "ListCall",
        method: ::reqwest::Method::GET,
        idempotent: true,
        has_body: true,
        has_form: false,
        returns_page: true,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "To" => self.to = ::std::option::Option::Some(value.to_owned()),
            "From" => self.from = ::std::option::Option::Some(value.to_owned()),
            "ParentCallSid" => {
                self.parent_call_sid = ::std::option::Option::Some(value.to_owned());
            }
            "Status" => {
                self.status = ::std::option::Option::Some(
                    crate::check::parse_text("Status", value)?,
                );
            }
            "StartTime" => {
                self.start_time = ::std::option::Option::Some(
                    crate::check::parse_text("StartTime", value)?,
                );
            }
            "StartTime<" => {
                self.start_time_before = ::std::option::Option::Some(
                    crate::check::parse_text("StartTime<", value)?,
                );
            }
            "StartTime>" => {
                self.start_time_after = ::std::option::Option::Some(
                    crate::check::parse_text("StartTime>", value)?,
                );
            }
            "EndTime" => {
                self.end_time = ::std::option::Option::Some(
                    crate::check::parse_text("EndTime", value)?,
                );
            }
            "EndTime<" => {
                self.end_time_before = ::std::option::Option::Some(
                    crate::check::parse_text("EndTime<", value)?,
                );
            }
            "EndTime>" => {
                self.end_time_after = ::std::option::Option::Some(
                    crate::check::parse_text("EndTime>", value)?,
                );
            }
            "PageSize" => {
                self.page_size = ::std::option::Option::Some(
                    crate::check::parse_text("PageSize", value)?,
                );
            }
            "Page" => {
                self.page = ::std::option::Option::Some(
                    crate::check::parse_text("Page", value)?,
                );
            }
            "PageToken" => {
                self.page_token = ::std::option::Option::Some(value.to_owned());
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("ListCall has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        if let Some(value) = &self.parent_call_sid {
            crate::check::pattern::<
                crate::generated::types::CaSid,
            >("ParentCallSid", value, None)?;
        }
        crate::check::one_of(
            "Status",
            self.status.as_ref(),
            &[
                "queued",
                "ringing",
                "in-progress",
                "completed",
                "busy",
                "failed",
                "no-answer",
                "canceled",
            ],
        )?;
        crate::check::range(
            "PageSize",
            self.page_size,
            ::std::option::Option::Some(1i64),
            ::std::option::Option::Some(1000i64),
        )?;
        crate::check::range(
            "Page",
            self.page,
            ::std::option::Option::Some(0i64),
            ::std::option::Option::None,
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls.json");
        wire.query("To", self.to.as_slice());
        wire.query("From", self.from.as_slice());
        wire.query("ParentCallSid", self.parent_call_sid.as_slice());
        wire.query("Status", self.status.as_slice());
        wire.query("StartTime", self.start_time.as_slice());
        wire.query("StartTime<", self.start_time_before.as_slice());
        wire.query("StartTime>", self.start_time_after.as_slice());
        wire.query("EndTime", self.end_time.as_slice());
        wire.query("EndTime<", self.end_time_before.as_slice());
        wire.query("EndTime>", self.end_time_after.as_slice());
        wire.query("PageSize", self.page_size.as_slice());
        wire.query("Page", self.page.as_slice());
        wire.query("PageToken", self.page_token.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::pagination::Page<crate::generated::types::ApiV2010AccountCall> {
        let _ = (request, path);
        crate::pagination::Page::first(response, request, path)
    }
    fn page_size(&mut self) -> ::std::option::Option<&mut ::std::option::Option<i64>> {
        ::std::option::Option::Some(&mut self.page_size)
    }
}
impl crate::pagination::PageResponse for crate::generated::types::ListCallResponse {
    type Item = crate::generated::types::ApiV2010AccountCall;
    fn into_parts(self) -> (::std::vec::Vec<Self::Item>, crate::pagination::PageLinks) {
        let links = crate::pagination::PageLinks {
            page: self.page,
            page_size: self.page_size,
            start: self.start,
            end: self.end,
            uri: ::std::option::Option::Some(self.uri),
            first_page_uri: self.first_page_uri,
            next_page_uri: self.next_page_uri,
            previous_page_uri: self.previous_page_uri,
        };
        (self.calls, links)
    }
}
/// ListCallEvent: Retrieve a list of all events for a call.
///
/// `GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json`. Sent as a [`Request<ListCallEvent>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct ListCallEvent {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    page_size: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
    page_token: ::std::option::Option<::std::string::String>,
}
impl ListCallEvent {
    /// A ListCallEvent request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            page_size: ::std::default::Default::default(),
            page: ::std::default::Default::default(),
            page_token: ::std::default::Default::default(),
        }
    }
}
/// The parameters of ListCallEvent (`GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json`), set with the methods of this `Request`.
impl crate::request::Request<ListCallEvent> {
    /// `PageSize`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
    ///
    /// From 1 to 1000.
    pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `Page`: The page index. This value is simply for client state.
    ///
    /// At least 0.
    pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.page = ::std::option::Option::Some(value.into());
        self
    }
    /// `PageToken`: The page token. This is provided by the API.
    pub fn page_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.page_token = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for ListCallEvent {
    type Output = crate::pagination::Page<
        crate::generated::types::ApiV2010AccountCallCallEvent,
    >;
}
impl crate::request::sealed::Operation for ListCallEvent {
    type Response = crate::generated::types::ListCallEventResponse;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "ListCallEvent",
        method: ::reqwest::Method::GET,
        idempotent: true,
        has_body: true,
        has_form: false,
        returns_page: true,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "PageSize" => {
                self.page_size = ::std::option::Option::Some(
                    crate::check::parse_text("PageSize", value)?,
                );
            }
            "Page" => {
                self.page = ::std::option::Option::Some(
                    crate::check::parse_text("Page", value)?,
                );
            }
            "PageToken" => {
                self.page_token = ::std::option::Option::Some(value.to_owned());
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("ListCallEvent has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::range(
            "PageSize",
            self.page_size,
            ::std::option::Option::Some(1i64),
            ::std::option::Option::Some(1000i64),
        )?;
        crate::check::range(
            "Page",
            self.page,
            ::std::option::Option::Some(0i64),
            ::std::option::Option::None,
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Events.json");
        wire.query("PageSize", self.page_size.as_slice());
        wire.query("Page", self.page.as_slice());
        wire.query("PageToken", self.page_token.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::pagination::Page<crate::generated::types::ApiV2010AccountCallCallEvent> {
        let _ = (request, path);
        crate::pagination::Page::first(response, request, path)
    }
    fn page_size(&mut self) -> ::std::option::Option<&mut ::std::option::Option<i64>> {
        ::std::option::Option::Some(&mut self.page_size)
    }
}
impl crate::pagination::PageResponse for crate::generated::types::ListCallEventResponse {
    type Item = crate::generated::types::ApiV2010AccountCallCallEvent;
    fn into_parts(self) -> (::std::vec::Vec<Self::Item>, crate::pagination::PageLinks) {
        let links = crate::pagination::PageLinks {
            page: self.page,
            page_size: self.page_size,
            start: self.start,
            end: self.end,
            uri: ::std::option::Option::Some(self.uri),
            first_page_uri: self.first_page_uri,
            next_page_uri: self.next_page_uri,
            previous_page_uri: self.previous_page_uri,
        };
        (self.events, links)
    }
}
/// ListCallNotification
///
/// `GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json`. Sent as a [`Request<ListCallNotification>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct ListCallNotification {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    log: ::std::option::Option<i64>,
    message_date: ::std::option::Option<::chrono::NaiveDate>,
    message_date_before: ::std::option::Option<::chrono::NaiveDate>,
    message_date_after: ::std::option::Option<::chrono::NaiveDate>,
    page_size: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
    page_token: ::std::option::Option<::std::string::String>,
}
impl ListCallNotification {
    /// A ListCallNotification request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            log: ::std::default::Default::default(),
            message_date: ::std::default::Default::default(),
            message_date_before: ::std::default::Default::default(),
            message_date_after: ::std::default::Default::default(),
            page_size: ::std::default::Default::default(),
            page: ::std::default::Default::default(),
            page_token: ::std::default::Default::default(),
        }
    }
}
/// The parameters of ListCallNotification (`GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json`), set with the methods of this `Request`.
impl crate::request::Request<ListCallNotification> {
    /// `Log`: Only read notifications of the specified log level. Can be:  `0` to read only ERROR notifications or `1` to read only WARNING notifications. By default, all notifications are read.
    pub fn log(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.log = ::std::option::Option::Some(value.into());
        self
    }
    /// `MessageDate`: Only show notifications for the specified date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
    pub fn message_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.op.message_date = ::std::option::Option::Some(value.into());
        self
    }
    /// `MessageDate<`: Only show notifications for the specified date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
    pub fn message_date_before(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.op.message_date_before = ::std::option::Option::Some(value.into());
        self
    }
    /// `MessageDate>`: Only show notifications for the specified date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
    pub fn message_date_after(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.op.message_date_after = ::std::option::Option::Some(value.into());
        self
    }
    /// `PageSize`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
    ///
    /// From 1 to 1000.
    pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `Page`: The page index. This value is simply for client state.
    ///
    /// At least 0.
    pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.page = ::std::option::Option::Some(value.into());
        self
    }
    /// `PageToken`: The page token. This is provided by the API.
    pub fn page_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.page_token = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for ListCallNotification {
    type Output = crate::pagination::Page<
        crate::generated::types::ApiV2010AccountCallCallNotification,
    >;
}
impl crate::request::sealed::Operation for ListCallNotification {
    type Response = crate::generated::types::ListCallNotificationResponse;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "ListCallNotification",
        method: ::reqwest::Method::GET,
        idempotent: true,
        has_body: true,
        has_form: false,
        returns_page: true,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "Log" => {
                self.log = ::std::option::Option::Some(
                    crate::check::parse_text("Log", value)?,
                );
            }
            "MessageDate" => {
                self.message_date = ::std::option::Option::Some(
                    crate::check::parse_text("MessageDate", value)?,
                );
            }
            "MessageDate<" => {
                self.message_date_before = ::std::option::Option::Some(
                    crate::check::parse_text("MessageDate<", value)?,
                );
            }
            "MessageDate>" => {
                self.message_date_after = ::std::option::Option::Some(
                    crate::check::parse_text("MessageDate>", value)?,
                );
            }
            "PageSize" => {
                self.page_size = ::std::option::Option::Some(
                    crate::check::parse_text("PageSize", value)?,
                );
            }
            "Page" => {
                self.page = ::std::option::Option::Some(
                    crate::check::parse_text("Page", value)?,
                );
            }
            "PageToken" => {
                self.page_token = ::std::option::Option::Some(value.to_owned());
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("ListCallNotification has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::range(
            "PageSize",
            self.page_size,
            ::std::option::Option::Some(1i64),
            ::std::option::Option::Some(1000i64),
        )?;
        crate::check::range(
            "Page",
            self.page,
            ::std::option::Option::Some(0i64),
            ::std::option::Option::None,
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Notifications.json");
        wire.query("Log", self.log.as_slice());
        wire.query("MessageDate", self.message_date.as_slice());
        wire.query("MessageDate<", self.message_date_before.as_slice());
        wire.query("MessageDate>", self.message_date_after.as_slice());
        wire.query("PageSize", self.page_size.as_slice());
        wire.query("Page", self.page.as_slice());
        wire.query("PageToken", self.page_token.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::pagination::Page<
        crate::generated::types::ApiV2010AccountCallCallNotification,
    > {
        let _ = (request, path);
        crate::pagination::Page::first(response, request, path)
    }
    fn page_size(&mut self) -> ::std::option::Option<&mut ::std::option::Option<i64>> {
        ::std::option::Option::Some(&mut self.page_size)
    }
}
impl crate::pagination::PageResponse
for crate::generated::types::ListCallNotificationResponse {
    type Item = crate::generated::types::ApiV2010AccountCallCallNotification;
    fn into_parts(self) -> (::std::vec::Vec<Self::Item>, crate::pagination::PageLinks) {
        let links = crate::pagination::PageLinks {
            page: self.page,
            page_size: self.page_size,
            start: self.start,
            end: self.end,
            uri: ::std::option::Option::Some(self.uri),
            first_page_uri: self.first_page_uri,
            next_page_uri: self.next_page_uri,
            previous_page_uri: self.previous_page_uri,
        };
        (self.notifications, links)
    }
}
/// ListCallRecording: Retrieve a list of recordings belonging to the call used to make the request
///
/// `GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json`. Sent as a [`Request<ListCallRecording>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct ListCallRecording {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    date_created: ::std::option::Option<::chrono::NaiveDate>,
    date_created_before: ::std::option::Option<::chrono::NaiveDate>,
    date_created_after: ::std::option::Option<::chrono::NaiveDate>,
    page_size: ::std::option::Option<i64>,
    page: ::std::option::Option<i64>,
    page_token: ::std::option::Option<::std::string::String>,
}
impl ListCallRecording {
    /// A ListCallRecording request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            date_created: ::std::default::Default::default(),
            date_created_before: ::std::default::Default::default(),
            date_created_after: ::std::default::Default::default(),
            page_size: ::std::default::Default::default(),
            page: ::std::default::Default::default(),
            page_token: ::std::default::Default::default(),
        }
    }
}
/// The parameters of ListCallRecording (`GET /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json`), set with the methods of this `Request`.
impl crate::request::Request<ListCallRecording> {
    /// `DateCreated`: The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read. You can also specify inequality: `DateCreated<=YYYY-MM-DD` will return recordings generated at or before midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings generated at or after midnight on a date.
    pub fn date_created(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.op.date_created = ::std::option::Option::Some(value.into());
        self
    }
    /// `DateCreated<`: The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read. You can also specify inequality: `DateCreated<=YYYY-MM-DD` will return recordings generated at or before midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings generated at or after midnight on a date.
    pub fn date_created_before(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.op.date_created_before = ::std::option::Option::Some(value.into());
        self
    }
    /// `DateCreated>`: The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read. You can also specify inequality: `DateCreated<=YYYY-MM-DD` will return recordings generated at or before midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings generated at or after midnight on a date.
    pub fn date_created_after(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.op.date_created_after = ::std::option::Option::Some(value.into());
        self
    }
    /// `PageSize`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
    ///
    /// From 1 to 1000.
    pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `Page`: The page index. This value is simply for client state.
    ///
    /// At least 0.
    pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.page = ::std::option::Option::Some(value.into());
        self
    }
    /// `PageToken`: The page token. This is provided by the API.
    pub fn page_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.page_token = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for ListCallRecording {
    type Output = crate::pagination::Page<
        crate::generated::types::ApiV2010AccountCallCallRecording,
    >;
}
impl crate::request::sealed::Operation for ListCallRecording {
    type Response = crate::generated::types::ListCallRecordingResponse;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "ListCallRecording",
        method: ::reqwest::Method::GET,
        idempotent: true,
        has_body: true,
        has_form: false,
        returns_page: true,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "DateCreated" => {
                self.date_created = ::std::option::Option::Some(
                    crate::check::parse_text("DateCreated", value)?,
                );
            }
            "DateCreated<" => {
                self.date_created_before = ::std::option::Option::Some(
                    crate::check::parse_text("DateCreated<", value)?,
                );
            }
            "DateCreated>" => {
                self.date_created_after = ::std::option::Option::Some(
                    crate::check::parse_text("DateCreated>", value)?,
                );
            }
            "PageSize" => {
                self.page_size = ::std::option::Option::Some(
                    crate::check::parse_text("PageSize", value)?,
                );
            }
            "Page" => {
                self.page = ::std::option::Option::Some(
                    crate::check::parse_text("Page", value)?,
                );
            }
            "PageToken" => {
                self.page_token = ::std::option::Option::Some(value.to_owned());
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("ListCallRecording has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::range(
            "PageSize",
            self.page_size,
            ::std::option::Option::Some(1i64),
            ::std::option::Option::Some(1000i64),
        )?;
        crate::check::range(
            "Page",
            self.page,
            ::std::option::Option::Some(0i64),
            ::std::option::Option::None,
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Recordings.json");
        wire.query("DateCreated", self.date_created.as_slice());
        wire.query("DateCreated<", self.date_created_before.as_slice());
        wire.query("DateCreated>", self.date_created_after.as_slice());
        wire.query("PageSize", self.page_size.as_slice());
        wire.query("Page", self.page.as_slice());
        wire.query("PageToken", self.page_token.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::pagination::Page<
        crate::generated::types::ApiV2010AccountCallCallRecording,
    > {
        let _ = (request, path);
        crate::pagination::Page::first(response, request, path)
    }
    fn page_size(&mut self) -> ::std::option::Option<&mut ::std::option::Option<i64>> {
        ::std::option::Option::Some(&mut self.page_size)
    }
}
impl crate::pagination::PageResponse
for crate::generated::types::ListCallRecordingResponse {
    type Item = crate::generated::types::ApiV2010AccountCallCallRecording;
    fn into_parts(self) -> (::std::vec::Vec<Self::Item>, crate::pagination::PageLinks) {
        let links = crate::pagination::PageLinks {
            page: self.page,
            page_size: self.page_size,
            start: self.start,
            end: self.end,
            uri: ::std::option::Option::Some(self.uri),
            first_page_uri: self.first_page_uri,
            next_page_uri: self.next_page_uri,
            previous_page_uri: self.previous_page_uri,
        };
        (self.recordings, links)
    }
}
/// UpdateCall: Initiates a call redirect or terminates a call
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`. Sent as a [`Request<UpdateCall>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct UpdateCall {
    account_sid: ::std::string::String,
    sid: ::std::string::String,
    url: ::std::option::Option<::std::string::String>,
    method: ::std::option::Option<::twilio_calls::HttpMethod>,
    status: ::std::option::Option<::twilio_calls::UpdateCallStatus>,
    fallback_url: ::std::option::Option<::std::string::String>,
    fallback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    status_callback: ::std::option::Option<::std::string::String>,
    status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
    twiml: ::std::option::Option<::std::string::String>,
    time_limit: ::std::option::Option<i64>,
}
impl UpdateCall {
    /// A UpdateCall request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            sid,
            url: ::std::default::Default::default(),
            method: ::std::default::Default::default(),
            status: ::std::default::Default::default(),
            fallback_url: ::std::default::Default::default(),
            fallback_method: ::std::default::Default::default(),
            status_callback: ::std::default::Default::default(),
            status_callback_method: ::std::default::Default::default(),
            twiml: ::std::default::Default::default(),
            time_limit: ::std::default::Default::default(),
        }
    }
}
/// The parameters of UpdateCall (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<UpdateCall> {
    /// `Url`: The absolute URL that returns the TwiML instructions for the call. We will call this URL using the `method` when the call connects. For more information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-calls#specify-a-url-parameter) section in [Making Calls](https://www.twilio.com/docs/voice/make-calls).
    ///
    /// An absolute http(s) URL. At most one of `Url`, `Twiml` may be set.
    pub fn url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.url = ::std::option::Option::Some(value.into());
        self
    }
    /// `Method`: The HTTP method we should use when calling the `url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
    ///
    /// One of `GET`, `POST`.
    pub fn method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.method = ::std::option::Option::Some(value.into());
        self
    }
    /// `Status` (UpdateCall gives it no description).
    ///
    /// One of `canceled`, `completed`.
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::UpdateCallStatus>,
    ) -> Self {
        self.op.status = ::std::option::Option::Some(value.into());
        self
    }
    /// `FallbackUrl`: The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`. If an `application_sid` parameter is present, this parameter is ignored.
    ///
    /// An absolute http(s) URL.
    pub fn fallback_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.fallback_url = ::std::option::Option::Some(value.into());
        self
    }
    /// `FallbackMethod`: The HTTP method that we should use to request the `fallback_url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
    ///
    /// One of `GET`, `POST`.
    pub fn fallback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.fallback_method = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallback`: The URL we should call using the `status_callback_method` to send status information to your application. If no `status_callback_event` is specified, we will send the `completed` status. If an `application_sid` parameter is present, this parameter is ignored. URLs must contain a valid hostname (underscores are not permitted).
    ///
    /// An absolute http(s) URL.
    pub fn status_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.status_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallbackMethod`: The HTTP method we should use when requesting the `status_callback` URL. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
    ///
    /// One of `GET`, `POST`.
    pub fn status_callback_method(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::HttpMethod>,
    ) -> Self {
        self.op.status_callback_method = ::std::option::Option::Some(value.into());
        self
    }
    /// `Twiml`: TwiML instructions for the call Twilio will use without fetching Twiml from url. Twiml and url parameters are mutually exclusive
    ///
    /// At most 4000 characters. At most one of `Url`, `Twiml` may be set.
    pub fn twiml(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.twiml = ::std::option::Option::Some(value.into());
        self
    }
    /// `TimeLimit`: The maximum duration of the call in seconds. Constraints depend on account and configuration.
    pub fn time_limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.op.time_limit = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for UpdateCall {
    type Output = crate::generated::types::ApiV2010AccountCall;
}
impl crate::request::sealed::Operation for UpdateCall {
    type Response = crate::generated::types::ApiV2010AccountCall;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "UpdateCall",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "Url" => self.url = ::std::option::Option::Some(value.to_owned()),
            "Method" => {
                self.method = ::std::option::Option::Some(
                    crate::check::parse_text("Method", value)?,
                );
            }
            "Status" => {
                self.status = ::std::option::Option::Some(
                    crate::check::parse_text("Status", value)?,
                );
            }
            "FallbackUrl" => {
                self.fallback_url = ::std::option::Option::Some(value.to_owned());
            }
            "FallbackMethod" => {
                self.fallback_method = ::std::option::Option::Some(
                    crate::check::parse_text("FallbackMethod", value)?,
                );
            }
            "StatusCallback" => {
                self.status_callback = ::std::option::Option::Some(value.to_owned());
            }
            "StatusCallbackMethod" => {
                self.status_callback_method = ::std::option::Option::Some(
                    crate::check::parse_text("StatusCallbackMethod", value)?,
                );
            }
            "Twiml" => self.twiml = ::std::option::Option::Some(value.to_owned()),
            "TimeLimit" => {
                self.time_limit = ::std::option::Option::Some(
                    crate::check::parse_text("TimeLimit", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("UpdateCall has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<crate::generated::types::CaSid>("Sid", &self.sid, None)?;
        crate::check::url("Url", self.url.as_deref())?;
        crate::check::one_of("Method", self.method.as_ref(), &["GET", "POST"])?;
        crate::check::one_of(
            "Status",
            self.status.as_ref(),
            &["canceled", "completed"],
        )?;
        crate::check::url("FallbackUrl", self.fallback_url.as_deref())?;
        crate::check::one_of(
            "FallbackMethod",
            self.fallback_method.as_ref(),
            &["GET", "POST"],
        )?;
        crate::check::url("StatusCallback", self.status_callback.as_deref())?;
        crate::check::one_of(
            "StatusCallbackMethod",
            self.status_callback_method.as_ref(),
            &["GET", "POST"],
        )?;
        if let Some(value) = &self.twiml {
            crate::check::pattern::<
                crate::generated::types::UpdateCallRequestTwiml,
            >("Twiml", value, None)?;
        }
        crate::check::at_most_one(
            &[("Url", self.url.is_some()), ("Twiml", self.twiml.is_some())],
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.sid);
        wire.literal(".json");
        wire.form("Url", self.url.as_slice());
        wire.form("Method", self.method.as_slice());
        wire.form("Status", self.status.as_slice());
        wire.form("FallbackUrl", self.fallback_url.as_slice());
        wire.form("FallbackMethod", self.fallback_method.as_slice());
        wire.form("StatusCallback", self.status_callback.as_slice());
        wire.form("StatusCallbackMethod", self.status_callback_method.as_slice());
        wire.form("Twiml", self.twiml.as_slice());
        wire.form("TimeLimit", self.time_limit.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCall {
        let _ = (request, path);
        response
    }
}
/// UpdateCallRecording: Changes the status of the recording to paused, stopped, or in-progress. Note: Pass `Twilio.CURRENT` instead of recording sid to reference current active recording.
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`. Sent as a [`Request<UpdateCallRecording>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct UpdateCallRecording {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    sid: ::std::string::String,
    status: ::std::option::Option<::twilio_calls::CallRecordingStatus>,
    pause_behavior: ::std::option::Option<::twilio_calls::PauseBehavior>,
}
impl UpdateCallRecording {
    /// A UpdateCallRecording request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            sid,
            status: ::std::default::Default::default(),
            pause_behavior: ::std::default::Default::default(),
        }
    }
}
/// The parameters of UpdateCallRecording (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<UpdateCallRecording> {
    /// `Status`: The status of the recording. Can be: `processing`, `completed` and `absent`. For more detailed statuses on in-progress recordings, check out how to [Update a Recording Resource](https://www.twilio.com/docs/voice/api/recording#update-a-recording-resource).
    ///
    /// Required. One of `in-progress`, `paused`, `stopped`, `processing`, `completed`, `absent`.
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::CallRecordingStatus>,
    ) -> Self {
        self.op.status = ::std::option::Option::Some(value.into());
        self
    }
    /// `PauseBehavior`: Whether to record during a pause. Can be: `skip` or `silence` and the default is `silence`. `skip` does not record during the pause period, while `silence` will replace the actual audio of the call with silence during the pause period. This parameter only applies when setting `status` is set to `paused`.
    pub fn pause_behavior(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::PauseBehavior>,
    ) -> Self {
        self.op.pause_behavior = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for UpdateCallRecording {
    type Output = crate::generated::types::ApiV2010AccountCallCallRecording;
}
impl crate::request::sealed::Operation for UpdateCallRecording {
    type Response = crate::generated::types::ApiV2010AccountCallCallRecording;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "UpdateCallRecording",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "Status" => {
                self.status = ::std::option::Option::Some(
                    crate::check::parse_text("Status", value)?,
                );
            }
            "PauseBehavior" => {
                self.pause_behavior = ::std::option::Option::Some(
                    crate::check::parse_text("PauseBehavior", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("UpdateCallRecording has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::required_text("Sid", None, Some(&self.sid))?;
        crate::check::required("Status", "status", self.status.is_some())?;
        crate::check::one_of(
            "Status",
            self.status.as_ref(),
            &["in-progress", "paused", "stopped", "processing", "completed", "absent"],
        )?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Recordings/");
        wire.segment(&self.sid);
        wire.literal(".json");
        wire.form("Status", self.status.as_slice());
        wire.form("PauseBehavior", self.pause_behavior.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallCallRecording {
        let _ = (request, path);
        response
    }
}
/// UpdatePayments: update an instance of payments with different phases of payment flows.
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json`. Sent as a [`Request<UpdatePayments>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct UpdatePayments {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    sid: ::std::string::String,
    idempotency_key: ::std::option::Option<::std::string::String>,
    status_callback: ::std::option::Option<::std::string::String>,
    capture: ::std::option::Option<::twilio_calls::PaymentsCapture>,
    status: ::std::option::Option<::twilio_calls::PaymentsStatus>,
}
impl UpdatePayments {
    /// A UpdatePayments request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            sid,
            idempotency_key: ::std::default::Default::default(),
            status_callback: ::std::default::Default::default(),
            capture: ::std::default::Default::default(),
            status: ::std::default::Default::default(),
        }
    }
}
/// The parameters of UpdatePayments (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<UpdatePayments> {
    /// `IdempotencyKey`: A unique token that will be used to ensure that multiple API calls with the same information do not result in multiple transactions. This should be a unique string value per API call and can be a randomly generated.
    ///
    /// Required. With it set, Twilio deduplicates the request, so a failed attempt (a timeout, a 5xx) is retried as a read would be; without it, the request is retried only when it provably did not reach Twilio.
    pub fn idempotency_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.idempotency_key = ::std::option::Option::Some(value.into());
        self
    }
    /// `StatusCallback`: Provide an absolute or relative URL to receive status updates regarding your Pay session. Read more about the [Update](https://www.twilio.com/docs/voice/api/payment-resource#statuscallback-update) and [Complete/Cancel](https://www.twilio.com/docs/voice/api/payment-resource#statuscallback-cancelcomplete) POST requests.
    ///
    /// Required. An absolute http(s) URL.
    pub fn status_callback(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.op.status_callback = ::std::option::Option::Some(value.into());
        self
    }
    /// `Capture`: The piece of payment information that you wish the caller to enter. Must be one of `payment-card-number`, `expiration-date`, `security-code`, `postal-code`, `bank-routing-number`, `bank-account-number`, or their `-matcher` variants for input confirmation when `RequireMatchingInputs` is enabled.
    ///
    /// One of `payment-card-number`, `expiration-date`, `security-code`, `postal-code`, `bank-routing-number`, `bank-account-number`, `payment-card-number-matcher`, `expiration-date-matcher`, `security-code-matcher`, `postal-code-matcher`.
    pub fn capture(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::PaymentsCapture>,
    ) -> Self {
        self.op.capture = ::std::option::Option::Some(value.into());
        self
    }
    /// `Status`: Indicates whether the current payment session should be cancelled or completed. When `cancel` the payment session is cancelled. When `complete`, Twilio sends the payment information to the selected Pay Connector for processing.
    ///
    /// One of `complete`, `cancel`.
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::PaymentsStatus>,
    ) -> Self {
        self.op.status = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for UpdatePayments {
    type Output = crate::generated::types::ApiV2010AccountCallPayments;
}
impl crate::request::sealed::Operation for UpdatePayments {
    type Response = crate::generated::types::ApiV2010AccountCallPayments;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "UpdatePayments",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "IdempotencyKey" => {
                self.idempotency_key = ::std::option::Option::Some(value.to_owned());
            }
            "StatusCallback" => {
                self.status_callback = ::std::option::Option::Some(value.to_owned());
            }
            "Capture" => {
                self.capture = ::std::option::Option::Some(
                    crate::check::parse_text("Capture", value)?,
                );
            }
            "Status" => {
                self.status = ::std::option::Option::Some(
                    crate::check::parse_text("Status", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("UpdatePayments has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::pattern::<crate::generated::types::PkSid>("Sid", &self.sid, None)?;
        crate::check::required_text(
            "IdempotencyKey",
            Some("idempotency_key"),
            self.idempotency_key.as_deref(),
        )?;
        crate::check::required_text(
            "StatusCallback",
            Some("status_callback"),
            self.status_callback.as_deref(),
        )?;
        crate::check::url("StatusCallback", self.status_callback.as_deref())?;
        crate::check::one_of(
            "Capture",
            self.capture.as_ref(),
            &[
                "payment-card-number",
                "expiration-date",
                "security-code",
                "postal-code",
                "bank-routing-number",
                "bank-account-number",
                "payment-card-number-matcher",
                "expiration-date-matcher",
                "security-code-matcher",
                "postal-code-matcher",
            ],
        )?;
        crate::check::one_of("Status", self.status.as_ref(), &["complete", "cancel"])?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Payments/");
        wire.segment(&self.sid);
        wire.literal(".json");
        wire.form("IdempotencyKey", self.idempotency_key.as_slice());
        wire.form("StatusCallback", self.status_callback.as_slice());
        wire.form("Capture", self.capture.as_slice());
        wire.form("Status", self.status.as_slice());
    }
    fn idempotent(&self) -> bool {
        self.idempotency_key.is_some()
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallPayments {
        let _ = (request, path);
        response
    }
}
/// UpdateRealtimeTranscription: Stop a Transcription using either the SID of the Transcription resource or the `name` used when creating the resource
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json`. Sent as a [`Request<UpdateRealtimeTranscription>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct UpdateRealtimeTranscription {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    sid: ::std::string::String,
    status: ::std::option::Option<::twilio_calls::RealtimeTranscriptionUpdateStatus>,
}
impl UpdateRealtimeTranscription {
    /// A UpdateRealtimeTranscription request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            sid,
            status: ::std::default::Default::default(),
        }
    }
}
/// The parameters of UpdateRealtimeTranscription (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<UpdateRealtimeTranscription> {
    /// `Status` (UpdateRealtimeTranscription gives it no description).
    ///
    /// Required. One of `stopped`.
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<
            ::twilio_calls::RealtimeTranscriptionUpdateStatus,
        >,
    ) -> Self {
        self.op.status = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for UpdateRealtimeTranscription {
    type Output = crate::generated::types::ApiV2010AccountCallRealtimeTranscription;
}
impl crate::request::sealed::Operation for UpdateRealtimeTranscription {
    type Response = crate::generated::types::ApiV2010AccountCallRealtimeTranscription;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "UpdateRealtimeTranscription",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "Status" => {
                self.status = ::std::option::Option::Some(
                    crate::check::parse_text("Status", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!(
                            "UpdateRealtimeTranscription has no parameter {wire_name:?}"
                        ),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::required_text("Sid", None, Some(&self.sid))?;
        crate::check::required("Status", "status", self.status.is_some())?;
        crate::check::one_of("Status", self.status.as_ref(), &["stopped"])?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Transcriptions/");
        wire.segment(&self.sid);
        wire.literal(".json");
        wire.form("Status", self.status.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallRealtimeTranscription {
        let _ = (request, path);
        response
    }
}
/// UpdateSiprec: Stop a Siprec using either the SID of the Siprec resource or the `name` used when creating the resource
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json`. Sent as a [`Request<UpdateSiprec>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct UpdateSiprec {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    sid: ::std::string::String,
    status: ::std::option::Option<::twilio_calls::SiprecUpdateStatus>,
}
impl UpdateSiprec {
    /// A UpdateSiprec request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            sid,
            status: ::std::default::Default::default(),
        }
    }
}
/// The parameters of UpdateSiprec (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<UpdateSiprec> {
    /// `Status` (UpdateSiprec gives it no description).
    ///
    /// Required. One of `stopped`.
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::SiprecUpdateStatus>,
    ) -> Self {
        self.op.status = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for UpdateSiprec {
    type Output = crate::generated::types::ApiV2010AccountCallSiprec;
}
impl crate::request::sealed::Operation for UpdateSiprec {
    type Response = crate::generated::types::ApiV2010AccountCallSiprec;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "UpdateSiprec",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "Status" => {
                self.status = ::std::option::Option::Some(
                    crate::check::parse_text("Status", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("UpdateSiprec has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::required_text("Sid", None, Some(&self.sid))?;
        crate::check::required("Status", "status", self.status.is_some())?;
        crate::check::one_of("Status", self.status.as_ref(), &["stopped"])?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Siprec/");
        wire.segment(&self.sid);
        wire.literal(".json");
        wire.form("Status", self.status.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallSiprec {
        let _ = (request, path);
        response
    }
}
/// UpdateStream: Stop a Stream using either the SID of the Stream resource or the `name` used when creating the resource
///
/// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{Sid}.json`. Sent as a [`Request<UpdateStream>`](crate::Request), whose setters are the operation's parameters.
#[derive(Clone, Debug)]
pub struct UpdateStream {
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
    sid: ::std::string::String,
    status: ::std::option::Option<::twilio_calls::StreamUpdateStatus>,
}
impl UpdateStream {
    /// A UpdateStream request with its path parameters.
    #[allow(clippy::new_without_default)]
    pub(crate) fn new(
        account_sid: ::std::string::String,
        call_sid: ::std::string::String,
        sid: ::std::string::String,
    ) -> Self {
        Self {
            account_sid,
            call_sid,
            sid,
            status: ::std::default::Default::default(),
        }
    }
}
/// The parameters of UpdateStream (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{Sid}.json`), set with the methods of this `Request`.
impl crate::request::Request<UpdateStream> {
    /// `Status` (UpdateStream gives it no description).
    ///
    /// Required. One of `stopped`.
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<::twilio_calls::StreamUpdateStatus>,
    ) -> Self {
        self.op.status = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::request::Operation for UpdateStream {
    type Output = crate::generated::types::ApiV2010AccountCallStream;
}
impl crate::request::sealed::Operation for UpdateStream {
    type Response = crate::generated::types::ApiV2010AccountCallStream;
    const INFO: crate::http::OperationInfo = crate::http::OperationInfo {
        name: "UpdateStream",
        method: ::reqwest::Method::POST,
        idempotent: false,
        has_body: true,
        has_form: true,
        returns_page: false,
    };
    fn set(
        &mut self,
        wire_name: &str,
        value: &str,
    ) -> ::std::result::Result<(), crate::error::Error> {
        match wire_name {
            "Status" => {
                self.status = ::std::option::Option::Some(
                    crate::check::parse_text("Status", value)?,
                );
            }
            _ => {
                return ::std::result::Result::Err(
                    crate::error::Error::invalid(
                        "wire_name",
                        format!("UpdateStream has no parameter {wire_name:?}"),
                    ),
                );
            }
        }
        ::std::result::Result::Ok(())
    }
    fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
        crate::check::pattern::<
            crate::generated::types::AcSid,
        >("AccountSid", &self.account_sid, None)?;
        crate::check::pattern::<
            crate::generated::types::CaSid,
        >("CallSid", &self.call_sid, None)?;
        crate::check::required_text("Sid", None, Some(&self.sid))?;
        crate::check::required("Status", "status", self.status.is_some())?;
        crate::check::one_of("Status", self.status.as_ref(), &["stopped"])?;
        ::std::result::Result::Ok(())
    }
    fn write(&self, wire: &mut crate::request::wire::Wire) {
        wire.literal("/2010-04-01/Accounts/");
        wire.segment(&self.account_sid);
        wire.literal("/Calls/");
        wire.segment(&self.call_sid);
        wire.literal("/Streams/");
        wire.segment(&self.sid);
        wire.literal(".json");
        wire.form("Status", self.status.as_slice());
    }
    fn output(
        response: Self::Response,
        request: &crate::request::Request<Self>,
        path: &str,
    ) -> crate::generated::types::ApiV2010AccountCallStream {
        let _ = (request, path);
        response
    }
}
/// The Recordings of one call: from [`Calls::recordings`](crate::Calls::recordings).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | CreateCallRecording | [`create`](Self::create) → [`Request<CreateCallRecording>`](crate::Request) | [`CallRecording`] |
/// | FetchCallRecording | [`fetch`](Self::fetch) → [`Request<FetchCallRecording>`](crate::Request) | [`CallRecording`] |
/// | UpdateCallRecording | [`update`](Self::update) → [`Request<UpdateCallRecording>`](crate::Request) | [`CallRecording`] |
/// | DeleteCallRecording | [`delete`](Self::delete) → [`Request<DeleteCallRecording>`](crate::Request) | `()` |
/// | ListCallRecording | [`list`](Self::list) → [`Request<ListCallRecording>`](crate::Request) | [`Page<CallRecording>`](crate::Page) or a stream of [`CallRecording`] |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed directly (which sends it).
#[derive(Clone, Debug)]
pub struct CallRecordings {
    client: crate::client::Client,
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
}
impl CallRecordings {
    /// The SID of the call these Recordings belong to.
    pub fn call_sid(&self) -> &str {
        &self.call_sid
    }
    /// Create a recording for the call (CreateCallRecording).
    pub fn create(&self) -> crate::request::Request<CreateCallRecording> {
        crate::request::Request::new(
            self.client.clone(),
            CreateCallRecording::new(self.account_sid.clone(), self.call_sid.clone()),
        )
    }
    /// Fetch an instance of a recording for a call (FetchCallRecording).
    pub fn fetch(
        &self,
        sid: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::request::Request<FetchCallRecording> {
        crate::request::Request::new(
            self.client.clone(),
            FetchCallRecording::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
                sid.into(),
            ),
        )
    }
    /// Changes the status of the recording to paused, stopped, or in-progress. Note: Pass `Twilio.CURRENT` instead of recording sid to reference current active recording (UpdateCallRecording).
    pub fn update(
        &self,
        sid: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::request::Request<UpdateCallRecording> {
        crate::request::Request::new(
            self.client.clone(),
            UpdateCallRecording::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
                sid.into(),
            ),
        )
    }
    /// Delete a recording from your account (DeleteCallRecording).
    pub fn delete(
        &self,
        sid: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::request::Request<DeleteCallRecording> {
        crate::request::Request::new(
            self.client.clone(),
            DeleteCallRecording::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
                sid.into(),
            ),
        )
    }
    /// Retrieve a list of recordings belonging to the call used to make the request (ListCallRecording).
    pub fn list(&self) -> crate::request::Request<ListCallRecording> {
        crate::request::Request::new(
            self.client.clone(),
            ListCallRecording::new(self.account_sid.clone(), self.call_sid.clone()),
        )
    }
}
impl crate::calls::Calls {
    /// The Recordings of the call `call_sid` (see [`CallRecordings`]).
    pub fn recordings(
        &self,
        call_sid: impl ::std::convert::Into<::std::string::String>,
    ) -> CallRecordings {
        CallRecordings {
            client: self.client().clone(),
            account_sid: self.account_sid().to_owned(),
            call_sid: call_sid.into(),
        }
    }
}
/// The Payments of one call: from [`Calls::payments`](crate::Calls::payments).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | CreatePayments | [`create`](Self::create) → [`Request<CreatePayments>`](crate::Request) | [`Payments`] |
/// | UpdatePayments | [`update`](Self::update) → [`Request<UpdatePayments>`](crate::Request) | [`Payments`] |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed directly (which sends it).
#[derive(Clone, Debug)]
pub struct CallPayments {
    client: crate::client::Client,
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
}
impl CallPayments {
    /// The SID of the call these Payments belong to.
    pub fn call_sid(&self) -> &str {
        &self.call_sid
    }
    /// create an instance of payments. This will start a new payments session (CreatePayments).
    pub fn create(&self) -> crate::request::Request<CreatePayments> {
        crate::request::Request::new(
            self.client.clone(),
            CreatePayments::new(self.account_sid.clone(), self.call_sid.clone()),
        )
    }
    /// update an instance of payments with different phases of payment flows (UpdatePayments).
    pub fn update(
        &self,
        sid: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::request::Request<UpdatePayments> {
        crate::request::Request::new(
            self.client.clone(),
            UpdatePayments::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
                sid.into(),
            ),
        )
    }
}
impl crate::calls::Calls {
    /// The Payments of the call `call_sid` (see [`CallPayments`]).
    pub fn payments(
        &self,
        call_sid: impl ::std::convert::Into<::std::string::String>,
    ) -> CallPayments {
        CallPayments {
            client: self.client().clone(),
            account_sid: self.account_sid().to_owned(),
            call_sid: call_sid.into(),
        }
    }
}
/// The Transcriptions of one call: from [`Calls::transcriptions`](crate::Calls::transcriptions).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | CreateRealtimeTranscription | [`create`](Self::create) → [`Request<CreateRealtimeTranscription>`](crate::Request) | [`RealtimeTranscription`] |
/// | UpdateRealtimeTranscription | [`update`](Self::update) → [`Request<UpdateRealtimeTranscription>`](crate::Request) | [`RealtimeTranscription`] |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed directly (which sends it).
#[derive(Clone, Debug)]
pub struct CallTranscriptions {
    client: crate::client::Client,
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
}
impl CallTranscriptions {
    /// The SID of the call these Transcriptions belong to.
    pub fn call_sid(&self) -> &str {
        &self.call_sid
    }
    /// Create a Transcription (CreateRealtimeTranscription).
    pub fn create(&self) -> crate::request::Request<CreateRealtimeTranscription> {
        crate::request::Request::new(
            self.client.clone(),
            CreateRealtimeTranscription::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
            ),
        )
    }
    /// Stop a Transcription using either the SID of the Transcription resource or the `name` used when creating the resource (UpdateRealtimeTranscription).
    pub fn update(
        &self,
        sid: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::request::Request<UpdateRealtimeTranscription> {
        crate::request::Request::new(
            self.client.clone(),
            UpdateRealtimeTranscription::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
                sid.into(),
            ),
        )
    }
}
impl crate::calls::Calls {
    /// The Transcriptions of the call `call_sid` (see [`CallTranscriptions`]).
    pub fn transcriptions(
        &self,
        call_sid: impl ::std::convert::Into<::std::string::String>,
    ) -> CallTranscriptions {
        CallTranscriptions {
            client: self.client().clone(),
            account_sid: self.account_sid().to_owned(),
            call_sid: call_sid.into(),
        }
    }
}
/// The Siprec of one call: from [`Calls::siprec`](crate::Calls::siprec).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | CreateSiprec | [`create`](Self::create) → [`Request<CreateSiprec>`](crate::Request) | [`Siprec`] |
/// | UpdateSiprec | [`update`](Self::update) → [`Request<UpdateSiprec>`](crate::Request) | [`Siprec`] |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed directly (which sends it).
#[derive(Clone, Debug)]
pub struct CallSiprec {
    client: crate::client::Client,
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
}
impl CallSiprec {
    /// The SID of the call these Siprec belong to.
    pub fn call_sid(&self) -> &str {
        &self.call_sid
    }
    /// Create a Siprec (CreateSiprec).
    pub fn create(&self) -> crate::request::Request<CreateSiprec> {
        crate::request::Request::new(
            self.client.clone(),
            CreateSiprec::new(self.account_sid.clone(), self.call_sid.clone()),
        )
    }
    /// Stop a Siprec using either the SID of the Siprec resource or the `name` used when creating the resource (UpdateSiprec).
    pub fn update(
        &self,
        sid: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::request::Request<UpdateSiprec> {
        crate::request::Request::new(
            self.client.clone(),
            UpdateSiprec::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
                sid.into(),
            ),
        )
    }
}
impl crate::calls::Calls {
    /// The Siprec of the call `call_sid` (see [`CallSiprec`]).
    pub fn siprec(
        &self,
        call_sid: impl ::std::convert::Into<::std::string::String>,
    ) -> CallSiprec {
        CallSiprec {
            client: self.client().clone(),
            account_sid: self.account_sid().to_owned(),
            call_sid: call_sid.into(),
        }
    }
}
/// The Streams of one call: from [`Calls::streams`](crate::Calls::streams).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | CreateStream | [`create`](Self::create) → [`Request<CreateStream>`](crate::Request) | [`MediaStream`] |
/// | UpdateStream | [`update`](Self::update) → [`Request<UpdateStream>`](crate::Request) | [`MediaStream`] |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed directly (which sends it).
#[derive(Clone, Debug)]
pub struct CallStreams {
    client: crate::client::Client,
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
}
impl CallStreams {
    /// The SID of the call these Streams belong to.
    pub fn call_sid(&self) -> &str {
        &self.call_sid
    }
    /// Create a Stream (CreateStream).
    pub fn create(&self) -> crate::request::Request<CreateStream> {
        crate::request::Request::new(
            self.client.clone(),
            CreateStream::new(self.account_sid.clone(), self.call_sid.clone()),
        )
    }
    /// Stop a Stream using either the SID of the Stream resource or the `name` used when creating the resource (UpdateStream).
    pub fn update(
        &self,
        sid: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::request::Request<UpdateStream> {
        crate::request::Request::new(
            self.client.clone(),
            UpdateStream::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
                sid.into(),
            ),
        )
    }
}
impl crate::calls::Calls {
    /// The Streams of the call `call_sid` (see [`CallStreams`]).
    pub fn streams(
        &self,
        call_sid: impl ::std::convert::Into<::std::string::String>,
    ) -> CallStreams {
        CallStreams {
            client: self.client().clone(),
            account_sid: self.account_sid().to_owned(),
            call_sid: call_sid.into(),
        }
    }
}
/// The UserDefinedMessages of one call: from [`Calls::user_defined_messages`](crate::Calls::user_defined_messages).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | CreateUserDefinedMessage | [`create`](Self::create) → [`Request<CreateUserDefinedMessage>`](crate::Request) | [`UserDefinedMessage`] |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed directly (which sends it).
#[derive(Clone, Debug)]
pub struct CallUserDefinedMessages {
    client: crate::client::Client,
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
}
impl CallUserDefinedMessages {
    /// The SID of the call these UserDefinedMessages belong to.
    pub fn call_sid(&self) -> &str {
        &self.call_sid
    }
    /// Create a new User Defined Message for the given Call SID (CreateUserDefinedMessage).
    pub fn create(&self) -> crate::request::Request<CreateUserDefinedMessage> {
        crate::request::Request::new(
            self.client.clone(),
            CreateUserDefinedMessage::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
            ),
        )
    }
}
impl crate::calls::Calls {
    /// The UserDefinedMessages of the call `call_sid` (see [`CallUserDefinedMessages`]).
    pub fn user_defined_messages(
        &self,
        call_sid: impl ::std::convert::Into<::std::string::String>,
    ) -> CallUserDefinedMessages {
        CallUserDefinedMessages {
            client: self.client().clone(),
            account_sid: self.account_sid().to_owned(),
            call_sid: call_sid.into(),
        }
    }
}
/// The UserDefinedMessageSubscriptions of one call: from [`Calls::user_defined_message_subscriptions`](crate::Calls::user_defined_message_subscriptions).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | CreateUserDefinedMessageSubscription | [`create`](Self::create) → [`Request<CreateUserDefinedMessageSubscription>`](crate::Request) | [`UserDefinedMessageSubscription`] |
/// | DeleteUserDefinedMessageSubscription | [`delete`](Self::delete) → [`Request<DeleteUserDefinedMessageSubscription>`](crate::Request) | `()` |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed directly (which sends it).
#[derive(Clone, Debug)]
pub struct CallUserDefinedMessageSubscriptions {
    client: crate::client::Client,
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
}
impl CallUserDefinedMessageSubscriptions {
    /// The SID of the call these UserDefinedMessageSubscriptions belong to.
    pub fn call_sid(&self) -> &str {
        &self.call_sid
    }
    /// Subscribe to User Defined Messages for a given Call SID (CreateUserDefinedMessageSubscription).
    pub fn create(
        &self,
    ) -> crate::request::Request<CreateUserDefinedMessageSubscription> {
        crate::request::Request::new(
            self.client.clone(),
            CreateUserDefinedMessageSubscription::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
            ),
        )
    }
    /// Delete a specific User Defined Message Subscription (DeleteUserDefinedMessageSubscription).
    pub fn delete(
        &self,
        sid: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::request::Request<DeleteUserDefinedMessageSubscription> {
        crate::request::Request::new(
            self.client.clone(),
            DeleteUserDefinedMessageSubscription::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
                sid.into(),
            ),
        )
    }
}
impl crate::calls::Calls {
    /// The UserDefinedMessageSubscriptions of the call `call_sid` (see [`CallUserDefinedMessageSubscriptions`]).
    pub fn user_defined_message_subscriptions(
        &self,
        call_sid: impl ::std::convert::Into<::std::string::String>,
    ) -> CallUserDefinedMessageSubscriptions {
        CallUserDefinedMessageSubscriptions {
            client: self.client().clone(),
            account_sid: self.account_sid().to_owned(),
            call_sid: call_sid.into(),
        }
    }
}
/// The Notifications of one call: from [`Calls::notifications`](crate::Calls::notifications).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | FetchCallNotification | [`fetch`](Self::fetch) → [`Request<FetchCallNotification>`](crate::Request) | [`CallNotificationInstance`] |
/// | ListCallNotification | [`list`](Self::list) → [`Request<ListCallNotification>`](crate::Request) | [`Page<CallNotification>`](crate::Page) or a stream of [`CallNotification`] |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed directly (which sends it).
#[derive(Clone, Debug)]
pub struct CallNotifications {
    client: crate::client::Client,
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
}
impl CallNotifications {
    /// The SID of the call these Notifications belong to.
    pub fn call_sid(&self) -> &str {
        &self.call_sid
    }
    /// FetchCallNotification (FetchCallNotification).
    pub fn fetch(
        &self,
        sid: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::request::Request<FetchCallNotification> {
        crate::request::Request::new(
            self.client.clone(),
            FetchCallNotification::new(
                self.account_sid.clone(),
                self.call_sid.clone(),
                sid.into(),
            ),
        )
    }
    /// ListCallNotification (ListCallNotification).
    pub fn list(&self) -> crate::request::Request<ListCallNotification> {
        crate::request::Request::new(
            self.client.clone(),
            ListCallNotification::new(self.account_sid.clone(), self.call_sid.clone()),
        )
    }
}
impl crate::calls::Calls {
    /// The Notifications of the call `call_sid` (see [`CallNotifications`]).
    pub fn notifications(
        &self,
        call_sid: impl ::std::convert::Into<::std::string::String>,
    ) -> CallNotifications {
        CallNotifications {
            client: self.client().clone(),
            account_sid: self.account_sid().to_owned(),
            call_sid: call_sid.into(),
        }
    }
}
/// The Events of one call: from [`Calls::events`](crate::Calls::events).
///
/// | Operation | Request | Returns |
/// |---|---|---|
/// | ListCallEvent | [`list`](Self::list) → [`Request<ListCallEvent>`](crate::Request) | [`Page<CallEventResource>`](crate::Page) or a stream of [`CallEventResource`] |
///
/// Every request checks its parameters in `send()` before any I/O, and can be `.await`ed directly (which sends it).
#[derive(Clone, Debug)]
pub struct CallEvents {
    client: crate::client::Client,
    account_sid: ::std::string::String,
    call_sid: ::std::string::String,
}
impl CallEvents {
    /// The SID of the call these Events belong to.
    pub fn call_sid(&self) -> &str {
        &self.call_sid
    }
    /// Retrieve a list of all events for a call (ListCallEvent).
    pub fn list(&self) -> crate::request::Request<ListCallEvent> {
        crate::request::Request::new(
            self.client.clone(),
            ListCallEvent::new(self.account_sid.clone(), self.call_sid.clone()),
        )
    }
}
impl crate::calls::Calls {
    /// The Events of the call `call_sid` (see [`CallEvents`]).
    pub fn events(
        &self,
        call_sid: impl ::std::convert::Into<::std::string::String>,
    ) -> CallEvents {
        CallEvents {
            client: self.client().clone(),
            account_sid: self.account_sid().to_owned(),
            call_sid: call_sid.into(),
        }
    }
}
/// A Call resource as Twilio returns it from `CreateCall`, `FetchCall`, `ListCall`, `UpdateCall`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type Call = crate::generated::types::ApiV2010AccountCall;
/// A CallRecording resource as Twilio returns it from `CreateCallRecording`, `FetchCallRecording`, `ListCallRecording`, `UpdateCallRecording`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type CallRecording = crate::generated::types::ApiV2010AccountCallCallRecording;
/// A Payments resource as Twilio returns it from `CreatePayments`, `UpdatePayments`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type Payments = crate::generated::types::ApiV2010AccountCallPayments;
/// A RealtimeTranscription resource as Twilio returns it from `CreateRealtimeTranscription`, `UpdateRealtimeTranscription`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type RealtimeTranscription = crate::generated::types::ApiV2010AccountCallRealtimeTranscription;
/// A Siprec resource as Twilio returns it from `CreateSiprec`, `UpdateSiprec`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type Siprec = crate::generated::types::ApiV2010AccountCallSiprec;
/// A MediaStream resource as Twilio returns it from `CreateStream`, `UpdateStream`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type MediaStream = crate::generated::types::ApiV2010AccountCallStream;
/// A UserDefinedMessage resource as Twilio returns it from `CreateUserDefinedMessage`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type UserDefinedMessage = crate::generated::types::ApiV2010AccountCallUserDefinedMessage;
/// A UserDefinedMessageSubscription resource as Twilio returns it from `CreateUserDefinedMessageSubscription`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type UserDefinedMessageSubscription = crate::generated::types::ApiV2010AccountCallUserDefinedMessageSubscription;
/// A CallNotificationInstance resource as Twilio returns it from `FetchCallNotification`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type CallNotificationInstance = crate::generated::types::ApiV2010AccountCallCallNotificationInstance;
/// A CallEventResource resource as Twilio returns it from `ListCallEvent`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type CallEventResource = crate::generated::types::ApiV2010AccountCallCallEvent;
/// A CallNotification resource as Twilio returns it from `ListCallNotification`. Serializing it gives Twilio's JSON back; a field Twilio adds is ignored until the next regen.
pub type CallNotification = crate::generated::types::ApiV2010AccountCallCallNotification;
/// Every operation of the surface, as the spec describes it: what command lines and
/// spec-driven tests need to build requests by wire name
/// ([`Request::set`](crate::Request::set)).
pub static DESCRIPTIONS: &[crate::description::OperationDescription] = &[
    crate::description::OperationDescription {
        id: "CreateCall",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls.json",
        collection: ::std::option::Option::None,
        action: "create",
        summary: "Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that will create the resource.",
            },
            crate::description::ParameterDescription {
                wire: "To",
                setter: "to",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("endpoint"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The phone number, SIP address, or client identifier to call.",
            },
            crate::description::ParameterDescription {
                wire: "From",
                setter: "from",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("endpoint"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The phone number or client identifier to use as the caller id. If using a phone number, it must be a Twilio number or a Verified [outgoing caller id](https://www.twilio.com/docs/voice/api/outgoing-caller-ids) for your account. If the `to` parameter is a phone number, `From` must also be a phone number.",
            },
            crate::description::ParameterDescription {
                wire: "Method",
                setter: "method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method we should use when calling the `url` parameter's value. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.",
            },
            crate::description::ParameterDescription {
                wire: "FallbackUrl",
                setter: "fallback_url",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`. If an `application_sid` parameter is present, this parameter is ignored.",
            },
            crate::description::ParameterDescription {
                wire: "FallbackMethod",
                setter: "fallback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method that we should use to request the `fallback_url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallback",
                setter: "status_callback",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The URL we should call using the `status_callback_method` to send status information to your application. If no `status_callback_event` is specified, we will send the `completed` status. If an `application_sid` parameter is present, this parameter is ignored. URLs must contain a valid hostname (underscores are not permitted).",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallbackEvent",
                setter: "status_callback_event",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: true,
                format: ::std::option::Option::None,
                values: &["initiated", "ringing", "answered", "completed"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The call progress events that we will send to the `status_callback` URL. Can be: `initiated`, `ringing`, `answered`, and `completed`. If no event is specified, we send the `completed` status. If you want to receive multiple events, specify each one in a separate `status_callback_event` parameter. See the code sample for [monitoring call progress](https://www.twilio.com/docs/voice/api/call-resource?code-sample=code-create-a-call-resource-and-specify-a-statuscallbackevent&code-sdk-version=json). If an `application_sid` is present, this parameter is ignored.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallbackMethod",
                setter: "status_callback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method we should use when calling the `status_callback` URL. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.",
            },
            crate::description::ParameterDescription {
                wire: "SendDigits",
                setter: "send_digits",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(32usize),
                pattern: ::std::option::Option::Some("^[0-9A-DwW#*]*$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The string of keys to dial after connecting to the number, with a maximum length of 32 digits. Valid digits in the string include any digit (`0`-`9`), '`A`', '`B`', '`C`', '`D`', '`#`', and '`*`'. You can also use '`w`' to insert a half-second pause and '`W`' to insert a one-second pause. For example, to pause for one second after connecting and then dial extension 1234 followed by the # key, set this parameter to `W1234#`. Be sure to URL-encode this string because the '`#`' character has special meaning in a URL. If both `SendDigits` and `MachineDetection` parameters are provided, then `MachineDetection` will be ignored.",
            },
            crate::description::ParameterDescription {
                wire: "Timeout",
                setter: "timeout",
                location: crate::description::Location::Body,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::Some(1i64),
                maximum: ::std::option::Option::Some(600i64),
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The integer number of seconds that we should allow the phone to ring before assuming there is no answer. The default is `60` seconds and the maximum is `600` seconds. For some call flows, we will add a 5-second buffer to the timeout value you provide. For this reason, a timeout value of 10 seconds could result in an actual timeout closer to 15 seconds. You can set this to a short time, such as `15` seconds, to hang up before reaching an answering machine or voicemail.",
            },
            crate::description::ParameterDescription {
                wire: "Record",
                setter: "record",
                location: crate::description::Location::Body,
                required: false,
                kind: "boolean",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Whether to record the call. Can be `true` to record the phone call, or `false` to not. The default is `false`. The `recording_url` is sent to the `status_callback` URL.",
            },
            crate::description::ParameterDescription {
                wire: "RecordingChannels",
                setter: "recording_channels",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["mono", "dual"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The number of channels in the final recording. Can be: `mono` or `dual`. The default is `mono`. `mono` records both legs of the call in a single channel of the recording file. `dual` records each leg to a separate channel of the recording file. The first channel of a dual-channel recording contains the parent call and the second channel contains the child call.",
            },
            crate::description::ParameterDescription {
                wire: "RecordingStatusCallback",
                setter: "recording_status_callback",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The URL that we call when the recording is available to be accessed.",
            },
            crate::description::ParameterDescription {
                wire: "RecordingStatusCallbackMethod",
                setter: "recording_status_callback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method we should use when calling the `recording_status_callback` URL. Can be: `GET` or `POST` and the default is `POST`.",
            },
            crate::description::ParameterDescription {
                wire: "SipAuthUsername",
                setter: "sip_auth_username",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The username used to authenticate the caller making a SIP call.",
            },
            crate::description::ParameterDescription {
                wire: "SipAuthPassword",
                setter: "sip_auth_password",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The password required to authenticate the user account specified in `sip_auth_username`.",
            },
            crate::description::ParameterDescription {
                wire: "MachineDetection",
                setter: "machine_detection",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["Enable", "DetectMessageEnd"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Whether to detect if a human, answering machine, or fax has picked up the call. Can be: `Enable` or `DetectMessageEnd`. Use `Enable` if you would like us to return `AnsweredBy` as soon as the called party is identified. Use `DetectMessageEnd`, if you would like to leave a message on an answering machine. If `send_digits` is provided, this parameter is ignored. For more information, see [Answering Machine Detection](https://www.twilio.com/docs/voice/answering-machine-detection).",
            },
            crate::description::ParameterDescription {
                wire: "MachineDetectionTimeout",
                setter: "machine_detection_timeout",
                location: crate::description::Location::Body,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::Some(3i64),
                maximum: ::std::option::Option::Some(59i64),
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The number of seconds that we should attempt to detect an answering machine before timing out and sending a voice request with `AnsweredBy` of `unknown`. The default timeout is 30 seconds.",
            },
            crate::description::ParameterDescription {
                wire: "RecordingStatusCallbackEvent",
                setter: "recording_status_callback_event",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: true,
                format: ::std::option::Option::None,
                values: &["in-progress", "completed", "absent"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The recording status events that will trigger calls to the URL specified in `recording_status_callback`. Can be: `in-progress`, `completed` and `absent`. Defaults to `completed`. Separate  multiple values with a space.",
            },
            crate::description::ParameterDescription {
                wire: "Trim",
                setter: "trim",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["trim-silence", "do-not-trim"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Whether to trim any leading and trailing silence from the recording. Can be: `trim-silence` or `do-not-trim` and the default is `trim-silence`.",
            },
            crate::description::ParameterDescription {
                wire: "CallerId",
                setter: "caller_id",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The phone number, SIP address, or Client identifier that made this call. Phone numbers are in [E.164 format](https://wwnw.twilio.com/docs/glossary/what-e164) (e.g., +16175551212). SIP addresses are formatted as `name@company.com`.",
            },
            crate::description::ParameterDescription {
                wire: "MachineDetectionSpeechThreshold",
                setter: "machine_detection_speech_threshold",
                location: crate::description::Location::Body,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::Some(1000i64),
                maximum: ::std::option::Option::Some(6000i64),
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The number of milliseconds that is used as the measuring stick for the length of the speech activity, where durations lower than this value will be interpreted as a human and longer than this value as a machine. Possible Values: 1000-6000. Default: 2400.",
            },
            crate::description::ParameterDescription {
                wire: "MachineDetectionSpeechEndThreshold",
                setter: "machine_detection_speech_end_threshold",
                location: crate::description::Location::Body,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::Some(500i64),
                maximum: ::std::option::Option::Some(5000i64),
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The number of milliseconds of silence after speech activity at which point the speech activity is considered complete. Possible Values: 500-5000. Default: 1200.",
            },
            crate::description::ParameterDescription {
                wire: "MachineDetectionSilenceTimeout",
                setter: "machine_detection_silence_timeout",
                location: crate::description::Location::Body,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::Some(2000i64),
                maximum: ::std::option::Option::Some(10000i64),
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The number of milliseconds of initial silence after which an `unknown` AnsweredBy result will be returned. Possible Values: 2000-10000. Default: 5000.",
            },
            crate::description::ParameterDescription {
                wire: "AsyncAmd",
                setter: "async_amd",
                location: crate::description::Location::Body,
                required: false,
                kind: "boolean",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Select whether to perform answering machine detection in the background. Default, blocks the execution of the call until Answering Machine Detection is completed. Can be: `true` or `false`.",
            },
            crate::description::ParameterDescription {
                wire: "AsyncAmdStatusCallback",
                setter: "async_amd_status_callback",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The URL that we should call using the `async_amd_status_callback_method` to notify customer application whether the call was answered by human, machine or fax.",
            },
            crate::description::ParameterDescription {
                wire: "AsyncAmdStatusCallbackMethod",
                setter: "async_amd_status_callback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method we should use when calling the `async_amd_status_callback` URL. Can be: `GET` or `POST` and the default is `POST`.",
            },
            crate::description::ParameterDescription {
                wire: "Byoc",
                setter: "byoc",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^BY[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of a BYOC (Bring Your Own Carrier) trunk to route this call with. Note that `byoc` is only meaningful when `to` is a phone number; it will otherwise be ignored. (Beta)",
            },
            crate::description::ParameterDescription {
                wire: "CallReason",
                setter: "call_reason",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The Reason for the outgoing call. Use it to specify the purpose of the call that is presented on the called party's phone. (Branded Calls Beta)",
            },
            crate::description::ParameterDescription {
                wire: "CallToken",
                setter: "call_token",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A token string needed to invoke a forwarded call. A call_token is generated when an incoming call is received on a Twilio number. Pass an incoming call's call_token value to a forwarded call via the call_token parameter when creating a new call. A forwarded call should bear the same CallerID of the original incoming call.",
            },
            crate::description::ParameterDescription {
                wire: "RecordingTrack",
                setter: "recording_track",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["inbound", "outbound", "both"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The audio track to record for the call. Can be: `inbound`, `outbound` or `both`. The default is `both`. `inbound` records the audio that is received by Twilio. `outbound` records the audio that is generated from Twilio. `both` records the audio that is received and generated by Twilio.",
            },
            crate::description::ParameterDescription {
                wire: "TimeLimit",
                setter: "time_limit",
                location: crate::description::Location::Body,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The maximum duration of the call in seconds. Constraints depend on account and configuration.",
            },
            crate::description::ParameterDescription {
                wire: "ClientNotificationUrl",
                setter: "client_notification_url",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The URL that we should use to deliver `push call notification`.",
            },
            crate::description::ParameterDescription {
                wire: "Url",
                setter: "url",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The absolute URL that returns the TwiML instructions for the call. We will call this URL using the `method` when the call connects. For more information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-calls#specify-a-url-parameter) section in [Making Calls](https://www.twilio.com/docs/voice/make-calls).",
            },
            crate::description::ParameterDescription {
                wire: "Twiml",
                setter: "twiml",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("twiml"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(4000usize),
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "TwiML instructions for the call Twilio will use without fetching Twiml from url parameter. If both `twiml` and `url` are provided then `twiml` parameter will be ignored. Max 4000 characters.",
            },
            crate::description::ParameterDescription {
                wire: "ApplicationSid",
                setter: "application_sid",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AP[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the Application resource that will handle the call, if the call will be handled by an application.",
            },
        ],
        exactly_one_of: &[&["Url", "Twiml", "ApplicationSid"]],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "CreateCallRecording",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json",
        collection: ::std::option::Option::Some("recordings"),
        action: "create",
        summary: "Create a recording for the call",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that will create the resource.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) to associate the resource with.",
            },
            crate::description::ParameterDescription {
                wire: "RecordingStatusCallbackEvent",
                setter: "recording_status_callback_event",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: true,
                format: ::std::option::Option::None,
                values: &["in-progress", "completed", "absent"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The recording status events on which we should call the `recording_status_callback` URL. Can be: `in-progress`, `completed` and `absent` and the default is `completed`. Separate multiple event values with a space.",
            },
            crate::description::ParameterDescription {
                wire: "RecordingStatusCallback",
                setter: "recording_status_callback",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The URL we should call using the `recording_status_callback_method` on each recording event specified in  `recording_status_callback_event`. For more information, see [RecordingStatusCallback parameters](https://www.twilio.com/docs/voice/api/recording#recordingstatuscallback).",
            },
            crate::description::ParameterDescription {
                wire: "RecordingStatusCallbackMethod",
                setter: "recording_status_callback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method we should use to call `recording_status_callback`. Can be: `GET` or `POST` and the default is `POST`.",
            },
            crate::description::ParameterDescription {
                wire: "Trim",
                setter: "trim",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["trim-silence", "do-not-trim"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Whether to trim any leading and trailing silence in the recording. Can be: `trim-silence` or `do-not-trim` and the default is `do-not-trim`. `trim-silence` trims the silence from the beginning and end of the recording and `do-not-trim` does not.",
            },
            crate::description::ParameterDescription {
                wire: "RecordingChannels",
                setter: "recording_channels",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["mono", "dual"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The number of channels used in the recording. Can be: `mono` or `dual` and the default is `mono`. `mono` records all parties of the call into one channel. `dual` records each party of a 2-party call into separate channels.",
            },
            crate::description::ParameterDescription {
                wire: "RecordingTrack",
                setter: "recording_track",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["inbound", "outbound", "both"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The audio track to record for the call. Can be: `inbound`, `outbound` or `both`. The default is `both`. `inbound` records the audio that is received by Twilio. `outbound` records the audio that is generated from Twilio. `both` records the audio that is received and generated by Twilio.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "CreatePayments",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json",
        collection: ::std::option::Option::Some("payments"),
        action: "create",
        summary: "create an instance of payments. This will start a new payments session",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that will create the resource.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the call that will create the resource. Call leg associated with this sid is expected to provide payment information thru DTMF.",
            },
            crate::description::ParameterDescription {
                wire: "IdempotencyKey",
                setter: "idempotency_key",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A unique token that will be used to ensure that multiple API calls with the same information do not result in multiple transactions. This should be a unique string value per API call and can be a randomly generated.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallback",
                setter: "status_callback",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Provide an absolute or relative URL to receive status updates regarding your Pay session. Read more about the [expected StatusCallback values](https://www.twilio.com/docs/voice/api/payment-resource#statuscallback)",
            },
            crate::description::ParameterDescription {
                wire: "BankAccountType",
                setter: "bank_account_type",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[
                    "consumer-checking",
                    "consumer-savings",
                    "commercial-checking",
                ],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Type of bank account if payment source is ACH. One of `consumer-checking`, `consumer-savings`, or `commercial-checking`. The default value is `consumer-checking`.",
            },
            crate::description::ParameterDescription {
                wire: "ChargeAmount",
                setter: "charge_amount",
                location: crate::description::Location::Body,
                required: false,
                kind: "number",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A positive decimal value less than 1,000,000 to charge against the credit card or bank account. Default currency can be overwritten with `currency` field. Leave blank or set to 0 to tokenize.",
            },
            crate::description::ParameterDescription {
                wire: "Currency",
                setter: "currency",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The currency of the `charge_amount`, formatted as [ISO 4127](http://www.iso.org/iso/home/standards/currency_codes.htm) format. The default value is `USD` and all values allowed from the Pay Connector are accepted.",
            },
            crate::description::ParameterDescription {
                wire: "Description",
                setter: "description",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The description can be used to provide more details regarding the transaction. This information is submitted along with the payment details to the Payment Connector which are then posted on the transactions.",
            },
            crate::description::ParameterDescription {
                wire: "Input",
                setter: "input",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A list of inputs that should be accepted. Currently only `dtmf` is supported. All digits captured during a pay session are redacted from the logs.",
            },
            crate::description::ParameterDescription {
                wire: "MinPostalCodeLength",
                setter: "min_postal_code_length",
                location: crate::description::Location::Body,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A positive integer that is used to validate the length of the `PostalCode` inputted by the user. User must enter this many digits.",
            },
            crate::description::ParameterDescription {
                wire: "Parameter",
                setter: "parameter",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A single-level JSON object used to pass custom parameters to payment processors. (Required for ACH payments). The information that has to be included here depends on the <Pay> Connector. [Read more](https://www.twilio.com/console/voice/pay-connectors).",
            },
            crate::description::ParameterDescription {
                wire: "PaymentConnector",
                setter: "payment_connector",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "This is the unique name corresponding to the Pay Connector installed in the Twilio Add-ons. Learn more about [<Pay> Connectors](https://www.twilio.com/console/voice/pay-connectors). The default value is `Default`.",
            },
            crate::description::ParameterDescription {
                wire: "PaymentMethod",
                setter: "payment_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["credit-card", "ach-debit"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Type of payment being captured. One of `credit-card` or `ach-debit`. The default value is `credit-card`.",
            },
            crate::description::ParameterDescription {
                wire: "PostalCode",
                setter: "postal_code",
                location: crate::description::Location::Body,
                required: false,
                kind: "boolean",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Indicates whether the credit card postal code (zip code) is a required piece of payment information that must be provided by the caller. The default is `true`.",
            },
            crate::description::ParameterDescription {
                wire: "SecurityCode",
                setter: "security_code",
                location: crate::description::Location::Body,
                required: false,
                kind: "boolean",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Indicates whether the credit card security code is a required piece of payment information that must be provided by the caller. The default is `true`.",
            },
            crate::description::ParameterDescription {
                wire: "Timeout",
                setter: "timeout",
                location: crate::description::Location::Body,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The number of seconds that <Pay> should wait for the caller to press a digit between each subsequent digit, after the first one, before moving on to validate the digits captured. The default is `5`, maximum is `600`.",
            },
            crate::description::ParameterDescription {
                wire: "TokenType",
                setter: "token_type",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["one-time", "reusable", "payment-method"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Indicates whether the payment method should be tokenized as a `one-time`, `reusable`, or `payment-method` token. The default value is `reusable`. Do not enter a charge amount when tokenizing. If a charge amount is entered, the payment method will be charged and not tokenized.",
            },
            crate::description::ParameterDescription {
                wire: "ValidCardTypes",
                setter: "valid_card_types",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Credit card types separated by space that Pay should accept. The default value is `visa mastercard amex`",
            },
            crate::description::ParameterDescription {
                wire: "RequireMatchingInputs",
                setter: "require_matching_inputs",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A comma-separated list of payment information fields that require the caller to enter the same value twice for confirmation. Supported values are `payment-card-number`, `expiration-date`, `security-code`, and `postal-code`.",
            },
            crate::description::ParameterDescription {
                wire: "Confirmation",
                setter: "confirmation",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["true", "false"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Whether to prompt the caller to confirm their payment information before submitting to the payment gateway. If `true`, the caller will hear the last 4 digits of their card or account number and must press 1 to confirm or 2 to cancel. Default is `false`.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "CreateRealtimeTranscription",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json",
        collection: ::std::option::Option::Some("transcriptions"),
        action: "create",
        summary: "Create a Transcription",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Transcription resource.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Transcription resource is associated with.",
            },
            crate::description::ParameterDescription {
                wire: "Name",
                setter: "name",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The user-specified name of this Transcription, if one was given when the Transcription was created. This may be used to stop the Transcription.",
            },
            crate::description::ParameterDescription {
                wire: "Track",
                setter: "track",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["inbound_track", "outbound_track", "both_tracks"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "One of `inbound_track`, `outbound_track`, `both_tracks`.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallbackUrl",
                setter: "status_callback_url",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Absolute URL of the status callback.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallbackMethod",
                setter: "status_callback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The http method for the status_callback (one of GET, POST).",
            },
            crate::description::ParameterDescription {
                wire: "InboundTrackLabel",
                setter: "inbound_track_label",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Friendly name given to the Inbound Track",
            },
            crate::description::ParameterDescription {
                wire: "OutboundTrackLabel",
                setter: "outbound_track_label",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Friendly name given to the Outbound Track",
            },
            crate::description::ParameterDescription {
                wire: "PartialResults",
                setter: "partial_results",
                location: crate::description::Location::Body,
                required: false,
                kind: "boolean",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Indicates if partial results are going to be sent to the customer",
            },
            crate::description::ParameterDescription {
                wire: "LanguageCode",
                setter: "language_code",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Language code used by the transcription engine, specified in [BCP-47](https://www.rfc-editor.org/rfc/bcp/bcp47.txt) format",
            },
            crate::description::ParameterDescription {
                wire: "TranscriptionEngine",
                setter: "transcription_engine",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Definition of the transcription engine to be used, among those supported by Twilio",
            },
            crate::description::ParameterDescription {
                wire: "ProfanityFilter",
                setter: "profanity_filter",
                location: crate::description::Location::Body,
                required: false,
                kind: "boolean",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "indicates if the server will attempt to filter out profanities, replacing all but the initial character in each filtered word with asterisks",
            },
            crate::description::ParameterDescription {
                wire: "SpeechModel",
                setter: "speech_model",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Recognition model used by the transcription engine, among those supported by the provider",
            },
            crate::description::ParameterDescription {
                wire: "Hints",
                setter: "hints",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A Phrase contains words and phrase \"hints\" so that the speech recognition engine is more likely to recognize them.",
            },
            crate::description::ParameterDescription {
                wire: "EnableAutomaticPunctuation",
                setter: "enable_automatic_punctuation",
                location: crate::description::Location::Body,
                required: false,
                kind: "boolean",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The provider will add punctuation to recognition result",
            },
            crate::description::ParameterDescription {
                wire: "IntelligenceService",
                setter: "intelligence_service",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID or unique name of the [Intelligence Service](https://www.twilio.com/docs/conversational-intelligence/api/service-resource) for persisting transcripts and running post-call Language Operators",
            },
            crate::description::ParameterDescription {
                wire: "ConversationConfiguration",
                setter: "conversation_configuration",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The ID of the Conversations Configuration for customizing conversation behavior in Intelligence Service",
            },
            crate::description::ParameterDescription {
                wire: "ConversationId",
                setter: "conversation_id",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The ID of the Conversation for associating this Transcription with an existing Conversation in Intelligence Service",
            },
            crate::description::ParameterDescription {
                wire: "ConfigurationId",
                setter: "configuration_id",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The ID of the RealTimeTranscription Configuration for configuring all the non-default behaviors in one go.",
            },
            crate::description::ParameterDescription {
                wire: "EnableProviderData",
                setter: "enable_provider_data",
                location: crate::description::Location::Body,
                required: false,
                kind: "boolean",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Whether the callback includes raw provider data.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "CreateSiprec",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec.json",
        collection: ::std::option::Option::Some("siprec"),
        action: "create",
        summary: "Create a Siprec",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Siprec resource.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Siprec resource is associated with.",
            },
            crate::description::ParameterDescription {
                wire: "Name",
                setter: "name",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The user-specified name of this Siprec, if one was given when the Siprec was created. This may be used to stop the Siprec.",
            },
            crate::description::ParameterDescription {
                wire: "ConnectorName",
                setter: "connector_name",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Unique name used when configuring the connector via Marketplace Add-on.",
            },
            crate::description::ParameterDescription {
                wire: "Track",
                setter: "track",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["inbound_track", "outbound_track", "both_tracks"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "One of `inbound_track`, `outbound_track`, `both_tracks`.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallback",
                setter: "status_callback",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Absolute URL of the status callback.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallbackMethod",
                setter: "status_callback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The http method for the status_callback (one of GET, POST).",
            },
            crate::description::ParameterDescription {
                wire: "Parameter",
                setter: "parameter",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: true,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &["Name", "Value"],
                max_items: ::std::option::Option::Some(99usize),
                description: "Numbered from 1 to 99, one row per set. `Parameter{n}.Name`: Parameter name; `Parameter{n}.Value`: Parameter value.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "CreateStream",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json",
        collection: ::std::option::Option::Some("streams"),
        action: "create",
        summary: "Create a Stream",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Stream resource.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Stream resource is associated with.",
            },
            crate::description::ParameterDescription {
                wire: "Url",
                setter: "url",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("websocket-url"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Relative or absolute URL where WebSocket connection will be established.",
            },
            crate::description::ParameterDescription {
                wire: "Name",
                setter: "name",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The user-specified name of this Stream, if one was given when the Stream was created. This can be used to stop the Stream.",
            },
            crate::description::ParameterDescription {
                wire: "Track",
                setter: "track",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["inbound_track", "outbound_track", "both_tracks"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The tracks to be included in the Stream. Possible values are `inbound_track`, `outbound_track`, `both_tracks`. Default value is `inbound_track`.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallback",
                setter: "status_callback",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Absolute URL to which Twilio sends status callback HTTP requests.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallbackMethod",
                setter: "status_callback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method Twilio uses when sending `status_callback` requests. Possible values are `GET` and `POST`. Default is `POST`.",
            },
            crate::description::ParameterDescription {
                wire: "Parameter",
                setter: "parameter",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: true,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &["Name", "Value"],
                max_items: ::std::option::Option::Some(99usize),
                description: "Numbered from 1 to 99, one row per set. `Parameter{n}.Name`: Parameter name; `Parameter{n}.Value`: Parameter value.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "CreateUserDefinedMessage",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json",
        collection: ::std::option::Option::Some("user_defined_messages"),
        action: "create",
        summary: "Create a new User Defined Message for the given Call SID.",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created User Defined Message.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message is associated with.",
            },
            crate::description::ParameterDescription {
                wire: "Content",
                setter: "content",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The User Defined Message in the form of URL-encoded JSON string.",
            },
            crate::description::ParameterDescription {
                wire: "IdempotencyKey",
                setter: "idempotency_key",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A unique string value to identify API call. This should be a unique string value per API call and can be a randomly generated.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "CreateUserDefinedMessageSubscription",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json",
        collection: ::std::option::Option::Some("user_defined_message_subscriptions"),
        action: "create",
        summary: "Subscribe to User Defined Messages for a given Call SID.",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that subscribed to the User Defined Messages.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Messages subscription is associated with. This refers to the Call SID that is producing the user defined messages.",
            },
            crate::description::ParameterDescription {
                wire: "Callback",
                setter: "callback",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The URL we should call using the `method` to send user defined events to your application. URLs must contain a valid hostname (underscores are not permitted).",
            },
            crate::description::ParameterDescription {
                wire: "IdempotencyKey",
                setter: "idempotency_key",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A unique string value to identify API call. This should be a unique string value per API call and can be a randomly generated.",
            },
            crate::description::ParameterDescription {
                wire: "Method",
                setter: "method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method Twilio will use when requesting the above `Url`. Either `GET` or `POST`. Default is `POST`.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "DeleteCall",
        method: "DELETE",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
        collection: ::std::option::Option::None,
        action: "delete",
        summary: "Delete a Call record from your account. Once the record is deleted, it will no longer appear in the API and Account Portal logs.",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call resource(s) to delete.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The Twilio-provided Call SID that uniquely identifies the Call resource to delete",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "DeleteCallRecording",
        method: "DELETE",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
        collection: ::std::option::Option::Some("recordings"),
        action: "delete",
        summary: "Delete a recording from your account",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Recording resources to delete.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the resources to delete.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^RE[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The Twilio-provided string that uniquely identifies the Recording resource to delete.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "DeleteUserDefinedMessageSubscription",
        method: "DELETE",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json",
        collection: ::std::option::Option::Some("user_defined_message_subscriptions"),
        action: "delete",
        summary: "Delete a specific User Defined Message Subscription.",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that subscribed to the User Defined Messages.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message Subscription is associated with. This refers to the Call SID that is producing the User Defined Messages.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^ZY[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID that uniquely identifies this User Defined Message Subscription.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "FetchCall",
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
        collection: ::std::option::Option::None,
        action: "fetch",
        summary: "Fetch the call specified by the provided Call SID",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call resource(s) to fetch.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the Call resource to fetch.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "FetchCallNotification",
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json",
        collection: ::std::option::Option::Some("notifications"),
        action: "fetch",
        summary: "",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call Notification resource to fetch.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the Call Notification resource to fetch.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^NO[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The Twilio-provided string that uniquely identifies the Call Notification resource to fetch.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "FetchCallRecording",
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
        collection: ::std::option::Option::Some("recordings"),
        action: "fetch",
        summary: "Fetch an instance of a recording for a call",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Recording resource to fetch.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the resource to fetch.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^RE[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The Twilio-provided string that uniquely identifies the Recording resource to fetch.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "ListCall",
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls.json",
        collection: ::std::option::Option::None,
        action: "list",
        summary: "Retrieves a collection of calls made to and from your account",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call resource(s) to read.",
            },
            crate::description::ParameterDescription {
                wire: "To",
                setter: "to",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("phone-number"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only show calls made to this phone number, SIP address, Client identifier or SIM SID.",
            },
            crate::description::ParameterDescription {
                wire: "From",
                setter: "from",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("phone-number"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only include calls from this phone number, SIP address, Client identifier or SIM SID.",
            },
            crate::description::ParameterDescription {
                wire: "ParentCallSid",
                setter: "parent_call_sid",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only include calls spawned by calls with this SID.",
            },
            crate::description::ParameterDescription {
                wire: "Status",
                setter: "status",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[
                    "queued",
                    "ringing",
                    "in-progress",
                    "completed",
                    "busy",
                    "failed",
                    "no-answer",
                    "canceled",
                ],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The status of the calls to include. Can be: `queued`, `ringing`, `in-progress`, `canceled`, `completed`, `failed`, `busy`, or `no-answer`.",
            },
            crate::description::ParameterDescription {
                wire: "StartTime",
                setter: "start_time",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date-or-date-time"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only include calls that started on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on this date.",
            },
            crate::description::ParameterDescription {
                wire: "StartTime<",
                setter: "start_time_before",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date-or-date-time"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only include calls that started before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started before this date.",
            },
            crate::description::ParameterDescription {
                wire: "StartTime>",
                setter: "start_time_after",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date-or-date-time"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only include calls that started on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on or after this date.",
            },
            crate::description::ParameterDescription {
                wire: "EndTime",
                setter: "end_time",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date-or-date-time"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only include calls that ended on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on this date.",
            },
            crate::description::ParameterDescription {
                wire: "EndTime<",
                setter: "end_time_before",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date-or-date-time"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only include calls that ended before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended before this date.",
            },
            crate::description::ParameterDescription {
                wire: "EndTime>",
                setter: "end_time_after",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date-or-date-time"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only include calls that ended on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on or after this date.",
            },
            crate::description::ParameterDescription {
                wire: "PageSize",
                setter: "page_size",
                location: crate::description::Location::Query,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::Some("int64"),
                values: &[],
                minimum: ::std::option::Option::Some(1i64),
                maximum: ::std::option::Option::Some(1000i64),
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "How many resources to return in each list page. The default is 50, and the maximum is 1000.",
            },
            crate::description::ParameterDescription {
                wire: "Page",
                setter: "page",
                location: crate::description::Location::Query,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::Some(0i64),
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The page index. This value is simply for client state.",
            },
            crate::description::ParameterDescription {
                wire: "PageToken",
                setter: "page_token",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The page token. This is provided by the API.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "ListCallEvent",
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json",
        collection: ::std::option::Option::Some("events"),
        action: "list",
        summary: "Retrieve a list of all events for a call.",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The unique SID identifier of the Account.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The unique SID identifier of the Call.",
            },
            crate::description::ParameterDescription {
                wire: "PageSize",
                setter: "page_size",
                location: crate::description::Location::Query,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::Some("int64"),
                values: &[],
                minimum: ::std::option::Option::Some(1i64),
                maximum: ::std::option::Option::Some(1000i64),
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "How many resources to return in each list page. The default is 50, and the maximum is 1000.",
            },
            crate::description::ParameterDescription {
                wire: "Page",
                setter: "page",
                location: crate::description::Location::Query,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::Some(0i64),
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The page index. This value is simply for client state.",
            },
            crate::description::ParameterDescription {
                wire: "PageToken",
                setter: "page_token",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The page token. This is provided by the API.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "ListCallNotification",
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json",
        collection: ::std::option::Option::Some("notifications"),
        action: "list",
        summary: "",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call Notification resources to read.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the Call Notification resources to read.",
            },
            crate::description::ParameterDescription {
                wire: "Log",
                setter: "log",
                location: crate::description::Location::Query,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only read notifications of the specified log level. Can be:  `0` to read only ERROR notifications or `1` to read only WARNING notifications. By default, all notifications are read.",
            },
            crate::description::ParameterDescription {
                wire: "MessageDate",
                setter: "message_date",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only show notifications for the specified date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or `>=YYYY-MM-DD` for messages logged at or after midnight on a date.",
            },
            crate::description::ParameterDescription {
                wire: "MessageDate<",
                setter: "message_date_before",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only show notifications for the specified date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or `>=YYYY-MM-DD` for messages logged at or after midnight on a date.",
            },
            crate::description::ParameterDescription {
                wire: "MessageDate>",
                setter: "message_date_after",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Only show notifications for the specified date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or `>=YYYY-MM-DD` for messages logged at or after midnight on a date.",
            },
            crate::description::ParameterDescription {
                wire: "PageSize",
                setter: "page_size",
                location: crate::description::Location::Query,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::Some("int64"),
                values: &[],
                minimum: ::std::option::Option::Some(1i64),
                maximum: ::std::option::Option::Some(1000i64),
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "How many resources to return in each list page. The default is 50, and the maximum is 1000.",
            },
            crate::description::ParameterDescription {
                wire: "Page",
                setter: "page",
                location: crate::description::Location::Query,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::Some(0i64),
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The page index. This value is simply for client state.",
            },
            crate::description::ParameterDescription {
                wire: "PageToken",
                setter: "page_token",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The page token. This is provided by the API.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "ListCallRecording",
        method: "GET",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json",
        collection: ::std::option::Option::Some("recordings"),
        action: "list",
        summary: "Retrieve a list of recordings belonging to the call used to make the request",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Recording resources to read.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the resources to read.",
            },
            crate::description::ParameterDescription {
                wire: "DateCreated",
                setter: "date_created",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read. You can also specify inequality: `DateCreated<=YYYY-MM-DD` will return recordings generated at or before midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings generated at or after midnight on a date.",
            },
            crate::description::ParameterDescription {
                wire: "DateCreated<",
                setter: "date_created_before",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read. You can also specify inequality: `DateCreated<=YYYY-MM-DD` will return recordings generated at or before midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings generated at or after midnight on a date.",
            },
            crate::description::ParameterDescription {
                wire: "DateCreated>",
                setter: "date_created_after",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("date"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read. You can also specify inequality: `DateCreated<=YYYY-MM-DD` will return recordings generated at or before midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings generated at or after midnight on a date.",
            },
            crate::description::ParameterDescription {
                wire: "PageSize",
                setter: "page_size",
                location: crate::description::Location::Query,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::Some("int64"),
                values: &[],
                minimum: ::std::option::Option::Some(1i64),
                maximum: ::std::option::Option::Some(1000i64),
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "How many resources to return in each list page. The default is 50, and the maximum is 1000.",
            },
            crate::description::ParameterDescription {
                wire: "Page",
                setter: "page",
                location: crate::description::Location::Query,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::Some(0i64),
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The page index. This value is simply for client state.",
            },
            crate::description::ParameterDescription {
                wire: "PageToken",
                setter: "page_token",
                location: crate::description::Location::Query,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The page token. This is provided by the API.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "UpdateCall",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
        collection: ::std::option::Option::None,
        action: "update",
        summary: "Initiates a call redirect or terminates a call",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call resource(s) to update.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The Twilio-provided string that uniquely identifies the Call resource to update",
            },
            crate::description::ParameterDescription {
                wire: "Url",
                setter: "url",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The absolute URL that returns the TwiML instructions for the call. We will call this URL using the `method` when the call connects. For more information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-calls#specify-a-url-parameter) section in [Making Calls](https://www.twilio.com/docs/voice/make-calls).",
            },
            crate::description::ParameterDescription {
                wire: "Method",
                setter: "method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method we should use when calling the `url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.",
            },
            crate::description::ParameterDescription {
                wire: "Status",
                setter: "status",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["canceled", "completed"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "",
            },
            crate::description::ParameterDescription {
                wire: "FallbackUrl",
                setter: "fallback_url",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`. If an `application_sid` parameter is present, this parameter is ignored.",
            },
            crate::description::ParameterDescription {
                wire: "FallbackMethod",
                setter: "fallback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method that we should use to request the `fallback_url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallback",
                setter: "status_callback",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The URL we should call using the `status_callback_method` to send status information to your application. If no `status_callback_event` is specified, we will send the `completed` status. If an `application_sid` parameter is present, this parameter is ignored. URLs must contain a valid hostname (underscores are not permitted).",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallbackMethod",
                setter: "status_callback_method",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("http-method"),
                values: &["GET", "POST"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The HTTP method we should use when requesting the `status_callback` URL. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.",
            },
            crate::description::ParameterDescription {
                wire: "Twiml",
                setter: "twiml",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("twiml"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(4000usize),
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "TwiML instructions for the call Twilio will use without fetching Twiml from url. Twiml and url parameters are mutually exclusive",
            },
            crate::description::ParameterDescription {
                wire: "TimeLimit",
                setter: "time_limit",
                location: crate::description::Location::Body,
                required: false,
                kind: "integer",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The maximum duration of the call in seconds. Constraints depend on account and configuration.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[&["Url", "Twiml"]],
    },
    crate::description::OperationDescription {
        id: "UpdateCallRecording",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
        collection: ::std::option::Option::Some("recordings"),
        action: "update",
        summary: "Changes the status of the recording to paused, stopped, or in-progress. Note: Pass `Twilio.CURRENT` instead of recording sid to reference current active recording.",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Recording resource to update.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the resource to update.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The Twilio-provided string that uniquely identifies the Recording resource to update.",
            },
            crate::description::ParameterDescription {
                wire: "Status",
                setter: "status",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[
                    "in-progress",
                    "paused",
                    "stopped",
                    "processing",
                    "completed",
                    "absent",
                ],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The status of the recording. Can be: `processing`, `completed` and `absent`. For more detailed statuses on in-progress recordings, check out how to [Update a Recording Resource](https://www.twilio.com/docs/voice/api/recording#update-a-recording-resource).",
            },
            crate::description::ParameterDescription {
                wire: "PauseBehavior",
                setter: "pause_behavior",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["skip", "silence"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Whether to record during a pause. Can be: `skip` or `silence` and the default is `silence`. `skip` does not record during the pause period, while `silence` will replace the actual audio of the call with silence during the pause period. This parameter only applies when setting `status` is set to `paused`.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "UpdatePayments",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json",
        collection: ::std::option::Option::Some("payments"),
        action: "update",
        summary: "update an instance of payments with different phases of payment flows.",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that will update the resource.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the call that will update the resource. This should be the same call sid that was used to create payments resource.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^PK[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of Payments session that needs to be updated.",
            },
            crate::description::ParameterDescription {
                wire: "IdempotencyKey",
                setter: "idempotency_key",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "A unique token that will be used to ensure that multiple API calls with the same information do not result in multiple transactions. This should be a unique string value per API call and can be a randomly generated.",
            },
            crate::description::ParameterDescription {
                wire: "StatusCallback",
                setter: "status_callback",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::Some("uri"),
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Provide an absolute or relative URL to receive status updates regarding your Pay session. Read more about the [Update](https://www.twilio.com/docs/voice/api/payment-resource#statuscallback-update) and [Complete/Cancel](https://www.twilio.com/docs/voice/api/payment-resource#statuscallback-cancelcomplete) POST requests.",
            },
            crate::description::ParameterDescription {
                wire: "Capture",
                setter: "capture",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[
                    "payment-card-number",
                    "expiration-date",
                    "security-code",
                    "postal-code",
                    "bank-routing-number",
                    "bank-account-number",
                    "payment-card-number-matcher",
                    "expiration-date-matcher",
                    "security-code-matcher",
                    "postal-code-matcher",
                ],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The piece of payment information that you wish the caller to enter. Must be one of `payment-card-number`, `expiration-date`, `security-code`, `postal-code`, `bank-routing-number`, `bank-account-number`, or their `-matcher` variants for input confirmation when `RequireMatchingInputs` is enabled.",
            },
            crate::description::ParameterDescription {
                wire: "Status",
                setter: "status",
                location: crate::description::Location::Body,
                required: false,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["complete", "cancel"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "Indicates whether the current payment session should be cancelled or completed. When `cancel` the payment session is cancelled. When `complete`, Twilio sends the payment information to the selected Pay Connector for processing.",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "UpdateRealtimeTranscription",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json",
        collection: ::std::option::Option::Some("transcriptions"),
        action: "update",
        summary: "Stop a Transcription using either the SID of the Transcription resource or the `name` used when creating the resource",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Transcription resource.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Transcription resource is associated with.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the Transcription resource, or the `name` used when creating the resource",
            },
            crate::description::ParameterDescription {
                wire: "Status",
                setter: "status",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["stopped"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "UpdateSiprec",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json",
        collection: ::std::option::Option::Some("siprec"),
        action: "update",
        summary: "Stop a Siprec using either the SID of the Siprec resource or the `name` used when creating the resource",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Siprec resource.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Siprec resource is associated with.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the Siprec resource, or the `name` used when creating the resource",
            },
            crate::description::ParameterDescription {
                wire: "Status",
                setter: "status",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["stopped"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
    crate::description::OperationDescription {
        id: "UpdateStream",
        method: "POST",
        path: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{Sid}.json",
        collection: ::std::option::Option::Some("streams"),
        action: "update",
        summary: "Stop a Stream using either the SID of the Stream resource or the `name` used when creating the resource",
        parameters: &[
            crate::description::ParameterDescription {
                wire: "AccountSid",
                setter: "account_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^AC[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Stream resource.",
            },
            crate::description::ParameterDescription {
                wire: "CallSid",
                setter: "call_sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::Some(34usize),
                pattern: ::std::option::Option::Some("^CA[0-9a-fA-F]{32}$"),
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Stream resource is associated with.",
            },
            crate::description::ParameterDescription {
                wire: "Sid",
                setter: "sid",
                location: crate::description::Location::Path,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &[],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "The SID or the `name` of the Stream resource to be stopped",
            },
            crate::description::ParameterDescription {
                wire: "Status",
                setter: "status",
                location: crate::description::Location::Body,
                required: true,
                kind: "string",
                repeated: false,
                format: ::std::option::Option::None,
                values: &["stopped"],
                minimum: ::std::option::Option::None,
                maximum: ::std::option::Option::None,
                max_length: ::std::option::Option::None,
                pattern: ::std::option::Option::None,
                family: &[],
                max_items: ::std::option::Option::None,
                description: "",
            },
        ],
        exactly_one_of: &[],
        at_most_one_of: &[],
    },
];
/// The request of the operation `id`, its path parameters given by `path` (by wire
/// name), or `None` for an id the surface does not have (see `crate::dynamic`).
pub(crate) fn dynamic_request(
    client: &crate::client::Client,
    id: &str,
    path: &mut dyn ::std::ops::FnMut(
        &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::error::Error>,
) -> ::std::result::Result<
    ::std::option::Option<crate::dynamic::Erased>,
    crate::error::Error,
> {
    ::std::result::Result::Ok(
        ::std::option::Option::Some(
            match id {
                "CreateCall" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            CreateCall::new(path("AccountSid")?),
                        ),
                    )
                }
                "CreateCallRecording" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            CreateCallRecording::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                            ),
                        ),
                    )
                }
                "CreatePayments" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            CreatePayments::new(path("AccountSid")?, path("CallSid")?),
                        ),
                    )
                }
                "CreateRealtimeTranscription" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            CreateRealtimeTranscription::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                            ),
                        ),
                    )
                }
                "CreateSiprec" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            CreateSiprec::new(path("AccountSid")?, path("CallSid")?),
                        ),
                    )
                }
                "CreateStream" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            CreateStream::new(path("AccountSid")?, path("CallSid")?),
                        ),
                    )
                }
                "CreateUserDefinedMessage" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            CreateUserDefinedMessage::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                            ),
                        ),
                    )
                }
                "CreateUserDefinedMessageSubscription" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            CreateUserDefinedMessageSubscription::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                            ),
                        ),
                    )
                }
                "DeleteCall" => {
                    crate::dynamic::no_content(
                        crate::request::Request::new(
                            client.clone(),
                            DeleteCall::new(path("AccountSid")?, path("Sid")?),
                        ),
                    )
                }
                "DeleteCallRecording" => {
                    crate::dynamic::no_content(
                        crate::request::Request::new(
                            client.clone(),
                            DeleteCallRecording::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                                path("Sid")?,
                            ),
                        ),
                    )
                }
                "DeleteUserDefinedMessageSubscription" => {
                    crate::dynamic::no_content(
                        crate::request::Request::new(
                            client.clone(),
                            DeleteUserDefinedMessageSubscription::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                                path("Sid")?,
                            ),
                        ),
                    )
                }
                "FetchCall" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            FetchCall::new(path("AccountSid")?, path("Sid")?),
                        ),
                    )
                }
                "FetchCallNotification" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            FetchCallNotification::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                                path("Sid")?,
                            ),
                        ),
                    )
                }
                "FetchCallRecording" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            FetchCallRecording::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                                path("Sid")?,
                            ),
                        ),
                    )
                }
                "ListCall" => {
                    crate::dynamic::list(
                        crate::request::Request::new(
                            client.clone(),
                            ListCall::new(path("AccountSid")?),
                        ),
                    )
                }
                "ListCallEvent" => {
                    crate::dynamic::list(
                        crate::request::Request::new(
                            client.clone(),
                            ListCallEvent::new(path("AccountSid")?, path("CallSid")?),
                        ),
                    )
                }
                "ListCallNotification" => {
                    crate::dynamic::list(
                        crate::request::Request::new(
                            client.clone(),
                            ListCallNotification::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                            ),
                        ),
                    )
                }
                "ListCallRecording" => {
                    crate::dynamic::list(
                        crate::request::Request::new(
                            client.clone(),
                            ListCallRecording::new(path("AccountSid")?, path("CallSid")?),
                        ),
                    )
                }
                "UpdateCall" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            UpdateCall::new(path("AccountSid")?, path("Sid")?),
                        ),
                    )
                }
                "UpdateCallRecording" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            UpdateCallRecording::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                                path("Sid")?,
                            ),
                        ),
                    )
                }
                "UpdatePayments" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            UpdatePayments::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                                path("Sid")?,
                            ),
                        ),
                    )
                }
                "UpdateRealtimeTranscription" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            UpdateRealtimeTranscription::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                                path("Sid")?,
                            ),
                        ),
                    )
                }
                "UpdateSiprec" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            UpdateSiprec::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                                path("Sid")?,
                            ),
                        ),
                    )
                }
                "UpdateStream" => {
                    crate::dynamic::one(
                        crate::request::Request::new(
                            client.clone(),
                            UpdateStream::new(
                                path("AccountSid")?,
                                path("CallSid")?,
                                path("Sid")?,
                            ),
                        ),
                    )
                }
                _ => return ::std::result::Result::Ok(::std::option::Option::None),
            },
        ),
    )
}
