//! The 24 operations of the API, generated from Twilio's spec (never edited by hand): for
//! each one a struct named by its `operationId` ([`CreateCall`], [`ListCallRecording`], …)
//! whose parameters are the setters of its [`Request`](crate::Request), with the spec's text
//! as their docs and its rules as their checks; the handlers of the collections inside a
//! call ([`CallRecordings`], …); the resources they return under friendly names ([`Call`],
//! [`CallRecording`], …); and a description of each operation in [`DESCRIPTIONS`], for tools
//! that build requests by wire name.
//!
//! The repository commits what is generated, to be read and reviewed, under `generated/`.

// The descriptions are Twilio's text: markdown written for its website, kept as it is.
#![allow(
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags
)]
#![allow(clippy::all)]

include!(concat!(env!("OUT_DIR"), "/surface.rs"));
