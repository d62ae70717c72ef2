//! `calls simulate URL`: a call to a voice app on an in-process FakeTwilio, printed as the
//! caller hears it. At a `<Gather>` it takes the next `--press`/`--speak` value in the order
//! given, else a line from the terminal (digits are pressed, anything else is said); a
//! `<Dial>` ends as `--dial-outcome` says.

use std::collections::VecDeque;
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use clap::{ArgAction, ArgMatches, Args, FromArgMatches};
use twilio_calls::HttpMethod;
use twilio_calls_fake::transcript::{EndReason, Ended, RequestKind, Step};
use twilio_calls_fake::{Caller, DialOutcome, FakeTwilio, IncomingNumber, Lifecycle};

use crate::failure::Failure;

#[derive(Args)]
pub struct SimulateArgs {
    /// The app's voice URL: where the call's first TwiML comes from.
    url: String,
    /// `GET` or `POST`, as a number's VoiceMethod.
    #[arg(long, default_value = "POST", value_parser = ["GET", "POST"])]
    method: String,
    /// Asked with ErrorCode and ErrorUrl when the app's TwiML cannot be fetched or run.
    #[arg(long)]
    fallback_url: Option<String>,
    /// The caller's number.
    #[arg(long, default_value = "+15550001111")]
    from: String,
    /// The number called.
    #[arg(long, default_value = "+15551230000")]
    to: String,
    /// The auth token requests are signed with: the one the app verifies with.
    #[arg(long, env = "TWILIO_AUTH_TOKEN", hide_env_values = true)]
    auth_token: Option<String>,
    /// Keys to press at the next Gather (repeatable; taken in order with --speak).
    #[arg(long, action = ArgAction::Append, value_name = "DIGITS")]
    press: Vec<String>,
    /// Words to say at the next Gather (repeatable; taken in order with --press).
    #[arg(long, action = ArgAction::Append, value_name = "TEXT")]
    speak: Vec<String>,
    /// What a Dial meets: answered (talks 30 s), busy, no-answer or failed.
    #[arg(long, default_value = "answered", value_parser = ["answered", "busy", "no-answer", "failed"])]
    dial_outcome: String,
    /// Also print each request to the app and its answer.
    #[arg(long, short)]
    verbose: bool,
}

/// The exit codes, by how the call ended.
pub const ENDED_BY_APP: u8 = 0;
pub const APPLICATION_ERROR: u8 = 5;
pub const REJECTED: u8 = 6;
pub const CALLER_HUNG_UP: u8 = 7;
pub const STOPPED: u8 = 8;

/// One answer for a `<Gather>`.
enum Input {
    Press(String),
    Speak(String),
}

pub async fn run(matches: &ArgMatches) -> Result<ExitCode, Failure> {
    let args =
        SimulateArgs::from_arg_matches(matches).map_err(|e| Failure::Input(e.to_string()))?;
    let mut inputs = ordered_inputs(matches);
    let mut builder = FakeTwilio::builder().lifecycle(Lifecycle::manual());
    if let Some(token) = &args.auth_token {
        builder = builder.auth_token(token);
    }
    let fake = builder.start().await?;
    if args.auth_token.is_none() {
        eprintln!(
            "(signing with a random auth token: give the app's with --auth-token or \
             TWILIO_AUTH_TOKEN for its signature check to pass)"
        );
    }
    let method = if args.method == "GET" {
        HttpMethod::Get
    } else {
        HttpMethod::Post
    };
    let mut number = IncomingNumber::new(&args.to)
        .voice_url(&args.url)
        .voice_method(method);
    if let Some(fallback) = &args.fallback_url {
        number = number.voice_fallback_url(fallback);
    }
    fake.add_number(number);
    let mut call = fake
        .incoming_call(&args.from, &args.to)
        .await
        .map_err(|e| Failure::Input(e.to_string()))?;
    println!(
        "calling {} from {} ({})",
        args.to,
        args.from,
        call.call_sid()
    );
    let interactive = std::io::stdin().is_terminal();
    loop {
        let step = call
            .next_step()
            .await
            .map_err(|e| Failure::Other(e.message().to_owned()))?;
        print_step(&step, args.verbose);
        match step {
            Step::Verb(verb) if verb.element.name == "Gather" => {
                let input = match inputs.pop_front() {
                    Some(input) => Some(input),
                    None if interactive => ask()?,
                    None => None,
                };
                give(&mut call, input).await?;
            }
            Step::Dial(_) => {
                let outcome = match args.dial_outcome.as_str() {
                    "busy" => DialOutcome::Busy,
                    "no-answer" => DialOutcome::NoAnswer,
                    "failed" => DialOutcome::Failed,
                    _ => DialOutcome::Answered {
                        talk_for: Duration::from_secs(30),
                    },
                };
                call.dial_outcome(outcome)
                    .await
                    .map_err(|e| Failure::Other(e.message().to_owned()))?;
            }
            Step::End(ended) => return Ok(ExitCode::from(exit_code(&ended))),
            _ => {}
        }
    }
}

/// The `--press` and `--speak` values in the order they were given on the command line.
fn ordered_inputs(matches: &ArgMatches) -> VecDeque<Input> {
    let mut inputs: Vec<(usize, Input)> = Vec::new();
    for (name, make) in [
        ("press", Input::Press as fn(String) -> Input),
        ("speak", Input::Speak as fn(String) -> Input),
    ] {
        if let (Some(values), Some(indices)) =
            (matches.get_many::<String>(name), matches.indices_of(name))
        {
            inputs.extend(indices.zip(values.cloned().map(make)));
        }
    }
    inputs.sort_by_key(|(index, _)| *index);
    inputs.into_iter().map(|(_, input)| input).collect()
}

/// A line from the terminal: digits (and `*`, `#`) are pressed, other text is said, an empty
/// line is silence.
fn ask() -> Result<Option<Input>, Failure> {
    print!("  keys or words (empty for silence) > ");
    std::io::stdout().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let line = line.trim();
    Ok(if line.is_empty() {
        None
    } else if line
        .chars()
        .all(|c| c.is_ascii_digit() || c == '*' || c == '#')
    {
        Some(Input::Press(line.to_owned()))
    } else {
        Some(Input::Speak(line.to_owned()))
    })
}

async fn give(call: &mut Caller, input: Option<Input>) -> Result<(), Failure> {
    let result = match input {
        Some(Input::Press(keys)) => call.press(&keys).await,
        Some(Input::Speak(words)) => call.speak(&words).await,
        None => return Ok(()),
    };
    // A Gather that does not take speech (or keys) lets the call move on; say so.
    result.map_err(|e| Failure::Other(e.message().to_owned()))
}

fn print_step(step: &Step, verbose: bool) {
    match step {
        Step::Verb(verb) => {
            let at = verb.at.as_secs_f64();
            let text = verb.element.text.as_str();
            match verb.element.name.as_str() {
                "Say" => println!("{at:>7.1}s  says: {text}"),
                "Play" => println!("{at:>7.1}s  plays: {text}"),
                "Pause" => println!(
                    "{at:>7.1}s  silence ({} s)",
                    verb.attribute("length").unwrap_or("1")
                ),
                "Gather" => println!("{at:>7.1}s  waits for input (Gather)"),
                "Record" => println!("{at:>7.1}s  records (Record)"),
                _ => println!("{at:>7.1}s  {}", verb.element),
            }
        }
        Step::Dial(dialed) => println!(
            "{:>7.1}s  dials {}",
            dialed.verb.at.as_secs_f64(),
            dialed.numbers.join(", ")
        ),
        Step::Caller(action) => println!("          caller {action}"),
        Step::Notice(_) => println!("{step}"),
        Step::Request(exchange) => {
            if verbose && exchange.kind != RequestKind::StatusCallback {
                println!("{exchange}");
            } else if exchange.status.is_none_or(|s| !(200..300).contains(&s)) {
                let answer = exchange
                    .status
                    .map_or_else(|| "no answer".to_owned(), |s| s.to_string());
                println!(
                    "{:>7.1}s  {} {} answered {answer}",
                    exchange.at.as_secs_f64(),
                    exchange.method,
                    exchange.url
                );
            }
        }
        Step::End(_) => println!("{step}"),
        _ => println!("{step}"),
    }
}

fn exit_code(ended: &Ended) -> u8 {
    match ended.reason {
        EndReason::ApplicationError(_) => APPLICATION_ERROR,
        EndReason::Rejected(_) => REJECTED,
        EndReason::CallerHungUp => CALLER_HUNG_UP,
        EndReason::Emulator(_) => STOPPED,
        _ => ENDED_BY_APP,
    }
}
