//! [`Client`] and its configuration ([`ClientBuilder`]): credentials, API origin (base URL,
//! region, edge), timeouts, retries, rate and size limits, and the User-Agent. Requests
//! themselves start from [`Client::calls`].

mod builder;
mod env;
mod settings;
#[cfg(test)]
mod tests;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::calls::Calls;
use crate::error::Error;
use crate::generated;

pub use builder::ClientBuilder;

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
