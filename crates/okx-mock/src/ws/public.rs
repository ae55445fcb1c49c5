//! Payloads of the public market channels other than the books: tickers, trades, candles,
//! mark price, index tickers, funding rate, open interest and instruments, built from the
//! mock market as OKX shapes them (recorded frames in okx-api/recorded).

use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::channels::{Feed, Topic};
use crate::state::num::{fmt, round_to};
use crate::state::{candles, parse_bar, Exchange, InstType, Market, Page, PublicTrade};

const HOUR_MS: i64 = 3_600_000;
/// OKX settles funding every 8 hours, at 00:00, 08:00 and 16:00 UTC.
const FUNDING_PERIOD_MS: i64 = 8 * HOUR_MS;

/// `"data":[ITEM]`.
pub(crate) fn data_tail(item: &Value) -> String {
    format!("\"data\":[{item}]")
}

/// The push of a snapshot-style channel for `topic` now, or `None` when the channel pushes
/// only on events (trades, the books) or names nothing the mock has.
pub(crate) fn payload(ex: &Exchange, feed: Feed, topic: &Topic, now: i64) -> Option<Value> {
    let id = topic.inst_id.as_deref().unwrap_or("");
    match feed {
        Feed::Tickers => ex.market(id).map(|m| ex.ticker_json(m, now)),
        Feed::MarkPrice => ex.market(id).map(|m| mark_price(m, now)),
        Feed::IndexTickers => index_ticker(ex, id, now),
        Feed::FundingRate => ex.market(id).map(|m| funding_rate(m, now)),
        Feed::OpenInterest => ex.market(id).map(|m| open_interest(m, now)),
        Feed::Candle | Feed::MarkPriceCandle | Feed::IndexCandle => candle(ex, feed, topic, now),
        _ => None,
    }
}

/// The `instruments` push: every listed instrument of the subscribed type, sent once.
pub(crate) fn instruments(ex: &Exchange, inst_type: &str) -> Value {
    Value::Array(
        ex.markets()
            .iter()
            .filter(|m| m.inst.inst_type.as_str() == inst_type)
            .map(|m| m.inst.raw.clone())
            .collect(),
    )
}

/// One `trades` item: taker side, OKX's aggregation `count` and the book `seqId`.
pub(crate) fn trade(inst_id: &str, t: &PublicTrade, seq_id: i64) -> String {
    format!(
        r#"{{"instId":"{inst_id}","tradeId":"{}","px":"{}","sz":"{}","side":"{}","ts":"{}","count":"1","source":"0","seqId":{seq_id}}}"#,
        t.trade_id,
        fmt(t.px),
        fmt(t.sz),
        t.side.as_str(),
        t.ts
    )
}

/// One `trades-all` item.
pub(crate) fn trade_all(inst_id: &str, t: &PublicTrade) -> String {
    format!(
        r#"{{"instId":"{inst_id}","tradeId":"{}","px":"{}","sz":"{}","side":"{}","source":"0","ts":"{}"}}"#,
        t.trade_id,
        fmt(t.px),
        fmt(t.sz),
        t.side.as_str(),
        t.ts
    )
}

fn mark_price(m: &Market, now: i64) -> Value {
    // Mark prices exist for derivatives and margin; a spot id stands for its margin market.
    let inst_type = match m.inst.inst_type {
        InstType::Swap => "SWAP",
        InstType::Spot => "MARGIN",
    };
    json!({
        "instType": inst_type,
        "instId": m.inst.inst_id,
        "markPx": fmt(m.last),
        "ts": now.to_string(),
    })
}

fn index_ticker(ex: &Exchange, id: &str, now: i64) -> Option<Value> {
    let (base, _) = id.split_once('-')?;
    let m = ex.market(&format!("{base}-USDT"))?;
    Some(json!({
        "instId": id,
        "idxPx": fmt(m.last),
        "high24h": fmt(m.high24h),
        "low24h": fmt(m.low24h),
        "open24h": fmt(m.open24h),
        "sodUtc0": fmt(m.open24h),
        "sodUtc8": fmt(m.open24h),
        "ts": now.to_string(),
    }))
}

/// A plausible, deterministic funding rate: 0.01 % plus a hundredth of the 24 h move, within
/// OKX's usual +-0.75 % caps.
fn funding_rate(m: &Market, now: i64) -> Value {
    let cap = Decimal::new(75, 4);
    let base = Decimal::new(1, 4);
    let drift = if m.open24h.is_zero() {
        Decimal::ZERO
    } else {
        (m.last / m.open24h - Decimal::ONE) / Decimal::ONE_HUNDRED
    };
    let rate = (base + drift).clamp(-cap, cap).round_dp(8);
    let next = (now.div_euclid(FUNDING_PERIOD_MS) + 1) * FUNDING_PERIOD_MS;
    json!({
        "formulaType": "withRate",
        "fundingRate": fmt(rate),
        "fundingTime": next.to_string(),
        "impactValue": "",
        "instId": m.inst.inst_id,
        "instType": "SWAP",
        "interestRate": "0.0001",
        "maxFundingRate": fmt(cap),
        "method": "current_period",
        "minFundingRate": fmt(-cap),
        "nextFundingRate": "",
        "nextFundingTime": (next + FUNDING_PERIOD_MS).to_string(),
        "premium": fmt((rate - base).round_dp(8)),
        "settFundingRate": fmt(base),
        "settState": "settled",
        "ts": now.to_string(),
    })
}

/// Open interest: a tenth of the 24 h volume, in contracts, coin and USD.
fn open_interest(m: &Market, now: i64) -> Value {
    let oi = round_to(m.vol24h / Decimal::TEN, m.inst.lot_sz);
    let oi_ccy = oi * m.inst.ct_val;
    json!({
        "instId": m.inst.inst_id,
        "instType": "SWAP",
        "oi": fmt(oi),
        "oiCcy": fmt(oi_ccy),
        "oiUsd": fmt(round_to(oi_ccy * m.last, Decimal::new(1, 2))),
        "ts": now.to_string(),
    })
}

/// The current candle of a candle channel; mark-price and index candles have no volumes.
fn candle(ex: &Exchange, feed: Feed, topic: &Topic, now: i64) -> Option<Value> {
    let prefix = match feed {
        Feed::Candle => "candle",
        Feed::MarkPriceCandle => "mark-price-candle",
        _ => "index-candle",
    };
    let bar = parse_bar(topic.channel.strip_prefix(prefix)?)?;
    let id = topic.inst_id.as_deref()?;
    let market = match feed {
        Feed::IndexCandle => ex.market(&format!("{}-USDT", id.split_once('-')?.0))?,
        _ => ex.market(id)?,
    };
    let page = Page {
        limit: 1,
        ..Page::default()
    };
    let row = candles(market, bar, page, now).into_iter().next()?;
    Some(match feed {
        Feed::Candle => row,
        _ => {
            let cell = |i: usize| row.get(i).cloned().unwrap_or_default();
            json!([cell(0), cell(1), cell(2), cell(3), cell(4), cell(8)])
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_have_okx_fields() {
        let ex = Exchange::new(1_700_000_000_000).unwrap();
        let now = 1_700_000_000_000;
        let t = |ch: &str, id: &str| Topic::inst(ch, id);
        let fr = payload(
            &ex,
            Feed::FundingRate,
            &t("funding-rate", "BTC-USDT-SWAP"),
            now,
        )
        .unwrap();
        assert_eq!(fr["fundingTime"], "1700006400000");
        let candle = payload(&ex, Feed::Candle, &t("candle1H", "BTC-USDT"), now).unwrap();
        assert_eq!(candle.as_array().unwrap().len(), 9);
        let mark = payload(
            &ex,
            Feed::MarkPriceCandle,
            &t("mark-price-candle1m", "BTC-USDT-SWAP"),
            now,
        )
        .unwrap();
        assert_eq!(mark.as_array().unwrap().len(), 6);
        let idx = payload(&ex, Feed::IndexCandle, &t("index-candle1m", "BTC-USD"), now).unwrap();
        assert_eq!(idx.as_array().unwrap().len(), 6);
        let it = payload(
            &ex,
            Feed::IndexTickers,
            &t("index-tickers", "ETH-USDT"),
            now,
        )
        .unwrap();
        assert_eq!(it["idxPx"], "3200");
        let oi = payload(
            &ex,
            Feed::OpenInterest,
            &t("open-interest", "BTC-USDT-SWAP"),
            now,
        )
        .unwrap();
        assert!(oi["oi"].as_str().is_some());
        assert_eq!(
            payload(&ex, Feed::Trades, &t("trades", "BTC-USDT"), now),
            None
        );
    }
}
