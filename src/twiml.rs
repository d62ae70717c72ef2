//! TwiML for voice: a typed builder for the `<Response>` documents that tell Twilio what to do
//! with a call, written out with quick-xml.
//!
//! Each verb and noun is a type with a setter per attribute; values Twilio restricts are
//! enums, URLs and voices stay strings. The output has the same structure as twilio-python's
//! `VoiceResponse` for the same input (attributes in name order, as it writes them), which
//! `tests/twiml.rs` checks against fixtures generated with it.
//!
//! ```
//! use twilio_calls::HttpMethod;
//! use twilio_calls::twiml::{Dial, Gather, GatherInput, Number, Say, VoiceResponse};
//!
//! let response = VoiceResponse::new()
//!     .say(Say::new("Press 1 for sales.").voice("Polly.Amy").language("en-GB"))
//!     .gather(
//!         Gather::new()
//!             .input([GatherInput::Dtmf])
//!             .num_digits(1)
//!             .action("https://example.com/menu")
//!             .method(HttpMethod::Post),
//!     )
//!     .dial(Dial::new().caller_id("+15005550006").number(Number::new("+14155551212")));
//! assert_eq!(
//!     response.to_string(),
//!     "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>\
//!      <Say language=\"en-GB\" voice=\"Polly.Amy\">Press 1 for sales.</Say>\
//!      <Gather action=\"https://example.com/menu\" input=\"dtmf\" method=\"POST\" numDigits=\"1\"/>\
//!      <Dial callerId=\"+15005550006\"><Number>+14155551212</Number></Dial></Response>"
//! );
//! ```
//!
//! A [`VoiceResponse`] converts into a `String`, so it can be given straight to the `twiml`
//! setter of [`Calls::create`](crate::Calls::create) and [`Calls::update`](crate::Calls::update).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;

use crate::auth::REDACTED;
use crate::types::{CallEvent, HttpMethod, MachineDetection, RecordingEvent, RecordingTrack, Trim};

/// One XML element: what every verb and noun is underneath.
#[derive(Clone, PartialEq, Eq)]
struct Element {
    name: &'static str,
    /// Sorted by name, as twilio-python writes them.
    attributes: BTreeMap<Cow<'static, str>, String>,
    text: Option<String>,
    children: Vec<Element>,
}

impl Element {
    fn new(name: &'static str) -> Self {
        Self {
            name,
            attributes: BTreeMap::new(),
            text: None,
            children: Vec::new(),
        }
    }

    fn with_text(name: &'static str, text: String) -> Self {
        Self {
            text: Some(text),
            ..Self::new(name)
        }
    }

    /// Writes the element. `strict`: the first attribute name that is not an XML name, or
    /// character XML 1.0 forbids, is an error; otherwise such a name's attribute, and such
    /// characters, are left out, so the document is always well formed.
    fn write(&self, writer: &mut Writer<Vec<u8>>, strict: bool) -> Result<(), TwimlError> {
        let error = |attribute: Option<&str>, problem| TwimlError {
            element: self.name,
            attribute: attribute.map(str::to_owned),
            problem,
        };
        let mut start = BytesStart::new(self.name);
        for (name, value) in &self.attributes {
            if !is_xml_name(name) {
                if strict {
                    return Err(error(Some(name), TwimlProblem::AttributeName));
                }
                continue;
            }
            if let (true, Some(c)) = (strict, forbidden_character(value)) {
                return Err(error(Some(name), TwimlProblem::Character(c)));
            }
            let value = allowed(value);
            start.push_attribute(Attribute {
                key: QName(name),
                value: escape(&value, true),
            });
        }
        let text = self.text.as_deref().filter(|t| !t.is_empty());
        if let (true, Some(c)) = (strict, text.and_then(forbidden_character)) {
            return Err(error(None, TwimlProblem::Character(c)));
        }
        let text = text.map(allowed).filter(|t| !t.is_empty());
        // Writing into a Vec cannot fail.
        if text.is_none() && self.children.is_empty() {
            writer.write_event(Event::Empty(start)).expect("in memory");
            return Ok(());
        }
        writer.write_event(Event::Start(start)).expect("in memory");
        if let Some(text) = text {
            writer
                .write_event(Event::Text(BytesText::from_escaped(escape(&text, false))))
                .expect("in memory");
        }
        for child in &self.children {
            child.write(writer, strict)?;
        }
        writer
            .write_event(Event::End(BytesEnd::new(self.name)))
            .expect("in memory");
        Ok(())
    }
}

/// quick-xml's escaping (`&`, `<`, `>`, quotes), plus carriage return, and in an attribute
/// tab and newline: a parser normalises those to a newline or a space unless they are
/// written as character references.
fn escape(value: &str, attribute: bool) -> Cow<'_, str> {
    let escaped = quick_xml::escape::escape(value);
    let special: &[char] = if attribute {
        &['\n', '\t', '\r']
    } else {
        &['\r']
    };
    if !escaped.contains(special) {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len() + 8);
    for c in escaped.chars() {
        match c {
            '\r' => out.push_str("&#13;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether XML 1.0 allows `c` in a document: tab, newline, carriage return, and everything
/// from U+0020 but U+FFFE and U+FFFF (surrogates cannot be in a Rust string).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The first character of `text` that XML 1.0 forbids.
fn forbidden_character(text: &str) -> Option<char> {
    text.chars().find(|c| !is_xml_char(*c))
}

/// `text` without the characters XML 1.0 forbids.
fn allowed(text: &str) -> Cow<'_, str> {
    if forbidden_character(text).is_none() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|c| is_xml_char(*c)).collect())
    }
}

/// Whether `name` can be an attribute's name: an XML 1.0 `Name` without colons (so also
/// well formed under namespaces), which rules out spaces, quotes, `=`, `<`, `>` and `/`, and
/// not one XML reserves (starting with `xml` in any case, `xmlns` among them, which would
/// move the element out of TwiML).
fn is_xml_name(name: &str) -> bool {
    fn start(c: char) -> bool {
        matches!(c,
            'A'..='Z' | '_' | 'a'..='z'
            | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
            | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
            | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
            | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
    }
    fn rest(c: char) -> bool {
        start(c)
            || matches!(c,
                '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
    }
    let reserved = name.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("xml"));
    let mut chars = name.chars();
    !reserved && chars.next().is_some_and(start) && chars.all(rest)
}

/// Why [`VoiceResponse::try_to_xml`] cannot write a document as it was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TwimlError {
    /// The element (`Say`).
    pub element: &'static str,
    /// The attribute, by the name it was given; `None` for the element's text.
    pub attribute: Option<String>,
    /// What is wrong.
    pub problem: TwimlProblem,
}

/// What is wrong in a [`TwimlError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TwimlProblem {
    /// The attribute's name is not an XML name (letters, digits, `-`, `_` and `.`, not
    /// starting with a digit, `-` or `.`), or one XML reserves (starting with `xml`).
    AttributeName,
    /// The value or text holds a character XML 1.0 does not allow (control characters other
    /// than tab, newline and carriage return; U+FFFE, U+FFFF).
    Character(char),
}

impl fmt::Display for TwimlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = match &self.attribute {
            Some(name) => format!("<{}> attribute {name:?}", self.element),
            None => format!("<{}> text", self.element),
        };
        match self.problem {
            TwimlProblem::AttributeName => write!(
                f,
                "{place}: not an XML name (letters, digits, `-`, `_`, `.`, not starting \
                 with a digit, `-`, `.` or `xml`)"
            ),
            TwimlProblem::Character(c) => write!(
                f,
                "{place}: U+{:04X} is a character XML 1.0 does not allow",
                u32::from(c)
            ),
        }
    }
}

impl std::error::Error for TwimlError {}

impl fmt::Debug for Element {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let attributes: BTreeMap<_, _> = self
            .attributes
            .iter()
            .map(|(name, value)| {
                // A SIP password is a credential: never in Debug output.
                let shown = if name == "password" {
                    REDACTED
                } else {
                    value.as_str()
                };
                (name.as_ref(), shown)
            })
            .collect();
        let mut s = f.debug_struct(self.name);
        s.field("attributes", &attributes);
        if let Some(text) = &self.text {
            s.field("text", text);
        }
        if !self.children.is_empty() {
            s.field("children", &self.children);
        }
        s.finish()
    }
}

/// Defines a verb or noun: a newtype over [`Element`] with one setter per attribute.
/// Setter kinds: `text` (any string), `number` (`u32`), `flag` (`bool`, written
/// `true`/`false`), `one T` (a value with `as_str`), `list T` (space-separated values).
macro_rules! element {
    (
        $(#[$meta:meta])*
        $name:ident = $tag:literal;
        $( $(#[$ameta:meta])* $setter:ident: $kind:ident $($ty:ty)? => $attribute:literal; )*
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name(Element);

        impl $name {
            element!(@setters $( $(#[$ameta])* $setter: $kind $($ty)? => $attribute; )*);

            /// Any attribute, by its TwiML name (`"statusCallbackEvent"`), for one this
            /// builder has no setter for yet (Twilio adds them over time), as twilio-python's
            /// keyword arguments allow. Replaces a value set before under the same name.
            ///
            /// A name that is not an XML name is never written:
            /// [`VoiceResponse::to_xml`] leaves it out and [`VoiceResponse::try_to_xml`]
            /// says so.
            pub fn attribute(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.0.attributes.insert(Cow::Owned(name.into()), value.into());
                self
            }
        }
    };
    (@setters $( $(#[$ameta:meta])* $setter:ident: $kind:ident $($ty:ty)? => $attribute:literal; )*) => {
        $( element!(@setter $(#[$ameta])* $setter $kind $($ty)? => $attribute); )*
    };
    (@setter $(#[$m:meta])* $setter:ident text => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "`.")]
        pub fn $setter(mut self, value: impl Into<String>) -> Self {
            self.0.attributes.insert(Cow::Borrowed($a), value.into());
            self
        }
    };
    (@setter $(#[$m:meta])* $setter:ident number => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "`.")]
        pub fn $setter(mut self, value: u32) -> Self {
            self.0.attributes.insert(Cow::Borrowed($a), value.to_string());
            self
        }
    };
    (@setter $(#[$m:meta])* $setter:ident flag => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "`.")]
        pub fn $setter(mut self, value: bool) -> Self {
            self.0.attributes.insert(Cow::Borrowed($a), value.to_string());
            self
        }
    };
    (@setter $(#[$m:meta])* $setter:ident one $ty:ty => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "`.")]
        pub fn $setter(mut self, value: $ty) -> Self {
            self.0.attributes.insert(Cow::Borrowed($a), value.as_str().to_owned());
            self
        }
    };
    (@setter $(#[$m:meta])* $setter:ident list $ty:ty => $a:literal) => {
        $(#[$m])*
        #[doc = concat!("\n\nWrites `", $a, "` (values separated by spaces).")]
        pub fn $setter(mut self, values: impl IntoIterator<Item = $ty>) -> Self {
            let values: Vec<String> = values.into_iter().map(|v| v.as_str().to_owned()).collect();
            self.0.attributes.insert(Cow::Borrowed($a), values.join(" "));
            self
        }
    };
}

/// Adds the same attributes (same setters, same docs) to several elements.
macro_rules! shared_attributes {
    (for $first:ident $(, $rest:ident)* { $($setters:tt)* }) => {
        impl $first {
            element!(@setters $($setters)*);
        }
        shared_attributes!(for $($rest),* { $($setters)* });
    };
    (for { $($setters:tt)* }) => {};
}

/// Defines a closed enum of the values an attribute accepts.
macro_rules! values {
    ($(#[$meta:meta])* $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// The value as TwiML writes it.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $( Self::$variant => $wire, )+
                }
            }
        }
    };
}

/// Constructors for an element whose content is text (`Say`'s message, `Number`'s phone
/// number, …), plus `From<&str>`/`From<String>` so the text alone can stand for it.
macro_rules! text_content {
    ($($name:ident = $tag:literal, $what:literal;)+) => {$(
        impl $name {
            #[doc = concat!("`<", $tag, ">` with ", $what, ".")]
            pub fn new(text: impl Into<String>) -> Self {
                Self(Element::with_text($tag, text.into()))
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                Self::new(text)
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                Self::new(text)
            }
        }
    )+};
}

/// Constructors for an element with no content of its own.
macro_rules! empty_content {
    ($($name:ident = $tag:literal;)+) => {$(
        impl $name {
            #[doc = concat!("An empty `<", $tag, ">`.")]
            pub fn new() -> Self {
                Self(Element::new($tag))
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }
    )+};
}

/// Adders for the elements a verb may nest.
macro_rules! nests {
    ($parent:ident { $( $(#[$m:meta])* $adder:ident($child:ident); )+ }) => {
        impl $parent {
            $(
                $(#[$m])*
                pub fn $adder(mut self, child: impl Into<$child>) -> Self {
                    self.0.children.push(child.into().0);
                    self
                }
            )+
        }
    };
}

values! {
    /// What `<Gather>` listens for.
    GatherInput {
        /// Key presses.
        Dtmf = "dtmf",
        /// Speech.
        Speech = "speech",
    }
}

values! {
    /// `<Dial record>`: whether and how to record the dialled call.
    DialRecord {
        /// No recording.
        DoNotRecord = "do-not-record",
        /// From when the call is answered, mono.
        RecordFromAnswer = "record-from-answer",
        /// From when it starts ringing, mono.
        RecordFromRinging = "record-from-ringing",
        /// From when the call is answered, one channel per leg.
        RecordFromAnswerDual = "record-from-answer-dual",
        /// From when it starts ringing, one channel per leg.
        RecordFromRingingDual = "record-from-ringing-dual",
    }
}

values! {
    /// `<Conference record>`.
    ConferenceRecord {
        /// No recording.
        DoNotRecord = "do-not-record",
        /// Record from when the conference starts.
        RecordFromStart = "record-from-start",
    }
}

values! {
    /// `<Conference beep>`: when to beep as participants come and go.
    ConferenceBeep {
        /// On entry and exit.
        True = "true",
        /// Never.
        False = "false",
        /// Only when someone enters.
        OnEnter = "onEnter",
        /// Only when someone leaves.
        OnExit = "onExit",
    }
}

values! {
    /// Conference events a status callback can ask for.
    ConferenceEvent {
        /// The conference started.
        Start = "start",
        /// The conference ended.
        End = "end",
        /// A participant joined.
        Join = "join",
        /// A participant left.
        Leave = "leave",
        /// A participant was muted or unmuted.
        Mute = "mute",
        /// A participant was held or unheld.
        Hold = "hold",
        /// A participant was modified.
        Modify = "modify",
        /// A participant started or stopped speaking.
        Speaker = "speaker",
        /// An announcement was played.
        Announcement = "announcement",
    }
}

values! {
    /// `<Reject reason>`: what the caller hears.
    RejectReason {
        /// A "not in service" message.
        Rejected = "rejected",
        /// A busy signal.
        Busy = "busy",
    }
}

values! {
    /// `<Stream track>`: which audio a media stream carries.
    StreamTrack {
        /// The caller's audio.
        InboundTrack = "inbound_track",
        /// The audio Twilio plays to the caller.
        OutboundTrack = "outbound_track",
        /// Both.
        BothTracks = "both_tracks",
    }
}

element! {
    /// `<Say>`: speaks text to the caller.
    Say = "Say";
    /// The voice, e.g. `alice`, `man`, `Polly.Joanna`, `Google.en-US-Neural2-A`.
    voice: text => "voice";
    /// The language, e.g. `en-US`.
    language: text => "language";
    /// How many times to repeat; 0 repeats until the call ends.
    loop_count: number => "loop";
}

element! {
    /// `<Play>`: plays an audio file, or DTMF tones with [`digits`](Play::digits).
    Play = "Play";
    /// How many times to repeat; 0 repeats until the call ends.
    loop_count: number => "loop";
    /// DTMF tones to play instead of a file (`w` waits half a second).
    digits: text => "digits";
}

element! {
    /// `<Pause>`: waits silently.
    Pause = "Pause";
    /// Seconds to wait (default 1).
    length: number => "length";
}

element! {
    /// `<Gather>`: collects key presses or speech, optionally while saying or playing
    /// something.
    Gather = "Gather";
    /// What to listen for.
    input: list GatherInput => "input";
    /// Where to send the result.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
    /// Seconds of silence before giving up.
    timeout: number => "timeout";
    /// Seconds of silence that end speech input.
    speech_timeout: number => "speechTimeout";
    /// Longest speech input, in seconds.
    max_speech_time: number => "maxSpeechTime";
    /// Whether to mask profanity in the transcript.
    profanity_filter: flag => "profanityFilter";
    /// The key that ends input (`#` by default; empty for none).
    finish_on_key: text => "finishOnKey";
    /// How many digits to collect.
    num_digits: number => "numDigits";
    /// Where to send interim speech results.
    partial_result_callback: text => "partialResultCallback";
    /// How to request `partialResultCallback`.
    partial_result_callback_method: one HttpMethod => "partialResultCallbackMethod";
    /// The speech recognition language, e.g. `en-US`.
    language: text => "language";
    /// Words or phrases likely to be said, comma-separated.
    hints: text => "hints";
    /// Whether input interrupts nested `<Say>`/`<Play>`.
    barge_in: flag => "bargeIn";
    /// Whether to request `action` even when nothing was gathered.
    action_on_empty_result: flag => "actionOnEmptyResult";
    /// The speech model, e.g. `phone_call`, `experimental_conversations`.
    speech_model: text => "speechModel";
    /// Whether to use the enhanced speech model.
    enhanced: flag => "enhanced";
    /// Whether to send debugging information to `action`.
    debug: flag => "debug";
}

impl Gather {
    /// Ends speech input automatically when the caller pauses (`speechTimeout="auto"`).
    pub fn speech_timeout_auto(mut self) -> Self {
        self.0
            .attributes
            .insert(Cow::Borrowed("speechTimeout"), "auto".to_owned());
        self
    }
}

element! {
    /// `<Dial>`: connects the caller to another party, given as a phone number
    /// ([`Dial::to`]) or as nested nouns.
    Dial = "Dial";
    /// Where to go when the dialled call ends.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
    /// Seconds to ring before giving up.
    timeout: number => "timeout";
    /// Whether the caller can hang up the dialled party by pressing `*`.
    hangup_on_star: flag => "hangupOnStar";
    /// Longest call, in seconds.
    time_limit: number => "timeLimit";
    /// The caller ID to present.
    caller_id: text => "callerId";
    /// Whether and how to record.
    record: one DialRecord => "record";
    /// Whether to trim silence from the recording.
    trim: one Trim => "trim";
    /// Whether to keep the caller in early media (ringing) until the dialled party answers.
    answer_on_bridge: flag => "answerOnBridge";
    /// The ringback tone's country code, e.g. `uk`.
    ring_tone: text => "ringTone";
    /// Which audio to record.
    recording_track: one RecordingTrack => "recordingTrack";
    /// Whether to dial the nested nouns one after another instead of all at once.
    sequential: flag => "sequential";
    /// Where to send a SIP REFER from the dialled party.
    refer_url: text => "referUrl";
    /// How to request `referUrl`.
    refer_method: one HttpMethod => "referMethod";
    /// Call events to report on `action`, e.g. `call-progress-events`.
    events: text => "events";
    /// SHAKEN/STIR passports to present, for calls from your own infrastructure.
    passports: text => "passports";
}

impl Dial {
    /// `<Dial>` with nothing to dial yet: add nouns with [`number`](Self::number),
    /// [`client`](Self::client), …
    pub fn new() -> Self {
        Self(Element::new("Dial"))
    }

    /// `<Dial>` of one phone number or SIP URI given as the verb's text.
    pub fn to(number: impl Into<String>) -> Self {
        Self(Element::with_text("Dial", number.into()))
    }
}

impl Default for Dial {
    fn default() -> Self {
        Self::new()
    }
}

impl From<&str> for Dial {
    fn from(number: &str) -> Self {
        Self::to(number)
    }
}

element! {
    /// `<Number>` inside `<Dial>`: a phone number.
    Number = "Number";
    /// Digits to send once the call connects.
    send_digits: text => "sendDigits";
    /// The BYOC trunk to route through.
    byoc: text => "byoc";
}

element! {
    /// `<Client>` inside `<Dial>`: a Voice SDK client, by identity.
    Client = "Client";
}

element! {
    /// `<Sip>` inside `<Dial>`: a SIP endpoint. Its password never shows in `Debug`.
    Sip = "Sip";
    /// SIP authentication user name.
    username: text => "username";
    /// SIP authentication password.
    password: text => "password";
}

element! {
    /// `<Conference>` inside `<Dial>`: a conference room, by name.
    Conference = "Conference";
    /// Whether the participant joins muted.
    muted: flag => "muted";
    /// When to beep.
    beep: one ConferenceBeep => "beep";
    /// Whether the conference starts when this participant joins.
    start_conference_on_enter: flag => "startConferenceOnEnter";
    /// Whether the conference ends when this participant leaves.
    end_conference_on_exit: flag => "endConferenceOnExit";
    /// Hold music or TwiML while waiting.
    wait_url: text => "waitUrl";
    /// How to request `waitUrl`.
    wait_method: one HttpMethod => "waitMethod";
    /// Most participants (2 to 250).
    max_participants: number => "maxParticipants";
    /// Whether to record.
    record: one ConferenceRecord => "record";
    /// The region to mix the conference in, e.g. `ie1`.
    region: text => "region";
    /// The SID of a participant to coach.
    coach: text => "coach";
    /// Where to send conference events for this participant's conference.
    event_callback_url: text => "eventCallbackUrl";
    /// The jitter buffer size: `small`, `medium`, `large` or `off`.
    jitter_buffer_size: text => "jitterBufferSize";
    /// A label for the participant, to address them by it later.
    participant_label: text => "participantLabel";
    /// Whether to trim silence from the recording.
    trim: one Trim => "trim";
    /// Which conference events to report.
    status_callback_event: list ConferenceEvent => "statusCallbackEvent";
    /// Where to send conference events.
    status_callback: text => "statusCallback";
    /// How to request `statusCallback`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
}

element! {
    /// `<Queue>` inside `<Dial>`: takes the next caller from a queue.
    Queue = "Queue";
    /// TwiML to run for the dequeued caller before connecting.
    url: text => "url";
    /// How to request `url`.
    method: one HttpMethod => "method";
    /// The TaskRouter reservation to accept.
    reservation_sid: text => "reservationSid";
    /// The TaskRouter activity to move the worker to afterwards.
    post_work_activity_sid: text => "postWorkActivitySid";
}

element! {
    /// `<Record>`: records the caller.
    Record = "Record";
    /// Where to send the recording when it ends.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
    /// Seconds of silence that end the recording.
    timeout: number => "timeout";
    /// Keys that end the recording.
    finish_on_key: text => "finishOnKey";
    /// Longest recording, in seconds.
    max_length: number => "maxLength";
    /// Whether to beep before recording.
    play_beep: flag => "playBeep";
    /// Whether to trim silence.
    trim: one Trim => "trim";
    /// Whether to transcribe.
    transcribe: flag => "transcribe";
    /// Where to send the transcription.
    transcribe_callback: text => "transcribeCallback";
}

element! {
    /// `<Hangup>`: ends the call.
    Hangup = "Hangup";
}

element! {
    /// `<Redirect>`: continues with the TwiML at another URL.
    Redirect = "Redirect";
    /// How to request the URL.
    method: one HttpMethod => "method";
}

element! {
    /// `<Reject>`: declines an incoming call without answering (no charge).
    Reject = "Reject";
    /// What the caller hears.
    reason: one RejectReason => "reason";
}

element! {
    /// `<Enqueue>`: puts the caller in a queue.
    Enqueue = "Enqueue";
    /// Where to go when the caller leaves the queue.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
    /// Hold music or TwiML while waiting.
    wait_url: text => "waitUrl";
    /// How to request `waitUrl`.
    wait_url_method: one HttpMethod => "waitUrlMethod";
    /// The TaskRouter workflow to enqueue into.
    workflow_sid: text => "workflowSid";
    /// Most callers the queue holds.
    max_queue_size: number => "maxQueueSize";
}

element! {
    /// `<Leave>`: takes the caller out of the queue they are waiting in.
    Leave = "Leave";
}

element! {
    /// `<Connect>`: connects the call to something other than a phone, here a media stream.
    Connect = "Connect";
    /// Where to go when the connection ends.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
}

element! {
    /// `<Start>`: starts something alongside the call (a media stream) and goes on with the
    /// next verb.
    Start = "Start";
    /// Where to report what was started.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
}

element! {
    /// `<Stop>`: stops what `<Start>` started.
    Stop = "Stop";
}

element! {
    /// `<Stream>` inside `<Connect>`, `<Start>` or `<Stop>`: a media stream over WebSocket.
    Stream = "Stream";
    /// A name, to stop this stream later.
    name: text => "name";
    /// The `wss://` URL to stream to.
    url: text => "url";
    /// Which audio to stream.
    track: one StreamTrack => "track";
    /// The name of a Stream Connector to stream to instead of `url`.
    connector_name: text => "connectorName";
    /// The audio encoding, e.g. `audio/x-mulaw`.
    audio_format: text => "audioFormat";
    /// The audio sample rate in Hz, e.g. `8000`.
    sample_rate: number => "sampleRate";
    /// Where to send stream status.
    status_callback: text => "statusCallback";
    /// How to request `statusCallback`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
}

element! {
    /// `<Parameter>` inside `<Stream>` or `<Client>`: a custom name/value pair.
    Parameter = "Parameter";
}

impl Parameter {
    /// `<Parameter name=… value=…/>`.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        let mut element = Element::new("Parameter");
        element
            .attributes
            .insert(Cow::Borrowed("name"), name.into());
        element
            .attributes
            .insert(Cow::Borrowed("value"), value.into());
        Self(element)
    }
}

element! {
    /// `<Transcription>` inside `<Start>` or `<Stop>`: real-time transcription of the call.
    Transcription = "Transcription";
    /// A name, to stop this transcription later.
    name: text => "name";
    /// Which audio to transcribe.
    track: one StreamTrack => "track";
    /// Where to send the transcription's events and results.
    status_callback_url: text => "statusCallbackUrl";
    /// How to request `statusCallbackUrl`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
    /// A label for the inbound track in the results.
    inbound_track_label: text => "inboundTrackLabel";
    /// A label for the outbound track in the results.
    outbound_track_label: text => "outboundTrackLabel";
    /// Whether interim results are sent.
    partial_results: flag => "partialResults";
    /// The language, e.g. `en-US`.
    language_code: text => "languageCode";
    /// The engine, e.g. `google`, `deepgram`.
    transcription_engine: text => "transcriptionEngine";
    /// Whether to mask profanity.
    profanity_filter: flag => "profanityFilter";
    /// The engine's speech model, e.g. `telephony`.
    speech_model: text => "speechModel";
    /// Words or phrases likely to be said, comma-separated.
    hints: text => "hints";
    /// Whether punctuation is added.
    enable_automatic_punctuation: flag => "enableAutomaticPunctuation";
    /// The Conversational Intelligence Service (SID or unique name) to send results to.
    intelligence_service: text => "intelligenceService";
}

element! {
    /// `<Siprec>` inside `<Start>` or `<Stop>`: forks the call's audio to a SIPREC recorder.
    Siprec = "Siprec";
    /// A name, to stop this session later.
    name: text => "name";
    /// The SIPREC connector (Marketplace add-on) to send to.
    connector_name: text => "connectorName";
    /// Which audio to send.
    track: one StreamTrack => "track";
    /// Where to send the session's status.
    status_callback: text => "statusCallback";
    /// How to request `statusCallback`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
}

element! {
    /// `<ConversationRelay>` inside `<Connect>`: connects the call to a voice AI application
    /// over WebSocket, with Twilio doing speech-to-text and text-to-speech. Attributes it has
    /// no setter for go through [`attribute`](Self::attribute).
    ConversationRelay = "ConversationRelay";
    /// The `wss://` URL of the application.
    url: text => "url";
    /// The language for both speech recognition and synthesis, e.g. `en-US`.
    language: text => "language";
    /// The language for text-to-speech, when it differs.
    tts_language: text => "ttsLanguage";
    /// The language for transcription, when it differs.
    transcription_language: text => "transcriptionLanguage";
    /// The text-to-speech provider, e.g. `ElevenLabs`, `Google`, `Amazon`.
    tts_provider: text => "ttsProvider";
    /// The text-to-speech voice.
    voice: text => "voice";
    /// The speech recognition provider, e.g. `Deepgram`, `Google`.
    transcription_provider: text => "transcriptionProvider";
    /// The speech recognition model.
    speech_model: text => "speechModel";
    /// Whether to mask profanity in transcripts.
    profanity_filter: flag => "profanityFilter";
    /// Whether key presses are reported.
    dtmf_detection: flag => "dtmfDetection";
    /// What is said when the session connects.
    welcome_greeting: text => "welcomeGreeting";
    /// Whether and how the caller can interrupt the greeting (`any`, `none`, `speech`,
    /// `dtmf`).
    welcome_greeting_interruptible: text => "welcomeGreetingInterruptible";
    /// Whether and how the caller can interrupt speech (`any`, `none`, `speech`, `dtmf`).
    interruptible: text => "interruptible";
    /// Whether new speech or media may cut off what is playing.
    preemptible: flag => "preemptible";
    /// Whether partial prompts are sent before the caller finishes speaking.
    partial_prompts: flag => "partialPrompts";
    /// Words or phrases likely to be said, comma-separated.
    hints: text => "hints";
    /// The Conversational Intelligence Service (SID or unique name) to send the session to.
    intelligence_service: text => "intelligenceService";
    /// How easily speech interrupts (`low`, `medium`, `high`).
    interrupt_sensitivity: text => "interruptSensitivity";
    /// Debugging options, space-separated (e.g. `debugging speaker-events`).
    debug: text => "debug";
    /// Events to receive as `info` messages, space-separated (`speaker-events
    /// tokens-played`).
    events: text => "events";
    /// Whether Deepgram formats transcripts (numbers, dates…): `true` by default.
    deepgram_smart_format: flag => "deepgramSmartFormat";
    /// What the caller may say or press while the agent speaks that is still reported
    /// (`none`, `dtmf`, `speech`, `any`).
    report_input_during_agent_speech: text => "reportInputDuringAgentSpeech";
    /// ElevenLabs text normalization (`on`, `auto`, `off`).
    elevenlabs_text_normalization: text => "elevenlabsTextNormalization";
    /// Whether short acknowledgements ("uh-huh") are ignored rather than interrupting.
    ignore_backchannel: flag => "ignoreBackchannel";
    /// How long a pause ends the caller's turn: `auto` or milliseconds.
    speech_timeout: text => "speechTimeout";
    /// Whether background noise is reduced before recognition.
    background_noise_reduction: flag => "backgroundNoiseReduction";
}

element! {
    /// `<Language>` inside `<ConversationRelay>`: settings for one language the session may
    /// switch to.
    Language = "Language";
    /// The language code this applies to, e.g. `fr-FR`.
    code: text => "code";
    /// The text-to-speech provider for it.
    tts_provider: text => "ttsProvider";
    /// The text-to-speech voice for it.
    voice: text => "voice";
    /// The speech recognition provider for it.
    transcription_provider: text => "transcriptionProvider";
    /// The speech recognition model for it.
    speech_model: text => "speechModel";
    /// Words or phrases likely to be said in it.
    hints: text => "hints";
}

shared_attributes!(for Number, Client, Sip {
    /// TwiML to run for the called party before connecting.
    url: text => "url";
    /// How to request `url`.
    method: one HttpMethod => "method";
    /// Which call events to report.
    status_callback_event: list CallEvent => "statusCallbackEvent";
    /// Where to send call events.
    status_callback: text => "statusCallback";
    /// How to request `statusCallback`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
});

shared_attributes!(for Number, Sip {
    /// Answering machine detection.
    machine_detection: one MachineDetection => "machineDetection";
    /// Seconds answering machine detection may take.
    machine_detection_timeout: number => "machineDetectionTimeout";
    /// Milliseconds of speech that mean a machine answered.
    machine_detection_speech_threshold: number => "machineDetectionSpeechThreshold";
    /// Milliseconds of silence that end speech, for detection.
    machine_detection_speech_end_threshold: number => "machineDetectionSpeechEndThreshold";
    /// Milliseconds of initial silence after which detection gives up (`unknown`).
    machine_detection_silence_timeout: number => "machineDetectionSilenceTimeout";
    /// Where to send the asynchronous answering machine detection result.
    amd_status_callback: text => "amdStatusCallback";
    /// How to request `amdStatusCallback`.
    amd_status_callback_method: one HttpMethod => "amdStatusCallbackMethod";
});

shared_attributes!(for Dial, Conference, Record {
    /// The recording configuration to apply.
    recording_configuration_id: text => "recordingConfigurationId";
    /// Where to send recording status.
    recording_status_callback: text => "recordingStatusCallback";
    /// How to request `recordingStatusCallback`.
    recording_status_callback_method: one HttpMethod => "recordingStatusCallbackMethod";
    /// Which recording events to report.
    recording_status_callback_event: list RecordingEvent => "recordingStatusCallbackEvent";
});

text_content! {
    Say = "Say", "the text to speak";
    Play = "Play", "the URL of the audio to play";
    Number = "Number", "the phone number (E.164) to dial";
    Client = "Client", "the client identity to dial";
    Sip = "Sip", "the SIP URI to dial";
    Conference = "Conference", "the conference name";
    Queue = "Queue", "the queue name";
    Redirect = "Redirect", "the URL of the TwiML to continue with";
    Enqueue = "Enqueue", "the queue name";
}

empty_content! {
    Transcription = "Transcription";
    Siprec = "Siprec";
    ConversationRelay = "ConversationRelay";
    Language = "Language";
    Pause = "Pause";
    Gather = "Gather";
    Record = "Record";
    Hangup = "Hangup";
    Reject = "Reject";
    Leave = "Leave";
    Connect = "Connect";
    Start = "Start";
    Stop = "Stop";
    Stream = "Stream";
}

impl Play {
    /// `<Play>` with no URL, for [`digits`](Play::digits).
    pub fn tones(digits: impl Into<String>) -> Self {
        Self(Element::new("Play")).digits(digits)
    }
}

nests!(Gather {
    /// Says something while listening.
    say(Say);
    /// Plays something while listening.
    play(Play);
    /// Pauses while listening.
    pause(Pause);
});

nests!(Dial {
    /// Dials a phone number.
    number(Number);
    /// Dials a Voice SDK client.
    client(Client);
    /// Dials a SIP endpoint.
    sip(Sip);
    /// Joins a conference.
    conference(Conference);
    /// Connects to the next caller in a queue.
    queue(Queue);
});

nests!(Client {
    /// A custom parameter for the client.
    parameter(Parameter);
});

nests!(Connect {
    /// Streams the call's audio.
    stream(Stream);
    /// Connects the call to a voice AI application.
    conversation_relay(ConversationRelay);
});

nests!(Start {
    /// Starts streaming the call's audio.
    stream(Stream);
    /// Starts real-time transcription.
    transcription(Transcription);
    /// Starts forking the audio to a SIPREC recorder.
    siprec(Siprec);
});

nests!(Stop {
    /// Stops a stream started earlier (by name).
    stream(Stream);
    /// Stops a transcription started earlier (by name).
    transcription(Transcription);
    /// Stops a SIPREC session started earlier (by name).
    siprec(Siprec);
});

nests!(Transcription {
    /// A custom parameter sent with the transcription's events.
    parameter(Parameter);
});

nests!(Siprec {
    /// A custom parameter sent to the recorder.
    parameter(Parameter);
});

nests!(ConversationRelay {
    /// Settings for one language.
    language_setting(Language);
    /// A custom parameter sent in the session's `setup` message.
    parameter(Parameter);
});

nests!(Hangup {
    /// A custom parameter sent to the application that placed a Voice SDK call.
    parameter(Parameter);
});

nests!(Reject {
    /// A custom parameter sent to the application that placed a Voice SDK call.
    parameter(Parameter);
});

nests!(Stream {
    /// A custom parameter sent in the stream's `start` message.
    parameter(Parameter);
});

/// A `<Response>`: the verbs Twilio runs, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoiceResponse(Element);

impl VoiceResponse {
    /// An empty `<Response/>` (Twilio hangs up after it).
    pub fn new() -> Self {
        Self(Element::new("Response"))
    }

    /// The document, with its XML declaration. Always well formed: an attribute whose name
    /// is not an XML name is left out, and so are characters XML 1.0 forbids
    /// ([`try_to_xml`](Self::try_to_xml) says which instead).
    pub fn to_xml(&self) -> String {
        self.render(false)
            .expect("a lenient render leaves out what it cannot write")
    }

    /// The document, or which attribute name or character cannot be written and why:
    /// what [`to_xml`](Self::to_xml) would leave out.
    ///
    /// ```
    /// use twilio_calls::twiml::{Say, TwimlProblem, VoiceResponse};
    ///
    /// let injected = VoiceResponse::new()
    ///     .say(Say::new("hi").attribute("x=\"1\"><Dial>+1900</Dial><Say y", "v"));
    /// let error = injected.try_to_xml().unwrap_err();
    /// assert_eq!(error.problem, TwimlProblem::AttributeName);
    /// // Rendered anyway, the attribute is left out: no <Dial> gets in.
    /// assert_eq!(
    ///     injected.to_string(),
    ///     "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>hi</Say></Response>"
    /// );
    ///
    /// let control = VoiceResponse::new().say(Say::new("a\u{1b}b"));
    /// assert_eq!(control.try_to_xml().unwrap_err().problem, TwimlProblem::Character('\u{1b}'));
    /// assert!(control.to_xml().ends_with("<Say>ab</Say></Response>"));
    /// ```
    pub fn try_to_xml(&self) -> Result<String, TwimlError> {
        self.render(true)
    }

    fn render(&self, strict: bool) -> Result<String, TwimlError> {
        let mut writer = Writer::new(Vec::new());
        let declaration = BytesDecl::new("1.0", Some("UTF-8"), None);
        writer
            .write_event(Event::Decl(declaration))
            .expect("in memory");
        self.0.write(&mut writer, strict)?;
        Ok(String::from_utf8(writer.into_inner()).expect("quick-xml writes the UTF-8 it is given"))
    }
}

impl Default for VoiceResponse {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for VoiceResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_xml())
    }
}

impl From<VoiceResponse> for String {
    fn from(response: VoiceResponse) -> Self {
        response.to_xml()
    }
}

impl From<&VoiceResponse> for String {
    fn from(response: &VoiceResponse) -> Self {
        response.to_xml()
    }
}

nests!(VoiceResponse {
    /// Speaks text.
    say(Say);
    /// Plays audio or tones.
    play(Play);
    /// Waits.
    pause(Pause);
    /// Collects key presses or speech.
    gather(Gather);
    /// Connects to another party.
    dial(Dial);
    /// Records the caller.
    record(Record);
    /// Continues with TwiML from another URL.
    redirect(Redirect);
    /// Declines an incoming call.
    reject(Reject);
    /// Puts the caller in a queue.
    enqueue(Enqueue);
    /// Connects the call to a media stream.
    connect(Connect);
    /// Starts a media stream alongside the call.
    start(Start);
    /// Stops a media stream.
    stop(Stop);
});

impl VoiceResponse {
    /// Ends the call.
    pub fn hangup(self) -> Self {
        self.push(Hangup::new().0)
    }

    /// Ends the call with a [`Hangup`] that carries parameters.
    pub fn hangup_with(self, hangup: Hangup) -> Self {
        self.push(hangup.0)
    }

    /// Any attribute of `<Response>` itself, by name (see [`Say::attribute`]).
    pub fn attribute(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.0
            .attributes
            .insert(Cow::Owned(name.into()), value.into());
        self
    }

    /// Leaves the queue the caller waits in.
    pub fn leave(self) -> Self {
        self.push(Leave::new().0)
    }

    fn push(mut self, element: Element) -> Self {
        self.0.children.push(element);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let xml = VoiceResponse::new()
            .say(Say::new("Fish & <chips> \"now\"").voice("a\"b\nc\td"))
            .to_xml();
        assert_eq!(
            xml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>\
             <Say voice=\"a&quot;b&#10;c&#9;d\">Fish &amp; &lt;chips&gt; &quot;now&quot;</Say>\
             </Response>"
        );
    }

    #[test]
    fn a_sip_password_never_shows_in_debug() {
        let dial = Dial::new().sip(Sip::new("sip:a@example.com").password("hunter2"));
        let shown = format!("{dial:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("[redacted]"), "{shown}");
        assert!(
            VoiceResponse::new()
                .dial(dial)
                .to_xml()
                .contains("password=\"hunter2\"")
        );
    }
}
