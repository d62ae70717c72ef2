//! How an operation goes on the wire (its path, query and form, written into
//! `crate::request::Wire`), and over HTTP (`crate::http::OperationInfo`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::ident;
use crate::model::{Kind, Location, Op, PathPiece, Response};

/// The body of `write`: the path (literal pieces, and each `{Name}` as its parameter,
/// percent-encoded), then every query and form parameter in spec order.
pub(super) fn writes(op: &Op) -> TokenStream {
    let mut writes = Vec::new();
    for piece in &op.path.pieces {
        match piece {
            PathPiece::Literal(text) => writes.push(quote!(wire.literal(#text);)),
            PathPiece::Param(name) => {
                let param = op.path_params().find(|p| &p.wire == name);
                let field = ident(&param.expect("checked when read").setter);
                writes.push(quote!(wire.segment(&self.#field);));
            }
        }
    }
    for p in &op.params {
        let wire = &p.wire;
        let field = ident(&p.setter);
        // An unset parameter is an empty slice; an array, its values; a credential, its text.
        if let Kind::Family { fields, .. } = &p.kind {
            writes.push(quote!(wire.family(#wire, &[#(#fields),*], &self.#field);));
            continue;
        }
        let values = match p.kind {
            Kind::Array(_) => quote!(&self.#field),
            _ if p.secret => {
                quote!(self.#field.as_ref().map(crate::auth::Secret::expose).as_slice())
            }
            _ => quote!(self.#field.as_slice()),
        };
        match p.location {
            Location::Path => {}
            Location::Query => writes.push(quote!(wire.query(#wire, #values);)),
            Location::Body => writes.push(quote!(wire.form(#wire, #values);)),
        }
    }
    quote!(#(#writes)*)
}

/// The operation's `INFO`: its name, method, whether a retry is safe by its method, whether
/// it has a response body and a form, and whether it returns a page.
pub(super) fn info(op: &Op) -> TokenStream {
    let name = &op.id;
    let method = format_ident!("{}", op.method.as_str());
    // Sending a GET or DELETE twice does no more than sending it once.
    let idempotent = op.method.idempotent();
    let body = op.response != Response::Empty;
    let form = op.params.iter().any(|p| p.location == Location::Body);
    let page = op.returns_page();
    quote! {
        crate::http::OperationInfo {
            name: #name,
            method: ::reqwest::Method::#method,
            idempotent: #idempotent,
            has_body: #body,
            has_form: #form,
            returns_page: #page,
        }
    }
}
