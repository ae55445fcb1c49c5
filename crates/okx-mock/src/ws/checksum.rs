//! OKX's order-book checksum (book-checksum.md section 2), sent on `books`, `books-l2-tbt` and
//! `books50-l2-tbt` pushes in the legacy book mode: CRC-32 (IEEE) of the best 25 bids and asks
//! interleaved bid first as `px:sz`, read as a signed 32-bit integer.

use crate::state::num::fmt;
use crate::state::Level;

/// Levels per side that enter the checksum.
const CHECK_LEVELS: usize = 25;

/// The check string of a book given best first as (price, size) text pairs.
pub(crate) fn check_string<'a>(bids: &[(&'a str, &'a str)], asks: &[(&'a str, &'a str)]) -> String {
    let mut pieces: Vec<&str> = Vec::with_capacity(4 * CHECK_LEVELS);
    for i in 0..CHECK_LEVELS {
        for side in [bids, asks] {
            if let Some((px, sz)) = side.get(i) {
                pieces.push(px);
                pieces.push(sz);
            }
        }
    }
    pieces.join(":")
}

/// The signed CRC-32 of a check string, as OKX's `checksum` field carries it.
pub(crate) fn crc(check: &str) -> i32 {
    // The wire value is the CRC's bits read as a signed integer.
    i32::from_ne_bytes(crc32fast::hash(check.as_bytes()).to_ne_bytes())
}

/// The checksum of a book (best first) with prices and sizes written as the pushes write them.
pub(crate) fn of_book(bids: &[Level], asks: &[Level]) -> i32 {
    let text = |levels: &[Level]| -> Vec<(String, String)> {
        levels
            .iter()
            .take(CHECK_LEVELS)
            .map(|l| (fmt(l.px), fmt(l.sz)))
            .collect()
    };
    let (bids, asks) = (text(bids), text(asks));
    crc(&check_string(&pairs(&bids), &pairs(&asks)))
}

fn pairs(levels: &[(String, String)]) -> Vec<(&str, &str)> {
    levels
        .iter()
        .map(|(p, s)| (p.as_str(), s.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use serde_json::Value;

    fn vectors() -> Value {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/book-vectors.json");
        let text = std::fs::read_to_string(path).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    fn json_pairs(levels: &Value) -> Vec<(&str, &str)> {
        levels
            .as_array()
            .unwrap()
            .iter()
            .map(|l| (l[0].as_str().unwrap(), l[1].as_str().unwrap()))
            .collect()
    }

    #[test]
    fn every_vector_case_matches() {
        let v = vectors();
        let cases = v["cases"].as_array().unwrap();
        assert_eq!(cases.len(), 25);
        for case in cases {
            let check = check_string(&json_pairs(&case["bids"]), &json_pairs(&case["asks"]));
            assert_eq!(check, case["check_string"], "{}", case["name"]);
            assert_eq!(
                i64::from(crc(&check)),
                case["checksum"].as_i64().unwrap(),
                "{}",
                case["name"]
            );
        }
    }

    #[test]
    fn docs_examples_and_empty_book() {
        assert_eq!(crc("3366.1:7:3366.8:9:3366:6:3368:8"), -1_881_014_294);
        assert_eq!(crc("3366.1:7:3366.8:9:3368:8:3372:8"), 831_078_360);
        assert_eq!(of_book(&[], &[]), 0);
    }

    #[test]
    fn book_levels_use_the_pushed_text() {
        let l = |px: &str, sz: &str| Level {
            px: px.parse::<Decimal>().unwrap(),
            sz: sz.parse::<Decimal>().unwrap(),
            count: 3,
        };
        // "64073.10" is pushed as "64073.1": the checksum hashes what is sent.
        let bids = [l("64073", "0.58849577")];
        let asks = [l("64073.10", "1.07909367")];
        assert_eq!(of_book(&bids, &asks), 1_352_395_381);
    }
}
