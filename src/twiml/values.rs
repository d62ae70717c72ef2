//! The closed sets of values TwiML attributes take (`GatherInput`, `DialRecord`, …).

values! {
    /// What `<Gather>` listens for.
    GatherInput {
        /// Key presses.
        Dtmf = "dtmf",
        /// Speech.
        Speech = "speech",
    }
}

values! {
    /// `<Dial record>`: whether and how to record the dialled call.
    DialRecord {
        /// No recording.
        DoNotRecord = "do-not-record",
        /// From when the call is answered, mono.
        RecordFromAnswer = "record-from-answer",
        /// From when it starts ringing, mono.
        RecordFromRinging = "record-from-ringing",
        /// From when the call is answered, one channel per leg.
        RecordFromAnswerDual = "record-from-answer-dual",
        /// From when it starts ringing, one channel per leg.
        RecordFromRingingDual = "record-from-ringing-dual",
    }
}

values! {
    /// `<Conference record>`.
    ConferenceRecord {
        /// No recording.
        DoNotRecord = "do-not-record",
        /// Record from when the conference starts.
        RecordFromStart = "record-from-start",
    }
}

values! {
    /// `<Conference beep>`: when to beep as participants come and go.
    ConferenceBeep {
        /// On entry and exit.
        True = "true",
        /// Never.
        False = "false",
        /// Only when someone enters.
        OnEnter = "onEnter",
        /// Only when someone leaves.
        OnExit = "onExit",
    }
}

values! {
    /// Conference events a status callback can ask for.
    ConferenceEvent {
        /// The conference started.
        Start = "start",
        /// The conference ended.
        End = "end",
        /// A participant joined.
        Join = "join",
        /// A participant left.
        Leave = "leave",
        /// A participant was muted or unmuted.
        Mute = "mute",
        /// A participant was held or unheld.
        Hold = "hold",
        /// A participant was modified.
        Modify = "modify",
        /// A participant started or stopped speaking.
        Speaker = "speaker",
        /// An announcement was played.
        Announcement = "announcement",
    }
}

values! {
    /// `<Reject reason>`: what the caller hears.
    RejectReason {
        /// A "not in service" message.
        Rejected = "rejected",
        /// A busy signal.
        Busy = "busy",
    }
}

values! {
    /// `<Stream track>`: which audio a media stream carries.
    StreamTrack {
        /// The caller's audio.
        InboundTrack = "inbound_track",
        /// The audio Twilio plays to the caller.
        OutboundTrack = "outbound_track",
        /// Both.
        BothTracks = "both_tracks",
    }
}
