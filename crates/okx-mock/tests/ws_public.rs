//! Public and business WebSocket: acks, errors, ping, and the market channels' pushes.

mod common;
mod wsclient;

use std::collections::BTreeMap;

use common::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use wsclient::*;

#[tokio::test]
async fn subscribe_ack_and_ticker_push_have_okx_shapes() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    c.send(r#"{"id":"1512","op":"subscribe","args":[{"channel":"tickers","instId":"BTC-USDT"}]}"#)
        .await;
    let ack = c.recv().await;
    assert_eq!(ack["id"], "1512");
    assert_eq!(ack["event"], "subscribe");
    assert_eq!(
        ack["arg"],
        json!({"channel": "tickers", "instId": "BTC-USDT"})
    );
    assert!(is_conn_id(&ack["connId"]), "{ack}");
    let keys: Vec<&str> = ack
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 4);
    let push = c.push("tickers").await;
    assert_eq!(
        push["arg"],
        json!({"channel": "tickers", "instId": "BTC-USDT"})
    );
    let t = &push["data"][0];
    for key in [
        "instType",
        "instId",
        "last",
        "lastSz",
        "askPx",
        "askSz",
        "bidPx",
        "bidSz",
        "open24h",
        "high24h",
        "low24h",
        "sodUtc0",
        "sodUtc8",
        "volCcy24h",
        "vol24h",
        "ts",
    ] {
        assert!(t[key].is_string(), "{key} missing in {t}");
    }
    assert_eq!(t["instType"], "SPOT");
    assert_eq!(s.ws_connection_count(), 1);
    assert_eq!(s.ws_subscription_count(), 1);
    // The feed pushes tickers every 100 ms while subscribed.
    let next = c.push("tickers").await;
    assert!(next["data"][0]["ts"].as_str() >= t["ts"].as_str());
}

#[tokio::test]
async fn several_args_get_one_ack_each_and_unsubscribe_acks() {
    let s = start();
    let mut c = connect(&format!("{}?brokerId=9999", s.ws_public_url())).await;
    let args = json!([
        {"channel": "trades", "instId": "BTC-USDT"},
        {"channel": "trades", "instId": "ETH-USDT"},
    ]);
    c.send_json(&json!({"op": "subscribe", "args": args})).await;
    let a = c.recv().await;
    let b = c.recv().await;
    assert_eq!(a["arg"]["instId"], "BTC-USDT");
    assert_eq!(b["arg"]["instId"], "ETH-USDT");
    assert_eq!(a["connId"], b["connId"]);
    assert_eq!(s.ws_subscription_count(), 2);
    c.send(r#"{"op":"unsubscribe","args":[{"channel":"trades","instId":"BTC-USDT"}]}"#)
        .await;
    let u = c.recv().await;
    assert_eq!(u["event"], "unsubscribe");
    assert_eq!(u["arg"], json!({"channel": "trades", "instId": "BTC-USDT"}));
    assert_eq!(s.ws_subscription_count(), 1);
}

#[tokio::test]
async fn text_ping_gets_text_pong() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    c.send("ping").await;
    assert_eq!(c.recv().await, "pong");
}

/// The error event a request gets on `url`.
async fn error_for(url: &str, request: &str) -> Value {
    let mut c = connect(url).await;
    c.send(request).await;
    let v = c.recv().await;
    assert_eq!(v["event"], "error", "{v}");
    assert!(is_conn_id(&v["connId"]));
    v
}

#[tokio::test]
async fn wrong_urls_and_bad_requests_get_okx_errors() {
    let s = start();
    let (public, private, business) = (s.ws_public_url(), s.ws_private_url(), s.ws_business_url());
    let sub = |arg: Value| json!({"op": "subscribe", "args": [arg]}).to_string();
    let candle = sub(json!({"channel": "candle1m", "instId": "BTC-USDT"}));
    assert_eq!(error_for(&public, &candle).await["code"], "64001");
    let tickers = sub(json!({"channel": "tickers", "instId": "BTC-USDT"}));
    assert_eq!(error_for(&business, &tickers).await["code"], "64002");
    assert_eq!(error_for(&private, &tickers).await["code"], "60018");
    let orders = sub(json!({"channel": "orders", "instType": "ANY"}));
    assert_eq!(error_for(&public, &orders).await["code"], "60018");
    let nope = error_for(
        &public,
        &sub(json!({"channel": "candle1m", "instId": "NOPE-USDT"})),
    )
    .await;
    assert_eq!(nope["code"], "64001");
    let unknown = error_for(
        &public,
        &sub(json!({"channel": "tickers", "instId": "NOPE-USDT"})),
    )
    .await;
    assert_eq!(unknown["code"], "60018");
    assert_eq!(
        unknown["msg"],
        "Wrong URL or channel:tickers,instId:NOPE-USDT doesn't exist. Please use the correct URL, channel and parameters referring to API document."
    );
    let bad = error_for(&public, "{not json").await;
    assert_eq!(
        (bad["code"].as_str(), bad["msg"].as_str()),
        (Some("60012"), Some("Invalid request: {not json"))
    );
    let op = error_for(&public, r#"{"id":"7","op":"subscribed","args":[]}"#).await;
    assert_eq!(
        (op["id"].as_str(), op["code"].as_str()),
        (Some("7"), Some("60019"))
    );
    let tbt = sub(json!({"channel": "books-l2-tbt", "instId": "BTC-USDT"}));
    assert_eq!(error_for(&public, &tbt).await["code"], "60011");
    let uly = sub(json!({"channel": "tickers", "instId": "BTC-USDT", "uly": "BTC-USDT"}));
    assert_eq!(error_for(&public, &uly).await["code"], "64000");
}

/// A local book: price -> size, per side.
#[derive(Default)]
struct Book {
    bids: BTreeMap<Decimal, Decimal>,
    asks: BTreeMap<Decimal, Decimal>,
}

impl Book {
    fn apply(&mut self, data: &Value) {
        for (side, levels) in [
            (&mut self.bids, &data["bids"]),
            (&mut self.asks, &data["asks"]),
        ] {
            for l in levels.as_array().expect("levels are an array") {
                let px: Decimal = l[0].as_str().and_then(|p| p.parse().ok()).expect("price");
                let sz: Decimal = l[1].as_str().and_then(|p| p.parse().ok()).expect("size");
                assert_eq!(l[2], "0");
                if sz.is_zero() {
                    side.remove(&px);
                } else {
                    side.insert(px, sz);
                }
            }
        }
    }
}

#[tokio::test]
async fn books_snapshot_then_updates_chain_seq_ids() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    c.subscribe(json!([{"channel": "books", "instId": "BTC-USDT"}]))
        .await;
    let snap = c.push("books").await;
    assert_eq!(snap["action"], "snapshot");
    let first = &snap["data"][0];
    assert_eq!(
        (first["prevSeqId"].as_i64(), first["checksum"].as_i64()),
        (Some(-1), Some(0))
    );
    assert_eq!(first["bids"].as_array().unwrap().len(), 400);
    let mut book = Book::default();
    book.apply(first);
    let mut last = first["seqId"].as_i64().unwrap();
    // An order on a level of the book adds to that level in a later update.
    let before = book.bids[&d("64990")];
    let r = place(
        &s,
        &json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "64990"}),
    );
    assert_eq!(r.code(), "0", "{}", r.body);
    let mut saw_order = false;
    for _ in 0..8 {
        let u = c.push("books").await;
        assert_eq!(u["action"], "update");
        let data = &u["data"][0];
        assert_eq!(
            data["prevSeqId"].as_i64(),
            Some(last),
            "chain broken at {u}"
        );
        assert!(data["seqId"].as_i64().unwrap() > last);
        last = data["seqId"].as_i64().unwrap();
        book.apply(data);
        saw_order |= book.bids.get(&d("64990")) == Some(&(before + d("0.01")));
    }
    assert!(saw_order, "the resting order never appeared");
    // The local book equals the stream's: compare with REST when both name the same seqId.
    let rest = get(&s, "/api/v5/market/books?instId=BTC-USDT&sz=400");
    assert!(rest.item(0)["seqId"].as_i64().unwrap() >= last);
}

#[tokio::test]
async fn books5_and_bbo_are_snapshots_with_seq_ids() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    c.subscribe(json!([{"channel": "books5", "instId": "BTC-USDT-SWAP"}]))
        .await;
    let p = c.push("books5").await;
    let d = &p["data"][0];
    assert_eq!(d["asks"].as_array().unwrap().len(), 5);
    assert_eq!(d["bids"].as_array().unwrap().len(), 5);
    assert_eq!(d["instId"], "BTC-USDT-SWAP");
    assert!(d["seqId"].is_i64() && d["ts"].is_string());
    assert!(p.get("action").is_none());
    c.subscribe(json!([{"channel": "bbo-tbt", "instId": "BTC-USDT-SWAP"}]))
        .await;
    let b = c.push("bbo-tbt").await;
    assert_eq!(b["data"][0]["asks"].as_array().unwrap().len(), 1);
    assert!(b["data"][0]["seqId"].is_i64());
}

#[tokio::test]
async fn a_fill_pushes_trades_and_a_ticker() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    c.subscribe(json!([{"channel": "trades", "instId": "ETH-USDT"}]))
        .await;
    let r = place(
        &s,
        &json!({"instId": "ETH-USDT", "tdMode": "cash", "side": "sell", "ordType": "market", "sz": "0.5"}),
    );
    assert_eq!(r.code(), "0", "{}", r.body);
    let t = c.push("trades").await;
    let d = &t["data"][0];
    assert_eq!(
        (d["instId"].as_str(), d["side"].as_str()),
        (Some("ETH-USDT"), Some("sell"))
    );
    assert_eq!(
        (d["count"].as_str(), d["source"].as_str()),
        (Some("1"), Some("0"))
    );
    assert!(d["seqId"].is_i64() && d["tradeId"].is_string() && d["px"].is_string());
}

#[tokio::test]
async fn business_candles_and_public_index_mark_funding() {
    let s = start();
    let mut b = connect(&s.ws_business_url()).await;
    let ack = b
        .subscribe(json!([{"channel": "candle1m", "instId": "BTC-USDT"}]))
        .await;
    assert_eq!(ack["event"], "subscribe");
    let candle = b.push("candle1m").await;
    let row = candle["data"][0].as_array().unwrap();
    assert_eq!(row.len(), 9);
    assert_eq!(row[8], "0");
    let ack = b
        .subscribe(json!([{"channel": "candle1H", "instId": "BTC-USDT-SWAP"}]))
        .await;
    assert_eq!(ack["event"], "subscribe");
    let mut p = connect(&s.ws_public_url()).await;
    p.subscribe(json!([
        {"channel": "mark-price", "instId": "BTC-USDT-SWAP"},
        {"channel": "index-tickers", "instId": "BTC-USDT"},
        {"channel": "funding-rate", "instId": "BTC-USDT-SWAP"},
        {"channel": "open-interest", "instId": "BTC-USDT-SWAP"},
    ]))
    .await;
    assert!(p.push("mark-price").await["data"][0]["markPx"].is_string());
    assert!(p.push("index-tickers").await["data"][0]["idxPx"].is_string());
    let f = p.push("funding-rate").await;
    let rate: Decimal = f["data"][0]["fundingRate"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(rate.abs() < d("0.0075"));
    assert!(p.push("open-interest").await["data"][0]["oi"].is_string());
}
