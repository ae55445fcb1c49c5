//! Every row of OKX's endpoint list (data/rest-endpoints.tsv) answers in the mock: the right
//! method gives code 0 or a parameter error naming the missing parameter, another method is
//! refused (50115, HTTP 405), a private endpoint without signature is refused (50103, HTTP
//! 401); and the stateful additions (amend, batch amend/cancel, transfers, the journal).

mod common;

use common::*;
use serde_json::{json, Value};

const TSV: &str = include_str!("../../../data/rest-endpoints.tsv");
const ANSWERS: &str = include_str!("../../../data/response-fields.tsv");

/// The documented answer of a row: (shape, field names) from data/response-fields.tsv.
fn documented(method: &str, path: &str) -> (&'static str, Vec<&'static str>) {
    let line = ANSWERS
        .lines()
        .find(|l| l.starts_with(&format!("{method}\t{path}\t")))
        .unwrap_or_else(|| panic!("{method} {path} missing from response-fields.tsv"));
    let c: Vec<&'static str> = line.split('\t').collect();
    let fields = if c[4] == "-" {
        Vec::new()
    } else {
        c[4].split(' ')
            .filter_map(|f| f.split_once(':').map(|(n, _)| n))
            .collect()
    };
    (c[2], fields)
}

/// Endpoints with a stateful handler: their answers to bare requests depend on their rules.
const STATEFUL: &[&str] = &[
    "/api/v5/market/ticker",
    "/api/v5/market/tickers",
    "/api/v5/market/books",
    "/api/v5/market/candles",
    "/api/v5/market/history-candles",
    "/api/v5/market/trades",
    "/api/v5/market/index-tickers",
    "/api/v5/public/instruments",
    "/api/v5/public/time",
    "/api/v5/system/status",
    "/api/v5/account/balance",
    "/api/v5/account/positions",
    "/api/v5/account/config",
    "/api/v5/asset/currencies",
    "/api/v5/asset/balances",
    "/api/v5/asset/transfer",
    "/api/v5/asset/transfer-state",
    "/api/v5/trade/order",
    "/api/v5/trade/batch-orders",
    "/api/v5/trade/cancel-order",
    "/api/v5/trade/cancel-batch-orders",
    "/api/v5/trade/amend-order",
    "/api/v5/trade/amend-batch-orders",
    "/api/v5/trade/cancel-all-after",
    "/api/v5/trade/orders-pending",
    "/api/v5/trade/orders-history",
    "/api/v5/trade/orders-history-archive",
    "/api/v5/trade/fills",
    "/api/v5/trade/fills-history",
];

struct Row {
    method: &'static str,
    path: &'static str,
    private: bool,
    required: Vec<&'static str>,
    array: bool,
}

fn rows() -> Vec<Row> {
    TSV.lines()
        .skip(1)
        .map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            let (array, names) = match c[5].strip_prefix("[array of") {
                Some(rest) => (
                    true,
                    rest.split_once(']').expect("] after [array of").1.trim(),
                ),
                None => (false, c[5]),
            };
            Row {
                method: c[2],
                path: c[3],
                private: c[4] == "private",
                required: names
                    .split(',')
                    .filter(|n| !n.is_empty() && *n != "-" && *n != "?")
                    .collect(),
                array,
            }
        })
        .collect()
}

/// A value the mock's enumerations accept for `name`.
fn plausible(path: &str, name: &str) -> &'static str {
    match name {
        "instType" => "SPOT",
        "tdMode" => "cash",
        "mgnMode" => "cross",
        "posSide" => "net",
        "side" => "buy",
        "ordType" if path.contains("algo") => "conditional",
        "ordType" => "limit",
        _ => "1",
    }
}

fn send(s: &okx_mock::MockServer, row: &Row, method: &str, path: &str, body: &str) -> Resp {
    if row.private {
        signed(s, method, path, body)
    } else {
        raw(s.port(), method, path, &[], body).expect("mock answers")
    }
}

#[test]
fn every_row_answers_with_okx_rules() {
    let s = start();
    let rows = rows();
    assert_eq!(rows.len(), 426);
    let (mut generic, mut stateful, mut documented_answers) = (0, 0, 0);
    for row in &rows {
        let is_stateful = STATEFUL.contains(&row.path);
        let empty_body = if row.array { "[{}]" } else { "{}" };
        let body = if row.method == "POST" { empty_body } else { "" };
        // Bare request: code 0, or 50014 naming the first required parameter.
        let r = send(&s, row, row.method, row.path, body);
        let ctx = format!("{} {}: {} {}", row.method, row.path, r.status, r.body);
        if is_stateful {
            stateful += 1;
            assert!(
                ["0", "50014", "50015", "51000"].contains(&r.code()),
                "{ctx}"
            );
            continue;
        }
        generic += 1;
        match row.required.first() {
            None => assert_eq!((r.status, r.code()), (200, "0"), "{ctx}"),
            Some(first) => {
                assert_eq!((r.status, r.code()), (400, "50014"), "{ctx}");
                assert_eq!(
                    r.json["msg"],
                    format!("Parameter {first} can not be empty."),
                    "{ctx}"
                );
            }
        }
        // With every required parameter: code 0 and an empty list.
        let r = if row.method == "GET" {
            let q: Vec<String> = row
                .required
                .iter()
                .map(|n| format!("{n}={}", plausible(row.path, n)))
                .collect();
            send(&s, row, "GET", &format!("{}?{}", row.path, q.join("&")), "")
        } else {
            let item: serde_json::Map<String, Value> = row
                .required
                .iter()
                .map(|n| ((*n).to_owned(), json!(plausible(row.path, n))))
                .collect();
            let body = if row.array {
                json!([item, item])
            } else {
                Value::Object(item)
            };
            send(&s, row, "POST", row.path, &body.to_string())
        };
        let ctx = format!("{} {}: {} {}", row.method, row.path, r.status, r.body);
        assert_eq!((r.status, r.code()), (200, "0"), "{ctx}");
        // The documented fields, one item per item sent (the mock keeps no state here).
        let (shape, fields) = documented(row.method, row.path);
        let data = &r.json["data"];
        let sent = if row.array { 2 } else { 1 };
        let keys = |v: &Value| -> Vec<String> {
            let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
            k.sort();
            k
        };
        let mut want: Vec<String> = fields.iter().map(|f| (*f).to_owned()).collect();
        want.sort();
        want.dedup();
        match shape {
            "objects" if !fields.is_empty() => {
                let items = data.as_array().expect("list");
                assert_eq!(items.len(), sent, "{ctx}");
                assert!(items.iter().all(|i| keys(i) == want), "{ctx}");
                documented_answers += 1;
            }
            "object" if !fields.is_empty() => {
                assert_eq!(keys(data), want, "{ctx}");
                documented_answers += 1;
            }
            "rows" => {
                let rows = data.as_array().expect("list");
                assert_eq!(
                    rows[0].as_array().map(Vec::len),
                    Some(fields.len()),
                    "{ctx}"
                );
                documented_answers += 1;
            }
            _ => assert_eq!(data, &json!([]), "{ctx}"),
        }
        // The next page after a cursor is empty.
        if row.method == "GET" && !row.required.contains(&"after") {
            let q: Vec<String> = row
                .required
                .iter()
                .map(|n| format!("{n}={}", plausible(row.path, n)))
                .chain(["after=1".to_owned()])
                .collect();
            let r = send(&s, row, "GET", &format!("{}?{}", row.path, q.join("&")), "");
            assert_eq!(r.json["data"], json!([]), "{} {}", row.path, r.body);
        }
        // In an array body every item is checked.
        if row.array {
            if let Some(first) = row.required.first() {
                let full: serde_json::Map<String, Value> = row
                    .required
                    .iter()
                    .map(|n| ((*n).to_owned(), json!(plausible(row.path, n))))
                    .collect();
                let body = json!([full, {}]).to_string();
                let r = send(&s, row, "POST", row.path, &body);
                assert_eq!(r.code(), "50014", "{}", r.body);
                assert_eq!(
                    r.json["msg"],
                    format!("Parameter {first} can not be empty.")
                );
            }
        }
    }
    // Every generic row but the two OKX documents no JSON answer for.
    assert!(
        documented_answers >= generic - 10,
        "{documented_answers} of {generic}"
    );
    for row in &rows {
        // Another method: refused with 50115 / HTTP 405.
        let other = if row.method == "GET" { "POST" } else { "GET" };
        let both = rows.iter().any(|r| r.path == row.path && r.method == other);
        let wrong = if both { "DELETE" } else { other };
        let r = send(
            &s,
            row,
            wrong,
            row.path,
            if wrong == "POST" { "{}" } else { "" },
        );
        assert_eq!(
            (r.status, r.code()),
            (405, "50115"),
            "{wrong} {}: {}",
            row.path,
            r.body
        );
        // Private without signature: 50103 (no OK-ACCESS-KEY), HTTP 401.
        if row.private {
            let body = if row.method == "POST" { "{}" } else { "" };
            let r = raw(s.port(), row.method, row.path, &[], body).expect("answer");
            assert_eq!(
                (r.status, r.code()),
                (401, "50103"),
                "{}: {}",
                row.path,
                r.body
            );
        }
    }
    println!("TSV rows: {generic} answered generically, {stateful} statefully");
    assert!(stateful >= 28 && generic + stateful == 426);
}

#[test]
fn generic_rows_check_known_enumerations() {
    let s = start();
    let r = signed(
        &s,
        "GET",
        "/api/v5/account/max-size?instId=BTC-USDT&tdMode=margin",
        "",
    );
    assert_eq!((r.status, r.code()), (400, "51000"), "{}", r.body);
    assert_eq!(r.json["msg"], "Parameter tdMode error");
    let body = json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "up", "ordType": "limit", "sz": "1"});
    let r = signed(
        &s,
        "POST",
        "/api/v5/trade/order-precheck",
        &body.to_string(),
    );
    assert_eq!(
        (r.code(), r.json["msg"].as_str()),
        ("51000", Some("Parameter side error"))
    );
    let r = get(&s, "/api/v5/public/mark-price?instType=STOCK");
    assert_eq!(r.code(), "51000", "{}", r.body);
    // Wrong signature on a generic private row: 50113.
    let r = signed_with(&s, "GET", "/api/v5/account/bills", "", |h| {
        set_header(h, "OK-ACCESS-SIGN", Some("AAAA"))
    });
    assert_eq!((r.status, r.code()), (401, "50113"), "{}", r.body);
    // Unknown paths stay 404.
    let r = get(&s, "/api/v5/market/no-such-thing");
    assert_eq!(r.status, 404, "{}", r.body);
}

fn limit_buy(px: &str, sz: &str, cl: &str) -> Value {
    json!({"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit",
           "px": px, "sz": sz, "clOrdId": cl})
}

fn get_order(s: &okx_mock::MockServer, ord_id: &str) -> Value {
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
fn amend_order_changes_price_and_size() {
    let s = start();
    let r = place(&s, &limit_buy("60000", "0.1", "am1"));
    let ord_id = r.item(0)["ordId"].as_str().unwrap().to_owned();
    let body = json!({"instId": "BTC-USDT", "ordId": ord_id, "newPx": "60100", "newSz": "0.2", "reqId": "r1"});
    let r = signed(&s, "POST", "/api/v5/trade/amend-order", &body.to_string());
    assert_eq!(r.code(), "0", "{}", r.body);
    let item = r.item(0);
    assert_eq!(
        (
            &item["ordId"],
            &item["clOrdId"],
            &item["reqId"],
            &item["sCode"]
        ),
        (&json!(ord_id), &json!("am1"), &json!("r1"), &json!("0"))
    );
    let o = get_order(&s, &ord_id);
    assert_eq!(
        (&o["px"], &o["sz"], &o["state"]),
        (&json!("60100"), &json!("0.2"), &json!("live"))
    );
    // By client id; nothing to change is 51500; a canceled order is 51503.
    let body = json!({"instId": "BTC-USDT", "clOrdId": "am1"});
    let r = signed(&s, "POST", "/api/v5/trade/amend-order", &body.to_string());
    assert_eq!(
        (r.code(), r.item(0)["sCode"].as_str()),
        ("1", Some("51500"))
    );
    let cancel = json!({"instId": "BTC-USDT", "ordId": ord_id}).to_string();
    assert_eq!(
        signed(&s, "POST", "/api/v5/trade/cancel-order", &cancel).code(),
        "0"
    );
    let body = json!({"instId": "BTC-USDT", "ordId": ord_id, "newSz": "0.3"});
    let r = signed(&s, "POST", "/api/v5/trade/amend-order", &body.to_string());
    assert_eq!(
        (r.code(), r.item(0)["sCode"].as_str()),
        ("1", Some("51503"))
    );
    // A new price across the book fills the order.
    let r = place(&s, &limit_buy("60000", "0.01", "am2"));
    let ord_id = r.item(0)["ordId"].as_str().unwrap().to_owned();
    let body = json!({"instId": "BTC-USDT", "ordId": ord_id, "newPx": "70000"});
    let r = signed(&s, "POST", "/api/v5/trade/amend-order", &body.to_string());
    assert_eq!(r.code(), "0", "{}", r.body);
    assert_eq!(get_order(&s, &ord_id)["state"], "filled");
    let fills = signed(
        &s,
        "GET",
        &format!("/api/v5/trade/fills?ordId={ord_id}"),
        "",
    );
    assert_eq!(
        fills.json["data"].as_array().unwrap().len(),
        1,
        "{}",
        fills.body
    );
}

#[test]
fn amend_and_cancel_batches_answer_per_item() {
    let s = start();
    let a = place(&s, &limit_buy("60000", "0.1", "ba1")).item(0)["ordId"].clone();
    let b = place(&s, &limit_buy("60000", "0.1", "ba2")).item(0)["ordId"].clone();
    let body = json!([
        {"instId": "BTC-USDT", "ordId": a, "newSz": "0.05"},
        {"instId": "BTC-USDT", "ordId": "999", "newSz": "0.05"},
    ]);
    let r = signed(
        &s,
        "POST",
        "/api/v5/trade/amend-batch-orders",
        &body.to_string(),
    );
    assert_eq!(r.code(), "2", "{}", r.body);
    assert_eq!(r.item(0)["sCode"], "0");
    assert_eq!(r.item(1)["sCode"], "51503");
    assert_eq!(get_order(&s, a.as_str().unwrap())["sz"], "0.05");
    let body = json!([{"instId": "BTC-USDT", "ordId": "998", "newSz": "1"}]);
    let r = signed(
        &s,
        "POST",
        "/api/v5/trade/amend-batch-orders",
        &body.to_string(),
    );
    assert_eq!(r.code(), "1", "{}", r.body);
    let body = json!([{"instId": "BTC-USDT", "ordId": b}, {"instId": "BTC-USDT", "ordId": "997"}]);
    let r = signed(
        &s,
        "POST",
        "/api/v5/trade/cancel-batch-orders",
        &body.to_string(),
    );
    assert_eq!(r.code(), "2", "{}", r.body);
    assert_eq!(
        (r.item(0)["sCode"].as_str(), r.item(1)["sCode"].as_str()),
        (Some("0"), Some("51400"))
    );
    // Both canceled orders (a still live) show in the history.
    let h = signed(&s, "GET", "/api/v5/trade/orders-history?instType=SPOT", "");
    let ids: Vec<&Value> = h.json["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["ordId"])
        .collect();
    assert_eq!(ids, vec![&b], "{}", h.body);
}

#[test]
fn transfers_move_balances_between_funding_and_trading() {
    let s = start();
    let before = dec(&detail(&s, "USDT"), "cashBal");
    let body = json!({"ccy": "USDT", "amt": "250.5", "from": "18", "to": "6", "clientId": "t1"});
    let r = signed(&s, "POST", "/api/v5/asset/transfer", &body.to_string());
    assert_eq!(r.code(), "0", "{}", r.body);
    let trans_id = r.item(0)["transId"].clone();
    assert_eq!(dec(&detail(&s, "USDT"), "cashBal"), before - d("250.5"));
    let f = signed(&s, "GET", "/api/v5/asset/balances?ccy=USDT", "");
    assert_eq!(f.item(0)["availBal"], "250.5", "{}", f.body);
    let back = json!({"ccy": "USDT", "amt": "50", "from": "6", "to": "18"});
    assert_eq!(
        signed(&s, "POST", "/api/v5/asset/transfer", &back.to_string()).code(),
        "0"
    );
    let f = signed(&s, "GET", "/api/v5/asset/balances", "");
    assert_eq!(f.item(0)["bal"], "200.5", "{}", f.body);
    let too_much = json!({"ccy": "USDT", "amt": "1000", "from": "6", "to": "18"});
    let r = signed(&s, "POST", "/api/v5/asset/transfer", &too_much.to_string());
    assert_eq!(r.code(), "58116", "{}", r.body);
    let same = json!({"ccy": "USDT", "amt": "1", "from": "6", "to": "6"});
    assert_eq!(
        signed(&s, "POST", "/api/v5/asset/transfer", &same.to_string()).code(),
        "58123"
    );
    let st = signed(
        &s,
        "GET",
        &format!(
            "/api/v5/asset/transfer-state?transId={}",
            trans_id.as_str().unwrap()
        ),
        "",
    );
    assert_eq!(
        (&st.item(0)["state"], &st.item(0)["clientId"]),
        (&json!("success"), &json!("t1"))
    );
}

#[test]
fn the_journal_records_requests() {
    let s = start();
    get(&s, "/api/v5/market/ticker?instId=BTC-USDT&x=a%2Cb");
    let body = json!({"instId": "BTC-USDT", "ordId": "1"}).to_string();
    signed(&s, "POST", "/api/v5/trade/cancel-order", &body);
    signed_with(&s, "GET", "/api/v5/account/balance", "", |h| {
        set_header(h, "OK-ACCESS-SIGN", Some("AAAA"))
    });
    let all = s.requests(None);
    assert_eq!(all.len(), 3);
    let t = &all[0];
    assert_eq!(
        (t.method.as_str(), t.path.as_str(), t.query.as_str()),
        ("GET", "/api/v5/market/ticker", "instId=BTC-USDT&x=a%2Cb")
    );
    assert_eq!(t.params[1], ("x".to_owned(), "a,b".to_owned()));
    assert!(!t.signed && !t.verified);
    let c = &s.requests(Some("/api/v5/trade/cancel-order"))[0];
    assert_eq!(
        (c.body.as_str(), c.signed, c.verified),
        (body.as_str(), true, true)
    );
    let bad = &all[2];
    assert!(bad.signed && !bad.verified);
    s.clear_requests();
    assert!(s.requests(None).is_empty());
}
