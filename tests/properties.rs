//! Randomized checks of what faces untrusted input from outside the client: the webhook
//! signature validator and the status-callback parser. (The form encoder, the response
//! decoders and the SID checks have theirs beside their code, in `src/`.)

use proptest::prelude::*;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use twilio_calls::webhook::{
    Algorithm, RequestValidator, SIGNATURE_HEADER, SIGNATURE_SETTINGS_HEADER, StatusCallback,
};

fn url() -> impl Strategy<Value = String> {
    (
        prop_oneof!["https", "http"],
        "[a-z]{1,10}(\\.[a-z]{2,5}){1,2}",
        proptest::option::of(0u16..),
        "(/[a-zA-Z0-9._~%-]{0,8}){0,3}",
        // Not an empty query: like twilio-python, the validator reads `https://a.b?` as
        // `https://a.b`, which Twilio would have signed.
        proptest::option::of("[a-zA-Z0-9=&%+._-]{1,20}"),
    )
        .prop_map(|(scheme, host, port, path, query)| {
            let port = port.map(|p| format!(":{p}")).unwrap_or_default();
            let query = query.map(|q| format!("?{q}")).unwrap_or_default();
            format!("{scheme}://{host}{port}{path}{query}")
        })
}

fn params() -> impl Strategy<Value = Vec<(String, String)>> {
    proptest::collection::vec(("\\PC{0,8}", "\\PC{0,12}"), 0..6)
}

proptest! {
    #[test]
    fn a_signature_validates_for_exactly_what_was_signed(
        token in "\\PC{1,20}",
        url in url(),
        params in params(),
        sha256 in any::<bool>(),
        extra in ("[A-Z][a-z]{0,6}", "\\PC{0,6}"),
    ) {
        let validator = RequestValidator::new(token.as_str());
        let algorithm = if sha256 { Algorithm::HmacSha256 } else { Algorithm::HmacSha1 };
        let signature = validator.sign_with(algorithm, &url, &params);
        let signed = twilio_calls::webhook::Signature::new(&signature, algorithm);
        prop_assert!(validator.validate(&url, &params, signed));

        // Another parameter, another token, or another URL: refused.
        let mut more = params.clone();
        if !params.contains(&extra) {
            more.push(extra);
            prop_assert!(!validator.validate(&url, &more, signed));
        }
        let other = RequestValidator::new(format!("{token}x"));
        prop_assert!(!other.validate(&url, &params, signed));
        let moved = format!("{url}/x");
        prop_assert!(!validator.validate(&moved, &params, signed));
    }

    #[test]
    fn any_signature_header_and_body_is_refused_or_accepted_without_panicking(
        token in "\\PC{1,20}",
        url in "\\PC{0,60}",
        signature in "\\PC{0,40}",
        settings in proptest::option::of("\\PC{0,30}"),
        content_type in proptest::option::of("\\PC{0,40}"),
        body in proptest::collection::vec(any::<u8>(), 0..200),
    ) {
        let validator = RequestValidator::new(token);
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(&signature) {
            headers.insert(SIGNATURE_HEADER, value);
        }
        if let Some(Ok(value)) = settings.as_deref().map(HeaderValue::from_str) {
            headers.insert(SIGNATURE_SETTINGS_HEADER, value);
        }
        if let Some(Ok(value)) = content_type.as_deref().map(HeaderValue::from_str) {
            headers.insert(CONTENT_TYPE, value);
        }
        // A random signature never matches (a forgery this easy would be a bug).
        prop_assert!(validator.verify(&url, &headers, &body).is_err());
        prop_assert!(!validator.validate(&url, [("a", "b")], signature.as_str()));
        prop_assert!(!validator.validate_body(&url, &body, signature.as_str()));
    }

    #[test]
    fn status_callbacks_parse_or_fail_without_panicking(
        body in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..300),
            proptest::collection::vec(
                (
                    prop_oneof!["CallSid", "AccountSid", "CallStatus", "CallDuration", "Timestamp", "SequenceNumber", "\\PC{0,6}"],
                    "\\PC{0,20}",
                ),
                0..10,
            )
            .prop_map(|pairs| {
                form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(pairs)
                    .finish()
                    .into_bytes()
            }),
        ]
    ) {
        if let Ok(callback) = StatusCallback::from_form(&body) {
            // What parsed is what was sent.
            let sent: Vec<(String, String)> =
                form_urlencoded::parse(&body).into_owned().collect();
            let sid = sent.iter().find(|(k, _)| k == "CallSid").map(|(_, v)| v.as_str());
            prop_assert_eq!(Some(callback.call_sid.as_str()), sid);
        }
    }
}
