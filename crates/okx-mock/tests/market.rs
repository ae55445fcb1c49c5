//! Public endpoints: market data, instruments, time, status, and routing errors.

mod common;

use common::*;
use okx_mock::MockServer;
use serde_json::json;

#[test]
fn ticker_has_okx_fields_and_strings() {
    let s = start();
    let r = get(&s, "/api/v5/market/ticker?instId=BTC-USDT");
    assert_eq!(
        (r.status, r.code(), r.json["msg"].as_str()),
        (200, "0", Some(""))
    );
    let t = r.item(0);
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
        "volCcy24h",
        "vol24h",
        "ts",
        "sodUtc0",
        "sodUtc8",
    ] {
        assert!(t[key].is_string(), "{key} in {t}");
    }
    assert_eq!(
        (t["bidPx"].as_str(), t["askPx"].as_str()),
        (Some("65000"), Some("65000.1"))
    );
    let all = get(&s, "/api/v5/market/tickers?instType=SWAP");
    let ids: Vec<_> = all.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["instId"].clone())
        .collect();
    assert_eq!(ids, [json!("BTC-USDT-SWAP"), json!("ETH-USDT-SWAP")]);
    let eth = get(
        &s,
        "/api/v5/market/tickers?instType=SWAP&instFamily=ETH-USDT",
    );
    assert_eq!(eth.json["data"].as_array().unwrap().len(), 1);
    assert_eq!(
        get(&s, "/api/v5/market/tickers?instType=BOGUS").code(),
        "51000"
    );
}

#[test]
fn books_have_requested_depth() {
    let s = start();
    let r = get(&s, "/api/v5/market/books?instId=ETH-USDT");
    assert_eq!(r.item(0)["bids"].as_array().unwrap().len(), 1);
    let r = get(&s, "/api/v5/market/books?instId=ETH-USDT&sz=5");
    let book = r.item(0);
    assert_eq!(book["asks"].as_array().unwrap().len(), 5);
    assert_eq!(book["bids"][0][0], "3200");
    assert_eq!(book["asks"][0][0], "3200.01");
    assert_eq!(book["asks"][4][0], "3200.05");
    assert_eq!(book["bids"][0][2], "0");
    let deep = get(&s, "/api/v5/market/books?instId=ETH-USDT&sz=400");
    // OKX's full depth: 400 levels per side.
    assert_eq!(deep.item(0)["bids"].as_array().unwrap().len(), 400);
    assert_eq!(deep.item(0)["asks"][399][0], "3204");
}

#[test]
fn candles_are_newest_first_nine_strings() {
    let s = start();
    let r = get(&s, "/api/v5/market/candles?instId=BTC-USDT&bar=1H&limit=3");
    let rows = r.json["data"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|row| row.as_array().unwrap().len() == 9));
    assert_eq!(
        (rows[0][8].as_str(), rows[1][8].as_str()),
        (Some("0"), Some("1"))
    );
    let t0: i64 = rows[0][0].as_str().unwrap().parse().unwrap();
    let t1: i64 = rows[1][0].as_str().unwrap().parse().unwrap();
    assert_eq!(t0 - t1, 3_600_000);
    assert_eq!(
        get(&s, "/api/v5/market/candles?instId=BTC-USDT").json["data"]
            .as_array()
            .unwrap()
            .len(),
        100
    );
    assert_eq!(
        get(&s, "/api/v5/market/candles?instId=BTC-USDT&bar=7m").code(),
        "51000"
    );
}

#[test]
fn recent_trades_and_index_tickers() {
    let s = start();
    let r = get(&s, "/api/v5/market/trades?instId=SOL-USDT&limit=2");
    let trades = r.json["data"].as_array().unwrap();
    assert_eq!(trades.len(), 2);
    assert!(trades[0]["tradeId"].as_str().unwrap() > trades[1]["tradeId"].as_str().unwrap());
    let r = get(&s, "/api/v5/market/index-tickers?instId=BTC-USDT");
    assert_eq!(r.item(0)["idxPx"], "65000");
    let r = get(&s, "/api/v5/market/index-tickers?quoteCcy=USD");
    assert_eq!(r.json["data"].as_array().unwrap().len(), 3);
    let r = get(&s, "/api/v5/market/index-tickers");
    assert_eq!((r.status, r.code()), (400, "50015"));
}

#[test]
fn instruments_are_real_items() {
    let s = start();
    let r = get(&s, "/api/v5/public/instruments?instType=SPOT");
    let ids: Vec<_> = r.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["instId"].clone())
        .collect();
    assert_eq!(
        ids,
        [json!("BTC-USDT"), json!("ETH-USDT"), json!("SOL-USDT")]
    );
    let r = get(
        &s,
        "/api/v5/public/instruments?instType=SWAP&instId=BTC-USDT-SWAP",
    );
    let swap = r.item(0);
    assert_eq!(
        (swap["ctVal"].as_str(), swap["settleCcy"].as_str()),
        (Some("0.01"), Some("USDT"))
    );
    assert_eq!(swap["futureSettlement"], false);
    assert_eq!(
        get(&s, "/api/v5/public/instruments?instType=FUTURES").json["data"],
        json!([])
    );
    assert_eq!(
        get(&s, "/api/v5/public/instruments?instType=OPTION&uly=BTC-USD").json["data"],
        json!([])
    );
    assert_eq!(get(&s, "/api/v5/public/instruments").code(), "50014");
}

#[test]
fn time_and_status() {
    let s = start();
    let ts: i64 = get(&s, "/api/v5/public/time").item(0)["ts"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((ts - okx_core::signer::unix_millis()).abs() < 5_000);
    assert_eq!(get(&s, "/api/v5/system/status").json["data"], json!([]));
}

#[test]
fn unknown_paths_and_wrong_methods() {
    let s = start();
    let r = get(&s, "/api/v5/public/system-time");
    assert_eq!((r.status, r.code()), (404, "50005"));
    let r = get(&s, "/api/v5/trade/cancel-order");
    assert_eq!((r.status, r.code()), (405, "50115"));
    let r = raw(s.port(), "DELETE", "/api/v5/market/ticker", &[], "").unwrap();
    assert_eq!(r.status, 405);
}

#[test]
fn urls_and_credentials() {
    let s = MockServer::start(okx_mock::MockOptions::default()).unwrap();
    let port = s.port();
    assert_eq!(s.rest_url(), format!("http://127.0.0.1:{port}"));
    assert_eq!(
        s.ws_public_url(),
        format!("ws://127.0.0.1:{port}/ws/v5/public")
    );
    assert_eq!(
        s.ws_private_url(),
        format!("ws://127.0.0.1:{port}/ws/v5/private")
    );
    assert_eq!(
        s.ws_business_url(),
        format!("ws://127.0.0.1:{port}/ws/v5/business")
    );
    let c = s.credentials();
    assert_eq!(
        (c.api_key.as_str(), c.secret_key(), c.passphrase()),
        (
            "mock-api-key-0001",
            "MOCKSECRET0123456789ABCDEF012345",
            "mock-passphrase"
        )
    );
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<MockServer>();
}

#[test]
fn account_endpoints() {
    let s = start();
    let r = signed(&s, "GET", "/api/v5/account/balance", "");
    let b = r.item(0);
    let ccys: Vec<_> = b["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["ccy"].clone())
        .collect();
    assert_eq!(ccys, [json!("BTC"), json!("ETH"), json!("USDT")]);
    assert_eq!(dec(b, "totalEq"), d("100000") + d("65000") + d("32000"));
    let r = signed(&s, "GET", "/api/v5/account/balance?ccy=BTC,ETH", "");
    assert_eq!(r.item(0)["details"].as_array().unwrap().len(), 2);
    let r = signed(&s, "GET", "/api/v5/account/config", "");
    assert_eq!(
        (r.item(0)["posMode"].as_str(), r.item(0)["acctLv"].as_str()),
        (Some("net_mode"), Some("2"))
    );
    let r = signed(&s, "GET", "/api/v5/asset/currencies?ccy=SOL", "");
    assert_eq!(r.item(0)["chain"], "SOL-Solana");
    assert_eq!(
        signed(&s, "GET", "/api/v5/asset/balances", "").json["data"],
        json!([])
    );
    assert_eq!(
        signed(&s, "GET", "/api/v5/account/positions?instType=SPOT", "").code(),
        "51000"
    );
}
