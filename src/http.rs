//! Sending requests and reading answers. The generated builders' results and the requests
//! built here (the form-encoded create, next-page GETs) all end in this module: through the
//! hooks, status checked, body read, decoded, and every failure mapped to [`Error`].

use progenitor_client::{ClientHooks, OperationInfo, ResponseValue};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::{ApiError, snippet};
use crate::{Client, Error};

/// One of the five operations: its name in the spec (for errors) and in the generated code
/// (for the hooks), and the status the spec documents for success.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Operation {
    pub(crate) name: &'static str,
    id: &'static str,
    success: StatusCode,
}

impl Operation {
    /// The error for a request of this operation that failed in transit.
    pub(crate) fn transport(self, source: reqwest::Error) -> Error {
        Error::Transport {
            operation: self.name,
            source,
        }
    }
}

pub(crate) const CREATE_CALL: Operation = Operation {
    name: "CreateCall",
    id: "create_call",
    success: StatusCode::CREATED,
};
pub(crate) const FETCH_CALL: Operation = Operation {
    name: "FetchCall",
    id: "fetch_call",
    success: StatusCode::OK,
};
pub(crate) const UPDATE_CALL: Operation = Operation {
    name: "UpdateCall",
    id: "update_call",
    success: StatusCode::OK,
};
pub(crate) const DELETE_CALL: Operation = Operation {
    name: "DeleteCall",
    id: "delete_call",
    success: StatusCode::NO_CONTENT,
};
pub(crate) const LIST_CALL: Operation = Operation {
    name: "ListCall",
    id: "list_call",
    success: StatusCode::OK,
};

/// Finishes a request built outside the generated builders.
pub(crate) fn build(
    op: Operation,
    request: reqwest::RequestBuilder,
) -> Result<reqwest::Request, Error> {
    request.build().map_err(|e| op.transport(e))
}

/// Sends a request built outside the generated builders through the same hooks, so that
/// credentials, headers and wire fixes apply to it exactly as to the others.
pub(crate) async fn execute(
    client: &Client,
    op: Operation,
    mut request: reqwest::Request,
) -> Result<reqwest::Response, Error> {
    let raw = client.raw();
    let info = OperationInfo {
        operation_id: op.id,
    };
    raw.pre::<()>(&mut request, &info)
        .await
        .map_err(|e| hook_error(op, e))?;
    let result = raw.exec(request, &info).await;
    raw.post::<()>(&result, &info)
        .await
        .map_err(|e| hook_error(op, e))?;
    result.map_err(|e| op.transport(e))
}

/// Reads a response: the decoded body on success, an [`ApiError`] otherwise.
pub(crate) async fn read_json<T: DeserializeOwned>(
    op: Operation,
    response: reqwest::Response,
) -> Result<T, Error> {
    let (status, body) = read_success(op, response).await?;
    decode(op, status, &body)
}

/// Reads a response's body, or turns an error status into an [`ApiError`].
pub(crate) async fn read_success(
    op: Operation,
    response: reqwest::Response,
) -> Result<(StatusCode, bytes::Bytes), Error> {
    let status = response.status();
    if status.is_success() {
        let body = response.bytes().await.map_err(|e| op.transport(e))?;
        return Ok((status, body));
    }
    let request_id = response
        .headers()
        .get("twilio-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response.bytes().await.map_err(|e| op.transport(e))?;
    Err(ApiError::from_body(op.name, status, request_id, &body).into())
}

/// Decodes a success body, naming the field that failed.
pub(crate) fn decode<T: DeserializeOwned>(
    op: Operation,
    status: StatusCode,
    body: &[u8],
) -> Result<T, Error> {
    let fail = |message: String| Error::Decode {
        operation: op.name,
        status: status.as_u16(),
        message,
        body_snippet: snippet(body),
    };
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        if e.path().to_string() == "." {
            fail(e.inner().to_string())
        } else {
            fail(format!("at `{}`: {}", e.path(), e.inner()))
        }
    })?;
    de.end().map_err(|e| fail(e.to_string()))?;
    Ok(value)
}

/// Maps what a generated builder's `send()` returned.
pub(crate) async fn finish<T: DeserializeOwned>(
    op: Operation,
    result: Result<ResponseValue<T>, progenitor_client::Error<()>>,
) -> Result<T, Error> {
    use progenitor_client::Error as Generated;
    match result {
        Ok(value) => Ok(value.into_inner()),
        // Not the documented status: an error answer, or another success status whose body
        // may still be what the spec promises.
        Err(Generated::UnexpectedResponse(response)) => read_json(op, response).await,
        Err(Generated::InvalidResponsePayload(body, _)) => decode(op, op.success, &body),
        Err(Generated::CommunicationError(source) | Generated::ResponseBodyError(source)) => {
            Err(op.transport(source))
        }
        Err(other) => Err(hook_error(op, other)),
    }
}

/// A generated-client failure that the checks before sending should have made impossible.
fn hook_error(op: Operation, error: progenitor_client::Error<()>) -> Error {
    Error::invalid(
        "request",
        format!("{} could not be built: {error}", op.name),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Call;

    #[test]
    fn empty_and_trailing_garbage_bodies_fail_to_decode() {
        assert!(decode::<Call>(FETCH_CALL, StatusCode::OK, b"").is_err());
        assert!(decode::<Call>(FETCH_CALL, StatusCode::OK, b"{} x").is_err());
    }
}
