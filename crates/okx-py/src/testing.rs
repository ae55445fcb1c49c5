//! `MockExchange`: okx-mock started in-process on 127.0.0.1, for tests, demos and
//! offline development of trading bots.

use std::sync::Mutex;

use okx_mock::{
    AfterAction, AfterFault, BookFault, BookMode, Fault, FaultKind, MockOptions, MockServer,
    WsFault,
};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use crate::config::{PyConfig, PyCredentials};

/// A local OKX-compatible exchange on 127.0.0.1 (random port by default). Use it as a
/// context manager; `config()` gives a Config pointed at it with credentials it accepts.
#[pyclass(frozen, name = "MockExchange", module = "okx_py.testing")]
pub struct PyMockExchange {
    server: Mutex<Option<MockServer>>,
    // Kept outside the lock so URLs stay readable after close().
    rest_url: String,
    ws_urls: [String; 3],
    credentials: okx_core::Credentials,
    simulated: bool,
    port: u16,
    ca_cert_pem: Option<String>,
}

impl PyMockExchange {
    fn with_server<T>(&self, f: impl FnOnce(&MockServer) -> T) -> PyResult<T> {
        let guard = self
            .server
            .lock()
            .map_err(|_| PyRuntimeError::new_err("mock exchange state is poisoned"))?;
        guard
            .as_ref()
            .map(f)
            .ok_or_else(|| PyRuntimeError::new_err("the mock exchange is closed"))
    }

    fn book_fault(&self, inst_id: Option<String>, fault: BookFault) -> PyResult<()> {
        self.with_server(|s| s.book_fault(inst_id.as_deref(), fault))?
            .map_err(PyValueError::new_err)
    }

    fn inject(&self, path: Option<String>, kind: FaultKind, times: u32) -> PyResult<()> {
        if times == 0 {
            return Err(PyValueError::new_err("times must be at least 1; got 0"));
        }
        if let Some(p) = &path {
            if !p.starts_with('/') {
                return Err(PyValueError::new_err(format!(
                    "path must start with \"/\"; got \"{p}\""
                )));
            }
        }
        self.with_server(|s| s.inject(Fault { path, kind, times }))
    }
}

/// The book mode named `mode`; `param` is the Python parameter it came from.
fn book_mode(param: &str, mode: &str) -> PyResult<BookMode> {
    match mode {
        "okx" => Ok(BookMode::Okx),
        "legacy" => Ok(BookMode::Legacy),
        "announced" => Ok(BookMode::Announced),
        other => Err(PyValueError::new_err(format!(
            "{param} must be one of \"okx\", \"legacy\", \"announced\"; got \"{other}\""
        ))),
    }
}

/// The WebSocket ops an after-execution fault can target.
const WS_ORDER_OPS: &[&str] = &[
    "order",
    "batch-orders",
    "cancel-order",
    "batch-cancel-orders",
    "amend-order",
    "batch-amend-orders",
    "mass-cancel",
];

/// JSON items as a Python list of dicts.
fn json_list(py: Python<'_>, items: Vec<serde_json::Value>) -> PyResult<Bound<'_, PyAny>> {
    let text = serde_json::Value::Array(items).to_string();
    py.import("json")?.getattr("loads")?.call1((text,))
}

fn secs_to_millis(param: &str, secs: f64) -> PyResult<u64> {
    if !(secs.is_finite() && secs >= 0.0) {
        return Err(PyValueError::new_err(format!(
            "{param} must be a non-negative number of seconds; got {secs}"
        )));
    }
    Ok((secs * 1000.0) as u64)
}

#[pymethods]
impl PyMockExchange {
    #[new]
    #[pyo3(signature = (port = 0, simulated = true, tls = false, book_mode = "okx"))]
    fn new(
        py: Python<'_>,
        port: u16,
        simulated: bool,
        tls: bool,
        book_mode: &str,
    ) -> PyResult<Self> {
        let mode = self::book_mode("book_mode", book_mode)?;
        let server = py
            .detach(|| {
                MockServer::start(MockOptions {
                    port,
                    simulated,
                    tls,
                })
            })
            .map_err(|e| {
                PyRuntimeError::new_err(format!(
                    "cannot start the mock exchange on 127.0.0.1:{port}: {e}"
                ))
            })?;
        server.set_book_mode(mode);
        Ok(Self {
            rest_url: server.rest_url(),
            ws_urls: [
                server.ws_public_url(),
                server.ws_private_url(),
                server.ws_business_url(),
            ],
            credentials: server.credentials(),
            simulated: server.simulated(),
            port: server.port(),
            ca_cert_pem: server.ca_cert_pem(),
            server: Mutex::new(Some(server)),
        })
    }

    /// A Config pointed at this exchange, with its test credentials. `rate_limit` and
    /// `order_expiry_secs` as `Config`'s; `sync_clock` is off by default here: the mock's
    /// clock is this machine's until `set_clock_offset_ms` moves it, and a first
    /// `GET /api/v5/public/time` would take a fault injected for the request under test.
    #[pyo3(signature = (timeout_secs = 30.0, with_credentials = true, *, rate_limit = "wait",
        sync_clock = false, order_expiry_secs = 5.0))]
    fn config(
        &self,
        timeout_secs: f64,
        with_credentials: bool,
        rate_limit: &str,
        sync_clock: bool,
        order_expiry_secs: f64,
    ) -> PyResult<PyConfig> {
        let inner = okx_core::Config {
            rate_limit: okx_core::RateLimitPolicy::parse(rate_limit)
                .map_err(crate::errors::to_py_err)?,
            sync_clock,
            order_expiry_secs,
            credentials: with_credentials.then(|| self.credentials.clone()),
            simulated: self.simulated,
            timeout_secs,
            proxy_url: None,
            rest_url: Some(self.rest_url.clone()),
            ws_public_url: Some(self.ws_urls[0].clone()),
            ws_private_url: Some(self.ws_urls[1].clone()),
            ws_business_url: Some(self.ws_urls[2].clone()),
            ..okx_core::Config::default()
        };
        inner.validate().map_err(crate::errors::to_py_err)?;
        Ok(PyConfig { inner })
    }

    /// The REST base URL, e.g. `http://127.0.0.1:54321`.
    #[getter]
    fn rest_url(&self) -> &str {
        &self.rest_url
    }

    /// The public WebSocket URL.
    #[getter]
    fn ws_public_url(&self) -> &str {
        &self.ws_urls[0]
    }

    /// The private WebSocket URL.
    #[getter]
    fn ws_private_url(&self) -> &str {
        &self.ws_urls[1]
    }

    /// The business WebSocket URL.
    #[getter]
    fn ws_business_url(&self) -> &str {
        &self.ws_urls[2]
    }

    /// The TCP port on 127.0.0.1.
    #[getter]
    fn port(&self) -> u16 {
        self.port
    }

    /// True when the test key is a demo-trading key (clients must send `x-simulated-trading: 1`).
    #[getter]
    fn simulated(&self) -> bool {
        self.simulated
    }

    /// The test API key, for pointing other clients at this exchange.
    #[getter]
    fn api_key(&self) -> &str {
        &self.credentials.api_key
    }

    /// The test secret key (a fixed test value, not a real secret).
    #[getter]
    fn secret_key(&self) -> &str {
        self.credentials.secret_key()
    }

    /// The test passphrase.
    #[getter]
    fn passphrase(&self) -> &str {
        self.credentials.passphrase()
    }

    /// The test credentials as a Credentials object.
    #[getter]
    fn credentials(&self) -> PyCredentials {
        PyCredentials {
            inner: self.credentials.clone(),
        }
    }

    /// REST requests served so far.
    #[getter]
    fn request_count(&self) -> PyResult<u64> {
        self.with_server(MockServer::request_count)
    }

    /// The last REST requests the exchange received (at most 1,000), oldest first; only
    /// those for `path` (e.g. `"/api/v5/trade/order"`) when given. Each is a dict with
    /// `method`, `path`, `query` (dict of str, percent-decoded), `body` (parsed JSON, or
    /// None when empty or not JSON), `signed` (an `OK-ACCESS-SIGN` header was sent),
    /// `verified` (the `OK-ACCESS-*` headers passed the private-endpoint checks) and `ts`
    /// (arrival, Unix ms).
    #[pyo3(signature = (path = None))]
    fn requests<'py>(
        &self,
        py: Python<'py>,
        path: Option<&str>,
    ) -> PyResult<Vec<Bound<'py, PyDict>>> {
        let recorded = self.with_server(|s| s.requests(path))?;
        let loads = py.import("json")?.getattr("loads")?;
        recorded
            .into_iter()
            .map(|r| {
                let d = PyDict::new(py);
                d.set_item("method", r.method)?;
                d.set_item("path", r.path)?;
                let query = PyDict::new(py);
                for (k, v) in r.params {
                    if !query.contains(&k)? {
                        query.set_item(k, v)?;
                    }
                }
                d.set_item("query", query)?;
                let body = if r.body.trim().is_empty() {
                    py.None().into_bound(py)
                } else {
                    loads
                        .call1((r.body.as_str(),))
                        .unwrap_or_else(|_| py.None().into_bound(py))
                };
                d.set_item("body", body)?;
                d.set_item("signed", r.signed)?;
                d.set_item("verified", r.verified)?;
                d.set_item("ts", r.ts)?;
                Ok(d)
            })
            .collect()
    }

    /// Forgets the recorded requests.
    fn clear_requests(&self) -> PyResult<()> {
        self.with_server(MockServer::clear_requests)
    }

    /// Sets the available balance of one currency of the test account.
    fn set_balance(&self, ccy: &str, amount: &str) -> PyResult<()> {
        self.with_server(|s| s.set_balance(ccy, amount))?
            .map_err(PyValueError::new_err)
    }

    /// Moves an instrument's last price and re-centres its book around it.
    fn set_price(&self, inst_id: &str, price: &str) -> PyResult<()> {
        self.with_server(|s| s.set_price(inst_id, price))?
            .map_err(PyValueError::new_err)
    }

    /// Answers the next `times` matching requests with HTTP `status` and `body`.
    #[pyo3(signature = (status, body = "", path = None, times = 1))]
    fn inject_http_error(
        &self,
        status: u16,
        body: &str,
        path: Option<String>,
        times: u32,
    ) -> PyResult<()> {
        if !(100..=599).contains(&status) {
            return Err(PyValueError::new_err(format!(
                "status must be an HTTP status 100-599; got {status}"
            )));
        }
        let body = body.to_owned();
        self.inject(path, FaultKind::HttpStatus { status, body }, times)
    }

    /// Answers the next `times` matching requests with OKX error `code` and `msg`.
    #[pyo3(signature = (code, msg = "", path = None, http_status = 200, times = 1))]
    fn inject_okx_error(
        &self,
        code: String,
        msg: &str,
        path: Option<String>,
        http_status: u16,
        times: u32,
    ) -> PyResult<()> {
        self.inject(
            path,
            FaultKind::OkxCode {
                code,
                msg: msg.to_owned(),
                http_status,
            },
            times,
        )
    }

    /// Answers the next `times` matching requests with `body` verbatim (a dict is sent as its
    /// JSON text) as `application/json` with HTTP `http_status`, e.g. a recorded OKX answer.
    #[pyo3(signature = (body, path = None, times = 1, http_status = 200))]
    fn inject_answer(
        &self,
        py: Python<'_>,
        body: &Bound<'_, PyAny>,
        path: Option<String>,
        times: u32,
        http_status: u16,
    ) -> PyResult<()> {
        if !(100..=599).contains(&http_status) {
            return Err(PyValueError::new_err(format!(
                "http_status must be an HTTP status 100-599; got {http_status}"
            )));
        }
        let body = if body.is_instance_of::<PyString>() {
            body.extract::<String>()?
        } else if body.is_instance_of::<PyDict>() {
            let dumps = py.import("json")?.getattr("dumps")?;
            dumps.call1((body,))?.extract::<String>()?
        } else {
            return Err(PyTypeError::new_err(format!(
                "body must be a str or a dict; got {}",
                body.get_type().name()?
            )));
        };
        self.inject(path, FaultKind::Answer { body, http_status }, times)
    }

    /// Answers the next `times` matching requests with HTTP 429 and code 50011.
    #[pyo3(signature = (path = None, times = 1))]
    fn inject_rate_limit(&self, path: Option<String>, times: u32) -> PyResult<()> {
        self.inject(path, FaultKind::RateLimit, times)
    }

    /// Delays the next `times` matching answers by `secs` seconds.
    #[pyo3(signature = (secs, path = None, times = 1))]
    fn inject_delay(&self, secs: f64, path: Option<String>, times: u32) -> PyResult<()> {
        let millis = secs_to_millis("secs", secs)?;
        self.inject(path, FaultKind::Delay { millis }, times)
    }

    /// Drops the connection of the next `times` matching requests without an answer.
    #[pyo3(signature = (path = None, times = 1))]
    fn inject_disconnect(&self, path: Option<String>, times: u32) -> PyResult<()> {
        self.inject(path, FaultKind::Drop, times)
    }

    /// The self-signed certificate (PEM) of a `tls=True` exchange, for clients to trust;
    /// None without TLS.
    #[getter]
    fn ca_cert_pem(&self) -> Option<&str> {
        self.ca_cert_pem.as_deref()
    }

    /// Open WebSocket connections.
    #[getter]
    fn ws_connection_count(&self) -> PyResult<usize> {
        self.with_server(MockServer::ws_connection_count)
    }

    /// Active WebSocket subscriptions over all connections.
    #[getter]
    fn ws_subscription_count(&self) -> PyResult<usize> {
        self.with_server(MockServer::ws_subscription_count)
    }

    /// Closes every WebSocket connection at once, without a close frame.
    fn ws_drop_all(&self) -> PyResult<()> {
        self.with_server(|s| s.ws_fault(WsFault::DropAll))
    }

    /// Goes half-open for `secs`: connections stay open but nothing is answered or pushed.
    fn ws_half_open(&self, secs: f64) -> PyResult<()> {
        let millis = secs_to_millis("secs", secs)?;
        self.with_server(|s| s.ws_fault(WsFault::HalfOpen { millis }))
    }

    /// Sends OKX's `notice` 64008 (service upgrade, reconnect soon) on every connection.
    fn ws_notice(&self) -> PyResult<()> {
        self.with_server(|s| s.ws_fault(WsFault::Notice))
    }

    /// Closes every WebSocket connection with close `code` (OKX uses 4004 for idle).
    #[pyo3(signature = (code = 4004))]
    fn ws_close(&self, code: u16) -> PyResult<()> {
        self.with_server(|s| s.ws_fault(WsFault::Close { code }))
    }

    /// Refuses the next `times` WebSocket logins with 60009.
    #[pyo3(signature = (times = 1))]
    fn ws_refuse_logins(&self, times: u32) -> PyResult<()> {
        self.with_server(|s| s.ws_fault(WsFault::RefuseLogins { times }))
    }

    /// Delays every outgoing WebSocket frame for the next `secs`.
    fn ws_delay(&self, secs: f64) -> PyResult<()> {
        let millis = secs_to_millis("secs", secs)?;
        self.with_server(|s| s.ws_fault(WsFault::Delay { millis }))
    }

    /// Pushes `count` valid, varying messages of `channel` (`tickers` or `books`) for
    /// `inst_id` to its subscribers as fast as they take them (benchmarks).
    fn ws_flood(&self, channel: &str, inst_id: &str, count: u64) -> PyResult<()> {
        self.with_server(|s| s.ws_flood(channel, inst_id, count))?
            .map_err(PyValueError::new_err)
    }

    /// Closes WebSocket connections that send nothing for `secs` (OKX: 30 s).
    fn set_ws_idle_timeout(&self, secs: f64) -> PyResult<()> {
        let millis = secs_to_millis("secs", secs)?;
        self.with_server(|s| s.set_ws_idle_timeout(millis))
    }

    /// Sets how `books`, `books-l2-tbt` and `books50-l2-tbt` are published: "okx" (a
    /// snapshot on subscribe, then updates, checksum 0), "legacy" (the same with real CRC-32
    /// checksums) or "announced" (no snapshot: start from REST `market/books`).
    ///
    /// Raises:
    ///     ValueError: `mode` is not one of those.
    fn set_book_mode(&self, mode: &str) -> PyResult<()> {
        let mode = book_mode("mode", mode)?;
        self.with_server(|s| s.set_book_mode(mode))
    }

    /// Skips one update of the incremental book channels of `inst_id` (every instrument when
    /// None): the next update's `prevSeqId` is not the last `seqId` sent.
    ///
    /// Raises:
    ///     ValueError: `inst_id` is not a listed instrument.
    #[pyo3(signature = (inst_id = None))]
    fn book_gap(&self, inst_id: Option<String>) -> PyResult<()> {
        self.book_fault(inst_id, BookFault::Gap)
    }

    /// Sends the last update of the incremental book channels of `inst_id` (every instrument
    /// when None) once more, unchanged.
    ///
    /// Raises:
    ///     ValueError: `inst_id` is not a listed instrument.
    #[pyo3(signature = (inst_id = None))]
    fn book_duplicate(&self, inst_id: Option<String>) -> PyResult<()> {
        self.book_fault(inst_id, BookFault::Duplicate)
    }

    /// Restarts the `seqId` of `inst_id` (every instrument when None) at a small value, as
    /// after OKX maintenance: the next update's `seqId` is below its `prevSeqId`, and REST
    /// `market/books` continues from it.
    ///
    /// Raises:
    ///     ValueError: `inst_id` is not a listed instrument.
    #[pyo3(signature = (inst_id = None))]
    fn book_reset(&self, inst_id: Option<String>) -> PyResult<()> {
        self.book_fault(inst_id, BookFault::Reset)
    }

    /// Sends a keep-alive on the book channels of `inst_id` (every instrument when None): an
    /// update with no levels and `prevSeqId` == `seqId` == the last `seqId`; `books5` and
    /// `bbo-tbt` repeat their latest snapshot.
    ///
    /// Raises:
    ///     ValueError: `inst_id` is not a listed instrument.
    #[pyo3(signature = (inst_id = None))]
    fn book_keepalive(&self, inst_id: Option<String>) -> PyResult<()> {
        self.book_fault(inst_id, BookFault::KeepAlive)
    }

    /// Gives the next update of the incremental book channels of `inst_id` (every instrument
    /// when None) a wrong, non-zero checksum (meaningful in the "legacy" book mode).
    ///
    /// Raises:
    ///     ValueError: `inst_id` is not a listed instrument.
    #[pyo3(signature = (inst_id = None))]
    fn book_bad_checksum(&self, inst_id: Option<String>) -> PyResult<()> {
        self.book_fault(inst_id, BookFault::BadChecksum)
    }

    /// Sends the next subscriber of an incremental book channel of `inst_id` (any instrument
    /// when None) its snapshot `secs` late, and nothing of that channel before it.
    ///
    /// Raises:
    ///     ValueError: `secs` is negative or not finite, or `inst_id` is not listed.
    #[pyo3(signature = (secs, inst_id = None))]
    fn book_delay_snapshot(&self, secs: f64, inst_id: Option<String>) -> PyResult<()> {
        let millis = secs_to_millis("secs", secs)?;
        self.book_fault(inst_id, BookFault::DelaySnapshot { millis })
    }

    /// Freezes the synthetic market: books change only through orders, `set_price` and book
    /// faults; pushes and keep-alives go on.
    fn pause_market(&self) -> PyResult<()> {
        self.with_server(|s| s.set_market_paused(true))
    }

    /// Lets the synthetic market move again after `pause_market`.
    fn resume_market(&self) -> PyResult<()> {
        self.with_server(|s| s.set_market_paused(false))
    }

    /// Removes every injected fault not yet used, `inject_after_execute` ones included.
    fn clear_faults(&self) -> PyResult<()> {
        self.with_server(MockServer::clear_faults)
    }

    /// Executes the next `times` matching order requests, then misbehaves: "50004" answers
    /// OKX's 50004 "API endpoint request timeout" instead of the real answer (REST HTTP 200
    /// with empty `data`, WebSocket a reply with code 50004), "drop" closes the connection
    /// without an answer (REST cuts the TCP connection, WebSocket the socket), "delay"
    /// answers after `delay_secs`. `target` is a REST path (its POST requests, e.g.
    /// "/api/v5/trade/order") or a WebSocket op ("order", "batch-orders", ...); None matches
    /// every request that places, amends or cancels orders, REST or WebSocket.
    ///
    /// Raises:
    ///     ValueError: unknown `action`, `times` below 1, a negative `delay_secs`, or a
    ///         `target` path not starting with "/" that is no order op either.
    #[pyo3(signature = (action, target = None, times = 1, delay_secs = 0.0))]
    fn inject_after_execute(
        &self,
        action: &str,
        target: Option<String>,
        times: u32,
        delay_secs: f64,
    ) -> PyResult<()> {
        let action = match action {
            "50004" => AfterAction::Timeout,
            "drop" => AfterAction::Drop,
            "delay" => AfterAction::Delay {
                millis: secs_to_millis("delay_secs", delay_secs)?,
            },
            other => {
                return Err(PyValueError::new_err(format!(
                    "action must be one of \"50004\", \"drop\", \"delay\"; got \"{other}\""
                )))
            }
        };
        if times == 0 {
            return Err(PyValueError::new_err("times must be at least 1; got 0"));
        }
        if let Some(t) = &target {
            if !t.starts_with('/') && !WS_ORDER_OPS.contains(&t.as_str()) {
                return Err(PyValueError::new_err(format!(
                    "target must be a REST path starting with \"/\" or one of {}; got \"{t}\"",
                    WS_ORDER_OPS.join(", ")
                )));
            }
        }
        self.with_server(|s| {
            s.inject_after_execute(AfterFault {
                target,
                action,
                times,
            })
        })
    }

    /// Turns rate-limit enforcement on (or off with `enabled=False`). While on, every REST
    /// request and WebSocket order op is counted in OKX's sliding windows: each endpoint's
    /// limit from the endpoint table (one bucket per instrument for place/amend/cancel, one
    /// unit per order on batch endpoints, a one-order batch charged to the single-order
    /// endpoint; WebSocket ops share their REST twin's bucket), plus `sub_account_limit` new
    /// and amended orders per 2 s. Over a limit the request is refused without executing or
    /// counting: HTTP 429 / code 50011 for an endpoint, HTTP 200 / code 50061 for the
    /// sub-account (WebSocket replies carry the same codes). Stats stay when turned off.
    ///
    /// Raises:
    ///     ValueError: `sub_account_limit` below 1.
    #[pyo3(signature = (enabled = true, sub_account_limit = 1000))]
    fn enforce_rate_limits(&self, enabled: bool, sub_account_limit: u32) -> PyResult<()> {
        if sub_account_limit == 0 {
            return Err(PyValueError::new_err(
                "sub_account_limit must be at least 1; got 0",
            ));
        }
        self.with_server(|s| s.enforce_rate_limits(enabled, sub_account_limit))
    }

    /// What rate-limit enforcement saw: {"rejected": requests refused, "buckets": {name:
    /// {"limit": int, "window_ms": int, "peak": most units ever inside one window}}}, with
    /// names like "POST /api/v5/trade/order BTC-USDT", "GET /api/v5/public/time" and
    /// "sub-account".
    fn rate_limit_stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let stats = self.with_server(MockServer::rate_limit_stats)?;
        let out = PyDict::new(py);
        out.set_item("rejected", stats.rejected)?;
        let buckets = PyDict::new(py);
        for b in stats.buckets {
            let d = PyDict::new(py);
            d.set_item("limit", b.limit)?;
            d.set_item("window_ms", b.window_ms)?;
            d.set_item("peak", b.peak)?;
            buckets.set_item(b.name, d)?;
        }
        out.set_item("buckets", buckets)?;
        Ok(out)
    }

    /// Forgets the rate-limit stats and what the windows hold.
    fn clear_rate_limit_stats(&self) -> PyResult<()> {
        self.with_server(MockServer::clear_rate_limit_stats)
    }

    /// Shifts the exchange's clock by `ms` milliseconds from this machine's (0 at start):
    /// `public/time`, `ts` fields, the 30 s `OK-ACCESS-TIMESTAMP` window (50102), the
    /// WebSocket login window (60006) and `expTime` checks (50037) follow it.
    fn set_clock_offset_ms(&self, ms: i64) -> PyResult<()> {
        self.with_server(|s| s.set_clock_offset_ms(ms))
    }

    /// Multiplies the `cancel-all-after` timer by `f` (1.0 at start): 0.05 makes `timeOut`
    /// "10" fire after 0.5 s; `triggerTime` reports the scaled time.
    ///
    /// Raises:
    ///     ValueError: `f` is not a positive finite number.
    fn set_cancel_all_after_scale(&self, f: f64) -> PyResult<()> {
        self.with_server(|s| s.set_cancel_all_after_scale(f))?
            .map_err(PyValueError::new_err)
    }

    /// Every order the account ever had (any state; the newest 20,000 final ones), oldest
    /// first, as the dicts `GET /api/v5/trade/order` answers; only those with this
    /// `clOrdId` when given.
    #[pyo3(signature = (cl_ord_id = None))]
    fn orders<'py>(&self, py: Python<'py>, cl_ord_id: Option<&str>) -> PyResult<Bound<'py, PyAny>> {
        let items = self.with_server(|s| s.orders(cl_ord_id))?;
        json_list(py, items)
    }

    /// Every fill of the account (the newest 20,000), oldest first, as the dicts
    /// `GET /api/v5/trade/fills` answers (with `tradeId` and `billId`).
    fn fills<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = self.with_server(MockServer::fills)?;
        json_list(py, items)
    }

    /// Stops the exchange; safe to call twice.
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        let server = self
            .server
            .lock()
            .map_err(|_| PyRuntimeError::new_err("mock exchange state is poisoned"))?
            .take();
        if let Some(server) = server {
            py.detach(|| server.shutdown());
        }
        Ok(())
    }

    fn __enter__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf
    }

    #[pyo3(signature = (*_exc))]
    fn __exit__(&self, py: Python<'_>, _exc: &Bound<'_, pyo3::types::PyTuple>) -> PyResult<bool> {
        self.close(py)?;
        Ok(false)
    }

    fn __repr__(&self) -> String {
        format!(
            "MockExchange(rest_url={:?}, simulated={})",
            self.rest_url,
            if self.simulated { "True" } else { "False" }
        )
    }
}
