//! WsClient against okx-mock's WebSocket API: real channels, logins and the mock's faults
//! (drop, notice, half-open, close codes, refused logins).

use std::time::Duration;

use okx_core::Config;
use okx_mock::{MockOptions, MockServer, WsFault};
use okx_ws::{WsClient, WsMessage, WsOptions};
use serde_json::{Map, Value};

fn args(pairs: &[(&str, &str)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), Value::from(*v)))
        .collect()
}

fn start() -> MockServer {
    MockServer::start(MockOptions::default()).expect("mock starts")
}

fn config(mock: &MockServer) -> Config {
    Config {
        credentials: Some(mock.credentials()),
        simulated: mock.simulated(),
        rest_url: Some(mock.rest_url()),
        ws_public_url: Some(mock.ws_public_url()),
        ws_private_url: Some(mock.ws_private_url()),
        ws_business_url: Some(mock.ws_business_url()),
        ..Config::default()
    }
}

fn opts() -> WsOptions {
    WsOptions {
        backoff_initial: Duration::from_millis(20),
        backoff_max: Duration::from_millis(200),
        request_timeout: Duration::from_secs(5),
        login_timeout: Duration::from_secs(5),
        max_connects_per_sec: 1000,
        ..WsOptions::default()
    }
}

/// Receives until `pred` matches a message; panics after `secs`.
async fn until(ws: &WsClient, secs: u64, what: &str, pred: impl Fn(&WsMessage) -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
    let mut seen = Vec::new();
    loop {
        match tokio::time::timeout_at(deadline, ws.recv()).await {
            Ok(Some(msg)) => {
                if pred(&msg) {
                    return;
                }
                seen.push(msg);
            }
            Ok(None) => panic!("stream ended waiting for {what}: {seen:#?}"),
            Err(_) => panic!(
                "timed out waiting for {what}; last: {:#?}",
                &seen[seen.len().saturating_sub(5)..]
            ),
        }
    }
}

fn is_event(name: &'static str) -> impl Fn(&WsMessage) -> bool {
    move |m| m.event_name() == Some(name)
}

fn is_data(channel: &'static str) -> impl Fn(&WsMessage) -> bool {
    move |m| matches!(m, WsMessage::Data { channel: c, .. } if c == channel)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_and_business_channels_stream_from_the_mock() {
    let mock = start();
    let ws = WsClient::connect_public(&config(&mock), opts())
        .await
        .unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    ws.subscribe("books", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    ws.subscribe("candle1m", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    until(&ws, 10, "a books snapshot", |m| {
        matches!(m, WsMessage::Data { channel, action, .. }
            if channel == "books" && action.as_deref() == Some("snapshot"))
    })
    .await;
    until(&ws, 10, "a ticker", is_data("tickers")).await;
    assert_eq!(ws.subscription_count(), 3);
    assert_eq!(mock.ws_subscription_count(), 3);
    assert_eq!(mock.ws_connection_count(), 2, "public and business");
    ws.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_channels_log_in_and_survive_a_drop() {
    let mock = start();
    let ws = WsClient::connect_private(&config(&mock), opts())
        .await
        .unwrap();
    ws.subscribe("orders", args(&[("instType", "ANY")]))
        .await
        .unwrap();
    ws.subscribe("account", args(&[])).await.unwrap();
    mock.ws_fault(WsFault::DropAll);
    until(&ws, 10, "resubscribed", is_event("resubscribed")).await;
    assert!(ws.is_connected());
    assert_eq!(ws.subscription_count(), 2);
    assert_eq!(mock.ws_subscription_count(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notice_moves_to_a_new_connection_without_a_drop() {
    let mock = start();
    let ws = WsClient::connect_public(&config(&mock), opts())
        .await
        .unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    mock.ws_fault(WsFault::Notice);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let mut names = Vec::new();
    while !names.iter().any(|n| n == "resubscribed") {
        let msg = tokio::time::timeout_at(deadline, ws.recv())
            .await
            .expect("resubscribed in time")
            .expect("stream open");
        if let Some(name) = msg.event_name() {
            names.push(name.to_owned());
        }
    }
    assert!(names.contains(&"notice".to_owned()), "{names:?}");
    assert!(!names.contains(&"disconnected".to_owned()), "{names:?}");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while mock.ws_connection_count() != 1 {
        assert!(
            std::time::Instant::now() < deadline,
            "old connection not closed"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(mock.ws_subscription_count(), 1);
    until(&ws, 10, "tickers on the new connection", is_data("tickers")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_open_connection_is_detected_by_the_pong_timeout() {
    let mock = start();
    let o = WsOptions {
        ping_interval: Duration::from_millis(300),
        pong_timeout: Duration::from_millis(300),
        ..opts()
    };
    let ws = WsClient::connect_public(&config(&mock), o).await.unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    mock.ws_fault(WsFault::HalfOpen { millis: 60_000 });
    until(&ws, 10, "disconnected", |m| {
        matches!(m, WsMessage::Event { event, msg: Some(msg), .. }
            if event == "disconnected" && msg.contains("no answer to ping"))
    })
    .await;
    until(&ws, 10, "resubscribed", is_event("resubscribed")).await;
    until(&ws, 10, "tickers again", is_data("tickers")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_4004_reconnects() {
    let mock = start();
    let ws = WsClient::connect_public(&config(&mock), opts())
        .await
        .unwrap();
    ws.subscribe("trades", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    mock.ws_fault(WsFault::Close { code: 4004 });
    until(&ws, 10, "disconnected with 4004", |m| {
        matches!(m, WsMessage::Event { event, msg: Some(msg), .. }
            if event == "disconnected" && msg.contains("4004"))
    })
    .await;
    until(&ws, 10, "resubscribed", is_event("resubscribed")).await;
    assert_eq!(mock.ws_subscription_count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_login_60009_is_retried() {
    let mock = start();
    mock.ws_fault(WsFault::RefuseLogins { times: 1 });
    let ws = WsClient::connect_private(&config(&mock), opts())
        .await
        .unwrap();
    assert!(ws.is_connected());
    // And after a drop, a refused re-login is retried with backoff.
    ws.subscribe("orders", args(&[("instType", "SPOT")]))
        .await
        .unwrap();
    mock.ws_fault(WsFault::RefuseLogins { times: 2 });
    mock.ws_fault(WsFault::DropAll);
    until(&ws, 10, "resubscribed", is_event("resubscribed")).await;
    assert_eq!(mock.ws_subscription_count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flood_is_drained_in_batches() {
    let mock = start();
    let ws = WsClient::connect_public(&config(&mock), opts())
        .await
        .unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    mock.ws_flood("tickers", "BTC-USDT", 20_000).unwrap();
    let mut tickers = 0;
    let mut batches = 0;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while tickers < 20_000 {
        let batch = tokio::time::timeout_at(deadline, ws.recv_batch(4096))
            .await
            .expect("flood arrives in time");
        batches += 1;
        tickers += batch.iter().filter(|m| is_data("tickers")(m)).count();
    }
    assert!(batches < 20_000, "{batches} batches");
}

fn order_arg(code: &str, px: &str, cl_ord_id: &str) -> Map<String, Value> {
    let mut arg = args(&[
        ("side", "buy"),
        ("tdMode", "cash"),
        ("ordType", "limit"),
        ("sz", "0.01"),
        ("px", px),
        ("clOrdId", cl_ord_id),
    ]);
    arg.insert(
        "instIdCode".into(),
        Value::from(code.parse::<i64>().expect("code")),
    );
    arg
}

#[tokio::test]
async fn order_operations_are_answered_by_their_id() {
    let mock = start();
    let ws = WsClient::connect_private(&config(&mock), opts())
        .await
        .unwrap();
    // BTC-USDT's instIdCode in the mock's instrument list.
    let reply = ws
        .trade(
            "order",
            vec![order_arg("3", "1000", "w1")],
            None,
            Duration::from_secs(5),
        )
        .await
        .unwrap();
    let v: Value = serde_json::from_str(&reply.text).unwrap();
    assert_eq!(v["op"], "order");
    assert_eq!(v["code"], "0", "{v}");
    assert_eq!(v["data"][0]["clOrdId"], "w1");
    assert!(v["inTime"].is_string() && v["outTime"].is_string());
    assert_eq!(mock.orders(Some("w1")).len(), 1);
    // Not an order op, or no args: refused before anything is sent.
    let err = ws
        .trade("subscribe", vec![Map::new()], None, Duration::from_secs(1))
        .await
        .unwrap_err();
    assert!(
        matches!(err, okx_core::OkxError::InvalidArgument { .. }),
        "{err:?}"
    );
    assert!(ws
        .trade("order", Vec::new(), None, Duration::from_secs(1))
        .await
        .is_err());
}

#[tokio::test]
async fn a_connection_lost_after_sending_makes_the_outcome_unknown() {
    let mock = start();
    let ws = WsClient::connect_private(&config(&mock), opts())
        .await
        .unwrap();
    mock.inject_after_execute(okx_mock::AfterFault {
        target: Some("order".into()),
        action: okx_mock::AfterAction::Drop,
        times: 1,
    });
    let err = ws
        .trade(
            "order",
            vec![order_arg("3", "1000", "w2")],
            None,
            Duration::from_secs(5),
        )
        .await
        .unwrap_err();
    assert!(err.to_string().contains("outcome is unknown"), "{err}");
    // The exchange did execute it: only a lookup, never a blind resend, is safe.
    assert_eq!(mock.orders(Some("w2")).len(), 1);
    // The connection comes back and takes the next operation.
    let reply = ws
        .trade(
            "order",
            vec![order_arg("3", "1001", "w3")],
            None,
            Duration::from_secs(10),
        )
        .await
        .unwrap();
    assert!(reply.text.contains("\"sCode\":\"0\""), "{}", reply.text);
    // An answer that does not come in time is a timeout.
    mock.inject_after_execute(okx_mock::AfterFault {
        target: Some("order".into()),
        action: okx_mock::AfterAction::Delay { millis: 1500 },
        times: 1,
    });
    let err = ws
        .trade(
            "order",
            vec![order_arg("3", "1002", "w4")],
            None,
            Duration::from_millis(300),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, okx_core::OkxError::Timeout { .. }), "{err:?}");
}
