//! What each element holds: text (`text_content!`), nothing of its own
//! (`empty_content!`), or which children (`nests!`).

use super::dial::{Client, Conference, Dial, Number, Queue, Sip};
use super::element::Element;
use super::streams::{
    Connect, ConversationRelay, Language, Parameter, Siprec, Start, Stop, Stream, Transcription,
};
use super::verbs::{Enqueue, Gather, Hangup, Leave, Pause, Play, Record, Redirect, Reject, Say};

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
