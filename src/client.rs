//! [`Client`] and its configuration ([`ClientBuilder`]): credentials, API origin (base URL,
//! region, edge), timeouts, retries, rate and size limits, and the User-Agent. Requests
//! themselves start from [`Client::calls`].

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::auth::{Authorization, Credentials, Secret, Shared};
use crate::calls::Calls;
use crate::client_validation::ClientValidation;
use crate::error::Error;
use crate::limits::{self, Limits};
use crate::oauth::{self, TokenSource};
use crate::retry::RetryPolicy;
use crate::throttle::DEFAULT_MAX_CONCURRENT_REQUESTS;
use crate::{check, generated};

/// Twilio's API origin when neither a base URL nor a region or edge is given.
///
/// ```
/// let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token")?;
/// assert_eq!(client.base_url(), twilio_calls::DEFAULT_BASE_URL);
/// # Ok::<(), twilio_calls::Error>(())
/// ```
pub const DEFAULT_BASE_URL: &str = "https://api.twilio.com";
/// How long establishing a connection may take, unless the builder is given its own
/// [`http_client`](ClientBuilder::http_client).
///
/// ```
/// assert_eq!(twilio_calls::DEFAULT_CONNECT_TIMEOUT.as_secs(), 10);
/// ```
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a whole request (connect, send, read the response) may take, unless the builder
/// says otherwise ([`ClientBuilder::timeout`]).
///
/// ```
/// assert_eq!(twilio_calls::DEFAULT_TIMEOUT.as_secs(), 30);
/// ```
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The largest response body the client reads, unless configured otherwise
/// ([`ClientBuilder::max_response_bytes`]): 16 MiB, eight times a full page of 1,000 calls.
///
/// ```
/// assert_eq!(twilio_calls::DEFAULT_MAX_RESPONSE_BYTES, 16 * 1024 * 1024);
/// ```
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// A Twilio Calls API client.
///
/// Cheap to clone (one `Arc`): clones share the connection pool and configuration, so make
/// one per process and hand clones around.
///
/// ```
/// use twilio_calls::Client;
///
/// let client = Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "your_auth_token")?;
/// assert_eq!(client.base_url(), "https://api.twilio.com");
/// # Ok::<(), twilio_calls::Error>(())
/// ```
#[derive(Clone)]
pub struct Client {
    raw: Arc<generated::Client>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("account_sid", &self.account_sid())
            .field("base_url", &self.base_url())
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `account_sid` authenticating with its auth token, on
    /// [`DEFAULT_BASE_URL`].
    ///
    /// ```
    /// let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token")?;
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn new(
        account_sid: impl Into<String>,
        auth_token: impl Into<String>,
    ) -> Result<Self, Error> {
        Self::builder()
            .account_sid(account_sid)
            .auth_token(auth_token)
            .build()
    }

    /// A client configured from the environment, as Twilio's SDKs and CLI read it:
    ///
    /// - `TWILIO_ACCOUNT_SID` (required), with credentials: `TWILIO_API_KEY` and
    ///   `TWILIO_API_SECRET` (first, and with them `TWILIO_CREDENTIAL_SID` and
    ///   `TWILIO_PRIVATE_KEY_PATH` for client validation), or `TWILIO_CLIENT_ID` and
    ///   `TWILIO_CLIENT_SECRET` (OAuth), or `TWILIO_AUTH_TOKEN`;
    /// - `TWILIO_REGION` and `TWILIO_EDGE` (optional);
    /// - `TWILIO_BASE_URL` (optional): the API origin, for local fakes, mock servers and
    ///   proxies; it overrides region and edge.
    ///
    /// ```no_run
    /// let client = twilio_calls::Client::from_env()?;
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn from_env() -> Result<Self, Error> {
        ClientBuilder::from_env().build()
    }

    /// A builder for every option.
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// let client = twilio_calls::Client::builder()
    ///     .account_sid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    ///     .api_key("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "key_secret")
    ///     .region("ie1")
    ///     .edge("dublin")
    ///     .timeout(Duration::from_secs(10))
    ///     .user_agent_extension("my-service/1.2")
    ///     .build()?;
    /// assert_eq!(client.base_url(), "https://api.dublin.ie1.twilio.com");
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The account this client works on.
    ///
    /// ```
    /// let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "token")?;
    /// assert_eq!(client.account_sid(), "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn account_sid(&self) -> &str {
        &self.raw.inner.account_sid
    }

    /// The API origin requests go to (no trailing slash).
    ///
    /// ```
    /// let client = twilio_calls::Client::builder()
    ///     .account_sid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    ///     .auth_token("token")
    ///     .base_url("http://127.0.0.1:8080/")
    ///     .build()?;
    /// assert_eq!(client.base_url(), "http://127.0.0.1:8080");
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn base_url(&self) -> &str {
        &self.raw.baseurl
    }

    /// The Calls of this client's account.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let call = client.calls().fetch("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn calls(&self) -> Calls {
        Calls::new(self.clone(), self.account_sid().to_owned())
    }

    /// Another account reachable with these credentials (a subaccount). The SID is checked
    /// when a request is sent.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let page = client
    ///     .account("ACcccccccccccccccccccccccccccccccc")
    ///     .calls()
    ///     .list()
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn account(&self, account_sid: impl Into<String>) -> Account {
        Account {
            client: self.clone(),
            sid: account_sid.into(),
        }
    }

    /// The generated client, for the request builders.
    pub(crate) fn raw(&self) -> &generated::Client {
        &self.raw
    }
}

/// An account other than the client's own (see [`Client::account`]).
///
/// ```
/// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t")?;
/// let sub = client.account("ACcccccccccccccccccccccccccccccccc");
/// assert_eq!(sub.calls().account_sid(), "ACcccccccccccccccccccccccccccccccc");
/// # Ok::<(), twilio_calls::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Account {
    client: Client,
    sid: String,
}

impl Account {
    /// The account's SID, as given.
    ///
    /// ```
    /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t")?;
    /// let sub = client.account("ACcccccccccccccccccccccccccccccccc");
    /// assert_eq!(sub.sid(), "ACcccccccccccccccccccccccccccccccc");
    /// # Ok::<(), twilio_calls::Error>(())
    /// ```
    pub fn sid(&self) -> &str {
        &self.sid
    }

    /// The Calls of this account.
    ///
    /// ```no_run
    /// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
    /// let sub = client.account("ACcccccccccccccccccccccccccccccccc");
    /// sub.calls().delete("CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn calls(&self) -> Calls {
        Calls::new(self.client.clone(), self.sid.clone())
    }
}

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
    pub fn build(self) -> Result<Client, Error> {
        let account_sid = self.account_sid.ok_or_else(|| {
            Error::config(
                "no account SID: give one to `Client::new` or `ClientBuilder::account_sid`, \
                 or set TWILIO_ACCOUNT_SID",
            )
        })?;
        check_account_sid(&account_sid)?;
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
        let credentials = match (self.auth_token, self.api_key, self.oauth) {
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
                let secret = non_empty(
                    "oauth_client_credentials",
                    "the client secret must not be empty",
                    secret,
                )?;
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
        };
        let client_validation = match (self.client_validation, &credentials) {
            (None, _) => None,
            (Some((credential_sid, key)), Given::Basic(Credentials::ApiKey { sid, .. })) => {
                let pem = key.read()?;
                Some(Arc::new(ClientValidation::new(
                    credential_sid,
                    sid.clone(),
                    account_sid.clone(),
                    pem.expose().as_bytes(),
                )?))
            }
            (Some(_), _) => {
                return Err(Error::config(
                    "client validation signs requests as an API key (Twilio's rule for Public \
                     Key Client Validation): authenticate with `api_key(sid, secret)`, not an \
                     auth token or OAuth",
                ));
            }
        };
        let base_url = match self.base_url {
            Some(url) => check_base_url(&url)?,
            None => regional_base_url(self.region.as_deref(), self.edge.as_deref())?,
        };
        let user_agent = user_agent(&self.user_agent_extensions)?;
        let (max_in_flight, per_second) =
            checked_limits(self.max_concurrent_requests, self.max_requests_per_second)?;
        let calls_per_second = self
            .max_calls_per_second
            .map(|rate| checked_rate("max_calls_per_second", rate))
            .transpose()?;
        if self.max_response_bytes == Some(0) {
            return Err(Error::invalid("max_response_bytes", "must be at least 1"));
        }
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        // The client's timeout: on the reqwest client this builder makes (cheaper than one
        // per request), on each request for a reqwest client given to it.
        let per_request_timeout = self.http_client.is_some().then_some(timeout);
        let http = match self.http_client {
            Some(_) if self.connect_timeout.is_some() => {
                return Err(Error::config(
                    "a connect timeout cannot be applied to a client given to `http_client`: \
                     set it on that reqwest client instead",
                ));
            }
            Some(client) => client,
            None => reqwest::Client::builder()
                .timeout(timeout)
                .connect_timeout(self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT))
                // Credentials must never follow a redirect to another host.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|e| Error::config(format!("cannot build the HTTP client: {e}")))?,
        };
        let authorization = match credentials {
            Given::OAuth { client_id, secret } => {
                let origin = match self.oauth_base_url {
                    Some(url) => check_base_url(&url)?,
                    None => oauth::DEFAULT_ORIGIN.to_owned(),
                };
                let source = TokenSource::new(client_id, secret, &origin, http.clone());
                Authorization::OAuth(Arc::new(source))
            }
            Given::Basic(basic) => Authorization::Basic(basic.authorization(&account_sid)),
        };
        let limits = Limits::new(limits::Settings {
            max_in_flight,
            per_second,
            calls_per_second,
            #[cfg(feature = "redis")]
            shared: self.shared_limits,
            account_sid: &account_sid,
            longest_exchange: timeout,
        });
        let shared = Shared {
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
            raw: Arc::new(generated::Client::new_with_client(&base_url, http, shared)),
        })
    }

    /// A builder filled from the environment, as [`Client::from_env`] reads it, for settings
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
                builder.client_validation = Some((sid, ValidationKey::File(path.into())));
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

/// A [`ClientBuilder`] setting given as text (from the environment).
type Setter = fn(ClientBuilder, String) -> ClientBuilder;

/// The rate and concurrency limits, checked.
fn checked_limits(
    in_flight: Option<usize>,
    per_second: Option<f64>,
) -> Result<(usize, Option<f64>), Error> {
    if in_flight == Some(0) {
        return Err(Error::invalid(
            "max_concurrent_requests",
            "must be at least 1 (0 would let no request through)",
        ));
    }
    let per_second = per_second
        .map(|rate| checked_rate("max_requests_per_second", rate))
        .transpose()?;
    Ok((
        in_flight.unwrap_or(DEFAULT_MAX_CONCURRENT_REQUESTS),
        per_second,
    ))
}

/// A rate setting: finite, and at least one a day (below that is surely a mistake, and it
/// keeps the interval finite).
fn checked_rate(setting: &'static str, rate: f64) -> Result<f64, Error> {
    if rate.is_finite() && rate >= 1.0 / 86_400.0 {
        return Ok(rate);
    }
    Err(Error::invalid(
        setting,
        format!("must be a positive number, at least one per day (got {rate})"),
    ))
}

fn check_account_sid(sid: &str) -> Result<(), Error> {
    if sid.starts_with("SK") {
        return Err(Error::invalid(
            "account_sid",
            "this is an API key SID (SK…), not an account SID (AC…): with API-key auth, give \
             the key and its secret to `api_key(sid, secret)` (or TWILIO_API_KEY and \
             TWILIO_API_SECRET) and the account's AC… SID to `account_sid` \
             (or TWILIO_ACCOUNT_SID)",
        ));
    }
    check::pattern::<generated::types::AcSid>("account_sid", sid, None)
}

fn check_api_key_sid(sid: &str) -> Result<(), Error> {
    let hex = sid.strip_prefix("SK").unwrap_or("");
    if hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(());
    }
    let rule = "the key SID must be SK followed by 32 hex digits";
    let got = check::shown(sid);
    let message = format!("{rule} (got {got}); the secret is the second argument");
    Err(Error::invalid("api_key", message))
}

fn check_base_url(url: &str) -> Result<String, Error> {
    check::url("base_url", Some(url))?;
    let parsed = reqwest::Url::parse(url).map_err(|e| Error::invalid("base_url", e.to_string()))?;
    if parsed.query().is_some() || parsed.fragment().is_some() || !parsed.username().is_empty() {
        return Err(Error::invalid(
            "base_url",
            format!("must not carry a query, fragment or user info (got {url:?})"),
        ));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

fn regional_base_url(region: Option<&str>, edge: Option<&str>) -> Result<String, Error> {
    let host_label = |v: &str| {
        let allowed = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-';
        !v.is_empty() && v.bytes().all(allowed)
    };
    for (parameter, value) in [("region", region), ("edge", edge)] {
        if let Some(v) = value.filter(|v| !host_label(v)) {
            return Err(Error::invalid(
                parameter,
                format!("must be lowercase letters, digits and dashes (got {v:?})"),
            ));
        }
    }
    Ok(match (edge, region) {
        (None, None) => DEFAULT_BASE_URL.to_owned(),
        (None, Some(region)) => format!("https://api.{region}.twilio.com"),
        (Some(edge), region) => {
            format!("https://api.{edge}.{}.twilio.com", region.unwrap_or("us1"))
        }
    })
}

/// `twilio-calls-rust/{version} ({os} {arch}) rust/{rustc}` plus the extensions, the shape
/// of twilio-go's, twilio-python's and twilio-node's User-Agent.
fn user_agent(extensions: &[String]) -> Result<HeaderValue, Error> {
    let mut ua = format!(
        "twilio-calls-rust/{} ({} {}) rust/{}",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH,
        env!("TWILIO_CALLS_RUSTC_VERSION"),
    );
    for extension in extensions {
        if extension.is_empty() || !extension.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(Error::invalid(
                "user_agent_extension",
                format!("must be printable ASCII without spaces (got {extension:?})"),
            ));
        }
        ua.push(' ');
        ua.push_str(extension);
    }
    HeaderValue::try_from(ua).map_err(|e| Error::invalid("user_agent_extension", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Authorization;

    const SID: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn host_rule_matches_twilios_sdks() {
        let url = |r, e| regional_base_url(r, e).unwrap();
        assert_eq!(url(None, None), "https://api.twilio.com");
        assert_eq!(url(Some("ie1"), None), "https://api.ie1.twilio.com");
        assert_eq!(
            url(None, Some("sydney")),
            "https://api.sydney.us1.twilio.com"
        );
        assert_eq!(
            url(Some("au1"), Some("sydney")),
            "https://api.sydney.au1.twilio.com"
        );
        let err = regional_base_url(Some("evil.com/"), None).unwrap_err();
        assert!(err.to_string().starts_with("invalid `region`"), "{err}");
    }

    #[test]
    fn from_env_reads_twilios_variables() {
        let client = ClientBuilder::from_lookup(env(&[
            ("TWILIO_ACCOUNT_SID", SID),
            ("TWILIO_AUTH_TOKEN", "tok"),
            ("TWILIO_EDGE", "dublin"),
            ("TWILIO_REGION", "ie1"),
        ]))
        .build()
        .unwrap();
        assert_eq!(client.base_url(), "https://api.dublin.ie1.twilio.com");
        assert_eq!(client.account_sid(), SID);

        let client = ClientBuilder::from_lookup(env(&[
            ("TWILIO_ACCOUNT_SID", SID),
            ("TWILIO_API_KEY", "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
            ("TWILIO_API_SECRET", "sec"),
            ("TWILIO_AUTH_TOKEN", "ignored when a key is set"),
            ("TWILIO_REGION", "ie1"),
            ("TWILIO_BASE_URL", "http://127.0.0.1:9/"),
        ]))
        .build()
        .unwrap();
        assert_eq!(client.base_url(), "http://127.0.0.1:9");
        // base64("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb:sec")
        let Authorization::Basic(value) = &client.raw().inner.authorization else {
            panic!("an API key is Basic auth");
        };
        assert_eq!(
            value.to_str().unwrap(),
            "Basic U0tiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYjpzZWM="
        );
    }

    #[test]
    fn oauth_and_client_validation_from_the_environment() {
        let client = ClientBuilder::from_lookup(env(&[
            ("TWILIO_ACCOUNT_SID", SID),
            ("TWILIO_CLIENT_ID", "OQbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
            ("TWILIO_CLIENT_SECRET", "client-secret"),
            (
                "TWILIO_AUTH_TOKEN",
                "ignored when client credentials are set",
            ),
        ]))
        .build()
        .unwrap();
        assert!(matches!(
            client.raw().inner.authorization,
            Authorization::OAuth(_)
        ));
        assert!(!format!("{client:?}").contains("client-secret"));

        let dir = std::env::temp_dir().join(format!("twilio-calls-key-{}", std::process::id()));
        let pem = crate::client_validation::KeyPairPem::generate()
            .unwrap()
            .private_pem;
        std::fs::write(&dir, &pem).unwrap();
        let signed = |path: &str| {
            let vars = [
                ("TWILIO_ACCOUNT_SID", SID),
                ("TWILIO_API_KEY", "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
                ("TWILIO_API_SECRET", "sec"),
                (
                    "TWILIO_CREDENTIAL_SID",
                    "CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                ),
                ("TWILIO_PRIVATE_KEY_PATH", path),
            ];
            let lookup = |name: &str| {
                let found = vars.iter().find(|(n, _)| *n == name);
                found.map(|(_, v)| (*v).to_owned())
            };
            ClientBuilder::from_lookup(lookup).build()
        };
        let client = signed(dir.to_str().unwrap()).unwrap();
        assert!(client.raw().inner.client_validation.is_some());
        let shown = format!("{client:?}");
        assert!(!shown.contains(&pem[30..70]), "{shown}");
        std::fs::remove_file(&dir).unwrap();
        let err = signed("/nonexistent/key.pem").unwrap_err();
        assert!(err.to_string().contains("TWILIO_PRIVATE_KEY_PATH"), "{err}");
    }

    #[test]
    fn client_validation_needs_an_api_key_and_credentials_are_one_kind() {
        let pem = crate::client_validation::KeyPairPem::generate()
            .unwrap()
            .private_pem;
        let err = Client::builder()
            .account_sid(SID)
            .auth_token("token")
            .client_validation("CRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", pem)
            .build()
            .unwrap_err();
        assert!(matches!(err, Error::Config { .. }), "{err:?}");
        assert!(err.to_string().contains("`api_key(sid, secret)`"), "{err}");
        let err = Client::builder()
            .account_sid(SID)
            .auth_token("token")
            .oauth_client_credentials("OQbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "s")
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("more than one kind"), "{err}");
    }

    #[test]
    fn missing_settings_name_the_environment_variables() {
        let err = ClientBuilder::from_lookup(env(&[])).build().unwrap_err();
        assert!(err.to_string().contains("TWILIO_ACCOUNT_SID"), "{err}");
        let err = ClientBuilder::from_lookup(env(&[("TWILIO_ACCOUNT_SID", SID)]))
            .build()
            .unwrap_err();
        let text = err.to_string();
        for var in ["TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"] {
            assert!(text.contains(var), "{text}");
        }
    }

    #[test]
    fn bad_sids_and_urls_are_rejected_with_the_rule() {
        let err = Client::new("ACnothex", "t").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid `account_sid`: shorter than 34 characters (got \"ACnothex\")"
        );
        let err = Client::new("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "t").unwrap_err();
        assert!(err.to_string().contains("api_key(sid, secret)"), "{err}");
        let err = Client::builder()
            .account_sid(SID)
            .api_key("ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "s")
            .build()
            .unwrap_err();
        assert!(err.to_string().starts_with("invalid `api_key`"), "{err}");
        let err = Client::builder()
            .account_sid(SID)
            .auth_token("t")
            .base_url("api.twilio.com")
            .build()
            .unwrap_err();
        assert!(err.to_string().starts_with("invalid `base_url`"), "{err}");
        let err = Client::builder()
            .account_sid(SID)
            .auth_token("t")
            .api_key("SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "s")
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("use one of them"), "{err}");
    }

    #[test]
    fn user_agent_has_twilios_shape() {
        let ua = user_agent(&["svc/1".into(), "extra".into()]).unwrap();
        let ua = ua.to_str().unwrap();
        let expected_start = format!(
            "twilio-calls-rust/{} ({} {}) rust/",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS,
            std::env::consts::ARCH
        );
        assert!(ua.starts_with(&expected_start), "{ua}");
        assert!(ua.ends_with(" svc/1 extra"), "{ua}");
        assert!(user_agent(&["has space".into()]).is_err());
    }
}
