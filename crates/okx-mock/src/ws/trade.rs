//! WebSocket order operations on the private URL (websocket.md section 9): `order`,
//! `batch-orders`, `cancel-order` and `batch-cancel-orders`, addressed by `instIdCode`, run
//! on the same matching engine as REST and answered with per-item `sCode`/`sMsg`.

use okx_core::signer::unix_millis;
use serde_json::{json, Map, Value};

use super::codes::{self, WsCode};
use super::ops::Session;
use crate::rest::{micros_now, parse_order_map};
use crate::server::App;
use crate::state::{Ack, Exchange, ItemError};

/// OKX's batch limit for place and cancel.
const MAX_BATCH: usize = 20;

/// Handles one order op from a logged-in connection on the private URL.
pub(crate) fn handle(app: &App, s: &Session, op: &str, request: &Map<String, Value>) {
    let in_time = micros_now();
    let id = request.get("id").and_then(Value::as_str).unwrap_or("");
    // Every arg must be an object: one for single ops, up to 20 for batches.
    let args: Vec<&Map<String, Value>> = match request.get("args") {
        Some(Value::Array(args)) => args.iter().map_while(Value::as_object).collect(),
        _ => Vec::new(),
    };
    let sent = request
        .get("args")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let most = if op.starts_with("batch-") {
        MAX_BATCH
    } else {
        1
    };
    if id.is_empty() || args.is_empty() || args.len() != sent || args.len() > most {
        let invalid = Err((codes::INVALID_ARGS.code, codes::INVALID_ARGS.msg.to_owned()));
        return reply(app, s, id, op, invalid, in_time);
    }
    let now = unix_millis();
    let mut ex = app.exchange();
    let results = match op {
        "order" | "batch-orders" => place(&mut ex, &args, now),
        "cancel-order" | "batch-cancel-orders" => cancel(&mut ex, &args, now),
        // Amend and mass cancel are not simulated.
        _ => Err((codes::INVALID_OP.code, codes::INVALID_OP.text(&[op]))),
    };
    reply(app, s, id, op, results, in_time);
    // The response goes first, then the pushes the change causes (orders, account, ...).
    super::after_change(app, &mut ex, now);
}

/// A per-item result: the ack, or the error with the item's `clOrdId` and `tag`.
type Item = Result<Ack, (ItemError, String, String)>;

fn place(
    ex: &mut Exchange,
    args: &[&Map<String, Value>],
    now: i64,
) -> Result<Vec<Item>, (&'static str, String)> {
    let mut parsed = Vec::with_capacity(args.len());
    for arg in args {
        let item = with_inst_id(ex, arg)?;
        parsed.push((parse_order_map(&item).map_err(ws_param_code)?, item));
    }
    Ok(parsed
        .into_iter()
        .map(|(order, item)| {
            let echo = |k: &str| item.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
            order
                .and_then(|o| ex.place(o, now))
                .map_err(|e| (e, echo("clOrdId"), echo("tag")))
        })
        .collect())
}

fn cancel(
    ex: &mut Exchange,
    args: &[&Map<String, Value>],
    now: i64,
) -> Result<Vec<Item>, (&'static str, String)> {
    let mut items = Vec::with_capacity(args.len());
    for arg in args {
        items.push(with_inst_id(ex, arg)?);
    }
    Ok(items
        .into_iter()
        .map(|item| {
            let text = |k: &str| {
                item.get(k)
                    .and_then(Value::as_str)
                    .filter(|v| !v.is_empty())
            };
            let inst_id = text("instId").unwrap_or("");
            let cl_ord_id = text("clOrdId");
            ex.cancel(inst_id, text("ordId"), cl_ord_id, now)
                .map_err(|e| (e, cl_ord_id.unwrap_or("").to_owned(), String::new()))
        })
        .collect())
}

/// The argument with `instId` looked up from `instIdCode` (an integer, or a string), which
/// replaces any `instId` sent: OKX ignores that since March 2026.
fn with_inst_id(
    ex: &Exchange,
    arg: &Map<String, Value>,
) -> Result<Map<String, Value>, (&'static str, String)> {
    let code = arg
        .get("instIdCode")
        .and_then(code_text)
        .ok_or_else(|| (PARAM_EMPTY.code, PARAM_EMPTY.text(&["instIdCode"])))?;
    // An unknown code names no market, so the engine answers 51001 for the item.
    let inst_id = ex
        .markets()
        .iter()
        .find(|m| m.inst.raw.get("instIdCode").and_then(code_text).as_ref() == Some(&code))
        .map_or(code.clone(), |m| m.inst.inst_id.clone());
    let mut item = arg.clone();
    item.remove("instIdCode");
    item.insert("instId".to_owned(), Value::String(inst_id));
    Ok(item)
}

/// An `instIdCode` as text, whether sent as a JSON number or a string.
fn code_text(v: &Value) -> Option<String> {
    match v {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        _ => None,
    }
}

/// OKX's WebSocket code for a missing order field.
const PARAM_EMPTY: WsCode = WsCode {
    code: "60027",
    msg: "Parameter {0} can not be empty.",
};

/// REST's 50014 (missing field) becomes the WebSocket's 60027; other codes pass through.
fn ws_param_code((code, msg): (&'static str, String)) -> (&'static str, String) {
    if code == "50014" {
        (PARAM_EMPTY.code, msg)
    } else {
        (code, msg)
    }
}

fn reply(
    app: &App,
    s: &Session,
    id: &str,
    op: &str,
    results: Result<Vec<Item>, (&'static str, String)>,
    in_time: u64,
) {
    let ts = unix_millis().to_string();
    let success = if op.contains("cancel") {
        ""
    } else {
        "Order placed"
    };
    let (code, msg, data) = match results {
        Err((code, msg)) => (code.to_owned(), msg, Vec::new()),
        Ok(items) => {
            let ok = items.iter().filter(|r| r.is_ok()).count();
            let total = items.len();
            let data: Vec<Value> = items
                .into_iter()
                .map(|r| match r {
                    Ok(ack) => json!({"ordId": ack.ord_id, "clOrdId": ack.cl_ord_id, "tag": ack.tag, "ts": ts, "sCode": "0", "sMsg": success, "subCode": ""}),
                    Err((e, cl, tag)) => json!({"ordId": "", "clOrdId": cl, "tag": tag, "ts": ts, "sCode": e.code, "sMsg": e.msg, "subCode": ""}),
                })
                .collect();
            let (code, msg) = match ok {
                n if n == total => ("0", ""),
                0 => ("1", "All operations failed"),
                _ => ("2", "Bulk operation partially succeeded"),
            };
            (code.to_owned(), msg.to_owned(), data)
        }
    };
    let body = json!({
        "id": id,
        "op": op,
        "code": code,
        "msg": msg,
        "data": data,
        "inTime": in_time.to_string(),
        "outTime": micros_now().to_string(),
    });
    log::debug!(target: crate::LOG_TARGET, "ws {}: {op} -> {code}", s.conn_id);
    app.ws.lock().send_to(s.id, body.to_string().into());
}
