#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`AcSid`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AcSid(::std::string::String);
    impl ::std::ops::Deref for AcSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AcSid> for ::std::string::String {
        fn from(value: AcSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AcSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 34usize {
                return Err("longer than 34 characters".into());
            }
            if value.chars().count() < 34usize {
                return Err("shorter than 34 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^AC[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^AC[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AcSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AcSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AcSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ApiV2010AccountCall`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCall {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Call resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///Either `human` or `machine` if this call was initiated with answering machine detection. Empty otherwise.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub answered_by: ::std::option::Option<::twilio_calls::AnsweredBy>,
        ///The API version used to create the call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        ///The caller's name if this call was an incoming call to a phone number with caller ID Lookup enabled. Otherwise, empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub caller_name: ::std::option::Option<::std::string::String>,
        ///The date and time in UTC that this resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The date and time in UTC that this resource was last updated, specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::twilio_calls::Timestamp>,
        ///A string describing the direction of the call. Can be: `inbound` for inbound calls, `outbound-api` for calls initiated via the REST API or `outbound-dial` for calls initiated by a `<Dial>` verb. Using [Elastic SIP Trunking](https://www.twilio.com/docs/sip-trunking), the values can be [`trunking-terminating`](https://www.twilio.com/docs/sip-trunking#termination) for outgoing calls from your communications infrastructure to the PSTN or [`trunking-originating`](https://www.twilio.com/docs/sip-trunking#origination) for incoming calls to your communications infrastructure from the PSTN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<::twilio_calls::CallDirection>,
        ///The length of the call in seconds. This value is empty for busy, failed, unanswered, or ongoing calls.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<::std::string::String>,
        ///The time the call ended, given as UTC in [RFC 2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822) format. Empty if the call did not complete successfully.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end_time: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The forwarding phone number if this call was an incoming call forwarded from another number (depends on carrier supporting forwarding). Otherwise, empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub forwarded_from: ::std::option::Option<::std::string::String>,
        ///The phone number, SIP address, Client identifier or SIM SID that made this call. Phone numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +16175551212). SIP addresses are formatted as `name@company.com`. Client identifiers are formatted `client:name`. SIM SIDs are formatted as `sim:sid`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from: ::std::option::Option<::std::string::String>,
        ///The calling phone number, SIP address, or Client identifier formatted for display. Non-North American phone numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +442071838750).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub from_formatted: ::std::option::Option<::std::string::String>,
        ///The Group SID associated with this call. If no Group is associated with the call, the field is empty.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group_sid: ::std::option::Option<::std::string::String>,
        ///The SID that identifies the call that created this leg.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parent_call_sid: ::std::option::Option<::std::string::String>,
        ///If the call was inbound, this is the SID of the IncomingPhoneNumber resource that received the call. If the call was outbound, it is the SID of the OutgoingCallerId resource from which the call was placed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number_sid: ::std::option::Option<::std::string::String>,
        ///The charge for this call, in the currency associated with the account. Populated after the call is completed. May not be immediately available. The price associated with a call only reflects the charge for connectivity.  Charges for other call-related features such as Answering Machine Detection, Text-To-Speech, and SIP REFER are not included in this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<::std::string::String>,
        ///The currency in which `Price` is measured, in [ISO 4127](https://www.iso.org/iso/home/standards/currency_codes.htm) format (e.g., `USD`, `EUR`, `JPY`). Always capitalized for calls.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_unit: ::std::option::Option<::std::string::String>,
        ///The wait time in milliseconds before the call is placed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub queue_time: ::std::option::Option<::std::string::String>,
        ///The unique string that we created to identify this Call resource.
        pub sid: ::std::string::String,
        ///The start time of the call, given as UTC in [RFC 2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822) format. Empty if the call has not yet been dialed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The status of this call. Can be: `queued`, `ringing`, `in-progress`, `canceled`, `completed`, `failed`, `busy` or `no-answer`. See [Call Status Values](https://www.twilio.com/docs/voice/api/call-resource#call-status-values) below for more information.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::twilio_calls::CallStatus>,
        ///A list of subresources available to this call, identified by their URIs relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub subresource_uris: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///The phone number, SIP address, Client identifier or SIM SID that received this call. Phone numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +16175551212). SIP addresses are formatted as `name@company.com`. Client identifiers are formatted `client:name`. SIM SIDs are formatted as `sim:sid`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to: ::std::option::Option<::std::string::String>,
        ///The phone number, SIP address or Client identifier that received this call. Formatted for display. Non-North American phone numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +442071838750).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub to_formatted: ::std::option::Option<::std::string::String>,
        ///The unique identifier of the trunk resource that was used for this call. The field is empty if the call was not made using a SIP trunk or if the call is not terminated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trunk_sid: ::std::option::Option<::std::string::String>,
        ///The URI of this resource, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    ///`ApiV2010AccountCallCallEvent`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct ApiV2010AccountCallCallEvent {
        ///Contains a dictionary representing the request of the call.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request: ::std::option::Option<::serde_json::Value>,
        ///Contains a dictionary representing the call response, including a list of the call events.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response: ::std::option::Option<::serde_json::Value>,
    }
    ///`ApiV2010AccountCallCallNotification`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCallCallNotification {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call Notification resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The API version used to create the Call Notification resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        ///The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Call Notification resource is associated with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT that the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The date and time in GMT that the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::twilio_calls::Timestamp>,
        ///A unique error code for the error condition that is described in our [Error Dictionary](https://www.twilio.com/docs/api/errors).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        ///An integer log level that corresponds to the type of notification: `0` is ERROR, `1` is WARNING.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub log: ::std::option::Option<::std::string::String>,
        ///The date the notification was actually generated in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format. Message buffering can cause this value to differ from `date_created`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_date: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The text of the notification.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_text: ::std::option::Option<::std::string::String>,
        ///The URL for more information about the error condition. This value is a page in our [Error Dictionary](https://www.twilio.com/docs/api/errors).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub more_info: ::std::option::Option<::std::string::String>,
        ///The HTTP method used to generate the notification. If the notification was generated during a phone call, this is the HTTP Method used to request the resource on your server. If the notification was generated by your use of our REST API, this is the HTTP method used to call the resource on our servers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///The URL of the resource that generated the notification. If the notification was generated during a phone call, this is the URL of the resource on your server that caused the notification. If the notification was generated by your use of our REST API, this is the URL of the resource you called.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_url: ::std::option::Option<::std::string::String>,
        ///The unique string that that we created to identify the Call Notification resource.
        pub sid: ::std::string::String,
        ///The URI of the resource, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    ///`ApiV2010AccountCallCallNotificationInstance`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCallCallNotificationInstance {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call Notification resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The API version used to create the Call Notification resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        ///The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Call Notification resource is associated with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT that the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The date and time in GMT that the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::twilio_calls::Timestamp>,
        ///A unique error code for the error condition that is described in our [Error Dictionary](https://www.twilio.com/docs/api/errors).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        ///An integer log level that corresponds to the type of notification: `0` is ERROR, `1` is WARNING.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub log: ::std::option::Option<::std::string::String>,
        ///The date the notification was actually generated in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format. Message buffering can cause this value to differ from `date_created`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_date: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The text of the notification.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message_text: ::std::option::Option<::std::string::String>,
        ///The URL for more information about the error condition. This value is a page in our [Error Dictionary](https://www.twilio.com/docs/api/errors).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub more_info: ::std::option::Option<::std::string::String>,
        ///The HTTP method used to generate the notification. If the notification was generated during a phone call, this is the HTTP Method used to request the resource on your server. If the notification was generated by your use of our REST API, this is the HTTP method used to call the resource on our servers.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///The URL of the resource that generated the notification. If the notification was generated during a phone call, this is the URL of the resource on your server that caused the notification. If the notification was generated by your use of our REST API, this is the URL of the resource you called.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_url: ::std::option::Option<::std::string::String>,
        ///The HTTP GET or POST variables we sent to your server. However, if the notification was generated by our REST API, this contains the HTTP POST or PUT variables you sent to our API.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub request_variables: ::std::option::Option<::std::string::String>,
        ///The HTTP body returned by your server.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_body: ::std::option::Option<::std::string::String>,
        ///The HTTP headers returned by your server.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response_headers: ::std::option::Option<::std::string::String>,
        ///The unique string that that we created to identify the Call Notification resource.
        pub sid: ::std::string::String,
        ///The URI of the resource, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    ///`ApiV2010AccountCallCallRecording`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCallCallRecording {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Recording resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The API version used to make the recording.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub api_version: ::std::option::Option<::std::string::String>,
        ///The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Recording resource is associated with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_sid: ::std::option::Option<::std::string::String>,
        ///The number of channels in the final recording file.  Can be: `1`, or `2`. Separating a two leg call into two separate channels of the recording file is supported in [Dial](https://www.twilio.com/docs/voice/twiml/dial#attributes-record) and [Outbound Rest API](https://www.twilio.com/docs/voice/make-calls) record options.
        #[serde(default = "defaults::api_v2010_account_call_call_recording_channels")]
        pub channels: ::std::option::Option<i64>,
        ///The Conference SID that identifies the conference associated with the recording, if a conference recording.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub conference_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT that the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The date and time in GMT that the resource was last updated, specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The length of the recording in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub duration: ::std::option::Option<::std::string::String>,
        ///How to decrypt the recording if it was encrypted using [Call Recording Encryption](https://www.twilio.com/docs/voice/tutorials/voice-recording-encryption) feature.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub encryption_details: ::std::option::Option<::serde_json::Value>,
        ///The error code that describes why the recording is `absent`. The error code is described in our [Error Dictionary](https://www.twilio.com/docs/api/errors). This value is null if the recording `status` is not `absent`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<i64>,
        ///The one-time cost of creating the recording in the `price_unit` currency.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price: ::std::option::Option<::std::string::String>,
        ///The currency used in the `price` property. Example: `USD`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub price_unit: ::std::option::Option<::std::string::String>,
        ///The unique string that that we created to identify the Recording resource.
        pub sid: ::std::string::String,
        ///How the recording was created. Can be: `DialVerb`, `Conference`, `OutboundAPI`, `Trunking`, `RecordVerb`, `StartCallRecordingAPI`, and `StartConferenceRecordingAPI`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<::twilio_calls::CallRecordingSource>,
        ///The start time of the recording in GMT and in [RFC 2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start_time: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The status of the recording. Can be: `processing`, `completed` and `absent`. For more detailed statuses on in-progress recordings, check out how to [Update a Recording Resource](https://www.twilio.com/docs/voice/api/recording#update-a-recording-resource).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::twilio_calls::CallRecordingStatus>,
        ///The recorded track. Can be: `inbound`, `outbound`, or `both`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub track: ::std::option::Option<::std::string::String>,
        ///The URI of the resource, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    ///`ApiV2010AccountCallPayments`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCallPayments {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Payments resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Payments resource is associated with. This will refer to the call sid that is producing the payment card (credit/ACH) information thru DTMF.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT that the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The date and time in GMT that the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The SID of the Payments resource.
        pub sid: ::std::string::String,
        ///The URI of the resource, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    ///`ApiV2010AccountCallRealtimeTranscription`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCallRealtimeTranscription {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Transcription resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Transcription resource is associated with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT that this resource was last updated, specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The user-specified name of this Transcription, if one was given when the Transcription was created. This may be used to stop the Transcription.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The SID of the Transcription resource.
        pub sid: ::std::string::String,
        ///The status - one of `stopped`, `in-flight`
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::twilio_calls::RealtimeTranscriptionStatus>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    ///`ApiV2010AccountCallSiprec`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCallSiprec {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Siprec resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Siprec resource is associated with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT that this resource was last updated, specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The user-specified name of this Siprec, if one was given when the Siprec was created. This may be used to stop the Siprec.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The SID of the Siprec resource.
        pub sid: ::std::string::String,
        ///The status - one of `stopped`, `in-progress`
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::twilio_calls::SiprecStatus>,
        ///The URI of the resource, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    ///`ApiV2010AccountCallStream`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCallStream {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Stream resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Stream resource is associated with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_sid: ::std::option::Option<::std::string::String>,
        ///The date and time in GMT that this resource was last updated, specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_updated: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The user-specified name of this Stream, if one was given when the Stream was created. This can be used to stop the Stream.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The SID of the Stream resource.
        pub sid: ::std::string::String,
        ///The status of the Stream. Possible values are `stopped` and `in-progress`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::twilio_calls::StreamStatus>,
        ///The URI of the resource, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    ///`ApiV2010AccountCallUserDefinedMessage`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCallUserDefinedMessage {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created User Defined Message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message is associated with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_sid: ::std::option::Option<::std::string::String>,
        ///The date that this User Defined Message was created, given in RFC 2822 format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The SID that uniquely identifies this User Defined Message.
        pub sid: ::std::string::String,
    }
    ///`ApiV2010AccountCallUserDefinedMessageSubscription`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ApiV2010AccountCallUserDefinedMessageSubscription {
        ///The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that subscribed to the User Defined Messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account_sid: ::std::option::Option<::std::string::String>,
        ///The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message Subscription is associated with. This refers to the Call SID that is producing the User Defined Messages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub call_sid: ::std::option::Option<::std::string::String>,
        ///The date that this User Defined Message Subscription was created, given in RFC 2822 format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub date_created: ::std::option::Option<::twilio_calls::Timestamp>,
        ///The SID that uniquely identifies this User Defined Message Subscription.
        pub sid: ::std::string::String,
        ///The URI of the User Defined Message Subscription Resource, relative to `https://api.twilio.com`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uri: ::std::option::Option<::std::string::String>,
    }
    ///`CaSid`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CaSid(::std::string::String);
    impl ::std::ops::Deref for CaSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CaSid> for ::std::string::String {
        fn from(value: CaSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CaSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 34usize {
                return Err("longer than 34 characters".into());
            }
            if value.chars().count() < 34usize {
                return Err("shorter than 34 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^CA[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^CA[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CaSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CaSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CaSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreateCallRecordingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CreateCallRecordingRequest {
        ///The number of channels used in the recording. Can be: `mono` or `dual` and the default is `mono`. `mono` records all parties of the call into one channel. `dual` records each party of a 2-party call into separate channels.
        #[serde(
            rename = "RecordingChannels",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recording_channels: ::std::option::Option<::twilio_calls::RecordingChannels>,
        ///The URL we should call using the `recording_status_callback_method` on each recording event specified in  `recording_status_callback_event`. For more information, see [RecordingStatusCallback parameters](https://www.twilio.com/docs/voice/api/recording#recordingstatuscallback).
        #[serde(
            rename = "RecordingStatusCallback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recording_status_callback: ::std::option::Option<::std::string::String>,
        ///The recording status events on which we should call the `recording_status_callback` URL. Can be: `in-progress`, `completed` and `absent` and the default is `completed`. Separate multiple event values with a space.
        #[serde(
            rename = "RecordingStatusCallbackEvent",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub recording_status_callback_event: ::std::vec::Vec<
            ::twilio_calls::RecordingEvent,
        >,
        ///The HTTP method we should use to call `recording_status_callback`. Can be: `GET` or `POST` and the default is `POST`.
        #[serde(
            rename = "RecordingStatusCallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recording_status_callback_method: ::std::option::Option<
            ::twilio_calls::HttpMethod,
        >,
        ///The audio track to record for the call. Can be: `inbound`, `outbound` or `both`. The default is `both`. `inbound` records the audio that is received by Twilio. `outbound` records the audio that is generated from Twilio. `both` records the audio that is received and generated by Twilio.
        #[serde(
            rename = "RecordingTrack",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recording_track: ::std::option::Option<::twilio_calls::RecordingTrack>,
        ///Whether to trim any leading and trailing silence in the recording. Can be: `trim-silence` or `do-not-trim` and the default is `do-not-trim`. `trim-silence` trims the silence from the beginning and end of the recording and `do-not-trim` does not.
        #[serde(rename = "Trim", skip_serializing_if = "::std::option::Option::is_none")]
        pub trim: ::std::option::Option<::twilio_calls::Trim>,
    }
    ///`CreateCallRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateCallRequest {
        ///The SID of the Application resource that will handle the call, if the call will be handled by an application.
        #[serde(
            rename = "ApplicationSid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub application_sid: ::std::option::Option<CreateCallRequestApplicationSid>,
        ///Select whether to perform answering machine detection in the background. Default, blocks the execution of the call until Answering Machine Detection is completed. Can be: `true` or `false`.
        #[serde(
            rename = "AsyncAmd",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub async_amd: ::std::option::Option<bool>,
        ///The URL that we should call using the `async_amd_status_callback_method` to notify customer application whether the call was answered by human, machine or fax.
        #[serde(
            rename = "AsyncAmdStatusCallback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub async_amd_status_callback: ::std::option::Option<::std::string::String>,
        ///The HTTP method we should use when calling the `async_amd_status_callback` URL. Can be: `GET` or `POST` and the default is `POST`.
        #[serde(
            rename = "AsyncAmdStatusCallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub async_amd_status_callback_method: ::std::option::Option<
            ::twilio_calls::HttpMethod,
        >,
        ///The SID of a BYOC (Bring Your Own Carrier) trunk to route this call with. Note that `byoc` is only meaningful when `to` is a phone number; it will otherwise be ignored. (Beta)
        #[serde(rename = "Byoc", skip_serializing_if = "::std::option::Option::is_none")]
        pub byoc: ::std::option::Option<CreateCallRequestByoc>,
        ///The Reason for the outgoing call. Use it to specify the purpose of the call that is presented on the called party's phone. (Branded Calls Beta)
        #[serde(
            rename = "CallReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_reason: ::std::option::Option<::std::string::String>,
        ///A token string needed to invoke a forwarded call. A call_token is generated when an incoming call is received on a Twilio number. Pass an incoming call's call_token value to a forwarded call via the call_token parameter when creating a new call. A forwarded call should bear the same CallerID of the original incoming call.
        #[serde(
            rename = "CallToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub call_token: ::std::option::Option<::std::string::String>,
        ///The phone number, SIP address, or Client identifier that made this call. Phone numbers are in [E.164 format](https://wwnw.twilio.com/docs/glossary/what-e164) (e.g., +16175551212). SIP addresses are formatted as `name@company.com`.
        #[serde(
            rename = "CallerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub caller_id: ::std::option::Option<::std::string::String>,
        ///The URL that we should use to deliver `push call notification`.
        #[serde(
            rename = "ClientNotificationUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub client_notification_url: ::std::option::Option<::std::string::String>,
        ///The HTTP method that we should use to request the `fallback_url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
        #[serde(
            rename = "FallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fallback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`. If an `application_sid` parameter is present, this parameter is ignored.
        #[serde(
            rename = "FallbackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fallback_url: ::std::option::Option<::std::string::String>,
        ///The phone number or client identifier to use as the caller id. If using a phone number, it must be a Twilio number or a Verified [outgoing caller id](https://www.twilio.com/docs/voice/api/outgoing-caller-ids) for your account. If the `to` parameter is a phone number, `From` must also be a phone number.
        #[serde(rename = "From")]
        pub from: ::std::string::String,
        ///Whether to detect if a human, answering machine, or fax has picked up the call. Can be: `Enable` or `DetectMessageEnd`. Use `Enable` if you would like us to return `AnsweredBy` as soon as the called party is identified. Use `DetectMessageEnd`, if you would like to leave a message on an answering machine. If `send_digits` is provided, this parameter is ignored. For more information, see [Answering Machine Detection](https://www.twilio.com/docs/voice/answering-machine-detection).
        #[serde(
            rename = "MachineDetection",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub machine_detection: ::std::option::Option<::twilio_calls::MachineDetection>,
        ///The number of milliseconds of initial silence after which an `unknown` AnsweredBy result will be returned. Possible Values: 2000-10000. Default: 5000.
        #[serde(
            rename = "MachineDetectionSilenceTimeout",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub machine_detection_silence_timeout: ::std::option::Option<i64>,
        ///The number of milliseconds of silence after speech activity at which point the speech activity is considered complete. Possible Values: 500-5000. Default: 1200.
        #[serde(
            rename = "MachineDetectionSpeechEndThreshold",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub machine_detection_speech_end_threshold: ::std::option::Option<i64>,
        ///The number of milliseconds that is used as the measuring stick for the length of the speech activity, where durations lower than this value will be interpreted as a human and longer than this value as a machine. Possible Values: 1000-6000. Default: 2400.
        #[serde(
            rename = "MachineDetectionSpeechThreshold",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub machine_detection_speech_threshold: ::std::option::Option<i64>,
        ///The number of seconds that we should attempt to detect an answering machine before timing out and sending a voice request with `AnsweredBy` of `unknown`. The default timeout is 30 seconds.
        #[serde(
            rename = "MachineDetectionTimeout",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub machine_detection_timeout: ::std::option::Option<i64>,
        ///The HTTP method we should use when calling the `url` parameter's value. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
        #[serde(
            rename = "Method",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///Whether to record the call. Can be `true` to record the phone call, or `false` to not. The default is `false`. The `recording_url` is sent to the `status_callback` URL.
        #[serde(
            rename = "Record",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub record: ::std::option::Option<bool>,
        ///The number of channels in the final recording. Can be: `mono` or `dual`. The default is `mono`. `mono` records both legs of the call in a single channel of the recording file. `dual` records each leg to a separate channel of the recording file. The first channel of a dual-channel recording contains the parent call and the second channel contains the child call.
        #[serde(
            rename = "RecordingChannels",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recording_channels: ::std::option::Option<::twilio_calls::RecordingChannels>,
        ///The URL that we call when the recording is available to be accessed.
        #[serde(
            rename = "RecordingStatusCallback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recording_status_callback: ::std::option::Option<::std::string::String>,
        ///The recording status events that will trigger calls to the URL specified in `recording_status_callback`. Can be: `in-progress`, `completed` and `absent`. Defaults to `completed`. Separate  multiple values with a space.
        #[serde(
            rename = "RecordingStatusCallbackEvent",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub recording_status_callback_event: ::std::vec::Vec<
            ::twilio_calls::RecordingEvent,
        >,
        ///The HTTP method we should use when calling the `recording_status_callback` URL. Can be: `GET` or `POST` and the default is `POST`.
        #[serde(
            rename = "RecordingStatusCallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recording_status_callback_method: ::std::option::Option<
            ::twilio_calls::HttpMethod,
        >,
        ///The audio track to record for the call. Can be: `inbound`, `outbound` or `both`. The default is `both`. `inbound` records the audio that is received by Twilio. `outbound` records the audio that is generated from Twilio. `both` records the audio that is received and generated by Twilio.
        #[serde(
            rename = "RecordingTrack",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recording_track: ::std::option::Option<::twilio_calls::RecordingTrack>,
        ///The string of keys to dial after connecting to the number, with a maximum length of 32 digits. Valid digits in the string include any digit (`0`-`9`), '`A`', '`B`', '`C`', '`D`', '`#`', and '`*`'. You can also use '`w`' to insert a half-second pause and '`W`' to insert a one-second pause. For example, to pause for one second after connecting and then dial extension 1234 followed by the # key, set this parameter to `W1234#`. Be sure to URL-encode this string because the '`#`' character has special meaning in a URL. If both `SendDigits` and `MachineDetection` parameters are provided, then `MachineDetection` will be ignored.
        #[serde(
            rename = "SendDigits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub send_digits: ::std::option::Option<CreateCallRequestSendDigits>,
        ///The password required to authenticate the user account specified in `sip_auth_username`.
        #[serde(
            rename = "SipAuthPassword",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sip_auth_password: ::std::option::Option<::std::string::String>,
        ///The username used to authenticate the caller making a SIP call.
        #[serde(
            rename = "SipAuthUsername",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub sip_auth_username: ::std::option::Option<::std::string::String>,
        ///The URL we should call using the `status_callback_method` to send status information to your application. If no `status_callback_event` is specified, we will send the `completed` status. If an `application_sid` parameter is present, this parameter is ignored. URLs must contain a valid hostname (underscores are not permitted).
        #[serde(
            rename = "StatusCallback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback: ::std::option::Option<::std::string::String>,
        ///The call progress events that we will send to the `status_callback` URL. Can be: `initiated`, `ringing`, `answered`, and `completed`. If no event is specified, we send the `completed` status. If you want to receive multiple events, specify each one in a separate `status_callback_event` parameter. See the code sample for [monitoring call progress](https://www.twilio.com/docs/voice/api/call-resource?code-sample=code-create-a-call-resource-and-specify-a-statuscallbackevent&code-sdk-version=json). If an `application_sid` is present, this parameter is ignored.
        #[serde(
            rename = "StatusCallbackEvent",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub status_callback_event: ::std::vec::Vec<::twilio_calls::CallEvent>,
        ///The HTTP method we should use when calling the `status_callback` URL. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
        #[serde(
            rename = "StatusCallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///The maximum duration of the call in seconds. Constraints depend on account and configuration.
        #[serde(
            rename = "TimeLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_limit: ::std::option::Option<i64>,
        ///The integer number of seconds that we should allow the phone to ring before assuming there is no answer. The default is `60` seconds and the maximum is `600` seconds. For some call flows, we will add a 5-second buffer to the timeout value you provide. For this reason, a timeout value of 10 seconds could result in an actual timeout closer to 15 seconds. You can set this to a short time, such as `15` seconds, to hang up before reaching an answering machine or voicemail.
        #[serde(
            rename = "Timeout",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub timeout: ::std::option::Option<::std::num::NonZeroU64>,
        ///The phone number, SIP address, or client identifier to call.
        #[serde(rename = "To")]
        pub to: ::std::string::String,
        ///Whether to trim any leading and trailing silence from the recording. Can be: `trim-silence` or `do-not-trim` and the default is `trim-silence`.
        #[serde(rename = "Trim", skip_serializing_if = "::std::option::Option::is_none")]
        pub trim: ::std::option::Option<::twilio_calls::Trim>,
        ///TwiML instructions for the call Twilio will use without fetching Twiml from url parameter. If both `twiml` and `url` are provided then `twiml` parameter will be ignored. Max 4000 characters.
        #[serde(
            rename = "Twiml",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub twiml: ::std::option::Option<CreateCallRequestTwiml>,
        ///The absolute URL that returns the TwiML instructions for the call. We will call this URL using the `method` when the call connects. For more information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-calls#specify-a-url-parameter) section in [Making Calls](https://www.twilio.com/docs/voice/make-calls).
        #[serde(rename = "Url", skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///The SID of the Application resource that will handle the call, if the call will be handled by an application.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateCallRequestApplicationSid(::std::string::String);
    impl ::std::ops::Deref for CreateCallRequestApplicationSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateCallRequestApplicationSid>
    for ::std::string::String {
        fn from(value: CreateCallRequestApplicationSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateCallRequestApplicationSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 34usize {
                return Err("longer than 34 characters".into());
            }
            if value.chars().count() < 34usize {
                return Err("shorter than 34 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^AP[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^AP[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateCallRequestApplicationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateCallRequestApplicationSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateCallRequestApplicationSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The SID of a BYOC (Bring Your Own Carrier) trunk to route this call with. Note that `byoc` is only meaningful when `to` is a phone number; it will otherwise be ignored. (Beta)
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateCallRequestByoc(::std::string::String);
    impl ::std::ops::Deref for CreateCallRequestByoc {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateCallRequestByoc> for ::std::string::String {
        fn from(value: CreateCallRequestByoc) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateCallRequestByoc {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 34usize {
                return Err("longer than 34 characters".into());
            }
            if value.chars().count() < 34usize {
                return Err("shorter than 34 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^BY[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^BY[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateCallRequestByoc {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateCallRequestByoc {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateCallRequestByoc {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The string of keys to dial after connecting to the number, with a maximum length of 32 digits. Valid digits in the string include any digit (`0`-`9`), '`A`', '`B`', '`C`', '`D`', '`#`', and '`*`'. You can also use '`w`' to insert a half-second pause and '`W`' to insert a one-second pause. For example, to pause for one second after connecting and then dial extension 1234 followed by the # key, set this parameter to `W1234#`. Be sure to URL-encode this string because the '`#`' character has special meaning in a URL. If both `SendDigits` and `MachineDetection` parameters are provided, then `MachineDetection` will be ignored.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateCallRequestSendDigits(::std::string::String);
    impl ::std::ops::Deref for CreateCallRequestSendDigits {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateCallRequestSendDigits> for ::std::string::String {
        fn from(value: CreateCallRequestSendDigits) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateCallRequestSendDigits {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 32usize {
                return Err("longer than 32 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^[0-9A-DwW#*]*$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^[0-9A-DwW#*]*$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateCallRequestSendDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateCallRequestSendDigits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateCallRequestSendDigits {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///TwiML instructions for the call Twilio will use without fetching Twiml from url parameter. If both `twiml` and `url` are provided then `twiml` parameter will be ignored. Max 4000 characters.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateCallRequestTwiml(::std::string::String);
    impl ::std::ops::Deref for CreateCallRequestTwiml {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateCallRequestTwiml> for ::std::string::String {
        fn from(value: CreateCallRequestTwiml) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateCallRequestTwiml {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4000usize {
                return Err("longer than 4000 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateCallRequestTwiml {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CreateCallRequestTwiml {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CreateCallRequestTwiml {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`CreatePaymentsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreatePaymentsRequest {
        ///Type of bank account if payment source is ACH. One of `consumer-checking`, `consumer-savings`, or `commercial-checking`. The default value is `consumer-checking`.
        #[serde(
            rename = "BankAccountType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bank_account_type: ::std::option::Option<
            ::twilio_calls::PaymentsBankAccountType,
        >,
        ///A positive decimal value less than 1,000,000 to charge against the credit card or bank account. Default currency can be overwritten with `currency` field. Leave blank or set to 0 to tokenize.
        #[serde(
            rename = "ChargeAmount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub charge_amount: ::std::option::Option<f64>,
        ///Whether to prompt the caller to confirm their payment information before submitting to the payment gateway. If `true`, the caller will hear the last 4 digits of their card or account number and must press 1 to confirm or 2 to cancel. Default is `false`.
        #[serde(
            rename = "Confirmation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub confirmation: ::std::option::Option<CreatePaymentsRequestConfirmation>,
        ///The currency of the `charge_amount`, formatted as [ISO 4127](http://www.iso.org/iso/home/standards/currency_codes.htm) format. The default value is `USD` and all values allowed from the Pay Connector are accepted.
        #[serde(
            rename = "Currency",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub currency: ::std::option::Option<::std::string::String>,
        ///The description can be used to provide more details regarding the transaction. This information is submitted along with the payment details to the Payment Connector which are then posted on the transactions.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///A unique token that will be used to ensure that multiple API calls with the same information do not result in multiple transactions. This should be a unique string value per API call and can be a randomly generated.
        #[serde(rename = "IdempotencyKey")]
        pub idempotency_key: ::std::string::String,
        ///A list of inputs that should be accepted. Currently only `dtmf` is supported. All digits captured during a pay session are redacted from the logs.
        #[serde(
            rename = "Input",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub input: ::std::option::Option<::std::string::String>,
        ///A positive integer that is used to validate the length of the `PostalCode` inputted by the user. User must enter this many digits.
        #[serde(
            rename = "MinPostalCodeLength",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub min_postal_code_length: ::std::option::Option<i64>,
        ///A single-level JSON object used to pass custom parameters to payment processors. (Required for ACH payments). The information that has to be included here depends on the <Pay> Connector. [Read more](https://www.twilio.com/console/voice/pay-connectors).
        #[serde(
            rename = "Parameter",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parameter: ::std::option::Option<::serde_json::Value>,
        ///This is the unique name corresponding to the Pay Connector installed in the Twilio Add-ons. Learn more about [<Pay> Connectors](https://www.twilio.com/console/voice/pay-connectors). The default value is `Default`.
        #[serde(
            rename = "PaymentConnector",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_connector: ::std::option::Option<::std::string::String>,
        ///Type of payment being captured. One of `credit-card` or `ach-debit`. The default value is `credit-card`.
        #[serde(
            rename = "PaymentMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub payment_method: ::std::option::Option<::twilio_calls::PaymentsPaymentMethod>,
        ///Indicates whether the credit card postal code (zip code) is a required piece of payment information that must be provided by the caller. The default is `true`.
        #[serde(
            rename = "PostalCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub postal_code: ::std::option::Option<bool>,
        ///A comma-separated list of payment information fields that require the caller to enter the same value twice for confirmation. Supported values are `payment-card-number`, `expiration-date`, `security-code`, and `postal-code`.
        #[serde(
            rename = "RequireMatchingInputs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub require_matching_inputs: ::std::option::Option<::std::string::String>,
        ///Indicates whether the credit card security code is a required piece of payment information that must be provided by the caller. The default is `true`.
        #[serde(
            rename = "SecurityCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub security_code: ::std::option::Option<bool>,
        ///Provide an absolute or relative URL to receive status updates regarding your Pay session. Read more about the [expected StatusCallback values](https://www.twilio.com/docs/voice/api/payment-resource#statuscallback)
        #[serde(rename = "StatusCallback")]
        pub status_callback: ::std::string::String,
        ///The number of seconds that <Pay> should wait for the caller to press a digit between each subsequent digit, after the first one, before moving on to validate the digits captured. The default is `5`, maximum is `600`.
        #[serde(
            rename = "Timeout",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub timeout: ::std::option::Option<i64>,
        ///Indicates whether the payment method should be tokenized as a `one-time`, `reusable`, or `payment-method` token. The default value is `reusable`. Do not enter a charge amount when tokenizing. If a charge amount is entered, the payment method will be charged and not tokenized.
        #[serde(
            rename = "TokenType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_type: ::std::option::Option<::twilio_calls::PaymentsTokenType>,
        ///Credit card types separated by space that Pay should accept. The default value is `visa mastercard amex`
        #[serde(
            rename = "ValidCardTypes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub valid_card_types: ::std::option::Option<::std::string::String>,
    }
    ///Whether to prompt the caller to confirm their payment information before submitting to the payment gateway. If `true`, the caller will hear the last 4 digits of their card or account number and must press 1 to confirm or 2 to cancel. Default is `false`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CreatePaymentsRequestConfirmation {
        #[serde(rename = "true")]
        True,
        #[serde(rename = "false")]
        False,
    }
    impl ::std::fmt::Display for CreatePaymentsRequestConfirmation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::True => f.write_str("true"),
                Self::False => f.write_str("false"),
            }
        }
    }
    impl ::std::str::FromStr for CreatePaymentsRequestConfirmation {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "true" => Ok(Self::True),
                "false" => Ok(Self::False),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CreatePaymentsRequestConfirmation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreatePaymentsRequestConfirmation {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`CreateRealtimeTranscriptionRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CreateRealtimeTranscriptionRequest {
        ///The ID of the RealTimeTranscription Configuration for configuring all the non-default behaviors in one go.
        #[serde(
            rename = "ConfigurationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub configuration_id: ::std::option::Option<::std::string::String>,
        ///The ID of the Conversations Configuration for customizing conversation behavior in Intelligence Service
        #[serde(
            rename = "ConversationConfiguration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub conversation_configuration: ::std::option::Option<::std::string::String>,
        ///The ID of the Conversation for associating this Transcription with an existing Conversation in Intelligence Service
        #[serde(
            rename = "ConversationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub conversation_id: ::std::option::Option<::std::string::String>,
        ///The provider will add punctuation to recognition result
        #[serde(
            rename = "EnableAutomaticPunctuation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_automatic_punctuation: ::std::option::Option<bool>,
        ///Whether the callback includes raw provider data.
        #[serde(
            rename = "EnableProviderData",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_provider_data: ::std::option::Option<bool>,
        ///A Phrase contains words and phrase "hints" so that the speech recognition engine is more likely to recognize them.
        #[serde(
            rename = "Hints",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub hints: ::std::option::Option<::std::string::String>,
        ///Friendly name given to the Inbound Track
        #[serde(
            rename = "InboundTrackLabel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub inbound_track_label: ::std::option::Option<::std::string::String>,
        ///The SID or unique name of the [Intelligence Service](https://www.twilio.com/docs/conversational-intelligence/api/service-resource) for persisting transcripts and running post-call Language Operators
        #[serde(
            rename = "IntelligenceService",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub intelligence_service: ::std::option::Option<::std::string::String>,
        ///Language code used by the transcription engine, specified in [BCP-47](https://www.rfc-editor.org/rfc/bcp/bcp47.txt) format
        #[serde(
            rename = "LanguageCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub language_code: ::std::option::Option<::std::string::String>,
        ///The user-specified name of this Transcription, if one was given when the Transcription was created. This may be used to stop the Transcription.
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Friendly name given to the Outbound Track
        #[serde(
            rename = "OutboundTrackLabel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub outbound_track_label: ::std::option::Option<::std::string::String>,
        ///Indicates if partial results are going to be sent to the customer
        #[serde(
            rename = "PartialResults",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub partial_results: ::std::option::Option<bool>,
        ///indicates if the server will attempt to filter out profanities, replacing all but the initial character in each filtered word with asterisks
        #[serde(
            rename = "ProfanityFilter",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub profanity_filter: ::std::option::Option<bool>,
        ///Recognition model used by the transcription engine, among those supported by the provider
        #[serde(
            rename = "SpeechModel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub speech_model: ::std::option::Option<::std::string::String>,
        ///The http method for the status_callback (one of GET, POST).
        #[serde(
            rename = "StatusCallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///Absolute URL of the status callback.
        #[serde(
            rename = "StatusCallbackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback_url: ::std::option::Option<::std::string::String>,
        ///One of `inbound_track`, `outbound_track`, `both_tracks`.
        #[serde(
            rename = "Track",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub track: ::std::option::Option<::twilio_calls::RealtimeTranscriptionTrack>,
        ///Definition of the transcription engine to be used, among those supported by Twilio
        #[serde(
            rename = "TranscriptionEngine",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub transcription_engine: ::std::option::Option<::std::string::String>,
    }
    ///`CreateSiprecRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct CreateSiprecRequest {
        ///Unique name used when configuring the connector via Marketplace Add-on.
        #[serde(
            rename = "ConnectorName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub connector_name: ::std::option::Option<::std::string::String>,
        ///The user-specified name of this Siprec, if one was given when the Siprec was created. This may be used to stop the Siprec.
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Numbered from 1 to 99, one row per set. `Parameter{n}.Name`: Parameter name; `Parameter{n}.Value`: Parameter value.
        #[serde(
            rename = "Parameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub parameter: ::std::vec::Vec<CreateSiprecRequestParameterItem>,
        ///Absolute URL of the status callback.
        #[serde(
            rename = "StatusCallback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback: ::std::option::Option<::std::string::String>,
        ///The http method for the status_callback (one of GET, POST).
        #[serde(
            rename = "StatusCallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///One of `inbound_track`, `outbound_track`, `both_tracks`.
        #[serde(
            rename = "Track",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub track: ::std::option::Option<::twilio_calls::SiprecTrack>,
    }
    ///`CreateSiprecRequestParameterItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateSiprecRequestParameterItem {
        ///Parameter name
        #[serde(rename = "Name")]
        pub name: ::std::string::String,
        ///Parameter value
        #[serde(rename = "Value")]
        pub value: ::std::string::String,
    }
    ///`CreateStreamRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateStreamRequest {
        ///The user-specified name of this Stream, if one was given when the Stream was created. This can be used to stop the Stream.
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Numbered from 1 to 99, one row per set. `Parameter{n}.Name`: Parameter name; `Parameter{n}.Value`: Parameter value.
        #[serde(
            rename = "Parameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub parameter: ::std::vec::Vec<CreateStreamRequestParameterItem>,
        ///Absolute URL to which Twilio sends status callback HTTP requests.
        #[serde(
            rename = "StatusCallback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback: ::std::option::Option<::std::string::String>,
        ///The HTTP method Twilio uses when sending `status_callback` requests. Possible values are `GET` and `POST`. Default is `POST`.
        #[serde(
            rename = "StatusCallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///The tracks to be included in the Stream. Possible values are `inbound_track`, `outbound_track`, `both_tracks`. Default value is `inbound_track`.
        #[serde(
            rename = "Track",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub track: ::std::option::Option<::twilio_calls::StreamTrack>,
        ///Relative or absolute URL where WebSocket connection will be established.
        #[serde(rename = "Url")]
        pub url: ::std::string::String,
    }
    ///`CreateStreamRequestParameterItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateStreamRequestParameterItem {
        ///Parameter name
        #[serde(rename = "Name")]
        pub name: ::std::string::String,
        ///Parameter value
        #[serde(rename = "Value")]
        pub value: ::std::string::String,
    }
    ///`CreateUserDefinedMessageRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateUserDefinedMessageRequest {
        ///The User Defined Message in the form of URL-encoded JSON string.
        #[serde(rename = "Content")]
        pub content: ::std::string::String,
        ///A unique string value to identify API call. This should be a unique string value per API call and can be a randomly generated.
        #[serde(
            rename = "IdempotencyKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub idempotency_key: ::std::option::Option<::std::string::String>,
    }
    ///`CreateUserDefinedMessageSubscriptionRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct CreateUserDefinedMessageSubscriptionRequest {
        ///The URL we should call using the `method` to send user defined events to your application. URLs must contain a valid hostname (underscores are not permitted).
        #[serde(rename = "Callback")]
        pub callback: ::std::string::String,
        ///A unique string value to identify API call. This should be a unique string value per API call and can be a randomly generated.
        #[serde(
            rename = "IdempotencyKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub idempotency_key: ::std::option::Option<::std::string::String>,
        ///The HTTP method Twilio will use when requesting the above `Url`. Either `GET` or `POST`. Default is `POST`.
        #[serde(
            rename = "Method",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub method: ::std::option::Option<::twilio_calls::HttpMethod>,
    }
    ///`ListCallEventResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListCallEventResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub events: ::std::vec::Vec<ApiV2010AccountCallCallEvent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start: ::std::option::Option<i64>,
        pub uri: ::std::string::String,
    }
    ///`ListCallNotificationResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListCallNotificationResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub notifications: ::std::vec::Vec<ApiV2010AccountCallCallNotification>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start: ::std::option::Option<i64>,
        pub uri: ::std::string::String,
    }
    ///`ListCallRecordingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListCallRecordingResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub recordings: ::std::vec::Vec<ApiV2010AccountCallCallRecording>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start: ::std::option::Option<i64>,
        pub uri: ::std::string::String,
    }
    ///`ListCallResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct ListCallResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub calls: ::std::vec::Vec<ApiV2010AccountCall>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub end: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub page_size: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub previous_page_uri: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start: ::std::option::Option<i64>,
        pub uri: ::std::string::String,
    }
    ///`NoSid`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct NoSid(::std::string::String);
    impl ::std::ops::Deref for NoSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NoSid> for ::std::string::String {
        fn from(value: NoSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NoSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 34usize {
                return Err("longer than 34 characters".into());
            }
            if value.chars().count() < 34usize {
                return Err("shorter than 34 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^NO[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^NO[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for NoSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NoSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NoSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`PkSid`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct PkSid(::std::string::String);
    impl ::std::ops::Deref for PkSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PkSid> for ::std::string::String {
        fn from(value: PkSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for PkSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 34usize {
                return Err("longer than 34 characters".into());
            }
            if value.chars().count() < 34usize {
                return Err("shorter than 34 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^PK[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^PK[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for PkSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PkSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PkSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ReSid`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ReSid(::std::string::String);
    impl ::std::ops::Deref for ReSid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReSid> for ::std::string::String {
        fn from(value: ReSid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReSid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 34usize {
                return Err("longer than 34 characters".into());
            }
            if value.chars().count() < 34usize {
                return Err("shorter than 34 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^RE[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^RE[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ReSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReSid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReSid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdateCallRecordingRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateCallRecordingRequest {
        ///Whether to record during a pause. Can be: `skip` or `silence` and the default is `silence`. `skip` does not record during the pause period, while `silence` will replace the actual audio of the call with silence during the pause period. This parameter only applies when setting `status` is set to `paused`.
        #[serde(
            rename = "PauseBehavior",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub pause_behavior: ::std::option::Option<::twilio_calls::PauseBehavior>,
        ///The status of the recording. Can be: `processing`, `completed` and `absent`. For more detailed statuses on in-progress recordings, check out how to [Update a Recording Resource](https://www.twilio.com/docs/voice/api/recording#update-a-recording-resource).
        #[serde(rename = "Status")]
        pub status: ::twilio_calls::CallRecordingStatus,
    }
    ///`UpdateCallRecordingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateCallRecordingResponse {
        ///Twilio-specific error code
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<i32>,
        ///Error message
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Link to Error Code References
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub more_info: ::std::option::Option<::std::string::String>,
        ///HTTP response status code
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<i32>,
    }
    ///`UpdateCallRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    pub struct UpdateCallRequest {
        ///The HTTP method that we should use to request the `fallback_url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
        #[serde(
            rename = "FallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fallback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`. If an `application_sid` parameter is present, this parameter is ignored.
        #[serde(
            rename = "FallbackUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fallback_url: ::std::option::Option<::std::string::String>,
        ///The HTTP method we should use when calling the `url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
        #[serde(
            rename = "Method",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub method: ::std::option::Option<::twilio_calls::HttpMethod>,
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<::twilio_calls::UpdateCallStatus>,
        ///The URL we should call using the `status_callback_method` to send status information to your application. If no `status_callback_event` is specified, we will send the `completed` status. If an `application_sid` parameter is present, this parameter is ignored. URLs must contain a valid hostname (underscores are not permitted).
        #[serde(
            rename = "StatusCallback",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback: ::std::option::Option<::std::string::String>,
        ///The HTTP method we should use when requesting the `status_callback` URL. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
        #[serde(
            rename = "StatusCallbackMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_callback_method: ::std::option::Option<::twilio_calls::HttpMethod>,
        ///The maximum duration of the call in seconds. Constraints depend on account and configuration.
        #[serde(
            rename = "TimeLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_limit: ::std::option::Option<i64>,
        ///TwiML instructions for the call Twilio will use without fetching Twiml from url. Twiml and url parameters are mutually exclusive
        #[serde(
            rename = "Twiml",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub twiml: ::std::option::Option<UpdateCallRequestTwiml>,
        ///The absolute URL that returns the TwiML instructions for the call. We will call this URL using the `method` when the call connects. For more information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-calls#specify-a-url-parameter) section in [Making Calls](https://www.twilio.com/docs/voice/make-calls).
        #[serde(rename = "Url", skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    ///TwiML instructions for the call Twilio will use without fetching Twiml from url. Twiml and url parameters are mutually exclusive
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateCallRequestTwiml(::std::string::String);
    impl ::std::ops::Deref for UpdateCallRequestTwiml {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateCallRequestTwiml> for ::std::string::String {
        fn from(value: UpdateCallRequestTwiml) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateCallRequestTwiml {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 4000usize {
                return Err("longer than 4000 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateCallRequestTwiml {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for UpdateCallRequestTwiml {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UpdateCallRequestTwiml {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UpdatePaymentsRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdatePaymentsRequest {
        ///The piece of payment information that you wish the caller to enter. Must be one of `payment-card-number`, `expiration-date`, `security-code`, `postal-code`, `bank-routing-number`, `bank-account-number`, or their `-matcher` variants for input confirmation when `RequireMatchingInputs` is enabled.
        #[serde(
            rename = "Capture",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub capture: ::std::option::Option<::twilio_calls::PaymentsCapture>,
        ///A unique token that will be used to ensure that multiple API calls with the same information do not result in multiple transactions. This should be a unique string value per API call and can be a randomly generated.
        #[serde(rename = "IdempotencyKey")]
        pub idempotency_key: ::std::string::String,
        ///Indicates whether the current payment session should be cancelled or completed. When `cancel` the payment session is cancelled. When `complete`, Twilio sends the payment information to the selected Pay Connector for processing.
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<::twilio_calls::PaymentsStatus>,
        ///Provide an absolute or relative URL to receive status updates regarding your Pay session. Read more about the [Update](https://www.twilio.com/docs/voice/api/payment-resource#statuscallback-update) and [Complete/Cancel](https://www.twilio.com/docs/voice/api/payment-resource#statuscallback-cancelcomplete) POST requests.
        #[serde(rename = "StatusCallback")]
        pub status_callback: ::std::string::String,
    }
    ///`UpdateRealtimeTranscriptionRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateRealtimeTranscriptionRequest {
        #[serde(rename = "Status")]
        pub status: ::twilio_calls::RealtimeTranscriptionUpdateStatus,
    }
    ///`UpdateSiprecRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateSiprecRequest {
        #[serde(rename = "Status")]
        pub status: ::twilio_calls::SiprecUpdateStatus,
    }
    ///`UpdateStreamRequest`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    pub struct UpdateStreamRequest {
        #[serde(rename = "Status")]
        pub status: ::twilio_calls::StreamUpdateStatus,
    }
    ///`ZySid`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ZySid(::std::string::String);
    impl ::std::ops::Deref for ZySid {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ZySid> for ::std::string::String {
        fn from(value: ZySid) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ZySid {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 34usize {
                return Err("longer than 34 characters".into());
            }
            if value.chars().count() < 34usize {
                return Err("shorter than 34 characters".into());
            }
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
            { ::regress::Regex::new("^ZY[0-9a-fA-F]{32}$").unwrap() });
            if PATTERN.find(value).is_none() {
                return Err("doesn't match pattern \"^ZY[0-9a-fA-F]{32}$\"".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ZySid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ZySid {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ZySid {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn api_v2010_account_call_call_recording_channels() -> ::std::option::Option<
            i64,
        > {
            ::std::option::Option::Some(0_i64)
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Twilio - Api

This is the public Twilio REST API.

https://www.twilio.com/legal/tos

Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::config::Config,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::config::Config) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::config::Config,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::config::Config> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::config::Config {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::config::Config>,
    {}
};
#[allow(clippy::all)]
impl Client {
    /**Retrieves a collection of calls made to and from your account

Retrieves a collection of calls made to and from your account

Sends a `GET` request to `/2010-04-01/Accounts/{AccountSid}/Calls.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call resource(s) to read.
- `end_time`: Only include calls that ended on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on this date.
- `end_time_after`: Only include calls that ended on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on or after this date.
- `end_time_before`: Only include calls that ended before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended before this date.
- `from`: Only include calls from this phone number, SIP address, Client identifier or SIM SID.
- `page`: The page index. This value is simply for client state.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API.
- `parent_call_sid`: Only include calls spawned by calls with this SID.
- `start_time`: Only include calls that started on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on this date.
- `start_time_after`: Only include calls that started on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on or after this date.
- `start_time_before`: Only include calls that started before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started before this date.
- `status`: The status of the calls to include. Can be: `queued`, `ringing`, `in-progress`, `canceled`, `completed`, `failed`, `busy`, or `no-answer`.
- `to`: Only show calls made to this phone number, SIP address, Client identifier or SIM SID.
*/
    pub async fn list_call<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        end_time: Option<&'a ::twilio_calls::DateOrDateTime>,
        end_time_after: Option<&'a ::twilio_calls::DateOrDateTime>,
        end_time_before: Option<&'a ::twilio_calls::DateOrDateTime>,
        from: Option<&'a str>,
        page: Option<u64>,
        page_size: Option<::std::num::NonZeroU64>,
        page_token: Option<&'a str>,
        parent_call_sid: Option<&'a types::CaSid>,
        start_time: Option<&'a ::twilio_calls::DateOrDateTime>,
        start_time_after: Option<&'a ::twilio_calls::DateOrDateTime>,
        start_time_before: Option<&'a ::twilio_calls::DateOrDateTime>,
        status: Option<&'a ::twilio_calls::CallStatus>,
        to: Option<&'a str>,
    ) -> Result<ResponseValue<types::ListCallResponse>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls.json", self.baseurl, encode_path(&
            account_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("EndTime", &end_time))
            .query(&progenitor_client::QueryParam::new("EndTimeAfter", &end_time_after))
            .query(
                &progenitor_client::QueryParam::new("EndTimeBefore", &end_time_before),
            )
            .query(&progenitor_client::QueryParam::new("From", &from))
            .query(&progenitor_client::QueryParam::new("Page", &page))
            .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
            .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
            .query(
                &progenitor_client::QueryParam::new("ParentCallSid", &parent_call_sid),
            )
            .query(&progenitor_client::QueryParam::new("StartTime", &start_time))
            .query(
                &progenitor_client::QueryParam::new("StartTimeAfter", &start_time_after),
            )
            .query(
                &progenitor_client::QueryParam::new(
                    "StartTimeBefore",
                    &start_time_before,
                ),
            )
            .query(&progenitor_client::QueryParam::new("Status", &status))
            .query(&progenitor_client::QueryParam::new("To", &to))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_call",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections

Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that will create the resource.
- `body`
*/
    pub async fn create_call<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        body: &'a types::CreateCallRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCall>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls.json", self.baseurl, encode_path(&
            account_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_call",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Fetch the call specified by the provided Call SID

Fetch the call specified by the provided Call SID

Sends a `GET` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call resource(s) to fetch.
- `sid`: The SID of the Call resource to fetch.
*/
    pub async fn fetch_call<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        sid: &'a types::CaSid,
    ) -> Result<ResponseValue<types::ApiV2010AccountCall>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}.json", self.baseurl, encode_path(&
            account_sid.to_string()), encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "fetch_call",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Initiates a call redirect or terminates a call

Initiates a call redirect or terminates a call

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call resource(s) to update.
- `sid`: The Twilio-provided string that uniquely identifies the Call resource to update
- `body`
*/
    pub async fn update_call<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        sid: &'a types::CaSid,
        body: &'a types::UpdateCallRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCall>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}.json", self.baseurl, encode_path(&
            account_sid.to_string()), encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_call",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Delete a Call record from your account. Once the record is deleted, it will no longer appear in the API and Account Portal logs

Delete a Call record from your account. Once the record is deleted, it will no longer appear in the API and Account Portal logs.

Sends a `DELETE` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call resource(s) to delete.
- `sid`: The Twilio-provided Call SID that uniquely identifies the Call resource to delete
*/
    pub async fn delete_call<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        sid: &'a types::CaSid,
    ) -> Result<ResponseValue<()>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}.json", self.baseurl, encode_path(&
            account_sid.to_string()), encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self.client.delete(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "delete_call",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Retrieve a list of all events for a call

Retrieve a list of all events for a call.

Sends a `GET` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json`

Arguments:
- `account_sid`: The unique SID identifier of the Account.
- `call_sid`: The unique SID identifier of the Call.
- `page`: The page index. This value is simply for client state.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API.
*/
    pub async fn list_call_event<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        page: Option<u64>,
        page_size: Option<::std::num::NonZeroU64>,
        page_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::ListCallEventResponse>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Events.json", self.baseurl, encode_path(&
            account_sid.to_string()), encode_path(& call_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("Page", &page))
            .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
            .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_call_event",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Sends a `GET` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call Notification resource to fetch.
- `call_sid`: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the Call Notification resource to fetch.
- `sid`: The Twilio-provided string that uniquely identifies the Call Notification resource to fetch.
*/
    pub async fn fetch_call_notification<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        sid: &'a types::NoSid,
    ) -> Result<
        ResponseValue<types::ApiV2010AccountCallCallNotificationInstance>,
        Error<()>,
    > {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Notifications/{}.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
            encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "fetch_call_notification",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Sends a `GET` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Call Notification resources to read.
- `call_sid`: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the Call Notification resources to read.
- `log`: Only read notifications of the specified log level. Can be:  `0` to read only ERROR notifications or `1` to read only WARNING notifications. By default, all notifications are read.
- `message_date`: Only show notifications for the specified date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
- `message_date_after`: Only show notifications for the specified date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
- `message_date_before`: Only show notifications for the specified date, formatted as `YYYY-MM-DD`. You can also specify an inequality, such as `<=YYYY-MM-DD` for messages logged at or before midnight on a date, or `>=YYYY-MM-DD` for messages logged at or after midnight on a date.
- `page`: The page index. This value is simply for client state.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API.
*/
    pub async fn list_call_notification<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        log: Option<i64>,
        message_date: Option<&'a ::chrono::naive::NaiveDate>,
        message_date_after: Option<&'a ::chrono::naive::NaiveDate>,
        message_date_before: Option<&'a ::chrono::naive::NaiveDate>,
        page: Option<u64>,
        page_size: Option<::std::num::NonZeroU64>,
        page_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::ListCallNotificationResponse>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Notifications.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("Log", &log))
            .query(&progenitor_client::QueryParam::new("MessageDate", &message_date))
            .query(
                &progenitor_client::QueryParam::new(
                    "MessageDateAfter",
                    &message_date_after,
                ),
            )
            .query(
                &progenitor_client::QueryParam::new(
                    "MessageDateBefore",
                    &message_date_before,
                ),
            )
            .query(&progenitor_client::QueryParam::new("Page", &page))
            .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
            .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_call_notification",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Retrieve a list of recordings belonging to the call used to make the request

Retrieve a list of recordings belonging to the call used to make the request

Sends a `GET` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Recording resources to read.
- `call_sid`: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the resources to read.
- `date_created`: The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read. You can also specify inequality: `DateCreated<=YYYY-MM-DD` will return recordings generated at or before midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings generated at or after midnight on a date.
- `date_created_after`: The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read. You can also specify inequality: `DateCreated<=YYYY-MM-DD` will return recordings generated at or before midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings generated at or after midnight on a date.
- `date_created_before`: The `date_created` value, specified as `YYYY-MM-DD`, of the resources to read. You can also specify inequality: `DateCreated<=YYYY-MM-DD` will return recordings generated at or before midnight on a given date, and `DateCreated>=YYYY-MM-DD` returns recordings generated at or after midnight on a date.
- `page`: The page index. This value is simply for client state.
- `page_size`: How many resources to return in each list page. The default is 50, and the maximum is 1000.
- `page_token`: The page token. This is provided by the API.
*/
    pub async fn list_call_recording<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        date_created: Option<&'a ::chrono::naive::NaiveDate>,
        date_created_after: Option<&'a ::chrono::naive::NaiveDate>,
        date_created_before: Option<&'a ::chrono::naive::NaiveDate>,
        page: Option<u64>,
        page_size: Option<::std::num::NonZeroU64>,
        page_token: Option<&'a str>,
    ) -> Result<ResponseValue<types::ListCallRecordingResponse>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Recordings.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("DateCreated", &date_created))
            .query(
                &progenitor_client::QueryParam::new(
                    "DateCreatedAfter",
                    &date_created_after,
                ),
            )
            .query(
                &progenitor_client::QueryParam::new(
                    "DateCreatedBefore",
                    &date_created_before,
                ),
            )
            .query(&progenitor_client::QueryParam::new("Page", &page))
            .query(&progenitor_client::QueryParam::new("PageSize", &page_size))
            .query(&progenitor_client::QueryParam::new("PageToken", &page_token))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "list_call_recording",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a recording for the call

Create a recording for the call

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that will create the resource.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) to associate the resource with.
- `body`
*/
    pub async fn create_call_recording<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        body: &'a types::CreateCallRecordingRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCallCallRecording>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Recordings.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_call_recording",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            201u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Fetch an instance of a recording for a call

Fetch an instance of a recording for a call

Sends a `GET` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Recording resource to fetch.
- `call_sid`: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the resource to fetch.
- `sid`: The Twilio-provided string that uniquely identifies the Recording resource to fetch.
*/
    pub async fn fetch_call_recording<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        sid: &'a types::ReSid,
    ) -> Result<ResponseValue<types::ApiV2010AccountCallCallRecording>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Recordings/{}.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
            encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "fetch_call_recording",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Changes the status of the recording to paused, stopped, or in-progress. Note: Pass `Twilio.CURRENT` instead of recording sid to reference current active recording

Changes the status of the recording to paused, stopped, or in-progress. Note: Pass `Twilio.CURRENT` instead of recording sid to reference current active recording.

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Recording resource to update.
- `call_sid`: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the resource to update.
- `sid`: The Twilio-provided string that uniquely identifies the Recording resource to update.
- `body`
*/
    pub async fn update_call_recording<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        sid: &'a str,
        body: &'a types::UpdateCallRecordingRequest,
    ) -> Result<
        ResponseValue<types::ApiV2010AccountCallCallRecording>,
        Error<types::UpdateCallRecordingResponse>,
    > {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Recordings/{}.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
            encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_call_recording",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            408u16 => {
                Err(Error::ErrorResponse(ResponseValue::from_response(response).await?))
            }
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Delete a recording from your account

Delete a recording from your account

Sends a `DELETE` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Recording resources to delete.
- `call_sid`: The [Call](https://www.twilio.com/docs/voice/api/call-resource) SID of the resources to delete.
- `sid`: The Twilio-provided string that uniquely identifies the Recording resource to delete.
*/
    pub async fn delete_call_recording<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        sid: &'a types::ReSid,
    ) -> Result<ResponseValue<()>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Recordings/{}.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
            encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self.client.delete(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "delete_call_recording",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**create an instance of payments. This will start a new payments session

create an instance of payments. This will start a new payments session

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that will create the resource.
- `call_sid`: The SID of the call that will create the resource. Call leg associated with this sid is expected to provide payment information thru DTMF.
- `body`
*/
    pub async fn create_payments<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        body: &'a types::CreatePaymentsRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCallPayments>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Payments.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_payments",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**update an instance of payments with different phases of payment flows

update an instance of payments with different phases of payment flows.

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that will update the resource.
- `call_sid`: The SID of the call that will update the resource. This should be the same call sid that was used to create payments resource.
- `sid`: The SID of Payments session that needs to be updated.
- `body`
*/
    pub async fn update_payments<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        sid: &'a types::PkSid,
        body: &'a types::UpdatePaymentsRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCallPayments>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Payments/{}.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
            encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_payments",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            202u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a Transcription

Create a Transcription

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Transcription resource.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Transcription resource is associated with.
- `body`
*/
    pub async fn create_realtime_transcription<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        body: &'a types::CreateRealtimeTranscriptionRequest,
    ) -> Result<
        ResponseValue<types::ApiV2010AccountCallRealtimeTranscription>,
        Error<()>,
    > {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Transcriptions.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_realtime_transcription",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Stop a Transcription using either the SID of the Transcription resource or the `name` used when creating the resource

Stop a Transcription using either the SID of the Transcription resource or the `name` used when creating the resource

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Transcriptions/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Transcription resource.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Transcription resource is associated with.
- `sid`: The SID of the Transcription resource, or the `name` used when creating the resource
- `body`
*/
    pub async fn update_realtime_transcription<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        sid: &'a str,
        body: &'a types::UpdateRealtimeTranscriptionRequest,
    ) -> Result<
        ResponseValue<types::ApiV2010AccountCallRealtimeTranscription>,
        Error<()>,
    > {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Transcriptions/{}.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
            encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_realtime_transcription",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a Siprec

Create a Siprec

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Siprec resource.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Siprec resource is associated with.
- `body`
*/
    pub async fn create_siprec<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        body: &'a types::CreateSiprecRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCallSiprec>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Siprec.json", self.baseurl, encode_path(&
            account_sid.to_string()), encode_path(& call_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_siprec",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Stop a Siprec using either the SID of the Siprec resource or the `name` used when creating the resource

Stop a Siprec using either the SID of the Siprec resource or the `name` used when creating the resource

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Siprec/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Siprec resource.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Siprec resource is associated with.
- `sid`: The SID of the Siprec resource, or the `name` used when creating the resource
- `body`
*/
    pub async fn update_siprec<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        sid: &'a str,
        body: &'a types::UpdateSiprecRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCallSiprec>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Siprec/{}.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
            encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_siprec",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a Stream

Create a Stream

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Stream resource.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Stream resource is associated with.
- `body`
*/
    pub async fn create_stream<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        body: &'a types::CreateStreamRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCallStream>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Streams.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_stream",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Stop a Stream using either the SID of the Stream resource or the `name` used when creating the resource

Stop a Stream using either the SID of the Stream resource or the `name` used when creating the resource

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Streams/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Stream resource.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the Stream resource is associated with.
- `sid`: The SID or the `name` of the Stream resource to be stopped
- `body`
*/
    pub async fn update_stream<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        sid: &'a str,
        body: &'a types::UpdateStreamRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCallStream>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/Streams/{}.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
            encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "update_stream",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Create a new User Defined Message for the given Call SID

Create a new User Defined Message for the given Call SID.

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created User Defined Message.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message is associated with.
- `body`
*/
    pub async fn create_user_defined_message<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        body: &'a types::CreateUserDefinedMessageRequest,
    ) -> Result<ResponseValue<types::ApiV2010AccountCallUserDefinedMessage>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/UserDefinedMessages.json", self.baseurl,
            encode_path(& account_sid.to_string()), encode_path(& call_sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_user_defined_message",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Subscribe to User Defined Messages for a given Call SID

Subscribe to User Defined Messages for a given Call SID.

Sends a `POST` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that subscribed to the User Defined Messages.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Messages subscription is associated with. This refers to the Call SID that is producing the user defined messages.
- `body`
*/
    pub async fn create_user_defined_message_subscription<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        body: &'a types::CreateUserDefinedMessageSubscriptionRequest,
    ) -> Result<
        ResponseValue<types::ApiV2010AccountCallUserDefinedMessageSubscription>,
        Error<()>,
    > {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/UserDefinedMessageSubscriptions.json",
            self.baseurl, encode_path(& account_sid.to_string()), encode_path(& call_sid
            .to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .form_urlencoded(&body)?
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "create_user_defined_message_subscription",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            201u16 => ResponseValue::from_response(response).await,
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
    /**Delete a specific User Defined Message Subscription

Delete a specific User Defined Message Subscription.

Sends a `DELETE` request to `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json`

Arguments:
- `account_sid`: The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that subscribed to the User Defined Messages.
- `call_sid`: The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message Subscription is associated with. This refers to the Call SID that is producing the User Defined Messages.
- `sid`: The SID that uniquely identifies this User Defined Message Subscription.
*/
    pub async fn delete_user_defined_message_subscription<'a>(
        &'a self,
        account_sid: &'a types::AcSid,
        call_sid: &'a types::CaSid,
        sid: &'a types::ZySid,
    ) -> Result<ResponseValue<()>, Error<()>> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Calls/{}/UserDefinedMessageSubscriptions/{}.json",
            self.baseurl, encode_path(& account_sid.to_string()), encode_path(& call_sid
            .to_string()), encode_path(& sid.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map
            .append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(Self::api_version()),
            );
        #[allow(unused_mut)]
        let mut request = self.client.delete(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "delete_user_defined_message_subscription",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            204u16 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
