//! What happened on a call, step by step, as the scripted caller ([`Caller`]) and its
//! errors show it: the verbs executed, the requests FakeTwilio made and their answers, what
//! the caller did, what Twilio would log, and how the call ended.
//!
//! [`Caller`]: crate::Caller

use std::fmt;
use std::time::Duration;

use twilio_calls::CallStatus;

use crate::twiml::Element;

/// Every step of a call, in order ([`Caller::transcript`](crate::Caller::transcript)).
/// `Display` reads like a call log, one step a line, each with the call's virtual time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Transcript {
    /// The steps, in order.
    pub steps: Vec<Step>,
}

/// One step of a call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Step {
    /// A verb executed, with its attributes.
    Verb(Verb),
    /// A `<Dial>` executed: who it rang, and the child calls.
    Dial(Dialed),
    /// A request FakeTwilio made to the app, and its answer.
    Request(Exchange),
    /// Something the person on the phone did.
    Caller(CallerAction),
    /// An error or warning Twilio logs on the call (the REST API lists them as the call's
    /// notifications), or something FakeTwilio does not emulate.
    Notice(Notice),
    /// The call ended.
    End(Ended),
}

/// A verb as it was executed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Verb {
    /// When, on the call's virtual clock (from the call's start).
    pub at: Duration,
    /// The element as the app wrote it.
    pub element: Element,
    /// Whether it was a prompt nested in a `<Gather>`.
    pub in_gather: bool,
}

impl Verb {
    /// The verb's name (`Say`).
    pub fn name(&self) -> &str {
        &self.element.name
    }

    /// Its text: what a `<Say>` says, what a `<Play>` plays, where a `<Redirect>` goes.
    pub fn text(&self) -> &str {
        &self.element.text
    }

    /// The value of attribute `name`, if the app gave it.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.element.attribute(name)
    }
}

/// What a `<Dial>` rang ([`Caller::expect_dial`](crate::Caller::expect_dial)).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Dialed {
    /// Who is rung, as the nouns name them: `+15558675310`, `client:alice`,
    /// `sip:alice@example.com`.
    pub numbers: Vec<String>,
    /// The child calls created, one per number, in the same order.
    pub call_sids: Vec<String>,
    /// The `<Dial>` as executed.
    pub verb: Verb,
}

/// Which request it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RequestKind {
    /// The voice URL (a number's `VoiceUrl`, a call's `Url`).
    Voice,
    /// A verb's `action`.
    Action,
    /// A `<Redirect>`, or a redirect of the call through the REST API.
    Redirect,
    /// The fallback URL, after the request before it failed.
    Fallback,
    /// A status callback (call progress, recording, stream…).
    StatusCallback,
}

/// A request FakeTwilio made, and what came back.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Exchange {
    /// When, on the call's virtual clock.
    pub at: Duration,
    /// Which request it was.
    pub kind: RequestKind,
    /// `GET` or `POST`.
    pub method: String,
    /// The URL requested, exactly (for `GET`, with the parameters in its query).
    pub url: String,
    /// The parameters sent, in order (in the body for `POST`, in the query for `GET`).
    pub params: Vec<(String, String)>,
    /// The `X-Twilio-Signature` sent.
    pub signature: String,
    /// The app's HTTP status, when it answered.
    pub status: Option<u16>,
    /// The answer's `Content-Type`.
    pub content_type: Option<String>,
    /// The answer's body (at most 64 kB and a byte are read), as text.
    pub answer: String,
    /// Why no answer came (refused, timed out, too many redirects…).
    pub error: Option<String>,
    /// How long the request took in real time, until its answer was read (zero for status
    /// callbacks, which are sent apart from the call).
    pub took: Duration,
}

impl Exchange {
    /// The value of parameter `name`.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Something the caller did.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CallerAction {
    /// Pressed these keys.
    Pressed(String),
    /// Said this.
    Spoke(String),
    /// Let time pass.
    Waited(Duration),
    /// A dialled party's fate, as the test scripted it.
    DialOutcome(String),
    /// Hung up.
    HungUp,
}

/// An error or warning on the call.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Notice {
    /// When, on the call's virtual clock.
    pub at: Duration,
    /// Twilio's error code (11200, 12100, 12200…); `None` for FakeTwilio's own notices
    /// (a verb it does not emulate, a redirect loop).
    pub code: Option<u32>,
    /// What happened.
    pub message: String,
}

/// How a call ended.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ended {
    /// When, on the call's virtual clock.
    pub at: Duration,
    /// The call's final status.
    pub status: CallStatus,
    /// Why.
    pub reason: EndReason,
}

/// Why a call ended.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndReason {
    /// The app's `<Hangup>`.
    Hangup,
    /// The document ran out of verbs.
    DocumentEnded,
    /// The app's `<Reject>` (inbound calls, as the first verb), with its reason.
    Rejected(String),
    /// Twilio could not get or run TwiML (and had no fallback, or the fallback failed too):
    /// it said "an application error has occurred" and hung up. The code is the last error.
    ApplicationError(u32),
    /// The caller hung up.
    CallerHungUp,
    /// The call was ended through the REST API.
    Api,
    /// FakeTwilio stopped the call: a redirect loop, or four hours of call time.
    Emulator(String),
}

impl fmt::Display for Transcript {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for step in &self.steps {
            writeln!(f, "{step}")?;
        }
        Ok(())
    }
}

fn clock(at: Duration) -> String {
    format!("{:>7.1}s", at.as_secs_f64())
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Verb(verb) => {
                let nested = if verb.in_gather {
                    "  (in Gather) "
                } else {
                    "  "
                };
                write!(f, "{}{nested}{}", clock(verb.at), verb.element)
            }
            Step::Dial(dialed) => write!(
                f,
                "{}  {} rings {} as {}",
                clock(dialed.verb.at),
                dialed.verb.element,
                dialed.numbers.join(", "),
                dialed.call_sids.join(", ")
            ),
            Step::Request(exchange) => write!(f, "{exchange}"),
            Step::Caller(action) => write!(f, "{:>8}  caller {action}", ""),
            Step::Notice(notice) => match notice.code {
                Some(code) => write!(f, "{}  ! {code}: {}", clock(notice.at), notice.message),
                None => write!(f, "{}  ! {}", clock(notice.at), notice.message),
            },
            Step::End(ended) => write!(
                f,
                "{}  call ended {}: {}",
                clock(ended.at),
                ended.status,
                ended.reason
            ),
        }
    }
}

impl fmt::Display for Exchange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            RequestKind::Voice => "voice",
            RequestKind::Action => "action",
            RequestKind::Redirect => "redirect",
            RequestKind::Fallback => "fallback",
            RequestKind::StatusCallback => "callback",
        };
        write!(
            f,
            "{}  -> {kind} {} {}",
            clock(self.at),
            self.method,
            self.url
        )?;
        let params: Vec<String> = self
            .params
            .iter()
            .filter(|(k, _)| !STANDARD.contains(&k.as_str()))
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if let Some(status) = self.param("CallStatus") {
            write!(f, " CallStatus={status}")?;
        }
        if !params.is_empty() {
            write!(f, " {}", params.join(" "))?;
        }
        match (self.status, &self.error) {
            (Some(status), _) => {
                write!(f, "\n{:>8}  <- {status}", "")?;
                if let Some(content_type) = &self.content_type {
                    write!(f, " {content_type}")?;
                }
                let answer: String = self.answer.chars().take(400).collect();
                let answer = answer.replace('\n', " ");
                if !answer.is_empty() {
                    write!(f, " {answer}")?;
                }
                if self.answer.chars().count() > 400 {
                    write!(f, "…")?;
                }
                Ok(())
            }
            (None, Some(error)) => write!(f, "\n{:>8}  <- no answer: {error}", ""),
            (None, None) => write!(f, "\n{:>8}  <- no answer", ""),
        }
    }
}

/// The parameters every request carries, left out of a transcript's lines (they are in
/// [`Exchange::params`]).
const STANDARD: [&str; 25] = [
    "AccountSid",
    "ApiVersion",
    "CallSid",
    "CallStatus",
    "Called",
    "CalledCity",
    "CalledCountry",
    "CalledState",
    "CalledZip",
    "Caller",
    "CallerCity",
    "CallerCountry",
    "CallerState",
    "CallerZip",
    "Direction",
    "From",
    "FromCity",
    "FromCountry",
    "FromState",
    "FromZip",
    "To",
    "ToCity",
    "ToCountry",
    "ToState",
    "ToZip",
];

impl fmt::Display for CallerAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Pressed(digits) => write!(f, "presses {digits}"),
            Self::Spoke(text) => write!(f, "says {text:?}"),
            Self::Waited(d) => write!(f, "waits {:.1}s", d.as_secs_f64()),
            Self::DialOutcome(outcome) => write!(f, "scripts the dialled party: {outcome}"),
            Self::HungUp => write!(f, "hangs up"),
        }
    }
}

impl fmt::Display for EndReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Hangup => write!(f, "the app's <Hangup>"),
            Self::DocumentEnded => write!(f, "no verbs left"),
            Self::Rejected(reason) => write!(f, "the app's <Reject reason=\"{reason}\">"),
            Self::ApplicationError(code) => write!(f, "application error ({code})"),
            Self::CallerHungUp => write!(f, "the caller hung up"),
            Self::Api => write!(f, "ended through the REST API"),
            Self::Emulator(why) => write!(f, "stopped by FakeTwilio: {why}"),
        }
    }
}
