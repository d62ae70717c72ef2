//! Media and AI sessions: `<Connect>`, `<Start>`, `<Stop>` and their nouns (`<Stream>`,
//! `<Parameter>`, `<Transcription>`, `<Siprec>`, `<ConversationRelay>`, `<Language>`).

use std::borrow::Cow;

use super::element::Element;
use super::values::*;
use crate::types::HttpMethod;

element! {
    /// `<Connect>`: connects the call to something other than a phone, here a media stream.
    Connect = "Connect";
    /// Where to go when the connection ends.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
}

element! {
    /// `<Start>`: starts something alongside the call (a media stream) and goes on with the
    /// next verb.
    Start = "Start";
    /// Where to report what was started.
    action: text => "action";
    /// How to request `action`.
    method: one HttpMethod => "method";
}

element! {
    /// `<Stop>`: stops what `<Start>` started.
    Stop = "Stop";
}

element! {
    /// `<Stream>` inside `<Connect>`, `<Start>` or `<Stop>`: a media stream over WebSocket.
    Stream = "Stream";
    /// A name, to stop this stream later.
    name: text => "name";
    /// The `wss://` URL to stream to.
    url: text => "url";
    /// Which audio to stream.
    track: one StreamTrack => "track";
    /// The name of a Stream Connector to stream to instead of `url`.
    connector_name: text => "connectorName";
    /// The audio encoding, e.g. `audio/x-mulaw`.
    audio_format: text => "audioFormat";
    /// The audio sample rate in Hz, e.g. `8000`.
    sample_rate: number => "sampleRate";
    /// Where to send stream status.
    status_callback: text => "statusCallback";
    /// How to request `statusCallback`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
}

element! {
    /// `<Parameter>` inside `<Stream>` or `<Client>`: a custom name/value pair.
    Parameter = "Parameter";
}

impl Parameter {
    /// `<Parameter name=… value=…/>`.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        let mut element = Element::new("Parameter");
        element
            .attributes
            .insert(Cow::Borrowed("name"), name.into());
        element
            .attributes
            .insert(Cow::Borrowed("value"), value.into());
        Self(element)
    }
}

element! {
    /// `<Transcription>` inside `<Start>` or `<Stop>`: real-time transcription of the call.
    Transcription = "Transcription";
    /// A name, to stop this transcription later.
    name: text => "name";
    /// Which audio to transcribe.
    track: one StreamTrack => "track";
    /// Where to send the transcription's events and results.
    status_callback_url: text => "statusCallbackUrl";
    /// How to request `statusCallbackUrl`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
    /// A label for the inbound track in the results.
    inbound_track_label: text => "inboundTrackLabel";
    /// A label for the outbound track in the results.
    outbound_track_label: text => "outboundTrackLabel";
    /// Whether interim results are sent.
    partial_results: flag => "partialResults";
    /// The language, e.g. `en-US`.
    language_code: text => "languageCode";
    /// The engine, e.g. `google`, `deepgram`.
    transcription_engine: text => "transcriptionEngine";
    /// Whether to mask profanity.
    profanity_filter: flag => "profanityFilter";
    /// The engine's speech model, e.g. `telephony`.
    speech_model: text => "speechModel";
    /// Words or phrases likely to be said, comma-separated.
    hints: text => "hints";
    /// Whether punctuation is added.
    enable_automatic_punctuation: flag => "enableAutomaticPunctuation";
    /// The Conversational Intelligence Service (SID or unique name) to send results to.
    intelligence_service: text => "intelligenceService";
}

element! {
    /// `<Siprec>` inside `<Start>` or `<Stop>`: forks the call's audio to a SIPREC recorder.
    Siprec = "Siprec";
    /// A name, to stop this session later.
    name: text => "name";
    /// The SIPREC connector (Marketplace add-on) to send to.
    connector_name: text => "connectorName";
    /// Which audio to send.
    track: one StreamTrack => "track";
    /// Where to send the session's status.
    status_callback: text => "statusCallback";
    /// How to request `statusCallback`.
    status_callback_method: one HttpMethod => "statusCallbackMethod";
}

element! {
    /// `<ConversationRelay>` inside `<Connect>`: connects the call to a voice AI application
    /// over WebSocket, with Twilio doing speech-to-text and text-to-speech. Attributes it has
    /// no setter for go through [`attribute`](Self::attribute).
    ConversationRelay = "ConversationRelay";
    /// The `wss://` URL of the application.
    url: text => "url";
    /// The language for both speech recognition and synthesis, e.g. `en-US`.
    language: text => "language";
    /// The language for text-to-speech, when it differs.
    tts_language: text => "ttsLanguage";
    /// The language for transcription, when it differs.
    transcription_language: text => "transcriptionLanguage";
    /// The text-to-speech provider, e.g. `ElevenLabs`, `Google`, `Amazon`.
    tts_provider: text => "ttsProvider";
    /// The text-to-speech voice.
    voice: text => "voice";
    /// The speech recognition provider, e.g. `Deepgram`, `Google`.
    transcription_provider: text => "transcriptionProvider";
    /// The speech recognition model.
    speech_model: text => "speechModel";
    /// Whether to mask profanity in transcripts.
    profanity_filter: flag => "profanityFilter";
    /// Whether key presses are reported.
    dtmf_detection: flag => "dtmfDetection";
    /// What is said when the session connects.
    welcome_greeting: text => "welcomeGreeting";
    /// Whether and how the caller can interrupt the greeting (`any`, `none`, `speech`,
    /// `dtmf`).
    welcome_greeting_interruptible: text => "welcomeGreetingInterruptible";
    /// Whether and how the caller can interrupt speech (`any`, `none`, `speech`, `dtmf`).
    interruptible: text => "interruptible";
    /// Whether new speech or media may cut off what is playing.
    preemptible: flag => "preemptible";
    /// Whether partial prompts are sent before the caller finishes speaking.
    partial_prompts: flag => "partialPrompts";
    /// Words or phrases likely to be said, comma-separated.
    hints: text => "hints";
    /// The Conversational Intelligence Service (SID or unique name) to send the session to.
    intelligence_service: text => "intelligenceService";
    /// How easily speech interrupts (`low`, `medium`, `high`).
    interrupt_sensitivity: text => "interruptSensitivity";
    /// Debugging options, space-separated (e.g. `debugging speaker-events`).
    debug: text => "debug";
    /// Events to receive as `info` messages, space-separated (`speaker-events
    /// tokens-played`).
    events: text => "events";
    /// Whether Deepgram formats transcripts (numbers, dates…): `true` by default.
    deepgram_smart_format: flag => "deepgramSmartFormat";
    /// What the caller may say or press while the agent speaks that is still reported
    /// (`none`, `dtmf`, `speech`, `any`).
    report_input_during_agent_speech: text => "reportInputDuringAgentSpeech";
    /// ElevenLabs text normalization (`on`, `auto`, `off`).
    elevenlabs_text_normalization: text => "elevenlabsTextNormalization";
    /// Whether short acknowledgements ("uh-huh") are ignored rather than interrupting.
    ignore_backchannel: flag => "ignoreBackchannel";
    /// How long a pause ends the caller's turn: `auto` or milliseconds.
    speech_timeout: text => "speechTimeout";
    /// Whether background noise is reduced before recognition.
    background_noise_reduction: flag => "backgroundNoiseReduction";
}

element! {
    /// `<Language>` inside `<ConversationRelay>`: settings for one language the session may
    /// switch to.
    Language = "Language";
    /// The language code this applies to, e.g. `fr-FR`.
    code: text => "code";
    /// The text-to-speech provider for it.
    tts_provider: text => "ttsProvider";
    /// The text-to-speech voice for it.
    voice: text => "voice";
    /// The speech recognition provider for it.
    transcription_provider: text => "transcriptionProvider";
    /// The speech recognition model for it.
    speech_model: text => "speechModel";
    /// Words or phrases likely to be said in it.
    hints: text => "hints";
}
