//! How resources are printed: one JSON object per line, or an aligned table whose columns
//! have fixed widths, so rows can be written as pages arrive.

use std::io::Write;

use serde_json::Value;

/// Output format.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns.
    Table,
    /// One JSON object per resource, one per line.
    Json,
}

/// A table column: the resource's field, its title, its width.
type Column = (&'static str, &'static str, usize);

const SID: Column = ("sid", "SID", 34);
const STATUS: Column = ("status", "Status", 11);

/// The columns of a collection's table, by its [`Calls`](twilio_calls::Calls) accessor
/// (`None` for the calls); a collection not named here (a new one) gets SID, status, name
/// and date. A resource without a SID (a call event) is shown as JSON.
pub fn columns(collection: Option<&str>) -> &'static [Column] {
    match collection {
        None => &[
            SID,
            ("from", "From", 16),
            ("to", "To", 16),
            STATUS,
            ("start_time", "Start Time", 31),
        ],
        Some("recordings") => &[
            SID,
            STATUS,
            ("channels", "Channels", 8),
            ("duration", "Duration", 8),
            ("start_time", "Start Time", 31),
        ],
        Some("notifications") => &[
            SID,
            ("error_code", "Error", 6),
            ("log", "Level", 5),
            ("request_url", "Request URL", 40),
            ("date_created", "Created", 31),
        ],
        Some(_) => &[
            SID,
            STATUS,
            ("name", "Name", 16),
            ("date_updated", "Updated", 31),
        ],
    }
}

/// Writes resources as they come.
pub struct Printer {
    format: Format,
    columns: &'static [Column],
    header_done: bool,
    pub shown: usize,
}

impl Printer {
    pub fn new(format: Format, columns: &'static [Column]) -> Self {
        Self {
            format,
            columns,
            header_done: false,
            shown: 0,
        }
    }

    /// Prints one resource.
    pub fn resource(&mut self, resource: &Value) -> std::io::Result<()> {
        self.shown += 1;
        let mut out = std::io::stdout().lock();
        if self.format == Format::Json || resource.get("sid").is_none() {
            writeln!(out, "{resource}")?;
            return out.flush();
        }
        if !self.header_done {
            self.header_done = true;
            let header = self
                .columns
                .iter()
                .map(|(_, title, width)| (title.to_string(), *width));
            writeln!(out, "{}", row(header))?;
        }
        let cells = self
            .columns
            .iter()
            .map(|(key, _, width)| (cell(resource.get(key)), *width));
        writeln!(out, "{}", row(cells))?;
        out.flush()
    }
}

/// A value as a table cell: text as it is, anything else as JSON, nothing for null.
fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(other) => other.to_string(),
    }
}

/// Cells padded to their widths, two spaces apart.
fn row(cells: impl Iterator<Item = (String, usize)>) -> String {
    let mut line = String::new();
    for (cell, width) in cells {
        line.push_str(&format!("{cell:<width$}  "));
    }
    line.trim_end().to_owned()
}
