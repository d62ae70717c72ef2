//! A hand-written fetch of one call: what a crate using only reqwest, serde and tokio
//! compiles, for comparison with twilio-calls' build.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Call {
    pub sid: Option<String>,
    pub status: Option<String>,
    pub duration: Option<String>,
}

pub async fn fetch(http: &reqwest::Client, url: &str) -> reqwest::Result<Call> {
    let call = http.get(url).send().await?.error_for_status()?.json().await?;
    tokio::task::yield_now().await;
    Ok(call)
}
