//! The channel table: which URL serves each channel, whether it needs a login, which
//! arguments it takes and what feeds it (websocket.md sections 1.1 and 7); and the check of one
//! subscription argument against it.

use serde::Serialize;
use serde_json::{Map, Value};

use super::codes::{self, WsCode};
use crate::state::{parse_bar, Exchange, InstType};

/// The three WebSocket URLs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Endpoint {
    Public,
    Private,
    Business,
}

/// What produces a channel's pushes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Feed {
    Tickers,
    Trades,
    TradesAll,
    /// `books`: 400 levels, snapshot then updates every 100 ms.
    Books,
    /// `books-l2-tbt`: the same, every 10 ms.
    BooksTbt,
    /// `books50-l2-tbt`: 50 levels, snapshot then updates every 10 ms.
    Books50Tbt,
    Books5,
    BboTbt,
    Candle,
    MarkPrice,
    MarkPriceCandle,
    IndexTickers,
    IndexCandle,
    FundingRate,
    OpenInterest,
    Instruments,
    Orders,
    Account,
    Positions,
    BalanceAndPosition,
    Fills,
    /// Accepted but never pushed: the mock has nothing to report there (algo orders, grid
    /// bots, deposits, status, ...).
    Silent,
}

impl Feed {
    /// Whether the channel reports the test account (pushes carry `uid` in `arg`).
    pub(crate) fn is_private(self) -> bool {
        matches!(
            self,
            Feed::Orders | Feed::Account | Feed::Positions | Feed::BalanceAndPosition | Feed::Fills
        )
    }

    /// Whether the channel's pushes come from the periodic market feed.
    pub(crate) fn is_market(self) -> bool {
        matches!(
            self,
            Feed::Tickers
                | Feed::Books
                | Feed::BooksTbt
                | Feed::Books50Tbt
                | Feed::Books5
                | Feed::BboTbt
                | Feed::Candle
                | Feed::MarkPrice
                | Feed::MarkPriceCandle
                | Feed::IndexTickers
                | Feed::IndexCandle
                | Feed::FundingRate
                | Feed::OpenInterest
        )
    }
}

/// The arguments a channel takes besides `channel`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Args {
    /// `instId` of a listed instrument, required.
    InstId,
    /// `instId` of a listed SWAP, required.
    SwapId,
    /// `instId` of an index such as `BTC-USDT`, required.
    IndexId,
    /// `instType` from this list, required; `instFamily` and `instId` optional.
    InstType(&'static [&'static str]),
    /// Nothing required; `ccy` and `instId` narrow what is pushed.
    Free,
}

/// One channel of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Spec {
    pub(crate) endpoint: Endpoint,
    pub(crate) login: bool,
    /// Counted in OKX's limit of 30 connections per channel (`channel-conn-count`).
    pub(crate) counted: bool,
    args: Args,
    pub(crate) feed: Feed,
}

const ORDER_TYPES: &[&str] = &[
    "SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS", "ANY",
];
const POSITION_TYPES: &[&str] = &["MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS", "ANY"];
const ALGO_TYPES: &[&str] = &["SPOT", "MARGIN", "SWAP", "FUTURES", "ANY"];
const WARNING_TYPES: &[&str] = &["MARGIN", "SWAP", "FUTURES", "OPTION", "ANY"];
const LISTED_TYPES: &[&str] = &["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"];
const LIQUIDATION_TYPES: &[&str] = &["SWAP", "FUTURES", "MARGIN", "OPTION"];

/// The table entry of a channel name, or `None` for a channel OKX does not have.
pub(crate) fn spec(channel: &str) -> Option<Spec> {
    use Endpoint::{Business, Private, Public};
    let s = |endpoint, login, counted, args, feed| {
        Some(Spec {
            endpoint,
            login,
            counted,
            args,
            feed,
        })
    };
    match channel {
        "tickers" => s(Public, false, false, Args::InstId, Feed::Tickers),
        "trades" => s(Public, false, false, Args::InstId, Feed::Trades),
        "books" => s(Public, false, false, Args::InstId, Feed::Books),
        "books5" => s(Public, false, false, Args::InstId, Feed::Books5),
        "bbo-tbt" => s(Public, false, false, Args::InstId, Feed::BboTbt),
        // Tier-gated on OKX (VIP4); the mock's account qualifies once logged in.
        "books-l2-tbt" => s(Public, true, false, Args::InstId, Feed::BooksTbt),
        "books50-l2-tbt" => s(Public, true, false, Args::InstId, Feed::Books50Tbt),
        "mark-price" => s(Public, false, false, Args::InstId, Feed::MarkPrice),
        "index-tickers" => s(Public, false, false, Args::IndexId, Feed::IndexTickers),
        "funding-rate" => s(Public, false, false, Args::SwapId, Feed::FundingRate),
        "open-interest" => s(Public, false, false, Args::SwapId, Feed::OpenInterest),
        "price-limit" => s(Public, false, false, Args::InstId, Feed::Silent),
        "instruments" => s(
            Public,
            false,
            false,
            Args::InstType(LISTED_TYPES),
            Feed::Instruments,
        ),
        "liquidation-orders" => s(
            Public,
            false,
            false,
            Args::InstType(LIQUIDATION_TYPES),
            Feed::Silent,
        ),
        "status"
        | "opt-summary"
        | "estimated-price"
        | "adl-warning"
        | "call-auction-details"
        | "event-contract-markets" => s(Public, false, false, Args::Free, Feed::Silent),
        "trades-all" => s(Business, false, false, Args::InstId, Feed::TradesAll),
        "orders" => s(
            Private,
            true,
            true,
            Args::InstType(ORDER_TYPES),
            Feed::Orders,
        ),
        "account" => s(Private, true, true, Args::Free, Feed::Account),
        "positions" => s(
            Private,
            true,
            true,
            Args::InstType(POSITION_TYPES),
            Feed::Positions,
        ),
        "balance_and_position" => s(Private, true, true, Args::Free, Feed::BalanceAndPosition),
        // VIP-only on OKX; the mock's account qualifies.
        "fills" => s(Private, true, false, Args::Free, Feed::Fills),
        "liquidation-warning" => s(
            Private,
            true,
            true,
            Args::InstType(WARNING_TYPES),
            Feed::Silent,
        ),
        "account-greeks" => s(Private, true, true, Args::Free, Feed::Silent),
        "orders-algo" | "algo-advance" => s(
            Business,
            true,
            false,
            Args::InstType(ALGO_TYPES),
            Feed::Silent,
        ),
        "deposit-info"
        | "withdrawal-info"
        | "grid-orders-spot"
        | "grid-orders-contract"
        | "grid-positions"
        | "grid-sub-orders"
        | "algo-recurring-buy"
        | "copytrading-lead-notification"
        | "economic-calendar"
        | "sprd-orders"
        | "sprd-trades"
        | "rfqs"
        | "quotes"
        | "struc-block-trades" => s(Business, true, false, Args::Free, Feed::Silent),
        "public-struc-block-trades"
        | "public-block-trades"
        | "block-tickers"
        | "sprd-public-trades"
        | "sprd-tickers"
        | "sprd-bbo-tbt"
        | "sprd-books5"
        | "sprd-books-l2-tbt" => s(Business, false, false, Args::Free, Feed::Silent),
        _ => candle_spec(channel),
    }
}

/// `candle{bar}`, `mark-price-candle{bar}`, `index-candle{bar}` for the bars the mock knows.
fn candle_spec(channel: &str) -> Option<Spec> {
    let (bar, args, feed) = if let Some(bar) = channel.strip_prefix("mark-price-candle") {
        (bar, Args::InstId, Feed::MarkPriceCandle)
    } else if let Some(bar) = channel.strip_prefix("index-candle") {
        (bar, Args::IndexId, Feed::IndexCandle)
    } else if let Some(bar) = channel.strip_prefix("candle") {
        (bar, Args::InstId, Feed::Candle)
    } else {
        return None;
    };
    parse_bar(bar)?;
    Some(Spec {
        endpoint: Endpoint::Business,
        login: false,
        counted: false,
        args,
        feed,
    })
}

/// A subscription as the hub keys it; serialised in this field order it is the `arg` of the
/// pushes (private channels add `uid`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Topic {
    pub(crate) channel: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) inst_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) inst_family: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) inst_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) ccy: Option<String>,
}

impl Topic {
    /// A topic of a channel that takes only `instId`.
    pub(crate) fn inst(channel: &str, inst_id: &str) -> Self {
        Self {
            channel: channel.to_owned(),
            inst_type: None,
            inst_family: None,
            inst_id: Some(inst_id.to_owned()),
            ccy: None,
        }
    }
}

/// Why an argument was refused: the error to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// Not even a channel name: 60012 with the request text.
    Malformed,
    /// An OKX error code and its message.
    Code(WsCode, String),
}

impl Refusal {
    fn code(code: WsCode) -> Self {
        Refusal::Code(code, code.text(&[]))
    }
}

/// Checks one subscription argument received on `endpoint`; gives its table entry and topic.
pub(crate) fn check(
    arg: &Map<String, Value>,
    endpoint: Endpoint,
    ex: &Exchange,
) -> Result<(Spec, Topic), Refusal> {
    let channel = match arg.get("channel") {
        Some(Value::String(c)) if !c.is_empty() => c.as_str(),
        _ => return Err(Refusal::Malformed),
    };
    if arg.contains_key("uly") {
        return Err(Refusal::code(codes::ULY_GONE));
    }
    let wrong = || Refusal::Code(codes::WRONG_URL, codes::WRONG_URL.text(&[&describe(arg)]));
    let spec = spec(channel).ok_or_else(wrong)?;
    match (spec.endpoint, endpoint) {
        (Endpoint::Business, Endpoint::Business) => {}
        (Endpoint::Business, _) => return Err(Refusal::code(codes::MOVED_TO_BUSINESS)),
        (_, Endpoint::Business) => return Err(Refusal::code(codes::NOT_ON_BUSINESS)),
        (wanted, got) if wanted != got => return Err(wrong()),
        _ => {}
    }
    let text = |key: &str| -> Result<Option<String>, Refusal> {
        match arg.get(key) {
            None => Ok(None),
            Some(Value::String(v)) if v.is_empty() => Ok(None),
            Some(Value::String(v)) => Ok(Some(v.clone())),
            Some(_) => Err(Refusal::code(codes::INVALID_ARGS)),
        }
    };
    let inst_id = text("instId")?;
    let known = |id: &str| ex.market(id).is_some();
    let mut topic = Topic {
        channel: channel.to_owned(),
        inst_type: None,
        inst_family: None,
        inst_id: None,
        ccy: None,
    };
    match spec.args {
        Args::InstId | Args::SwapId | Args::IndexId => {
            let id = inst_id.ok_or_else(|| Refusal::code(codes::INVALID_ARGS))?;
            let ok = match spec.args {
                Args::InstId => known(&id),
                Args::SwapId => ex
                    .market(&id)
                    .is_some_and(|m| m.inst.inst_type == InstType::Swap),
                _ => is_index(ex, &id),
            };
            if !ok {
                return Err(wrong());
            }
            topic.inst_id = Some(id);
        }
        Args::InstType(types) => {
            let inst_type = text("instType")?.ok_or_else(|| Refusal::code(codes::INVALID_ARGS))?;
            if !types.contains(&inst_type.as_str()) {
                return Err(wrong());
            }
            if inst_id.as_deref().is_some_and(|id| !known(id)) {
                return Err(wrong());
            }
            topic.inst_type = Some(inst_type);
            topic.inst_family = text("instFamily")?;
            topic.inst_id = inst_id;
        }
        Args::Free => {
            topic.ccy = text("ccy")?;
            topic.inst_id = inst_id;
        }
    }
    Ok((spec, topic))
}

/// Whether `id` names an index the mock prices: `BASE-QUOTE` with a `BASE-USDT` spot market
/// and a quote of USDT, USD or USDC.
pub(crate) fn is_index(ex: &Exchange, id: &str) -> bool {
    id.split_once('-').is_some_and(|(base, quote)| {
        matches!(quote, "USDT" | "USD" | "USDC") && ex.index_price(base).is_some()
    })
}

/// The argument as OKX quotes it in 60018: `channel:candle1m,instId:BTC-USD-SWAP`.
pub(crate) fn describe(arg: &Map<String, Value>) -> String {
    let mut out = String::new();
    for key in ["channel", "instType", "instFamily", "instId", "ccy"] {
        let value = match arg.get(key) {
            Some(Value::String(v)) => v.clone(),
            Some(other) => other.to_string(),
            None => continue,
        };
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(key);
        out.push(':');
        out.push_str(&value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn arg(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    fn code(v: Value, at: Endpoint) -> &'static str {
        let ex = Exchange::new(0).unwrap();
        match check(&arg(v), at, &ex) {
            Ok(_) => "ok",
            Err(Refusal::Malformed) => "60012",
            Err(Refusal::Code(c, _)) => c.code,
        }
    }

    #[test]
    fn channels_live_on_their_urls() {
        use Endpoint::*;
        let t = json!({"channel": "tickers", "instId": "BTC-USDT"});
        assert_eq!(code(t.clone(), Public), "ok");
        assert_eq!(code(t.clone(), Private), "60018");
        assert_eq!(code(t, Business), "64002");
        let c = json!({"channel": "candle1m", "instId": "BTC-USDT"});
        assert_eq!(code(c.clone(), Public), "64001");
        assert_eq!(code(c, Business), "ok");
        assert_eq!(
            code(
                json!({"channel": "candle7m", "instId": "BTC-USDT"}),
                Business
            ),
            "60018"
        );
        let o = json!({"channel": "orders", "instType": "ANY"});
        assert_eq!(code(o.clone(), Private), "ok");
        assert_eq!(code(o, Public), "60018");
        assert_eq!(
            code(json!({"channel": "orders", "instType": "X"}), Private),
            "60018"
        );
        assert_eq!(code(json!({"channel": "orders"}), Private), "60013");
        assert_eq!(code(json!({"channel": "nope"}), Public), "60018");
        assert_eq!(code(json!({"channel": 5}), Public), "60012");
        assert_eq!(
            code(json!({"channel": "tickers", "instId": "NOPE"}), Public),
            "60018"
        );
        assert_eq!(
            code(
                json!({"channel": "orders", "instType": "SWAP", "uly": "BTC-USD"}),
                Private
            ),
            "64000"
        );
        assert_eq!(
            code(
                json!({"channel": "funding-rate", "instId": "BTC-USDT"}),
                Public
            ),
            "60018"
        );
        assert_eq!(
            code(
                json!({"channel": "index-tickers", "instId": "BTC-USD"}),
                Public
            ),
            "ok"
        );
    }

    #[test]
    fn wrong_url_text_names_the_argument() {
        let a = arg(json!({"channel": "candle1m", "instId": "BTC-USD-SWAP"}));
        assert_eq!(describe(&a), "channel:candle1m,instId:BTC-USD-SWAP");
    }
}
