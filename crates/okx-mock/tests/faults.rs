//! Fault injection: statuses, OKX codes, rate limits, delays and dropped connections.

mod common;

use std::time::{Duration, Instant};

use common::*;
use okx_mock::{Fault, FaultKind};

const TICKER: &str = "/api/v5/market/ticker?instId=BTC-USDT";

#[test]
fn rate_limit_is_429_with_50011() {
    let s = start();
    s.inject(Fault::on_path(
        "/api/v5/market/ticker",
        FaultKind::RateLimit,
        2,
    ));
    for _ in 0..2 {
        let r = get(&s, TICKER);
        assert_eq!((r.status, r.code()), (429, "50011"));
        assert_eq!(
            r.json["msg"],
            "Rate limit reached. Please refer to API documentation and throttle requests accordingly."
        );
        assert_eq!(r.json["data"], serde_json::json!([]));
    }
    assert_eq!(get(&s, TICKER).code(), "0");
}

#[test]
fn http_status_and_okx_code_faults() {
    let s = start();
    s.inject(Fault::once(FaultKind::HttpStatus {
        status: 503,
        body: "<html>busy</html>".into(),
    }));
    let r = get(&s, TICKER);
    assert_eq!((r.status, r.body.as_str()), (503, "<html>busy</html>"));
    s.inject(Fault::once(FaultKind::OkxCode {
        code: "50013".into(),
        msg: "Systems are busy".into(),
        http_status: 200,
    }));
    let r = get(&s, TICKER);
    assert_eq!(
        (r.status, r.code(), r.json["msg"].as_str()),
        (200, "50013", Some("Systems are busy"))
    );
    assert_eq!(get(&s, TICKER).code(), "0");
}

#[test]
fn faults_come_before_auth_and_match_exact_paths() {
    let s = start();
    s.inject(Fault::on_path(
        "/api/v5/account/balance",
        FaultKind::RateLimit,
        1,
    ));
    // Another path is untouched; the faulted one answers 429 even without credentials.
    assert_eq!(get(&s, TICKER).code(), "0");
    assert_eq!(get(&s, "/api/v5/account/balance").status, 429);
    assert_eq!(get(&s, "/api/v5/account/balance").code(), "50103");
    s.inject(Fault::on_path(
        "/api/v5/market/ticker",
        FaultKind::RateLimit,
        5,
    ));
    s.clear_faults();
    assert_eq!(get(&s, TICKER).code(), "0");
}

#[test]
fn delay_then_normal_answer() {
    let s = start();
    s.inject(Fault::once(FaultKind::Delay { millis: 300 }));
    let t = Instant::now();
    let r = get(&s, TICKER);
    assert!(t.elapsed() >= Duration::from_millis(300));
    assert_eq!(r.code(), "0");
    let t = Instant::now();
    get(&s, TICKER);
    assert!(t.elapsed() < Duration::from_millis(300));
}

#[test]
fn drop_closes_the_connection_without_an_answer() {
    let s = start();
    s.inject(Fault::once(FaultKind::Drop));
    let r = raw(s.port(), "GET", TICKER, &[], "");
    assert!(r.is_err(), "expected no answer, got {r:?}");
    assert_eq!(get(&s, TICKER).code(), "0");
}

#[test]
fn request_count_counts_every_request() {
    let s = start();
    assert_eq!(s.request_count(), 0);
    get(&s, TICKER);
    get(&s, "/api/v5/nope");
    s.inject(Fault::once(FaultKind::RateLimit));
    get(&s, TICKER);
    assert_eq!(s.request_count(), 3);
}

#[test]
fn shutdown_frees_the_port() {
    let s = start();
    let port = s.port();
    s.shutdown();
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err());
    let again = okx_mock::MockServer::start(okx_mock::MockOptions {
        port,
        ..okx_mock::MockOptions::default()
    })
    .unwrap();
    assert_eq!(again.port(), port);
    assert_eq!(get(&again, TICKER).code(), "0");
}
