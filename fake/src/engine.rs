//! The TwiML engine: one task per call runs the documents the app serves, verb by verb, as
//! `../shared/reference/twiml-execution.md` collects Twilio's rules, and reports each step to
//! the scripted caller ([`Caller`](crate::Caller)).
//!
//! Time is virtual. A verb that waits (a `<Pause>`, a `<Gather>`'s timeout, a `<Dial>`'s
//! ring, a `<Record>`'s silence) parks the task with a deadline on the call's own clock; the
//! caller's input arrives at the current instant, and the clock jumps to a deadline only
//! when the caller asks for something that lies beyond it (or waits). A call nobody drives
//! (answered by the lifecycle, or whose `Caller` was dropped) keeps the lifecycle's time:
//! its deadlines pass in real time, at the lifecycle's speed. Requests to the app take the
//! real time they take.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::{Notify, mpsc};
use twilio_calls::{CallDirection, CallStatus};

use crate::call_state::{CallEntry, Instructions, StatusCallbackTarget, new_sid};
use crate::subresources::Notification;
use crate::transcript::{
    CallerAction, Dialed, EndReason, Ended, Exchange, Notice, RequestKind, Step, Verb,
};
use crate::twiml::{self, Document, Element, MAX_DOCUMENT_BYTES};
use crate::{DialOutcome, Inner};

/// What Twilio says when it cannot run the app's TwiML.
pub(crate) const APPLICATION_ERROR: &str =
    "We're sorry, an application error has occurred. Goodbye.";

/// How many documents in a row may load with nothing for the caller before the call is
/// taken for a redirect loop. Twilio documents no cap; FreeClimb's is 256.
const QUIET_DOCUMENTS: u32 = 100;

/// The longest a call runs on its virtual clock: Twilio's four hours.
const MAX_CALL: Duration = Duration::from_secs(4 * 3600);

/// What the caller (or the REST API) tells a running call.
#[derive(Debug)]
pub(crate) enum Command {
    Press(String),
    Speak(String),
    /// Let this much time pass.
    Wait(Duration),
    /// Let the clock run to this instant.
    Elapse(Duration),
    Outcome(DialOutcome),
    HangUp,
    /// The REST API redirected the call.
    Redirect(Instructions),
    /// The REST API ended the call.
    End,
    /// The caller's handle was dropped: nobody drives the call any more.
    Detach,
}

/// What a call may take while it waits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Takes {
    pub dtmf: bool,
    pub speech: bool,
    pub dial: bool,
}

/// Where a call is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Executing, or waiting for the app's answer.
    Running,
    /// Waiting for the caller, until `deadline` on the virtual clock (if any).
    Parked {
        deadline: Option<Duration>,
        takes: Takes,
    },
    Ended,
}

/// What the engine and the call's handles share.
pub(crate) struct Shared {
    state: Mutex<State>,
    pub changed: Notify,
}

pub(crate) struct State {
    pub steps: Vec<Step>,
    pub phase: Phase,
    /// The call's virtual time.
    pub now: Duration,
    /// Commands sent, and commands the engine has taken.
    pub sent: u64,
    pub handled: u64,
    commands: mpsc::UnboundedSender<Command>,
}

impl Shared {
    pub fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Sends `command`, and returns its number (the engine has taken it once `handled`
    /// reaches it); `None` when the call has ended.
    pub fn send(&self, command: Command) -> Option<u64> {
        let mut state = self.state();
        state.commands.send(command).ok()?;
        state.sent += 1;
        Some(state.sent)
    }

    fn push(&self, step: Step) {
        self.state().steps.push(step);
        self.changed.notify_waiters();
    }
}

/// How a call's TwiML begins.
pub(crate) struct Start {
    pub instructions: Instructions,
    /// Nobody drives the call: deadlines pass at once.
    pub auto: bool,
}

/// A request's reply once read, or the Twilio error that stopped it.
type Loaded = Result<(Document, Option<String>), (u32, String)>;

/// How execution goes on after a verb.
enum Flow {
    Next,
    Load(Document, Option<String>),
    End,
}

/// Why a park ended.
enum Wake {
    Timeout,
    Input(Command),
    HungUp,
    Redirect(Instructions),
    Api,
}

struct Session {
    inner: Arc<Inner>,
    sid: String,
    shared: Arc<Shared>,
    commands: mpsc::UnboundedReceiver<Command>,
    auto: bool,
    now: Duration,
    /// The clock may run to here without the caller.
    until: Duration,
    answered_at: Option<Duration>,
    /// `CallStatus` for the next request.
    call_status: &'static str,
    fallback: Option<(String, String)>,
    document_url: Option<String>,
    quiet: u32,
}

impl Inner {
    /// Starts running `start` on call `sid` and returns what its handles share.
    pub(crate) fn run_call(self: &Arc<Self>, sid: &str, start: Start) -> Option<Arc<Shared>> {
        let (tx, rx) = mpsc::unbounded_channel();
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                steps: Vec::new(),
                phase: Phase::Running,
                now: Duration::ZERO,
                sent: 0,
                handled: 0,
                commands: tx,
            }),
            changed: Notify::new(),
        });
        let mut store = self.store();
        let call = store.find_mut(sid)?;
        call.driven = true;
        let inbound = call.direction == CallDirection::Inbound;
        let fallback = call.fallback.clone();
        let answered = call.status == CallStatus::InProgress;
        store.sessions.insert(sid.to_owned(), shared.clone());
        drop(store);
        let session = Session {
            inner: self.clone(),
            sid: sid.to_owned(),
            shared: shared.clone(),
            commands: rx,
            auto: start.auto,
            now: Duration::ZERO,
            until: Duration::ZERO,
            answered_at: answered.then_some(Duration::ZERO),
            call_status: if inbound && !answered {
                "ringing"
            } else {
                "in-progress"
            },
            fallback,
            document_url: None,
            quiet: 0,
        };
        self.spawn(session.run(start.instructions));
        Some(shared)
    }
}

impl Session {
    async fn run(mut self, instructions: Instructions) {
        let mut flow = match instructions {
            Instructions::Url { url, method } => {
                let loaded = self.request(RequestKind::Voice, &method, &url, &[]).await;
                self.take(loaded, &url).await
            }
            Instructions::Twiml(text) => self.inline(&text).await,
            Instructions::Application(sid) => {
                self.not_emulated(format!(
                    "FakeTwilio does not emulate TwiML applications ({sid})"
                ));
                self.application_error(0).await
            }
        };
        loop {
            flow = match flow {
                Flow::Load(document, url) => self.run_document(document, url).await,
                Flow::Next => self.finish(CallStatus::Completed, EndReason::DocumentEnded),
                Flow::End => break,
            };
        }
        let mut store = self.inner.store();
        store.sessions.remove(&self.sid);
    }

    async fn inline(&mut self, text: &str) -> Flow {
        match twiml::read(Some("text/xml"), text.as_bytes(), "") {
            Ok(document) => {
                self.warn(&document, "");
                Flow::Load(document, None)
            }
            Err(failure) => {
                self.log(failure.code, &failure.message, "", "POST");
                self.application_error(failure.code).await
            }
        }
    }

    async fn run_document(&mut self, document: Document, url: Option<String>) -> Flow {
        self.quiet += 1;
        if self.quiet > QUIET_DOCUMENTS {
            let why = format!(
                "{QUIET_DOCUMENTS} documents in a row gave the caller nothing to hear or answer \
                 (a redirect loop)"
            );
            self.notice(None, why.clone());
            return self.finish(CallStatus::Completed, EndReason::Emulator(why));
        }
        self.document_url = url;
        for verb in &document.verbs {
            if self.now >= MAX_CALL {
                let why = "the call reached four hours".to_owned();
                return self.finish(CallStatus::Completed, EndReason::Emulator(why));
            }
            match self.verb(verb).await {
                Flow::Next => {}
                other => return other,
            }
        }
        self.finish(CallStatus::Completed, EndReason::DocumentEnded)
    }

    async fn verb(&mut self, verb: &Element) -> Flow {
        match verb.name.as_str() {
            "Say" | "Play" => {
                self.answer();
                self.heard(verb, false);
                Flow::Next
            }
            "Pause" => self.pause(verb).await,
            "Gather" => self.gather(verb).await,
            "Record" => self.record(verb).await,
            "Dial" => self.dial(verb).await,
            "Redirect" => {
                self.answer();
                self.executed(verb);
                let method = method_of(verb, "method");
                match self.resolve(verb.text.trim()) {
                    Ok(url) => self.load(RequestKind::Redirect, &method, &url, &[]).await,
                    Err(flow) => flow,
                }
            }
            "Hangup" => {
                self.answer();
                self.executed(verb);
                self.finish(CallStatus::Completed, EndReason::Hangup)
            }
            "Reject" => {
                self.executed(verb);
                let reason = verb.attribute("reason").unwrap_or("rejected").to_owned();
                if self.answered_at.is_none() && self.call_status == "ringing" {
                    let status = if reason == "busy" {
                        CallStatus::Busy
                    } else {
                        CallStatus::NoAnswer
                    };
                    return self.finish(status, EndReason::Rejected(reason));
                }
                self.notice(
                    None,
                    "<Reject> only refuses an inbound call as its first verb; here it hangs up"
                        .to_owned(),
                );
                self.finish(CallStatus::Completed, EndReason::Hangup)
            }
            "Start" | "Stop" => {
                self.answer();
                self.executed(verb);
                self.fork(verb);
                Flow::Next
            }
            other => {
                self.answer();
                self.executed(verb);
                self.not_emulated(format!(
                    "FakeTwilio does not emulate <{other}>: it was skipped"
                ));
                Flow::Next
            }
        }
    }

    // ---- the verbs that wait ----

    async fn pause(&mut self, verb: &Element) -> Flow {
        let length = seconds(verb, "length", 1);
        self.heard(verb, false);
        match self.park(Some(self.now + length), Takes::default()).await {
            Wake::Timeout => {
                self.answer();
                Flow::Next
            }
            other => self.interrupted(other).await,
        }
    }

    async fn gather(&mut self, verb: &Element) -> Flow {
        self.answer();
        let input = verb.attribute("input").unwrap_or("dtmf");
        let takes = Takes {
            dtmf: input.split_whitespace().any(|i| i == "dtmf"),
            speech: input.split_whitespace().any(|i| i == "speech"),
            dial: false,
        };
        if verb.attribute("partialResultCallback").is_some() {
            self.not_emulated(
                "FakeTwilio does not send a <Gather>'s partial speech results".to_owned(),
            );
        }
        let timeout = seconds(verb, "timeout", 5);
        let finish_on_key = verb.attribute("finishOnKey").unwrap_or("#").chars().next();
        let num_digits: Option<usize> = verb.attribute("numDigits").and_then(|n| n.parse().ok());
        let mut pending = None;
        for prompt in &verb.children {
            self.heard(prompt, true);
            if prompt.name == "Pause" {
                let length = seconds(prompt, "length", 1);
                match self.park(Some(self.now + length), takes).await {
                    Wake::Timeout => {}
                    Wake::Input(command) => {
                        pending = Some(command);
                        break;
                    }
                    other => return self.interrupted(other).await,
                }
            }
        }
        self.executed(verb);
        let mut digits = String::new();
        let mut finished_on = String::new();
        let mut speech = None;
        let mut deadline = self.now + timeout;
        loop {
            let wake = match pending.take() {
                Some(command) => Wake::Input(command),
                None => self.park(Some(deadline), takes).await,
            };
            match wake {
                Wake::Timeout => break,
                Wake::Input(Command::Press(keys)) => {
                    let mut done = false;
                    for key in keys.chars() {
                        if Some(key) == finish_on_key {
                            finished_on = key.to_string();
                            done = true;
                            break;
                        }
                        digits.push(key);
                        if num_digits == Some(digits.len()) {
                            done = true;
                            break;
                        }
                    }
                    if done {
                        break;
                    }
                    deadline = self.now + timeout;
                }
                Wake::Input(Command::Speak(text)) => {
                    speech = Some(text);
                    break;
                }
                Wake::Input(_) => {}
                other => return self.interrupted(other).await,
            }
        }
        let mut params = Vec::new();
        if let Some(text) = speech {
            params.push(("SpeechResult", text));
            params.push(("Confidence", SPEECH_CONFIDENCE.to_owned()));
        } else if !digits.is_empty() {
            params.push(("Digits", digits));
            params.push(("FinishedOnKey", finished_on));
        } else if verb.attribute("actionOnEmptyResult") != Some("true") {
            // No input: the Gather falls through to the next verb.
            return Flow::Next;
        }
        self.quiet = 0;
        self.act(verb, true, &params).await
    }

    async fn record(&mut self, verb: &Element) -> Flow {
        self.answer();
        self.executed(verb);
        self.quiet = 0;
        if verb.attribute("transcribe") == Some("true") {
            self.not_emulated("FakeTwilio does not transcribe a <Record>'s recording".to_owned());
        }
        let silence = seconds(verb, "timeout", 5);
        let finish_keys = verb.attribute("finishOnKey").unwrap_or("1234567890*#");
        let max_length = seconds(verb, "maxLength", 3600);
        let started = self.now;
        let started_wall = crate::call_state::now();
        let mut last_sound = self.now;
        let takes = Takes {
            dtmf: true,
            speech: true,
            dial: false,
        };
        let mut hung_up = false;
        let digits = loop {
            let mut deadline = started + max_length;
            if !silence.is_zero() {
                deadline = deadline.min(last_sound + silence);
            }
            match self.park(Some(deadline), takes).await {
                Wake::Timeout => break None,
                Wake::Input(Command::Press(keys)) => {
                    if let Some(key) = keys.chars().find(|k| finish_keys.contains(*k)) {
                        break Some(key.to_string());
                    }
                }
                Wake::Input(Command::Speak(_)) => last_sound = self.now,
                Wake::Input(_) => {}
                Wake::HungUp => {
                    hung_up = true;
                    break Some("hangup".to_owned());
                }
                other => return self.interrupted(other).await,
            }
        };
        let duration = (self.now - started).as_secs();
        let recording_url = {
            let mut store = self.inner.store();
            let Some(call) = store.find(&self.sid).cloned() else {
                return Flow::End;
            };
            let target = callback_target(verb, "recordingStatusCallback", &self.document_url);
            let (url, callbacks) = store
                .inside
                .entry(self.sid.clone())
                .or_default()
                .record_verb(&call, started_wall, duration as i64, target);
            self.inner.send_callbacks(&mut store, callbacks);
            url
        };
        let mut params = vec![
            ("RecordingUrl", recording_url),
            ("RecordingDuration", duration.to_string()),
        ];
        if let Some(digits) = digits {
            params.push(("Digits", digits));
        }
        if hung_up {
            return self.after_hang_up(verb, true, &params).await;
        }
        self.act(verb, true, &params).await
    }

    async fn dial(&mut self, verb: &Element) -> Flow {
        self.answer();
        let mut targets = Vec::new();
        if !verb.text.trim().is_empty() {
            targets.push(("Number", verb.text.trim().to_owned(), None));
        }
        for noun in &verb.children {
            match noun.name.as_str() {
                "Number" => targets.push(("Number", noun.text.trim().to_owned(), Some(noun))),
                "Client" => {
                    let identity = noun
                        .children
                        .iter()
                        .find(|c| c.name == "Identity")
                        .map_or(noun.text.trim(), |c| c.text.trim());
                    targets.push(("Client", format!("client:{identity}"), Some(noun)));
                }
                "Sip" => targets.push(("Sip", noun.text.trim().to_owned(), Some(noun))),
                "Parameter" => {}
                other => self.not_emulated(format!(
                    "FakeTwilio does not emulate <Dial><{other}>: it was skipped"
                )),
            }
        }
        if targets.is_empty() {
            self.executed(verb);
            return Flow::Next;
        }
        for (_, _, noun) in &targets {
            if noun.is_some_and(|n| n.attribute("url").is_some()) {
                self.not_emulated(
                    "FakeTwilio does not run a dialled party's whisper `url`".to_owned(),
                );
            }
        }
        if verb
            .attribute("record")
            .is_some_and(|r| r != "do-not-record" && r != "false")
        {
            self.not_emulated("FakeTwilio does not record a <Dial>'s call".to_owned());
        }
        let timeout = seconds(verb, "timeout", 30);
        let time_limit = seconds(verb, "timeLimit", 14_400);
        let hangup_on_star = verb.attribute("hangupOnStar") == Some("true");
        // The children ring together, each its own call.
        let children: Vec<String> = {
            let mut store = self.inner.store();
            let Some(parent) = store.find(&self.sid).cloned() else {
                return Flow::End;
            };
            let caller_id = verb
                .attribute("callerId")
                .map_or_else(|| parent.from.clone(), str::to_owned);
            let mut sids = Vec::new();
            for (_, address, noun) in &targets {
                let callback =
                    noun.and_then(|n| callback_target(n, "statusCallback", &self.document_url));
                let mut child = CallEntry::new(
                    &parent.account_sid,
                    address.clone(),
                    caller_id.clone(),
                    Instructions::Twiml(String::new()),
                    callback,
                    false,
                );
                child.direction = CallDirection::OutboundDial;
                child.parent_call_sid = Some(parent.sid.clone());
                child.driven = true;
                let sid = child.sid.clone();
                store.insert(child);
                let _ = self
                    .inner
                    .advance_locked(&mut store, &sid, CallStatus::Ringing);
                sids.push(sid);
            }
            sids
        };
        self.quiet = 0;
        let dialed = Dialed {
            numbers: targets.iter().map(|(_, a, _)| a.clone()).collect(),
            call_sids: children.clone(),
            verb: Verb {
                at: self.now,
                element: verb.clone(),
                in_gather: false,
            },
        };
        self.push(Step::Dial(dialed));
        let ring_until = self.now + timeout;
        let takes = Takes {
            dtmf: hangup_on_star,
            speech: false,
            dial: true,
        };
        let mut answered = None;
        let outcome: &str = loop {
            match self.park(Some(ring_until), takes).await {
                Wake::Timeout => break "no-answer",
                Wake::Input(Command::Outcome(outcome)) => match outcome {
                    DialOutcome::Answered { talk_for } => {
                        answered = Some(talk_for);
                        break "completed";
                    }
                    DialOutcome::Busy => break "busy",
                    DialOutcome::Failed => break "failed",
                    DialOutcome::NoAnswer => {
                        self.now = self.now.max(ring_until);
                        break "no-answer";
                    }
                },
                Wake::Input(Command::Press(keys)) if keys.contains('*') => break "canceled",
                Wake::Input(_) => {}
                Wake::HungUp => {
                    self.end_children(&children, None, CallStatus::Canceled);
                    let params = dial_params("canceled", &children[0], 0, false);
                    return self.after_hang_up(verb, false, &params).await;
                }
                other => {
                    self.end_children(&children, None, CallStatus::Canceled);
                    return self.interrupted(other).await;
                }
            }
        };
        let mut status = outcome;
        let mut talked = 0;
        let mut caller_hung_up = false;
        if let Some(talk_for) = answered {
            self.end_children(&children[1..], None, CallStatus::Canceled);
            self.step_child(&children[0], CallStatus::InProgress, None);
            let from = self.now;
            let takes = Takes {
                dtmf: hangup_on_star,
                ..Takes::default()
            };
            let talk_until = self.now + talk_for.min(time_limit);
            loop {
                match self.park(Some(talk_until), takes).await {
                    Wake::Timeout => break,
                    Wake::Input(Command::Press(keys)) if keys.contains('*') => break,
                    Wake::Input(_) => {}
                    Wake::HungUp => {
                        caller_hung_up = true;
                        break;
                    }
                    other => {
                        let talked = (self.now - from).as_secs() as i64;
                        self.step_child(&children[0], CallStatus::Completed, Some(talked));
                        return self.interrupted(other).await;
                    }
                }
            }
            talked = (self.now - from).as_secs() as i64;
            self.step_child(&children[0], CallStatus::Completed, Some(talked));
            status = "completed";
        } else {
            let child_status = match outcome {
                "busy" => CallStatus::Busy,
                "failed" => CallStatus::Failed,
                "no-answer" => CallStatus::NoAnswer,
                _ => CallStatus::Canceled,
            };
            self.end_children(&children, None, child_status);
        }
        let params = dial_params(status, &children[0], talked, answered.is_some());
        if caller_hung_up {
            return self.after_hang_up(verb, false, &params).await;
        }
        if verb.attribute("action").is_some() {
            self.act(verb, false, &params).await
        } else {
            Flow::Next
        }
    }

    /// Moves child calls on to `status` (cancelled ones that never rang the same way).
    fn end_children(&self, children: &[String], duration: Option<i64>, status: CallStatus) {
        for child in children {
            self.step_child(child, status.clone(), duration);
        }
    }

    fn step_child(&self, sid: &str, status: CallStatus, duration: Option<i64>) {
        let mut store = self.inner.store();
        if let Some(child) = store.find_mut(sid)
            && duration.is_some()
        {
            child.virtual_duration = duration;
        }
        let _ = self.inner.advance_locked(&mut store, sid, status);
    }

    /// `<Start>` and `<Stop>`: each noun started or stopped as the REST API would, so the
    /// subresource API shows it.
    fn fork(&mut self, verb: &Element) {
        let starting = verb.name == "Start";
        let mut store = self.inner.store();
        let Some(account) = store.find(&self.sid).map(|c| c.account_sid.clone()) else {
            return;
        };
        for noun in &verb.children {
            let segment = match noun.name.as_str() {
                "Stream" => "Streams",
                "Transcription" => "Transcriptions",
                "Siprec" => "Siprec",
                "Recording" if starting => "Recordings",
                other => {
                    drop(store);
                    self.not_emulated(format!(
                        "FakeTwilio does not emulate <{}><{other}>: it was skipped",
                        verb.name
                    ));
                    store = self.inner.store();
                    continue;
                }
            };
            let (rest, form) = if starting {
                (
                    format!("{segment}.json"),
                    rest_form(noun, self.document_url.as_deref()),
                )
            } else {
                let Some(name) = noun.attribute("name") else {
                    drop(store);
                    self.notice(
                        None,
                        format!("<Stop><{}> without a name stops nothing", noun.name),
                    );
                    store = self.inner.store();
                    continue;
                };
                (
                    format!("{segment}/{name}.json"),
                    vec![("Status".to_owned(), "stopped".to_owned())],
                )
            };
            let ask = crate::subresources::Ask {
                method: "POST",
                account: &account,
                call_sid: &self.sid,
                rest: &rest,
                query: &[],
                form: &form,
            };
            match crate::subresources::respond(&mut store, &ask) {
                Ok(answer) => self.inner.send_callbacks(&mut store, answer.callbacks),
                Err(failure) => {
                    let (code, message) = failure.code_and_message();
                    drop(store);
                    self.notice(
                        Some(code),
                        format!("<{}><{}>: {message}", verb.name, noun.name),
                    );
                    store = self.inner.store();
                }
            }
        }
    }

    // ---- requests ----

    /// Requests a verb's `action` (the current document when `default_here` and none is
    /// given) with `params`, and runs what comes back.
    async fn act(&mut self, verb: &Element, default_here: bool, params: &[(&str, String)]) -> Flow {
        let target = match verb.attribute("action") {
            Some(action) => action.to_owned(),
            None if default_here => match &self.document_url {
                Some(url) => url.clone(),
                None => return self.no_base(verb).await,
            },
            None => return Flow::Next,
        };
        let url = match self.resolve(&target) {
            Ok(url) => url,
            Err(flow) => return flow,
        };
        let method = method_of(verb, "method");
        self.load(RequestKind::Action, &method, &url, params).await
    }

    /// The caller hung up during `verb`: its action is still requested (with
    /// `CallStatus=completed`; the answer is not run), then the call ends.
    async fn after_hang_up(
        &mut self,
        verb: &Element,
        default_here: bool,
        params: &[(&str, String)],
    ) -> Flow {
        self.call_status = "completed";
        let target = verb
            .attribute("action")
            .map(str::to_owned)
            .or_else(|| default_here.then(|| self.document_url.clone()).flatten());
        if let Some(target) = target
            && let Ok(url) = reqwest::Url::parse(self.document_url.as_deref().unwrap_or(""))
                .and_then(|base| base.join(&target))
                .or_else(|_| reqwest::Url::parse(&target))
        {
            let method = method_of(verb, "method");
            let _ = self
                .request(RequestKind::Action, &method, url.as_str(), params)
                .await;
        }
        self.finish(CallStatus::Completed, EndReason::CallerHungUp)
    }

    async fn no_base(&mut self, verb: &Element) -> Flow {
        let message = format!(
            "<{}> needs an absolute action URL: the call's TwiML was given inline, so there \
             is no document URL to resolve against",
            verb.name
        );
        self.log(11100, &message, "", "POST");
        self.application_error(11100).await
    }

    /// `target` resolved against the current document's URL.
    fn resolve(&mut self, target: &str) -> Result<String, Flow> {
        let resolved = match &self.document_url {
            Some(base) => reqwest::Url::parse(base).and_then(|b| b.join(target)),
            None => reqwest::Url::parse(target),
        };
        match resolved {
            Ok(url) if matches!(url.scheme(), "http" | "https") => Ok(url.into()),
            _ => {
                let message = format!("Invalid URL {target:?}");
                self.log(11100, &message, target, "POST");
                self.notice(Some(11100), message);
                Err(self.finish(CallStatus::Completed, EndReason::ApplicationError(11100)))
            }
        }
    }

    /// Requests `url` and runs what comes back, or falls back, or gives up.
    async fn load(
        &mut self,
        kind: RequestKind,
        method: &str,
        url: &str,
        params: &[(&str, String)],
    ) -> Flow {
        let loaded = self.request(kind, method, url, params).await;
        self.take(loaded, url).await
    }

    /// A document loaded, or the fallback URL requested with `ErrorCode` and `ErrorUrl`
    /// (documents from it run), or Twilio's application-error message and a hang-up.
    async fn take(&mut self, loaded: Loaded, url: &str) -> Flow {
        let (code, message) = match loaded {
            Ok((document, url)) => return Flow::Load(document, url),
            Err(error) => error,
        };
        self.notice(Some(code), message);
        if let Some((fallback, method)) = self.fallback.clone() {
            let params = [
                ("ErrorCode", code.to_string()),
                ("ErrorUrl", url.to_owned()),
            ];
            match self
                .request(RequestKind::Fallback, &method, &fallback, &params)
                .await
            {
                Ok((document, url)) => return Flow::Load(document, url),
                Err((code, message)) => {
                    self.notice(Some(code), message);
                    return self.application_error(code).await;
                }
            }
        }
        self.application_error(code).await
    }

    /// Makes one request about the call and reads its answer as TwiML.
    async fn request(
        &mut self,
        kind: RequestKind,
        method: &str,
        url: &str,
        extra: &[(&str, String)],
    ) -> Loaded {
        let mut params = {
            let store = self.inner.store();
            match store.find(&self.sid) {
                Some(call) => call.request_params(self.call_status),
                None => return Err((0, "the call was deleted".to_owned())),
            }
        };
        params.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
        params.sort_by(|a, b| a.0.cmp(&b.0));
        let method = if method == "GET" { "GET" } else { "POST" };
        let started = std::time::Instant::now();
        let sent = self
            .inner
            .request(
                method,
                url,
                &params,
                Some((MAX_DOCUMENT_BYTES, self.inner.webhook_timeout)),
            )
            .await;
        let answer = String::from_utf8_lossy(&sent.body).into_owned();
        let exchange = Exchange {
            at: self.now,
            kind,
            method: method.to_owned(),
            url: sent.url.clone(),
            params,
            signature: sent.signature.clone(),
            status: sent.status,
            content_type: sent.content_type.clone(),
            answer,
            error: sent.error.as_ref().map(|(_, m)| m.clone()),
            took: started.elapsed(),
        };
        self.push(Step::Request(exchange));
        let failed =
            |code: u32, message: String| Err::<(Document, Option<String>), _>((code, message));
        let result = match (&sent.error, sent.status) {
            (Some((code, message)), _) => failed(*code, format!("{url}: {message}")),
            (None, Some(status)) if !(200..300).contains(&status) => failed(
                11200,
                format!("HTTP retrieval failure: {url} answered {status}"),
            ),
            _ => match twiml::read(sent.content_type.as_deref(), &sent.body, &sent.url) {
                Ok(document) => {
                    self.warn(&document, url);
                    Ok((document, Some(sent.url.clone())))
                }
                Err(failure) => failed(failure.code, format!("{url}: {}", failure.message)),
            },
        };
        if let Err((code, message)) = &result {
            self.log(*code, message, url, method);
        }
        // A document's URL is the one asked for, before any query Twilio added for GET.
        result.map(|(document, _)| (document, Some(url.to_owned())))
    }

    /// Twilio's application-error message, then a hang-up.
    async fn application_error(&mut self, code: u32) -> Flow {
        self.answer();
        let say = Element {
            name: "Say".to_owned(),
            text: APPLICATION_ERROR.to_owned(),
            ..Element::default()
        };
        self.heard(&say, false);
        self.finish(CallStatus::Completed, EndReason::ApplicationError(code))
    }

    // ---- waiting ----

    /// Waits for the caller until `deadline` on the virtual clock.
    async fn park(&mut self, deadline: Option<Duration>, takes: Takes) -> Wake {
        loop {
            match deadline {
                Some(d) if d <= self.until => return self.reach(d),
                _ => self.now = self.now.max(self.until),
            }
            {
                let mut state = self.shared.state();
                state.now = self.now;
                state.phase = Phase::Parked { deadline, takes };
            }
            self.shared.changed.notify_waiters();
            // A call nobody drives keeps the lifecycle's time: its timers take real time, at
            // the lifecycle's speed. One with a caller waits for the caller.
            let real = match deadline {
                Some(d) if self.auto => Some((d - self.now).div_f64(self.inner.lifecycle.speed)),
                _ => None,
            };
            let received = match real {
                Some(real) => tokio::select! {
                    command = self.commands.recv() => match command {
                        Some(command) => Some(command),
                        None => {
                            self.auto = true;
                            continue;
                        }
                    },
                    () = tokio::time::sleep(real) => None,
                },
                None => match self.commands.recv().await {
                    Some(command) => Some(command),
                    None => {
                        // Nobody will drive the call any more: let it run on its own.
                        self.auto = true;
                        continue;
                    }
                },
            };
            let Some(command) = received else {
                match deadline {
                    Some(d) => return self.reach(d),
                    None => continue,
                }
            };
            {
                let mut state = self.shared.state();
                state.handled += 1;
                state.phase = Phase::Running;
            }
            let wake = match command {
                Command::Elapse(to) => {
                    self.until = self.until.max(to);
                    None
                }
                Command::Wait(d) => {
                    self.caller(CallerAction::Waited(d));
                    self.until = self.until.max(self.now + d);
                    None
                }
                Command::Press(keys) if takes.dtmf || (takes.dial && keys.contains('*')) => {
                    self.caller(CallerAction::Pressed(keys.clone()));
                    Some(Wake::Input(Command::Press(keys)))
                }
                Command::Speak(text) if takes.speech => {
                    self.caller(CallerAction::Spoke(text.clone()));
                    Some(Wake::Input(Command::Speak(text)))
                }
                Command::Outcome(outcome) if takes.dial => {
                    self.caller(CallerAction::DialOutcome(format!("{outcome:?}")));
                    Some(Wake::Input(Command::Outcome(outcome)))
                }
                Command::HangUp => {
                    self.caller(CallerAction::HungUp);
                    Some(Wake::HungUp)
                }
                Command::Redirect(instructions) => Some(Wake::Redirect(instructions)),
                Command::End => Some(Wake::Api),
                Command::Detach => {
                    // Let the call run on its own, in the lifecycle's time.
                    self.auto = true;
                    None
                }
                other => {
                    self.notice(None, format!("nothing on the call takes {other:?} now"));
                    None
                }
            };
            if let Some(wake) = wake {
                return wake;
            }
            self.shared.changed.notify_waiters();
        }
    }

    /// The clock reaches a park's deadline.
    fn reach(&mut self, deadline: Duration) -> Wake {
        self.now = self.now.max(deadline);
        self.until = self.until.max(self.now);
        self.shared.state().now = self.now;
        Wake::Timeout
    }

    /// A wait ended by something other than its own input.
    async fn interrupted(&mut self, wake: Wake) -> Flow {
        match wake {
            Wake::HungUp => self.finish(CallStatus::Completed, EndReason::CallerHungUp),
            Wake::Api => self.finish(CallStatus::Completed, EndReason::Api),
            Wake::Redirect(Instructions::Url { url, method }) => {
                self.answer();
                self.load(RequestKind::Redirect, &method, &url, &[]).await
            }
            Wake::Redirect(Instructions::Twiml(text)) => self.inline(&text).await,
            Wake::Redirect(Instructions::Application(_)) | Wake::Timeout | Wake::Input(_) => {
                Flow::Next
            }
        }
    }

    // ---- the call's state ----

    /// Answers an inbound call still ringing (the first verb that runs answers it).
    fn answer(&mut self) {
        if self.answered_at.is_some() {
            return;
        }
        self.answered_at = Some(self.now);
        self.call_status = "in-progress";
        let mut store = self.inner.store();
        if store
            .find(&self.sid)
            .is_some_and(|c| c.status != CallStatus::InProgress)
        {
            let _ = self
                .inner
                .advance_locked(&mut store, &self.sid, CallStatus::InProgress);
        }
    }

    /// Ends the call with `status` and tells the caller why.
    fn finish(&mut self, status: CallStatus, reason: EndReason) -> Flow {
        let talked = self.answered_at.map(|at| (self.now - at).as_secs() as i64);
        let mut store = self.inner.store();
        let final_status = match store.find_mut(&self.sid) {
            Some(call) if !call.is_final() => {
                call.virtual_duration = talked;
                let status = if status == CallStatus::Completed && self.answered_at.is_none() {
                    // Ended before anything answered it: an inbound call that rang out.
                    CallStatus::Canceled
                } else {
                    status
                };
                match self
                    .inner
                    .advance_locked(&mut store, &self.sid, status.clone())
                {
                    Ok(_) => status,
                    Err(_) => CallStatus::Completed,
                }
            }
            Some(call) => call.status.clone(),
            None => status,
        };
        drop(store);
        let ended = Ended {
            at: self.now,
            status: final_status,
            reason,
        };
        {
            let mut state = self.shared.state();
            state.steps.push(Step::End(ended));
            state.phase = Phase::Ended;
            state.now = self.now;
        }
        self.shared.changed.notify_waiters();
        // Later commands find the call gone.
        self.commands.close();
        Flow::End
    }

    // ---- the transcript ----

    fn push(&self, step: Step) {
        self.shared.push(step);
    }

    fn executed(&mut self, verb: &Element) {
        self.push(Step::Verb(Verb {
            at: self.now,
            element: verb.clone(),
            in_gather: false,
        }));
    }

    /// Something the caller hears (or a silence).
    fn heard(&mut self, verb: &Element, in_gather: bool) {
        self.quiet = 0;
        self.push(Step::Verb(Verb {
            at: self.now,
            element: verb.clone(),
            in_gather,
        }));
    }

    fn caller(&self, action: CallerAction) {
        self.push(Step::Caller(action));
    }

    /// Something FakeTwilio does not emulate, skipped: a notice in the transcript and a
    /// warning notification on the call (error code 0: FakeTwilio's own, not Twilio's).
    fn not_emulated(&self, message: String) {
        self.notify(
            0,
            1,
            &message,
            self.document_url.as_deref().unwrap_or(""),
            "POST",
        );
        self.notice(None, message);
    }

    fn notice(&self, code: Option<u32>, message: String) {
        self.push(Step::Notice(Notice {
            at: self.now,
            code,
            message,
        }));
    }

    /// Each 12200 of a document, as a notice and a warning notification.
    fn warn(&self, document: &Document, url: &str) {
        for warning in &document.warnings {
            self.notice(Some(warning.code), warning.message.clone());
            self.notify(warning.code, 1, &warning.message, url, "POST");
        }
    }

    /// An error Twilio logs on the call (a notification the REST API lists).
    fn log(&self, code: u32, message: &str, url: &str, method: &str) {
        self.notify(code, 0, message, url, method);
    }

    fn notify(&self, code: u32, log: u8, message: &str, url: &str, method: &str) {
        let level = if log == 0 { "ERROR" } else { "WARNING" };
        let text = form_urlencoded::Serializer::new(String::new())
            .append_pair("ErrorCode", &code.to_string())
            .append_pair("LogLevel", level)
            .append_pair("Msg", message)
            .append_pair("url", url)
            .finish();
        let notification = Notification {
            sid: new_sid("NO"),
            created: crate::call_state::now(),
            error_code: code,
            log,
            message: text,
            request_url: url.to_owned(),
            request_method: method.to_owned(),
        };
        self.inner
            .store()
            .inside
            .entry(self.sid.clone())
            .or_default()
            .notify(notification);
    }
}

/// The `Confidence` a spoken answer is given: Twilio's recogniser reports one between 0 and 1.
const SPEECH_CONFIDENCE: &str = "0.9";

/// The parameters a `<Dial>` adds to its action.
fn dial_params(
    status: &str,
    sid: &str,
    duration: i64,
    bridged: bool,
) -> Vec<(&'static str, String)> {
    vec![
        ("DialBridged", bridged.to_string()),
        ("DialCallDuration", duration.to_string()),
        ("DialCallSid", sid.to_owned()),
        ("DialCallStatus", status.to_owned()),
    ]
}

/// Where `element`'s callbacks go: the URL in attribute `name` (resolved against the current
/// document's), `{name}Method` (POST by default) and the events of `{name}Event` (space
/// separated; `completed` by default).
fn callback_target(
    element: &Element,
    name: &str,
    base: &Option<String>,
) -> Option<StatusCallbackTarget> {
    let url = element.attribute(name)?;
    Some(StatusCallbackTarget {
        url: absolute(base.as_deref(), url),
        method: method_of(element, &format!("{name}Method")),
        events: element
            .attribute(&format!("{name}Event"))
            .unwrap_or("completed")
            .split([' ', ','])
            .filter(|e| !e.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}

/// `url` resolved against the current document's URL (as it is, when it cannot be).
fn absolute(base: Option<&str>, url: &str) -> String {
    base.and_then(|b| reqwest::Url::parse(b).ok())
        .and_then(|b| b.join(url).ok())
        .map_or_else(|| url.to_owned(), String::from)
}

/// A whole number of seconds from attribute `name`, `default` when absent or not one.
fn seconds(verb: &Element, name: &str, default: u64) -> Duration {
    Duration::from_secs(
        verb.attribute(name)
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(default),
    )
}

/// `GET` or `POST` from attribute `name`; `POST` when absent or neither.
fn method_of(verb: &Element, name: &str) -> String {
    match verb.attribute(name) {
        Some(m) if m.eq_ignore_ascii_case("GET") => "GET".to_owned(),
        _ => "POST".to_owned(),
    }
}

/// A `<Start>` noun as the REST API's create form: each attribute under its name with the
/// first letter upper-cased (`statusCallback` → `StatusCallback`), event lists split into
/// repeated values, and `<Parameter>`s numbered (`Parameter1.Name`, `Parameter1.Value`).
fn rest_form(noun: &Element, base: Option<&str>) -> Vec<(String, String)> {
    let mut form = Vec::new();
    for (name, value) in &noun.attributes {
        let mut chars = name.chars();
        let Some(first) = chars.next() else { continue };
        let key = format!("{}{}", first.to_ascii_uppercase(), chars.as_str());
        if key.ends_with("Callback") || key.ends_with("CallbackUrl") {
            form.push((key, absolute(base, value)));
        } else if key.ends_with("Event") {
            for event in value.split([' ', ',']).filter(|e| !e.is_empty()) {
                form.push((key.clone(), event.to_owned()));
            }
        } else {
            form.push((key, value.clone()));
        }
    }
    let parameters = noun.children.iter().filter(|c| c.name == "Parameter");
    for (i, parameter) in parameters.enumerate() {
        let n = i + 1;
        if let Some(name) = parameter.attribute("name") {
            form.push((format!("Parameter{n}.Name"), name.to_owned()));
        }
        if let Some(value) = parameter.attribute("value") {
            form.push((format!("Parameter{n}.Value"), value.to_owned()));
        }
    }
    form
}

/// Adds a status callback's delivery to the transcript of the call it reports on (a child
/// leg's, to its parent's).
pub(crate) fn transcribe_callback(
    store: &crate::call_state::Store,
    delivery: &crate::CallbackDelivery,
) {
    let call = store.find(&delivery.call_sid);
    let parent = call.and_then(|c| c.parent_call_sid.as_deref());
    let Some(shared) = parent
        .and_then(|p| store.sessions.get(p))
        .or_else(|| store.sessions.get(&delivery.call_sid))
    else {
        return;
    };
    let at = shared.state().now;
    shared.push(Step::Request(Exchange {
        at,
        kind: RequestKind::StatusCallback,
        method: delivery.method.clone(),
        url: delivery.url.clone(),
        params: delivery.params.clone(),
        signature: delivery.signature.clone(),
        status: delivery.status,
        content_type: None,
        answer: String::new(),
        error: delivery.error.clone(),
        took: Duration::ZERO,
    }));
}
