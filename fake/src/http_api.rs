//! The HTTP side: connections, scripted faults, authentication, routing, the Calls'
//! own operations (those inside a call are `subresources`), and Twilio's response and error
//! bodies.

use std::sync::atomic::Ordering;
use std::sync::{Arc, LazyLock};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode, header};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use twilio_calls::{Call, CallPage, CallStatus, OperationDescription};

use super::call_state::{CallEntry, Instructions, StatusCallbackTarget, Store, is_sid, new_sid};
use super::{API_VERSION, Fault, Inner, ReceivedRequest, auth, list, magic};

type Body = Full<Bytes>;

/// Accepts connections until the fake is dropped (which aborts this task).
pub(super) async fn serve(listener: tokio::net::TcpListener, inner: Arc<Inner>) {
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of descriptors or similar: back off instead of spinning.
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                continue;
            }
        };
        inner.connections.fetch_add(1, Ordering::Relaxed);
        let connection = inner.clone();
        inner.spawn(async move {
            let service = service_fn(move |request| handle(connection.clone(), request));
            // A dropped connection ends here with an error, as intended.
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Returned by the service to make hyper close the connection without answering.
#[derive(Debug)]
struct DropConnection;

impl std::fmt::Display for DropConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by a scripted fault")
    }
}

impl std::error::Error for DropConnection {}

/// Counts the request in flight while it is answered, and reports the count as Twilio does
/// (`Twilio-Concurrent-Requests`).
async fn handle(
    inner: Arc<Inner>,
    request: Request<Incoming>,
) -> Result<Response<Body>, DropConnection> {
    struct InFlight(Arc<Inner>);
    impl Drop for InFlight {
        fn drop(&mut self) {
            self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
        }
    }
    let count = inner.in_flight.fetch_add(1, Ordering::Relaxed) + 1;
    let _in_flight = InFlight(inner.clone());
    let (over, latency) = {
        let mut store = inner.store();
        let limits = &mut store.limits;
        limits.most_in_flight = limits.most_in_flight.max(count);
        let over = limits.max_in_flight.is_some_and(|max| count > max);
        limits.refused += usize::from(over);
        (over, limits.latency)
    };
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let mut response = if over {
        // Twilio's concurrency limit: refused, not processed.
        Failure::new(429, 20429, "Too Many Requests").response()
    } else {
        answer(inner, request).await?
    };
    response
        .headers_mut()
        .insert("twilio-concurrent-requests", count.into());
    Ok(response)
}

async fn answer(
    inner: Arc<Inner>,
    request: Request<Incoming>,
) -> Result<Response<Body>, DropConnection> {
    let (parts, body) = request.into_parts();
    let body = body.collect().await.map_err(|_| DropConnection)?.to_bytes();
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        });
    let received = ReceivedRequest {
        method: parts.method.to_string(),
        path: parts.uri.path().to_owned(),
        query: pairs(parts.uri.query().unwrap_or("").as_bytes()),
        form: if is_form { pairs(&body) } else { Vec::new() },
        headers: parts
            .headers
            .iter()
            .filter(|(name, _)| *name != header::AUTHORIZATION)
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                (name.as_str().to_owned(), value)
            })
            .collect(),
        fault: None,
    };
    let fault = {
        let mut store = inner.store();
        let fault = store.faults.pop_front();
        store.requests.push(ReceivedRequest {
            fault: fault.clone(),
            ..received.clone()
        });
        fault
    };
    let answer = |inner: &Arc<Inner>| {
        let arrived = auth::Arrived::new(&parts, &body);
        respond(inner, &arrived, &received).unwrap_or_else(Failure::response)
    };
    match fault {
        None => Ok(answer(&inner)),
        Some(Fault::TooManyRequests { retry_after }) => {
            let mut failure = Failure::new(429, 20429, "Too Many Requests");
            if let Some(value) = retry_after {
                failure.retry_after = Some(value);
            }
            Ok(failure.response())
        }
        Some(Fault::ServerError(status)) => {
            let status = if (500..600).contains(&status) {
                status
            } else {
                500
            };
            Ok(Failure::new(status, 20500, "An internal server error has occurred").response())
        }
        Some(Fault::Delay(delay)) => {
            // Processed after the delay even if the client has given up and closed the
            // connection (which drops this future): Twilio does not notice a client leaving.
            let (tx, rx) = tokio::sync::oneshot::channel();
            let worker = inner.clone();
            inner.spawn(async move {
                tokio::time::sleep(delay).await;
                let arrived = auth::Arrived::new(&parts, &body);
                let response =
                    respond(&worker, &arrived, &received).unwrap_or_else(Failure::response);
                let _ = tx.send(response);
            });
            rx.await.map_err(|_| DropConnection)
        }
        Some(Fault::Drop) => Err(DropConnection),
        Some(Fault::DropAfterProcessing) => {
            drop(answer(&inner));
            Err(DropConnection)
        }
    }
}

fn pairs(encoded: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(encoded).into_owned().collect()
}

/// A Twilio error answer.
#[derive(Debug)]
pub(super) struct Failure {
    status: u16,
    code: u32,
    message: String,
    detail: Option<&'static str>,
    retry_after: Option<String>,
}

impl Failure {
    pub(super) fn new(status: u16, code: u32, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            detail: None,
            retry_after: None,
        }
    }

    /// With Twilio's `detail` line.
    pub(super) fn detail(mut self, detail: &'static str) -> Self {
        self.detail = Some(detail);
        self
    }

    pub(super) fn bad_request(code: u32, message: impl Into<String>) -> Self {
        Self::new(400, code, message)
    }

    /// 20001 for a parameter whose value breaks `rule`.
    pub(super) fn invalid(name: &str, rule: &str) -> Self {
        Self::bad_request(20001, format!("Invalid {name}: {rule}"))
    }

    pub(super) fn not_found(path: &str) -> Self {
        Self::new(
            404,
            20404,
            format!("The requested resource {path} was not found"),
        )
    }

    /// Twilio's error code and message.
    pub(super) fn code_and_message(&self) -> (u32, String) {
        (self.code, self.message.clone())
    }

    pub(super) fn method_not_allowed() -> Self {
        Self::new(405, 20004, "Method not allowed")
    }

    fn response(self) -> Response<Body> {
        let mut body = json!({
            "code": self.code,
            "message": self.message,
            "more_info": format!("https://www.twilio.com/docs/errors/{}", self.code),
            "status": self.status,
        });
        if let Some(detail) = self.detail {
            body["detail"] = Value::from(detail);
        }
        let mut response = json_response(self.status, &body);
        let headers = response.headers_mut();
        if self.status == 401 {
            headers.insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Basic realm=\"Twilio API\""),
            );
        }
        if let Some(value) = self.retry_after.and_then(|v| v.parse().ok()) {
            headers.insert(header::RETRY_AFTER, value);
        }
        response
    }
}

fn json_response(status: u16, body: &Value) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_string())));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json; charset=utf-8"),
    );
    if let Ok(id) = new_sid("RQ").parse() {
        headers.insert("twilio-request-id", id);
    }
    response
}

/// `204 No Content`, as Twilio answers a delete.
fn no_content() -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = StatusCode::NO_CONTENT;
    response
}

/// The keys of `T` as the SDK's type for it declares them: every field its `Deserialize` takes,
/// by wire name. So the fake answers with every key of a Call (or page) Twilio sends, `null`
/// when empty, also the ones a regenerated spec adds, without keeping a list by hand.
fn keys<'de, T: serde::Deserialize<'de>>() -> &'static [&'static str] {
    use serde::de::{self, Visitor};

    /// A deserializer that only listens for the struct's field list.
    struct Fields(&'static [&'static str]);

    impl<'de> de::Deserializer<'de> for &mut Fields {
        type Error = de::value::Error;

        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0 = fields;
            Err(de::Error::custom("the fields are all that was wanted"))
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }

    let mut fields = Fields(&[]);
    let _ = T::deserialize(&mut fields);
    fields.0
}

/// `value` with every key in `keys` present, `null` where the serializer left one out (the
/// generated types skip `None` when serializing).
fn with_nulls(mut value: Value, keys: &[&str]) -> Value {
    if let Value::Object(map) = &mut value {
        for key in keys {
            map.entry(*key).or_insert(Value::Null);
        }
    }
    value
}

/// The keys of a Call and of a ListCall page, read once from the SDK's types.
static CALL_KEYS: LazyLock<&[&str]> = LazyLock::new(keys::<Call>);
static PAGE_KEYS: LazyLock<&[&str]> = LazyLock::new(keys::<CallPage>);

fn call_json(call: &Call) -> Value {
    with_nulls(serde_json::to_value(call).unwrap_or_default(), &CALL_KEYS)
}

fn respond(
    inner: &Arc<Inner>,
    arrived: &auth::Arrived,
    request: &ReceivedRequest,
) -> Result<Response<Body>, Failure> {
    let (method, path) = (arrived.method, request.path.as_str());
    let mut store = inner.store();
    if path == "/v2/token" && *method == Method::POST {
        return Ok(json_response(
            200,
            &auth::issue_token(&mut store, &request.form)?,
        ));
    }
    let principal = auth::authenticate(&store, &inner.auth_token, arrived)?;
    let not_found = || Failure::not_found(path);
    let rest = path
        .strip_prefix(&format!("/{API_VERSION}/Accounts/"))
        .ok_or_else(not_found)?;
    let (account, resource) = rest.split_once('/').ok_or_else(not_found)?;
    if !is_sid(account, "AC") || !store.accounts.iter().any(|a| a == account) {
        return Err(not_found());
    }
    if !principal.reaches(account) {
        // A subaccount's credentials are its own: another account is not theirs to see.
        return Err(auth::unauthorized(20003, "Authenticate"));
    }
    if resource == "Calls.json" {
        return match *method {
            Method::GET => {
                let mut page = list::list(&store, account, &request.query)?;
                // Each call once, with its nulls; the page's own fields around them.
                let calls: Vec<Value> = page.calls.drain(..).map(|c| call_json(&c)).collect();
                let mut value =
                    with_nulls(serde_json::to_value(&page).unwrap_or_default(), &PAGE_KEYS);
                value["calls"] = Value::Array(calls);
                Ok(json_response(200, &value))
            }
            Method::POST => create(inner, &mut store, account, request),
            _ => Err(Failure::method_not_allowed()),
        };
    }
    if let Some((call_sid, rest)) = resource
        .strip_prefix("Calls/")
        .and_then(|r| r.split_once('/'))
    {
        return inside(inner, &mut store, account, call_sid, rest, method, request);
    }
    let sid = resource
        .strip_prefix("Calls/")
        .and_then(|r| r.strip_suffix(".json"))
        .filter(|sid| is_sid(sid, "CA"))
        .ok_or_else(not_found)?;
    if store.find(sid).is_none_or(|c| c.account_sid != account) {
        return Err(not_found());
    }
    match *method {
        Method::GET => Ok(json_response(
            200,
            &call_json(&store.find(sid).expect("checked").to_call()),
        )),
        Method::POST => update(inner, &mut store, sid, request),
        Method::DELETE => {
            store.remove(sid);
            Ok(no_content())
        }
        _ => Err(Failure::method_not_allowed()),
    }
}

/// A request on something inside a call (`/Calls/{CallSid}/Recordings.json`, …); a POST is
/// recorded among the call's events, as Twilio shows them.
fn inside(
    inner: &Arc<Inner>,
    store: &mut Store,
    account: &str,
    call_sid: &str,
    rest: &str,
    method: &Method,
    request: &ReceivedRequest,
) -> Result<Response<Body>, Failure> {
    let ask = super::subresources::Ask {
        method: method.as_str(),
        account,
        call_sid,
        rest,
        query: &request.query,
        form: &request.form,
    };
    let answer = super::subresources::respond(store, &ask)?;
    // A stream created here opens its WebSocket; one stopped here closes it.
    if *method == Method::POST
        && let Some(body) = &answer.body
    {
        if rest == "Streams.json" {
            inner.open_stream(store, call_sid, body, &request.form);
        } else if rest.starts_with("Streams/") {
            let sid = body["sid"].as_str().unwrap_or_default();
            Inner::stop_streams(store, call_sid, Some(sid));
        }
    }
    if *method == Method::POST {
        record_event(
            store,
            call_sid,
            request,
            answer.status,
            answer.body.as_ref(),
        );
    }
    inner.send_callbacks(store, answer.callbacks);
    Ok(match answer.body {
        Some(body) => json_response(answer.status, &body),
        None => no_content(),
    })
}

/// Records `request`, answered `status` with `body`, among the events of call `call_sid`.
fn record_event(
    store: &mut Store,
    call_sid: &str,
    request: &ReceivedRequest,
    status: u16,
    body: Option<&Value>,
) {
    let url = format!("https://api.twilio.com{}", request.path);
    let body = body.map(Value::to_string).unwrap_or_default();
    store
        .inside
        .entry(call_sid.to_owned())
        .or_default()
        .record_event(&request.method, &url, &request.form, status, &body);
}

/// Reads a form's (or a query's) parameters the way Twilio does: the first value of a
/// single-valued one, every value of a list, and an empty value as absent.
pub(super) struct Form<'a>(pub &'a [(String, String)]);

impl<'a> Form<'a> {
    pub(super) fn get(&self, name: &str) -> Option<&'a str> {
        self.0
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    pub(super) fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// An absolute http(s) URL, if given.
    pub(super) fn url(&self, name: &str) -> Result<Option<&'a str>, Failure> {
        let Some(url) = self.get(name) else {
            return Ok(None);
        };
        let valid = reqwest::Url::parse(url)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if valid {
            Ok(Some(url))
        } else {
            Err(Failure::bad_request(
                21205,
                format!("{name} is not a valid URL: {url}"),
            ))
        }
    }

    /// `GET` or `POST` (any case), `POST` when absent.
    pub(super) fn method(&self, name: &str) -> Result<String, Failure> {
        match self.get(name).map(str::to_ascii_uppercase) {
            None => Ok("POST".to_owned()),
            Some(m) if m == "GET" || m == "POST" => Ok(m),
            Some(other) => Err(Failure::bad_request(
                21209,
                format!("{name} must be GET or POST, not {other}"),
            )),
        }
    }

    /// Checks every URL and method parameter of `operation` (as the spec declares them)
    /// that has a value.
    pub(super) fn check_spec(&self, operation: &str) -> Result<(), Failure> {
        self.check(
            &spec_parameters(operation, "uri"),
            &spec_parameters(operation, "http-method"),
        )
    }

    /// Checks every URL and method parameter that has one.
    fn check(&self, urls: &[&str], methods: &[&str]) -> Result<(), Failure> {
        for name in urls {
            self.url(name)?;
        }
        for name in methods {
            self.method(name)?;
        }
        Ok(())
    }

    fn status_callback(&self) -> Result<Option<StatusCallbackTarget>, Failure> {
        let Some(url) = self.url("StatusCallback")? else {
            return Ok(None);
        };
        let mut events = self.all("StatusCallbackEvent");
        if events.is_empty() {
            events.push("completed".to_owned());
        }
        Ok(Some(StatusCallbackTarget {
            url: url.to_owned(),
            method: self.method("StatusCallbackMethod")?,
            events,
        }))
    }
}

/// The parameters of `operation` whose values the spec gives this `format`, by wire name.
fn spec_parameters(operation: &str, format: &str) -> Vec<&'static str> {
    let op = OperationDescription::find(operation);
    op.iter()
        .flat_map(|op| op.parameters)
        .filter(|p| p.format == Some(format))
        .map(|p| p.wire)
        .collect()
}

fn create(
    inner: &Arc<Inner>,
    store: &mut Store,
    account: &str,
    request: &ReceivedRequest,
) -> Result<Response<Body>, Failure> {
    let form = Form(&request.form);
    let to = form
        .get("To")
        .ok_or_else(|| Failure::bad_request(21201, "No 'To' number is specified"))?;
    let from = form
        .get("From")
        .ok_or_else(|| Failure::bad_request(21213, "No 'From' number is specified"))?;
    if let Some(magic) = magic::answer(from, to) {
        return Err(Failure::bad_request(
            u32::from(magic.code.unwrap_or_default()),
            magic.message,
        ));
    }
    // Every URL and method parameter the prepared spec declares (`ClientNotificationUrl`
    // among them); `Url` is checked below, where it is chosen.
    let urls = spec_parameters("CreateCall", "uri");
    let urls: Vec<&str> = urls.into_iter().filter(|p| *p != "Url").collect();
    form.check(&urls, &spec_parameters("CreateCall", "http-method"))?;
    if let Some(timeout) = form.get("Timeout")
        && timeout.parse::<u32>().is_err()
    {
        return Err(Failure::bad_request(
            21208,
            format!("Timeout must be a whole number of seconds, not {timeout}"),
        ));
    }
    // ApplicationSid wins over Url, and Url over Twiml, as the spec describes them.
    let instructions = if let Some(app) = form.get("ApplicationSid") {
        if !is_sid(app, "AP") {
            return Err(Failure::bad_request(
                21218,
                format!("Invalid ApplicationSid {app}"),
            ));
        }
        Instructions::Application(app.to_owned())
    } else if let Some(url) = form.url("Url")? {
        Instructions::Url {
            url: url.to_owned(),
            method: form.method("Method")?,
        }
    } else if let Some(twiml) = form.get("Twiml") {
        Instructions::Twiml(twiml.to_owned())
    } else {
        return Err(Failure::bad_request(
            21205,
            "Url parameter is required: give Url, Twiml or ApplicationSid",
        ));
    };
    let machine_detection = form.get("MachineDetection").is_some_and(|v| {
        v.eq_ignore_ascii_case("enable") || v.eq_ignore_ascii_case("detectmessageend")
    });
    let call = CallEntry::new(
        account,
        to.to_owned(),
        from.to_owned(),
        instructions,
        form.status_callback()?,
        machine_detection,
    );
    let mut call = call;
    if let Some(fallback) = form.url("FallbackUrl")? {
        call.fallback = Some((fallback.to_owned(), form.method("FallbackMethod")?));
    }
    let dial_wait = store.limits.created();
    let call = store.insert(call);
    let body = call_json(&call.to_call());
    let call = call.clone();
    inner.start_timer_after(&call, dial_wait);
    record_event(store, &call.sid, request, 201, Some(&body));
    Ok(json_response(201, &body))
}

fn update(
    inner: &Arc<Inner>,
    store: &mut Store,
    sid: &str,
    request: &ReceivedRequest,
) -> Result<Response<Body>, Failure> {
    let form = Form(&request.form);
    form.check(
        &spec_parameters("UpdateCall", "uri"),
        &spec_parameters("UpdateCall", "http-method"),
    )?;
    let callback = form.status_callback()?;
    let call = store.find_mut(sid).expect("the caller found it");
    if call.is_final() {
        return Err(Failure::bad_request(
            21220,
            "Call is not in-progress. Cannot redirect.",
        ));
    }
    let target = match form.get("Status") {
        None => None,
        Some("canceled") => {
            // Canceling does not affect a call already in progress.
            (call.status != CallStatus::InProgress).then_some(CallStatus::Canceled)
        }
        Some("completed") => Some(if call.status == CallStatus::InProgress {
            CallStatus::Completed
        } else {
            CallStatus::Canceled
        }),
        Some(other) => {
            return Err(Failure::bad_request(
                20001,
                format!("Status must be canceled or completed, not {other}"),
            ));
        }
    };
    let redirect = if let Some(url) = form.get("Url") {
        Some(Instructions::Url {
            url: url.to_owned(),
            method: form.method("Method")?,
        })
    } else {
        form.get("Twiml").map(|t| Instructions::Twiml(t.to_owned()))
    };
    let engine = store.sessions.get(sid).cloned();
    let call = store.find_mut(sid).expect("the caller found it");
    if let Some(redirect) = redirect
        && target.is_none()
    {
        if call.status != CallStatus::InProgress {
            return Err(Failure::bad_request(
                21220,
                "Call is not in-progress. Cannot redirect.",
            ));
        }
        call.instructions = redirect.clone();
        call.updated = super::call_state::now();
        // A call running TwiML leaves its document for the new one.
        if let Some(engine) = &engine {
            engine.send(super::engine::Command::Redirect(redirect));
        }
    }
    if let Some(mut callback) = callback {
        if let Some(old) = &call.status_callback {
            callback.events = old.events.clone();
        }
        call.status_callback = Some(callback);
        call.updated = super::call_state::now();
    }
    if let (Some(engine), Some(_)) = (&engine, &target) {
        // The engine says how the call ended once it has stopped running it.
        engine.send(super::engine::Command::End);
    }
    let snapshot = match target {
        Some(target) => inner
            .advance_locked(store, sid, target)
            .map_err(|e| Failure::bad_request(21220, e.to_string()))?,
        None => call.to_call(),
    };
    let body = call_json(&snapshot);
    record_event(store, sid, request, 200, Some(&body));
    Ok(json_response(200, &body))
}
