//! Twilio's side of the real-time WebSockets a call opens to the app: Media Streams
//! (`<Connect><Stream>`, `<Start><Stream>`, streams created through the REST API) and
//! ConversationRelay (`<Connect><ConversationRelay>`), written from Twilio's documentation
//! (`../shared/reference/realtime-protocols.md`), not from the SDK's types.
//!
//! FakeTwilio connects to the URL it is given as it is, `ws://` included (Twilio takes only
//! `wss://`), so that tests can run apps on loopback without certificates; it signs the
//! upgrade with `X-Twilio-Signature` over exactly that URL.

pub(crate) mod conversation_relay;
pub(crate) mod media_stream;

use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;

use crate::Inner;

/// A WebSocket to the app, open.
pub(crate) type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Opens a WebSocket to `url`, signed as Twilio signs it (the URL, no parameters); Twilio's
/// 31920 when the handshake fails.
pub(crate) async fn connect(inner: &Inner, url: &str) -> Result<Socket, (u32, String)> {
    let mut request = url
        .into_client_request()
        .map_err(|e| (31920, format!("cannot connect to {url}: {e}")))?;
    let no_params: [(&str, &str); 0] = [];
    let signature = inner.validator.sign(url, no_params);
    let headers = request.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&signature) {
        headers.insert(twilio_calls::webhook::SIGNATURE_HEADER, value);
    }
    // Small frames go out at once, as real-time audio needs (no Nagle).
    let connecting = tokio_tungstenite::connect_async_with_config(request, None, true);
    match tokio::time::timeout(inner.webhook_timeout, connecting).await {
        Ok(Ok((socket, _))) => Ok(socket),
        Ok(Err(e)) => Err((31920, format!("WebSocket handshake with {url} failed: {e}"))),
        Err(_) => Err((31901, format!("WebSocket connection to {url} timed out"))),
    }
}

/// A JSON string.
pub(crate) fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// A JSON object of string values, in order (custom parameters).
pub(crate) fn object(pairs: &[(String, String)]) -> String {
    let members: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}:{}", quote(k), quote(v)))
        .collect();
    format!("{{{}}}", members.join(","))
}

/// The `<Parameter name value>` children of a noun, in order.
pub(crate) fn parameters(noun: &crate::twiml::Element) -> Vec<(String, String)> {
    noun.children
        .iter()
        .filter(|c| c.name == "Parameter")
        .filter_map(|p| {
            Some((
                p.attribute("name")?.to_owned(),
                p.attribute("value").unwrap_or("").to_owned(),
            ))
        })
        .collect()
}

/// A unidirectional stream running (`<Start><Stream>`, or created through the REST API).
pub(crate) struct OpenStream {
    pub call_sid: String,
    pub stream_sid: String,
    pub name: Option<String>,
    pub control: tokio::sync::mpsc::UnboundedSender<media_stream::Control>,
}

/// `url` resolved against the document's URL, with `http`/`https` written `ws`/`wss`.
pub(crate) fn websocket_url(base: Option<&str>, url: &str) -> String {
    let resolved = base
        .and_then(|b| reqwest::Url::parse(b).ok())
        .and_then(|b| b.join(url).ok())
        .map_or_else(|| url.to_owned(), String::from);
    if let Some(rest) = resolved.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = resolved.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        resolved
    }
}

impl Inner {
    /// Opens the stream a create answered (`body`, from `form`): its WebSocket, until it is
    /// stopped or the call ends. Its state and callbacks stay the subresource's.
    pub(crate) fn open_stream(
        self: &std::sync::Arc<Self>,
        store: &mut crate::call_state::Store,
        call_sid: &str,
        body: &serde_json::Value,
        form: &[(String, String)],
    ) {
        let get = |name: &str| {
            form.iter()
                .find(|(k, v)| k == name && !v.is_empty())
                .map(|(_, v)| v.clone())
        };
        let (Some(url), Some(stream_sid), Some(call)) = (
            get("Url"),
            body["sid"].as_str().map(str::to_owned),
            store.find(call_sid),
        ) else {
            return;
        };
        let tracks = match get("Track").as_deref() {
            Some("outbound_track") => vec!["outbound"],
            Some("both_tracks") => vec!["inbound", "outbound"],
            _ => vec!["inbound"],
        };
        let mut parameters = Vec::new();
        for n in 1..=99 {
            if let Some(name) = get(&format!("Parameter{n}.Name")) {
                let value = get(&format!("Parameter{n}.Value")).unwrap_or_default();
                parameters.push((name, value));
            }
        }
        let config = media_stream::StreamConfig {
            url,
            stream_sid: stream_sid.clone(),
            account_sid: call.account_sid.clone(),
            call_sid: call_sid.to_owned(),
            tracks,
            parameters,
            bidirectional: false,
        };
        let shared = store
            .sessions
            .get(call_sid)
            .cloned()
            .unwrap_or_else(crate::engine::Shared::detached);
        shared.stream_connecting();
        let (control, control_rx) = tokio::sync::mpsc::unbounded_channel();
        store.media_streams.push(OpenStream {
            call_sid: call_sid.to_owned(),
            stream_sid: stream_sid.clone(),
            name: get("Name"),
            control,
        });
        let inner = self.clone();
        let call_sid = call_sid.to_owned();
        self.spawn(async move {
            let reporter = inner.clone();
            let reported = call_sid.clone();
            let end = media_stream::run(
                inner.clone(),
                shared,
                config,
                control_rx,
                move |code, message| {
                    crate::engine::report(&reporter, &reported, code, &message);
                },
            )
            .await;
            if let media_stream::StreamEnd::Failed(code, message) = &end {
                crate::engine::report(&inner, &call_sid, *code, message);
            }
            let mut store = inner.store();
            store.media_streams.retain(|s| s.stream_sid != stream_sid);
        });
    }

    /// Stops the call's running streams: the one named or with this SID, or all.
    pub(crate) fn stop_streams(
        store: &mut crate::call_state::Store,
        call_sid: &str,
        which: Option<&str>,
    ) {
        for stream in store.media_streams.iter().filter(|s| {
            s.call_sid == call_sid
                && which.is_none_or(|w| s.stream_sid == w || s.name.as_deref() == Some(w))
        }) {
            let _ = stream.control.send(media_stream::Control::Stop);
        }
    }
}
