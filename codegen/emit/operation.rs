//! One operation's struct, its constructor, its setters' block and its implementation of
//! `crate::request::sealed::Operation` (what it decodes to, `set`, `check`, `write`, and
//! for a list its page).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{checks, doc_lines, ident, setters, wire};
use crate::model::{Location, Op, Response};

pub(super) fn operation(op: &Op) -> TokenStream {
    let name = format_ident!("{}", op.id);
    let fields = op.params.iter().map(|p| {
        let field = ident(&p.setter);
        let ty = setters::field_type(p);
        quote!(#field: #ty)
    });
    let constructor_args = op.path_params().map(|p| {
        let field = ident(&p.setter);
        quote!(#field: ::std::string::String)
    });
    let initialisers = op.params.iter().map(|p| {
        let field = ident(&p.setter);
        if p.location == Location::Path {
            quote!(#field)
        } else {
            quote!(#field: ::std::default::Default::default())
        }
    });
    let setters = setters::setters(op);
    let struct_doc = doc_lines(&crate::prose::operation(op));
    let request_doc = crate::prose::setters_block(op);
    let new_doc = crate::prose::constructor(op);
    let output = output_type(op);
    let sealed = sealed(op);
    let page_impl = page_impl(op);
    quote! {
        #struct_doc
        #[derive(Clone, Debug)]
        pub struct #name {
            #(#fields,)*
        }

        impl #name {
            #[doc = #new_doc]
            #[allow(clippy::new_without_default)]
            pub(crate) fn new(#(#constructor_args),*) -> Self {
                Self { #(#initialisers,)* }
            }
        }

        #[doc = #request_doc]
        impl crate::request::Request<#name> {
            #(#setters)*
        }

        impl crate::request::Operation for #name {
            type Output = #output;
        }

        #sealed

        #page_impl
    }
}

/// What `send` returns: `()`, the resource, or a page of its items.
fn output_type(op: &Op) -> TokenStream {
    match &op.response {
        Response::Empty => quote!(()),
        Response::Resource(ty) => {
            let ty = format_ident!("{}", ty);
            quote!(crate::generated::types::#ty)
        }
        Response::Page { item, .. } => {
            let item = format_ident!("{}", item);
            quote!(crate::pagination::Page<crate::generated::types::#item>)
        }
    }
}

/// The operation's `impl crate::request::sealed::Operation`.
fn sealed(op: &Op) -> TokenStream {
    let name = format_ident!("{}", op.id);
    let output = output_type(op);
    let (response, convert) = match &op.response {
        Response::Empty => (quote!(()), quote!(response)),
        Response::Resource(_) => (output.clone(), quote!(response)),
        Response::Page { page, .. } => {
            let page = format_ident!("{}", page);
            (
                quote!(crate::generated::types::#page),
                quote!(crate::pagination::Page::first(response, request, path)),
            )
        }
    };
    let page_size = op.page_size.map(|index| {
        let field = ident(&op.params[index].setter);
        quote! {
            fn page_size(&mut self) -> ::std::option::Option<&mut ::std::option::Option<i64>> {
                ::std::option::Option::Some(&mut self.#field)
            }
        }
    });
    // Twilio deduplicates a request that carries an `IdempotencyKey`: sent twice, it
    // acts once, so it may be retried like a read.
    let idempotent = op.idempotency_key.map(|index| {
        let field = ident(&op.params[index].setter);
        quote! {
            fn idempotent(&self) -> bool {
                self.#field.is_some()
            }
        }
    });
    let info = wire::info(op);
    let set_body = setters::set_body(op);
    let checks = checks::checks(op);
    let writes = wire::writes(op);
    quote! {
        impl crate::request::sealed::Operation for #name {
            type Response = #response;
            const INFO: crate::http::OperationInfo = #info;

            fn set(&mut self, wire_name: &str, value: &str) -> ::std::result::Result<(), crate::error::Error> {
                #set_body
            }

            fn check(&self) -> ::std::result::Result<(), crate::error::Error> {
                #checks
                ::std::result::Result::Ok(())
            }

            fn write(&self, wire: &mut crate::request::wire::Wire) {
                #writes
            }

            #idempotent

            fn output(response: Self::Response, request: &crate::request::Request<Self>, path: &str) -> #output {
                let _ = (request, path);
                #convert
            }

            #page_size
        }
    }
}

/// A list's page type as `crate::pagination::PageResponse`: its items and its links.
fn page_impl(op: &Op) -> TokenStream {
    let Response::Page { page, items, item } = &op.response else {
        return quote!();
    };
    let page = format_ident!("{}", page);
    let item_ty = format_ident!("{}", item);
    let items = ident(items);
    quote! {
        impl crate::pagination::PageResponse for crate::generated::types::#page {
            type Item = crate::generated::types::#item_ty;
            fn into_parts(self) -> (::std::vec::Vec<Self::Item>, crate::pagination::PageLinks) {
                let links = crate::pagination::PageLinks {
                    page: self.page,
                    page_size: self.page_size,
                    start: self.start,
                    end: self.end,
                    uri: ::std::option::Option::Some(self.uri),
                    first_page_uri: self.first_page_uri,
                    next_page_uri: self.next_page_uri,
                    previous_page_uri: self.previous_page_uri,
                };
                (self.#items, links)
            }
        }
    }
}
