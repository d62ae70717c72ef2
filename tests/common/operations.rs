//! Every operation of the surface, driven by wire name from its generated description: the
//! values a test can give each parameter, the smallest valid requests, and the one
//! per-operation part of the spec-driven tests, [`send_by_wire_names`], which starts each
//! operation from its handler.

use serde::Serialize;
use serde_json::Value;
use twilio_calls::operations::DESCRIPTIONS;
use twilio_calls::{
    Call, CallNotificationInstance, CallRecording, Calls, Error, Location, MediaStream, Operation,
    OperationDescription, Page, ParameterDescription, Payments, RealtimeTranscription, Request,
    Siprec, UserDefinedMessage, UserDefinedMessageSubscription,
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

/// What a test reads of an operation's output: its resources as JSON (the one resource, a
/// page's items, or none).
pub trait Resources {
    fn resources(self) -> Vec<Value>;
}

impl Resources for () {
    fn resources(self) -> Vec<Value> {
        Vec::new()
    }
}

impl<T: Serialize> Resources for Page<T> {
    fn resources(self) -> Vec<Value> {
        self.items
            .iter()
            .map(|item| serde_json::to_value(item).unwrap())
            .collect()
    }
}

/// The resource types, each one resource.
macro_rules! one_resource {
    ($($ty:ty),*) => {$(
        impl Resources for $ty {
            fn resources(self) -> Vec<Value> {
                vec![serde_json::to_value(&self).unwrap()]
            }
        }
    )*};
}

one_resource!(
    Call,
    CallRecording,
    CallNotificationInstance,
    MediaStream,
    RealtimeTranscription,
    Siprec,
    Payments,
    UserDefinedMessage,
    UserDefinedMessageSubscription
);

/// Sends operation `op` built from `pairs` with `Request::set`, through the handler that
/// makes it (the one per-operation part of the spec-driven tests), and returns what it
/// answered.
pub async fn send_by_wire_names(
    calls: &Calls,
    call_sid: &str,
    op: &str,
    pairs: &[(String, String)],
) -> Result<Vec<Value>, Error> {
    async fn send<Op: Operation>(
        mut request: Request<Op>,
        pairs: &[(String, String)],
    ) -> Result<Vec<Value>, Error>
    where
        Op::Output: Resources,
    {
        for (wire, value) in pairs {
            request = request.set(wire, value)?;
        }
        Ok(request.send().await?.resources())
    }
    let c = call_sid;
    match op {
        "CreateCall" => send(calls.create(), pairs).await,
        "FetchCall" => send(calls.fetch(c), pairs).await,
        "UpdateCall" => send(calls.update(c), pairs).await,
        "DeleteCall" => send(calls.delete(c), pairs).await,
        "ListCall" => send(calls.list(), pairs).await,
        "CreateCallRecording" => send(calls.recordings(c).create(), pairs).await,
        "FetchCallRecording" => send(calls.recordings(c).fetch(RECORDING), pairs).await,
        "UpdateCallRecording" => send(calls.recordings(c).update(RECORDING), pairs).await,
        "DeleteCallRecording" => send(calls.recordings(c).delete(RECORDING), pairs).await,
        "ListCallRecording" => send(calls.recordings(c).list(), pairs).await,
        "FetchCallNotification" => send(calls.notifications(c).fetch(NOTIFICATION), pairs).await,
        "ListCallNotification" => send(calls.notifications(c).list(), pairs).await,
        "ListCallEvent" => send(calls.events(c).list(), pairs).await,
        "CreateStream" => send(calls.streams(c).create(), pairs).await,
        "UpdateStream" => send(calls.streams(c).update(STREAM), pairs).await,
        "CreateRealtimeTranscription" => send(calls.transcriptions(c).create(), pairs).await,
        "UpdateRealtimeTranscription" => {
            send(calls.transcriptions(c).update(TRANSCRIPTION), pairs).await
        }
        "CreateSiprec" => send(calls.siprec(c).create(), pairs).await,
        "UpdateSiprec" => send(calls.siprec(c).update(SIPREC), pairs).await,
        "CreatePayments" => send(calls.payments(c).create(), pairs).await,
        "UpdatePayments" => send(calls.payments(c).update(PAYMENT), pairs).await,
        "CreateUserDefinedMessage" => send(calls.user_defined_messages(c).create(), pairs).await,
        "CreateUserDefinedMessageSubscription" => {
            send(calls.user_defined_message_subscriptions(c).create(), pairs).await
        }
        "DeleteUserDefinedMessageSubscription" => {
            send(
                calls
                    .user_defined_message_subscriptions(c)
                    .delete(SUBSCRIPTION),
                pairs,
            )
            .await
        }
        other => panic!("{other} is a new operation: give it a handler here"),
    }
}

/// [`send_by_wire_names`] on the tests' call [`CALL`].
pub async fn send(
    calls: &Calls,
    op: &str,
    pairs: &[(String, String)],
) -> Result<Vec<Value>, Error> {
    send_by_wire_names(calls, CALL, op, pairs).await
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
