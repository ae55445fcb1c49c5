//! WebSocket order operations on the private URL (websocket.md section 9): `order`,
//! `batch-orders`, `cancel-order`, `batch-cancel-orders`, `amend-order`,
//! `batch-amend-orders` (addressed by `instIdCode`) and `mass-cancel`, run on the same
//! matching engine as REST, charged to the same rate-limit windows, checked against
//! `expTime`, and answered with per-item `sCode`/`sMsg`.

use serde_json::{json, Map, Value};

use super::codes::{self, WsCode};
use super::ops::Session;
use crate::faults::AfterAction;
use crate::limits::{self, Request};
use crate::rest::{
    admit, check_exp_time, endpoint_limit, micros_now, parse_amend_map, parse_order_map,
    refuse_repeated_cl_ord_ids, ApiError,
};
use crate::server::App;
use crate::state::{Ack, Exchange, ItemError};

/// OKX's batch limit for place, amend and cancel.
const MAX_BATCH: usize = 20;
/// Ops that honour `expTime` (websocket.md 9.2).
const EXP_TIME_OPS: &[&str] = &["order", "batch-orders", "amend-order", "batch-amend-orders"];

/// A request-level failure: code and message, with `data: []`.
type Failure = (&'static str, String);

fn failure(e: ApiError) -> Failure {
    (e.code, e.msg)
}

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
    let answer = Answer {
        app,
        s,
        id,
        op,
        in_time,
    };
    if id.is_empty() || args.is_empty() || args.len() != sent || args.len() > most {
        let invalid = (codes::INVALID_ARGS.code, codes::INVALID_ARGS.msg.to_owned());
        return answer.send(&Err(invalid), None);
    }
    let now = app.now();
    let mut ex = app.exchange();
    if let Err(refused) = admit_op(app, &ex, op, &args) {
        drop(ex);
        return answer.send(&Err(refused), None);
    }
    if EXP_TIME_OPS.contains(&op) {
        let exp = request.get("expTime").and_then(code_text);
        if let Err(e) = check_exp_time(exp.as_deref(), now) {
            drop(ex);
            return answer.send(&Err(failure(e)), None);
        }
    }
    let ts = now.to_string();
    let results: Result<Vec<Value>, Failure> = match op {
        "order" | "batch-orders" => place(&mut ex, &args, now).map(|items| {
            let items = items.into_iter().map(|r| item_json(r, Some("tag"), &ts));
            items.collect()
        }),
        "cancel-order" | "batch-cancel-orders" => cancel(&mut ex, &args, now).map(|items| {
            let items = items.into_iter().map(|r| item_json(r, Some("tag"), &ts));
            items.collect()
        }),
        "amend-order" | "batch-amend-orders" => amend(&mut ex, &args, now).map(|items| {
            let items = items.into_iter().zip(&args).map(|(r, arg)| {
                let mut item = item_json(r, None, &ts);
                let req_id = arg.get("reqId").and_then(code_text).unwrap_or_default();
                item["reqId"] = Value::String(req_id);
                item
            });
            items.collect()
        }),
        "mass-cancel" => mass_cancel(&args),
        _ => Err((codes::INVALID_OP.code, codes::INVALID_OP.text(&[op]))),
    };
    match app.take_after_fault(None, Some(op)) {
        Some(AfterAction::Timeout) => {
            let timeout = (
                crate::codes::TIMEOUT.code,
                crate::codes::TIMEOUT.msg.to_owned(),
            );
            answer.send(&Err(timeout), None);
        }
        Some(AfterAction::Drop) => {
            log::debug!(target: crate::LOG_TARGET, "ws {}: {op} executed, connection cut by fault", s.conn_id);
            app.ws.lock().kill(s.id);
        }
        Some(AfterAction::Delay { millis }) => answer.send(&results, Some(millis)),
        None => answer.send(&results, None),
    }
    // The response goes first, then the pushes the change causes (orders, account, ...).
    super::after_change(app, &mut ex, now);
}

/// Charges the op to its REST twin's window and the sub-account window (when enforced).
fn admit_op(
    app: &App,
    ex: &Exchange,
    op: &str,
    args: &[&Map<String, Value>],
) -> Result<(), Failure> {
    let Some(path) = limits::ws_twin(op) else {
        return Ok(());
    };
    if !app.limiter().enabled() {
        return Ok(());
    }
    let inst_ids: Vec<Option<String>> = if op == "mass-cancel" {
        Vec::new()
    } else {
        args.iter()
            .map(|a| a.get("instIdCode").and_then(code_text))
            .map(|code| code.map(|c| inst_id_of(ex, &c)))
            .collect()
    };
    let req = Request {
        method: "POST",
        path,
        inst_ids: &inst_ids,
        batch: op.starts_with("batch-"),
    };
    let charges = app.limiter().charges(req, endpoint_limit);
    admit(app, &charges).map_err(failure)
}

/// A per-item result: the ack, or the error with the item's `clOrdId` and `tag`.
type Item = Result<Ack, (ItemError, String, String)>;

fn place(ex: &mut Exchange, args: &[&Map<String, Value>], now: i64) -> Result<Vec<Item>, Failure> {
    let mut items = Vec::with_capacity(args.len());
    let mut parsed = Vec::with_capacity(args.len());
    for arg in args {
        let item = with_inst_id(ex, arg)?;
        parsed.push(parse_order_map(&item).map_err(ws_param_code)?);
        items.push(item);
    }
    let parsed = refuse_repeated_cl_ord_ids(parsed);
    Ok(parsed
        .into_iter()
        .zip(items)
        .map(|(order, item)| {
            let echo = |k: &str| item.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
            order
                .and_then(|o| ex.place(o, now))
                .map_err(|e| (e, echo("clOrdId"), echo("tag")))
        })
        .collect())
}

fn cancel(ex: &mut Exchange, args: &[&Map<String, Value>], now: i64) -> Result<Vec<Item>, Failure> {
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

/// Amends as `POST /api/v5/trade/amend-order` does, item by item.
fn amend(ex: &mut Exchange, args: &[&Map<String, Value>], now: i64) -> Result<Vec<Item>, Failure> {
    let mut items = Vec::with_capacity(args.len());
    for arg in args {
        items.push(with_inst_id(ex, arg)?);
    }
    Ok(items
        .into_iter()
        .map(|item| {
            let cl = item
                .get("clOrdId")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            parse_amend_map(&item)
                .and_then(|a| ex.amend(&a, now))
                .map_err(|e| (e, cl, String::new()))
        })
        .collect())
}

/// `mass-cancel`: MMP orders of an option family. The mock lists no options, so there is
/// nothing to cancel once the arguments are valid.
fn mass_cancel(args: &[&Map<String, Value>]) -> Result<Vec<Value>, Failure> {
    let arg = args.first().copied().cloned().unwrap_or_default();
    let text = |k: &str| arg.get(k).and_then(code_text);
    let param = |name: &str| {
        let e = crate::codes::PARAM_ERROR;
        (e.code, e.text(&[name]))
    };
    let inst_type =
        text("instType").ok_or_else(|| (PARAM_EMPTY.code, PARAM_EMPTY.text(&["instType"])))?;
    if inst_type != "OPTION" {
        return Err(param("instType"));
    }
    if text("instFamily").is_none() {
        return Err((PARAM_EMPTY.code, PARAM_EMPTY.text(&["instFamily"])));
    }
    if let Some(lock) = text("lockInterval") {
        if !lock.parse::<u32>().is_ok_and(|ms| ms <= 10_000) {
            return Err(param("lockInterval"));
        }
    }
    Ok(vec![json!({"result": true})])
}

/// The `instId` an `instIdCode` names; the code itself when no market has it (so the engine
/// answers 51001 for the item).
fn inst_id_of(ex: &Exchange, code: &str) -> String {
    ex.markets()
        .iter()
        .find(|m| m.inst.raw.get("instIdCode").and_then(code_text).as_deref() == Some(code))
        .map_or(code.to_owned(), |m| m.inst.inst_id.clone())
}

/// The argument with `instId` looked up from `instIdCode` (an integer, or a string), which
/// replaces any `instId` sent: OKX ignores that since March 2026.
fn with_inst_id(ex: &Exchange, arg: &Map<String, Value>) -> Result<Map<String, Value>, Failure> {
    let code = arg
        .get("instIdCode")
        .and_then(code_text)
        .ok_or_else(|| (PARAM_EMPTY.code, PARAM_EMPTY.text(&["instIdCode"])))?;
    let inst_id = inst_id_of(ex, &code);
    let mut item = arg.clone();
    item.remove("instIdCode");
    item.insert("instId".to_owned(), Value::String(inst_id));
    Ok(item)
}

/// A value sent as a JSON number or a non-empty string, as text.
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
fn ws_param_code((code, msg): Failure) -> Failure {
    if code == "50014" {
        (PARAM_EMPTY.code, msg)
    } else {
        (code, msg)
    }
}

/// One item of the reply's `data`; `tag_key` names the field echoing the tag (amends carry
/// `reqId` instead, added by the caller).
fn item_json(r: Item, tag_key: Option<&str>, ts: &str) -> Value {
    match r {
        Ok(ack) => {
            let mut v = json!({"ordId": ack.ord_id, "clOrdId": ack.cl_ord_id, "ts": ts, "sCode": "0", "sMsg": "", "subCode": ""});
            if tag_key.is_some() {
                v["tag"] = Value::String(ack.tag);
            }
            v
        }
        Err((e, cl, tag)) => {
            let mut v = json!({"ordId": "", "clOrdId": cl, "ts": ts, "sCode": e.code, "sMsg": e.msg, "subCode": ""});
            if tag_key.is_some() {
                v["tag"] = Value::String(tag);
            }
            v
        }
    }
}

/// What a reply needs to know about its request.
struct Answer<'a> {
    app: &'a App,
    s: &'a Session,
    id: &'a str,
    op: &'a str,
    in_time: u64,
}

impl Answer<'_> {
    /// Sends the reply (after `delay_ms` when given): `code` 0 when every item succeeded,
    /// 1 when all failed, 2 when some did, or the request-level failure with `data: []`.
    fn send(&self, results: &Result<Vec<Value>, Failure>, delay_ms: Option<u64>) {
        let success_msg = if self.op == "order" || self.op == "batch-orders" {
            "Order placed"
        } else {
            ""
        };
        let (code, msg, data) = match results {
            Err((code, msg)) => ((*code).to_owned(), msg.clone(), Vec::new()),
            Ok(items) => {
                let mut items = items.clone();
                for item in &mut items {
                    if item["sCode"] == "0" {
                        item["sMsg"] = Value::String(success_msg.to_owned());
                    }
                }
                let ok = items
                    .iter()
                    .filter(|i| i.get("sCode").map_or(true, |c| c == "0"))
                    .count();
                let (code, msg) = match ok {
                    n if n == items.len() => ("0", ""),
                    0 => ("1", "All operations failed"),
                    _ => ("2", "Bulk operation partially succeeded"),
                };
                (code.to_owned(), msg.to_owned(), items)
            }
        };
        let body = json!({
            "id": self.id,
            "op": self.op,
            "code": code,
            "msg": msg,
            "data": data,
            "inTime": self.in_time.to_string(),
            "outTime": micros_now().to_string(),
        });
        log::debug!(target: crate::LOG_TARGET, "ws {}: {} -> {code}", self.s.conn_id, self.op);
        let hub = self.app.ws.lock();
        match delay_ms {
            Some(ms) => hub.send_later(self.s.id, body.to_string().into(), ms),
            None => hub.send_to(self.s.id, body.to_string().into()),
        }
    }
}
