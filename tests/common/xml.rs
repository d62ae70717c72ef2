//! XML documents as trees, for comparing TwiML: element names, attributes (unordered), text
//! and children in order. Whitespace-only text (pretty-printing) is not content.

use std::collections::BTreeMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// An element as a parser sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub name: String,
    pub attributes: BTreeMap<String, String>,
    pub text: String,
    pub children: Vec<Node>,
}

impl Node {
    fn new(name: String, attributes: BTreeMap<String, String>) -> Self {
        Self {
            name,
            attributes,
            text: String::new(),
            children: Vec::new(),
        }
    }
}

fn node(start: &BytesStart<'_>) -> Node {
    let attributes = start
        .attributes()
        .map(|a| {
            let a = a.expect("well-formed attribute");
            // Attribute-value normalization, as any XML parser applies it (raw newlines and
            // tabs become spaces; character references survive).
            let value = a
                .normalized_value(XmlVersion::Explicit1_0)
                .expect("valid escapes")
                .into_owned();
            (a.key.as_ref().to_owned(), value)
        })
        .collect();
    Node::new(start.name().as_ref().to_owned(), attributes)
}

/// The root element of a document (its declaration, if any, skipped), failing on anything
/// malformed.
pub fn parse(xml: &str) -> Node {
    let mut reader = Reader::from_str(xml);
    let mut open: Vec<Node> = vec![Node::new(String::new(), BTreeMap::new())];
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(start) => open.push(node(&start)),
            Event::Empty(start) => open.last_mut().unwrap().children.push(node(&start)),
            Event::Text(text) => {
                let text = text.xml_content(XmlVersion::Explicit1_0);
                let text = quick_xml::escape::unescape(&text).unwrap().into_owned();
                open.last_mut().unwrap().text.push_str(&text);
            }
            Event::GeneralRef(reference) => {
                let text = format!("&{};", reference.as_ref() as &str);
                let text = quick_xml::escape::unescape(&text).unwrap().into_owned();
                open.last_mut().unwrap().text.push_str(&text);
            }
            Event::End(_) => {
                let mut done = open.pop().unwrap();
                if done.text.trim().is_empty() {
                    done.text.clear();
                }
                open.last_mut().unwrap().children.push(done);
            }
            Event::Decl(_) => {}
            Event::Eof => break,
            other => panic!("unexpected {other:?} in {xml}"),
        }
    }
    let mut document = open.pop().unwrap();
    assert!(open.is_empty(), "unclosed elements in {xml}");
    assert_eq!(document.children.len(), 1, "one root element in {xml}");
    document.children.pop().unwrap()
}
