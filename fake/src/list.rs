//! ListCall: the filters, newest-first order, and Twilio's page with its relative links.
//!
//! Built here from the query pairs, independently of the client's list builder and paginator.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Utc};
use twilio_calls::CallPage;

use super::API_VERSION;
use super::call_state::{CallEntry, Store, is_sid};
use super::http_api::{Failure, Form};

const DEFAULT_PAGE_SIZE: usize = 50;
const MAX_PAGE_SIZE: usize = 1000;

/// The filters in the order they are written back into page links.
const FILTERS: [&str; 10] = [
    "Status",
    "To",
    "From",
    "ParentCallSid",
    "StartTime",
    "StartTime<",
    "StartTime>",
    "EndTime",
    "EndTime<",
    "EndTime>",
];

/// A time filter's value: a whole UTC day, or an instant.
#[derive(Clone, Copy, Debug, PartialEq)]
enum When {
    Day(NaiveDate),
    At(DateTime<Utc>),
}

impl When {
    /// Dates as `2009-07-06`; instants as RFC 3339, `2019-06-11 22:05:25(.000)` (UTC) or
    /// RFC 2822, the forms Twilio's own examples use.
    fn parse(value: &str) -> Option<Self> {
        let value = value.trim();
        if let Ok(day) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            return Some(Self::Day(day));
        }
        if let Ok(at) = DateTime::parse_from_rfc3339(value) {
            return Some(Self::At(at.with_timezone(&Utc)));
        }
        if let Ok(at) = DateTime::parse_from_rfc2822(value) {
            return Some(Self::At(at.with_timezone(&Utc)));
        }
        NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M:%S%.f")
            .ok()
            .map(|at| Self::At(at.and_utc()))
    }

    fn start(&self) -> DateTime<Utc> {
        match self {
            Self::Day(day) => day.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc(),
            Self::At(at) => *at,
        }
    }

    /// `=`: on that day, or at that second. `<`/`>`: on or before / on or after midnight of
    /// that day, or that instant, as the spec describes them.
    fn matches(&self, op: &str, time: DateTime<Utc>) -> bool {
        let time = truncate(time);
        let start = truncate(self.start());
        match (op, self) {
            ("<", _) => time <= start,
            (">", _) => time >= start,
            (_, Self::Day(_)) => time >= start && time < start + TimeDelta::days(1),
            (_, Self::At(_)) => time == start,
        }
    }
}

fn truncate(time: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(time.timestamp(), 0).unwrap_or(time)
}

/// Answers ListCall for `account` with these query pairs.
pub(super) fn list(
    store: &Store,
    account: &str,
    query: &[(String, String)],
) -> Result<CallPage, Failure> {
    let query = Form(query);
    let get = |name: &str| query.get(name);
    let (page_size, page) = page_numbers(&query)?;
    let times = time_filters(&query)?;
    let matches = |call: &CallEntry| {
        call.account_sid == account
            && get("To").is_none_or(|to| call.to == to)
            && get("From").is_none_or(|from| call.from == from)
            // The fake places no child calls, so a parent filter matches none.
            && get("ParentCallSid").is_none()
            && get("Status").is_none_or(|s| call.status.as_str() == s)
            && times.iter().all(|(is_start, op, when)| {
                let time = if *is_start { call.start } else { call.end };
                time.is_some_and(|t| when.matches(op, t))
            })
    };
    // Newest first: the reverse of creation order.
    let all: Vec<&CallEntry> = store.newest_first().filter(|c| matches(c)).collect();
    let token = get("PageToken");
    let (from, to) = window(store, &all, token, page, page_size)?;
    let items = &all[from..to];
    let path = format!("/{API_VERSION}/Accounts/{account}/Calls.json");
    let link = |page: usize, token: Option<String>| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for name in FILTERS {
            if let Some(value) = get(name) {
                query.append_pair(name, value);
            }
        }
        query.append_pair("PageSize", &page_size.to_string());
        query.append_pair("Page", &page.to_string());
        if let Some(token) = token {
            query.append_pair("PageToken", &token);
        }
        format!("{path}?{}", query.finish())
    };
    let next_page_uri = (to < all.len())
        .then(|| items.last())
        .flatten()
        .map(|last| link(page + 1, Some(format!("PA{}", last.sid))));
    let previous_page_uri = (page > 0 && from > 0)
        .then(|| items.first())
        .flatten()
        .map(|first| link(page - 1, Some(format!("PB{}", first.sid))));
    let start = page * page_size;
    Ok(CallPage {
        calls: items.iter().map(|c| c.to_call()).collect(),
        end: Some((start + items.len().saturating_sub(1)) as i64),
        first_page_uri: Some(link(0, None)),
        next_page_uri,
        page: Some(page as i64),
        page_size: Some(page_size as i64),
        previous_page_uri,
        start: Some(start as i64),
        uri: link(page, token.map(str::to_owned)),
    })
}

/// A list's `PageSize` (50 unless given, 1 to 1000) and `Page` (from 0), as every list of
/// the API reads them.
pub(super) fn page_numbers(query: &Form<'_>) -> Result<(usize, usize), Failure> {
    let page_size = match query.get("PageSize") {
        None => DEFAULT_PAGE_SIZE,
        Some(v) => v
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_PAGE_SIZE).contains(n))
            .ok_or_else(|| Failure::invalid("PageSize", "must be a whole number from 1 to 1000"))?,
    };
    let page = match query.get("Page") {
        None => 0,
        Some(v) => v
            .parse::<usize>()
            .map_err(|_| Failure::invalid("Page", "must be a whole number from 0"))?,
    };
    Ok((page_size, page))
}

/// The `ParentCallSid` check and the time filters: `(on StartTime, operator, when)`.
fn time_filters(query: &Form<'_>) -> Result<Vec<(bool, &'static str, When)>, Failure> {
    if let Some(parent) = query.get("ParentCallSid")
        && !is_sid(parent, "CA")
    {
        return Err(Failure::invalid(
            "ParentCallSid",
            "must be CA followed by 32 hex digits",
        ));
    }
    let mut times = Vec::new();
    for name in &FILTERS[4..] {
        if let Some(value) = query.get(name) {
            let when = When::parse(value).ok_or_else(|| {
                Failure::invalid(
                    name,
                    "must be a date (YYYY-MM-DD) or a date-time (RFC 3339)",
                )
            })?;
            let (field, op) = name.split_at(name.find(['<', '>']).unwrap_or(name.len()));
            times.push((field == "StartTime", op, when));
        }
    }
    Ok(times)
}

/// Which of the matching calls (newest first) the page holds: by `Page`, or after (`PA…`)
/// or before (`PB…`) the call a `PageToken` names.
fn window(
    store: &Store,
    all: &[&CallEntry],
    token: Option<&str>,
    page: usize,
    page_size: usize,
) -> Result<(usize, usize), Failure> {
    let Some(token) = token else {
        let from = page.saturating_mul(page_size).min(all.len());
        return Ok((from, (from + page_size).min(all.len())));
    };
    let bad = || Failure::invalid("PageToken", "is not a token this API gave out");
    let (after, sid) = match token.split_at_checked(2) {
        Some(("PA", sid)) => (true, sid),
        Some(("PB", sid)) => (false, sid),
        _ => return Err(bad()),
    };
    let mark = *store.order.get(sid).ok_or_else(bad)?;
    Ok(if after {
        let from = all.partition_point(|c| c.order >= mark);
        (from, (from + page_size).min(all.len()))
    } else {
        let to = all.partition_point(|c| c.order > mark);
        (to.saturating_sub(page_size), to)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn parses_the_forms_in_twilios_examples() {
        let day = NaiveDate::from_ymd_opt(2019, 6, 11).unwrap();
        assert_eq!(When::parse("2019-06-11"), Some(When::Day(day)));
        let instant = When::At(at("2019-06-11T22:05:25Z"));
        assert_eq!(When::parse("2019-06-11T22:05:25Z"), Some(instant));
        assert_eq!(When::parse("2019-06-11 22:05:25.000"), Some(instant));
        assert_eq!(
            When::parse("Tue, 11 Jun 2019 22:05:25 +0000"),
            Some(instant)
        );
        assert_eq!(When::parse("soon"), None);
    }

    #[test]
    fn day_filters_follow_the_spec() {
        let day = When::parse("2024-01-31").unwrap();
        assert!(day.matches("", at("2024-01-31T00:00:00Z")));
        assert!(day.matches("", at("2024-01-31T23:59:59Z")));
        assert!(!day.matches("", at("2024-02-01T00:00:00Z")));
        // "on or before midnight of this date" / "on or after midnight of this date"
        assert!(day.matches("<", at("2024-01-31T00:00:00Z")));
        assert!(!day.matches("<", at("2024-01-31T00:00:01Z")));
        assert!(day.matches(">", at("2024-01-31T00:00:00Z")));
        assert!(!day.matches(">", at("2024-01-30T23:59:59Z")));
    }

    #[test]
    fn instant_filters_compare_whole_seconds() {
        let instant = When::parse("2024-01-31T12:00:00Z").unwrap();
        assert!(instant.matches("", at("2024-01-31T12:00:00.900Z")));
        assert!(instant.matches("<", at("2024-01-31T11:59:59Z")));
        assert!(!instant.matches("<", at("2024-01-31T12:00:01Z")));
        assert!(instant.matches(">", at("2024-01-31T12:00:01Z")));
    }
}
