//! Subscription bookkeeping helpers: the canonical key of a subscription, matching OKX's
//! acknowledgements to what was sent, and splitting a resubscription into requests.

use serde_json::{Map, Value};

/// OKX allows at most 64 KB of `args` in one request (websocket.md section 6); stay below.
pub(crate) const MAX_ARGS_BYTES: usize = 60_000;

/// A canonical text for one subscription object (`channel` included): keys sorted, so the
/// same subscription always has the same key whatever the order it was built in.
pub(crate) fn key(arg: &Map<String, Value>) -> String {
    let mut pairs: Vec<(&String, &Value)> = arg.iter().collect();
    pairs.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        match v {
            Value::String(s) => out.push_str(s),
            other => out.push_str(&other.to_string()),
        }
    }
    out
}

/// Whether OKX's `arg` in an event is the subscription `sent`: same channel and equal
/// values for every key both have (OKX may add fields such as `uid`, or leave some out).
pub(crate) fn arg_matches(sent: &Map<String, Value>, echoed: &Map<String, Value>) -> bool {
    if sent.get("channel") != echoed.get("channel") {
        return false;
    }
    sent.iter()
        .all(|(k, v)| echoed.get(k).map_or(true, |e| e == v))
}

/// Splits subscriptions into requests whose `args` stay under [`MAX_ARGS_BYTES`].
pub(crate) fn batches<T>(items: Vec<(T, Map<String, Value>)>) -> Vec<Vec<(T, Map<String, Value>)>> {
    let mut out: Vec<Vec<(T, Map<String, Value>)>> = Vec::new();
    let mut size = 0;
    for (tag, arg) in items {
        let len = Value::Object(arg.clone()).to_string().len() + 1;
        if out.is_empty() || size + len > MAX_ARGS_BYTES {
            out.push(Vec::new());
            size = 0;
        }
        size += len;
        if let Some(last) = out.last_mut() {
            last.push((tag, arg));
        }
    }
    out
}

/// The text of one `subscribe` / `unsubscribe` request.
pub(crate) fn request(id: &str, op: &str, args: &[&Map<String, Value>]) -> String {
    let args: Vec<Value> = args.iter().map(|a| Value::Object((*a).clone())).collect();
    let mut obj = Map::new();
    obj.insert("id".to_owned(), Value::from(id));
    obj.insert("op".to_owned(), Value::from(op));
    obj.insert("args".to_owned(), Value::Array(args));
    Value::Object(obj).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(pairs: &[(&str, &str)]) -> Map<String, Value> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), Value::from(*v)))
            .collect()
    }

    #[test]
    fn key_ignores_order() {
        let a = obj(&[
            ("channel", "orders"),
            ("instType", "SPOT"),
            ("instId", "BTC-USDT"),
        ]);
        let b = obj(&[
            ("instId", "BTC-USDT"),
            ("instType", "SPOT"),
            ("channel", "orders"),
        ]);
        assert_eq!(key(&a), key(&b));
        assert_eq!(key(&a), "channel=orders&instId=BTC-USDT&instType=SPOT");
    }

    #[test]
    fn acks_match_by_common_fields() {
        let sent = obj(&[("channel", "orders"), ("instType", "ANY")]);
        let echoed = obj(&[("channel", "orders"), ("instType", "ANY"), ("uid", "77")]);
        assert!(arg_matches(&sent, &echoed));
        assert!(!arg_matches(
            &sent,
            &obj(&[("channel", "orders"), ("instType", "SPOT")])
        ));
        assert!(!arg_matches(&sent, &obj(&[("channel", "fills")])));
    }

    #[test]
    fn batches_respect_the_size_limit() {
        let items: Vec<(usize, Map<String, Value>)> = (0..3000)
            .map(|i| {
                (
                    i,
                    obj(&[("channel", "tickers"), ("instId", &format!("COIN{i}-USDT"))]),
                )
            })
            .collect();
        let out = batches(items);
        assert!(out.len() > 1);
        assert_eq!(out.iter().map(Vec::len).sum::<usize>(), 3000);
        for b in &out {
            let args: Vec<&Map<String, Value>> = b.iter().map(|(_, a)| a).collect();
            let text = request("1", "subscribe", &args);
            assert!(text.len() < 64 * 1024, "{}", text.len());
        }
        assert!(batches::<usize>(Vec::new()).is_empty());
    }

    #[test]
    fn request_shape() {
        let a = obj(&[("channel", "tickers"), ("instId", "BTC-USDT")]);
        let v: Value = serde_json::from_str(&request("7", "subscribe", &[&a])).unwrap();
        assert_eq!(v["id"], "7");
        assert_eq!(v["op"], "subscribe");
        assert_eq!(v["args"][0]["instId"], "BTC-USDT");
    }
}
