//! WebSocket order operations (websocket.md section 9): `order`, `batch-orders`,
//! `cancel-order`, `batch-cancel-orders`, `amend-order`, `batch-amend-orders`, `mass-cancel`
//! on the private URL and the `sprd-*` operations on the business URL. Each request carries
//! an `id`; its reply is matched by that id alone.

use std::borrow::Cow;
use std::time::Duration;
use tokio::time::Instant;

use okx_core::{OkxError, Result};
use serde::Deserialize;
use serde_json::{Map, Value};
use tokio::sync::oneshot;

use crate::channels::UrlKind;

/// The order operations OKX takes on a WebSocket, with the URL each goes to.
pub const OPS: &[(&str, UrlKind)] = &[
    ("order", UrlKind::Private),
    ("batch-orders", UrlKind::Private),
    ("cancel-order", UrlKind::Private),
    ("batch-cancel-orders", UrlKind::Private),
    ("amend-order", UrlKind::Private),
    ("batch-amend-orders", UrlKind::Private),
    ("mass-cancel", UrlKind::Private),
    ("sprd-order", UrlKind::Business),
    ("sprd-amend-order", UrlKind::Business),
    ("sprd-cancel-order", UrlKind::Business),
    ("sprd-mass-cancel", UrlKind::Business),
];

/// The URL kind of an order operation, or `None` for an unknown op.
pub fn op_url(op: &str) -> Option<UrlKind> {
    OPS.iter()
        .find(|(name, _)| *name == op)
        .map(|(_, kind)| *kind)
}

/// OKX's answer to one order operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TradeReply {
    /// The whole reply frame as OKX sent it (`id`, `op`, `code`, `msg`, `data`, `inTime`,
    /// `outTime`): the same envelope as REST's, so it is classified the same way.
    pub text: String,
    /// From sending the request to receiving the reply, measured by the client.
    pub rtt: Duration,
}

/// A request sent on the connection and not yet answered.
pub(crate) struct TradePending {
    pub reply: oneshot::Sender<Result<TradeReply>>,
    pub since: Instant,
}

#[derive(Deserialize)]
struct Head<'a> {
    #[serde(borrow, default)]
    id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    op: Option<Cow<'a, str>>,
}

/// The `id` of a frame that answers an order operation (it has `id` and `op`, no `event`).
pub(crate) fn reply_id(text: &str) -> Option<String> {
    let head: Head<'_> = serde_json::from_str(text).ok()?;
    head.op?;
    head.id.map(Cow::into_owned)
}

/// The request frame: `{"id", "op", "expTime"?, "args"}`.
pub(crate) fn request_text(
    id: &str,
    op: &str,
    args: &[Map<String, Value>],
    exp_time: Option<&str>,
) -> String {
    let mut obj = Map::new();
    obj.insert("id".to_owned(), Value::from(id));
    obj.insert("op".to_owned(), Value::from(op));
    if let Some(exp) = exp_time {
        obj.insert("expTime".to_owned(), Value::from(exp));
    }
    obj.insert(
        "args".to_owned(),
        Value::Array(args.iter().cloned().map(Value::Object).collect()),
    );
    Value::Object(obj).to_string()
}

/// The error of an operation whose request went out and whose reply never came: OKX may
/// or may not have executed it, so the caller must find out (by `clOrdId`) before any
/// resend.
pub(crate) fn outcome_unknown(url: &str, why: &str) -> OkxError {
    OkxError::WebSocket {
        url: url.to_owned(),
        reason: format!("{why} after the order operation was sent; its outcome is unknown"),
    }
}

/// The error of an operation that was never sent (safe to send again).
pub(crate) fn not_sent(url: &str, why: &str) -> OkxError {
    OkxError::WebSocket {
        url: url.to_owned(),
        reason: format!("{why}; the order operation was not sent"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replies_are_told_from_events_and_pushes() {
        let reply = r#"{"id":"17","op":"order","code":"0","msg":"","data":[]}"#;
        assert_eq!(reply_id(reply).as_deref(), Some("17"));
        assert_eq!(
            reply_id(r#"{"event":"error","code":"60012","id":"3"}"#),
            None
        );
        assert_eq!(reply_id(r#"{"arg":{"channel":"orders"},"data":[]}"#), None);
        assert_eq!(reply_id("pong"), None);
    }

    #[test]
    fn request_text_carries_id_op_exp_time_and_args() {
        let mut arg = Map::new();
        arg.insert("instIdCode".into(), Value::from(10459));
        let text = request_text("5", "order", &[arg], Some("1700000000000"));
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["id"], "5");
        assert_eq!(v["op"], "order");
        assert_eq!(v["expTime"], "1700000000000");
        assert_eq!(v["args"][0]["instIdCode"], 10459);
        assert_eq!(op_url("sprd-order"), Some(UrlKind::Business));
        assert_eq!(op_url("subscribe"), None);
    }
}
