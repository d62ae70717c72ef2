//! # twilio-calls
//!
//! A typed Rust SDK for Twilio's Calls API (REST API v2010: create, fetch, list, update and
//! delete a Call), generated from Twilio's own OpenAPI spec.
//!
//! The raw client is generated at build time by progenitor from `spec/twilio_api_v2010.yaml`
//! (see `build.rs` and `codegen/prepare.rs`); this crate wraps it. The response types are
//! public under friendly names:
//!
//! ```
//! use twilio_calls::{Call, CallStatus};
//!
//! let call: Call = serde_json::from_str(r#"{
//!     "sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
//!     "status": "in-progress",
//!     "start_time": "Tue, 31 Aug 2010 20:36:29 +0000"
//! }"#).unwrap();
//! assert_eq!(call.status, Some(CallStatus::InProgress));
//! assert_eq!(call.start_time.unwrap().to_string(), "Tue, 31 Aug 2010 20:36:29 +0000");
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// `x-rust-type` paths in the generated code name this crate as `::twilio_calls::…`.
extern crate self as twilio_calls;

mod generated;
mod hooks;
mod types;

pub use types::{
    CallStatus, DateOrDateTime, HttpMethod, Timestamp, TimestampError, UpdateCallStatus,
};

/// A Call resource as Twilio returns it (the spec's `api.v2010.account.call`).
pub type Call = generated::types::ApiV2010AccountCall;

/// One page of `ListCall`, as Twilio returns it.
pub type CallPage = generated::types::ListCallResponse;
