//! Steps that give values Rust types of our own: the open enums, Twilio's string formats,
//! the values the spec lists only in prose; and the tables of which types go where.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::select::reachable_schemas;
use super::{PrepareError, fail, visit_objects_mut, visit_values_mut};
use crate::overlay::remove_key;

/// String formats whose values get a hand-written Rust type instead of `String`:
/// `(format, path of the type)`. The path starts with the crate name, as `x-rust-type` asks.
pub const FORMAT_TYPES: &[(&str, &str)] = &[
    ("date-time-rfc-2822", "twilio_calls::Timestamp"),
    // One HTTP method type instead of a generated enum per `…Method` parameter.
    ("http-method", "twilio_calls::HttpMethod"),
    // The list filters: Twilio takes a plain date or a date-time in UTC to the second, where
    // typify's `chrono::DateTime` could send neither a plain date nor drop sub-seconds.
    ("date-time", DATE_OR_DATE_TIME),
];

/// The type of a value that is a date or a date-time.
const DATE_OR_DATE_TIME: &str = "twilio_calls::DateOrDateTime";

/// Component schemas replaced by hand-written Rust types: `(schema name, path of the type)`.
///
/// Twilio adds enum values over time; a closed generated enum would make a whole response fail
/// to decode on the day it does, so these are open enums written by hand in `src/types.rs`.
pub const SCHEMA_TYPES: &[(&str, &str)] = &[
    ("call_enum_status", "twilio_calls::CallStatus"),
    ("call_enum_update_status", "twilio_calls::UpdateCallStatus"),
];

/// String properties whose values the spec lists only in their descriptions (`Can be: …`),
/// typed with hand-written open enums: `(owner, property, path of the type)`.
///
/// The owner is a component schema name or the `operationId` whose form body holds the
/// property; a property name ending in `[]` means the items of that array. Each entry must
/// still find a string there, so a regen that changes one of them fails loudly here.
pub const PROPERTY_TYPES: &[(&str, &str, &str)] = &[
    (
        "api.v2010.account.call",
        "direction",
        "twilio_calls::CallDirection",
    ),
    (
        "api.v2010.account.call",
        "answered_by",
        "twilio_calls::AnsweredBy",
    ),
    (
        "CreateCall",
        "MachineDetection",
        "twilio_calls::MachineDetection",
    ),
    (
        "CreateCall",
        "RecordingChannels",
        "twilio_calls::RecordingChannels",
    ),
    (
        "CreateCall",
        "RecordingTrack",
        "twilio_calls::RecordingTrack",
    ),
    ("CreateCall", "Trim", "twilio_calls::Trim"),
    (
        "CreateCallRecording",
        "RecordingStatusCallbackEvent[]",
        "twilio_calls::RecordingEvent",
    ),
    ("CreateCallRecording", "Trim", "twilio_calls::Trim"),
    (
        "CreateCallRecording",
        "RecordingChannels",
        "twilio_calls::RecordingChannels",
    ),
    (
        "CreateCallRecording",
        "RecordingTrack",
        "twilio_calls::RecordingTrack",
    ),
    (
        "UpdateCallRecording",
        "PauseBehavior",
        "twilio_calls::PauseBehavior",
    ),
    (
        "CreateCall",
        "StatusCallbackEvent[]",
        "twilio_calls::CallEvent",
    ),
    (
        "CreateCall",
        "RecordingStatusCallbackEvent[]",
        "twilio_calls::RecordingEvent",
    ),
];

/// The crate named in the `x-rust-type` extensions this module writes.
pub const RUST_TYPE_CRATE: &str = "twilio-calls";

/// Step 6: makes every string enum among the component schemas the operations reach an open
/// enum: each `$ref` to it is replaced by a copy of the schema marked with `x-rust-type` (and
/// `x-enum-schema`, its name), so typify uses the open enum the surface emitter generates for
/// it (the unreferenced component is then pruned by the next step). Its Rust name is
/// `overrides`' when that names it, else the schema's name without `_enum_`, in PascalCase
/// (`stream_enum_track` → `StreamTrack`).
///
/// Works around: typify generates closed enums that reject any value the spec does not list,
/// and Twilio adds values over time; marking the component itself would still leave a
/// generated newtype around our type. Fails if an override names a schema the operations do
/// not reach, so a renamed enum in a new spec is noticed, and if two schemas would get one
/// name.
pub fn inline_rust_typed_schemas(
    spec: &mut Value,
    overrides: &[(&str, &str)],
) -> Result<(), PrepareError> {
    const STEP: &str = "inline_rust_typed_schemas";
    let paths = spec.get("paths").unwrap_or(&Value::Null);
    let reached = reachable_schemas(spec, [paths]).map_err(|message| fail(STEP, message))?;
    for (name, _) in overrides {
        if !reached.contains(*name) {
            return Err(fail(
                STEP,
                format!("component schema `{name}` not found among those the operations reach"),
            ));
        }
    }
    let schemas = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut replacements = BTreeMap::new();
    let mut named: BTreeMap<String, String> = BTreeMap::new();
    for (name, schema) in schemas {
        let is_string_enum = schema.get("type").and_then(Value::as_str) == Some("string")
            && schema.get("enum").is_some();
        if !reached.contains(&name) || !is_string_enum {
            continue;
        }
        let path = overrides
            .iter()
            .find(|(schema, _)| *schema == name)
            .map(|(_, path)| (*path).to_owned())
            .unwrap_or_else(|| format!("twilio_calls::{}", open_enum_name(&name)));
        if let Some(other) = named.insert(path.clone(), name.clone()) {
            return Err(fail(
                STEP,
                format!("`{other}` and `{name}` would both be `{path}`"),
            ));
        }
        let mut schema = schema.as_object().cloned().unwrap_or_default();
        schema.insert("x-rust-type".into(), rust_type_extension(&path));
        schema.insert("x-enum-schema".into(), Value::String(name.clone()));
        replacements.insert(
            format!("#/components/schemas/{name}"),
            Value::Object(schema),
        );
    }
    visit_values_mut(spec, &mut |value| {
        let target = value.get("$ref").and_then(Value::as_str);
        if let Some(replacement) = target.and_then(|r| replacements.get(r)) {
            *value = replacement.clone();
        }
    });
    Ok(())
}

/// The Rust name of an enum schema: `call_recording_enum_status` → `CallRecordingStatus`.
pub fn open_enum_name(schema: &str) -> String {
    use heck::ToPascalCase;
    schema.replacen("_enum_", "_", 1).to_pascal_case()
}

/// Step 13: marks string schemas of the given formats with `x-rust-type`, so typify uses our
/// hand-written type (e.g. a timestamp that parses RFC 2822) instead of `String`.
///
/// Works around: typify knows only JSON Schema's own formats; Twilio's `date-time-rfc-2822`
/// would otherwise be a bare `String`. `x-rust-type` is typify's supported hook for this.
pub fn map_formats_to_rust_types(spec: &mut Value, formats: &[(&str, &str)]) {
    visit_objects_mut(spec, &mut |map| {
        if map.get("type").and_then(Value::as_str) != Some("string") {
            return;
        }
        // A date or a date-time (the overlay's fix of the list filters): one type takes both,
        // and the format says so in one word (`date-or-date-time`) for the descriptions.
        if let Some(any_of) = map.get("anyOf").and_then(Value::as_array) {
            let mut alternatives: Vec<&str> = any_of
                .iter()
                .filter_map(|s| s.get("format").and_then(Value::as_str))
                .collect();
            alternatives.sort_unstable();
            if alternatives == ["date", "date-time"] && any_of.len() == 2 {
                remove_key(map, "anyOf");
                map.insert("format".into(), "date-or-date-time".into());
                map.insert("x-rust-type".into(), rust_type_extension(DATE_OR_DATE_TIME));
            }
            return;
        }
        let Some(format) = map.get("format").and_then(Value::as_str) else {
            return;
        };
        if let Some((_, path)) = formats.iter().find(|(f, _)| *f == format) {
            map.insert("x-rust-type".into(), rust_type_extension(path));
        }
    });
}

/// Step 14: gives the string properties of `table` (see [`PROPERTY_TYPES`]) hand-written
/// open enums.
///
/// Works around: the spec types these as plain `string` and names the values only in prose,
/// so the generator can only give `String`; users would get no completion and no typo check.
/// Fails if an owner or property is missing or is no longer a string.
pub fn type_documented_values(
    spec: &mut Value,
    table: &[(&str, &str, &str)],
) -> Result<(), PrepareError> {
    const STEP: &str = "type_documented_values";
    for (owner, property, path) in table {
        let (name, items) = match property.strip_suffix("[]") {
            Some(name) => (name, true),
            None => (*property, false),
        };
        let schema = owner_schema_mut(spec, owner)
            .ok_or_else(|| fail(STEP, format!("no schema or form body `{owner}`")))?;
        let mut target = schema
            .pointer_mut(&format!("/properties/{name}"))
            .ok_or_else(|| fail(STEP, format!("`{owner}` has no property `{name}`")))?;
        if items {
            target = target
                .get_mut("items")
                .ok_or_else(|| fail(STEP, format!("`{owner}.{name}` is not an array")))?;
        }
        let map = target
            .as_object_mut()
            .filter(|m| m.get("type").and_then(Value::as_str) == Some("string"))
            .ok_or_else(|| fail(STEP, format!("`{owner}.{property}` is not a string")))?;
        map.insert("x-rust-type".into(), rust_type_extension(path));
    }
    Ok(())
}

/// The component schema named `owner`, or else the form body schema of operation `owner`.
fn owner_schema_mut<'a>(spec: &'a mut Value, owner: &str) -> Option<&'a mut Value> {
    if spec
        .pointer(&format!("/components/schemas/{owner}"))
        .is_some()
    {
        return spec.pointer_mut(&format!("/components/schemas/{owner}"));
    }
    let paths = spec.get_mut("paths")?.as_object_mut()?;
    paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|item| item.values_mut())
        .find(|op| op.get("operationId").and_then(Value::as_str) == Some(owner))?
        .pointer_mut("/requestBody/content/application~1x-www-form-urlencoded/schema")
}

fn rust_type_extension(path: &str) -> Value {
    let mut ext = Map::new();
    ext.insert("crate".into(), Value::String(RUST_TYPE_CRATE.into()));
    ext.insert("version".into(), Value::String("*".into()));
    ext.insert("path".into(), Value::String(path.into()));
    Value::Object(ext)
}
