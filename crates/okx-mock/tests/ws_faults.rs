//! WebSocket faults on demand, the idle timeout and the flood benchmark mode.

mod common;
mod wsclient;

use std::time::{Duration, Instant};

use common::*;
use okx_mock::WsFault;
use serde_json::json;
use wsclient::*;

#[tokio::test]
async fn notice_reaches_every_connection() {
    let s = start();
    let mut a = connect(&s.ws_public_url()).await;
    let mut b = connect(&s.ws_private_url()).await;
    assert!(eventually(|| s.ws_connection_count() == 2).await);
    s.ws_fault(WsFault::Notice);
    for c in [&mut a, &mut b] {
        let v = c.recv().await;
        assert_eq!(
            (v["event"].as_str(), v["code"].as_str()),
            (Some("notice"), Some("64008"))
        );
        assert_eq!(
            v["msg"],
            "The connection will soon be closed for a service upgrade. Please reconnect."
        );
        assert!(is_conn_id(&v["connId"]));
    }
}

#[tokio::test]
async fn close_fault_sends_the_close_code() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    assert!(eventually(|| s.ws_connection_count() == 1).await);
    s.ws_fault(WsFault::Close { code: 4004 });
    match c.next_within(WAIT).await {
        Got::Closed(code, reason) => {
            assert_eq!((code, reason.as_str()), (4004, "No data received in 30s"))
        }
        other => panic!("expected a close frame, got {other:?}"),
    }
    assert!(eventually(|| s.ws_connection_count() == 0).await);
}

#[tokio::test]
async fn drop_all_cuts_without_close_frame() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    c.subscribe(json!([{"channel": "tickers", "instId": "BTC-USDT"}]))
        .await;
    s.ws_fault(WsFault::DropAll);
    loop {
        match c.next_within(WAIT).await {
            Got::Json(_) => continue,
            Got::Ended => break,
            other => panic!("expected the connection to end abruptly, got {other:?}"),
        }
    }
    assert!(eventually(|| s.ws_connection_count() == 0 && s.ws_subscription_count() == 0).await);
}

#[tokio::test]
async fn half_open_silences_pongs_and_pushes_for_a_while() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    c.subscribe(json!([{"channel": "tickers", "instId": "BTC-USDT"}]))
        .await;
    c.push("tickers").await;
    s.ws_fault(WsFault::HalfOpen { millis: 800 });
    let started = Instant::now();
    c.send("ping").await;
    // Whatever was already queued may still arrive, then nothing until the window ends.
    let mut silent = false;
    while started.elapsed() < Duration::from_millis(600) {
        match c.next_within(Duration::from_millis(300)).await {
            Got::Silent => {
                silent = true;
                break;
            }
            Got::Json(v) => assert_ne!(v, "pong", "pong during the half-open window"),
            other => panic!("{other:?}"),
        }
    }
    assert!(silent, "pushes kept coming");
    // A new connection is unaffected.
    let mut fresh = connect(&s.ws_public_url()).await;
    fresh.send("ping").await;
    assert_eq!(fresh.recv().await, "pong");
    // After the window the old one answers again.
    tokio::time::sleep(Duration::from_millis(900).saturating_sub(started.elapsed())).await;
    c.send("ping").await;
    c.recv_until(|v| v == "pong").await;
}

#[tokio::test]
async fn refuse_logins_fails_the_next_ones_with_60009() {
    let s = start();
    s.ws_fault(WsFault::RefuseLogins { times: 2 });
    for _ in 0..2 {
        let mut c = connect(&s.ws_private_url()).await;
        let v = c.login(&s).await;
        assert_eq!(
            (v["event"].as_str(), v["code"].as_str()),
            (Some("error"), Some("60009"))
        );
        assert_eq!(v["msg"], "Login failed.");
    }
    let mut c = connect(&s.ws_private_url()).await;
    assert_eq!(c.login(&s).await["code"], "0");
}

#[tokio::test]
async fn delay_holds_every_frame_back() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    s.ws_fault(WsFault::Delay { millis: 400 });
    let sent = Instant::now();
    c.send("ping").await;
    assert_eq!(c.recv().await, "pong");
    assert!(
        sent.elapsed() >= Duration::from_millis(380),
        "{:?}",
        sent.elapsed()
    );
}

#[tokio::test]
async fn idle_connections_are_closed_with_4004() {
    let s = start();
    s.set_ws_idle_timeout(300);
    let mut c = connect(&s.ws_public_url()).await;
    // Activity keeps it open.
    for _ in 0..3 {
        tokio::time::sleep(Duration::from_millis(150)).await;
        c.send("ping").await;
        assert_eq!(c.recv().await, "pong");
    }
    let quiet = Instant::now();
    match c.next_within(WAIT).await {
        Got::Closed(code, _) => assert_eq!(code, 4004),
        other => panic!("expected 4004, got {other:?}"),
    }
    assert!(quiet.elapsed() >= Duration::from_millis(250));
}

#[tokio::test]
async fn ticker_flood_delivers_every_message() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    c.subscribe(json!([{"channel": "tickers", "instId": "BTC-USDT"}]))
        .await;
    assert!(s.ws_flood("tickers", "NOPE", 10).is_err());
    assert!(s.ws_flood("trades", "BTC-USDT", 10).is_err());
    assert!(
        s.ws_flood("tickers", "ETH-USDT", 10).is_err(),
        "no subscriber"
    );
    let n = 20_000;
    s.ws_flood("tickers", "BTC-USDT", n).unwrap();
    let mut distinct = std::collections::HashSet::new();
    let mut got = 0;
    // Regular pushes interleave with the flood; count the flood's by their lastSz pattern.
    let started = Instant::now();
    while got < n && started.elapsed() < Duration::from_secs(30) {
        let v = c.push("tickers").await;
        distinct.insert(v["data"][0]["lastSz"].as_str().unwrap().to_owned());
        got += 1;
    }
    assert!(got >= n, "only {got} of {n} arrived");
    assert!(distinct.len() >= 100);
}

#[tokio::test]
async fn books_flood_keeps_the_seq_chain() {
    let s = start();
    let mut c = connect(&s.ws_public_url()).await;
    c.subscribe(json!([{"channel": "books", "instId": "BTC-USDT-SWAP"}]))
        .await;
    let snap = c.push("books").await;
    let mut last = snap["data"][0]["seqId"].as_i64().unwrap();
    let n = 5_000;
    s.ws_flood("books", "BTC-USDT-SWAP", n).unwrap();
    // The flood, then at least one regular update: all chained.
    for _ in 0..n + 1 {
        let u = c.push("books").await;
        let d = &u["data"][0];
        assert_eq!(d["prevSeqId"].as_i64(), Some(last), "chain broken at {u}");
        last = d["seqId"].as_i64().unwrap();
    }
}
