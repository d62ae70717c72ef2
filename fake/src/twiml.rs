//! How FakeTwilio reads the TwiML an app answers with, before running it: Twilio's content
//! types, its size limit and its errors, as `../shared/reference/twiml-execution.md` §1.4 and
//! §2 collect them from Twilio's docs.
//!
//! - A body over [`MAX_DOCUMENT_BYTES`] is error 11750.
//! - `text/xml`, `application/xml` and `text/html` are read as TwiML. `text/plain` is read as
//!   TwiML when it is TwiML, and otherwise spoken (a `<Say>` of the text). An audio type is
//!   played (a `<Play>` of the URL). No `Content-Type`, or another one, is error 12300.
//! - A document that is not XML (text before the root, an unclosed tag, a declaration that is
//!   not at the very start, a DOCTYPE, bytes that are not UTF-8) is error 12100; a root other
//!   than `<Response>` is 12102.
//! - An element or attribute TwiML does not have where it stands (a misspelled verb, `<say>`,
//!   a `<Gather>` inside a `<Gather>`, `<Say colour=…>`) is warning 12200: it is left out and
//!   the rest runs. (Twilio's docs label 12200 a warning without saying whether the element
//!   is skipped; we skip it, and the warning says so.)
//!
//! ```
//! use twilio_calls_fake::twiml::read;
//!
//! let document = read(
//!     Some("text/xml"),
//!     br#"<Response><Say voice="Polly.Amy">Hi</Say><Hangpu/></Response>"#,
//!     "https://app.example.com/voice",
//! )
//! .unwrap();
//! assert_eq!(document.verbs.len(), 1);
//! assert_eq!(document.verbs[0].name, "Say");
//! assert_eq!(document.verbs[0].attribute("voice"), Some("Polly.Amy"));
//! assert_eq!(document.warnings[0].code, 12200);
//!
//! let failure = read(Some("text/xml"), b"<Reply/>", "https://app.example.com/voice").unwrap_err();
//! assert_eq!(failure.code, 12102);
//! ```

use std::fmt;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// The largest answer Twilio runs: 64 kB (error 11750 beyond).
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024;

/// A TwiML document as Twilio would run it: the verbs of its `<Response>`, in order, with what
/// was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The verbs, in order, without the elements and attributes left out.
    pub verbs: Vec<Element>,
    /// What was left out (12200), in document order.
    pub warnings: Vec<Warning>,
}

/// One element of a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Element {
    /// Its name (`Say`).
    pub name: String,
    /// Its attributes, in document order, values unescaped.
    pub attributes: Vec<(String, String)>,
    /// Its text, unescaped, with the text of any SSML inside a `<Say>`; surrounding whitespace
    /// trimmed.
    pub text: String,
    /// The elements inside it that TwiML allows there.
    pub children: Vec<Element>,
}

impl Element {
    fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            attributes: Vec::new(),
            text: String::new(),
            children: Vec::new(),
        }
    }

    /// The value of the attribute `name`, if it was given.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The element as TwiML (`<Say voice="Polly.Amy">Hi</Say>`), its children inside it.
impl fmt::Display for Element {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{}", self.name)?;
        for (name, value) in &self.attributes {
            write!(f, " {name}=\"{}\"", escape(value))?;
        }
        if self.text.is_empty() && self.children.is_empty() {
            return write!(f, "/>");
        }
        write!(f, ">{}", escape(&self.text))?;
        for child in &self.children {
            write!(f, "{child}")?;
        }
        write!(f, "</{}>", self.name)
    }
}

fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(text)
}

/// Something left out of a document, as Twilio's debugger reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Twilio's error code: 12200.
    pub code: u32,
    /// What was left out and why.
    pub message: String,
}

/// Why an answer cannot run at all, as Twilio's debugger reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// Twilio's error code: 11750, 12100, 12102 or 12300.
    pub code: u32,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for Failure {}

fn failure(code: u32, message: impl Into<String>) -> Failure {
    Failure {
        code,
        message: message.into(),
    }
}

/// Reads an app's answer to a request for `url`: its `Content-Type` header and body.
pub fn read(content_type: Option<&str>, body: &[u8], url: &str) -> Result<Document, Failure> {
    if body.len() > MAX_DOCUMENT_BYTES {
        return Err(failure(
            11750,
            format!(
                "the response body is {} bytes, more than the {MAX_DOCUMENT_BYTES} Twilio runs",
                body.len()
            ),
        ));
    }
    let mime = content_type
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .filter(|v| !v.is_empty())
        .ok_or_else(|| failure(12300, "the response has no Content-Type"))?;
    match mime.as_str() {
        "text/xml" | "application/xml" | "text/html" => parse(body),
        // Plain text that is TwiML runs; other text is read aloud, then the call ends.
        "text/plain" => parse(body).or_else(|_| {
            let text = String::from_utf8_lossy(body).trim().to_owned();
            Ok(spoken(text))
        }),
        audio if AUDIO_TYPES.contains(&audio) => {
            let mut play = Element::new("Play");
            play.text = url.to_owned();
            Ok(Document {
                verbs: vec![play],
                warnings: Vec::new(),
            })
        }
        other => Err(failure(
            12300,
            format!("the Content-Type {other} is not one Twilio runs"),
        )),
    }
}

/// The audio types Twilio plays when a webhook answers with one.
const AUDIO_TYPES: [&str; 9] = [
    "audio/mpeg",
    "audio/wav",
    "audio/wave",
    "audio/x-wav",
    "audio/aiff",
    "audio/x-aifc",
    "audio/gsm",
    "audio/x-gsm",
    "audio/ulaw",
];

fn spoken(text: String) -> Document {
    let mut say = Element::new("Say");
    say.text = text;
    Document {
        verbs: vec![say],
        warnings: Vec::new(),
    }
}

/// What may stand inside an element, and which attributes it takes (`None`: not checked, for
/// the nouns of `<Connect>` whose attributes Twilio extends often).
struct Rule {
    name: &'static str,
    children: &'static [&'static str],
    attributes: Option<&'static [&'static str]>,
}

/// TwiML's voice elements, from Twilio's per-verb pages (twiml-execution.md §2 and §3).
const RULES: &[Rule] = &[
    Rule {
        name: "Response",
        children: &[
            "Say", "Play", "Pause", "Gather", "Record", "Dial", "Redirect", "Hangup", "Reject",
            "Enqueue", "Leave", "Connect", "Start", "Stop", "Pay", "Refer", "Echo",
        ],
        attributes: Some(&[]),
    },
    Rule {
        name: "Say",
        children: &[],
        attributes: Some(&["voice", "language", "loop"]),
    },
    Rule {
        name: "Play",
        children: &[],
        attributes: Some(&["loop", "digits"]),
    },
    Rule {
        name: "Pause",
        children: &[],
        attributes: Some(&["length"]),
    },
    Rule {
        name: "Gather",
        children: &["Say", "Play", "Pause"],
        attributes: Some(&[
            "action",
            "method",
            "input",
            "timeout",
            "speechTimeout",
            "maxSpeechTime",
            "profanityFilter",
            "finishOnKey",
            "numDigits",
            "partialResultCallback",
            "partialResultCallbackMethod",
            "language",
            "hints",
            "bargeIn",
            "actionOnEmptyResult",
            "speechModel",
            "enhanced",
            "debug",
        ]),
    },
    Rule {
        name: "Record",
        children: &[],
        attributes: Some(&[
            "action",
            "method",
            "timeout",
            "finishOnKey",
            "maxLength",
            "playBeep",
            "trim",
            "recordingStatusCallback",
            "recordingStatusCallbackMethod",
            "recordingStatusCallbackEvent",
            "transcribe",
            "transcribeCallback",
            "recordingConfigurationId",
        ]),
    },
    Rule {
        name: "Dial",
        children: &[
            "Number",
            "Client",
            "Sip",
            "Conference",
            "Queue",
            "Application",
            "WhatsApp",
        ],
        attributes: Some(&[
            "action",
            "method",
            "timeout",
            "hangupOnStar",
            "timeLimit",
            "callerId",
            "record",
            "trim",
            "recordingStatusCallback",
            "recordingStatusCallbackMethod",
            "recordingStatusCallbackEvent",
            "recordingTrack",
            "answerOnBridge",
            "ringTone",
            "sequential",
            "referUrl",
            "referMethod",
            "events",
            "callReason",
            "recordingConfigurationId",
        ]),
    },
    Rule {
        name: "Number",
        children: &[],
        attributes: Some(&[
            "sendDigits",
            "url",
            "method",
            "statusCallback",
            "statusCallbackMethod",
            "statusCallbackEvent",
            "byoc",
            "machineDetection",
            "machineDetectionTimeout",
            "machineDetectionSpeechThreshold",
            "machineDetectionSpeechEndThreshold",
            "machineDetectionSilenceTimeout",
            "amdStatusCallback",
            "amdStatusCallbackMethod",
        ]),
    },
    Rule {
        name: "Client",
        children: &["Identity", "Parameter"],
        attributes: Some(&[
            "url",
            "method",
            "statusCallback",
            "statusCallbackMethod",
            "statusCallbackEvent",
        ]),
    },
    Rule {
        name: "Sip",
        children: &[],
        attributes: Some(&[
            "username",
            "password",
            "url",
            "method",
            "statusCallback",
            "statusCallbackMethod",
            "statusCallbackEvent",
            "machineDetection",
            "machineDetectionTimeout",
            "machineDetectionSpeechThreshold",
            "machineDetectionSpeechEndThreshold",
            "machineDetectionSilenceTimeout",
            "amdStatusCallback",
            "amdStatusCallbackMethod",
        ]),
    },
    Rule {
        name: "Redirect",
        children: &[],
        attributes: Some(&["method"]),
    },
    Rule {
        name: "Hangup",
        children: &["Parameter"],
        attributes: Some(&[]),
    },
    Rule {
        name: "Reject",
        children: &["Parameter"],
        attributes: Some(&["reason"]),
    },
    Rule {
        name: "Enqueue",
        children: &["Task"],
        attributes: Some(&[
            "action",
            "method",
            "waitUrl",
            "waitUrlMethod",
            "workflowSid",
            "maxQueueSize",
        ]),
    },
    Rule {
        name: "Leave",
        children: &[],
        attributes: Some(&[]),
    },
    Rule {
        name: "Connect",
        children: &[
            "Stream",
            "ConversationRelay",
            "Room",
            "VirtualAgent",
            "Conversation",
        ],
        attributes: Some(&["action", "method"]),
    },
    Rule {
        name: "Start",
        children: &["Stream", "Siprec", "Transcription", "Recording"],
        attributes: Some(&["action", "method"]),
    },
    Rule {
        name: "Stop",
        children: &["Stream", "Siprec", "Transcription", "Recording"],
        attributes: Some(&[]),
    },
    Rule {
        name: "Stream",
        children: &["Parameter"],
        attributes: Some(&[
            "name",
            "url",
            "track",
            "connectorName",
            "statusCallback",
            "statusCallbackMethod",
        ]),
    },
    Rule {
        name: "Parameter",
        children: &[],
        attributes: Some(&["name", "value"]),
    },
    Rule {
        name: "Identity",
        children: &[],
        attributes: Some(&[]),
    },
    Rule {
        name: "Pay",
        children: &["Prompt", "Parameter"],
        attributes: None,
    },
    Rule {
        name: "Prompt",
        children: &["Say", "Play", "Pause"],
        attributes: None,
    },
    Rule {
        name: "Refer",
        children: &["Sip"],
        attributes: Some(&["action", "method"]),
    },
];

/// Elements whose children are not checked: the nouns Twilio extends often, and the ones
/// FakeTwilio does not run (they are reported as not emulated when they are reached).
const UNCHECKED: [&str; 12] = [
    "ConversationRelay",
    "Room",
    "VirtualAgent",
    "Conversation",
    "Siprec",
    "Transcription",
    "Recording",
    "Conference",
    "Queue",
    "Application",
    "WhatsApp",
    "Task",
];

fn rule(name: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.name == name)
}

/// Parses a TwiML document: its root must be `<Response>`.
fn parse(body: &[u8]) -> Result<Document, Failure> {
    let text = std::str::from_utf8(body)
        .map_err(|e| failure(12100, format!("the document is not UTF-8: {e}")))?;
    let mut reader = Reader::from_str(text);
    let bad = |message: String| failure(12100, message);
    // (element, whether it is kept) from the root down; the root's parent collects the root.
    let mut open: Vec<(Element, bool)> = vec![(Element::new(""), true)];
    let mut warnings = Vec::new();
    loop {
        let position = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| bad(format!("the document is not XML: {e} (at byte {position})")))?;
        match event {
            Event::Decl(_) if position != 0 => {
                return Err(bad(
                    "the XML declaration must be the document's first bytes".into(),
                ));
            }
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
            Event::DocType(_) => return Err(bad("a DOCTYPE is not TwiML".into())),
            Event::Start(start) if open.len() == 1 => {
                let root = root(&open[0].0, &start, &mut warnings)?;
                open.push((root, true));
            }
            Event::Empty(start) if open.len() == 1 => {
                let root = root(&open[0].0, &start, &mut warnings)?;
                open[0].0.children.push(root);
            }
            Event::Start(start) => {
                let kept = child(&open, &start, &mut warnings)?;
                let element = element_if(kept, &start, &mut warnings)?;
                open.push((element, kept));
            }
            Event::Empty(start) => {
                let kept = child(&open, &start, &mut warnings)?;
                let element = element_if(kept, &start, &mut warnings)?;
                let parent = open.last_mut().expect("below the root");
                if kept {
                    parent.0.children.push(element);
                }
            }
            Event::End(_) => {
                let (mut done, kept) = open.pop().expect("quick-xml checks the nesting");
                done.text = done.text.trim().to_owned();
                let parent = open
                    .last_mut()
                    .ok_or_else(|| bad("an unmatched end tag".into()))?;
                if kept && parent.1 {
                    parent.0.children.push(done);
                }
            }
            Event::Text(t) => {
                let t = t.xml_content(quick_xml::XmlVersion::Explicit1_0);
                let t =
                    quick_xml::escape::unescape(&t).map_err(|e| bad(format!("bad escape: {e}")))?;
                push_text(&mut open, &t)?;
            }
            Event::GeneralRef(r) => {
                let reference = format!("&{};", r.as_ref() as &str);
                let t = quick_xml::escape::unescape(&reference)
                    .map_err(|e| bad(format!("bad reference {reference}: {e}")))?;
                push_text(&mut open, &t)?;
            }
            Event::CData(c) => {
                push_text(&mut open, &c)?;
            }
            Event::Eof => break,
        }
    }
    if open.len() != 1 {
        return Err(bad("the document ends inside an element".into()));
    }
    let mut root = open.pop().expect("the root's parent").0;
    let response = root
        .children
        .pop()
        .ok_or_else(|| bad("the document has no root element".into()))?;
    Ok(Document {
        verbs: response.children,
        warnings,
    })
}

/// The root element: one (`document` holds those already read), and a `<Response>`.
fn root(
    document: &Element,
    start: &BytesStart<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<Element, Failure> {
    if !document.children.is_empty() {
        return Err(failure(
            12100,
            "the document has more than one root element",
        ));
    }
    let name = name_of(start);
    if name != "Response" {
        return Err(failure(
            12102,
            format!("the root element is <{name}>, not <Response>"),
        ));
    }
    element(start, warnings)
}

/// Text may stand only inside an element, never beside the root.
fn push_text(open: &mut [(Element, bool)], text: &str) -> Result<(), Failure> {
    let (element, kept) = open.last_mut().expect("the root's parent");
    if element.name.is_empty() {
        if text.trim().is_empty() {
            return Ok(());
        }
        return Err(failure(12100, "text outside the root element"));
    }
    if *kept {
        element.text.push_str(text);
    } else if let Some(say) = open.iter_mut().rev().find(|(e, k)| *k && e.name == "Say") {
        // SSML's own text belongs to the Say around it.
        say.0.text.push_str(text);
    }
    Ok(())
}

fn name_of(start: &BytesStart<'_>) -> String {
    start.name().as_ref().to_owned()
}

/// Whether `start` may stand in the innermost open element; a warning when it may not.
fn child(
    open: &[(Element, bool)],
    start: &BytesStart<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<bool, Failure> {
    let name = name_of(start);
    let (parent, parent_kept) = open.last().expect("below the root");
    if !parent_kept {
        return Ok(false);
    }
    if parent.name == "Say" {
        // SSML (<break>, <prosody>, …): its text is the Say's; not an element of its own.
        return Ok(false);
    }
    if UNCHECKED.contains(&parent.name.as_str()) {
        return Ok(true);
    }
    let allowed = rule(&parent.name).is_some_and(|r| r.children.contains(&name.as_str()));
    if !allowed {
        let what = if rule(&name).is_some() || UNCHECKED.contains(&name.as_str()) {
            format!("<{name}> cannot stand inside <{}>", parent.name)
        } else {
            format!("<{name}> is not a TwiML element")
        };
        warnings.push(Warning {
            code: 12200,
            message: format!("{what}: left out"),
        });
    }
    Ok(allowed)
}

fn element_if(
    kept: bool,
    start: &BytesStart<'_>,
    warnings: &mut Vec<Warning>,
) -> Result<Element, Failure> {
    if kept {
        element(start, warnings)
    } else {
        Ok(Element::new(&name_of(start)))
    }
}

/// The element with its attributes, those its rule does not know left out with a warning.
fn element(start: &BytesStart<'_>, warnings: &mut Vec<Warning>) -> Result<Element, Failure> {
    let name = name_of(start);
    let mut element = Element::new(&name);
    let known = rule(&name).and_then(|r| r.attributes);
    for attribute in start.attributes() {
        let attribute = attribute
            .map_err(|e| failure(12100, format!("a malformed attribute on <{name}>: {e}")))?;
        let key = attribute.key.as_ref().to_owned();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Explicit1_0)
            .map_err(|e| {
                failure(
                    12100,
                    format!("a malformed value of {key} on <{name}>: {e}"),
                )
            })?
            .into_owned();
        if known.is_none_or(|list| list.contains(&key.as_str())) {
            element.attributes.push((key, value));
        } else {
            warnings.push(Warning {
                code: 12200,
                message: format!("<{name}> has no attribute {key}: left out"),
            });
        }
    }
    Ok(element)
}
