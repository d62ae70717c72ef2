//! The call flows a test starts: numbers and their inbound calls, and answering a call
//! created through the API; each returns the [`Caller`] that acts as the person on the phone.

use twilio_calls::CallStatus;

use crate::call_state::{self, Instructions};
use crate::{Caller, CallerError, FakeTwilio, IncomingNumber, engine};

impl FakeTwilio {
    /// Adds a phone number to the account, with where its inbound calls' TwiML comes from.
    /// Adding a number again replaces it. Its configuration is checked when a call comes in
    /// ([`incoming_call`](Self::incoming_call)).
    pub fn add_number(&self, number: IncomingNumber) {
        self.inner
            .store()
            .numbers
            .insert(number.number.clone(), number);
    }

    /// A call from `from` to `to`, one of the account's numbers
    /// ([`add_number`](Self::add_number)): it rings while Twilio asks the number's voice URL
    /// for TwiML (`CallStatus=ringing`, `Direction=inbound`), is answered by the first verb
    /// that runs, and goes on as the app's documents say. Returns the caller, to act as the
    /// person on the phone.
    ///
    /// Fails when `to` is not a number of the account, or its configuration is not one Twilio
    /// would take (the error names the field).
    pub async fn incoming_call(
        &self,
        from: impl Into<String>,
        to: impl Into<String>,
    ) -> Result<Caller, CallerError> {
        let (from, to) = (from.into(), to.into());
        let refuse = |message: String| CallerError::new(message, Default::default());
        let mut store = self.inner.store();
        let number = store.numbers.get(&to).cloned().ok_or_else(|| {
            refuse(format!(
                "{to} is not a number of this account: add it with FakeTwilio::add_number"
            ))
        })?;
        number
            .check()
            .map_err(|e| refuse(format!("number {to}: {e}")))?;
        let url = number
            .voice_url
            .clone()
            .ok_or_else(|| refuse(format!("number {to} has no voice URL to ask for TwiML")))?;
        let account = store.accounts[0].clone();
        let callback = number
            .status_callback
            .clone()
            .map(|url| call_state::StatusCallbackTarget {
                url,
                method: number.status_callback_method.clone(),
                // A number's callback is told only that the call completed.
                events: vec!["completed".to_owned()],
            });
        let instructions = Instructions::Url {
            url,
            method: number.voice_method.clone(),
        };
        let mut call =
            call_state::CallEntry::new(&account, to, from, instructions.clone(), callback, false);
        call.direction = twilio_calls::CallDirection::Inbound;
        call.fallback = number
            .voice_fallback_url
            .clone()
            .map(|url| (url, number.voice_fallback_method.clone()));
        call.driven = true;
        // An inbound call has no queued state: it arrives ringing.
        call.status = CallStatus::Ringing;
        call.start = Some(call.created);
        call.queue_time_ms = Some(0);
        // The number's callback counts the events it is not told of (ringing was the first).
        call.sequence = 1;
        let sid = store.insert(call).sid.clone();
        drop(store);
        self.start_caller(&sid, instructions)
    }

    /// Answers outbound call `sid` (created through the API, still queued or ringing) now,
    /// sending the status callbacks it asked for, and runs its `Url` or `Twiml`
    /// (`CallStatus=in-progress`, `Direction=outbound-api`, the call's `FallbackUrl` on
    /// failure). Returns the caller: the person who picked up.
    pub async fn answer(&self, sid: &str) -> Result<Caller, CallerError> {
        let refuse = |message: String| CallerError::new(message, Default::default());
        let instructions = {
            let mut store = self.inner.store();
            let call = store
                .find_mut(sid)
                .ok_or_else(|| refuse(format!("the fake holds no call {sid}")))?;
            if call.status == CallStatus::InProgress || call.is_final() {
                return Err(refuse(format!(
                    "call {sid} is {}: only a queued or ringing call can be answered",
                    call.status
                )));
            }
            call.driven = true;
            let instructions = call.instructions.clone();
            self.inner
                .advance_locked(&mut store, sid, CallStatus::InProgress)
                .map_err(|e| refuse(e.to_string()))?;
            instructions
        };
        self.inner.settle(Some(sid)).await;
        self.start_caller(sid, instructions)
    }

    fn start_caller(&self, sid: &str, instructions: Instructions) -> Result<Caller, CallerError> {
        let start = engine::Start {
            instructions,
            auto: false,
        };
        let shared = self
            .inner
            .run_call(sid, start)
            .ok_or_else(|| CallerError::new(format!("call {sid} is gone"), Default::default()))?;
        Ok(Caller::new(sid.to_owned(), shared))
    }
}
