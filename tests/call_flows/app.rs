//! The voice app the call-flow tests drive: an IVR with a menu loop, voicemail, a transfer
//! with busy and no-answer branches, a speech menu, a fallback, and routes that answer the
//! ways Twilio refuses (a 500, a slow answer, broken XML, a wrong root, an unknown verb, a
//! wrong content type, a document over 64 kB, a redirect loop). Every request it receives is
//! recorded as it arrived, with whether its `X-Twilio-Signature` verified.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use twilio_calls::webhook::RequestValidator;

/// A request as the app received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub method: String,
    /// The URL as Twilio requested it: `http://127.0.0.1:{port}{path and query}`.
    pub url: String,
    pub path: String,
    pub query: String,
    pub content_type: Option<String>,
    pub signature: Option<String>,
    pub body: String,
    /// The SDK's `RequestValidator` accepted the signature.
    pub verified: bool,
}

impl Received {
    /// The parameters: the form for `POST`, the query for `GET`.
    pub fn params(&self) -> Vec<(String, String)> {
        let raw = if self.method == "GET" {
            &self.query
        } else {
            &self.body
        };
        form_urlencoded::parse(raw.as_bytes())
            .into_owned()
            .collect()
    }

    pub fn param(&self, name: &str) -> Option<String> {
        self.params()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

#[derive(Clone)]
struct AppState {
    validator: Arc<RequestValidator>,
    base: String,
    seen: Arc<Mutex<Vec<Received>>>,
}

pub struct App {
    pub base: String,
    seen: Arc<Mutex<Vec<Received>>>,
}

impl App {
    pub async fn start(auth_token: &str) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let state = AppState {
            validator: Arc::new(RequestValidator::new(auth_token)),
            base: base.clone(),
            seen: seen.clone(),
        };
        let router = Router::new().fallback(handle).with_state(state);
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        Self { base, seen }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Every request so far, in order of arrival.
    pub fn seen(&self) -> Vec<Received> {
        self.seen.lock().unwrap().clone()
    }

    /// The requests for `path` (status callbacks arrive on their own schedule).
    pub fn seen_at(&self, path: &str) -> Vec<Received> {
        self.seen().into_iter().filter(|r| r.path == path).collect()
    }

    /// The requests that asked for TwiML: everything but the callbacks.
    pub fn voice_requests(&self) -> Vec<Received> {
        self.seen()
            .into_iter()
            .filter(|r| !CALLBACKS.contains(&r.path.as_str()))
            .collect()
    }
}

const CALLBACKS: [&str; 3] = ["/status", "/leg", "/recording-status"];

async fn handle(State(state): State<AppState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body: Bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap();
    let url = format!("{}{}", state.base, parts.uri);
    let verified = state.validator.verify(&url, &parts.headers, &body).is_ok();
    let header_value = |name| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let received = Received {
        method: parts.method.to_string(),
        url,
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().unwrap_or("").to_owned(),
        content_type: header_value(header::CONTENT_TYPE),
        signature: header_value(header::HeaderName::from_static("x-twilio-signature")),
        body: String::from_utf8(body.to_vec()).unwrap(),
        verified,
    };
    state.seen.lock().unwrap().push(received.clone());
    if !verified {
        return StatusCode::FORBIDDEN.into_response();
    }
    route(&received).await
}

fn twiml(body: impl Into<String>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/xml")],
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>{}</Response>",
            body.into()
        ),
    )
        .into_response()
}

async fn route(request: &Received) -> Response {
    let param = |name: &str| request.param(name).unwrap_or_default();
    match request.path.as_str() {
        // The menu, three times at most.
        "/voice" | "/get-voice" => {
            let attempt: u32 = request
                .query
                .strip_prefix("attempt=")
                .and_then(|a| a.split('&').next())
                .and_then(|a| a.parse().ok())
                .unwrap_or(1);
            if attempt > 3 {
                return twiml("<Say>Goodbye.</Say><Hangup/>");
            }
            let welcome = if attempt == 1 {
                "<Say voice=\"Polly.Amy\">Welcome to Acme.</Say>"
            } else {
                ""
            };
            twiml(format!(
                "{welcome}<Gather numDigits=\"1\" action=\"/menu\" timeout=\"5\">\
                 <Say>Press 1 for sales, 2 for voicemail.</Say><Pause length=\"2\"/></Gather>\
                 <Say>We did not get your choice.</Say>\
                 <Redirect method=\"GET\">voice?attempt={}</Redirect>",
                attempt + 1
            ))
        }
        "/menu" => match param("Digits").as_str() {
            "1" => twiml(
                "<Say>Connecting you to sales.</Say>\
                 <Dial action=\"/dial-done\" timeout=\"20\" callerId=\"+15551230000\" hangupOnStar=\"true\">\
                 <Number statusCallback=\"/leg\" statusCallbackEvent=\"initiated ringing answered completed\">+15558675310</Number>\
                 </Dial><Say>Not reached.</Say>",
            ),
            "2" => twiml(
                "<Say>Leave a message after the beep.</Say>\
                 <Record maxLength=\"30\" finishOnKey=\"#\" action=\"/recorded\" \
                 recordingStatusCallback=\"/recording-status\"/>",
            ),
            _ => twiml("<Say>Sorry, that is not an option.</Say><Redirect>/voice</Redirect>"),
        },
        "/dial-done" => match param("DialCallStatus").as_str() {
            "completed" => twiml("<Say>Thanks for calling.</Say><Hangup/>"),
            _ => twiml(
                "<Say>Sales is not available. Leave a message.</Say>\
                 <Record action=\"/recorded\" timeout=\"3\"/>",
            ),
        },
        "/recorded" => twiml("<Say>Thank you, goodbye.</Say>"),
        "/speech" => twiml(
            "<Gather input=\"speech dtmf\" action=\"/heard\" speechTimeout=\"auto\">\
             <Say>Which department?</Say></Gather><Say>Nothing heard.</Say>",
        ),
        "/heard" => twiml(format!(
            "<Say>You said {}.</Say>",
            quick_xml::escape::escape(param("SpeechResult").as_str())
        )),
        "/empty-gather" => twiml(
            "<Gather action=\"/menu\" actionOnEmptyResult=\"true\" timeout=\"3\">\
             <Say>Anything?</Say></Gather><Say>Not reached.</Say>",
        ),
        "/digits" => twiml(
            "<Gather action=\"/got-digits\" finishOnKey=\"*\" timeout=\"4\"><Say>Enter your account number.</Say></Gather>\
             <Say>No account number.</Say>",
        ),
        "/default-action" => {
            if param("Digits").is_empty() {
                twiml("<Gather numDigits=\"2\"><Say>Two digits.</Say></Gather>")
            } else {
                twiml(format!("<Say>Got {}.</Say>", param("Digits")))
            }
        }
        "/got-digits" => twiml(format!("<Say>Account {}.</Say>", param("Digits"))),
        "/pause" => twiml("<Pause length=\"10\"/><Say>After the pause.</Say>"),
        "/reject" => twiml("<Reject reason=\"busy\"/><Say>Not reached.</Say>"),
        "/plain" => (
            [(header::CONTENT_TYPE, "text/plain")],
            "Hello from plain text",
        )
            .into_response(),
        "/forks" => twiml(
            "<Start><Stream url=\"wss://media.example.com/s\" name=\"live\" track=\"both_tracks\">\
             <Parameter name=\"tenant\" value=\"acme\"/></Stream>\
             <Recording recordingStatusCallback=\"/recording-status\"/>\
             <Transcription name=\"notes\" statusCallbackUrl=\"/status\"/>\
             <Siprec connectorName=\"recorder\" name=\"legal\"/></Start>\
             <Say>We are recording.</Say><Enqueue>support</Enqueue>\
             <Stop><Stream name=\"live\"/></Stop><Play>https://cdn.example.com/bye.mp3</Play>",
        ),
        "/ring-two" => twiml(
            "<Dial hangupOnStar=\"true\" timeLimit=\"60\" action=\"/dial-done\">\
             <Client>alice</Client><Sip>sip:bob@example.com</Sip></Dial>",
        ),
        "/voicemail-here" => {
            if param("RecordingUrl").is_empty() {
                twiml("<Record timeout=\"0\" maxLength=\"20\"/>")
            } else {
                twiml(format!(
                    "<Say>Saved {} seconds.</Say>",
                    param("RecordingDuration")
                ))
            }
        }
        "/moved" => (StatusCode::SEE_OTHER, [(header::LOCATION, "/fallback")]).into_response(),
        "/bounce" => (StatusCode::FOUND, [(header::LOCATION, "/bounce")]).into_response(),
        "/fallback" => twiml("<Say>Sorry, we are having trouble.</Say><Hangup/>"),
        "/fails" => (StatusCode::INTERNAL_SERVER_ERROR, "boom").into_response(),
        "/slow" => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            twiml("<Say>Too late.</Say>")
        }
        "/not-xml" => ([(header::CONTENT_TYPE, "text/xml")], "<Response><Say>").into_response(),
        "/wrong-root" => ([(header::CONTENT_TYPE, "text/xml")], "<Reply/>").into_response(),
        "/unknown-verb" => twiml("<Sayy>typo</Sayy><Say colour=\"red\">Still spoken.</Say>"),
        "/json" => (
            [(header::CONTENT_TYPE, "application/json")],
            "{\"say\":\"hi\"}",
        )
            .into_response(),
        "/huge" => twiml(format!("<Say>{}</Say>", "a".repeat(70 * 1024))),
        "/loop" => twiml("<Redirect>/loop</Redirect>"),
        _ => StatusCode::NO_CONTENT.into_response(),
    }
}
