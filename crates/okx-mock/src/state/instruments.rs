//! The instruments the mock lists and trades, built from real `public/instruments` items.

use rust_decimal::Decimal;
use serde_json::Value;

use super::num::parse_dec;

/// Raw `GET /api/v5/public/instruments` items, served verbatim.
const INSTRUMENTS_JSON: &str = include_str!("data/instruments.json");

/// The instrument types the mock trades.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InstType {
    Spot,
    Swap,
}

impl InstType {
    /// OKX's name of the type.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            InstType::Spot => "SPOT",
            InstType::Swap => "SWAP",
        }
    }
}

/// One tradable instrument with the numbers the matching engine needs.
#[derive(Debug, Clone)]
pub(crate) struct Instrument {
    pub(crate) inst_id: String,
    pub(crate) inst_type: InstType,
    /// SPOT: the base currency; SWAP: the currency of `ctVal`.
    pub(crate) base_ccy: String,
    /// SPOT: the quote currency; SWAP: the settlement currency.
    pub(crate) quote_ccy: String,
    /// SWAP: the instrument family (`BTC-USDT`); SPOT: empty.
    pub(crate) inst_family: String,
    pub(crate) tick_sz: Decimal,
    pub(crate) lot_sz: Decimal,
    pub(crate) min_sz: Decimal,
    /// Contract value in `base_ccy`; 1 for SPOT, where sizes are already in the base currency.
    pub(crate) ct_val: Decimal,
    /// The item `public/instruments` returns.
    pub(crate) raw: Value,
}

impl Instrument {
    fn from_raw(raw: Value) -> Result<Self, String> {
        let text = |key: &str| {
            raw.get(key)
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned()
        };
        let number = |key: &str| {
            parse_dec(&text(key)).ok_or_else(|| format!("instrument field {key} is not a number"))
        };
        let inst_id = text("instId");
        let (inst_type, base_ccy, quote_ccy, ct_val) = match text("instType").as_str() {
            "SPOT" => (
                InstType::Spot,
                text("baseCcy"),
                text("quoteCcy"),
                Decimal::ONE,
            ),
            "SWAP" => (
                InstType::Swap,
                text("ctValCcy"),
                text("settleCcy"),
                number("ctVal")?,
            ),
            other => return Err(format!("{inst_id}: instType {other} is not supported")),
        };
        Ok(Self {
            inst_type,
            base_ccy,
            quote_ccy,
            inst_family: text("instFamily"),
            tick_sz: number("tickSz")?,
            lot_sz: number("lotSz")?,
            min_sz: number("minSz")?,
            ct_val,
            inst_id,
            raw,
        })
    }
}

/// Every instrument of the embedded list, in listing order.
pub(crate) fn load() -> Result<Vec<Instrument>, String> {
    let items: Vec<Value> = serde_json::from_str(INSTRUMENTS_JSON)
        .map_err(|e| format!("embedded instruments.json is not valid: {e}"))?;
    items.into_iter().map(Instrument::from_raw).collect()
}

/// The price each instrument starts at.
pub(crate) fn initial_price(inst: &Instrument) -> Decimal {
    match inst.base_ccy.as_str() {
        "BTC" => Decimal::from(65_000),
        "ETH" => Decimal::from(3_200),
        "SOL" => Decimal::from(150),
        _ => Decimal::from(100),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_instruments_load() {
        let list = load().unwrap();
        let ids: Vec<&str> = list.iter().map(|i| i.inst_id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "BTC-USDT",
                "ETH-USDT",
                "SOL-USDT",
                "BTC-USDT-SWAP",
                "ETH-USDT-SWAP"
            ]
        );
        let swap = &list[3];
        assert_eq!(swap.inst_type, InstType::Swap);
        assert_eq!(swap.base_ccy, "BTC");
        assert_eq!(swap.quote_ccy, "USDT");
        assert_eq!(swap.ct_val.to_string(), "0.01");
    }
}
