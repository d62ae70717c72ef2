//! Receiving Twilio's webhooks: checking `X-Twilio-Signature` ([`RequestValidator`]) and
//! parsing call-progress status callbacks ([`StatusCallback`]). With the `axum` feature,
//! `axum::Verified` does both as an extractor.
//!
//! ```
//! use twilio_calls::webhook::{RequestValidator, StatusCallback};
//!
//! let validator = RequestValidator::new("your_auth_token");
//! let url = "https://example.com/calls/status";
//! let body = "CallSid=CA123&AccountSid=AC123&CallStatus=completed";
//! # let signature = validator.sign(url, form_urlencoded::parse(body.as_bytes()));
//! // `signature` is the X-Twilio-Signature header of the request.
//! let params = form_urlencoded::parse(body.as_bytes());
//! assert!(validator.validate(url, params, signature.as_str()));
//! let callback = StatusCallback::from_form(body.as_bytes()).unwrap();
//! assert_eq!(callback.call_sid, "CA123");
//! ```

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
mod signature;
mod status_callback;

pub use signature::{
    Algorithm, BODY_SHA256_PARAMETER, Param, Rejection, RequestValidator, SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER, Signature,
};
pub use status_callback::{ParseError, StatusCallback};
