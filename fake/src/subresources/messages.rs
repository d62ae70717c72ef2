//! User-defined messages sent to the call, and subscriptions to the call's messages.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::{Answer, CallView, Inside, timestamp};
use crate::call_state::{new_sid, now};
use crate::http_api::{Failure, Form};

#[derive(Debug)]
pub(super) struct Message {
    pub(super) sid: String,
    pub(super) idempotency_key: Option<String>,
    pub(super) created: DateTime<Utc>,
}

#[derive(Debug)]
pub(super) struct Subscription {
    pub(super) sid: String,
    pub(super) idempotency_key: Option<String>,
    pub(super) created: DateTime<Utc>,
}

pub(super) fn message_json(call: &CallView, m: &Message) -> Value {
    json!({
        "account_sid": call.account,
        "call_sid": call.sid,
        "sid": m.sid,
        "date_created": timestamp(m.created),
    })
}

pub(super) fn subscription_json(call: &CallView, s: &Subscription) -> Value {
    json!({
        "account_sid": call.account,
        "call_sid": call.sid,
        "sid": s.sid,
        "date_created": timestamp(s.created),
        "uri": call.uri("UserDefinedMessageSubscriptions", Some(&s.sid)),
    })
}

impl Inside {
    pub(super) fn send_message(
        &mut self,
        call: &CallView,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        let content = form
            .get("Content")
            .ok_or_else(|| Failure::bad_request(21201, "Content is required"))?;
        let key = form.get("IdempotencyKey");
        if let Some(existing) = key.and_then(|k| {
            self.messages
                .iter()
                .find(|m| m.idempotency_key.as_deref() == Some(k))
        }) {
            return Ok(Answer::json(201, message_json(call, existing)));
        }
        call.in_progress("a user-defined message")?;
        if serde_json::from_str::<Value>(content).is_err() {
            return Err(Failure::invalid("Content", "must be JSON"));
        }
        let message = Message {
            sid: new_sid("KX"),
            idempotency_key: key.map(str::to_owned),
            created: now(),
        };
        let body = message_json(call, &message);
        self.messages.push(message);
        Ok(Answer::json(201, body))
    }

    pub(super) fn subscribe(
        &mut self,
        call: &CallView,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        form.check_spec("CreateUserDefinedMessageSubscription")?;
        if form.get("Callback").is_none() {
            return Err(Failure::bad_request(21201, "Callback is required"));
        }
        let key = form.get("IdempotencyKey");
        if let Some(existing) = key.and_then(|k| {
            self.subscriptions
                .iter()
                .find(|s| s.idempotency_key.as_deref() == Some(k))
        }) {
            return Ok(Answer::json(201, subscription_json(call, existing)));
        }
        call.in_progress("a user-defined message subscription")?;
        let subscription = Subscription {
            sid: new_sid("ZY"),
            idempotency_key: key.map(str::to_owned),
            created: now(),
        };
        let body = subscription_json(call, &subscription);
        self.subscriptions.push(subscription);
        Ok(Answer::json(201, body))
    }
}
