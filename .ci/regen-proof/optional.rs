//! Copied into `examples/` of a regenerated copy of the project by `.ci/regen-proof/run`, where
//! the spec has new optional parameters on CreateCall (a string and a date-time), UpdateCall
//! and ListCall. Uses the setters the regeneration added, by their snake_case names, against a
//! local server, and checks that each new key goes on the wire. Exits non-zero on any
//! difference.

use httpmock::prelude::*;

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

#[tokio::main]
async fn main() {
    let server = MockServer::start_async().await;
    let call = format!(r#"{{"sid": "{CALL}", "status": "queued"}}"#);
    let calls_path = format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    let create = server
        .mock_async(|when, then| {
            // Twilio reads a form by key: these four pairs and no others, in any order.
            when.method(POST)
                .path(&calls_path)
                .form_urlencoded_tuple("To", "+15558675310")
                .form_urlencoded_tuple("From", "+15017122661")
                .form_urlencoded_tuple("Url", "https://example.com/t")
                .form_urlencoded_tuple("RegenProofNote", "a note")
                .form_urlencoded_tuple("RegenProofAt", "2024-01-31T15:04:05Z")
                .form_urlencoded_tuple_count(".*", ".*", 5);
            then.status(201).body(&call);
        })
        .await;
    let update = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json"))
                .form_urlencoded_tuple("Status", "completed")
                .form_urlencoded_tuple("RegenProofLimit", "42")
                .form_urlencoded_tuple_count(".*", ".*", 2);
            then.status(200).body(&call);
        })
        .await;
    let list = server
        .mock_async(|when, then| {
            when.method(GET)
                .path(&calls_path)
                .query_param("RegenProofTag", "vip")
                .query_param("PageSize", "50");
            then.status(200)
                .body(format!(r#"{{"calls": [], "uri": "{calls_path}"}}"#));
        })
        .await;
    let client = twilio_calls::Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(server.base_url())
        .build()
        .unwrap();
    let calls = client.calls();
    calls
        .create()
        .to("+15558675310")
        .from("+15017122661")
        .url("https://example.com/t")
        .regen_proof_note("a note")
        .regen_proof_at(
            chrono::DateTime::parse_from_rfc3339("2024-01-31T17:04:05+02:00").unwrap(),
        )
        .await
        .expect("create with the new parameter");
    calls
        .update(CALL)
        .status("completed")
        .regen_proof_limit(42)
        .await
        .expect("update with the new parameter");
    calls
        .list()
        .regen_proof_tag("vip")
        .await
        .expect("list with the new filter");
    create.assert_async().await;
    update.assert_async().await;
    list.assert_async().await;
    println!("regen proof: the three new setters put their keys on the wire");
}
