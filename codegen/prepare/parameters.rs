//! Steps on the requests' parameters: prose rules as constraints, numbered families
//! collapsed, one schema per kind of SID, comparison parameters renamed for the generator.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::{
    FORM_BODY, PrepareError, fail, for_each_operation_mut, operation_mut, parameter_schema_mut,
};
use crate::rules::{Constraint, Rule};

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

/// `Parameter12.Name` → `("Parameter", 12, "Name")`: letters, a number from 1, a dot, letters.
pub(super) fn family_member(key: &str) -> Option<(&str, u32, &str)> {
    let (head, field) = key.split_once('.')?;
    let digits = head.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let prefix = &head[..head.len() - digits.len()];
    let alphabetic = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphabetic());
    if !alphabetic(prefix) || !alphabetic(field) || digits.starts_with('0') {
        return None;
    }
    Some((prefix, digits.parse().ok()?, field))
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
