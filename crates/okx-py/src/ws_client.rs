//! `WsClient`: OKX WebSockets for asyncio. Connections, keep-alive, reconnection and
//! resubscription live in okx-ws; this file turns its messages into Python dicts and
//! hands queued messages over without a wake-up of the event loop per message.

use std::sync::Arc;
use std::time::Duration;

use okx_rest::OkxRestClient;
use okx_ws::{Reconcile, ReconcileFn, ServerTimeFn, WsClient as CoreWs, WsMessage, WsOptions};
use pyo3::exceptions::{PyStopAsyncIteration, PyStopIteration};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde_json::{Map, Value};

use crate::config::PyConfig;
use crate::errors::to_py_err;
use okx_core::types::json::{key_cache, KeyCache, Value as JsonValue};
use okx_core::types::python::value_to_py;
use pyo3::intern;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// OKX WebSocket client: subscriptions are routed to the URL that serves them
/// (public, private or business), kept alive with pings, and restored after every
/// reconnect. Messages arrive through `recv()`, `recv_batch()` or `async for`.
#[pyclass(frozen, name = "WsClient", module = "okx_py")]
pub struct PyWsClient {
    pub(crate) inner: CoreWs,
    /// Order operations: instrument codes, and resolving unknown outcomes (`get_order`).
    pub(crate) trading: Arc<crate::ws_trading::Trading>,
}

/// An awaitable that is already complete: returned when a message is queued, so that
/// taking it costs no asyncio future and no wake-up.
#[pyclass(name = "_Ready", module = "okx_py")]
struct Ready {
    value: Option<Py<PyAny>>,
}

#[pymethods]
impl Ready {
    fn __await__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<()> {
        let value = self.value.take().unwrap_or_else(|| py.None());
        Err(PyStopIteration::new_err((value,)))
    }
}

fn ready<'py>(py: Python<'py>, value: Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    Ok(Bound::new(
        py,
        Ready {
            value: Some(value.unbind()),
        },
    )?
    .into_any())
}

/// OKX's clock through REST, for logins refused for their timestamp (60004, 60006).
fn server_time(rest: Arc<OkxRestClient>) -> ServerTimeFn {
    Arc::new(move || {
        let rest = Arc::clone(&rest);
        Box::pin(async move {
            let time = rest.send(&okx_rest::GetSystemTime {}).await.ok()?;
            time.ts.parse::<i64>().ok()
        })
    })
}

/// Public REST GETs for order-book snapshots (a local book's resync).
fn rest_get(rest: Arc<OkxRestClient>) -> okx_ws::RestGetFn {
    Arc::new(move |path: String, query: Vec<(String, String)>| {
        let rest = Arc::clone(&rest);
        Box::pin(async move {
            let params: Vec<(&str, &str)> = query
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            rest.request(okx_rest::Method::Get, &path, &params, None, false)
                .await
        })
    })
}

/// Orders that changed while a private connection was down, fetched through REST and
/// delivered as an `orders` data message marked `"reconciled": True`, so that no order
/// update is lost to a disconnect.
fn reconcile_orders(rest: Arc<OkxRestClient>) -> ReconcileFn {
    Arc::new(move |ask: Reconcile| {
        let rest = Arc::clone(&rest);
        Box::pin(async move {
            let mut out = Vec::new();
            for arg in ask
                .subscriptions
                .iter()
                .filter(|a| a.get("channel").and_then(Value::as_str) == Some("orders"))
            {
                let mut params: Vec<(&str, &str)> = Vec::new();
                for key in ["instType", "instFamily", "instId"] {
                    if let Some(v) = arg.get(key).and_then(Value::as_str) {
                        // "ANY" is a WebSocket-only wildcard: REST takes no instType then.
                        if !(key == "instType" && v == "ANY") {
                            params.push((key, v));
                        }
                    }
                }
                let mut items: Vec<Value> = Vec::new();
                for path in [
                    "/api/v5/trade/orders-pending",
                    "/api/v5/trade/orders-history",
                ] {
                    if path.ends_with("history") && !params.iter().any(|(k, _)| *k == "instType") {
                        continue; // OKX requires instType for the history
                    }
                    match rest
                        .request(okx_rest::Method::Get, path, &params, None, true)
                        .await
                    {
                        Ok(Value::Array(found)) => items.extend(found),
                        Ok(_) => {}
                        Err(e) => {
                            log::warn!(target: "okx_py::ws", "reconciliation of orders failed: {e}")
                        }
                    }
                }
                // Only orders touched since the connection was lost (1 s of clock slack).
                let since = ask.since_ms - 1000;
                let mut seen = std::collections::HashSet::new();
                let changed: Vec<Value> = items
                    .into_iter()
                    .filter(|o| {
                        let u_time = o
                            .get("uTime")
                            .and_then(Value::as_str)
                            .and_then(|t| t.parse::<i64>().ok());
                        u_time.is_some_and(|t| t >= since)
                    })
                    .filter(|o| {
                        seen.insert(
                            o.get("ordId")
                                .and_then(Value::as_str)
                                .unwrap_or_default()
                                .to_owned(),
                        )
                    })
                    .collect();
                if !changed.is_empty() {
                    let mut extra = Map::new();
                    extra.insert("reconciled".into(), Value::Bool(true));
                    out.push(WsMessage::Data {
                        channel: "orders".into(),
                        arg: arg.clone(),
                        action: None,
                        data: Value::Array(changed),
                        extra,
                    });
                }
            }
            out
        })
    })
}

fn options(
    config: &okx_core::Config,
    max_reconnect_attempts: Option<u32>,
    ping_interval_secs: f64,
    pong_timeout_secs: f64,
) -> PyResult<(WsOptions, Arc<OkxRestClient>)> {
    for (name, v) in [
        ("ping_interval_secs", ping_interval_secs),
        ("pong_timeout_secs", pong_timeout_secs),
    ] {
        if !(v.is_finite() && v > 0.0) {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "{name} must be a positive number of seconds; got {v}"
            )));
        }
    }
    let rest = Arc::new(OkxRestClient::new(config).map_err(to_py_err)?);
    Ok((
        WsOptions {
            max_reconnect_attempts,
            ping_interval: Duration::from_secs_f64(ping_interval_secs),
            pong_timeout: Duration::from_secs_f64(pong_timeout_secs),
            server_time: Some(server_time(Arc::clone(&rest))),
            rest_get: Some(rest_get(Arc::clone(&rest))),
            reconcile: config
                .credentials
                .is_some()
                .then(|| reconcile_orders(Arc::clone(&rest))),
            raw_pushes: true,
            ..WsOptions::default()
        },
        rest,
    ))
}

/// `inst_id` → `instId`; names already in OKX's form pass unchanged.
fn okx_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn kwargs_to_args(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Map<String, Value>> {
    let mut args = Map::new();
    if let Some(kwargs) = kwargs {
        for (k, v) in kwargs.iter() {
            if v.is_none() {
                continue;
            }
            let key: String = k.extract()?;
            args.insert(okx_name(&key), crate::raw::py_to_value(&v)?);
        }
    }
    Ok(args)
}

/// The top-level fields of a push.
enum Field<'py> {
    Arg,
    Data,
    Action,
    Other(Bound<'py, PyString>),
}

struct FieldSeed<'a, 'py> {
    py: Python<'py>,
    keys: &'a mut KeyCache,
}

impl<'de, 'py> DeserializeSeed<'de> for FieldSeed<'_, 'py> {
    type Value = Field<'py>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'py> Visitor<'_> for FieldSeed<'_, 'py> {
    type Value = Field<'py>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(match v {
            "arg" => Field::Arg,
            "data" => Field::Data,
            "action" => Field::Action,
            other => Field::Other(self.keys.key(self.py, other)),
        })
    }
}

/// The parts of a push, each already a Python object.
struct PushParts<'py> {
    arg: Option<Bound<'py, PyAny>>,
    data: Option<Bound<'py, PyAny>>,
    action: Option<Bound<'py, PyAny>>,
    extra: Vec<(Bound<'py, PyString>, Bound<'py, PyAny>)>,
}

struct PushSeed<'a, 'py> {
    py: Python<'py>,
    keys: &'a mut KeyCache,
}

impl<'de, 'py> DeserializeSeed<'de> for PushSeed<'_, 'py> {
    type Value = PushParts<'py>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, 'py> Visitor<'de> for PushSeed<'_, 'py> {
    type Value = PushParts<'py>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a push")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let PushSeed { py, keys } = self;
        let mut parts = PushParts {
            arg: None,
            data: None,
            action: None,
            extra: Vec::new(),
        };
        while let Some(field) = map.next_key_seed(FieldSeed {
            py,
            keys: &mut *keys,
        })? {
            let value = map.next_value_seed(JsonValue::new(py, &mut *keys))?;
            match field {
                Field::Arg => parts.arg = Some(value),
                Field::Data => parts.data = Some(value),
                Field::Action => parts.action = Some(value),
                Field::Other(k) => parts.extra.push((k, value)),
            }
        }
        Ok(parts)
    }
}

/// A push left as text by okx-ws (`raw_pushes`), parsed once straight into the dict users
/// receive; None when the text is not a well-formed push (it then goes the slow way).
fn push_to_py<'py>(
    py: Python<'py>,
    text: &str,
    keys: &mut KeyCache,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let Ok(parts) = (PushSeed { py, keys }).deserialize(&mut de) else {
        return Ok(None);
    };
    let (Some(arg), Some(data)) = (parts.arg, parts.data) else {
        return Ok(None);
    };
    let Some(channel) = arg
        .cast::<PyDict>()
        .ok()
        .map(|a| a.get_item(intern!(py, "channel")))
        .transpose()?
        .flatten()
        .filter(|c| c.is_instance_of::<PyString>())
    else {
        return Ok(None);
    };
    let d = PyDict::new(py);
    d.set_item(intern!(py, "type"), intern!(py, "data"))?;
    d.set_item(intern!(py, "channel"), channel)?;
    d.set_item(intern!(py, "arg"), arg)?;
    d.set_item(intern!(py, "action"), parts.action)?;
    d.set_item(intern!(py, "data"), data)?;
    for (k, v) in parts.extra {
        d.set_item(k, v)?;
    }
    Ok(Some(d.into_any()))
}

/// One message as the dict users receive: `type` is `data`, `event`, `pong`,
/// `channel_conn_count`, `channel_conn_count_error` or `unknown`.
fn message_to_py<'py>(
    py: Python<'py>,
    msg: &WsMessage,
    keys: &mut KeyCache,
) -> PyResult<Bound<'py, PyAny>> {
    if let WsMessage::Push(text) = msg {
        return match push_to_py(py, text, keys)? {
            Some(d) => Ok(d),
            None => message_to_py(py, &okx_ws::parse(text, okx_ws::UrlKind::Public), keys),
        };
    }
    let d = PyDict::new(py);
    let map_to_py = |m: &Map<String, Value>| -> PyResult<Bound<'py, PyAny>> {
        let dict = PyDict::new(py);
        for (k, v) in m {
            dict.set_item(k, value_to_py(py, v)?)?;
        }
        Ok(dict.into_any())
    };
    match msg {
        WsMessage::Data {
            channel,
            arg,
            action,
            data,
            extra,
        } => {
            d.set_item("type", "data")?;
            d.set_item("channel", channel)?;
            d.set_item("arg", map_to_py(arg)?)?;
            d.set_item("action", action.as_deref())?;
            d.set_item("data", value_to_py(py, data)?)?;
            for (k, v) in extra {
                d.set_item(k, value_to_py(py, v)?)?;
            }
        }
        WsMessage::Event {
            event,
            code,
            msg,
            arg,
            conn_id,
            url_kind,
        } => {
            d.set_item("type", "event")?;
            d.set_item("event", event)?;
            d.set_item("code", code.as_deref())?;
            d.set_item("msg", msg.as_deref())?;
            d.set_item("arg", arg.as_ref().map(map_to_py).transpose()?)?;
            d.set_item("conn_id", conn_id.as_deref())?;
            d.set_item("url", url_kind.as_str())?;
        }
        WsMessage::Pong => d.set_item("type", "pong")?,
        WsMessage::ChannelConnCount {
            channel,
            conn_count,
            conn_id,
        } => {
            d.set_item("type", "channel_conn_count")?;
            d.set_item("channel", channel)?;
            d.set_item("conn_count", conn_count)?;
            d.set_item("conn_id", conn_id.as_deref())?;
        }
        WsMessage::ChannelConnCountError {
            channel,
            code,
            msg,
            conn_id,
            conn_count,
        } => {
            d.set_item("type", "channel_conn_count_error")?;
            d.set_item("channel", channel)?;
            d.set_item("code", code.as_deref())?;
            d.set_item("msg", msg.as_deref())?;
            d.set_item("conn_id", conn_id.as_deref())?;
            d.set_item("conn_count", conn_count.as_deref())?;
        }
        WsMessage::Unknown(raw) => {
            d.set_item("type", "unknown")?;
            d.set_item("raw", PyString::new(py, raw))?;
        }
        #[allow(unreachable_patterns)]
        _ => d.set_item("type", "unknown")?,
    }
    Ok(d.into_any())
}

/// What awaiting an operation without a result gives: Python's None (a bare `()` would
/// become an empty tuple).
const NONE: Option<bool> = None;

/// A message, or None once the client is closed, converted when awaited.
struct Delivered(Option<WsMessage>);

impl<'py> IntoPyObject<'py> for Delivered {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match &self.0 {
            Some(msg) => message_to_py(py, msg, key_cache().cache()),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

/// A batch of messages, converted when awaited.
struct Batch(Vec<WsMessage>);

impl<'py> IntoPyObject<'py> for Batch {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        batch_to_py(py, &self.0)
    }
}

fn batch_to_py<'py>(py: Python<'py>, msgs: &[WsMessage]) -> PyResult<Bound<'py, PyAny>> {
    let mut guard = key_cache();
    let keys = guard.cache();
    let list = PyList::empty(py);
    for m in msgs {
        list.append(message_to_py(py, m, keys)?)?;
    }
    Ok(list.into_any())
}

impl PyWsClient {
    fn connect<'py>(
        py: Python<'py>,
        config: &Bound<'py, PyConfig>,
        private: bool,
        (opts, rest): (WsOptions, Arc<OkxRestClient>),
    ) -> PyResult<Bound<'py, PyAny>> {
        let config = config.get().inner.clone();
        let trading = Arc::new(crate::ws_trading::Trading::new(&config, rest));
        config.validate().map_err(to_py_err)?;
        if private && config.credentials.is_none() {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "config.credentials are required by connect_private; Config has none",
            ));
        }
        crate::future_into_py(py, async move {
            let inner = if private {
                CoreWs::connect_private(&config, opts).await
            } else {
                CoreWs::connect_public(&config, opts).await
            }
            .map_err(to_py_err)?;
            Ok(PyWsClient { inner, trading })
        })
    }

    /// Subscribes `channel` with `args`; bad arguments raise before anything is sent.
    fn subscribe_args<'py>(
        &self,
        py: Python<'py>,
        channel: String,
        args: Map<String, Value>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let spec = okx_ws::channels::route_or_err(&channel).map_err(to_py_err)?;
        spec.check_args(&channel, &args).map_err(to_py_err)?;
        let inner = self.inner.clone();
        crate::future_into_py(py, async move {
            inner.subscribe(&channel, args).await.map_err(to_py_err)?;
            Ok(NONE)
        })
    }
}

#[pymethods]
impl PyWsClient {
    /// Connects to the public WebSocket; business and private connections open when a
    /// subscription needs them. Awaitable.
    #[staticmethod]
    #[pyo3(signature = (config, max_reconnect_attempts = None, ping_interval_secs = 20.0, pong_timeout_secs = 10.0))]
    fn connect_public<'py>(
        py: Python<'py>,
        config: &Bound<'py, PyConfig>,
        max_reconnect_attempts: Option<u32>,
        ping_interval_secs: f64,
        pong_timeout_secs: f64,
    ) -> PyResult<Bound<'py, PyAny>> {
        let opts = options(
            &config.get().inner,
            max_reconnect_attempts,
            ping_interval_secs,
            pong_timeout_secs,
        )?;
        Self::connect(py, config, false, opts)
    }

    /// Connects to the private WebSocket and logs in. Awaitable.
    ///
    /// Raises:
    ///     OkxAuthError: OKX refused the login.
    #[staticmethod]
    #[pyo3(signature = (config, max_reconnect_attempts = None, ping_interval_secs = 20.0, pong_timeout_secs = 10.0))]
    fn connect_private<'py>(
        py: Python<'py>,
        config: &Bound<'py, PyConfig>,
        max_reconnect_attempts: Option<u32>,
        ping_interval_secs: f64,
        pong_timeout_secs: f64,
    ) -> PyResult<Bound<'py, PyAny>> {
        let opts = options(
            &config.get().inner,
            max_reconnect_attempts,
            ping_interval_secs,
            pong_timeout_secs,
        )?;
        Self::connect(py, config, true, opts)
    }

    /// Subscribes any channel: `subscribe("tickers", inst_id="BTC-USDT")`. Argument
    /// names may be snake_case or OKX's camelCase. Awaitable; completes on OKX's ack.
    #[pyo3(signature = (channel, **args))]
    fn subscribe<'py>(
        &self,
        py: Python<'py>,
        channel: String,
        args: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let args = kwargs_to_args(args)?;
        self.subscribe_args(py, channel, args)
    }

    /// Unsubscribes a channel subscribed with the same arguments. Awaitable.
    #[pyo3(signature = (channel, **args))]
    fn unsubscribe<'py>(
        &self,
        py: Python<'py>,
        channel: String,
        args: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let args = kwargs_to_args(args)?;
        okx_ws::channels::route_or_err(&channel).map_err(to_py_err)?;
        let inner = self.inner.clone();
        crate::future_into_py(py, async move {
            inner.unsubscribe(&channel, args).await.map_err(to_py_err)?;
            Ok(NONE)
        })
    }

    /// The next message as a dict (`type`: data, event, pong, channel_conn_count,
    /// channel_conn_count_error, unknown), or None once the client is closed. Awaitable;
    /// completes at once when a message is queued.
    fn recv<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        if let Some(msg) = self.inner.try_recv_batch(1).pop() {
            return ready(py, message_to_py(py, &msg, key_cache().cache())?);
        }
        let inner = self.inner.clone();
        crate::future_into_py(py, async move { Ok(Delivered(inner.recv().await)) })
    }

    /// Every queued message (up to `max`), waiting only when none is queued; an empty
    /// list once the client is closed. Moderate batches are fastest: very large lists of
    /// fresh dicts make Python's garbage collector work harder.
    #[pyo3(signature = (max = 256))]
    fn recv_batch<'py>(&self, py: Python<'py>, max: usize) -> PyResult<Bound<'py, PyAny>> {
        let max = max.max(1);
        let queued = self.inner.try_recv_batch(max);
        if !queued.is_empty() {
            return ready(py, batch_to_py(py, &queued)?);
        }
        let inner = self.inner.clone();
        crate::future_into_py(py, async move { Ok(Batch(inner.recv_batch(max).await)) })
    }

    fn __aiter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __anext__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        if let Some(msg) = self.inner.try_recv_batch(1).pop() {
            return ready(py, message_to_py(py, &msg, key_cache().cache())?);
        }
        let inner = self.inner.clone();
        crate::future_into_py(py, async move {
            match inner.recv().await {
                Some(msg) => Ok(Delivered(Some(msg))),
                None => Err(PyStopAsyncIteration::new_err(())),
            }
        })
    }

    /// True while every opened connection is up.
    fn is_connected(&self) -> bool {
        self.inner.is_connected()
    }

    /// Drops and re-opens every connection, logs in again and restores every
    /// subscription. Awaitable.
    fn reconnect<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let inner = self.inner.clone();
        crate::future_into_py(py, async move {
            inner.reconnect().await.map_err(to_py_err)?;
            Ok(NONE)
        })
    }

    /// Closes every connection; `recv()` then returns the queued messages and None.
    /// Awaitable.
    fn close<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let inner = self.inner.clone();
        crate::future_into_py(py, async move {
            inner.close().await;
            Ok(NONE)
        })
    }

    /// Subscribes an order-book channel and keeps the book in Rust; returns its
    /// `LiveOrderBook`. `channel`: books (default, 400 levels), books5, bbo-tbt,
    /// books50-l2-tbt, books-l2-tbt, books-rpi, books-elp, or a spread book
    /// (sprd-books5, sprd-bbo-tbt, sprd-books-l2-tbt, with the spread id as `inst_id`).
    /// The WS snapshot is used when one comes; otherwise, and after any gap in
    /// `seqId`/`prevSeqId` or a non-zero checksum that does not match, the book is
    /// rebuilt from `GET /api/v5/market/books` with the buffered updates bridged onto it.
    /// The channel's pushes are also delivered through `recv()` as before; a bot that only
    /// reads the book passes `messages=False` (then no push costs any Python work, and an
    /// unread queue cannot fill up and pause the connection). `stale_after_secs`: a book
    /// without any push
    /// (keep-alives included) for this long reads as stale. Subscribing the same channel
    /// and instrument again returns the same book. Awaitable; completes on OKX's ack.
    #[pyo3(signature = (inst_id, channel = "books", *, messages = true, stale_after_secs = 90.0))]
    fn subscribe_orderbook<'py>(
        &self,
        py: Python<'py>,
        inst_id: String,
        channel: &str,
        messages: bool,
        stale_after_secs: f64,
    ) -> PyResult<Bound<'py, PyAny>> {
        if !(stale_after_secs.is_finite() && stale_after_secs > 0.0) {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "stale_after_secs must be a positive number of seconds; got {stale_after_secs}"
            )));
        }
        if okx_ws::book_kind(channel).is_none() {
            let names: Vec<&str> = okx_ws::BOOK_KINDS.iter().map(|k| k.channel).collect();
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "channel must be an order-book channel, one of {}; got {channel:?}",
                names.join(", ")
            )));
        }
        if inst_id.trim().is_empty() {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "inst_id must not be empty",
            ));
        }
        let opts = okx_ws::BookOptions {
            messages,
            stale_after: Duration::from_secs_f64(stale_after_secs.min(86_400.0)),
        };
        let inner = self.inner.clone();
        let channel = channel.to_owned();
        crate::future_into_py(py, async move {
            let book = inner
                .subscribe_book(&channel, &inst_id, opts)
                .await
                .map_err(to_py_err)?;
            Ok(crate::book::PyLiveOrderBook {
                inner: book,
                offline: false,
            })
        })
    }

    /// The `LiveOrderBook` kept for `inst_id` on `channel`, or None when
    /// `subscribe_orderbook` was not called for them (or they were unsubscribed).
    #[pyo3(signature = (inst_id, channel = "books"))]
    fn order_book(&self, inst_id: &str, channel: &str) -> Option<crate::book::PyLiveOrderBook> {
        self.inner
            .book(channel, inst_id)
            .map(|inner| crate::book::PyLiveOrderBook {
                inner,
                offline: false,
            })
    }

    /// Active subscriptions over all connections.
    fn subscription_count(&self) -> usize {
        self.inner.subscription_count()
    }

    /// Logs in on the private connection with a caller-supplied Unix time in seconds
    /// (e.g. OKX's server time), for machines whose clock is off. Awaitable.
    fn login_with_timestamp<'py>(
        &self,
        py: Python<'py>,
        timestamp_unix: i64,
    ) -> PyResult<Bound<'py, PyAny>> {
        let inner = self.inner.clone();
        crate::future_into_py(py, async move {
            inner
                .login_with_timestamp(timestamp_unix)
                .await
                .map_err(to_py_err)?;
            Ok(NONE)
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "WsClient(connected={}, subscriptions={})",
            if self.inner.is_connected() {
                "True"
            } else {
                "False"
            },
            self.inner.subscription_count()
        )
    }
}

/// One typed `subscribe_*` method per entry of okx-ws's channel table (except
/// `subscribe_orderbook`, written by hand above: it returns a `LiveOrderBook`).
macro_rules! py_channel_methods {
    ($(
        $(#[doc = $doc:literal])+
        $chan:literal => $py:ident { $($body:tt)* }
    )*) => {
        $( py_channel_method! { $(#[doc = $doc])+ $chan => $py { $($body)* } } )*
    };
}

macro_rules! py_channel_method {
    ($(#[doc = $doc:literal])+ $chan:literal => subscribe_orderbook { $($body:tt)* }) => {};
    (
        $(#[doc = $doc:literal])+
        $chan:literal => $py:ident {
            url: $url:ident, login: $login:literal, limited: $limited:literal,
            $( select: $sel:ident($sparam:ident = $sdefault:tt in $sset:path), )?
            required: { $( $rp:ident : $rk:ident $(($rset:path))? = $rokx:literal ),* $(,)? },
            optional: { $( $op:ident : $ok:ident $(($oset:path))? = $ookx:literal ),* $(,)? },
            $( one_of: [ $($oo:ident),* ], )?
        }
    ) => {
        #[pymethods]
        impl PyWsClient {
            $(#[doc = $doc])+
            #[doc = ""]
            #[doc = concat!("OKX channel `", $chan, "` on the ", stringify!($url), " URL. Awaitable.")]
            #[pyo3(signature = ($($rp,)* $($sparam = $sdefault,)? $($op = None,)*))]
            #[allow(clippy::too_many_arguments)]
            fn $py<'py>(
                &self,
                py: Python<'py>,
                $( $rp: String, )*
                $( $sparam: &str, )?
                $( $op: Option<String>, )*
            ) -> PyResult<Bound<'py, PyAny>> {
                #[allow(unused_mut)]
                let mut args = Map::new();
                $( args.insert($rokx.to_owned(), Value::String($rp)); )*
                $( if let Some(v) = $op { args.insert($ookx.to_owned(), Value::String(v)); } )*
                let spec = okx_ws::channels::CHANNELS
                    .iter()
                    .find(|c| c.py_name == stringify!($py))
                    .ok_or_else(|| pyo3::exceptions::PyRuntimeError::new_err(concat!("channel table lacks ", $chan)))?;
                #[allow(unused_mut, unused_assignments)]
                let mut selected: Option<&str> = None;
                $( selected = Some($sparam); )?
                let channel = spec.channel_name(selected).map_err(to_py_err)?;
                self.subscribe_args(py, channel, args)
            }
        }
    };
}
okx_ws::for_each_channel!(py_channel_methods);
