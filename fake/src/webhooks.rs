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
                let notification = super::subresources::Notification::callback_failed(&delivery);
                store
                    .inside
                    .entry(delivery.call_sid.clone())
                    .or_default()
                    .notify(notification);
            }
            store.deliveries.push(delivery);
            drop(store);
            self.settled.notify_waiters();
        }
    }

    async fn deliver(&self, callback: PendingCallback) -> CallbackDelivery {
        let validator = &self.validator;
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&callback.params)
            .finish();
        let (url, signature, request) = if callback.method == "GET" {
            let separator = if callback.url.contains('?') { '&' } else { '?' };
            let url = format!("{}{separator}{encoded}", callback.url);
            let no_params: [(&str, &str); 0] = [];
            let signature = validator.sign(&url, no_params);
            let request = self.http.get(&url);
            (url, signature, request)
        } else {
            let signature = validator.sign(&callback.url, &callback.params);
            let request = self
                .http
                .post(&callback.url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(encoded);
            (callback.url.clone(), signature, request)
        };
        let result = request
            .header(SIGNATURE_HEADER, &signature)
            .header("user-agent", "TwilioProxy/1.1")
            .send()
            .await;
        let (status, error) = match result {
            Ok(response) => (Some(response.status().as_u16()), None),
            Err(e) => (None, Some(error_chain(&e))),
        };
        CallbackDelivery {
            call_sid: callback.call_sid,
            event: callback.event,
            method: callback.method,
            url,
            params: callback.params,
            signature,
            status,
            error,
        }
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
