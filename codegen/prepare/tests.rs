use super::parameters::family_member;
use super::*;
use crate::overlay::Outcome;
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
        let err =
            type_documented_values(&mut spec, &[(owner, property, "twilio_calls::X")]).unwrap_err();
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

    let err = inline_rust_typed_schemas(&mut spec, &[("gone", "twilio_calls::Gone")]).unwrap_err();
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
        op["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]["ApplicationSid"],
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
        let prepared = operations(&spec)[id].2.pointer(FORM_BODY).unwrap()["properties"].clone();
        let source = operations(&overlaid)[id].2.pointer(FORM_BODY).unwrap()["properties"].clone();
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
