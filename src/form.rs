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

    /// Any CreateCall body survives encoding: a form decoder reads back exactly the
    /// parameters that were set, in order, arrays as repeated keys, whatever the text holds.
    mod round_trip {
        use proptest::prelude::*;

        use super::super::encode;
        use crate::generated::types::CreateCallRequest;

        fn text() -> impl Strategy<Value = String> {
            // Any Unicode, weighted towards the characters forms treat specially.
            prop_oneof![any::<String>(), "[ &=+%#;?/<>\"'\\\r\n\t\u{0}ü€😀]{0,12}"]
        }

        proptest! {
            #[test]
            fn a_form_decoder_reads_back_every_parameter(
                to in text(),
                from in text(),
                twiml in proptest::option::of(text()),
                events in proptest::collection::vec(text(), 0..4),
                record in proptest::option::of(any::<bool>()),
                timeout in proptest::option::of(any::<i64>()),
                send_digits in proptest::option::of(text()),
            ) {
                let mut body: CreateCallRequest = CreateCallRequest::builder()
                    .to(to.clone())
                    .from(from.clone())
                    .try_into()
                    .unwrap();
                body.twiml = twiml.clone();
                body.status_callback_event = events.iter().map(|e| e.as_str().into()).collect();
                body.record = record;
                body.timeout = timeout;
                body.send_digits = send_digits.clone();

                let encoded = encode("body", &body).unwrap();
                let decoded: Vec<(String, String)> =
                    form_urlencoded::parse(encoded.as_bytes()).into_owned().collect();

                // Serialization follows the generated struct's field order.
                let mut expected = vec![("From".to_owned(), from)];
                expected.extend(record.map(|r| ("Record".to_owned(), r.to_string())));
                expected.extend(send_digits.map(|d| ("SendDigits".to_owned(), d)));
                expected.extend(events.into_iter().map(|e| ("StatusCallbackEvent".to_owned(), e)));
                expected.extend(timeout.map(|t| ("Timeout".to_owned(), t.to_string())));
                expected.push(("To".to_owned(), to));
                expected.extend(twiml.map(|t| ("Twiml".to_owned(), t)));
                prop_assert_eq!(decoded, expected);
                // Only unreserved characters and escapes go on the wire.
                prop_assert!(encoded.bytes().all(|b| b.is_ascii_graphic() && b != b' '));
            }
        }
    }
}
