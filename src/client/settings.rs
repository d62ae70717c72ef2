//! The checks of the client's settings that need more than one line: SIDs, origins,
//! limits, the User-Agent. Each error names the setting and the rule.

use reqwest::header::HeaderValue;

use super::DEFAULT_BASE_URL;
use crate::error::Error;
use crate::throttle::DEFAULT_MAX_CONCURRENT_REQUESTS;
use crate::{check, generated};

/// The rate and concurrency limits, checked.
pub(super) fn checked_limits(
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
pub(super) fn checked_rate(setting: &'static str, rate: f64) -> Result<f64, Error> {
    if rate.is_finite() && rate >= 1.0 / 86_400.0 {
        return Ok(rate);
    }
    Err(Error::invalid(
        setting,
        format!("must be a positive number, at least one per day (got {rate})"),
    ))
}

pub(super) fn check_account_sid(sid: &str) -> Result<(), Error> {
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

pub(super) fn check_api_key_sid(sid: &str) -> Result<(), Error> {
    let hex = sid.strip_prefix("SK").unwrap_or("");
    if hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(());
    }
    let rule = "the key SID must be SK followed by 32 hex digits";
    let got = check::shown(sid);
    let message = format!("{rule} (got {got}); the secret is the second argument");
    Err(Error::invalid("api_key", message))
}

pub(super) fn check_base_url(url: &str) -> Result<String, Error> {
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

pub(super) fn regional_base_url(region: Option<&str>, edge: Option<&str>) -> Result<String, Error> {
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
pub(super) fn user_agent(extensions: &[String]) -> Result<HeaderValue, Error> {
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
