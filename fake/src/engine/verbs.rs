//! The verbs that wait for the caller (`<Pause>`, `<Gather>`, `<Record>`), `<Start>` and
//! `<Stop>`, and what reading verbs' attributes takes.

use std::time::Duration;

use super::{Command, Flow, Session, Takes, Wake};
use crate::Inner;
use crate::call_state::StatusCallbackTarget;
use crate::twiml::Element;

impl Session {
    // ---- the verbs that wait ----

    pub(super) async fn pause(&mut self, verb: &Element) -> Flow {
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

    pub(super) async fn gather(&mut self, verb: &Element) -> Flow {
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

    pub(super) async fn record(&mut self, verb: &Element) -> Flow {
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

    /// `<Start>` and `<Stop>`: each noun started or stopped as the REST API would, so the
    /// subresource API shows it.
    pub(super) fn fork(&mut self, verb: &Element) {
        let starting = verb.name == "Start";
        for noun in &verb.children {
            let segment = match noun.name.as_str() {
                "Stream" => "Streams",
                "Transcription" => "Transcriptions",
                "Siprec" => "Siprec",
                "Recording" if starting => "Recordings",
                other => {
                    self.not_emulated(format!(
                        "FakeTwilio does not emulate <{}><{other}>: it was skipped",
                        verb.name
                    ));
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
                    self.notice(
                        None,
                        format!("<Stop><{}> without a name stops nothing", noun.name),
                    );
                    continue;
                };
                (
                    format!("{segment}/{name}.json"),
                    vec![("Status".to_owned(), "stopped".to_owned())],
                )
            };
            match self.subresource(&rest, &form) {
                Ok((_, body)) if segment == "Streams" => {
                    let mut store = self.inner.store();
                    if starting {
                        self.inner.open_stream(&mut store, &self.sid, &body, &form);
                    } else {
                        let sid = body["sid"].as_str().unwrap_or_default();
                        Inner::stop_streams(&mut store, &self.sid, Some(sid));
                    }
                }
                Ok(_) => {}
                Err((code, message)) => {
                    self.notice(
                        Some(code),
                        format!("<{}><{}>: {message}", verb.name, noun.name),
                    );
                }
            }
        }
    }

    /// A POST under this call's `/Calls/{CallSid}/` (`rest`), answered as the REST API
    /// answers it, its callbacks sent: the account and the JSON answered, or Twilio's code
    /// and message.
    pub(super) fn subresource(
        &mut self,
        rest: &str,
        form: &[(String, String)],
    ) -> Result<(String, serde_json::Value), (u32, String)> {
        let mut store = self.inner.store();
        let Some(account) = store.find(&self.sid).map(|c| c.account_sid.clone()) else {
            return Err((20404, format!("the call {} is gone", self.sid)));
        };
        let ask = crate::subresources::Ask {
            method: "POST",
            account: &account,
            call_sid: &self.sid,
            rest,
            query: &[],
            form,
        };
        let answer = crate::subresources::respond(&mut store, &ask)
            .map_err(|failure| failure.code_and_message())?;
        self.inner.send_callbacks(&mut store, answer.callbacks);
        Ok((account, answer.body.unwrap_or_default()))
    }
}

/// The `Confidence` a spoken answer is given: Twilio's recogniser reports one between 0 and 1.
const SPEECH_CONFIDENCE: &str = "0.9";

/// Where `element`'s callbacks go: the URL in attribute `name` (resolved against the current
/// document's), `{name}Method` (POST by default) and the events of `{name}Event` (space
/// separated; `completed` by default).
pub(super) fn callback_target(
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
pub(super) fn absolute(base: Option<&str>, url: &str) -> String {
    base.and_then(|b| reqwest::Url::parse(b).ok())
        .and_then(|b| b.join(url).ok())
        .map_or_else(|| url.to_owned(), String::from)
}

/// A whole number of seconds from attribute `name`, `default` when absent or not one.
pub(super) fn seconds(verb: &Element, name: &str, default: u64) -> Duration {
    Duration::from_secs(
        verb.attribute(name)
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(default),
    )
}

/// `GET` or `POST` from attribute `name`; `POST` when absent or neither.
pub(super) fn method_of(verb: &Element, name: &str) -> String {
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
        if key == "Url" {
            form.push((key, crate::realtime::websocket_url(base, value)));
        } else if key.ends_with("Callback") || key.ends_with("CallbackUrl") {
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
