//! A tiny HTTP/1.1 client over std's TcpStream for talking to a started MockServer, and
//! request signing with okx_core's Signer.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use okx_core::signer::{iso_from_millis, unix_millis};
use okx_core::Signer;
use okx_mock::MockServer;
use rust_decimal::Decimal;
use serde_json::Value;

/// One answer: status, raw body and the body parsed as JSON (Null when it is not JSON).
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub body: String,
    pub json: Value,
}

impl Resp {
    /// The envelope's `code`.
    pub fn code(&self) -> &str {
        self.json["code"].as_str().unwrap_or("")
    }

    /// `data[i]`.
    pub fn item(&self, i: usize) -> &Value {
        &self.json["data"][i]
    }
}

/// Sends one request on a fresh connection and reads the whole answer.
pub fn raw(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(String, String)],
    body: &str,
) -> std::io::Result<Resp> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut req =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    if method == "POST" {
        req.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    stream.write_all(req.as_bytes())?;
    let mut buf = Vec::new();
    stream.read_to_end(&mut buf)?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").ok_or_else(|| {
        std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            format!("no complete answer: {text:?}"),
        )
    })?;
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let json = serde_json::from_str(body).unwrap_or(Value::Null);
    Ok(Resp {
        status,
        body: body.to_owned(),
        json,
    })
}

/// An unsigned GET.
pub fn get(server: &MockServer, path: &str) -> Resp {
    raw(server.port(), "GET", path, &[], "").expect("mock answers")
}

/// The four OK-ACCESS headers plus x-simulated-trading matching the server's key.
pub fn auth_headers(
    server: &MockServer,
    method: &str,
    path: &str,
    body: &str,
) -> Vec<(String, String)> {
    let creds = server.credentials();
    let ts = iso_from_millis(unix_millis());
    let sign = Signer::new(&creds).sign(&ts, method, path, body);
    let mut h = vec![
        ("OK-ACCESS-KEY".to_owned(), creds.api_key.clone()),
        ("OK-ACCESS-SIGN".to_owned(), sign),
        ("OK-ACCESS-TIMESTAMP".to_owned(), ts),
        (
            "OK-ACCESS-PASSPHRASE".to_owned(),
            creds.passphrase().to_owned(),
        ),
    ];
    if server.simulated() {
        h.push(("x-simulated-trading".to_owned(), "1".to_owned()));
    }
    h
}

/// A correctly signed request.
pub fn signed(server: &MockServer, method: &str, path: &str, body: &str) -> Resp {
    let h = auth_headers(server, method, path, body);
    raw(server.port(), method, path, &h, body).expect("mock answers")
}

/// A signed request whose headers `tweak` changes after signing.
pub fn signed_with(
    server: &MockServer,
    method: &str,
    path: &str,
    body: &str,
    tweak: impl FnOnce(&mut Vec<(String, String)>),
) -> Resp {
    let mut h = auth_headers(server, method, path, body);
    tweak(&mut h);
    raw(server.port(), method, path, &h, body).expect("mock answers")
}

/// Replaces (or removes, with None) one header.
pub fn set_header(h: &mut Vec<(String, String)>, name: &str, value: Option<&str>) {
    h.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
    if let Some(v) = value {
        h.push((name.to_owned(), v.to_owned()));
    }
}

/// POST /api/v5/trade/order with this JSON body.
pub fn place(server: &MockServer, body: &Value) -> Resp {
    signed(server, "POST", "/api/v5/trade/order", &body.to_string())
}

/// The account/balance detail of one currency.
pub fn detail(server: &MockServer, ccy: &str) -> Value {
    let r = signed(
        server,
        "GET",
        &format!("/api/v5/account/balance?ccy={ccy}"),
        "",
    );
    assert_eq!(r.code(), "0", "{}", r.body);
    r.item(0)["details"][0].clone()
}

/// A decimal field of a JSON object.
pub fn dec(v: &Value, key: &str) -> Decimal {
    v[key]
        .as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("{key} not a number in {v}"))
}

/// A decimal literal.
pub fn d(text: &str) -> Decimal {
    text.parse().expect("decimal literal")
}

/// Starts a demo-key server on a random port.
pub fn start() -> MockServer {
    MockServer::start(okx_mock::MockOptions::default()).expect("mock starts")
}
