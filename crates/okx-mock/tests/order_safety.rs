//! Order safety enforced by the exchange: rate limits (REST and WebSocket, per endpoint and
//! per sub-account), faults after execution, clOrdId uniqueness, expTime, a shifted clock,
//! the cancel-all-after switch, WebSocket amend and mass-cancel, and the order/fill lists.

mod common;
mod wsclient;

use common::*;
use okx_mock::{AfterAction, AfterFault, MockServer};
use serde_json::{json, Value};
use wsclient::{connect, eventually, login_request, Got};

/// BTC-USDT's `instIdCode` in the mock's instrument list.
const BTC_CODE: u64 = 3;

fn limit_buy(px: &str, cl: &str) -> Value {
    json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit",
           "px": px, "sz": "0.001", "clOrdId": cl})
}

fn ws_limit_buy(px: &str, cl: &str) -> Value {
    json!({"instIdCode": BTC_CODE, "tdMode": "cash", "side": "buy", "ordType": "limit",
           "px": px, "sz": "0.001", "clOrdId": cl})
}

fn bucket(s: &MockServer, name: &str) -> Option<okx_mock::BucketStats> {
    s.rate_limit_stats()
        .buckets
        .into_iter()
        .find(|b| b.name == name)
}

fn batch(s: &MockServer, items: &[Value]) -> Resp {
    let body = Value::Array(items.to_vec()).to_string();
    signed(s, "POST", "/api/v5/trade/batch-orders", &body)
}

#[test]
fn rate_limits_are_off_until_enforced() {
    let s = start();
    for _ in 0..15 {
        assert_eq!(get(&s, "/api/v5/public/time").code(), "0");
    }
    assert_eq!(s.rate_limit_stats().rejected, 0);
    assert!(s.rate_limit_stats().buckets.is_empty());
}

#[test]
fn an_endpoint_window_refuses_with_429_and_50011() {
    let s = start();
    s.enforce_rate_limits(true, 1000);
    // 2 requests / 60 s (rest-endpoints.tsv): the third within the minute is refused.
    let body = json!({"quoteId": "q1"}).to_string();
    let path = "/api/v5/finance/sfp/dcd/trade";
    assert_eq!(signed(&s, "POST", path, &body).code(), "0");
    assert_eq!(signed(&s, "POST", path, &body).code(), "0");
    let r = signed(&s, "POST", path, &body);
    assert_eq!((r.status, r.code()), (429, "50011"), "{}", r.body);
    let stats = s.rate_limit_stats();
    assert_eq!(stats.rejected, 1);
    let b = bucket(&s, &format!("POST {path}")).expect("bucket");
    assert_eq!((b.limit, b.window_ms, b.peak), (2, 60_000, 2));
    // Off again: nothing is refused, the stats stay until cleared.
    s.enforce_rate_limits(false, 1000);
    assert_eq!(signed(&s, "POST", path, &body).code(), "0");
    assert_eq!(s.rate_limit_stats().rejected, 1);
    s.clear_rate_limit_stats();
    assert_eq!(s.rate_limit_stats(), okx_mock::RateLimitStats::default());
}

#[test]
fn a_burst_of_orders_hits_the_per_instrument_window() {
    let s = start();
    s.enforce_rate_limits(true, 1000);
    let mut refused = 0;
    for i in 0..80 {
        let r = place(&s, &limit_buy("30000", &format!("burst{i}")));
        match r.code() {
            "0" => {}
            "50011" => {
                assert_eq!(r.status, 429);
                refused += 1;
            }
            other => panic!("unexpected code {other}: {}", r.body),
        }
    }
    // 60 per 2 s: 80 local requests cannot all be spread over separate windows.
    assert!(refused > 0);
    let b = bucket(&s, "POST /api/v5/trade/order BTC-USDT").expect("bucket");
    assert_eq!((b.limit, b.window_ms, b.peak), (60, 2_000, 60));
    assert_eq!(s.rate_limit_stats().rejected, refused);
    // A refused request was not executed.
    let placed = s.orders(None).len() as u64;
    assert_eq!(placed, 80 - refused);
    // Another instrument has its own window.
    let mut eth = limit_buy("1000", "other1");
    eth["instId"] = json!("ETH-USDT");
    assert_eq!(place(&s, &eth).code(), "0", "ETH-USDT has its own bucket");
}

#[test]
fn batches_count_orders_and_one_order_batches_count_as_single() {
    let s = start();
    s.enforce_rate_limits(true, 1000);
    let items: Vec<Value> = (0..20)
        .map(|i| limit_buy("30000", &format!("b{i}")))
        .collect();
    assert_eq!(batch(&s, &items).code(), "0");
    let b = bucket(&s, "POST /api/v5/trade/batch-orders BTC-USDT").expect("batch bucket");
    assert_eq!((b.limit, b.peak), (300, 20));
    assert_eq!(bucket(&s, "sub-account").map(|b| b.peak), Some(20));
    assert_eq!(batch(&s, &[limit_buy("30000", "single1")]).code(), "0");
    let single = bucket(&s, "POST /api/v5/trade/order BTC-USDT").expect("single bucket");
    assert_eq!((single.limit, single.peak), (60, 1));
}

#[test]
fn the_sub_account_window_refuses_with_50061_and_counts_nothing_refused() {
    let s = start();
    s.enforce_rate_limits(true, 5);
    let six: Vec<Value> = (0..6)
        .map(|i| limit_buy("30000", &format!("s{i}")))
        .collect();
    let r = batch(&s, &six);
    assert_eq!((r.status, r.code()), (200, "50061"), "{}", r.body);
    assert!(s.orders(None).is_empty(), "a refused batch places nothing");
    // The refused batch took nothing from the window: five still fit.
    let r = batch(&s, &six[..5]);
    assert_eq!(r.code(), "0", "{}", r.body);
    let sub = bucket(&s, "sub-account").expect("bucket");
    assert_eq!((sub.limit, sub.window_ms, sub.peak), (5, 2_000, 5));
    assert_eq!(s.rate_limit_stats().rejected, 1);
    // Cancels do not count toward it.
    let cancel = json!({"instId": "BTC-USDT", "clOrdId": "s0"}).to_string();
    assert_eq!(
        signed(&s, "POST", "/api/v5/trade/cancel-order", &cancel).code(),
        "0"
    );
}

#[test]
fn after_execute_faults_execute_then_misbehave_on_rest() {
    let s = start();
    s.inject_after_execute(AfterFault {
        target: Some("/api/v5/trade/order".into()),
        action: AfterAction::Timeout,
        times: 1,
    });
    let r = place(&s, &limit_buy("30000", "timeout1"));
    assert_eq!((r.status, r.code()), (200, "50004"), "{}", r.body);
    assert_eq!(r.json["data"], json!([]));
    let orders = s.orders(Some("timeout1"));
    assert_eq!(orders.len(), 1, "executed despite the 50004");
    assert_eq!(orders[0]["state"], "live");

    s.inject_after_execute(AfterFault {
        target: None,
        action: AfterAction::Drop,
        times: 1,
    });
    // Not an order request: untouched.
    assert_eq!(get(&s, "/api/v5/public/time").code(), "0");
    let body = limit_buy("30000", "dropped1").to_string();
    let h = auth_headers(&s, "POST", "/api/v5/trade/order", &body);
    assert!(
        raw(s.port(), "POST", "/api/v5/trade/order", &h, &body).is_err(),
        "no answer"
    );
    assert_eq!(s.orders(Some("dropped1")).len(), 1);

    s.inject_after_execute(AfterFault {
        target: None,
        action: AfterAction::Delay { millis: 50 },
        times: 1,
    });
    let r = place(&s, &limit_buy("30000", "late1"));
    assert_eq!(r.code(), "0");
    assert_eq!(s.orders(Some("late1")).len(), 1);

    // clear_faults() forgets them too.
    s.inject_after_execute(AfterFault {
        target: None,
        action: AfterAction::Timeout,
        times: 3,
    });
    s.clear_faults();
    assert_eq!(place(&s, &limit_buy("30000", "clean1")).code(), "0");
}

#[test]
fn duplicate_cl_ord_ids_inside_a_batch_are_refused() {
    let s = start();
    // Market orders fill at once, so only the batch rule can refuse the second.
    let market = json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "market", "sz": "100", "clOrdId": "twice"});
    let r = batch(&s, &[market.clone(), market]);
    assert_eq!(r.code(), "2", "{}", r.body);
    assert_eq!(r.item(0)["sCode"], "0");
    assert_eq!(r.item(1)["sCode"], "51016");
    assert_eq!(r.item(1)["sMsg"], "Duplicated client order ID");
    // Filled, so the id is free again.
    let orders = s.orders(Some("twice"));
    assert_eq!(orders.len(), 1);
    assert_eq!(orders[0]["state"], "filled");
    let again = json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "market", "sz": "100", "clOrdId": "twice"});
    assert_eq!(place(&s, &again).item(0)["sCode"], "0");
    assert_eq!(s.orders(Some("twice")).len(), 2);
}

#[test]
fn exp_time_header_stops_late_requests() {
    let s = start();
    let send = |exp: &str, cl: &str| {
        let body = limit_buy("30000", cl).to_string();
        signed_with(&s, "POST", "/api/v5/trade/order", &body, |h| {
            set_header(h, "expTime", Some(exp))
        })
    };
    let past = (okx_core::signer::unix_millis() - 1_000).to_string();
    let r = send(&past, "late1");
    assert_eq!(r.code(), "50037", "{}", r.body);
    assert!(s.orders(Some("late1")).is_empty(), "not executed");
    let future = (okx_core::signer::unix_millis() + 60_000).to_string();
    assert_eq!(send(&future, "ontime1").code(), "0");
    assert_eq!(send("tomorrow", "bad1").code(), "50036");
    // The exchange's clock decides: ahead by a minute, the future deadline has passed.
    s.set_clock_offset_ms(120_000);
    let r = signed_with(
        &s,
        "POST",
        "/api/v5/trade/order",
        &limit_buy("30000", "x1").to_string(),
        |h| {
            // Sign with the exchange's time so only expTime fails.
            let ts = okx_core::signer::iso_from_millis(okx_core::signer::unix_millis() + 120_000);
            let body = limit_buy("30000", "x1").to_string();
            let sign = okx_core::Signer::new(&s.credentials()).sign(
                &ts,
                "POST",
                "/api/v5/trade/order",
                &body,
            );
            set_header(h, "OK-ACCESS-TIMESTAMP", Some(&ts));
            set_header(h, "OK-ACCESS-SIGN", Some(&sign));
            set_header(h, "expTime", Some(&future));
        },
    );
    assert_eq!(r.code(), "50037", "{}", r.body);
}

#[test]
fn a_shifted_clock_moves_time_and_the_signature_window() {
    let s = start();
    s.set_clock_offset_ms(3_600_000);
    let before = okx_core::signer::unix_millis();
    let ts: i64 = get(&s, "/api/v5/public/time").item(0)["ts"]
        .as_str()
        .and_then(|t| t.parse().ok())
        .expect("ts");
    assert!(ts >= before + 3_600_000, "{ts} vs {before}");
    // Signed with this machine's clock: an hour off the exchange's.
    let r = signed(&s, "GET", "/api/v5/account/balance", "");
    assert_eq!(r.code(), "50102", "{}", r.body);
    s.set_clock_offset_ms(0);
    assert_eq!(signed(&s, "GET", "/api/v5/account/balance", "").code(), "0");
}

#[test]
fn cancel_all_after_arms_refreshes_disarms_and_fires() {
    let s = start();
    s.set_cancel_all_after_scale(0.02).expect("scale");
    assert!(s.set_cancel_all_after_scale(0.0).is_err());
    let path = "/api/v5/trade/cancel-all-after";
    for bad in ["5", "121", "x"] {
        let r = signed(&s, "POST", path, &json!({"timeOut": bad}).to_string());
        assert_eq!(r.code(), "51000", "timeOut {bad}: {}", r.body);
    }
    assert_eq!(place(&s, &limit_buy("30000", "keep1")).code(), "0");
    // Armed then disarmed: nothing happens.
    let r = signed(&s, "POST", path, &json!({"timeOut": "10"}).to_string());
    assert_eq!(r.code(), "0", "{}", r.body);
    let r = signed(&s, "POST", path, &json!({"timeOut": "0"}).to_string());
    assert_eq!(r.item(0)["triggerTime"], "0");
    std::thread::sleep(std::time::Duration::from_millis(400));
    assert_eq!(s.orders(Some("keep1"))[0]["state"], "live");
    // Armed and left alone: every pending order is canceled (cancelSource 20).
    assert_eq!(place(&s, &limit_buy("30001", "gone1")).code(), "0");
    let r = signed(
        &s,
        "POST",
        path,
        &json!({"timeOut": "10", "tag": "bot1"}).to_string(),
    );
    let item = r.item(0);
    assert_eq!(item["tag"], "bot1");
    let trigger: i64 = item["triggerTime"].as_str().unwrap().parse().unwrap();
    let ts: i64 = item["ts"].as_str().unwrap().parse().unwrap();
    assert_eq!(trigger - ts, 200, "10 s scaled by 0.02");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while s.orders(None).iter().any(|o| o["state"] == "live")
        && std::time::Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    for cl in ["keep1", "gone1"] {
        let o = &s.orders(Some(cl))[0];
        assert_eq!(
            (o["state"].as_str(), o["cancelSource"].as_str()),
            (Some("canceled"), Some("20")),
            "{o}"
        );
    }
}

#[test]
fn orders_and_fills_list_everything() {
    let s = start();
    let market = json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "market", "sz": "100", "clOrdId": "m1"});
    assert_eq!(place(&s, &market).code(), "0");
    assert_eq!(place(&s, &limit_buy("30000", "l1")).code(), "0");
    let all = s.orders(None);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["clOrdId"], "m1", "oldest first");
    assert_eq!(all[1]["state"], "live");
    let fills = s.fills();
    assert!(!fills.is_empty());
    assert!(fills.iter().all(|f| f["clOrdId"] == "m1"
        && !f["tradeId"].as_str().unwrap_or("").is_empty()
        && !f["billId"].as_str().unwrap_or("").is_empty()));
    assert!(s.orders(Some("nope")).is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn ws_ops_share_rest_buckets_and_get_50011_and_50061() {
    let s = start();
    s.enforce_rate_limits(true, 3);
    let mut c = connect(&s.ws_private_url()).await;
    c.login(&s).await;
    c.send_json(&json!({"id": "o1", "op": "order", "args": [ws_limit_buy("30000", "w1")]}))
        .await;
    let r = c.recv_until(|v| v["id"] == "o1").await;
    assert_eq!(r["code"], "0", "{r}");
    let single = bucket(&s, "POST /api/v5/trade/order BTC-USDT").expect("REST twin's bucket");
    assert_eq!(single.peak, 1);
    let four: Vec<Value> = (0..4)
        .map(|i| ws_limit_buy("30000", &format!("wb{i}")))
        .collect();
    c.send_json(&json!({"id": "b1", "op": "batch-orders", "args": four}))
        .await;
    let r = c.recv_until(|v| v["id"] == "b1").await;
    assert_eq!(
        (r["code"].as_str(), r["data"].as_array().map(Vec::len)),
        (Some("50061"), Some(0)),
        "{r}"
    );
    s.enforce_rate_limits(true, 1000);
    // 60 per 2 s per instrument, shared with REST: a pipelined burst overflows it.
    for i in 0..70 {
        c.send_json(
            &json!({"id": format!("x{i}"), "op": "order", "args": [ws_limit_buy("30000", &format!("x{i}"))]}),
        )
        .await;
    }
    let mut refused = 0;
    for i in 0..70 {
        let id = format!("x{i}");
        let r = c.recv_until(|v| v["id"] == id.as_str()).await;
        if r["code"] == "50011" {
            refused += 1;
        }
    }
    assert!(refused > 0);
    assert_eq!(s.orders(None).len(), 1 + 70 - refused);
    assert_eq!(s.rate_limit_stats().rejected, 1 + refused as u64);
}

#[tokio::test(flavor = "multi_thread")]
async fn ws_after_execute_faults_and_exp_time() {
    let s = start();
    let mut c = connect(&s.ws_private_url()).await;
    c.login(&s).await;
    s.inject_after_execute(AfterFault {
        target: Some("order".into()),
        action: AfterAction::Timeout,
        times: 1,
    });
    c.send_json(&json!({"id": "t1", "op": "order", "args": [ws_limit_buy("30000", "wt1")]}))
        .await;
    let r = c.recv_until(|v| v["id"] == "t1").await;
    assert_eq!(
        (r["code"].as_str(), r["data"].as_array().map(Vec::len)),
        (Some("50004"), Some(0))
    );
    assert_eq!(s.orders(Some("wt1")).len(), 1);

    // A past expTime: refused with 50037, not executed.
    let past = (okx_core::signer::unix_millis() - 1).to_string();
    c.send_json(&json!({"id": "e1", "op": "order", "expTime": past, "args": [ws_limit_buy("30000", "we1")]}))
        .await;
    let r = c.recv_until(|v| v["id"] == "e1").await;
    assert_eq!(r["code"], "50037", "{r}");
    assert!(s.orders(Some("we1")).is_empty());
    // A duplicate of a pending order's clOrdId.
    c.send_json(&json!({"id": "d1", "op": "order", "args": [ws_limit_buy("30000", "wt1")]}))
        .await;
    let r = c.recv_until(|v| v["id"] == "d1").await;
    assert_eq!(r["data"][0]["sCode"], "51016", "{r}");

    // A delayed reply comes after a pong asked for later.
    s.inject_after_execute(AfterFault {
        target: None,
        action: AfterAction::Delay { millis: 1_000 },
        times: 1,
    });
    c.send_json(&json!({"id": "l1", "op": "order", "args": [ws_limit_buy("30000", "wl1")]}))
        .await;
    c.send("ping").await;
    let first = c.recv_until(|v| v == "pong" || v["id"] == "l1").await;
    assert_eq!(first, json!("pong"));
    let r = c.recv_until(|v| v["id"] == "l1").await;
    assert_eq!(r["code"], "0");

    // Drop: executed, then the socket is cut without a reply.
    s.inject_after_execute(AfterFault {
        target: Some("cancel-order".into()),
        action: AfterAction::Drop,
        times: 1,
    });
    c.send_json(&json!({"id": "k1", "op": "cancel-order", "args": [{"instIdCode": BTC_CODE, "clOrdId": "wl1"}]}))
        .await;
    loop {
        match c.next_within(wsclient::WAIT).await {
            Got::Json(v) => assert_ne!(v["id"], "k1", "no reply expected: {v}"),
            Got::Ended => break,
            other => panic!("expected the connection to end, got {other:?}"),
        }
    }
    assert_eq!(s.orders(Some("wl1"))[0]["state"], "canceled");
}

#[tokio::test(flavor = "multi_thread")]
async fn ws_amend_matches_rest_and_mass_cancel_answers_result() {
    let s = start();
    let mut c = connect(&s.ws_private_url()).await;
    c.login(&s).await;
    assert_eq!(place(&s, &limit_buy("30000", "a1")).code(), "0");
    c.send_json(&json!({"id": "m1", "op": "amend-order", "args": [{
        "instIdCode": BTC_CODE, "clOrdId": "a1", "newPx": "30500", "reqId": "r1"}]}))
        .await;
    let r = c.recv_until(|v| v["id"] == "m1").await;
    assert_eq!(r["code"], "0", "{r}");
    let item = &r["data"][0];
    assert_eq!(
        (
            item["sCode"].as_str(),
            item["reqId"].as_str(),
            item["clOrdId"].as_str()
        ),
        (Some("0"), Some("r1"), Some("a1"))
    );
    assert!(item.get("tag").is_none());
    assert_eq!(s.orders(Some("a1"))[0]["px"], "30500");
    // The same failure as REST amend for an order that is not pending.
    let rest = signed(
        &s,
        "POST",
        "/api/v5/trade/amend-order",
        &json!({"instId": "BTC-USDT", "ordId": "1", "newPx": "30000"}).to_string(),
    );
    c.send_json(&json!({"id": "m2", "op": "batch-amend-orders", "args": [
        {"instIdCode": BTC_CODE, "ordId": "1", "newPx": "30000"},
        {"instIdCode": BTC_CODE, "clOrdId": "a1", "newSz": "0.002"},
    ]}))
    .await;
    let r = c.recv_until(|v| v["id"] == "m2").await;
    assert_eq!(r["code"], "2", "{r}");
    assert_eq!(r["data"][0]["sCode"], rest.item(0)["sCode"]);
    assert_eq!(s.orders(Some("a1"))[0]["sz"], "0.002");

    c.send_json(&json!({"id": "mc1", "op": "mass-cancel", "args": [{
        "instType": "OPTION", "instFamily": "BTC-USD", "lockInterval": "100"}]}))
        .await;
    let r = c.recv_until(|v| v["id"] == "mc1").await;
    assert_eq!(
        (r["code"].as_str(), &r["data"]),
        (Some("0"), &json!([{"result": true}]))
    );
    c.send_json(&json!({"id": "mc2", "op": "mass-cancel", "args": [{"instType": "OPTION"}]}))
        .await;
    let r = c.recv_until(|v| v["id"] == "mc2").await;
    assert_eq!(r["code"], "60027", "{r}");
    c.send_json(&json!({"id": "mc3", "op": "mass-cancel", "args": [{"instType": "SPOT", "instFamily": "BTC-USD"}]}))
        .await;
    let r = c.recv_until(|v| v["id"] == "mc3").await;
    assert_eq!(r["code"], "51000", "{r}");
}

#[tokio::test(flavor = "multi_thread")]
async fn ws_login_follows_the_shifted_clock() {
    let s = start();
    s.set_clock_offset_ms(120_000);
    let mut c = connect(&s.ws_private_url()).await;
    let r = c.login(&s).await;
    assert_eq!(r["code"], "60006", "{r}");
    let shifted = (okx_core::signer::unix_millis() + 120_000) / 1000;
    c.send_json(&login_request(&s, shifted, None)).await;
    let r = c.recv_until(|v| v.get("event").is_some()).await;
    assert_eq!(
        (r["event"].as_str(), r["code"].as_str()),
        (Some("login"), Some("0")),
        "{r}"
    );
    // The dead-man switch's cancellations are pushed like any cancel.
    s.set_cancel_all_after_scale(0.02).expect("scale");
    c.subscribe(json!([{"channel": "orders", "instType": "SPOT"}]))
        .await;
    let ts = okx_core::signer::iso_from_millis(okx_core::signer::unix_millis() + 120_000);
    let body = limit_buy("30000", "dm1").to_string();
    let sign =
        okx_core::Signer::new(&s.credentials()).sign(&ts, "POST", "/api/v5/trade/order", &body);
    let r = signed_with(&s, "POST", "/api/v5/trade/order", &body, |h| {
        set_header(h, "OK-ACCESS-TIMESTAMP", Some(&ts));
        set_header(h, "OK-ACCESS-SIGN", Some(&sign));
    });
    assert_eq!(r.code(), "0", "{}", r.body);
    let body = json!({"timeOut": "10"}).to_string();
    let sign = okx_core::Signer::new(&s.credentials()).sign(
        &ts,
        "POST",
        "/api/v5/trade/cancel-all-after",
        &body,
    );
    let r = signed_with(&s, "POST", "/api/v5/trade/cancel-all-after", &body, |h| {
        set_header(h, "OK-ACCESS-TIMESTAMP", Some(&ts));
        set_header(h, "OK-ACCESS-SIGN", Some(&sign));
    });
    assert_eq!(r.code(), "0", "{}", r.body);
    let push = c
        .recv_until(|v| v["arg"]["channel"] == "orders" && v["data"][0]["state"] == "canceled")
        .await;
    assert_eq!(
        (
            push["data"][0]["clOrdId"].as_str(),
            push["data"][0]["cancelSource"].as_str()
        ),
        (Some("dm1"), Some("20"))
    );
    assert!(eventually(|| s.orders(Some("dm1"))[0]["state"] == "canceled").await);
}
