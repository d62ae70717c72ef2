//! The call-progress status callback Twilio sends to a call's `StatusCallback` URL, parsed
//! from its form body into typed fields.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::types::{AnsweredBy, CallDirection, CallStatus, Timestamp};

/// A call-progress status callback: the parameters Twilio documents for it, typed; any other
/// parameter is kept, as sent, in [`other`](Self::other).
///
/// Only `CallSid`, `AccountSid` and `CallStatus` are required: Twilio omits parameters that
/// do not apply to an event (`CallDuration` before completion, recording fields without a
/// recording), so the rest are optional.
///
/// ```
/// use twilio_calls::CallStatus;
/// use twilio_calls::webhook::StatusCallback;
///
/// let body = "CallSid=CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&AccountSid=ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\
///             &From=%2B15005550006&To=%2B14155551212&CallStatus=completed&Direction=outbound-api\
///             &CallDuration=42&Timestamp=Tue%2C+31+Aug+2010+20%3A36%3A28+%2B0000\
///             &SequenceNumber=3&CallbackSource=call-progress-events&Caller=%2B15005550006";
/// let callback = StatusCallback::from_form(body.as_bytes()).unwrap();
/// assert_eq!(callback.call_status, CallStatus::Completed);
/// assert_eq!(callback.from.as_deref(), Some("+15005550006"));
/// assert_eq!(callback.call_duration, Some(42));
/// assert_eq!(callback.timestamp.unwrap().to_string(), "Tue, 31 Aug 2010 20:36:28 +0000");
/// assert_eq!(callback.other["Caller"], "+15005550006");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct StatusCallback {
    /// `CallSid`: the call this event is about.
    pub call_sid: String,
    /// `AccountSid`: the account that owns the call.
    pub account_sid: String,
    /// `From`: the caller.
    pub from: Option<String>,
    /// `To`: the called party.
    pub to: Option<String>,
    /// `CallStatus`: the status the call has reached.
    pub call_status: CallStatus,
    /// `Direction`.
    pub direction: Option<CallDirection>,
    /// `ApiVersion`: the API version of the request that created the call.
    pub api_version: Option<String>,
    /// `ForwardedFrom`: the number that forwarded the call, when the carrier tells.
    pub forwarded_from: Option<String>,
    /// `CallerName`: caller ID name, when the lookup is enabled.
    pub caller_name: Option<String>,
    /// `ParentCallSid`: the call that created this one (e.g. with `<Dial>`).
    pub parent_call_sid: Option<String>,
    /// `CallDuration`: seconds the call lasted, on completion.
    pub call_duration: Option<u32>,
    /// `Duration`: billed minutes, on completion.
    pub duration: Option<u32>,
    /// `SipResponseCode`: the final SIP response code.
    pub sip_response_code: Option<u16>,
    /// `RecordingUrl`: the recording's URL, when the call was recorded.
    pub recording_url: Option<String>,
    /// `RecordingSid`.
    pub recording_sid: Option<String>,
    /// `RecordingDuration`: seconds.
    pub recording_duration: Option<u32>,
    /// `Timestamp`: when the event happened.
    pub timestamp: Option<Timestamp>,
    /// `CallbackSource`: `call-progress-events` for these callbacks.
    pub callback_source: Option<String>,
    /// `SequenceNumber`: the order of this event among the call's callbacks, from 0.
    pub sequence_number: Option<u32>,
    /// `AnsweredBy`: the answering machine detection result.
    pub answered_by: Option<AnsweredBy>,
    /// `MachineDetectionDuration`: milliseconds answering machine detection took.
    pub machine_detection_duration: Option<u32>,
    /// Every other parameter, by name.
    pub other: BTreeMap<String, String>,
}

/// A status callback body that cannot be parsed; names the parameter and the rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    parameter: String,
    message: String,
}

impl ParseError {
    fn new(parameter: &str, message: impl Into<String>) -> Self {
        Self {
            parameter: parameter.to_owned(),
            message: message.into(),
        }
    }

    /// The parameter at fault.
    pub fn parameter(&self) -> &str {
        &self.parameter
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid status callback parameter `{}`: {}",
            self.parameter, self.message
        )
    }
}

impl std::error::Error for ParseError {}

impl StatusCallback {
    /// Parses an `application/x-www-form-urlencoded` callback body.
    pub fn from_form(body: &[u8]) -> Result<Self, ParseError> {
        Self::from_params(form_urlencoded::parse(body))
    }

    /// Parses already-decoded `(name, value)` parameters. A parameter given twice is an error:
    /// Twilio sends each once, and picking one would hide a forged or broken request.
    pub fn from_params<K, V>(params: impl IntoIterator<Item = (K, V)>) -> Result<Self, ParseError>
    where
        K: AsRef<str> + Into<String>,
        V: AsRef<str> + Into<String>,
    {
        let mut all = BTreeMap::new();
        for (name, value) in params {
            if all.contains_key(name.as_ref()) {
                return Err(ParseError::new(name.as_ref(), "is given more than once"));
            }
            all.insert(name.into(), value.into());
        }
        let mut fields = Fields(all);
        Ok(Self {
            call_sid: fields.required("CallSid")?,
            account_sid: fields.required("AccountSid")?,
            from: fields.text("From"),
            to: fields.text("To"),
            call_status: CallStatus::from(fields.required("CallStatus")?),
            direction: fields.text("Direction").map(CallDirection::from),
            api_version: fields.text("ApiVersion"),
            forwarded_from: fields.text("ForwardedFrom"),
            caller_name: fields.text("CallerName"),
            parent_call_sid: fields.text("ParentCallSid"),
            call_duration: fields.number("CallDuration")?,
            duration: fields.number("Duration")?,
            sip_response_code: fields.number("SipResponseCode")?,
            recording_url: fields.text("RecordingUrl"),
            recording_sid: fields.text("RecordingSid"),
            recording_duration: fields.number("RecordingDuration")?,
            timestamp: fields.parsed("Timestamp", "an RFC 2822 timestamp")?,
            callback_source: fields.text("CallbackSource"),
            sequence_number: fields.number("SequenceNumber")?,
            answered_by: fields.text("AnsweredBy").map(AnsweredBy::from),
            machine_detection_duration: fields.number("MachineDetectionDuration")?,
            other: fields.0,
        })
    }
}

/// The parameters not yet taken; what is left at the end is `other`.
struct Fields(BTreeMap<String, String>);

impl Fields {
    fn text(&mut self, name: &str) -> Option<String> {
        self.0.remove(name)
    }

    fn required(&mut self, name: &str) -> Result<String, ParseError> {
        self.text(name)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| ParseError::new(name, "is required"))
    }

    fn parsed<T: FromStr>(&mut self, name: &str, rule: &str) -> Result<Option<T>, ParseError> {
        // An empty value is how a form says "no value".
        let Some(value) = self.text(name).filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        value.parse().map(Some).map_err(|_| {
            let shown: String = value.chars().take(40).collect();
            ParseError::new(name, format!("must be {rule} (got {shown:?})"))
        })
    }

    fn number<T: FromStr>(&mut self, name: &str) -> Result<Option<T>, ParseError> {
        self.parsed(name, "a non-negative integer")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: [(&str, &str); 3] = [
        ("CallSid", "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        ("AccountSid", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        ("CallStatus", "ringing"),
    ];

    fn with(extra: &[(&'static str, &'static str)]) -> Result<StatusCallback, ParseError> {
        StatusCallback::from_params(MINIMAL.iter().chain(extra).copied())
    }

    #[test]
    fn every_documented_parameter_is_typed() {
        let callback = with(&[
            ("From", "+15005550006"),
            ("To", "sip:alice@example.com"),
            ("Direction", "outbound-dial"),
            ("ApiVersion", "2010-04-01"),
            ("ForwardedFrom", "+14155550000"),
            ("CallerName", "Alice"),
            ("ParentCallSid", "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
            ("CallDuration", "61"),
            ("Duration", "2"),
            ("SipResponseCode", "200"),
            ("RecordingUrl", "https://api.twilio.com/rec"),
            ("RecordingSid", "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            ("RecordingDuration", "59"),
            ("Timestamp", "Tue, 31 Aug 2010 20:36:28 +0000"),
            ("CallbackSource", "call-progress-events"),
            ("SequenceNumber", "0"),
            ("AnsweredBy", "machine_end_beep"),
            ("MachineDetectionDuration", "3120"),
        ])
        .unwrap();
        assert_eq!(callback.call_status, CallStatus::Ringing);
        assert_eq!(callback.direction, Some(CallDirection::OutboundDial));
        assert_eq!(callback.answered_by, Some(AnsweredBy::MachineEndBeep));
        assert_eq!(callback.call_duration, Some(61));
        assert_eq!(callback.duration, Some(2));
        assert_eq!(callback.sip_response_code, Some(200));
        assert_eq!(callback.recording_duration, Some(59));
        assert_eq!(callback.sequence_number, Some(0));
        assert_eq!(callback.machine_detection_duration, Some(3120));
        assert_eq!(callback.forwarded_from.as_deref(), Some("+14155550000"));
        assert_eq!(callback.caller_name.as_deref(), Some("Alice"));
        assert_eq!(callback.api_version.as_deref(), Some("2010-04-01"));
        assert!(callback.other.is_empty(), "{:?}", callback.other);
    }

    #[test]
    fn new_values_and_unknown_parameters_are_kept() {
        let callback = with(&[
            ("Direction", "outbound-teleport"),
            ("StirVerstat", "TN-Validation-Passed-A"),
        ])
        .unwrap();
        assert_eq!(callback.direction.unwrap().as_str(), "outbound-teleport");
        assert_eq!(callback.other["StirVerstat"], "TN-Validation-Passed-A");
        let status = StatusCallback::from_params([
            ("CallSid", "CA1"),
            ("AccountSid", "AC1"),
            ("CallStatus", "transferred"),
        ])
        .unwrap();
        assert_eq!(status.call_status.as_str(), "transferred");
    }

    #[test]
    fn bad_input_names_the_parameter() {
        let missing = StatusCallback::from_params(MINIMAL[..2].iter().copied()).unwrap_err();
        assert_eq!(missing.parameter(), "CallStatus");
        assert_eq!(
            missing.to_string(),
            "invalid status callback parameter `CallStatus`: is required"
        );
        let bad = with(&[("CallDuration", "-1")]).unwrap_err();
        assert_eq!(
            bad.to_string(),
            "invalid status callback parameter `CallDuration`: must be a non-negative integer (got \"-1\")"
        );
        let bad = with(&[("Timestamp", "yesterday")]).unwrap_err();
        assert_eq!(bad.parameter(), "Timestamp");
        let twice = with(&[("To", "+1"), ("To", "+2")]).unwrap_err();
        assert_eq!(
            twice.to_string(),
            "invalid status callback parameter `To`: is given more than once"
        );
        assert_eq!(with(&[("CallDuration", "")]).unwrap().call_duration, None);
    }
}
