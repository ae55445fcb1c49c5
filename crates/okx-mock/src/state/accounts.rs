//! The test account: cash per currency and net-mode SWAP positions, with the `account/balance`
//! and `account/positions` items built from them.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::instruments::Instrument;
use super::num::{fmt, tidy};
use super::Side;

/// Leverage of every SWAP position (cross or isolated): OKX's default for a fresh account.
pub(crate) const SWAP_LEVER: i64 = 10;

/// A net-mode position: `pos` is signed, negative when short.
#[derive(Debug, Clone)]
pub(crate) struct Position {
    pub(crate) inst_id: String,
    pub(crate) mgn_mode: String,
    pub(crate) pos: Decimal,
    pub(crate) avg_px: Decimal,
    pub(crate) pos_id: u64,
    pub(crate) realized_pnl: Decimal,
    pub(crate) fee: Decimal,
    pub(crate) trade_id: u64,
    pub(crate) c_time: i64,
    pub(crate) u_time: i64,
}

/// What open orders and positions hold of one currency, and its unrealised PnL.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Holds {
    /// Locked by pending orders (spot amounts and SWAP order margin).
    pub(crate) ord_frozen: Decimal,
    /// Initial margin of open positions.
    pub(crate) imr: Decimal,
    /// Unrealised PnL of open positions.
    pub(crate) upl: Decimal,
}

/// Cash balances and positions of the one test account.
#[derive(Debug)]
pub(crate) struct Account {
    cash: BTreeMap<String, (Decimal, i64)>,
    positions: BTreeMap<(String, String), Position>,
    next_pos_id: u64,
}

impl Account {
    /// The starting account: 100000 USDT, 1 BTC, 10 ETH.
    pub(crate) fn new(now: i64) -> Self {
        let mut cash = BTreeMap::new();
        cash.insert("USDT".to_owned(), (Decimal::from(100_000), now));
        cash.insert("BTC".to_owned(), (Decimal::ONE, now));
        cash.insert("ETH".to_owned(), (Decimal::TEN, now));
        Self {
            cash,
            positions: BTreeMap::new(),
            next_pos_id: 700_000_000_000_000_000,
        }
    }

    /// Cash balance of one currency (zero when never held).
    pub(crate) fn cash(&self, ccy: &str) -> Decimal {
        self.cash.get(ccy).map_or(Decimal::ZERO, |c| c.0)
    }

    /// Sets the cash balance of one currency.
    pub(crate) fn set_cash(&mut self, ccy: &str, amount: Decimal, now: i64) {
        self.cash.insert(ccy.to_owned(), (amount, now));
    }

    /// Adds `delta` (may be negative) to one currency's cash.
    pub(crate) fn add_cash(&mut self, ccy: &str, delta: Decimal, now: i64) {
        let entry = self
            .cash
            .entry(ccy.to_owned())
            .or_insert((Decimal::ZERO, now));
        entry.0 += delta;
        entry.1 = now;
    }

    /// Open positions (non-zero), ordered by instrument.
    pub(crate) fn positions(&self) -> impl Iterator<Item = &Position> {
        self.positions.values()
    }

    /// The signed position of one instrument across margin modes.
    pub(crate) fn net_pos(&self, inst_id: &str) -> Decimal {
        self.positions
            .values()
            .filter(|p| p.inst_id == inst_id)
            .map(|p| p.pos)
            .sum()
    }

    /// Books one SWAP fill into the position; returns the realised PnL of the closed part
    /// (fee excluded), which is also credited to the settlement currency's cash.
    pub(crate) fn apply_swap_fill(
        &mut self,
        inst: &Instrument,
        mgn_mode: &str,
        fill: SwapFill,
        now: i64,
    ) -> Decimal {
        let key = (inst.inst_id.clone(), mgn_mode.to_owned());
        let pos_id = self.next_pos_id;
        let position = self
            .positions
            .entry(key.clone())
            .or_insert_with(|| Position {
                inst_id: inst.inst_id.clone(),
                mgn_mode: mgn_mode.to_owned(),
                pos: Decimal::ZERO,
                avg_px: Decimal::ZERO,
                pos_id,
                realized_pnl: Decimal::ZERO,
                fee: Decimal::ZERO,
                trade_id: 0,
                c_time: now,
                u_time: now,
            });
        if position.pos_id == pos_id {
            self.next_pos_id += 1;
        }
        let signed = match fill.side {
            Side::Buy => fill.qty,
            Side::Sell => -fill.qty,
        };
        let mut pnl = Decimal::ZERO;
        if position.pos.is_zero() || position.pos.is_sign_positive() == signed.is_sign_positive() {
            let old = position.pos.abs();
            position.avg_px = tidy((old * position.avg_px + fill.qty * fill.px) / (old + fill.qty));
        } else {
            let closed = fill.qty.min(position.pos.abs());
            let direction = if position.pos.is_sign_positive() {
                Decimal::ONE
            } else {
                -Decimal::ONE
            };
            pnl = (fill.px - position.avg_px) * closed * inst.ct_val * direction;
            if fill.qty > closed {
                // The fill flipped the position: the new side opens at the fill price.
                position.avg_px = fill.px;
            }
        }
        position.pos += signed;
        position.realized_pnl += pnl + fill.fee;
        position.fee += fill.fee;
        position.trade_id = fill.trade_id;
        position.u_time = now;
        if position.pos.is_zero() {
            self.positions.remove(&key);
        }
        self.add_cash(&inst.quote_ccy, pnl + fill.fee, now);
        pnl
    }

    /// The one `account/balance` item; `ccys` filters the details when given.
    pub(crate) fn balance_json(
        &self,
        holds: &BTreeMap<String, Holds>,
        usd_price: &dyn Fn(&str) -> Option<Decimal>,
        ccys: Option<&[&str]>,
        now: i64,
    ) -> Value {
        let mut details = Vec::new();
        let mut total_eq = Decimal::ZERO;
        let mut total_upl = Decimal::ZERO;
        for (ccy, (cash, u_time)) in &self.cash {
            let h = holds.get(ccy).copied().unwrap_or_default();
            let eq = *cash + h.upl;
            let usd = usd_price(ccy).unwrap_or(Decimal::ZERO);
            total_eq += eq * usd;
            total_upl += h.upl * usd;
            if ccys.is_some_and(|list| !list.contains(&ccy.as_str())) {
                continue;
            }
            details.push(detail_json(ccy, *cash, eq, eq * usd, h, (*u_time).max(0)));
        }
        json!({
            "adjEq": "",
            "availEq": "",
            "borrowFroz": "",
            "details": details,
            "imr": "",
            "isoEq": "0",
            "mgnRatio": "",
            "mmr": "",
            "notionalUsd": "",
            "notionalUsdForBorrow": "",
            "notionalUsdForFutures": "",
            "notionalUsdForOption": "",
            "notionalUsdForSwap": "",
            "ordFroz": "",
            "totalEq": fmt(tidy(total_eq)),
            "uTime": now.to_string(),
            "upl": fmt(tidy(total_upl)),
        })
    }
}

/// One SWAP execution as the account books it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SwapFill {
    pub(crate) side: Side,
    pub(crate) qty: Decimal,
    pub(crate) px: Decimal,
    /// Negative when charged, as OKX reports fees.
    pub(crate) fee: Decimal,
    pub(crate) trade_id: u64,
}

fn detail_json(
    ccy: &str,
    cash: Decimal,
    eq: Decimal,
    eq_usd: Decimal,
    h: Holds,
    u_time: i64,
) -> Value {
    let frozen = h.ord_frozen + h.imr;
    json!({
        "accAvgPx": "",
        "availBal": fmt(tidy(cash - frozen)),
        "availEq": fmt(tidy(eq - frozen)),
        "borrowFroz": "",
        "cashBal": fmt(cash),
        "ccy": ccy,
        "clSpotInUseAmt": "",
        "colBorrAutoConversion": "0",
        "collateralEnabled": false,
        "collateralRestrict": false,
        "crossLiab": "",
        "disEq": fmt(tidy(eq_usd)),
        "eq": fmt(tidy(eq)),
        "eqUsd": fmt(tidy(eq_usd)),
        "fixedBal": "0",
        "frozenBal": fmt(tidy(frozen)),
        "imr": fmt(tidy(h.imr)),
        "interest": "",
        "isoEq": "0",
        "isoLiab": "",
        "isoUpl": "0",
        "liab": "",
        "maxLoan": "",
        "maxSpotInUse": "",
        "mgnRatio": "",
        "mmr": "",
        "notionalLever": "",
        "openAvgPx": "",
        "ordFrozen": fmt(tidy(h.ord_frozen)),
        "rewardBal": "",
        "smtSyncEq": "0",
        "spotBal": "",
        "spotCopyTradingEq": "0",
        "spotInUseAmt": "",
        "spotIsoBal": "0",
        "spotUpl": "",
        "spotUplRatio": "",
        "stgyEq": "0",
        "totalPnl": "",
        "totalPnlRatio": "",
        "twap": "0",
        "uTime": u_time.to_string(),
        "upl": fmt(tidy(h.upl)),
        "uplLiab": "",
    })
}

/// Unrealised PnL of a position at `mark`.
pub(crate) fn upl(p: &Position, inst: &Instrument, mark: Decimal) -> Decimal {
    (mark - p.avg_px) * p.pos * inst.ct_val
}

/// Initial margin of a position at `mark`.
pub(crate) fn imr(p: &Position, inst: &Instrument, mark: Decimal) -> Decimal {
    p.pos.abs() * inst.ct_val * mark / Decimal::from(SWAP_LEVER)
}

/// The `account/positions` item of one position; `mark` is the instrument's last price and
/// `idx` its index price.
pub(crate) fn position_json(
    p: &Position,
    inst: &Instrument,
    mark: Decimal,
    idx: Decimal,
    now: i64,
) -> Value {
    let upl = tidy(upl(p, inst, mark));
    let imr = tidy(imr(p, inst, mark));
    let ratio = if imr.is_zero() {
        Decimal::ZERO
    } else {
        tidy(upl / imr)
    };
    let notional = tidy(p.pos.abs() * inst.ct_val * mark);
    let mmr = tidy(notional * Decimal::new(4, 3));
    json!({
        "adl": "1",
        "availPos": "",
        "avgPx": fmt(p.avg_px),
        "baseBal": "",
        "baseBorrowed": "",
        "baseInterest": "",
        "bePx": fmt(p.avg_px),
        "bizRefId": "",
        "bizRefType": "",
        "cTime": p.c_time.to_string(),
        "ccy": inst.quote_ccy,
        "clSpotInUseAmt": "",
        "closeOrderAlgo": [],
        "deltaBS": "",
        "deltaPA": "",
        "fee": fmt(p.fee),
        "fundingFee": "0",
        "gammaBS": "",
        "gammaPA": "",
        "idxPx": fmt(idx),
        "imr": if p.mgn_mode == "cross" { fmt(imr) } else { String::new() },
        "instId": p.inst_id,
        "instType": "SWAP",
        "interest": "",
        "last": fmt(mark),
        "lever": SWAP_LEVER.to_string(),
        "liab": "",
        "liabCcy": "",
        "liqPenalty": "0",
        "liqPx": "",
        "margin": if p.mgn_mode == "cross" { String::new() } else { fmt(imr) },
        "markPx": fmt(mark),
        "maxSpotInUseAmt": "",
        "mgnMode": p.mgn_mode,
        "mgnRatio": "",
        "mmr": fmt(mmr),
        "notionalUsd": fmt(notional),
        "optVal": "",
        "pendingCloseOrdLiabVal": "",
        "pnl": fmt(p.realized_pnl - p.fee),
        "pos": fmt(p.pos),
        "posCcy": "",
        "posId": p.pos_id.to_string(),
        "posSide": "net",
        "quoteBal": "",
        "quoteBorrowed": "",
        "quoteInterest": "",
        "realizedPnl": fmt(p.realized_pnl),
        "spotInUseAmt": "",
        "spotInUseCcy": "",
        "thetaBS": "",
        "thetaPA": "",
        "tradeId": p.trade_id.to_string(),
        "uTime": p.u_time.max(0).min(now).to_string(),
        "upl": fmt(upl),
        "uplLastPx": fmt(upl),
        "uplRatio": fmt(ratio),
        "uplRatioLastPx": fmt(ratio),
        "usdPx": "",
        "vegaBS": "",
        "vegaPA": "",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::instruments;

    fn swap() -> Instrument {
        instruments::load().unwrap().remove(3)
    }

    fn fill(side: Side, qty: i64, px: i64) -> SwapFill {
        SwapFill {
            side,
            qty: Decimal::from(qty),
            px: Decimal::from(px),
            fee: Decimal::ZERO,
            trade_id: 1,
        }
    }

    #[test]
    fn positions_average_close_and_flip() {
        let inst = swap();
        let mut a = Account::new(0);
        a.apply_swap_fill(&inst, "cross", fill(Side::Buy, 2, 100), 1);
        a.apply_swap_fill(&inst, "cross", fill(Side::Buy, 2, 200), 2);
        assert_eq!(a.net_pos(&inst.inst_id), Decimal::from(4));
        assert_eq!(a.positions().next().unwrap().avg_px, Decimal::from(150));
        // close 4 at 250, open 1 short: pnl = (250-150)*4*0.01
        let pnl = a.apply_swap_fill(&inst, "cross", fill(Side::Sell, 5, 250), 3);
        assert_eq!(pnl, Decimal::from(4));
        assert_eq!(a.net_pos(&inst.inst_id), Decimal::from(-1));
        assert_eq!(a.positions().next().unwrap().avg_px, Decimal::from(250));
        assert_eq!(a.cash("USDT"), Decimal::from(100_004));
        a.apply_swap_fill(&inst, "cross", fill(Side::Buy, 1, 250), 4);
        assert_eq!(a.positions().count(), 0);
    }
}
