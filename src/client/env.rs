//! A [`ClientBuilder`] from the environment, as Twilio's SDKs and CLI read it (see
//! [`Client::from_env`](super::Client::from_env)).

use super::builder::ClientBuilder;

/// A [`ClientBuilder`] setting given as text (from the environment).
type Setter = fn(ClientBuilder, String) -> ClientBuilder;

impl ClientBuilder {
    /// A builder filled from the environment, as [`Client::from_env`](super::Client::from_env) reads it, for settings
    /// the environment does not give (limits, timeouts) to be added before
    /// [`build`](Self::build).
    ///
    /// ```no_run
    /// let client = twilio_calls::ClientBuilder::from_env().max_calls_per_second(1.0).build()?;
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn from_env() -> Self {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// A builder filled from environment variables, read through `lookup`
    /// (see [`Client::from_env`]).
    pub(crate) fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let var = |name| lookup(name).filter(|v: &String| !v.is_empty());
        let mut builder = ClientBuilder::default();
        if let (Some(key), Some(secret)) = (var("TWILIO_API_KEY"), var("TWILIO_API_SECRET")) {
            builder = builder.api_key(key, secret);
            if let (Some(sid), Some(path)) =
                (var("TWILIO_CREDENTIAL_SID"), var("TWILIO_PRIVATE_KEY_PATH"))
            {
                builder = builder.client_validation_file(sid, path.into());
            }
        } else if let (Some(id), Some(secret)) =
            (var("TWILIO_CLIENT_ID"), var("TWILIO_CLIENT_SECRET"))
        {
            builder = builder.oauth_client_credentials(id, secret);
        } else if let Some(token) = var("TWILIO_AUTH_TOKEN") {
            builder = builder.auth_token(token);
        }
        let settings: [(&str, Setter); 4] = [
            ("TWILIO_ACCOUNT_SID", |b, v| b.account_sid(v)),
            ("TWILIO_REGION", |b, v| b.region(v)),
            ("TWILIO_EDGE", |b, v| b.edge(v)),
            ("TWILIO_BASE_URL", |b, v| b.base_url(v)),
        ];
        for (name, set) in settings {
            if let Some(value) = var(name) {
                builder = set(builder, value);
            }
        }
        builder
    }
}
