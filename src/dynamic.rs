//! Requests named at run time: an operation by its `operationId`, its parameters by wire name
//! from text, what it answers as JSON. For tools driven by the
//! [`DESCRIPTIONS`](crate::operations::DESCRIPTIONS) (a command line, spec-driven tests), so
//! that an operation or parameter a new spec adds reaches them with no hand edit. Code that
//! knows its operation uses the typed handlers ([`Calls`](crate::Calls)) instead.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use futures_core::Stream;
use futures_util::StreamExt;
use serde::Serialize;
use serde_json::Value;

use crate::client::Client;
use crate::description::{Location, OperationDescription};
use crate::error::Error;
use crate::http::RequestOptions;
use crate::pagination::Page;
use crate::request::{Operation, Request};

/// A request of any operation, chosen by its `operationId`: the same request the typed
/// handler makes, with the same checks, retries and pagination, set by wire name and
/// answered as JSON.
///
/// ```no_run
/// use futures_util::TryStreamExt;
/// use twilio_calls::DynamicRequest;
/// # async fn run(client: twilio_calls::Client) -> Result<(), twilio_calls::Error> {
/// let recordings: Vec<serde_json::Value> =
///     DynamicRequest::new(&client, "ListCallRecording", &[("CallSid", "CA…")])?
///         .set("DateCreated>", "2024-01-31")?
///         .limit(20)
///         .resources()
///         .try_collect()
///         .await?;
/// # Ok(()) }
/// ```
#[must_use = "a request does nothing until its resources are polled"]
pub struct DynamicRequest {
    description: &'static OperationDescription,
    request: Erased,
}

/// What an operation answered, as JSON values: the one resource of a create, fetch or
/// update; none for a delete; a list's items, page after page.
pub type DynamicResources = Pin<Box<dyn Stream<Item = Result<Value, Error>> + Send>>;

impl DynamicRequest {
    /// The request of the operation `id` (an `operationId` of
    /// [`DESCRIPTIONS`](crate::operations::DESCRIPTIONS)), with its path parameters by wire
    /// name (`CallSid`, `Sid`). `AccountSid` defaults to the client's account.
    ///
    /// An unknown operation, a missing or unknown path parameter is
    /// [`Error::InvalidInput`].
    ///
    /// ```
    /// # let client = twilio_calls::Client::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "t").unwrap();
    /// use twilio_calls::DynamicRequest;
    /// assert!(DynamicRequest::new(&client, "FetchCall", &[("Sid", "CA…")]).is_ok());
    /// assert!(DynamicRequest::new(&client, "FetchCall", &[]).is_err());
    /// assert!(DynamicRequest::new(&client, "FetchCalls", &[("Sid", "CA…")]).is_err());
    /// ```
    pub fn new(client: &Client, id: &str, path: &[(&str, &str)]) -> Result<Self, Error> {
        let description = OperationDescription::find(id).ok_or_else(|| {
            Error::invalid(
                "operation",
                format!("`{id}` is not an operation of this API"),
            )
        })?;
        let path_parameters = || {
            description
                .parameters
                .iter()
                .filter(|p| p.location == Location::Path)
        };
        if let Some((unknown, _)) = path
            .iter()
            .find(|(wire, _)| !path_parameters().any(|p| p.wire == *wire))
        {
            let known: Vec<&str> = path_parameters().map(|p| p.wire).collect();
            return Err(Error::invalid(
                "path",
                format!(
                    "`{unknown}` is not a path parameter of {id} (it has {})",
                    known.join(", ")
                ),
            ));
        }
        let mut value_of = |wire: &'static str| -> Result<String, Error> {
            match path.iter().find(|(name, _)| *name == wire) {
                Some((_, value)) => Ok((*value).to_owned()),
                None if wire == "AccountSid" => Ok(client.account_sid().to_owned()),
                None => Err(Error::invalid(
                    wire,
                    format!("{id} needs its path parameter `{wire}`"),
                )),
            }
        };
        let request = crate::operations::dynamic_request(client, id, &mut value_of)?
            .ok_or_else(|| Error::config(format!("{id} is described but has no request")))?;
        Ok(Self {
            description,
            request,
        })
    }

    /// What the spec says of the operation.
    pub fn description(&self) -> &'static OperationDescription {
        self.description
    }

    /// Sets a parameter by its wire name, from text, as
    /// [`Request::set`](crate::Request::set) does.
    pub fn set(mut self, wire_name: &str, value: &str) -> Result<Self, Error> {
        self.request.0.set(wire_name, value)?;
        Ok(self)
    }

    /// The most items a list yields, as [`Request::limit`](crate::Request::limit); no effect
    /// on other operations.
    pub fn limit(mut self, limit: usize) -> Self {
        self.request.0.options().limit = Some(limit);
        self
    }

    /// This request's timeout, as [`Request::request_timeout`](crate::Request::request_timeout).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request.0.options().timeout = Some(timeout);
        self
    }

    /// How many times it may be retried, as
    /// [`Request::max_retries`](crate::Request::max_retries).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.request.0.options().max_retries = Some(retries);
        self
    }

    /// Checks the parameters and sends the request, once: what it answered, as JSON (the
    /// one resource of a create, fetch or update; none for a delete; the items of a list's
    /// first page).
    pub async fn send(self) -> Result<Vec<Value>, Error> {
        Ok(self.send_with_attempts().await?.0)
    }

    /// Like [`send`](Self::send), with the number of attempts it took (retries included).
    pub async fn send_with_attempts(self) -> Result<(Vec<Value>, u32), Error> {
        self.request.0.send().await
    }

    /// Checks the parameters, sends the request when first polled, and yields what it
    /// answered (see [`DynamicResources`]): for a list, every item up to the
    /// [`limit`](Self::limit), page after page. An error is yielded once, then the stream
    /// ends.
    pub fn resources(self) -> DynamicResources {
        self.request.0.resources()
    }
}

impl std::fmt::Debug for DynamicRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DynamicRequest")
            .field("operation", &self.description.id)
            .field("request", &self.request.0)
            .finish()
    }
}

/// One operation's [`Request`], its type erased (made by the generated
/// `operations::dynamic_request`).
pub(crate) struct Erased(Box<dyn ErasedRequest>);

trait ErasedRequest: Send + std::fmt::Debug {
    fn set(&mut self, wire_name: &str, value: &str) -> Result<(), Error>;
    fn options(&mut self) -> &mut RequestOptions;
    fn send(self: Box<Self>) -> Answer;
    fn resources(self: Box<Self>) -> DynamicResources;
}

/// The request of an operation that answers one resource.
pub(crate) fn one<Op>(request: Request<Op>) -> Erased
where
    Op: Operation,
    Op::Output: Serialize,
{
    Typed::erase(
        request,
        |request| {
            Box::pin(async move {
                let response = request.send_with_metadata().await?;
                Ok((
                    vec![json(Op::INFO.name, &response.data)?],
                    response.attempts,
                ))
            })
        },
        None,
    )
}

/// The request of a list: one page, or its items page after page.
pub(crate) fn list<T, Op>(request: Request<Op>) -> Erased
where
    T: Serialize + Clone + Send + 'static,
    Op: Operation<Output = Page<T>>,
{
    Typed::erase(
        request,
        |request| {
            Box::pin(async move {
                let response = request.send_with_metadata().await?;
                let items = response.data.items.iter();
                let items = items
                    .map(|item| json(Op::INFO.name, item))
                    .collect::<Result<_, _>>()?;
                Ok((items, response.attempts))
            })
        },
        Some(|request| Box::pin(request.stream().map(|item| json(Op::INFO.name, &item?)))),
    )
}

/// The request of an operation that answers no content.
pub(crate) fn no_content<Op>(request: Request<Op>) -> Erased
where
    Op: Operation<Output = ()>,
{
    Typed::erase(
        request,
        |request| {
            Box::pin(async move {
                let response = request.send_with_metadata().await?;
                Ok((Vec::new(), response.attempts))
            })
        },
        None,
    )
}

/// What one exchange answered, and after how many attempts.
type Answer = Pin<Box<dyn Future<Output = Result<(Vec<Value>, u32), Error>> + Send>>;

/// A typed request, what one exchange answers, and for a list its stream.
struct Typed<Op> {
    request: Request<Op>,
    send: fn(Request<Op>) -> Answer,
    stream: Option<fn(Request<Op>) -> DynamicResources>,
}

impl<Op: Operation> Typed<Op> {
    fn erase(
        request: Request<Op>,
        send: fn(Request<Op>) -> Answer,
        stream: Option<fn(Request<Op>) -> DynamicResources>,
    ) -> Erased {
        Erased(Box::new(Self {
            request,
            send,
            stream,
        }))
    }
}

impl<Op: Operation> std::fmt::Debug for Typed<Op> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.request.fmt(f)
    }
}

impl<Op: Operation> ErasedRequest for Typed<Op> {
    fn set(&mut self, wire_name: &str, value: &str) -> Result<(), Error> {
        self.request.op.set(wire_name, value)
    }
    fn options(&mut self) -> &mut RequestOptions {
        &mut self.request.options
    }
    fn send(self: Box<Self>) -> Answer {
        (self.send)(self.request)
    }
    fn resources(self: Box<Self>) -> DynamicResources {
        if let Some(stream) = self.stream {
            return stream(self.request);
        }
        let answer = futures_util::stream::once((self.send)(self.request));
        Box::pin(answer.flat_map(|answer| {
            let items: Vec<Result<Value, Error>> = match answer {
                Ok((items, _)) => items.into_iter().map(Ok).collect(),
                Err(e) => vec![Err(e)],
            };
            futures_util::stream::iter(items)
        }))
    }
}

/// A decoded resource as JSON (it came from JSON, so this only fails on a bug of ours,
/// reported as a decode error rather than a panic).
fn json(operation: &'static str, resource: &impl Serialize) -> Result<Value, Error> {
    serde_json::to_value(resource).map_err(|e| Error::Decode {
        operation,
        status: 200,
        message: format!("the decoded resource does not serialize: {e}"),
        body_snippet: String::new(),
        attempts: 1,
    })
}
