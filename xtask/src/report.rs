//! The change report of `cargo xtask regen`: what changed in the Calls operations between two
//! versions of the spec, and which changes break users of the generated client.
//!
//! Both specs are reduced to a [`Surface`] (operations, parameters, body fields, response
//! fields, each with a type description, required flag and enum values, `$ref`s resolved),
//! then compared entry by entry.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;

use crate::overlay::{Outcome, Overlay};
use crate::prepare;

/// One parameter, body field or response field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// A short description of the type, e.g. `string(date-time)` or `array<string>`.
    pub ty: String,
    /// Whether the field is required.
    pub required: bool,
    /// The enum values, if the field is an enum (or an array of one).
    pub values: BTreeSet<String>,
}

/// The fields of one operation, keyed by `(kind, name)`: kind is `path`, `query`, `header`,
/// `body` or `response`.
pub type Fields = BTreeMap<(String, String), Field>;

/// The Calls operations of a spec, keyed by `operationId`.
pub type Surface = BTreeMap<String, Fields>;

/// Extracts the surface of the Calls operations from a full (unprepared) spec.
pub fn surface(spec: &Value) -> Surface {
    let resolve = |v: &'_ Value| -> Value { resolve_refs(spec, v, 0) };
    prepare::operations(spec)
        .into_iter()
        .filter(|(id, _)| prepare::CALL_OPERATIONS.contains(&id.as_str()))
        .map(|(id, (path, _method, op))| {
            let mut fields = Fields::new();
            let path_params = spec
                .pointer(&format!("/paths/{}/parameters", escape_pointer(&path)))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let op_params = op
                .get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for param in path_params.iter().chain(&op_params).map(&resolve) {
                let (Some(name), Some(location)) = (
                    param.get("name").and_then(Value::as_str),
                    param.get("in").and_then(Value::as_str),
                ) else {
                    continue;
                };
                let required = param.get("required").and_then(Value::as_bool) == Some(true);
                let schema = param.get("schema").cloned().unwrap_or(Value::Null);
                fields.insert(
                    (location.to_owned(), name.to_owned()),
                    field(&schema, required),
                );
            }
            if let Some(content) = op.pointer("/requestBody/content").map(&resolve) {
                for media in content.as_object().into_iter().flat_map(|m| m.values()) {
                    add_properties(&mut fields, "body", media.get("schema"));
                }
            }
            let responses = op.get("responses").map(&resolve).unwrap_or(Value::Null);
            for (code, response) in responses.as_object().into_iter().flatten() {
                if !code.starts_with('2') {
                    continue;
                }
                let schema = response.pointer("/content/application~1json/schema");
                add_properties(&mut fields, "response", schema);
            }
            (id, fields)
        })
        .collect()
}

/// What each overlay action would do to a new spec: still needed, already satisfied by it
/// (so regen takes it out of spec/overlay.yaml), or without a target (the preparation will
/// fail and say so).
pub fn overlay(overlay: &Overlay, outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    for (action, outcome) in overlay.actions.iter().zip(outcomes) {
        let verdict = match outcome {
            Outcome::Applied => "[overlay: still needed]",
            Outcome::AlreadySatisfied => {
                "[overlay: the new spec already says this; regen takes it out]"
            }
            Outcome::TargetGone => "[overlay: TARGET GONE; fix spec/overlay.yaml]",
        };
        let summary = action
            .description
            .split(['.', ';'])
            .next()
            .unwrap_or_default()
            .trim();
        out.push_str(&format!(
            "{verdict} {summary}\n    target: {}\n",
            action.target
        ));
    }
    out
}

fn add_properties(fields: &mut Fields, kind: &str, schema: Option<&Value>) {
    let Some(schema) = schema else { return };
    let required: BTreeSet<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for (name, prop) in schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        fields.insert(
            (kind.to_owned(), name.clone()),
            field(prop, required.contains(name.as_str())),
        );
        // Nested objects (e.g. the calls of a list page) are reported with dotted names.
        let items = prop.get("items").unwrap_or(prop);
        if items.get("properties").is_some() {
            let mut nested = Fields::new();
            add_properties(&mut nested, kind, Some(items));
            for ((k, n), f) in nested {
                fields.insert((k, format!("{name}.{n}")), f);
            }
        }
    }
}

fn field(schema: &Value, required: bool) -> Field {
    let values = schema
        .get("enum")
        .or_else(|| schema.pointer("/items/enum"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    Field {
        ty: describe(schema),
        required,
        values,
    }
}

fn describe(schema: &Value) -> String {
    let ty = schema.get("type").and_then(Value::as_str).unwrap_or("any");
    let base = match ty {
        "array" => format!(
            "array<{}>",
            describe(schema.get("items").unwrap_or(&Value::Null))
        ),
        other => match schema.get("format").and_then(Value::as_str) {
            Some(format) => format!("{other}({format})"),
            None => other.to_owned(),
        },
    };
    if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
        format!("{base}?")
    } else {
        base
    }
}

/// Replaces `$ref`s by what they point at (bounded, in case of cycles).
fn resolve_refs(spec: &Value, value: &Value, depth: usize) -> Value {
    if depth > 16 {
        return value.clone();
    }
    match value {
        Value::Object(map) => {
            if let Some(target) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix('#'))
                .and_then(|p| spec.pointer(p))
            {
                return resolve_refs(spec, target, depth + 1);
            }
            Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), resolve_refs(spec, v, depth + 1)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| resolve_refs(spec, v, depth + 1))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn escape_pointer(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// One difference between two surfaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The operation it is in.
    pub operation: String,
    /// What changed, in one line.
    pub what: String,
    /// Whether code written against the old client can stop compiling or working.
    pub breaking: bool,
    /// Whether the overlay already made this change: upstream now says what the overlay
    /// said, and the generated client stays as it was.
    pub overlaid: bool,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.overlaid {
            "no change: the overlay already said this"
        } else if self.breaking {
            "BREAKING"
        } else {
            "compatible"
        };
        write!(f, "[{mark}] {}: {}", self.operation, self.what)
    }
}

/// The changes between two specs as the report gives them: `raw`, the changes of Twilio's
/// text, each marked [`Change::overlaid`] when `effective` (the changes once the overlay is
/// applied to both, which is what the generated client sees) does not have it. A correction
/// upstream catches up with (a type the overlay fixed, a parameter it added) is then no
/// change for users and never breaking. Effective changes that the raw text does not show
/// follow.
pub fn settle(raw: Vec<Change>, effective: Vec<Change>) -> Vec<Change> {
    let same = |a: &Change, b: &Change| a.operation == b.operation && a.what == b.what;
    let mut changes: Vec<Change> = raw
        .into_iter()
        .map(|change| Change {
            overlaid: !effective.iter().any(|e| same(e, &change)),
            breaking: effective.iter().any(|e| same(e, &change) && e.breaking),
            ..change
        })
        .collect();
    let extra: Vec<Change> = effective
        .into_iter()
        .filter(|e| !changes.iter().any(|c| same(c, e)))
        .collect();
    changes.extend(extra);
    changes
}

/// Compares two surfaces. Breaking: anything removed, a type changed, a request field that
/// became required (or a new required one), an enum value removed. Compatible: anything
/// added, a request field that became optional, an enum value added (the SDK's enums are
/// open).
pub fn diff(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut push = |operation: &str, what: String, breaking: bool| {
        changes.push(Change {
            operation: operation.to_owned(),
            what,
            breaking,
            overlaid: false,
        })
    };
    for (op, old_fields) in old {
        let Some(new_fields) = new.get(op) else {
            push(op, "operation removed".into(), true);
            continue;
        };
        for ((kind, name), before) in old_fields {
            let label = label(kind, name);
            let Some(after) = new_fields.get(&(kind.clone(), name.clone())) else {
                push(op, format!("{label} removed"), true);
                continue;
            };
            if before.ty != after.ty {
                push(
                    op,
                    format!("{label} type changed: {} -> {}", before.ty, after.ty),
                    true,
                );
            }
            if before.required != after.required && kind != "response" {
                let (now, breaking) = if after.required {
                    ("required", true)
                } else {
                    ("optional", false)
                };
                push(op, format!("{label} is now {now}"), breaking);
            }
            for value in before.values.difference(&after.values) {
                push(op, format!("{label} enum value `{value}` removed"), true);
            }
            for value in after.values.difference(&before.values) {
                push(op, format!("{label} enum value `{value}` added"), false);
            }
        }
        for ((kind, name), after) in new_fields {
            if !old_fields.contains_key(&(kind.clone(), name.clone())) {
                let required = after.required && kind != "response";
                let extra = if required { ", required" } else { "" };
                push(
                    op,
                    format!("{} added ({}{extra})", label(kind, name), after.ty),
                    required,
                );
            }
        }
    }
    for op in new.keys().filter(|op| !old.contains_key(*op)) {
        push(op, "operation added".into(), false);
    }
    changes
}

fn label(kind: &str, name: &str) -> String {
    match kind {
        "response" => format!("response field `{name}`"),
        "body" => format!("body parameter `{name}`"),
        other => format!("{other} parameter `{name}`"),
    }
}

/// The report as printed: one line per change, then a summary line.
pub fn render(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "No changes to the Calls operations.\n".to_owned();
    }
    let mut out = String::new();
    for change in changes {
        out.push_str(&change.to_string());
        out.push('\n');
    }
    let breaking = changes.iter().filter(|c| c.breaking).count();
    let overlaid = changes.iter().filter(|c| c.overlaid).count();
    let overlaid = if overlaid > 0 {
        format!(", {overlaid} already made by the overlay")
    } else {
        String::new()
    };
    out.push_str(&format!(
        "{} change(s) to the Calls operations, {breaking} breaking{overlaid}.\n",
        changes.len()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec() -> Value {
        json!({
            "openapi": "3.0.1",
            "paths": {
                "/Calls.json": {
                    "post": {
                        "operationId": "CreateCall",
                        "parameters": [{"name": "AccountSid", "in": "path", "required": true, "schema": {"type": "string"}}],
                        "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                            "type": "object", "required": ["To"],
                            "properties": {
                                "To": {"type": "string", "format": "endpoint"},
                                "Timeout": {"type": "integer"},
                                "Method": {"type": "string", "enum": ["GET", "POST"]}
                            }}}}},
                        "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/call"}}}}}
                    },
                    "get": {
                        "operationId": "ListCall",
                        "parameters": [{"name": "Status", "in": "query", "schema": {"$ref": "#/components/schemas/status"}}],
                        "responses": {"200": {"content": {"application/json": {"schema": {
                            "type": "object",
                            "properties": {"calls": {"type": "array", "items": {"$ref": "#/components/schemas/call"}}}}}}}}
                    }
                },
                "/Messages.json": {"get": {"operationId": "ListMessage"}}
            },
            "components": {"schemas": {
                "call": {"type": "object", "properties": {
                    "sid": {"type": "string", "nullable": true},
                    "status": {"$ref": "#/components/schemas/status"}
                }},
                "status": {"type": "string", "enum": ["queued", "ringing"]}
            }}
        })
    }

    fn create_body(spec: &mut Value) -> &mut Value {
        spec.pointer_mut(
            "/paths/~1Calls.json/post/requestBody/content/application~1x-www-form-urlencoded/schema",
        )
        .unwrap()
    }

    fn changes(edit: impl FnOnce(&mut Value)) -> Vec<String> {
        let old = spec();
        let mut new = spec();
        edit(&mut new);
        diff(&surface(&old), &surface(&new))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn surface_resolves_refs_and_nests_list_items() {
        let s = surface(&spec());
        assert_eq!(s.keys().collect::<Vec<_>>(), ["CreateCall", "ListCall"]);
        let list = &s["ListCall"];
        let status = &list[&("query".into(), "Status".into())];
        assert_eq!(
            status.values,
            BTreeSet::from(["queued".into(), "ringing".into()])
        );
        assert!(list.contains_key(&("response".into(), "calls.status".into())));
        let create = &s["CreateCall"];
        assert!(create[&("body".into(), "To".into())].required);
        assert_eq!(create[&("response".into(), "sid".into())].ty, "string?");
    }

    #[test]
    fn identical_specs_have_no_changes() {
        assert!(changes(|_| {}).is_empty());
    }

    #[test]
    fn an_added_optional_parameter_is_compatible() {
        let c = changes(|s| {
            create_body(s)["properties"]["CallReason"] = json!({"type": "string"});
        });
        assert_eq!(
            c,
            ["[compatible] CreateCall: body parameter `CallReason` added (string)"]
        );
    }

    #[test]
    fn an_added_required_parameter_is_breaking() {
        let c = changes(|s| {
            let schema = create_body(s);
            schema["properties"]["From"] = json!({"type": "string"});
            schema["required"] = json!(["To", "From"]);
        });
        assert_eq!(
            c,
            ["[BREAKING] CreateCall: body parameter `From` added (string, required)"]
        );
    }

    #[test]
    fn a_removed_response_field_is_breaking_everywhere_it_appears() {
        let c = changes(|s| {
            s["components"]["schemas"]["call"]["properties"]
                .as_object_mut()
                .unwrap()
                .remove("sid");
        });
        assert_eq!(
            c,
            [
                "[BREAKING] CreateCall: response field `sid` removed",
                "[BREAKING] ListCall: response field `calls.sid` removed",
            ]
        );
    }

    #[test]
    fn a_new_enum_value_is_compatible_and_a_removed_one_breaking() {
        let c = changes(|s| {
            s["components"]["schemas"]["status"]["enum"] = json!(["queued", "on-hold"]);
        });
        assert!(
            c.contains(
                &"[compatible] ListCall: query parameter `Status` enum value `on-hold` added"
                    .to_owned()
            ),
            "{c:?}"
        );
        assert!(
            c.contains(
                &"[BREAKING] ListCall: query parameter `Status` enum value `ringing` removed"
                    .to_owned()
            ),
            "{c:?}"
        );
        assert!(
            c.contains(
                &"[compatible] CreateCall: response field `status` enum value `on-hold` added"
                    .to_owned()
            ),
            "{c:?}"
        );
    }

    #[test]
    fn a_type_change_is_breaking() {
        let c = changes(|s| {
            create_body(s)["properties"]["Timeout"] = json!({"type": "string"});
        });
        assert_eq!(
            c,
            ["[BREAKING] CreateCall: body parameter `Timeout` type changed: integer -> string"]
        );
    }

    #[test]
    fn operations_added_and_removed() {
        let c = changes(|s| {
            let item = s["paths"]["/Calls.json"].as_object_mut().unwrap();
            item.remove("get");
            s["paths"]["/Calls/{Sid}.json"] = json!({"get": {"operationId": "FetchCall"}});
        });
        assert_eq!(
            c,
            [
                "[BREAKING] ListCall: operation removed",
                "[compatible] FetchCall: operation added"
            ]
        );
    }

    #[test]
    fn render_summarises() {
        let changes = [Change {
            operation: "CreateCall".into(),
            what: "body parameter `X` removed".into(),
            breaking: true,
            overlaid: false,
        }];
        assert_eq!(
            render(&changes),
            "[BREAKING] CreateCall: body parameter `X` removed\n1 change(s) to the Calls operations, 1 breaking.\n"
        );
        assert_eq!(render(&[]), "No changes to the Calls operations.\n");
    }

    #[test]
    fn a_correction_upstream_catches_up_with_is_no_change_for_users() {
        let change = |what: &str, breaking| Change {
            operation: "FetchCallRecording".into(),
            what: what.into(),
            breaking,
            overlaid: false,
        };
        let raw = vec![
            change(
                "response field `price` type changed: number -> string",
                true,
            ),
            change("response field `duration` removed", true),
        ];
        let effective = vec![change("response field `duration` removed", true)];
        let settled = settle(raw, effective);
        assert!(settled[0].overlaid && !settled[0].breaking);
        assert!(!settled[1].overlaid && settled[1].breaking);
        assert_eq!(
            settled[0].to_string(),
            "[no change: the overlay already said this] FetchCallRecording: response field \
             `price` type changed: number -> string"
        );
        assert!(render(&settled).ends_with(
            "2 change(s) to the Calls operations, 1 breaking, 1 already made by the overlay.\n"
        ));
        // A change only the overlaid specs show is reported too.
        let extra = settle(vec![], vec![change("x", false)]);
        assert_eq!(extra.len(), 1);
    }
}
