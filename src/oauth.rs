//! OAuth 2.0 client credentials: requests authenticate with a short-lived access token that
//! the client gets from Twilio's token endpoint with its client ID and secret, as
//! twilio-python 9.13's `ClientCredentialProvider` does (`POST {origin}/v2/token`, form
//! `grant_type=client_credentials&client_id=…&client_secret=…`, no other authentication),
//! instead of sending a long-lived secret with every request.
//!
//! The token is kept until shortly before its `exp` and refreshed by one request however many
//! tasks need it at once: the first to find it stale fetches, the others wait for that fetch.
//! Twilio answering 401 to a token makes it stale (once per token, whoever saw it first).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use tokio::sync::Mutex;

use crate::auth::Secret;
use crate::error::Error;
use crate::http::OperationInfo;

/// Twilio's token endpoint's origin.
pub(crate) const DEFAULT_ORIGIN: &str = "https://oauth.twilio.com";

/// How long before its `exp` a token is replaced: requests in flight with it still arrive in
/// time, and clocks may differ a little.
const REFRESH_MARGIN: Duration = Duration::from_secs(30);

/// The token endpoint, as an operation (for errors and the retry rules: fetching a token
/// changes nothing, so it may be repeated).
const TOKEN: OperationInfo = OperationInfo {
    name: "CreateOAuthToken",
    method: reqwest::Method::POST,
    idempotent: true,
    has_body: true,
    has_form: true,
    returns_page: false,
};

/// The access tokens of one client (shared by its clones).
pub(crate) struct TokenSource {
    client_id: String,
    client_secret: Secret,
    token_url: String,
    http: reqwest::Client,
    /// The current token; locked while one is fetched, so that one fetch serves every task.
    current: Mutex<Option<Token>>,
}

impl std::fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSource")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("token_url", &self.token_url)
            .finish_non_exhaustive()
    }
}

/// A token and when to stop using it.
struct Token {
    /// `Bearer …`, marked sensitive.
    authorization: HeaderValue,
    replace_at: SystemTime,
    /// Which fetch it came from, so that a 401 to an older token does not discard a newer one.
    generation: u64,
}

impl TokenSource {
    pub(crate) fn new(
        client_id: String,
        client_secret: Secret,
        origin: &str,
        http: reqwest::Client,
    ) -> Self {
        Self {
            client_id,
            client_secret,
            token_url: format!("{}/v2/token", origin.trim_end_matches('/')),
            http,
            current: Mutex::new(None),
        }
    }

    /// The `Authorization` value to send now, and the generation of its token; fetches a
    /// token when there is none or it is due for replacement.
    pub(crate) async fn authorization(&self) -> Result<(HeaderValue, u64), Error> {
        let mut current = self.current.lock().await;
        if let Some(token) = current
            .as_ref()
            .filter(|t| SystemTime::now() < t.replace_at)
        {
            return Ok((token.authorization.clone(), token.generation));
        }
        let generation = current.as_ref().map_or(1, |t| t.generation + 1);
        let token = self.fetch(generation).await?;
        let answer = (token.authorization.clone(), generation);
        *current = Some(token);
        Ok(answer)
    }

    /// Twilio refused the token of `generation`: the next request fetches a new one, unless
    /// another task has already.
    pub(crate) async fn refused(&self, generation: u64) {
        let mut current = self.current.lock().await;
        if current.as_ref().is_some_and(|t| t.generation == generation) {
            *current = None;
        }
    }

    async fn fetch(&self, generation: u64) -> Result<Token, Error> {
        let form: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("grant_type", "client_credentials")
            .append_pair("client_id", &self.client_id)
            .append_pair("client_secret", self.client_secret.expose())
            .finish();
        let response = self
            .http
            .post(&self.token_url)
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(ACCEPT, "application/json")
            .body(form)
            .send()
            .await
            .map_err(|e| TOKEN.transport(e))?;
        #[derive(serde::Deserialize)]
        struct Answer {
            access_token: String,
            expires_in: Option<u64>,
        }
        let response = crate::http::decode::read::<Answer>(&TOKEN, response).await?;
        let (status, answer) = (response.status, response.data);
        let mut authorization = HeaderValue::try_from(format!("Bearer {}", answer.access_token))
            .map_err(|_| Error::Decode {
                operation: TOKEN.name,
                status: status.as_u16(),
                message: "the access token cannot be sent as a header".to_owned(),
                body_snippet: String::new(),
                attempts: 1,
            })?;
        authorization.set_sensitive(true);
        let now = SystemTime::now();
        let expires = expiry(&answer.access_token)
            .or_else(|| answer.expires_in.map(|s| now + Duration::from_secs(s)))
            // A token that says nothing of its expiry is used once, as twilio-python does.
            .unwrap_or(now);
        let lifetime = expires.duration_since(now).unwrap_or_default();
        let replace_at = expires - REFRESH_MARGIN.min(lifetime / 2);
        tracing::debug!(
            lifetime_s = lifetime.as_secs(),
            "fetched an OAuth access token"
        );
        Ok(Token {
            authorization,
            replace_at,
            generation,
        })
    }
}

/// The `exp` of a JWT access token, read without checking its signature (the client only
/// needs to know when to replace it; Twilio checks it).
fn expiry(token: &str) -> Option<SystemTime> {
    let claims = token.split('.').nth(1)?;
    let claims = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(claims.trim_end_matches('='))
        .ok()?;
    let exp = serde_json::from_slice::<serde_json::Value>(&claims)
        .ok()?
        .get("exp")?
        .as_u64()?;
    Some(UNIX_EPOCH + Duration::from_secs(exp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_is_read_from_the_claims() {
        let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let token = format!(
            "{}.{}.sig",
            engine.encode(br#"{"alg":"RS256"}"#),
            engine.encode(br#"{"exp":1700000000,"sub":"x"}"#)
        );
        assert_eq!(
            expiry(&token),
            Some(UNIX_EPOCH + Duration::from_secs(1_700_000_000))
        );
        assert_eq!(expiry("opaque"), None);
        assert_eq!(expiry("a.!!!.c"), None);
    }
}
