//! Steps on the responses: formats and patterns relaxed so that what Twilio sends decodes,
//! scalars a response may leave out optional, identifiers required.

use serde_json::{Map, Value};

use super::select::reachable_schemas;
use super::{PrepareError, fail, for_each_operation_mut, operations, visit_objects_mut};
use crate::overlay::remove_key;

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
