//! Status callbacks: queued per call so each call's arrive in order, signed with the fake's
//! auth token, and recorded whether or not the receiver answered.

use std::collections::{HashSet, VecDeque};
use std::sync::Arc;

use twilio_calls::webhook::SIGNATURE_HEADER;

use super::Inner;
use super::call_state::Store;

/// A callback a transition owes, with its parameters fixed at the moment of the transition.
#[derive(Debug)]
pub(super) struct PendingCallback {
    pub call_sid: String,
    pub event: String,
    pub url: String,
    pub method: String,
    pub params: Vec<(String, String)>,
}

/// One call's callbacks waiting to be sent; a call has an outbox only while it has some.
#[derive(Debug, Default)]
pub(super) struct Outbox {
    queue: VecDeque<PendingCallback>,
}

/// A status callback the fake sent, or tried to.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallbackDelivery {
    /// The call it reports on.
    pub call_sid: String,
    /// The event: `initiated`, `ringing`, `answered` or `completed`.
    pub event: String,
    /// `GET` or `POST`.
    pub method: String,
    /// The URL requested (for `GET`, with the parameters in its query).
    pub url: String,
    /// The parameters sent, in order.
    pub params: Vec<(String, String)>,
    /// The `X-Twilio-Signature` sent.
    pub signature: String,
    /// The receiver's HTTP status, when it answered.
    pub status: Option<u16>,
    /// Why the delivery failed before an answer (connection refused, timeout, …).
    pub error: Option<String>,
}

impl CallbackDelivery {
    /// The value of parameter `name`.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the receiver answered with a 2xx status.
    pub fn delivered(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

impl Inner {
    /// Queues callbacks behind any the same call is still sending.
    pub(super) fn send_callbacks(
        self: &Arc<Self>,
        store: &mut Store,
        pending: Vec<PendingCallback>,
    ) {
        let mut idle = HashSet::new();
        for callback in pending {
            let sid = callback.call_sid.clone();
            let outbox = store.outboxes.entry(sid.clone()).or_insert_with(|| {
                idle.insert(sid);
                Outbox::default()
            });
            outbox.queue.push_back(callback);
        }
        for sid in idle {
            let inner = self.clone();
            self.spawn(async move { inner.drain(sid).await });
        }
    }

    async fn drain(self: Arc<Self>, sid: String) {
        loop {
            let next = {
                let mut store = self.store();
                match store
                    .outboxes
                    .get_mut(&sid)
                    .and_then(|o| o.queue.pop_front())
                {
                    Some(next) => next,
                    None => {
                        store.outboxes.remove(&sid);
                        self.settled.notify_waiters();
                        return;
                    }
                }
            };
            let delivery = self.deliver(next).await;
            let mut store = self.store();
            if !delivery.delivered() {
                // Twilio logs a callback its receiver did not take as a warning on the call.
                let notification =
                    super::subresources::log::Notification::callback_failed(&delivery);
                store
                    .inside
                    .entry(delivery.call_sid.clone())
                    .or_default()
                    .notify(notification);
            }
            super::engine::transcribe_callback(&store, &delivery);
            store.deliveries.push(delivery);
            drop(store);
            self.settled.notify_waiters();
        }
    }

    async fn deliver(&self, callback: PendingCallback) -> CallbackDelivery {
        let sent = self
            .request(&callback.method, &callback.url, &callback.params, None)
            .await;
        CallbackDelivery {
            call_sid: callback.call_sid,
            event: callback.event,
            method: callback.method,
            url: sent.url,
            params: callback.params,
            signature: sent.signature,
            status: sent.status,
            error: sent.error.map(|(_, message)| message),
        }
    }

    /// Makes one request as Twilio makes its webhooks: `POST` with the parameters as a form,
    /// or `GET` with them appended to the URL's query; signed with `X-Twilio-Signature` over
    /// the exact URL requested. Redirects are followed as a browser does, at most 10 (then
    /// 11215; a 3xx without a usable `Location` is 11216): each hop is a request of its own,
    /// signed over its own URL; 301, 302 and 303 become a `GET` without the parameters
    /// (Twilio does not send `Digits` again after a redirect), 307 and 308 repeat the
    /// request. With `read_limit`, reads the answer's body up to that many bytes and one
    /// more, all hops within the time given.
    pub(super) async fn request(
        &self,
        method: &str,
        url: &str,
        params: &[(String, String)],
        read_limit: Option<(usize, std::time::Duration)>,
    ) -> Sent {
        let deadline = read_limit.map(|(_, timeout)| tokio::time::Instant::now() + timeout);
        let mut hop = Hop {
            method: method.to_owned(),
            url: url.to_owned(),
            params: params.to_vec(),
        };
        let mut redirects = 0;
        let (mut sent, mut response) = loop {
            let (mut sent, response) = self.send_hop(&hop, deadline).await;
            let Some(response) = response else {
                return sent;
            };
            let status = response.status();
            if !status.is_redirection() {
                break (sent, response);
            }
            let location = response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .and_then(|l| reqwest::Url::parse(&sent.url).ok()?.join(l).ok());
            let repeat = matches!(status.as_u16(), 307 | 308);
            let Some(location) =
                location.filter(|_| repeat || matches!(status.as_u16(), 301..=303))
            else {
                sent.error = Some((
                    11216,
                    format!("{} answered {status} with no usable Location", sent.url),
                ));
                return sent;
            };
            redirects += 1;
            if redirects > MAX_REDIRECTS {
                sent.error = Some((
                    11215,
                    format!("more than {MAX_REDIRECTS} redirects, the last to {location}"),
                ));
                return sent;
            }
            hop = if repeat {
                Hop {
                    url: location.into(),
                    ..hop
                }
            } else {
                Hop {
                    method: "GET".to_owned(),
                    url: location.into(),
                    params: Vec::new(),
                }
            };
        };
        let Some((limit, _)) = read_limit else {
            return sent;
        };
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    let room = (limit + 1).saturating_sub(sent.body.len());
                    sent.body.extend_from_slice(&chunk[..chunk.len().min(room)]);
                    if sent.body.len() > limit {
                        break;
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    sent.error = Some((NO_ANSWER, error_chain(&e)));
                    break;
                }
            }
        }
        sent
    }

    /// Returns once no callback (of `sid`, or of any call) is waiting or being sent.
    pub(super) async fn settle(&self, sid: Option<&str>) {
        loop {
            let notified = self.settled.notified();
            let mut notified = std::pin::pin!(notified);
            notified.as_mut().enable();
            let busy = {
                let store = self.store();
                match sid {
                    Some(sid) => store.outboxes.contains_key(sid),
                    None => !store.outboxes.is_empty(),
                }
            };
            if !busy {
                return;
            }
            notified.await;
        }
    }
}

/// Twilio follows at most ten redirects.
const MAX_REDIRECTS: usize = 10;

/// One request of a redirect chain.
struct Hop {
    method: String,
    url: String,
    params: Vec<(String, String)>,
}

impl Inner {
    /// Sends one hop, signed; the response, unless it failed (then `Sent` says why).
    async fn send_hop(
        &self,
        hop: &Hop,
        deadline: Option<tokio::time::Instant>,
    ) -> (Sent, Option<reqwest::Response>) {
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&hop.params)
            .finish();
        let (url, signature, request) = if hop.method == "GET" {
            let url = if hop.params.is_empty() {
                hop.url.clone()
            } else {
                let separator = if hop.url.contains('?') { '&' } else { '?' };
                format!("{}{separator}{encoded}", hop.url)
            };
            let no_params: [(&str, &str); 0] = [];
            let signature = self.validator.sign(&url, no_params);
            let request = self.http.get(&url);
            (url, signature, request)
        } else {
            let signature = self.validator.sign(&hop.url, &hop.params);
            let request = self
                .http
                .post(&hop.url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(encoded);
            (hop.url.clone(), signature, request)
        };
        let mut request = request
            .header(SIGNATURE_HEADER, &signature)
            .header("user-agent", "TwilioProxy/1.1")
            .header(
                "i-twilio-idempotency-token",
                super::call_state::new_secret(),
            );
        if let Some(deadline) = deadline {
            request =
                request.timeout(deadline.saturating_duration_since(tokio::time::Instant::now()));
        }
        let mut sent = Sent {
            url,
            signature,
            status: None,
            content_type: None,
            body: Vec::new(),
            error: None,
        };
        match request.send().await {
            Ok(response) => {
                sent.status = Some(response.status().as_u16());
                sent.content_type = response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                (sent, Some(response))
            }
            Err(e) => {
                sent.error = Some((NO_ANSWER, error_chain(&e)));
                (sent, None)
            }
        }
    }
}

/// A request made and what came back.
pub(super) struct Sent {
    /// The URL requested (with the query, for `GET`).
    pub url: String,
    pub signature: String,
    pub status: Option<u16>,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    /// Twilio's error code for a request that got no (whole) answer, and why.
    pub error: Option<(u32, String)>,
}

/// Twilio's code for a request that got no answer (refused, timed out, reset).
const NO_ANSWER: u32 = 11205;

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}
