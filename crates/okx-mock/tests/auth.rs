//! Authentication of private endpoints: every OKX auth code the mock produces.

mod common;

use common::*;
use okx_mock::{MockOptions, MockServer};

const BALANCE: &str = "/api/v5/account/balance";

fn expect(r: &Resp, status: u16, code: &str) {
    assert_eq!((r.status, r.code()), (status, code), "{}", r.body);
}

#[test]
fn a_correct_signature_is_accepted() {
    let s = start();
    let r = signed(&s, "GET", BALANCE, "");
    expect(&r, 200, "0");
    let r = signed(&s, "GET", "/api/v5/account/balance?ccy=BTC", "");
    expect(&r, 200, "0");
    assert_eq!(r.item(0)["details"][0]["ccy"], "BTC");
}

#[test]
fn bad_signature_is_50113() {
    let s = start();
    let r = signed_with(&s, "GET", BALANCE, "", |h| {
        set_header(
            h,
            "OK-ACCESS-SIGN",
            Some("AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw="),
        )
    });
    expect(&r, 401, "50113");
    assert_eq!(r.json["msg"], "Invalid Sign");
    // Signed without the query string the request carries.
    let h = auth_headers(&s, "GET", BALANCE, "");
    let r = raw(s.port(), "GET", "/api/v5/account/balance?ccy=BTC", &h, "").unwrap();
    expect(&r, 401, "50113");
    // A POST whose body differs from the signed one.
    let h = auth_headers(
        &s,
        "POST",
        "/api/v5/trade/cancel-order",
        r#"{"instId":"BTC-USDT","ordId":"1"}"#,
    );
    let r = raw(
        s.port(),
        "POST",
        "/api/v5/trade/cancel-order",
        &h,
        r#"{"instId":"BTC-USDT","ordId":"2"}"#,
    )
    .unwrap();
    expect(&r, 401, "50113");
}

#[test]
fn stale_or_malformed_timestamps() {
    let s = start();
    // The signature is computed over the stale timestamp, so only the clock check fails.
    let creds = s.credentials();
    let ts = okx_core::signer::iso_from_millis(okx_core::signer::unix_millis() - 31_000);
    let sign = okx_core::Signer::new(&creds).sign(&ts, "GET", BALANCE, "");
    let r = signed_with(&s, "GET", BALANCE, "", |h| {
        set_header(h, "OK-ACCESS-TIMESTAMP", Some(&ts));
        set_header(h, "OK-ACCESS-SIGN", Some(&sign));
    });
    expect(&r, 401, "50102");
    assert_eq!(r.json["msg"], "Timestamp request expired");
    let r = signed_with(&s, "GET", BALANCE, "", |h| {
        set_header(h, "OK-ACCESS-TIMESTAMP", Some("1700000000"))
    });
    expect(&r, 401, "50112");
}

#[test]
fn wrong_passphrase_and_unknown_key() {
    let s = start();
    let r = signed_with(&s, "GET", BALANCE, "", |h| {
        set_header(h, "OK-ACCESS-PASSPHRASE", Some("nope"))
    });
    expect(&r, 401, "50105");
    let r = signed_with(&s, "GET", BALANCE, "", |h| {
        set_header(h, "OK-ACCESS-KEY", Some("someone-else"))
    });
    expect(&r, 401, "50111");
}

#[test]
fn missing_headers_have_their_own_codes() {
    let s = start();
    for (name, code) in [
        ("OK-ACCESS-KEY", "50103"),
        ("OK-ACCESS-PASSPHRASE", "50104"),
        ("OK-ACCESS-SIGN", "50106"),
        ("OK-ACCESS-TIMESTAMP", "50107"),
    ] {
        let r = signed_with(&s, "GET", BALANCE, "", |h| set_header(h, name, None));
        expect(&r, 401, code);
    }
    let r = get(&s, BALANCE);
    expect(&r, 401, "50103");
    assert_eq!(
        r.json["msg"],
        "Request header \"OK-ACCESS-KEY\" cannot be empty."
    );
}

#[test]
fn demo_key_without_demo_header_is_50101() {
    let s = start();
    assert!(s.simulated());
    let r = signed_with(&s, "GET", BALANCE, "", |h| {
        set_header(h, "x-simulated-trading", None)
    });
    expect(&r, 401, "50101");
    let r = signed_with(&s, "GET", BALANCE, "", |h| {
        set_header(h, "x-simulated-trading", Some("0"))
    });
    expect(&r, 401, "50101");
}

#[test]
fn live_key_with_demo_header_is_50101() {
    let s = MockServer::start(MockOptions {
        port: 0,
        simulated: false,
        ..MockOptions::default()
    })
    .unwrap();
    assert!(!s.simulated());
    expect(&signed(&s, "GET", BALANCE, ""), 200, "0");
    // python-okx always sends the header, with "0" for live.
    let r = signed_with(&s, "GET", BALANCE, "", |h| {
        set_header(h, "x-simulated-trading", Some("0"))
    });
    expect(&r, 200, "0");
    let r = signed_with(&s, "GET", BALANCE, "", |h| {
        set_header(h, "x-simulated-trading", Some("1"))
    });
    expect(&r, 401, "50101");
}

#[test]
fn public_endpoints_ignore_credentials() {
    let s = start();
    expect(&get(&s, "/api/v5/public/time"), 200, "0");
    let r = signed_with(&s, "GET", "/api/v5/public/time", "", |h| {
        set_header(h, "OK-ACCESS-SIGN", Some("bad"))
    });
    expect(&r, 200, "0");
}

#[test]
fn post_bodies_must_be_present_and_json() {
    let s = start();
    let r = signed(&s, "POST", "/api/v5/trade/order", "");
    expect(&r, 400, "50000");
    let r = signed(&s, "POST", "/api/v5/trade/order", "{\"instId\":");
    expect(&r, 400, "50002");
}
