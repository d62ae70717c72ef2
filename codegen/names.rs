//! Names for the types: the open enums of the surface, each with its Rust name, what it is,
//! and what its values mean, written down once. The surface emitter (codegen/surface.rs)
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
/// (see `resource_name` in codegen/surface.rs).
pub const RESOURCE_NAMES: &[(&str, &str)] = &[
    // `CallEvent` is the status-callback event enum (CreateCall's `StatusCallbackEvent`).
    ("api.v2010.account.call.call_event", "CallEventResource"),
    // `Stream` would shadow `futures::Stream` in every module that imports both.
    ("api.v2010.account.call.stream", "MediaStream"),
];
