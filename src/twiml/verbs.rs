//! The verbs that speak, listen and move the call on: `<Say>`, `<Play>`, `<Pause>`,
//! `<Gather>`, `<Record>`, `<Hangup>`, `<Redirect>`, `<Reject>`, `<Enqueue>`, `<Leave>`.

use std::borrow::Cow;

use super::element::Element;
use super::values::*;
use crate::types::{HttpMethod, Trim};

element! {
    /// `<Say>`: speaks text to the caller.
    Say = "Say";
    /// The voice, e.g. `alice`, `man`, `Polly.Joanna`, `Google.en-US-Neural2-A`.
    voice: text => "voice";
    /// The language, e.g. `en-US`.
    language: text => "language";
    /// How many times to repeat; 0 repeats until the call ends.
    loop_count: number => "loop";
}

element! {
    /// `<Play>`: plays an audio file, or DTMF tones with [`digits`](Play::digits).
    Play = "Play";
    /// How many times to repeat; 0 repeats until the call ends.
    loop_count: number => "loop";
    /// DTMF tones to play instead of a file (`w` waits half a second).
    digits: text => "digits";
}

element! {
    /// `<Pause>`: waits silently.
    Pause = "Pause";
    /// Seconds to wait (default 1).
    length: number => "length";
}

element! {
    /// `<Gather>`: collects key presses or speech, optionally while saying or playing
    /// something.
    Gather = "Gather";
    /// What to listen for.
    input: list GatherInput => "input";
    /// Where to send the result.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
    /// Seconds of silence before giving up.
    timeout: number => "timeout";
    /// Seconds of silence that end speech input.
    speech_timeout: number => "speechTimeout";
    /// Longest speech input, in seconds.
    max_speech_time: number => "maxSpeechTime";
    /// Whether to mask profanity in the transcript.
    profanity_filter: flag => "profanityFilter";
    /// The key that ends input (`#` by default; empty for none).
    finish_on_key: text => "finishOnKey";
    /// How many digits to collect.
    num_digits: number => "numDigits";
    /// Where to send interim speech results.
    partial_result_callback: text => "partialResultCallback";
    /// How to request `partialResultCallback`.
    partial_result_callback_method: one HttpMethod => "partialResultCallbackMethod";
    /// The speech recognition language, e.g. `en-US`.
    language: text => "language";
    /// Words or phrases likely to be said, comma-separated.
    hints: text => "hints";
    /// Whether input interrupts nested `<Say>`/`<Play>`.
    barge_in: flag => "bargeIn";
    /// Whether to request `action` even when nothing was gathered.
    action_on_empty_result: flag => "actionOnEmptyResult";
    /// The speech model, e.g. `phone_call`, `experimental_conversations`.
    speech_model: text => "speechModel";
    /// Whether to use the enhanced speech model.
    enhanced: flag => "enhanced";
    /// Whether to send debugging information to `action`.
    debug: flag => "debug";
}

impl Gather {
    /// Ends speech input automatically when the caller pauses (`speechTimeout="auto"`).
    pub fn speech_timeout_auto(mut self) -> Self {
        self.0
            .attributes
            .insert(Cow::Borrowed("speechTimeout"), "auto".to_owned());
        self
    }
}

element! {
    /// `<Record>`: records the caller.
    Record = "Record";
    /// Where to send the recording when it ends.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
    /// Seconds of silence that end the recording.
    timeout: number => "timeout";
    /// Keys that end the recording.
    finish_on_key: text => "finishOnKey";
    /// Longest recording, in seconds.
    max_length: number => "maxLength";
    /// Whether to beep before recording.
    play_beep: flag => "playBeep";
    /// Whether to trim silence.
    trim: one Trim => "trim";
    /// Whether to transcribe.
    transcribe: flag => "transcribe";
    /// Where to send the transcription.
    transcribe_callback: text => "transcribeCallback";
}

element! {
    /// `<Hangup>`: ends the call.
    Hangup = "Hangup";
}

element! {
    /// `<Redirect>`: continues with the TwiML at another URL.
    Redirect = "Redirect";
    /// How to request the URL.
    method: one HttpMethod => "method";
}

element! {
    /// `<Reject>`: declines an incoming call without answering (no charge).
    Reject = "Reject";
    /// What the caller hears.
    reason: one RejectReason => "reason";
}

element! {
    /// `<Enqueue>`: puts the caller in a queue.
    Enqueue = "Enqueue";
    /// Where to go when the caller leaves the queue.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
    /// Hold music or TwiML while waiting.
    wait_url: text => "waitUrl";
    /// How to request `waitUrl`.
    wait_url_method: one HttpMethod => "waitUrlMethod";
    /// The TaskRouter workflow to enqueue into.
    workflow_sid: text => "workflowSid";
    /// Most callers the queue holds.
    max_queue_size: number => "maxQueueSize";
}

element! {
    /// `<Leave>`: takes the caller out of the queue they are waiting in.
    Leave = "Leave";
}
