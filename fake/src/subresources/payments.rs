//! Payment sessions (`<Pay>` through the REST API): started and updated.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use twilio_calls::OperationDescription;

use super::{Answer, CallView, Inside, timestamp};
use crate::call_state::{new_sid, now};
use crate::http_api::{Failure, Form};

#[derive(Debug)]
pub(super) struct Payment {
    pub(super) sid: String,
    pub(super) idempotency_key: String,
    pub(super) created: DateTime<Utc>,
    pub(super) updated: DateTime<Utc>,
    /// `Capture` asked so far, and whether the session is over.
    pub(super) captured: Vec<String>,
    pub(super) done: bool,
}

pub(super) fn payment_json(call: &CallView, p: &Payment) -> Value {
    json!({
        "account_sid": call.account,
        "call_sid": call.sid,
        "sid": p.sid,
        "date_created": timestamp(p.created),
        "date_updated": timestamp(p.updated),
        "uri": call.uri("Payments", Some(&p.sid)),
    })
}

impl Inside {
    pub(super) fn start_payment(
        &mut self,
        call: &CallView,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        form.check_spec("CreatePayments")?;
        let key = form
            .get("IdempotencyKey")
            .ok_or_else(|| Failure::bad_request(21201, "IdempotencyKey is required"))?;
        if form.get("StatusCallback").is_none() {
            return Err(Failure::bad_request(21201, "StatusCallback is required"));
        }
        // The same key is the same session: Twilio deduplicates it.
        if let Some(existing) = self.payments.iter().find(|p| p.idempotency_key == key) {
            return Ok(Answer::json(201, payment_json(call, existing)));
        }
        call.in_progress("a payment")?;
        if let Some(amount) = form.get("ChargeAmount") {
            let valid = amount
                .parse::<f64>()
                .is_ok_and(|a| (0.0..1_000_000.0).contains(&a));
            if !valid {
                return Err(Failure::invalid(
                    "ChargeAmount",
                    "a decimal from 0 to less than 1,000,000",
                ));
            }
        }
        let method = form.get("PaymentMethod").unwrap_or("credit-card");
        if !matches!(method, "credit-card" | "ach-debit") {
            return Err(Failure::invalid(
                "PaymentMethod",
                "credit-card or ach-debit",
            ));
        }
        if method == "ach-debit" && form.get("Parameter").is_none() {
            return Err(Failure::invalid(
                "Parameter",
                "is required for ACH payments",
            ));
        }
        if let Some(length) = form.get("MinPostalCodeLength")
            && length.parse::<u32>().is_err()
        {
            return Err(Failure::invalid(
                "MinPostalCodeLength",
                "a positive whole number",
            ));
        }
        if let Some(input) = form.get("Input")
            && input != "dtmf"
        {
            return Err(Failure::invalid("Input", "only dtmf is supported"));
        }
        let at = now();
        let payment = Payment {
            sid: new_sid("PK"),
            idempotency_key: key.to_owned(),
            created: at,
            updated: at,
            captured: Vec::new(),
            done: false,
        };
        let body = payment_json(call, &payment);
        self.payments.push(payment);
        Ok(Answer::json(201, body))
    }

    pub(super) fn update_payment(
        &mut self,
        call: &CallView,
        sid: &str,
        form: &Form<'_>,
    ) -> Result<Answer, Failure> {
        form.check_spec("UpdatePayments")?;
        if form.get("IdempotencyKey").is_none() {
            return Err(Failure::bad_request(21201, "IdempotencyKey is required"));
        }
        if form.get("StatusCallback").is_none() {
            return Err(Failure::bad_request(21201, "StatusCallback is required"));
        }
        let payment = self
            .payments
            .iter_mut()
            .find(|p| p.sid == sid)
            .ok_or_else(|| Failure::not_found(&call.uri("Payments", Some(sid))))?;
        let capture = form.get("Capture");
        let status = form.get("Status");
        match (capture, status) {
            (Some(_), Some(_)) | (None, None) => {
                return Err(Failure::invalid(
                    "Capture",
                    "give exactly one of Capture or Status",
                ));
            }
            (Some(capture), None) => {
                // The values the spec lists, so that a regen that adds one (as twilio-oai
                // added the `…-matcher` ones) reaches the fake too.
                let captures = OperationDescription::find("UpdatePayments")
                    .and_then(|op| op.parameter("Capture"))
                    .map_or(&[][..], |p| p.values);
                if !captures.contains(&capture) {
                    return Err(Failure::invalid(
                        "Capture",
                        &format!("one of {}", captures.join(", ")),
                    ));
                }
                if payment.done {
                    return Err(Failure::bad_request(
                        21220,
                        "Invalid payment state: the session is over",
                    ));
                }
                payment.captured.push(capture.to_owned());
            }
            (None, Some(status)) => {
                if !matches!(status, "complete" | "cancel") {
                    return Err(Failure::invalid("Status", "complete or cancel"));
                }
                payment.done = true;
            }
        }
        payment.updated = now();
        Ok(Answer::json(202, payment_json(call, payment)))
    }
}
