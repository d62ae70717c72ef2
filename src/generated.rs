//! The raw Calls client that progenitor generates from the prepared spec (see `build.rs` and
//! `codegen/prepare.rs`). Never edited by hand: change the spec preparation instead.
//!
//! It is an implementation detail: the hand-written layer wraps it, and only the response
//! types re-exported from the crate root under friendly names are public.

#![allow(
    dead_code,
    missing_docs,
    unreachable_pub,
    unused_imports,
    clippy::all,
    clippy::pedantic,
    rustdoc::all
)]

include!(concat!(env!("OUT_DIR"), "/calls.rs"));
