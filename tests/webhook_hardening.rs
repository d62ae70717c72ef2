//! `Verified<T>` against hostile and unusual requests over real sockets: the URL verified is
//! the one Twilio requested (the full path under nested routers, never the request line's
//! scheme or authority), and a body over the limit is refused before it is read or hashed.

use std::io::{Read, Write};
use std::net::TcpStream;

use axum::Router;
use axum::routing::post;
use twilio_calls::webhook::axum::{DEFAULT_MAX_BODY_BYTES, Verified, WebhookVerifier};
use twilio_calls::webhook::{RequestValidator, SIGNATURE_HEADER, StatusCallback};

const TOKEN: &str = "the-auth-token";
const FORM: &str = "application/x-www-form-urlencoded";
const CALLBACK: [(&str, &str); 3] = [
    ("CallSid", "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    ("AccountSid", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    ("CallStatus", "completed"),
];

async fn status(Verified(callback): Verified<StatusCallback>) -> String {
    callback.call_sid
}

fn routes(verifier: WebhookVerifier) -> Router {
    Router::new()
        .route("/status", post(status))
        .with_state(verifier)
}

/// Serves `/status` at the root and under `/hooks` and `/api/v1` (nested twice).
async fn serve(verifier: WebhookVerifier) -> String {
    let app = Router::new()
        .merge(routes(verifier.clone()))
        .nest("/hooks", routes(verifier.clone()))
        .nest("/api", Router::new().nest("/v1", routes(verifier)));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    tokio::spawn(async move { axum::serve(listener, app).await });
    address
}

fn body() -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(CALLBACK)
        .finish()
}

fn sign(url: &str) -> String {
    RequestValidator::new(TOKEN).sign(url, CALLBACK)
}

/// Sends one raw HTTP/1.1 request and returns the status code and body.
fn raw(address: &str, request: &[u8]) -> (u16, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    // A server that refuses a long body may answer and close before it is all sent: what
    // matters is its answer, so a failed write or a reset after the answer is fine.
    let _ = stream.write_all(request);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer[9..12].parse().unwrap();
    let body = answer
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_owned();
    (status, body)
}

/// `POST {target}` with the callback's body, signed with `signature` if any.
fn post_raw(address: &str, target: &str, signature: Option<&str>) -> (u16, String) {
    let body = body();
    let signature = signature
        .map(|s| format!("{SIGNATURE_HEADER}: {s}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "POST {target} HTTP/1.1\r\nHost: {address}\r\nContent-Type: {FORM}\r\n{signature}\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    tokio::task::block_in_place(|| raw(address, request.as_bytes()))
}

#[tokio::test(flavor = "multi_thread")]
async fn under_nested_routers_the_full_path_is_verified() {
    let address = serve(WebhookVerifier::new(TOKEN)).await;
    for path in ["/status", "/hooks/status", "/api/v1/status"] {
        let genuine = sign(&format!("http://{address}{path}"));
        assert_eq!(
            post_raw(&address, path, Some(&genuine)),
            (200, CALLBACK[0].1.to_owned()),
            "{path}"
        );
    }
    // A signature for the path the nested router sees (prefix stripped) is another URL's.
    let stripped = sign(&format!("http://{address}/status"));
    for path in ["/hooks/status", "/api/v1/status"] {
        assert_eq!(post_raw(&address, path, Some(&stripped)).0, 403, "{path}");
    }
    // Nor does a signature for one nested route open another.
    let hooks = sign(&format!("http://{address}/hooks/status"));
    assert_eq!(post_raw(&address, "/api/v1/status", Some(&hooks)).0, 403);
    // The query is part of it too.
    let with_query = sign(&format!("http://{address}/hooks/status?attempt=2"));
    assert_eq!(
        post_raw(&address, "/hooks/status?attempt=2", Some(&with_query)).0,
        200
    );
    assert_eq!(
        post_raw(&address, "/hooks/status?attempt=3", Some(&with_query)).0,
        403
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_public_base_url_is_joined_to_the_full_nested_path() {
    let verifier = WebhookVerifier::new(TOKEN)
        .public_base_url("https://calls.example.com/prefix")
        .unwrap();
    let address = serve(verifier).await;
    let genuine = sign("https://calls.example.com/prefix/hooks/status");
    assert_eq!(post_raw(&address, "/hooks/status", Some(&genuine)).0, 200);
    let stripped = sign("https://calls.example.com/prefix/status");
    assert_eq!(post_raw(&address, "/hooks/status", Some(&stripped)).0, 403);
    let local = sign(&format!("http://{address}/hooks/status"));
    assert_eq!(post_raw(&address, "/hooks/status", Some(&local)).0, 403);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_request_line_never_chooses_the_scheme_or_host() {
    let address = serve(WebhookVerifier::new(TOKEN)).await;
    // An absolute-form request line naming https: the verifier still checks the http URL
    // of the Host header, so a request signed for the https URL (another URL of the
    // account, say) cannot be replayed here.
    let https = sign(&format!("https://{address}/hooks/status"));
    let target = format!("https://{address}/hooks/status");
    assert_eq!(post_raw(&address, &target, Some(&https)).0, 403);
    let http = sign(&format!("http://{address}/hooks/status"));
    assert_eq!(post_raw(&address, &target, Some(&http)).0, 200);

    // Nor the authority: the request line names another host than the Host header.
    let other = sign("http://elsewhere.example.com/hooks/status");
    let target = "http://elsewhere.example.com/hooks/status";
    assert_eq!(post_raw(&address, target, Some(&other)).0, 403);
    assert_eq!(post_raw(&address, target, Some(&http)).0, 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn forwarded_headers_count_only_when_trusted() {
    for trust in [false, true] {
        let address = serve(WebhookVerifier::new(TOKEN).trust_forwarded_headers(trust)).await;
        let public = sign("https://calls.example.com/hooks/status");
        let body = body();
        let request = format!(
            "POST /hooks/status HTTP/1.1\r\nHost: {address}\r\nX-Forwarded-Proto: https\r\n\
             X-Forwarded-Host: calls.example.com\r\nContent-Type: {FORM}\r\n\
             {SIGNATURE_HEADER}: {public}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        let (status, _) = tokio::task::block_in_place(|| raw(&address, request.as_bytes()));
        assert_eq!(status, if trust { 200 } else { 403 }, "trust {trust}");
    }
}

/// A chunked request of `size` bytes of `a=b&` pairs, signed with a bogus signature.
fn chunked(address: &str, size: usize) -> Vec<u8> {
    let mut request = format!(
        "POST /hooks/status HTTP/1.1\r\nHost: {address}\r\nContent-Type: {FORM}\r\n\
         {SIGNATURE_HEADER}: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\nTransfer-Encoding: chunked\r\n\
         Connection: close\r\n\r\n"
    )
    .into_bytes();
    let chunk = "a=b&".repeat(4096);
    let mut sent = 0;
    while sent < size {
        request.extend_from_slice(format!("{:x}\r\n{chunk}\r\n", chunk.len()).as_bytes());
        sent += chunk.len();
    }
    request.extend_from_slice(b"0\r\n\r\n");
    request
}

#[tokio::test(flavor = "multi_thread")]
async fn a_body_over_the_limit_is_refused_with_413() {
    let address = serve(WebhookVerifier::new(TOKEN)).await;
    // Declared too long: refused from the headers, signed or not, before any body is read.
    for signature in ["", "X-Twilio-Signature: forged\r\n"] {
        let request = format!(
            "POST /hooks/status HTTP/1.1\r\nHost: {address}\r\nContent-Type: {FORM}\r\n\
             {signature}Content-Length: {}\r\nConnection: close\r\n\r\n",
            DEFAULT_MAX_BODY_BYTES + 1
        );
        let (status, body) = tokio::task::block_in_place(|| raw(&address, request.as_bytes()));
        assert_eq!(
            (status, body.as_str()),
            (413, "the body is longer than 65536 bytes"),
            "{signature:?}"
        );
    }
    // Sent without a length: refused once it goes over.
    let request = chunked(&address, 2 * 1024 * 1024);
    let (status, _) = tokio::task::block_in_place(|| raw(&address, &request));
    assert_eq!(status, 413);
    // At the limit it is read, then judged by its signature.
    let request = chunked(&address, DEFAULT_MAX_BODY_BYTES);
    let (status, body) = tokio::task::block_in_place(|| raw(&address, &request));
    assert_eq!(
        (status, body.as_str()),
        (403, "X-Twilio-Signature does not match the request")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_limit_is_configurable_and_an_unsigned_request_is_refused_unread() {
    let address = serve(WebhookVerifier::new(TOKEN).max_body_bytes(200)).await;
    let genuine = sign(&format!("http://{address}/status"));
    assert!(body().len() <= 200, "{}", body().len());
    assert_eq!(post_raw(&address, "/status", Some(&genuine)).0, 200);
    let request = chunked(&address, 4096);
    assert_eq!(
        tokio::task::block_in_place(|| raw(&address, &request)).0,
        413
    );

    let (status, body) = post_raw(&address, "/status", None);
    assert_eq!(
        (status, body.as_str()),
        (403, "the request has no X-Twilio-Signature header")
    );
}
