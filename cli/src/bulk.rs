//! `calls bulk-create`: places one call per row of a CSV, under the client's limits (shared
//! through Redis with `--redis`), and writes what became of each row to a results CSV as it
//! happens, so that a run stopped halfway can be run again and go on where it stopped.
//!
//! - Input: a header row, then one row per call. The `To` column is required; any other
//!   column is a CreateCall parameter for that row, named by its wire name, setter or flag
//!   (`StatusCallback`, `status_callback`, `status-callback`). CreateCall's flags give every
//!   row's defaults (`--from`, `--url`, …); a non-empty cell wins.
//! - Results: `row,to,outcome,call_sid,attempts,error`, appended and flushed line by line.
//!   Before a row's request goes out, a `sending` line; when it is answered, its outcome:
//!   `placed`, `failed` (Twilio refused it, or it provably never reached Twilio) or
//!   `uncertain` (it may have been placed: the answer was lost). A rerun skips rows `placed`
//!   or `uncertain`, so no call is placed twice, and tries the `failed` ones again; a row
//!   left at `sending` (the run was killed while it was in flight) may have been placed, so
//!   it is recorded `uncertain` and not sent again.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::{Arg, ArgMatches, Command};
use futures_util::StreamExt;
use twilio_calls::{Client, DynamicRequest, Error, OperationDescription};

use crate::failure::Failure;
use crate::operations;

const CREATE: &str = "CreateCall";

/// The outcome a row has while its request is out.
const SENDING: &str = "sending";

pub fn command() -> Command {
    let create = OperationDescription::find(CREATE).expect("the surface has CreateCall");
    let mut command = Command::new("bulk-create")
        .about(
            "Place one call per row of a CSV under the account's limits, recording each \
             row's outcome; a rerun resumes, never placing a call twice",
        )
        .arg(
            Arg::new("csv")
                .long("csv")
                .required(true)
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .help("The rows: a header, a `To` column, optional CreateCall parameters"),
        )
        .arg(
            Arg::new("results")
                .long("results")
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .help("Where each row's outcome goes (default: the CSV's name + .results.csv)"),
        )
        .arg(
            Arg::new("concurrency")
                .long("concurrency")
                .value_parser(clap::value_parser!(usize))
                .default_value("10")
                .help("Creates outstanding at once (the limits below bound them further)"),
        )
        .arg(
            Arg::new("max_calls_per_second")
                .long("max-calls-per-second")
                .value_parser(clap::value_parser!(f64))
                .help("Calls placed per second, at most: the account's CPS"),
        )
        .arg(
            Arg::new("max_concurrent_requests")
                .long("max-concurrent-requests")
                .value_parser(clap::value_parser!(usize))
                .help("Requests in flight at once, at most: the account's concurrency"),
        )
        .arg(
            Arg::new("redis")
                .long("redis")
                .value_name("URL")
                .help("Share the limits with every process using this Redis (and prefix)"),
        )
        .arg(
            Arg::new("key_prefix")
                .long("key-prefix")
                .requires("redis")
                .help("The shared limits' key prefix in Redis"),
        );
    for arg in operations::default_args(create) {
        command = command.arg(arg);
    }
    command
}

/// One row to place.
struct Row {
    number: usize,
    to: String,
    parameters: Vec<(&'static str, String)>,
}

/// One row's outcome.
struct Outcome {
    number: usize,
    to: String,
    kind: &'static str,
    sid: String,
    attempts: u32,
    error: String,
    /// Twilio answered with an error (recorded as `failed`).
    refused: bool,
}

impl Outcome {
    /// `row` at `kind`, with nothing more known yet.
    fn of(row: &Row, kind: &'static str) -> Self {
        Self {
            number: row.number,
            to: row.to.clone(),
            kind,
            sid: String::new(),
            attempts: 0,
            error: String::new(),
            refused: false,
        }
    }
}

pub async fn run(matches: &ArgMatches) -> Result<(), Failure> {
    let create = OperationDescription::find(CREATE).expect("the surface has CreateCall");
    let csv_path: &PathBuf = matches.get_one("csv").expect("required");
    let results_path = matches
        .get_one::<PathBuf>("results")
        .cloned()
        .unwrap_or_else(|| {
            let mut name = csv_path.as_os_str().to_owned();
            name.push(".results.csv");
            PathBuf::from(name)
        });
    let rows = read_rows(csv_path, create)?;
    let mut done = read_results(&results_path)?;
    let mut results = open_results(&results_path)?;
    let write = |file: &mut std::fs::File, outcome: &Outcome| {
        write_result(file, outcome).map_err(|e| Failure::Other(e.to_string()))
    };
    // Rows in flight when an earlier run was stopped: they may have been placed.
    let interrupted: Vec<&Row> = rows
        .iter()
        .filter(|r| done.get(&r.number).map(String::as_str) == Some(SENDING))
        .collect();
    for row in interrupted {
        let outcome = Outcome {
            error: "the run stopped while it was being sent; it may have been placed".to_owned(),
            ..Outcome::of(row, "uncertain")
        };
        write(&mut results, &outcome)?;
        done.insert(row.number, "uncertain".to_owned());
    }
    let todo: Vec<Row> = rows
        .into_iter()
        .filter(|row| {
            !matches!(
                done.get(&row.number).map(String::as_str),
                Some("placed" | "uncertain")
            )
        })
        .collect();
    let skipped = done.values().filter(|o| *o != "failed").count();
    let client = client(matches)?;
    let defaults = operations::default_values(create, matches);
    let total = todo.len();
    let progress = Progress::new(total, skipped);
    let concurrency = *matches.get_one::<usize>("concurrency").unwrap_or(&10);
    let started = Instant::now();
    let results = std::cell::RefCell::new(results);
    let mut outcomes = futures_util::stream::iter(todo)
        .map(|row| {
            // Recorded before it goes out, so that a kill cannot make it look unsent.
            let recorded = write(&mut results.borrow_mut(), &Outcome::of(&row, SENDING));
            let (client, defaults) = (&client, &defaults);
            async move {
                recorded?;
                Ok::<_, Failure>(place(client, defaults, row).await)
            }
        })
        .buffer_unordered(concurrency.max(1));
    let (mut placed, mut failed, mut uncertain, mut refused) = (0, 0, 0, 0);
    while let Some(outcome) = outcomes.next().await {
        let outcome = outcome?;
        match outcome.kind {
            "placed" => placed += 1,
            "uncertain" => uncertain += 1,
            _ => failed += 1,
        }
        refused += usize::from(outcome.refused);
        write(&mut results.borrow_mut(), &outcome)?;
        progress.row(&outcome);
    }
    progress.finish();
    let took = started.elapsed();
    eprintln!(
        "{placed} placed, {failed} failed, {uncertain} uncertain (not re-sent), {skipped} done \
         before; {:.1} s, {:.2} calls/s; results in {}",
        took.as_secs_f64(),
        placed as f64 / took.as_secs_f64().max(1e-9),
        results_path.display()
    );
    match (failed, uncertain, refused) {
        (0, 0, _) => Ok(()),
        (_, _, r) if r > 0 => Err(Failure::Api(format!(
            "{failed} rows failed; see the results"
        ))),
        _ => Err(Failure::Transport(format!(
            "{failed} rows failed and {uncertain} may have been placed; see the results"
        ))),
    }
}

fn client(matches: &ArgMatches) -> Result<Client, Failure> {
    let input = |e: Error| Failure::Input(e.to_string());
    let mut builder = twilio_calls::ClientBuilder::from_env();
    if let Some(rate) = matches.get_one::<f64>("max_calls_per_second") {
        builder = builder.max_calls_per_second(*rate);
    }
    if let Some(max) = matches.get_one::<usize>("max_concurrent_requests") {
        builder = builder.max_concurrent_requests(*max);
    }
    if let Some(url) = matches.get_one::<String>("redis") {
        let mut limits = twilio_calls::limits::RedisLimits::new(url);
        if let Some(prefix) = matches.get_one::<String>("key_prefix") {
            limits = limits.key_prefix(prefix);
        }
        builder = builder.shared_limits(limits);
    }
    builder.build().map_err(input)
}

/// Places one row's call.
async fn place(client: &Client, defaults: &[(&'static str, String)], row: Row) -> Outcome {
    let mut outcome = Outcome::of(&row, "failed");
    // A row's own value replaces the defaults for its parameter (all of an array's).
    let own = |wire: &str| row.parameters.iter().any(|(w, _)| *w == wire);
    let defaults = defaults.iter().filter(|(wire, _)| !own(wire));
    let values: Vec<(&str, &str)> = [("To", row.to.as_str())]
        .into_iter()
        .chain(
            defaults
                .chain(&row.parameters)
                .map(|(w, v)| (*w, v.as_str())),
        )
        .collect();
    let request = DynamicRequest::new(client, CREATE, &[]).and_then(|request| {
        values
            .iter()
            .try_fold(request, |request, (wire, value)| request.set(wire, value))
    });
    let result = match request {
        Ok(request) => request.send_with_attempts().await,
        Err(e) => Err(e),
    };
    match result {
        Ok((resources, attempts)) => {
            outcome.kind = "placed";
            outcome.attempts = attempts;
            outcome.sid = resources
                .first()
                .and_then(|call| call["sid"].as_str())
                .unwrap_or_default()
                .to_owned();
        }
        Err(e) => {
            outcome.attempts = e.attempts();
            if e.may_have_taken_effect() {
                outcome.kind = "uncertain";
            } else {
                outcome.refused = e.api().is_some();
            }
            outcome.error = e
                .to_string()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    outcome
}

/// The rows of the CSV, each column checked against CreateCall's parameters first.
fn read_rows(path: &Path, create: &'static OperationDescription) -> Result<Vec<Row>, Failure> {
    let input = |message: String| Failure::Input(format!("{}: {message}", path.display()));
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_path(path)
        .map_err(|e| input(e.to_string()))?;
    let headers = reader.headers().map_err(|e| input(e.to_string()))?.clone();
    let columns: Vec<&'static str> = headers
        .iter()
        .map(|name| {
            operations::parameter_named(create, name)
                .map(|p| p.wire)
                .ok_or_else(|| input(format!("column `{name}` is not a CreateCall parameter")))
        })
        .collect::<Result<_, _>>()?;
    let to = columns
        .iter()
        .position(|c| *c == "To")
        .ok_or_else(|| input("no `To` column".to_owned()))?;
    let mut rows = Vec::new();
    for (number, record) in (1..).zip(reader.records()) {
        let record = record.map_err(|e| input(e.to_string()))?;
        let parameters = columns
            .iter()
            .zip(record.iter())
            .enumerate()
            .filter(|(i, (_, value))| *i != to && !value.is_empty())
            .map(|(_, (wire, value))| (*wire, value.to_owned()))
            .collect();
        let to = record.get(to).unwrap_or_default().to_owned();
        if to.is_empty() {
            return Err(input(format!("row {number} has no `To`")));
        }
        rows.push(Row {
            number,
            to,
            parameters,
        });
    }
    Ok(rows)
}

/// Each row's last outcome in an earlier run's results, if there are any.
fn read_results(path: &Path) -> Result<HashMap<usize, String>, Failure> {
    let mut outcomes = HashMap::new();
    if !path.exists() {
        return Ok(outcomes);
    }
    let mut reader = csv::Reader::from_path(path)
        .map_err(|e| Failure::Input(format!("{}: {e}", path.display())))?;
    for record in reader.records() {
        // A line cut short by a kill is the only damage a run leaves: that row is tried again.
        let Ok(record) = record else { continue };
        if let (Some(row), Some(outcome)) =
            (record.get(0).and_then(|r| r.parse().ok()), record.get(2))
        {
            outcomes.insert(row, outcome.to_owned());
        }
    }
    Ok(outcomes)
}

fn open_results(path: &Path) -> Result<std::fs::File, Failure> {
    let new = !path.exists() || std::fs::metadata(path).is_ok_and(|m| m.len() == 0);
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| Failure::Other(format!("cannot write {}: {e}", path.display())))?;
    if new {
        writeln!(file, "row,to,outcome,call_sid,attempts,error")
            .map_err(|e| Failure::Other(e.to_string()))?;
    }
    Ok(file)
}

fn write_result(file: &mut std::fs::File, outcome: &Outcome) -> Result<(), csv::Error> {
    // One row per write, flushed: a kill loses at most the row being written.
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    writer.write_record([
        outcome.number.to_string(),
        outcome.to.clone(),
        outcome.kind.to_owned(),
        outcome.sid.clone(),
        outcome.attempts.to_string(),
        outcome.error.clone(),
    ])?;
    let line = writer.into_inner().map_err(|e| e.into_error())?;
    file.write_all(&line)?;
    file.flush()?;
    Ok(())
}

/// A progress bar on a terminal; a line per tenth done otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    total: usize,
    done: std::cell::Cell<usize>,
}

impl Progress {
    fn new(total: usize, skipped: usize) -> Self {
        if skipped > 0 {
            eprintln!("{skipped} rows done in an earlier run: skipped");
        }
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} calls, {per_sec}, {eta} left",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Self {
            bar,
            total,
            done: std::cell::Cell::new(0),
        }
    }

    fn row(&self, outcome: &Outcome) {
        let done = self.done.get() + 1;
        self.done.set(done);
        match &self.bar {
            Some(bar) => {
                bar.inc(1);
                if outcome.kind != "placed" {
                    bar.println(format!(
                        "row {}: {} ({})",
                        outcome.number, outcome.kind, outcome.error
                    ));
                }
            }
            None if done * 10 / self.total.max(1) != (done - 1) * 10 / self.total.max(1) => {
                eprintln!("{done}/{} rows", self.total);
            }
            None => {}
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
