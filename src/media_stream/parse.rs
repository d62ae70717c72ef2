//! Reading Media Streams messages from JSON: one function per event, tolerant of counters
//! as numbers or strings, keeping the fields this version does not know.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::{Map, Value};

use super::{
    Connected, Dtmf, Mark, Media, MediaFormat, ParseError, SAMPLE_RATE, Start, Stop, Track,
};

pub(super) fn connected(mut fields: Fields) -> Result<Connected, ParseError> {
    Ok(Connected {
        protocol: fields.string("protocol")?,
        version: fields.string("version")?,
        extra: fields.0,
    })
}

pub(super) fn start(mut fields: Fields) -> Result<Start, ParseError> {
    let sequence_number = fields.number_opt("sequenceNumber")?;
    let outer_sid = fields.string_opt("streamSid");
    let mut start = fields.object("start")?;
    let stream_sid = match start.string_opt("streamSid") {
        Some(sid) => sid,
        None => outer_sid.ok_or_else(|| missing("streamSid"))?,
    };
    let tracks = match start.0.remove("tracks") {
        Some(Value::Array(tracks)) => tracks
            .iter()
            .filter_map(Value::as_str)
            .map(Track::from_wire)
            .collect(),
        _ => Vec::new(),
    };
    let custom_parameters = match start.0.remove("customParameters") {
        Some(Value::Object(parameters)) => parameters
            .into_iter()
            .map(|(k, v)| (k, text_of(v)))
            .collect(),
        _ => Vec::new(),
    };
    let media_format = media_format(start.0.remove("mediaFormat"))?;
    Ok(Start {
        sequence_number,
        account_sid: start.string("accountSid")?,
        call_sid: start.string("callSid")?,
        stream_sid,
        tracks,
        custom_parameters,
        media_format,
        extra: fields.merge(start),
    })
}

/// `start.mediaFormat`, Twilio's constant one where it is missing.
pub(super) fn media_format(value: Option<Value>) -> Result<MediaFormat, ParseError> {
    let Some(Value::Object(format)) = value else {
        return Ok(MediaFormat {
            encoding: "audio/x-mulaw".to_owned(),
            sample_rate: SAMPLE_RATE,
            channels: 1,
        });
    };
    let mut format = Fields(format);
    Ok(MediaFormat {
        encoding: format
            .string_opt("encoding")
            .unwrap_or_else(|| "audio/x-mulaw".to_owned()),
        sample_rate: format
            .number_opt("sampleRate")?
            .map_or(SAMPLE_RATE, |r| r as u32),
        channels: format.number_opt("channels")?.map_or(1, |c| c as u16),
    })
}

pub(super) fn media(mut fields: Fields) -> Result<Media, ParseError> {
    let sequence_number = fields.number_opt("sequenceNumber")?;
    let stream_sid = fields.string("streamSid")?;
    let mut media = fields.object("media")?;
    let payload = decode_payload(&media.string("payload")?)?;
    Ok(Media {
        sequence_number,
        stream_sid,
        track: Track::from_wire(&media.string_opt("track").unwrap_or_default()),
        chunk: media.number_opt("chunk")?.unwrap_or(0),
        timestamp: media.number_opt("timestamp")?.unwrap_or(0),
        payload,
        extra: fields.merge(media),
    })
}

pub(super) fn dtmf(mut fields: Fields) -> Result<Dtmf, ParseError> {
    let sequence_number = fields.number_opt("sequenceNumber")?;
    let stream_sid = fields.string("streamSid")?;
    let mut dtmf = fields.object("dtmf")?;
    let track = dtmf
        .string_opt("track")
        .unwrap_or_else(|| "inbound".to_owned());
    Ok(Dtmf {
        sequence_number,
        stream_sid,
        track: Track::from_wire(&track),
        digit: dtmf.string("digit")?,
        extra: fields.merge(dtmf),
    })
}

pub(super) fn mark(mut fields: Fields) -> Result<Mark, ParseError> {
    let sequence_number = fields.number_opt("sequenceNumber")?;
    let stream_sid = fields.string("streamSid")?;
    let mut mark = fields.object("mark")?;
    Ok(Mark {
        sequence_number,
        stream_sid,
        name: mark.string("name")?,
        extra: fields.merge(mark),
    })
}

pub(super) fn stop(mut fields: Fields) -> Result<Stop, ParseError> {
    let sequence_number = fields.number_opt("sequenceNumber")?;
    let stream_sid = fields.string("streamSid")?;
    let mut stop = fields.object("stop")?;
    Ok(Stop {
        sequence_number,
        stream_sid,
        account_sid: stop.string_opt("accountSid").unwrap_or_default(),
        call_sid: stop.string_opt("callSid").unwrap_or_default(),
        extra: fields.merge(stop),
    })
}

pub(super) fn decode_payload(payload: &str) -> Result<Vec<u8>, ParseError> {
    BASE64
        .decode(payload)
        .map_err(|e| ParseError::new(format!("the payload is not base64: {e}")))
}

pub(super) fn missing(name: &str) -> ParseError {
    ParseError::new(format!("no {name:?}"))
}

/// A string, or the text of a number (Twilio's examples disagree on which it sends).
pub(super) fn text_of(value: Value) -> String {
    match value {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

/// A message's fields, taken one by one; what is left is its `extra`.
pub(super) struct Fields(pub(super) Map<String, Value>);

impl Fields {
    pub(super) fn string_opt(&mut self, name: &str) -> Option<String> {
        match self.0.remove(name)? {
            Value::Null => None,
            other => Some(text_of(other)),
        }
    }

    pub(super) fn string(&mut self, name: &str) -> Result<String, ParseError> {
        self.string_opt(name).ok_or_else(|| missing(name))
    }

    /// A counter: a string holding a number (as Twilio sends it) or a number.
    pub(super) fn number_opt(&mut self, name: &str) -> Result<Option<u64>, ParseError> {
        match self.0.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n
                .as_u64()
                .map(Some)
                .ok_or_else(|| ParseError::new(format!("{name:?} is not a whole number"))),
            Some(Value::String(s)) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| ParseError::new(format!("{name:?} is not a whole number: {s:?}"))),
            Some(other) => Err(ParseError::new(format!(
                "{name:?} is not a whole number: {other}"
            ))),
        }
    }

    pub(super) fn object(&mut self, name: &str) -> Result<Fields, ParseError> {
        match self.0.remove(name) {
            Some(Value::Object(object)) => Ok(Fields(object)),
            _ => Err(ParseError::new(format!("no {name:?} object"))),
        }
    }

    /// The fields left here and in `inner` (which wins).
    pub(super) fn merge(mut self, inner: Fields) -> Map<String, Value> {
        self.0.extend(inner.0);
        self.0
    }
}
