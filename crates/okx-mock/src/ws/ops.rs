//! The requests a client sends: `subscribe`, `unsubscribe` and `login`, answered with OKX's
//! events (acks, `error`, `login`, `channel-conn-count`), and the first push of a new
//! subscription; order ops go on to `trade`.

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::books::{self, BookClass};
use super::channels::{self, Endpoint, Feed, Refusal, Spec, Topic};
use super::codes::{self, WsCode};
use super::hub::{frame, Locked};
use super::{private, public, trade};
use crate::auth::{self, WsLogin};
use crate::server::App;

/// The order operations of the private URL (websocket.md section 9).
const ORDER_OPS: &[&str] = &[
    "order",
    "batch-orders",
    "cancel-order",
    "batch-cancel-orders",
    "amend-order",
    "batch-amend-orders",
    "mass-cancel",
];

/// OKX's limit of connections per counted private channel (websocket.md section 6).
const CONN_LIMIT: usize = 30;

/// What a connection knows about itself while it reads requests.
#[derive(Debug)]
pub(crate) struct Session {
    pub(crate) id: u64,
    pub(crate) conn_id: String,
    pub(crate) endpoint: Endpoint,
    pub(crate) logged_in: bool,
}

/// The `args` of a request, kept as sent so acks can echo each one verbatim.
#[derive(Deserialize)]
struct RawArgs<'a> {
    #[serde(borrow)]
    args: Vec<&'a RawValue>,
}

/// Handles one text frame other than `ping`.
pub(crate) fn handle(app: &App, s: &mut Session, text: &str) {
    let request = match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => map,
        _ => {
            return error(
                app,
                s,
                None,
                codes::INVALID_REQUEST,
                &codes::INVALID_REQUEST.text(&[text]),
            )
        }
    };
    let id = match request.get("id") {
        None => None,
        Some(Value::String(id)) => Some(id.clone()),
        Some(_) => return invalid_request(app, s, None, text),
    };
    let id = id.as_deref();
    let op = match request.get("op") {
        Some(Value::String(op)) => op.as_str(),
        _ => return invalid_request(app, s, id, text),
    };
    match op {
        "subscribe" | "unsubscribe" => {
            let args = match serde_json::from_str::<RawArgs<'_>>(text) {
                Ok(raw) if !raw.args.is_empty() => raw.args,
                _ => return invalid_request(app, s, id, text),
            };
            for arg in args {
                subscription(app, s, id, op == "subscribe", arg, text);
            }
        }
        "login" => login(app, s, id, &request, text),
        op if ORDER_OPS.contains(&op) && s.endpoint != Endpoint::Private => {
            error(app, s, id, codes::OP_WRONG_URL, codes::OP_WRONG_URL.msg);
        }
        op if ORDER_OPS.contains(&op) && !s.logged_in => {
            error(app, s, id, codes::LOGIN_FIRST, codes::LOGIN_FIRST.msg);
        }
        op if ORDER_OPS.contains(&op) => trade::handle(app, s, op, &request),
        other => error(
            app,
            s,
            id,
            codes::INVALID_OP,
            &codes::INVALID_OP.text(&[other]),
        ),
    }
}

fn subscription(
    app: &App,
    s: &Session,
    id: Option<&str>,
    subscribe: bool,
    raw: &RawValue,
    text: &str,
) {
    let Ok(arg) = serde_json::from_str::<Map<String, Value>>(raw.get()) else {
        return invalid_request(app, s, id, text);
    };
    let ex = app.exchange();
    let (spec, topic) = match channels::check(&arg, s.endpoint, &ex) {
        Ok(found) => found,
        Err(Refusal::Malformed) => return invalid_request(app, s, id, text),
        Err(Refusal::Code(code, msg)) => return error(app, s, id, code, &msg),
    };
    let mut hub = app.ws.lock();
    if !subscribe {
        hub.unsubscribe(s.id, &topic);
        hub.send_to(
            s.id,
            event(
                id,
                "unsubscribe",
                &[("arg", Piece::Raw(raw.get()))],
                &s.conn_id,
            )
            .into(),
        );
        return;
    }
    if spec.login && !s.logged_in {
        drop(hub);
        return error(app, s, id, codes::LOGIN_FIRST, codes::LOGIN_FIRST.msg);
    }
    if tbt_conflict(&hub, s.id, &topic) {
        drop(hub);
        return error(app, s, id, codes::TBT_CONFLICT, codes::TBT_CONFLICT.msg);
    }
    hub.send_to(
        s.id,
        event(
            id,
            "subscribe",
            &[("arg", Piece::Raw(raw.get()))],
            &s.conn_id,
        )
        .into(),
    );
    hub.subscribe(s.id, &topic, spec.feed);
    first_push(&mut hub, &ex, spec, &topic, s.id, app.now());
    if spec.counted {
        let count = hub.channel_conn_count(&topic.channel);
        let over = count > CONN_LIMIT;
        let name = if over {
            "channel-conn-count-error"
        } else {
            "channel-conn-count"
        };
        let fields = [
            ("channel", Piece::Str(&topic.channel)),
            ("connCount", Piece::Str(&count.to_string())),
        ];
        hub.send_to(s.id, event(None, name, &fields, &s.conn_id).into());
        if over {
            // OKX acknowledges, then ends the newest connection's subscription.
            hub.unsubscribe(s.id, &topic);
        }
    }
}

/// `books-l2-tbt` excludes `books` and `books50-l2-tbt` for the same instrument (64004).
fn tbt_conflict(hub: &Locked<'_>, conn: u64, topic: &Topic) -> bool {
    if !matches!(topic.channel.as_str(), "books" | "books50-l2-tbt") {
        return false;
    }
    let Some(inst_id) = topic.inst_id.as_deref() else {
        return false;
    };
    hub.has(conn, &Topic::inst("books-l2-tbt", inst_id))
}

/// Sends a new subscriber what the channel pushes on subscribe, if anything.
fn first_push(
    hub: &mut Locked<'_>,
    ex: &crate::state::Exchange,
    spec: Spec,
    topic: &Topic,
    conn: u64,
    now: i64,
) {
    let inst_id = topic.inst_id.as_deref().unwrap_or("");
    let tail = match spec.feed {
        Feed::Books | Feed::BooksTbt | Feed::Books50Tbt => {
            let class = BookClass::of(spec.feed).unwrap_or(BookClass::Books);
            books::first_push(hub, ex, class, topic, conn, now)
        }
        Feed::Books5 | Feed::BboTbt => books::top_first(hub, ex, spec.feed, inst_id, now),
        Feed::Instruments => {
            let inst_type = topic.inst_type.as_deref().unwrap_or("");
            Some(format!("\"data\":{}", public::instruments(ex, inst_type)))
        }
        Feed::Account | Feed::Positions | Feed::BalanceAndPosition => {
            private::initial(ex, spec.feed, topic, now)
        }
        feed => public::payload(ex, feed, topic, now).map(|item| public::data_tail(&item)),
    };
    if let Some(tail) = tail {
        let arg = hub.arg_of(topic, spec.feed);
        hub.send_to(conn, frame(&arg, &tail).into());
    }
}

fn login(app: &App, s: &mut Session, id: Option<&str>, request: &Map<String, Value>, text: &str) {
    let args = match request.get("args") {
        Some(Value::Array(args)) if !args.is_empty() => args,
        _ => return invalid_request(app, s, id, text),
    };
    if app.ws.take_login_refusal() {
        return error(app, s, id, codes::LOGIN_FAILED, codes::LOGIN_FAILED.msg);
    }
    let now = app.now();
    for arg in args {
        let field = |k: &str| arg.get(k).and_then(Value::as_str).unwrap_or("");
        // python-okx sends the timestamp as a JSON number; OKX accepts that too.
        let timestamp = match arg.get("timestamp") {
            Some(Value::Number(n)) => n.to_string(),
            _ => field("timestamp").to_owned(),
        };
        let login = WsLogin {
            api_key: field("apiKey"),
            passphrase: field("passphrase"),
            timestamp: &timestamp,
            sign: field("sign"),
        };
        if let Err(code) = auth::verify_ws_login(&app.key, login, now) {
            return error(app, s, id, code, code.msg);
        }
    }
    s.logged_in = true;
    let fields = [("code", Piece::Str("0")), ("msg", Piece::Str(""))];
    app.ws
        .lock()
        .send_to(s.id, event(id, "login", &fields, &s.conn_id).into());
}

fn invalid_request(app: &App, s: &Session, id: Option<&str>, text: &str) {
    error(
        app,
        s,
        id,
        codes::INVALID_REQUEST,
        &codes::INVALID_REQUEST.text(&[text]),
    );
}

/// Sends `{"id"?,"event":"error","code":..,"msg":..,"connId":..}`.
fn error(app: &App, s: &Session, id: Option<&str>, code: WsCode, msg: &str) {
    let fields = [("code", Piece::Str(code.code)), ("msg", Piece::Str(msg))];
    log::debug!(target: crate::LOG_TARGET, "ws {}: error {} {msg}", s.conn_id, code.code);
    app.ws
        .lock()
        .send_to(s.id, event(id, "error", &fields, &s.conn_id).into());
}

/// A field value of an event: a string to quote, or JSON to insert as is.
enum Piece<'a> {
    Str(&'a str),
    Raw(&'a str),
}

/// `{"id":..,"event":..,FIELDS,"connId":..}` in OKX's key order (`id` only when sent).
fn event(id: Option<&str>, name: &str, fields: &[(&str, Piece<'_>)], conn_id: &str) -> String {
    let quote = |v: &str| Value::from(v).to_string();
    let mut out = String::from("{");
    if let Some(id) = id {
        out.push_str(&format!("\"id\":{},", quote(id)));
    }
    out.push_str(&format!("\"event\":{}", quote(name)));
    for (key, piece) in fields {
        let value = match piece {
            Piece::Str(v) => quote(v),
            Piece::Raw(v) => (*v).to_owned(),
        };
        out.push_str(&format!(",\"{key}\":{value}"));
    }
    out.push_str(&format!(",\"connId\":{}}}", quote(conn_id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_keep_okx_key_order() {
        let ack = event(
            Some("1512"),
            "subscribe",
            &[(
                "arg",
                Piece::Raw(r#"{"channel":"tickers","instId":"BTC-USDT"}"#),
            )],
            "accb8e21",
        );
        assert_eq!(
            ack,
            r#"{"id":"1512","event":"subscribe","arg":{"channel":"tickers","instId":"BTC-USDT"},"connId":"accb8e21"}"#
        );
        let err = event(
            None,
            "error",
            &[
                ("code", Piece::Str("60012")),
                ("msg", Piece::Str("Invalid request: \"x\"")),
            ],
            "a",
        );
        assert_eq!(
            err,
            r#"{"event":"error","code":"60012","msg":"Invalid request: \"x\"","connId":"a"}"#
        );
    }
}
