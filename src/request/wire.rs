//! The wire form of one request: what the generated `write` of each operation puts in the
//! path, the query and the form, and the `reqwest::Request` made of it; and the numbered
//! keys of a family (`Parameter{n}.Name`).

use std::fmt::{self, Write as _};
use std::time::Duration;

use reqwest::header::{CONTENT_TYPE, HeaderValue};

use crate::error::Error;
use crate::http::OperationInfo;

/// The wire form of one request, written by the generated code: the path (each parameter
/// percent-encoded), then query and form pairs, keys as the spec names them, arrays as
/// repeated keys (`StatusCallbackEvent=initiated&StatusCallbackEvent=ringing`; Twilio refuses
/// comma-joined lists, and `Key[]=` is a mock server's convention, not Twilio's), booleans as
/// `true`/`false`, unset parameters left out.
pub struct Wire {
    url: String,
    path_start: usize,
    query: String,
    form: String,
    scratch: String,
}

impl Wire {
    pub(super) fn new(base_url: &str) -> Self {
        let mut url = String::with_capacity(base_url.len() + 96);
        url.push_str(base_url);
        Self {
            path_start: url.len(),
            url,
            query: String::new(),
            form: String::new(),
            scratch: String::new(),
        }
    }

    /// A fixed piece of the path.
    pub fn literal(&mut self, text: &str) {
        self.url.push_str(text);
    }

    /// A path parameter, percent-encoded.
    pub fn segment(&mut self, value: &str) {
        self.url.push_str(&progenitor_client::encode_path(value));
    }

    /// A query parameter's values (none when unset; several for an array).
    pub fn query(&mut self, key: &str, values: &[impl fmt::Display]) {
        append_pairs(&mut self.query, &mut self.scratch, key, values);
    }

    /// A form parameter's values (none when unset; several for an array).
    pub fn form(&mut self, key: &str, values: &[impl fmt::Display]) {
        append_pairs(&mut self.form, &mut self.scratch, key, values);
    }

    /// A family of numbered form keys: row `n` (from 1) as `{prefix}{n}.{field}`, one pair
    /// per field, in order. A row with every field empty is a gap left by setting a later
    /// row by its key (`Parameter99.Name`), and is not sent.
    pub fn family<const K: usize>(
        &mut self,
        prefix: &str,
        fields: &[&str; K],
        rows: &[[String; K]],
    ) {
        let mut key = String::new();
        for (n, row) in (1..).zip(rows) {
            if row.iter().all(String::is_empty) {
                continue;
            }
            for (field, value) in fields.iter().zip(row) {
                key.clear();
                let _ = write!(key, "{prefix}{n}.{field}");
                append_pairs(&mut self.form, &mut self.scratch, &key, &[value]);
            }
        }
    }

    /// The path written so far (after the base URL).
    pub(super) fn path(&self) -> &str {
        &self.url[self.path_start..]
    }

    /// The request.
    pub(super) fn into_request(
        mut self,
        op: &OperationInfo,
        timeout: Option<Duration>,
    ) -> Result<reqwest::Request, Error> {
        if !self.query.is_empty() {
            self.url.push('?');
            self.url.push_str(&self.query);
        }
        let url = reqwest::Url::parse(&self.url).map_err(|e| {
            Error::config(format!("{} cannot be sent to {:?}: {e}", op.name, self.url))
        })?;
        let mut request = reqwest::Request::new(op.method.clone(), url);
        if timeout.is_some() {
            *request.timeout_mut() = timeout;
        }
        if op.has_form {
            request.headers_mut().insert(
                CONTENT_TYPE,
                HeaderValue::from_static("application/x-www-form-urlencoded"),
            );
            *request.body_mut() = Some(self.form.into());
        }
        Ok(request)
    }
}

/// Where a numbered key (`Parameter3.Value`) of the family `prefix` with `fields` goes:
/// `(row, column)` from 0, or `None` when the key is not one of the family's.
pub(crate) fn family_slot(key: &str, prefix: &str, fields: &[&str]) -> Option<(usize, usize)> {
    let (number, field) = key.strip_prefix(prefix)?.split_once('.')?;
    let column = fields.iter().position(|f| *f == field)?;
    if number.starts_with('0') || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let row = number.parse::<usize>().ok()?.checked_sub(1)?;
    Some((row, column))
}

/// Sets one field of a family's row (as [`Request::set`] does from a numbered key), adding
/// empty rows up to it; a row past the `max` the spec numbers is refused, naming `first_over`
/// (`Parameter100.Name`), before anything is stored.
pub(crate) fn family_set<const K: usize>(
    rows: &mut Vec<[String; K]>,
    (row, column): (usize, usize),
    value: &str,
    max: usize,
    first_over: &'static str,
) -> Result<(), Error> {
    if row >= max {
        return Err(Error::invalid(
            first_over,
            format!("rows are numbered from 1 to {max} (got row {})", row + 1),
        ));
    }
    if rows.len() <= row {
        rows.resize_with(row + 1, || std::array::from_fn(|_| String::new()));
    }
    rows[row][column] = value.to_owned();
    Ok(())
}

fn append_pairs(out: &mut String, scratch: &mut String, key: &str, values: &[impl fmt::Display]) {
    for value in values {
        scratch.clear();
        let _ = write!(scratch, "{value}");
        if !out.is_empty() {
            out.push('&');
        }
        out.extend(form_urlencoded::byte_serialize(key.as_bytes()));
        out.push('=');
        out.extend(form_urlencoded::byte_serialize(scratch.as_bytes()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_form_encoded_and_arrays_repeat_their_key() {
        let mut wire = Wire::new("https://api.twilio.com");
        wire.literal("/2010-04-01/Accounts/");
        wire.segment("AC a/b");
        wire.literal("/Calls.json");
        wire.form("To", &["+1 555"]);
        wire.form("StatusCallbackEvent", &["initiated", "ringing"]);
        wire.form("Record", &[false]);
        wire.form("Twiml", &["<Say>a&b=ü</Say>"]);
        wire.form("Unset", None::<String>.as_slice());
        wire.query("StartTime<", &["2024-01-31"]);
        assert_eq!(
            wire.form,
            "To=%2B1+555&StatusCallbackEvent=initiated&StatusCallbackEvent=ringing\
             &Record=false&Twiml=%3CSay%3Ea%26b%3D%C3%BC%3C%2FSay%3E"
        );
        assert_eq!(wire.query, "StartTime%3C=2024-01-31");
        let info = OperationInfo {
            name: "CreateCall",
            method: reqwest::Method::POST,
            idempotent: false,
            has_body: true,
            has_form: true,
            returns_page: false,
        };
        assert_eq!(wire.path(), "/2010-04-01/Accounts/AC%20a%2Fb/Calls.json");
        let request = wire.into_request(&info, None).unwrap();
        assert_eq!(
            request.url().as_str(),
            "https://api.twilio.com/2010-04-01/Accounts/AC%20a%2Fb/Calls.json?StartTime%3C=2024-01-31"
        );
        assert_eq!(
            request.headers()[CONTENT_TYPE],
            "application/x-www-form-urlencoded"
        );
    }

    /// Whatever text the parameters hold, the pairs a form decoder reads back are exactly
    /// those written, in order, arrays as repeated keys.
    mod round_trip {
        use proptest::prelude::*;

        use super::super::Wire;

        fn text() -> impl Strategy<Value = String> {
            // Any Unicode, weighted towards the characters forms treat specially.
            prop_oneof![any::<String>(), "[ &=+%#;?/<>\"'\\\r\n\t\u{0}ü€😀]{0,12}"]
        }

        proptest! {
            #[test]
            fn a_form_decoder_reads_back_every_pair(
                values in proptest::collection::vec((text(), proptest::option::of(text())), 0..6),
                events in proptest::collection::vec(text(), 0..4),
            ) {
                let mut wire = Wire::new("http://x");
                let mut expected = Vec::new();
                for (key, value) in &values {
                    wire.form(key, value.as_slice());
                    expected.extend(value.iter().map(|v| (key.clone(), v.clone())));
                }
                wire.form("Events", &events);
                expected.extend(events.iter().map(|e| ("Events".to_owned(), e.clone())));
                let decoded: Vec<(String, String)> =
                    form_urlencoded::parse(wire.form.as_bytes()).into_owned().collect();
                prop_assert_eq!(decoded, expected);
                // Only unreserved characters and escapes go on the wire.
                prop_assert!(wire.form.bytes().all(|b| b.is_ascii_graphic() && b != b' '));
            }
        }
    }
}
