//! # twilio-calls
//!
//! A typed Rust SDK for Twilio's Calls API: the 24 Calls operations of REST API v2010 (place,
//! fetch, list, update and delete calls, and what happens inside one: recordings, media
//! streams, real-time transcriptions, SIPREC, payments, user-defined messages,
//! notifications and events), generated from Twilio's own OpenAPI spec, with what a voice app
//! needs around them: webhooks, TwiML, access tokens, and the real-time WebSocket protocols.
//!
//! ```no_run
//! use twilio_calls::Client;
//! use twilio_calls::twiml::VoiceResponse;
//!
//! #[tokio::main]
//! async fn main() -> Result<(), twilio_calls::Error> {
//!     // TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or an API key, or OAuth credentials).
//!     let client = Client::from_env()?;
//!     let call = client
//!         .calls()
//!         .create()
//!         .to("+15558675310")
//!         .from("+15017122661") // a number you own on Twilio
//!         .twiml(VoiceResponse::new().say("Ahoy from Rust!"))
//!         .send()
//!         .await?;
//!     println!("{} is {:?}", call.sid, call.status);
//!     Ok(())
//! }
//! ```
//!
//! Every parameter is a setter, checked before anything is sent (an error names the
//! parameter and the rule); a call is never placed twice because of a retry, and a failed
//! create says whether the call may have been placed anyway
//! ([`Error::may_have_taken_effect`]).
//!
//! ## What is where
//!
//! - [`Client`], made with [`Client::from_env`], [`Client::new`] or [`ClientBuilder`]
//!   (credentials of every kind, region and edge, timeouts, retries, rate limits).
//! - [`Calls`], from [`Client::calls`]: one method per operation, returning a
//!   [`Request`] whose setters are the operation's parameters (the generated
//!   [`operations`]), sent with `.send()` or `.await`; the collections inside a call
//!   ([`Calls::recordings`], [`Calls::streams`], …) have handlers of their own.
//! - Lists come as a [`Page`] or, with [`Request::stream`], as a stream of every item.
//! - [`Error`] says what failed, with Twilio's error ([`ApiError`]) when it answered one;
//!   [`RetryPolicy`] says what is retried.
//! - [`DynamicRequest`]: any operation by its `operationId`, for tools driven by the spec.
//! - [`webhook`]: `X-Twilio-Signature` validation and typed status callbacks.
//! - [`twiml`]: the TwiML documents that drive a call.
//! - [`jwt`]: access tokens for the Voice SDKs.
//! - [`client_validation`]: Public Key Client Validation (requests signed with your key).
//! - [`limits`]: rate and concurrency limits, shared by a fleet under `redis`.
//! - [`media_stream`] and [`conversation_relay`]: the real-time WebSocket protocols of voice
//!   AI apps, typed, with axum sessions under `axum`.
//!
//! ## Cargo features
//!
//! None is on by default.
//!
//! | Feature | What it adds |
//! |---|---|
//! | `axum` | `webhook::axum` (an extractor that verifies and parses webhooks), `media_stream::axum` and `conversation_relay::axum` (WebSocket upgrades that verify Twilio's signature and give a session) |
//! | `redis` | `limits::RedisLimits`: rate and concurrency limits shared by every process using one Redis |
//!
//! ## Testing without an account
//!
//! FakeTwilio, a local Calls API on loopback that also runs your TwiML with a scripted
//! caller and speaks the real-time protocols, is a crate of its own: `twilio-calls-fake`
//! (`twilio_calls_fake::FakeTwilio`), used as a dev-dependency.
//!
//! The code that follows the spec is generated at build time from the vendored
//! `spec/twilio_api_v2010.yaml`; `cargo xtask regen` brings a new Twilio spec in with no
//! hand edit. The README and the guide (`docs/guide.md` in the repository) cover it all in
//! prose.

#![forbid(unsafe_code)]
// docs.rs (nightly, `--cfg docsrs`) labels the items each feature adds.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![warn(missing_docs)]
// `Error::Api(ApiError)` keeps Twilio's error fields inline, as the public contract names it;
// the success types (a `Call` is several times larger) dominate these results' size anyway.
#![allow(clippy::result_large_err)]

// `x-rust-type` paths in the generated code name this crate as `::twilio_calls::…`.
extern crate self as twilio_calls;

// The README's and the guide's examples compile as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

#[cfg(doctest)]
#[doc = include_str!("../docs/guide.md")]
struct GuideExamples;

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
