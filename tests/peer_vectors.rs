//! The official SDKs' own test vectors (`../shared/peer-vectors/`, see its README): webhook
//! signatures, body hashes, TwiML documents and Call requests and responses. Each vector
//! passes, or is listed here with the reason it is one SDK's quirk rather than Twilio's
//! behaviour; a listed vector that starts passing fails the test too, so the list stays true.
//!
//! The vectors are read where they are, never copied into the repository:
//! `$TWILIO_CALLS_PEER_VECTORS`, else `../shared/peer-vectors` beside the checkout. Without
//! them the tests say so and pass, unless `TWILIO_CALLS_REQUIRE_PEER_VECTORS=1` (set by CI).

mod common;

use std::path::PathBuf;

use serde_json::Value;
use twilio_calls::webhook::RequestValidator;

const REQUIRE_ENV: &str = "TWILIO_CALLS_REQUIRE_PEER_VECTORS";

fn directory() -> Result<PathBuf, String> {
    let dir = match std::env::var_os("TWILIO_CALLS_PEER_VECTORS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-vectors"),
    };
    if dir.join("README.md").is_file() {
        Ok(dir)
    } else {
        Err(format!("no peer vectors at {}", dir.display()))
    }
}

/// The vectors of `file`, or `None` (after saying why) when they are not on this machine.
fn vectors(file: &str) -> Option<Vec<Value>> {
    let dir = directory();
    let dir = common::external(&dir, "the peer-vector tests (tests/peer_vectors.rs)", REQUIRE_ENV)?;
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

fn name(vector: &Value) -> String {
    let source = vector["source"].as_str().unwrap();
    let sdk = source.split('/').nth(1).unwrap_or(source);
    format!("{sdk} :: {}", vector["name"].as_str().unwrap())
}

/// Asserts that the vectors that disagree with us are exactly the listed quirks.
fn assert_only_quirks(what: &str, total: usize, mismatches: Vec<String>, quirks: &[(&str, &str)]) {
    let listed: Vec<&str> = quirks.iter().map(|(name, _)| *name).collect();
    let unexpected: Vec<&String> = mismatches
        .iter()
        .filter(|m| !listed.contains(&m.as_str()))
        .collect();
    let now_passing: Vec<&&str> = listed
        .iter()
        .filter(|l| !mismatches.iter().any(|m| m == *l))
        .collect();
    assert!(
        unexpected.is_empty() && now_passing.is_empty(),
        "{what}: {} vectors; failing and not listed as a quirk: {unexpected:#?}; listed but \
         passing: {now_passing:#?}",
        total
    );
    eprintln!(
        "{what}: {} of {total} vectors pass; {} are SDK quirks",
        total - mismatches.len(),
        mismatches.len()
    );
}

/// Signature vectors where one SDK's answer is its own, not Twilio's: we agree with Twilio's
/// algorithm (and with the other SDKs).
const SIGNATURE_QUIRKS: &[(&str, &str)] = &[
    (
        "twilio-node :: should validate urls with special characters",
        "twilio-node re-serializes the URL with WHATWG URL (' becomes %27) and also accepts \
         that signature; Twilio signs the URL it requested as it requested it",
    ),
    (
        "twilio-node :: when the signature is derived from an URL with a query param \
         containing an unescaped single quote: should return true when the target url \
         contains the escaped single quote",
        "twilio-node's WHATWG re-serialization (' becomes %27), as above",
    ),
    (
        "twilio-node :: when the signature is derived from an URL with a query param \
         containing an escaped single quote: should return true when the target url contains \
         the unescaped single quote",
        "twilio-node's legacy querystring re-serialization (%27 becomes '), as above",
    ),
    (
        "twilio-csharp :: TestValidateCredentialsArePreservedUpperCaseScheme",
        "twilio-csharp signs `HTTP://…` with the scheme as given; Twilio requests lower-case \
         schemes, and a URL's scheme is case-insensitive, so we (like twilio-python) read it \
         as `http://`",
    ),
];

#[test]
fn webhook_signatures() {
    let Some(vectors) = vectors("signatures.jsonl") else {
        return;
    };
    let mut mismatches = Vec::new();
    for vector in &vectors {
        let validator = RequestValidator::new(vector["auth_token"].as_str().unwrap());
        let url = vector["url"].as_str().unwrap();
        let signature = vector["signature"].as_str().unwrap();
        let ours = match vector["body"].as_str() {
            Some(body) => validator.validate_body(url, body, signature),
            None => {
                let params: Vec<(&str, &str)> = vector["params"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| (p[0].as_str().unwrap(), p[1].as_str().unwrap()))
                    .collect();
                validator.validate(url, params, signature)
            }
        };
        if ours != vector["expect"].as_bool().unwrap() {
            mismatches.push(name(vector));
        }
    }
    assert_only_quirks("signatures", vectors.len(), mismatches, SIGNATURE_QUIRKS);
}

#[test]
fn body_hashes() {
    let Some(vectors) = vectors("body_hashes.jsonl") else {
        return;
    };
    let validator = RequestValidator::new("12345");
    let mut mismatches = Vec::new();
    for vector in &vectors {
        // Checked the way a webhook carries it: as the URL's bodySHA256, signed.
        let body = vector["body"].as_str().unwrap();
        let hash = vector["sha256_hex"].as_str().unwrap();
        let url = format!("https://example.com/hook?bodySHA256={hash}");
        let signature = validator.sign(&url, std::iter::empty::<(&str, &str)>());
        let ours = validator.validate_body(&url, body, signature.as_str());
        if ours != vector["expect"].as_bool().unwrap() {
            mismatches.push(name(vector));
        }
    }
    assert_only_quirks("body hashes", vectors.len(), mismatches, &[]);
}

/// Call vectors the SDKs' generated tests could pass only because those SDKs check nothing.
const CALL_QUIRKS: &[(&str, &str)] = &[
    (
        "twilio-python :: test_create_request",
        "a create with To and From only: Twilio refuses it (21205: Url, Twiml or \
         ApplicationSid is required), and we refuse it before sending; the SDKs' mock accepted \
         it (twilio-java's vintage of the same test adds Url, and passes here)",
    ),
    (
        "twilio-python :: test_create_response",
        "the same create with To and From only",
    ),
    (
        "twilio-python :: test_create_with_twiml_response",
        "the same create with To and From only (despite its name it sets no Twiml)",
    ),
];

/// The Call request vectors: the same operation through our client sends the same method,
/// path and `key=value` pairs; the response vectors decode (or fail, as the SDK's did).
#[tokio::test]
async fn call_requests_and_responses() {
    let Some(vectors) = vectors("calls_requests.jsonl") else {
        return;
    };
    let mut mismatches = Vec::new();
    for vector in &vectors {
        // The SDK tests' placeholder SIDs (`ACXXXX…`) are not SIDs, which the client refuses
        // before sending anything; they are read with hex digits in place of the X's.
        let vector: Value = serde_json::from_str(
            &vector
                .to_string()
                .replace("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", &"a".repeat(32)),
        )
        .unwrap();
        let vector = &vector;
        let request = &vector["request"];
        let path = request["path"].as_str().unwrap();
        let account = path.split('/').nth(3).unwrap();
        let status = vector["response_status"].as_u64().unwrap() as u16;
        let body = vector["response_body"].as_str().unwrap().to_owned();
        let (server, recorder) = common::serve(status, body.clone()).await;
        let client = common::builder_at(&server.base_url())
            .account_sid(account)
            .auth_token(common::TOKEN)
            .max_retries(0)
            .build()
            .unwrap();
        let calls = client.calls();
        let params: Vec<(String, String)> = request["params"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_str().unwrap().to_owned(), p[1].as_str().unwrap().to_owned()))
            .collect();
        let call_sid = path
            .rsplit('/')
            .next()
            .and_then(|s| s.strip_suffix(".json"))
            .filter(|s| s.starts_with("CA"))
            .unwrap_or(common::CALL);
        let operation = match vector["operation"].as_str().unwrap() {
            "create" => "CreateCall",
            "fetch" => "FetchCall",
            "list" | "each" => "ListCall",
            "update" => "UpdateCall",
            "delete" => "DeleteCall",
            other => panic!("{other}"),
        };
        // The SDK's call, by wire name; a list's own PageSize is the page-size rule's.
        let outcome =
            common::operations::send_by_wire_names(&calls, call_sid, operation, &params).await;
        let seen = recorder.seen();
        let Some(first) = seen.first() else {
            eprintln!("{}: not sent: {outcome:?}", name(vector));
            mismatches.push(name(vector));
            continue;
        };
        let (sent_path, query) = first.target.split_once('?').unwrap_or((&first.target, ""));
        let sent_pairs = if request["params_in"] == "form" {
            &first.body
        } else {
            query
        };
        let mut sent: Vec<(String, String)> = form_urlencoded::parse(sent_pairs.as_bytes())
            .into_owned()
            .collect();
        let mut expected = params.clone();
        if operation == "ListCall" && !params.iter().any(|(k, _)| k == "PageSize") {
            sent.retain(|(k, _)| k != "PageSize");
        }
        sent.sort();
        expected.sort();
        let request_ok = first.method == request["method"].as_str().unwrap()
            && sent_path == path
            && sent == expected;
        let outcome_ok = outcome.is_err() == vector["expect_error"].as_bool().unwrap();
        if !(request_ok && outcome_ok) {
            eprintln!(
                "{}: {} {} {sent:?}: {outcome:?}",
                name(vector),
                first.method,
                first.target
            );
            mismatches.push(name(vector));
        }
    }
    assert_only_quirks("Call requests", vectors.len(), mismatches, CALL_QUIRKS);
}

