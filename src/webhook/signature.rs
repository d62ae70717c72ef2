//! `X-Twilio-Signature`: computing and checking the signature Twilio puts on every webhook.
//!
//! The algorithm is twilio-python 9.13's `RequestValidator`, which `tests/fixtures` pins with
//! generated vectors: the URL, then each parameter name (sorted) followed by each of its
//! distinct values (sorted), HMAC'd with the auth token and base64-encoded. The URL is tried
//! without its port and with it (the default port added when absent), because Twilio signs
//! whichever form the webhook was configured with.

use std::fmt;

use base64::Engine as _;
use hmac::{KeyInit, Mac};
use subtle::ConstantTimeEq as _;

use crate::auth::Secret;
use crate::digest::sha256_hex;

/// The header carrying the signature.
pub const SIGNATURE_HEADER: &str = "X-Twilio-Signature";

/// The header naming the signature algorithm (`key=…,algorithm=HMAC_SHA256`); absent means
/// HMAC-SHA1 with the auth token.
pub const SIGNATURE_SETTINGS_HEADER: &str = "X-Twilio-Webhooks-Signature-Settings";

/// The query parameter of a JSON webhook's URL that holds the hex SHA-256 of its body.
pub const BODY_SHA256_PARAMETER: &str = "bodySHA256";

/// A signature algorithm Twilio uses for webhooks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Algorithm {
    /// HMAC-SHA1 with the account's auth token: what Twilio uses unless told otherwise.
    #[default]
    HmacSha1,
    /// HMAC-SHA256, named `HMAC_SHA256` in the settings header.
    HmacSha256,
}

impl Algorithm {
    /// The algorithm the `X-Twilio-Webhooks-Signature-Settings` header names: `None` for one
    /// this crate does not know (a request signed with it must fail validation), HMAC-SHA1
    /// when the header is absent, empty or names no algorithm.
    ///
    /// ```
    /// use twilio_calls::webhook::Algorithm;
    ///
    /// assert_eq!(Algorithm::from_settings_header(None), Some(Algorithm::HmacSha1));
    /// let header = "key=webhooks_sharedkey_123,algorithm=HMAC_SHA256";
    /// assert_eq!(Algorithm::from_settings_header(Some(header)), Some(Algorithm::HmacSha256));
    /// assert_eq!(Algorithm::from_settings_header(Some("algorithm=HMAC_MD5")), None);
    /// ```
    pub fn from_settings_header(header: Option<&str>) -> Option<Self> {
        let named = header.unwrap_or_default().split(',').find_map(|part| {
            let (name, value) = part.split_once('=')?;
            (name.trim() == "algorithm" && !value.trim().is_empty()).then(|| value.trim())
        });
        match named {
            None => Some(Self::HmacSha1),
            Some(name) => Self::from_name(name),
        }
    }

    /// Looks a name up case-insensitively (`HMAC_SHA1`, `hmac_sha256`).
    pub fn from_name(name: &str) -> Option<Self> {
        // Full Unicode upper-casing, as Python's `str.upper()` does.
        match name.to_uppercase().as_str() {
            "HMAC_SHA1" => Some(Self::HmacSha1),
            "HMAC_SHA256" => Some(Self::HmacSha256),
            _ => None,
        }
    }

    /// The length of a signature made with it: a base64 HMAC.
    fn encoded_len(self) -> usize {
        match self {
            Self::HmacSha1 => 28,
            Self::HmacSha256 => 44,
        }
    }

    /// The name used in the settings header.
    pub fn name(self) -> &'static str {
        match self {
            Self::HmacSha1 => "HMAC_SHA1",
            Self::HmacSha256 => "HMAC_SHA256",
        }
    }

    /// An HMAC with this algorithm, keyed, to feed the signed text to piece by piece.
    fn mac(self, key: &[u8]) -> Hmac {
        match self {
            Self::HmacSha1 => Hmac::Sha1(KeyInit::new_from_slice(key).expect("any key length")),
            Self::HmacSha256 => Hmac::Sha256(KeyInit::new_from_slice(key).expect("any key length")),
        }
    }
}

/// A running HMAC of either algorithm.
enum Hmac {
    Sha1(hmac::Hmac<sha1::Sha1>),
    Sha256(hmac::Hmac<sha2::Sha256>),
}

impl Hmac {
    fn update(&mut self, bytes: &[u8]) {
        match self {
            Self::Sha1(mac) => mac.update(bytes),
            Self::Sha256(mac) => mac.update(bytes),
        }
    }

    /// The MAC, base64-encoded as the header carries it.
    fn finish(self) -> String {
        let bytes = match self {
            Self::Sha1(mac) => mac.finalize().into_bytes().to_vec(),
            Self::Sha256(mac) => mac.finalize().into_bytes().to_vec(),
        };
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A received signature and the algorithm it claims. A plain `&str` is an HMAC-SHA1
/// signature, the common case; [`Signature::from_headers`] reads the settings header too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature<'a> {
    value: &'a str,
    /// `None`: an algorithm this crate does not support; never valid.
    algorithm: Option<Algorithm>,
}

impl<'a> Signature<'a> {
    /// A signature made with `algorithm`.
    pub fn new(value: &'a str, algorithm: Algorithm) -> Self {
        Self {
            value,
            algorithm: Some(algorithm),
        }
    }

    /// The values of the `X-Twilio-Signature` and `X-Twilio-Webhooks-Signature-Settings`
    /// headers.
    pub fn from_headers(signature: &'a str, settings: Option<&str>) -> Self {
        Self {
            value: signature,
            algorithm: Algorithm::from_settings_header(settings),
        }
    }

    /// The algorithm, or `None` when the settings header named one this crate does not know.
    pub fn algorithm(&self) -> Option<Algorithm> {
        self.algorithm
    }
}

impl<'a> From<&'a str> for Signature<'a> {
    fn from(value: &'a str) -> Self {
        Self::new(value, Algorithm::HmacSha1)
    }
}

impl<'a> From<&'a String> for Signature<'a> {
    fn from(value: &'a String) -> Self {
        Self::from(value.as_str())
    }
}

/// Why [`RequestValidator::verify`] refused a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rejection {
    /// No `X-Twilio-Signature` header.
    MissingSignature,
    /// The settings header names an algorithm this crate does not support.
    UnsupportedAlgorithm,
    /// The signature (or the body hash) does not match.
    InvalidSignature,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::MissingSignature => "the request has no X-Twilio-Signature header",
            Self::UnsupportedAlgorithm => {
                "X-Twilio-Webhooks-Signature-Settings names an unsupported algorithm"
            }
            Self::InvalidSignature => "X-Twilio-Signature does not match the request",
        })
    }
}

impl std::error::Error for Rejection {}

/// One `(name, value)` parameter of a webhook: implemented for pairs of string-likes and
/// references to them, so `&[(&str, &str)]`, `Vec<(String, String)>`, a `HashMap` or
/// `form_urlencoded::parse(..)` can all be passed as parameters.
pub trait Param {
    /// The parameter's name.
    fn name(&self) -> &str;
    /// The parameter's value.
    fn value(&self) -> &str;
}

impl<K: AsRef<str>, V: AsRef<str>> Param for (K, V) {
    fn name(&self) -> &str {
        self.0.as_ref()
    }
    fn value(&self) -> &str {
        self.1.as_ref()
    }
}

impl<P: Param + ?Sized> Param for &P {
    fn name(&self) -> &str {
        (**self).name()
    }
    fn value(&self) -> &str {
        (**self).value()
    }
}

/// Checks (and makes) webhook signatures with one secret: the account's auth token, or the
/// shared key's secret when Twilio signs with a webhook signing key.
///
/// ```
/// use twilio_calls::webhook::RequestValidator;
///
/// // Twilio's documentation example.
/// let validator = RequestValidator::new("12345");
/// let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
/// let params = [
///     ("CallSid", "CA1234567890ABCDE"),
///     ("Caller", "+12349013030"),
///     ("Digits", "1234"),
///     ("From", "+12349013030"),
///     ("To", "+18005551212"),
/// ];
/// assert!(validator.validate(url, &params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
/// assert!(!validator.validate(url, &params, "0/KCTR6DLpKmkAf8muzZqo1nDgQx"));
/// ```
#[derive(Clone, Debug)]
pub struct RequestValidator {
    token: Secret,
}

impl RequestValidator {
    /// A validator for webhooks signed with `auth_token`.
    pub fn new(auth_token: impl Into<String>) -> Self {
        Self {
            token: Secret::new(auth_token),
        }
    }

    /// Whether `signature` is Twilio's signature of a form-encoded webhook: the full `url`
    /// Twilio requested (scheme, host, path and query) and the POST parameters (for a GET
    /// webhook, no parameters: they are in the URL's query).
    ///
    /// Repeated parameter names are fine: each distinct value counts once, as twilio-python
    /// does. The comparison takes constant time.
    pub fn validate<'s, P: Param>(
        &self,
        url: &str,
        params: impl IntoIterator<Item = P>,
        signature: impl Into<Signature<'s>>,
    ) -> bool {
        let signature = signature.into();
        let Some(algorithm) = signature.algorithm else {
            return false;
        };
        let Some(variants) = UrlVariants::of(url) else {
            return false;
        };
        // A base64 HMAC is 28 (SHA-1) or 44 (SHA-256) characters: anything else cannot
        // match, and is refused before any work on the parameters.
        if signature.value.len() != algorithm.encoded_len() {
            return false;
        }
        let params = sorted_params(params);
        // Both variants are always computed, in one pass over the parameters, so timing does
        // not tell which one matched.
        let [without_port, with_port] = self.compute(algorithm, variants.pair(), &params);
        constant_time_eq(&without_port, signature.value)
            | constant_time_eq(&with_port, signature.value)
    }

    /// Whether `signature` is Twilio's signature of a webhook with a JSON (or other non-form)
    /// `body`: the URL's `bodySHA256` query parameter must hold the body's hex SHA-256, and
    /// the signature covers the URL alone. Without `bodySHA256` the request cannot be
    /// validated and this returns `false`.
    ///
    /// ```
    /// use twilio_calls::webhook::RequestValidator;
    ///
    /// let validator = RequestValidator::new("12345");
    /// let body = r#"{"property": "value", "boolean": true}"#;
    /// let url = "https://mycompany.com/myapp.php?foo=1&bar=2\
    ///            &bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
    /// // Twilio's documentation example.
    /// assert!(validator.validate_body(url, body, "a9nBmqA0ju/hNViExpshrM61xv4="));
    /// assert!(!validator.validate_body(url, "{}", "a9nBmqA0ju/hNViExpshrM61xv4="));
    /// ```
    pub fn validate_body<'s>(
        &self,
        url: &str,
        body: impl AsRef<[u8]>,
        signature: impl Into<Signature<'s>>,
    ) -> bool {
        let Some(expected_hash) = body_sha256_parameter(url) else {
            return false;
        };
        let actual_hash = sha256_hex(body.as_ref());
        let hash_ok = constant_time_eq(&actual_hash, &expected_hash);
        let signature_ok = self.validate(url, std::iter::empty::<(&str, &str)>(), signature);
        hash_ok & signature_ok
    }

    /// The HMAC-SHA1 signature Twilio would send for `url` and `params`, for tests and for
    /// servers that sign their own callbacks (the URL is used exactly as given).
    pub fn sign<P: Param>(&self, url: &str, params: impl IntoIterator<Item = P>) -> String {
        self.sign_with(Algorithm::HmacSha1, url, params)
    }

    /// [`sign`](Self::sign) with another algorithm.
    pub fn sign_with<P: Param>(
        &self,
        algorithm: Algorithm,
        url: &str,
        params: impl IntoIterator<Item = P>,
    ) -> String {
        let [signature] = self.compute(algorithm, [url], &sorted_params(params));
        signature
    }

    /// Checks a whole received request: the signature headers, and the `body` as a form
    /// (`Content-Type: application/x-www-form-urlencoded`, or an empty body without
    /// `bodySHA256`, as a GET webhook has) or else as a JSON body covered by `bodySHA256`.
    ///
    /// `url` is the URL Twilio requested, as the public sees it (behind a proxy, not the
    /// URL the service was reached on).
    ///
    /// ```
    /// use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE};
    /// use twilio_calls::webhook::{RequestValidator, Rejection, SIGNATURE_HEADER};
    ///
    /// let validator = RequestValidator::new("12345");
    /// let url = "https://example.com/status";
    /// let body = b"CallSid=CA123&CallStatus=completed";
    /// let signature = validator.sign(url, [("CallSid", "CA123"), ("CallStatus", "completed")]);
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/x-www-form-urlencoded"));
    /// assert_eq!(validator.verify(url, &headers, body), Err(Rejection::MissingSignature));
    /// headers.insert(SIGNATURE_HEADER, signature.parse().unwrap());
    /// assert_eq!(validator.verify(url, &headers, body), Ok(()));
    /// assert_eq!(
    ///     validator.verify(url, &headers, b"CallSid=CA123&CallStatus=busy"),
    ///     Err(Rejection::InvalidSignature)
    /// );
    /// ```
    pub fn verify(
        &self,
        url: &str,
        headers: &reqwest::header::HeaderMap,
        body: &[u8],
    ) -> Result<(), Rejection> {
        let header = |name: &str| headers.get(name).map(|v| v.to_str().ok());
        let signature = match header(SIGNATURE_HEADER) {
            None => return Err(Rejection::MissingSignature),
            Some(None) => return Err(Rejection::InvalidSignature),
            Some(Some(value)) => value,
        };
        let settings = match header(SIGNATURE_SETTINGS_HEADER) {
            Some(None) => return Err(Rejection::UnsupportedAlgorithm),
            Some(Some(value)) => Some(value),
            None => None,
        };
        let signature = Signature::from_headers(signature, settings);
        if signature.algorithm.is_none() {
            return Err(Rejection::UnsupportedAlgorithm);
        }
        let is_form = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|mime| {
                mime.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            });
        let valid = if is_form || (body.is_empty() && body_sha256_parameter(url).is_none()) {
            // Sized once (a pair per `&`), so a long form is not copied while it grows.
            let mut params = Vec::with_capacity(body.iter().filter(|b| **b == b'&').count() + 1);
            params.extend(form_urlencoded::parse(body));
            self.validate(url, params, signature)
        } else {
            self.validate_body(url, body, signature)
        };
        if valid {
            Ok(())
        } else {
            Err(Rejection::InvalidSignature)
        }
    }

    /// The signatures of `N` URLs with the same parameters, in one pass over them: the
    /// signed text is the URL, then each distinct `(name, value)` in order, name then value.
    /// The text is fed to the MACs as it goes, never assembled.
    fn compute<const N: usize, P: Param>(
        &self,
        algorithm: Algorithm,
        urls: [&str; N],
        params: &[P],
    ) -> [String; N] {
        let key = self.token.expose().as_bytes();
        let mut macs = urls.map(|url| {
            let mut mac = algorithm.mac(key);
            mac.update(url.as_bytes());
            mac
        });
        for param in params {
            for mac in &mut macs {
                mac.update(param.name().as_bytes());
                mac.update(param.value().as_bytes());
            }
        }
        macs.map(Hmac::finish)
    }
}

/// The parameters sorted by name, then value, each distinct pair once: twilio-python's order
/// (Rust's `str` order is Unicode code point order, as Python's). The parameters are moved,
/// not copied: a form parsed by `form_urlencoded::parse` still borrows the body where nothing
/// was percent-encoded.
fn sorted_params<P: Param>(params: impl IntoIterator<Item = P>) -> Vec<P> {
    let mut sorted: Vec<P> = params.into_iter().collect();
    sorted.sort_unstable_by(|a, b| (a.name(), a.value()).cmp(&(b.name(), b.value())));
    sorted.dedup_by(|a, b| a.name() == b.name() && a.value() == b.value());
    sorted
}

fn constant_time_eq(expected: &str, received: &str) -> bool {
    expected.len() == received.len() && bool::from(expected.as_bytes().ct_eq(received.as_bytes()))
}

/// The first non-empty `bodySHA256` value of the URL's query, decoded.
fn body_sha256_parameter(url: &str) -> Option<String> {
    let query = UrlParts::split(url)?.query?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(name, value)| name == BODY_SHA256_PARAMETER && !value.is_empty())
        .map(|(_, value)| value.into_owned())
}

/// The two spellings of a URL Twilio may have signed: without a port, and with one (the
/// scheme's default when the URL has none).
struct UrlVariants([String; 2]);

impl UrlVariants {
    fn of(url: &str) -> Option<Self> {
        let parts = UrlParts::split(url)?;
        let (host, port) = parts.host_and_port()?;
        let default_port = if parts.scheme == "https" { "443" } else { "80" };
        let without = parts.with_authority(host);
        let with = match port {
            Some(_) => parts.with_authority(parts.authority),
            None => parts.with_authority(&format!("{}:{default_port}", parts.authority)),
        };
        Some(Self([without, with]))
    }

    fn pair(&self) -> [&str; 2] {
        [&self.0[0], &self.0[1]]
    }
}

/// An absolute URL split as Python's `urllib.parse` splits it; rejoining drops an empty
/// query or fragment and lower-cases the scheme, as `geturl()` does, so the variants match
/// what twilio-python signs.
struct UrlParts<'a> {
    scheme: String,
    authority: &'a str,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

impl<'a> UrlParts<'a> {
    fn split(url: &'a str) -> Option<Self> {
        let (scheme, rest) = url.split_once("://")?;
        let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if !scheme_ok {
            return None;
        }
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, rest) = rest.split_at(authority_end);
        let (rest, fragment) = match rest.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (rest, None),
        };
        let (path, query) = match rest.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (rest, None),
        };
        Some(Self {
            scheme: scheme.to_ascii_lowercase(),
            authority,
            path,
            query,
            fragment,
        })
    }

    /// The authority without its port, and the port: `None` when there is none (or it is
    /// empty); `None` overall when the port is not a number in 1..=65535.
    fn host_and_port(&self) -> Option<(&'a str, Option<u16>)> {
        let host_start = self.authority.rfind('@').map_or(0, |at| at + 1);
        let host_port = &self.authority[host_start..];
        let port_colon = if host_port.starts_with('[') {
            let close = host_port.find(']')?;
            host_port[close..].find(':').map(|i| close + i)
        } else {
            host_port.find(':')
        };
        let Some(colon) = port_colon else {
            return Some((self.authority, None));
        };
        let port = &host_port[colon + 1..];
        if port.is_empty() {
            return Some((self.authority, None));
        }
        if !port.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let port: u16 = port.parse().ok().filter(|p| *p != 0)?;
        Some((&self.authority[..host_start + colon], Some(port)))
    }

    fn with_authority(&self, authority: &str) -> String {
        let mut url = format!("{}://{authority}{}", self.scheme, self.path);
        if let Some(query) = self.query.filter(|q| !q.is_empty()) {
            url.push('?');
            url.push_str(query);
        }
        if let Some(fragment) = self.fragment.filter(|f| !f.is_empty()) {
            url.push('#');
            url.push_str(fragment);
        }
        url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variants(url: &str) -> Option<Vec<String>> {
        UrlVariants::of(url).map(|v| v.pair().map(str::to_owned).to_vec())
    }

    #[test]
    fn url_variants_add_or_strip_the_port() {
        assert_eq!(
            variants("https://example.com/a?b=1").unwrap(),
            ["https://example.com/a?b=1", "https://example.com:443/a?b=1"]
        );
        assert_eq!(
            variants("http://example.com:8080/a").unwrap(),
            ["http://example.com/a", "http://example.com:8080/a"]
        );
        assert_eq!(
            variants("HTTPS://Example.com?#").unwrap(),
            ["https://Example.com", "https://Example.com:443"]
        );
        assert_eq!(
            variants("https://user:pw@[::1]:8443/x").unwrap(),
            ["https://user:pw@[::1]/x", "https://user:pw@[::1]:8443/x"]
        );
        assert_eq!(variants("example.com/a"), None);
        assert_eq!(variants("https://example.com:99999/"), None);
        assert_eq!(variants("https://example.com:8a/"), None);
    }

    #[test]
    fn the_token_never_shows_in_debug() {
        let validator = RequestValidator::new("super-secret-token");
        assert!(!format!("{validator:?}").contains("super-secret"));
    }
}
