//! Names for the types: the open enums of the surface, each with its Rust name, what it is,
//! and what its values mean, written down once. The surface emitter (codegen/emit/enums.rs)
//! generates each enum from this and from the spec: a value the spec lists that is not here
//! (Twilio adds values over time) still gets a variant, named after it; a value Twilio sends
//! that no version of the spec lists decodes as `Unknown`, kept verbatim.
//!
//! Which parameters and fields use these types is said in codegen/prepare.rs
//! (`SCHEMA_TYPES`, `FORMAT_TYPES`, `PROPERTY_TYPES`).

/// One open enum.
pub struct OpenEnum {
    /// Its Rust name (the path `twilio_calls::{name}` in `x-rust-type`).
    pub name: &'static str,
    /// What it is (rustdoc).
    pub doc: &'static str,
    /// Its known values: `(wire value, variant name, meaning)`.
    pub values: &'static [(&'static str, &'static str, &'static str)],
}

pub const OPEN_ENUMS: &[OpenEnum] = &[
    OpenEnum {
        name: "CallStatus",
        doc: "The status of a call (the spec's `call_enum_status`).",
        values: &[
            ("queued", "Queued", "Waiting to be dialled."),
            ("ringing", "Ringing", "Ringing at the far end."),
            ("in-progress", "InProgress", "Answered and in progress."),
            ("completed", "Completed", "Ended normally."),
            ("busy", "Busy", "The far end was busy."),
            ("failed", "Failed", "Could not be placed."),
            (
                "no-answer",
                "NoAnswer",
                "Rang until the timeout without an answer.",
            ),
            ("canceled", "Canceled", "Canceled while queued or ringing."),
        ],
    },
    OpenEnum {
        name: "UpdateCallStatus",
        doc: "The status an update can move a call to (the spec's `call_enum_update_status`).",
        values: &[
            ("canceled", "Canceled", "Cancel a queued or ringing call."),
            ("completed", "Completed", "Hang up an in-progress call."),
        ],
    },
    OpenEnum {
        name: "HttpMethod",
        doc: "The HTTP method Twilio uses for a callback or TwiML URL (the spec's \
              `http-method` format).",
        values: &[("GET", "Get", "`GET`"), ("POST", "Post", "`POST`")],
    },
    OpenEnum {
        name: "CallDirection",
        doc: "Which way a call goes (the Call's `direction`).",
        values: &[
            (
                "inbound",
                "Inbound",
                "A call into one of your Twilio numbers.",
            ),
            (
                "outbound-api",
                "OutboundApi",
                "A call placed through the REST API.",
            ),
            (
                "outbound-dial",
                "OutboundDial",
                "A call placed by a `<Dial>` verb.",
            ),
            (
                "trunking-terminating",
                "TrunkingTerminating",
                "Elastic SIP Trunking: from your infrastructure to the PSTN.",
            ),
            (
                "trunking-originating",
                "TrunkingOriginating",
                "Elastic SIP Trunking: from the PSTN to your infrastructure.",
            ),
        ],
    },
    OpenEnum {
        name: "AnsweredBy",
        doc: "Who answered, when the call was placed with answering machine detection (the \
              Call's `answered_by`).",
        values: &[
            ("human", "Human", "A person."),
            (
                "machine_start",
                "MachineStart",
                "A machine; detection ended at the start of its greeting.",
            ),
            (
                "machine_end_beep",
                "MachineEndBeep",
                "A machine; its greeting ended with a beep.",
            ),
            (
                "machine_end_silence",
                "MachineEndSilence",
                "A machine; its greeting ended with silence.",
            ),
            (
                "machine_end_other",
                "MachineEndOther",
                "A machine; its greeting ended some other way.",
            ),
            ("fax", "Fax", "A fax machine."),
            ("unknown", "Undetermined", "Detection could not decide."),
        ],
    },
    OpenEnum {
        name: "MachineDetection",
        doc: "Answering machine detection mode (CreateCall's `MachineDetection`).",
        values: &[
            (
                "Enable",
                "Enable",
                "Report `AnsweredBy` as soon as the called party is identified.",
            ),
            (
                "DetectMessageEnd",
                "DetectMessageEnd",
                "Wait for the end of a machine's greeting, to leave a message.",
            ),
        ],
    },
    OpenEnum {
        name: "RecordingChannels",
        doc: "Channels of a call recording (`RecordingChannels` of CreateCall and \
              CreateCallRecording).",
        values: &[
            (
                "mono",
                "Mono",
                "Both legs mixed into one channel (Twilio's default).",
            ),
            ("dual", "Dual", "Each leg on its own channel."),
        ],
    },
    OpenEnum {
        name: "RecordingTrack",
        doc: "Which audio a call recording captures (`RecordingTrack` of CreateCall and \
              CreateCallRecording).",
        values: &[
            ("inbound", "Inbound", "Audio Twilio receives."),
            ("outbound", "Outbound", "Audio Twilio generates."),
            ("both", "Both", "Both (Twilio's default)."),
        ],
    },
    OpenEnum {
        name: "Trim",
        doc: "Whether silence is trimmed from a recording (`Trim` of CreateCall, where \
              Twilio's default is `trim-silence`, and of CreateCallRecording, where it is \
              `do-not-trim`).",
        values: &[
            (
                "trim-silence",
                "TrimSilence",
                "Trim leading and trailing silence.",
            ),
            ("do-not-trim", "DoNotTrim", "Keep the recording as it is."),
        ],
    },
    OpenEnum {
        name: "CallEvent",
        doc: "A call-progress event Twilio can report to `StatusCallback` (CreateCall's \
              `StatusCallbackEvent`).",
        values: &[
            ("initiated", "Initiated", "The call was created."),
            ("ringing", "Ringing", "The far end is ringing."),
            ("answered", "Answered", "The call was answered."),
            (
                "completed",
                "Completed",
                "The call ended (the only event sent when none is asked for).",
            ),
        ],
    },
    OpenEnum {
        name: "RecordingEvent",
        doc: "A recording event Twilio can report to `RecordingStatusCallback` \
              (`RecordingStatusCallbackEvent` of CreateCall and CreateCallRecording).",
        values: &[
            ("in-progress", "InProgress", "Recording started."),
            (
                "completed",
                "Completed",
                "The recording is available (the default).",
            ),
            (
                "absent",
                "Absent",
                "The recording was absent (silent or too short).",
            ),
        ],
    },
    OpenEnum {
        name: "PauseBehavior",
        doc: "What a paused recording holds for the pause (UpdateCallRecording's \
              `PauseBehavior`).",
        values: &[
            (
                "skip",
                "Skip",
                "Nothing: the pause is left out of the recording.",
            ),
            (
                "silence",
                "Silence",
                "Silence as long as the pause (Twilio's default).",
            ),
        ],
    },
];

/// Public names of resources whose schema name would give a name already taken:
/// `(schema name, Rust name)`. The rest are named by the last part of their schema's name
/// (see `resource_name` in codegen/reader/response.rs).
pub const RESOURCE_NAMES: &[(&str, &str)] = &[
    // `CallEvent` is the status-callback event enum (CreateCall's `StatusCallbackEvent`).
    ("api.v2010.account.call.call_event", "CallEventResource"),
    // `Stream` would shadow `futures::Stream` in every module that imports both.
    ("api.v2010.account.call.stream", "MediaStream"),
];

/// Methods every request has (hand-written in src/request/mod.rs), which no setter may take: a
/// parameter whose snake_case name is one of these gets a `_param` suffix, so a new spec
/// cannot break the build.
pub const REQUEST_METHODS: &[&str] = &[
    "send",
    "send_with_metadata",
    "into_future",
    "request_timeout",
    "max_retries",
    "limit",
    "prefetch",
    "stream",
    "set",
    "new",
    "clone",
];

/// The methods of the Calls' hand-written handler (src/calls.rs), which no generated
/// handler's accessor may take.
pub const HANDLER_METHODS: &[&str] =
    &["create", "list", "fetch", "update", "delete", "account_sid"];

/// The body parameter by which Twilio deduplicates a create.
pub const IDEMPOTENCY_KEY: &str = "IdempotencyKey";

/// The query parameter that sets a list's page size.
pub const PAGE_SIZE: &str = "PageSize";

/// The root collection, whose handler (`Calls`, src/calls.rs) is hand-written.
pub const ROOT_COLLECTION: &str = "/2010-04-01/Accounts/{AccountSid}/Calls.json";

#[cfg(test)]
mod tests {
    use super::*;

    /// The public methods a hand-written file defines (`pub fn` and `pub async fn`).
    fn public_methods(source: &str) -> Vec<&str> {
        source
            .lines()
            .filter_map(|line| {
                let line = line.trim_start();
                let rest = line
                    .strip_prefix("pub fn ")
                    .or_else(|| line.strip_prefix("pub async fn "))?;
                rest.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
            })
            .collect()
    }

    #[test]
    fn reserved_names_are_the_hand_written_methods() {
        let request = include_str!("../src/request/mod.rs");
        for name in public_methods(request) {
            assert!(
                REQUEST_METHODS.contains(&name),
                "src/request/mod.rs has `{name}`, which REQUEST_METHODS lacks"
            );
        }
        let calls = include_str!("../src/calls.rs");
        for name in public_methods(calls) {
            assert!(
                HANDLER_METHODS.contains(&name),
                "src/calls.rs has `{name}`, which HANDLER_METHODS lacks"
            );
        }
    }
}
