//! Copied into `examples/` of a regenerated copy of the project by `.ci/regen-proof/run`, where
//! the spec has a new *required* CreateCall parameter. Leaving it unset is `InvalidInput`
//! naming it, with nothing sent; setting it sends it. Exits non-zero otherwise.

use httpmock::prelude::*;

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

#[tokio::main]
async fn main() {
    let server = MockServer::start_async().await;
    let calls_path = format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    let create = server
        .mock_async(|when, then| {
            when.method(POST)
                .path(&calls_path)
                .form_urlencoded_tuple("To", "+15558675310")
                .form_urlencoded_tuple("From", "+15017122661")
                .form_urlencoded_tuple("Url", "https://example.com/t")
                .form_urlencoded_tuple("RegenProofRequired", "yes")
                .form_urlencoded_tuple_count(".*", ".*", 4);
            then.status(201)
                .body(r#"{"sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#);
        })
        .await;
    let client = twilio_calls::Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(server.base_url())
        .build()
        .unwrap();
    let create_call = || {
        client
            .calls()
            .create()
            .to("+15558675310")
            .from("+15017122661")
            .url("https://example.com/t")
    };
    match create_call().await {
        Err(twilio_calls::Error::InvalidInput { parameter, message }) => {
            assert_eq!(parameter, "RegenProofRequired", "{message}");
            println!("regen proof: unset, it is refused: invalid `{parameter}`: {message}");
        }
        other => panic!("a create without the new required parameter: {other:?}"),
    }
    assert_eq!(create.calls_async().await, 0, "nothing may be sent");
    create_call()
        .regen_proof_required("yes")
        .await
        .expect("create with the new required parameter");
    create.assert_async().await;
    println!("regen proof: set, it goes on the wire");
}
