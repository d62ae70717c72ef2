//! `calls`: Twilio's Calls API from the command line. Every API subcommand and flag comes from
//! the operation descriptions the SDK generates from Twilio's spec (see `operations`); the
//! hand-written parts are the output, and the commands that are not one API call:
//! `bulk-create`, `token`, `keygen`, `serve-fake` and `simulate`.
//!
//! ```text
//! calls serve-fake --answer > fake.env & sleep 1; source fake.env
//! calls create --to +15558675310 --from +15005550006 --url https://demo.twilio.com/docs/voice.xml
//! calls list --status in-progress --start-time-after 2024-01-01 -o json
//! calls recordings create --call-sid CA… --recording-channels dual
//! calls streams update --call-sid CA… --sid agent --status stopped
//! calls token --identity alice --incoming-allow
//! calls simulate http://localhost:3000/voice --press 1 --speak "billing"
//! ```

// The SDK's `Error` is large (it carries the response's details); the tool passes it on as
// the SDK returns it.
#![allow(clippy::result_large_err)]

mod bulk;
mod failure;
mod fake;
mod keygen;
mod operations;
mod output;
mod simulate;
mod token;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Arg, ArgMatches, Args, Command, FromArgMatches};
use futures_util::TryStreamExt;
use twilio_calls::{Client, OperationDescription};

use crate::failure::Failure;
use crate::output::{Format, Printer};

fn cli() -> Command {
    Command::new("calls")
        .about(
            "Twilio Calls from the command line. Credentials come from TWILIO_ACCOUNT_SID and \
             TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET); TWILIO_BASE_URL \
             points it elsewhere (at `calls serve-fake`, say).",
        )
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_parser(clap::value_parser!(Format))
                .default_value("table")
                .global(true)
                .help("Output format"),
        )
        .subcommands(operations::commands())
        .subcommand(token::TokenArgs::augment_args(Command::new("token").about(
            "Mint a Voice access token for a Voice SDK client, from TWILIO_ACCOUNT_SID, \
             TWILIO_API_KEY and TWILIO_API_SECRET (twilio-cli: token:voice)",
        )))
        .subcommand(bulk::command())
        .subcommand(keygen::KeygenArgs::augment_args(
            Command::new("keygen").about(
                "Make an RSA key pair for Public Key Client Validation: writes the private key, \
             prints the public key and the command that registers it with Twilio",
            ),
        ))
        .subcommand(fake::ServeArgs::augment_args(
            Command::new("serve-fake")
                .about("Run a local fake Twilio and print `export` lines for it"),
        ))
        .subcommand(simulate::SimulateArgs::augment_args(
            Command::new("simulate")
                .about(
                    "Call a voice app on an in-process fake Twilio and print what the caller \
                     hears; answer each <Gather> from --press/--speak (in order) or the terminal",
                )
                .after_help(
                    "Exit status: 0 the app ended the call (Hangup, or no verbs left); 5 an \
                     application error (Twilio could not fetch or run the TwiML); 6 the app \
                     rejected the call; 7 the caller hung up; 8 stopped by the fake (a redirect \
                     loop); 2 a usage error.",
                ),
        ))
}

#[tokio::main]
async fn main() -> ExitCode {
    // Usage errors exit 2 here, as clap does; help and version exit 0.
    let matches = cli().get_matches();
    if let Some(("simulate", sub)) = matches.subcommand() {
        // Its exit status says how the call ended.
        return match simulate::run(sub).await {
            Ok(code) => code,
            Err(failure) => {
                eprintln!("error: {failure}");
                failure.code()
            }
        };
    }
    match run(matches).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("error: {failure}");
            failure.code()
        }
    }
}

async fn run(matches: ArgMatches) -> Result<(), Failure> {
    let format = *matches
        .get_one::<Format>("output")
        .unwrap_or(&Format::Table);
    let Some((name, sub)) = matches.subcommand() else {
        return Err(Failure::Input("no command".to_owned()));
    };
    match name {
        "token" => {
            let args = token::TokenArgs::from_arg_matches(sub).map_err(usage)?;
            println!("{}", token::token(args).map_err(Failure::Input)?);
            Ok(())
        }
        "bulk-create" => bulk::run(sub).await,
        "keygen" => {
            let args = keygen::KeygenArgs::from_arg_matches(sub).map_err(usage)?;
            keygen::keygen(args).map_err(Failure::Other)
        }
        "serve-fake" => {
            let args = fake::ServeArgs::from_arg_matches(sub).map_err(usage)?;
            fake::serve(args)
                .await
                .map_err(|e| Failure::Other(e.to_string()))
        }
        _ => {
            let (op, sub) = operations::matched(name, sub)
                .ok_or_else(|| Failure::Input(format!("no command `{name}`")))?;
            call(op, sub, format).await
        }
    }
}

/// Sends `op` as the flags say and prints what it answered.
async fn call(
    op: &'static OperationDescription,
    matches: &ArgMatches,
    format: Format,
) -> Result<(), Failure> {
    let sdk = |e| Failure::from_sdk(op, e);
    let client = Client::from_env().map_err(sdk)?;
    let request = operations::request(&client, op, matches).map_err(sdk)?;
    let mut resources = request.resources();
    let mut printer = Printer::new(format, output::columns(op.collection));
    // Rows on a terminal are their own progress; when they go to a file or a pipe, a count on
    // the terminal shows a long list is still moving.
    let progress = std::io::stderr().is_terminal() && !std::io::stdout().is_terminal();
    while let Some(resource) = resources.try_next().await.map_err(sdk)? {
        printer.resource(&resource)?;
        if progress && printer.shown.is_multiple_of(100) {
            eprint!("\r{} items…", printer.shown);
        }
    }
    if progress && printer.shown >= 100 {
        eprint!("\r\x1b[K");
    }
    match op.action {
        "delete" => {
            let sid = matches.get_one::<String>("Sid").map_or("", String::as_str);
            eprintln!("deleted {sid}");
        }
        "list" if printer.shown == 0 => eprintln!("none found"),
        _ => {}
    }
    Ok(())
}

/// A clap error found after parsing (it cannot be, as the commands are derived).
fn usage(error: clap::Error) -> Failure {
    Failure::Input(error.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_consistent() {
        super::cli().debug_assert();
    }
}
