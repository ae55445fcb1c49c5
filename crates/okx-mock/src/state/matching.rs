//! Order placement and cancellation: checks in OKX's order, matching against the synthetic
//! book (which refills after every taker), fills, fees and the resulting order state.

use std::sync::Arc;

use rust_decimal::Decimal;

use super::accounts::{SwapFill, SWAP_LEVER};
use super::events::Event;
use super::instruments::{InstType, Instrument};
use super::market::Market;
use super::num::{floor_to, is_multiple, tidy};
use super::orders::{cancel_source, Fill, LastFill, OrdState, OrdType, Order};
use super::{Exchange, Side};
use crate::codes::{self, Code};

// Fees as OKX reports them: negative means charged. Regular-user (Lv1) rates.
const SPOT_MAKER_RATE: Decimal = Decimal::from_parts(8, 0, 0, true, 4); // -0.0008
const SPOT_TAKER_RATE: Decimal = Decimal::from_parts(1, 0, 0, true, 3); // -0.001
const SWAP_MAKER_RATE: Decimal = Decimal::from_parts(2, 0, 0, true, 4); // -0.0002
const SWAP_TAKER_RATE: Decimal = Decimal::from_parts(5, 0, 0, true, 4); // -0.0005

/// A validated order request (shapes checked by `rest/`; business rules checked here).
#[derive(Debug, Clone)]
pub(crate) struct NewOrder {
    pub(crate) inst_id: String,
    pub(crate) td_mode: String,
    pub(crate) side: Side,
    pub(crate) ord_type: OrdType,
    pub(crate) sz: Decimal,
    pub(crate) px: Option<Decimal>,
    pub(crate) cl_ord_id: String,
    pub(crate) tag: String,
    pub(crate) tgt_ccy: Option<String>,
    pub(crate) reduce_only: bool,
    pub(crate) pos_side: Option<String>,
}

/// What a successful place or cancel reports.
#[derive(Debug, Clone)]
pub(crate) struct Ack {
    pub(crate) ord_id: String,
    pub(crate) cl_ord_id: String,
    pub(crate) tag: String,
}

/// A per-item failure: `sCode` and `sMsg`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ItemError {
    pub(crate) code: &'static str,
    pub(crate) msg: String,
}

impl ItemError {
    pub(crate) fn new(code: Code, args: &[&str]) -> Self {
        Self {
            code: code.code,
            msg: code.text(args),
        }
    }

    pub(crate) fn param(name: &str) -> Self {
        Self::new(codes::PARAM_ERROR, &[name])
    }
}

/// How a new order meets the book: the fills it takes and whether its rest is canceled.
struct Plan {
    fills: Vec<(Decimal, Decimal)>,
    cancel: Option<(&'static str, &'static str)>,
}

impl Exchange {
    /// Places one order: validates it against the instrument, the account and the pending
    /// orders, matches it against the synthetic book and books the fills.
    pub(crate) fn place(&mut self, req: NewOrder, now: i64) -> Result<Ack, ItemError> {
        let idx = self
            .market_index(&req.inst_id)
            .ok_or_else(|| ItemError::new(codes::INST_NOT_FOUND, &[]))?;
        let market = &self.markets[idx];
        let inst = Arc::clone(&market.inst);
        let spot = inst.inst_type == InstType::Spot;
        let td_ok = if spot {
            req.td_mode == "cash"
        } else {
            matches!(req.td_mode.as_str(), "cross" | "isolated")
        };
        if !td_ok {
            return Err(ItemError::param("tdMode"));
        }
        if spot && req.ord_type == OrdType::OptimalLimitIoc {
            return Err(ItemError::param("ordType"));
        }
        // Net mode (account/config posMode): only "net" or nothing is valid for SWAP.
        if !spot && req.pos_side.as_deref().is_some_and(|p| p != "net") {
            return Err(ItemError::param("posSide"));
        }
        let px = match (req.ord_type.needs_px(), req.px) {
            (true, None) => return Err(ItemError::new(codes::PX_REQUIRED, &[])),
            (true, Some(px)) if !is_multiple(px, inst.tick_sz) => {
                return Err(ItemError::param("px"))
            }
            (true, Some(px)) => Some(px),
            (false, _) => None,
        };
        // SPOT market orders: sz is quote for buys and base for sells unless tgtCcy says.
        let tgt_ccy = match (
            spot && req.ord_type == OrdType::Market,
            req.tgt_ccy.as_deref(),
        ) {
            (false, _) => String::new(),
            (true, Some(t)) => t.to_owned(),
            (true, None) if req.side == Side::Buy => "quote_ccy".to_owned(),
            (true, None) => "base_ccy".to_owned(),
        };
        let in_quote = tgt_ccy == "quote_ccy";
        if in_quote {
            let touch = if req.side == Side::Buy {
                market.best_ask()
            } else {
                market.best_bid()
            };
            if req.sz < inst.min_sz * touch {
                return Err(ItemError::new(codes::BELOW_MIN_SZ, &[]));
            }
        } else if !is_multiple(req.sz, inst.lot_sz) {
            return Err(ItemError::new(codes::NOT_LOT_MULTIPLE, &[]));
        } else if req.sz < inst.min_sz {
            return Err(ItemError::new(codes::BELOW_MIN_SZ, &[]));
        }
        if !req.cl_ord_id.is_empty() && self.orders.cl_ord_id_pending(&req.cl_ord_id) {
            return Err(ItemError::new(codes::CL_ORD_ID_EXISTS, &[]));
        }
        if !spot && req.reduce_only {
            let pos = self.account.net_pos(&inst.inst_id);
            if pos.is_zero() {
                return Err(ItemError::new(codes::NO_POSITION, &[]));
            }
            if pos.is_sign_positive() == (req.side == Side::Buy) {
                return Err(ItemError::new(codes::REDUCE_SAME_SIDE, &[]));
            }
        }
        let plan = plan(market, &req, px, in_quote);
        self.check_funds(&inst, &req, px, in_quote, &plan)?;

        let ord_id = self.orders.next_ord_id();
        let (fee_ccy, rebate_ccy) = match (inst.inst_type, req.side) {
            (InstType::Spot, Side::Buy) => (inst.base_ccy.clone(), inst.quote_ccy.clone()),
            (InstType::Spot, Side::Sell) => (inst.quote_ccy.clone(), inst.base_ccy.clone()),
            (InstType::Swap, _) => (inst.quote_ccy.clone(), inst.quote_ccy.clone()),
        };
        self.orders.insert(Order {
            ord_id,
            cl_ord_id: req.cl_ord_id.clone(),
            tag: req.tag.clone(),
            inst_id: inst.inst_id.clone(),
            inst_type: inst.inst_type,
            td_mode: req.td_mode.clone(),
            side: req.side,
            ord_type: req.ord_type,
            px,
            sz: req.sz,
            tgt_ccy,
            reduce_only: req.reduce_only,
            state: OrdState::Live,
            acc_fill_sz: Decimal::ZERO,
            fill_value: Decimal::ZERO,
            last_fill: None,
            fee: Decimal::ZERO,
            fee_ccy,
            rebate_ccy,
            pnl: Decimal::ZERO,
            lever: if spot {
                String::new()
            } else {
                SWAP_LEVER.to_string()
            },
            cancel_source: cancel_source::SYSTEM,
            c_time: now,
            u_time: now,
        });
        for (fill_px, qty) in plan.fills {
            self.execute(idx, ord_id, fill_px, qty, true, now);
        }
        let Some(order) = self.orders.get_mut(ord_id) else {
            return Err(ItemError::new(codes::ORDER_NOT_FOUND, &[]));
        };
        order.state = match plan.cancel {
            Some(source) => {
                order.cancel_source = source;
                OrdState::Canceled
            }
            None if order.sz_in_quote() || order.remaining().is_zero() => OrdState::Filled,
            None if order.acc_fill_sz > Decimal::ZERO => OrdState::PartiallyFilled,
            None => OrdState::Live,
        };
        let ack = Ack {
            ord_id: ord_id.to_string(),
            cl_ord_id: order.cl_ord_id.clone(),
            tag: order.tag.clone(),
        };
        let final_state = order.state;
        if !final_state.is_pending() {
            self.orders.mark_final(ord_id);
        }
        // Each fill already reported the order; report the end state only if it differs.
        let reported = self.events.iter().rev().find_map(|e| match e {
            Event::Order(o) if o.ord_id == ord_id => Some(o.state),
            _ => None,
        });
        if reported != Some(final_state) {
            self.note_order(ord_id);
        }
        self.touch_book(&inst.inst_id);
        Ok(ack)
    }

    /// Cancels one pending order named by `ord_id` (preferred) or `cl_ord_id`.
    pub(crate) fn cancel(
        &mut self,
        inst_id: &str,
        ord_id: Option<&str>,
        cl_ord_id: Option<&str>,
        now: i64,
    ) -> Result<Ack, ItemError> {
        if ord_id.is_none() && cl_ord_id.is_none() {
            return Err(ItemError::new(codes::CANCEL_ID_REQUIRED, &[]));
        }
        let id = self.lookup(inst_id, ord_id, cl_ord_id, codes::CANCEL_FAILED)?;
        let Some(order) = self.orders.get_mut(id).filter(|o| o.state.is_pending()) else {
            return Err(ItemError::new(codes::CANCEL_FAILED, &[]));
        };
        order.state = OrdState::Canceled;
        order.cancel_source = cancel_source::USER;
        order.u_time = now;
        let ack = Ack {
            ord_id: id.to_string(),
            cl_ord_id: order.cl_ord_id.clone(),
            tag: order.tag.clone(),
        };
        self.orders.mark_final(id);
        self.note_order(id);
        self.touch_book(inst_id);
        Ok(ack)
    }

    /// Finds an order of `inst_id` by id (preferred) or client id; `missing` is the error when
    /// there is none. The caller checks that at least one id is given.
    pub(crate) fn lookup(
        &self,
        inst_id: &str,
        ord_id: Option<&str>,
        cl_ord_id: Option<&str>,
        missing: Code,
    ) -> Result<u64, ItemError> {
        if self.market_index(inst_id).is_none() {
            return Err(ItemError::new(codes::INST_NOT_FOUND, &[]));
        }
        let found = match (ord_id, cl_ord_id) {
            (Some(text), _) => {
                let id = text.parse::<u64>().map_err(|_| ItemError::param("ordId"))?;
                self.orders
                    .get(id)
                    .filter(|o| o.inst_id == inst_id)
                    .map(|o| o.ord_id)
            }
            (None, Some(cl)) => self.orders.find_by_cl(inst_id, cl).map(|o| o.ord_id),
            (None, None) => None,
        };
        found.ok_or_else(|| ItemError::new(missing, &[]))
    }

    /// Fills the account's resting orders that the (moved) book of market `idx` crosses, at
    /// their own prices, as makers.
    pub(crate) fn cross_resting(&mut self, idx: usize, now: i64) {
        let Some(market) = self.markets.get(idx) else {
            return;
        };
        let (bid, ask) = (market.best_bid(), market.best_ask());
        let inst_id = market.inst.inst_id.clone();
        let crossed: Vec<(u64, Decimal, Decimal)> = self
            .orders
            .pending()
            .filter(|o| o.inst_id == inst_id)
            .filter_map(|o| {
                let px = o.px?;
                let hit = if o.side == Side::Buy {
                    px >= ask
                } else {
                    px <= bid
                };
                hit.then_some((o.ord_id, px, o.remaining()))
            })
            .collect();
        for (ord_id, px, qty) in crossed {
            if qty > Decimal::ZERO {
                self.execute(idx, ord_id, px, qty, false, now);
            }
            if let Some(order) = self.orders.get_mut(ord_id) {
                order.state = OrdState::Filled;
                order.u_time = now;
            }
            self.orders.mark_final(ord_id);
        }
    }

    /// Rejects the order with 51008 when the account cannot pay for it.
    fn check_funds(
        &self,
        inst: &Instrument,
        req: &NewOrder,
        px: Option<Decimal>,
        in_quote: bool,
        plan: &Plan,
    ) -> Result<(), ItemError> {
        let planned_qty: Decimal = plan.fills.iter().map(|f| f.1).sum();
        let planned_cost: Decimal = plan.fills.iter().map(|f| f.0 * f.1).sum();
        match inst.inst_type {
            InstType::Spot => {
                let (ccy, need) = match (req.side, px) {
                    (Side::Buy, Some(px)) => (&inst.quote_ccy, req.sz * px),
                    (Side::Buy, None) => (
                        &inst.quote_ccy,
                        if in_quote { req.sz } else { planned_cost },
                    ),
                    (Side::Sell, _) => {
                        (&inst.base_ccy, if in_quote { planned_qty } else { req.sz })
                    }
                };
                if need > self.available(ccy) {
                    return Err(ItemError::new(codes::INSUFFICIENT_BALANCE, &[ccy]));
                }
            }
            InstType::Swap => {
                let pos = self.account.net_pos(&inst.inst_id);
                let same_way = pos.is_zero() || pos.is_sign_positive() == (req.side == Side::Buy);
                let opening = match (req.reduce_only, same_way) {
                    (true, _) => Decimal::ZERO,
                    (false, true) => req.sz,
                    (false, false) => (req.sz - pos.abs()).max(Decimal::ZERO),
                };
                let price = match px {
                    Some(px) => px,
                    None if planned_qty > Decimal::ZERO => planned_cost / planned_qty,
                    None => Decimal::ZERO,
                };
                let margin = opening * inst.ct_val * price / Decimal::from(SWAP_LEVER);
                let fee = req.sz * inst.ct_val * price * -SWAP_TAKER_RATE;
                if margin + fee > self.available_equity(&inst.quote_ccy) {
                    return Err(ItemError::new(
                        codes::INSUFFICIENT_MARGIN,
                        &[&inst.quote_ccy],
                    ));
                }
            }
        }
        Ok(())
    }

    /// Books one execution of order `ord_id` at `px` for `qty`: public trade, balances or
    /// position, fee, the order's fill figures and the fill record.
    fn execute(
        &mut self,
        idx: usize,
        ord_id: u64,
        px: Decimal,
        qty: Decimal,
        taker: bool,
        now: i64,
    ) {
        let Some(order) = self.orders.get(ord_id) else {
            return;
        };
        let (side, td_mode) = (order.side, order.td_mode.clone());
        let (cl_ord_id, tag) = (order.cl_ord_id.clone(), order.tag.clone());
        let Some(market) = self.markets.get_mut(idx) else {
            return;
        };
        let inst = Arc::clone(&market.inst);
        let taker_side = if taker { side } else { side.opposite() };
        let trade_id = market.record_trade(taker_side, px, qty, now);
        let rate = match (inst.inst_type, taker) {
            (InstType::Spot, true) => SPOT_TAKER_RATE,
            (InstType::Spot, false) => SPOT_MAKER_RATE,
            (InstType::Swap, true) => SWAP_TAKER_RATE,
            (InstType::Swap, false) => SWAP_MAKER_RATE,
        };
        let (fee, pnl) = match (inst.inst_type, side) {
            (InstType::Spot, Side::Buy) => {
                // Spot fees are taken from what the order receives.
                let fee = tidy(qty * rate);
                self.account.add_cash(&inst.quote_ccy, -(qty * px), now);
                self.account.add_cash(&inst.base_ccy, qty + fee, now);
                (fee, Decimal::ZERO)
            }
            (InstType::Spot, Side::Sell) => {
                let fee = tidy(qty * px * rate);
                self.account.add_cash(&inst.base_ccy, -qty, now);
                self.account.add_cash(&inst.quote_ccy, qty * px + fee, now);
                (fee, Decimal::ZERO)
            }
            (InstType::Swap, _) => {
                let fee = tidy(qty * inst.ct_val * px * rate);
                let fill = SwapFill {
                    side,
                    qty,
                    px,
                    fee,
                    trade_id,
                };
                (
                    fee,
                    self.account.apply_swap_fill(&inst, &td_mode, fill, now),
                )
            }
        };
        if let Some(order) = self.orders.get_mut(ord_id) {
            order.acc_fill_sz += qty;
            order.fill_value += qty * px;
            order.last_fill = Some(LastFill {
                px,
                sz: qty,
                time: now,
                trade_id,
                fee,
                taker,
            });
            order.fee += fee;
            order.pnl += pnl;
            order.u_time = now;
            // The state this fill leaves the order in; place() and cross_resting() settle
            // the final one once all fills are booked.
            order.state = if !order.sz_in_quote() && order.remaining().is_zero() {
                OrdState::Filled
            } else {
                OrdState::PartiallyFilled
            };
        }
        if let Some(market) = self.markets.get(idx) {
            let trade = market.last_trade().cloned();
            if let Some(trade) = trade {
                self.events.push(Event::Trade {
                    inst_id: inst.inst_id.clone(),
                    trade,
                    seq_id: market.seq,
                });
            }
        }
        self.note_order(ord_id);
        if inst.inst_type == InstType::Swap {
            self.events.push(Event::Position(inst.inst_id.clone()));
        }
        let bill_id = self.orders.next_bill_id();
        let fill = Fill {
            inst_type: inst.inst_type,
            inst_id: inst.inst_id.clone(),
            trade_id,
            bill_id,
            ord_id,
            cl_ord_id,
            tag,
            side,
            px,
            sz: qty,
            fee,
            fee_ccy: if inst.inst_type == InstType::Spot && side == Side::Buy {
                inst.base_ccy.clone()
            } else {
                inst.quote_ccy.clone()
            },
            fee_rate: rate,
            exec_type: if taker { "T" } else { "M" },
            pnl,
            ts: now,
        };
        self.events.push(Event::Fill(Box::new(fill.clone())));
        self.orders.push_fill(fill);
    }

    /// Records the current state of an order for the `orders` channel.
    pub(super) fn note_order(&mut self, ord_id: u64) {
        if let Some(order) = self.orders.get(ord_id) {
            self.events.push(Event::Order(Box::new(order.clone())));
        }
    }
}

/// Walks the synthetic book for a new order and decides what happens to its remainder.
fn plan(market: &Market, req: &NewOrder, px: Option<Decimal>, in_quote: bool) -> Plan {
    let side = req.side;
    let crosses = match px {
        None => true,
        Some(p) if side == Side::Buy => p >= market.best_ask(),
        Some(p) => p <= market.best_bid(),
    };
    if req.ord_type == OrdType::PostOnly && crosses {
        return Plan {
            fills: Vec::new(),
            cancel: Some(cancel_source::POST_ONLY),
        };
    }
    let lot = market.inst.lot_sz;
    let mut fills = Vec::new();
    // Base/contracts still wanted, or quote budget still unspent when in_quote.
    let mut left = req.sz;
    let mut complete = false;
    if crosses {
        for level in market.taker_levels(side) {
            let beyond = match px {
                Some(p) if side == Side::Buy => level.px > p,
                Some(p) => level.px < p,
                None => false,
            };
            if beyond {
                break;
            }
            let qty = if in_quote {
                level.sz.min(floor_to(left / level.px, lot))
            } else {
                level.sz.min(left)
            };
            if qty <= Decimal::ZERO {
                // Only a quote budget ends this way: less than one lot is left to spend.
                complete = true;
                break;
            }
            fills.push((level.px, qty));
            left -= if in_quote { qty * level.px } else { qty };
            if left <= Decimal::ZERO {
                complete = true;
                break;
            }
        }
    }
    let cancel = match req.ord_type {
        OrdType::Fok if !complete => {
            fills.clear();
            Some(cancel_source::FOK)
        }
        OrdType::Ioc | OrdType::OptimalLimitIoc if !complete => Some(cancel_source::IOC),
        OrdType::Market if !complete => Some(cancel_source::SYSTEM),
        _ => None,
    };
    Plan { fills, cancel }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn order(inst: &str, side: Side, ord_type: OrdType, sz: &str, px: Option<&str>) -> NewOrder {
        let spot = !inst.ends_with("SWAP");
        NewOrder {
            inst_id: inst.to_owned(),
            td_mode: if spot { "cash" } else { "cross" }.to_owned(),
            side,
            ord_type,
            sz: d(sz),
            px: px.map(d),
            cl_ord_id: String::new(),
            tag: String::new(),
            tgt_ccy: None,
            reduce_only: false,
            pos_side: None,
        }
    }

    fn state(ex: &Exchange, ack: &Ack) -> OrdState {
        ex.orders.get(ack.ord_id.parse().unwrap()).unwrap().state
    }

    #[test]
    fn limit_buy_rests_and_locks_quote() {
        let mut ex = Exchange::new(0).unwrap();
        let ack = ex
            .place(
                order("BTC-USDT", Side::Buy, OrdType::Limit, "0.1", Some("60000")),
                1,
            )
            .unwrap();
        assert_eq!(state(&ex, &ack), OrdState::Live);
        assert_eq!(ex.available("USDT"), d("94000"));
        ex.cancel("BTC-USDT", Some(&ack.ord_id), None, 2).unwrap();
        assert_eq!(ex.available("USDT"), d("100000"));
        let again = ex
            .cancel("BTC-USDT", Some(&ack.ord_id), None, 3)
            .unwrap_err();
        assert_eq!(again.code, "51400");
    }

    #[test]
    fn market_buy_spends_quote_and_pays_fee_in_base() {
        let mut ex = Exchange::new(0).unwrap();
        let ack = ex
            .place(
                order("BTC-USDT", Side::Buy, OrdType::Market, "1000", None),
                1,
            )
            .unwrap();
        assert_eq!(state(&ex, &ack), OrdState::Filled);
        let o = ex.orders.get(ack.ord_id.parse().unwrap()).unwrap();
        assert!(ex.account.cash("USDT") > d("99000") && ex.account.cash("USDT") <= d("99000.01"));
        assert_eq!(ex.account.cash("BTC"), Decimal::ONE + o.acc_fill_sz + o.fee);
        assert!(o.fee < Decimal::ZERO);
    }

    #[test]
    fn post_only_that_crosses_is_canceled_and_fok_needs_full_size() {
        let mut ex = Exchange::new(0).unwrap();
        let po = ex
            .place(
                order(
                    "BTC-USDT",
                    Side::Buy,
                    OrdType::PostOnly,
                    "0.1",
                    Some("65001"),
                ),
                1,
            )
            .unwrap();
        let o = ex.orders.get(po.ord_id.parse().unwrap()).unwrap();
        assert_eq!((o.state, o.cancel_source.0), (OrdState::Canceled, "31"));
        ex.set_balance("USDT", "1000000", 1).unwrap();
        let fok = ex
            .place(
                order("BTC-USDT", Side::Buy, OrdType::Fok, "2", Some("65000.1")),
                1,
            )
            .unwrap();
        let o = ex.orders.get(fok.ord_id.parse().unwrap()).unwrap();
        assert_eq!(
            (o.state, o.cancel_source.0, o.acc_fill_sz),
            (OrdState::Canceled, "13", Decimal::ZERO)
        );
        let ioc = ex
            .place(
                order("ETH-USDT", Side::Sell, OrdType::Ioc, "9", Some("3200")),
                1,
            )
            .unwrap();
        let o = ex.orders.get(ioc.ord_id.parse().unwrap()).unwrap();
        assert_eq!(o.state, OrdState::Canceled);
        assert!(o.acc_fill_sz > Decimal::ZERO && o.acc_fill_sz < d("9"));
    }

    #[test]
    fn business_rules_give_okx_codes() {
        let mut ex = Exchange::new(0).unwrap();
        let code = |ex: &mut Exchange, o: NewOrder| ex.place(o, 1).unwrap_err().code;
        assert_eq!(
            code(
                &mut ex,
                order("NOPE-USDT", Side::Buy, OrdType::Limit, "1", Some("1"))
            ),
            "51001"
        );
        assert_eq!(
            code(
                &mut ex,
                order("BTC-USDT", Side::Buy, OrdType::Limit, "10", Some("60000"))
            ),
            "51008"
        );
        assert_eq!(
            code(
                &mut ex,
                order(
                    "BTC-USDT",
                    Side::Buy,
                    OrdType::Limit,
                    "0.000001",
                    Some("60000")
                )
            ),
            "51020"
        );
        assert_eq!(
            code(
                &mut ex,
                order(
                    "BTC-USDT",
                    Side::Buy,
                    OrdType::Limit,
                    "0.1",
                    Some("60000.05")
                )
            ),
            "51000"
        );
        assert_eq!(
            code(
                &mut ex,
                order("BTC-USDT", Side::Buy, OrdType::Limit, "0.1", None)
            ),
            "51204"
        );
        let mut dup = order("BTC-USDT", Side::Buy, OrdType::Limit, "0.01", Some("60000"));
        dup.cl_ord_id = "abc1".to_owned();
        ex.place(dup.clone(), 1).unwrap();
        assert_eq!(code(&mut ex, dup), "51016");
        let mut reduce = order("BTC-USDT-SWAP", Side::Sell, OrdType::Market, "1", None);
        reduce.reduce_only = true;
        assert_eq!(code(&mut ex, reduce), "51169");
    }

    #[test]
    fn swap_market_orders_open_and_close_positions() {
        let mut ex = Exchange::new(0).unwrap();
        ex.place(
            order("BTC-USDT-SWAP", Side::Buy, OrdType::Market, "10", None),
            1,
        )
        .unwrap();
        assert_eq!(ex.account.net_pos("BTC-USDT-SWAP"), d("10"));
        let usdt_after_open = ex.account.cash("USDT");
        assert!(usdt_after_open < d("100000"));
        ex.set_price("BTC-USDT-SWAP", "66000", 2).unwrap();
        let positions = ex.positions_json(None, 3);
        assert_eq!(positions[0]["pos"], "10");
        assert!(
            positions[0]["upl"]
                .as_str()
                .unwrap()
                .parse::<Decimal>()
                .unwrap()
                > d("99")
        );
        ex.place(
            order("BTC-USDT-SWAP", Side::Sell, OrdType::Market, "10", None),
            4,
        )
        .unwrap();
        assert!(ex.positions_json(None, 5).is_empty());
        let gain = ex.account.cash("USDT") - usdt_after_open;
        // pnl (66000 - 65000.1) x 10 x 0.01, minus the taker fee 10 x 0.01 x 66000 x 0.0005
        assert_eq!(gain, d("99.99") - d("3.3"));
    }

    #[test]
    fn moving_the_price_fills_crossed_resting_orders() {
        let mut ex = Exchange::new(0).unwrap();
        let ack = ex
            .place(
                order("ETH-USDT", Side::Sell, OrdType::Limit, "1", Some("3300")),
                1,
            )
            .unwrap();
        ex.set_price("ETH-USDT", "3400", 2).unwrap();
        assert_eq!(state(&ex, &ack), OrdState::Filled);
        assert_eq!(ex.account.cash("ETH"), d("9"));
        assert_eq!(
            ex.account.cash("USDT"),
            d("100000") + d("3300") - d("3300") * d("0.0008")
        );
    }
}
