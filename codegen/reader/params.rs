//! One parameter into the model: its Rust kind (a hand-written type named by
//! `x-rust-type` parsed here, once), its constraints, its setter's name.

use std::collections::BTreeSet;

use heck::ToSnakeCase;
use openapiv3::{ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

use super::Read;
use super::response::pascal;
use crate::model::{Constraints, Format, Kind, Location, Param, Response, RustType};
use crate::names::{PAGE_SIZE, REQUEST_METHODS};

/// A parameter as the spec declares it, in a path, a query or a form.
pub(super) struct Declared<'a> {
    pub wire: &'a str,
    /// The name the setter is made from (the spec's, before any `x-wire-name`).
    pub name: &'a str,
    pub location: Location,
    pub required: bool,
    pub schema: &'a Schema,
    pub description: Option<&'a str>,
    /// What typify names the newtype of an inline schema with string constraints.
    pub newtype_name: &'a str,
}

impl Read<'_> {
    pub(super) fn param(&self, declared: Declared) -> Result<Param, String> {
        let Declared { wire, schema, .. } = declared;
        let kind = self.kind(schema).map_err(|e| format!("`{wire}`: {e}"))?;
        let mut constraints = Constraints {
            pattern_allowed: text_extension(schema, "x-pattern-allowed"),
            ..Constraints::default()
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                constraints.format = format(&s.format);
                constraints.values = s.enumeration.iter().flatten().cloned().collect();
                constraints.pattern = s.pattern.clone();
                constraints.max_length = s.max_length;
                let constrained =
                    s.pattern.is_some() || s.min_length.is_some() || s.max_length.is_some();
                // A hand-written type checks itself; a generated newtype would not be used.
                if constrained && !matches!(kind, Kind::Rust(_)) {
                    constraints.newtype = Some(self.newtype(wire, declared.newtype_name)?);
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                constraints.format = format(&i.format);
                constraints.minimum = i.minimum;
                constraints.maximum = i.maximum;
            }
            SchemaKind::Type(Type::Array(a)) => {
                if let Some(items) = &a.items {
                    let items = self.schema_or_reference(items)?;
                    if let SchemaKind::Type(Type::String(s)) = &items.schema_kind {
                        constraints.values = s.enumeration.iter().flatten().cloned().collect();
                    }
                }
            }
            _ => {}
        }
        let description = declared
            .description
            .or(schema.schema_data.description.as_deref())
            .unwrap_or_default();
        Ok(Param {
            setter: declared.name.to_snake_case(),
            // Only free text can be a credential (`TokenType` is an enum).
            secret: is_secret(wire) && kind == Kind::Text,
            wire: wire.to_owned(),
            location: declared.location,
            required: declared.required,
            kind,
            constraints,
            description: description.trim().to_owned(),
        })
    }

    /// typify's newtype checking a parameter's string constraints, which must exist.
    fn newtype(&self, wire: &str, name: &str) -> Result<String, String> {
        let newtype = pascal(name);
        if !self.types.contains(&newtype) {
            return Err(format!(
                "`{wire}` has string constraints, but typify generated no `{newtype}` to check them"
            ));
        }
        Ok(newtype)
    }

    fn schema_or_reference<'s>(
        &'s self,
        schema: &'s ReferenceOr<Box<Schema>>,
    ) -> Result<&'s Schema, String> {
        match schema {
            ReferenceOr::Item(schema) => Ok(schema),
            ReferenceOr::Reference { reference } => self.reference(reference),
        }
    }

    fn kind(&self, schema: &Schema) -> Result<Kind, String> {
        if let Some(fields) = schema.schema_data.extensions.get("x-family") {
            return family(schema, fields);
        }
        if let Some(rust_type) = schema.schema_data.extensions.get("x-rust-type") {
            return rust(rust_type);
        }
        Ok(match &schema.schema_kind {
            // A plain date (`DateCreated<` of recordings), sent as `2024-01-31`.
            SchemaKind::Type(Type::String(s))
                if matches!(&s.format, VariantOrUnknownOrEmpty::Item(StringFormat::Date)) =>
            {
                Kind::Rust(rust_type("::chrono::NaiveDate")?)
            }
            SchemaKind::Type(Type::String(_)) => Kind::Text,
            SchemaKind::Type(Type::Integer(_)) => Kind::Integer,
            SchemaKind::Type(Type::Number(_)) => Kind::Number,
            SchemaKind::Type(Type::Boolean(_)) => Kind::Boolean,
            SchemaKind::Type(Type::Array(a)) => {
                let items = match &a.items {
                    Some(items) => self.kind(self.schema_or_reference(items)?)?,
                    None => Kind::Text,
                };
                Kind::Array(Box::new(items))
            }
            // Anything else travels as text.
            _ => Kind::Text,
        })
    }
}

/// A family of numbered keys: its fields and how many rows it may have.
fn family(schema: &Schema, fields: &Value) -> Result<Kind, String> {
    let fields: Vec<String> = fields
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    let max = match &schema.schema_kind {
        SchemaKind::Type(Type::Array(a)) => a.max_items,
        _ => None,
    };
    match max {
        Some(max) if !fields.is_empty() => Ok(Kind::Family { fields, max }),
        _ => Err("an `x-family` needs fields and `maxItems`".into()),
    }
}

/// The hand-written type `x-rust-type` names (`{path: twilio_calls::HttpMethod, …}`).
fn rust(extension: &Value) -> Result<Kind, String> {
    let path = extension
        .get("path")
        .and_then(Value::as_str)
        .ok_or("`x-rust-type` has no `path`")?;
    Ok(Kind::Rust(rust_type(&format!("::{path}"))?))
}

fn rust_type(path: &str) -> Result<RustType, String> {
    let parsed: syn::Path =
        syn::parse_str(path).map_err(|e| format!("`{path}` is not a Rust path: {e}"))?;
    Ok(RustType {
        path: path.to_owned(),
        tokens: quote::quote!(#parsed),
    })
}

fn text_extension(schema: &Schema, key: &str) -> Option<String> {
    let value = schema.schema_data.extensions.get(key)?;
    value.as_str().map(str::to_owned)
}

/// A schema's `format`, if it has one.
fn format<T: serde::Serialize>(format: &VariantOrUnknownOrEmpty<T>) -> Option<Format> {
    match format {
        VariantOrUnknownOrEmpty::Item(item) => serde_json::to_value(item)
            .ok()?
            .as_str()
            .map(Format::from_spec),
        VariantOrUnknownOrEmpty::Unknown(name) => Some(Format::from_spec(name)),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// Setter names: snake_case of the (generator) name, unique, never a reserved name
/// ([`REQUEST_METHODS`]).
pub(super) fn name_setters(params: &mut [Param]) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    for param in params.iter_mut() {
        if param.setter.is_empty() || !param.setter.starts_with(|c: char| c.is_ascii_alphabetic()) {
            param.setter = format!("param_{}", param.setter);
        }
        if REQUEST_METHODS.contains(&param.setter.as_str()) {
            param.setter.push_str("_param");
        }
        let mut names = vec![param.setter.clone()];
        if let Kind::Family { .. } = param.kind {
            names.push(crate::prose::family_plural(&param.setter));
        }
        for name in names {
            if !seen.insert(name.clone()) || REQUEST_METHODS.contains(&name.as_str()) {
                return Err(format!(
                    "two parameters are both called `{name}` in Rust (one is `{}`)",
                    param.wire
                ));
            }
        }
    }
    Ok(())
}

/// A list's `PageSize`, which the page-size rule sets: an integer in the query.
pub(super) fn page_size(params: &[Param], response: &Response) -> Result<Option<usize>, String> {
    let Response::Page { .. } = response else {
        return Ok(None);
    };
    let Some(index) = params.iter().position(|p| p.wire == PAGE_SIZE) else {
        return Ok(None);
    };
    let param = &params[index];
    if param.kind != Kind::Integer || param.location != Location::Query {
        return Err(format!("`{PAGE_SIZE}` is not an integer in the query"));
    }
    Ok(Some(index))
}

/// Parameters whose values are credentials (never shown in `Debug`).
pub(super) fn is_secret(wire: &str) -> bool {
    ["Password", "Secret", "Token"]
        .iter()
        .any(|word| wire.contains(word))
        && wire != "PageToken"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn param(wire: &str) -> Param {
        Param {
            wire: wire.into(),
            setter: wire.to_snake_case(),
            location: Location::Body,
            required: false,
            kind: Kind::Text,
            constraints: Constraints::default(),
            secret: is_secret(wire),
            description: String::new(),
        }
    }

    #[test]
    fn setters_follow_the_wire_names_and_avoid_reserved_ones() {
        assert_eq!(
            "MachineDetectionTimeout".to_snake_case(),
            "machine_detection_timeout"
        );
        assert_eq!("StartTimeBefore".to_snake_case(), "start_time_before");
        let mut params = vec![param("Send"), param("Limit"), param("To")];
        name_setters(&mut params).unwrap();
        let names: Vec<_> = params.iter().map(|p| p.setter.as_str()).collect();
        assert_eq!(names, ["send_param", "limit_param", "to"]);
        let mut twins = vec![param("To"), param("to")];
        assert!(name_setters(&mut twins).unwrap_err().contains("`to`"));
    }

    #[test]
    fn credentials_are_secret_and_page_tokens_are_not() {
        assert!(is_secret("SipAuthPassword"));
        assert!(is_secret("CallToken"));
        assert!(!is_secret("PageToken"));
        assert!(!is_secret("To"));
    }

    #[test]
    fn a_rust_type_that_is_no_path_fails() {
        assert!(rust(&serde_json::json!({"path": "twilio_calls::HttpMethod"})).is_ok());
        let err = rust(&serde_json::json!({"path": "not a path"})).unwrap_err();
        assert!(err.contains("not a Rust path"), "{err}");
        assert!(rust(&serde_json::json!({})).is_err());
    }
}
