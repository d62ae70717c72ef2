//! Places a call with your credentials, follows it until it ends, then lists the account's
//! most recent calls.
//!
//! ```text
//! TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… \
//!   cargo run --example place_call -- +15558675310 +15017122661
//! ```
//!
//! `TWILIO_BASE_URL` points it at a local fake or mock server instead of Twilio.

use std::time::Duration;

use futures_util::TryStreamExt;
use twilio_calls::{CallStatus, Client, Error};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(to), Some(from)) = (args.next(), args.next()) else {
        eprintln!("usage: place_call <to> <from>   (credentials from TWILIO_* variables)");
        std::process::exit(2);
    };
    let client = Client::from_env()?;

    let call = client
        .calls()
        .create()
        .to(to)
        .from(from)
        .twiml("<Response><Say>Hello from twilio-calls.</Say></Response>")
        .timeout(30)
        .send()
        .await?;
    let sid = call.sid.clone();
    println!("placed {sid}: {:?}", call.status);

    let last = follow(&client, &sid).await?;
    println!(
        "ended {:?} after {:?} s, price {:?} {}",
        last.status,
        last.duration_secs(),
        last.price_amount(),
        last.price_unit.unwrap_or_default()
    );

    let recent: Vec<_> = client
        .calls()
        .list()
        .limit(5)
        .stream()
        .try_collect()
        .await?;
    for call in recent {
        println!(
            "{:?} {:?} → {:?} {:?}",
            call.sid, call.from, call.to, call.status
        );
    }
    Ok(())
}

/// Fetches the call every two seconds until it reaches a final status.
async fn follow(client: &Client, sid: &str) -> Result<twilio_calls::Call, Error> {
    loop {
        let call = client.calls().fetch(sid).await?;
        match call.status {
            Some(CallStatus::Queued | CallStatus::Ringing | CallStatus::InProgress) => {
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
            _ => return Ok(call),
        }
    }
}
