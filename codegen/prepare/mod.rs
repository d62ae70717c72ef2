//! Spec preparation: turns Twilio's full API v2010 spec into the small document that both
//! generators (progenitor for the raw client, codegen/emit/ for the public builders)
//! work from.
//!
//! The vendored spec stays byte for byte as Twilio publishes it; every change we need is the
//! overlay (spec/overlay.yaml) or a named step here, so a reader can see what we alter and
//! why. This module is shared by `build.rs` and `xtask` through `#[path]`, and its tests run as
//! part of the xtask crate.
//!
//! Steps, in order (see [`prepare`]):
//! 1. [`apply_overlay`]: our declarative changes (the seed's parameters, fixes to the spec's
//!    contradictions).
//! 2. [`keep_operations`]: only the Calls operations (and those inside a call) survive.
//! 3. [`write_prose_rules`]: rules Twilio states only in prose become ordinary constraints.
//! 4. [`collapse_numbered_families`]: `Parameter1.Name` … `Parameter99.Value` become one
//!    family.
//! 5. [`share_sid_parameters`]: one schema per kind of SID parameter, not one per operation.
//! 6. [`inline_rust_typed_schemas`]: every enum the operations reach becomes an open enum.
//! 7. [`prune_unreachable_schemas`]: only component schemas those operations reach survive.
//! 8. [`strip_object_formats`]: `format` removed from `type: object` schemas.
//! 9. [`relax_response_strings`]: no regex-checked newtypes for response fields.
//! 10. [`optional_response_scalars`]: a number a response may leave out is an `Option`.
//! 11. [`require_identifiers`]: a resource's `sid` and a page's `uri` are required.
//! 12. [`rename_comparison_parameters`]: `StartTime<` → `StartTimeBefore` and friends.
//! 13. [`map_formats_to_rust_types`]: Twilio's string formats mapped to hand-written Rust types.
//! 14. [`type_documented_values`]: plain strings whose values the spec only lists in prose
//!     (direction, answering-machine results, recording options…) get open enums.

mod parameters;
mod responses;
mod select;
#[cfg(test)]
mod tests;
mod types;

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

use crate::overlay::Overlay;

pub use parameters::{
    WireRename, collapse_numbered_families, rename_comparison_parameters, share_sid_parameters,
    write_prose_rules,
};
pub use responses::{
    optional_response_scalars, relax_response_strings, require_identifiers, strip_object_formats,
};
pub use select::{apply_overlay, keep_operations, prune_unreachable_schemas};
pub use types::{
    FORMAT_TYPES, PROPERTY_TYPES, RUST_TYPE_CRATE, SCHEMA_TYPES, inline_rust_typed_schemas,
    map_formats_to_rust_types, type_documented_values,
};

/// The operations of the Calls resource, by `operationId`.
pub const CALL_OPERATIONS: [&str; 24] = [
    "CreateCall",
    "FetchCall",
    "ListCall",
    "UpdateCall",
    "DeleteCall",
    "CreateCallRecording",
    "FetchCallRecording",
    "UpdateCallRecording",
    "DeleteCallRecording",
    "ListCallRecording",
    "FetchCallNotification",
    "ListCallNotification",
    "ListCallEvent",
    "CreateStream",
    "UpdateStream",
    "CreateRealtimeTranscription",
    "UpdateRealtimeTranscription",
    "CreateSiprec",
    "UpdateSiprec",
    "CreatePayments",
    "UpdatePayments",
    "CreateUserDefinedMessage",
    "CreateUserDefinedMessageSubscription",
    "DeleteUserDefinedMessageSubscription",
];

/// The HTTP methods an OpenAPI path item can hold operations under.
pub const HTTP_METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A step that could not be applied, with the step's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrepareError {
    /// The name of the step (the function name in this module).
    pub step: &'static str,
    /// What was wrong, in terms of the spec.
    pub message: String,
}

impl fmt::Display for PrepareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "spec preparation step `{}` failed: {}",
            self.step, self.message
        )
    }
}

impl std::error::Error for PrepareError {}

fn fail(step: &'static str, message: impl Into<String>) -> PrepareError {
    PrepareError {
        step,
        message: message.into(),
    }
}

/// The outcome of [`prepare`]: the spec to generate from, and what was renamed in it.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The prepared OpenAPI document.
    pub spec: Value,
    /// Parameters whose generated name differs from their wire name.
    pub renames: Vec<WireRename>,
}

/// Parses the vendored YAML into a JSON value (YAML is only the storage format).
pub fn parse_yaml(text: &str) -> Result<Value, PrepareError> {
    serde_norway::from_str(text).map_err(|e| fail("parse_yaml", e.to_string()))
}

/// Reads the overlay file's text (YAML).
pub fn parse_overlay(text: &str) -> Result<Overlay, PrepareError> {
    let document =
        serde_norway::from_str(text).map_err(|e| fail("parse_overlay", e.to_string()))?;
    Overlay::from_value(&document).map_err(|e| fail("parse_overlay", e.to_string()))
}

/// Runs every step, in order, on the full spec.
pub fn prepare(mut spec: Value, overlay: &Overlay) -> Result<Prepared, PrepareError> {
    apply_overlay(&mut spec, overlay)?;
    keep_operations(&mut spec, &CALL_OPERATIONS)?;
    write_prose_rules(&mut spec, crate::rules::RULES)?;
    collapse_numbered_families(&mut spec)?;
    share_sid_parameters(&mut spec)?;
    inline_rust_typed_schemas(&mut spec, SCHEMA_TYPES)?;
    prune_unreachable_schemas(&mut spec)?;
    strip_object_formats(&mut spec);
    relax_response_strings(&mut spec)?;
    optional_response_scalars(&mut spec)?;
    require_identifiers(&mut spec)?;
    let renames = rename_comparison_parameters(&mut spec)?;
    map_formats_to_rust_types(&mut spec, FORMAT_TYPES);
    type_documented_values(&mut spec, PROPERTY_TYPES)?;
    Ok(Prepared { spec, renames })
}

/// Where an operation keeps its form body's schema.
pub const FORM_BODY: &str = "/requestBody/content/application~1x-www-form-urlencoded/schema";

/// The operation with this `operationId`.
fn operation_mut<'a>(spec: &'a mut Value, id: &str) -> Option<&'a mut Value> {
    let paths = spec.get_mut("paths")?.as_object_mut()?;
    paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.iter_mut())
        .filter(|(method, _)| HTTP_METHODS.contains(&method.as_str()))
        .map(|(_, op)| op)
        .find(|op| op.get("operationId").and_then(Value::as_str) == Some(id))
}

/// The schema of an operation's parameter or form body property called `name`.
fn parameter_schema_mut<'a>(op: &'a mut Value, name: &str) -> Option<&'a mut Value> {
    let in_parameters = op
        .get("parameters")
        .and_then(Value::as_array)
        .and_then(|params| {
            params
                .iter()
                .position(|p| p.get("name").and_then(Value::as_str) == Some(name))
        });
    match in_parameters {
        Some(i) => op.pointer_mut(&format!("/parameters/{i}/schema")),
        None => op.pointer_mut(&format!(
            "{FORM_BODY}/properties/{}",
            name.replace('~', "~0").replace('/', "~1")
        )),
    }
}

/// Calls `f` with `(method, operation)` for every operation under `paths`, stopping at the
/// first error.
fn for_each_operation_mut(
    spec: &mut Value,
    mut f: impl FnMut(&str, &mut Value) -> Result<(), PrepareError>,
) -> Result<(), PrepareError> {
    let paths = spec.get_mut("paths").and_then(Value::as_object_mut);
    for item in paths.into_iter().flat_map(|p| p.values_mut()) {
        for (method, op) in item.as_object_mut().into_iter().flatten() {
            if HTTP_METHODS.contains(&method.as_str()) {
                f(method, op)?;
            }
        }
    }
    Ok(())
}

/// Calls `f` on every value, parents before children (after `f` has had its say, so a
/// replaced value's new children are the ones visited).
fn visit_values_mut(value: &mut Value, f: &mut impl FnMut(&mut Value)) {
    f(value);
    match value {
        Value::Object(map) => map.values_mut().for_each(|v| visit_values_mut(v, f)),
        Value::Array(items) => items.iter_mut().for_each(|v| visit_values_mut(v, f)),
        _ => {}
    }
}

fn visit_objects_mut(value: &mut Value, f: &mut impl FnMut(&mut Map<String, Value>)) {
    match value {
        Value::Object(map) => {
            f(map);
            map.values_mut().for_each(|v| visit_objects_mut(v, f));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| visit_objects_mut(v, f)),
        _ => {}
    }
}

/// The operations of a (prepared) spec by `operationId`: `(path, method, operation)`.
pub fn operations(spec: &Value) -> BTreeMap<String, (String, String, &Value)> {
    let mut out = BTreeMap::new();
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            if !HTTP_METHODS.contains(&method.as_str()) {
                continue;
            }
            if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                out.insert(id.to_owned(), (path.clone(), method.clone(), op));
            }
        }
    }
    out
}
