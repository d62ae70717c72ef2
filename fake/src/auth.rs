//! Who a request comes from, decided as Twilio decides it: HTTP Basic (an account's SID with
//! its own auth token, or one of the main account's API keys with its secret), or an OAuth
//! access token this fake issued from its token endpoint (`POST /v2/token`, client
//! credentials); and, when the fake requires it, a valid Public Key Client Validation
//! signature over the request as it arrived.
//!
//! The signature check is written here from Twilio's description of the scheme, apart from
//! the client's signing code, so that a mistake in one is not mirrored in the other.

use std::collections::HashMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_lc_rs::signature::{RSA_PKCS1_2048_8192_SHA256, UnparsedPublicKey};
use base64::Engine as _;
use hyper::http::request::Parts;
use hyper::{HeaderMap, Method, header};
use rustls_pki_types::SubjectPublicKeyInfoDer;
use rustls_pki_types::pem::PemObject;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::call_state::{Store, new_secret, new_sid};
use super::http_api::Failure;

/// What the fake knows of credentials beyond the main account's auth token.
#[derive(Default)]
pub(super) struct Credentials {
    /// Each subaccount's own auth token.
    pub subaccount_tokens: HashMap<String, String>,
    /// OAuth client ID → secret (clients of the main account).
    pub oauth_clients: HashMap<String, String>,
    /// Access tokens issued → when they expire (on the fake's clock).
    pub access_tokens: HashMap<String, SystemTime>,
    /// Requests to the token endpoint, answered or not.
    pub token_requests: usize,
    /// How long an access token lives.
    pub token_ttl: Duration,
    /// How far the fake's clock is ahead of the system's.
    pub clock_offset: Duration,
    /// The registered public key every request must be signed with: its credential SID
    /// and its SubjectPublicKeyInfo DER.
    pub client_validation: Option<(String, Vec<u8>)>,
}

impl Credentials {
    /// The fake's clock: the system's, plus what the test advanced it by.
    pub fn now(&self) -> SystemTime {
        SystemTime::now() + self.clock_offset
    }
}

/// The request as it arrived (its raw path, query and body too, for the signature check).
pub(super) struct Arrived<'a> {
    pub method: &'a Method,
    pub path: &'a str,
    pub query: &'a str,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
}

impl<'a> Arrived<'a> {
    pub fn new(parts: &'a Parts, body: &'a [u8]) -> Self {
        Self {
            method: &parts.method,
            path: parts.uri.path(),
            query: parts.uri.query().unwrap_or_default(),
            headers: &parts.headers,
            body,
        }
    }
}

/// Whose credentials a request carries: the main account's reach every account (its
/// subaccounts too); a subaccount's reach only itself.
pub(super) struct Principal {
    account: Option<String>,
}

impl Principal {
    pub fn reaches(&self, account: &str) -> bool {
        self.account.as_deref().is_none_or(|own| own == account)
    }
}

/// A 401 as Twilio words it.
pub(super) fn unauthorized(code: u32, message: impl Into<String>) -> Failure {
    Failure::new(401, code, message).detail("Your AccountSid or AuthToken was incorrect.")
}

/// Checks the request's credentials (and its signature when required).
pub(super) fn authenticate(
    store: &Store,
    auth_token: &str,
    request: &Arrived,
) -> Result<Principal, Failure> {
    let Some(value) = request.headers.get(header::AUTHORIZATION) else {
        return Err(unauthorized(
            20003,
            "Authentication Error - No credentials provided",
        ));
    };
    let value = value.to_str().unwrap_or_default();
    let credentials = &store.credentials;
    if let Some(token) = value.strip_prefix("Bearer ") {
        return match credentials.access_tokens.get(token.trim()) {
            Some(expires) if *expires > credentials.now() => Ok(Principal { account: None }),
            Some(_) => Err(unauthorized(
                20003,
                "Authentication Error - the access token expired",
            )),
            None => Err(unauthorized(
                20003,
                "Authentication Error - invalid access token",
            )),
        };
    }
    let decoded = value
        .strip_prefix("Basic ")
        .and_then(|v| {
            base64::engine::general_purpose::STANDARD
                .decode(v.trim())
                .ok()
        })
        .and_then(|v| String::from_utf8(v).ok());
    let Some((user, password)) = decoded.as_deref().and_then(|c| c.split_once(':')) else {
        return Err(unauthorized(
            20003,
            "Authentication Error - invalid credentials",
        ));
    };
    let (expected, principal) = if user == store.accounts[0] {
        (auth_token, Principal { account: None })
    } else if let Some(secret) = store.api_keys.get(user) {
        (secret.as_str(), Principal { account: None })
    } else if let Some(token) = credentials.subaccount_tokens.get(user) {
        let own = Some(user.to_owned());
        (token.as_str(), Principal { account: own })
    } else {
        return Err(unauthorized(
            20003,
            "Authentication Error - invalid username",
        ));
    };
    if !bool::from(password.as_bytes().ct_eq(expected.as_bytes())) {
        return Err(unauthorized(
            20003,
            "Authentication Error - invalid password",
        ));
    }
    if let Some((credential_sid, public_key)) = &credentials.client_validation {
        let main = &store.accounts[0];
        check_signature(
            request,
            user,
            main,
            credential_sid,
            public_key,
            credentials.now(),
        )?;
    }
    Ok(principal)
}

/// Public Key Client Validation: the request carries a JWT signed with the registered key,
/// issued by the API key that authenticates it for the main account, unexpired, whose
/// request hash is that of the request as it arrived.
fn check_signature(
    request: &Arrived,
    user: &str,
    account: &str,
    credential_sid: &str,
    public_key: &[u8],
    now: SystemTime,
) -> Result<(), Failure> {
    let failed = |message: &str| {
        unauthorized(
            20151,
            format!("Authentication Failed - client validation: {message}"),
        )
    };
    let jwt = request
        .headers
        .get("twilio-client-validation")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| failed("no Twilio-Client-Validation header"))?;
    let mut parts = jwt.split('.');
    let (Some(head64), Some(claims64), Some(signature64), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(failed("not a JWT"));
    };
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let json =
        |part: &str| -> Option<Value> { serde_json::from_slice(&engine.decode(part).ok()?).ok() };
    let (Some(head), Some(claims), Ok(signature)) =
        (json(head64), json(claims64), engine.decode(signature64))
    else {
        return Err(failed("not a JWT"));
    };
    if head["alg"] != "RS256"
        || head["cty"] != "twilio-pkrv;v=1"
        || head["kid"] != credential_sid
        || head.get("typ").is_some_and(|t| t != "JWT")
    {
        return Err(Failure::new(401, 20152, "Invalid Header"));
    }
    let signed = &jwt[..head64.len() + 1 + claims64.len()];
    UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, public_key)
        .verify(signed.as_bytes(), &signature)
        .map_err(|_| failed("the signature does not verify under the registered key"))?;
    if claims["iss"] != user || !user.starts_with("SK") || claims["sub"] != account {
        return Err(Failure::new(401, 20153, "Invalid Issuer Or Subject"));
    }
    let now = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
    match claims["exp"].as_u64() {
        Some(exp) if exp > now => {}
        _ => return Err(failed("the JWT expired")),
    }
    if claims["nbf"].as_u64().is_some_and(|nbf| nbf > now + 60) {
        return Err(failed("the JWT is not valid yet"));
    }
    if claims["hrh"] != "authorization;host" {
        return Err(failed("hrh must be authorization;host"));
    }
    if claims["rqh"] != canonical_hash(request).as_str() {
        return Err(failed("the request does not match its hash (rqh)"));
    }
    Ok(())
}

/// The canonical request's SHA-256 hex: method, path, sorted query pairs, the two signed
/// headers as `name:value`, a blank line, their names, the body's SHA-256 hex (empty for no
/// body), one per line.
fn canonical_hash(request: &Arrived) -> String {
    let header = |name: header::HeaderName| {
        request
            .headers
            .get(name)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .unwrap_or_default()
    };
    let mut query: Vec<&str> = request.query.split('&').collect();
    query.sort();
    let mut text = String::new();
    for line in [request.method.as_str(), request.path, &query.join("&")] {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str(&format!(
        "authorization:{}\n",
        header(header::AUTHORIZATION)
    ));
    text.push_str(&format!("host:{}\n\n", header(header::HOST)));
    text.push_str("authorization;host\n");
    if !request.body.is_empty() {
        text.push_str(&hex(&Sha256::digest(request.body)));
    }
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The token endpoint: client credentials for an access token, a JWT whose `exp` is on the
/// fake's clock.
pub(super) fn issue_token(store: &mut Store, form: &[(String, String)]) -> Result<Value, Failure> {
    let credentials = &mut store.credentials;
    credentials.token_requests += 1;
    let get = |name: &str| {
        form.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    if get("grant_type") != Some("client_credentials") {
        return Err(Failure::new(
            400,
            20001,
            "grant_type must be client_credentials",
        ));
    }
    let known = get("client_id").and_then(|id| credentials.oauth_clients.get(id));
    let given = get("client_secret").unwrap_or_default();
    if !known.is_some_and(|secret| bool::from(secret.as_bytes().ct_eq(given.as_bytes()))) {
        return Err(Failure::new(
            401,
            20003,
            "Authentication Error - invalid client credentials",
        ));
    }
    let expires = credentials.now() + credentials.token_ttl;
    let exp = expires
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let claims =
        json!({"iss": "fake-twilio", "sub": store.accounts[0], "exp": exp, "jti": new_sid("OA")});
    let token = format!(
        "{}.{}.{}",
        engine.encode(br#"{"alg":"HS256","typ":"JWT"}"#),
        engine.encode(claims.to_string()),
        engine.encode(new_secret())
    );
    credentials.access_tokens.insert(token.clone(), expires);
    Ok(json!({
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": credentials.token_ttl.as_secs(),
        "refresh_token": null,
        "id_token": null,
    }))
}

/// The public key's DER from PEM (`BEGIN PUBLIC KEY`).
pub(super) fn public_key_der(pem: &str) -> Result<Vec<u8>, String> {
    SubjectPublicKeyInfoDer::from_pem_slice(pem.as_bytes())
        .map(|der| der.to_vec())
        .map_err(|e| format!("not a PEM public key (BEGIN PUBLIC KEY): {e}"))
}
