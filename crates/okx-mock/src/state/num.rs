//! Decimal helpers: OKX sends and receives every number as a plain decimal string.

use rust_decimal::{Decimal, RoundingStrategy};

/// The largest price or size the mock accepts; keeps every product far from overflow.
pub(crate) const MAX_INPUT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0); // 1e12

/// Parses a plain decimal string (`"65000.1"`, `"-2"`); no exponent, no spaces.
pub(crate) fn parse_dec(text: &str) -> Option<Decimal> {
    let ok = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && text.bytes().any(|b| b.is_ascii_digit());
    if !ok {
        return None;
    }
    text.parse::<Decimal>().ok()
}

/// Parses a strictly positive decimal no larger than [`MAX_INPUT`].
pub(crate) fn parse_positive(text: &str) -> Option<Decimal> {
    parse_dec(text).filter(|d| *d > Decimal::ZERO && *d <= MAX_INPUT)
}

/// OKX's textual form: no trailing zeros, `"0"` for zero.
pub(crate) fn fmt(d: Decimal) -> String {
    let n = d.normalize();
    if n.is_zero() {
        "0".to_owned()
    } else {
        n.to_string()
    }
}

/// Rounds down to a multiple of `step` (a positive tick or lot size).
pub(crate) fn floor_to(value: Decimal, step: Decimal) -> Decimal {
    if step <= Decimal::ZERO {
        return value;
    }
    (value / step).floor() * step
}

/// Rounds to the nearest multiple of `step`.
pub(crate) fn round_to(value: Decimal, step: Decimal) -> Decimal {
    if step <= Decimal::ZERO {
        return value;
    }
    (value / step).round() * step
}

/// Whether `value` is a whole multiple of `step`.
pub(crate) fn is_multiple(value: Decimal, step: Decimal) -> bool {
    step <= Decimal::ZERO || (value % step).is_zero()
}

/// Cuts a quotient to a sensible number of places (divisions yield 28 digits).
pub(crate) fn tidy(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(12, RoundingStrategy::MidpointNearestEven)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn parses_plain_decimals_only() {
        assert_eq!(parse_dec("65000.1"), Some(d("65000.1")));
        assert_eq!(parse_dec("-2"), Some(d("-2")));
        assert_eq!(parse_dec("1e5"), None);
        assert_eq!(parse_dec(""), None);
        assert_eq!(parse_dec("."), None);
        assert_eq!(parse_dec(" 1"), None);
        assert_eq!(parse_positive("0"), None);
        assert_eq!(parse_positive("1000000000001"), None);
        assert_eq!(MAX_INPUT, d("1000000000000"));
    }

    #[test]
    fn formats_like_okx() {
        assert_eq!(fmt(d("1.2300")), "1.23");
        assert_eq!(fmt(d("0.000")), "0");
        assert_eq!(fmt(d("-0.0")), "0");
        assert_eq!(fmt(d("65000")), "65000");
    }

    #[test]
    fn rounds_to_steps() {
        assert_eq!(floor_to(d("1.2345"), d("0.01")), d("1.23"));
        assert_eq!(round_to(d("1.235"), d("0.1")), d("1.2"));
        assert!(is_multiple(d("0.3"), d("0.1")));
        assert!(!is_multiple(d("0.35"), d("0.1")));
    }
}
