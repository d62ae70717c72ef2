//! Spec preparation: turns Twilio's full API v2010 spec into the small document that both
//! generators (progenitor for the raw client, codegen/emit/ for the public builders)
//! work from.
//!
//! The vendored spec stays byte for byte as Twilio publishes it; every change we need is the
//! overlay (spec/overlay.yaml) or a named step here, so a reader can see what we alter and
//! why. This file is shared by `build.rs` and `xtask` through `#[path]`, and its tests run as
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

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::{Map, Value};

use crate::overlay::{Outcome, Overlay, remove_key};
use crate::rules::{Constraint, Rule};

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

/// A parameter renamed for the generator only: requests must put `wire` back on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireRename {
    /// The operation whose parameter was renamed.
    pub operation: String,
    /// Where the parameter goes (`query`, `path`, `header`).
    pub location: String,
    /// The name the generator saw (and the generated code sends).
    pub generated: String,
    /// The name Twilio expects.
    pub wire: String,
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

/// Step 1: applies the overlay (spec/overlay.yaml), action by action.
///
/// Fails on an action whose target the spec no longer has, naming it: the change it was
/// written for would silently not happen. An action the spec already satisfies is fine (and
/// reported, so it can be dropped).
pub fn apply_overlay(spec: &mut Value, overlay: &Overlay) -> Result<Vec<Outcome>, PrepareError> {
    let outcomes = overlay.apply(spec);
    let gone: Vec<String> = overlay
        .actions
        .iter()
        .zip(&outcomes)
        .filter(|(_, outcome)| **outcome == Outcome::TargetGone)
        .map(|(action, _)| format!("`{}`", action.target))
        .collect();
    if gone.is_empty() {
        Ok(outcomes)
    } else {
        Err(fail(
            "apply_overlay",
            format!(
                "the spec no longer has the target of overlay action(s) {}: update spec/overlay.yaml",
                gone.join(", ")
            ),
        ))
    }
}

/// Step 2: keeps only the operations named in `keep`, and the path items that hold them.
///
/// Works around: generating all of API v2010 (hundreds of operations) is slow and fails in
/// typify on schemas the Calls API never uses. Fails if any named operation is missing, so a
/// spec update that renames one is caught here rather than as a missing method later.
pub fn keep_operations(spec: &mut Value, keep: &[&str]) -> Result<(), PrepareError> {
    const STEP: &str = "keep_operations";
    let paths = spec
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| fail(STEP, "the spec has no `paths` object"))?;
    let mut found = BTreeSet::new();
    paths.retain(|_, item| {
        let Some(item) = item.as_object_mut() else {
            return false;
        };
        item.retain(|key, op| {
            if !HTTP_METHODS.contains(&key.as_str()) {
                return true;
            }
            match op.get("operationId").and_then(Value::as_str) {
                Some(id) if keep.contains(&id) => {
                    found.insert(id.to_owned());
                    true
                }
                _ => false,
            }
        });
        HTTP_METHODS.iter().any(|m| item.contains_key(*m))
    });
    let missing: Vec<&str> = keep
        .iter()
        .copied()
        .filter(|id| !found.contains(*id))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(fail(
            STEP,
            format!("operations not found in the spec: {}", missing.join(", ")),
        ))
    }
}

/// Step 3: writes the rules of codegen/rules.rs into the spec as constraints: a range as
/// `minimum`/`maximum`, a length as `maxLength`, an alphabet as `pattern` (with
/// `x-pattern-allowed` saying it in words), a `format`, a `type`; a rule over several body
/// parameters as `x-exactly-one-of` / `x-at-most-one-of` on the body schema.
///
/// Works around: Twilio states these only in prose, so neither generator could check them.
/// Fails when a rule names an operation or parameter the spec does not have, or one whose
/// type does not fit the constraint.
pub fn write_prose_rules(spec: &mut Value, rules: &[Rule]) -> Result<(), PrepareError> {
    const STEP: &str = "write_prose_rules";
    for rule in rules {
        let Rule {
            operation,
            parameters,
            constraint,
            ..
        } = *rule;
        let op = operation_mut(spec, operation).ok_or_else(|| {
            fail(
                STEP,
                format!("a rule names operation `{operation}`, which the spec does not have"),
            )
        })?;
        for name in parameters {
            let schema = parameter_schema_mut(op, name).ok_or_else(|| {
                fail(
                    STEP,
                    format!("a rule names `{operation}.{name}`, which the spec does not have"),
                )
            })?;
            let ty = schema
                .get("type")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let map = schema
                .as_object_mut()
                .expect("parameter schemas are objects");
            let expect = |wanted: &str| {
                if ty == wanted {
                    Ok(())
                } else {
                    Err(fail(
                        STEP,
                        format!(
                            "`{operation}.{name}` is `{ty}`, not `{wanted}`: the rule {constraint:?} no longer fits"
                        ),
                    ))
                }
            };
            // The JSON type the constraint needs, and the keywords it writes.
            let (needs, keywords): (&str, Vec<(&str, Value)>) = match constraint {
                Constraint::Range { minimum, maximum } => (
                    "integer",
                    vec![("minimum", minimum.into()), ("maximum", maximum.into())],
                ),
                Constraint::MaxLength(length) => ("string", vec![("maxLength", length.into())]),
                Constraint::Pattern { pattern, allowed } => (
                    "string",
                    vec![
                        ("pattern", pattern.into()),
                        ("x-pattern-allowed", allowed.into()),
                    ],
                ),
                Constraint::Format(format) => ("string", vec![("format", format.into())]),
                Constraint::Type(new) => ("string", vec![("type", new.into())]),
                Constraint::ExactlyOne | Constraint::AtMostOne => continue,
            };
            expect(needs)?;
            for (keyword, value) in keywords {
                map.insert(keyword.into(), value);
            }
        }
        let key = match constraint {
            Constraint::ExactlyOne => "x-exactly-one-of",
            Constraint::AtMostOne => "x-at-most-one-of",
            _ => continue,
        };
        let body = op
            .pointer_mut(FORM_BODY)
            .and_then(Value::as_object_mut)
            .ok_or_else(|| fail(STEP, format!("`{operation}` has no form body for {key}")))?;
        let groups = body.entry(key).or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(groups) = groups {
            groups.push(parameters.iter().map(|p| Value::from(*p)).collect());
        }
    }
    Ok(())
}

/// Step 4: turns each family of numbered form properties (`Parameter1.Name`,
/// `Parameter1.Value` … `Parameter99.Value`) into one property named by the family
/// (`Parameter`): an array of rows with one string per field (`Name`, `Value`), at most as many
/// rows as the spec numbers, marked `x-family` with the fields in order. The property takes
/// the place of the family's first member.
///
/// Works around: the spec spells such a family out as separate properties (203 in Streams),
/// which would be as many setters and struct fields. A family is recognised by its shape
/// alone: `{prefix}{n}.{field}` for every n from 1 to N and the same string fields for each.
/// Fails on a ragged family (a number or a field missing, or a member that is not a string),
/// or one whose name another property already has.
pub fn collapse_numbered_families(spec: &mut Value) -> Result<(), PrepareError> {
    const STEP: &str = "collapse_numbered_families";
    for_each_operation_mut(spec, |_, op| {
        let id = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let Some(properties) = op
            .pointer_mut(FORM_BODY)
            .and_then(|body| body.get_mut("properties"))
            .and_then(Value::as_object_mut)
        else {
            return Ok(());
        };
        // prefix -> (fields in order, highest number, first member's key)
        let mut families: BTreeMap<String, (Vec<String>, u32, String)> = BTreeMap::new();
        for key in properties.keys() {
            if let Some((prefix, n, field)) = family_member(key) {
                let family = families
                    .entry(prefix.to_owned())
                    .or_insert_with(|| (Vec::new(), 0, key.clone()));
                if !family.0.iter().any(|f| f == field) {
                    family.0.push(field.to_owned());
                }
                family.1 = family.1.max(n);
            }
        }
        // Every member has a field and a number among these, so the family is whole when
        // each field of each number from 1 is there.
        for (prefix, (fields, highest, first)) in families {
            let ragged = || {
                fail(
                    STEP,
                    format!(
                        "{id}: `{prefix}{{n}}.{{field}}` is not every field of every n from 1 to {highest}"
                    ),
                )
            };
            let mut columns = Map::new();
            for n in 1..=highest {
                for field in &fields {
                    let member = properties
                        .get(&format!("{prefix}{n}.{field}"))
                        .ok_or_else(ragged)?;
                    if member.get("type").and_then(Value::as_str) != Some("string") {
                        return Err(fail(
                            STEP,
                            format!("{id}: `{prefix}{n}.{field}` is not a string"),
                        ));
                    }
                    columns
                        .entry(field.clone())
                        .or_insert_with(|| member.clone());
                }
            }
            if properties.contains_key(&prefix) {
                return Err(fail(
                    STEP,
                    format!("{id}: the family `{prefix}{{n}}` has the name of another property"),
                ));
            }
            let descriptions: Vec<String> = fields
                .iter()
                .map(|field| {
                    let text = columns[field]
                        .get("description")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    format!("`{prefix}{{n}}.{field}`: {text}")
                })
                .collect();
            let family = serde_json::json!({
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": columns,
                    "required": fields,
                },
                "maxItems": highest,
                "description": format!(
                    "Numbered from 1 to {highest}, one row per set. {}.",
                    descriptions.join("; ")
                ),
                "x-family": fields,
            });
            // Rebuilt in order: the family where its first member was, the members gone.
            let old = std::mem::take(properties);
            for (key, value) in old {
                if key == first {
                    properties.insert(prefix.clone(), family.clone());
                } else if family_member(&key).is_none_or(|(p, _, _)| p != prefix) {
                    properties.insert(key, value);
                }
            }
        }
        Ok(())
    })
}

/// Step 5: gives the path and query parameters that are SIDs of one kind (`^CA[0-9a-fA-F]{32}$`,
/// 34 characters) one component schema per kind (`CaSid`), referenced from each.
///
/// Works around: typify makes a regex-checked newtype of every constrained parameter schema,
/// named by operation and parameter: 24 operations made 45 copies of the same few SID checks
/// (`CreateCallRecordingAccountSid`, `FetchCallAccountSid`, …), each with its own regex and
/// impls, half of the raw client's code and a large share of its build time. Body properties
/// stay inline: their description lives in the schema, which a `$ref` would hide. Fails if a
/// schema of that name exists already.
pub fn share_sid_parameters(spec: &mut Value) -> Result<(), PrepareError> {
    const STEP: &str = "share_sid_parameters";
    let mut shared: BTreeMap<String, Value> = BTreeMap::new();
    for_each_operation_mut(spec, |_, op| {
        for param in op
            .get_mut("parameters")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            let Some(schema) = param.get_mut("schema") else {
                continue;
            };
            let Some(prefix) = sid_prefix(schema) else {
                continue;
            };
            let name = format!("{}{}Sid", &prefix[..1], prefix[1..].to_ascii_lowercase());
            shared.entry(name.clone()).or_insert_with(|| schema.clone());
            *schema = serde_json::json!({ "$ref": format!("#/components/schemas/{name}") });
        }
        Ok(())
    })?;
    let schemas = spec
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| fail(STEP, "the spec has no component schemas"))?;
    for (name, schema) in shared {
        if schemas.contains_key(&name) {
            return Err(fail(
                STEP,
                format!("a component schema `{name}` exists already"),
            ));
        }
        schemas.insert(name, schema);
    }
    Ok(())
}

/// The two letters of a SID schema (`{"type": "string", "pattern": "^CA[0-9a-fA-F]{32}$", …}`,
/// with no other constraint than its length of 34).
fn sid_prefix(schema: &Value) -> Option<String> {
    let map = schema.as_object()?;
    let allowed = ["type", "pattern", "minLength", "maxLength"];
    if map.keys().any(|k| !allowed.contains(&k.as_str()))
        || map.get("type")? != "string"
        || map.get("minLength").is_some_and(|v| v != 34)
        || map.get("maxLength").is_some_and(|v| v != 34)
    {
        return None;
    }
    let prefix = map
        .get("pattern")?
        .as_str()?
        .strip_prefix('^')?
        .strip_suffix("[0-9a-fA-F]{32}$")?;
    (prefix.len() == 2 && prefix.bytes().all(|b| b.is_ascii_uppercase())).then(|| prefix.to_owned())
}

/// `Parameter12.Name` → `("Parameter", 12, "Name")`: letters, a number from 1, a dot, letters.
fn family_member(key: &str) -> Option<(&str, u32, &str)> {
    let (head, field) = key.split_once('.')?;
    let digits = head.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let prefix = &head[..head.len() - digits.len()];
    let alphabetic = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphabetic());
    if !alphabetic(prefix) || !alphabetic(field) || digits.starts_with('0') {
        return None;
    }
    Some((prefix, digits.parse().ok()?, field))
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

/// Step 7: removes the component schemas no remaining operation reaches (transitively).
///
/// Works around: progenitor emits a Rust type for every component schema, reached or not, and
/// API v2010 has over 150 of them; typify also panics on some unrelated ones. Fails on a
/// `$ref` to a schema that does not exist.
pub fn prune_unreachable_schemas(spec: &mut Value) -> Result<(), PrepareError> {
    let paths = spec.get("paths").unwrap_or(&Value::Null);
    let reached = reachable_schemas(spec, [paths])
        .map_err(|message| fail("prune_unreachable_schemas", message))?;
    if let Some(schemas) = spec
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        schemas.retain(|name, _| reached.contains(name));
    }
    Ok(())
}

/// The names of the component schemas reached from `roots` through `$ref`s, transitively.
fn reachable_schemas<'a>(
    spec: &Value,
    roots: impl IntoIterator<Item = &'a Value>,
) -> Result<BTreeSet<String>, String> {
    const PREFIX: &str = "#/components/schemas/";
    let schemas = spec.pointer("/components/schemas");
    let mut pending = Vec::new();
    roots
        .into_iter()
        .for_each(|root| collect_refs(root, &mut pending));
    let mut reached = BTreeSet::new();
    while let Some(reference) = pending.pop() {
        let Some(name) = reference.strip_prefix(PREFIX) else {
            continue;
        };
        if !reached.insert(name.to_owned()) {
            continue;
        }
        let schema = schemas
            .and_then(|s| s.get(name))
            .ok_or_else(|| format!("`{reference}` names no component schema"))?;
        collect_refs(schema, &mut pending);
    }
    Ok(reached)
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                out.push(reference.clone());
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// Step 8: removes `format` from schemas of `type: object`.
///
/// Works around: typify 0.8 panics on an object schema with a format it does not know
/// (Twilio uses `format: uri-map` for `subresource_uris`). The format only documents the
/// values; dropping it leaves a plain JSON map, which is what the field is.
pub fn strip_object_formats(spec: &mut Value) {
    visit_objects_mut(spec, &mut |map| {
        if map.get("type").and_then(Value::as_str) == Some("object") {
            remove_key(map, "format");
        }
    });
}

/// Step 9: removes `pattern`, `minLength` and `maxLength` from the string schemas of
/// responses (inline, or components reached from a response).
///
/// Works around: typify turns each constrained string into its own regex-checked newtype, so
/// every SID field of a response would have a type of its own, cost a regex match on each
/// decode, and make the whole response fail to decode if Twilio ever sent a SID outside the
/// pattern. Requests keep their constraints: there they catch mistakes before sending.
pub fn relax_response_strings(spec: &mut Value) -> Result<(), PrepareError> {
    visit_response_objects(spec, "relax_response_strings", &mut |map| {
        if map.get("type").and_then(Value::as_str) == Some("string") {
            for key in ["pattern", "minLength", "maxLength"] {
                remove_key(map, key);
            }
        }
    })
}

/// Step 10: marks `nullable` the numbers and booleans of response objects that are not
/// `required`.
///
/// Works around: typify gives such a field a plain `i64` with `#[serde(default)]`, so a
/// recording Twilio sent without `channels` would read as `channels: 0` and serialize back
/// with a `0` Twilio never sent; nullable, it is an `Option`, absent when absent.
pub fn optional_response_scalars(spec: &mut Value) -> Result<(), PrepareError> {
    visit_response_objects(spec, "optional_response_scalars", &mut |map| {
        let required: Vec<String> = map
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        let Some(Value::Object(properties)) = map.get_mut("properties") else {
            return;
        };
        for (name, property) in properties.iter_mut() {
            let scalar = matches!(
                property.get("type").and_then(Value::as_str),
                Some("integer" | "number" | "boolean")
            );
            if scalar && !required.contains(name) {
                property["nullable"] = Value::Bool(true);
            }
        }
    })
}

/// Calls `f` on every object of every response, and of every component schema a response
/// reaches (transitively).
fn visit_response_objects(
    spec: &mut Value,
    step: &'static str,
    f: &mut impl FnMut(&mut Map<String, Value>),
) -> Result<(), PrepareError> {
    let ops = operations(spec);
    let responses = ops.values().filter_map(|(_, _, op)| op.get("responses"));
    let reached = reachable_schemas(spec, responses).map_err(|message| fail(step, message))?;
    for_each_operation_mut(spec, |_, op| {
        if let Some(responses) = op.get_mut("responses") {
            visit_objects_mut(responses, f);
        }
        Ok(())
    })?;
    let schemas = spec
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut);
    for (name, schema) in schemas.into_iter().flatten() {
        if reached.contains(name) {
            visit_objects_mut(schema, f);
        }
    }
    Ok(())
}

/// Step 11: makes `sid` required (and not nullable) in every response schema that has one,
/// and `uri` in every list page.
///
/// Works around: the spec marks no response field required, so the generated types would
/// make every field an `Option`; a resource without its SID (or a page without its own URI)
/// is not one, and decoding should say so rather than hand the user `None`.
pub fn require_identifiers(spec: &mut Value) -> Result<(), PrepareError> {
    visit_response_objects(spec, "require_identifiers", &mut |map| {
        let Some(properties) = map.get_mut("properties").and_then(Value::as_object_mut) else {
            return;
        };
        let is_page = properties.contains_key("next_page_uri");
        let field = if is_page { "uri" } else { "sid" };
        // A schema with a property of that name (not the `properties` map itself).
        let Some(property) = properties.get_mut(field).and_then(Value::as_object_mut) else {
            return;
        };
        if property.get("type").and_then(Value::as_str) != Some("string") {
            return;
        }
        remove_key(property, "nullable");
        let required = map
            .entry("required")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(required) = required
            && !required.iter().any(|r| r == field)
        {
            required.push(field.into());
        }
    })
}

/// Step 12: renames the comparison filters `X<` / `X>` to `XBefore` / `XAfter`.
///
/// Works around: progenitor derives Rust names by dropping punctuation, so `StartTime`,
/// `StartTime<` and `StartTime>` all become `start_time` and the generated code does not
/// compile. The wire names must stay exactly `StartTime<` / `StartTime>`: each renamed
/// parameter keeps its wire name in `x-wire-name`, which the surface emitter sends, and the
/// renames are returned for the report. Fails if a renamed parameter would collide with one
/// that already exists.
pub fn rename_comparison_parameters(spec: &mut Value) -> Result<Vec<WireRename>, PrepareError> {
    const STEP: &str = "rename_comparison_parameters";
    let mut renames = Vec::new();
    for_each_operation_mut(spec, |method, op| {
        let operation = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or(method)
            .to_owned();
        let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
            return Ok(());
        };
        let existing: BTreeSet<String> = params
            .iter()
            .filter_map(|p| p.get("name").and_then(Value::as_str))
            .map(rust_name_key)
            .collect();
        for param in params.iter_mut().filter_map(Value::as_object_mut) {
            let Some(wire) = param.get("name").and_then(Value::as_str).map(str::to_owned) else {
                continue;
            };
            let generated = if let Some(base) = wire.strip_suffix('<') {
                format!("{base}Before")
            } else if let Some(base) = wire.strip_suffix('>') {
                format!("{base}After")
            } else {
                continue;
            };
            if existing.contains(&rust_name_key(&generated)) {
                return Err(fail(
                    STEP,
                    format!(
                        "{operation}: renaming `{wire}` to `{generated}` collides with an existing parameter"
                    ),
                ));
            }
            let location = param
                .get("in")
                .and_then(Value::as_str)
                .unwrap_or("query")
                .to_owned();
            param.insert("name".into(), Value::String(generated.clone()));
            // For the surface emitter, which must put the wire name back on the wire.
            param.insert("x-wire-name".into(), Value::String(wire.clone()));
            renames.push(WireRename {
                operation: operation.clone(),
                location,
                generated,
                wire,
            });
        }
        Ok(())
    })?;
    Ok(renames)
}

/// The part of a name that survives Rust identifier sanitising: two names with the same key
/// become the same Rust identifier.
fn rust_name_key(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fragment() -> Value {
        json!({
            "openapi": "3.0.1",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/Calls.json": {
                    "servers": [{"url": "https://api.twilio.com"}],
                    "get": {"operationId": "ListCall", "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/call"}}}}}},
                    "post": {"operationId": "CreateCall"}
                },
                "/Messages.json": {
                    "get": {"operationId": "ListMessage", "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/message"}}}}}}
                }
            },
            "components": {"schemas": {
                "call": {"type": "object", "properties": {
                    "status": {"$ref": "#/components/schemas/call_enum_status"},
                    "subresource_uris": {"type": "object", "format": "uri-map", "nullable": true}
                }},
                "call_enum_status": {"type": "string", "enum": ["queued", "ringing"]},
                "message": {"type": "object"},
                "orphan": {"type": "string"}
            }}
        })
    }

    fn param_names(operation: &Value) -> Vec<&str> {
        let params = operation["parameters"].as_array().unwrap();
        params.iter().map(|p| p["name"].as_str().unwrap()).collect()
    }

    #[test]
    fn keep_operations_drops_other_operations_and_empty_paths() {
        let mut spec = fragment();
        keep_operations(&mut spec, &["ListCall"]).unwrap();
        let paths = spec["paths"].as_object().unwrap();
        assert_eq!(paths.keys().collect::<Vec<_>>(), ["/Calls.json"]);
        let item = paths["/Calls.json"].as_object().unwrap();
        assert!(item.contains_key("get"));
        assert!(!item.contains_key("post"));
        // Non-operation keys of a kept path item stay.
        assert!(item.contains_key("servers"));
    }

    #[test]
    fn keep_operations_names_missing_operations() {
        let mut spec = fragment();
        let err = keep_operations(&mut spec, &["ListCall", "FetchCall", "DeleteCall"]).unwrap_err();
        assert_eq!(err.step, "keep_operations");
        assert!(err.message.contains("FetchCall, DeleteCall"), "{err}");
    }

    #[test]
    fn prune_keeps_transitively_reached_schemas_only() {
        let mut spec = fragment();
        keep_operations(&mut spec, &["ListCall", "CreateCall"]).unwrap();
        prune_unreachable_schemas(&mut spec).unwrap();
        let names: Vec<_> = spec["components"]["schemas"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(names, ["call", "call_enum_status"]);
    }

    #[test]
    fn prune_reports_dangling_refs() {
        let mut spec = json!({"paths": {"/x": {"get": {"schema": {"$ref": "#/components/schemas/nope"}}}},
                              "components": {"schemas": {}}});
        let err = prune_unreachable_schemas(&mut spec).unwrap_err();
        assert_eq!(err.step, "prune_unreachable_schemas");
        assert!(err.message.contains("#/components/schemas/nope"));
    }

    #[test]
    fn strip_object_formats_only_touches_objects() {
        let mut spec = json!({"a": {"type": "object", "format": "uri-map"},
                              "b": {"type": "string", "format": "uri"},
                              "c": [{"type": "object", "format": "ice-server", "nullable": true}]});
        strip_object_formats(&mut spec);
        assert_eq!(
            spec,
            json!({"a": {"type": "object"},
                   "b": {"type": "string", "format": "uri"},
                   "c": [{"type": "object", "nullable": true}]})
        );
    }

    #[test]
    fn comparison_parameters_get_distinct_names_and_are_reported() {
        let mut spec = json!({"paths": {"/Calls.json": {"get": {
        "operationId": "ListCall",
        "parameters": [
            {"name": "StartTime", "in": "query"},
            {"name": "StartTime<", "in": "query"},
            {"name": "StartTime>", "in": "query"},
            {"name": "EndTime<", "in": "query"}
        ]}}}});
        let renames = rename_comparison_parameters(&mut spec).unwrap();
        let names = param_names(&spec["paths"]["/Calls.json"]["get"]);
        assert_eq!(
            names,
            [
                "StartTime",
                "StartTimeBefore",
                "StartTimeAfter",
                "EndTimeBefore"
            ]
        );
        let pairs: Vec<_> = renames
            .iter()
            .map(|r| (r.generated.as_str(), r.wire.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("StartTimeBefore", "StartTime<"),
                ("StartTimeAfter", "StartTime>"),
                ("EndTimeBefore", "EndTime<")
            ]
        );
        assert!(
            renames
                .iter()
                .all(|r| r.operation == "ListCall" && r.location == "query")
        );
    }

    #[test]
    fn comparison_rename_refuses_to_collide() {
        let mut spec = json!({"paths": {"/x": {"get": {"operationId": "Op", "parameters": [
            {"name": "StartTime<", "in": "query"},
            {"name": "start_time_before", "in": "query"}
        ]}}}});
        let err = rename_comparison_parameters(&mut spec).unwrap_err();
        assert_eq!(err.step, "rename_comparison_parameters");
        assert!(err.message.contains("StartTime<"));
    }

    #[test]
    fn documented_values_get_types_on_schemas_bodies_and_array_items() {
        let mut spec = json!({
            "paths": {"/Calls.json": {"post": {"operationId": "CreateCall", "requestBody": {"content": {
                "application/x-www-form-urlencoded": {"schema": {"properties": {
                    "Trim": {"type": "string"},
                    "Events": {"type": "array", "items": {"type": "string"}}
                }}}}}}}},
            "components": {"schemas": {"call": {"properties": {"direction": {"type": "string", "nullable": true}}}}}
        });
        let table = [
            ("call", "direction", "twilio_calls::D"),
            ("CreateCall", "Trim", "twilio_calls::T"),
            ("CreateCall", "Events[]", "twilio_calls::E"),
        ];
        type_documented_values(&mut spec, &table).unwrap();
        let path = |v: &Value| v["x-rust-type"]["path"].as_str().unwrap().to_owned();
        assert_eq!(
            path(&spec["components"]["schemas"]["call"]["properties"]["direction"]),
            "twilio_calls::D"
        );
        let body = &spec["paths"]["/Calls.json"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
            ["schema"]["properties"];
        assert_eq!(path(&body["Trim"]), "twilio_calls::T");
        assert_eq!(path(&body["Events"]["items"]), "twilio_calls::E");
        assert!(body["Events"].get("x-rust-type").is_none());
    }

    #[test]
    fn documented_values_fail_when_the_spec_moves_under_them() {
        let mut spec = json!({"components": {"schemas": {"call": {"properties": {
            "direction": {"type": "integer"}}}}}});
        for (owner, property, expected) in [
            ("call", "direction", "`call.direction` is not a string"),
            ("call", "missing", "`call` has no property `missing`"),
            ("call", "direction[]", "`call.direction` is not an array"),
            ("Nope", "x", "no schema or form body `Nope`"),
        ] {
            let err = type_documented_values(&mut spec, &[(owner, property, "twilio_calls::X")])
                .unwrap_err();
            assert_eq!(err.step, "type_documented_values");
            assert!(err.message.contains(expected), "{err}");
        }
    }

    #[test]
    fn formats_map_to_rust_types_on_strings_only() {
        let mut spec = json!({"d": {"type": "string", "format": "date-time-rfc-2822", "nullable": true},
                              "o": {"type": "object", "format": "date-time-rfc-2822"},
                              "u": {"type": "string", "format": "uri"}});
        map_formats_to_rust_types(&mut spec, FORMAT_TYPES);
        assert_eq!(
            spec["d"]["x-rust-type"],
            json!({"crate": "twilio-calls", "version": "*", "path": "twilio_calls::Timestamp"})
        );
        assert!(spec["o"].get("x-rust-type").is_none());
        assert!(spec["u"].get("x-rust-type").is_none());

        let mut filter =
            json!({"type": "string", "anyOf": [{"format": "date-time"}, {"format": "date"}]});
        map_formats_to_rust_types(&mut filter, FORMAT_TYPES);
        assert_eq!(
            filter,
            json!({"type": "string", "format": "date-or-date-time",
                   "x-rust-type": {"crate": "twilio-calls", "version": "*", "path": "twilio_calls::DateOrDateTime"}})
        );
    }

    #[test]
    fn rust_typed_schemas_are_inlined_at_each_use_and_missing_ones_fail() {
        let mut spec = fragment();
        inline_rust_typed_schemas(
            &mut spec,
            &[("call_enum_status", "twilio_calls::CallStatus")],
        )
        .unwrap();
        let status = &spec["components"]["schemas"]["call"]["properties"]["status"];
        assert_eq!(status["x-rust-type"]["path"], "twilio_calls::CallStatus");
        assert_eq!(status["enum"], json!(["queued", "ringing"]));
        assert!(status.get("$ref").is_none());
        // No longer referenced: pruning removes it.
        prune_unreachable_schemas(&mut spec).unwrap();
        assert!(
            spec.pointer("/components/schemas/call_enum_status")
                .is_none()
        );

        let err =
            inline_rust_typed_schemas(&mut spec, &[("gone", "twilio_calls::Gone")]).unwrap_err();
        assert_eq!(err.step, "inline_rust_typed_schemas");
        assert!(err.message.contains("`gone`"));
    }

    #[test]
    fn response_strings_lose_their_constraints_but_requests_keep_them() {
        let sid = json!({"type": "string", "minLength": 34, "maxLength": 34, "pattern": "^CA[0-9a-fA-F]{32}$"});
        let mut spec = json!({
            "paths": {"/Calls/{Sid}.json": {"post": {
                "operationId": "UpdateCall",
                "parameters": [{"name": "Sid", "in": "path", "schema": sid.clone()}],
                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                    "type": "object", "properties": {"ApplicationSid": sid.clone()}}}}},
                "responses": {"200": {"content": {"application/json": {"schema": {
                    "type": "object", "properties": {
                        "call": {"$ref": "#/components/schemas/call"},
                        "parent": sid.clone()}}}}}}
            }}},
            "components": {"schemas": {"call": {"type": "object", "properties": {"sid": sid.clone()}}}}
        });
        relax_response_strings(&mut spec).unwrap();
        let op = &spec["paths"]["/Calls/{Sid}.json"]["post"];
        assert_eq!(op["parameters"][0]["schema"], sid);
        assert_eq!(
            op["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]
                ["ApplicationSid"],
            sid
        );
        let plain = json!({"type": "string"});
        assert_eq!(
            op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["parent"],
            plain
        );
        assert_eq!(
            spec["components"]["schemas"]["call"]["properties"]["sid"],
            plain
        );
    }

    #[test]
    fn numbered_families_collapse_and_ragged_ones_fail() {
        let body = |properties: Value| {
            json!({"paths": {"/x": {"post": {"operationId": "Op", "requestBody": {"content": {
                "application/x-www-form-urlencoded": {"schema": {"properties": properties}}}}}}}})
        };
        let string = json!({"type": "string", "description": "d"});
        let mut spec = body(json!({
            "A": string, "P1.Name": string, "P1.Value": string,
            "P2.Name": string, "P2.Value": string, "Z": string,
        }));
        collapse_numbered_families(&mut spec).unwrap();
        let properties = spec
            .pointer(&format!("/paths/~1x/post{FORM_BODY}/properties"))
            .unwrap();
        let keys: Vec<&String> = properties.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["A", "P", "Z"]);
        assert_eq!(properties["P"]["maxItems"], 2);
        assert_eq!(properties["P"]["x-family"], json!(["Name", "Value"]));

        let mut ragged = body(json!({"P1.Name": string, "P1.Value": string, "P2.Name": string}));
        let err = collapse_numbered_families(&mut ragged).unwrap_err();
        assert!(err.message.contains("`P{n}.{field}`"), "{err}");
        let mut gap = body(json!({"P1.Name": string, "P3.Name": string}));
        assert!(collapse_numbered_families(&mut gap).is_err());
        // Not a family: no number, or a number with a leading zero.
        let mut plain = body(json!({"Version.Name": string, "P01.Name": string}));
        collapse_numbered_families(&mut plain).unwrap();
        assert!(plain.to_string().contains("P01.Name"));
    }

    #[test]
    fn sid_parameters_share_one_schema_per_kind() {
        let sid = |prefix: &str| {
            json!({"type": "string", "minLength": 34, "maxLength": 34,
                   "pattern": format!("^{prefix}[0-9a-fA-F]{{32}}$")})
        };
        let mut spec = json!({
            "paths": {
                "/a": {"get": {"operationId": "A", "parameters": [
                    {"name": "AccountSid", "in": "path", "schema": sid("AC")},
                    {"name": "Other", "in": "query", "schema": {"type": "string", "pattern": "^x$"}},
                ]}},
                "/b": {"get": {"operationId": "B", "parameters": [
                    {"name": "AccountSid", "in": "path", "schema": sid("AC")},
                    {"name": "Sid", "in": "path", "schema": sid("CA")},
                ]}},
            },
            "components": {"schemas": {}},
        });
        share_sid_parameters(&mut spec).unwrap();
        let reference =
            |path: &str, i: usize| spec["paths"][path]["get"]["parameters"][i]["schema"].clone();
        assert_eq!(
            reference("/a", 0),
            json!({"$ref": "#/components/schemas/AcSid"})
        );
        assert_eq!(
            reference("/b", 0),
            json!({"$ref": "#/components/schemas/AcSid"})
        );
        assert_eq!(
            reference("/b", 1),
            json!({"$ref": "#/components/schemas/CaSid"})
        );
        // Not a SID: left inline.
        assert_eq!(reference("/a", 1)["pattern"], "^x$");
        assert_eq!(spec["components"]["schemas"]["CaSid"], sid("CA"));

        let mut clash = spec.clone();
        clash["paths"]["/c"] = json!({"get": {"operationId": "C", "parameters": [
            {"name": "AccountSid", "in": "path", "schema": sid("AC")}]}});
        let err = share_sid_parameters(&mut clash).unwrap_err();
        assert!(err.message.contains("`AcSid` exists already"), "{err}");
    }

    fn vendored() -> (Value, Overlay) {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/");
        let read = |file: &str| std::fs::read_to_string(format!("{root}{file}")).unwrap();
        let spec = parse_yaml(&read("twilio_api_v2010.yaml")).unwrap();
        (spec, parse_overlay(&read("overlay.yaml")).unwrap())
    }

    /// Facts of the vendored spec are read from it (and the overlay), not restated, so a regen
    /// that adds parameters breaks nothing here.
    #[test]
    fn the_vendored_spec_prepares_to_the_calls_surface() {
        let (raw, overlay) = vendored();
        // Upstream may catch up with an action (regen then takes it out); none may lose its
        // target.
        let outcomes = overlay.apply(&mut raw.clone());
        assert!(!outcomes.contains(&Outcome::TargetGone), "{outcomes:?}");
        let Prepared { spec, renames } = prepare(raw.clone(), &overlay).unwrap();

        let ops: Vec<_> = operations(&spec).into_keys().collect();
        let mut expected = CALL_OPERATIONS.to_vec();
        expected.sort_unstable();
        assert_eq!(ops, expected);
        let schemas: Vec<_> = spec["components"]["schemas"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        // The resources remain; every enum is inlined as an open enum.
        assert!(schemas.contains(&&"api.v2010.account.call".to_owned()));
        assert!(
            schemas.iter().all(|name| !name.contains("_enum_")),
            "{schemas:?}"
        );

        // Streams' 198 numbered fields are one family, where the first one was.
        let stream = operation_mut(&mut spec.clone(), "CreateStream")
            .unwrap()
            .pointer(&format!("{FORM_BODY}/properties"))
            .unwrap()
            .clone();
        // The spec's keys in the spec's order, the numbered ones replaced by their family.
        let source = operations(&raw)["CreateStream"]
            .2
            .pointer(&format!("{FORM_BODY}/properties"))
            .unwrap()
            .clone();
        let mut expected: Vec<&str> = Vec::new();
        for key in source.as_object().unwrap().keys() {
            let key = family_member(key).map_or(key.as_str(), |(family, _, _)| family);
            if !expected.contains(&key) {
                expected.push(key);
            }
        }
        let keys: Vec<&str> = stream
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, expected);
        assert_eq!(stream["Parameter"]["x-family"], json!(["Name", "Value"]));
        assert_eq!(stream["Parameter"]["maxItems"], 99);
        assert_eq!(
            stream["Track"]["x-rust-type"]["path"],
            "twilio_calls::StreamTrack"
        );
        let recording = &spec["components"]["schemas"]["api.v2010.account.call.call_recording"];
        assert_eq!(recording["properties"]["channels"]["nullable"], true);
        assert_eq!(recording["properties"]["price"]["type"], "string");

        let call = &spec["components"]["schemas"]["api.v2010.account.call"];
        assert_eq!(call["required"], json!(["sid"]));
        let call = &call["properties"];
        assert!(call["sid"].get("nullable").is_none());
        assert!(call["subresource_uris"].get("format").is_none());
        assert_eq!(
            call["start_time"]["x-rust-type"]["path"],
            "twilio_calls::Timestamp"
        );
        assert_eq!(
            call["status"]["x-rust-type"]["path"],
            "twilio_calls::CallStatus"
        );
        assert!(call["sid"].get("pattern").is_none());

        // The body keeps the spec's parameters in the spec's order, then the overlay's.
        let mut overlaid = raw.clone();
        overlay.apply(&mut overlaid);
        for id in ["CreateCall", "UpdateCall"] {
            let prepared =
                operations(&spec)[id].2.pointer(FORM_BODY).unwrap()["properties"].clone();
            let source =
                operations(&overlaid)[id].2.pointer(FORM_BODY).unwrap()["properties"].clone();
            let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(&prepared), keys(&source), "{id}");
        }
        let create = &operations(&spec)["CreateCall"].2;
        let body = create.pointer(FORM_BODY).unwrap();
        assert_eq!(
            body["properties"]["ApplicationSid"]["pattern"],
            "^AP[0-9a-fA-F]{32}$"
        );
        assert_eq!(body["properties"]["Timeout"]["maximum"], 600);
        assert_eq!(body["properties"]["AsyncAmd"]["type"], "boolean");
        assert_eq!(
            body["x-exactly-one-of"],
            json!([["Url", "Twiml", "ApplicationSid"]])
        );

        // The list filters: renamed where the wire name has `<`/`>`, which is kept beside.
        let list = &operations(&spec)["ListCall"].2;
        let source = &operations(&raw)["ListCall"].2;
        let wire: Vec<&str> = list["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.get("x-wire-name").unwrap_or(&p["name"]).as_str().unwrap())
            .collect();
        assert_eq!(wire, param_names(source));
        // Every operation's comparison filters are renamed, ListCall's among them.
        let comparisons = |spec: &Value| -> usize {
            operations(spec)
                .values()
                .flat_map(|(_, _, op)| op["parameters"].as_array().cloned().unwrap_or_default())
                .filter(|p| {
                    let wire = p.get("x-wire-name").unwrap_or(&p["name"]);
                    wire.as_str().unwrap().ends_with(['<', '>'])
                })
                .count()
        };
        assert_eq!(renames.len(), comparisons(&spec));
        // ListCall's six among them.
        assert!(renames.len() >= 6, "{renames:?}");
        for param in list["parameters"].as_array().unwrap() {
            let name = param["name"].as_str().unwrap();
            if name.starts_with("StartTime") || name.starts_with("EndTime") {
                assert_eq!(
                    param["schema"]["x-rust-type"]["path"], "twilio_calls::DateOrDateTime",
                    "{name}"
                );
                assert!(param["schema"].get("anyOf").is_none(), "{name}");
            }
        }
        let page = list
            .pointer("/responses/200/content/application~1json/schema")
            .unwrap();
        assert_eq!(page["required"], json!(["uri"]));
        assert!(page["properties"]["next_page_uri"].get("format").is_none());
    }

    #[test]
    fn prose_rules_become_constraints_and_missing_parameters_fail() {
        use crate::rules::{Constraint, Rule};
        let mut spec = json!({"paths": {"/Calls.json": {"post": {
        "operationId": "CreateCall",
        "parameters": [{"name": "Sid", "in": "path", "schema": {"type": "string"}}],
        "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
            "properties": {
                "Timeout": {"type": "integer"},
                "Digits": {"type": "string"},
                "Url": {"type": "string"},
                "Twiml": {"type": "string"}
            }}}}}}}}});
        let rule = |parameters, constraint| Rule {
            operation: "CreateCall",
            parameters,
            constraint,
            prose: "",
        };
        let rules = [
            rule(
                &["Timeout"],
                Constraint::Range {
                    minimum: 1,
                    maximum: 600,
                },
            ),
            rule(
                &["Digits"],
                Constraint::Pattern {
                    pattern: "^[0-9]*$",
                    allowed: "digits",
                },
            ),
            rule(&["Digits"], Constraint::MaxLength(32)),
            rule(&["Sid"], Constraint::Format("uri")),
            rule(&["Url", "Twiml"], Constraint::ExactlyOne),
        ];
        write_prose_rules(&mut spec, &rules).unwrap();
        let op = &spec["paths"]["/Calls.json"]["post"];
        let body = op.pointer(FORM_BODY).unwrap();
        assert_eq!(
            body["properties"]["Timeout"],
            json!({"type": "integer", "minimum": 1, "maximum": 600})
        );
        assert_eq!(
            body["properties"]["Digits"],
            json!({"type": "string", "pattern": "^[0-9]*$", "x-pattern-allowed": "digits", "maxLength": 32})
        );
        assert_eq!(op["parameters"][0]["schema"]["format"], "uri");
        assert_eq!(body["x-exactly-one-of"], json!([["Url", "Twiml"]]));

        for (bad, expected) in [
            (
                rule(&["Nope"], Constraint::MaxLength(1)),
                "`CreateCall.Nope`, which the spec does not have",
            ),
            (
                rule(&["Timeout"], Constraint::MaxLength(1)),
                "`CreateCall.Timeout` is `integer`, not `string`",
            ),
            (
                Rule {
                    operation: "Gone",
                    ..rules[0]
                },
                "operation `Gone`",
            ),
        ] {
            let err = write_prose_rules(&mut spec, &[bad]).unwrap_err();
            assert_eq!(err.step, "write_prose_rules");
            assert!(err.message.contains(expected), "{err}");
        }
    }

    /// Every rule of the table names a parameter of the vendored spec (the build fails
    /// otherwise; this says which).
    #[test]
    fn every_prose_rule_names_a_parameter_of_the_spec() {
        let (mut spec, overlay) = vendored();
        apply_overlay(&mut spec, &overlay).unwrap();
        write_prose_rules(&mut spec, crate::rules::RULES).unwrap();
    }

    #[test]
    fn identifiers_become_required_in_resources_and_pages() {
        let mut spec = json!({
            "paths": {"/Calls.json": {"get": {"operationId": "ListCall", "responses": {"200": {"content": {"application/json": {"schema": {
                "type": "object",
                "properties": {"calls": {"type": "array", "items": {"$ref": "#/components/schemas/call"}},
                               "uri": {"type": "string"}, "next_page_uri": {"type": "string", "nullable": true}}
            }}}}}}}},
            "components": {"schemas": {
                "call": {"type": "object", "properties": {"sid": {"type": "string", "nullable": true}}},
                "unused": {"type": "object", "properties": {"sid": {"type": "string"}}}
            }}
        });
        require_identifiers(&mut spec).unwrap();
        let call = &spec["components"]["schemas"]["call"];
        assert_eq!(call["required"], json!(["sid"]));
        assert_eq!(call["properties"]["sid"], json!({"type": "string"}));
        assert!(
            spec["components"]["schemas"]["unused"]
                .get("required")
                .is_none()
        );
        let page = &spec["paths"]["/Calls.json"]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"];
        assert_eq!(page["required"], json!(["uri"]));
        // Twice is the same as once.
        let before = spec.clone();
        require_identifiers(&mut spec).unwrap();
        assert_eq!(spec, before);
    }

    #[test]
    fn the_overlay_fails_the_preparation_when_a_target_is_gone() {
        let (mut spec, overlay) = vendored();
        spec["paths"]
            .as_object_mut()
            .unwrap()
            .retain(|path, _| path != "/2010-04-01/Accounts/{AccountSid}/Calls.json");
        let err = apply_overlay(&mut spec, &overlay).unwrap_err();
        assert_eq!(err.step, "apply_overlay");
        assert!(
            err.message.contains("ClientNotificationUrl") || err.message.contains("Calls.json"),
            "{err}"
        );
        assert!(err.message.contains("update spec/overlay.yaml"), "{err}");
    }

    #[test]
    fn parse_yaml_reports_syntax_errors_by_step() {
        assert_eq!(parse_yaml("a: [1, 2").unwrap_err().step, "parse_yaml");
        assert_eq!(parse_yaml("a: '201'").unwrap(), json!({"a": "201"}));
    }
}
