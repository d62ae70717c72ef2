//! Access tokens for Twilio's client SDKs: the JWT an app needs before the Voice SDK can place
//! a call or receive one (`client:alice`), signed HS256 with an API key's secret.
//!
//! The header and claims are twilio-python 9.13's `AccessToken` with a `VoiceGrant`, byte for
//! byte: header `{"alg":"HS256","cty":"twilio-fpa;v=1","typ":"JWT"}` (with `twr`, the region,
//! among them in key order),
//! claims `jti` (the key SID and the issue time), `grants` (`voice`, then `identity`), `iss`
//! (the key SID), `exp`, `nbf`, `sub` (the account SID), written as PyJWT writes JSON (compact,
//! non-ASCII escaped).
//!
//! ```
//! use std::time::Duration;
//! use twilio_calls::jwt::{AccessToken, VoiceGrant};
//!
//! let token = AccessToken::new(
//!     "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
//!     "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
//!     "the API key's secret",
//! )
//! .identity("alice")
//! .ttl(Duration::from_secs(600))
//! .voice_grant(
//!     VoiceGrant::new()
//!         .incoming_allow(true)
//!         .outgoing_application_sid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
//! );
//! let jwt = token.to_jwt();
//! assert_eq!(jwt.split('.').count(), 3);
//! // The secret never shows.
//! assert!(!format!("{token:?}").contains("the API key's secret"));
//! ```

use std::fmt::Write as _;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use hmac::{KeyInit, Mac};

use crate::auth::Secret;

/// An access token: who (`identity`) may do what (the grants) on an account, for how long.
#[derive(Clone, Debug)]
pub struct AccessToken {
    account_sid: String,
    key_sid: String,
    secret: Secret,
    identity: Option<String>,
    ttl: Duration,
    not_before: NotBefore,
    valid_until: Option<u64>,
    region: Option<String>,
    voice: Option<VoiceGrant>,
}

/// When a token becomes valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NotBefore {
    /// When it is issued (twilio-python's default).
    Issued,
    /// At this Unix time.
    At(u64),
    /// No `nbf` claim.
    Omitted,
}

impl AccessToken {
    /// A token for `account_sid`, signed with the API key `api_key_sid` (`SK…`) and its secret.
    /// It is valid for an hour from when it is issued unless [`ttl`](Self::ttl) says otherwise.
    pub fn new(
        account_sid: impl Into<String>,
        api_key_sid: impl Into<String>,
        api_key_secret: impl Into<String>,
    ) -> Self {
        Self {
            account_sid: account_sid.into(),
            key_sid: api_key_sid.into(),
            secret: Secret::new(api_key_secret),
            identity: None,
            ttl: Duration::from_secs(3600),
            not_before: NotBefore::Issued,
            valid_until: None,
            region: None,
            voice: None,
        }
    }

    /// Who the token's holder is (the `client:alice` a call reaches).
    pub fn identity(mut self, identity: impl Into<String>) -> Self {
        self.identity = Some(identity.into());
        self
    }

    /// How long after issue the token expires (an hour by default; Twilio accepts up to 24).
    pub fn ttl(mut self, ttl: Duration) -> Self {
        self.ttl = ttl;
        self
    }

    /// When the token becomes valid (by default, when it is issued); `None` leaves the `nbf`
    /// claim out.
    pub fn not_before(mut self, at: Option<SystemTime>) -> Self {
        self.not_before = match at {
            Some(at) => NotBefore::At(unix_seconds(at)),
            None => NotBefore::Omitted,
        };
        self
    }

    /// When the token expires, instead of [`ttl`](Self::ttl) after issue.
    pub fn valid_until(mut self, at: SystemTime) -> Self {
        self.valid_until = Some(unix_seconds(at));
        self
    }

    /// The Twilio region (`twr` header), e.g. `ie1`, for a client in that region.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// What the token allows with Programmable Voice.
    pub fn voice_grant(mut self, grant: VoiceGrant) -> Self {
        self.voice = Some(grant);
        self
    }

    /// The signed token, issued now.
    pub fn to_jwt(&self) -> String {
        self.to_jwt_at(SystemTime::now())
    }

    /// The signed token, issued at `now` (for tests and reproducible tokens).
    pub fn to_jwt_at(&self, now: SystemTime) -> String {
        let now = unix_seconds(now);
        // PyJWT writes the header's keys sorted.
        let mut header = String::from(r#"{"alg":"HS256","cty":"twilio-fpa;v=1""#);
        if let Some(region) = &self.region {
            let _ = write!(header, r#","twr":{}"#, json_string(region));
        }
        header.push_str(r#","typ":"JWT"}"#);

        let mut grants = Vec::new();
        if let Some(voice) = &self.voice {
            grants.push(format!(r#""voice":{}"#, voice.to_json()));
        }
        if let Some(identity) = self.identity.as_deref().filter(|i| !i.is_empty()) {
            grants.push(format!(r#""identity":{}"#, json_string(identity)));
        }
        let mut claims = format!(
            r#"{{"jti":{},"grants":{{{}}},"iss":{},"exp":{}"#,
            json_string(&format!("{}-{now}", self.key_sid)),
            grants.join(","),
            json_string(&self.key_sid),
            self.valid_until.unwrap_or(now + self.ttl.as_secs()),
        );
        match self.not_before {
            NotBefore::Issued => {
                let _ = write!(claims, r#","nbf":{now}"#);
            }
            NotBefore::At(at) => {
                let _ = write!(claims, r#","nbf":{at}"#);
            }
            NotBefore::Omitted => {}
        }
        if !self.account_sid.is_empty() {
            let _ = write!(claims, r#","sub":{}"#, json_string(&self.account_sid));
        }
        claims.push('}');

        compact(&header, &claims, |input| {
            let mut mac =
                hmac::Hmac::<sha2::Sha256>::new_from_slice(self.secret.expose().as_bytes())
                    .expect("HMAC takes keys of any length");
            mac.update(input);
            mac.finalize().into_bytes().to_vec()
        })
    }
}

/// What a token allows with Programmable Voice: taking calls, placing them through a TwiML
/// application, and push notifications.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VoiceGrant {
    incoming_allow: bool,
    outgoing_application_sid: Option<String>,
    outgoing_application_params: Vec<(String, String)>,
    push_credential_sid: Option<String>,
    endpoint_id: Option<String>,
}

impl VoiceGrant {
    /// A grant that allows nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether the client may receive calls (to `client:{identity}`).
    pub fn incoming_allow(mut self, allow: bool) -> Self {
        self.incoming_allow = allow;
        self
    }

    /// The TwiML application (`AP…`) whose Voice URL handles the client's outgoing calls.
    pub fn outgoing_application_sid(mut self, sid: impl Into<String>) -> Self {
        self.outgoing_application_sid = Some(sid.into());
        self
    }

    /// A parameter passed to the application with each outgoing call (in the order given;
    /// sent only with an application).
    pub fn outgoing_application_param(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.outgoing_application_params
            .push((name.into(), value.into()));
        self
    }

    /// The push credential (`CR…`) for incoming-call notifications on mobile.
    pub fn push_credential_sid(mut self, sid: impl Into<String>) -> Self {
        self.push_credential_sid = Some(sid.into());
        self
    }

    /// An endpoint ID for the client.
    pub fn endpoint_id(mut self, id: impl Into<String>) -> Self {
        self.endpoint_id = Some(id.into());
        self
    }

    /// The grant's JSON, in twilio-python's key order.
    fn to_json(&self) -> String {
        let mut fields = Vec::new();
        if self.incoming_allow {
            fields.push(r#""incoming":{"allow":true}"#.to_owned());
        }
        if let Some(sid) = self
            .outgoing_application_sid
            .as_deref()
            .filter(|s| !s.is_empty())
        {
            let mut outgoing = format!(r#""outgoing":{{"application_sid":{}"#, json_string(sid));
            if !self.outgoing_application_params.is_empty() {
                let params: Vec<String> = self
                    .outgoing_application_params
                    .iter()
                    .map(|(k, v)| format!("{}:{}", json_string(k), json_string(v)))
                    .collect();
                let _ = write!(outgoing, r#","params":{{{}}}"#, params.join(","));
            }
            outgoing.push('}');
            fields.push(outgoing);
        }
        if let Some(sid) = self
            .push_credential_sid
            .as_deref()
            .filter(|s| !s.is_empty())
        {
            fields.push(format!(r#""push_credential_sid":{}"#, json_string(sid)));
        }
        if let Some(id) = self.endpoint_id.as_deref().filter(|s| !s.is_empty()) {
            fields.push(format!(r#""endpoint_id":{}"#, json_string(id)));
        }
        format!("{{{}}}", fields.join(","))
    }
}

fn unix_seconds(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// A JWT in compact form: the header and claims (JSON text, written as the peer SDK writes
/// them, since the signature covers their bytes) base64url-encoded, and `sign`'s signature of
/// the two.
pub(crate) fn compact(header: &str, claims: &str, sign: impl FnOnce(&[u8]) -> Vec<u8>) -> String {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let signing_input = format!(
        "{}.{}",
        engine.encode(header.as_bytes()),
        engine.encode(claims.as_bytes())
    );
    let signature = engine.encode(sign(signing_input.as_bytes()));
    format!("{signing_input}.{signature}")
}

/// A JSON string as Python's `json.dumps` writes it (which PyJWT uses): the usual escapes, and
/// every non-ASCII character as `\uXXXX` (a surrogate pair above U+FFFF).
pub(crate) fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || !c.is_ascii() => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped_as_python_writes_them() {
        assert_eq!(json_string("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(
            json_string("é😀\u{1}\u{7f}"),
            "\"\\u00e9\\ud83d\\ude00\\u0001\u{7f}\""
        );
    }

    #[test]
    fn the_signature_covers_header_and_claims() {
        let token = AccessToken::new("AC1", "SK1", "secret").identity("alice");
        let at = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let jwt = token.to_jwt_at(at);
        let (input, signature) = jwt.rsplit_once('.').unwrap();
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(b"secret").unwrap();
        mac.update(input.as_bytes());
        let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        mac.verify_slice(&engine.decode(signature).unwrap())
            .unwrap();
        let claims = engine.decode(input.split('.').nth(1).unwrap()).unwrap();
        assert_eq!(
            String::from_utf8(claims).unwrap(),
            r#"{"jti":"SK1-1700000000","grants":{"identity":"alice"},"iss":"SK1","exp":1700003600,"nbf":1700000000,"sub":"AC1"}"#
        );
    }
}
