//! Market-data endpoints: ticker(s), order book, candles, recent trades, index tickers.

use serde_json::{json, Value};

use super::envelope::{ApiError, Reply};
use super::{inst_not_found, inst_type_param, Ctx};
use crate::codes;
use crate::state::num::fmt;
use crate::state::{self, Level, Page};

/// `GET /api/v5/market/ticker`
pub(crate) fn ticker(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let inst_id = ctx.query.req("instId")?;
    let market = ctx.ex.market(inst_id).ok_or_else(inst_not_found)?;
    Ok(Reply::data(vec![ctx.ex.ticker_json(market, ctx.now)]))
}

/// `GET /api/v5/market/tickers`
pub(crate) fn tickers(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let inst_type = inst_type_param(
        ctx.query.req("instType")?,
        &["SPOT", "SWAP", "FUTURES", "OPTION"],
    )?;
    let family = ctx.query.get("instFamily").or_else(|| ctx.query.get("uly"));
    let items = ctx
        .ex
        .markets()
        .iter()
        .filter(|m| m.inst.inst_type.as_str() == inst_type)
        .filter(|m| family.map_or(true, |f| m.inst.inst_family == f))
        .map(|m| ctx.ex.ticker_json(m, ctx.now))
        .collect();
    Ok(Reply::data(items))
}

/// `GET /api/v5/market/books`: `sz` levels per side (default 1, max 400), with the book's `seqId`.
pub(crate) fn books(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let inst_id = ctx.query.req("instId")?;
    let depth = match ctx.query.uint("sz")? {
        None => 1,
        Some(0) => return Err(ApiError::param("sz")),
        Some(n) => usize::try_from(n).unwrap_or(400).min(400),
    };
    let market = ctx.ex.market(inst_id).ok_or_else(inst_not_found)?;
    let (bids, asks) = ctx.ex.book(market, depth);
    let rows = |levels: Vec<Level>| -> Vec<Value> {
        levels
            .into_iter()
            .map(|l| json!([fmt(l.px), fmt(l.sz), "0", l.count.to_string()]))
            .collect()
    };
    // seqId names the book state, so a WebSocket client can splice this snapshot into the
    // `books` stream (websocket.md 8.5).
    Ok(Reply::data(vec![json!({
        "asks": rows(asks),
        "bids": rows(bids),
        "ts": ctx.now.to_string(),
        "seqId": market.seq,
    })]))
}

/// `GET /api/v5/market/candles`: synthetic bars, newest first (limit default 100, max 300).
pub(crate) fn candles(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let inst_id = ctx.query.req("instId")?;
    let bar = state::parse_bar(ctx.query.get("bar").unwrap_or("1m"))
        .ok_or_else(|| ApiError::param("bar"))?;
    let after = ctx.query.uint("after")?.map(clamp_ms);
    let before = ctx.query.uint("before")?.map(clamp_ms);
    let limit = ctx.query.limit(100, 300)?;
    let market = ctx.ex.market(inst_id).ok_or_else(inst_not_found)?;
    Ok(Reply::data(state::candles(
        market,
        bar,
        Page {
            after,
            before,
            limit,
        },
        ctx.now,
    )))
}

/// `GET /api/v5/market/trades`: the newest public trades (limit default 100, max 500).
pub(crate) fn trades(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let inst_id = ctx.query.req("instId")?;
    let limit = ctx.query.limit(100, 500)?;
    let market = ctx.ex.market(inst_id).ok_or_else(inst_not_found)?;
    Ok(Reply::data(market.trades_json(limit)))
}

/// `GET /api/v5/market/index-tickers`: one index per spot base currency and quote
/// (USDT, USD, USDC), priced at the spot market's last price.
pub(crate) fn index_tickers(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let quote = ctx.query.get("quoteCcy");
    let inst_id = ctx.query.get("instId");
    if quote.is_none() && inst_id.is_none() {
        return Err(ApiError::new(codes::EITHER_PARAM, &["quoteCcy", "instId"]));
    }
    let mut items = Vec::new();
    for market in ctx
        .ex
        .markets()
        .iter()
        .filter(|m| m.inst.inst_type == state::InstType::Spot)
    {
        for q in ["USDT", "USD", "USDC"] {
            let id = format!("{}-{q}", market.inst.base_ccy);
            if quote.is_some_and(|want| want != q) || inst_id.is_some_and(|want| want != id) {
                continue;
            }
            let px = fmt(market.last);
            items.push(json!({
                "instId": id,
                "idxPx": px,
                "high24h": fmt(market.high24h),
                "sodUtc0": fmt(market.open24h),
                "open24h": fmt(market.open24h),
                "low24h": fmt(market.low24h),
                "sodUtc8": fmt(market.open24h),
                "ts": ctx.now.to_string(),
            }));
        }
    }
    if inst_id.is_some() && items.is_empty() {
        return Err(ApiError::new(codes::INDEX_NOT_FOUND, &[]));
    }
    Ok(Reply::data(items))
}

fn clamp_ms(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX / 2)
}
