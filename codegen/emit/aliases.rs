//! The public names of the resources, and `crate::dynamic`'s table of operations.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::doc_lines;
use crate::model::{Op, ResourceAlias, Response};

/// One resource's alias (`pub type CallRecording = …`).
pub(super) fn resource(alias: &ResourceAlias) -> TokenStream {
    let name = format_ident!("{}", alias.name);
    let ty = format_ident!("{}", alias.ty);
    let doc = doc_lines(&crate::prose::resource(alias));
    quote! {
        #doc
        pub type #name = crate::generated::types::#ty;
    }
}

/// `crate::dynamic`'s table: each operation's request, made from its `operationId` and its
/// path parameters by wire name, behind the type-erased interface that fits what it returns.
pub(super) fn dynamic(ops: &[Op]) -> TokenStream {
    let arms = ops.iter().map(|op| {
        let id = &op.id;
        let op_ty = format_ident!("{}", op.id);
        let path = op.path_params().map(|p| {
            let wire = &p.wire;
            quote!(path(#wire)?)
        });
        let erase = match op.response {
            Response::Empty => quote!(crate::dynamic::no_content),
            Response::Resource(_) => quote!(crate::dynamic::one),
            Response::Page { .. } => quote!(crate::dynamic::list),
        };
        quote! {
            #id => #erase(crate::request::Request::new(client.clone(), #op_ty::new(#(#path),*)))
        }
    });
    quote! {
        /// The request of the operation `id`, its path parameters given by `path` (by wire
        /// name), or `None` for an id the surface does not have (see `crate::dynamic`).
        pub(crate) fn dynamic_request(
            client: &crate::client::Client,
            id: &str,
            path: &mut dyn ::std::ops::FnMut(&'static str) -> ::std::result::Result<::std::string::String, crate::error::Error>,
        ) -> ::std::result::Result<::std::option::Option<crate::dynamic::Erased>, crate::error::Error> {
            ::std::result::Result::Ok(::std::option::Option::Some(match id {
                #(#arms,)*
                _ => return ::std::result::Result::Ok(::std::option::Option::None),
            }))
        }
    }
}
