//! Broken and hostile servers: every answer below gets a typed error (never a panic, never a
//! hang past the timeout, never a truncated result). The server is a raw TCP socket that
//! writes exactly the bytes each case scripts, so that even malformed HTTP can be sent.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::{ACCOUNT, CALL, TOKEN, call_json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use twilio_calls::{Client, ClientBuilder, Error};

/// What the server does once it has read a request.
#[derive(Clone)]
enum Step {
    Write(Vec<u8>),
    Sleep(Duration),
    /// Writes `chunk` over and over until the client hangs up.
    Flood(Vec<u8>),
}

/// A server that answers every request with `script`, then closes the connection.
/// Returns its base URL and the count of requests it has read.
async fn scripted(script: Vec<Step>) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = requests.clone();
    tokio::spawn(async move {
        loop {
            let (mut socket, _) = listener.accept().await.unwrap();
            let script = script.clone();
            let counter = counter.clone();
            tokio::spawn(async move {
                if read_request(&mut socket).await.is_none() {
                    return;
                }
                counter.fetch_add(1, Ordering::SeqCst);
                for step in script {
                    let written = match step {
                        Step::Write(bytes) => socket.write_all(&bytes).await,
                        Step::Sleep(pause) => {
                            tokio::time::sleep(pause).await;
                            Ok(())
                        }
                        Step::Flood(chunk) => loop {
                            if let Err(e) = socket.write_all(&chunk).await {
                                break Err(e);
                            }
                        },
                    };
                    if written.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (base, requests)
}

/// Reads one request's head and body; `None` if the client went away first.
async fn read_request(socket: &mut tokio::net::TcpStream) -> Option<()> {
    let mut seen = Vec::new();
    let mut buffer = [0u8; 4096];
    let head_end = loop {
        let n = socket.read(&mut buffer).await.ok().filter(|n| *n > 0)?;
        seen.extend_from_slice(&buffer[..n]);
        if let Some(i) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&seen[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .map_or(0, |v| v.trim().parse().unwrap());
    while seen.len() < head_end + length {
        let n = socket.read(&mut buffer).await.ok().filter(|n| *n > 0)?;
        seen.extend_from_slice(&buffer[..n]);
    }
    Some(())
}

/// A complete HTTP/1.1 response with this status line, content type and body.
fn response(status: &str, content_type: &str, body: &[u8]) -> Step {
    let mut bytes = format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    bytes.extend_from_slice(body);
    Step::Write(bytes)
}

fn json(status: &str, body: &[u8]) -> Vec<Step> {
    vec![response(status, "application/json", body)]
}

fn builder(base: &str) -> ClientBuilder {
    common::builder_at(base).timeout(Duration::from_secs(2))
}

fn client(base: &str) -> Client {
    builder(base).build().unwrap()
}

async fn fetch(client: &Client) -> Error {
    client.calls().fetch(CALL).send().await.unwrap_err()
}

async fn create(client: &Client) -> Error {
    common::minimal_create(&client.calls())
        .send()
        .await
        .unwrap_err()
}

fn decode_message(err: &Error) -> (&str, u16, &str) {
    match err {
        Error::Decode {
            operation,
            status,
            message,
            ..
        } => (operation, *status, message),
        other => panic!("not a decode error: {other:?}"),
    }
}

#[tokio::test]
async fn truncated_json_is_a_decode_error_or_a_transport_error() {
    // The body is complete by its length, but the JSON stops half way.
    let (base, requests) = scripted(json("200 OK", br#"{"sid": "CAaaaaaaa"#)).await;
    let err = fetch(&client(&base)).await;
    let (operation, status, message) = decode_message(&err);
    assert_eq!((operation, status), ("FetchCall", 200));
    assert!(message.contains("EOF while parsing"), "{message}");
    assert_eq!(
        requests.load(Ordering::SeqCst),
        1,
        "a bad body is not retried"
    );

    // The connection closes before the promised length.
    let head =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"sid\"";
    let (base, requests) = scripted(vec![Step::Write(head.to_vec())]).await;
    let err = fetch(&client(&base)).await;
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    // A read may be retried; each attempt met the same cut.
    assert_eq!(err.attempts(), 4);
    assert_eq!(requests.load(Ordering::SeqCst), 4);
}

#[tokio::test]
async fn wrong_types_name_the_field() {
    let (base, _) = scripted(json("200 OK", br#"{"sid": 5}"#)).await;
    let err = fetch(&client(&base)).await;
    let (_, _, message) = decode_message(&err);
    assert!(
        message.starts_with("at `sid`: invalid type: integer `5`"),
        "{message}"
    );

    let (base, _) = scripted(json("200 OK", br#"{"calls": {"sid": "CA"}, "uri": "/x"}"#)).await;
    let err = client(&base).calls().list().send().await.unwrap_err();
    let (operation, _, message) = decode_message(&err);
    assert_eq!(operation, "ListCall");
    assert!(message.starts_with("at `calls`"), "{message}");
}

#[tokio::test]
async fn an_html_error_page_is_an_api_error_with_a_snippet() {
    let page = b"<html><body><h1>503 Service Unavailable</h1></body></html>";
    let (base, requests) =
        scripted(vec![response("503 Service Unavailable", "text/html", page)]).await;
    let err = fetch(&client(&base)).await;
    let api = err.api().expect("an API error");
    assert_eq!((api.status, api.code), (503, None));
    assert_eq!(api.body_snippet.as_bytes(), page);
    assert_eq!(api.attempts, 4);
    assert_eq!(requests.load(Ordering::SeqCst), 4);
}

#[tokio::test]
async fn empty_success_bodies_are_decode_errors() {
    let (base, _) = scripted(json("200 OK", b"")).await;
    let client = client(&base);
    let err = fetch(&client).await;
    let (_, status, message) = decode_message(&err);
    assert_eq!(status, 200);
    assert!(message.contains("EOF while parsing"), "{message}");
    // An empty object is not a call either.
    let (base, _) = scripted(json("201 Created", b"{}")).await;
    let err = create(&self::client(&base)).await;
    let (_, status, message) = decode_message(&err);
    assert_eq!(
        (status, message),
        (201, "missing field `sid` at line 1 column 2")
    );
    // The create succeeded as far as Twilio is concerned: the call exists.
    assert!(err.may_have_taken_effect());
}

#[tokio::test]
async fn a_success_status_with_a_twilio_error_body_is_an_error() {
    let body = br#"{"code": 20404, "message": "The requested resource was not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}"#;
    let (base, _) = scripted(json("200 OK", body)).await;
    let client = client(&base);
    for err in [fetch(&client).await, create(&client).await] {
        let (_, status, message) = decode_message(&err);
        assert_eq!(status, 200);
        assert!(
            message.ends_with(
                "; the body is Twilio error 20404 (The requested resource was not found)"
            ),
            "{message}"
        );
    }
    // A page: the error has no `uri`, which every page has.
    let err = client.calls().list().send().await.unwrap_err();
    assert_eq!(
        decode_message(&err).2,
        "missing field `uri` at line 1 column 138; the body is Twilio error 20404 (The requested resource was not found)"
    );
}

#[tokio::test]
async fn invalid_utf8_is_a_decode_error_and_a_lossy_snippet() {
    let (base, _) = scripted(json("200 OK", b"{\"sid\": \"CA\xff\xfe\"}")).await;
    let err = fetch(&client(&base)).await;
    let (_, _, message) = decode_message(&err);
    assert!(message.contains("invalid unicode"), "{message}");

    let (base, _) = scripted(json("400 Bad Request", b"{\"message\": \"bad \xff\"}")).await;
    let err = fetch(&client(&base)).await;
    let api = err.api().unwrap();
    assert_eq!(api.status, 400);
    assert_eq!(api.body_snippet, "{\"message\": \"bad \u{FFFD}\"}");
}

#[tokio::test]
async fn enormous_bodies_stop_at_the_cap_with_an_error() {
    let limit = 64 * 1024;
    // Chunked and endless.
    let head =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
    let chunk = format!("4000\r\n{}\r\n", " ".repeat(0x4000)).into_bytes();
    let (base, requests) = scripted(vec![Step::Write(head.to_vec()), Step::Flood(chunk)]).await;
    let client = builder(&base).max_response_bytes(limit).build().unwrap();
    let started = Instant::now();
    let err = fetch(&client).await;
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                operation: "FetchCall",
                status: 200,
                limit: 65536,
                attempts: 1
            }
        ),
        "{err:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "stopped at the cap, not the timeout"
    );
    assert_eq!(requests.load(Ordering::SeqCst), 1, "not retried");
    assert!(
        err.to_string().contains("larger than the 65536-byte limit"),
        "{err}"
    );

    // A declared length beyond the cap, on an error answer too.
    let head = b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 10000000000\r\n\r\n";
    let (base, _) = scripted(vec![
        Step::Write(head.to_vec()),
        Step::Flood(vec![b'x'; 8192]),
    ])
    .await;
    let client = builder(&base).max_response_bytes(limit).build().unwrap();
    let err = create(&client).await;
    assert!(
        matches!(err, Error::ResponseTooLarge { status: 500, .. }),
        "{err:?}"
    );
    assert!(err.may_have_taken_effect(), "a 5xx on a create");
}

#[tokio::test]
async fn the_cap_is_exact_not_a_truncation() {
    let body = call_json().into_bytes();
    let (base, _) = scripted(json("200 OK", &body)).await;
    let at_cap = builder(&base)
        .max_response_bytes(body.len())
        .build()
        .unwrap();
    let call = at_cap.calls().fetch(CALL).send().await.unwrap();
    assert!(call.sid.starts_with("CA"));
    let below = builder(&base)
        .max_response_bytes(body.len() - 1)
        .build()
        .unwrap();
    let err = fetch(&below).await;
    assert!(matches!(err, Error::ResponseTooLarge { .. }), "{err:?}");
}

#[tokio::test]
async fn slow_servers_time_out_instead_of_hanging() {
    // Slow loris: the head, then a byte every 100 ms, for ever.
    let head =
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n";
    let mut script = vec![Step::Write(head.to_vec())];
    for _ in 0..1000 {
        script.push(Step::Write(b" ".to_vec()));
        script.push(Step::Sleep(Duration::from_millis(100)));
    }
    let (base, requests) = scripted(script).await;
    let timeout = Duration::from_millis(500);
    let client = builder(&base).timeout(timeout).build().unwrap();
    let started = Instant::now();
    let err = fetch(&client).await;
    let elapsed = started.elapsed();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(err.attempts(), 4);
    assert_eq!(requests.load(Ordering::SeqCst), 4);
    // Four attempts of 500 ms and millisecond backoffs.
    assert!(elapsed < Duration::from_secs(4), "{elapsed:?}");

    // A server that never answers at all; a create gives up after one attempt.
    let (base, requests) = scripted(vec![Step::Sleep(Duration::from_secs(60))]).await;
    let client = builder(&base).timeout(timeout).build().unwrap();
    let started = Instant::now();
    let err = create(&client).await;
    assert!(err.is_timeout(), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(requests.load(Ordering::SeqCst), 1);
    assert!(err.may_have_taken_effect());
}

#[tokio::test]
async fn garbage_instead_of_http_is_a_transport_error() {
    let (base, _) = scripted(vec![Step::Write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n".to_vec())]).await;
    let client = client(&base);
    let err = fetch(&client).await;
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    let err = create(&client).await;
    assert!(
        matches!(err, Error::Transport { attempts: 1, .. }),
        "{err:?}"
    );
    assert!(err.may_have_taken_effect());
}

#[tokio::test]
async fn redirects_are_returned_not_followed() {
    // The redirect names a server that would answer; the credentials must never reach it.
    let (target, hits) = scripted(json("200 OK", call_json().as_bytes())).await;
    let redirect = format!(
        "HTTP/1.1 307 Temporary Redirect\r\nlocation: {target}/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json\r\ncontent-length: 0\r\n\r\n"
    );
    let (base, _) = scripted(vec![Step::Write(redirect.into_bytes())]).await;
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(base)
        .build()
        .unwrap();
    for err in [fetch(&client).await, create(&client).await] {
        assert_eq!(err.api().map(|e| e.status), Some(307), "{err:?}");
    }
    assert_eq!(hits.load(Ordering::SeqCst), 0);
}
