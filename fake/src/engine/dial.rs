//! `<Dial>`: the child calls it rings, the outcome the caller scripts, its action.

use twilio_calls::{CallDirection, CallStatus};

use super::verbs::{callback_target, seconds};
use super::{Command, Flow, Session, Takes, Wake};
use crate::DialOutcome;
use crate::call_state::{CallEntry, Instructions};
use crate::transcript::{Dialed, Step, Verb};
use crate::twiml::Element;

impl Session {
    pub(super) async fn dial(&mut self, verb: &Element) -> Flow {
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
