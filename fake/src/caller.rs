//! The scripted caller: the handle a test uses to act as the person on the phone.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::engine::{Command, Phase, Shared, Takes};
use crate::transcript::{Dialed, EndReason, Ended, Step, Transcript, Verb};

/// What happens to the party a `<Dial>` rings ([`Caller::dial_outcome`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DialOutcome {
    /// Answers at once and talks for `talk_for` (or until the `<Dial>`'s `timeLimit`), then
    /// hangs up: `DialCallStatus=completed`.
    Answered {
        /// How long the two talk.
        talk_for: Duration,
    },
    /// `DialCallStatus=busy`.
    Busy,
    /// Rings until the `<Dial>`'s `timeout`: `DialCallStatus=no-answer`.
    NoAnswer,
    /// `DialCallStatus=failed`.
    Failed,
}

/// The person on the phone, on a call FakeTwilio runs
/// ([`FakeTwilio::incoming_call`](crate::FakeTwilio::incoming_call),
/// [`FakeTwilio::answer`](crate::FakeTwilio::answer)).
///
/// Each `expect_*` takes the next thing of its kind the caller meets and fails, with the
/// transcript so far, when something else comes first or the call ends. `expect_say` and
/// `expect_play` look at what the caller hears (passing over silences and the points where
/// the call waits); `expect_gather`, `expect_record`, `expect_dial` and `expect_hangup` pass
/// over what is heard on the way.
///
/// **Time is virtual.** Input (`press`, `speak`) arrives at the call's current instant, so a
/// test answers a `<Gather>` after hearing its prompt. When an `expect_*` (or `press`,
/// `speak`, `dial_outcome`) needs the call to move on and the call is parked on a timer
/// (a `<Gather>`'s timeout, a `<Pause>`, a `<Dial>`'s ring), the clock jumps to it; `wait`
/// moves it by a given time. A call waiting for the app's HTTP answer waits in real time.
///
/// Dropping a `Caller` lets its call run on by itself, with no input, its timers taking
/// real time at the lifecycle's speed.
pub struct Caller {
    sid: String,
    shared: Arc<Shared>,
    /// How many steps the `expect_*` calls have consumed.
    cursor: usize,
}

impl Drop for Caller {
    fn drop(&mut self) {
        // The call runs on by itself (a call that has ended takes no command).
        self.shared.send(Command::Detach);
    }
}

impl fmt::Debug for Caller {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Caller")
            .field("call_sid", &self.sid)
            .field("steps", &self.shared.state().steps.len())
            .finish()
    }
}

/// Why a [`Caller`] step failed. `Display` (and `Debug`, so that a test's `unwrap` shows it)
/// gives the reason and the call's transcript so far.
#[derive(Clone)]
pub struct CallerError {
    message: String,
    transcript: Transcript,
}

impl CallerError {
    pub(crate) fn new(message: impl Into<String>, transcript: Transcript) -> Self {
        Self {
            message: message.into(),
            transcript,
        }
    }

    /// What went wrong, without the transcript.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The call's transcript up to the failure.
    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }
}

impl fmt::Display for CallerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if !self.transcript.steps.is_empty() {
            write!(f, "\n\nthe call so far:\n{}", self.transcript)?;
        }
        Ok(())
    }
}

impl fmt::Debug for CallerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for CallerError {}

/// What an `expect_*` looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    /// A `<Say>` or `<Play>`: what the caller hears.
    Heard(&'static str),
    /// A point where the call waits: `<Gather>`, `<Record>`, `<Dial>`.
    Wait(&'static str),
}

impl Caller {
    pub(crate) fn new(sid: String, shared: Arc<Shared>) -> Self {
        Self {
            sid,
            shared,
            cursor: 0,
        }
    }

    /// The call's SID.
    pub fn call_sid(&self) -> &str {
        &self.sid
    }

    /// Every step of the call so far, in order.
    pub fn transcript(&self) -> Transcript {
        Transcript {
            steps: self.shared.state().steps.clone(),
        }
    }

    /// The next thing the caller hears is a `<Say>` whose text contains `text`; returns it.
    pub async fn expect_say(&mut self, text: impl AsRef<str>) -> Result<Verb, CallerError> {
        let text = text.as_ref();
        let verb = self.expect_verb(Want::Heard("Say")).await?;
        if verb.element.text.contains(text) {
            return Ok(verb);
        }
        Err(self.error(format!(
            "expected to hear a <Say> containing {text:?}, heard {:?}",
            verb.element.text
        )))
    }

    /// The next thing the caller hears is a `<Play>`; returns it (its URL is its text).
    pub async fn expect_play(&mut self) -> Result<Verb, CallerError> {
        self.expect_verb(Want::Heard("Play")).await
    }

    /// The call now waits for input in a `<Gather>` (its nested prompts come before it);
    /// returns it.
    pub async fn expect_gather(&mut self) -> Result<Verb, CallerError> {
        self.expect_verb(Want::Wait("Gather")).await
    }

    /// The call now records the caller in a `<Record>`; returns it.
    pub async fn expect_record(&mut self) -> Result<Verb, CallerError> {
        self.expect_verb(Want::Wait("Record")).await
    }

    /// The call now rings someone in a `<Dial>`; returns who, and the child calls.
    pub async fn expect_dial(&mut self) -> Result<Dialed, CallerError> {
        match self.expect(Want::Wait("Dial")).await? {
            Step::Dial(dialed) => Ok(dialed),
            other => Err(self.error(format!("expected a <Dial>, the call met {other}"))),
        }
    }

    /// The next step of the call, whatever its kind (a verb, a request and its answer, a
    /// notice, the caller's own input, the end), moving the clock on as the `expect_*` do
    /// when the call waits on a timer and nothing is left to read. A `<Gather>`, `<Record>`
    /// or `<Dial>` step means the call now waits there: input given before the next call of
    /// this reaches it. Fails once the end has been read.
    pub async fn next_step(&mut self) -> Result<Step, CallerError> {
        self.drive("another step", |caller| {
            let step = caller.shared.state().steps.get(caller.cursor).cloned();
            if step.is_some() {
                caller.cursor += 1;
            }
            Ok(step)
        })
        .await
    }

    /// The app ended the call (a `<Hangup>`, the end of its document, a `<Reject>`, an
    /// application error); returns how it ended.
    pub async fn expect_hangup(&mut self) -> Result<Ended, CallerError> {
        self.expect_end().await.and_then(|ended| {
            if ended.reason == EndReason::CallerHungUp {
                Err(self.error("expected the app to end the call, but the caller hung up"))
            } else {
                Ok(ended)
            }
        })
    }

    async fn expect_end(&mut self) -> Result<Ended, CallerError> {
        self.drive("the end of the call", |caller| {
            let found = caller
                .shared
                .state()
                .steps
                .iter()
                .enumerate()
                .skip(caller.cursor)
                .find_map(|(i, step)| match step {
                    Step::End(ended) => Some((i, ended.clone())),
                    _ => None,
                });
            Ok(found.map(|(i, ended)| {
                caller.cursor = i + 1;
                ended
            }))
        })
        .await
    }

    /// Presses `digits` (`0`–`9`, `*`, `#`) at the current instant. If nothing on the call
    /// takes key presses now, the call first moves on until something does (a `<Gather>`,
    /// a `<Record>`, a `<Dial hangupOnStar>`).
    pub async fn press(&mut self, digits: impl AsRef<str>) -> Result<(), CallerError> {
        let digits = digits.as_ref();
        if digits.is_empty()
            || !digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == '*' || c == '#')
        {
            return Err(self.error(format!("press takes the keys 0-9, * and #, not {digits:?}")));
        }
        self.give(Command::Press(digits.to_owned()), "key presses", |t| {
            t.dtmf || (t.dial && digits.contains('*'))
        })
        .await
    }

    /// Says `text` at the current instant: a `<Gather>` with speech input takes it as its
    /// `SpeechResult`; a `<Record>` hears the caller talk (its silence timer starts again).
    pub async fn speak(&mut self, text: impl AsRef<str>) -> Result<(), CallerError> {
        self.give(Command::Speak(text.as_ref().to_owned()), "speech", |t| {
            t.speech
        })
        .await
    }

    /// Decides the fate of the party the current `<Dial>` rings.
    pub async fn dial_outcome(&mut self, outcome: DialOutcome) -> Result<(), CallerError> {
        self.give(Command::Outcome(outcome), "a dial outcome", |t| t.dial)
            .await
    }

    /// Lets `duration` pass on the call's clock: what falls due meanwhile (a `<Gather>`'s
    /// timeout, the end of a `<Pause>`) happens.
    pub async fn wait(&mut self, duration: Duration) -> Result<(), CallerError> {
        let id = self.send(Command::Wait(duration))?;
        let phase = self.settle(id).await;
        if matches!(phase, Phase::Live { .. }) || self.shared.streams_live() {
            // A session with the app, or an open stream, runs in real time.
            tokio::time::sleep(duration).await;
        }
        Ok(())
    }

    /// Says `mulaw` (8 kHz μ-law) into the call's media streams, from now on, as 20 ms
    /// frames in place of silence; returns once it has been sent (its length in real time).
    /// If no stream is open, the call first moves on until one is.
    pub async fn send_audio(&mut self, mulaw: &[u8]) -> Result<(), CallerError> {
        self.drive("a media stream", |caller| {
            let open = caller.shared.state().streams_open > 0;
            Ok(open.then_some(()))
        })
        .await?;
        self.shared.say_into_streams(mulaw);
        let frames = mulaw.len().div_ceil(160) as u32;
        tokio::time::sleep(Duration::from_millis(20) * frames).await;
        Ok(())
    }

    /// What the app has played to the caller on a bidirectional stream so far (μ-law), as
    /// the caller heard it: at 8,000 bytes a second, what a `clear` dropped left out.
    pub fn heard_audio(&self) -> Vec<u8> {
        self.shared.state().heard_audio.clone()
    }

    /// Hangs up.
    pub async fn hang_up(&mut self) -> Result<(), CallerError> {
        let id = self.send(Command::HangUp)?;
        self.settle(id).await;
        Ok(())
    }

    // ---- the machinery ----

    async fn give(
        &mut self,
        command: Command,
        what: &str,
        takes: impl Fn(&Takes) -> bool,
    ) -> Result<(), CallerError> {
        self.drive(what, |caller| {
            let state = caller.shared.state();
            let phase = state.phase;
            drop(state);
            match phase {
                Phase::Parked { takes: t, .. } | Phase::Live { takes: t } if takes(&t) => {
                    Ok(Some(()))
                }
                Phase::Live { .. } => Err(caller.error(format!(
                    "the call is in a real-time session with the app, which does not take {what}"
                ))),
                _ => Ok(None),
            }
        })
        .await?;
        let id = self.send(command)?;
        self.settle(id).await;
        Ok(())
    }

    /// Moves the call on until `look` finds what it wants: waits while the call runs (or
    /// the app is live), lets a parked call reach its deadline, fails when it has ended or
    /// can never move on.
    async fn drive<T>(
        &mut self,
        wanted: &str,
        mut look: impl FnMut(&mut Self) -> Result<Option<T>, CallerError>,
    ) -> Result<T, CallerError> {
        let shared = self.shared.clone();
        loop {
            let notified = shared.changed.notified();
            let mut notified = std::pin::pin!(notified);
            notified.as_mut().enable();
            if let Some(found) = look(self)? {
                return Ok(found);
            }
            let (phase, busy) = {
                let state = self.shared.state();
                // A command not yet taken, or a stream open or opening (the call then runs
                // in real time): wait for them.
                (
                    state.phase,
                    state.handled < state.sent
                        || state.streams_connecting > 0
                        || (state.streams_open > 0 && matches!(state.phase, Phase::Parked { .. })),
                )
            };
            match phase {
                Phase::Running | Phase::Live { .. } => notified.await,
                _ if busy => notified.await,
                other => self.move_on(other, wanted).await?,
            }
        }
    }

    /// Lets a parked call reach its deadline, and waits until it has moved on; fails when
    /// it cannot.
    async fn move_on(&self, phase: Phase, wanted: &str) -> Result<(), CallerError> {
        match phase {
            Phase::Parked {
                deadline: Some(deadline),
                ..
            } => {
                let id = self.send(Command::Elapse(deadline))?;
                self.settle(id).await;
                Ok(())
            }
            Phase::Parked { deadline: None, .. } => Err(self.error(format!(
                "the call waits for input that never times out, not for {wanted}"
            ))),
            Phase::Ended => Err(self.error(format!("the call ended before {wanted}"))),
            Phase::Running | Phase::Live { .. } => Ok(()),
        }
    }

    async fn expect_verb(&mut self, want: Want) -> Result<Verb, CallerError> {
        match self.expect(want).await? {
            Step::Verb(verb) => Ok(verb),
            Step::Dial(dialed) => Ok(dialed.verb),
            other => Err(self.error(format!("unexpected {other}"))),
        }
    }

    async fn expect(&mut self, want: Want) -> Result<Step, CallerError> {
        let (Want::Heard(name) | Want::Wait(name)) = want;
        let wanted = format!("a <{name}>");
        self.drive(&wanted, |caller| caller.scan(want)).await
    }

    /// Looks through the steps not yet consumed for what `want` asks.
    fn scan(&mut self, want: Want) -> Result<Option<Step>, CallerError> {
        let (Want::Heard(wanted) | Want::Wait(wanted)) = want;
        let state = self.shared.state();
        for (i, step) in state.steps.iter().enumerate().skip(self.cursor) {
            let found = match step {
                Step::Verb(verb) => verb,
                Step::Dial(dialed) => &dialed.verb,
                Step::End(ended) => {
                    let message = format!(
                        "expected a <{wanted}>, but the call ended ({})",
                        ended.reason
                    );
                    drop(state);
                    self.cursor = i;
                    return Err(self.error(message));
                }
                _ => continue,
            };
            let name = found.element.name.as_str();
            let matches_kind = match want {
                Want::Heard(_) => matches!(name, "Say" | "Play"),
                // Waiting points of another kind are passed over: the call moves on.
                Want::Wait(_) => name == wanted,
            };
            if !matches_kind {
                continue;
            }
            if name == wanted {
                let step = step.clone();
                self.cursor = i + 1;
                return Ok(Some(step));
            }
            let message = format!("expected to hear a <{wanted}>, heard {}", found.element);
            drop(state);
            self.cursor = i + 1;
            return Err(self.error(message));
        }
        Ok(None)
    }

    fn send(&self, command: Command) -> Result<u64, CallerError> {
        self.shared
            .send(command)
            .ok_or_else(|| self.error("the call has ended"))
    }

    /// Waits until the call has taken command `id` and is parked or ended.
    async fn settle(&self, id: u64) -> Phase {
        loop {
            let notified = self.shared.changed.notified();
            let mut notified = std::pin::pin!(notified);
            notified.as_mut().enable();
            {
                let state = self.shared.state();
                if state.handled >= id && state.phase != Phase::Running {
                    return state.phase;
                }
            }
            notified.await;
        }
    }

    fn error(&self, message: impl Into<String>) -> CallerError {
        CallerError::new(message, self.transcript())
    }
}
