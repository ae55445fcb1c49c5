//! One instrument's market: the synthetic resting book around the current price, the public
//! trade tape and the 24 h ticker figures.

use std::collections::VecDeque;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::instruments::{InstType, Instrument};
use super::num::{floor_to, fmt, round_to};
use super::Side;

/// Synthetic levels per side of the visible book (plus the user's own orders): OKX's full
/// depth, the most `market/books`, `books` and `books-l2-tbt` show.
pub(crate) const BOOK_LEVELS: usize = 400;
/// Levels a taker order may walk: the mock's liquidity refills, so only this bounds a fill.
pub(crate) const MATCH_LEVELS: usize = 400;
/// Public trades kept for `market/trades` (its maximum `limit`).
const TAPE_LEN: usize = 500;
/// Quote value of one size unit of a synthetic level.
const LEVEL_NOTIONAL: i64 = 20_000;
/// Levels per side that the synthetic wobble changes (see [`Market::wobble`]).
const WOBBLE_LEVELS: usize = 3;

/// One price level of the book.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Level {
    pub(crate) px: Decimal,
    pub(crate) sz: Decimal,
    pub(crate) count: u32,
}

/// One public trade.
#[derive(Debug, Clone)]
pub(crate) struct PublicTrade {
    pub(crate) trade_id: u64,
    pub(crate) px: Decimal,
    pub(crate) sz: Decimal,
    /// The taker's side, as OKX reports it.
    pub(crate) side: Side,
    pub(crate) ts: i64,
}

/// The market of one instrument.
#[derive(Debug)]
pub(crate) struct Market {
    pub(crate) inst: Arc<Instrument>,
    /// The best synthetic bid; the best ask is one tick above.
    best_bid: Decimal,
    /// Size of one unit of synthetic depth, in order size units (base or contracts).
    unit: Decimal,
    seed: usize,
    pub(crate) last: Decimal,
    pub(crate) last_sz: Decimal,
    pub(crate) open24h: Decimal,
    pub(crate) high24h: Decimal,
    pub(crate) low24h: Decimal,
    /// 24 h volume in order size units (SPOT: base; SWAP: contracts).
    pub(crate) vol24h: Decimal,
    /// 24 h volume in currency (SPOT: quote; SWAP: base).
    pub(crate) vol_ccy24h: Decimal,
    tape: VecDeque<PublicTrade>,
    next_trade_id: u64,
    /// Book sequence number: grows whenever the visible book may have changed, so WebSocket
    /// books and `market/books` can name the state they show (OKX's `seqId`).
    pub(crate) seq: i64,
    /// Grows with every change of `seq` and never goes back (unlike `seq`, which a maintenance
    /// reset may lower): how book streams notice that the book may have changed.
    pub(crate) version: u64,
    /// Steps of the synthetic wobble so far.
    wobbles: u64,
    /// How often each of the top levels (bids, then asks) was wobbled.
    bumps: [[u64; WOBBLE_LEVELS]; 2],
}

impl Market {
    /// A market at `price` with a short synthetic trade history ending at `now`.
    pub(crate) fn new(inst: Arc<Instrument>, price: Decimal, now: i64) -> Self {
        let seed = inst.inst_id.bytes().map(usize::from).sum::<usize>();
        let mut m = Self {
            inst,
            best_bid: Decimal::ZERO,
            unit: Decimal::ZERO,
            seed,
            last: Decimal::ZERO,
            last_sz: Decimal::ZERO,
            open24h: Decimal::ZERO,
            high24h: Decimal::ZERO,
            low24h: Decimal::ZERO,
            vol24h: Decimal::ZERO,
            vol_ccy24h: Decimal::ZERO,
            tape: VecDeque::with_capacity(TAPE_LEN),
            next_trade_id: 400_000_000 + seed as u64 * 1_000_000,
            seq: 10_000_000 + seed as i64 * 1_000,
            version: 0,
            wobbles: 0,
            bumps: [[0; WOBBLE_LEVELS]; 2],
        };
        m.recentre(price);
        let tick = m.inst.tick_sz;
        m.open24h = round_to(m.last * Decimal::new(98, 2), tick);
        m.high24h = round_to(m.last * Decimal::new(101, 2), tick);
        m.low24h = round_to(m.last * Decimal::new(97, 2), tick);
        m.vol24h = m.unit * Decimal::from(5_000);
        m.vol_ccy24h = m.volume_ccy(m.vol24h, m.last);
        m.seed_tape(now);
        m
    }

    /// Moves the synthetic book so that `price` is the best bid and the last price.
    pub(crate) fn recentre(&mut self, price: Decimal) {
        let tick = self.inst.tick_sz;
        let px = round_to(price, tick).max(tick);
        self.best_bid = px;
        self.last = px;
        self.high24h = self.high24h.max(px);
        self.low24h = if self.low24h.is_zero() {
            px
        } else {
            self.low24h.min(px)
        };
        let per_unit = px * self.inst.ct_val;
        let unit = floor_to(Decimal::from(LEVEL_NOTIONAL) / per_unit, self.inst.lot_sz);
        self.unit = unit.max(self.inst.min_sz);
        self.bump();
    }

    /// One small deterministic change of the synthetic book, so WebSocket streams move while
    /// someone watches: the size of one of the top levels, alternating bid and ask.
    pub(crate) fn wobble(&mut self) {
        self.wobbles += 1;
        let side = (self.wobbles % 2) as usize;
        let level = ((self.wobbles / 2) % WOBBLE_LEVELS as u64) as usize;
        if let Some(n) = self.bumps.get_mut(side).and_then(|s| s.get_mut(level)) {
            *n += 1;
        }
        self.bump();
    }

    /// Notes that the visible book may have changed: the next `seqId`.
    pub(crate) fn bump(&mut self) {
        self.seq += 1;
        self.version += 1;
    }

    /// Restarts the `seqId` sequence at `seq`, as OKX may after maintenance.
    pub(crate) fn reset_seq(&mut self, seq: i64) {
        self.seq = seq;
        self.version += 1;
    }

    pub(crate) fn best_bid(&self) -> Decimal {
        self.best_bid
    }

    pub(crate) fn best_ask(&self) -> Decimal {
        self.best_bid + self.inst.tick_sz
    }

    /// Synthetic level `i` (0 = best) of the bid side (`Side::Buy`) or the ask side.
    pub(crate) fn level(&self, book_side: Side, i: usize) -> Level {
        let step = self.inst.tick_sz * Decimal::from(i);
        let px = match book_side {
            Side::Buy => self.best_bid - step,
            Side::Sell => self.best_ask() + step,
        };
        let (salt, side) = if book_side == Side::Buy {
            (0, 0)
        } else {
            (3, 1)
        };
        let bump = self
            .bumps
            .get(side)
            .and_then(|s| s.get(i))
            .map_or(0, |n| (n % 5) as usize);
        // 3 is coprime with 5: every bump gives the level another size.
        let mult = 1 + (i * 7 + self.seed + salt + bump * 3) % 5;
        let sz = floor_to(self.unit * Decimal::from(mult), self.inst.lot_sz).max(self.inst.min_sz);
        let count = 1 + ((i * 3 + self.seed + salt) % 7) as u32;
        Level { px, sz, count }
    }

    /// The first `n` synthetic levels of one side; bids stop before reaching zero.
    pub(crate) fn levels(&self, book_side: Side, n: usize) -> Vec<Level> {
        (0..n)
            .map(|i| self.level(book_side, i))
            .take_while(|l| l.px > Decimal::ZERO)
            .collect()
    }

    /// The levels a taker on `taker_side` consumes, best first.
    pub(crate) fn taker_levels(&self, taker_side: Side) -> impl Iterator<Item = Level> + '_ {
        let side = taker_side.opposite();
        (0..MATCH_LEVELS)
            .map(move |i| self.level(side, i))
            .take_while(|l| l.px > Decimal::ZERO)
    }

    /// Currency volume of `sz` traded at `px` (SPOT: quote; SWAP: base).
    pub(crate) fn volume_ccy(&self, sz: Decimal, px: Decimal) -> Decimal {
        match self.inst.inst_type {
            InstType::Spot => sz * px,
            InstType::Swap => sz * self.inst.ct_val,
        }
    }

    /// Records a trade on the tape and in the 24 h figures; returns its trade id.
    pub(crate) fn record_trade(
        &mut self,
        taker_side: Side,
        px: Decimal,
        sz: Decimal,
        ts: i64,
    ) -> u64 {
        self.next_trade_id += 1;
        self.bump();
        let trade_id = self.next_trade_id;
        if self.tape.len() == TAPE_LEN {
            self.tape.pop_front();
        }
        self.tape.push_back(PublicTrade {
            trade_id,
            px,
            sz,
            side: taker_side,
            ts,
        });
        self.last = px;
        self.last_sz = sz;
        self.high24h = self.high24h.max(px);
        self.low24h = self.low24h.min(px);
        self.vol24h += sz;
        self.vol_ccy24h += self.volume_ccy(sz, px);
        trade_id
    }

    /// The newest public trade.
    pub(crate) fn last_trade(&self) -> Option<&PublicTrade> {
        self.tape.back()
    }

    /// The newest `limit` public trades, newest first, as `market/trades` items.
    pub(crate) fn trades_json(&self, limit: usize) -> Vec<Value> {
        self.tape
            .iter()
            .rev()
            .take(limit)
            .map(|t| {
                json!({
                    "instId": self.inst.inst_id,
                    "side": t.side.as_str(),
                    "sz": fmt(t.sz),
                    "px": fmt(t.px),
                    "tradeId": t.trade_id.to_string(),
                    "ts": t.ts.to_string(),
                })
            })
            .collect()
    }

    /// The `market/ticker` item, given the best bid and ask levels to show.
    pub(crate) fn ticker_json(&self, bid: Option<&Level>, ask: Option<&Level>, now: i64) -> Value {
        let px = |l: Option<&Level>| l.map_or_else(String::new, |l| fmt(l.px));
        let sz = |l: Option<&Level>| l.map_or_else(String::new, |l| fmt(l.sz));
        json!({
            "instType": self.inst.inst_type.as_str(),
            "instId": self.inst.inst_id,
            "last": fmt(self.last),
            "lastSz": fmt(self.last_sz),
            "askPx": px(ask),
            "askSz": sz(ask),
            "bidPx": px(bid),
            "bidSz": sz(bid),
            "open24h": fmt(self.open24h),
            "high24h": fmt(self.high24h),
            "low24h": fmt(self.low24h),
            "volCcy24h": fmt(self.vol_ccy24h),
            "vol24h": fmt(self.vol24h),
            "ts": now.to_string(),
            "sodUtc0": fmt(self.open24h),
            "sodUtc8": fmt(self.open24h),
        })
    }

    /// A minute of alternating synthetic trades at the touch, so the tape is never empty.
    fn seed_tape(&mut self, now: i64) {
        let (bid, ask) = (self.best_bid, self.best_ask());
        for k in 0..30usize {
            let side = if (k * 5 + self.seed) % 2 == 0 {
                Side::Buy
            } else {
                Side::Sell
            };
            let px = if side == Side::Buy { ask } else { bid };
            let tenth = self.unit * Decimal::from(k % 4 + 1) / Decimal::TEN;
            let sz = floor_to(tenth, self.inst.lot_sz).max(self.inst.min_sz);
            let ts = now - (30 - k as i64) * 2_000;
            self.next_trade_id += 1;
            let trade_id = self.next_trade_id;
            self.tape.push_back(PublicTrade {
                trade_id,
                px,
                sz,
                side,
                ts,
            });
            self.last_sz = sz;
        }
        self.last = bid;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::instruments;

    fn btc() -> Market {
        let inst = instruments::load().unwrap().remove(0);
        Market::new(Arc::new(inst), Decimal::from(65_000), 1_700_000_000_000)
    }

    #[test]
    fn book_is_one_tick_wide_and_deterministic() {
        let m = btc();
        assert_eq!(fmt(m.best_bid()), "65000");
        assert_eq!(fmt(m.best_ask()), "65000.1");
        let bids = m.levels(Side::Buy, 20);
        let asks = m.levels(Side::Sell, 20);
        assert_eq!(bids.len(), 20);
        assert_eq!(fmt(bids[19].px), "64998.1");
        assert_eq!(fmt(asks[19].px), "65002");
        assert_eq!(bids, btc().levels(Side::Buy, 20));
        assert!(bids.iter().all(|l| l.sz > Decimal::ZERO));
    }

    #[test]
    fn wobble_changes_one_top_level_and_the_sequence() {
        let mut m = btc();
        let (bids, asks) = (m.levels(Side::Buy, 5), m.levels(Side::Sell, 5));
        let seq = m.seq;
        m.wobble();
        assert_eq!(m.seq, seq + 1);
        let (bids2, asks2) = (m.levels(Side::Buy, 5), m.levels(Side::Sell, 5));
        let changed = bids.iter().zip(&bids2).filter(|(a, b)| a != b).count()
            + asks.iter().zip(&asks2).filter(|(a, b)| a != b).count();
        assert_eq!(changed, 1);
        assert!(bids2.iter().zip(&bids).all(|(a, b)| a.px == b.px));
    }

    #[test]
    fn recentre_moves_the_touch() {
        let mut m = btc();
        m.recentre(Decimal::from(70_000));
        assert_eq!(fmt(m.best_bid()), "70000");
        assert_eq!(fmt(m.last), "70000");
        assert_eq!(fmt(m.high24h), "70000");
    }

    #[test]
    fn tape_is_seeded_and_capped() {
        let mut m = btc();
        assert_eq!(m.trades_json(500).len(), 30);
        for i in 0..600 {
            m.record_trade(Side::Buy, Decimal::from(65_000), Decimal::ONE, i);
        }
        let trades = m.trades_json(1000);
        assert_eq!(trades.len(), 500);
        assert_eq!(trades[0]["ts"], "599");
    }
}
