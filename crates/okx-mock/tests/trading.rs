//! Orders end to end over HTTP: resting, cancelling, filling, balances and OKX's item codes.

mod common;

use common::*;
use serde_json::json;

fn limit_buy(px: &str, sz: &str) -> serde_json::Value {
    json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "px": px, "sz": sz})
}

fn order_state(s: &okx_mock::MockServer, ord_id: &str) -> serde_json::Value {
    let r = signed(
        s,
        "GET",
        &format!("/api/v5/trade/order?instId=BTC-USDT&ordId={ord_id}"),
        "",
    );
    assert_eq!(r.code(), "0", "{}", r.body);
    r.item(0).clone()
}

#[test]
fn limit_buy_rests_then_cancels() {
    let s = start();
    // A bid inside the 400-level book, on a synthetic level: it adds to that level.
    let level = |s: &okx_mock::MockServer| -> (rust_decimal::Decimal, u64) {
        let book = get(s, "/api/v5/market/books?instId=BTC-USDT&sz=400");
        let bids = book.item(0)["bids"].as_array().unwrap().clone();
        let l = bids.iter().find(|l| l[0] == "64990").expect("level 64990");
        (
            d(l[1].as_str().unwrap()),
            l[3].as_str().unwrap().parse().unwrap(),
        )
    };
    let (synthetic_sz, synthetic_count) = level(&s);
    let r = place(&s, &limit_buy("64990", "0.1"));
    assert_eq!((r.status, r.code()), (200, "0"), "{}", r.body);
    let item = r.item(0);
    assert_eq!(item["sCode"], "0");
    assert_eq!(item["sMsg"], "Order placed");
    assert!(r.json["inTime"].as_str().unwrap().len() >= 16 && r.json["outTime"].is_string());
    let ord_id = item["ordId"].as_str().unwrap().to_owned();
    assert!(ord_id.bytes().all(|b| b.is_ascii_digit()));

    assert_eq!(order_state(&s, &ord_id)["state"], "live");
    let usdt = detail(&s, "USDT");
    assert_eq!(dec(&usdt, "availBal"), d("93501"));
    assert_eq!(dec(&usdt, "frozenBal"), d("6499"));
    assert_eq!(dec(&usdt, "cashBal"), d("100000"));

    let pending = signed(&s, "GET", "/api/v5/trade/orders-pending?instType=SPOT", "");
    assert_eq!(pending.item(0)["ordId"], ord_id.as_str());
    // The resting order shows in the public book.
    assert_eq!(level(&s), (synthetic_sz + d("0.1"), synthetic_count + 1));

    let body = json!({"instId": "BTC-USDT", "ordId": ord_id}).to_string();
    let r = signed(&s, "POST", "/api/v5/trade/cancel-order", &body);
    assert_eq!(
        (r.code(), r.item(0)["sCode"].as_str()),
        ("0", Some("0")),
        "{}",
        r.body
    );
    assert_eq!(r.item(0)["ordId"], ord_id.as_str());
    let o = order_state(&s, &ord_id);
    assert_eq!(
        (o["state"].as_str(), o["cancelSource"].as_str()),
        (Some("canceled"), Some("1"))
    );
    assert_eq!(dec(&detail(&s, "USDT"), "availBal"), d("100000"));

    // A second cancel fails per item with 51400 and top-level code 1.
    let r = signed(&s, "POST", "/api/v5/trade/cancel-order", &body);
    assert_eq!(
        (r.code(), r.json["msg"].as_str()),
        ("1", Some("All operations failed"))
    );
    assert_eq!(r.item(0)["sCode"], "51400");
    let history = signed(
        &s,
        "GET",
        "/api/v5/trade/orders-history?instType=SPOT&state=canceled",
        "",
    );
    assert_eq!(history.item(0)["ordId"], ord_id.as_str());
}

#[test]
fn marketable_buy_fills_and_moves_balances() {
    let s = start();
    let r = place(&s, &limit_buy("65000.1", "0.1"));
    assert_eq!(r.item(0)["sCode"], "0", "{}", r.body);
    let ord_id = r.item(0)["ordId"].as_str().unwrap().to_owned();
    let o = order_state(&s, &ord_id);
    assert_eq!(o["state"], "filled");
    assert_eq!(o["avgPx"], "65000.1");
    assert_eq!(o["accFillSz"], "0.1");
    assert_eq!(o["fee"], "-0.0001");
    assert_eq!(o["feeCcy"], "BTC");
    assert_eq!(
        dec(&detail(&s, "USDT"), "cashBal"),
        d("100000") - d("6500.01")
    );
    assert_eq!(dec(&detail(&s, "BTC"), "cashBal"), d("1.0999"));

    let fills = signed(
        &s,
        "GET",
        &format!("/api/v5/trade/fills?ordId={ord_id}"),
        "",
    );
    let fill = fills.item(0);
    assert_eq!(
        (fill["fillPx"].as_str(), fill["fillSz"].as_str()),
        (Some("65000.1"), Some("0.1"))
    );
    assert_eq!(fill["execType"], "T");
    // The fill is on the public tape and is the last price.
    let trades = get(&s, "/api/v5/market/trades?instId=BTC-USDT&limit=1");
    assert_eq!(trades.item(0)["tradeId"], fill["tradeId"]);
    assert_eq!(
        get(&s, "/api/v5/market/ticker?instId=BTC-USDT").item(0)["last"],
        "65000.1"
    );
}

#[test]
fn spot_market_buy_spends_quote_by_default() {
    let s = start();
    let body = json!({"instId": "ETH-USDT", "tdMode": "cash", "side": "buy", "ordType": "market", "sz": "320"});
    let r = place(&s, &body);
    assert_eq!(r.item(0)["sCode"], "0", "{}", r.body);
    let ord_id = r.item(0)["ordId"].as_str().unwrap();
    let o = signed(
        &s,
        "GET",
        &format!("/api/v5/trade/order?instId=ETH-USDT&ordId={ord_id}"),
        "",
    );
    let o = o.item(0);
    assert_eq!(
        (o["state"].as_str(), o["tgtCcy"].as_str()),
        (Some("filled"), Some("quote_ccy"))
    );
    assert_eq!(o["accFillSz"], "0.099999"); // 320 / 3200.01, down to the lot size
    let spent = d("100000") - dec(&detail(&s, "USDT"), "cashBal");
    assert!(spent <= d("320") && spent > d("319.99"), "{spent}");
}

#[test]
fn resting_order_fills_when_the_price_moves() {
    let s = start();
    let r = place(&s, &limit_buy("64000", "0.01"));
    let ord_id = r.item(0)["ordId"].as_str().unwrap().to_owned();
    s.set_price("BTC-USDT", "63000").unwrap();
    let o = order_state(&s, &ord_id);
    assert_eq!(
        (o["state"].as_str(), o["avgPx"].as_str()),
        (Some("filled"), Some("64000"))
    );
    assert_eq!(
        get(&s, "/api/v5/market/ticker?instId=BTC-USDT").item(0)["last"],
        "63000"
    );
    assert!(s.set_price("NOPE-USDT", "1").is_err());
    assert!(s.set_price("BTC-USDT", "abc").is_err());
}

#[test]
fn duplicate_client_order_id_is_51016() {
    let s = start();
    let mut body = limit_buy("60000", "0.01");
    body["clOrdId"] = json!("myorder1");
    let first = place(&s, &body);
    assert_eq!(first.item(0)["clOrdId"], "myorder1");
    let second = place(&s, &body);
    assert_eq!(
        (second.code(), second.item(0)["sCode"].as_str()),
        ("1", Some("51016")),
        "{}",
        second.body
    );
    assert_eq!(second.item(0)["sMsg"], "Duplicated client order ID");
    // Lookup and cancel by clOrdId; afterwards the id is free again.
    let r = signed(
        &s,
        "GET",
        "/api/v5/trade/order?instId=BTC-USDT&clOrdId=myorder1",
        "",
    );
    assert_eq!(r.item(0)["ordId"], first.item(0)["ordId"]);
    let cancel = json!({"instId": "BTC-USDT", "clOrdId": "myorder1"}).to_string();
    assert_eq!(
        signed(&s, "POST", "/api/v5/trade/cancel-order", &cancel).item(0)["sCode"],
        "0"
    );
    assert_eq!(place(&s, &body).item(0)["sCode"], "0");
    // Ids must be 1 to 32 letters or digits.
    body["clOrdId"] = json!("has-dash");
    assert_eq!(place(&s, &body).item(0)["sCode"], "51000");
}

#[test]
fn insufficient_balance_is_51008() {
    let s = start();
    let r = place(&s, &limit_buy("60000", "2"));
    assert_eq!((r.status, r.code()), (200, "1"));
    assert_eq!(r.item(0)["sCode"], "51008");
    assert_eq!(
        r.item(0)["sMsg"],
        "Order failed. Insufficient USDT balance in account"
    );
    s.set_balance("USDT", "1000000").unwrap();
    assert_eq!(place(&s, &limit_buy("60000", "2")).item(0)["sCode"], "0");
    assert!(s.set_balance("USDT", "-1").is_err());
    assert!(s.set_balance("US DT", "1").is_err());
}

#[test]
fn unknown_instrument_is_51001() {
    let s = start();
    let mut body = limit_buy("1", "1");
    body["instId"] = json!("NOPE-USDT");
    let r = place(&s, &body);
    assert_eq!(r.item(0)["sCode"], "51001");
    let r = get(&s, "/api/v5/market/ticker?instId=NOPE-USDT");
    assert_eq!((r.status, r.code()), (200, "51001"));
}

#[test]
fn missing_parameters_are_50014() {
    let s = start();
    let r = place(
        &s,
        &json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit"}),
    );
    assert_eq!((r.status, r.code()), (400, "50014"), "{}", r.body);
    assert_eq!(r.json["msg"], "Parameter sz can not be empty.");
    let r = get(&s, "/api/v5/market/ticker");
    assert_eq!((r.status, r.code()), (400, "50014"));
    let r = get(&s, "/api/v5/market/tickers");
    assert_eq!(r.json["msg"], "Parameter instType can not be empty.");
    let r = signed(&s, "GET", "/api/v5/trade/orders-history", "");
    assert_eq!(r.code(), "50014");
    // python-okx sends "" for unset fields: they count as absent.
    let r = place(
        &s,
        &json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit",
        "sz": "0.01", "px": "", "clOrdId": "", "tag": "", "posSide": "", "reduceOnly": "", "tgtCcy": ""}),
    );
    assert_eq!(r.item(0)["sCode"], "51204");
    let r = signed(
        &s,
        "GET",
        "/api/v5/trade/order?instId=BTC-USDT&ordId=123",
        "",
    );
    assert_eq!(r.code(), "51603");
}

#[test]
fn post_only_fok_and_ioc_follow_okx() {
    let s = start();
    let mut body = limit_buy("65010", "0.01");
    body["ordType"] = json!("post_only");
    let r = place(&s, &body);
    assert_eq!(r.item(0)["sCode"], "0");
    let o = order_state(&s, r.item(0)["ordId"].as_str().unwrap());
    assert_eq!(
        (o["state"].as_str(), o["cancelSource"].as_str()),
        (Some("canceled"), Some("31"))
    );
    body["ordType"] = json!("ioc");
    body["px"] = json!("64000");
    let o = order_state(&s, place(&s, &body).item(0)["ordId"].as_str().unwrap());
    assert_eq!(
        (o["state"].as_str(), o["accFillSz"].as_str()),
        (Some("canceled"), Some("0"))
    );
}

#[test]
fn batch_orders_answer_per_item() {
    let s = start();
    let body = json!([limit_buy("60000", "0.01"), {"instId": "NOPE-USDT", "tdMode": "cash", "side": "buy",
        "ordType": "limit", "px": "1", "sz": "1", "clOrdId": "bad1"}]);
    let r = signed(&s, "POST", "/api/v5/trade/batch-orders", &body.to_string());
    assert_eq!(r.code(), "2", "{}", r.body);
    assert_eq!(
        (r.item(0)["sCode"].as_str(), r.item(1)["sCode"].as_str()),
        (Some("0"), Some("51001"))
    );
    assert_eq!(r.item(1)["clOrdId"], "bad1");
    let id = r.item(0)["ordId"].as_str().unwrap();
    let cancel = json!([{"instId": "BTC-USDT", "ordId": id}, {"instId": "BTC-USDT", "ordId": "1"}]);
    let r = signed(
        &s,
        "POST",
        "/api/v5/trade/cancel-batch-orders",
        &cancel.to_string(),
    );
    assert_eq!(
        (r.item(0)["sCode"].as_str(), r.item(1)["sCode"].as_str()),
        (Some("0"), Some("51400"))
    );
    let too_many: Vec<_> = (0..21).map(|_| limit_buy("60000", "0.01")).collect();
    let r = signed(
        &s,
        "POST",
        "/api/v5/trade/batch-orders",
        &json!(too_many).to_string(),
    );
    assert_eq!(r.code(), "51111");
}

#[test]
fn swap_orders_build_a_net_position() {
    let s = start();
    let open = json!({"instId": "BTC-USDT-SWAP", "tdMode": "cross", "side": "buy", "ordType": "market", "sz": "5"});
    assert_eq!(place(&s, &open).item(0)["sCode"], "0");
    s.set_price("BTC-USDT-SWAP", "66000").unwrap();
    let r = signed(
        &s,
        "GET",
        "/api/v5/account/positions?instId=BTC-USDT-SWAP",
        "",
    );
    let p = r.item(0);
    assert_eq!(
        (
            p["pos"].as_str(),
            p["posSide"].as_str(),
            p["mgnMode"].as_str()
        ),
        (Some("5"), Some("net"), Some("cross"))
    );
    assert_eq!(p["avgPx"], "65000.1");
    assert_eq!(dec(p, "upl"), d("49.995"));
    let usdt = detail(&s, "USDT");
    assert_eq!(dec(&usdt, "imr"), d("330"));
    assert_eq!(dec(&usdt, "upl"), d("49.995"));
    let mut close = open.clone();
    close["side"] = json!("sell");
    close["reduceOnly"] = json!(true);
    assert_eq!(place(&s, &close).item(0)["sCode"], "0");
    let r = signed(&s, "GET", "/api/v5/account/positions", "");
    assert_eq!(r.json["data"], json!([]));
    assert_eq!(place(&s, &close).item(0)["sCode"], "51169");
    let mut long_short = open;
    long_short["posSide"] = json!("long");
    assert_eq!(place(&s, &long_short).item(0)["sCode"], "51000");
}
