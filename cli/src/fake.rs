//! `calls serve-fake`: the SDK's FakeTwilio on a local port, for trying the tool (or anything
//! else that reads TWILIO_BASE_URL) without a Twilio account.

use std::io::Write;

use clap::Args;
use twilio_calls_fake::{FakeTwilio, Lifecycle};

#[derive(Args)]
pub struct ServeArgs {
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
    /// Calls are answered at once and then run their TwiML, which decides when they end:
    /// give one that lasts (`<Response><Pause length="600"/></Response>`) to try what happens
    /// inside a call (recordings, streams). A `Url` is fetched as Twilio would, signed.
    #[arg(long, conflicts_with_all = ["speed", "manual"])]
    answer: bool,
    /// Require Public Key Client Validation with this public key (a PEM file, as `calls
    /// keygen` prints it): the exports then name an API key and the key's credential SID to
    /// sign with.
    #[arg(long, value_name = "PUBLIC_KEY_PEM")]
    require_client_validation: Option<std::path::PathBuf>,
}

/// Serves until Ctrl-C, after printing `export` lines (and nothing else) on stdout so that
/// `source`/`eval` can take them.
pub async fn serve(args: ServeArgs) -> Result<(), Box<dyn std::error::Error>> {
    let lifecycle = if args.manual {
        Lifecycle::manual()
    } else if args.answer {
        let now = std::time::Duration::ZERO;
        Lifecycle::timed(now, now, None)
    } else {
        Lifecycle::default().speed(args.speed)
    };
    let mut builder = FakeTwilio::builder().lifecycle(lifecycle);
    if let Some(sid) = args.account_sid {
        builder = builder.account_sid(sid);
    }
    if let Some(token) = args.auth_token {
        builder = builder.auth_token(token);
    }
    if let Some(path) = &args.require_client_validation {
        let pem = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        builder = builder.require_client_validation(pem);
    }
    let fake = builder
        .start_on(std::net::SocketAddr::from(([127, 0, 0, 1], args.port)))
        .await?;
    println!("export TWILIO_BASE_URL={}", fake.base_url());
    println!("export TWILIO_ACCOUNT_SID={}", fake.account_sid());
    println!("export TWILIO_AUTH_TOKEN={}", fake.auth_token());
    if let Some(credential_sid) = fake.credential_sid() {
        // Twilio signs for client validation only with API keys.
        let (key, secret) = fake.add_api_key();
        println!("export TWILIO_API_KEY={key}");
        println!("export TWILIO_API_SECRET={secret}");
        println!("export TWILIO_CREDENTIAL_SID={credential_sid}");
    }
    std::io::stdout().flush()?;
    eprintln!(
        "fake Twilio listening on {}; Ctrl-C stops it",
        fake.base_url()
    );
    tokio::signal::ctrl_c().await?;
    eprintln!("stopped after {} requests", fake.requests().len());
    Ok(())
}
