//! Every operation of the surface, driven by wire name from its generated description: the
//! values a test can give each parameter, the smallest valid requests, and the one
//! way the spec-driven tests send each operation, [`send_by_wire_names`].

use serde_json::Value;
use twilio_calls::operations::DESCRIPTIONS;
use twilio_calls::{
    Client, DynamicRequest, Error, Location, OperationDescription, ParameterDescription,
};

use super::CALL;

/// The item SIDs the tests use, one per kind, as the spec's examples spell them.
pub const RECORDING: &str = "REaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
pub const NOTIFICATION: &str = "NOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
pub const STREAM: &str = "MZaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
pub const TRANSCRIPTION: &str = "GTaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
pub const SIPREC: &str = "SRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
pub const PAYMENT: &str = "PKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
pub const SUBSCRIPTION: &str = "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// The operations of the surface, by `operationId`.
pub fn ids() -> Vec<&'static str> {
    DESCRIPTIONS.iter().map(|op| op.id).collect()
}

/// A value the spec allows for `p`, from what the generated descriptions say of it.
pub fn example_value(p: &ParameterDescription) -> String {
    if let Some(value) = p.values.first() {
        return (*value).to_owned();
    }
    if let Some(pattern) = p.pattern {
        // A SID (`^AP[0-9a-fA-F]{32}$`): its prefix and 32 hex digits; any other pattern of
        // the spec (SendDigits') takes digits.
        return match pattern
            .strip_prefix('^')
            .and_then(|p| p.strip_suffix("[0-9a-fA-F]{32}$"))
        {
            Some(prefix) if prefix.len() == 2 => format!("{prefix}{}", "a".repeat(32)),
            _ => "1234".to_owned(),
        };
    }
    let text = match (p.kind, p.format) {
        ("integer", _) => return p.minimum.or(p.maximum).unwrap_or(30).to_string(),
        ("number", _) => "1.5",
        ("boolean", _) => "true",
        (_, Some("uri")) => "https://example.com/x",
        (_, Some("websocket-url")) => "wss://example.com/audio",
        (_, Some("http-method")) => "GET",
        (_, Some("date-or-date-time" | "date")) => "2024-01-31",
        (_, Some("date-time")) => "2024-01-31T15:04:05Z",
        (_, Some("endpoint" | "phone-number")) => "+15558675310",
        (_, Some("twiml")) => "<Response><Say>Ahoy</Say></Response>",
        _ if p.wire == "Content" => r#"{"example":"text"}"#,
        _ => "example text",
    };
    text.to_owned()
}

/// `p` with its example value, as wire pairs: one pair, or for a family (`Parameter{n}.Name`,
/// `Parameter{n}.Value`) its first row.
pub fn example_pairs(p: &ParameterDescription) -> Vec<(String, String)> {
    if p.family.is_empty() {
        return vec![(p.wire.to_owned(), example_value(p))];
    }
    p.family
        .iter()
        .map(|field| (format!("{}1.{field}", p.wire), format!("example {field}")))
        .collect()
}

/// The required parameters of `op` (but its path's) and one of each exactly-one group.
fn required(op: &OperationDescription) -> Vec<&'static ParameterDescription> {
    let mut set: Vec<&ParameterDescription> = op
        .parameters
        .iter()
        .filter(|p| p.required && p.location != Location::Path)
        .collect();
    for group in op.exactly_one_of {
        set.push(op.parameter(group[0]).unwrap());
    }
    set
}

/// The smallest valid request of `op`, as wire pairs.
pub fn required_pairs(op: &OperationDescription) -> Vec<(String, String)> {
    required(op).into_iter().flat_map(example_pairs).collect()
}

/// For each parameter of `op` (but its path's): the smallest valid request that sets it, as
/// wire pairs: the required parameters, one of each exactly-one group (the parameter itself
/// when it is in one), and the parameter.
pub fn one_request_per_parameter(
    op: &OperationDescription,
) -> Vec<(&'static str, Vec<(String, String)>)> {
    let base: Vec<&ParameterDescription> = op
        .parameters
        .iter()
        .filter(|p| p.required && p.location != Location::Path)
        .collect();
    op.parameters
        .iter()
        .filter(|p| p.location != Location::Path)
        .map(|target| {
            let mut set: Vec<&ParameterDescription> = base.clone();
            for group in op.exactly_one_of {
                if !group.contains(&target.wire) {
                    set.push(op.parameter(group[0]).unwrap());
                }
            }
            if !set.iter().any(|p| p.wire == target.wire) {
                set.push(target);
            }
            let pairs = set.into_iter().flat_map(example_pairs).collect();
            (target.wire, pairs)
        })
        .collect()
}

/// The SID of an item of a collection below a call, one per kind.
fn item_sid(collection: &str) -> &'static str {
    match collection {
        "recordings" => RECORDING,
        "notifications" => NOTIFICATION,
        "streams" => STREAM,
        "transcriptions" => TRANSCRIPTION,
        "siprec" => SIPREC,
        "payments" => PAYMENT,
        "user_defined_message_subscriptions" => SUBSCRIPTION,
        other => panic!("{other}: which SID does a test use for its items?"),
    }
}

/// Sends operation `op` on the call `call_sid`, built from `pairs` by wire name (a
/// [`DynamicRequest`], the same request the typed handler makes), and returns what it
/// answered: its resources as JSON.
pub async fn send_by_wire_names(
    client: &Client,
    call_sid: &str,
    op: &str,
    pairs: &[(String, String)],
) -> Result<Vec<Value>, Error> {
    let description = OperationDescription::find(op).expect("an operation of the surface");
    let mut path = vec![];
    for p in description.parameters {
        match (p.wire, description.collection) {
            ("CallSid", _) | ("Sid", None) => path.push((p.wire, call_sid)),
            ("Sid", Some(collection)) => path.push((p.wire, item_sid(collection))),
            _ => {}
        }
    }
    let mut request = DynamicRequest::new(client, op, &path)?;
    for (wire, value) in pairs {
        request = request.set(wire, value)?;
    }
    request.send().await
}

/// [`send_by_wire_names`] on the tests' call [`CALL`].
pub async fn send(
    client: &Client,
    op: &str,
    pairs: &[(String, String)],
) -> Result<Vec<Value>, Error> {
    send_by_wire_names(client, CALL, op, pairs).await
}

/// The resources of an example response (one resource, or a page's items), with their
/// `null`s: what [`send_by_wire_names`] should give back, once the `null`s are dropped.
pub fn example_resources(example: &Value) -> Vec<Value> {
    if example.get("next_page_uri").is_some() || example.get("first_page_uri").is_some() {
        let items = example
            .as_object()
            .unwrap()
            .values()
            .find_map(Value::as_array)
            .expect("a page holds an array of resources");
        return items.clone();
    }
    vec![example.clone()]
}

/// What an operation answers: the spec's first example of its success status, or nothing.
pub fn canned_answer(op: &OperationDescription) -> (u16, String) {
    if op.method == "DELETE" {
        return (204, String::new());
    }
    let (_, status, _, example) = super::examples()
        .into_iter()
        .find(|(id, status, _, _)| id == op.id && status.starts_with('2'))
        .unwrap_or_else(|| panic!("{} has no example answer", op.id));
    (status.parse().unwrap(), example.to_string())
}
