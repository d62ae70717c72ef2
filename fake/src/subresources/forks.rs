//! Forks of a call's audio: media streams, real-time transcriptions and SIPREC sessions,
//! started and stopped, with their status callbacks.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::{Answer, CallView, Inside, Target, target, timestamp};
use crate::call_state::{new_sid, now};
use crate::http_api::{Failure, Form};
use crate::webhooks::PendingCallback;

/// What a fork of the call's audio is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ForkKind {
    Stream,
    Transcription,
    Siprec,
}

impl ForkKind {
    pub(super) fn of(segment: &str) -> Option<Self> {
        Some(match segment {
            "Streams" => Self::Stream,
            "Transcriptions" => Self::Transcription,
            "Siprec" => Self::Siprec,
            _ => return None,
        })
    }

    pub(super) fn segment(self) -> &'static str {
        match self {
            Self::Stream => "Streams",
            Self::Transcription => "Transcriptions",
            Self::Siprec => "Siprec",
        }
    }

    pub(super) fn prefix(self) -> &'static str {
        match self {
            Self::Stream => "MZ",
            Self::Transcription => "GT",
            Self::Siprec => "SR",
        }
    }

    /// The operation whose form creates it (for its URL and method parameters).
    pub(super) fn create_operation(self) -> &'static str {
        match self {
            Self::Stream => "CreateStream",
            Self::Transcription => "CreateRealtimeTranscription",
            Self::Siprec => "CreateSiprec",
        }
    }

    /// The callback's event and SID parameter names, and its events' words.
    pub(super) fn callback_names(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Self::Stream => (
                "StreamEvent",
                "StreamSid",
                "stream-started",
                "stream-stopped",
            ),
            Self::Transcription => (
                "TranscriptionEvent",
                "TranscriptionSid",
                "transcription-started",
                "transcription-stopped",
            ),
            Self::Siprec => (
                "SiprecEvent",
                "SiprecSid",
                "siprec-started",
                "siprec-stopped",
            ),
        }
    }
}

#[derive(Debug)]
pub(super) struct Fork {
    pub(super) kind: ForkKind,
    pub(super) sid: String,
    pub(super) name: Option<String>,
    /// `in-progress` or `stopped`.
    pub(super) status: String,
    pub(super) updated: DateTime<Utc>,
    pub(super) callback: Option<Target>,
}

/// A fork's status callback on starting or stopping, if it has a callback URL.
pub(super) fn fork_callback(
    call: &CallView,
    fork: &Fork,
    started: bool,
    at: DateTime<Utc>,
) -> Option<PendingCallback> {
    let target = fork.callback.as_ref()?;
    let (event_key, sid_key, on_start, on_stop) = fork.kind.callback_names();
    let event = if started { on_start } else { on_stop };
    let mut params = vec![
        (sid_key, fork.sid.clone()),
        (event_key, event.to_owned()),
        (
            "Timestamp",
            at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ),
    ];
    if let Some(name) = &fork.name {
        params.push(("Name", name.clone()));
    }
    Some(call.callback(target, event, params))
}

pub(super) fn fork_json(call: &CallView, fork: &Fork) -> Value {
    json!({
        "account_sid": call.account,
        "call_sid": call.sid,
        "sid": fork.sid,
        "name": fork.name,
        "status": fork.status,
        "date_updated": timestamp(fork.updated),
        "uri": call.uri(fork.kind.segment(), Some(&fork.sid)),
    })
}

impl Inside {
    pub(super) fn start_fork(
        &mut self,
        call: &CallView,
        kind: ForkKind,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        form.check_spec(kind.create_operation())?;
        if kind == ForkKind::Stream {
            let url = form
                .get("Url")
                .ok_or_else(|| Failure::bad_request(21201, "Url is required"))?;
            // Twilio takes only wss://; the fake also takes ws://, for apps on loopback.
            let websocket = |u: &reqwest::Url| matches!(u.scheme(), "wss" | "ws") && u.has_host();
            if !reqwest::Url::parse(url).is_ok_and(|u| websocket(&u)) {
                return Err(Failure::bad_request(
                    21205,
                    format!("Url is not a valid wss:// URL: {url}"),
                ));
            }
        }
        call.in_progress(match kind {
            ForkKind::Stream => "a media stream",
            ForkKind::Transcription => "a transcription",
            ForkKind::Siprec => "a SIPREC session",
        })?;
        if let Some(track) = form.get("Track")
            && !matches!(track, "inbound_track" | "outbound_track" | "both_tracks")
        {
            return Err(Failure::invalid(
                "Track",
                "inbound_track, outbound_track or both_tracks",
            ));
        }
        let name = form.get("Name").map(str::to_owned);
        if let Some(name) = &name
            && self
                .forks
                .iter()
                .any(|f| f.kind == kind && f.name.as_deref() == Some(name))
        {
            return Err(Failure::bad_request(
                20001,
                format!(
                    "A {} named {name:?} already exists on this call",
                    kind.segment()
                ),
            ));
        }
        // Custom parameters: a value needs its name.
        for (key, _) in form.0 {
            if let Some(number) = key
                .strip_prefix("Parameter")
                .and_then(|k| k.strip_suffix(".Value"))
                && form.get(&format!("Parameter{number}.Name")).is_none()
            {
                return Err(Failure::invalid(
                    key,
                    &format!("needs Parameter{number}.Name"),
                ));
            }
        }
        let (url_key, method_key) = match kind {
            ForkKind::Transcription => ("StatusCallbackUrl", "StatusCallbackMethod"),
            _ => ("StatusCallback", "StatusCallbackMethod"),
        };
        let at = now();
        let fork = Fork {
            kind,
            sid: new_sid(kind.prefix()),
            name,
            status: "in-progress".into(),
            updated: at,
            callback: target(form, url_key, method_key, None, &["started", "stopped"])?,
        };
        let callbacks = fork_callback(call, &fork, true, at).into_iter().collect();
        let body = fork_json(call, &fork);
        self.forks.push(fork);
        Ok(Answer {
            status: 200,
            body: Some(body),
            callbacks,
        })
    }

    pub(super) fn stop_fork(
        &mut self,
        call: &CallView,
        kind: ForkKind,
        sid: &str,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        match form.get("Status") {
            Some("stopped") => {}
            Some(other) => {
                return Err(Failure::invalid("Status", &format!("stopped, not {other}")));
            }
            None => return Err(Failure::bad_request(21201, "Status is required")),
        }
        // By SID or by the name it was given.
        let fork = self
            .forks
            .iter_mut()
            .filter(|f| f.kind == kind)
            .find(|f| f.sid == sid || f.name.as_deref() == Some(sid))
            .ok_or_else(|| Failure::not_found(&call.uri(kind.segment(), Some(sid))))?;
        let at = now();
        let mut callbacks = Vec::new();
        if fork.status != "stopped" {
            fork.status = "stopped".into();
            fork.updated = at;
            callbacks.extend(fork_callback(call, fork, false, at));
        }
        Ok(Answer {
            status: 200,
            body: Some(fork_json(call, fork)),
            callbacks,
        })
    }
}
