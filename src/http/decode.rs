//! A response read and decoded: the decoded body on success, an [`ApiError`] otherwise; a
//! body that does not decode names the failing field.

use std::time::SystemTime;

use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use super::OperationInfo;
use crate::error::{ApiError, Error, snippet};
use crate::response::ApiResponse;
use crate::retry;

/// Reads a response: the decoded body on success (nothing to decode when the operation
/// answers without one), an [`ApiError`] otherwise.
pub(crate) async fn read<T: DeserializeOwned>(
    op: &OperationInfo,
    mut response: reqwest::Response,
) -> Result<ApiResponse<T>, Error> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let body = response.bytes().await.map_err(|e| op.transport(e))?;
    if !status.is_success() {
        let request_id = headers
            .get("twilio-request-id")
            .and_then(|v| v.to_str().ok());
        let request_id = request_id.map(str::to_owned);
        let retry_after = retry::retry_after(&headers, SystemTime::now());
        return Err(ApiError::from_body(op.name, status, request_id, retry_after, &body).into());
    }
    // `()` is what `null` decodes to: an operation without a body ignores whatever came.
    let body: &[u8] = if op.has_body { &body } else { b"null" };
    let data = decode(op, status, body)?;
    Ok(ApiResponse::new(data, status, headers))
}

/// Decodes a success body, naming the field that failed.
pub(crate) fn decode<T: DeserializeOwned>(
    op: &OperationInfo,
    status: StatusCode,
    body: &[u8],
) -> Result<T, Error> {
    // The plain decoder is fast; only a failure is decoded again to name the failing field.
    serde_json::from_slice(body).map_err(|plain| {
        let mut de = serde_json::Deserializer::from_slice(body);
        let message = match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Err(e) if e.path().to_string() != "." => format!("at `{}`: {}", e.path(), e.inner()),
            _ => plain.to_string(),
        };
        decode_error(op, status, message, body)
    })
}

/// A [`Error::Decode`]; says so when the body is a Twilio error under a success status.
fn decode_error(op: &OperationInfo, status: StatusCode, mut message: String, body: &[u8]) -> Error {
    let as_error = ApiError::from_body(op.name, status, None, None, body);
    if let Some(code) = as_error.code {
        message = format!(
            "{message}; the body is Twilio error {code} ({})",
            as_error.message
        );
    }
    Error::Decode {
        operation: op.name,
        status: status.as_u16(),
        message,
        body_snippet: snippet(body),
        attempts: 1,
    }
}

/// The error a response body yields once it grows past the client's cap; found again by
/// [`Operation::transport`] under `reqwest`'s own error.
#[derive(Debug)]
pub(crate) struct TooLarge {
    pub(crate) status: u16,
    pub(crate) limit: usize,
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the response body exceeds {} bytes", self.limit)
    }
}

impl std::error::Error for TooLarge {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operations::Call;

    const FETCH_CALL: &OperationInfo =
        &<crate::operations::FetchCall as crate::request::sealed::Operation>::INFO;
    const LIST_CALL: &OperationInfo =
        &<crate::operations::ListCall as crate::request::sealed::Operation>::INFO;
    const DELETE_CALL: &OperationInfo =
        &<crate::operations::DeleteCall as crate::request::sealed::Operation>::INFO;

    #[test]
    fn empty_and_trailing_garbage_bodies_fail_to_decode() {
        assert!(decode::<Call>(FETCH_CALL, StatusCode::OK, b"").is_err());
        assert!(decode::<Call>(FETCH_CALL, StatusCode::OK, b"{} x").is_err());
        let err = decode::<Call>(FETCH_CALL, StatusCode::OK, b"{}").unwrap_err();
        assert!(err.to_string().contains("missing field `sid`"), "{err}");
    }

    /// Whatever a server sends, reading it never panics: it decodes or it is an error.
    mod never_panic {
        use proptest::prelude::*;

        use super::*;
        use crate::generated::types::ListCallResponse as CallPage;

        const CALL: &str = r#"{"sid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "status": "in-progress",
            "start_time": "Tue, 31 Aug 2010 20:36:29 +0000", "duration": "15",
            "price": "-0.03000", "subresource_uris": {"events": "/x"}}"#;

        /// A valid body, damaged: cut short, a byte replaced, or a span doubled.
        fn damaged(valid: String) -> impl Strategy<Value = Vec<u8>> {
            let len = valid.len();
            (0..=len, any::<u8>(), 0..=len).prop_map(move |(at, byte, other)| {
                let mut bytes = valid.clone().into_bytes();
                match at % 3 {
                    0 => bytes.truncate(at),
                    1 if at < len => bytes[at] = byte,
                    _ => {
                        let (a, b) = (at.min(other), at.max(other));
                        let span = bytes[a..b].to_vec();
                        bytes.splice(b..b, span);
                    }
                }
                bytes
            })
        }

        fn read_all(body: &[u8]) {
            let _ = decode::<Call>(FETCH_CALL, StatusCode::OK, body);
            let _ = decode::<CallPage>(LIST_CALL, StatusCode::OK, body);
            let _ = decode::<()>(DELETE_CALL, StatusCode::OK, body);
            let error = ApiError::from_body("FetchCall", StatusCode::BAD_GATEWAY, None, None, body);
            assert!(error.body_snippet.len() <= crate::error::SNIPPET_BYTES);
            let _ = error.to_string();
        }

        proptest! {
            #[test]
            fn arbitrary_bytes(body in proptest::collection::vec(any::<u8>(), 0..600)) {
                read_all(&body);
            }

            #[test]
            fn damaged_calls_and_pages(
                body in prop_oneof![
                    damaged(CALL.to_owned()),
                    damaged(format!(r#"{{"calls": [{CALL}, {CALL}], "uri": "/x", "page": 0}}"#)),
                    damaged(r#"{"code": 20404, "message": "no", "more_info": "x", "status": 404}"#.to_owned()),
                ]
            ) {
                read_all(&body);
            }

            #[test]
            fn arbitrary_retry_after(value in "\\PC{0,40}") {
                let mut headers = reqwest::header::HeaderMap::new();
                if let Ok(value) = reqwest::header::HeaderValue::from_str(&value) {
                    headers.insert(reqwest::header::RETRY_AFTER, value);
                }
                let _ = retry::retry_after(&headers, SystemTime::now());
            }
        }
    }
}
