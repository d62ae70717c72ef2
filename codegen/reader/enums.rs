//! The open enums: those of the table (codegen/names.rs `OPEN_ENUMS`), with their values and
//! meanings, then those the prepare step made of the spec's enums; each with any value the
//! prepared spec lists for it that the table does not know yet.

use std::collections::BTreeMap;

use serde_json::Value;

use super::response::pascal;
use crate::model::{EnumValue, OpenEnum};

/// Every open enum of the prepared spec (as JSON: the `x-rust-type` extensions are read
/// before `openapiv3` would drop them).
pub fn open_enums(spec: &Value) -> Vec<OpenEnum> {
    let mut typed = typed_enums(spec);
    let mut enums: Vec<OpenEnum> = crate::names::OPEN_ENUMS
        .iter()
        .map(|open| OpenEnum {
            name: open.name.to_owned(),
            doc: open.doc.to_owned(),
            values: open
                .values
                .iter()
                .map(|(wire, variant, doc)| EnumValue {
                    wire: (*wire).to_owned(),
                    variant: (*variant).to_owned(),
                    doc: (*doc).to_owned(),
                })
                .collect(),
        })
        .collect();
    for (name, typed) in &typed {
        let Some(schema) = &typed.schema else {
            continue;
        };
        if enums.iter().any(|known| &known.name == name) {
            continue;
        }
        enums.push(OpenEnum {
            name: name.clone(),
            doc: crate::prose::spec_enum_doc(schema, &typed.description),
            values: Vec::new(),
        });
    }
    for open in &mut enums {
        let listed = typed
            .remove(&open.name)
            .map(|t| t.values)
            .unwrap_or_default();
        for wire in listed {
            if !open.values.iter().any(|known| known.wire == wire) {
                open.values.push(EnumValue {
                    variant: variant_name(&wire),
                    doc: format!("`{wire}`."),
                    wire,
                });
            }
        }
    }
    enums
}

/// The variant of a value the table does not name: its PascalCase, never `Unknown` nor
/// starting with a digit.
fn variant_name(wire: &str) -> String {
    let variant = pascal(wire);
    if variant == "Unknown" || !variant.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return format!("Value{variant}");
    }
    variant
}

/// What the prepared spec says of one of our types (`x-rust-type: twilio_calls::…`).
#[derive(Default)]
struct TypedEnum {
    /// The enum schema the prepare step made it of (`x-enum-schema`), if it did.
    schema: Option<String>,
    /// That schema's description.
    description: String,
    /// The `enum` values of every schema typed with it (array items included), each once,
    /// in the order found.
    values: Vec<String>,
}

/// Every type `x-rust-type` names in the prepared spec, by its Rust name, in one walk.
fn typed_enums(spec: &Value) -> BTreeMap<String, TypedEnum> {
    let mut found: BTreeMap<String, TypedEnum> = BTreeMap::new();
    let mut pending = vec![spec];
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(map) => {
                let path = map
                    .get("x-rust-type")
                    .and_then(|t| t.get("path"))
                    .and_then(Value::as_str);
                if let Some(name) = path.and_then(|p| p.strip_prefix("twilio_calls::")) {
                    record(found.entry(name.to_owned()).or_default(), map);
                }
                pending.extend(map.values());
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    found
}

/// What one schema typed with an enum says of it.
fn record(typed: &mut TypedEnum, schema: &serde_json::Map<String, Value>) {
    if let (None, Some(name)) = (
        &typed.schema,
        schema.get("x-enum-schema").and_then(Value::as_str),
    ) {
        typed.schema = Some(name.to_owned());
        typed.description = schema
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_owned();
    }
    let listed = schema.get("enum").and_then(Value::as_array);
    for wire in listed.into_iter().flatten().filter_map(Value::as_str) {
        if !typed.values.iter().any(|v| v == wire) {
            typed.values.push(wire.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_the_table_lacks_get_variants() {
        assert_eq!(variant_name("in-progress"), "InProgress");
        assert_eq!(variant_name("unknown"), "ValueUnknown");
        assert_eq!(variant_name("2xx"), "Value2xx");
        let spec = serde_json::json!({"a": {
            "x-rust-type": {"path": "twilio_calls::HttpMethod"},
            "enum": ["GET", "POST", "PUT"]
        }});
        let enums = open_enums(&spec);
        let http = enums.iter().find(|e| e.name == "HttpMethod").unwrap();
        let wires: Vec<_> = http.values.iter().map(|v| v.wire.as_str()).collect();
        assert_eq!(wires, ["GET", "POST", "PUT"]);
        assert_eq!(http.values[2].variant, "Put");
    }
}
