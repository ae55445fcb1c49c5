//! OKX's response envelope `{"code","msg","data"}`, errors as envelopes, and the per-item
//! envelope of order endpoints (`sCode`/`sMsg`, `inTime`/`outTime`).

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use crate::codes::{self, Code};
use crate::state::{Ack, ItemError};

/// An answer: HTTP status and JSON body.
#[derive(Debug, Clone)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) body: Value,
}

impl Reply {
    /// Success with these `data` items.
    pub(crate) fn data(items: Vec<Value>) -> Self {
        Self::payload(Value::Array(items))
    }

    /// A success whose `data` is `data` as it is (a few endpoints answer one object).
    pub(crate) fn payload(data: Value) -> Self {
        Self {
            status: 200,
            body: json!({"code": "0", "msg": "", "data": data}),
        }
    }
}

/// A request-level failure: the whole answer is this code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub(crate) code: &'static str,
    pub(crate) http: u16,
    pub(crate) msg: String,
}

impl ApiError {
    pub(crate) fn new(code: Code, args: &[&str]) -> Self {
        Self {
            code: code.code,
            http: code.http,
            msg: code.text(args),
        }
    }

    /// 50014: a required parameter is missing or empty.
    pub(crate) fn empty(param: &str) -> Self {
        Self::new(codes::PARAM_EMPTY, &[param])
    }

    /// 51000: a parameter has a value OKX does not accept.
    pub(crate) fn param(param: &str) -> Self {
        Self::new(codes::PARAM_ERROR, &[param])
    }

    /// Turns a per-item error into a request-level one (HTTP 200, as OKX sends those).
    pub(crate) fn from_item(e: ItemError) -> Self {
        Self {
            code: e.code,
            http: if e.code == codes::PARAM_ERROR.code {
                400
            } else {
                200
            },
            msg: e.msg,
        }
    }
}

impl From<ApiError> for Reply {
    fn from(e: ApiError) -> Self {
        Self {
            status: e.http,
            body: json!({"code": e.code, "msg": e.msg, "data": []}),
        }
    }
}

/// Microseconds since the epoch, as OKX's `inTime`/`outTime` strings carry them.
pub(crate) fn micros_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_micros()).unwrap_or(0))
}

/// The per-item result of a place or cancel operation.
pub(crate) type ItemResult = Result<Ack, (ItemError, String, String)>;

/// The answer of an order endpoint: `code` 0 when all items succeeded, 1 when all failed,
/// 2 when some did; each item carries `sCode`/`sMsg`.
pub(crate) fn order_reply(
    results: Vec<ItemResult>,
    success_msg: &str,
    in_time: u64,
    now_ms: i64,
) -> Reply {
    let ok = results.iter().filter(|r| r.is_ok()).count();
    let ts = now_ms.to_string();
    let items: Vec<Value> = results
        .into_iter()
        .map(|r| match r {
            Ok(ack) => json!({
                "clOrdId": ack.cl_ord_id,
                "ordId": ack.ord_id,
                "sCode": "0",
                "sMsg": success_msg,
                "tag": ack.tag,
                "ts": ts,
            }),
            Err((e, cl_ord_id, tag)) => json!({
                "clOrdId": cl_ord_id,
                "ordId": "",
                "sCode": e.code,
                "sMsg": e.msg,
                "tag": tag,
                "ts": ts,
            }),
        })
        .collect();
    let (code, msg) = match ok {
        n if n == items.len() => ("0", ""),
        0 => (codes::ALL_FAILED.code, codes::ALL_FAILED.msg),
        _ => (codes::PARTIAL.code, codes::PARTIAL.msg),
    };
    let body = json!({
        "code": code,
        "msg": msg,
        "data": items,
        "inTime": in_time.to_string(),
        "outTime": micros_now().to_string(),
    });
    Reply { status: 200, body }
}
