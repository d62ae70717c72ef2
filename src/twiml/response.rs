//! [`VoiceResponse`]: the `<Response>` document, its verbs in order, written out.

use std::borrow::Cow;
use std::fmt;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, Event};

use super::dial::Dial;
use super::element::{Element, TwimlError};
use super::streams::{Connect, Start, Stop};
use super::verbs::{Enqueue, Gather, Hangup, Leave, Pause, Play, Record, Redirect, Reject, Say};

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
    use crate::twiml::dial::Sip;

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
