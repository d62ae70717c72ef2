//! `calls token`: a Voice access token for a Voice SDK client, signed with the API key in the
//! environment (twilio-cli's `token:voice`).

use clap::Args;
use twilio_calls::jwt::{AccessToken, VoiceGrant};

#[derive(Args)]
pub struct TokenArgs {
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

/// The token, from TWILIO_ACCOUNT_SID, TWILIO_API_KEY and TWILIO_API_SECRET; a missing
/// variable is named.
pub fn token(args: TokenArgs) -> Result<String, String> {
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
