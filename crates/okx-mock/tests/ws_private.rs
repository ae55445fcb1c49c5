//! Private WebSocket: login, the login gate, and pushes that follow REST orders.

mod common;
mod wsclient;

use common::*;
use okx_core::signer::unix_millis;
use serde_json::{json, Value};
use wsclient::*;

#[tokio::test]
async fn login_succeeds_with_okx_event() {
    let s = start();
    let mut c = connect(&s.ws_private_url()).await;
    let v = c.login(&s).await;
    assert_eq!(v["event"], "login");
    assert_eq!(
        (v["code"].as_str(), v["msg"].as_str()),
        (Some("0"), Some(""))
    );
    assert!(is_conn_id(&v["connId"]));
    assert_eq!(v.as_object().unwrap().len(), 4);
}

#[tokio::test]
async fn numeric_timestamp_is_accepted_like_python_okx_sends_it() {
    let s = start();
    let mut request = login_request(&s, unix_millis() / 1000, None);
    let ts: i64 = request["args"][0]["timestamp"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    request["args"][0]["timestamp"] = ts.into();
    let mut c = connect(&s.ws_private_url()).await;
    c.send_json(&request).await;
    assert_eq!(c.recv().await["code"], "0");
}

#[tokio::test]
async fn bad_logins_get_okx_codes() {
    let s = start();
    let now = unix_millis() / 1000;
    let mut cases: Vec<(Value, &str)> = vec![
        (login_request(&s, now, Some("WRONGSECRET")), "60007"),
        (login_request(&s, now - 60, None), "60006"),
        (login_request(&s, now * 1000, None), "60004"),
    ];
    let mut wrong_key = login_request(&s, now, None);
    wrong_key["args"][0]["apiKey"] = "other-key".into();
    cases.push((wrong_key, "60005"));
    let mut wrong_pass = login_request(&s, now, None);
    wrong_pass["args"][0]["passphrase"] = "nope".into();
    cases.push((wrong_pass, "60024"));
    for (request, code) in cases {
        let mut c = connect(&s.ws_business_url()).await;
        c.send_json(&request).await;
        let v = c.recv().await;
        assert_eq!(
            (v["event"].as_str(), v["code"].as_str()),
            (Some("error"), Some(code)),
            "{v}"
        );
        // Still not logged in: a private channel is refused.
        let refused = c
            .subscribe(json!([{"channel": "orders-algo", "instType": "ANY"}]))
            .await;
        assert_eq!(refused["code"], "60011");
    }
}

#[tokio::test]
async fn private_channels_need_login() {
    let s = start();
    let mut c = connect(&s.ws_private_url()).await;
    let v = c
        .subscribe(json!([{"channel": "orders", "instType": "ANY"}]))
        .await;
    assert_eq!(
        (v["event"].as_str(), v["code"].as_str()),
        (Some("error"), Some("60011"))
    );
    assert_eq!(v["msg"], "Please log in");
    assert_eq!(s.ws_subscription_count(), 0);
}

#[tokio::test]
async fn rest_orders_push_on_the_orders_channel() {
    let s = start();
    let mut c = connect(&s.ws_private_url()).await;
    c.login(&s).await;
    let ack = c
        .subscribe(json!([{"channel": "orders", "instType": "ANY"}]))
        .await;
    assert_eq!(ack["arg"], json!({"channel": "orders", "instType": "ANY"}));
    let count = c.recv().await;
    assert_eq!(count["event"], "channel-conn-count");
    assert_eq!(
        (count["channel"].as_str(), count["connCount"].as_str()),
        (Some("orders"), Some("1"))
    );
    let r = place(
        &s,
        &json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "60000", "clOrdId": "ws1"}),
    );
    assert_eq!(r.code(), "0", "{}", r.body);
    let ord_id = r.item(0)["ordId"].as_str().unwrap().to_owned();
    let push = c.push("orders").await;
    assert_eq!(push["arg"]["instType"], "ANY");
    assert!(push["arg"]["uid"].is_string());
    let item = &push["data"][0];
    assert_eq!(
        (item["ordId"].as_str(), item["state"].as_str()),
        (Some(ord_id.as_str()), Some("live"))
    );
    // Every field of the REST order item is there, with the same value for the static ones.
    let rest = signed(
        &s,
        "GET",
        &format!("/api/v5/trade/order?instId=BTC-USDT&ordId={ord_id}"),
        "",
    );
    for (key, value) in rest.item(0).as_object().unwrap() {
        assert!(item.get(key).is_some(), "{key} missing from the push");
        if !["uTime", "fillTime"].contains(&key.as_str()) {
            assert_eq!(&item[key], value, "{key}");
        }
    }
    let body = json!({"instId": "BTC-USDT", "ordId": ord_id}).to_string();
    let r = signed(&s, "POST", "/api/v5/trade/cancel-order", &body);
    assert_eq!(r.code(), "0", "{}", r.body);
    let canceled = c.push("orders").await;
    assert_eq!(canceled["data"][0]["state"], "canceled");
    // A market order fills at once: the push says filled, with the fill's fields.
    let r = place(
        &s,
        &json!({"instId": "ETH-USDT", "tdMode": "cash", "side": "sell", "ordType": "market", "sz": "0.1"}),
    );
    assert_eq!(r.code(), "0", "{}", r.body);
    let filled = c.push("orders").await;
    let f = &filled["data"][0];
    assert_eq!(
        (f["state"].as_str(), f["execType"].as_str()),
        (Some("filled"), Some("T"))
    );
    assert_eq!(f["fillSz"], "0.1");
}

#[tokio::test]
async fn orders_filtered_by_inst_type() {
    let s = start();
    let mut c = connect(&s.ws_private_url()).await;
    c.login(&s).await;
    c.subscribe(json!([{"channel": "orders", "instType": "SWAP"}]))
        .await;
    place(
        &s,
        &json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "60000"}),
    );
    place(
        &s,
        &json!({"instId": "BTC-USDT-SWAP", "tdMode": "cross", "side": "buy", "ordType": "limit", "sz": "1", "px": "60000"}),
    );
    let push = c.push("orders").await;
    assert_eq!(push["data"][0]["instId"], "BTC-USDT-SWAP");
}

#[tokio::test]
async fn account_positions_and_balance_and_position() {
    let s = start();
    let mut c = connect(&s.ws_private_url()).await;
    c.login(&s).await;
    c.subscribe(json!([{"channel": "account"}])).await;
    let snap = c.push("account").await;
    assert_eq!(snap["eventType"], "snapshot");
    assert!(snap["data"][0]["details"].as_array().unwrap().len() >= 3);
    c.subscribe(json!([{"channel": "positions", "instType": "ANY"}]))
        .await;
    let pos = c.push("positions").await;
    assert_eq!(
        (
            pos["eventType"].as_str(),
            pos["data"].as_array().map(Vec::len)
        ),
        (Some("snapshot"), Some(0))
    );
    c.subscribe(json!([{"channel": "balance_and_position"}]))
        .await;
    let bp = c.push("balance_and_position").await;
    assert_eq!(bp["data"][0]["eventType"], "snapshot");
    let r = place(
        &s,
        &json!({"instId": "BTC-USDT-SWAP", "tdMode": "cross", "side": "buy", "ordType": "market", "sz": "2"}),
    );
    assert_eq!(r.code(), "0", "{}", r.body);
    // One change, pushed in this order: account, positions, balance_and_position.
    let acc = c.push("account").await;
    assert_eq!(acc["eventType"], "event_update");
    assert_eq!(acc["data"][0]["details"][0]["ccy"], "USDT");
    let pos = c.push("positions").await;
    assert_eq!(pos["eventType"], "event_update");
    assert_eq!(
        (
            pos["data"][0]["instId"].as_str(),
            pos["data"][0]["pos"].as_str()
        ),
        (Some("BTC-USDT-SWAP"), Some("2"))
    );
    let bp = c.push("balance_and_position").await;
    assert_eq!(bp["data"][0]["eventType"], "filled");
    assert_eq!(bp["data"][0]["posData"][0]["pos"], "2");
    // Closing the position pushes it with pos "0".
    place(
        &s,
        &json!({"instId": "BTC-USDT-SWAP", "tdMode": "cross", "side": "sell", "ordType": "market", "sz": "2"}),
    );
    let closed = c.push("positions").await;
    assert_eq!(closed["data"][0]["pos"], "0");
    // set_balance is reported too.
    s.set_balance("SOL", "5").unwrap();
    let sol = c
        .recv_until(|v| {
            v["arg"]["channel"] == "account" && v["data"][0]["details"][0]["ccy"] == "SOL"
        })
        .await;
    assert_eq!(sol["data"][0]["details"][0]["availBal"], "5");
}

#[tokio::test]
async fn business_private_channels_are_accepted_after_login() {
    let s = start();
    let mut c = connect(&s.ws_business_url()).await;
    c.login(&s).await;
    let ack = c
        .subscribe(json!([{"channel": "orders-algo", "instType": "ANY"}]))
        .await;
    assert_eq!(ack["event"], "subscribe");
    // Order ops are refused on the wrong URL.
    c.send(r#"{"id":"1","op":"order","args":[]}"#).await;
    assert_eq!(c.recv().await["code"], "60028");
    // And the public URL takes a login for the tbt books.
    let mut p = connect(&s.ws_public_url()).await;
    p.login(&s).await;
    p.subscribe(json!([{"channel": "books-l2-tbt", "instId": "BTC-USDT"}]))
        .await;
    let snap = p.push("books-l2-tbt").await;
    assert_eq!(snap["action"], "snapshot");
    let conflict = p
        .subscribe(json!([{"channel": "books", "instId": "BTC-USDT"}]))
        .await;
    assert_eq!(conflict["code"], "64004");
}

#[tokio::test]
async fn order_ops_place_and_cancel_by_inst_id_code() {
    let s = start();
    let mut c = connect(&s.ws_private_url()).await;
    c.send(r#"{"id":"1","op":"order","args":[]}"#).await;
    assert_eq!(c.recv().await["code"], "60011");
    c.login(&s).await;
    c.subscribe(json!([{"channel": "orders", "instType": "SPOT"}]))
        .await;
    c.send_json(&json!({"id": "p1", "op": "order", "args": [{
        "instIdCode": 3, "side": "buy", "tdMode": "cash", "ordType": "limit",
        "sz": "0.01", "px": "60000", "clOrdId": "wsorder1"
    }]}))
    .await;
    let r = c.recv_until(|v| v["op"] == "order").await;
    assert_eq!(
        (r["id"].as_str(), r["code"].as_str()),
        (Some("p1"), Some("0")),
        "{r}"
    );
    let item = &r["data"][0];
    assert_eq!(
        (item["sCode"].as_str(), item["clOrdId"].as_str()),
        (Some("0"), Some("wsorder1"))
    );
    assert!(r["inTime"].is_string() && r["outTime"].is_string());
    let ord_id = item["ordId"].as_str().unwrap().to_owned();
    let push = c.push("orders").await;
    assert_eq!(
        (
            push["data"][0]["ordId"].as_str(),
            push["data"][0]["instId"].as_str()
        ),
        (Some(ord_id.as_str()), Some("BTC-USDT"))
    );
    // Per-item failures and request-level ones.
    c.send_json(&json!({"id": "p2", "op": "batch-orders", "args": [
        {"instIdCode": "3", "side": "buy", "tdMode": "cash", "ordType": "limit", "sz": "0.01", "px": "60000"},
        {"instIdCode": 999999, "side": "buy", "tdMode": "cash", "ordType": "limit", "sz": "0.01", "px": "60000"},
    ]}))
    .await;
    let r = c.recv_until(|v| v["op"] == "batch-orders").await;
    assert_eq!(r["code"], "2", "{r}");
    assert_eq!(r["data"][1]["sCode"], "51001");
    c.send_json(&json!({"id": "p3", "op": "order", "args": [{"side": "buy", "tdMode": "cash", "ordType": "market", "sz": "1"}]}))
        .await;
    let r = c.recv_until(|v| v["op"] == "order").await;
    assert_eq!(
        (r["code"].as_str(), r["msg"].as_str()),
        (
            Some("60027"),
            Some("Parameter instIdCode can not be empty.")
        )
    );
    c.send_json(
        &json!({"id": "c1", "op": "cancel-order", "args": [{"instIdCode": 3, "ordId": ord_id}]}),
    )
    .await;
    let r = c.recv_until(|v| v["op"] == "cancel-order").await;
    assert_eq!(
        (r["code"].as_str(), r["data"][0]["sCode"].as_str()),
        (Some("0"), Some("0")),
        "{r}"
    );
    let canceled = c
        .recv_until(|v| v["arg"]["channel"] == "orders" && v["data"][0]["state"] == "canceled")
        .await;
    assert_eq!(canceled["data"][0]["ordId"], ord_id.as_str());
}
