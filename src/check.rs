//! The checks the generated builders run before anything is sent, one function per kind of
//! constraint the spec (or the prose-rule table, codegen/rules.rs) states. Each failure is
//! [`Error::InvalidInput`] naming the parameter by its wire name and saying the rule.
//!
//! String constraints (`pattern`, `minLength`, `maxLength`) are not restated here: typify's
//! generated newtypes carry them, and [`pattern`] turns their errors into ours.

use std::fmt::Display;
use std::str::FromStr;

use crate::error::Error;

/// How much of a refused value an error shows.
const SHOWN_CHARS: usize = 40;

/// The start of a refused value, quoted, with its length when it is cut short.
pub(crate) fn shown(value: &str) -> String {
    let count = value.chars().count();
    let start: String = value.chars().take(SHOWN_CHARS).collect();
    if count > SHOWN_CHARS {
        format!("{start:?}… ({count} characters)")
    } else {
        format!("{start:?}")
    }
}

/// `value` must convert into the generated, constraint-checking type `T`; `allowed` says
/// what a pattern allows, in words, when the rule table gives it.
pub(crate) fn pattern<T>(
    parameter: &'static str,
    value: &str,
    allowed: Option<&str>,
) -> Result<(), Error>
where
    T: FromStr,
    T::Err: Display,
{
    value.parse::<T>().map(drop).map_err(|e| {
        let allowed = allowed.map(|a| format!(": only {a}")).unwrap_or_default();
        Error::invalid(parameter, format!("{e}{allowed} (got {})", shown(value)))
    })
}

/// A required parameter must be set, and a required text must not be blank. `setter` names
/// the method that sets it, when there is one.
pub(crate) fn required_text(
    parameter: &'static str,
    setter: Option<&str>,
    value: Option<&str>,
) -> Result<(), Error> {
    match value {
        Some(value) if value.trim().is_empty() => {
            Err(Error::invalid(parameter, "must not be empty"))
        }
        Some(_) => Ok(()),
        None => required(parameter, setter.unwrap_or_default(), false),
    }
}

/// A family of numbered keys holds at most `max` rows; `first_over` is the first key past
/// them (`Parameter100.Name`).
pub(crate) fn family_rows(first_over: &'static str, rows: usize, max: usize) -> Result<(), Error> {
    if rows <= max {
        return Ok(());
    }
    Err(Error::invalid(
        first_over,
        format!("at most {max} rows are numbered by the spec (got {rows})"),
    ))
}

/// A required parameter must be set.
pub(crate) fn required(parameter: &'static str, setter: &str, set: bool) -> Result<(), Error> {
    if set {
        return Ok(());
    }
    Err(Error::invalid(
        parameter,
        format!("is required: set it with `.{setter}(…)`"),
    ))
}

/// `value`, when set, must lie within `minimum..=maximum` (either end may be open).
pub(crate) fn range(
    parameter: &'static str,
    value: Option<i64>,
    minimum: Option<i64>,
    maximum: Option<i64>,
) -> Result<(), Error> {
    let Some(value) = value else { return Ok(()) };
    let low = minimum.is_some_and(|m| value < m);
    let high = maximum.is_some_and(|m| value > m);
    if !(low || high) {
        return Ok(());
    }
    let rule = match (minimum, maximum) {
        (Some(min), Some(max)) => format!("must be between {min} and {max}"),
        (Some(min), None) => format!("must be at least {min}"),
        (_, max) => format!("must be at most {}", max.unwrap_or(i64::MAX)),
    };
    Err(Error::invalid(parameter, format!("{rule} (got {value})")))
}

/// `value`, when set, must be an absolute `http`/`https` URL (`format: uri`).
pub(crate) fn url(parameter: &'static str, value: Option<&str>) -> Result<(), Error> {
    let Some(value) = value else { return Ok(()) };
    match reqwest::Url::parse(value) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => Ok(()),
        Ok(_) => Err(Error::invalid(
            parameter,
            format!("must be an http or https URL (got {})", shown(value)),
        )),
        Err(e) => Err(Error::invalid(
            parameter,
            format!("must be an absolute URL: {e} (got {})", shown(value)),
        )),
    }
}

/// `value`, when set, must be a secure WebSocket URL (`wss://host/…`), where Twilio streams
/// audio.
pub(crate) fn websocket_url(parameter: &'static str, value: Option<&str>) -> Result<(), Error> {
    let Some(value) = value else { return Ok(()) };
    match reqwest::Url::parse(value) {
        Ok(u) if u.scheme() == "wss" && u.has_host() => Ok(()),
        _ => Err(Error::invalid(
            parameter,
            format!("must be a wss:// URL (got {})", shown(value)),
        )),
    }
}

/// `value`, when set, must be one of the values the spec's `enum` lists.
pub(crate) fn one_of<T: AsRef<str>>(
    parameter: &'static str,
    value: Option<&T>,
    values: &[&str],
) -> Result<(), Error> {
    match value.map(AsRef::as_ref) {
        Some(value) if !values.contains(&value) => Err(Error::invalid(
            parameter,
            format!(
                "must be one of {} (got {})",
                values.join(", "),
                shown(value)
            ),
        )),
        _ => Ok(()),
    }
}

/// Exactly one of `options` (wire name, whether set) must be set.
pub(crate) fn exactly_one(options: &[(&'static str, bool)]) -> Result<(), Error> {
    let set = options.iter().filter(|(_, set)| *set).count();
    if set == 1 {
        return Ok(());
    }
    let quoted = |only_set: bool| -> Vec<String> {
        let chosen = options.iter().filter(|(_, set)| !only_set || *set);
        chosen.map(|(name, _)| format!("`{name}`")).collect()
    };
    let problem = match set {
        0 => "none is set".to_owned(),
        _ => format!("{} are set", quoted(true).join(" and ")),
    };
    Err(Error::invalid(
        options.first().map_or("", |(name, _)| name),
        format!(
            "set exactly one of {}, but {problem}",
            quoted(false).join(", ")
        ),
    ))
}

/// At most one of `options` (wire name, whether set) may be set.
pub(crate) fn at_most_one(options: &[(&'static str, bool)]) -> Result<(), Error> {
    if options.iter().filter(|(_, set)| *set).count() > 1 {
        return exactly_one(options);
    }
    Ok(())
}

/// Parses a parameter given as text (a number, `true`/`false`, a date, an enum value).
pub(crate) fn parse_text<T>(parameter: &'static str, value: &str) -> Result<T, Error>
where
    T: FromStr,
    T::Err: Display,
{
    value
        .trim()
        .parse()
        .map_err(|e| Error::invalid(parameter, format!("{e} (got {})", shown(value))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(result: Result<(), Error>) -> String {
        result.unwrap_err().to_string()
    }

    #[test]
    fn rules_name_parameter_and_rule() {
        assert_eq!(
            message(range("Timeout", Some(601), Some(1), Some(600))),
            "invalid `Timeout`: must be between 1 and 600 (got 601)"
        );
        assert_eq!(
            message(range("Page", Some(-1), Some(0), None)),
            "invalid `Page`: must be at least 0 (got -1)"
        );
        assert!(range("Timeout", Some(600), Some(1), Some(600)).is_ok());
        assert_eq!(
            message(url("StatusCallback", Some("/relative"))),
            "invalid `StatusCallback`: must be an absolute URL: relative URL without a base (got \"/relative\")"
        );
        assert_eq!(
            message(url("Url", Some("ftp://example.com/x"))),
            "invalid `Url`: must be an http or https URL (got \"ftp://example.com/x\")"
        );
        assert_eq!(
            message(one_of("Method", Some(&"PUT".to_owned()), &["GET", "POST"])),
            "invalid `Method`: must be one of GET, POST (got \"PUT\")"
        );
        assert_eq!(
            message(required_text("To", Some("to"), None)),
            "invalid `To`: is required: set it with `.to(…)`"
        );
        assert_eq!(
            message(required_text("To", Some("to"), Some(" "))),
            "invalid `To`: must not be empty"
        );
        assert_eq!(
            message(parse_text::<i64>("Timeout", "soon").map(drop)),
            "invalid `Timeout`: invalid digit found in string (got \"soon\")"
        );
    }

    #[test]
    fn exactly_one_says_which_are_set() {
        let opts = [("Url", true), ("Twiml", true), ("ApplicationSid", false)];
        assert_eq!(
            message(exactly_one(&opts)),
            "invalid `Url`: set exactly one of `Url`, `Twiml`, `ApplicationSid`, but `Url` and `Twiml` are set"
        );
        let none = [("Url", false), ("Twiml", false)];
        assert!(message(exactly_one(&none)).contains("none is set"));
        assert!(at_most_one(&none).is_ok());
        assert!(at_most_one(&[("Url", true), ("Twiml", false)]).is_ok());
    }

    /// The SID checks accept exactly the spec's pattern (`CA` and 32 hex digits for calls),
    /// whatever they are given, and name the parameter when they refuse.
    mod sids {
        use proptest::prelude::*;

        use super::super::pattern;
        use crate::generated::types::{AcSid, CaSid};

        fn is_sid(prefix: &str, value: &str) -> bool {
            value.len() == 34
                && value.starts_with(prefix)
                && value[2..].bytes().all(|b| b.is_ascii_hexdigit())
        }

        fn candidates() -> impl Strategy<Value = String> {
            prop_oneof![
                any::<String>(),
                "(CA|AC|ca|SK)[0-9a-fA-F]{32}",
                "(CA|AC)[0-9a-fA-Fg-z]{30,34}",
                "(CA|AC)[0-9a-f]{32}[\\n ]",
                "[\\PC]{0,3}(CA|AC)[0-9a-f]{32}",
            ]
        }

        proptest! {
            #[test]
            fn call_and_account_sids(value in candidates()) {
                let call = pattern::<CaSid>("Sid", &value, None);
                prop_assert_eq!(call.is_ok(), is_sid("CA", &value), "{:?}", value);
                let account = pattern::<AcSid>("AccountSid", &value, None);
                prop_assert_eq!(account.is_ok(), is_sid("AC", &value), "{:?}", value);
                if let Err(e) = call {
                    prop_assert!(e.to_string().starts_with("invalid `Sid`: "), "{}", e);
                }
            }
        }
    }
}
