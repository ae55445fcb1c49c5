//! A local order book: both sides kept in price order with OKX's exact strings, updated by
//! the rules of websocket.md section 8.2, and OKX's CRC32 checksum (book-checksum.md).

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

/// One price level as OKX sent it: the price (also parsed, for ordering), the size, the
/// third field (deprecated `"0"` on most channels, `nonRpiQty` on `books-rpi`, absent on
/// spread books) and the order count. One allocation per level.
#[derive(Clone, PartialEq, Eq)]
pub struct Level {
    key: Decimal,
    text: Box<str>,
    px_end: u32,
    sz_end: u32,
    third_end: u32,
}

impl fmt::Debug for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}, {}, {}]", self.px(), self.sz(), self.count())
    }
}

/// Why a level or a push was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLevel(pub String);

impl fmt::Display for BadLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Level {
    /// A level from its fields: `[px, sz, third, count]` or `[px, sz, count]`.
    pub fn new(fields: &[&str]) -> Result<Level, BadLevel> {
        let (px, sz, third, count) = match fields {
            [px, sz, third, count, ..] => (*px, *sz, *third, *count),
            [px, sz, count] => (*px, *sz, "", *count),
            [px, sz] => (*px, *sz, "", ""),
            _ => {
                return Err(BadLevel(format!(
                    "a level needs a price and a size: {fields:?}"
                )))
            }
        };
        let key = Decimal::from_str(px).map_err(|_| BadLevel(format!("bad price {px:?}")))?;
        if sz.is_empty() || Decimal::from_str(sz).is_err() {
            return Err(BadLevel(format!("bad size {sz:?} at price {px}")));
        }
        let mut text = String::with_capacity(px.len() + sz.len() + third.len() + count.len());
        text.push_str(px);
        text.push_str(sz);
        text.push_str(third);
        text.push_str(count);
        let px_end = px.len() as u32;
        let sz_end = px_end + sz.len() as u32;
        Ok(Level {
            key,
            text: text.into_boxed_str(),
            px_end,
            sz_end,
            third_end: sz_end + third.len() as u32,
        })
    }

    /// The price, parsed.
    pub fn price(&self) -> Decimal {
        self.key
    }

    /// The price exactly as OKX sent it.
    pub fn px(&self) -> &str {
        self.text.get(..self.px_end as usize).unwrap_or_default()
    }

    /// The size exactly as OKX sent it (contracts for derivatives, base currency for spot).
    pub fn sz(&self) -> &str {
        self.text
            .get(self.px_end as usize..self.sz_end as usize)
            .unwrap_or_default()
    }

    /// The third field: `nonRpiQty` on `books-rpi`, the deprecated `"0"` elsewhere, `""`
    /// on spread books.
    pub fn third(&self) -> &str {
        self.text
            .get(self.sz_end as usize..self.third_end as usize)
            .unwrap_or_default()
    }

    /// The number of orders at this price.
    pub fn count(&self) -> &str {
        self.text.get(self.third_end as usize..).unwrap_or_default()
    }

    /// Size `"0"` (any zero spelling) deletes the level.
    fn is_delete(&self) -> bool {
        let sz = self.sz();
        sz.bytes().all(|b| b == b'0' || b == b'.') && sz.bytes().any(|b| b == b'0')
    }
}

/// A level as it appears in a frame: an array of 2 to 4 strings, borrowed from the frame.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct RawLevel<'a> {
    fields: [&'a str; 4],
    len: usize,
}

impl<'a> RawLevel<'a> {
    pub(crate) fn level(&self) -> Result<Level, BadLevel> {
        Level::new(self.fields.get(..self.len).unwrap_or_default())
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RawLevel<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawLevel<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a book level: an array of strings")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = RawLevel::default();
                while let Some(s) = seq.next_element::<&'de str>()? {
                    if let Some(slot) = out.fields.get_mut(out.len) {
                        *slot = s;
                        out.len += 1;
                    }
                }
                if out.len < 2 {
                    return Err(de::Error::invalid_length(out.len, &"at least 2 strings"));
                }
                Ok(out)
            }
        }
        d.deserialize_seq(V)
    }
}

/// The changed (or, in a snapshot, all) levels of one push, parsed and owned.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Levels {
    /// Bids as sent (best first).
    pub bids: Vec<Level>,
    /// Asks as sent (best first).
    pub asks: Vec<Level>,
}

impl Levels {
    pub(crate) fn parse(bids: &[RawLevel<'_>], asks: &[RawLevel<'_>]) -> Result<Levels, BadLevel> {
        Ok(Levels {
            bids: bids.iter().map(RawLevel::level).collect::<Result<_, _>>()?,
            asks: asks.iter().map(RawLevel::level).collect::<Result<_, _>>()?,
        })
    }

    /// Levels from `[px, sz, ...]` string rows (a REST answer, a test).
    pub fn from_rows(bids: &[Vec<&str>], asks: &[Vec<&str>]) -> Result<Levels, BadLevel> {
        Ok(Levels {
            bids: bids
                .iter()
                .map(|r| Level::new(r))
                .collect::<Result<_, _>>()?,
            asks: asks
                .iter()
                .map(|r| Level::new(r))
                .collect::<Result<_, _>>()?,
        })
    }
}

/// Both sides of a book: bids by price descending, asks ascending, every level kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Book {
    bids: Vec<Level>,
    asks: Vec<Level>,
}

/// Levels hashed by OKX's checksum per side.
const CHECKSUM_DEPTH: usize = 25;

fn sort_side(levels: &mut Vec<Level>, bids: bool) {
    if bids {
        levels.sort_by_key(|l| std::cmp::Reverse(l.key));
    } else {
        levels.sort_by_key(|l| l.key);
    }
    // A snapshot never repeats a price; if one did, the last occurrence wins.
    levels.dedup_by(|later, earlier| {
        if later.key == earlier.key {
            std::mem::swap(later, earlier);
            true
        } else {
            false
        }
    });
    levels.retain(|l| !l.is_delete());
}

fn merge(side: &mut Vec<Level>, changes: Vec<Level>, bids: bool) {
    for level in changes {
        let found = side.binary_search_by(|probe| {
            let ord = probe.key.cmp(&level.key);
            if bids {
                ord.reverse()
            } else {
                ord
            }
        });
        match (found, level.is_delete()) {
            (Ok(i), true) => {
                side.remove(i);
            }
            (Ok(i), false) => {
                if let Some(slot) = side.get_mut(i) {
                    *slot = level;
                }
            }
            (Err(_), true) => {} // deleting a price the book lacks is harmless (8.2 rule 3)
            (Err(i), false) => side.insert(i, level),
        }
    }
}

impl Book {
    /// Replaces the whole book (a snapshot), keeping the first `depth` levels per side.
    pub fn replace(&mut self, levels: Levels, depth: Option<usize>) {
        let Levels { mut bids, mut asks } = levels;
        sort_side(&mut bids, true);
        sort_side(&mut asks, false);
        if let Some(depth) = depth {
            bids.truncate(depth);
            asks.truncate(depth);
        }
        self.bids = bids;
        self.asks = asks;
    }

    /// Applies an update: size "0" deletes the price, another size inserts or replaces it.
    pub fn update(&mut self, levels: Levels) {
        merge(&mut self.bids, levels.bids, true);
        merge(&mut self.asks, levels.asks, false);
    }

    /// Empties both sides.
    pub fn clear(&mut self) {
        self.bids.clear();
        self.asks.clear();
    }

    /// Bids, best (highest) first.
    pub fn bids(&self) -> &[Level] {
        &self.bids
    }

    /// Asks, best (lowest) first.
    pub fn asks(&self) -> &[Level] {
        &self.asks
    }

    /// OKX's check string: the best 25 bids and asks interleaved, bid first, `px:sz`.
    pub fn check_string(&self) -> String {
        let mut out = String::with_capacity(1024);
        for i in 0..CHECKSUM_DEPTH {
            for level in [self.bids.get(i), self.asks.get(i)].into_iter().flatten() {
                if !out.is_empty() {
                    out.push(':');
                }
                out.push_str(level.px());
                out.push(':');
                out.push_str(level.sz());
            }
        }
        out
    }

    /// OKX's checksum: CRC-32 (IEEE) of the check string as a signed 32-bit integer.
    pub fn checksum(&self) -> i32 {
        let mut hasher = crc32fast::Hasher::new();
        let mut first = true;
        for i in 0..CHECKSUM_DEPTH {
            for level in [self.bids.get(i), self.asks.get(i)].into_iter().flatten() {
                if !first {
                    hasher.update(b":");
                }
                first = false;
                hasher.update(level.px().as_bytes());
                hasher.update(b":");
                hasher.update(level.sz().as_bytes());
            }
        }
        i32::from_ne_bytes(hasher.finalize().to_ne_bytes())
    }

    /// Whether the best bid is below the best ask (OKX allows crossed books in pre-open).
    pub fn is_crossed(&self) -> bool {
        match (self.bids.first(), self.asks.first()) {
            (Some(b), Some(a)) => b.key.cmp(&a.key) != Ordering::Less,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn vectors() -> Value {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/book-vectors.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn rows(v: &Value) -> Vec<Vec<&str>> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r.as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap())
                    .collect()
            })
            .collect()
    }

    fn levels_of(msg: &Value) -> Levels {
        Levels::from_rows(&rows(&msg["bids"]), &rows(&msg["asks"])).unwrap()
    }

    #[test]
    fn every_checksum_case_matches() {
        let v = vectors();
        let cases = v["cases"].as_array().unwrap();
        assert_eq!(cases.len(), 25);
        for case in cases {
            let mut book = Book::default();
            book.replace(levels_of(case), None);
            let name = case["name"].as_str().unwrap();
            assert_eq!(
                book.check_string(),
                case["check_string"].as_str().unwrap(),
                "{name}"
            );
            assert_eq!(
                i64::from(book.checksum()),
                case["checksum"].as_i64().unwrap(),
                "{name}"
            );
        }
    }

    #[test]
    fn every_sequence_matches_after_each_message() {
        let v = vectors();
        let seqs = v["sequences"].as_array().unwrap();
        assert_eq!(seqs.len(), 5);
        let mut checked = 0;
        for seq in seqs {
            let mut book = Book::default();
            for msg in seq["messages"].as_array().unwrap() {
                match msg["action"].as_str().unwrap() {
                    "snapshot" => book.replace(levels_of(msg), None),
                    _ => book.update(levels_of(msg)),
                }
                assert_eq!(book.check_string(), msg["check_string"].as_str().unwrap());
                assert_eq!(
                    i64::from(book.checksum()),
                    msg["checksum"].as_i64().unwrap()
                );
                checked += 1;
            }
        }
        assert!(checked > 10, "only {checked} messages checked");
    }

    #[test]
    fn levels_keep_exact_strings_and_sort_numerically() {
        let mut book = Book::default();
        book.replace(
            Levels::from_rows(
                &[vec!["9.99", "1.000", "0", "2"], vec!["10", "2", "0", "1"]],
                &[vec!["100.50", "3", "7", "4"], vec!["99.9", "1", "0", "1"]],
            )
            .unwrap(),
            None,
        );
        assert_eq!(book.bids()[0].px(), "10");
        assert_eq!(book.bids()[1].sz(), "1.000");
        assert_eq!(book.asks()[0].px(), "99.9");
        assert_eq!(book.asks()[1].px(), "100.50");
        assert_eq!(book.asks()[1].third(), "7");
        assert_eq!(book.asks()[1].count(), "4");
        book.update(
            Levels::from_rows(
                &[vec!["10", "0", "0", "0"], vec!["9.995", "5", "0", "1"]],
                &[vec!["42", "0.0", "0", "0"]],
            )
            .unwrap(),
        );
        let bids: Vec<&str> = book.bids().iter().map(Level::px).collect();
        assert_eq!(bids, ["9.995", "9.99"]);
        assert_eq!(book.asks().len(), 2, "deleting an absent price is a no-op");
    }

    #[test]
    fn spread_levels_have_three_fields_and_negative_prices() {
        let mut book = Book::default();
        book.replace(
            Levels::from_rows(&[vec!["-0.1", "5", "2"], vec!["0", "1", "1"]], &[]).unwrap(),
            None,
        );
        assert_eq!(book.bids()[0].px(), "0");
        assert_eq!(book.bids()[1].px(), "-0.1");
        assert_eq!(book.bids()[1].count(), "2");
        assert_eq!(book.bids()[1].third(), "");
    }

    #[test]
    fn bad_levels_are_refused() {
        assert!(Level::new(&["abc", "1", "0", "1"]).is_err());
        assert!(Level::new(&["1", "", "0", "1"]).is_err());
        assert!(Level::new(&["1"]).is_err());
    }

    fn as_rows(v: &[Vec<String>]) -> Vec<Vec<&str>> {
        v.iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect()
    }

    /// Random update streams against a reference model (a sorted map of exact strings):
    /// after every update both agree, level for level.
    #[test]
    fn random_streams_agree_with_a_reference_model() {
        use std::collections::BTreeMap;
        let mut rng: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |n: u64| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng % n
        };
        for _stream in 0..200 {
            let mut book = Book::default();
            let mut model: [BTreeMap<Decimal, (String, String)>; 2] = Default::default();
            for _push in 0..60 {
                let mut changes: [Vec<Vec<String>>; 2] = Default::default();
                for (side, change) in changes.iter_mut().enumerate() {
                    for _ in 0..next(8) {
                        // Prices across digit boundaries, with trailing zeros now and then.
                        let cents = 900 + next(200);
                        let px = if next(5) == 0 {
                            format!("{}.{:02}0", cents / 100, cents % 100)
                        } else {
                            format!("{}.{:02}", cents / 100, cents % 100)
                        };
                        let sz = if next(3) == 0 {
                            "0".to_owned()
                        } else {
                            format!("{}.{}", next(50), next(10))
                        };
                        let key = Decimal::from_str(&px).unwrap();
                        // Any zero spelling ("0", "0.0") deletes the level.
                        if Decimal::from_str(&sz).unwrap().is_zero() {
                            model[side].remove(&key);
                        } else {
                            model[side].insert(key, (px.clone(), sz.clone()));
                        }
                        change.push(vec![px, sz, "0".into(), next(9).to_string()]);
                    }
                }
                book.update(
                    Levels::from_rows(&as_rows(&changes[0]), &as_rows(&changes[1])).unwrap(),
                );
                let bids: Vec<(String, String)> = model[0].values().rev().cloned().collect();
                let asks: Vec<(String, String)> = model[1].values().cloned().collect();
                let got = |side: &[Level]| -> Vec<(String, String)> {
                    side.iter()
                        .map(|l| (l.px().to_owned(), l.sz().to_owned()))
                        .collect()
                };
                assert_eq!(got(book.bids()), bids);
                assert_eq!(got(book.asks()), asks);
            }
        }
    }
}
