//! Whatever a caller gives the TwiML builder, what it renders is one well-formed document
//! with exactly the elements built: an attribute name that is not an XML name never reaches
//! it (so it cannot inject markup), nor does a character XML 1.0 forbids. `try_to_xml`
//! names what `to_xml` leaves out. Every rendered document is parsed back with quick-xml.

mod common;

use proptest::prelude::*;
use twilio_calls::twiml::{Dial, Number, Say, TwimlError, TwimlProblem, VoiceResponse};

/// Whether XML 1.0 allows `c`.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// An ASCII XML name without colons and not reserved, checked here independently of the
/// crate: a letter or `_` to start, then also digits, `-`, `.`. (Names with other letters
/// are checked through `try_to_xml` agreeing with what is rendered.)
fn ascii_name(name: &str) -> bool {
    if name.to_ascii_lowercase().starts_with("xml") {
        return false;
    }
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

fn without_forbidden(s: &str) -> String {
    s.chars().filter(|c| xml_char(*c)).collect()
}

/// Any string, biased towards what breaks XML: markup, quotes, controls, non-characters.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,12}",
        proptest::collection::vec(
            prop_oneof![
                Just('<'),
                Just('>'),
                Just('&'),
                Just('"'),
                Just('\''),
                Just('='),
                Just(' '),
                Just('\u{0}'),
                Just('\u{1b}'),
                Just('\r'),
                Just('\n'),
                Just('\t'),
                Just('\u{FFFE}'),
                Just('\u{FFFF}'),
                Just('é'),
                Just('a'),
                Just('1'),
                Just(':'),
            ],
            0..12
        )
        .prop_map(|chars| chars.into_iter().collect()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_attribute_and_text_render_a_well_formed_document(
        name in hostile(),
        value in hostile(),
        text in hostile(),
    ) {
        let response = VoiceResponse::new()
            .say(Say::new(text.clone()).attribute(name.clone(), value.clone()))
            .dial(Dial::new().number(Number::new("+14155551212")));
        let xml = response.to_xml();
        prop_assert!(xml.chars().all(xml_char), "a forbidden character in {xml:?}");
        let root = common::xml::parse(&xml);
        prop_assert_eq!(root.name.as_str(), "Response");
        let names: Vec<&str> = root.children.iter().map(|c| c.name.as_str()).collect();
        prop_assert_eq!(names, ["Say", "Dial"], "{}", xml);
        let say = &root.children[0];
        prop_assert!(say.children.is_empty(), "{xml}");
        let kept_text = without_forbidden(&text);
        let expected_text = if kept_text.trim().is_empty() { String::new() } else { kept_text };
        prop_assert_eq!(&say.text, &expected_text);

        let strict = response.try_to_xml();
        let name_ok = say.attributes.contains_key(&name);
        if ascii_name(&name) {
            prop_assert!(name_ok, "{name:?} left out of {xml}");
        }
        if name_ok {
            prop_assert_eq!(say.attributes.len(), 1);
            prop_assert_eq!(&say.attributes[&name], &without_forbidden(&value));
        } else {
            prop_assert!(say.attributes.is_empty(), "{xml}");
            let error = strict.clone().unwrap_err();
            prop_assert_eq!(
                error,
                TwimlError {
                    element: "Say",
                    attribute: Some(name.clone()),
                    problem: TwimlProblem::AttributeName,
                }
            );
        }
        let clean = name_ok && value.chars().all(xml_char) && text.chars().all(xml_char);
        match strict {
            Ok(strict) => {
                prop_assert!(clean, "try_to_xml accepted {name:?} {value:?} {text:?}");
                prop_assert_eq!(strict, xml);
            }
            Err(error) => prop_assert!(!clean, "{error}"),
        }
    }
}

#[test]
fn the_injection_from_the_report_renders_no_dial() {
    let injected =
        VoiceResponse::new().say(Say::new("hi").attribute("x=\"1\"><Dial>+1900</Dial><Say y", "v"));
    assert_eq!(
        injected.to_xml(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>hi</Say></Response>"
    );
    let error = injected.try_to_xml().unwrap_err();
    assert_eq!(
        error.to_string(),
        "<Say> attribute \"x=\\\"1\\\"><Dial>+1900</Dial><Say y\": not an XML name (letters, \
         digits, `-`, `_`, `.`, not starting with a digit, `-`, `.` or `xml`)"
    );
}

#[test]
fn forbidden_characters_are_named_and_left_out() {
    let response = VoiceResponse::new().say(Say::new("nul\u{0}esc\u{1b}ok").voice("Polly\u{7}Amy"));
    assert_eq!(
        response.to_xml(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>\
         <Say voice=\"PollyAmy\">nulescok</Say></Response>"
    );
    let error = response.try_to_xml().unwrap_err();
    assert_eq!(
        error.to_string(),
        "<Say> attribute \"voice\": U+0007 is a character XML 1.0 does not allow"
    );
    let text_only = VoiceResponse::new().say("a\u{FFFF}");
    assert_eq!(
        text_only.try_to_xml().unwrap_err().to_string(),
        "<Say> text: U+FFFF is a character XML 1.0 does not allow"
    );
}

#[test]
fn a_reserved_name_cannot_move_an_element_out_of_twiml() {
    let response = VoiceResponse::new().say(Say::new("hi").attribute("xmlns", "urn:evil"));
    assert_eq!(
        response.to_xml(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>hi</Say></Response>"
    );
    assert_eq!(
        response.try_to_xml().unwrap_err().problem,
        TwimlProblem::AttributeName
    );
}

#[test]
fn a_carriage_return_survives_the_round_trip() {
    let response = VoiceResponse::new().say(Say::new("a\r\nb").attribute("note", "x\ry"));
    let xml = response.try_to_xml().unwrap();
    let say = &common::xml::parse(&xml).children[0];
    assert_eq!(say.text, "a\r\nb");
    assert_eq!(say.attributes["note"], "x\ry");
}
