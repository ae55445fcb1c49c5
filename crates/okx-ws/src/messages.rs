//! What a WebSocket frame from OKX becomes: [`WsMessage`], parsed once with serde_json
//! (websocket.md sections 4 and 4.1). Never panics on any input.

use serde_json::{Map, Value};

use crate::channels::UrlKind;

/// One message delivered to the user, in arrival order.
#[derive(Debug, Clone, PartialEq)]
pub enum WsMessage {
    /// A push of channel data (a frame with `arg` and `data`).
    Data {
        /// `arg.channel`, e.g. `tickers` or `candle1m`.
        channel: String,
        /// The subscription's `arg` as OKX echoes it (private pushes add `uid`).
        arg: Map<String, Value>,
        /// `snapshot` or `update` on incremental book channels, else `None`.
        action: Option<String>,
        /// The `data` array, untouched (numbers stay OKX's strings).
        data: Value,
        /// Any other top-level field, e.g. `eventType`, `curPage`, `lastPage` of the
        /// account and positions channels (empty for most channels).
        extra: Map<String, Value>,
    },
    /// An event from OKX (`subscribe`, `unsubscribe`, `login`, `error`, `notice`) or one
    /// the client made (`connected`, `disconnected`, `reconnecting`, `reconnected`,
    /// `resubscribed`, and a final `error` when it gives up).
    Event {
        /// The event name.
        event: String,
        /// OKX's code (`"0"` on login success), or the client's.
        code: Option<String>,
        /// OKX's message, or the client's explanation.
        msg: Option<String>,
        /// The subscription the event is about, when it has one.
        arg: Option<Map<String, Value>>,
        /// OKX's connection id.
        conn_id: Option<String>,
        /// The connection the event came from.
        url_kind: UrlKind,
    },
    /// OKX's answer `pong` to the client's keep-alive `ping`.
    Pong,
    /// How many connections of the account subscribe to a connection-limited channel.
    ChannelConnCount {
        /// The channel, e.g. `orders`.
        channel: String,
        /// OKX's count, a string.
        conn_count: String,
        /// OKX's connection id.
        conn_id: Option<String>,
    },
    /// The 30-connection limit of a channel was exceeded; OKX ended the subscription.
    ChannelConnCountError {
        /// The channel, e.g. `orders`.
        channel: String,
        /// OKX's code, when it sent one.
        code: Option<String>,
        /// OKX's message, when it sent one.
        msg: Option<String>,
        /// OKX's connection id.
        conn_id: Option<String>,
        /// OKX's count, when it sent one.
        conn_count: Option<String>,
    },
    /// A push of channel data left as OKX's text (`WsOptions::raw_pushes`), for a consumer
    /// that parses it itself; [`parse`] turns it into [`WsMessage::Data`].
    Push(crate::Utf8Bytes),
    /// A frame that is none of the above (kept verbatim).
    Unknown(String),
}

impl WsMessage {
    /// A client-made event on the connection of `url_kind`.
    pub fn client_event(
        event: &str,
        url_kind: UrlKind,
        code: Option<String>,
        msg: Option<String>,
    ) -> Self {
        Self::Event {
            event: event.to_owned(),
            code,
            msg,
            arg: None,
            conn_id: None,
            url_kind,
        }
    }

    /// The event name, for `Event` messages.
    pub fn event_name(&self) -> Option<&str> {
        match self {
            Self::Event { event, .. } => Some(event),
            _ => None,
        }
    }
}

/// Whether a frame is a push of channel data (`{"arg":...`, never an event or an answer).
pub(crate) fn is_push(text: &str) -> bool {
    text.starts_with(r#"{"arg":"#)
}

/// A parsed frame plus the request `id` OKX echoed, which only the connection needs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Parsed {
    pub msg: WsMessage,
    pub id: Option<String>,
}

/// Parses one text frame received on the connection of `url_kind`.
pub fn parse(text: &str, url_kind: UrlKind) -> WsMessage {
    parse_with_id(text, url_kind).msg
}

pub(crate) fn parse_with_id(text: &str, url_kind: UrlKind) -> Parsed {
    let unknown = || Parsed {
        msg: WsMessage::Unknown(text.to_owned()),
        id: None,
    };
    if text == "pong" {
        return Parsed {
            msg: WsMessage::Pong,
            id: None,
        };
    }
    let Ok(Value::Object(mut obj)) = serde_json::from_str::<Value>(text) else {
        return unknown();
    };
    let id = take_string(&mut obj, "id");
    if let Some(event) = take_string(&mut obj, "event") {
        let conn_id = take_string(&mut obj, "connId");
        let msg = match event.as_str() {
            "channel-conn-count" => WsMessage::ChannelConnCount {
                channel: take_string(&mut obj, "channel").unwrap_or_default(),
                conn_count: take_string(&mut obj, "connCount").unwrap_or_default(),
                conn_id,
            },
            "channel-conn-count-error" => WsMessage::ChannelConnCountError {
                channel: take_string(&mut obj, "channel").unwrap_or_default(),
                code: take_string(&mut obj, "code"),
                msg: take_string(&mut obj, "msg"),
                conn_id,
                conn_count: take_string(&mut obj, "connCount"),
            },
            _ => WsMessage::Event {
                event,
                code: take_string(&mut obj, "code"),
                msg: take_string(&mut obj, "msg"),
                arg: match obj.remove("arg") {
                    Some(Value::Object(arg)) => Some(arg),
                    _ => None,
                },
                conn_id,
                url_kind,
            },
        };
        return Parsed { msg, id };
    }
    let (Some(Value::Object(arg)), Some(data)) = (obj.remove("arg"), obj.remove("data")) else {
        return unknown();
    };
    let Some(channel) = arg
        .get("channel")
        .and_then(Value::as_str)
        .map(str::to_owned)
    else {
        return unknown();
    };
    let action = take_string(&mut obj, "action");
    if let Some(id) = id {
        // Pushes carry no id; keep an unexpected one rather than lose it.
        obj.insert("id".to_owned(), Value::String(id));
    }
    Parsed {
        msg: WsMessage::Data {
            channel,
            arg,
            action,
            data,
            extra: obj,
        },
        id: None,
    }
}

/// Removes `key` and returns it as text; OKX codes sometimes arrive as JSON numbers.
fn take_string(obj: &mut Map<String, Value>, key: &str) -> Option<String> {
    match obj.remove(key)? {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The frames OKX sent in a recorded session (`test_data/ws_<name>.json`).
    fn recorded(name: &str) -> Vec<String> {
        let path = format!("{}/test_data/ws_{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        let frames: Vec<Value> = serde_json::from_str(&text).unwrap();
        frames.iter().map(Value::to_string).collect()
    }

    #[test]
    fn recorded_ticker_frames() {
        let frames = recorded("tickers");
        let first = parse(&frames[0], UrlKind::Public);
        let WsMessage::Event {
            event,
            arg,
            conn_id,
            code,
            url_kind,
            ..
        } = first
        else {
            panic!("not an event: {first:?}");
        };
        assert_eq!(event, "subscribe");
        assert_eq!(arg.unwrap()["instId"], "BTC-USDT-SWAP");
        assert_eq!(conn_id.as_deref(), Some("49d9b4fc"));
        assert_eq!(code, None);
        assert_eq!(url_kind, UrlKind::Public);
        let WsMessage::Data {
            channel,
            arg,
            action,
            data,
            extra,
        } = parse(&frames[1], UrlKind::Public)
        else {
            panic!("not data");
        };
        assert_eq!(channel, "tickers");
        assert_eq!(arg["instId"], "BTC-USDT-SWAP");
        assert_eq!(action, None);
        assert_eq!(data[0]["last"], "63921");
        assert!(extra.is_empty());
    }

    #[test]
    fn recorded_candle_frames_keep_arrays() {
        let frames = recorded("candle1m");
        let WsMessage::Data { channel, data, .. } = parse(&frames[0], UrlKind::Business) else {
            panic!("not data");
        };
        assert_eq!(channel, "candle1m");
        assert_eq!(data[0][0], "1786540440000");
        assert_eq!(data[0][8], "0");
        assert_eq!(
            parse(&frames[1], UrlKind::Business).event_name(),
            Some("subscribe")
        );
    }

    #[test]
    fn recorded_trades_and_books5() {
        for frame in recorded("trades").iter().skip(1) {
            let WsMessage::Data { channel, data, .. } = parse(frame, UrlKind::Public) else {
                panic!("not data: {frame}");
            };
            assert_eq!(channel, "trades");
            assert!(data[0]["seqId"].is_u64(), "seqId stays an integer");
            assert!(data[0]["px"].is_string(), "prices stay strings");
        }
        let frames = recorded("books5");
        let WsMessage::Data { channel, data, .. } = parse(&frames[1], UrlKind::Public) else {
            panic!("not data");
        };
        assert_eq!(channel, "books5");
        assert_eq!(data[0]["asks"][0][0], "63921.5");
    }

    #[test]
    fn documented_event_shapes() {
        let err = parse_with_id(
            r#"{"id":"1512","event":"error","code":"60012","msg":"Invalid request: {}","connId":"a4d3ae55"}"#,
            UrlKind::Private,
        );
        assert_eq!(err.id.as_deref(), Some("1512"));
        assert_eq!(
            err.msg,
            WsMessage::Event {
                event: "error".into(),
                code: Some("60012".into()),
                msg: Some("Invalid request: {}".into()),
                arg: None,
                conn_id: Some("a4d3ae55".into()),
                url_kind: UrlKind::Private,
            }
        );
        assert_eq!(
            parse(
                r#"{"event":"channel-conn-count","channel":"orders","connCount":"2","connId":"abcd1234"}"#,
                UrlKind::Private
            ),
            WsMessage::ChannelConnCount {
                channel: "orders".into(),
                conn_count: "2".into(),
                conn_id: Some("abcd1234".into()),
            }
        );
        let notice = parse(
            r#"{"event":"notice","code":"64008","msg":"The connection will soon be closed for a service upgrade. Please reconnect.","connId":"a4d3ae55"}"#,
            UrlKind::Public,
        );
        assert_eq!(notice.event_name(), Some("notice"));
        let login = parse(
            r#"{"event":"login","code":0,"msg":"","connId":"x"}"#,
            UrlKind::Private,
        );
        let WsMessage::Event { code, .. } = login else {
            panic!()
        };
        assert_eq!(code.as_deref(), Some("0"), "numeric codes become strings");
    }

    #[test]
    fn account_push_keeps_event_type_and_paging() {
        let WsMessage::Data {
            channel,
            arg,
            extra,
            ..
        } = parse(
            r#"{"arg":{"channel":"account","uid":"44"},"eventType":"snapshot","curPage":1,"lastPage":true,"data":[{"totalEq":"1"}]}"#,
            UrlKind::Private,
        )
        else {
            panic!()
        };
        assert_eq!(channel, "account");
        assert_eq!(arg["uid"], "44");
        assert_eq!(extra["eventType"], "snapshot");
        assert_eq!(extra["curPage"], 1);
        assert_eq!(extra["lastPage"], true);
    }

    #[test]
    fn books_action_is_kept() {
        let WsMessage::Data { action, .. } = parse(
            r#"{"arg":{"channel":"books","instId":"BTC-USDT"},"action":"snapshot","data":[{"asks":[],"bids":[],"seqId":1,"prevSeqId":-1}]}"#,
            UrlKind::Public,
        ) else {
            panic!()
        };
        assert_eq!(action.as_deref(), Some("snapshot"));
    }

    #[test]
    fn garbage_never_panics() {
        for text in [
            "",
            "pong ",
            "ping",
            "null",
            "[]",
            "{",
            "{}",
            r#"{"arg":5,"data":[]}"#,
            r#"{"arg":{},"data":[]}"#,
            r#"{"arg":{"channel":7},"data":[]}"#,
            r#"{"event":{"x":1}}"#,
            r#"{"id":"1","op":"order","code":"0","msg":"","data":[]}"#,
            "\u{0}\u{ffff}",
        ] {
            assert!(
                matches!(parse(text, UrlKind::Public), WsMessage::Unknown(ref t) if t == text),
                "{text:?}"
            );
        }
        assert_eq!(parse("pong", UrlKind::Public), WsMessage::Pong);
    }
}
