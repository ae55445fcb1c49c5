//! A small WebSocket test client over tokio-tungstenite: connect, send, read JSON with a
//! timeout, log in with the mock's key.
#![allow(dead_code)]

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use okx_core::signer::unix_millis;
use okx_core::Signer;
use okx_mock::MockServer;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;

/// How long a test waits for one expected frame.
pub const WAIT: Duration = Duration::from_secs(5);

/// A connected test client, plain or TLS.
pub struct Client<S> {
    pub ws: WebSocketStream<S>,
}

/// What the next read brought.
#[derive(Debug)]
pub enum Got {
    /// A text frame: parsed JSON, or a JSON string for plain text such as `pong`.
    Json(Value),
    /// A close frame with its code and reason.
    Closed(u16, String),
    /// The connection ended without a close frame.
    Ended,
    /// Nothing within the wait.
    Silent,
}

/// Connects to a plain `ws://` URL.
pub async fn connect(
    url: &str,
) -> Client<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>> {
    let (ws, _) = tokio_tungstenite::connect_async(url)
        .await
        .unwrap_or_else(|e| panic!("connect {url}: {e}"));
    Client { ws }
}

impl<S: AsyncRead + AsyncWrite + Unpin> Client<S> {
    pub async fn send(&mut self, text: &str) {
        self.ws.send(Message::text(text)).await.expect("send");
    }

    pub async fn send_json(&mut self, v: &Value) {
        self.send(&v.to_string()).await;
    }

    /// The next frame within `wait`.
    pub async fn next_within(&mut self, wait: Duration) -> Got {
        loop {
            let msg = match tokio::time::timeout(wait, self.ws.next()).await {
                Err(_) => return Got::Silent,
                Ok(None) | Ok(Some(Err(_))) => return Got::Ended,
                Ok(Some(Ok(msg))) => msg,
            };
            match msg {
                Message::Text(t) => {
                    let v = serde_json::from_str(t.as_str())
                        .unwrap_or_else(|_| Value::String(t.as_str().to_owned()));
                    return Got::Json(v);
                }
                Message::Close(frame) => {
                    return match frame {
                        Some(f) => Got::Closed(u16::from(f.code), f.reason.as_str().to_owned()),
                        None => Got::Closed(u16::from(CloseCode::Status), String::new()),
                    }
                }
                _ => continue,
            }
        }
    }

    /// The next text frame; panics on anything else.
    pub async fn recv(&mut self) -> Value {
        match self.next_within(WAIT).await {
            Got::Json(v) => v,
            other => panic!("expected a frame, got {other:?}"),
        }
    }

    /// Reads until a frame matches `pred`, skipping others.
    pub async fn recv_until(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match self.next_within(left).await {
                Got::Json(v) if pred(&v) => return v,
                Got::Json(_) => continue,
                other => panic!("expected a matching frame, got {other:?}"),
            }
        }
    }

    /// The next push of `channel` (a frame with `arg.channel` and `data`).
    pub async fn push(&mut self, channel: &str) -> Value {
        self.recv_until(|v| v["arg"]["channel"] == channel && v.get("data").is_some())
            .await
    }

    /// Sends a subscribe for `args` and returns the first ack.
    pub async fn subscribe(&mut self, args: Value) -> Value {
        self.send_json(&json!({"op": "subscribe", "args": args}))
            .await;
        self.recv_until(|v| v.get("event").is_some()).await
    }

    /// Logs in with the server's key; returns the answer event.
    pub async fn login(&mut self, server: &MockServer) -> Value {
        self.send_json(&login_request(server, unix_millis() / 1000, None))
            .await;
        self.recv_until(|v| v.get("event").is_some()).await
    }
}

/// A login request signed with the server's secret; `sign_with` replaces the secret.
pub fn login_request(server: &MockServer, ts_secs: i64, sign_with: Option<&str>) -> Value {
    let creds = server.credentials();
    let ts = ts_secs.to_string();
    let sign = match sign_with {
        Some(secret) => Signer::from_secret(secret).sign_ws_login(&ts),
        None => Signer::new(&creds).sign_ws_login(&ts),
    };
    json!({"op": "login", "args": [{
        "apiKey": creds.api_key,
        "passphrase": creds.passphrase(),
        "timestamp": ts,
        "sign": sign,
    }]})
}

/// Whether a connId looks like OKX's: 8 lower-case hex digits.
pub fn is_conn_id(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.len() == 8 && s.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Polls `cond` until it holds or 5 s pass.
pub async fn eventually(cond: impl Fn() -> bool) -> bool {
    let deadline = tokio::time::Instant::now() + WAIT;
    while tokio::time::Instant::now() < deadline {
        if cond() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    cond()
}
