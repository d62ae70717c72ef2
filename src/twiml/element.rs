//! The XML underneath: one element (name, attributes in name order, text, children), how it
//! is written (escaped, only characters XML allows), and the errors of a strict write.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;

use crate::auth::REDACTED;

/// One XML element: what every verb and noun is underneath.
#[derive(Clone, PartialEq, Eq)]
pub(super) struct Element {
    pub(super) name: &'static str,
    /// Sorted by name, as twilio-python writes them.
    pub(super) attributes: BTreeMap<Cow<'static, str>, String>,
    pub(super) text: Option<String>,
    pub(super) children: Vec<Element>,
}

impl Element {
    pub(super) fn new(name: &'static str) -> Self {
        Self {
            name,
            attributes: BTreeMap::new(),
            text: None,
            children: Vec::new(),
        }
    }

    pub(super) fn with_text(name: &'static str, text: String) -> Self {
        Self {
            text: Some(text),
            ..Self::new(name)
        }
    }

    /// Writes the element. `strict`: the first attribute name that is not an XML name, or
    /// character XML 1.0 forbids, is an error; otherwise such a name's attribute, and such
    /// characters, are left out, so the document is always well formed.
    pub(super) fn write(
        &self,
        writer: &mut Writer<Vec<u8>>,
        strict: bool,
    ) -> Result<(), TwimlError> {
        let error = |attribute: Option<&str>, problem| TwimlError {
            element: self.name,
            attribute: attribute.map(str::to_owned),
            problem,
        };
        let mut start = BytesStart::new(self.name);
        for (name, value) in &self.attributes {
            if !is_xml_name(name) {
                if strict {
                    return Err(error(Some(name), TwimlProblem::AttributeName));
                }
                continue;
            }
            if let (true, Some(c)) = (strict, forbidden_character(value)) {
                return Err(error(Some(name), TwimlProblem::Character(c)));
            }
            let value = allowed(value);
            start.push_attribute(Attribute {
                key: QName(name),
                value: escape(&value, true),
            });
        }
        let text = self.text.as_deref().filter(|t| !t.is_empty());
        if let (true, Some(c)) = (strict, text.and_then(forbidden_character)) {
            return Err(error(None, TwimlProblem::Character(c)));
        }
        let text = text.map(allowed).filter(|t| !t.is_empty());
        // Writing into a Vec cannot fail.
        if text.is_none() && self.children.is_empty() {
            writer.write_event(Event::Empty(start)).expect("in memory");
            return Ok(());
        }
        writer.write_event(Event::Start(start)).expect("in memory");
        if let Some(text) = text {
            writer
                .write_event(Event::Text(BytesText::from_escaped(escape(&text, false))))
                .expect("in memory");
        }
        for child in &self.children {
            child.write(writer, strict)?;
        }
        writer
            .write_event(Event::End(BytesEnd::new(self.name)))
            .expect("in memory");
        Ok(())
    }
}

/// quick-xml's escaping (`&`, `<`, `>`, quotes), plus carriage return, and in an attribute
/// tab and newline: a parser normalises those to a newline or a space unless they are
/// written as character references.
fn escape(value: &str, attribute: bool) -> Cow<'_, str> {
    let escaped = quick_xml::escape::escape(value);
    let special: &[char] = if attribute {
        &['\n', '\t', '\r']
    } else {
        &['\r']
    };
    if !escaped.contains(special) {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len() + 8);
    for c in escaped.chars() {
        match c {
            '\r' => out.push_str("&#13;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\t' if attribute => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether XML 1.0 allows `c` in a document: tab, newline, carriage return, and everything
/// from U+0020 but U+FFFE and U+FFFF (surrogates cannot be in a Rust string).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The first character of `text` that XML 1.0 forbids.
fn forbidden_character(text: &str) -> Option<char> {
    text.chars().find(|c| !is_xml_char(*c))
}

/// `text` without the characters XML 1.0 forbids.
fn allowed(text: &str) -> Cow<'_, str> {
    if forbidden_character(text).is_none() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|c| is_xml_char(*c)).collect())
    }
}

/// Whether `name` can be an attribute's name: an XML 1.0 `Name` without colons (so also
/// well formed under namespaces), which rules out spaces, quotes, `=`, `<`, `>` and `/`, and
/// not one XML reserves (starting with `xml` in any case, `xmlns` among them, which would
/// move the element out of TwiML).
fn is_xml_name(name: &str) -> bool {
    fn start(c: char) -> bool {
        matches!(c,
            'A'..='Z' | '_' | 'a'..='z'
            | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{2FF}'
            | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}' | '\u{200C}'..='\u{200D}'
            | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}' | '\u{3001}'..='\u{D7FF}'
            | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}' | '\u{10000}'..='\u{EFFFF}')
    }
    fn rest(c: char) -> bool {
        start(c)
            || matches!(c,
                '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
    }
    let reserved = name.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("xml"));
    let mut chars = name.chars();
    !reserved && chars.next().is_some_and(start) && chars.all(rest)
}

/// Why [`VoiceResponse::try_to_xml`](super::VoiceResponse::try_to_xml) cannot write a document as it was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TwimlError {
    /// The element (`Say`).
    pub element: &'static str,
    /// The attribute, by the name it was given; `None` for the element's text.
    pub attribute: Option<String>,
    /// What is wrong.
    pub problem: TwimlProblem,
}

/// What is wrong in a [`TwimlError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TwimlProblem {
    /// The attribute's name is not an XML name (letters, digits, `-`, `_` and `.`, not
    /// starting with a digit, `-` or `.`), or one XML reserves (starting with `xml`).
    AttributeName,
    /// The value or text holds a character XML 1.0 does not allow (control characters other
    /// than tab, newline and carriage return; U+FFFE, U+FFFF).
    Character(char),
}

impl fmt::Display for TwimlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = match &self.attribute {
            Some(name) => format!("<{}> attribute {name:?}", self.element),
            None => format!("<{}> text", self.element),
        };
        match self.problem {
            TwimlProblem::AttributeName => write!(
                f,
                "{place}: not an XML name (letters, digits, `-`, `_`, `.`, not starting \
                 with a digit, `-`, `.` or `xml`)"
            ),
            TwimlProblem::Character(c) => write!(
                f,
                "{place}: U+{:04X} is a character XML 1.0 does not allow",
                u32::from(c)
            ),
        }
    }
}

impl std::error::Error for TwimlError {}

impl fmt::Debug for Element {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let attributes: BTreeMap<_, _> = self
            .attributes
            .iter()
            .map(|(name, value)| {
                // A SIP password is a credential: never in Debug output.
                let shown = if name == "password" {
                    REDACTED
                } else {
                    value.as_str()
                };
                (name.as_ref(), shown)
            })
            .collect();
        let mut s = f.debug_struct(self.name);
        s.field("attributes", &attributes);
        if let Some(text) = &self.text {
            s.field("text", text);
        }
        if !self.children.is_empty() {
            s.field("children", &self.children);
        }
        s.finish()
    }
}
