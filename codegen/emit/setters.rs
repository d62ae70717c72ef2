//! The setters on `Request<Op>`, the fields they set, and `set` by wire name from text.

use heck::ToSnakeCase;
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::{doc_lines, ident};
use crate::model::{Kind, Location, Op, Param};
use crate::prose::{family_first_over, family_plural};

/// The Rust type a parameter's value is kept as.
fn stored_type(kind: &Kind, secret: bool) -> TokenStream {
    match kind {
        Kind::Text if secret => quote!(crate::auth::Secret),
        Kind::Text => quote!(::std::string::String),
        Kind::Integer => quote!(i64),
        Kind::Number => quote!(f64),
        Kind::Boolean => quote!(bool),
        Kind::Rust(ty) => ty.tokens.clone(),
        Kind::Array(item) => {
            let item = stored_type(item, secret);
            quote!(::std::vec::Vec<#item>)
        }
        Kind::Family { fields, .. } => {
            let width = fields.len();
            quote!(::std::vec::Vec<[::std::string::String; #width]>)
        }
    }
}

/// The field's type: the stored type, in an `Option` unless it is a path parameter, an
/// array or a family.
pub(super) fn field_type(param: &Param) -> TokenStream {
    let stored = stored_type(&param.kind, param.secret);
    if param.is_optional_field() {
        quote!(::std::option::Option<#stored>)
    } else {
        stored
    }
}

/// The setter's argument type, and the expression turning the argument `value` into the
/// stored value.
fn setter_argument(param: &Param) -> (TokenStream, TokenStream) {
    let value = quote!(value);
    if let Kind::Array(item) = &param.kind {
        let stored = stored_type(item, param.secret);
        return (
            quote!(impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<#stored>>),
            quote!(#value.into_iter().map(::std::convert::Into::into).collect()),
        );
    }
    let (ty, convert) = match &param.kind {
        Kind::Integer => (
            quote!(impl ::std::convert::Into<i64>),
            quote!(#value.into()),
        ),
        Kind::Number => (
            quote!(impl ::std::convert::Into<f64>),
            quote!(#value.into()),
        ),
        Kind::Boolean => (quote!(bool), quote!(#value)),
        Kind::Text if param.secret => (
            quote!(impl ::std::convert::Into<::std::string::String>),
            quote!(crate::auth::Secret::new(#value)),
        ),
        other => {
            let stored = stored_type(other, false);
            (
                quote!(impl ::std::convert::Into<#stored>),
                quote!(#value.into()),
            )
        }
    };
    (ty, quote!(::std::option::Option::Some(#convert)))
}

/// Every setter of an operation (its path parameters are the constructor's).
pub(super) fn setters(op: &Op) -> impl Iterator<Item = TokenStream> + '_ {
    op.params
        .iter()
        .filter(|p| p.location != Location::Path)
        .map(|p| setter(op, p))
}

fn setter(op: &Op, param: &Param) -> TokenStream {
    if let Kind::Family { fields, max } = &param.kind {
        return family_setters(op, param, fields, *max);
    }
    let setter = ident(&param.setter);
    let field = ident(&param.setter);
    let (argument, convert) = setter_argument(param);
    let doc = doc_lines(&crate::prose::setter(op, param));
    quote! {
        #doc
        pub fn #setter(mut self, value: #argument) -> Self {
            self.op.#field = #convert;
            self
        }
    }
}

/// A family's two setters: one row (`parameter(name, value)`), and many
/// (`parameters([(name, value), …])`), each adding to the rows already set.
fn family_setters(op: &Op, param: &Param, fields: &[String], max: usize) -> TokenStream {
    let one = ident(&param.setter);
    let many = ident(&family_plural(&param.setter));
    let field = ident(&param.setter);
    let args: Vec<Ident> = fields.iter().map(|f| ident(&f.to_snake_case())).collect();
    let text = quote!(impl ::std::convert::Into<::std::string::String>);
    let types: Vec<&TokenStream> = fields.iter().map(|_| &text).collect();
    let numbers: Vec<syn::Index> = (0..fields.len()).map(syn::Index::from).collect();
    let (one_doc, many_doc) = crate::prose::family_setters(op, param, fields, max);
    let one_doc = doc_lines(&one_doc);
    let many_doc = doc_lines(&many_doc);
    quote! {
        #one_doc
        pub fn #one(mut self, #(#args: #types),*) -> Self {
            self.op.#field.push([#(#args.into()),*]);
            self
        }

        #many_doc
        pub fn #many(mut self, rows: impl ::std::iter::IntoIterator<Item = (#(#types),*)>) -> Self {
            self.op.#field.extend(rows.into_iter().map(|row| [#(row.#numbers.into()),*]));
            self
        }
    }
}

/// The body of `set`: a family's numbered keys first, then one arm per other parameter
/// parsing the text into the field; an unknown name is an error naming it.
pub(super) fn set_body(op: &Op) -> TokenStream {
    let family_sets = op.params.iter().filter_map(|p| {
        let Kind::Family { fields, max } = &p.kind else {
            return None;
        };
        let prefix = &p.wire;
        let field = ident(&p.setter);
        let first_over = family_first_over(p, fields, *max);
        Some(quote! {
            if let ::std::option::Option::Some(slot) =
                crate::request::wire::family_slot(wire_name, #prefix, &[#(#fields),*])
            {
                return crate::request::wire::family_set(&mut self.#field, slot, value, #max, #first_over);
            }
        })
    });
    let set_arms: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.location != Location::Path && !matches!(p.kind, Kind::Family { .. }))
        .map(|p| {
            let wire = &p.wire;
            let field = ident(&p.setter);
            let parsed = parse_text(p);
            let store = match &p.kind {
                Kind::Array(_) => quote!(self.#field.push(#parsed)),
                _ => quote!(self.#field = ::std::option::Option::Some(#parsed)),
            };
            quote!(#wire => #store,)
        })
        .collect();
    let unknown_message = format!("{} has no parameter {{wire_name:?}}", op.id);
    let unknown = quote!(crate::error::Error::invalid(
        "wire_name",
        format!(#unknown_message)
    ));
    if set_arms.is_empty() {
        return quote! {
            #(#family_sets)*
            let _ = value;
            ::std::result::Result::Err(#unknown)
        };
    }
    quote! {
        #(#family_sets)*
        match wire_name {
            #(#set_arms)*
            _ => return ::std::result::Result::Err(#unknown),
        }
        ::std::result::Result::Ok(())
    }
}

/// The expression that parses the text `value` into what `set` stores (an array's item for
/// an array; families are set by numbered key, above).
fn parse_text(param: &Param) -> TokenStream {
    let wire = &param.wire;
    let kind = match &param.kind {
        Kind::Array(item) => item,
        kind => kind,
    };
    match kind {
        Kind::Text if param.secret => quote!(crate::auth::Secret::new(value)),
        Kind::Text => quote!(value.to_owned()),
        _ => quote!(crate::check::parse_text(#wire, value)?),
    }
}
