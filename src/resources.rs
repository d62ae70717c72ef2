//! What the resources offer beyond their generated fields: Twilio sends durations, prices and
//! codes as strings (`"duration": "61"`, `"price": "-0.03000"`), and these read them as
//! numbers, `None` when absent or not a number.

use std::str::FromStr;

use crate::operations::{Call, CallNotification, CallNotificationInstance, CallRecording};

/// A numeric string field, read as a number.
fn number<T: FromStr>(field: &Option<String>) -> Option<T> {
    field.as_deref()?.trim().parse().ok()
}

/// A Call: typed timestamps ([`Timestamp`](crate::Timestamp)), [`CallStatus`](crate::CallStatus),
/// [`CallDirection`](crate::CallDirection), [`AnsweredBy`](crate::AnsweredBy), and the
/// numeric strings readable as numbers.
///
/// ```
/// use twilio_calls::{Call, CallDirection};
///
/// let call: Call = serde_json::from_str(
///     r#"{"sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "direction": "outbound-api", "duration": "61"}"#,
/// ).unwrap();
/// assert_eq!(call.direction, Some(CallDirection::OutboundApi));
/// assert_eq!(call.duration_secs(), Some(61));
/// assert_eq!(
///     serde_json::to_string(&call).unwrap(),
///     r#"{"direction":"outbound-api","duration":"61","sid":"CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#
/// );
/// ```
impl Call {
    /// `duration` in seconds, once the call has ended.
    ///
    /// ```
    /// let call: twilio_calls::Call =
    ///     serde_json::from_str(r#"{"sid": "CA1", "duration": "15"}"#).unwrap();
    /// assert_eq!(call.duration_secs(), Some(15));
    /// ```
    pub fn duration_secs(&self) -> Option<u64> {
        number(&self.duration)
    }

    /// `queue_time` in milliseconds.
    ///
    /// ```
    /// let call: twilio_calls::Call =
    ///     serde_json::from_str(r#"{"sid": "CA1", "queue_time": "1000"}"#).unwrap();
    /// assert_eq!(call.queue_time_millis(), Some(1000));
    /// ```
    pub fn queue_time_millis(&self) -> Option<u64> {
        number(&self.queue_time)
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
        number(&self.price)
    }
}

/// A recording of a call: `duration` and `price` readable as numbers.
impl CallRecording {
    /// `duration` in seconds, once the recording has ended.
    ///
    /// ```
    /// let recording: twilio_calls::CallRecording =
    ///     serde_json::from_str(r#"{"sid": "RE1", "duration": "4"}"#).unwrap();
    /// assert_eq!(recording.duration_secs(), Some(4));
    /// ```
    pub fn duration_secs(&self) -> Option<u64> {
        number(&self.duration)
    }

    /// `price` as a number, in the currency of `price_unit` (a charge is negative).
    ///
    /// ```
    /// let recording: twilio_calls::CallRecording =
    ///     serde_json::from_str(r#"{"sid": "RE1", "price": "-0.0025"}"#).unwrap();
    /// assert_eq!(recording.price_amount(), Some(-0.0025));
    /// ```
    pub fn price_amount(&self) -> Option<f64> {
        number(&self.price)
    }
}

/// A notification (an error or warning Twilio logged on a call), as listed.
impl CallNotification {
    /// `error_code` as a number (Twilio's error codes: `15003`).
    ///
    /// ```
    /// let notification: twilio_calls::CallNotification =
    ///     serde_json::from_str(r#"{"sid": "NO1", "error_code": "15003", "log": "1"}"#).unwrap();
    /// assert_eq!(notification.error_code_number(), Some(15003));
    /// assert_eq!(notification.log_level(), Some(1));
    /// ```
    pub fn error_code_number(&self) -> Option<u32> {
        number(&self.error_code)
    }

    /// `log` as a number: `0` an error, `1` a warning.
    pub fn log_level(&self) -> Option<u8> {
        number(&self.log)
    }
}

/// A notification as fetched (with the request and response that caused it).
impl CallNotificationInstance {
    /// `error_code` as a number (Twilio's error codes: `15003`).
    ///
    /// ```
    /// let notification: twilio_calls::CallNotificationInstance =
    ///     serde_json::from_str(r#"{"sid": "NO1", "error_code": "15003", "log": "0"}"#).unwrap();
    /// assert_eq!(notification.error_code_number(), Some(15003));
    /// assert_eq!(notification.log_level(), Some(0));
    /// ```
    pub fn error_code_number(&self) -> Option<u32> {
        number(&self.error_code)
    }

    /// `log` as a number: `0` an error, `1` a warning.
    pub fn log_level(&self) -> Option<u8> {
        number(&self.log)
    }
}
