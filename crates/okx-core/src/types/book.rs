//! Order book snapshots and candlesticks: OKX sends these as arrays, not keyed objects.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::FromItem;

/// One price level: (price, size, number of orders), exact strings as OKX sent them.
pub type BookLevel = (String, String, String);

#[derive(Deserialize)]
struct RawBook {
    #[serde(default)]
    asks: Vec<Vec<String>>,
    #[serde(default)]
    bids: Vec<Vec<String>>,
    #[serde(default, deserialize_with = "super::lenient_string")]
    ts: String,
    #[serde(rename = "seqId", default)]
    seq_id: Option<i64>,
}

// OKX levels are [price, size, deprecated "0", order count].
fn levels(rows: Vec<Vec<String>>) -> Vec<BookLevel> {
    rows.into_iter()
        .map(|row| {
            let mut it = row.into_iter();
            let px = it.next().unwrap_or_default();
            let sz = it.next().unwrap_or_default();
            let _deprecated = it.next();
            (px, sz, it.next().unwrap_or_default())
        })
        .collect()
}

macro_rules! order_book {
    ($(#[$get:meta])?) => {
        /// An order book snapshot from `GET /api/v5/market/books`.
        #[derive(Debug, Clone, Default)]
        #[cfg_attr(feature = "python", pyo3::pyclass(frozen, eq, module = "okx_py"))]
        pub struct OrderBook {
            /// Asks, best (lowest) first: (price, size, orders).
            $(#[$get])?
            pub asks: Vec<BookLevel>,
            /// Bids, best (highest) first: (price, size, orders).
            $(#[$get])?
            pub bids: Vec<BookLevel>,
            /// Snapshot time, Unix milliseconds.
            $(#[$get])?
            pub ts: String,
            /// OKX `seqId`, where the answer carries one.
            $(#[$get])?
            pub seq_id: Option<i64>,
            /// The item as OKX sent it, for `to_dict()`; `None` for a book built locally.
            raw: Option<String>,
        }
    };
}

#[cfg(feature = "python")]
order_book!(#[pyo3(get)]);
#[cfg(not(feature = "python"))]
order_book!();

/// Equal books hold the same levels, time and sequence, however they were built.
impl PartialEq for OrderBook {
    fn eq(&self, other: &Self) -> bool {
        (&self.asks, &self.bids, &self.ts, self.seq_id)
            == (&other.asks, &other.bids, &other.ts, other.seq_id)
    }
}

impl Eq for OrderBook {}

impl OrderBook {
    /// A book built locally (e.g. from a live WebSocket book), not decoded from an answer.
    pub fn new(
        asks: Vec<BookLevel>,
        bids: Vec<BookLevel>,
        ts: String,
        seq_id: Option<i64>,
    ) -> Self {
        Self {
            asks,
            bids,
            ts,
            seq_id,
            raw: None,
        }
    }

    /// The item as OKX sent it, when the book was decoded from an answer.
    pub fn raw(&self) -> Option<&str> {
        self.raw.as_deref()
    }
}

impl FromItem for OrderBook {
    fn from_item(raw: &RawValue) -> serde_json::Result<Self> {
        let book: RawBook = serde_json::from_str(raw.get())?;
        Ok(Self {
            asks: levels(book.asks),
            bids: levels(book.bids),
            ts: book.ts,
            seq_id: book.seq_id,
            raw: Some(raw.get().to_owned()),
        })
    }
}

/// One candlestick: `[ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm]`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(frozen, eq, get_all, module = "okx_py")
)]
pub struct Candle {
    /// Opening time of the candle, Unix milliseconds.
    pub ts: String,
    /// Open price.
    pub o: String,
    /// Highest price.
    pub h: String,
    /// Lowest price.
    pub l: String,
    /// Close price (latest price while the candle is open).
    pub c: String,
    /// Volume in contracts (derivatives) or base currency (spot).
    pub vol: String,
    /// Volume in currency.
    pub vol_ccy: String,
    /// Volume in quote currency.
    pub vol_ccy_quote: String,
    /// `"0"` while the candle is still open, `"1"` once complete.
    pub confirm: String,
}

/// The keys `Candle.to_dict()` uses, in OKX's documented order.
pub const CANDLE_KEYS: [&str; 9] = [
    "ts",
    "o",
    "h",
    "l",
    "c",
    "vol",
    "volCcy",
    "volCcyQuote",
    "confirm",
];

impl Candle {
    /// The fields in OKX's array order.
    pub fn values(&self) -> [&str; 9] {
        [
            &self.ts,
            &self.o,
            &self.h,
            &self.l,
            &self.c,
            &self.vol,
            &self.vol_ccy,
            &self.vol_ccy_quote,
            &self.confirm,
        ]
    }
}

impl FromItem for Candle {
    fn from_item(raw: &RawValue) -> serde_json::Result<Self> {
        let row: Vec<String> = serde_json::from_str(raw.get())?;
        let mut it = row.into_iter();
        let mut next = || it.next().unwrap_or_default();
        Ok(Self {
            ts: next(),
            o: next(),
            h: next(),
            l: next(),
            c: next(),
            vol: next(),
            vol_ccy: next(),
            vol_ccy_quote: next(),
            confirm: next(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn book_levels_drop_the_deprecated_slot() {
        let raw = RawValue::from_string(
            r#"{"asks":[["41006.8","0.60038921","0","1"]],"bids":[["41006.3","0.30178218","0","2"]],"ts":"1629966436396"}"#.into(),
        )
        .unwrap();
        let book = OrderBook::from_item(&raw).unwrap();
        assert_eq!(
            book.asks[0],
            ("41006.8".into(), "0.60038921".into(), "1".into())
        );
        assert_eq!(book.bids[0].2, "2");
        assert_eq!(book.seq_id, None);
    }

    #[test]
    fn candle_rows_map_in_order() {
        let raw = RawValue::from_string(
            r#"["1706637600000","43398.6","43493.9","43279.9","43373.9","5070.79611732","220057933.233687634","220057933.233687634","1"]"#.into(),
        )
        .unwrap();
        let c = Candle::from_item(&raw).unwrap();
        assert_eq!(c.c, "43373.9");
        assert_eq!(c.vol_ccy_quote, "220057933.233687634");
        assert_eq!(c.confirm, "1");
    }
}
