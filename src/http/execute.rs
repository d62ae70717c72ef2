//! One attempt on the wire: the credentials, the progenitor hooks (headers, tracing, the
//! body cap) and the client-validation signature, so that all of it applies to every
//! request alike.

use std::time::SystemTime;

use progenitor_client::ClientHooks;
use reqwest::header::{AUTHORIZATION, HeaderValue};

use super::OperationInfo;
use crate::client::Client;
use crate::error::Error;

/// Sends one attempt with `authorization`, through the progenitor hooks (headers, tracing,
/// the body cap), signed for client validation when the client signs, so that all of it
/// applies to every request alike.
pub(super) async fn execute(
    client: &Client,
    op: &OperationInfo,
    mut request: reqwest::Request,
    authorization: HeaderValue,
) -> Result<reqwest::Response, Error> {
    let raw = client.raw();
    request.headers_mut().insert(AUTHORIZATION, authorization);
    // The hooks' view of an operation is progenitor's `OperationInfo`, which names it.
    let info = progenitor_client::OperationInfo {
        operation_id: op.name,
    };
    // Ours never fail; progenitor's signature allows it.
    let hook_failed = |e| Error::config(format!("{} could not be prepared: {e}", op.name));
    raw.pre::<()>(&mut request, &info)
        .await
        .map_err(hook_failed)?;
    // Last, over the request exactly as it goes out.
    if let Some(signer) = &raw.inner.client_validation {
        signer.sign(&mut request, SystemTime::now())?;
    }
    let result = raw.exec(request, &info).await;
    raw.post::<()>(&result, &info).await.map_err(hook_failed)?;
    result.map_err(|e| op.transport(e))
}
