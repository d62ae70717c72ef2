//! The rustdoc the generated surface carries, as plain string functions of the model: what
//! each operation, setter, handler, resource and open enum says of itself. Emitters turn
//! these into `#[doc]` attributes; the tests below read the prose.

use crate::model::{Collection, EnumValue, Format, Kind, Op, Param, ResourceAlias, Response};
use crate::names::IDEMPOTENCY_KEY;

/// An operation's struct: its id, summary and description, its method and path.
pub fn operation(op: &Op) -> String {
    let mut doc = op.id.clone();
    if !op.summary.is_empty() {
        doc.push_str(": ");
        doc.push_str(&sanitize(&op.summary));
    }
    if !op.description.is_empty() && op.description != op.summary {
        doc.push_str("\n\n");
        doc.push_str(&sanitize(&op.description));
    }
    doc.push_str(&format!(
        "\n\n`{} {}`. Sent as a [`Request<{}>`](crate::Request), whose setters are the \
         operation's parameters.",
        op.method.as_str(),
        op.path.text,
        op.id
    ));
    doc
}

/// The `impl Request<Op>` block holding an operation's setters.
pub fn setters_block(op: &Op) -> String {
    format!(
        " The parameters of {} (`{} {}`), set with the methods of this `Request`.",
        op.id,
        op.method.as_str(),
        op.path.text
    )
}

/// An operation's constructor.
pub fn constructor(op: &Op) -> String {
    format!(" A {} request with its path parameters.", op.id)
}

/// A setter: the wire name, the spec's description, then the rules it keeps in words.
pub fn setter(op: &Op, param: &Param) -> String {
    let mut doc = format!("`{}`", param.wire);
    if param.description.is_empty() {
        doc.push_str(&format!(" ({} gives it no description).", op.id));
    } else {
        doc.push_str(": ");
        doc.push_str(&sanitize(&param.description));
    }
    let facts = facts(op, param);
    if !facts.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&facts.join(" "));
    }
    doc
}

/// What a setter's value must be, and what it does, one sentence each.
fn facts(op: &Op, param: &Param) -> Vec<String> {
    let c = &param.constraints;
    let mut facts = Vec::new();
    if param.required {
        facts.push("Required.".to_owned());
    }
    if let Kind::Array(_) = param.kind {
        facts.push("Sent as repeated keys, one per value.".to_owned());
    }
    if !c.values.is_empty() {
        facts.push(format!("One of {}.", code_list(&c.values)));
    }
    match (c.minimum, c.maximum) {
        (Some(min), Some(max)) => facts.push(format!("From {min} to {max}.")),
        (Some(min), None) => facts.push(format!("At least {min}.")),
        (None, Some(max)) => facts.push(format!("At most {max}.")),
        (None, None) => {}
    }
    if let Some(length) = c.max_length {
        facts.push(format!("At most {length} characters."));
    }
    if let Some(allowed) = &c.pattern_allowed {
        facts.push(format!("Only {allowed}."));
    } else if let Some(pattern) = &c.pattern {
        facts.push(format!("Matches `{pattern}`."));
    }
    match c.format {
        Some(Format::WebSocketUrl) => facts.push("A `wss://` URL.".to_owned()),
        Some(Format::Uri) => facts.push("An absolute http(s) URL.".to_owned()),
        _ => {}
    }
    if let Some(group) = op.exactly_one.iter().find(|g| g.contains(&param.wire)) {
        facts.push(format!("Exactly one of {} must be set.", code_list(group)));
    }
    if let Some(group) = op.at_most_one.iter().find(|g| g.contains(&param.wire)) {
        facts.push(format!("At most one of {} may be set.", code_list(group)));
    }
    if param.secret {
        facts.push("Never shown in `Debug`.".to_owned());
    }
    if param.wire == IDEMPOTENCY_KEY {
        facts.push(
            "With it set, Twilio deduplicates the request, so a failed attempt (a timeout, a \
             5xx) is retried as a read would be; without it, the request is retried only when \
             it provably did not reach Twilio."
                .to_owned(),
        );
    }
    facts
}

/// A family's two setters: one row, and many.
pub fn family_setters(op: &Op, param: &Param, fields: &[String], max: usize) -> (String, String) {
    let keys = fields
        .iter()
        .map(|f| format!("`{}{{n}}.{f}`", param.wire))
        .collect::<Vec<_>>()
        .join(" and ");
    let rule = format!(
        "Rows are numbered from 1 in the order they are added and sent as {keys}; more than \
         {max} is [`Error::InvalidInput`](crate::Error::InvalidInput) when the request is sent."
    );
    let mut one = setter(op, param);
    one.push_str(&format!("\n\nAdds one row. {rule}"));
    let many = format!(
        "Adds a row to `{}{{n}}` for each item, in order (see [`{}`](Self::{})).\n\n{rule}",
        param.wire, param.setter, param.setter
    );
    (one, many)
}

/// The setter that adds many rows of a family at once (`parameter` → `parameters`).
pub fn family_plural(setter: &str) -> String {
    format!("{setter}s")
}

/// The first key past a family's rows (`Parameter100.Name`), which errors about too many
/// rows name.
pub fn family_first_over(param: &Param, fields: &[String], max: usize) -> String {
    format!("{}{}.{}", param.wire, max + 1, fields[0])
}

/// What the parent's items are, in words (`call`).
pub fn parent_noun(collection: &Collection) -> String {
    use heck::ToSnakeCase;
    collection
        .parent_singular()
        .to_snake_case()
        .replace('_', " ")
}

/// A handler's struct: where it comes from, a table of its methods.
pub fn handler(collection: &Collection, accessor: &str, ops: &[(&str, &Op)]) -> String {
    let mut table = String::from("| Operation | Request | Returns |\n|---|---|---|\n");
    for (method, op) in ops {
        table.push_str(&format!(
            "| {} | [`{method}`](Self::{method}) → [`Request<{}>`](crate::Request) | {} |\n",
            op.id,
            op.id,
            returns(op)
        ));
    }
    format!(
        "The {} of one {}: from [`Calls::{accessor}`](crate::Calls::{accessor}).\n\n{table}\n\
         Every request checks its parameters in `send()` before any I/O, and can be \
         `.await`ed directly (which sends it).",
        collection.segment,
        parent_noun(collection)
    )
}

/// What an operation returns, as its handler's table says it.
fn returns(op: &Op) -> String {
    let resource = op.resource.as_ref().map(|(name, _)| name.as_str());
    let resource = resource.unwrap_or_default();
    match &op.response {
        Response::Empty => "`()`".to_owned(),
        Response::Resource(_) => format!("[`{resource}`]"),
        Response::Page { .. } => {
            format!("[`Page<{resource}>`](crate::Page) or a stream of [`{resource}`]")
        }
    }
}

/// A handler method: the operation's summary and id.
pub fn handler_method(op: &Op) -> String {
    let summary = if op.summary.is_empty() {
        op.id.clone()
    } else {
        sanitize(op.summary.trim_end_matches('.'))
    };
    format!("{summary} ({}).", op.id)
}

/// The getter of the SID a handler was given.
pub fn handler_given(collection: &Collection) -> String {
    format!(
        " The SID of the {} these {} belong to.",
        parent_noun(collection),
        collection.segment
    )
}

/// The parent handler's accessor of a handler.
pub fn handler_accessor(collection: &Collection, given: &str) -> String {
    format!(
        "The {} of the {} `{given}` (see [`{}`]).",
        collection.segment,
        parent_noun(collection),
        collection.handler_name()
    )
}

/// A resource's alias.
pub fn resource(alias: &ResourceAlias) -> String {
    format!(
        "A {} resource as Twilio returns it from {}. Serializing it gives Twilio's JSON \
         back; a field Twilio adds is ignored until the next regen.",
        alias.name,
        code_list(&alias.ops)
    )
}

/// An open enum the prepare step made of one of the spec's.
pub fn spec_enum_doc(schema: &str, description: &str) -> String {
    let doc = format!("The values of the spec's `{schema}`.");
    if description.is_empty() {
        return doc;
    }
    format!("{}\n\n{doc}", sanitize(description))
}

/// An open enum: what it is, and an example of its forward compatibility.
pub fn open_enum(name: &str, doc: &str, first: &EnumValue) -> String {
    let (wire, variant) = (&first.wire, &first.variant);
    format!(
        "{doc}\n\nForward-compatible: a value Twilio adds later decodes as `Unknown`, keeping \
         the string, and serializes back unchanged.\n\n```\nuse twilio_calls::{name};\n\n\
         let known: {name} = serde_json::from_str(r#\"\"{wire}\"\"#).unwrap();\n\
         assert_eq!(known, {name}::{variant});\n\
         assert_eq!(known.as_str(), \"{wire}\");\n\
         let new: {name} = \"added-later\".parse().unwrap();\n\
         assert_eq!(new, {name}::Unknown(\"added-later\".into()));\n\
         assert_eq!(serde_json::to_string(&new).unwrap(), r#\"\"added-later\"\"#);\n```"
    )
}

/// Wire names as a list of code spans.
pub fn code_list(wire_names: &[String]) -> String {
    wire_names
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Twilio's descriptions as rustdoc: markdown links and code spans are kept; other square
/// brackets and angle brackets are escaped, so rustdoc takes them for neither intra-doc links
/// nor HTML.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            _ if in_code => out.push(c),
            '[' => {
                // `[text](url)` stays a link.
                let close = chars[i..].iter().position(|&c| c == ']').map(|p| i + p);
                if let Some(close) = close.filter(|&close| chars.get(close + 1) == Some(&'(')) {
                    out.extend(&chars[i..=close]);
                    i = close + 1;
                    continue;
                }
                out.push_str("\\[");
            }
            ']' => out.push_str("\\]"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => {}
            _ => out.push(c),
        }
        i += 1;
    }
    if in_code {
        // An unbalanced backtick would swallow what follows in the rendered page.
        out.push('`');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Constraints, Location, Method, PathTemplate, Placement, Response};

    fn op() -> Op {
        Op {
            id: "CreateCall".into(),
            method: Method::Post,
            path: PathTemplate::parse("/2010-04-01/Accounts/{AccountSid}/Calls.json").unwrap(),
            summary: "Create a new outgoing call".into(),
            description: String::new(),
            params: Vec::new(),
            exactly_one: vec![vec!["Url".into(), "Twiml".into()]],
            at_most_one: Vec::new(),
            response: Response::Resource("ApiV2010AccountCall".into()),
            resource: Some(("Call".into(), "ApiV2010AccountCall".into())),
            placement: Placement {
                collection: None,
                action: Action::Create,
            },
            page_size: None,
            idempotency_key: None,
        }
    }

    fn param(wire: &str, constraints: Constraints) -> Param {
        Param {
            wire: wire.into(),
            setter: wire.to_lowercase(),
            location: Location::Body,
            required: false,
            kind: Kind::Text,
            constraints,
            secret: false,
            description: "The <b>thing</b>.".into(),
        }
    }

    #[test]
    fn an_operation_says_its_method_and_path() {
        assert_eq!(
            operation(&op()),
            "CreateCall: Create a new outgoing call\n\n`POST /2010-04-01/Accounts/{AccountSid}/\
             Calls.json`. Sent as a [`Request<CreateCall>`](crate::Request), whose setters are \
             the operation's parameters."
        );
    }

    #[test]
    fn a_setter_says_its_rules_in_words() {
        let url = param(
            "Url",
            Constraints {
                format: Some(Format::Uri),
                max_length: Some(10),
                ..Constraints::default()
            },
        );
        assert_eq!(
            setter(&op(), &url),
            "`Url`: The &lt;b&gt;thing&lt;/b&gt;.\n\nAt most 10 characters. An absolute http(s) \
             URL. Exactly one of `Url`, `Twiml` must be set."
        );
        let mut bare = param("Timeout", Constraints::default());
        bare.description.clear();
        bare.required = true;
        assert_eq!(
            setter(&op(), &bare),
            "`Timeout` (CreateCall gives it no description).\n\nRequired."
        );
    }

    #[test]
    fn descriptions_become_safe_rustdoc() {
        assert_eq!(
            sanitize("See [Account](https://x.y/a) or [this] for `<Dial>`; a <b> tag"),
            "See [Account](https://x.y/a) or \\[this\\] for `<Dial>`; a &lt;b&gt; tag"
        );
        assert_eq!(sanitize("odd ` tick"), "odd ` tick`");
    }
}
