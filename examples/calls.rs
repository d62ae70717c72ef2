//! `calls`: a command-line tool over the SDK, with twilio-cli's `api:core:calls:*` flags, and
//! a local fake Twilio to point it (or anything else) at.
//!
//! ```text
//! cargo run --example calls -- serve-fake --port 8087 --speed 5 > fake.env &
//! sleep 5 && source fake.env      # TWILIO_BASE_URL, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN
//! cargo run --example calls -- create --to +15558675310 --from +15005550006 \
//!     --url https://demo.twilio.com/docs/voice.xml \
//!     --status-callback-event initiated --status-callback-event completed
//! cargo run --example calls -- list --status in-progress --start-time-after 2024-01-01 -o json
//! cargo run --example calls -- update --sid CA… --status completed
//! cargo run --example calls -- delete --sid CA…
//! cargo run --example calls -- recordings start --call-sid CA… --recording-channels dual
//! cargo run --example calls -- recordings list --call-sid CA…
//! cargo run --example calls -- recordings stop --call-sid CA… --sid RE…
//! cargo run --example calls -- streams start --call-sid CA… --url wss://example.com/audio \
//!     --name agent --parameter tenant=acme
//! cargo run --example calls -- streams stop --call-sid CA… --sid agent
//! cargo run --example calls -- token --identity alice --incoming-allow    # TWILIO_API_KEY/SECRET
//! ```
//!
//! Credentials and `TWILIO_BASE_URL` come from the environment, as `Client::from_env` reads
//! them. Output is an aligned table (`-o table`, the default) or one JSON object per call
//! (`-o json`); lists stream their rows as pages arrive, with progress on a terminal.

// `serve-fake` compiles the fake from its source, so this example needs no cargo feature
// (see examples/quickstart.rs).
#[allow(dead_code, unused_imports)]
#[path = "../src/testing/mod.rs"]
mod testing;

use std::io::{IsTerminal, Write};

use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Parser, Subcommand, ValueEnum};
use futures_util::TryStreamExt;
use twilio_calls::jwt::{AccessToken, VoiceGrant};
use twilio_calls::{Call, CallRecording, Calls, Client, DateOrDateTime, MediaStream};

#[derive(Parser)]
#[command(name = "calls", about = "Twilio Calls from the command line")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Output format.
    #[arg(short = 'o', long = "output", value_enum, default_value_t = Output::Table, global = true)]
    output: Output,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Output {
    /// Aligned columns.
    Table,
    /// One JSON object per call, one per line.
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Place a call (api:core:calls:create).
    Create(Box<CreateArgs>),
    /// Show one call (api:core:calls:fetch).
    Fetch(SidArgs),
    /// List calls, newest first (api:core:calls:list).
    List(ListArgs),
    /// Redirect or hang up a call (api:core:calls:update).
    Update(UpdateArgs),
    /// Delete a call record (api:core:calls:remove).
    Delete(SidArgs),
    /// A call's recordings (api:core:calls:recordings:*).
    #[command(subcommand)]
    Recordings(RecordingsCommand),
    /// A call's media streams (api:core:calls:streams:*).
    #[command(subcommand)]
    Streams(StreamsCommand),
    /// Mint a Voice access token for a Voice SDK client, from TWILIO_ACCOUNT_SID,
    /// TWILIO_API_KEY and TWILIO_API_SECRET (twilio-cli: token:voice).
    Token(TokenArgs),
    /// Run a local fake Twilio and print `export` lines for it.
    ServeFake(ServeArgs),
}

/// `--account-sid`: act on a subaccount instead of the credentials' account.
#[derive(Args)]
struct Account {
    /// The account that owns the calls (a subaccount of TWILIO_ACCOUNT_SID).
    #[arg(long)]
    account_sid: Option<String>,
}

impl Account {
    fn calls(&self, client: &Client) -> Calls {
        match &self.account_sid {
            Some(sid) => client.account(sid).calls(),
            None => client.calls(),
        }
    }
}

#[derive(Subcommand)]
enum RecordingsCommand {
    /// List a call's recordings, newest first (api:core:calls:recordings:list).
    List(CallSidArgs),
    /// Start recording a call in progress (api:core:calls:recordings:create).
    Start(RecordingStartArgs),
    /// Pause a recording (api:core:calls:recordings:update --status paused).
    Pause(ItemArgs),
    /// Resume a paused recording (api:core:calls:recordings:update --status in-progress).
    Resume(ItemArgs),
    /// Stop a recording (api:core:calls:recordings:update --status stopped).
    Stop(ItemArgs),
}

#[derive(Subcommand)]
enum StreamsCommand {
    /// Fork a call's audio to a WebSocket (api:core:calls:streams:create).
    Start(StreamStartArgs),
    /// Stop a stream, by SID or by name (api:core:calls:streams:update --status stopped).
    Stop(ItemArgs),
}

/// The call a subresource belongs to.
#[derive(Args)]
struct CallSidArgs {
    /// The call's SID (CA…).
    #[arg(long)]
    call_sid: String,
    #[command(flatten)]
    account: Account,
}

/// One item of a call's subresource.
#[derive(Args)]
struct ItemArgs {
    #[command(flatten)]
    call: CallSidArgs,
    /// The item's SID (RE…, MZ…), or a stream's name.
    #[arg(long)]
    sid: String,
}

#[derive(Args)]
struct RecordingStartArgs {
    #[command(flatten)]
    call: CallSidArgs,
    /// mono or dual.
    #[arg(long)]
    recording_channels: Option<String>,
    /// inbound, outbound or both.
    #[arg(long)]
    recording_track: Option<String>,
    /// trim-silence or do-not-trim.
    #[arg(long)]
    trim: Option<String>,
    /// Where to send recording events.
    #[arg(long)]
    recording_status_callback: Option<String>,
    #[arg(long)]
    recording_status_callback_method: Option<String>,
    /// in-progress, completed or absent; repeat for several.
    #[arg(long)]
    recording_status_callback_event: Vec<String>,
}

#[derive(Args)]
struct StreamStartArgs {
    #[command(flatten)]
    call: CallSidArgs,
    /// The wss:// URL to stream to.
    #[arg(long)]
    url: String,
    /// A name, to stop the stream by.
    #[arg(long)]
    name: Option<String>,
    /// inbound_track, outbound_track or both_tracks.
    #[arg(long)]
    track: Option<String>,
    #[arg(long)]
    status_callback: Option<String>,
    #[arg(long)]
    status_callback_method: Option<String>,
    /// A custom parameter for the stream's `start` message, as name=value; repeat for several.
    #[arg(long, value_parser = name_value)]
    parameter: Vec<(String, String)>,
}

#[derive(Args)]
struct TokenArgs {
    /// Who the token's holder is: calls to `client:<identity>` reach it.
    #[arg(long)]
    identity: String,
    /// Seconds until it expires.
    #[arg(long, default_value_t = 3600)]
    ttl: u64,
    /// Let the client receive calls.
    #[arg(long)]
    incoming_allow: bool,
    /// The TwiML application (AP…) whose Voice URL handles the client's outgoing calls.
    #[arg(long)]
    outgoing_application_sid: Option<String>,
    /// A parameter for the application, as name=value; repeat for several.
    #[arg(long, value_parser = name_value)]
    outgoing_application_param: Vec<(String, String)>,
    /// The push credential (CR…) for incoming-call notifications on mobile.
    #[arg(long)]
    push_credential_sid: Option<String>,
    /// The Twilio region of the client, e.g. ie1.
    #[arg(long)]
    region: Option<String>,
}

fn name_value(value: &str) -> Result<(String, String), String> {
    value
        .split_once('=')
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .ok_or_else(|| format!("`{value}` is not name=value"))
}

#[derive(Args)]
struct SidArgs {
    /// The call's SID (CA…).
    #[arg(long)]
    sid: String,
    #[command(flatten)]
    account: Account,
}

#[derive(Args)]
struct CreateArgs {
    #[command(flatten)]
    account: Account,
    /// The number, SIP address or client to call.
    #[arg(long)]
    to: String,
    /// The caller ID: one of your Twilio numbers.
    #[arg(long)]
    from: String,
    #[command(flatten)]
    instructions: Instructions,
    /// A TwiML application to run (AP…), instead of --url or --twiml.
    #[arg(long)]
    application_sid: Option<String>,
    /// initiated, ringing, answered or completed; repeat for several.
    #[arg(long)]
    status_callback_event: Vec<String>,
    #[arg(long)]
    send_digits: Option<String>,
    #[arg(long)]
    timeout: Option<u32>,
    #[arg(long)]
    record: Option<bool>,
    #[arg(long)]
    recording_channels: Option<String>,
    #[arg(long)]
    recording_status_callback: Option<String>,
    #[arg(long)]
    recording_status_callback_method: Option<String>,
    /// in-progress, completed or absent; repeat for several.
    #[arg(long)]
    recording_status_callback_event: Vec<String>,
    #[arg(long)]
    recording_track: Option<String>,
    #[arg(long)]
    trim: Option<String>,
    #[arg(long)]
    sip_auth_username: Option<String>,
    #[arg(long)]
    sip_auth_password: Option<String>,
    #[arg(long)]
    machine_detection: Option<String>,
    #[arg(long)]
    machine_detection_timeout: Option<u32>,
    #[arg(long)]
    machine_detection_speech_threshold: Option<u32>,
    #[arg(long)]
    machine_detection_speech_end_threshold: Option<u32>,
    #[arg(long)]
    machine_detection_silence_timeout: Option<u32>,
    #[arg(long)]
    async_amd: Option<bool>,
    #[arg(long)]
    async_amd_status_callback: Option<String>,
    #[arg(long)]
    async_amd_status_callback_method: Option<String>,
    #[arg(long)]
    caller_id: Option<String>,
    #[arg(long)]
    byoc: Option<String>,
    #[arg(long)]
    call_reason: Option<String>,
    #[arg(long)]
    call_token: Option<String>,
}

#[derive(Args)]
struct UpdateArgs {
    #[command(flatten)]
    target: SidArgs,
    /// canceled (while queued or ringing) or completed (hang up).
    #[arg(long)]
    status: Option<String>,
    #[command(flatten)]
    instructions: Instructions,
}

/// What create and update share: the call's TwiML, its fallback, its status callback and
/// its time limit.
#[derive(Args)]
struct Instructions {
    /// URL returning the call's TwiML.
    #[arg(long)]
    url: Option<String>,
    #[arg(long)]
    method: Option<String>,
    /// The call's TwiML, inline.
    #[arg(long)]
    twiml: Option<String>,
    #[arg(long)]
    fallback_url: Option<String>,
    #[arg(long)]
    fallback_method: Option<String>,
    #[arg(long)]
    status_callback: Option<String>,
    #[arg(long)]
    status_callback_method: Option<String>,
    /// The longest the call may last, in seconds.
    #[arg(long)]
    time_limit: Option<u32>,
}

#[derive(Args)]
struct ListArgs {
    #[command(flatten)]
    account: Account,
    #[arg(long)]
    to: Option<String>,
    #[arg(long)]
    from: Option<String>,
    #[arg(long)]
    parent_call_sid: Option<String>,
    /// queued, ringing, in-progress, canceled, completed, failed, busy or no-answer.
    #[arg(long)]
    status: Option<String>,
    /// A day (2024-01-31) or an instant (2024-01-31T15:04:05Z).
    #[arg(long, value_parser = when)]
    start_time: Option<DateOrDateTime>,
    #[arg(long, value_parser = when)]
    start_time_before: Option<DateOrDateTime>,
    #[arg(long, value_parser = when)]
    start_time_after: Option<DateOrDateTime>,
    #[arg(long, value_parser = when)]
    end_time: Option<DateOrDateTime>,
    #[arg(long, value_parser = when)]
    end_time_before: Option<DateOrDateTime>,
    #[arg(long, value_parser = when)]
    end_time_after: Option<DateOrDateTime>,
    /// The most calls to show.
    #[arg(long, default_value_t = 50, conflicts_with = "no_limit")]
    limit: usize,
    /// Show every call.
    #[arg(long)]
    no_limit: bool,
    /// Calls per page (1-1000).
    #[arg(long)]
    page_size: Option<u32>,
}

#[derive(Args)]
struct ServeArgs {
    /// The port on 127.0.0.1 (0: any free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// The account SID it accepts (random unless given).
    #[arg(long)]
    account_sid: Option<String>,
    /// The auth token it accepts and signs callbacks with (random unless given).
    #[arg(long)]
    auth_token: Option<String>,
    /// Runs the call lifecycle this many times faster (queued 1 s, ringing 3 s, in progress
    /// 10 s at speed 1).
    #[arg(long, default_value_t = 1.0)]
    speed: f64,
    /// Calls move only when updated through the API.
    #[arg(long, conflicts_with = "speed")]
    manual: bool,
    /// Calls are answered at once and stay in progress until hung up (to try what happens
    /// inside a call: recordings, streams).
    #[arg(long, conflicts_with_all = ["speed", "manual"])]
    answer: bool,
}

fn when(value: &str) -> Result<DateOrDateTime, String> {
    if let Ok(day) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Ok(day.into());
    }
    DateTime::parse_from_rfc3339(value)
        .map(|at| at.with_timezone(&Utc).into())
        .map_err(|_| format!("`{value}` is neither a date (2024-01-31) nor an RFC 3339 date-time"))
}

/// `builder.name(value)` for each option that is set.
macro_rules! set {
    ($builder:ident, $args:expr; $($name:ident),* $(,)?) => {
        $(if let Some(value) = $args.$name {
            $builder = $builder.$name(value);
        })*
    };
}

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    if let Err(e) = run(cli).await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    let output = cli.output;
    let mut printer = Printer::new(output);
    match cli.command {
        Command::ServeFake(args) => return serve_fake(args).await,
        Command::Token(args) => println!("{}", token(args)?),
        Command::Create(args) => {
            let args = *args;
            let mut create = args
                .account
                .calls(&Client::from_env()?)
                .create()
                .to(args.to)
                .from(args.from);
            if !args.status_callback_event.is_empty() {
                create = create.status_callback_event(args.status_callback_event);
            }
            if !args.recording_status_callback_event.is_empty() {
                create =
                    create.recording_status_callback_event(args.recording_status_callback_event);
            }
            let common = args.instructions;
            set!(create, common; url, method, twiml, fallback_url, fallback_method,
                status_callback, status_callback_method, time_limit);
            set!(create, args; application_sid, send_digits, timeout, record,
                recording_channels, recording_status_callback, recording_status_callback_method,
                recording_track, trim, sip_auth_username, sip_auth_password, machine_detection,
                machine_detection_timeout, machine_detection_speech_threshold,
                machine_detection_speech_end_threshold, machine_detection_silence_timeout,
                async_amd, async_amd_status_callback, async_amd_status_callback_method, caller_id,
                byoc, call_reason, call_token);
            printer.call(&create.send().await?);
        }
        Command::Fetch(args) => {
            let call = args
                .account
                .calls(&Client::from_env()?)
                .fetch(args.sid)
                .send()
                .await?;
            printer.call(&call);
        }
        Command::Update(args) => {
            let calls = args.target.account.calls(&Client::from_env()?);
            let mut update = calls.update(args.target.sid);
            let common = args.instructions;
            set!(update, args; status);
            set!(update, common; url, method, twiml, fallback_url, fallback_method,
                status_callback, status_callback_method, time_limit);
            printer.call(&update.send().await?);
        }
        Command::Delete(args) => {
            let calls = args.account.calls(&Client::from_env()?);
            calls.delete(&args.sid).send().await?;
            eprintln!("deleted {}", args.sid);
        }
        Command::Recordings(command) => recordings(command, &mut printer).await?,
        Command::Streams(command) => streams(command, &mut printer).await?,
        Command::List(args) => {
            let mut list = args.account.calls(&Client::from_env()?).list();
            if !args.no_limit {
                list = list.limit(args.limit);
            }
            set!(list, args; to, from, parent_call_sid, status, start_time, start_time_before,
                start_time_after, end_time, end_time_before, end_time_after, page_size);
            // Rows on a terminal are their own progress; when they go to a file or a pipe,
            // a count on the terminal shows the list is still moving.
            let progress = std::io::stderr().is_terminal() && !std::io::stdout().is_terminal();
            let mut calls = list.stream();
            let mut shown = 0usize;
            while let Some(call) = calls.try_next().await? {
                printer.call(&call);
                shown += 1;
                if progress && shown.is_multiple_of(100) {
                    eprint!("\r{shown} calls…");
                }
            }
            if progress && shown >= 100 {
                eprint!("\r\x1b[K");
            }
            if shown == 0 {
                eprintln!("no calls");
            }
        }
    }
    Ok(())
}

/// A Voice access token, from the account and API key in the environment.
fn token(args: TokenArgs) -> Result<String, Box<dyn std::error::Error>> {
    let var = |name: &str| {
        std::env::var(name)
            .map_err(|_| format!("{name} is not set (a token is signed with an API key)"))
    };
    let mut grant = VoiceGrant::new().incoming_allow(args.incoming_allow);
    if let Some(sid) = args.outgoing_application_sid {
        grant = grant.outgoing_application_sid(sid);
    }
    for (name, value) in args.outgoing_application_param {
        grant = grant.outgoing_application_param(name, value);
    }
    if let Some(sid) = args.push_credential_sid {
        grant = grant.push_credential_sid(sid);
    }
    let mut token = AccessToken::new(
        var("TWILIO_ACCOUNT_SID")?,
        var("TWILIO_API_KEY")?,
        var("TWILIO_API_SECRET")?,
    )
    .identity(args.identity)
    .ttl(std::time::Duration::from_secs(args.ttl))
    .voice_grant(grant);
    if let Some(region) = args.region {
        token = token.region(region);
    }
    Ok(token.to_jwt())
}

async fn recordings(
    command: RecordingsCommand,
    printer: &mut Printer,
) -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let handler = |call: &CallSidArgs| call.account.calls(&client).recordings(&call.call_sid);
    let update =
        |item: ItemArgs, status: &'static str| handler(&item.call).update(item.sid).status(status);
    match command {
        RecordingsCommand::List(call) => {
            let mut recordings = handler(&call).list().stream();
            while let Some(recording) = recordings.try_next().await? {
                printer.recording(&recording);
            }
        }
        RecordingsCommand::Start(args) => {
            let mut start = handler(&args.call).create();
            if !args.recording_status_callback_event.is_empty() {
                start = start.recording_status_callback_event(args.recording_status_callback_event);
            }
            set!(start, args; recording_channels, recording_track, trim,
                recording_status_callback, recording_status_callback_method);
            printer.recording(&start.send().await?);
        }
        RecordingsCommand::Pause(item) => printer.recording(&update(item, "paused").send().await?),
        RecordingsCommand::Resume(item) => {
            printer.recording(&update(item, "in-progress").send().await?)
        }
        RecordingsCommand::Stop(item) => printer.recording(&update(item, "stopped").send().await?),
    }
    Ok(())
}

async fn streams(
    command: StreamsCommand,
    printer: &mut Printer,
) -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let handler = |call: &CallSidArgs| call.account.calls(&client).streams(&call.call_sid);
    match command {
        StreamsCommand::Start(args) => {
            let mut start = handler(&args.call)
                .create()
                .url(args.url)
                .parameters(args.parameter);
            set!(start, args; name, track, status_callback, status_callback_method);
            printer.stream(&start.send().await?);
        }
        StreamsCommand::Stop(item) => {
            let stop = handler(&item.call).update(item.sid).status("stopped");
            printer.stream(&stop.send().await?);
        }
    }
    Ok(())
}

/// Writes calls as they come: the table's columns have fixed widths, so rows can stream.
struct Printer {
    output: Output,
    header_done: bool,
}

impl Printer {
    const COLUMNS: [(&'static str, usize); 5] = [
        ("SID", 34),
        ("From", 16),
        ("To", 16),
        ("Status", 11),
        ("Start Time", 31),
    ];

    fn new(output: Output) -> Self {
        Self {
            output,
            header_done: false,
        }
    }

    fn call(&mut self, call: &Call) {
        let cells = [
            call.sid.clone(),
            call.from.clone().unwrap_or_default(),
            call.to.clone().unwrap_or_default(),
            shown(call.status.as_ref()),
            shown(call.start_time.as_ref()),
        ];
        self.item(
            call,
            Self::COLUMNS.map(|(name, _)| name),
            cells,
            Self::COLUMNS.map(|(_, width)| width),
        );
    }

    /// A recording: SID, status, channels, duration.
    fn recording(&mut self, recording: &CallRecording) {
        let cells = [
            recording.sid.clone(),
            shown(recording.status.as_ref()),
            recording
                .channels
                .map(|c| format!("{c} ch"))
                .unwrap_or_default(),
            recording
                .duration_secs()
                .map(|s| format!("{s} s"))
                .unwrap_or_default(),
        ];
        let header = ["SID", "Status", "Channels", "Duration"];
        self.item(recording, header, cells, [0; 4]);
    }

    /// A media stream: SID, status, name.
    fn stream(&mut self, stream: &MediaStream) {
        let cells = [
            stream.sid.clone(),
            shown(stream.status.as_ref()),
            stream.name.clone().unwrap_or_default(),
        ];
        self.item(stream, ["SID", "Status", "Name"], cells, [0; 3]);
    }

    /// One item: JSON, or a row of `cells` (each padded to its `widths`) under `header`.
    fn item<const N: usize>(
        &mut self,
        value: &impl serde::Serialize,
        header: [&str; N],
        cells: [String; N],
        widths: [usize; N],
    ) {
        let mut out = std::io::stdout().lock();
        let _ = match self.output {
            Output::Json => writeln!(out, "{}", serde_json::to_string(value).unwrap_or_default()),
            Output::Table => {
                if !self.header_done {
                    self.header_done = true;
                    let _ = row(&mut out, header.map(str::to_owned), widths);
                }
                row(&mut out, cells, widths)
            }
        };
        let _ = out.flush();
    }
}

/// A table row: each cell padded to its width, two spaces between.
fn row<const N: usize>(
    out: &mut impl Write,
    cells: [String; N],
    widths: [usize; N],
) -> std::io::Result<()> {
    let mut line = String::new();
    for (cell, width) in cells.iter().zip(widths) {
        line.push_str(&format!("{cell:<width$}  "));
    }
    writeln!(out, "{}", line.trim_end())
}

/// An optional value as a table shows it: its text, or nothing.
fn shown(value: Option<&impl std::fmt::Display>) -> String {
    value.map(ToString::to_string).unwrap_or_default()
}

async fn serve_fake(args: ServeArgs) -> Result<(), Box<dyn std::error::Error>> {
    let lifecycle = if args.manual {
        testing::Lifecycle::manual()
    } else if args.answer {
        let now = std::time::Duration::ZERO;
        testing::Lifecycle::timed(now, now, None)
    } else {
        testing::Lifecycle::default().speed(args.speed)
    };
    let mut builder = testing::FakeTwilio::builder().lifecycle(lifecycle);
    if let Some(sid) = args.account_sid {
        builder = builder.account_sid(sid);
    }
    if let Some(token) = args.auth_token {
        builder = builder.auth_token(token);
    }
    let fake = builder
        .start_on(std::net::SocketAddr::from(([127, 0, 0, 1], args.port)))
        .await?;
    // Only the exports go to stdout, so `eval`/`source` can take them as they are.
    println!("export TWILIO_BASE_URL={}", fake.base_url());
    println!("export TWILIO_ACCOUNT_SID={}", fake.account_sid());
    println!("export TWILIO_AUTH_TOKEN={}", fake.auth_token());
    std::io::stdout().flush()?;
    eprintln!(
        "fake Twilio listening on {}; Ctrl-C stops it",
        fake.base_url()
    );
    tokio::signal::ctrl_c().await?;
    let served = fake.requests().len();
    eprintln!("stopped after {served} requests");
    Ok(())
}
