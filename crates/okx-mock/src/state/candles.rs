//! Synthetic, deterministic candlesticks: a walk backwards from the current last price, so the
//! newest (still open) candle always closes at the market's last price.

use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::market::Market;
use super::num::{fmt, round_to};

/// OKX keeps only this many recent bars on `market/candles`.
const MAX_BARS: i64 = 1_440;
const HOUR: i64 = 3_600_000;
/// Bars of 6 h and longer without the `utc` suffix open at Hong Kong time (UTC+8) boundaries.
const HK_OFFSET: i64 = 8 * HOUR;

/// A bar size: its length and the offset its boundaries are aligned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Bar {
    pub(crate) millis: i64,
    offset: i64,
}

/// Parses OKX's `bar` parameter (`1m`, `1H`, `1D`, `1Dutc`, ...).
pub(crate) fn parse_bar(text: &str) -> Option<Bar> {
    const MIN: i64 = 60_000;
    const DAY: i64 = 24 * HOUR;
    let (base, utc) = match text.strip_suffix("utc") {
        Some(base) => (base, true),
        None => (text, false),
    };
    let millis = match base {
        "1m" => MIN,
        "3m" => 3 * MIN,
        "5m" => 5 * MIN,
        "15m" => 15 * MIN,
        "30m" => 30 * MIN,
        "1H" => HOUR,
        "2H" => 2 * HOUR,
        "4H" => 4 * HOUR,
        "6H" => 6 * HOUR,
        "12H" => 12 * HOUR,
        "1D" => DAY,
        "2D" => 2 * DAY,
        "3D" => 3 * DAY,
        "5D" => 5 * DAY,
        "1W" => 7 * DAY,
        // Calendar months are approximated by 30 days: the mock's candles are synthetic anyway.
        "1M" => 30 * DAY,
        "3M" => 90 * DAY,
        _ => return None,
    };
    let long = millis >= 6 * HOUR;
    if utc && !long {
        return None;
    }
    Some(Bar {
        millis,
        offset: if long && !utc { HK_OFFSET } else { 0 },
    })
}

impl Bar {
    /// Start of the bar that contains `ts`.
    fn start_of(self, ts: i64) -> i64 {
        (ts + self.offset).div_euclid(self.millis) * self.millis - self.offset
    }
}

/// Paging of `market/candles`: `after` = older than, `before` = newer than (both ms).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Page {
    pub(crate) after: Option<i64>,
    pub(crate) before: Option<i64>,
    pub(crate) limit: usize,
}

/// Candles newest first as OKX's 9-string rows; the first row of the current bar has
/// confirm `"0"`.
pub(crate) fn candles(market: &Market, bar: Bar, page: Page, now: i64) -> Vec<Value> {
    let current = bar.start_of(now);
    let newest = match page.after {
        Some(after) => bar.start_of(after - 1).min(current),
        None => current,
    };
    let first_index = (current - newest) / bar.millis;
    if first_index >= MAX_BARS {
        return Vec::new();
    }
    let tick = market.inst.tick_sz;
    let seed = market.inst.inst_id.bytes().map(i64::from).sum::<i64>();
    // Close of bar k (0 = current); the walk is rebuilt from the last price each call.
    let mut close = market.last;
    let mut rows = Vec::new();
    for k in 0..MAX_BARS {
        let ts = current - k * bar.millis;
        let step = wiggle(seed, bar.millis, ts);
        // open of bar k is the close of bar k+1, which the walk reaches next.
        let open = round_to(close * (Decimal::ONE - step), tick).max(tick);
        if k >= first_index {
            if page.before.is_some_and(|b| ts <= b) || rows.len() >= page.limit {
                break;
            }
            rows.push(row(market, ts, open, close, seed, k == 0));
        }
        close = open;
    }
    rows
}

/// A deterministic relative move in [-0.3 %, +0.3 %] for one bar.
fn wiggle(seed: i64, bar_millis: i64, ts: i64) -> Decimal {
    let h = mix((ts / 1_000) ^ (seed << 32) ^ bar_millis);
    Decimal::new(h.rem_euclid(61) - 30, 4)
}

fn mix(x: i64) -> i64 {
    // splitmix64 finaliser: cheap, well-spread, deterministic.
    let mut z = x as u64;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) as i64
}

fn row(market: &Market, ts: i64, open: Decimal, close: Decimal, seed: i64, current: bool) -> Value {
    let tick = market.inst.tick_sz;
    let h = mix(ts ^ seed);
    let up = Decimal::new(h.rem_euclid(15), 4);
    let down = Decimal::new((h / 15).rem_euclid(15), 4);
    let high = round_to(open.max(close) * (Decimal::ONE + up), tick);
    let low = round_to(open.min(close) * (Decimal::ONE - down), tick).max(tick);
    let vol =
        market.vol24h / Decimal::from(1_440) * Decimal::new(50 + (h / 225).rem_euclid(100), 2);
    let vol = round_to(vol, market.inst.lot_sz);
    let vol_ccy = market.volume_ccy(vol, close);
    let vol_quote = vol * market.inst.ct_val * close;
    json!([
        ts.to_string(),
        fmt(open),
        fmt(high),
        fmt(low),
        fmt(close),
        fmt(vol),
        fmt(vol_ccy),
        fmt(round_to(vol_quote, Decimal::new(1, 8))),
        if current { "0" } else { "1" },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::instruments;

    fn market() -> Market {
        let inst = instruments::load().unwrap().remove(0);
        Market::new(
            std::sync::Arc::new(inst),
            Decimal::from(65_000),
            1_700_000_000_000,
        )
    }

    #[test]
    fn bars_parse() {
        assert_eq!(parse_bar("1m").map(|b| b.millis), Some(60_000));
        assert_eq!(parse_bar("1Dutc").map(|b| b.offset), Some(0));
        assert_eq!(parse_bar("1D").map(|b| b.offset), Some(HK_OFFSET));
        assert!(parse_bar("1mutc").is_none());
        assert!(parse_bar("7m").is_none());
    }

    #[test]
    fn newest_first_and_current_close_is_last() {
        let m = market();
        let now = 1_700_000_030_000;
        let bar = parse_bar("1m").unwrap();
        let rows = candles(
            &m,
            bar,
            Page {
                limit: 100,
                ..Page::default()
            },
            now,
        );
        assert_eq!(rows.len(), 100);
        assert_eq!(rows[0][0], ((now / 60_000) * 60_000).to_string());
        assert_eq!(rows[0][4], fmt(m.last));
        assert_eq!(rows[0][8], "0");
        assert_eq!(rows[1][8], "1");
        // the open of each bar is the close of the previous one
        assert_eq!(rows[0][1], rows[1][4]);
        assert_eq!(
            rows,
            candles(
                &m,
                bar,
                Page {
                    limit: 100,
                    ..Page::default()
                },
                now
            )
        );
    }

    #[test]
    fn paging_by_after_and_before() {
        let m = market();
        let now = 1_700_000_030_000;
        let bar = parse_bar("1m").unwrap();
        let all = candles(
            &m,
            bar,
            Page {
                limit: 10,
                ..Page::default()
            },
            now,
        );
        let ts = |v: &Value| v[0].as_str().unwrap().parse::<i64>().unwrap();
        let older = candles(
            &m,
            bar,
            Page {
                after: Some(ts(&all[2])),
                limit: 3,
                ..Page::default()
            },
            now,
        );
        assert_eq!(older, all[3..6].to_vec());
        let newer = candles(
            &m,
            bar,
            Page {
                before: Some(ts(&all[2])),
                limit: 10,
                ..Page::default()
            },
            now,
        );
        assert_eq!(newer, all[..2].to_vec());
    }
}
