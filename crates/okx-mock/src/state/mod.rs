//! The exchange's state: markets, the test account, its orders and fills. Everything here is
//! synchronous and lives behind one mutex; `rest/` turns requests into calls on [`Exchange`].

mod accounts;
mod amend;
mod candles;
mod dead_man;
mod events;
mod funding;
mod instruments;
mod market;
mod matching;
pub(crate) mod num;
mod orders;

use std::collections::BTreeMap;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde_json::Value;

pub(crate) use amend::Amend;
pub(crate) use candles::{candles, parse_bar, Page};
pub(crate) use dead_man::DeadMan;
pub(crate) use events::Event;
pub(crate) use funding::Transfer;
pub(crate) use instruments::InstType;
pub(crate) use market::{Level, Market, PublicTrade};
pub(crate) use matching::{Ack, ItemError, NewOrder};
pub(crate) use orders::{Fill, OrdType, Order};

use accounts::{Account, Holds};
use market::BOOK_LEVELS;
use num::{parse_dec, MAX_INPUT};

const CURRENCIES_JSON: &str = include_str!("data/currencies.json");
const ACCOUNT_CONFIG_JSON: &str = include_str!("data/account_config.json");

/// Order side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Buy,
    Sell,
}

impl Side {
    pub(crate) fn parse(text: &str) -> Option<Self> {
        match text {
            "buy" => Some(Self::Buy),
            "sell" => Some(Self::Sell),
            _ => None,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Buy => "buy",
            Self::Sell => "sell",
        }
    }

    pub(crate) fn opposite(self) -> Self {
        match self {
            Self::Buy => Self::Sell,
            Self::Sell => Self::Buy,
        }
    }
}

/// The whole simulated exchange.
#[derive(Debug)]
pub(crate) struct Exchange {
    markets: Vec<Market>,
    pub(crate) account: Account,
    pub(crate) orders: orders::Orders,
    /// The funding account (empty at start) and its transfers.
    pub(crate) funding: funding::Funding,
    currencies: Vec<Value>,
    account_config: Value,
    /// Changes not yet reported to WebSocket subscribers; drained after every request.
    pub(crate) events: Vec<Event>,
    /// The `cancel-all-after` switch.
    pub(crate) dead_man: DeadMan,
}

impl Exchange {
    /// The exchange as it starts: every instrument at its initial price, the default account.
    pub(crate) fn new(now: i64) -> Result<Self, String> {
        let markets = instruments::load()?
            .into_iter()
            .map(|inst| {
                let price = instruments::initial_price(&inst);
                Market::new(Arc::new(inst), price, now)
            })
            .collect();
        let currencies = serde_json::from_str(CURRENCIES_JSON)
            .map_err(|e| format!("embedded currencies.json is not valid: {e}"))?;
        let account_config = serde_json::from_str(ACCOUNT_CONFIG_JSON)
            .map_err(|e| format!("embedded account_config.json is not valid: {e}"))?;
        Ok(Self {
            markets,
            account: Account::new(now),
            orders: orders::Orders::new(),
            funding: funding::Funding::default(),
            currencies,
            account_config,
            events: Vec::new(),
            dead_man: DeadMan::default(),
        })
    }

    /// Every market, for changes (the WebSocket feed's synthetic wobble).
    pub(crate) fn markets_mut(&mut self) -> &mut [Market] {
        &mut self.markets
    }

    /// Notes that the visible book of `inst_id` may have changed (own orders placed or gone).
    pub(crate) fn touch_book(&mut self, inst_id: &str) {
        if let Some(market) = self.markets.iter_mut().find(|m| m.inst.inst_id == inst_id) {
            market.bump();
        }
    }

    /// Every market, in listing order.
    pub(crate) fn markets(&self) -> &[Market] {
        &self.markets
    }

    pub(crate) fn market(&self, inst_id: &str) -> Option<&Market> {
        self.markets.iter().find(|m| m.inst.inst_id == inst_id)
    }

    pub(crate) fn market_index(&self, inst_id: &str) -> Option<usize> {
        self.markets.iter().position(|m| m.inst.inst_id == inst_id)
    }

    /// Raw `asset/currencies` items.
    pub(crate) fn currencies(&self) -> &[Value] {
        &self.currencies
    }

    /// The `account/config` item.
    pub(crate) fn account_config(&self) -> &Value {
        &self.account_config
    }

    /// USD value of one unit of `ccy`: stablecoins count 1, others their `-USDT` spot price.
    pub(crate) fn usd_price(&self, ccy: &str) -> Option<Decimal> {
        match ccy {
            "USDT" | "USDC" | "USD" => Some(Decimal::ONE),
            _ => self.market(&format!("{ccy}-USDT")).map(|m| m.last),
        }
    }

    /// Index price of an index id such as `BTC-USDT` or `BTC-USD`.
    pub(crate) fn index_price(&self, base: &str) -> Option<Decimal> {
        self.market(&format!("{base}-USDT")).map(|m| m.last)
    }

    /// What a pending order holds: (currency, amount).
    fn order_hold(&self, order: &Order) -> Option<(String, Decimal)> {
        let inst = &self.market(&order.inst_id)?.inst;
        let px = order.px?;
        let rem = order.remaining();
        Some(match (inst.inst_type, order.side) {
            (InstType::Spot, Side::Buy) => (inst.quote_ccy.clone(), rem * px),
            (InstType::Spot, Side::Sell) => (inst.base_ccy.clone(), rem),
            (InstType::Swap, _) => (
                inst.quote_ccy.clone(),
                rem * inst.ct_val * px / Decimal::from(accounts::SWAP_LEVER),
            ),
        })
    }

    /// Per currency: what orders and positions hold, and the positions' unrealised PnL.
    fn holds(&self) -> BTreeMap<String, Holds> {
        let mut out: BTreeMap<String, Holds> = BTreeMap::new();
        for order in self.orders.pending() {
            if let Some((ccy, amount)) = self.order_hold(order) {
                out.entry(ccy).or_default().ord_frozen += amount;
            }
        }
        for p in self.account.positions() {
            if let Some(m) = self.market(&p.inst_id) {
                let h = out.entry(m.inst.quote_ccy.clone()).or_default();
                h.imr += accounts::imr(p, &m.inst, m.last);
                h.upl += accounts::upl(p, &m.inst, m.last);
            }
        }
        out
    }

    /// Cash not held by orders or positions (`availBal`).
    pub(crate) fn available(&self, ccy: &str) -> Decimal {
        let h = self.holds().get(ccy).copied().unwrap_or_default();
        self.account.cash(ccy) - h.ord_frozen - h.imr
    }

    /// Equity not held by orders or positions (`availEq`): cash plus unrealised PnL.
    pub(crate) fn available_equity(&self, ccy: &str) -> Decimal {
        let h = self.holds().get(ccy).copied().unwrap_or_default();
        self.account.cash(ccy) + h.upl - h.ord_frozen - h.imr
    }

    /// The `account/balance` item, details limited to `ccys` when given.
    pub(crate) fn balance_json(&self, ccys: Option<&[&str]>, now: i64) -> Value {
        let holds = self.holds();
        self.account
            .balance_json(&holds, &|ccy| self.usd_price(ccy), ccys, now)
    }

    /// `account/positions` items, limited to `inst_ids` when given.
    pub(crate) fn positions_json(&self, inst_ids: Option<&[&str]>, now: i64) -> Vec<Value> {
        self.account
            .positions()
            .filter(|p| inst_ids.map_or(true, |ids| ids.contains(&p.inst_id.as_str())))
            .filter_map(|p| {
                let m = self.market(&p.inst_id)?;
                let idx = self.index_price(&m.inst.base_ccy).unwrap_or(m.last);
                Some(accounts::position_json(p, &m.inst, m.last, idx, now))
            })
            .collect()
    }

    /// The visible book of one market: synthetic levels merged with the account's resting
    /// orders, best first, at most `depth` per side.
    pub(crate) fn book(&self, market: &Market, depth: usize) -> (Vec<Level>, Vec<Level>) {
        // A synthetic level below the first `depth` cannot reach the top `depth` of the merge.
        let synthetic = depth.min(BOOK_LEVELS);
        let mut bids = market.levels(Side::Buy, synthetic);
        let mut asks = market.levels(Side::Sell, synthetic);
        for order in self
            .orders
            .pending()
            .filter(|o| o.inst_id == market.inst.inst_id)
        {
            let Some(px) = order.px else { continue };
            let side = if order.side == Side::Buy {
                &mut bids
            } else {
                &mut asks
            };
            match side.iter_mut().find(|l| l.px == px) {
                Some(level) => {
                    level.sz += order.remaining();
                    level.count += 1;
                }
                None => side.push(Level {
                    px,
                    sz: order.remaining(),
                    count: 1,
                }),
            }
        }
        bids.sort_by_key(|l| std::cmp::Reverse(l.px));
        asks.sort_by_key(|l| l.px);
        bids.truncate(depth);
        asks.truncate(depth);
        (bids, asks)
    }

    /// The `market/ticker` item of one market.
    pub(crate) fn ticker_json(&self, market: &Market, now: i64) -> Value {
        let (bids, asks) = self.book(market, 1);
        market.ticker_json(bids.first(), asks.first(), now)
    }

    /// Re-centres one instrument's book and last price, then fills resting orders the new
    /// book crosses.
    pub(crate) fn set_price(&mut self, inst_id: &str, price: &str, now: i64) -> Result<(), String> {
        let idx = self
            .market_index(inst_id)
            .ok_or_else(|| format!("unknown instrument {inst_id:?}"))?;
        let px = parse_dec(price)
            .filter(|p| *p > Decimal::ZERO && *p <= MAX_INPUT)
            .ok_or_else(|| format!("price must be a positive decimal up to 1e12; got {price:?}"))?;
        if let Some(market) = self.markets.get_mut(idx) {
            market.recentre(px);
        }
        self.cross_resting(idx, now);
        // The crossed orders traded on the way; the market ends at the price it was moved to.
        if let Some(market) = self.markets.get_mut(idx) {
            market.last = market.best_bid();
        }
        Ok(())
    }

    /// Sets the cash of `ccy` so that its available balance becomes `amount`.
    pub(crate) fn set_balance(&mut self, ccy: &str, amount: &str, now: i64) -> Result<(), String> {
        let valid_ccy =
            !ccy.is_empty() && ccy.len() <= 16 && ccy.bytes().all(|b| b.is_ascii_alphanumeric());
        if !valid_ccy {
            return Err(format!(
                "currency must be 1 to 16 letters or digits; got {ccy:?}"
            ));
        }
        let amount = parse_dec(amount)
            .filter(|a| *a >= Decimal::ZERO && *a <= MAX_INPUT * MAX_INPUT)
            .ok_or_else(|| format!("amount must be a non-negative decimal; got {amount:?}"))?;
        let held = self.account.cash(ccy) - self.available(ccy);
        self.account.set_cash(ccy, amount + held, now);
        self.events.push(Event::Balance(ccy.to_owned()));
        Ok(())
    }
}
