//! Trade endpoints: place, amend and cancel (single and batch, answered per item), the
//! `cancel-all-after` switch, order details, pending orders, order history and fills.

use serde_json::{json, Map, Value};

use super::envelope::{order_reply, ApiError, ItemResult, Reply};
use super::params::{is_client_id, Fields};
use super::{inst_type_param, Ctx};
use crate::codes;
use crate::state::num::parse_positive;
use crate::state::{Amend, ItemError, NewOrder, OrdType, Order, Side};

/// OKX's batch limit for place and cancel.
const MAX_BATCH: usize = 20;
const INST_TYPES: &[&str] = &["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"];

/// `POST /api/v5/trade/order`
pub(crate) fn place_order(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let body = ctx.body.take().unwrap_or(Value::Null);
    let Value::Object(item) = body else {
        return Err(ApiError::param("body"));
    };
    place_items(ctx, &[item])
}

/// `POST /api/v5/trade/batch-orders`: a JSON array of up to 20 orders.
pub(crate) fn place_batch(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let items = objects(ctx.body.take())?;
    if items.len() > MAX_BATCH {
        return Err(ApiError::new(
            codes::BATCH_TOO_LARGE,
            &[&MAX_BATCH.to_string()],
        ));
    }
    place_items(ctx, &items)
}

/// `POST /api/v5/trade/cancel-order`
pub(crate) fn cancel_order(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let body = ctx.body.take().unwrap_or(Value::Null);
    let Value::Object(item) = body else {
        return Err(ApiError::param("body"));
    };
    cancel_items(ctx, &[item])
}

/// `POST /api/v5/trade/cancel-batch-orders`: a JSON array of up to 20 cancels.
pub(crate) fn cancel_batch(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let items = objects(ctx.body.take())?;
    if items.len() > MAX_BATCH {
        return Err(ApiError::new(
            codes::CANCEL_TOO_MANY,
            &[&MAX_BATCH.to_string()],
        ));
    }
    cancel_items(ctx, &items)
}

/// `POST /api/v5/trade/amend-order`
pub(crate) fn amend_order(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let body = ctx.body.take().unwrap_or(Value::Null);
    let Value::Object(item) = body else {
        return Err(ApiError::param("body"));
    };
    amend_items(ctx, &[item])
}

/// `POST /api/v5/trade/amend-batch-orders`: a JSON array of up to 20 amends.
pub(crate) fn amend_batch(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let items = objects(ctx.body.take())?;
    if items.len() > MAX_BATCH {
        return Err(ApiError::new(
            codes::AMEND_TOO_MANY,
            &[&MAX_BATCH.to_string()],
        ));
    }
    amend_items(ctx, &items)
}

/// `POST /api/v5/trade/cancel-all-after`: arms, refreshes (`timeOut` 10 to 120 s) or
/// disarms (`timeOut` 0) the dead-man switch that cancels every pending order.
pub(crate) fn cancel_all_after(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let body = ctx.body.take().unwrap_or(Value::Null);
    let Value::Object(item) = body else {
        return Err(ApiError::param("body"));
    };
    let f = Fields(&item);
    let secs = f
        .req("timeOut")?
        .parse::<u32>()
        .ok()
        .filter(|s| *s == 0 || (10..=120).contains(s))
        .ok_or_else(|| ApiError::param("timeOut"))?;
    let tag = f.get("tag").unwrap_or_default();
    if !tag.is_empty() && !is_client_id(&tag, 16) {
        return Err(ApiError::param("tag"));
    }
    let armed = ctx.ex.dead_man.set(secs, tag.clone(), ctx.now);
    let trigger = armed.map_or(0, |a| a.trigger_ms);
    Ok(Reply::data(vec![json!({
        "triggerTime": trigger.to_string(),
        "tag": tag,
        "ts": ctx.now.to_string(),
    })]))
}

/// `GET /api/v5/trade/order`: one order by `ordId` or `clOrdId`.
pub(crate) fn get_order(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let inst_id = ctx.query.req("instId")?;
    let (ord_id, cl_ord_id) = (ctx.query.get("ordId"), ctx.query.get("clOrdId"));
    if ord_id.is_none() && cl_ord_id.is_none() {
        return Err(ApiError::new(codes::ORD_ID_REQUIRED, &[]));
    }
    let id = ctx
        .ex
        .lookup(inst_id, ord_id, cl_ord_id, codes::ORDER_NOT_FOUND)
        .map_err(ApiError::from_item)?;
    let order = ctx
        .ex
        .orders
        .get(id)
        .ok_or_else(|| ApiError::new(codes::ORDER_NOT_FOUND, &[]))?;
    Ok(Reply::data(vec![order.to_json()]))
}

/// `GET /api/v5/trade/orders-pending`: live and partially filled orders, newest first.
pub(crate) fn orders_pending(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let filter = OrderFilter::read(ctx, false)?;
    if let Some(state) = ctx.query.get("state") {
        if !matches!(state, "live" | "partially_filled") {
            return Err(ApiError::param("state"));
        }
    }
    let orders = ctx
        .ex
        .orders
        .pending()
        .rev()
        .filter(|o| filter.keeps(ctx, o));
    let page = paginate(orders.collect(), |o| o.ord_id, &filter.page);
    Ok(Reply::data(page.into_iter().map(Order::to_json).collect()))
}

/// `GET /api/v5/trade/orders-history` (and `-archive`): filled and canceled orders.
pub(crate) fn orders_history(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let filter = OrderFilter::read(ctx, true)?;
    if let Some(state) = ctx.query.get("state") {
        if !matches!(state, "filled" | "canceled" | "mmp_canceled") {
            return Err(ApiError::param("state"));
        }
    }
    let orders = ctx
        .ex
        .orders
        .newest_first()
        .filter(|o| !o.state.is_pending() && filter.keeps(ctx, o));
    let page = paginate(orders.collect(), |o| o.ord_id, &filter.page);
    Ok(Reply::data(page.into_iter().map(Order::to_json).collect()))
}

/// `GET /api/v5/trade/fills` (and `fills-history`): the account's executions, newest first.
pub(crate) fn fills(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let inst_type = ctx
        .query
        .get("instType")
        .map(|t| inst_type_param(t, INST_TYPES))
        .transpose()?;
    let inst_id = ctx.query.get("instId");
    let ord_id = ctx.query.get("ordId");
    let page = Paging::read(ctx)?;
    let fills = ctx.ex.orders.fills_newest_first().filter(|f| {
        inst_type.map_or(true, |t| f.inst_type.as_str() == t)
            && inst_id.map_or(true, |id| f.inst_id == id)
            && ord_id.map_or(true, |id| f.ord_id.to_string() == id)
            && page.in_time_range(f.ts)
    });
    let kept = paginate(fills.collect(), |f| f.bill_id, &page);
    Ok(Reply::data(kept.into_iter().map(|f| f.to_json()).collect()))
}

/// The body of a batch endpoint as objects (a lone object counts as a batch of one).
fn objects(body: Option<Value>) -> Result<Vec<Map<String, Value>>, ApiError> {
    let list = match body {
        Some(Value::Array(list)) => list,
        Some(Value::Object(item)) => vec![Value::Object(item)],
        _ => return Err(ApiError::param("body")),
    };
    if list.is_empty() {
        return Err(ApiError::empty("instId"));
    }
    list.into_iter()
        .map(|v| match v {
            Value::Object(item) => Ok(item),
            _ => Err(ApiError::param("body")),
        })
        .collect()
}

fn place_items(ctx: &mut Ctx<'_>, items: &[Map<String, Value>]) -> Result<Reply, ApiError> {
    // Missing required fields fail the whole request, before any order is placed.
    let parsed: Vec<Result<NewOrder, ItemError>> = items
        .iter()
        .map(|item| parse_order(Fields(item)))
        .collect::<Result<_, _>>()?;
    let parsed = refuse_repeated_cl_ord_ids(parsed);
    let results: Vec<ItemResult> = parsed
        .into_iter()
        .zip(items)
        .map(|(order, item)| {
            let f = Fields(item);
            let echo = (
                f.get("clOrdId").unwrap_or_default(),
                f.get("tag").unwrap_or_default(),
            );
            match order.and_then(|o| ctx.ex.place(o, ctx.now)) {
                Ok(ack) => {
                    log::info!(target: crate::LOG_TARGET, "order {} placed", ack.ord_id);
                    Ok(ack)
                }
                Err(e) => Err((e, echo.0, echo.1)),
            }
        })
        .collect();
    Ok(order_reply(results, "Order placed", ctx.in_time, ctx.now))
}

fn cancel_items(ctx: &mut Ctx<'_>, items: &[Map<String, Value>]) -> Result<Reply, ApiError> {
    let inst_ids: Vec<String> = items
        .iter()
        .map(|item| Fields(item).req("instId"))
        .collect::<Result<_, _>>()?;
    let results: Vec<ItemResult> = items
        .iter()
        .zip(inst_ids)
        .map(|(item, inst_id)| {
            let f = Fields(item);
            let (ord_id, cl_ord_id) = (f.get("ordId"), f.get("clOrdId"));
            ctx.ex
                .cancel(&inst_id, ord_id.as_deref(), cl_ord_id.as_deref(), ctx.now)
                .map_err(|e| (e, cl_ord_id.unwrap_or_default(), String::new()))
        })
        .collect();
    Ok(order_reply(results, "", ctx.in_time, ctx.now))
}

fn amend_items(ctx: &mut Ctx<'_>, items: &[Map<String, Value>]) -> Result<Reply, ApiError> {
    let inst_ids: Vec<String> = items
        .iter()
        .map(|item| Fields(item).req("instId"))
        .collect::<Result<_, _>>()?;
    let results: Vec<ItemResult> = items
        .iter()
        .zip(inst_ids)
        .map(|(item, inst_id)| {
            let f = Fields(item);
            let echo = f.get("clOrdId").unwrap_or_default();
            parse_amend(f, inst_id)
                .and_then(|a| ctx.ex.amend(&a, ctx.now))
                .map_err(|e| (e, echo, String::new()))
        })
        .collect();
    let mut reply = order_reply(results, "", ctx.in_time, ctx.now);
    // Amend items carry the request's reqId instead of a tag.
    if let Some(Value::Array(data)) = reply.body.get_mut("data") {
        for (out, item) in data.iter_mut().zip(items) {
            if let Value::Object(out) = out {
                out.remove("tag");
                let req_id = Fields(item).get("reqId").unwrap_or_default();
                out.insert("reqId".to_owned(), Value::String(req_id));
            }
        }
    }
    Ok(reply)
}

/// Reads one amend object: new size and price must be positive decimals (51000 otherwise).
fn parse_amend(f: Fields<'_>, inst_id: String) -> Result<Amend, ItemError> {
    let positive = |key: &str| match f.get(key) {
        None => Ok(None),
        Some(v) => parse_positive(&v)
            .map(Some)
            .ok_or_else(|| ItemError::param(key)),
    };
    Ok(Amend {
        inst_id,
        ord_id: f.get("ordId"),
        cl_ord_id: f.get("clOrdId"),
        new_sz: positive("newSz")?,
        new_px: positive("newPx")?,
        cxl_on_fail: f.get("cxlOnFail").as_deref() == Some("true"),
    })
}

/// Reads one amend object of the WebSocket amend ops (its `instId` already resolved).
pub(crate) fn parse_amend_map(item: &Map<String, Value>) -> Result<Amend, ItemError> {
    let f = Fields(item);
    let inst_id = f.get("instId").unwrap_or_default();
    parse_amend(f, inst_id)
}

/// Refuses every order of a batch whose `clOrdId` an earlier order of the same batch uses
/// (51016, as when it duplicates a pending order's).
pub(crate) fn refuse_repeated_cl_ord_ids(
    parsed: Vec<Result<NewOrder, ItemError>>,
) -> Vec<Result<NewOrder, ItemError>> {
    let mut seen: Vec<String> = Vec::new();
    parsed
        .into_iter()
        .map(|order| {
            let order = order?;
            if order.cl_ord_id.is_empty() {
                return Ok(order);
            }
            if seen.contains(&order.cl_ord_id) {
                return Err(ItemError::new(codes::CL_ORD_ID_EXISTS, &[]));
            }
            seen.push(order.cl_ord_id.clone());
            Ok(order)
        })
        .collect()
}

/// Reads one order object for the WebSocket `order` ops: as [`parse_order`], with a
/// request-level failure given as (code, message).
pub(crate) fn parse_order_map(
    item: &Map<String, Value>,
) -> Result<Result<NewOrder, ItemError>, (&'static str, String)> {
    parse_order(Fields(item)).map_err(|e| (e.code, e.msg))
}

/// Reads one order object: missing required fields are request errors (50014); values OKX
/// rejects are item errors (51000 "Parameter X error").
fn parse_order(f: Fields<'_>) -> Result<Result<NewOrder, ItemError>, ApiError> {
    let inst_id = f.req("instId")?;
    let td_mode = f.req("tdMode")?;
    let side = f.req("side")?;
    let ord_type = f.req("ordType")?;
    let sz = f.req("sz")?;
    Ok((|| {
        let side = Side::parse(&side).ok_or_else(|| ItemError::param("side"))?;
        let ord_type = OrdType::parse(&ord_type).ok_or_else(|| ItemError::param("ordType"))?;
        if !matches!(
            td_mode.as_str(),
            "cash" | "cross" | "isolated" | "spot_isolated"
        ) {
            return Err(ItemError::param("tdMode"));
        }
        let sz = parse_positive(&sz).ok_or_else(|| ItemError::param("sz"))?;
        let px = match f.get("px") {
            None => None,
            Some(px) => Some(parse_positive(&px).ok_or_else(|| ItemError::param("px"))?),
        };
        let cl_ord_id = f.get("clOrdId").unwrap_or_default();
        if !cl_ord_id.is_empty() && !is_client_id(&cl_ord_id, 32) {
            return Err(ItemError::param("clOrdId"));
        }
        let tag = f.get("tag").unwrap_or_default();
        if !tag.is_empty() && !is_client_id(&tag, 16) {
            return Err(ItemError::param("tag"));
        }
        let tgt_ccy = f.get("tgtCcy");
        if tgt_ccy
            .as_deref()
            .is_some_and(|t| t != "base_ccy" && t != "quote_ccy")
        {
            return Err(ItemError::param("tgtCcy"));
        }
        let reduce_only = match f.get("reduceOnly").as_deref() {
            None | Some("false") => false,
            Some("true") => true,
            Some(_) => return Err(ItemError::param("reduceOnly")),
        };
        let pos_side = f.get("posSide");
        if pos_side
            .as_deref()
            .is_some_and(|p| !matches!(p, "net" | "long" | "short"))
        {
            return Err(ItemError::param("posSide"));
        }
        Ok(NewOrder {
            inst_id,
            td_mode,
            side,
            ord_type,
            sz,
            px,
            cl_ord_id,
            tag,
            tgt_ccy,
            reduce_only,
            pos_side,
        })
    })())
}

/// Cursor paging shared by the list endpoints: `after` = older than, `before` = newer than
/// the cursor id; `begin`/`end` bound the time (ms).
#[derive(Debug, Clone, Copy)]
struct Paging {
    after: Option<u64>,
    before: Option<u64>,
    begin: Option<u64>,
    end: Option<u64>,
    limit: usize,
}

impl Paging {
    fn read(ctx: &Ctx<'_>) -> Result<Self, ApiError> {
        let q = &ctx.query;
        Ok(Self {
            after: q.uint("after")?,
            before: q.uint("before")?,
            begin: q.uint("begin")?,
            end: q.uint("end")?,
            limit: q.limit(100, 100)?,
        })
    }

    fn in_time_range(&self, ts: i64) -> bool {
        let ts = u64::try_from(ts).unwrap_or(0);
        self.begin.map_or(true, |b| ts >= b) && self.end.map_or(true, |e| ts <= e)
    }
}

/// Applies cursors to items listed newest first: `after` keeps older ids; `before` alone
/// keeps the `limit` ids just newer than the cursor, still newest first.
fn paginate<'a, T>(items: Vec<&'a T>, id: impl Fn(&T) -> u64, page: &Paging) -> Vec<&'a T> {
    let mut kept: Vec<&'a T> = items
        .into_iter()
        .filter(|t| {
            page.after.map_or(true, |a| id(t) < a) && page.before.map_or(true, |b| id(t) > b)
        })
        .collect();
    if page.before.is_some() && page.after.is_none() && kept.len() > page.limit {
        kept.drain(..kept.len() - page.limit);
    }
    kept.truncate(page.limit);
    kept
}

/// Filters of `orders-pending` and `orders-history`.
struct OrderFilter {
    inst_type: Option<String>,
    inst_id: Option<String>,
    family: Option<String>,
    ord_types: Option<Vec<String>>,
    state: Option<String>,
    page: Paging,
}

impl OrderFilter {
    fn read(ctx: &Ctx<'_>, inst_type_required: bool) -> Result<Self, ApiError> {
        let q = &ctx.query;
        let inst_type = match (q.get("instType"), inst_type_required) {
            (None, true) => return Err(ApiError::empty("instType")),
            (None, false) => None,
            (Some(t), _) => Some(inst_type_param(t, INST_TYPES)?.to_owned()),
        };
        Ok(Self {
            inst_type,
            inst_id: q.get("instId").map(str::to_owned),
            family: q.get("instFamily").map(str::to_owned),
            ord_types: q
                .list("ordType")
                .map(|l| l.into_iter().map(str::to_owned).collect()),
            state: q.get("state").map(str::to_owned),
            page: Paging::read(ctx)?,
        })
    }

    fn keeps(&self, ctx: &Ctx<'_>, o: &Order) -> bool {
        let family_ok = self.family.as_deref().map_or(true, |fam| {
            ctx.ex
                .market(&o.inst_id)
                .is_some_and(|m| m.inst.inst_family == fam)
        });
        self.inst_type
            .as_deref()
            .map_or(true, |t| o.inst_type.as_str() == t)
            && self.inst_id.as_deref().map_or(true, |id| o.inst_id == id)
            && family_ok
            && self
                .ord_types
                .as_ref()
                .map_or(true, |types| types.iter().any(|t| t == o.ord_type.as_str()))
            && self
                .state
                .as_deref()
                .map_or(true, |s| o.state.as_str() == s)
            && self.page.in_time_range(o.c_time)
    }
}
