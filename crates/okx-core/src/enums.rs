//! The documented value sets of OKX's enumerated parameters, checked before sending.

/// `instType` values (OKX docs: Get instruments).
pub const INST_TYPES: &[&str] = &["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"];
/// `instType` values accepted by account and trade queries.
pub const INST_TYPES_TRADED: &[&str] = &["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION"];
/// `instType` values of ticker queries (OKX docs: Get tickers).
pub const TICKER_INST_TYPES: &[&str] = &["SPOT", "SWAP", "FUTURES", "OPTION"];
/// `tgtCcy` values of SPOT market orders.
pub const TGT_CCYS: &[&str] = &["base_ccy", "quote_ccy"];
/// `stpMode` values (self-trade prevention).
pub const STP_MODES: &[&str] = &["cancel_maker", "cancel_taker", "cancel_both"];
/// `state` filter values of pending orders.
pub const PENDING_STATES: &[&str] = &["live", "partially_filled"];
/// `tdMode` values (OKX docs: Place order).
pub const TD_MODES: &[&str] = &["cash", "cross", "isolated", "spot_isolated"];
/// `side` values.
pub const SIDES: &[&str] = &["buy", "sell"];
/// `posSide` values.
pub const POS_SIDES: &[&str] = &["net", "long", "short"];
/// `ordType` values of regular orders (OKX docs: Place order; `elp` is a deprecated alias of `rpi`).
pub const ORD_TYPES: &[&str] = &[
    "market",
    "limit",
    "post_only",
    "fok",
    "ioc",
    "optimal_limit_ioc",
    "mmp",
    "mmp_and_post_only",
    "rpi",
    "elp",
];
/// `ordType` values of algo orders (OKX docs: Place algo order).
pub const ALGO_ORD_TYPES: &[&str] = &[
    "conditional",
    "oco",
    "trigger",
    "move_order_stop",
    "iceberg",
    "twap",
    "chase",
];
/// `mgnMode` values (OKX docs: Set leverage, Positions history).
pub const MGN_MODES: &[&str] = &["cross", "isolated"];
/// `bar` values of candlesticks (OKX docs: Get candlesticks).
pub const BARS: &[&str] = &[
    "1s", "1m", "3m", "5m", "15m", "30m", "1H", "2H", "4H", "6H", "12H", "1D", "2D", "3D", "1W",
    "1M", "3M", "6Hutc", "12Hutc", "1Dutc", "2Dutc", "3Dutc", "1Wutc", "1Mutc", "3Mutc",
];

/// Checks `value` against a documented set.
///
/// # Errors
/// `InvalidArgument` quoting the allowed values and the value received.
pub fn check_one_of(param: &str, value: &str, allowed: &[&str]) -> crate::Result<()> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let list = allowed
        .iter()
        .map(|v| format!("\"{v}\""))
        .collect::<Vec<_>>()
        .join(", ");
    Err(crate::OkxError::invalid(
        param,
        format!("must be one of {list}; got \"{value}\""),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_lists_allowed_values_and_value_received() {
        let err = check_one_of("td_mode", "margin", TD_MODES).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"td_mode must be one of "cash", "cross", "isolated", "spot_isolated"; got "margin""#
        );
        assert!(check_one_of("side", "buy", SIDES).is_ok());
    }
}
