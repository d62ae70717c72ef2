//! Steps that choose what is generated: the overlay applied, only the Calls operations
//! kept, only the schemas they reach.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{HTTP_METHODS, PrepareError, fail};
use crate::overlay::{Outcome, Overlay};

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
pub(super) fn reachable_schemas<'a>(
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
