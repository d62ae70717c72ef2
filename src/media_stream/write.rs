//! Writing JSON objects key by key, in the order Twilio's documentation gives them.

use serde_json::{Map, Value};

/// A JSON object written key by key, in order.
pub(super) struct Writer {
    pub(super) out: String,
    /// Whether the innermost object has a key yet.
    started: Vec<bool>,
}

impl Writer {
    pub(super) fn new() -> Self {
        Self::with_capacity(128)
    }

    pub(super) fn with_capacity(capacity: usize) -> Self {
        let mut out = String::with_capacity(capacity);
        out.push('{');
        Self {
            out,
            started: vec![false],
        }
    }

    pub(super) fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    pub(super) fn string(&mut self, text: &str) {
        // serde_json escapes exactly as JSON needs.
        self.out
            .push_str(&serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned()));
    }

    pub(super) fn key(&mut self, name: &str) {
        if let Some(started) = self.started.last_mut() {
            if *started {
                self.out.push(',');
            }
            *started = true;
        }
        self.string(name);
        self.out.push(':');
    }

    pub(super) fn key_str(&mut self, name: &str, value: &str) {
        self.key(name);
        self.string(value);
    }

    pub(super) fn key_raw(&mut self, name: &str, value: &str) {
        self.key(name);
        self.raw(value);
    }

    pub(super) fn sequence(&mut self, sequence: Option<u64>) {
        if let Some(sequence) = sequence {
            self.key_str("sequenceNumber", &sequence.to_string());
        }
    }

    pub(super) fn open(&mut self) {
        self.out.push('{');
        self.started.push(false);
    }

    pub(super) fn close(&mut self) {
        self.out.push('}');
        self.started.pop();
    }

    pub(super) fn extra(&mut self, extra: &Map<String, Value>) {
        for (name, value) in extra {
            self.key_raw(name, &value.to_string());
        }
    }

    pub(super) fn finish(mut self) -> String {
        self.out.push('}');
        self.out
    }
}
