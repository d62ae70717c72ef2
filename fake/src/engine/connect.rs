//! `<Connect>`: a real-time session with the app, a bidirectional `<Stream>` or a
//! `<ConversationRelay>`. It blocks the call until the app closes the stream (or ends the
//! relay), then the `action` runs, or the next verb. While it lasts the call's clock runs at
//! real speed: the app is real I/O and paces itself.

use std::sync::Arc;

use tokio::sync::mpsc;
use tokio::time::Instant;

use super::{Command, Flow, Phase, Session, Takes, Wake};
use crate::call_state::new_sid;
use crate::realtime::conversation_relay::{self, RelayConfig, RelayEnd, RelayInput, RelayOutput};
use crate::realtime::media_stream::{self, Control, StreamConfig, StreamEnd};
use crate::realtime::websocket_url;
use crate::transcript::{CallerAction, Step, Verb};
use crate::twiml::Element;

/// What ended the caller's side of a session.
enum Interrupted {
    None,
    HungUp,
    Wake(Wake),
}

impl Session {
    pub(super) async fn connect(&mut self, verb: &Element) -> Flow {
        self.answer();
        self.executed(verb);
        self.quiet = 0;
        let Some(noun) = verb.children.first() else {
            return Flow::Next;
        };
        match noun.name.as_str() {
            "Stream" => self.connect_stream(verb, noun).await,
            "ConversationRelay" => self.connect_relay(verb, noun).await,
            other => {
                self.not_emulated(format!(
                    "FakeTwilio does not emulate <Connect><{other}>: it was skipped"
                ));
                Flow::Next
            }
        }
    }

    /// Enters the real-time phase; returns the instant it began and the clock then.
    fn go_live(&mut self, takes: Takes) -> (Instant, std::time::Duration) {
        self.shared.state().phase = Phase::Live { takes };
        self.shared.changed.notify_waiters();
        (Instant::now(), self.now)
    }

    /// Takes one command during a real-time session; what the session should be told.
    fn live_command(&mut self, command: Command) -> (Option<Command>, Interrupted) {
        self.shared.state().handled += 1;
        match command {
            Command::Press(keys) => {
                self.caller(CallerAction::Pressed(keys.clone()));
                (Some(Command::Press(keys)), Interrupted::None)
            }
            Command::Speak(text) => {
                self.caller(CallerAction::Spoke(text.clone()));
                (Some(Command::Speak(text)), Interrupted::None)
            }
            Command::Wait(d) => {
                // The caller's handle sleeps it in real time.
                self.caller(CallerAction::Waited(d));
                (None, Interrupted::None)
            }
            Command::HangUp => {
                self.caller(CallerAction::HungUp);
                (None, Interrupted::HungUp)
            }
            Command::Redirect(instructions) => {
                (None, Interrupted::Wake(Wake::Redirect(instructions)))
            }
            Command::End => (None, Interrupted::Wake(Wake::Api)),
            Command::Detach => {
                self.auto = true;
                (None, Interrupted::None)
            }
            Command::Elapse(_) | Command::Outcome(_) => (None, Interrupted::None),
        }
    }

    /// Leaves the real-time phase: the clock has moved by the real time it lasted.
    fn go_offline(&mut self, since: Instant, base: std::time::Duration) {
        self.now = base + since.elapsed();
        self.until = self.until.max(self.now);
        let mut state = self.shared.state();
        state.now = self.now;
        state.phase = Phase::Running;
    }

    async fn connect_stream(&mut self, verb: &Element, noun: &Element) -> Flow {
        let Some(url) = noun.attribute("url") else {
            self.notice(Some(12200), "<Connect><Stream> needs a url".to_owned());
            return Flow::Next;
        };
        let url = websocket_url(self.document_url.as_deref(), url);
        let Some((account, stream_sid)) = self.create_stream_resource(noun, &url) else {
            return Flow::Next;
        };
        let parameters = crate::realtime::parameters(noun);
        let config = StreamConfig {
            url,
            stream_sid: stream_sid.clone(),
            account_sid: account,
            call_sid: self.sid.clone(),
            tracks: vec!["inbound"],
            parameters,
            bidirectional: true,
        };
        let (control, control_rx) = mpsc::unbounded_channel();
        self.shared.stream_connecting();
        let (inner, sid) = (self.inner.clone(), self.sid.clone());
        let reporter = (inner.clone(), sid.clone());
        let stream = media_stream::run(
            inner,
            self.shared.clone(),
            config,
            control_rx,
            move |code, message| super::report(&reporter.0, &reporter.1, code, &message),
        );
        let mut stream = std::pin::pin!(stream);
        let (since, base) = self.go_live(Takes {
            dtmf: true,
            speech: false,
            dial: false,
        });
        let mut interrupted = Interrupted::None;
        let end = loop {
            tokio::select! {
                end = &mut stream => break end,
                command = self.commands.recv() => {
                    let Some(command) = command else { continue };
                    let (forward, stop) = self.live_command(command);
                    if let Some(Command::Press(keys)) = forward {
                        for key in keys.chars() {
                            let _ = control.send(Control::Dtmf(key));
                        }
                    }
                    if !matches!(stop, Interrupted::None) {
                        interrupted = stop;
                        let _ = control.send(Control::Stop);
                    }
                    self.shared.changed.notify_waiters();
                }
            }
        };
        self.go_offline(since, base);
        self.stop_stream_resource(&stream_sid);
        if let StreamEnd::Failed(code, message) = &end {
            super::report(&self.inner, &self.sid, *code, message);
        }
        match interrupted {
            Interrupted::HungUp => self.after_hang_up(verb, false, &[]).await,
            Interrupted::Wake(wake) => self.interrupted(wake).await,
            Interrupted::None => self.act(verb, false, &[]).await,
        }
    }

    /// The stream as the Streams subresource shows it; its account and SID.
    fn create_stream_resource(&mut self, noun: &Element, url: &str) -> Option<(String, String)> {
        let mut form = vec![("Url".to_owned(), url.to_owned())];
        if let Some(name) = noun.attribute("name") {
            form.push(("Name".to_owned(), name.to_owned()));
        }
        match self.subresource("Streams.json", &form) {
            Ok((account, body)) => Some((account, body["sid"].as_str()?.to_owned())),
            Err((code, message)) => {
                self.notice(Some(code), format!("<Connect><Stream>: {message}"));
                None
            }
        }
    }

    fn stop_stream_resource(&mut self, stream_sid: &str) {
        let form = [("Status".to_owned(), "stopped".to_owned())];
        let _ = self.subresource(&format!("Streams/{stream_sid}.json"), &form);
    }

    /// The session's settings, from the `<ConversationRelay>` and the call.
    fn relay_config(&self, noun: &Element, url: &str, session_id: &str) -> Option<RelayConfig> {
        let (from, to, direction, parent, account) = {
            let store = self.inner.store();
            let call = store.find(&self.sid)?;
            (
                call.from.clone(),
                call.to.clone(),
                call.direction.to_string(),
                call.parent_call_sid.clone().unwrap_or_default(),
                call.account_sid.clone(),
            )
        };
        Some(RelayConfig {
            url: websocket_url(self.document_url.as_deref(), url),
            session_id: session_id.to_owned(),
            account_sid: account,
            call_sid: self.sid.clone(),
            parent_call_sid: parent,
            from,
            to,
            direction,
            parameters: crate::realtime::parameters(noun),
            welcome_greeting: noun.attribute("welcomeGreeting").map(str::to_owned),
            dtmf_detection: noun.attribute("dtmfDetection") == Some("true"),
            interruptible: !matches!(
                noun.attribute("interruptible"),
                Some("none" | "false" | "dtmf")
            ),
            language: noun
                .attribute("transcriptionLanguage")
                .or(noun.attribute("language"))
                .unwrap_or("en-US")
                .to_owned(),
        })
    }

    async fn connect_relay(&mut self, verb: &Element, noun: &Element) -> Flow {
        let Some(url) = noun.attribute("url") else {
            self.notice(Some(12200), "<ConversationRelay> needs a url".to_owned());
            return Flow::Next;
        };
        let session_id = new_sid("VX");
        let Some(config) = self.relay_config(noun, url, &session_id) else {
            return Flow::End;
        };
        let (input, input_rx) = mpsc::unbounded_channel();
        let (since, base) = self.go_live(Takes {
            dtmf: true,
            speech: true,
            dial: false,
        });
        let emitter = Emitter {
            shared: self.shared.clone(),
            inner: self.inner.clone(),
            sid: self.sid.clone(),
            since,
            base,
        };
        let inner = self.inner.clone();
        let relay =
            conversation_relay::run(&inner, config, input_rx, move |output| emitter.emit(output));
        let mut relay = std::pin::pin!(relay);
        let mut interrupted = Interrupted::None;
        let end = loop {
            tokio::select! {
                end = &mut relay => break end,
                command = self.commands.recv() => {
                    let Some(command) = command else { continue };
                    let (forward, stop) = self.live_command(command);
                    match forward {
                        Some(Command::Speak(text)) => { let _ = input.send(RelayInput::Speak(text)); }
                        Some(Command::Press(keys)) => {
                            for key in keys.chars() {
                                let _ = input.send(RelayInput::Press(key));
                            }
                        }
                        _ => {}
                    }
                    if !matches!(stop, Interrupted::None) {
                        interrupted = stop;
                        let _ = input.send(RelayInput::Stop);
                    }
                    self.shared.changed.notify_waiters();
                }
            }
        };
        let seconds = since.elapsed().as_secs().to_string();
        self.go_offline(since, base);
        let params = relay_params(&self.inner, &self.sid, &end, session_id, seconds);
        match interrupted {
            Interrupted::HungUp => self.after_hang_up(verb, false, &params).await,
            Interrupted::Wake(wake) => self.interrupted(wake).await,
            Interrupted::None => self.act(verb, false, &params).await,
        }
    }
}

/// What a `<Connect>`'s action hears of a ConversationRelay session (a failure is logged).
fn relay_params(
    inner: &crate::Inner,
    sid: &str,
    end: &RelayEnd,
    session_id: String,
    seconds: String,
) -> Vec<(&'static str, String)> {
    let mut params = vec![("SessionId", session_id)];
    match end {
        RelayEnd::Ended(handoff) => {
            params.push(("SessionStatus", "ended".to_owned()));
            params.push(("SessionDuration", seconds));
            if let Some(data) = handoff {
                params.push(("HandoffData", data.clone()));
            }
        }
        RelayEnd::Stopped => {
            params.push(("SessionStatus", "completed".to_owned()));
            params.push(("SessionDuration", seconds));
        }
        RelayEnd::Failed(code, message) => {
            super::report(inner, sid, *code, message);
            params.push(("SessionStatus", "failed".to_owned()));
            params.push(("SessionDuration", seconds));
            params.push(("ErrorCode", code.to_string()));
            params.push(("ErrorMessage", message.clone()));
        }
    }
    params
}

/// Turns what the agent does into what the caller meets, on the session's real clock.
struct Emitter {
    shared: Arc<super::Shared>,
    inner: Arc<crate::Inner>,
    sid: String,
    since: Instant,
    base: std::time::Duration,
}

impl Emitter {
    fn emit(&self, output: RelayOutput) {
        let at = self.base + self.since.elapsed();
        let element = |name: &str, text: String, attributes: Vec<(String, String)>| Element {
            name: name.to_owned(),
            text,
            attributes,
            children: Vec::new(),
        };
        let verb = |element| {
            Step::Verb(Verb {
                at,
                element,
                in_gather: false,
            })
        };
        let step = match output {
            RelayOutput::Say(text) => verb(element("Say", text, Vec::new())),
            RelayOutput::Play(url) => verb(element("Play", url, Vec::new())),
            RelayOutput::Digits(digits) => verb(element(
                "Play",
                String::new(),
                vec![("digits".to_owned(), digits)],
            )),
            RelayOutput::Language(what) => Step::Notice(crate::transcript::Notice {
                at,
                code: None,
                message: format!("the agent switched languages: {what}"),
            }),
            RelayOutput::Error(code, message) => {
                super::report(&self.inner, &self.sid, code, &message);
                return;
            }
        };
        self.shared.state().now = at;
        self.shared.push(step);
    }
}
