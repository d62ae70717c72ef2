//! What progenitor generates from the prepared spec (see `build.rs` and
//! `codegen/prepare.rs`): the response types, the constraint-checking newtypes of the request
//! parameters, and the raw client whose hooks (`crate::hooks`) every request goes through.
//! Never edited by hand: change the spec preparation or the overlay instead.
//!
//! It is an implementation detail: the response types are public under friendly names (the
//! crate root), the request builders are `crate::operations`.

// Generated code: not held to this crate's lints (the builders and enums are, in operations).
#![allow(dead_code, missing_docs, unused_imports, clippy::all, rustdoc::all)]

include!(concat!(env!("OUT_DIR"), "/calls.rs"));
