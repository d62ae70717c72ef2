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
//!
//! Here: the session, its waiting and its transcript. `verbs` holds the verbs that wait for
//! the caller and `<Start>`/`<Stop>`; `dial` the `<Dial>`; `fetch` the requests to the app
//! and what becomes of their answers.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::{Notify, mpsc};
use twilio_calls::{CallDirection, CallStatus};

use crate::call_state::{Instructions, new_sid};
use crate::subresources::log::Notification;
use crate::transcript::{
    CallerAction, EndReason, Ended, Exchange, Notice, RequestKind, Step, Verb,
};
use crate::twiml::{self, Document, Element};
use crate::{DialOutcome, Inner};

mod connect;
mod dial;
mod fetch;
mod verbs;

use verbs::method_of;

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
    /// In a real-time session with the app (`<Connect>`): the clock runs at real speed and
    /// what the caller meets comes when the app sends it.
    Live {
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
    /// What the caller says into the call's streams, not yet sent (μ-law).
    inbound_audio: std::collections::VecDeque<u8>,
    /// What the app played to the caller on a bidirectional stream (μ-law).
    pub heard_audio: Vec<u8>,
    /// Media streams open on the call now, and being opened.
    pub streams_open: usize,
    pub streams_connecting: usize,
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

    /// A `Shared` for a call no engine runs (a stream created through the REST API on a call
    /// with no TwiML running): its streams hear silence.
    pub fn detached() -> Arc<Self> {
        let (commands, _) = mpsc::unbounded_channel();
        Arc::new(Self {
            state: Mutex::new(State {
                steps: Vec::new(),
                phase: Phase::Ended,
                now: Duration::ZERO,
                sent: 0,
                handled: 0,
                commands,
                inbound_audio: Default::default(),
                heard_audio: Vec::new(),
                streams_open: 0,
                streams_connecting: 0,
            }),
            changed: Notify::new(),
        })
    }

    /// The caller says `audio` into the call's streams.
    pub fn say_into_streams(&self, audio: &[u8]) {
        self.state().inbound_audio.extend(audio);
    }

    /// The next `n` bytes of what the caller said, `fill` (silence) where there is none.
    pub fn take_inbound(&self, n: usize, fill: u8) -> Vec<u8> {
        let mut state = self.state();
        let take = n.min(state.inbound_audio.len());
        let mut frame: Vec<u8> = state.inbound_audio.drain(..take).collect();
        frame.resize(n, fill);
        frame
    }

    /// The caller heard `audio`, played by the app.
    pub fn heard(&self, audio: &[u8]) {
        self.state().heard_audio.extend_from_slice(audio);
    }

    /// Whether a media stream is open or opening: the call then runs in real time.
    pub fn streams_live(&self) -> bool {
        let state = self.state();
        state.streams_open + state.streams_connecting > 0
    }

    /// A stream begins to connect.
    pub fn stream_connecting(&self) {
        self.state().streams_connecting += 1;
    }

    /// A stream that was connecting is open (`true`) or failed.
    pub fn stream_connected(&self, open: bool) {
        let mut state = self.state();
        state.streams_connecting = state.streams_connecting.saturating_sub(1);
        if open {
            state.streams_open += 1;
        }
        drop(state);
        self.changed.notify_waiters();
    }

    pub fn stream_closed(&self) {
        let mut state = self.state();
        state.streams_open = state.streams_open.saturating_sub(1);
        drop(state);
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
                inbound_audio: Default::default(),
                heard_audio: Vec::new(),
                streams_open: 0,
                streams_connecting: 0,
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
            "Connect" => self.connect(verb).await,
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

    // ---- waiting ----

    /// Waits for the caller until `deadline` on the virtual clock.
    async fn park(&mut self, deadline: Option<Duration>, takes: Takes) -> Wake {
        loop {
            // While a media stream is open the clock runs at real speed: the app is real I/O.
            let live = self.shared.streams_live();
            match deadline {
                Some(d) if d <= self.until && !live => return self.reach(d),
                _ => {
                    self.now = self
                        .now
                        .max(self.until)
                        .min(deadline.unwrap_or(Duration::MAX))
                }
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
                Some(d) if live => Some(d.saturating_sub(self.now)),
                Some(d) if self.auto => Some((d - self.now).div_f64(self.inner.lifecycle.speed)),
                _ => None,
            };
            let parked_at = tokio::time::Instant::now();
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
            if live {
                // Real time passed while parked.
                self.now = (self.now + parked_at.elapsed()).min(deadline.unwrap_or(Duration::MAX));
            }
            let wake = self.apply(command, takes, live);
            if let Some(wake) = wake {
                return wake;
            }
            self.shared.changed.notify_waiters();
        }
    }

    /// What a command does to a parked call that `takes` this input (`live`: a stream is
    /// open, so the clock is not the caller's to move): the wake it causes, if any.
    fn apply(&mut self, command: Command, takes: Takes, live: bool) -> Option<Wake> {
        match command {
            Command::Elapse(_) if live => None,
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
        let mut store = self.inner.store();
        log_on_call(&mut store, &self.sid, code, log, message, url, method);
    }
}

/// Logs Twilio error or warning `code` on call `sid`: a notification the REST API lists, and
/// a notice in the call's transcript when the engine runs it.
pub(crate) fn report(inner: &Inner, sid: &str, code: u32, message: &str) {
    let mut store = inner.store();
    log_on_call(&mut store, sid, code, 0, message, "", "GET");
    if let Some(shared) = store.sessions.get(sid) {
        let at = shared.state().now;
        shared.push(Step::Notice(Notice {
            at,
            code: Some(code),
            message: message.to_owned(),
        }));
    }
}

/// A notification on call `sid` (`log` 0 an error, 1 a warning), its message in Twilio's
/// form (`ErrorCode=…&LogLevel=…&Msg=…&url=…`).
fn log_on_call(
    store: &mut crate::call_state::Store,
    sid: &str,
    code: u32,
    log: u8,
    message: &str,
    url: &str,
    method: &str,
) {
    let level = if log == 0 { "ERROR" } else { "WARNING" };
    let text = form_urlencoded::Serializer::new(String::new())
        .append_pair("ErrorCode", &code.to_string())
        .append_pair("LogLevel", level)
        .append_pair("Msg", message)
        .append_pair("url", url)
        .finish();
    store
        .inside
        .entry(sid.to_owned())
        .or_default()
        .notify(Notification {
            sid: new_sid("NO"),
            created: crate::call_state::now(),
            error_code: code,
            log,
            message: text,
            request_url: url.to_owned(),
            request_method: method.to_owned(),
        });
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
