//! The call's log: its notifications (warnings and errors Twilio logged) and its events
//! (the requests Twilio made and their answers).

use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use super::{Answer, CallView, DayFilters, Inside, page, snake, timestamp};
use crate::API_VERSION;
use crate::call_state::{new_sid, now};
use crate::http_api::{Failure, Form};

/// A notification: a warning or error Twilio logged on the call.
#[derive(Debug)]
pub(crate) struct Notification {
    pub sid: String,
    pub created: DateTime<Utc>,
    pub error_code: u32,
    /// `0` error, `1` warning.
    pub log: u8,
    pub message: String,
    pub request_url: String,
    pub request_method: String,
}

impl Notification {
    /// Twilio's warning 15003 for a status callback its receiver answered with an error
    /// status or not at all.
    pub(crate) fn callback_failed(delivery: &crate::CallbackDelivery) -> Self {
        let answer = match (delivery.status, &delivery.error) {
            (Some(status), _) => format!("Got HTTP {status} response to {}", delivery.url),
            (None, Some(error)) => format!("No response from {}: {error}", delivery.url),
            (None, None) => format!("No response from {}", delivery.url),
        };
        let message = form_urlencoded::Serializer::new(String::new())
            .append_pair("statusCallback", &delivery.url)
            .append_pair("ErrorCode", "15003")
            .append_pair("LogLevel", "WARN")
            .append_pair("Msg", &answer)
            .finish();
        Self {
            sid: new_sid("NO"),
            created: now(),
            error_code: 15003,
            log: 1,
            message,
            request_url: delivery.url.clone(),
            request_method: delivery.method.clone(),
        }
    }
}

pub(super) fn notification_json(call: &CallView, n: &Notification, instance: bool) -> Value {
    let mut value = json!({
        "account_sid": call.account,
        "api_version": API_VERSION,
        "call_sid": call.sid,
        "date_created": timestamp(n.created),
        "date_updated": timestamp(n.created),
        "error_code": n.error_code.to_string(),
        "log": n.log.to_string(),
        "message_date": timestamp(n.created),
        "message_text": n.message,
        "more_info": format!("https://www.twilio.com/docs/errors/{}", n.error_code),
        "request_method": n.request_method,
        "request_url": n.request_url,
        "sid": n.sid,
        "uri": call.uri("Notifications", Some(&n.sid)),
    });
    if instance {
        value["request_variables"] = Value::String(String::new());
        value["response_body"] = Value::String(String::new());
        value["response_headers"] = Value::String(String::new());
    }
    value
}

impl Inside {
    pub(super) fn list_notifications(
        &self,
        call: &CallView,
        query: &[(String, String)],
    ) -> Result<Answer, Failure> {
        let q = Form(query);
        let log = match q.get("Log") {
            None => None,
            Some(v) => Some(
                v.parse::<u8>()
                    .ok()
                    .filter(|l| *l <= 1)
                    .ok_or_else(|| Failure::invalid("Log", "0 or 1"))?,
            ),
        };
        let dated = DayFilters::read(&q, "MessageDate")?;
        let items: Vec<Value> = self
            .notifications
            .iter()
            .rev()
            .filter(|n| log.is_none_or(|l| n.log == l) && dated.match_day(n.created))
            .map(|n| notification_json(call, n, false))
            .collect();
        Ok(Answer::json(
            200,
            page(call, "Notifications", "notifications", &items, query)?,
        ))
    }

    /// Records an API request made on the call, as its Events resource shows it.
    pub(crate) fn record_event(
        &mut self,
        method: &str,
        url: &str,
        form: &[(String, String)],
        status: u16,
        body: &str,
    ) {
        let mut parameters = Map::new();
        for (key, value) in form {
            parameters.insert(snake(key), Value::String(value.clone()));
        }
        self.events.push(json!({
            "request": {"method": method, "url": url, "parameters": parameters},
            "response": {
                "response_code": status,
                // The fake answers at once.
                "request_duration": 0,
                "content_type": "application/json",
                "response_body": body,
            },
        }));
    }

    /// Logs a notification (a callback the receiver did not take, say).
    pub(crate) fn notify(&mut self, notification: Notification) {
        self.notifications.push(notification);
    }
}
