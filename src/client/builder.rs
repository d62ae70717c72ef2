//! [`ClientBuilder`]: every setting of a [`Client`], and `build`, which checks them (in the
//! steps below, each naming the setting and the rule) and assembles the client's
//! configuration ([`Config`]).

use std::sync::Arc;
use std::time::Duration;

use super::settings::{
    check_account_sid, check_api_key_sid, check_base_url, checked_limits, checked_rate,
    regional_base_url, user_agent,
};
use super::{Client, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT};
use crate::auth::{Authorization, Credentials, Secret};
use crate::client_validation::ClientValidation;
use crate::config::Config;
use crate::error::Error;
use crate::generated;
use crate::limits::{self, Limits};
use crate::oauth::{self, TokenSource};
use crate::retry::RetryPolicy;

/// Configures a [`Client`]; see [`Client::builder`]. Nothing is checked until
/// [`build`](Self::build).
///
/// ```
/// let client = twilio_calls::Client::builder()
///     .account_sid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
///     .auth_token("token")
///     .edge("sydney")
///     .build()?;
/// assert_eq!(client.base_url(), "https://api.sydney.us1.twilio.com");
/// # Ok::<(), twilio_calls::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ClientBuilder {
    account_sid: Option<String>,
    auth_token: Option<Secret>,
    api_key: Option<(String, Secret)>,
    oauth: Option<(String, Secret)>,
    oauth_base_url: Option<String>,
    client_validation: Option<(String, ValidationKey)>,
    region: Option<String>,
    edge: Option<String>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent_extensions: Vec<String>,
    http_client: Option<reqwest::Client>,
    retry: RetryPolicy,
    max_requests_per_second: Option<f64>,
    max_calls_per_second: Option<f64>,
    max_concurrent_requests: Option<usize>,
    #[cfg(feature = "redis")]
    shared_limits: Option<crate::limits::RedisLimits>,
    max_response_bytes: Option<usize>,
}

impl ClientBuilder {
    /// The account to work on (`AC` followed by 32 hex digits).
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().account_sid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    /// ```
    pub fn account_sid(mut self, account_sid: impl Into<String>) -> Self {
        self.account_sid = Some(account_sid.into());
        self
    }

    /// Authenticate as the account itself, with its auth token.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().auth_token("token");
    /// ```
    pub fn auth_token(mut self, auth_token: impl Into<String>) -> Self {
        self.auth_token = Some(Secret::new(auth_token));
        self
    }

    /// Authenticate with an API key (`SK…`) and its secret, on behalf of the account given
    /// to [`account_sid`](Self::account_sid).
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder()
    ///     .account_sid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    ///     .api_key("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "secret");
    /// ```
    pub fn api_key(mut self, sid: impl Into<String>, secret: impl Into<String>) -> Self {
        self.api_key = Some((sid.into(), Secret::new(secret)));
        self
    }

    /// OAuth 2.0 client credentials instead of an auth token or API key: the client gets an
    /// access token from Twilio's token endpoint with them (as twilio-python's
    /// `ClientCredentialProvider`), sends `Authorization: Bearer …`, keeps the token until
    /// shortly before it expires, and refreshes it with one request however many tasks need
    /// it at once. A token Twilio refuses (401) is replaced once and the request repeated.
    /// The secret and the tokens never show in `Debug`, errors or traces.
    ///
    /// ```
    /// let client = twilio_calls::Client::builder()
    ///     .account_sid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    ///     .oauth_client_credentials("OQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "client secret")
    ///     .build()?;
    /// assert!(!format!("{client:?}").contains("client secret"));
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn oauth_client_credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.oauth = Some((client_id.into(), Secret::new(client_secret)));
        self
    }

    /// The origin of the OAuth token endpoint (default `https://oauth.twilio.com`; tokens
    /// come from `{origin}/v2/token`): for tests against a local server.
    pub fn oauth_base_url(mut self, origin: impl Into<String>) -> Self {
        self.oauth_base_url = Some(origin.into());
        self
    }

    /// Public Key Client Validation: every request (each retry and next page too) carries a
    /// `Twilio-Client-Validation` JWT signed with `private_key_pem`, an RSA key whose public
    /// half the account registered as the credential `credential_sid` (`CR…`). Accounts that
    /// enforce it refuse unsigned requests. Works with API-key auth only, as Twilio's SDKs
    /// do: with anything else, [`build`](Self::build) is a [`Error::Config`]. The key is
    /// parsed by `build` (PKCS#8 `BEGIN PRIVATE KEY` or PKCS#1 `BEGIN RSA PRIVATE KEY`) and
    /// never shown. `calls keygen` (the CLI) makes a key pair.
    ///
    /// ```
    /// # let pem = twilio_calls::client_validation::KeyPairPem::generate().unwrap().private_pem;
    /// let client = twilio_calls::Client::builder()
    ///     .account_sid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    ///     .api_key("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "key secret")
    ///     .client_validation("CRcccccccccccccccccccccccccccccccc", pem)
    ///     .build()?;
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn client_validation(
        mut self,
        credential_sid: impl Into<String>,
        private_key_pem: impl Into<String>,
    ) -> Self {
        let key = ValidationKey::Pem(Secret::new(private_key_pem));
        self.client_validation = Some((credential_sid.into(), key));
        self
    }

    /// Twilio region (`us1`, `ie1`, `au1`…): requests go to `api.{region}.twilio.com`.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().region("au1");
    /// ```
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Twilio edge location (`sydney`, `dublin`…): requests go to
    /// `api.{edge}.{region}.twilio.com`, with region `us1` when none is given.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().edge("sydney").region("au1");
    /// ```
    pub fn edge(mut self, edge: impl Into<String>) -> Self {
        self.edge = Some(edge.into());
        self
    }

    /// The API origin (`http://127.0.0.1:8080` for a local fake, a proxy URL…). Overrides
    /// region and edge. A path after the host is kept as a prefix.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().base_url("http://127.0.0.1:8080");
    /// ```
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// How long a whole request may take ([`DEFAULT_TIMEOUT`] by default): connecting,
    /// sending and reading the response, for each attempt. Also applies to requests
    /// through a client given to [`http_client`](Self::http_client). Every request builder
    /// can override it (`request_timeout`).
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().timeout(std::time::Duration::from_secs(5));
    /// ```
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// How long establishing a connection may take ([`DEFAULT_CONNECT_TIMEOUT`] by
    /// default). A client given to [`http_client`](Self::http_client) keeps its own
    /// setting, so the two cannot be combined.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().connect_timeout(std::time::Duration::from_secs(3));
    /// ```
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How failed requests are retried (see [`RetryPolicy`] for what is safe to retry).
    /// Replaces what [`max_retries`](Self::max_retries) and
    /// [`retry_budget`](Self::retry_budget) set before it.
    ///
    /// ```
    /// use std::time::Duration;
    /// let builder = twilio_calls::Client::builder().retry_policy(
    ///     twilio_calls::RetryPolicy::default().initial_backoff(Duration::from_millis(100)),
    /// );
    /// ```
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// How many times a failed request may be retried
    /// ([`DEFAULT_MAX_RETRIES`](crate::DEFAULT_MAX_RETRIES) by default; 0 turns retries
    /// off). Every request builder can override it.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().max_retries(0);
    /// ```
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.retry = self.retry.max_retries(retries);
        self
    }

    /// The longest a request may spend on its attempts and the waits between them
    /// ([`DEFAULT_RETRY_BUDGET`](crate::DEFAULT_RETRY_BUDGET) by default): no retry starts
    /// after it.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().retry_budget(std::time::Duration::from_secs(20));
    /// ```
    pub fn retry_budget(mut self, budget: Duration) -> Self {
        self.retry = self.retry.budget(budget);
        self
    }

    /// Spaces requests (retries included) so that no more than this many start per second,
    /// across every clone of the client: a service stays under its account's limits instead
    /// of collecting 429s. Off by default. Fractions are allowed (`0.5`: one every two
    /// seconds).
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().max_requests_per_second(10.0);
    /// ```
    pub fn max_requests_per_second(mut self, rate: f64) -> Self {
        self.max_requests_per_second = Some(rate);
        self
    }

    /// How many requests may be in flight at once across every clone of the client
    /// ([`DEFAULT_MAX_CONCURRENT_REQUESTS`](crate::DEFAULT_MAX_CONCURRENT_REQUESTS) by
    /// default); more wait their turn. This also bounds the connections the client opens.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().max_concurrent_requests(20);
    /// ```
    pub fn max_concurrent_requests(mut self, max: usize) -> Self {
        self.max_concurrent_requests = Some(max);
        self
    }

    /// How many calls per second this client places (CreateCall requests started per
    /// second), like the account's CPS at Twilio: calls past Twilio's wait in `queued`, so
    /// staying under it keeps calls moving in the order they were placed. Applies across
    /// every clone, and across a fleet with `shared_limits` (cargo feature `redis`).
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().max_calls_per_second(1.0);
    /// ```
    pub fn max_calls_per_second(mut self, rate: f64) -> Self {
        self.max_calls_per_second = Some(rate);
        self
    }

    /// Holds the limits (`max_concurrent_requests`, `max_requests_per_second`,
    /// `max_calls_per_second`) in Redis, shared by every process that uses the same Redis,
    /// prefix and account, instead of in this process alone (cargo feature `redis`). What
    /// happens when Redis does not answer is the [`RedisLimits`](crate::limits::RedisLimits)'
    /// policy.
    ///
    /// ```
    /// use twilio_calls::limits::RedisLimits;
    /// let builder = twilio_calls::Client::builder()
    ///     .max_concurrent_requests(50)
    ///     .max_calls_per_second(5.0)
    ///     .shared_limits(RedisLimits::new("redis://127.0.0.1:6379").key_prefix("prod").fail_open());
    /// ```
    #[cfg(feature = "redis")]
    pub fn shared_limits(mut self, limits: crate::limits::RedisLimits) -> Self {
        self.shared_limits = Some(limits);
        self
    }

    /// The largest response body the client reads ([`DEFAULT_MAX_RESPONSE_BYTES`] by
    /// default). A larger one is an [`Error::ResponseTooLarge`], never a truncated result.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().max_response_bytes(4 * 1024 * 1024);
    /// ```
    pub fn max_response_bytes(mut self, max: usize) -> Self {
        self.max_response_bytes = Some(max);
        self
    }

    /// Appends a product token (`my-service/1.2`) to the User-Agent, as Twilio's SDKs do.
    /// Call it again to append more.
    ///
    /// ```
    /// let builder = twilio_calls::Client::builder().user_agent_extension("my-service/1.2");
    /// ```
    pub fn user_agent_extension(mut self, extension: impl Into<String>) -> Self {
        self.user_agent_extensions.push(extension.into());
        self
    }

    /// Sends through this `reqwest` client (its pool, proxy and TLS settings) instead of one
    /// built here with [`DEFAULT_CONNECT_TIMEOUT`] and no redirects.
    ///
    /// ```
    /// let http = reqwest::Client::builder().pool_max_idle_per_host(4).build().unwrap();
    /// let builder = twilio_calls::Client::builder().http_client(http);
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Client validation with the key in a file, read by [`build`](Self::build)
    /// (`TWILIO_PRIVATE_KEY_PATH`).
    pub(super) fn client_validation_file(
        mut self,
        credential_sid: String,
        path: std::path::PathBuf,
    ) -> Self {
        self.client_validation = Some((credential_sid, ValidationKey::File(path)));
        self
    }

    /// Checks the configuration and builds the client. Sends nothing.
    ///
    /// ```
    /// let err = twilio_calls::Client::builder()
    ///     .account_sid("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
    ///     .auth_token("token")
    ///     .build()
    ///     .unwrap_err();
    /// assert!(err.to_string().contains("API key"));
    /// ```
    pub fn build(mut self) -> Result<Client, Error> {
        let account_sid = self.account_sid.take().ok_or_else(|| {
            Error::config(
                "no account SID: give one to `Client::new` or `ClientBuilder::account_sid`, \
                 or set TWILIO_ACCOUNT_SID",
            )
        })?;
        check_account_sid(&account_sid)?;
        let credentials = self.credentials()?;
        let client_validation = self.client_validation_for(&credentials, &account_sid)?;
        let base_url = match self.base_url.take() {
            Some(url) => check_base_url(&url)?,
            None => regional_base_url(self.region.as_deref(), self.edge.as_deref())?,
        };
        let user_agent = user_agent(&self.user_agent_extensions)?;
        let limit_settings = self.checked_limits()?;
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        // The client's timeout: on the reqwest client this builder makes (cheaper than one
        // per request), on each request for a reqwest client given to it.
        let per_request_timeout = self.http_client.is_some().then_some(timeout);
        let http = self.http(timeout)?;
        let authorization = self.authorization(credentials, &account_sid, &http)?;
        let (max_in_flight, per_second, calls_per_second) = limit_settings;
        let limits = Limits::new(limits::Settings {
            max_in_flight,
            per_second,
            calls_per_second,
            #[cfg(feature = "redis")]
            shared: self.shared_limits,
            account_sid: &account_sid,
            longest_exchange: timeout,
        });
        let config = Config {
            authorization,
            client_validation,
            account_sid,
            user_agent,
            timeout: per_request_timeout,
            max_response_bytes: self
                .max_response_bytes
                .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES),
            retry: self.retry,
            limits: Arc::new(limits),
        };
        Ok(Client {
            raw: Arc::new(generated::Client::new_with_client(&base_url, http, config)),
        })
    }

    /// The one kind of credentials given, checked.
    fn credentials(&mut self) -> Result<Given, Error> {
        let non_empty = |parameter, rule, secret: Secret| match secret.expose().is_empty() {
            true => Err(Error::invalid(parameter, rule)),
            false => Ok(secret),
        };
        let given = [
            self.auth_token.is_some(),
            self.api_key.is_some(),
            self.oauth.is_some(),
        ];
        if given.iter().filter(|g| **g).count() > 1 {
            return Err(Error::config(
                "more than one kind of credentials was given (auth token, API key, OAuth \
                 client credentials): use one of them",
            ));
        }
        Ok(
            match (
                self.auth_token.take(),
                self.api_key.take(),
                self.oauth.take(),
            ) {
                (Some(token), ..) => Given::Basic(Credentials::AuthToken(non_empty(
                    "auth_token",
                    "must not be empty",
                    token,
                )?)),
                (_, Some((sid, secret)), _) => {
                    check_api_key_sid(&sid)?;
                    let secret = non_empty("api_key", "the secret must not be empty", secret)?;
                    Given::Basic(Credentials::ApiKey { sid, secret })
                }
                (_, _, Some((client_id, secret))) => {
                    if client_id.is_empty() {
                        return Err(Error::invalid(
                            "oauth_client_credentials",
                            "the client ID must not be empty",
                        ));
                    }
                    let rule = "the client secret must not be empty";
                    let secret = non_empty("oauth_client_credentials", rule, secret)?;
                    Given::OAuth { client_id, secret }
                }
                (None, None, None) => {
                    return Err(Error::config(
                        "no credentials: give an auth token (`auth_token`, or TWILIO_AUTH_TOKEN), \
                     an API key and secret (`api_key`, or TWILIO_API_KEY and TWILIO_API_SECRET) \
                     or OAuth client credentials (`oauth_client_credentials`, or \
                     TWILIO_CLIENT_ID and TWILIO_CLIENT_SECRET)",
                    ));
                }
            },
        )
    }

    /// The request signer for client validation, which only an API key may use.
    fn client_validation_for(
        &mut self,
        credentials: &Given,
        account_sid: &str,
    ) -> Result<Option<Arc<ClientValidation>>, Error> {
        match (self.client_validation.take(), credentials) {
            (None, _) => Ok(None),
            (Some((credential_sid, key)), Given::Basic(Credentials::ApiKey { sid, .. })) => {
                let pem = key.read()?;
                Ok(Some(Arc::new(ClientValidation::new(
                    credential_sid,
                    sid.clone(),
                    account_sid.to_owned(),
                    pem.expose().as_bytes(),
                )?)))
            }
            (Some(_), _) => Err(Error::config(
                "client validation signs requests as an API key (Twilio's rule for Public \
                 Key Client Validation): authenticate with `api_key(sid, secret)`, not an \
                 auth token or OAuth",
            )),
        }
    }

    /// The concurrency, request-rate and call-rate limits, checked; and the body cap.
    fn checked_limits(&self) -> Result<(usize, Option<f64>, Option<f64>), Error> {
        let (max_in_flight, per_second) =
            checked_limits(self.max_concurrent_requests, self.max_requests_per_second)?;
        let calls_per_second = self
            .max_calls_per_second
            .map(|rate| checked_rate("max_calls_per_second", rate))
            .transpose()?;
        if self.max_response_bytes == Some(0) {
            return Err(Error::invalid("max_response_bytes", "must be at least 1"));
        }
        Ok((max_in_flight, per_second, calls_per_second))
    }

    /// The reqwest client: the one given, or one made with the timeouts and no redirects.
    fn http(&mut self, timeout: Duration) -> Result<reqwest::Client, Error> {
        match self.http_client.take() {
            Some(_) if self.connect_timeout.is_some() => Err(Error::config(
                "a connect timeout cannot be applied to a client given to `http_client`: \
                 set it on that reqwest client instead",
            )),
            Some(client) => Ok(client),
            None => reqwest::Client::builder()
                .timeout(timeout)
                .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                // Credentials must never follow a redirect to another host.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|e| Error::config(format!("cannot build the HTTP client: {e}"))),
        }
    }

    /// How each request authenticates: a fixed Basic value, or OAuth tokens from the token
    /// endpoint.
    fn authorization(
        &mut self,
        credentials: Given,
        account_sid: &str,
        http: &reqwest::Client,
    ) -> Result<Authorization, Error> {
        Ok(match credentials {
            Given::OAuth { client_id, secret } => {
                let origin = match self.oauth_base_url.take() {
                    Some(url) => check_base_url(&url)?,
                    None => oauth::DEFAULT_ORIGIN.to_owned(),
                };
                let source = TokenSource::new(client_id, secret, &origin, http.clone());
                Authorization::OAuth(Arc::new(source))
            }
            Given::Basic(basic) => Authorization::Basic(basic.authorization(account_sid)),
        })
    }
}

/// The credentials a builder was given.
enum Given {
    /// Sent as `Authorization: Basic …`.
    Basic(Credentials),
    /// Exchanged for access tokens.
    OAuth { client_id: String, secret: Secret },
}

/// Where the client-validation key comes from: given, or a file named by
/// `TWILIO_PRIVATE_KEY_PATH` (read by `build`).
#[derive(Clone, Debug)]
enum ValidationKey {
    Pem(Secret),
    File(std::path::PathBuf),
}

impl ValidationKey {
    fn read(self) -> Result<Secret, Error> {
        match self {
            Self::Pem(pem) => Ok(pem),
            Self::File(path) => std::fs::read_to_string(&path)
                .map(Secret::new)
                .map_err(|e| {
                    Error::config(format!(
                        "cannot read the client validation key {} (TWILIO_PRIVATE_KEY_PATH): {e}",
                        path.display()
                    ))
                }),
        }
    }
}
