//! Public Key Client Validation (PKCV): each request signed with an RSA key whose public half
//! the account has registered, for accounts that refuse unsigned requests. The signature is a
//! `Twilio-Client-Validation` JWT (RS256) over a hash of the request as it goes on the wire,
//! built as Twilio's SDKs build it (twilio-python 9.13's `ValidationClient` and
//! `ClientValidationJwt`):
//!
//! - header `{"alg":"RS256","cty":"twilio-pkrv;v=1","kid":<credential SID>,"typ":"JWT"}`;
//! - claims `hrh` (`authorization;host`, the signed headers), `rqh` (below), `iss` (the API
//!   key SID), `exp` (five minutes on), `nbf` (now), `sub` (the account SID);
//! - `rqh`: the SHA-256 hex of the canonical request: the method, the path, the query's
//!   `&`-separated pairs sorted, `authorization:<value>` and `host:<value>`, an empty line,
//!   `authorization;host`, and the SHA-256 hex of the body (nothing for no body), joined by
//!   newlines; the path, query and body exactly as sent (still percent-encoded).
//!
//! The key is parsed and used by aws-lc-rs (already in the tree for TLS): no OpenSSL.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use aws_lc_rs::encoding::{AsDer, Pkcs8V1Der, PublicKeyX509Der};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::{KeyPair, KeySize};
use aws_lc_rs::signature::{KeyPair as _, RSA_PKCS1_SHA256};
use base64::Engine as _;
use reqwest::header::{AUTHORIZATION, HOST, HeaderName, HeaderValue};
use rustls_pki_types::PrivateKeyDer;
use rustls_pki_types::pem::PemObject;

use crate::auth::REDACTED;
use crate::digest::sha256_hex;
use crate::error::Error;
use crate::jwt::{compact, json_string};

/// The header Twilio reads the JWT from.
pub(crate) const HEADER: HeaderName = HeaderName::from_static("twilio-client-validation");

/// The headers the JWT signs, lower-case and sorted, as twilio-python signs them.
const SIGNED_HEADERS: &str = "authorization;host";

/// How long a signature is valid (twilio-python's).
const TTL_SECONDS: u64 = 300;

/// What signs every request of one client.
pub(crate) struct ClientValidation {
    credential_sid: String,
    api_key_sid: String,
    account_sid: String,
    key: KeyPair,
    random: SystemRandom,
}

impl fmt::Debug for ClientValidation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientValidation")
            .field("credential_sid", &self.credential_sid)
            .field("api_key_sid", &self.api_key_sid)
            .field("private_key", &REDACTED)
            .finish()
    }
}

impl ClientValidation {
    /// The signer for `credential_sid` (`CR…`, the registered public key), the key `pem` (an
    /// RSA private key, PKCS#8 `BEGIN PRIVATE KEY` or PKCS#1 `BEGIN RSA PRIVATE KEY`), acting
    /// as the API key `api_key_sid` for `account_sid`. A key that does not parse is a
    /// [`Error::Config`] that never quotes it.
    pub(crate) fn new(
        credential_sid: String,
        api_key_sid: String,
        account_sid: String,
        pem: &[u8],
    ) -> Result<Self, Error> {
        if !credential_sid.starts_with("CR") {
            return Err(Error::config(format!(
                "client validation needs the public key's credential SID (CR…), got {:?}",
                crate::check::shown(&credential_sid)
            )));
        }
        Ok(Self {
            key: parse_private_key(pem)?,
            credential_sid,
            api_key_sid,
            account_sid,
            random: SystemRandom::new(),
        })
    }

    /// Signs `request` as it will go on the wire: sets its `Host` (so the signed value is
    /// the one sent), then its `Twilio-Client-Validation` JWT, issued `now`.
    pub(crate) fn sign(
        &self,
        request: &mut reqwest::Request,
        now: SystemTime,
    ) -> Result<(), Error> {
        let url = request.url();
        let host = host_of(url);
        let authorization = request.headers().get(AUTHORIZATION);
        let rqh = request_hash(
            request.method().as_str(),
            url.path(),
            url.query().unwrap_or_default(),
            &authorization
                .map(|v| String::from_utf8_lossy(v.as_bytes()))
                .unwrap_or_default(),
            &host,
            request
                .body()
                .and_then(|b| b.as_bytes())
                .unwrap_or_default(),
        );
        let host = HeaderValue::try_from(host)
            .map_err(|e| Error::config(format!("the host cannot be a header: {e}")))?;
        request.headers_mut().insert(HOST, host);
        let jwt = self.jwt(&rqh, now)?;
        let mut value = HeaderValue::try_from(jwt)
            .map_err(|e| Error::config(format!("the client validation JWT: {e}")))?;
        value.set_sensitive(true);
        request.headers_mut().insert(HEADER, value);
        Ok(())
    }

    /// The JWT for a request whose canonical hash is `rqh`.
    fn jwt(&self, rqh: &str, now: SystemTime) -> Result<String, Error> {
        let now = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        let header = format!(
            r#"{{"alg":"RS256","cty":"twilio-pkrv;v=1","kid":{},"typ":"JWT"}}"#,
            json_string(&self.credential_sid)
        );
        let claims = format!(
            r#"{{"hrh":{},"rqh":{},"iss":{},"exp":{},"nbf":{now},"sub":{}}}"#,
            json_string(SIGNED_HEADERS),
            json_string(rqh),
            json_string(&self.api_key_sid),
            now + TTL_SECONDS,
            json_string(&self.account_sid),
        );
        let mut failed = false;
        let jwt = compact(&header, &claims, |input| {
            let mut signature = vec![0; self.key.public_modulus_len()];
            if self
                .key
                .sign(&RSA_PKCS1_SHA256, &self.random, input, &mut signature)
                .is_err()
            {
                failed = true;
            }
            signature
        });
        if failed {
            return Err(Error::config("the client validation key could not sign"));
        }
        Ok(jwt)
    }
}

/// The private key in `pem`, whichever of the two encodings OpenSSL writes.
fn parse_private_key(pem: &[u8]) -> Result<KeyPair, Error> {
    let refused = |why: &str| {
        Error::config(format!(
            "the client validation key is not an unencrypted RSA private key in PEM \
             (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY): {why}"
        ))
    };
    let der = PrivateKeyDer::from_pem_slice(pem).map_err(|_| refused("no key found"))?;
    let parsed = match &der {
        PrivateKeyDer::Pkcs8(key) => KeyPair::from_pkcs8(key.secret_pkcs8_der()),
        PrivateKeyDer::Pkcs1(key) => KeyPair::from_der(key.secret_pkcs1_der()),
        _ => return Err(refused("not an RSA key")),
    };
    parsed.map_err(|e| refused(&e.to_string()))
}

/// What `Host` carries for `url`: the host, and the port when it is not the scheme's.
fn host_of(url: &reqwest::Url) -> String {
    let host = url.host_str().unwrap_or_default();
    match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_owned(),
    }
}

/// `rqh`: the SHA-256 hex of the canonical request (see the module's documentation).
pub(crate) fn request_hash(
    method: &str,
    path: &str,
    query: &str,
    authorization: &str,
    host: &str,
    body: &[u8],
) -> String {
    let mut pairs: Vec<&str> = query.split('&').collect();
    pairs.sort_unstable();
    let body_hash = if body.is_empty() {
        String::new()
    } else {
        sha256_hex(body)
    };
    let canonical = [
        method,
        path,
        &pairs.join("&"),
        &format!("authorization:{authorization}"),
        &format!("host:{host}"),
        "",
        SIGNED_HEADERS,
        &body_hash,
    ]
    .join("\n");
    sha256_hex(canonical.as_bytes())
}

/// A new key pair for client validation: register [`public_pem`](Self::public_pem) with
/// Twilio (its Credentials API answers with the `CR…` SID), keep
/// [`private_pem`](Self::private_pem) secret and give it to
/// [`ClientBuilder::client_validation`](crate::ClientBuilder::client_validation).
/// `Debug` does not show the private key.
pub struct KeyPairPem {
    /// The private key, PKCS#8 PEM (`BEGIN PRIVATE KEY`).
    pub private_pem: String,
    /// The public key, PEM (`BEGIN PUBLIC KEY`), as Twilio takes it.
    pub public_pem: String,
}

impl fmt::Debug for KeyPairPem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyPairPem")
            .field("private_pem", &REDACTED)
            .field("public_pem", &self.public_pem)
            .finish()
    }
}

impl KeyPairPem {
    /// A new 2048-bit RSA key pair.
    ///
    /// ```
    /// let keys = twilio_calls::client_validation::KeyPairPem::generate().unwrap();
    /// assert!(keys.public_pem.starts_with("-----BEGIN PUBLIC KEY-----"));
    /// assert!(!format!("{keys:?}").contains(&keys.private_pem[40..80]));
    /// ```
    pub fn generate() -> Result<Self, Error> {
        let failed = |what: &str| Error::config(format!("could not {what} an RSA key pair"));
        let key = KeyPair::generate(KeySize::Rsa2048).map_err(|_| failed("generate"))?;
        let private: Pkcs8V1Der = key.as_der().map_err(|_| failed("encode"))?;
        let public: PublicKeyX509Der = key.public_key().as_der().map_err(|_| failed("encode"))?;
        Ok(Self {
            private_pem: pem("PRIVATE KEY", private.as_ref()),
            public_pem: pem("PUBLIC KEY", public.as_ref()),
        })
    }
}

/// DER as PEM, in lines of 64 characters.
fn pem(label: &str, der: &[u8]) -> String {
    let body = base64::engine::general_purpose::STANDARD.encode(der);
    let mut text = format!("-----BEGIN {label}-----\n");
    for line in body.as_bytes().chunks(64) {
        text.push_str(&String::from_utf8_lossy(line));
        text.push('\n');
    }
    text.push_str(&format!("-----END {label}-----\n"));
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// twilio-python's `rqh` for each wire request of the fixture (recorded by
    /// tests/official_sdk/client_validation.py) is ours for the same bytes.
    #[test]
    fn request_hashes_equal_twilio_pythons() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/twilio_python_client_validation.json"
        );
        let fixture: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let cases = fixture["cases"].as_object().unwrap();
        assert_eq!(cases.len(), 5);
        for (name, case) in cases {
            let text = |key: &str| case[key].as_str().unwrap();
            let rqh = request_hash(
                text("method"),
                text("path"),
                text("query"),
                text("authorization"),
                text("host"),
                text("body").as_bytes(),
            );
            assert_eq!(rqh, text("rqh"), "{name}");
            assert_eq!(text("hrh"), SIGNED_HEADERS, "{name}");
        }
    }

    #[test]
    fn bad_keys_and_sids_are_config_errors_that_never_quote_the_key() {
        let junk =
            "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----\n";
        let new = |sid: &str, pem: &str| {
            ClientValidation::new(sid.into(), "SKx".into(), "ACx".into(), pem.as_bytes())
        };
        let err = new("CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", junk).unwrap_err();
        assert!(matches!(err, Error::Config { .. }), "{err:?}");
        assert!(!err.to_string().contains("bm90IGEga2V5"), "{err}");
        let err = new("CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "no pem here").unwrap_err();
        assert!(err.to_string().contains("BEGIN PRIVATE KEY"), "{err}");
        let keys = KeyPairPem::generate().unwrap();
        let err = new("SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &keys.private_pem).unwrap_err();
        assert!(err.to_string().contains("credential SID (CR…)"), "{err}");
        let signer = new("CRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", &keys.private_pem).unwrap();
        let shown = format!("{signer:?}");
        assert!(!shown.contains(&keys.private_pem[30..60]), "{shown}");
    }
}
