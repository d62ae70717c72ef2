//! The rules Twilio states only in prose, as one declarative table keyed by operation and wire
//! name. The preparation step `write_prose_rules` (codegen/prepare.rs) writes each into the
//! prepared spec as an ordinary constraint (`minimum`/`maximum`, `maxLength`, `pattern`,
//! `format`, `type`), so the surface emitter checks them exactly as it checks the spec's own.
//! The two rules that span several parameters have no per-property form that the generators
//! can read, so they go on the form body as `x-exactly-one-of` / `x-at-most-one-of`.
//!
//! A rule naming a parameter the spec does not have fails the preparation (and so the build,
//! and `cargo xtask regen`) with the rule's operation and parameter.

/// A constraint from prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint {
    /// An integer within `minimum..=maximum`.
    Range { minimum: i64, maximum: i64 },
    /// A string of at most this many characters.
    MaxLength(u64),
    /// A string matching `pattern`; `allowed` says the same in words, for error messages.
    Pattern {
        pattern: &'static str,
        allowed: &'static str,
    },
    /// A string of this `format` (`uri`: an absolute http(s) URL; `websocket-url`: a
    /// `wss://` URL).
    Format(&'static str),
    /// A string parameter that only takes the values of this JSON type (`boolean`).
    Type(&'static str),
    /// Exactly one of the rule's parameters must be set.
    ExactlyOne,
    /// At most one of the rule's parameters may be set.
    AtMostOne,
}

/// One rule: the operation, its parameters by wire name, the constraint, and the prose it
/// comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub operation: &'static str,
    pub parameters: &'static [&'static str],
    pub constraint: Constraint,
    /// What the spec (or Twilio's documentation) says, shortened.
    pub prose: &'static str,
}

const fn rule(
    operation: &'static str,
    parameters: &'static [&'static str],
    constraint: Constraint,
    prose: &'static str,
) -> Rule {
    Rule {
        operation,
        parameters,
        constraint,
        prose,
    }
}

use Constraint::*;

const TWIML_LIMIT: Constraint = MaxLength(4000);

pub const RULES: &[Rule] = &[
    rule(
        "CreateCall",
        &["Url", "Twiml", "ApplicationSid"],
        ExactlyOne,
        "the call's instructions come from a URL, TwiML or an Application; Twilio answers 21205 without one",
    ),
    rule(
        "CreateCall",
        &["Timeout"],
        Range {
            minimum: 1,
            maximum: 600,
        },
        "the maximum is 600 seconds",
    ),
    rule(
        "CreateCall",
        &["MachineDetectionTimeout"],
        Range {
            minimum: 3,
            maximum: 59,
        },
        "Possible Values: 3 to 59 seconds",
    ),
    rule(
        "CreateCall",
        &["MachineDetectionSpeechThreshold"],
        Range {
            minimum: 1000,
            maximum: 6000,
        },
        "Possible Values: 1000-6000",
    ),
    rule(
        "CreateCall",
        &["MachineDetectionSpeechEndThreshold"],
        Range {
            minimum: 500,
            maximum: 5000,
        },
        "Possible Values: 500-5000",
    ),
    rule(
        "CreateCall",
        &["MachineDetectionSilenceTimeout"],
        Range {
            minimum: 2000,
            maximum: 10000,
        },
        "Possible Values: 2000-10000",
    ),
    rule(
        "CreateCall",
        &["SendDigits"],
        MaxLength(32),
        "a maximum length of 32 digits",
    ),
    rule(
        "CreateCall",
        &["SendDigits"],
        Pattern {
            pattern: "^[0-9A-DwW#*]*$",
            allowed: "0-9, A-D, #, *, w and W",
        },
        "any digit (0-9), A-D, #, *, and w/W for a pause",
    ),
    rule(
        "CreateCall",
        &["Twiml"],
        TWIML_LIMIT,
        "TwiML of up to 4000 characters",
    ),
    rule(
        "CreateCall",
        &["RecordingStatusCallback"],
        Format("uri"),
        "The URL that we call when the recording is available",
    ),
    rule(
        "CreateCall",
        &["AsyncAmd"],
        Type("boolean"),
        "Can be: `true` or `false`",
    ),
    rule(
        "CreateStream",
        &["Url"],
        Format("websocket-url"),
        "URL where WebSocket connection will be established (Twilio's docs: the wss scheme)",
    ),
    rule(
        "UpdateCall",
        &["Url", "Twiml"],
        AtMostOne,
        "Twiml and url parameters are mutually exclusive",
    ),
    rule(
        "UpdateCall",
        &["Twiml"],
        TWIML_LIMIT,
        "TwiML of up to 4000 characters",
    ),
];
