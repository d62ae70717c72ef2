//! The operations of the API, generated from the prepared spec by the surface emitter
//! (`codegen/emit/`, never edited by hand): for each one a struct named by its `operationId` holding its
//! parameters, the setters of its [`Request`](crate::Request), its checks and wire form, and
//! its description in [`DESCRIPTIONS`].
//!
//! To read the generated code: `cargo xtask show-generated` (see README).

// The descriptions are Twilio's text: markdown written for its website, kept as it is.
#![allow(
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags
)]
#![allow(clippy::all)]

include!(concat!(env!("OUT_DIR"), "/surface.rs"));
