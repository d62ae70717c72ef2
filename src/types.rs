//! The types the generated code uses in place of typify's own (wired in by
//! `codegen/prepare.rs` through `x-rust-type`): Twilio's RFC 2822 timestamps and the list
//! filters' dates, written here, and the forward-compatible (open) enums, generated from
//! `codegen/names.rs` and the spec.

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

/// From the text [`FromStr`] reads, so that a `date-time` value in a body or a response (a
/// parameter a regenerated spec adds, say) decodes like the list filters.
impl<'de> Deserialize<'de> for DateOrDateTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
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

// The open enums (`CallStatus`, `HttpMethod`, …): generated from codegen/names.rs and the
// spec's values by codegen/surface.rs.
include!(concat!(env!("OUT_DIR"), "/enums.rs"));

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
    fn date_or_date_time_decodes_what_it_writes() {
        for text in ["2024-01-31", "2024-01-31T15:04:05Z"] {
            let value: DateOrDateTime = serde_json::from_str(&format!("\"{text}\"")).unwrap();
            assert_eq!(value.to_string(), text);
        }
        let err = serde_json::from_str::<DateOrDateTime>(r#""31/01/2024""#).unwrap_err();
        assert!(err.to_string().contains("neither a date"), "{err}");
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
        let back: DateOrDateTime = "2024-01-31".parse().unwrap();
        assert_eq!(back, DateOrDateTime::Date(day));
        let err = "yesterday".parse::<DateOrDateTime>().unwrap_err();
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
