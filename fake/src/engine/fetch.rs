//! The requests a call makes to the app (voice, action, redirect, fallback), what their
//! answers become, and Twilio's application error.

use twilio_calls::CallStatus;

use super::verbs::method_of;
use super::{APPLICATION_ERROR, Flow, Loaded, Session};
use crate::transcript::{EndReason, Exchange, RequestKind, Step};
use crate::twiml::{self, Document, Element, MAX_DOCUMENT_BYTES};

impl Session {
    // ---- requests ----

    /// Requests a verb's `action` (the current document when `default_here` and none is
    /// given) with `params`, and runs what comes back.
    pub(super) async fn act(
        &mut self,
        verb: &Element,
        default_here: bool,
        params: &[(&str, String)],
    ) -> Flow {
        let target = match verb.attribute("action") {
            Some(action) => action.to_owned(),
            None if default_here => match &self.document_url {
                Some(url) => url.clone(),
                None => return self.no_base(verb).await,
            },
            None => return Flow::Next,
        };
        let url = match self.resolve(&target) {
            Ok(url) => url,
            Err(flow) => return flow,
        };
        let method = method_of(verb, "method");
        self.load(RequestKind::Action, &method, &url, params).await
    }

    /// The caller hung up during `verb`: its action is still requested (with
    /// `CallStatus=completed`; the answer is not run), then the call ends.
    pub(super) async fn after_hang_up(
        &mut self,
        verb: &Element,
        default_here: bool,
        params: &[(&str, String)],
    ) -> Flow {
        self.call_status = "completed";
        let target = verb
            .attribute("action")
            .map(str::to_owned)
            .or_else(|| default_here.then(|| self.document_url.clone()).flatten());
        if let Some(target) = target
            && let Ok(url) = reqwest::Url::parse(self.document_url.as_deref().unwrap_or(""))
                .and_then(|base| base.join(&target))
                .or_else(|_| reqwest::Url::parse(&target))
        {
            let method = method_of(verb, "method");
            let _ = self
                .request(RequestKind::Action, &method, url.as_str(), params)
                .await;
        }
        self.finish(CallStatus::Completed, EndReason::CallerHungUp)
    }

    pub(super) async fn no_base(&mut self, verb: &Element) -> Flow {
        let message = format!(
            "<{}> needs an absolute action URL: the call's TwiML was given inline, so there \
             is no document URL to resolve against",
            verb.name
        );
        self.log(11100, &message, "", "POST");
        self.application_error(11100).await
    }

    /// `target` resolved against the current document's URL.
    pub(super) fn resolve(&mut self, target: &str) -> Result<String, Flow> {
        let resolved = match &self.document_url {
            Some(base) => reqwest::Url::parse(base).and_then(|b| b.join(target)),
            None => reqwest::Url::parse(target),
        };
        match resolved {
            Ok(url) if matches!(url.scheme(), "http" | "https") => Ok(url.into()),
            _ => {
                let message = format!("Invalid URL {target:?}");
                self.log(11100, &message, target, "POST");
                self.notice(Some(11100), message);
                Err(self.finish(CallStatus::Completed, EndReason::ApplicationError(11100)))
            }
        }
    }

    /// Requests `url` and runs what comes back, or falls back, or gives up.
    pub(super) async fn load(
        &mut self,
        kind: RequestKind,
        method: &str,
        url: &str,
        params: &[(&str, String)],
    ) -> Flow {
        let loaded = self.request(kind, method, url, params).await;
        self.take(loaded, url).await
    }

    /// A document loaded, or the fallback URL requested with `ErrorCode` and `ErrorUrl`
    /// (documents from it run), or Twilio's application-error message and a hang-up.
    pub(super) async fn take(&mut self, loaded: Loaded, url: &str) -> Flow {
        let (code, message) = match loaded {
            Ok((document, url)) => return Flow::Load(document, url),
            Err(error) => error,
        };
        self.notice(Some(code), message);
        if let Some((fallback, method)) = self.fallback.clone() {
            let params = [
                ("ErrorCode", code.to_string()),
                ("ErrorUrl", url.to_owned()),
            ];
            match self
                .request(RequestKind::Fallback, &method, &fallback, &params)
                .await
            {
                Ok((document, url)) => return Flow::Load(document, url),
                Err((code, message)) => {
                    self.notice(Some(code), message);
                    return self.application_error(code).await;
                }
            }
        }
        self.application_error(code).await
    }

    /// Makes one request about the call and reads its answer as TwiML.
    pub(super) async fn request(
        &mut self,
        kind: RequestKind,
        method: &str,
        url: &str,
        extra: &[(&str, String)],
    ) -> Loaded {
        let mut params = {
            let store = self.inner.store();
            match store.find(&self.sid) {
                Some(call) => call.request_params(self.call_status),
                None => return Err((0, "the call was deleted".to_owned())),
            }
        };
        params.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
        params.sort_by(|a, b| a.0.cmp(&b.0));
        let method = if method == "GET" { "GET" } else { "POST" };
        let started = std::time::Instant::now();
        let sent = self
            .inner
            .request(
                method,
                url,
                &params,
                Some((MAX_DOCUMENT_BYTES, self.inner.webhook_timeout)),
            )
            .await;
        let answer = String::from_utf8_lossy(&sent.body).into_owned();
        let exchange = Exchange {
            at: self.now,
            kind,
            method: method.to_owned(),
            url: sent.url.clone(),
            params,
            signature: sent.signature.clone(),
            status: sent.status,
            content_type: sent.content_type.clone(),
            answer,
            error: sent.error.as_ref().map(|(_, m)| m.clone()),
            took: started.elapsed(),
        };
        self.push(Step::Request(exchange));
        let failed =
            |code: u32, message: String| Err::<(Document, Option<String>), _>((code, message));
        let result = match (&sent.error, sent.status) {
            (Some((code, message)), _) => failed(*code, format!("{url}: {message}")),
            (None, Some(status)) if !(200..300).contains(&status) => failed(
                11200,
                format!("HTTP retrieval failure: {url} answered {status}"),
            ),
            _ => match twiml::read(sent.content_type.as_deref(), &sent.body, &sent.url) {
                Ok(document) => {
                    self.warn(&document, url);
                    Ok((document, Some(sent.url.clone())))
                }
                Err(failure) => failed(failure.code, format!("{url}: {}", failure.message)),
            },
        };
        if let Err((code, message)) = &result {
            self.log(*code, message, url, method);
        }
        // A document's URL is the one asked for, before any query Twilio added for GET.
        result.map(|(document, _)| (document, Some(url.to_owned())))
    }

    /// Twilio's application-error message, then a hang-up.
    pub(super) async fn application_error(&mut self, code: u32) -> Flow {
        self.answer();
        let say = Element {
            name: "Say".to_owned(),
            text: APPLICATION_ERROR.to_owned(),
            ..Element::default()
        };
        self.heard(&say, false);
        self.finish(CallStatus::Completed, EndReason::ApplicationError(code))
    }
}
