//! Order books over a raw WebSocket: the three book modes, the `seqId` chain, legacy
//! checksums, REST snapshots bridged onto the streams, `books50-l2-tbt` depth, book faults and
//! the paused market.

mod common;
mod wsclient;

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::*;
use okx_mock::{BookFault, BookMode, MockServer};
use rust_decimal::Decimal;
use serde_json::{json, Value};
use wsclient::*;

const INST: &str = "BTC-USDT";

type Ws = Client<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A price level as sent: (price, size) strings.
type Pair = (String, String);

/// A local book rebuilt from pushes, keeping the strings as sent.
#[derive(Debug, Default, Clone, PartialEq)]
struct Book {
    bids: BTreeMap<Reverse<Decimal>, Pair>,
    asks: BTreeMap<Decimal, Pair>,
    seq: i64,
}

impl Book {
    fn from_snapshot(data: &Value) -> Self {
        let mut book = Book::default();
        book.apply(data);
        book
    }

    /// Applies a snapshot's or update's levels and takes its `seqId`.
    fn apply(&mut self, data: &Value) {
        for l in levels(&data["bids"]) {
            let px: Decimal = l.0.parse().expect("price");
            self.bids.remove(&Reverse(px));
            if l.1 != "0" {
                self.bids.insert(Reverse(px), l);
            }
        }
        for l in levels(&data["asks"]) {
            let px: Decimal = l.0.parse().expect("price");
            self.asks.remove(&px);
            if l.1 != "0" {
                self.asks.insert(px, l);
            }
        }
        self.seq = data["seqId"].as_i64().expect("seqId");
    }

    fn sides(&self) -> (Vec<Pair>, Vec<Pair>) {
        (
            self.bids.values().cloned().collect(),
            self.asks.values().cloned().collect(),
        )
    }

    /// OKX's checksum of this book (book-checksum.md section 2), computed independently.
    fn checksum(&self) -> i32 {
        let (bids, asks) = self.sides();
        let mut pieces: Vec<&str> = Vec::new();
        for i in 0..25 {
            for side in [&bids, &asks] {
                if let Some((px, sz)) = side.get(i) {
                    pieces.push(px);
                    pieces.push(sz);
                }
            }
        }
        crc32fast::hash(pieces.join(":").as_bytes()) as i32
    }
}

/// `[[px, sz, "0", count], ...]` as (px, sz) pairs.
fn levels(v: &Value) -> Vec<Pair> {
    v.as_array()
        .expect("levels are an array")
        .iter()
        .map(|l| {
            assert_eq!(l[2], "0", "{l}");
            (
                l[0].as_str().expect("px").to_owned(),
                l[1].as_str().expect("sz").to_owned(),
            )
        })
        .collect()
}

/// REST `market/books` with `sz` levels: the levels and the `seqId`.
fn rest_book(s: &MockServer, sz: usize) -> (Vec<Pair>, Vec<Pair>, i64) {
    let r = get(s, &format!("/api/v5/market/books?instId={INST}&sz={sz}"));
    assert_eq!(r.code(), "0", "{}", r.body);
    let item = r.item(0);
    let seq = item["seqId"].as_i64().expect("seqId");
    (levels(&item["bids"]), levels(&item["asks"]), seq)
}

fn d_of(data: &Value, key: &str) -> i64 {
    data[key]
        .as_i64()
        .unwrap_or_else(|| panic!("{key} in {data}"))
}

fn start_in(mode: BookMode) -> MockServer {
    let s = start();
    s.set_book_mode(mode);
    s
}

/// A public connection subscribed to `channel` of BTC-USDT (logged in for the tbt ones).
async fn subscribed(s: &MockServer, channel: &str) -> Ws {
    let mut c = connect(&s.ws_public_url()).await;
    if channel.contains("tbt") && channel != "bbo-tbt" {
        assert_eq!(c.login(s).await["code"], "0");
    }
    let ack = c
        .subscribe(json!([{"channel": channel, "instId": INST}]))
        .await;
    assert_eq!(ack["event"], "subscribe", "{ack}");
    c
}

/// The `data[0]` of the next push of `channel`.
async fn next_data(c: &mut Ws, channel: &str) -> Value {
    let p = c.push(channel).await;
    let mut data = p["data"][0].clone();
    if let Some(action) = p.get("action") {
        data["action"] = action.clone();
    }
    data
}

/// Every push of `channel` within `wait` (whole frames).
async fn pushes_within(c: &mut Ws, channel: &str, wait: Duration) -> Vec<Value> {
    let deadline = Instant::now() + wait;
    let mut out = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return out;
        }
        match c.next_within(left).await {
            Got::Json(v) if v["arg"]["channel"] == channel && v.get("data").is_some() => {
                out.push(v)
            }
            Got::Json(_) => {}
            Got::Silent => return out,
            other => panic!("connection ended: {other:?}"),
        }
    }
}

/// Applies updates (checking the chain) until the book reaches `seq`.
async fn follow_to(c: &mut Ws, channel: &str, book: &mut Book, seq: i64) {
    while book.seq != seq {
        let u = next_data(c, channel).await;
        assert_eq!(u["action"], "update", "{u}");
        assert_eq!(d_of(&u, "prevSeqId"), book.seq, "chain broken at {u}");
        book.apply(&u);
    }
}

#[tokio::test]
async fn okx_mode_sends_a_snapshot_then_chained_updates_with_checksum_zero() {
    let s = start();
    for (channel, depth) in [
        ("books", 400),
        ("books-l2-tbt", 400),
        ("books50-l2-tbt", 50),
    ] {
        let mut c = subscribed(&s, channel).await;
        let snap = next_data(&mut c, channel).await;
        assert_eq!(snap["action"], "snapshot");
        assert_eq!(d_of(&snap, "prevSeqId"), -1);
        assert_eq!(d_of(&snap, "checksum"), 0);
        assert_eq!(levels(&snap["bids"]).len(), depth, "{channel}");
        assert_eq!(levels(&snap["asks"]).len(), depth, "{channel}");
        let mut book = Book::from_snapshot(&snap);
        for _ in 0..3 {
            let u = next_data(&mut c, channel).await;
            assert_eq!(u["action"], "update");
            assert_eq!(d_of(&u, "prevSeqId"), book.seq, "{channel}: {u}");
            assert!(d_of(&u, "seqId") > book.seq);
            assert_eq!(d_of(&u, "checksum"), 0);
            book.apply(&u);
        }
        assert_eq!(book.bids.len(), depth);
    }
}

#[tokio::test]
async fn legacy_mode_checksums_match_the_rebuilt_book() {
    let s = start_in(BookMode::Legacy);
    for channel in ["books", "books-l2-tbt", "books50-l2-tbt"] {
        let mut c = subscribed(&s, channel).await;
        let snap = next_data(&mut c, channel).await;
        let mut book = Book::from_snapshot(&snap);
        assert_ne!(d_of(&snap, "checksum"), 0);
        assert_eq!(d_of(&snap, "checksum"), i64::from(book.checksum()));
        for _ in 0..4 {
            let u = next_data(&mut c, channel).await;
            assert_eq!(d_of(&u, "prevSeqId"), book.seq);
            book.apply(&u);
            assert_eq!(
                d_of(&u, "checksum"),
                i64::from(book.checksum()),
                "{channel}: {u}"
            );
        }
    }
    // A price move rewrites the top 25 levels: the checksum still follows.
    let mut c = subscribed(&s, "books").await;
    let mut book = Book::from_snapshot(&next_data(&mut c, "books").await);
    s.set_market_paused(true);
    s.set_price(INST, "65010").unwrap();
    let (_, _, seq) = rest_book(&s, 1);
    while book.seq != seq {
        let u = next_data(&mut c, "books").await;
        book.apply(&u);
        assert_eq!(d_of(&u, "checksum"), i64::from(book.checksum()));
    }
    assert_eq!(book.bids.values().next().unwrap().0, "65010");
}

#[tokio::test]
async fn announced_mode_sends_no_snapshot_and_rest_bridges_the_updates() {
    let s = start_in(BookMode::Announced);
    for channel in ["books", "books50-l2-tbt"] {
        let mut c = subscribed(&s, channel).await;
        // Buffer a few updates first, as the changelog's procedure says.
        let mut buffered = Vec::new();
        for _ in 0..3 {
            let u = next_data(&mut c, channel).await;
            assert_eq!(
                u["action"], "update",
                "{channel}: no snapshot expected, got {u}"
            );
            assert_ne!(d_of(&u, "prevSeqId"), -1);
            assert_eq!(d_of(&u, "checksum"), 0);
            if let Some(prev) = buffered.last() {
                assert_eq!(d_of(&u, "prevSeqId"), d_of(prev, "seqId"));
            }
            buffered.push(u);
        }
        let depth = if channel == "books" { 400 } else { 50 };
        let (bids, asks, rest_seq) = rest_book(&s, depth);
        assert!(rest_seq >= d_of(&buffered[0], "prevSeqId"));
        // Bridge: drop what the snapshot already has, then the chain must continue it.
        let mut book = Book::default();
        for (px, sz) in &bids {
            book.bids
                .insert(Reverse(px.parse().unwrap()), (px.clone(), sz.clone()));
        }
        for (px, sz) in &asks {
            book.asks
                .insert(px.parse().unwrap(), (px.clone(), sz.clone()));
        }
        book.seq = rest_seq;
        let mut first = true;
        let mut applied = 0;
        while applied < 3 {
            let u = if buffered.is_empty() {
                next_data(&mut c, channel).await
            } else {
                buffered.remove(0)
            };
            if d_of(&u, "seqId") <= rest_seq {
                continue;
            }
            if first {
                assert!(d_of(&u, "prevSeqId") <= rest_seq, "{u}");
                first = false;
            } else {
                assert_eq!(d_of(&u, "prevSeqId"), book.seq);
            }
            book.apply(&u);
            applied += 1;
        }
        // The bridged book is the exchange's book.
        s.set_market_paused(true);
        let (bids, asks, seq) = rest_book(&s, depth);
        follow_to(&mut c, channel, &mut book, seq).await;
        assert_eq!(book.sides(), (bids, asks), "{channel}");
        s.set_market_paused(false);
    }
}

#[tokio::test]
async fn rest_snapshot_names_a_seq_id_the_stream_carries() {
    let s = start();
    // `books` pushes every 100 ms; REST publishes what is pending first.
    let mut c = subscribed(&s, "books").await;
    let mut book = Book::from_snapshot(&next_data(&mut c, "books").await);
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(55)).await;
        let (bids, asks, seq) = rest_book(&s, 400);
        while book.seq != seq {
            let u = next_data(&mut c, "books").await;
            assert_eq!(d_of(&u, "prevSeqId"), book.seq);
            assert!(d_of(&u, "seqId") <= seq, "the stream skipped {seq}");
            book.apply(&u);
        }
        assert_eq!(book.sides(), (bids, asks));
    }
}

#[tokio::test]
async fn books50_is_its_own_fifty_level_stream() {
    let s = start();
    s.set_market_paused(true);
    let mut c50 = subscribed(&s, "books50-l2-tbt").await;
    let mut c400 = subscribed(&s, "books-l2-tbt").await;
    let mut b50 = Book::from_snapshot(&next_data(&mut c50, "books50-l2-tbt").await);
    let mut b400 = Book::from_snapshot(&next_data(&mut c400, "books-l2-tbt").await);
    assert_eq!((b50.bids.len(), b50.asks.len()), (50, 50));
    assert_eq!((b400.bids.len(), b400.asks.len()), (400, 400));
    let old_50th_bid = b50.bids.values().last().unwrap().0.clone();
    // Ten ticks up: ten bids enter at the top, so the bottom ten leave the top 50.
    s.set_price(INST, "65001").unwrap();
    let update = next_data(&mut c50, "books50-l2-tbt").await;
    let deleted: Vec<String> = levels(&update["bids"])
        .into_iter()
        .filter(|(_, sz)| sz == "0")
        .map(|(px, _)| px)
        .collect();
    assert_eq!(deleted.len(), 10, "{update}");
    assert!(deleted.contains(&old_50th_bid));
    b50.apply(&update);
    let (bids50, asks50, seq) = rest_book(&s, 50);
    follow_to(&mut c50, "books50-l2-tbt", &mut b50, seq).await;
    assert_eq!(b50.sides(), (bids50, asks50));
    let (bids400, asks400, seq400) = rest_book(&s, 400);
    assert_eq!(seq400, seq);
    follow_to(&mut c400, "books-l2-tbt", &mut b400, seq).await;
    assert_eq!(b400.sides(), (bids400.clone(), asks400));
    // The levels books50 dropped are still in the full book.
    assert!(bids400.iter().any(|(px, _)| *px == old_50th_bid));
}

#[tokio::test]
async fn paused_market_is_still_and_orders_still_show() {
    let s = start();
    s.set_market_paused(true);
    let mut c = subscribed(&s, "books-l2-tbt").await;
    let mut book = Book::from_snapshot(&next_data(&mut c, "books-l2-tbt").await);
    assert!(
        pushes_within(&mut c, "books-l2-tbt", Duration::from_millis(400))
            .await
            .is_empty()
    );
    let r = place(
        &s,
        &json!({"instId": INST, "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "64990"}),
    );
    assert_eq!(r.code(), "0", "{}", r.body);
    let before: Decimal = book.bids[&Reverse(d("64990"))].1.parse().unwrap();
    let u = next_data(&mut c, "books-l2-tbt").await;
    book.apply(&u);
    assert_eq!(levels(&u["bids"]).len(), 1, "{u}");
    let after: Decimal = book.bids[&Reverse(d("64990"))].1.parse().unwrap();
    assert_eq!(after, before + d("0.01"));
    s.set_market_paused(false);
    let u = next_data(&mut c, "books-l2-tbt").await;
    assert_eq!(d_of(&u, "prevSeqId"), book.seq);
}

#[tokio::test]
async fn gap_skips_one_update_even_when_the_market_is_paused() {
    let s = start();
    s.set_market_paused(true);
    let mut c = subscribed(&s, "books").await;
    let snap = next_data(&mut c, "books").await;
    let last = d_of(&snap, "seqId");
    s.book_fault(Some(INST), BookFault::Gap).unwrap();
    let u = next_data(&mut c, "books").await;
    assert_eq!(u["action"], "update");
    assert!(d_of(&u, "prevSeqId") > last, "no gap: {u} after {last}");
    // Only one update was lost: the chain goes on from there.
    s.set_market_paused(false);
    let next = next_data(&mut c, "books").await;
    assert_eq!(d_of(&next, "prevSeqId"), d_of(&u, "seqId"));
    assert!(s.book_fault(Some("NOPE-USDT"), BookFault::Gap).is_err());
}

#[tokio::test]
async fn duplicate_resends_the_last_update_identically() {
    let s = start();
    s.set_market_paused(true);
    let mut c = subscribed(&s, "books-l2-tbt").await;
    c.push("books-l2-tbt").await;
    s.book_fault(None, BookFault::Duplicate).unwrap();
    let first = c.push("books-l2-tbt").await;
    let again = c.push("books-l2-tbt").await;
    assert_eq!(first["action"], "update");
    assert_eq!(first, again);
}

#[tokio::test]
async fn reset_lowers_the_seq_id_for_streams_and_rest() {
    let s = start();
    s.set_market_paused(true);
    let mut c = subscribed(&s, "books").await;
    let mut book = Book::from_snapshot(&next_data(&mut c, "books").await);
    let last = book.seq;
    s.book_fault(Some(INST), BookFault::Reset).unwrap();
    let u = next_data(&mut c, "books").await;
    assert_eq!(d_of(&u, "prevSeqId"), last);
    assert!(d_of(&u, "seqId") < last, "{u}");
    book.apply(&u);
    let (bids, asks, seq) = rest_book(&s, 400);
    assert_eq!(seq, book.seq);
    assert_eq!(book.sides(), (bids, asks));
    // The sequence continues from the small value.
    s.set_market_paused(false);
    let next = next_data(&mut c, "books").await;
    assert_eq!(d_of(&next, "prevSeqId"), book.seq);
    assert!(d_of(&next, "seqId") > book.seq && d_of(&next, "seqId") < last);
}

#[tokio::test]
async fn keepalive_repeats_the_last_seq_id_and_the_last_books5() {
    let s = start_in(BookMode::Legacy);
    s.set_market_paused(true);
    let mut c = subscribed(&s, "books").await;
    let book = Book::from_snapshot(&next_data(&mut c, "books").await);
    let mut c5 = subscribed(&s, "books5").await;
    let top = c5.push("books5").await;
    s.book_fault(Some(INST), BookFault::KeepAlive).unwrap();
    let k = next_data(&mut c, "books").await;
    assert_eq!(k["action"], "update");
    assert_eq!(
        (d_of(&k, "prevSeqId"), d_of(&k, "seqId")),
        (book.seq, book.seq)
    );
    assert_eq!(k["bids"], json!([]));
    assert_eq!(k["asks"], json!([]));
    assert_eq!(d_of(&k, "checksum"), i64::from(book.checksum()));
    assert_eq!(c5.push("books5").await, top);
    // Once only.
    assert!(pushes_within(&mut c, "books", Duration::from_millis(300))
        .await
        .is_empty());
}

#[tokio::test]
async fn bad_checksum_breaks_one_update() {
    let s = start_in(BookMode::Legacy);
    s.set_market_paused(true);
    let mut c = subscribed(&s, "books50-l2-tbt").await;
    let mut book = Book::from_snapshot(&next_data(&mut c, "books50-l2-tbt").await);
    s.book_fault(None, BookFault::BadChecksum).unwrap();
    let u = next_data(&mut c, "books50-l2-tbt").await;
    book.apply(&u);
    assert_ne!(d_of(&u, "checksum"), 0);
    assert_ne!(d_of(&u, "checksum"), i64::from(book.checksum()));
    s.set_market_paused(false);
    let next = next_data(&mut c, "books50-l2-tbt").await;
    book.apply(&next);
    assert_eq!(d_of(&next, "checksum"), i64::from(book.checksum()));
}

#[tokio::test]
async fn delayed_snapshot_comes_late_and_shows_the_book_then() {
    let s = start();
    s.set_market_paused(true);
    s.book_fault(Some(INST), BookFault::DelaySnapshot { millis: 600 })
        .unwrap();
    let subscribed_at = Instant::now();
    let mut c = subscribed(&s, "books").await;
    // Meanwhile the book moves; the late snapshot shows where it is by then.
    s.set_price(INST, "65100").unwrap();
    let early = pushes_within(&mut c, "books", Duration::from_millis(400)).await;
    assert!(early.is_empty(), "{early:?}");
    let snap = next_data(&mut c, "books").await;
    assert!(subscribed_at.elapsed() >= Duration::from_millis(580));
    assert_eq!(snap["action"], "snapshot");
    let mut book = Book::from_snapshot(&snap);
    assert_eq!(book.bids.values().next().unwrap().0, "65100");
    let (bids, asks, seq) = rest_book(&s, 400);
    follow_to(&mut c, "books", &mut book, seq).await;
    assert_eq!(book.sides(), (bids, asks));
    // Only that subscriber: the next one gets its snapshot at once.
    let mut other = subscribed(&s, "books").await;
    let started = Instant::now();
    assert_eq!(next_data(&mut other, "books").await["action"], "snapshot");
    assert!(started.elapsed() < Duration::from_millis(300));
}
