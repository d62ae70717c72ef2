//! `<Dial>`: the child calls it rings, the outcome the caller scripts, its action.

use twilio_calls::{CallDirection, CallStatus};

use super::verbs::{callback_target, seconds};
use super::{Command, Flow, Session, Takes, Wake};
use crate::DialOutcome;
use crate::call_state::{CallEntry, Instructions};
use crate::transcript::{Dialed, Step, Verb};
use crate::twiml::Element;

/// Who a `<Dial>` rings: the address (`+1555…`, `client:alice`, `sip:…`) and its noun.
type Target<'a> = (String, Option<&'a Element>);

/// How the ringing ended.
enum Rang {
    /// Someone answered, to talk this long.
    Answered(std::time::Duration),
    /// Nobody did: the `DialCallStatus`.
    Not(&'static str),
    /// The call is over or moved on (the caller hung up, the API stepped in).
    Left(Flow),
}

/// How the talk ended.
enum Talked {
    /// The callee hung up, the time limit came, or the caller pressed `*`: seconds talked.
    Done(i64),
    /// The caller hung up: seconds talked.
    CallerHungUp(i64),
    Left(Flow),
}

impl Session {
    pub(super) async fn dial(&mut self, verb: &Element) -> Flow {
        self.answer();
        let targets = self.targets(verb);
        if targets.is_empty() {
            self.executed(verb);
            return Flow::Next;
        }
        let Some(children) = self.ring_children(verb, &targets) else {
            return Flow::End;
        };
        self.quiet = 0;
        self.push(Step::Dial(Dialed {
            numbers: targets.iter().map(|(a, _)| a.clone()).collect(),
            call_sids: children.clone(),
            verb: Verb {
                at: self.now,
                element: verb.clone(),
                in_gather: false,
            },
        }));
        let hangup_on_star = verb.attribute("hangupOnStar") == Some("true");
        let rang = self
            .ring(
                verb,
                seconds(verb, "timeout", 30),
                hangup_on_star,
                &children,
            )
            .await;
        let talk_for = match rang {
            Rang::Left(flow) => return flow,
            Rang::Not(status) => {
                let params = dial_params(status, &children[0], 0, false);
                return self.after_dial(verb, &params, false).await;
            }
            Rang::Answered(talk_for) => talk_for,
        };
        self.end_children(&children[1..], None, CallStatus::Canceled);
        self.step_child(&children[0], CallStatus::InProgress, None);
        let limit = seconds(verb, "timeLimit", 14_400);
        let (talked, caller_hung_up) = match self
            .talk(talk_for.min(limit), hangup_on_star, &children[0])
            .await
        {
            Talked::Done(seconds) => (seconds, false),
            Talked::CallerHungUp(seconds) => (seconds, true),
            Talked::Left(flow) => return flow,
        };
        let params = dial_params("completed", &children[0], talked, true);
        self.after_dial(verb, &params, caller_hung_up).await
    }

    /// The `<Dial>`'s nouns that FakeTwilio rings, saying what it leaves out.
    fn targets<'a>(&mut self, verb: &'a Element) -> Vec<Target<'a>> {
        let mut targets = Vec::new();
        if !verb.text.trim().is_empty() {
            targets.push((verb.text.trim().to_owned(), None));
        }
        for noun in &verb.children {
            match noun.name.as_str() {
                "Number" | "Sip" => targets.push((noun.text.trim().to_owned(), Some(noun))),
                "Client" => {
                    let identity = noun
                        .children
                        .iter()
                        .find(|c| c.name == "Identity")
                        .map_or(noun.text.trim(), |c| c.text.trim());
                    targets.push((format!("client:{identity}"), Some(noun)));
                }
                "Parameter" => {}
                other => self.not_emulated(format!(
                    "FakeTwilio does not emulate <Dial><{other}>: it was skipped"
                )),
            }
        }
        if targets
            .iter()
            .any(|(_, noun)| noun.is_some_and(|n| n.attribute("url").is_some()))
        {
            self.not_emulated("FakeTwilio does not run a dialled party's whisper `url`".to_owned());
        }
        if verb
            .attribute("record")
            .is_some_and(|r| r != "do-not-record" && r != "false")
        {
            self.not_emulated("FakeTwilio does not record a <Dial>'s call".to_owned());
        }
        targets
    }

    /// The child calls, ringing together; `None` when the parent call is gone.
    fn ring_children(&self, verb: &Element, targets: &[Target<'_>]) -> Option<Vec<String>> {
        let mut store = self.inner.store();
        let parent = store.find(&self.sid).cloned()?;
        let caller_id = verb
            .attribute("callerId")
            .map_or_else(|| parent.from.clone(), str::to_owned);
        let mut sids = Vec::new();
        for (address, noun) in targets {
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
        Some(sids)
    }

    /// Rings until the caller's script decides, the `timeout` passes, or the caller leaves.
    async fn ring(
        &mut self,
        verb: &Element,
        timeout: std::time::Duration,
        hangup_on_star: bool,
        children: &[String],
    ) -> Rang {
        let ring_until = self.now + timeout;
        let takes = Takes {
            dtmf: hangup_on_star,
            speech: false,
            dial: true,
        };
        let not = |status: &'static str| {
            let child_status = match status {
                "busy" => CallStatus::Busy,
                "failed" => CallStatus::Failed,
                "no-answer" => CallStatus::NoAnswer,
                _ => CallStatus::Canceled,
            };
            (status, child_status)
        };
        let status = loop {
            match self.park(Some(ring_until), takes).await {
                Wake::Timeout => break not("no-answer"),
                Wake::Input(Command::Outcome(outcome)) => match outcome {
                    DialOutcome::Answered { talk_for } => return Rang::Answered(talk_for),
                    DialOutcome::Busy => break not("busy"),
                    DialOutcome::Failed => break not("failed"),
                    DialOutcome::NoAnswer => {
                        self.now = self.now.max(ring_until);
                        break not("no-answer");
                    }
                },
                Wake::Input(Command::Press(keys)) if keys.contains('*') => break not("canceled"),
                Wake::Input(_) => {}
                Wake::HungUp => {
                    self.end_children(children, None, CallStatus::Canceled);
                    let params = dial_params("canceled", &children[0], 0, false);
                    // The caller's hang-up: the action is still asked, its answer not run.
                    let flow = self.after_hang_up(verb, false, &params).await;
                    return Rang::Left(flow);
                }
                other => {
                    self.end_children(children, None, CallStatus::Canceled);
                    return Rang::Left(self.interrupted(other).await);
                }
            }
        };
        self.end_children(children, None, status.1);
        Rang::Not(status.0)
    }

    /// The two talk until the callee hangs up (`talk_for`), or the caller presses `*`
    /// (`hangup_on_star`) or hangs up.
    async fn talk(
        &mut self,
        talk_for: std::time::Duration,
        hangup_on_star: bool,
        child: &str,
    ) -> Talked {
        let from = self.now;
        let takes = Takes {
            dtmf: hangup_on_star,
            ..Takes::default()
        };
        let until = self.now + talk_for;
        let ended = loop {
            match self.park(Some(until), takes).await {
                Wake::Timeout => break None,
                Wake::Input(Command::Press(keys)) if keys.contains('*') => break None,
                Wake::Input(_) => {}
                Wake::HungUp => break Some(true),
                other => {
                    let talked = (self.now - from).as_secs() as i64;
                    self.step_child(child, CallStatus::Completed, Some(talked));
                    return Talked::Left(self.interrupted(other).await);
                }
            }
        };
        let talked = (self.now - from).as_secs() as i64;
        self.step_child(child, CallStatus::Completed, Some(talked));
        if ended == Some(true) {
            Talked::CallerHungUp(talked)
        } else {
            Talked::Done(talked)
        }
    }

    /// After the dialled party: the action with `params` (or the next verb); after the
    /// caller hung up, the action without running its answer.
    async fn after_dial(
        &mut self,
        verb: &Element,
        params: &[(&str, String)],
        caller_hung_up: bool,
    ) -> Flow {
        if caller_hung_up {
            return self.after_hang_up(verb, false, params).await;
        }
        if verb.attribute("action").is_some() {
            self.act(verb, false, params).await
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
}

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
