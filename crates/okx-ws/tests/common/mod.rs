//! A tiny OKX-like WebSocket server for the integration tests: acks subscriptions, checks
//! logins, answers `ping`, pushes data, and can drop connections or send a `notice`.

// Helpers panic on purpose: a broken fixture must fail the test that uses it.
#![allow(dead_code, clippy::unwrap_used, clippy::result_large_err)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use okx_core::{Config, Credentials, Signer};
use okx_ws::{WsClient, WsMessage, WsOptions};
use serde_json::{json, Map, Value};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};
use tokio_tungstenite::tungstenite::Message;

pub const KEY: &str = "test-key-0001";
pub const SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";
pub const PASSPHRASE: &str = "test-pass";

/// Channels this server only serves after a login on the connection.
const LOGIN_CHANNELS: &[&str] = &[
    "orders",
    "account",
    "positions",
    "orders-algo",
    "books-l2-tbt",
];

/// What the server logs, in order, over all connections.
#[derive(Debug, Clone, PartialEq)]
pub enum Log {
    Open { conn: usize, path: String },
    Text { conn: usize, text: String },
    Closed { conn: usize },
}

/// How the server behaves; tests change it at any time.
#[derive(Debug, Clone)]
pub struct Behavior {
    pub answer_ping: bool,
    /// Login code to answer with; `None` verifies the signature and the clock.
    pub login_code: Option<String>,
    /// The server's clock minus the real one, in seconds (for clock-skew tests).
    pub clock_skew_secs: i64,
    /// `instId` values refused with 60018.
    pub reject_inst: Vec<String>,
    /// Data pushes sent right after each acknowledged subscription.
    pub pushes_per_subscribe: usize,
    /// Accept connections at all (refused ones are closed right away).
    pub accept: bool,
    /// Acknowledge subscriptions without the request id.
    pub omit_ids: bool,
}

impl Default for Behavior {
    fn default() -> Self {
        Self {
            answer_ping: true,
            login_code: None,
            clock_skew_secs: 0,
            reject_inst: Vec::new(),
            pushes_per_subscribe: 1,
            accept: true,
            omit_ids: false,
        }
    }
}

enum Ctl {
    Send(String),
    Drop,
}

struct Conn {
    ctl: mpsc::UnboundedSender<Ctl>,
    open: bool,
}

#[derive(Default)]
struct State {
    log: Mutex<Vec<Log>>,
    conns: Mutex<Vec<Conn>>,
    behavior: Mutex<Behavior>,
    accepted: AtomicUsize,
}

/// A running test server on 127.0.0.1.
#[derive(Clone)]
pub struct Server {
    pub port: u16,
    state: Arc<State>,
}

impl Server {
    pub async fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(State::default());
        let st = Arc::clone(&state);
        tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                if !st.behavior.lock().unwrap().accept {
                    drop(tcp);
                    continue;
                }
                let st = Arc::clone(&st);
                tokio::spawn(serve(st, tcp));
            }
        });
        Server { port, state }
    }

    pub fn url(&self, path: &str) -> String {
        format!("ws://127.0.0.1:{}/ws/v5/{path}", self.port)
    }

    /// A config pointing all three URLs here.
    pub fn config(&self, credentials: bool) -> Config {
        Config {
            credentials: credentials.then(|| Credentials::new(KEY, SECRET, PASSPHRASE)),
            ws_public_url: Some(self.url("public")),
            ws_private_url: Some(self.url("private")),
            ws_business_url: Some(self.url("business")),
            ..Config::default()
        }
    }

    pub fn behave(&self, f: impl FnOnce(&mut Behavior)) {
        f(&mut self.state.behavior.lock().unwrap());
    }

    pub fn log(&self) -> Vec<Log> {
        self.state.log.lock().unwrap().clone()
    }

    pub fn accepted(&self) -> usize {
        self.state.accepted.load(Ordering::SeqCst)
    }

    /// Text frames received on connection `conn`.
    pub fn texts(&self, conn: usize) -> Vec<String> {
        self.log()
            .into_iter()
            .filter_map(|l| match l {
                Log::Text { conn: c, text } if c == conn => Some(text),
                _ => None,
            })
            .collect()
    }

    /// Every subscribe request received on connection `conn`, as parsed JSON.
    pub fn requests(&self, conn: usize, op: &str) -> Vec<Value> {
        self.texts(conn)
            .iter()
            .filter_map(|t| serde_json::from_str::<Value>(t).ok())
            .filter(|v| v["op"] == op)
            .collect()
    }

    pub fn send(&self, conn: usize, text: &str) {
        let conns = self.state.conns.lock().unwrap();
        let _ = conns[conn].ctl.send(Ctl::Send(text.to_owned()));
    }

    /// Drops the TCP connection without a close frame.
    pub fn drop_conn(&self, conn: usize) {
        let conns = self.state.conns.lock().unwrap();
        let _ = conns[conn].ctl.send(Ctl::Drop);
    }

    pub fn drop_all(&self) {
        let conns = self.state.conns.lock().unwrap();
        for c in conns.iter() {
            let _ = c.ctl.send(Ctl::Drop);
        }
    }

    pub fn open_conns(&self) -> Vec<usize> {
        let conns = self.state.conns.lock().unwrap();
        (0..conns.len()).filter(|i| conns[*i].open).collect()
    }
}

async fn serve(st: Arc<State>, tcp: tokio::net::TcpStream) {
    let path = Arc::new(Mutex::new(String::new()));
    let p2 = Arc::clone(&path);
    let callback = move |req: &Request, resp: Response| {
        *p2.lock().unwrap() = req.uri().path().to_owned();
        Ok(resp)
    };
    let Ok(ws) = tokio_tungstenite::accept_hdr_async(tcp, callback).await else {
        return;
    };
    let path = path.lock().unwrap().clone();
    let (ctl_tx, mut ctl_rx) = mpsc::unbounded_channel();
    let conn = {
        let mut conns = st.conns.lock().unwrap();
        conns.push(Conn {
            ctl: ctl_tx,
            open: true,
        });
        st.log.lock().unwrap().push(Log::Open {
            conn: conns.len() - 1,
            path: path.clone(),
        });
        conns.len() - 1
    };
    st.accepted.fetch_add(1, Ordering::SeqCst);
    let conn_id = format!("c{conn:07}");
    let (mut sink, mut stream) = ws.split();
    let mut logged_in = false;
    loop {
        tokio::select! {
            frame = stream.next() => {
                let Some(Ok(frame)) = frame else { break };
                let Message::Text(text) = frame else {
                    if let Message::Close(_) = frame { break }
                    continue;
                };
                let text = text.as_str().to_owned();
                st.log.lock().unwrap().push(Log::Text { conn, text: text.clone() });
                let behavior = st.behavior.lock().unwrap().clone();
                for reply in answer(&text, &behavior, &conn_id, &mut logged_in) {
                    if sink.send(Message::text(reply)).await.is_err() {
                        break;
                    }
                }
            }
            ctl = ctl_rx.recv() => match ctl {
                Some(Ctl::Send(text)) => { let _ = sink.send(Message::text(text)).await; }
                Some(Ctl::Drop) | None => break,
            },
        }
    }
    st.conns.lock().unwrap()[conn].open = false;
    st.log.lock().unwrap().push(Log::Closed { conn });
}

fn answer(text: &str, b: &Behavior, conn_id: &str, logged_in: &mut bool) -> Vec<String> {
    if text == "ping" {
        return if b.answer_ping {
            vec!["pong".to_owned()]
        } else {
            vec![]
        };
    }
    let Ok(req) = serde_json::from_str::<Value>(text) else {
        return vec![
            json!({"event":"error","code":"60012","msg":"Invalid request","connId":conn_id})
                .to_string(),
        ];
    };
    let id = req.get("id").cloned();
    let with_id = |mut v: Value| {
        if let (Some(id), false) = (&id, b.omit_ids) {
            v["id"] = id.clone();
        }
        v.to_string()
    };
    match req["op"].as_str() {
        Some("login") => {
            let code = b.login_code.clone().unwrap_or_else(|| check_login(&req, b));
            if code == "0" {
                *logged_in = true;
                vec![json!({"event":"login","code":"0","msg":"","connId":conn_id}).to_string()]
            } else {
                vec![
                    json!({"event":"error","code":code,"msg":"Login failed.","connId":conn_id})
                        .to_string(),
                ]
            }
        }
        Some(op @ ("subscribe" | "unsubscribe")) => {
            let mut out = Vec::new();
            let args = req["args"].as_array().cloned().unwrap_or_default();
            for arg in &args {
                let channel = arg["channel"].as_str().unwrap_or_default();
                if LOGIN_CHANNELS.contains(&channel) && !*logged_in {
                    return vec![with_id(
                        json!({"event":"error","code":"60011","msg":"Please log in","connId":conn_id}),
                    )];
                }
                if let Some(inst) = arg["instId"].as_str() {
                    if b.reject_inst.iter().any(|r| r == inst) {
                        return vec![with_id(
                            json!({"event":"error","code":"60018","msg":format!("Wrong URL or channel:{channel},instId:{inst} doesn't exist"),"connId":conn_id}),
                        )];
                    }
                }
            }
            for arg in &args {
                out.push(with_id(json!({"event":op,"arg":arg,"connId":conn_id})));
                if op == "subscribe" {
                    for n in 0..b.pushes_per_subscribe {
                        out.push(
                            json!({"arg":arg,"data":[{"n":n.to_string(),"conn":conn_id}]})
                                .to_string(),
                        );
                    }
                }
            }
            out
        }
        _ => vec![with_id(
            json!({"event":"error","code":"60019","msg":"Invalid op","connId":conn_id}),
        )],
    }
}

fn check_login(req: &Value, b: &Behavior) -> String {
    let arg = &req["args"][0];
    let (Some(key), Some(pass), Some(ts), Some(sign)) = (
        arg["apiKey"].as_str(),
        arg["passphrase"].as_str(),
        arg["timestamp"].as_str(),
        arg["sign"].as_str(),
    ) else {
        return "60009".into();
    };
    if key != KEY {
        return "60005".into();
    }
    if pass != PASSPHRASE {
        return "60024".into();
    }
    if !Signer::from_secret(SECRET).verify(ts, "GET", "/users/self/verify", "", sign) {
        return "60007".into();
    }
    let Ok(ts) = ts.parse::<i64>() else {
        return "60004".into();
    };
    let now = okx_core::signer::unix_millis() / 1000 + b.clock_skew_secs;
    if (now - ts).abs() > 30 {
        return "60006".into();
    }
    "0".into()
}

/// Test options: fast backoff, no connect pacing between parallel tests.
pub fn fast_opts() -> WsOptions {
    WsOptions {
        backoff_initial: Duration::from_millis(20),
        backoff_max: Duration::from_millis(200),
        request_timeout: Duration::from_secs(3),
        login_timeout: Duration::from_secs(3),
        connect_timeout: Duration::from_secs(3),
        max_connects_per_sec: 1000,
        ..WsOptions::default()
    }
}

pub fn args(pairs: &[(&str, &str)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), Value::from(*v)))
        .collect()
}

/// Waits until `cond` holds, polling; panics with `what` after `secs` seconds.
pub async fn wait_until(secs: u64, what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Receives messages until an event named `name` arrives; returns everything received.
pub async fn until_event(ws: &WsClient, name: &str, secs: u64) -> Vec<WsMessage> {
    let mut seen = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
    loop {
        let msg = tokio::time::timeout_at(deadline, ws.recv())
            .await
            .unwrap_or_else(|_| panic!("no {name} event; got {seen:#?}"));
        let Some(msg) = msg else {
            panic!("stream ended before {name}; got {seen:#?}");
        };
        let done = msg.event_name() == Some(name);
        seen.push(msg);
        if done {
            return seen;
        }
    }
}

pub fn event_names(msgs: &[WsMessage]) -> Vec<String> {
    msgs.iter()
        .filter_map(|m| m.event_name().map(str::to_owned))
        .collect()
}
