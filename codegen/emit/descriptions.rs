//! `DESCRIPTIONS`: each operation as the spec describes it, for command lines and spec-driven
//! tests (`crate::description`).

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::quote;

use super::option;
use crate::model::{Kind, Location, Op, Param};

pub(super) fn operation(op: &Op) -> TokenStream {
    let collection = op
        .placement
        .collection
        .as_ref()
        .map(|c| c.segment.to_snake_case());
    let collection = option(collection);
    let action = op.placement.action.as_str();
    let id = &op.id;
    let method = op.method.as_str();
    let path = &op.path.text;
    let summary = &op.summary;
    let params = op.params.iter().map(parameter);
    let groups = |groups: &[Vec<String>]| {
        let groups = groups.iter().map(|g| quote!(&[#(#g),*]));
        quote!(&[#(#groups),*])
    };
    let exactly_one = groups(&op.exactly_one);
    let at_most_one = groups(&op.at_most_one);
    quote! {
        crate::description::OperationDescription {
            id: #id,
            method: #method,
            path: #path,
            collection: #collection,
            action: #action,
            summary: #summary,
            parameters: &[#(#params),*],
            exactly_one_of: #exactly_one,
            at_most_one_of: #at_most_one,
        }
    }
}

fn parameter(p: &Param) -> TokenStream {
    let wire = &p.wire;
    let setter = &p.setter;
    let location = match p.location {
        Location::Path => quote!(crate::description::Location::Path),
        Location::Query => quote!(crate::description::Location::Query),
        Location::Body => quote!(crate::description::Location::Body),
    };
    let required = p.required;
    let (kind, repeated) = match &p.kind {
        Kind::Array(item) => (kind_name(item), true),
        Kind::Family { .. } => ("string", true),
        other => (kind_name(other), false),
    };
    let (family, max_items) = match &p.kind {
        Kind::Family { fields, max } => (fields.clone(), option(Some(max))),
        _ => (Vec::new(), option(None::<usize>)),
    };
    let c = &p.constraints;
    let format = option(c.format.as_ref().map(|f| f.as_str()));
    let values = listed_values(p);
    let minimum = option(c.minimum);
    let maximum = option(c.maximum);
    let pattern = option(c.pattern.as_deref());
    let max_length = option(c.max_length);
    let doc = &p.description;
    quote! {
        crate::description::ParameterDescription {
            wire: #wire,
            setter: #setter,
            location: #location,
            required: #required,
            kind: #kind,
            repeated: #repeated,
            format: #format,
            values: &[#(#values),*],
            minimum: #minimum,
            maximum: #maximum,
            max_length: #max_length,
            pattern: #pattern,
            family: &[#(#family),*],
            max_items: #max_items,
            description: #doc,
        }
    }
}

/// The values a parameter takes, as its description lists them: the spec's, or for an open
/// enum whose values only the prose gives (codegen/rules.rs), the enum's known values.
fn listed_values(param: &Param) -> Vec<String> {
    if !param.constraints.values.is_empty() {
        return param.constraints.values.clone();
    }
    let Some(ty) = param.kind.rust_type() else {
        return Vec::new();
    };
    crate::names::OPEN_ENUMS
        .iter()
        .find(|e| e.name == ty.name())
        .map(|e| {
            e.values
                .iter()
                .map(|(wire, ..)| (*wire).to_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Text => "string",
        Kind::Integer => "integer",
        Kind::Number => "number",
        Kind::Boolean => "boolean",
        Kind::Rust(_) => "string",
        Kind::Array(_) => "array",
        Kind::Family { .. } => "family",
    }
}
