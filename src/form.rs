//! Form encoding of request bodies the way Twilio reads them: keys exactly as the spec names
//! them, arrays as repeated keys (`StatusCallbackEvent=initiated&StatusCallbackEvent=ringing`;
//! Twilio rejects comma-joined lists with error 21626, and the `Key[]=` form is a quirk of
//! mock servers, not Twilio's), booleans as `true`/`false`, unset parameters left out.
//!
//! `serde_urlencoded`, which the generated client uses, cannot encode sequences at all;
//! `serde_html_form` writes them as repeated keys.

use serde::Serialize;

use crate::Error;

/// Encodes `body` as `application/x-www-form-urlencoded`.
pub(crate) fn encode<T: Serialize>(what: &'static str, body: &T) -> Result<String, Error> {
    serde_html_form::to_string(body)
        .map_err(|e| Error::invalid(what, format!("cannot be form-encoded: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Body {
        #[serde(rename = "To")]
        to: String,
        #[serde(rename = "StatusCallbackEvent", skip_serializing_if = "Vec::is_empty")]
        events: Vec<crate::CallEvent>,
        #[serde(rename = "Record", skip_serializing_if = "Option::is_none")]
        record: Option<bool>,
        #[serde(rename = "Twiml", skip_serializing_if = "Option::is_none")]
        twiml: Option<String>,
    }

    #[test]
    fn arrays_repeat_keys_and_values_are_escaped() {
        let body = Body {
            to: "+1 555".into(),
            events: vec!["initiated".into(), "ringing".into()],
            record: Some(false),
            twiml: Some("<Say>a&b=ü</Say>".into()),
        };
        assert_eq!(
            encode("body", &body).unwrap(),
            "To=%2B1+555&StatusCallbackEvent=initiated&StatusCallbackEvent=ringing\
             &Record=false&Twiml=%3CSay%3Ea%26b%3D%C3%BC%3C%2FSay%3E"
        );
    }

    #[test]
    fn unset_parameters_are_absent() {
        let body = Body {
            to: "x".into(),
            events: vec![],
            record: None,
            twiml: None,
        };
        assert_eq!(encode("body", &body).unwrap(), "To=x");
    }
}
