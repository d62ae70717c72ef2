//! TwiML for voice: a typed builder for the `<Response>` documents that tell Twilio what to do
//! with a call, written out with quick-xml.
//!
//! Each verb and noun is a type with a setter per attribute; values Twilio restricts are
//! enums, URLs and voices stay strings. The output has the same structure as twilio-python's
//! `VoiceResponse` for the same input (attributes in name order, as it writes them), which
//! `tests/twiml.rs` checks against fixtures generated with it.
//!
//! ```
//! use twilio_calls::HttpMethod;
//! use twilio_calls::twiml::{Dial, Gather, GatherInput, Number, Say, VoiceResponse};
//!
//! let response = VoiceResponse::new()
//!     .say(Say::new("Press 1 for sales.").voice("Polly.Amy").language("en-GB"))
//!     .gather(
//!         Gather::new()
//!             .input([GatherInput::Dtmf])
//!             .num_digits(1)
//!             .action("https://example.com/menu")
//!             .method(HttpMethod::Post),
//!     )
//!     .dial(Dial::new().caller_id("+15005550006").number(Number::new("+14155551212")));
//! assert_eq!(
//!     response.to_string(),
//!     "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>\
//!      <Say language=\"en-GB\" voice=\"Polly.Amy\">Press 1 for sales.</Say>\
//!      <Gather action=\"https://example.com/menu\" input=\"dtmf\" method=\"POST\" numDigits=\"1\"/>\
//!      <Dial callerId=\"+15005550006\"><Number>+14155551212</Number></Dial></Response>"
//! );
//! ```
//!
//! A [`VoiceResponse`] converts into a `String`, so it can be given straight to the `twiml`
//! setter of [`Calls::create`](crate::Calls::create) and [`Calls::update`](crate::Calls::update).

#[macro_use]
mod macros;
mod dial;
mod element;
mod nesting;
mod response;
mod streams;
mod values;
mod verbs;

pub use dial::{Client, Conference, Dial, Number, Queue, Sip};
pub use element::{TwimlError, TwimlProblem};
pub use response::VoiceResponse;
pub use streams::{
    Connect, ConversationRelay, Language, Parameter, Siprec, Start, Stop, Stream, Transcription,
};
pub use values::*;
pub use verbs::{Enqueue, Gather, Hangup, Leave, Pause, Play, Record, Redirect, Reject, Say};
