//! Amending a pending order: new price and/or size, checked like OKX (51500, 51503, 51511,
//! 51502), then matched if the new price crosses the book.

use rust_decimal::Decimal;

use super::matching::{Ack, ItemError};
use super::num::is_multiple;
use super::orders::{OrdState, OrdType};
use super::{Exchange, Side};
use crate::codes;

/// A validated amend request.
#[derive(Debug, Clone)]
pub(crate) struct Amend {
    pub(crate) inst_id: String,
    pub(crate) ord_id: Option<String>,
    pub(crate) cl_ord_id: Option<String>,
    pub(crate) new_sz: Option<Decimal>,
    pub(crate) new_px: Option<Decimal>,
    /// Cancel the order when the amend fails.
    pub(crate) cxl_on_fail: bool,
}

impl Exchange {
    /// Amends one pending order; with `cxl_on_fail`, a failed amend cancels it.
    pub(crate) fn amend(&mut self, req: &Amend, now: i64) -> Result<Ack, ItemError> {
        let result = self.try_amend(req, now);
        if result.is_err() && req.cxl_on_fail {
            let _ = self.cancel(
                &req.inst_id,
                req.ord_id.as_deref(),
                req.cl_ord_id.as_deref(),
                now,
            );
        }
        result
    }

    fn try_amend(&mut self, req: &Amend, now: i64) -> Result<Ack, ItemError> {
        if req.ord_id.is_none() && req.cl_ord_id.is_none() {
            return Err(ItemError::new(codes::ORD_ID_REQUIRED, &[]));
        }
        if req.new_sz.is_none() && req.new_px.is_none() {
            return Err(ItemError::new(codes::AMEND_NOTHING, &[]));
        }
        let id = self.lookup(
            &req.inst_id,
            req.ord_id.as_deref(),
            req.cl_ord_id.as_deref(),
            codes::AMEND_FAILED,
        )?;
        let idx = self
            .market_index(&req.inst_id)
            .ok_or_else(|| ItemError::new(codes::INST_NOT_FOUND, &[]))?;
        let market = &self.markets[idx];
        let inst = std::sync::Arc::clone(&market.inst);
        let (bid, ask) = (market.best_bid(), market.best_ask());
        let order = self
            .orders
            .get(id)
            .filter(|o| o.state.is_pending())
            .ok_or_else(|| ItemError::new(codes::AMEND_FAILED, &[]))?;
        let Some(old_px) = order.px else {
            return Err(ItemError::new(codes::AMEND_TYPE, &[]));
        };
        if let Some(px) = req.new_px {
            if !is_multiple(px, inst.tick_sz) {
                return Err(ItemError::param("newPx"));
            }
        }
        if let Some(sz) = req.new_sz {
            if !is_multiple(sz, inst.lot_sz) {
                return Err(ItemError::new(codes::NOT_LOT_MULTIPLE, &[]));
            }
        }
        let px = req.new_px.unwrap_or(old_px);
        let sz = req.new_sz.unwrap_or(order.sz);
        let crosses = match order.side {
            Side::Buy => px >= ask,
            Side::Sell => px <= bid,
        };
        if crosses && order.ord_type == OrdType::PostOnly {
            return Err(ItemError::new(codes::AMEND_POST_ONLY, &[]));
        }
        // More held than before must be available.
        let mut amended = order.clone();
        amended.px = Some(px);
        amended.sz = sz;
        if let (Some((ccy, before)), Some((_, after))) =
            (self.order_hold(order), self.order_hold(&amended))
        {
            if after - before > self.available(&ccy) {
                return Err(ItemError::new(codes::AMEND_FUNDS, &[]));
            }
        }
        let Some(order) = self.orders.get_mut(id) else {
            return Err(ItemError::new(codes::AMEND_FAILED, &[]));
        };
        order.px = Some(px);
        order.sz = sz;
        order.u_time = now;
        // OKX: a new size at or below the filled size completes the order.
        let done = order.sz <= order.acc_fill_sz;
        if done {
            order.state = OrdState::Filled;
        }
        let ack = Ack {
            ord_id: id.to_string(),
            cl_ord_id: order.cl_ord_id.clone(),
            tag: order.tag.clone(),
        };
        if done {
            self.orders.mark_final(id);
        }
        self.note_order(id);
        self.touch_book(&req.inst_id);
        if crosses && !done {
            self.cross_resting(idx, now);
        }
        Ok(ack)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amend_needs_a_change_and_an_id() {
        let mut ex = Exchange::new(0).expect("exchange");
        let base = Amend {
            inst_id: "BTC-USDT".into(),
            ord_id: None,
            cl_ord_id: None,
            new_sz: None,
            new_px: None,
            cxl_on_fail: false,
        };
        assert_eq!(ex.amend(&base, 0).unwrap_err().code, "51003");
        let with_id = Amend {
            ord_id: Some("1".into()),
            ..base.clone()
        };
        assert_eq!(ex.amend(&with_id, 0).unwrap_err().code, "51500");
        let with_sz = Amend {
            new_sz: Some(Decimal::ONE),
            ..with_id
        };
        assert_eq!(ex.amend(&with_sz, 0).unwrap_err().code, "51503");
    }
}
