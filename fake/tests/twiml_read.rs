//! `twilio_calls_fake::twiml::read`: what FakeTwilio makes of an app's answer, with Twilio's
//! content types, size limit and error codes (11750, 12100, 12102, 12200, 12300).

use twilio_calls::HttpMethod;
use twilio_calls::twiml::{Dial, Gather, GatherInput, Number, Say, VoiceResponse};
use twilio_calls_fake::twiml::{Document, MAX_DOCUMENT_BYTES, read};

const URL: &str = "https://app.example.com/voice";

fn xml(body: &str) -> Document {
    read(Some("text/xml"), body.as_bytes(), URL).unwrap()
}

fn code(content_type: Option<&str>, body: &[u8]) -> u32 {
    read(content_type, body, URL).unwrap_err().code
}

#[test]
fn a_document_from_the_sdk_s_builder_reads_back_verb_for_verb() {
    let twiml = VoiceResponse::new()
        .say(
            Say::new("Welcome & hello")
                .voice("Polly.Amy")
                .language("en-GB"),
        )
        .gather(
            Gather::new()
                .input([GatherInput::Dtmf])
                .num_digits(1)
                .action("/menu")
                .method(HttpMethod::Post)
                .say("Press 1 for sales."),
        )
        .dial(
            Dial::new()
                .caller_id("+15005550006")
                .number(Number::new("+14155551212")),
        )
        .hangup();
    let document = xml(&twiml.to_xml());
    assert!(document.warnings.is_empty(), "{:?}", document.warnings);
    let names: Vec<&str> = document.verbs.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["Say", "Gather", "Dial", "Hangup"]);
    let say = &document.verbs[0];
    assert_eq!(say.text, "Welcome & hello");
    assert_eq!(say.attribute("voice"), Some("Polly.Amy"));
    assert_eq!(say.attribute("language"), Some("en-GB"));
    let gather = &document.verbs[1];
    assert_eq!(gather.attribute("numDigits"), Some("1"));
    assert_eq!(gather.attribute("action"), Some("/menu"));
    assert_eq!(gather.attribute("finishOnKey"), None);
    assert_eq!(gather.children.len(), 1);
    assert_eq!(gather.children[0].text, "Press 1 for sales.");
    let dial = &document.verbs[2];
    assert_eq!(dial.children[0].name, "Number");
    assert_eq!(dial.children[0].text, "+14155551212");
}

#[test]
fn content_types_decide_how_an_answer_is_taken() {
    let twiml = b"<Response><Say>Hi</Say></Response>";
    for content_type in [
        "text/xml",
        "application/xml",
        "text/html",
        "text/xml; charset=utf-8",
        "TEXT/XML",
        "text/plain",
    ] {
        let document = read(Some(content_type), twiml, URL).unwrap();
        assert_eq!(document.verbs[0].text, "Hi", "{content_type}");
    }
    // Plain text that is not TwiML is read aloud.
    let spoken = read(Some("text/plain"), b"  Sorry, we are closed. ", URL).unwrap();
    assert_eq!(spoken.verbs.len(), 1);
    assert_eq!(spoken.verbs[0].name, "Say");
    assert_eq!(spoken.verbs[0].text, "Sorry, we are closed.");
    // Audio is played: the URL that answered with it.
    let played = read(Some("audio/mpeg"), b"ID3...", URL).unwrap();
    assert_eq!(played.verbs[0].name, "Play");
    assert_eq!(played.verbs[0].text, URL);
    // No Content-Type, or another one: 12300.
    assert_eq!(code(None, twiml), 12300);
    assert_eq!(code(Some(""), twiml), 12300);
    assert_eq!(code(Some("application/json"), twiml), 12300);
}

#[test]
fn a_body_over_64_kb_is_11750() {
    let mut body = String::from("<Response><Say>");
    body.push_str(&"a".repeat(MAX_DOCUMENT_BYTES));
    body.push_str("</Say></Response>");
    assert_eq!(code(Some("text/xml"), body.as_bytes()), 11750);
    // At the limit it runs.
    let filler = MAX_DOCUMENT_BYTES - "<Response><Say></Say></Response>".len();
    let exact = format!("<Response><Say>{}</Say></Response>", "a".repeat(filler));
    assert_eq!(exact.len(), MAX_DOCUMENT_BYTES);
    assert_eq!(xml(&exact).verbs.len(), 1);
}

#[test]
fn what_is_not_xml_is_12100() {
    for body in [
        &b"Hello"[..],
        b"",
        b"  <?xml version=\"1.0\"?><Response/>",
        b"<Response><Say>hi</Response>",
        b"<Response><Say>hi</Say>",
        b"<Response/><Response/>",
        b"<Response/>trailing",
        b"<!DOCTYPE Response [<!ENTITY x \"y\">]><Response/>",
        b"<Response><Say>\xff\xfe</Say></Response>",
        b"<Response><Say a=\"1\" a=\"2\">hi</Say></Response>",
    ] {
        assert_eq!(
            code(Some("text/xml"), body),
            12100,
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    // A declaration at the very start, comments and processing instructions are fine.
    let document = xml(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- menu --><Response><!-- x --><Hangup/></Response>\n",
    );
    assert_eq!(document.verbs[0].name, "Hangup");
}

#[test]
fn a_root_other_than_response_is_12102() {
    assert_eq!(code(Some("text/xml"), b"<response/>"), 12102);
    assert_eq!(
        code(Some("text/xml"), b"<Reply><Say>hi</Say></Reply>"),
        12102
    );
    assert!(xml("<Response/>").verbs.is_empty());
}

#[test]
fn what_twiml_does_not_have_is_left_out_with_12200() {
    let document = xml("<Response>\
           <say>lower case</say>\
           <Say colour=\"red\" voice=\"man\">kept</Say>\
           <Gather numDigits=\"1\"><Gather/><Redirect>/x</Redirect><Say>prompt</Say></Gather>\
           <Hangpu/>\
           <Hangup/>\
         </Response>");
    let names: Vec<&str> = document.verbs.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["Say", "Gather", "Hangup"]);
    assert_eq!(
        document.verbs[0].attributes,
        [("voice".to_owned(), "man".to_owned())]
    );
    let gather = &document.verbs[1];
    assert_eq!(gather.children.len(), 1);
    assert_eq!(gather.children[0].text, "prompt");
    let messages: Vec<(u32, &str)> = document
        .warnings
        .iter()
        .map(|w| (w.code, w.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            (12200, "<say> is not a TwiML element: left out"),
            (12200, "<Say> has no attribute colour: left out"),
            (12200, "<Gather> cannot stand inside <Gather>: left out"),
            (12200, "<Redirect> cannot stand inside <Gather>: left out"),
            (12200, "<Hangpu> is not a TwiML element: left out"),
        ]
    );
}

#[test]
fn text_is_unescaped_and_ssml_inside_a_say_is_its_text() {
    let document = xml(
        "<Response><Say>Tom &amp; Jerry &#x263A; <![CDATA[<raw>]]></Say>\
         <Say>Hello <break time=\"1s\"/><prosody rate=\"slow\">world</prosody>.</Say></Response>",
    );
    assert!(document.warnings.is_empty(), "{:?}", document.warnings);
    assert_eq!(document.verbs[0].text, "Tom & Jerry \u{263A} <raw>");
    assert_eq!(document.verbs[1].text, "Hello world.");
    assert!(document.verbs[1].children.is_empty());
}
