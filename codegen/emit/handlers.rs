//! The handlers of the collections below the root's resources (`CallRecordings`), and the
//! accessor on the parent's handler that gives each.

use heck::ToSnakeCase;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::{doc_lines, ident};
use crate::model::{Handler, Op};

pub(super) fn handler(handler: &Handler, ops: &[Op]) -> TokenStream {
    let collection = &handler.collection;
    let name = format_ident!("{}", collection.handler_name());
    let accessor = ident(&handler.accessor);
    // Only one level below the root for now (see the reader): the parent is the Calls.
    let parent = quote!(crate::calls::Calls);
    let fields: Vec<Ident> = collection
        .held
        .iter()
        .map(|p| ident(&p.to_snake_case()))
        .collect();
    let (given, inherited) = fields
        .split_last()
        .expect("a handler holds its parent's SID");
    let methods: Vec<(&str, &Op)> = handler
        .methods
        .iter()
        .map(|(action, index)| (action.as_str(), &ops[*index]))
        .collect();
    let method_tokens = methods
        .iter()
        .map(|(method, op)| method_tokens(handler, method, op));
    let given_doc = crate::prose::handler_given(collection);
    let struct_doc = doc_lines(&crate::prose::handler(
        collection,
        &handler.accessor,
        &methods,
    ));
    let accessor_doc = doc_lines(&crate::prose::handler_accessor(
        collection,
        &given.to_string(),
    ));
    quote! {
        #struct_doc
        #[derive(Clone, Debug)]
        pub struct #name {
            client: crate::client::Client,
            #(#fields: ::std::string::String,)*
        }

        impl #name {
            #[doc = #given_doc]
            pub fn #given(&self) -> &str {
                &self.#given
            }

            #(#method_tokens)*
        }

        impl #parent {
            #accessor_doc
            pub fn #accessor(&self, #given: impl ::std::convert::Into<::std::string::String>) -> #name {
                #name {
                    client: self.client().clone(),
                    #(#inherited: self.#inherited().to_owned(),)*
                    #given: #given.into(),
                }
            }
        }
    }
}

/// One handler method: the operation's request, with the path parameters the handler holds
/// and those (beyond them) the method takes.
fn method_tokens(handler: &Handler, method: &str, op: &Op) -> TokenStream {
    let op_ty = format_ident!("{}", op.id);
    let held = &handler.collection.held;
    let args = op
        .path_params()
        .filter(|p| !held.contains(&p.wire))
        .map(|p| {
            let arg = ident(&p.setter);
            quote!(#arg: impl ::std::convert::Into<::std::string::String>)
        });
    let constructor = op.path_params().map(|p| {
        let field = ident(&p.setter);
        if held.contains(&p.wire) {
            quote!(self.#field.clone())
        } else {
            quote!(#field.into())
        }
    });
    let doc = doc_lines(&crate::prose::handler_method(op));
    let method = ident(method);
    quote! {
        #doc
        pub fn #method(&self, #(#args),*) -> crate::request::Request<#op_ty> {
            crate::request::Request::new(self.client.clone(), #op_ty::new(#(#constructor),*))
        }
    }
}
