//! Hand-written types that the generated code uses in place of its own (wired in by
//! `codegen/prepare.rs` through typify's `x-rust-type`): Twilio's RFC 2822 timestamps and
//! the forward-compatible (open) enums.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point in time as Twilio writes it in responses: RFC 2822, e.g.
/// `Tue, 31 Aug 2010 20:36:28 +0000`.
///
/// Parses any RFC 2822 offset and keeps the instant in UTC; displays and serializes back in
/// Twilio's form (`+0000`), so a decoded response re-serializes to the same string.
///
/// ```
/// use twilio_calls::Timestamp;
///
/// let t: Timestamp = "Tue, 31 Aug 2010 22:36:28 +0200".parse().unwrap();
/// assert_eq!(t.to_string(), "Tue, 31 Aug 2010 20:36:28 +0000");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    /// The instant, in UTC.
    ///
    /// ```
    /// let t: twilio_calls::Timestamp = "Tue, 31 Aug 2010 20:36:28 +0000".parse().unwrap();
    /// assert_eq!(t.as_datetime().to_rfc3339(), "2010-08-31T20:36:28+00:00");
    /// ```
    pub fn as_datetime(&self) -> DateTime<Utc> {
        self.0
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(value: DateTime<Utc>) -> Self {
        Self(value)
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(value: Timestamp) -> Self {
        value.0
    }
}

/// A string that is not an RFC 2822 timestamp.
///
/// ```
/// let err = "2010-08-31".parse::<twilio_calls::Timestamp>().unwrap_err();
/// assert!(err.to_string().contains("not an RFC 2822 timestamp"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimestampError {
    input: String,
}

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not an RFC 2822 timestamp such as `Tue, 31 Aug 2010 20:36:28 +0000`",
            self.input
        )
    }
}

impl std::error::Error for TimestampError {}

impl FromStr for Timestamp {
    type Err = TimestampError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DateTime::parse_from_rfc2822(s)
            .map(|t| Self(t.with_timezone(&Utc)))
            .map_err(|_| TimestampError {
                input: s.chars().take(64).collect(),
            })
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // chrono writes `+0000` for UTC, which is Twilio's form.
        fmt::Display::fmt(&self.0.format("%a, %d %b %Y %H:%M:%S %z"), f)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A list filter value (`StartTime`, `EndTime` and their `<`/`>` variants): a whole day or
/// an instant, written as Twilio's SDKs write them, `2024-01-31` or `2024-01-31T15:04:05Z`
/// (UTC, to the second).
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use twilio_calls::DateOrDateTime;
///
/// let day = DateOrDateTime::from(NaiveDate::from_ymd_opt(2024, 1, 31).unwrap());
/// assert_eq!(day.to_string(), "2024-01-31");
/// let at = DateOrDateTime::from(Utc.with_ymd_and_hms(2024, 1, 31, 15, 4, 5).unwrap());
/// assert_eq!(at.to_string(), "2024-01-31T15:04:05Z");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateOrDateTime {
    /// A calendar day.
    Date(NaiveDate),
    /// An instant; sub-second precision is dropped on the wire.
    DateTime(DateTime<Utc>),
}

impl From<NaiveDate> for DateOrDateTime {
    fn from(value: NaiveDate) -> Self {
        Self::Date(value)
    }
}

impl<Tz: TimeZone> From<DateTime<Tz>> for DateOrDateTime {
    fn from(value: DateTime<Tz>) -> Self {
        Self::DateTime(value.with_timezone(&Utc))
    }
}

impl From<Timestamp> for DateOrDateTime {
    fn from(value: Timestamp) -> Self {
        Self::DateTime(value.0)
    }
}

impl fmt::Display for DateOrDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Date(date) => fmt::Display::fmt(&date.format("%Y-%m-%d"), f),
            Self::DateTime(at) => fmt::Display::fmt(&at.format("%Y-%m-%dT%H:%M:%SZ"), f),
        }
    }
}

impl Serialize for DateOrDateTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl FromStr for DateOrDateTime {
    type Err = String;

    /// A date (`2024-01-31`) or an RFC 3339 date-time (`2024-01-31T15:04:05Z`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Ok(date) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return Ok(Self::Date(date));
        }
        DateTime::parse_from_rfc3339(s)
            .map(Self::from)
            .map_err(|_| {
                format!(
                    "`{s}` is neither a date (2024-01-31) nor a date-time (2024-01-31T15:04:05Z)"
                )
            })
    }
}

impl<'de> Deserialize<'de> for DateOrDateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Defines an open enum: the known values as variants, anything else kept verbatim in
/// `Unknown`, so a value Twilio adds later decodes instead of failing the whole response.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(#[$fmeta:meta])* $first:ident = $first_wire:literal,
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )*
        }
    ) => {
        open_enum! {
            @emit $(#[$meta])* $name, $first, $first_wire;
            $(#[$fmeta])* $first = $first_wire, $( $(#[$vmeta])* $variant = $wire, )*
        }
    };
    (
        @emit $(#[$meta:meta])* $name:ident, $first:ident, $first_wire:literal;
        $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
    ) => {
        $(#[$meta])*
        ///
        /// Forward-compatible: a value Twilio adds later decodes as `Unknown`, keeping the
        /// string, and serializes back unchanged.
        ///
        /// ```
        #[doc = concat!("use twilio_calls::", stringify!($name), ";")]
        ///
        #[doc = concat!("let known: ", stringify!($name), " = serde_json::from_str(r#\"\"", $first_wire, "\"\"#).unwrap();")]
        #[doc = concat!("assert_eq!(known, ", stringify!($name), "::", stringify!($first), ");")]
        #[doc = concat!("let new: ", stringify!($name), " = \"added-later\".parse().unwrap();")]
        #[doc = concat!("assert_eq!(new, ", stringify!($name), "::Unknown(\"added-later\".into()));")]
        /// assert_eq!(serde_json::to_string(&new).unwrap(), r#""added-later""#);
        /// ```
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version of the SDK does not know, kept as Twilio sent it.
            Unknown(String),
        }

        impl $name {
            /// The value as Twilio writes it on the wire.
            ///
            /// ```
            #[doc = concat!("assert_eq!(twilio_calls::", stringify!($name), "::", stringify!($first), ".as_str(), \"", $first_wire, "\");")]
            /// ```
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )+
                    Self::Unknown(other) => other,
                }
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $( $wire => Self::$variant, )+
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                match Self::from(value.as_str()) {
                    Self::Unknown(_) => Self::Unknown(value),
                    known => known,
                }
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(s))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <std::borrow::Cow<'de, str>>::deserialize(deserializer)
                    .map(|s| Self::from(s.as_ref()))
            }
        }
    };
}

open_enum! {
    /// The status of a call (the spec's `call_enum_status`).
    pub enum CallStatus {
        /// Waiting to be dialled.
        Queued = "queued",
        /// Ringing at the far end.
        Ringing = "ringing",
        /// Answered and in progress.
        InProgress = "in-progress",
        /// Ended normally.
        Completed = "completed",
        /// The far end was busy.
        Busy = "busy",
        /// Could not be placed.
        Failed = "failed",
        /// Rang until the timeout without an answer.
        NoAnswer = "no-answer",
        /// Canceled while queued or ringing.
        Canceled = "canceled",
    }
}

open_enum! {
    /// The HTTP method Twilio uses for a callback or TwiML URL (the spec's `http-method` format).
    pub enum HttpMethod {
        /// `GET`
        Get = "GET",
        /// `POST`
        Post = "POST",
    }
}

open_enum! {
    /// The status an update can move a call to (the spec's `call_enum_update_status`).
    pub enum UpdateCallStatus {
        /// Cancel a queued or ringing call.
        Canceled = "canceled",
        /// Hang up an in-progress call.
        Completed = "completed",
    }
}

open_enum! {
    /// Which way a call goes (the Call's `direction`).
    pub enum CallDirection {
        /// A call into one of your Twilio numbers.
        Inbound = "inbound",
        /// A call placed through the REST API.
        OutboundApi = "outbound-api",
        /// A call placed by a `<Dial>` verb.
        OutboundDial = "outbound-dial",
        /// Elastic SIP Trunking: from your infrastructure to the PSTN.
        TrunkingTerminating = "trunking-terminating",
        /// Elastic SIP Trunking: from the PSTN to your infrastructure.
        TrunkingOriginating = "trunking-originating",
    }
}

open_enum! {
    /// Who answered, when the call was placed with answering machine detection (the Call's
    /// `answered_by`).
    pub enum AnsweredBy {
        /// A person.
        Human = "human",
        /// A machine; detection ended at the start of its greeting.
        MachineStart = "machine_start",
        /// A machine; its greeting ended with a beep.
        MachineEndBeep = "machine_end_beep",
        /// A machine; its greeting ended with silence.
        MachineEndSilence = "machine_end_silence",
        /// A machine; its greeting ended some other way.
        MachineEndOther = "machine_end_other",
        /// A fax machine.
        Fax = "fax",
        /// Detection could not decide.
        Undetermined = "unknown",
    }
}

open_enum! {
    /// Answering machine detection mode (CreateCall's `MachineDetection`).
    pub enum MachineDetection {
        /// Report `AnsweredBy` as soon as the called party is identified.
        Enable = "Enable",
        /// Wait for the end of a machine's greeting, to leave a message.
        DetectMessageEnd = "DetectMessageEnd",
    }
}

open_enum! {
    /// Channels of a call recording (CreateCall's `RecordingChannels`).
    pub enum RecordingChannels {
        /// Both legs mixed into one channel (Twilio's default).
        Mono = "mono",
        /// Each leg on its own channel.
        Dual = "dual",
    }
}

open_enum! {
    /// Which audio a call recording captures (CreateCall's `RecordingTrack`).
    pub enum RecordingTrack {
        /// Audio Twilio receives.
        Inbound = "inbound",
        /// Audio Twilio generates.
        Outbound = "outbound",
        /// Both (Twilio's default).
        Both = "both",
    }
}

open_enum! {
    /// Whether silence is trimmed from a recording (CreateCall's `Trim`).
    pub enum Trim {
        /// Trim leading and trailing silence (Twilio's default).
        TrimSilence = "trim-silence",
        /// Keep the recording as it is.
        DoNotTrim = "do-not-trim",
    }
}

open_enum! {
    /// A call-progress event Twilio can report to `StatusCallback` (CreateCall's
    /// `StatusCallbackEvent`).
    pub enum CallEvent {
        /// The call was created.
        Initiated = "initiated",
        /// The far end is ringing.
        Ringing = "ringing",
        /// The call was answered.
        Answered = "answered",
        /// The call ended (the only event sent when none is asked for).
        Completed = "completed",
    }
}

open_enum! {
    /// A recording event Twilio can report to `RecordingStatusCallback` (CreateCall's
    /// `RecordingStatusCallbackEvent`).
    pub enum RecordingEvent {
        /// Recording started.
        InProgress = "in-progress",
        /// The recording is available (the default).
        Completed = "completed",
        /// The recording was absent (silent or too short).
        Absent = "absent",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_round_trips_twilio_form() {
        let t: Timestamp = "Tue, 31 Aug 2010 20:36:28 +0000".parse().unwrap();
        assert_eq!(t.as_datetime().to_rfc3339(), "2010-08-31T20:36:28+00:00");
        assert_eq!(t.to_string(), "Tue, 31 Aug 2010 20:36:28 +0000");
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#""Tue, 31 Aug 2010 20:36:28 +0000""#
        );
    }

    #[test]
    fn timestamp_normalises_offsets_to_utc() {
        let t: Timestamp = "Tue, 31 Aug 2010 22:36:28 +0200".parse().unwrap();
        assert_eq!(t.to_string(), "Tue, 31 Aug 2010 20:36:28 +0000");
    }

    #[test]
    fn timestamp_rejects_other_forms_with_a_clear_message() {
        let err = serde_json::from_str::<Timestamp>(r#""2010-08-31T20:36:28Z""#).unwrap_err();
        assert!(
            err.to_string().contains("not an RFC 2822 timestamp"),
            "{err}"
        );
    }

    #[test]
    fn date_or_date_time_writes_twilio_filter_forms() {
        let day = NaiveDate::from_ymd_opt(2024, 1, 31).unwrap();
        assert_eq!(DateOrDateTime::from(day).to_string(), "2024-01-31");
        let at: DateTime<chrono::FixedOffset> =
            DateTime::parse_from_rfc3339("2024-01-31T17:04:05.678+02:00").unwrap();
        let filter = DateOrDateTime::from(at);
        assert_eq!(filter.to_string(), "2024-01-31T15:04:05Z");
        assert_eq!(
            serde_json::to_string(&filter).unwrap(),
            r#""2024-01-31T15:04:05Z""#
        );
        let back: DateOrDateTime = serde_json::from_str(r#""2024-01-31""#).unwrap();
        assert_eq!(back, DateOrDateTime::Date(day));
        let err = serde_json::from_str::<DateOrDateTime>(r#""yesterday""#).unwrap_err();
        assert!(err.to_string().contains("neither a date"), "{err}");
    }

    #[test]
    fn open_enum_keeps_unknown_values_verbatim() {
        let s: CallStatus = serde_json::from_str(r#""in-progress""#).unwrap();
        assert_eq!(s, CallStatus::InProgress);
        let s: CallStatus = serde_json::from_str(r#""on-hold""#).unwrap();
        assert_eq!(s, CallStatus::Unknown("on-hold".into()));
        assert_eq!(serde_json::to_string(&s).unwrap(), r#""on-hold""#);
        assert_eq!(UpdateCallStatus::from("canceled").as_str(), "canceled");
    }
}
