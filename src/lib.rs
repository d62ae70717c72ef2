//! # twilio-calls
//!
//! A typed Rust SDK for Twilio's Calls API (REST API v2010: create, fetch, list, update and
//! delete a Call), generated from Twilio's own OpenAPI spec.
//!
//! Everything the spec says is generated at build time from `spec/twilio_api_v2010.yaml`
//! (with the overlay `spec/overlay.yaml`, prepared by `codegen/prepare.rs`): progenitor
//! writes the response types and the raw client, and `codegen/surface.rs` writes the public
//! request builders of [`operations`], one setter per parameter with the spec's text as its
//! documentation. A new spec (`cargo xtask regen`) reaches users with no hand edit. The
//! response types are public under friendly names:
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
//!
//! Requests are retried when that is safe ([`RetryPolicy`]): a create is sent again only
//! when it provably did not reach Twilio, and an error says whether the call may have been
//! placed anyway ([`Error::may_have_taken_effect`]). Timeouts, a client-side rate limit and
//! a response size cap are on [`ClientBuilder`]; every attempt is a `tracing` span.
//!
//! Beyond the REST operations ([`Client`]): [`webhook`] validates `X-Twilio-Signature` and
//! parses status callbacks (with an axum extractor under the `axum` feature), [`twiml`]
//! builds the TwiML documents that drive a call, and the real-time WebSockets of voice AI
//! apps are typed: [`media_stream`] (Media Streams' messages, G.711 μ-law, a resampler) and
//! [`conversation_relay`] (ConversationRelay's messages).
//!
//! Cargo features (none is on by default):
//! - `axum`: `webhook::axum`, an extractor that verifies and parses webhooks; and
//!   `media_stream::axum` and `conversation_relay::axum`, WebSocket upgrades that verify
//!   Twilio's signature and give a session.
//! - `redis`: `limits::RedisLimits`, rate and concurrency limits shared by a fleet.
//!
//! To test an app without a Twilio account, FakeTwilio, a local Calls API on loopback, is
//! its own crate: `twilio-calls-fake` (`twilio_calls_fake::FakeTwilio`).

#![forbid(unsafe_code)]
// docs.rs (nightly, `--cfg docsrs`) labels the items each feature adds.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]
// `Error::Api(ApiError)` keeps Twilio's error fields inline, as the public contract names it;
// the success types (a `Call` is several times larger) dominate these results' size anyway.
#![allow(clippy::result_large_err)]

// `x-rust-type` paths in the generated code name this crate as `::twilio_calls::…`.
extern crate self as twilio_calls;

// The README's examples compile as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

mod auth;
mod calls;
mod check;
mod client;
pub mod client_validation;
mod config;
pub mod conversation_relay;
mod description;
mod digest;
mod dynamic;
mod error;
mod generated;
mod hooks;
mod http;
pub mod jwt;
pub mod limits;
pub mod media_stream;
mod oauth;
pub mod operations;
mod pagination;
mod request;
mod resources;
mod response;
mod retry;
mod throttle;
pub mod twiml;
mod types;
pub mod webhook;

pub use calls::Calls;
pub use client::{
    Account, Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT,
};
pub use description::{Location, OperationDescription, ParameterDescription};
pub use dynamic::{DynamicRequest, DynamicResources};
pub use error::{ApiError, Error, PaginationError};
// The operations, their handlers and the resources they return are generated, so their
// names are not listed here.
pub use operations::*;
pub use pagination::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page};
pub use request::{Operation, Request};
pub use response::ApiResponse;
pub use retry::{DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BUDGET, RetryPolicy};
pub use throttle::DEFAULT_MAX_CONCURRENT_REQUESTS;
// The open enums are generated (one per enum of the spec, see codegen/names.rs), so their
// names are not listed here.
pub use types::*;

/// One page of `ListCall`, as Twilio returns it (the wire form; [`Page`] is the friendly
/// one).
///
/// ```
/// let page: twilio_calls::CallPage =
///     serde_json::from_str(r#"{"calls": [], "uri": "/x", "page": 0, "next_page_uri": null}"#).unwrap();
/// assert!(page.calls.is_empty());
/// ```
pub use generated::types::ListCallResponse as CallPage;
