//! The benchmarks' server: a minimal HTTP/1.1 server (hyper, keep-alive) that answers
//! Twilio's Calls paths with canned bodies, so that it is never the bottleneck.
//!
//! - `GET  …/Calls/{sid}.json`: the call, with that SID.
//! - `POST …/Calls.json`: `201` and the call.
//! - `GET  …/Calls.json?PageSize=N&Page=P`: page P of `total` synthetic calls, linked to the
//!   next page as Twilio links them, after `latency` when one is set.

#![allow(dead_code)] // each benchmark uses its own subset

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;

pub const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
pub const TOKEN: &str = "bench-auth-token";
pub const CALL_SID: &str = "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

/// A call as Twilio answers it (Twilio's documented example, every key present). The SID is
/// the only part that changes between calls: `{sid}` is replaced.
const CALL_TEMPLATE: &str = r#"{"account_sid":"ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","annotation":null,"answered_by":null,"api_version":"2010-04-01","caller_name":null,"date_created":"Tue, 31 Aug 2010 20:36:28 +0000","date_updated":"Tue, 31 Aug 2010 20:36:44 +0000","direction":"outbound-api","duration":"15","end_time":"Tue, 31 Aug 2010 20:36:44 +0000","forwarded_from":"+141586753093","from":"+15017122661","from_formatted":"(501) 712-2661","group_sid":null,"parent_call_sid":null,"phone_number_sid":"PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","price":"-0.03000","price_unit":"USD","sid":"{sid}","start_time":"Tue, 31 Aug 2010 20:36:29 +0000","status":"completed","subresource_uris":{"notifications":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}/Notifications.json","recordings":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}/Recordings.json","payments":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}/Payments.json","events":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}/Events.json","siprec":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}/Siprec.json","streams":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}/Streams.json","transcriptions":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}/Transcriptions.json","user_defined_message_subscriptions":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}/UserDefinedMessageSubscriptions.json","user_defined_messages":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}/UserDefinedMessages.json"},"to":"+14155551212","to_formatted":"(415) 555-1212","trunk_sid":null,"uri":"/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/{sid}.json","queue_time":"1000"}"#;

/// The call JSON with `sid`.
pub fn call_json(sid: &str) -> String {
    CALL_TEMPLATE.replace("{sid}", sid)
}

/// The SID of synthetic call number `i`.
pub fn sid(i: usize) -> String {
    format!("CA{i:032x}")
}

#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Calls in the list.
    pub total: usize,
    /// Wait before answering each list page.
    pub latency: Duration,
}

/// Starts the server on a free loopback port, on the current tokio runtime.
pub async fn start(config: Config) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let call = Bytes::from(call_json(CALL_SID));
    let state = Arc::new((config, call));
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            let state = state.clone();
            tokio::spawn(async move {
                let service = service_fn(move |request| answer(state.clone(), request));
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    addr
}

async fn answer(
    state: Arc<(Config, Bytes)>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let (config, call) = &*state;
    let path = request.uri().path();
    let (status, body) = if path.ends_with("/Calls.json") && request.method() == "GET" {
        tokio::time::sleep(config.latency).await;
        (
            200,
            Bytes::from(page(config.total, request.uri().query().unwrap_or(""))),
        )
    } else if path.ends_with("/Calls.json") {
        // Read the form body, as a real server would.
        let _ = http_body_util::BodyExt::collect(request.into_body()).await;
        (201, call.clone())
    } else {
        (200, call.clone())
    };
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = hyper::StatusCode::from_u16(status).unwrap();
    response.headers_mut().insert(
        hyper::header::CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json; charset=utf-8"),
    );
    Ok(response)
}

/// One page of the synthetic list, for the query `PageSize=N&Page=P` (more keys ignored).
fn page(total: usize, query: &str) -> String {
    let mut size = 50;
    let mut number = 0;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match &*key {
            "PageSize" => size = value.parse().unwrap_or(50),
            "Page" => number = value.parse().unwrap_or(0),
            _ => {}
        }
    }
    let start = (number * size).min(total);
    let end = (start + size).min(total);
    let list = format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    let link = |n: usize| format!("\"{list}?PageSize={size}&Page={n}&PageToken=PA{n}\"");
    let mut body = String::with_capacity((end - start) * (CALL_TEMPLATE.len() + 400) + 1024);
    body.push_str("{\"calls\":[");
    for i in start..end {
        if i > start {
            body.push(',');
        }
        body.push_str(&call_json(&sid(i)));
    }
    let next = if end < total {
        link(number + 1)
    } else {
        "null".into()
    };
    let previous = if number > 0 {
        link(number - 1)
    } else {
        "null".into()
    };
    body.push_str(&format!(
        "],\"end\":{},\"first_page_uri\":\"{list}?PageSize={size}&Page=0\",\"next_page_uri\":{next},\
         \"page\":{number},\"page_size\":{size},\"previous_page_uri\":{previous},\"start\":{start},\
         \"uri\":\"{list}?PageSize={size}&Page={number}\"}}",
        end.saturating_sub(1),
    ));
    body
}

/// The SDK's client for the server at `base`, to build.
pub fn client(base: &str) -> twilio_calls::ClientBuilder {
    twilio_calls::Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(base)
}

/// The canned server (no list, no latency) on a runtime of its own, so that a client's
/// runtime measures only the client; with that client runtime (one thread) and the base URL.
/// The server stops when its runtime (the first) is dropped.
pub fn in_background() -> (tokio::runtime::Runtime, tokio::runtime::Runtime, String) {
    let server_runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let addr = server_runtime.block_on(start(Config {
        total: 0,
        latency: Duration::ZERO,
    }));
    let client_runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    (server_runtime, client_runtime, format!("http://{addr}"))
}

/// What the SDK sends for `request` (headers but `Host`, and the body), read from a socket
/// that never answers: the raw baseline sends exactly these.
pub async fn sdk_request<F, Fut>(request: F) -> (Vec<(String, String)>, String)
where
    F: FnOnce(twilio_calls::Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    use tokio::io::AsyncReadExt;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let client = client(&base).max_retries(0).build().unwrap();
    let sent = tokio::spawn(request(client));
    let (mut socket, _) = listener.accept().await.unwrap();
    let mut seen = Vec::new();
    let mut buffer = [0u8; 4096];
    let (head, length) = loop {
        let n = socket.read(&mut buffer).await.unwrap();
        seen.extend_from_slice(&buffer[..n]);
        if let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8(seen[..end].to_vec()).unwrap();
            let length = head
                .to_ascii_lowercase()
                .lines()
                .find_map(|l| {
                    l.strip_prefix("content-length: ")
                        .map(|v| v.parse().unwrap())
                })
                .unwrap_or(0);
            seen.drain(..end + 4);
            break (head, length);
        }
    };
    while seen.len() < length {
        let n = socket.read(&mut buffer).await.unwrap();
        seen.extend_from_slice(&buffer[..n]);
    }
    drop(socket);
    let _ = sent.await;
    let headers = head
        .lines()
        .skip(1)
        .filter_map(|line| line.split_once(": "))
        .filter(|(name, _)| !name.eq_ignore_ascii_case("host"))
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect();
    (headers, String::from_utf8(seen).unwrap())
}
