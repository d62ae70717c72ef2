//! The body of `check`: every constraint the spec states, checked before any I/O, each
//! failure naming the parameter and the rule (the helpers are in `src/check.rs`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{ident, option};
use crate::model::{Format, Kind, Location, Op, Param};
use crate::prose::family_first_over;

pub(super) fn checks(op: &Op) -> TokenStream {
    let mut checks: Vec<TokenStream> = op.params.iter().flat_map(param_checks).collect();
    for (groups, rule) in [
        (&op.exactly_one, quote!(crate::check::exactly_one)),
        (&op.at_most_one, quote!(crate::check::at_most_one)),
    ] {
        for group in groups {
            let items = group.iter().map(|wire| {
                let p = op.param(wire).expect("checked when read");
                let field = ident(&p.setter);
                let set = if matches!(p.kind, Kind::Array(_)) {
                    quote!(!self.#field.is_empty())
                } else {
                    quote!(self.#field.is_some())
                };
                quote!((#wire, #set))
            });
            checks.push(quote!(#rule(&[#(#items),*])?;));
        }
    }
    quote!(#(#checks)*)
}

/// One parameter's checks.
fn param_checks(p: &Param) -> Vec<TokenStream> {
    let wire = &p.wire;
    let setter = &p.setter;
    let field = ident(&p.setter);
    if let Kind::Family { fields, max } = &p.kind {
        let first = family_first_over(p, fields, *max);
        return vec![quote!(crate::check::family_rows(#first, self.#field.len(), #max)?;)];
    }
    if p.location == Location::Path {
        return vec![match &p.constraints.newtype {
            Some(newtype) => {
                let newtype = format_ident!("{}", newtype);
                quote!(crate::check::pattern::<crate::generated::types::#newtype>(#wire, &self.#field, None)?;)
            }
            None => quote!(crate::check::required_text(#wire, None, Some(&self.#field))?;),
        }];
    }
    let mut checks = Vec::new();
    if p.required {
        checks.push(match (&p.kind, p.secret) {
            (Kind::Text, false) => {
                quote!(crate::check::required_text(#wire, Some(#setter), self.#field.as_deref())?;)
            }
            (Kind::Array(_), _) => {
                quote!(crate::check::required(#wire, #setter, !self.#field.is_empty())?;)
            }
            _ => quote!(crate::check::required(#wire, #setter, self.#field.is_some())?;),
        });
    }
    if matches!(p.kind, Kind::Array(_)) || p.secret {
        return checks;
    }
    let c = &p.constraints;
    if let Some(newtype) = &c.newtype {
        let newtype = format_ident!("{}", newtype);
        let allowed = match &c.pattern_allowed {
            Some(words) => quote!(Some(#words)),
            None => quote!(None),
        };
        checks.push(quote! {
            if let Some(value) = &self.#field {
                crate::check::pattern::<crate::generated::types::#newtype>(#wire, value, #allowed)?;
            }
        });
    }
    if c.minimum.is_some() || c.maximum.is_some() {
        let (min, max) = (option(c.minimum), option(c.maximum));
        checks.push(quote!(crate::check::range(#wire, self.#field, #min, #max)?;));
    }
    if p.has_format(&Format::Uri) && p.kind == Kind::Text {
        checks.push(quote!(crate::check::url(#wire, self.#field.as_deref())?;));
    }
    if p.has_format(&Format::WebSocketUrl) && p.kind == Kind::Text {
        checks.push(quote!(crate::check::websocket_url(#wire, self.#field.as_deref())?;));
    }
    if !c.values.is_empty() {
        let values = &c.values;
        checks.push(quote!(crate::check::one_of(#wire, self.#field.as_ref(), &[#(#values),*])?;));
    }
    checks
}
