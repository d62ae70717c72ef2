//! The spec overlay: our declarative changes to Twilio's spec, in the OpenAPI Overlay 1.0
//! format (`spec/overlay.yaml`), applied before every other preparation step.
//!
//! An overlay is a list of actions, each a JSONPath `target` with either `update` (merged
//! into every node the target selects: objects key by key, arrays appended, anything else
//! replaced) or `remove: true` (every selected node taken out of its parent). This module
//! implements the part of JSONPath (RFC 9535) that overlays need: `$`, `.name`, `['name']`
//! and unions `['a','b']`, `[n]`, `[*]`/`.*`, and filters `[?@.key == 'value']` joined by
//! `||` or `&&`.
//!
//! Each action reports what it did ([`Outcome`]), so `cargo xtask regen` can say which
//! actions a new upstream spec already satisfies and which no longer find their target.
//!
//! Shared through `#[path]` by build.rs, xtask and tests/prism.rs; it needs only serde_json.

use std::fmt;

use serde_json::Value;

/// One action of an overlay.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// The JSONPath expression selecting the nodes to change.
    pub target: String,
    /// Why the action exists (the overlay's own text).
    pub description: String,
    /// What the action does.
    pub change: Change,
}

/// What an action does to the nodes it selects.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Merge this value into each node.
    Update(Value),
    /// Remove each node from its parent.
    Remove,
}

/// An overlay document: its title and actions, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlay {
    /// `info.title`.
    pub title: String,
    /// The actions, applied in order.
    pub actions: Vec<Action>,
}

/// What applying one action did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The document changed: the action is still needed.
    Applied,
    /// The document already said what the action says: the action can be dropped.
    AlreadySatisfied,
    /// The target selects nothing (for a removal: not even the parent of what it removes),
    /// so the action cannot do what it was written for.
    TargetGone,
}

/// An overlay that is not well formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayError(pub String);

impl fmt::Display for OverlayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the spec overlay is not valid: {}", self.0)
    }
}

impl std::error::Error for OverlayError {}

impl Overlay {
    /// Reads an overlay document (already parsed from YAML or JSON), checking every target.
    pub fn from_value(document: &Value) -> Result<Self, OverlayError> {
        let bad = |message: String| OverlayError(message);
        match document.get("overlay").and_then(Value::as_str) {
            Some(version) if version.starts_with("1.") => {}
            other => return Err(bad(format!("`overlay` must be 1.x, not {other:?}"))),
        }
        let title = document
            .pointer("/info/title")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("`info.title` is missing".into()))?
            .to_owned();
        let items = document
            .get("actions")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("`actions` must be a list".into()))?;
        let mut actions = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let target = item
                .get("target")
                .and_then(Value::as_str)
                .ok_or_else(|| bad(format!("action {i} has no `target`")))?;
            parse_path(target).map_err(|e| bad(format!("action {i}: {e}")))?;
            let change = match (item.get("update"), item.get("remove")) {
                (None, Some(Value::Bool(true))) => Change::Remove,
                (Some(update), None | Some(Value::Bool(false))) => Change::Update(update.clone()),
                _ => {
                    return Err(bad(format!(
                        "action {i} must have either `update` or `remove: true`"
                    )));
                }
            };
            actions.push(Action {
                target: target.to_owned(),
                description: item
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                change,
            });
        }
        Ok(Self { title, actions })
    }

    /// Applies every action in order; returns what each one did.
    pub fn apply(&self, document: &mut Value) -> Vec<Outcome> {
        self.actions.iter().map(|a| a.apply(document)).collect()
    }
}

impl Action {
    /// Applies this action to `document`.
    pub fn apply(&self, document: &mut Value) -> Outcome {
        // Checked when the overlay was read.
        let Ok(path) = parse_path(&self.target) else {
            return Outcome::TargetGone;
        };
        let selected = select(document, &path);
        match &self.change {
            Change::Update(update) => {
                if selected.is_empty() {
                    return Outcome::TargetGone;
                }
                let mut changed = false;
                for location in &selected {
                    if let Some(node) = node_mut(document, location) {
                        changed |= merge(node, update);
                    }
                }
                if changed {
                    Outcome::Applied
                } else {
                    Outcome::AlreadySatisfied
                }
            }
            Change::Remove => {
                if selected.is_empty() {
                    let parent = &path[..path.len().saturating_sub(1)];
                    return if path.is_empty() || select(document, parent).is_empty() {
                        Outcome::TargetGone
                    } else {
                        Outcome::AlreadySatisfied
                    };
                }
                // Last first, so that array indices still point at the right elements.
                for location in selected.iter().rev() {
                    remove(document, location);
                }
                Outcome::Applied
            }
        }
    }
}

/// One step of a parsed JSONPath.
#[derive(Debug, Clone, PartialEq)]
enum Selector {
    /// Children by name (one name, or a union).
    Names(Vec<String>),
    /// An array element by index.
    Index(usize),
    /// Every child.
    Wildcard,
    /// The children for which the filter holds.
    Filter(Filter),
}

/// `@.a.b == 'x' || …` (any of the `||` groups, each all of its `&&` comparisons).
#[derive(Debug, Clone, PartialEq)]
struct Filter(Vec<Vec<(Vec<String>, Value)>>);

impl Filter {
    fn holds(&self, node: &Value) -> bool {
        self.0.iter().any(|all| {
            all.iter().all(|(path, expected)| {
                let mut value = Some(node);
                for key in path {
                    value = value.and_then(|v| v.get(key));
                }
                value == Some(expected)
            })
        })
    }
}

/// A node's location: object keys and array indices from the root.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

fn parse_path(text: &str) -> Result<Vec<Selector>, String> {
    let mut rest = text
        .trim()
        .strip_prefix('$')
        .ok_or_else(|| format!("`{text}` does not start at the root `$`"))?;
    let mut path = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix(".*") {
            path.push(Selector::Wildcard);
            rest = after;
        } else if let Some(after) = rest.strip_prefix('.') {
            let end = after
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(after.len());
            if end == 0 {
                return Err(format!("an empty name in `{text}`"));
            }
            path.push(Selector::Names(vec![after[..end].to_owned()]));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let (selector, after) = parse_bracket(after).map_err(|e| format!("{e} in `{text}`"))?;
            path.push(selector);
            rest = after;
        } else {
            return Err(format!("unexpected `{rest}` in `{text}`"));
        }
    }
    Ok(path)
}

/// Parses what follows a `[`, up to and including its `]`.
fn parse_bracket(text: &str) -> Result<(Selector, &str), String> {
    let text = text.trim_start();
    if let Some(after) = text.strip_prefix('*') {
        return Ok((Selector::Wildcard, close(after)?));
    }
    if let Some(after) = text.strip_prefix('?') {
        let end = filter_end(after).ok_or("an unclosed filter")?;
        let filter = parse_filter(&after[..end])?;
        return Ok((Selector::Filter(filter), &after[end + 1..]));
    }
    if text.starts_with(['\'', '"']) {
        let mut names = Vec::new();
        let mut rest = text;
        loop {
            let (name, after) = parse_string(rest.trim_start())?;
            names.push(name);
            let after = after.trim_start();
            if let Some(more) = after.strip_prefix(',') {
                rest = more;
            } else {
                return Ok((Selector::Names(names), close(after)?));
            }
        }
    }
    let end = text.find(']').ok_or("an unclosed `[`")?;
    let index = text[..end]
        .trim()
        .parse()
        .map_err(|_| format!("`{}` is not a name, index, `*` or filter", &text[..end]))?;
    Ok((Selector::Index(index), &text[end + 1..]))
}

fn close(text: &str) -> Result<&str, String> {
    text.trim_start()
        .strip_prefix(']')
        .ok_or_else(|| "a missing `]`".to_owned())
}

/// The index of the `]` that ends a filter (outside its string literals).
fn filter_end(text: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, ']') => return Some(i),
            _ => {}
        }
    }
    None
}

/// A quoted string literal and what follows it.
fn parse_string(text: &str) -> Result<(String, &str), String> {
    let quote = text.chars().next().ok_or("a missing string")?;
    if quote != '\'' && quote != '"' {
        return Err(format!("`{text}` is not a quoted string"));
    }
    let body = &text[1..];
    let end = body.find(quote).ok_or("an unclosed string")?;
    Ok((body[..end].to_owned(), &body[end + 1..]))
}

/// `@.a.b == 'x' && @.c == 1 || …`, optionally wrapped in parentheses.
fn parse_filter(text: &str) -> Result<Filter, String> {
    let mut text = text.trim();
    if let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        text = inner.trim();
    }
    let mut any = Vec::new();
    for group in split_outside_quotes(text, "||") {
        let mut all = Vec::new();
        for comparison in split_outside_quotes(group, "&&") {
            let (left, right) = comparison
                .split_once("==")
                .ok_or_else(|| format!("`{comparison}` is not an `==` comparison"))?;
            let path = left
                .trim()
                .strip_prefix("@.")
                .ok_or_else(|| format!("`{left}` does not start with `@.`"))?
                .split('.')
                .map(str::to_owned)
                .collect();
            let right = right.trim();
            let value = if right.starts_with(['\'', '"']) {
                let (s, after) = parse_string(right)?;
                if !after.trim().is_empty() {
                    return Err(format!("unexpected `{after}` after a string"));
                }
                Value::String(s)
            } else {
                serde_json::from_str(right).map_err(|_| format!("`{right}` is not a literal"))?
            };
            all.push((path, value));
        }
        any.push(all);
    }
    Ok(Filter(any))
}

fn split_outside_quotes<'a>(text: &'a str, separator: &str) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let (mut start, mut quote) = (0, None);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'\'' || c == b'"' => quote = Some(c),
            None if text[i..].starts_with(separator) => {
                parts.push(&text[start..i]);
                i += separator.len();
                start = i;
                continue;
            }
            None => {}
        }
        i += 1;
    }
    parts.push(&text[start..]);
    parts
}

/// The locations of every node `path` selects, in document order.
fn select(document: &Value, path: &[Selector]) -> Vec<Vec<Step>> {
    let mut current = vec![(Vec::new(), document)];
    for selector in path {
        let mut next = Vec::new();
        for (location, node) in current {
            for (step, child) in children(node, selector) {
                let mut location = location.clone();
                location.push(step);
                next.push((location, child));
            }
        }
        current = next;
    }
    current.into_iter().map(|(location, _)| location).collect()
}

fn children<'a>(node: &'a Value, selector: &Selector) -> Vec<(Step, &'a Value)> {
    let all: Vec<(Step, &Value)> = match node {
        Value::Object(map) => map.iter().map(|(k, v)| (Step::Key(k.clone()), v)).collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (Step::Index(i), v))
            .collect(),
        _ => Vec::new(),
    };
    match selector {
        Selector::Wildcard => all,
        Selector::Filter(filter) => all.into_iter().filter(|(_, v)| filter.holds(v)).collect(),
        Selector::Names(names) => names
            .iter()
            .filter_map(|name| {
                node.as_object()?
                    .get(name)
                    .map(|v| (Step::Key(name.clone()), v))
            })
            .collect(),
        Selector::Index(i) => node
            .as_array()
            .and_then(|items| items.get(*i))
            .map(|v| vec![(Step::Index(*i), v)])
            .unwrap_or_default(),
    }
}

fn node_mut<'a>(document: &'a mut Value, location: &[Step]) -> Option<&'a mut Value> {
    location.iter().try_fold(document, |node, step| match step {
        Step::Key(key) => node.get_mut(key),
        Step::Index(i) => node.get_mut(*i),
    })
}

fn remove(document: &mut Value, location: &[Step]) {
    let Some((last, parent)) = location.split_last() else {
        return;
    };
    match (node_mut(document, parent), last) {
        (Some(Value::Object(map)), Step::Key(key)) => {
            remove_key(map, key);
        }
        (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
            items.remove(*i);
        }
        _ => {}
    }
}

/// Removes `key` from `map`, keeping the order of the other keys (the spec's order is what
/// Twilio's SDKs send and document; `Map::remove` may reorder them).
pub fn remove_key(map: &mut serde_json::Map<String, Value>, key: &str) -> Option<Value> {
    let value = map.get(key).cloned();
    map.retain(|k, _| k != key);
    value
}

/// Merges `update` into `node` as Overlay 1.0 says; returns whether `node` changed.
fn merge(node: &mut Value, update: &Value) -> bool {
    match (node, update) {
        (Value::Object(node), Value::Object(update)) => {
            let mut changed = false;
            for (key, value) in update {
                match node.get_mut(key) {
                    Some(existing) => changed |= merge(existing, value),
                    None => {
                        node.insert(key.clone(), value.clone());
                        changed = true;
                    }
                }
            }
            changed
        }
        (Value::Array(node), Value::Array(update)) => {
            // Appending what is already there would repeat it: only missing items are added.
            let missing: Vec<Value> = update
                .iter()
                .filter(|v| !node.contains(v))
                .cloned()
                .collect();
            node.extend(missing.iter().cloned());
            !missing.is_empty()
        }
        (node, update) => {
            let changed = node != update;
            *node = update.clone();
            changed
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn overlay(actions: Value) -> Overlay {
        Overlay::from_value(&json!({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions}))
            .unwrap()
    }

    fn document() -> Value {
        json!({"paths": {"/Calls.json": {"get": {"parameters": [
            {"name": "To", "schema": {"type": "string"}},
            {"name": "StartTime", "schema": {"type": "string", "format": "date-time"}},
            {"name": "StartTime<", "schema": {"type": "string", "format": "date-time"}}
        ], "responses": {"200": {"properties": {
            "uri": {"type": "string", "format": "uri"},
            "next_page_uri": {"type": "string", "format": "uri"}
        }}}}}}})
    }

    #[test]
    fn updates_merge_into_every_selected_node() {
        let mut doc = document();
        let o = overlay(json!([{
            "target": "$.paths['/Calls.json'].get.parameters[?@.name == 'StartTime' || @.name == 'StartTime<'].schema",
            "update": {"anyOf": [{"format": "date"}]}
        }]));
        assert_eq!(o.apply(&mut doc), [Outcome::Applied]);
        let params = &doc["paths"]["/Calls.json"]["get"]["parameters"];
        assert_eq!(params[1]["schema"]["anyOf"], json!([{"format": "date"}]));
        assert_eq!(params[2]["schema"]["anyOf"], json!([{"format": "date"}]));
        assert!(params[0]["schema"].get("anyOf").is_none());
        // A second time changes nothing: the action is already satisfied.
        assert_eq!(o.apply(&mut doc), [Outcome::AlreadySatisfied]);
    }

    #[test]
    fn removals_take_nodes_out_and_know_when_they_are_done() {
        let mut doc = document();
        let o = overlay(json!([{
            "target": "$.paths[*].get.responses['200'].properties['uri','next_page_uri'].format",
            "remove": true
        }]));
        assert_eq!(o.apply(&mut doc), [Outcome::Applied]);
        let props = &doc["paths"]["/Calls.json"]["get"]["responses"]["200"]["properties"];
        assert_eq!(props["uri"], json!({"type": "string"}));
        assert_eq!(props["next_page_uri"], json!({"type": "string"}));
        // The parent is still there, the key is not: satisfied.
        assert_eq!(o.apply(&mut doc), [Outcome::AlreadySatisfied]);
        // The parent is gone too: the target is gone.
        doc["paths"]["/Calls.json"]["get"]
            .as_object_mut()
            .unwrap()
            .retain(|k, _| k != "responses");
        assert_eq!(o.apply(&mut doc), [Outcome::TargetGone]);
    }

    #[test]
    fn an_update_whose_target_is_gone_says_so() {
        let mut doc = document();
        let o = overlay(json!([{"target": "$.paths['/Nope.json'].post", "update": {"x": 1}}]));
        let before = doc.clone();
        assert_eq!(o.apply(&mut doc), [Outcome::TargetGone]);
        assert_eq!(doc, before);
    }

    #[test]
    fn new_keys_keep_the_order_given_and_arrays_append_what_is_missing() {
        let mut doc = json!({"a": {"z": 1, "m": 2}, "l": [1, 2]});
        let o = overlay(json!([
            {"target": "$.a", "update": {"b": 3}},
            {"target": "$.l", "update": [2, 3]},
            {"target": "$.a.z", "update": 9}
        ]));
        assert_eq!(o.apply(&mut doc), [Outcome::Applied; 3]);
        assert_eq!(doc, json!({"a": {"z": 9, "m": 2, "b": 3}, "l": [1, 2, 3]}));
        let keys: Vec<_> = doc["a"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys.len(), 3);
    }

    #[test]
    fn paths_cover_names_indices_wildcards_and_filters() {
        let doc = json!({"a": [{"k": "x", "n": 1}, {"k": "y", "n": 2}], "b-c": {"d": true}});
        let count = |p: &str| select(&doc, &parse_path(p).unwrap()).len();
        assert_eq!(count("$.a[*]"), 2);
        assert_eq!(count("$.a[1].k"), 1);
        assert_eq!(count("$.a[5]"), 0);
        assert_eq!(count("$.a[?(@.k == 'y')]"), 1);
        assert_eq!(count("$.a[?@.k == \"x\" && @.n == 1]"), 1);
        assert_eq!(count("$.a[?@.k == 'x' && @.n == 2]"), 0);
        assert_eq!(count("$['b-c'].d"), 1);
        assert_eq!(count("$.b-c.*"), 1);
        assert_eq!(count("$"), 1);
    }

    #[test]
    fn malformed_overlays_are_refused_with_the_reason() {
        let bad = |doc: Value| Overlay::from_value(&doc).unwrap_err().to_string();
        let base = |actions: Value| json!({"overlay": "1.0.0", "info": {"title": "t"}, "actions": actions});
        assert!(bad(json!({"overlay": "2.0.0"})).contains("1.x"));
        assert!(
            bad(base(json!([{"target": "$.a"}]))).contains("either `update` or `remove: true`")
        );
        assert!(bad(base(json!([{"target": "a.b", "remove": true}]))).contains("root"));
        assert!(bad(base(json!([{"target": "$.a[?@.b = 1]", "remove": true}]))).contains("`==`"));
        assert!(bad(base(json!([{"target": "$.a['b'", "remove": true}]))).contains("missing `]`"));
    }
}
