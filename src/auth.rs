//! Credentials, held so that they cannot leak: the secret lives only inside a `Secret` whose
//! `Debug` is redacted, and on the wire only inside a sensitive `Authorization` header value
//! (which `reqwest` and `http` also keep out of their `Debug` output). OAuth tokens are in
//! `crate::oauth`, request signing in `crate::client_validation`.

use std::fmt;
use std::sync::Arc;

use base64::Engine as _;
use reqwest::header::HeaderValue;

/// A secret string (auth token, API key secret) that never shows in `Debug` or `Display`.
#[derive(Clone)]
pub(crate) struct Secret(String);

/// What `Debug` shows in place of a credential, everywhere in the crate. (The fake, crate
/// `twilio-calls-fake`, spells it out: it sees only the public API.)
pub(crate) const REDACTED: &str = "[redacted]";

impl Secret {
    pub(crate) fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// Who the requests authenticate as: the account itself, or an API key acting for it.
#[derive(Clone, Debug)]
pub(crate) enum Credentials {
    /// `AccountSid:AuthToken`.
    AuthToken(Secret),
    /// `ApiKeySid:Secret`; the account comes from the client's account SID.
    ApiKey { sid: String, secret: Secret },
}

impl Credentials {
    /// The `Authorization: Basic …` value, marked sensitive.
    pub(crate) fn authorization(&self, account_sid: &str) -> HeaderValue {
        let (user, password) = match self {
            Self::AuthToken(token) => (account_sid, token),
            Self::ApiKey { sid, secret } => (sid.as_str(), secret),
        };
        let encoded = base64::engine::general_purpose::STANDARD
            .encode(format!("{user}:{}", password.expose()));
        let mut value = HeaderValue::try_from(format!("Basic {encoded}"))
            .expect("base64 text is a valid header value");
        value.set_sensitive(true);
        value
    }
}

/// How each request authenticates.
#[derive(Clone, Debug)]
pub(crate) enum Authorization {
    /// The same `Authorization: Basic …` value (sensitive) on every request.
    Basic(HeaderValue),
    /// `Authorization: Bearer …` with the current OAuth access token.
    OAuth(Arc<crate::oauth::TokenSource>),
}

impl Authorization {
    /// The value to send now, and for an OAuth token its generation (to report a refusal).
    pub(crate) async fn current(&self) -> Result<(HeaderValue, Option<u64>), crate::error::Error> {
        match self {
            Self::Basic(value) => Ok((value.clone(), None)),
            Self::OAuth(source) => {
                let (value, generation) = source.authorization().await?;
                Ok((value, Some(generation)))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_auth_for_auth_token_and_api_key() {
        let sid = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        let token = Credentials::AuthToken(Secret::new("tok"));
        let value = token.authorization(sid);
        assert!(value.is_sensitive());
        // base64("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:tok")
        assert_eq!(
            value.to_str().unwrap(),
            "Basic QUNhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYTp0b2s="
        );
        let key = Credentials::ApiKey {
            sid: "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb".into(),
            secret: Secret::new("shh"),
        };
        assert_eq!(
            key.authorization(sid).to_str().unwrap(),
            "Basic U0tiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYjpzaGg="
        );
    }

    #[test]
    fn secrets_are_redacted_in_debug() {
        let creds = Credentials::ApiKey {
            sid: "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb".into(),
            secret: Secret::new("hunter2"),
        };
        let shown = format!("{creds:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("[redacted]"), "{shown}");
    }
}
