//! `<Dial>` and what it dials: `<Number>`, `<Client>`, `<Sip>`, `<Conference>`, `<Queue>`,
//! with the attributes they share.

use std::borrow::Cow;

use super::element::Element;
use super::values::*;
use super::verbs::Record;
use crate::types::{CallEvent, HttpMethod, MachineDetection, RecordingEvent, RecordingTrack, Trim};

element! {
    /// `<Dial>`: connects the caller to another party, given as a phone number
    /// ([`Dial::to`]) or as nested nouns.
    Dial = "Dial";
    /// Where to go when the dialled call ends.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
    /// Seconds to ring before giving up.
    timeout: number => "timeout";
    /// Whether the caller can hang up the dialled party by pressing `*`.
    hangup_on_star: flag => "hangupOnStar";
    /// Longest call, in seconds.
    time_limit: number => "timeLimit";
    /// The caller ID to present.
    caller_id: text => "callerId";
    /// Whether and how to record.
    record: one DialRecord => "record";
    /// Whether to trim silence from the recording.
    trim: one Trim => "trim";
    /// Whether to keep the caller in early media (ringing) until the dialled party answers.
    answer_on_bridge: flag => "answerOnBridge";
    /// The ringback tone's country code, e.g. `uk`.
    ring_tone: text => "ringTone";
    /// Which audio to record.
    recording_track: one RecordingTrack => "recordingTrack";
    /// Whether to dial the nested nouns one after another instead of all at once.
    sequential: flag => "sequential";
    /// Where to send a SIP REFER from the dialled party.
    refer_url: text => "referUrl";
    /// How to request `referUrl`.
    refer_method: one HttpMethod => "referMethod";
    /// Call events to report on `action`, e.g. `call-progress-events`.
    events: text => "events";
    /// SHAKEN/STIR passports to present, for calls from your own infrastructure.
    passports: text => "passports";
}

impl Dial {
    /// `<Dial>` with nothing to dial yet: add nouns with [`number`](Self::number),
    /// [`client`](Self::client), …
    pub fn new() -> Self {
        Self(Element::new("Dial"))
    }

    /// `<Dial>` of one phone number or SIP URI given as the verb's text.
    pub fn to(number: impl Into<String>) -> Self {
        Self(Element::with_text("Dial", number.into()))
    }
}

impl Default for Dial {
    fn default() -> Self {
        Self::new()
    }
}

impl From<&str> for Dial {
    fn from(number: &str) -> Self {
        Self::to(number)
    }
}

element! {
    /// `<Number>` inside `<Dial>`: a phone number.
    Number = "Number";
    /// Digits to send once the call connects.
    send_digits: text => "sendDigits";
    /// The BYOC trunk to route through.
    byoc: text => "byoc";
}

element! {
    /// `<Client>` inside `<Dial>`: a Voice SDK client, by identity.
    Client = "Client";
}

element! {
    /// `<Sip>` inside `<Dial>`: a SIP endpoint. Its password never shows in `Debug`.
    Sip = "Sip";
    /// SIP authentication user name.
    username: text => "username";
    /// SIP authentication password.
    password: text => "password";
}

element! {
    /// `<Conference>` inside `<Dial>`: a conference room, by name.
    Conference = "Conference";
    /// Whether the participant joins muted.
    muted: flag => "muted";
    /// When to beep.
    beep: one ConferenceBeep => "beep";
    /// Whether the conference starts when this participant joins.
    start_conference_on_enter: flag => "startConferenceOnEnter";
    /// Whether the conference ends when this participant leaves.
    end_conference_on_exit: flag => "endConferenceOnExit";
    /// Hold music or TwiML while waiting.
    wait_url: text => "waitUrl";
    /// How to request `waitUrl`.
    wait_method: one HttpMethod => "waitMethod";
    /// Most participants (2 to 250).
    max_participants: number => "maxParticipants";
    /// Whether to record.
    record: one ConferenceRecord => "record";
    /// The region to mix the conference in, e.g. `ie1`.
    region: text => "region";
    /// The SID of a participant to coach.
    coach: text => "coach";
    /// Where to send conference events for this participant's conference.
    event_callback_url: text => "eventCallbackUrl";
    /// The jitter buffer size: `small`, `medium`, `large` or `off`.
    jitter_buffer_size: text => "jitterBufferSize";
    /// A label for the participant, to address them by it later.
    participant_label: text => "participantLabel";
    /// Whether to trim silence from the recording.
    trim: one Trim => "trim";
    /// Which conference events to report.
    status_callback_event: list ConferenceEvent => "statusCallbackEvent";
    /// Where to send conference events.
    status_callback: text => "statusCallback";
    /// How to request `statusCallback`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
}

element! {
    /// `<Queue>` inside `<Dial>`: takes the next caller from a queue.
    Queue = "Queue";
    /// TwiML to run for the dequeued caller before connecting.
    url: text => "url";
    /// How to request `url`.
    method: one HttpMethod => "method";
    /// The TaskRouter reservation to accept.
    reservation_sid: text => "reservationSid";
    /// The TaskRouter activity to move the worker to afterwards.
    post_work_activity_sid: text => "postWorkActivitySid";
}

shared_attributes!(for Number, Client, Sip {
    /// TwiML to run for the called party before connecting.
    url: text => "url";
    /// How to request `url`.
    method: one HttpMethod => "method";
    /// Which call events to report.
    status_callback_event: list CallEvent => "statusCallbackEvent";
    /// Where to send call events.
    status_callback: text => "statusCallback";
    /// How to request `statusCallback`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
});

shared_attributes!(for Number, Sip {
    /// Answering machine detection.
    machine_detection: one MachineDetection => "machineDetection";
    /// Seconds answering machine detection may take.
    machine_detection_timeout: number => "machineDetectionTimeout";
    /// Milliseconds of speech that mean a machine answered.
    machine_detection_speech_threshold: number => "machineDetectionSpeechThreshold";
    /// Milliseconds of silence that end speech, for detection.
    machine_detection_speech_end_threshold: number => "machineDetectionSpeechEndThreshold";
    /// Milliseconds of initial silence after which detection gives up (`unknown`).
    machine_detection_silence_timeout: number => "machineDetectionSilenceTimeout";
    /// Where to send the asynchronous answering machine detection result.
    amd_status_callback: text => "amdStatusCallback";
    /// How to request `amdStatusCallback`.
    amd_status_callback_method: one HttpMethod => "amdStatusCallbackMethod";
});

shared_attributes!(for Dial, Conference, Record {
    /// The recording configuration to apply.
    recording_configuration_id: text => "recordingConfigurationId";
    /// Where to send recording status.
    recording_status_callback: text => "recordingStatusCallback";
    /// How to request `recordingStatusCallback`.
    recording_status_callback_method: one HttpMethod => "recordingStatusCallbackMethod";
    /// Which recording events to report.
    recording_status_callback_event: list RecordingEvent => "recordingStatusCallbackEvent";
});
