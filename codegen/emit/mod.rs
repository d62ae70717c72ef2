//! The emitters: Rust source from the model (codegen/model.rs), one module per output. Each
//! is a plain function of the model that cannot fail (the reader checked everything).
//!
//! For every operation the surface has
//! - a struct named by the `operationId` (`CreateCall`) holding the operation's parameters,
//!   its path parameters as the constructor's arguments ([`operation`]);
//! - one setter per other parameter on `Request<Op>`, named by the snake_case of the wire
//!   name, with the spec's description as its rustdoc and an argument type from the schema
//!   ([`setters`]), and the same setters by wire name from text (`Request::set`);
//! - the checks of every constraint the schema states ([`checks`]): required, `pattern`/
//!   `minLength`/`maxLength` through typify's newtypes, `minimum`/`maximum`, `format: uri`,
//!   `enum`, `x-exactly-one-of`/`x-at-most-one-of`;
//! - how it goes on the wire: path, query, form, in spec order with wire names, and how it
//!   goes over HTTP ([`wire`]);
//! - its place on a handler ([`handlers`]), a description of it in `DESCRIPTIONS`
//!   ([`descriptions`]), its entry in the dynamic table and the public name of the resource
//!   it returns ([`aliases`]).
//!
//! The open enums are emitted apart ([`enums`](mod@enums)). Everything that is the same for every
//! operation (sending, retries, options, pagination) is hand-written once in
//! `src/request.rs` and friends; this emits only what the spec says.

mod aliases;
mod checks;
mod descriptions;
mod enums;
mod handlers;
mod operation;
mod setters;
mod wire;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{OpenEnum, Surface};

/// The Rust source of the public surface: one builder per operation, the handlers, the
/// resource names, the descriptions and the dynamic table.
pub fn surface(surface: &Surface) -> TokenStream {
    let builders = surface.ops.iter().map(operation::operation);
    let handlers = surface
        .handlers
        .iter()
        .map(|handler| handlers::handler(handler, &surface.ops));
    let names = surface.resources.iter().map(aliases::resource);
    let descriptions = surface.ops.iter().map(descriptions::operation);
    let dynamic = aliases::dynamic(&surface.ops);
    quote! {
        #(#builders)*

        #(#handlers)*

        #(#names)*

        /// Every operation of the surface, as the spec describes it: what command lines and
        /// spec-driven tests need to build requests by wire name
        /// ([`Request::set`](crate::Request::set)).
        pub static DESCRIPTIONS: &[crate::description::OperationDescription] = &[#(#descriptions),*];

        #dynamic
    }
}

/// The Rust source of the open enums.
pub fn enums(enums: &[OpenEnum]) -> TokenStream {
    let enums = enums.iter().map(enums::open_enum);
    quote!(#(#enums)*)
}

/// An identifier, raw if it is a keyword (`r#type`).
fn ident(name: &str) -> Ident {
    if syn::parse_str::<Ident>(name).is_ok() {
        Ident::new(name, Span::call_site())
    } else {
        Ident::new_raw(name, Span::call_site())
    }
}

/// `#[doc = …]` attributes, one per line (rustdoc joins them).
fn doc_lines(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = format!(" {line}");
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// `Some(value)` or `None`, spelled out.
fn option<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    }
}
