//! The one place for cross-cutting HTTP behaviour of the generated client
//! (progenitor's `ClientHooks`): every request the generated code builds passes through here
//! before it is sent.
//!
//! What it does to every request:
//! - adds the credentials (`Authorization: Basic …`, marked sensitive), the User-Agent and
//!   `Accept: application/json`, and the client's timeout unless the request has its own;
//! - the comparison filters renamed for the generator (`StartTimeBefore`) get their wire
//!   names back (`StartTime<`), from the table `build.rs` writes beside the generated code;
//! - the `api-version` header progenitor adds (the spec's `info.version`) is removed: Twilio's
//!   own SDKs send nothing of the kind.

use progenitor_client::{ClientHooks, Error, OperationInfo};
use reqwest::Url;
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue, USER_AGENT};

use crate::auth::Shared;
use crate::generated::{Client, WIRE_RENAMES};

impl ClientHooks<Shared> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        let headers = request.headers_mut();
        headers.remove("api-version");
        headers.insert(AUTHORIZATION, self.inner.authorization.clone());
        headers.insert(USER_AGENT, self.inner.user_agent.clone());
        headers
            .entry(ACCEPT)
            .or_insert(HeaderValue::from_static("application/json"));
        if request.timeout().is_none() {
            *request.timeout_mut() = self.inner.timeout;
        }
        restore_query_wire_names(request.url_mut(), info.operation_id);
        Ok(())
    }
}

/// Renames the query keys of `operation` that the spec preparation renamed back to their
/// wire names. Leaves the URL untouched (no re-encoding) when there is nothing to rename.
fn restore_query_wire_names(url: &mut Url, operation: &str) {
    let wire_name = |key: &str| {
        WIRE_RENAMES
            .iter()
            .find(|(op, location, generated, _)| {
                *op == operation && *location == "query" && *generated == key
            })
            .map(|(_, _, _, wire)| *wire)
    };
    if !url.query_pairs().any(|(key, _)| wire_name(&key).is_some()) {
        return;
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(key, value)| {
            let key = wire_name(&key).map_or_else(|| key.into_owned(), str::to_owned);
            (key, value.into_owned())
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_keys_get_their_wire_names_back() {
        let mut url = Url::parse(
            "https://api.twilio.com/x?To=%2B1555&StartTimeBefore=2024-01-02T00%3A00%3A00Z&EndTimeAfter=2024-01-01",
        )
        .unwrap();
        restore_query_wire_names(&mut url, "list_call");
        assert_eq!(
            url.query(),
            Some("To=%2B1555&StartTime%3C=2024-01-02T00%3A00%3A00Z&EndTime%3E=2024-01-01")
        );
    }

    #[test]
    fn other_operations_and_plain_keys_are_left_alone() {
        let raw = "https://api.twilio.com/x?StartTimeBefore=a%20b&Page=1";
        let mut url = Url::parse(raw).unwrap();
        restore_query_wire_names(&mut url, "fetch_call");
        assert_eq!(url.as_str(), raw);
    }

    #[test]
    fn the_table_covers_all_four_range_filters() {
        let mut wire: Vec<_> = WIRE_RENAMES.iter().map(|r| (r.0, r.1, r.3)).collect();
        wire.sort();
        assert_eq!(
            wire,
            [
                ("list_call", "query", "EndTime<"),
                ("list_call", "query", "EndTime>"),
                ("list_call", "query", "StartTime<"),
                ("list_call", "query", "StartTime>"),
            ]
        );
    }
}
