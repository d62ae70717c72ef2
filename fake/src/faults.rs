//! Scripted faults: what the next requests meet instead of a normal answer.

use std::time::Duration;

/// A fault for [`FakeTwilio::fail_next`](super::FakeTwilio::fail_next).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// `429 Too Many Requests` with Twilio's error 20429, and `Retry-After` set to this value
    /// when given (seconds, or an HTTP date). The request is not processed, as Twilio
    /// documents for 429.
    TooManyRequests {
        /// The `Retry-After` header's value.
        retry_after: Option<String>,
    },
    /// This status (500–599) with a Twilio error body; the request is not processed.
    ServerError(u16),
    /// Waits this long, then processes the request and answers normally: a client that
    /// times out first cannot know whether a call was placed.
    Delay(Duration),
    /// Closes the connection without answering and without processing the request.
    Drop,
    /// Processes the request (a create places the call), then closes the connection without
    /// answering: the case where a retry would place the call twice.
    DropAfterProcessing,
}
