//! Wiring for the tests that drive `FakeTwilio`: a fake that moves only when told, and a
//! callback receiver that checks every signature it gets.

use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, Uri};
use serde_json::Value;
use twilio_calls::webhook::RequestValidator;
use twilio_calls::{Call, CallStatus, Client, ClientBuilder, CreateCall, Request};
use twilio_calls_fake::{FakeTwilio, Lifecycle};

/// A fake whose calls move on this lifecycle.
pub async fn with_lifecycle(lifecycle: Lifecycle) -> FakeTwilio {
    FakeTwilio::builder()
        .lifecycle(lifecycle)
        .start()
        .await
        .unwrap()
}

/// A fake whose calls move only through `advance` and the API.
pub async fn manual() -> FakeTwilio {
    with_lifecycle(Lifecycle::manual()).await
}

/// A client of `fake` with the default retry rules and millisecond backoffs, for a test to
/// add to.
pub fn client_builder(fake: &FakeTwilio) -> ClientBuilder {
    super::builder_at(fake.base_url())
        .account_sid(fake.account_sid())
        .auth_token(fake.auth_token())
}

/// Every call-progress event a call can ask for.
pub const EVERY_EVENT: [&str; 4] = ["initiated", "ringing", "answered", "completed"];

/// The smallest valid CreateCall to `to`, for a test to add to.
pub fn create_to(client: &Client, to: &str) -> Request<CreateCall> {
    client
        .calls()
        .create()
        .to(to)
        .from("+15005550006")
        .url("https://example.com/twiml")
}

/// Places a call with the smallest valid request.
pub async fn place(client: &Client) -> Call {
    create_to(client, "+15558675310").send().await.unwrap()
}

/// Places a call to `to` and returns its SID.
pub async fn place_to(client: &Client, to: &str) -> String {
    create_to(client, to).send().await.unwrap().sid
}

/// Places a call and answers it; returns its SID.
pub async fn answered(fake: &FakeTwilio, client: &Client) -> String {
    let sid = place(client).await.sid;
    fake.advance(&sid, CallStatus::InProgress).await.unwrap();
    sid
}

/// A raw request to the fake, authenticated unless `auth` is `None`.
pub async fn raw(
    fake: &FakeTwilio,
    method: reqwest::Method,
    path: &str,
    auth: Option<(&str, &str)>,
    form: &[(&str, &str)],
) -> (u16, reqwest::header::HeaderMap, Value) {
    let url = format!("{}{path}", fake.base_url());
    let mut request = reqwest::Client::new().request(method, url);
    if let Some((user, password)) = auth {
        request = request.basic_auth(user, Some(password));
    }
    if !form.is_empty() {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        request = request
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response.text().await.unwrap();
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
    };
    (status, headers, body)
}

/// GET `path_and_query` with the fake's own credentials: the status and the JSON body.
pub async fn get(fake: &FakeTwilio, path_and_query: &str) -> (u16, Value) {
    let account = fake.account_sid();
    let auth = Some((account.as_str(), fake.auth_token()));
    let (status, _, body) = raw(fake, reqwest::Method::GET, path_and_query, auth, &[]).await;
    (status, body)
}

/// A callback as the receiver got it.
#[derive(Clone, Debug)]
pub struct Callback {
    pub method: Method,
    /// The full URL the request was for.
    pub url: String,
    /// The form body's pairs, or the query's for GET.
    pub params: Vec<(String, String)>,
    /// Whether `X-Twilio-Signature` verified with the fake's auth token.
    pub verified: bool,
}

impl Callback {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// An HTTP server that records callbacks and verifies their signatures.
#[derive(Clone)]
pub struct Receiver {
    pub base_url: String,
    got: Arc<Mutex<Vec<Callback>>>,
}

impl Receiver {
    pub async fn start(auth_token: &str) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let got = Arc::new(Mutex::new(Vec::new()));
        let validator = RequestValidator::new(auth_token);
        let (log, origin) = (got.clone(), base_url.clone());
        let app = axum::Router::new().fallback(
            move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
                let url = format!("{origin}{uri}");
                let params = if method == Method::GET {
                    uri.query().unwrap_or("").as_bytes().to_vec()
                } else {
                    body.to_vec()
                };
                let callback = Callback {
                    verified: validator.verify(&url, &headers, &body).is_ok(),
                    params: form_urlencoded::parse(&params).into_owned().collect(),
                    method,
                    url,
                };
                log.lock().unwrap().push(callback);
                async { "" }
            },
        );
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { base_url, got }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    pub fn got(&self) -> Vec<Callback> {
        self.got.lock().unwrap().clone()
    }
}

/// The error codes of the notifications the REST API lists for a call, as a test reads them.
pub async fn notification_codes(client: &Client, call_sid: &str) -> Vec<String> {
    let page = client
        .calls()
        .notifications(call_sid)
        .list()
        .send()
        .await
        .unwrap();
    page.items
        .iter()
        .filter_map(|n| n.error_code.clone())
        .collect()
}
