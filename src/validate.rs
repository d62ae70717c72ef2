//! Input rules checked before any network I/O, each failing with
//! [`Error::InvalidInput`] that names the parameter and the rule.
//!
//! SID patterns are not restated here: the generated newtypes (`FetchCallSid`,
//! `CreateCallRequestByoc`, …) carry the spec's patterns, and [`parse`] turns their
//! conversion errors into ours.

use std::fmt::Display;
use std::str::FromStr;

use crate::{Error, HttpMethod};

/// Parses `value` into a generated, pattern-checked type.
pub(crate) fn parse<T>(parameter: &'static str, value: &str) -> Result<T, Error>
where
    T: FromStr,
    T::Err: Display,
{
    value.parse().map_err(|e: T::Err| {
        let shown: String = value.chars().take(40).collect();
        Error::invalid(parameter, format!("{e} (got {shown:?})"))
    })
}

/// `value` must not be empty or blank.
pub(crate) fn present(parameter: &'static str, value: &str) -> Result<(), Error> {
    if value.trim().is_empty() {
        return Err(Error::invalid(
            parameter,
            "is required and must not be empty",
        ));
    }
    Ok(())
}

/// `value`, when set, must be an absolute `http`/`https` URL.
pub(crate) fn url(parameter: &'static str, value: Option<&str>) -> Result<(), Error> {
    let Some(value) = value else { return Ok(()) };
    match reqwest::Url::parse(value) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => Ok(()),
        Ok(_) => Err(Error::invalid(
            parameter,
            format!("must be an http or https URL (got {value:?})"),
        )),
        Err(e) => Err(Error::invalid(
            parameter,
            format!("must be an absolute URL: {e} (got {value:?})"),
        )),
    }
}

/// Every `(parameter, value)` must pass [`url`].
pub(crate) fn urls(items: &[(&'static str, Option<&str>)]) -> Result<(), Error> {
    items
        .iter()
        .try_for_each(|(parameter, value)| url(parameter, *value))
}

/// Every `(parameter, value)` must pass [`method`].
pub(crate) fn methods(items: &[(&'static str, Option<&HttpMethod>)]) -> Result<(), Error> {
    items
        .iter()
        .try_for_each(|(parameter, value)| method(parameter, *value))
}

/// `value`, when set, must be one of the methods Twilio accepts for callbacks.
pub(crate) fn method(parameter: &'static str, value: Option<&HttpMethod>) -> Result<(), Error> {
    match value {
        Some(HttpMethod::Unknown(other)) => Err(Error::invalid(
            parameter,
            format!("must be GET or POST (got {other:?})"),
        )),
        _ => Ok(()),
    }
}

/// `value`, when set, must lie in `min..=max`.
pub(crate) fn range(
    parameter: &'static str,
    value: Option<i64>,
    min: i64,
    max: i64,
    unit: &str,
) -> Result<(), Error> {
    match value {
        Some(v) if !(min..=max).contains(&v) => Err(Error::invalid(
            parameter,
            format!("must be between {min} and {max} {unit} (got {v})"),
        )),
        _ => Ok(()),
    }
}

/// `value`, when set, must have at most `max` characters.
pub(crate) fn max_chars(
    parameter: &'static str,
    value: Option<&str>,
    max: usize,
) -> Result<(), Error> {
    match value.map(|v| v.chars().count()) {
        Some(n) if n > max => Err(Error::invalid(
            parameter,
            format!("must be at most {max} characters (got {n})"),
        )),
        _ => Ok(()),
    }
}

/// `Twiml`, when set, must fit Twilio's limit of 4000 characters.
pub(crate) fn twiml(parameter: &'static str, value: Option<&str>) -> Result<(), Error> {
    max_chars(parameter, value, 4000)
}

/// `SendDigits`: at most 32 of `0-9`, `A-D`, `#`, `*`, `w` and `W`.
pub(crate) fn send_digits(parameter: &'static str, value: Option<&str>) -> Result<(), Error> {
    let Some(value) = value else { return Ok(()) };
    if let Some(bad) = value
        .chars()
        .find(|c| !matches!(c, '0'..='9' | 'A'..='D' | '#' | '*' | 'w' | 'W'))
    {
        return Err(Error::invalid(
            parameter,
            format!("may only hold 0-9, A-D, #, *, w and W (found {bad:?})"),
        ));
    }
    max_chars(parameter, Some(value), 32)
}

/// Exactly one of `options` (setter name, whether set) must be set.
pub(crate) fn exactly_one(parameter: &'static str, options: &[(&str, bool)]) -> Result<(), Error> {
    let names = || {
        options
            .iter()
            .map(|(name, _)| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match options.iter().filter(|(_, set)| *set).count() {
        1 => Ok(()),
        0 => Err(Error::invalid(
            parameter,
            format!("set exactly one of {}, but none is set", names()),
        )),
        _ => {
            let set: Vec<_> = options
                .iter()
                .filter(|(_, set)| *set)
                .map(|(name, _)| format!("`{name}`"))
                .collect();
            Err(Error::invalid(
                parameter,
                format!(
                    "set exactly one of {}, but {} are set",
                    names(),
                    set.join(" and ")
                ),
            ))
        }
    }
}

/// At most one of `options` (setter name, whether set) may be set.
pub(crate) fn at_most_one(parameter: &'static str, options: &[(&str, bool)]) -> Result<(), Error> {
    if options.iter().filter(|(_, set)| *set).count() > 1 {
        return exactly_one(parameter, options);
    }
    Ok(())
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
            message(range("timeout", Some(601), 1, 600, "seconds")),
            "invalid `timeout`: must be between 1 and 600 seconds (got 601)"
        );
        assert_eq!(
            message(send_digits("send_digits", Some("12x"))),
            "invalid `send_digits`: may only hold 0-9, A-D, #, *, w and W (found 'x')"
        );
        assert!(send_digits("send_digits", Some("W1234#*wABCD")).is_ok());
        assert_eq!(
            message(send_digits("send_digits", Some(&"1".repeat(33)))),
            "invalid `send_digits`: must be at most 32 characters (got 33)"
        );
        assert_eq!(
            message(url("status_callback", Some("/relative"))),
            "invalid `status_callback`: must be an absolute URL: relative URL without a base (got \"/relative\")"
        );
        assert_eq!(
            message(url("url", Some("ftp://example.com/x"))),
            "invalid `url`: must be an http or https URL (got \"ftp://example.com/x\")"
        );
        assert_eq!(
            message(method("method", Some(&HttpMethod::from("PUT")))),
            "invalid `method`: must be GET or POST (got \"PUT\")"
        );
        assert_eq!(
            message(present("to", " ")),
            "invalid `to`: is required and must not be empty"
        );
    }

    #[test]
    fn exactly_one_says_which_are_set() {
        let opts = [("url", true), ("twiml", true), ("application_sid", false)];
        assert_eq!(
            message(exactly_one("url", &opts)),
            "invalid `url`: set exactly one of `url`, `twiml`, `application_sid`, but `url` and `twiml` are set"
        );
        let none = [("url", false), ("twiml", false)];
        assert!(message(exactly_one("url", &none)).contains("none is set"));
        assert!(at_most_one("url", &none).is_ok());
    }

    /// The SID checks accept exactly the spec's pattern (`CA` and 32 hex digits for calls),
    /// whatever they are given, and name the parameter when they refuse.
    mod sids {
        use proptest::prelude::*;

        use super::super::parse;
        use crate::generated::types::{FetchCallAccountSid, FetchCallSid};

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
                let call = parse::<FetchCallSid>("sid", &value);
                prop_assert_eq!(call.is_ok(), is_sid("CA", &value), "{:?}", value);
                let account = parse::<FetchCallAccountSid>("account_sid", &value);
                prop_assert_eq!(account.is_ok(), is_sid("AC", &value), "{:?}", value);
                if let Err(e) = call {
                    prop_assert!(e.to_string().starts_with("invalid `sid`: "), "{}", e);
                }
            }
        }
    }
}
