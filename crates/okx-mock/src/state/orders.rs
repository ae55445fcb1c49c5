//! Orders and fills of the test account: their records, OKX's JSON items for them, and the
//! bounded book-keeping that keeps a long benchmark from growing without end.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::instruments::InstType;
use super::num::{fmt, tidy};
use super::Side;

/// Final (filled or canceled) orders kept for `orders-history` and `trade/order`.
const KEPT_FINAL_ORDERS: usize = 20_000;
/// Fills kept for `trade/fills`.
const KEPT_FILLS: usize = 20_000;

/// `ordType` values the mock executes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrdType {
    Market,
    Limit,
    PostOnly,
    Fok,
    Ioc,
    OptimalLimitIoc,
}

impl OrdType {
    pub(crate) fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "market" => Self::Market,
            "limit" => Self::Limit,
            "post_only" => Self::PostOnly,
            "fok" => Self::Fok,
            "ioc" => Self::Ioc,
            "optimal_limit_ioc" => Self::OptimalLimitIoc,
            _ => return None,
        })
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Market => "market",
            Self::Limit => "limit",
            Self::PostOnly => "post_only",
            Self::Fok => "fok",
            Self::Ioc => "ioc",
            Self::OptimalLimitIoc => "optimal_limit_ioc",
        }
    }

    /// Whether the order carries a limit price (`px` required).
    pub(crate) fn needs_px(self) -> bool {
        matches!(self, Self::Limit | Self::PostOnly | Self::Fok | Self::Ioc)
    }
}

/// Order states; `orders-pending` shows the first two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OrdState {
    Live,
    PartiallyFilled,
    Filled,
    Canceled,
}

impl OrdState {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Live => "live",
            Self::PartiallyFilled => "partially_filled",
            Self::Filled => "filled",
            Self::Canceled => "canceled",
        }
    }

    pub(crate) fn is_pending(self) -> bool {
        matches!(self, Self::Live | Self::PartiallyFilled)
    }
}

/// OKX `cancelSource` values the mock produces.
pub(crate) mod cancel_source {
    pub(crate) const USER: (&str, &str) = ("1", "Order canceled by user");
    pub(crate) const FOK: (&str, &str) = (
        "13",
        "Order canceled: FOK order was canceled due to incompletely filled.",
    );
    pub(crate) const IOC: (&str, &str) = (
        "14",
        "Order canceled: IOC order was partially canceled due to incompletely filled.",
    );
    pub(crate) const POST_ONLY: (&str, &str) = (
        "31",
        "The post-only order will take liquidity in taker orders",
    );
    pub(crate) const SYSTEM: (&str, &str) = ("0", "Order canceled by system");
    pub(crate) const CANCEL_ALL_AFTER: (&str, &str) = ("20", "Cancel all after triggered");
}

/// The most recent execution of an order, shown in its `fillPx`/`fillSz`/`tradeId`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LastFill {
    pub(crate) px: Decimal,
    pub(crate) sz: Decimal,
    pub(crate) time: i64,
    pub(crate) trade_id: u64,
    /// This execution's fee (negative when charged), for the `orders` channel's `fillFee`.
    pub(crate) fee: Decimal,
    /// Whether the order took liquidity in this execution (`execType` T) or made it (M).
    pub(crate) taker: bool,
}

/// One order of the test account.
#[derive(Debug, Clone)]
pub(crate) struct Order {
    pub(crate) ord_id: u64,
    pub(crate) cl_ord_id: String,
    pub(crate) tag: String,
    pub(crate) inst_id: String,
    pub(crate) inst_type: InstType,
    pub(crate) td_mode: String,
    pub(crate) side: Side,
    pub(crate) ord_type: OrdType,
    pub(crate) px: Option<Decimal>,
    /// As sent: base or contracts, or quote for SPOT market orders with `tgtCcy=quote_ccy`.
    pub(crate) sz: Decimal,
    /// `tgtCcy` as it applies ("" for everything but SPOT market orders).
    pub(crate) tgt_ccy: String,
    pub(crate) reduce_only: bool,
    pub(crate) state: OrdState,
    /// Filled size in base currency (SPOT) or contracts (SWAP).
    pub(crate) acc_fill_sz: Decimal,
    /// Sum of fill price x fill size, for `avgPx`.
    pub(crate) fill_value: Decimal,
    pub(crate) last_fill: Option<LastFill>,
    /// Accumulated fee, negative when charged.
    pub(crate) fee: Decimal,
    pub(crate) fee_ccy: String,
    pub(crate) rebate_ccy: String,
    pub(crate) pnl: Decimal,
    pub(crate) lever: String,
    pub(crate) cancel_source: (&'static str, &'static str),
    pub(crate) c_time: i64,
    pub(crate) u_time: i64,
}

impl Order {
    /// Whether `sz` counts quote currency (SPOT market order with `tgtCcy=quote_ccy`).
    pub(crate) fn sz_in_quote(&self) -> bool {
        self.tgt_ccy == "quote_ccy"
    }

    /// Size still open, in the unit of `acc_fill_sz`; zero for quote-sized orders once done.
    pub(crate) fn remaining(&self) -> Decimal {
        if self.sz_in_quote() {
            return Decimal::ZERO;
        }
        (self.sz - self.acc_fill_sz).max(Decimal::ZERO)
    }

    /// The `trade/order` (and `orders-pending`, `orders-history`) item.
    pub(crate) fn to_json(&self) -> Value {
        let last = self.last_fill;
        let avg = if self.acc_fill_sz.is_zero() {
            String::new()
        } else {
            fmt(tidy(self.fill_value / self.acc_fill_sz))
        };
        json!({
            "accFillSz": fmt(self.acc_fill_sz),
            "algoClOrdId": "",
            "algoId": "",
            "attachAlgoClOrdId": "",
            "attachAlgoOrds": [],
            "avgPx": avg,
            "cTime": self.c_time.to_string(),
            "cancelSource": if self.state == OrdState::Canceled { self.cancel_source.0 } else { "" },
            "cancelSourceReason": if self.state == OrdState::Canceled { self.cancel_source.1 } else { "" },
            "category": "normal",
            "ccy": "",
            "clOrdId": self.cl_ord_id,
            "fee": fmt(self.fee),
            "feeCcy": self.fee_ccy,
            "fillPx": last.map_or_else(String::new, |f| fmt(f.px)),
            "fillSz": last.map_or_else(|| "0".to_owned(), |f| fmt(f.sz)),
            "fillTime": last.map_or_else(String::new, |f| f.time.to_string()),
            "instId": self.inst_id,
            "instType": self.inst_type.as_str(),
            "isTpLimit": "false",
            "lever": self.lever,
            "linkedAlgoOrd": {"algoId": ""},
            "ordId": self.ord_id.to_string(),
            "ordType": self.ord_type.as_str(),
            "pnl": fmt(self.pnl),
            "posSide": "net",
            "px": self.px.map_or_else(String::new, fmt),
            "pxType": "",
            "pxUsd": "",
            "pxVol": "",
            "quickMgnType": "",
            "rebate": "0",
            "rebateCcy": self.rebate_ccy,
            "reduceOnly": if self.reduce_only { "true" } else { "false" },
            "side": self.side.as_str(),
            "slOrdPx": "",
            "slTriggerPx": "",
            "slTriggerPxType": "",
            "source": "",
            "state": self.state.as_str(),
            "stpId": "",
            "stpMode": "cancel_maker",
            "sz": fmt(self.sz),
            "tag": self.tag,
            "tdMode": self.td_mode,
            "tgtCcy": self.tgt_ccy,
            "tpOrdPx": "",
            "tpTriggerPx": "",
            "tpTriggerPxType": "",
            "tradeId": last.map_or_else(String::new, |f| f.trade_id.to_string()),
            "tradeQuoteCcy": "",
            "uTime": self.u_time.to_string(),
        })
    }
}

/// One execution of one of the account's orders.
#[derive(Debug, Clone)]
pub(crate) struct Fill {
    pub(crate) inst_type: InstType,
    pub(crate) inst_id: String,
    pub(crate) trade_id: u64,
    pub(crate) bill_id: u64,
    pub(crate) ord_id: u64,
    pub(crate) cl_ord_id: String,
    pub(crate) tag: String,
    pub(crate) side: Side,
    pub(crate) px: Decimal,
    pub(crate) sz: Decimal,
    pub(crate) fee: Decimal,
    pub(crate) fee_ccy: String,
    pub(crate) fee_rate: Decimal,
    /// `T` taker, `M` maker.
    pub(crate) exec_type: &'static str,
    pub(crate) pnl: Decimal,
    pub(crate) ts: i64,
}

impl Fill {
    /// The `trade/fills` item.
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "side": self.side.as_str(),
            "fillSz": fmt(self.sz),
            "fillPx": fmt(self.px),
            "fillPxVol": "",
            "fillFwdPx": "",
            "fee": fmt(self.fee),
            "fillPnl": fmt(self.pnl),
            "ordId": self.ord_id.to_string(),
            "feeRate": fmt(self.fee_rate),
            "instType": self.inst_type.as_str(),
            "fillPxUsd": "",
            "instId": self.inst_id,
            "clOrdId": self.cl_ord_id,
            "posSide": "net",
            "billId": self.bill_id.to_string(),
            "subType": if self.side == Side::Buy { "1" } else { "2" },
            "fillMarkVol": "",
            "tag": self.tag,
            "fillTime": self.ts.to_string(),
            "execType": self.exec_type,
            "fillIdxPx": "",
            "tradeId": self.trade_id.to_string(),
            "fillMarkPx": "",
            "feeCcy": self.fee_ccy,
            "ts": self.ts.to_string(),
        })
    }
}

/// All orders by id, with final ones pruned oldest first beyond a bound.
#[derive(Debug)]
pub(crate) struct Orders {
    by_id: BTreeMap<u64, Order>,
    /// Ids of pending orders: placement and balances look at these on every order.
    pending_ids: BTreeSet<u64>,
    /// Client ids of pending orders (unique among them, OKX's rule).
    pending_cl: HashMap<String, u64>,
    finals: VecDeque<u64>,
    fills: VecDeque<Fill>,
    next_ord_id: u64,
    next_bill_id: u64,
}

impl Orders {
    pub(crate) fn new() -> Self {
        Self {
            by_id: BTreeMap::new(),
            pending_ids: BTreeSet::new(),
            pending_cl: HashMap::new(),
            finals: VecDeque::new(),
            fills: VecDeque::new(),
            // 19 digits like OKX's ids, increasing.
            next_ord_id: 2_000_000_000_000_000_000,
            next_bill_id: 3_000_000_000_000_000_000,
        }
    }

    pub(crate) fn next_ord_id(&mut self) -> u64 {
        self.next_ord_id += 1;
        self.next_ord_id
    }

    pub(crate) fn next_bill_id(&mut self) -> u64 {
        self.next_bill_id += 1;
        self.next_bill_id
    }

    /// Adds a new order; a pending one stays indexed until [`Orders::mark_final`].
    pub(crate) fn insert(&mut self, order: Order) {
        let id = order.ord_id;
        let pending = order.state.is_pending();
        if pending {
            self.pending_ids.insert(id);
            if !order.cl_ord_id.is_empty() {
                self.pending_cl.insert(order.cl_ord_id.clone(), id);
            }
        }
        self.by_id.insert(id, order);
        if !pending {
            self.mark_final(id);
        }
    }

    pub(crate) fn get(&self, ord_id: u64) -> Option<&Order> {
        self.by_id.get(&ord_id)
    }

    pub(crate) fn get_mut(&mut self, ord_id: u64) -> Option<&mut Order> {
        self.by_id.get_mut(&ord_id)
    }

    /// Records that an order reached a final state (every change out of pending goes through
    /// here), pruning the oldest final orders.
    pub(crate) fn mark_final(&mut self, ord_id: u64) {
        self.pending_ids.remove(&ord_id);
        if let Some(cl) = self.by_id.get(&ord_id).map(|o| o.cl_ord_id.as_str()) {
            if self.pending_cl.get(cl) == Some(&ord_id) {
                self.pending_cl.remove(cl);
            }
        }
        self.finals.push_back(ord_id);
        while self.finals.len() > KEPT_FINAL_ORDERS {
            if let Some(old) = self.finals.pop_front() {
                self.by_id.remove(&old);
            }
        }
    }

    /// The order of `inst_id` with this client id: the pending one, else the latest.
    pub(crate) fn find_by_cl(&self, inst_id: &str, cl_ord_id: &str) -> Option<&Order> {
        let pending = self
            .pending_cl
            .get(cl_ord_id)
            .and_then(|id| self.by_id.get(id));
        if let Some(order) = pending.filter(|o| o.inst_id == inst_id) {
            return Some(order);
        }
        self.by_id
            .values()
            .rev()
            .find(|o| o.inst_id == inst_id && o.cl_ord_id == cl_ord_id)
    }

    /// Whether a pending order already uses this client id (OKX's rule is per account).
    pub(crate) fn cl_ord_id_pending(&self, cl_ord_id: &str) -> bool {
        self.pending_cl.contains_key(cl_ord_id)
    }

    /// Pending orders, oldest first.
    pub(crate) fn pending(&self) -> impl DoubleEndedIterator<Item = &Order> {
        self.pending_ids.iter().filter_map(|id| self.by_id.get(id))
    }

    /// Every kept order, newest first.
    pub(crate) fn newest_first(&self) -> impl Iterator<Item = &Order> {
        self.by_id.values().rev()
    }

    pub(crate) fn push_fill(&mut self, fill: Fill) {
        if self.fills.len() == KEPT_FILLS {
            self.fills.pop_front();
        }
        self.fills.push_back(fill);
    }

    /// Every kept fill, newest first.
    pub(crate) fn fills_newest_first(&self) -> impl Iterator<Item = &Fill> {
        self.fills.iter().rev()
    }
}
