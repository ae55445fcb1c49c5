//! Pushes that follow changes of the exchange: the private channels (`orders`, `account`,
//! `positions`, `balance_and_position`, `fills`) and the trade-driven public ones (`trades`,
//! `trades-all`, plus a `tickers` push per trade), drained from the exchange's event list.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::channels::{Feed, Topic};
use super::hub::Locked;
use super::public::{self, data_tail};
use crate::state::num::{fmt, tidy};
use crate::state::{Event, Exchange, Fill, InstType, Order};

/// Reports every change recorded in `ex` since the last call to the WebSocket subscribers.
/// Runs with the exchange locked, so pushes leave in the order of the changes.
pub(crate) fn flush(hub: &mut Locked<'_>, ex: &mut Exchange, now: i64) {
    if ex.events.is_empty() {
        return;
    }
    let events = std::mem::take(&mut ex.events);
    let mut ccys = BTreeSet::new();
    let mut positions = BTreeSet::new();
    let mut traded = BTreeSet::new();
    let mut trades = Vec::new();
    for event in &events {
        match event {
            Event::Order(order) => {
                settlement_ccys(ex, &order.inst_id, &mut ccys);
                publish_order(hub, ex, order);
            }
            Event::Trade {
                inst_id,
                trade,
                seq_id,
            } => {
                let tail = data_tail_raw(&public::trade(inst_id, trade, *seq_id));
                hub.publish(&Topic::inst("trades", inst_id), &tail);
                let tail = data_tail_raw(&public::trade_all(inst_id, trade));
                hub.publish(&Topic::inst("trades-all", inst_id), &tail);
                traded.insert(inst_id.clone());
                trades.push((inst_id.clone(), trade.trade_id));
            }
            Event::Fill(fill) => {
                settlement_ccys(ex, &fill.inst_id, &mut ccys);
                publish_fill(hub, fill);
            }
            Event::Balance(ccy) => {
                ccys.insert(ccy.clone());
            }
            Event::Position(inst_id) => {
                positions.insert(inst_id.clone());
                settlement_ccys(ex, inst_id, &mut ccys);
            }
        }
    }
    // OKX pushes tickers on trades; the 100 ms feed covers book-only changes.
    for inst_id in &traded {
        let topic = Topic::inst("tickers", inst_id);
        if hub.watched(&topic) {
            if let Some(item) = public::payload(ex, Feed::Tickers, &topic, now) {
                hub.publish(&topic, &data_tail(&item));
            }
        }
    }
    if !ccys.is_empty() {
        publish_account(hub, ex, &ccys, now);
    }
    let pos_items: Vec<Value> = positions
        .iter()
        .map(|id| position_item(ex, id, now))
        .collect();
    if !pos_items.is_empty() {
        publish_positions(hub, ex, &pos_items);
    }
    let changed = !ccys.is_empty() || !pos_items.is_empty();
    if changed && hub.topics().any(|(_, f)| f == Feed::BalanceAndPosition) {
        let reason = if trades.is_empty() {
            "transferred"
        } else {
            "filled"
        };
        let item = balance_and_position(ex, Some(&ccys), &pos_items, reason, &trades, now);
        hub.publish_where("balance_and_position", |_| true, &data_tail(&item));
    }
}

/// The first push of a private channel that sends a snapshot on subscribe (`account`,
/// `positions`, `balance_and_position`); `None` for the others.
pub(crate) fn initial(ex: &Exchange, feed: Feed, topic: &Topic, now: i64) -> Option<String> {
    match feed {
        Feed::Account => {
            let only = topic.ccy.as_deref().map(|c| vec![c]);
            let item = ex.balance_json(only.as_deref(), now);
            Some(paged("snapshot", &[item]))
        }
        Feed::Positions => {
            let items: Vec<Value> = ex
                .positions_json(None, now)
                .into_iter()
                .filter(|p| position_matches(ex, topic, p))
                .collect();
            Some(paged("snapshot", &items))
        }
        Feed::BalanceAndPosition => {
            let positions = ex.positions_json(None, now);
            let item = balance_and_position(ex, None, &positions, "snapshot", &[], now);
            Some(data_tail(&item))
        }
        _ => None,
    }
}

/// `"eventType":..,"curPage":1,"lastPage":true,"data":[...]` (the mock never pages).
fn paged(event_type: &str, items: &[Value]) -> String {
    format!(
        "\"eventType\":\"{event_type}\",\"curPage\":1,\"lastPage\":true,\"data\":{}",
        Value::from(items.to_vec())
    )
}

fn data_tail_raw(item: &str) -> String {
    format!("\"data\":[{item}]")
}

/// The currencies whose balance an order or position on `inst_id` moves.
fn settlement_ccys(ex: &Exchange, inst_id: &str, out: &mut BTreeSet<String>) {
    if let Some(m) = ex.market(inst_id) {
        out.insert(m.inst.quote_ccy.clone());
        if m.inst.inst_type == InstType::Spot {
            out.insert(m.inst.base_ccy.clone());
        }
    }
}

/// Whether a subscription filtered by `instType` / `instFamily` / `instId` covers an
/// instrument.
fn covers(ex: &Exchange, topic: &Topic, inst_type: &str, inst_id: &str) -> bool {
    let type_ok = topic
        .inst_type
        .as_deref()
        .map_or(true, |t| t == "ANY" || t == inst_type);
    let id_ok = topic.inst_id.as_deref().map_or(true, |id| id == inst_id);
    let family_ok = topic.inst_family.as_deref().map_or(true, |fam| {
        ex.market(inst_id)
            .is_some_and(|m| m.inst.inst_family == fam)
    });
    type_ok && id_ok && family_ok
}

fn publish_order(hub: &Locked<'_>, ex: &Exchange, order: &Order) {
    let item = order_item(ex, order);
    let tail = data_tail(&item);
    let inst_type = order.inst_type.as_str();
    hub.publish_where(
        "orders",
        |t| covers(ex, t, inst_type, &order.inst_id),
        &tail,
    );
}

/// The `orders` push item: the REST order item plus the channel's fill and amend fields.
fn order_item(ex: &Exchange, order: &Order) -> Value {
    let mut item = order.to_json();
    let market = ex.market(&order.inst_id);
    let ct_val = market.map_or(rust_decimal::Decimal::ONE, |m| m.inst.ct_val);
    let last = market.map_or_else(String::new, |m| fmt(m.last));
    let fill = order.last_fill;
    let extra = json!({
        "amendResult": "",
        "amendSource": "",
        "code": "0",
        "msg": "",
        "reqId": "",
        "execType": fill.map_or("", |f| if f.taker { "T" } else { "M" }),
        "fillFee": fill.map_or_else(|| "0".to_owned(), |f| fmt(f.fee)),
        "fillFeeCcy": order.fee_ccy,
        "fillNotionalUsd": fill.map_or_else(String::new, |f| fmt(tidy(f.px * f.sz * ct_val))),
        "fillPnl": "0",
        "fillFwdPx": "",
        "fillIdxPx": "",
        "fillMarkPx": "",
        "fillMarkVol": "",
        "fillPxUsd": "",
        "fillPxVol": "",
        "lastPx": last,
        "notionalUsd": order
            .px
            .map_or_else(String::new, |px| fmt(tidy(px * order.sz * ct_val))),
    });
    if let (Value::Object(map), Value::Object(extra)) = (&mut item, extra) {
        map.extend(extra);
    }
    item
}

fn publish_fill(hub: &Locked<'_>, fill: &Fill) {
    let item = json!({
        "instId": fill.inst_id,
        "fillSz": fmt(fill.sz),
        "fillPx": fmt(fill.px),
        "side": fill.side.as_str(),
        "ts": fill.ts.to_string(),
        "ordId": fill.ord_id.to_string(),
        "clOrdId": fill.cl_ord_id,
        "tradeId": fill.trade_id.to_string(),
        "execType": fill.exec_type,
        "count": "1",
    });
    hub.publish_where(
        "fills",
        |t| t.inst_id.as_deref().map_or(true, |id| id == fill.inst_id),
        &data_tail(&item),
    );
}

fn publish_account(hub: &Locked<'_>, ex: &Exchange, ccys: &BTreeSet<String>, now: i64) {
    let topics: Vec<Topic> = hub
        .topics()
        .filter(|(_, f)| *f == Feed::Account)
        .map(|(t, _)| t.clone())
        .collect();
    for topic in topics {
        let list: Vec<&str> = match topic.ccy.as_deref() {
            Some(c) if ccys.contains(c) => vec![c],
            Some(_) => continue,
            None => ccys.iter().map(String::as_str).collect(),
        };
        let item = ex.balance_json(Some(&list), now);
        hub.publish(&topic, &paged("event_update", &[item]));
    }
}

fn publish_positions(hub: &Locked<'_>, ex: &Exchange, items: &[Value]) {
    let topics: Vec<Topic> = hub
        .topics()
        .filter(|(_, f)| *f == Feed::Positions)
        .map(|(t, _)| t.clone())
        .collect();
    for topic in topics {
        let kept: Vec<Value> = items
            .iter()
            .filter(|p| position_matches(ex, &topic, p))
            .cloned()
            .collect();
        if !kept.is_empty() {
            hub.publish(&topic, &paged("event_update", &kept));
        }
    }
}

fn position_matches(ex: &Exchange, topic: &Topic, p: &Value) -> bool {
    let field = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("");
    covers(ex, topic, field("instType"), field("instId"))
}

/// The position of `inst_id` as the channels show it; a closed one shows `pos` "0".
fn position_item(ex: &Exchange, inst_id: &str, now: i64) -> Value {
    if let Some(p) = ex.positions_json(Some(&[inst_id]), now).into_iter().next() {
        return p;
    }
    let ccy = ex
        .market(inst_id)
        .map_or_else(String::new, |m| m.inst.quote_ccy.clone());
    json!({
        "instType": "SWAP",
        "instId": inst_id,
        "pos": "0",
        "posSide": "net",
        "mgnMode": "cross",
        "posId": "",
        "ccy": ccy,
        "posCcy": "",
        "avgPx": "",
        "upl": "0",
        "uplRatio": "0",
        "lever": "",
        "liqPx": "",
        "markPx": "",
        "imr": "",
        "margin": "",
        "notionalUsd": "0",
        "realizedPnl": "",
        "tradeId": "",
        "cTime": "",
        "uTime": now.to_string(),
    })
}

/// The `balance_and_position` item: cash of `ccys` (all when `None`) and these positions.
fn balance_and_position(
    ex: &Exchange,
    ccys: Option<&BTreeSet<String>>,
    positions: &[Value],
    event_type: &str,
    trades: &[(String, u64)],
    now: i64,
) -> Value {
    let only: Option<Vec<&str>> = ccys.map(|set| set.iter().map(String::as_str).collect());
    let balance = ex.balance_json(only.as_deref(), now);
    let bal_data: Vec<Value> = balance
        .get("details")
        .and_then(Value::as_array)
        .map(|details| {
            details
                .iter()
                .map(|d| {
                    json!({
                        "ccy": d.get("ccy").cloned().unwrap_or_default(),
                        "cashBal": d.get("cashBal").cloned().unwrap_or_default(),
                        "uTime": d.get("uTime").cloned().unwrap_or_default(),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let keys = [
        "posId", "tradeId", "instId", "instType", "mgnMode", "posSide", "pos", "ccy", "posCcy",
        "avgPx", "uTime",
    ];
    let pos_data: Vec<Value> = positions
        .iter()
        .map(|p| {
            let mut out = Map::new();
            for key in keys {
                out.insert(
                    key.to_owned(),
                    p.get(key).cloned().unwrap_or_else(|| "".into()),
                );
            }
            let avg = p.get("avgPx").cloned().unwrap_or_else(|| "".into());
            out.insert("nonSettleAvgPx".to_owned(), avg);
            out.insert("settledPnl".to_owned(), "0".into());
            Value::Object(out)
        })
        .collect();
    let trades: Vec<Value> = trades
        .iter()
        .map(|(id, trade_id)| json!({"instId": id, "tradeId": trade_id.to_string()}))
        .collect();
    json!({
        "pTime": now.to_string(),
        "eventType": event_type,
        "balData": bal_data,
        "posData": pos_data,
        "trades": trades,
    })
}
