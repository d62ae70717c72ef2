//! Recordings of a call: started, paused, resumed and stopped through the REST API or made
//! by a `<Record>`, listed and fetched, with their status callbacks.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use twilio_calls::Timestamp;

use super::{Answer, CallView, DayFilters, Inside, Target, page, target, timestamp};
use crate::API_VERSION;
use crate::call_state::{CallEntry, new_sid, now};
use crate::http_api::{Failure, Form};
use crate::webhooks::PendingCallback;

#[derive(Debug)]
pub(super) struct Recording {
    pub(super) sid: String,
    /// `StartCallRecordingAPI`, or `RecordVerb` for a `<Record>`'s.
    pub(super) source: &'static str,
    /// `in-progress`, `paused`, `stopped`, `completed`.
    pub(super) status: String,
    pub(super) created: DateTime<Utc>,
    pub(super) updated: DateTime<Utc>,
    pub(super) channels: u8,
    pub(super) track: String,
    pub(super) callback: Option<Target>,
    /// Seconds recorded before the current stretch, and when that stretch started.
    pub(super) recorded: i64,
    pub(super) resumed: Option<DateTime<Utc>>,
}

impl Recording {
    pub(super) fn is_live(&self) -> bool {
        matches!(self.status.as_str(), "in-progress" | "paused")
    }

    pub(super) fn duration(&self, at: DateTime<Utc>) -> i64 {
        self.recorded
            + self
                .resumed
                .map_or(0, |from| (at - from).num_seconds().max(0))
    }
}

pub(super) fn recording_json(call: &CallView, r: &Recording) -> Value {
    let done = r.status == "completed";
    json!({
        "account_sid": call.account,
        "api_version": API_VERSION,
        "call_sid": call.sid,
        "conference_sid": null,
        "channels": r.channels,
        "date_created": timestamp(r.created),
        "date_updated": timestamp(r.updated),
        "start_time": timestamp(r.created),
        "price": if done { json!("-0.0025") } else { Value::Null },
        "price_unit": if done { json!("USD") } else { Value::Null },
        "duration": if done { json!(r.recorded.to_string()) } else { Value::Null },
        "sid": r.sid,
        "source": r.source,
        "status": r.status,
        "error_code": null,
        "encryption_details": null,
        "track": r.track,
        "uri": call.uri("Recordings", Some(&r.sid)),
    })
}

/// The recording status callback for `event`, if the recording asked for it.
pub(super) fn recording_callback(
    call: &CallView,
    r: &Recording,
    event: &str,
    at: DateTime<Utc>,
) -> Option<PendingCallback> {
    let target = r.callback.as_ref()?;
    if !target.events.iter().any(|e| e == event) {
        return None;
    }
    let mut params = vec![
        ("RecordingSid", r.sid.clone()),
        (
            "RecordingUrl",
            format!(
                "https://api.twilio.com{}",
                call.uri("Recordings", Some(&r.sid))
                    .trim_end_matches(".json")
            ),
        ),
        ("RecordingStatus", event.to_owned()),
        ("RecordingChannels", r.channels.to_string()),
        ("RecordingSource", r.source.to_owned()),
        ("RecordingStartTime", Timestamp::from(r.created).to_string()),
        ("RecordingTrack", r.track.clone()),
    ];
    if event == "completed" {
        params.push(("RecordingDuration", r.duration(at).to_string()));
        params.push(("ErrorCode", "0".to_owned()));
    }
    Some(call.callback(target, &format!("recording-{event}"), params))
}

impl Inside {
    pub(super) fn recording(&self, sid: &str) -> Option<&Recording> {
        self.recordings.iter().find(|r| r.sid == sid)
    }

    pub(super) fn start_recording(
        &mut self,
        call: &CallView,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        form.check_spec("CreateCallRecording")?;
        call.in_progress("a recording")?;
        let channels = match form.get("RecordingChannels") {
            None | Some("mono") => 1,
            Some("dual") => 2,
            Some(other) => {
                return Err(Failure::invalid(
                    "RecordingChannels",
                    &format!("mono or dual, not {other}"),
                ));
            }
        };
        let track = match form.get("RecordingTrack") {
            None => "both",
            Some(t @ ("inbound" | "outbound" | "both")) => t,
            Some(other) => {
                return Err(Failure::invalid(
                    "RecordingTrack",
                    &format!("inbound, outbound or both, not {other}"),
                ));
            }
        };
        let at = now();
        let recording = Recording {
            sid: new_sid("RE"),
            source: "StartCallRecordingAPI",
            status: "in-progress".into(),
            created: at,
            updated: at,
            channels,
            track: track.to_owned(),
            callback: target(
                form,
                "RecordingStatusCallback",
                "RecordingStatusCallbackMethod",
                Some("RecordingStatusCallbackEvent"),
                &["completed"],
            )?,
            recorded: 0,
            resumed: Some(at),
        };
        let callbacks = recording_callback(call, &recording, "in-progress", at)
            .into_iter()
            .collect();
        let body = recording_json(call, &recording);
        self.recordings.push(recording);
        Ok(Answer {
            status: 201,
            body: Some(body),
            callbacks,
        })
    }

    pub(super) fn update_recording(
        &mut self,
        call: &CallView,
        sid: &str,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        let status = form
            .get("Status")
            .ok_or_else(|| Failure::bad_request(21201, "Status is required"))?
            .to_owned();
        let recording = self
            .recordings
            .iter_mut()
            .find(|r| r.sid == sid || (sid == "Twilio.CURRENT" && r.is_live()))
            .ok_or_else(|| Failure::not_found(&call.uri("Recordings", Some(sid))))?;
        if !recording.is_live() {
            return Err(Failure::bad_request(
                21220,
                format!(
                    "Invalid recording state: {} is {}",
                    recording.sid, recording.status
                ),
            ));
        }
        let at = now();
        let mut callbacks = Vec::new();
        match status.as_str() {
            "paused" => {
                if let Some(from) = recording.resumed.take() {
                    recording.recorded += (at - from).num_seconds().max(0);
                }
                if let Some(b) = form.get("PauseBehavior")
                    && b != "skip"
                    && b != "silence"
                {
                    return Err(Failure::invalid("PauseBehavior", "skip or silence"));
                }
            }
            "in-progress" => {
                recording.resumed.get_or_insert(at);
            }
            "stopped" => {
                recording.recorded = recording.duration(at);
                recording.resumed = None;
            }
            other => {
                return Err(Failure::invalid(
                    "Status",
                    &format!("paused, in-progress or stopped, not {other}"),
                ));
            }
        }
        recording.status = status.clone();
        recording.updated = at;
        let body = recording_json(call, recording);
        if status == "stopped" {
            // Processed at once: the resource is complete, and says so to its callback.
            recording.status = "completed".into();
            callbacks.extend(recording_callback(call, recording, "completed", at));
        }
        Ok(Answer {
            status: 200,
            body: Some(body),
            callbacks,
        })
    }

    pub(super) fn list_recordings(
        &self,
        call: &CallView,
        query: &[(String, String)],
    ) -> Result<Answer, Failure> {
        let created = DayFilters::read(&Form(query), "DateCreated")?;
        let items: Vec<Value> = self
            .recordings
            .iter()
            .rev()
            .filter(|r| created.match_day(r.created))
            .map(|r| recording_json(call, r))
            .collect();
        Ok(Answer::json(
            200,
            page(call, "Recordings", "recordings", &items, query)?,
        ))
    }

    /// A `<Record>`'s recording, made: `seconds` long from `started`, completed at once.
    /// Returns its `RecordingUrl` and the callbacks it owes.
    pub(crate) fn record_verb(
        &mut self,
        call: &CallEntry,
        started: DateTime<Utc>,
        seconds: i64,
        callback: Option<crate::call_state::StatusCallbackTarget>,
    ) -> (String, Vec<PendingCallback>) {
        let view = CallView::of(call);
        let at = now();
        let recording = Recording {
            sid: new_sid("RE"),
            source: "RecordVerb",
            status: "completed".into(),
            created: started,
            updated: at,
            channels: 1,
            track: "inbound".into(),
            callback: callback.map(|t| Target {
                url: t.url,
                method: t.method,
                events: t.events,
            }),
            recorded: seconds,
            resumed: None,
        };
        let mut callbacks = Vec::new();
        if recording
            .callback
            .as_ref()
            .is_some_and(|t| t.events.iter().any(|e| e == "in-progress"))
        {
            callbacks.extend(recording_callback(
                &view,
                &recording,
                "in-progress",
                started,
            ));
        }
        callbacks.extend(recording_callback(&view, &recording, "completed", at));
        let url = format!(
            "https://api.twilio.com/{API_VERSION}/Accounts/{}/Recordings/{}",
            view.account, recording.sid
        );
        self.recordings.push(recording);
        (url, callbacks)
    }
}
