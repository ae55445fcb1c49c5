//! The channel table: each OKX WebSocket channel is declared once, here (websocket.md
//! section 7). Routing, argument checks and okx-py's `subscribe_*` methods are derived by
//! passing an emitter macro to [`for_each_channel!`].

use std::fmt;

use okx_core::{OkxError, Result};
use serde_json::{Map, Value};

/// Which of OKX's three WebSocket URLs serves a channel (websocket.md section 1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UrlKind {
    /// `/ws/v5/public`: market data.
    Public,
    /// `/ws/v5/private`: account, positions, orders; always logged in.
    Private,
    /// `/ws/v5/business`: candles, algo orders, spreads, block trading, funding.
    Business,
}

impl UrlKind {
    /// The three kinds, in a fixed order.
    pub const ALL: [UrlKind; 3] = [UrlKind::Public, UrlKind::Private, UrlKind::Business];

    /// Lower-case name: `public`, `private` or `business`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Private => "private",
            Self::Business => "business",
        }
    }

    /// Position in [`UrlKind::ALL`].
    pub fn index(self) -> usize {
        match self {
            Self::Public => 0,
            Self::Private => 1,
            Self::Business => 2,
        }
    }
}

impl fmt::Display for UrlKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How an argument value is checked before anything is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// Free text.
    Str,
    /// One of a documented set of values.
    OneOf(&'static [&'static str]),
}

/// One argument of a channel's subscription object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgSpec {
    /// The snake_case Python name (`inst_id`).
    pub name: &'static str,
    /// OKX's camelCase name (`instId`).
    pub okx: &'static str,
    /// Whether OKX requires it.
    pub required: bool,
    /// How it is checked.
    pub kind: ArgKind,
}

/// How one Python method covers several concrete channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Select {
    /// The channel name is the entry's name plus the value, e.g. `candle` + `1m`.
    Suffix {
        /// The Python parameter (`interval`).
        param: &'static str,
        /// Its default value.
        default: &'static str,
        /// The accepted values.
        values: &'static [&'static str],
    },
    /// The value is the channel name itself; each value has its own entry.
    Channel {
        /// The Python parameter (`channel`).
        param: &'static str,
        /// Its default value.
        default: &'static str,
        /// The accepted channel names.
        values: &'static [&'static str],
    },
}

/// Everything declared about one channel (or one family of candle channels).
#[derive(Debug, Clone, Copy)]
pub struct ChannelSpec {
    /// OKX's channel name; for a [`Select::Suffix`] family, the prefix (`candle`).
    pub name: &'static str,
    /// The okx_py method name (`subscribe_tickers`).
    pub py_name: &'static str,
    /// The URL that serves the channel.
    pub url: UrlKind,
    /// Whether the connection must be logged in before subscribing.
    pub login: bool,
    /// Whether the channel counts toward OKX's 30 connections per channel per sub-account.
    pub conn_limited: bool,
    /// The one-line description (rustdoc, Python docstring, docs table).
    pub doc: &'static str,
    /// Arguments in Python signature order: required first, then optional.
    pub args: &'static [ArgSpec],
    /// Python names of arguments of which at least one must be given.
    pub one_of: &'static [&'static str],
    /// How the Python method picks the concrete channel, when it covers several.
    pub select: Option<Select>,
}

impl ChannelSpec {
    /// Whether `channel` is this entry's channel (or one of its family).
    pub fn matches(&self, channel: &str) -> bool {
        match self.select {
            Some(Select::Suffix { values, .. }) => channel
                .strip_prefix(self.name)
                .is_some_and(|bar| values.contains(&bar)),
            _ => channel == self.name,
        }
    }

    /// The concrete channel name for a selector value (the name itself when none applies).
    ///
    /// # Errors
    /// `InvalidArgument` naming the selector parameter when the value is not accepted.
    pub fn channel_name(&self, selected: Option<&str>) -> Result<String> {
        match (self.select, selected) {
            (None, _) => Ok(self.name.to_owned()),
            (
                Some(Select::Suffix {
                    param,
                    default,
                    values,
                }),
                value,
            ) => {
                let value = value.unwrap_or(default);
                check_value(param, value, values)?;
                Ok(format!("{}{value}", self.name))
            }
            (
                Some(Select::Channel {
                    param,
                    default,
                    values,
                }),
                value,
            ) => {
                let value = value.unwrap_or(default);
                check_value(param, value, values)?;
                Ok(value.to_owned())
            }
        }
    }

    /// Checks a subscription's arguments (without `channel`) against the declaration.
    ///
    /// # Errors
    /// `InvalidArgument` naming the Python parameter: a missing required argument, an
    /// unknown one, a value that is not a string or not one of the documented values.
    pub fn check_args(&self, channel: &str, args: &Map<String, Value>) -> Result<()> {
        for (key, value) in args {
            let Some(spec) = self.args.iter().find(|a| a.okx == key) else {
                let known = self
                    .args
                    .iter()
                    .map(|a| a.okx)
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(OkxError::invalid_msg(
                    key.as_str(),
                    format!(
                        "channel {channel} takes the arguments [{known}]; got unknown argument {key:?}"
                    ),
                ));
            };
            let Some(text) = value.as_str() else {
                return Err(OkxError::invalid(
                    spec.name,
                    format!("must be a string; got {value}"),
                ));
            };
            if let ArgKind::OneOf(allowed) = spec.kind {
                check_value(spec.name, text, allowed)?;
            }
        }
        for spec in self.args.iter().filter(|a| a.required) {
            if !args.contains_key(spec.okx) {
                return Err(OkxError::invalid(
                    spec.name,
                    format!("is required by channel {channel}"),
                ));
            }
        }
        if !self.one_of.is_empty() {
            let given = self
                .args
                .iter()
                .any(|a| self.one_of.contains(&a.name) && args.contains_key(a.okx));
            if !given {
                let names = self.one_of.join(", ");
                return Err(OkxError::invalid_msg(
                    names.clone(),
                    format!("channel {channel} needs one of {names}; got none"),
                ));
            }
        }
        Ok(())
    }
}

fn check_value(param: &str, value: &str, allowed: &[&str]) -> Result<()> {
    okx_core::enums::check_one_of(param, value, allowed)
}

/// Candle bars of `candle{bar}` (websocket.md section 7.1).
pub const CANDLE_BARS: &[&str] = &[
    "1s", "1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D", "5D",
    "1W", "1M", "3M", "6Hutc", "12Hutc", "1Dutc", "2Dutc", "3Dutc", "5Dutc", "1Wutc", "1Mutc",
    "3Mutc",
];
/// Bars of `mark-price-candle{bar}`: no `1s`, plus `1Yutc`.
pub const MARK_PRICE_BARS: &[&str] = &[
    "1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D", "5D", "1W",
    "1M", "3M", "6Hutc", "12Hutc", "1Dutc", "2Dutc", "3Dutc", "5Dutc", "1Wutc", "1Mutc", "3Mutc",
    "1Yutc",
];
/// Bars of `index-candle{bar}` and `sprd-candle{bar}`: no `1s`.
pub const BARS_NO_SECOND: &[&str] = &[
    "1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D", "5D", "1W",
    "1M", "3M", "6Hutc", "12Hutc", "1Dutc", "2Dutc", "3Dutc", "5Dutc", "1Wutc", "1Mutc", "3Mutc",
];
/// The order-book channels `subscribe_orderbook(channel=...)` accepts.
pub const BOOK_CHANNELS: &[&str] = &[
    "books",
    "books5",
    "bbo-tbt",
    "books50-l2-tbt",
    "books-l2-tbt",
    "books-rpi",
    "books-elp",
];

/// `instType` of `liquidation-orders`.
pub const LIQUIDATION_INST_TYPES: &[&str] = &["SWAP", "FUTURES", "MARGIN", "OPTION"];
/// `instType` of `estimated-price`.
pub const ESTIMATED_PRICE_INST_TYPES: &[&str] = &["OPTION", "FUTURES", "SWAP", "EVENTS"];
/// `instType` of `instruments`.
pub const INSTRUMENT_INST_TYPES: &[&str] =
    &["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"];
/// `instType` of `adl-warning`.
pub const ADL_INST_TYPES: &[&str] = &["SWAP", "FUTURES", "OPTION"];
/// `instType` of `positions`.
pub const POSITION_INST_TYPES: &[&str] = &["MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS", "ANY"];
/// `instType` of `orders`.
pub const ORDER_INST_TYPES: &[&str] = &[
    "SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS", "ANY",
];
/// `instType` of `liquidation-warning`.
pub const LIQUIDATION_WARNING_INST_TYPES: &[&str] = &["MARGIN", "SWAP", "FUTURES", "OPTION", "ANY"];
/// `instType` of `orders-algo` and `algo-advance`.
pub const ALGO_INST_TYPES: &[&str] = &["SPOT", "MARGIN", "SWAP", "FUTURES", "ANY"];
/// `instType` of `algo-recurring-buy`.
pub const RECURRING_INST_TYPES: &[&str] = &["SPOT", "ANY"];
/// `instType` of option-only channels.
pub const OPTION_ONLY: &[&str] = &["OPTION"];
/// `instType` of event-contract channels.
pub const EVENTS_ONLY: &[&str] = &["EVENTS"];
/// `instType` of `copytrading-lead-notification`.
pub const SWAP_ONLY: &[&str] = &["SWAP"];

/// Calls `$emit! { ... }` with every channel declaration.
///
/// Entry grammar: doc lines, `"okx-name" => py_method { url: Public|Private|Business,
/// login: bool, limited: bool, [select: Suffix|Channel(param = "default" in SET),]
/// required: {py_name: Kind = "okxName"}, optional: {...}, [one_of: [a, b],] }`.
/// Kinds: `Str`, `OneOf($crate::channels::SET)`. Required arguments
/// come first in the Python signature, then optional ones.
#[macro_export]
macro_rules! for_each_channel {
    ($emit:ident) => {
        $emit! {
            // ---- public market data (websocket.md 7.1) ----
            /// Latest price, best bid/ask and 24 h volume of one instrument, at most every 100 ms.
            "tickers" => subscribe_tickers {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Public trades of one instrument, one push per taker order, price and source.
            "trades" => subscribe_trades {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Every public trade of one instrument, one trade per push.
            "trades-all" => subscribe_trades_all {
                url: Business, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Order book: 400-level snapshot then 100 ms updates; `channel` picks another depth.
            "books" => subscribe_orderbook {
                url: Public, login: false, limited: false,
                select: Channel(channel = "books" in $crate::channels::BOOK_CHANNELS),
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Top 5 levels of the order book, a full snapshot every 100 ms when they change.
            "books5" => subscribe_books5 {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Best bid and ask, a snapshot every 10 ms when they change.
            "bbo-tbt" => subscribe_bbo_tbt {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// 50-level order book, snapshot then 10 ms updates; needs login and VIP4.
            "books50-l2-tbt" => subscribe_books50_l2_tbt {
                url: Public, login: true, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// 400-level order book, snapshot then 10 ms updates; needs login and VIP4.
            "books-l2-tbt" => subscribe_books_l2_tbt {
                url: Public, login: true, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// 400-level order book with retail price improvement quantities, 100 ms updates.
            "books-rpi" => subscribe_books_rpi {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Enhanced liquidity program orders only (deprecated by OKX: use books-rpi).
            "books-elp" => subscribe_books_elp {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Candlesticks of one instrument, at most one push per second.
            "candle" => subscribe_candles {
                url: Business, login: false, limited: false,
                select: Suffix(interval = "1m" in $crate::channels::CANDLE_BARS),
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Mark price of one instrument: every 200 ms when it changes, else every 10 s.
            "mark-price" => subscribe_mark_price {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Mark-price candlesticks of one instrument, at most one push per second.
            "mark-price-candle" => subscribe_mark_price_candles {
                url: Business, login: false, limited: false,
                select: Suffix(interval = "1m" in $crate::channels::MARK_PRICE_BARS),
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Index price of one index (e.g. `BTC-USDT`), every 100 ms when it changes.
            "index-tickers" => subscribe_index_tickers {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Index candlesticks of one index, at most one push per second.
            "index-candle" => subscribe_index_candles {
                url: Business, login: false, limited: false,
                select: Suffix(interval = "1m" in $crate::channels::BARS_NO_SECOND),
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Funding rate of one perpetual swap, every 30 to 90 s.
            "funding-rate" => subscribe_funding_rate {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Open interest of one instrument, every 3 s when it changes.
            "open-interest" => subscribe_open_interest {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Highest buy and lowest sell price limits of one instrument, when they change.
            "price-limit" => subscribe_price_limit {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Estimated delivery, exercise or settlement price in the 30 minutes before it.
            "estimated-price" => subscribe_estimated_price {
                url: Public, login: false, limited: false,
                required: { inst_type: OneOf($crate::channels::ESTIMATED_PRICE_INST_TYPES) = "instType" },
                optional: { inst_family: Str = "instFamily", inst_id: Str = "instId" },
                one_of: [inst_family, inst_id],
            }
            /// Liquidation orders of one instrument type (not every liquidation is pushed).
            "liquidation-orders" => subscribe_liquidation_orders {
                url: Public, login: false, limited: false,
                required: { inst_type: OneOf($crate::channels::LIQUIDATION_INST_TYPES) = "instType" },
                optional: {},
            }
            /// Greeks and implied volatilities of every option of one family.
            "opt-summary" => subscribe_opt_summary {
                url: Public, login: false, limited: false,
                required: { inst_family: Str = "instFamily" },
                optional: {},
            }
            /// Every option trade of one instrument or family, one per push.
            "option-trades" => subscribe_option_trades {
                url: Public, login: false, limited: false,
                required: { inst_type: OneOf($crate::channels::OPTION_ONLY) = "instType" },
                optional: { inst_id: Str = "instId", inst_family: Str = "instFamily" },
                one_of: [inst_id, inst_family],
            }
            /// Instrument listings, delistings and rule changes of one instrument type.
            "instruments" => subscribe_instruments {
                url: Public, login: false, limited: false,
                required: { inst_type: OneOf($crate::channels::INSTRUMENT_INST_TYPES) = "instType" },
                optional: {},
            }
            /// OKX system maintenance announcements.
            "status" => subscribe_status {
                url: Public, login: false, limited: false,
                required: {},
                optional: {},
            }
            /// Auto-deleveraging warnings of one instrument type, once a second while active.
            "adl-warning" => subscribe_adl_warning {
                url: Public, login: false, limited: false,
                required: { inst_type: OneOf($crate::channels::ADL_INST_TYPES) = "instType" },
                optional: { inst_family: Str = "instFamily" },
            }
            /// Call-auction details of one instrument (e.g. auction end time).
            "call-auction-details" => subscribe_call_auction_details {
                url: Public, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Status changes of event-contract markets.
            "event-contract-markets" => subscribe_event_contract_markets {
                url: Public, login: false, limited: false,
                required: { inst_type: OneOf($crate::channels::EVENTS_ONLY) = "instType" },
                optional: {},
            }
            /// Macro-economic calendar updates (production only, VIP1 and above).
            "economic-calendar" => subscribe_economic_calendar {
                url: Business, login: true, limited: false,
                required: {},
                optional: {},
            }
            /// Best bid and ask of one spread, every 10 ms when they change.
            "sprd-bbo-tbt" => subscribe_sprd_bbo_tbt {
                url: Business, login: false, limited: false,
                required: { sprd_id: Str = "sprdId" },
                optional: {},
            }
            /// Top 5 levels of one spread's book, every 100 ms when they change.
            "sprd-books5" => subscribe_sprd_books5 {
                url: Business, login: false, limited: false,
                required: { sprd_id: Str = "sprdId" },
                optional: {},
            }
            /// 400-level spread book, snapshot then 10 ms updates with checksum.
            "sprd-books-l2-tbt" => subscribe_sprd_books_l2_tbt {
                url: Business, login: false, limited: false,
                required: { sprd_id: Str = "sprdId" },
                optional: {},
            }
            /// Public trades of one spread, one per push.
            "sprd-public-trades" => subscribe_sprd_public_trades {
                url: Business, login: false, limited: false,
                required: { sprd_id: Str = "sprdId" },
                optional: {},
            }
            /// Ticker of one spread, at most every 100 ms on a trade or top-of-book change.
            "sprd-tickers" => subscribe_sprd_tickers {
                url: Business, login: false, limited: false,
                required: { sprd_id: Str = "sprdId" },
                optional: {},
            }
            /// Candlesticks of one spread, at most one push per second.
            "sprd-candle" => subscribe_sprd_candles {
                url: Business, login: false, limited: false,
                select: Suffix(interval = "1m" in $crate::channels::BARS_NO_SECOND),
                required: { sprd_id: Str = "sprdId" },
                optional: {},
            }
            /// Block-trading ticker of one instrument, on block trades and every 5 minutes.
            "block-tickers" => subscribe_block_tickers {
                url: Business, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Public block trades of one instrument, 15 minutes after execution.
            "public-block-trades" => subscribe_public_block_trades {
                url: Business, login: false, limited: false,
                required: { inst_id: Str = "instId" },
                optional: {},
            }
            /// Public structured block trades, 15 minutes after execution.
            "public-struc-block-trades" => subscribe_public_struc_block_trades {
                url: Business, login: false, limited: false,
                required: {},
                optional: {},
            }
            // ---- private (websocket.md 7.2) ----
            /// Balances: a snapshot of non-zero ones, then changes; `extra_params` is a JSON string.
            "account" => subscribe_account {
                url: Private, login: true, limited: true,
                required: {},
                optional: { ccy: Str = "ccy", extra_params: Str = "extraParams" },
            }
            /// Positions: a snapshot of non-zero ones, then changes and periodic pushes.
            "positions" => subscribe_positions {
                url: Private, login: true, limited: true,
                required: { inst_type: OneOf($crate::channels::POSITION_INST_TYPES) = "instType" },
                optional: {
                    inst_id: Str = "instId",
                    inst_family: Str = "instFamily",
                    extra_params: Str = "extraParams",
                },
            }
            /// Balances and positions together: a snapshot, then changes on fills and transfers.
            "balance_and_position" => subscribe_balance_and_position {
                url: Private, login: true, limited: true,
                required: {},
                optional: {},
            }
            /// Order changes (nothing is pushed on subscribe).
            "orders" => subscribe_orders {
                url: Private, login: true, limited: true,
                required: { inst_type: OneOf($crate::channels::ORDER_INST_TYPES) = "instType" },
                optional: { inst_id: Str = "instId", inst_family: Str = "instFamily" },
            }
            /// Fills of the account's orders (VIP4 and above).
            "fills" => subscribe_fills {
                url: Private, login: true, limited: false,
                required: {},
                optional: { inst_id: Str = "instId" },
            }
            /// Warnings when positions approach liquidation.
            "liquidation-warning" => subscribe_liquidation_warning {
                url: Private, login: true, limited: true,
                required: { inst_type: OneOf($crate::channels::LIQUIDATION_WARNING_INST_TYPES) = "instType" },
                optional: { inst_id: Str = "instId", inst_family: Str = "instFamily" },
            }
            /// Account greeks: a snapshot, periodic pushes and changes.
            "account-greeks" => subscribe_account_greeks {
                url: Private, login: true, limited: true,
                required: {},
                optional: { ccy: Str = "ccy" },
            }
            /// Algo (trigger, OCO, conditional) order changes.
            "orders-algo" => subscribe_orders_algo {
                url: Business, login: true, limited: false,
                required: { inst_type: OneOf($crate::channels::ALGO_INST_TYPES) = "instType" },
                optional: { inst_id: Str = "instId", inst_family: Str = "instFamily" },
            }
            /// Advanced algo (iceberg, TWAP, trailing) orders: pushed on subscribe, then changes.
            "algo-advance" => subscribe_algo_advance {
                url: Business, login: true, limited: false,
                required: { inst_type: OneOf($crate::channels::ALGO_INST_TYPES) = "instType" },
                optional: { inst_id: Str = "instId", algo_id: Str = "algoId" },
            }
            /// Deposits, when one starts or changes state.
            "deposit-info" => subscribe_deposit_info {
                url: Business, login: true, limited: false,
                required: {},
                optional: { ccy: Str = "ccy" },
            }
            /// Withdrawals, when one starts or changes state.
            "withdrawal-info" => subscribe_withdrawal_info {
                url: Business, login: true, limited: false,
                required: {},
                optional: { ccy: Str = "ccy" },
            }
            /// Spot grid algo orders: changes and periodic pushes.
            "grid-orders-spot" => subscribe_grid_orders_spot {
                url: Business, login: true, limited: false,
                required: { inst_type: Str = "instType" },
                optional: { inst_id: Str = "instId", algo_id: Str = "algoId" },
            }
            /// Contract grid algo orders: changes and periodic pushes.
            "grid-orders-contract" => subscribe_grid_orders_contract {
                url: Business, login: true, limited: false,
                required: { inst_type: Str = "instType" },
                optional: { inst_id: Str = "instId", algo_id: Str = "algoId" },
            }
            /// Positions of one contract grid.
            "grid-positions" => subscribe_grid_positions {
                url: Business, login: true, limited: false,
                required: { algo_id: Str = "algoId" },
                optional: {},
            }
            /// Sub-orders of one grid.
            "grid-sub-orders" => subscribe_grid_sub_orders {
                url: Business, login: true, limited: false,
                required: { algo_id: Str = "algoId" },
                optional: {},
            }
            /// Recurring-buy algo orders: changes and periodic pushes.
            "algo-recurring-buy" => subscribe_algo_recurring_buy {
                url: Business, login: true, limited: false,
                required: { inst_type: OneOf($crate::channels::RECURRING_INST_TYPES) = "instType" },
                optional: { algo_id: Str = "algoId" },
            }
            /// Notifications to a lead trader when a lead trade fails.
            "copytrading-lead-notification" => subscribe_copytrading_lead_notification {
                url: Business, login: true, limited: false,
                required: { inst_type: OneOf($crate::channels::SWAP_ONLY) = "instType" },
                optional: { inst_id: Str = "instId" },
            }
            /// Spread order changes (nothing is pushed on subscribe).
            "sprd-orders" => subscribe_sprd_orders {
                url: Business, login: true, limited: false,
                required: {},
                optional: { sprd_id: Str = "sprdId" },
            }
            /// Spread fills and rejections.
            "sprd-trades" => subscribe_sprd_trades {
                url: Business, login: true, limited: false,
                required: {},
                optional: { sprd_id: Str = "sprdId" },
            }
            /// Block-trading RFQs sent or received.
            "rfqs" => subscribe_rfqs {
                url: Business, login: true, limited: false,
                required: {},
                optional: {},
            }
            /// Block-trading quotes sent or received.
            "quotes" => subscribe_quotes {
                url: Business, login: true, limited: false,
                required: {},
                optional: {},
            }
            /// The account's structured block trades.
            "struc-block-trades" => subscribe_struc_block_trades {
                url: Business, login: true, limited: false,
                required: {},
                optional: {},
            }
        }
    };
}

/// Emits one `ChannelSpec` constant per entry and `CHANNELS`.
macro_rules! define_channels {
    ($(
        $(#[doc = $doc:literal])+
        $chan:literal => $py:ident {
            url: $url:ident, login: $login:literal, limited: $limited:literal,
            $( select: $sel:ident($sparam:ident = $sdefault:literal in $sset:path), )?
            required: { $( $rp:ident : $rk:ident $(($rset:path))? = $rokx:literal ),* $(,)? },
            optional: { $( $op:ident : $ok:ident $(($oset:path))? = $ookx:literal ),* $(,)? },
            $( one_of: [ $($oo:ident),* ], )?
        }
    )*) => {
        /// Every declared channel, in table order.
        pub const CHANNELS: &[&ChannelSpec] = &[
            $( &ChannelSpec {
                name: $chan,
                py_name: stringify!($py),
                url: UrlKind::$url,
                login: $login,
                conn_limited: $limited,
                doc: concat!($($doc),+),
                args: &[
                    $( ArgSpec {
                        name: stringify!($rp), okx: $rokx, required: true,
                        kind: define_channels!(@kind $rk $(($rset))?),
                    }, )*
                    $( ArgSpec {
                        name: stringify!($op), okx: $ookx, required: false,
                        kind: define_channels!(@kind $ok $(($oset))?),
                    }, )*
                ],
                one_of: &[ $( $( stringify!($oo) ),* )? ],
                select: define_channels!(@select $( $sel($sparam = $sdefault in $sset) )?),
            }, )*
        ];
    };
    (@kind Str) => { ArgKind::Str };
    (@kind OneOf($set:path)) => { ArgKind::OneOf($set) };
    (@select) => { None };
    (@select $sel:ident($param:ident = $default:literal in $set:path)) => {
        Some(Select::$sel { param: stringify!($param), default: $default, values: $set })
    };
}

for_each_channel!(define_channels);

/// The declaration serving `channel` (concrete name, e.g. `candle1m`), if it is known.
pub fn route(channel: &str) -> Option<&'static ChannelSpec> {
    CHANNELS.iter().copied().find(|spec| spec.matches(channel))
}

/// Like [`route`], as an error naming the channel.
///
/// # Errors
/// `InvalidArgument` for a channel the table does not declare.
pub fn route_or_err(channel: &str) -> Result<&'static ChannelSpec> {
    route(channel).ok_or_else(|| {
        OkxError::invalid(
            "channel",
            format!("must be an OKX WebSocket channel (okx_ws::CHANNELS); got {channel:?}"),
        )
    })
}
