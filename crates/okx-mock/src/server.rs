//! [`MockServer`]: binds 127.0.0.1, serves the REST and WebSocket APIs (plain or TLS) from its
//! own thread and tokio runtime, and gives tests their controls (balances, prices, faults,
//! counts, floods).

use std::io;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::thread::JoinHandle;
use std::time::Duration;

use okx_core::signer::unix_millis;
use okx_core::Credentials;
use tokio::sync::oneshot;

use crate::auth::ApiKey;
use crate::conn::{ConnHandle, KillableListener};
use crate::control;
use crate::faults::{AfterAction, AfterFault, AfterQueue, Fault, FaultKind, FaultQueue};
use crate::journal::{Journal, RecordedRequest};
use crate::limits::{Breach, Charge, Limiter, RateLimitStats};
use crate::rest;
use crate::state::Exchange;
use crate::tls;
use crate::ws::{self, BookFault, BookMode, Hub, WsFault};

/// The test key's API key.
const API_KEY: &str = "mock-api-key-0001";
/// The test key's secret (test value, not a real key).
const SECRET_KEY: &str = "MOCKSECRET0123456789ABCDEF012345";
/// The test key's passphrase.
const PASSPHRASE: &str = "mock-passphrase";
/// How long a stopping server waits for in-flight requests before cutting them off.
const GRACE: Duration = Duration::from_secs(2);
/// How long a stopping server lets WebSocket clients answer its close frame.
const WS_GRACE: Duration = Duration::from_millis(500);

/// How to start a [`MockServer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MockOptions {
    /// TCP port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// Whether the test key is a demo-trading key (requests must send
    /// `x-simulated-trading: 1`) or a live key (they must not).
    pub simulated: bool,
    /// Serve https and wss (on the same port) with a certificate made at start; clients trust
    /// it through [`MockServer::ca_cert_pem`].
    pub tls: bool,
}

impl Default for MockOptions {
    fn default() -> Self {
        Self {
            port: 0,
            simulated: true,
            tls: false,
        }
    }
}

/// State shared by the server thread and the [`MockServer`] handle.
pub(crate) struct App {
    exchange: Mutex<Exchange>,
    faults: Mutex<FaultQueue>,
    after_faults: Mutex<AfterQueue>,
    limiter: Mutex<Limiter>,
    /// Added to the machine clock to give the exchange's time.
    clock_offset_ms: AtomicI64,
    requests: AtomicU64,
    /// The last REST requests received.
    pub(crate) journal: Journal,
    pub(crate) key: ApiKey,
    pub(crate) ws: Hub,
    /// The server's runtime, for work started from the handle's thread (floods).
    runtime: OnceLock<tokio::runtime::Handle>,
}

impl App {
    /// The exchange, locked; a panic elsewhere never makes it unusable.
    pub(crate) fn exchange(&self) -> MutexGuard<'_, Exchange> {
        self.exchange
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn faults(&self) -> MutexGuard<'_, FaultQueue> {
        self.faults
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn after_faults(&self) -> MutexGuard<'_, AfterQueue> {
        self.after_faults
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn limiter(&self) -> MutexGuard<'_, Limiter> {
        self.limiter
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The exchange's time in Unix milliseconds: the machine clock shifted by
    /// [`MockServer::set_clock_offset_ms`].
    pub(crate) fn now(&self) -> i64 {
        unix_millis().saturating_add(self.clock_offset_ms.load(Ordering::Relaxed))
    }

    /// Charges a request to the rate-limit windows (when enforced). Windows follow the
    /// machine clock: a shifted exchange clock must not empty or freeze them.
    pub(crate) fn admit(&self, charges: &[Charge]) -> Result<(), Breach> {
        self.limiter().admit(charges, unix_millis())
    }

    /// Takes one use of the first after-execution fault for a REST POST to `path` or a
    /// WebSocket op.
    pub(crate) fn take_after_fault(
        &self,
        path: Option<&str>,
        op: Option<&str>,
    ) -> Option<AfterAction> {
        self.after_faults().take(path, op)
    }

    pub(crate) fn count_request(&self) {
        self.requests.fetch_add(1, Ordering::Relaxed);
    }

    /// The server's runtime, once it runs.
    pub(crate) fn runtime(&self) -> Option<tokio::runtime::Handle> {
        self.runtime.get().cloned()
    }

    /// Takes one use of the first queued fault for `path`.
    pub(crate) fn take_fault(&self, path: &str) -> Option<FaultKind> {
        self.faults().take(path)
    }
}

/// A running local OKX exchange. Dropping it stops the server, like [`MockServer::shutdown`].
pub struct MockServer {
    app: Arc<App>,
    port: u16,
    /// The CA certificate (PEM) when serving TLS.
    ca_pem: Option<String>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("port", &self.port)
            .field("simulated", &self.simulated())
            .field("tls", &self.ca_pem.is_some())
            .finish()
    }
}

impl MockServer {
    /// Binds 127.0.0.1:`opts.port` and starts serving on a thread of its own (with a
    /// two-worker tokio runtime); returns once the port accepts connections.
    ///
    /// # Errors
    ///
    /// The port cannot be bound, or the thread or runtime cannot be started.
    pub fn start(opts: MockOptions) -> io::Result<MockServer> {
        let listener = std::net::TcpListener::bind(("127.0.0.1", opts.port))?;
        listener.set_nonblocking(true)?;
        let port = listener.local_addr()?.port();
        let exchange = Exchange::new(unix_millis()).map_err(io::Error::other)?;
        let uid = exchange.account_config()["uid"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let credentials = Credentials::new(API_KEY, SECRET_KEY, PASSPHRASE);
        let tls = if opts.tls { Some(tls::setup()?) } else { None };
        let ca_pem = tls.as_ref().map(|t| t.ca_pem.clone());
        let acceptor = tls.map(|t| t.acceptor);
        let app = Arc::new(App {
            exchange: Mutex::new(exchange),
            faults: Mutex::new(FaultQueue::default()),
            after_faults: Mutex::new(AfterQueue::default()),
            limiter: Mutex::new(Limiter::default()),
            clock_offset_ms: AtomicI64::new(0),
            requests: AtomicU64::new(0),
            journal: Journal::default(),
            key: ApiKey::new(credentials, opts.simulated),
            ws: Hub::new(uid),
            runtime: OnceLock::new(),
        });
        let (stop_tx, stop_rx) = oneshot::channel();
        let (ready_tx, ready_rx) = mpsc::channel();
        let served = Arc::clone(&app);
        let thread = std::thread::Builder::new()
            .name(format!("okx-mock-{port}"))
            .spawn(move || serve(listener, acceptor, served, stop_rx, ready_tx))?;
        let started = ready_rx
            .recv()
            .unwrap_or_else(|_| Err(io::Error::other("okx-mock server thread ended early")));
        if let Err(e) = started {
            let _ = thread.join();
            return Err(e);
        }
        let scheme = if ca_pem.is_some() { "https" } else { "http" };
        log::info!(target: crate::LOG_TARGET,
            "okx-mock listening on {scheme}://127.0.0.1:{port} (simulated: {})",
            opts.simulated
        );
        Ok(MockServer {
            app,
            port,
            ca_pem,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Base URL of the REST API, e.g. `http://127.0.0.1:PORT` (`https` with TLS).
    pub fn rest_url(&self) -> String {
        let scheme = if self.ca_pem.is_some() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://127.0.0.1:{}", self.port)
    }

    /// URL of the public WebSocket, e.g. `ws://127.0.0.1:PORT/ws/v5/public` (`wss` with TLS).
    pub fn ws_public_url(&self) -> String {
        self.ws_url("public")
    }

    /// URL of the private WebSocket (`/ws/v5/private`).
    pub fn ws_private_url(&self) -> String {
        self.ws_url("private")
    }

    /// URL of the business WebSocket (`/ws/v5/business`).
    pub fn ws_business_url(&self) -> String {
        self.ws_url("business")
    }

    fn ws_url(&self, which: &str) -> String {
        let scheme = if self.ca_pem.is_some() { "wss" } else { "ws" };
        format!("{scheme}://127.0.0.1:{}/ws/v5/{which}", self.port)
    }

    /// The CA certificate (PEM) a client must trust to reach a TLS server; `None` without TLS.
    pub fn ca_cert_pem(&self) -> Option<String> {
        self.ca_pem.clone()
    }

    /// The fixed test key the server accepts.
    pub fn credentials(&self) -> Credentials {
        self.app.key.credentials.clone()
    }

    /// Whether the test key is a demo-trading key.
    pub fn simulated(&self) -> bool {
        self.app.key.simulated
    }

    /// Sets the available balance of `ccy` in the test account (the cash balance becomes
    /// `amount` plus whatever open orders and positions hold).
    ///
    /// # Errors
    ///
    /// `ccy` is not 1 to 16 letters or digits, or `amount` is not a non-negative decimal.
    pub fn set_balance(&self, ccy: &str, amount: &str) -> Result<(), String> {
        let now = self.app.now();
        let mut ex = self.app.exchange();
        let done = ex.set_balance(ccy, amount, now);
        ws::after_change(&self.app, &mut ex, now);
        done
    }

    /// Re-centres the synthetic book and last price of `inst_id` at `price`; resting orders
    /// the new book crosses fill at their own price.
    ///
    /// # Errors
    ///
    /// Unknown instrument, or `price` is not a positive decimal.
    pub fn set_price(&self, inst_id: &str, price: &str) -> Result<(), String> {
        let now = self.app.now();
        let mut ex = self.app.exchange();
        let done = ex.set_price(inst_id, price, now);
        ws::after_change(&self.app, &mut ex, now);
        done
    }

    /// Queues a fault; faults apply in order, each to its next `times` matching requests.
    pub fn inject(&self, fault: Fault) {
        self.app.faults().push(fault);
    }

    /// Forgets every queued fault, after-execution faults included.
    pub fn clear_faults(&self) {
        self.app.faults().clear();
        self.app.after_faults().clear();
    }

    /// Queues a fault applied after execution: the next `times` matching order requests are
    /// executed, then answered with 50004, not answered at all, or answered late.
    pub fn inject_after_execute(&self, fault: AfterFault) {
        self.app.after_faults().push(fault);
    }

    /// Turns rate-limit enforcement on or off (off at start). While on, every REST request
    /// and WebSocket order op is charged to OKX's sliding windows: its endpoint's (from
    /// `data/rest-endpoints.tsv`, per instrument where OKX keys it so, one unit per order on
    /// batch endpoints, a one-order batch charged to the single-order endpoint) and, for new
    /// and amended orders, the sub-account window of `sub_account_limit` orders per 2 s. A
    /// request over a limit is refused without being executed or counted: HTTP 429 / 50011
    /// for an endpoint limit, HTTP 200 / 50061 for the sub-account one. The stats stay when
    /// it is turned off.
    pub fn enforce_rate_limits(&self, enabled: bool, sub_account_limit: u32) {
        self.app.limiter().configure(enabled, sub_account_limit);
    }

    /// Rejections and, per bucket charged, its limit, window and peak.
    pub fn rate_limit_stats(&self) -> RateLimitStats {
        self.app.limiter().stats()
    }

    /// Forgets the rate-limit stats and the windows' contents.
    pub fn clear_rate_limit_stats(&self) {
        self.app.limiter().clear();
    }

    /// Shifts the exchange's clock by `millis` from the machine's: `public/time`, `ts`
    /// fields, the signature and login timestamp windows and `expTime` checks follow it.
    pub fn set_clock_offset_ms(&self, millis: i64) {
        self.app.clock_offset_ms.store(millis, Ordering::Relaxed);
    }

    /// Multiplies the `cancel-all-after` timer by `factor` (1.0 at start), so tests need not
    /// wait 10 s: 0.05 makes `timeOut` 10 fire after 0.5 s.
    ///
    /// # Errors
    ///
    /// `factor` is not a positive finite number.
    pub fn set_cancel_all_after_scale(&self, factor: f64) -> Result<(), String> {
        if !(factor.is_finite() && factor > 0.0) {
            return Err(format!(
                "factor must be a positive finite number; got {factor}"
            ));
        }
        self.app.exchange().dead_man.scale = factor;
        Ok(())
    }

    /// Every order the account has had (the newest 20,000 final ones and every pending one),
    /// oldest first, as `GET /api/v5/trade/order` items; only those with this `clOrdId` when
    /// given.
    pub fn orders(&self, cl_ord_id: Option<&str>) -> Vec<serde_json::Value> {
        let ex = self.app.exchange();
        let mut all: Vec<serde_json::Value> = ex
            .orders
            .newest_first()
            .filter(|o| cl_ord_id.map_or(true, |c| o.cl_ord_id == c))
            .map(crate::state::Order::to_json)
            .collect();
        all.reverse();
        all
    }

    /// Every fill of the account (the newest 20,000), oldest first, as `GET
    /// /api/v5/trade/fills` items (with `tradeId` and `billId`).
    pub fn fills(&self) -> Vec<serde_json::Value> {
        let ex = self.app.exchange();
        let mut all: Vec<serde_json::Value> = ex
            .orders
            .fills_newest_first()
            .map(|f| f.to_json())
            .collect();
        all.reverse();
        all
    }

    /// The last REST requests received (at most [`crate::JOURNAL_CAPACITY`]), oldest first,
    /// faulted ones included; only those for `path` when given.
    pub fn requests(&self, path: Option<&str>) -> Vec<RecordedRequest> {
        self.app.journal.list(path)
    }

    /// Forgets the recorded requests.
    pub fn clear_requests(&self) {
        self.app.journal.clear();
    }

    /// REST requests received so far, faulted ones included.
    pub fn request_count(&self) -> u64 {
        self.app.requests.load(Ordering::Relaxed)
    }

    /// Applies a WebSocket fault to the open connections (or the next logins / frames).
    pub fn ws_fault(&self, fault: WsFault) {
        self.app.ws.fault(fault);
    }

    /// Sets how `books`, `books-l2-tbt` and `books50-l2-tbt` are published (default
    /// [`BookMode::Okx`]); applies from the next push.
    pub fn set_book_mode(&self, mode: BookMode) {
        ws::set_book_mode(&self.app, mode);
    }

    /// Applies an order-book fault once to the next affected push of `inst_id`'s book streams
    /// (every instrument's when `None`); see [`BookFault`].
    ///
    /// # Errors
    ///
    /// `inst_id` is not a listed instrument.
    pub fn book_fault(&self, inst_id: Option<&str>, fault: BookFault) -> Result<(), String> {
        if let Some(id) = inst_id {
            if self.app.exchange().market(id).is_none() {
                return Err(format!("unknown instrument {id:?}"));
            }
        }
        ws::book_fault(&self.app, inst_id, fault);
        Ok(())
    }

    /// Freezes (`true`) or resumes the synthetic market: while paused, books change only
    /// through orders, [`MockServer::set_price`] and book faults that need a change to show;
    /// pushes, keep-alives and faults keep working.
    pub fn set_market_paused(&self, paused: bool) {
        ws::set_market_paused(&self.app, paused);
    }

    /// Open WebSocket connections.
    pub fn ws_connection_count(&self) -> usize {
        self.app.ws.connection_count()
    }

    /// Active subscriptions: (connection, channel, argument) triples over all connections.
    pub fn ws_subscription_count(&self) -> usize {
        self.app.ws.subscription_count()
    }

    /// Benchmark mode: pushes `count` valid, varying messages of `channel` (`tickers`, or
    /// `books` updates continuing the `seqId` chain) for `inst_id` to its subscribers, as fast
    /// as each socket takes them. Returns once the messages are encoded; they are written in
    /// the background.
    ///
    /// # Errors
    ///
    /// Another channel, an unknown instrument, no subscriber, or `count` above 5,000,000.
    ///
    /// Other processes start one with `POST /mock/ws-flood?channel=..&instId=..&count=N`.
    pub fn ws_flood(&self, channel: &str, inst_id: &str, count: u64) -> Result<(), String> {
        ws::flood(&self.app, channel, inst_id, count)
    }

    /// Sets how long a WebSocket connection may stay without any message from its client
    /// before it is closed with 4004 (OKX: 30 s, the default); applies from each connection's
    /// next message, and to new connections.
    pub fn set_ws_idle_timeout(&self, millis: u64) {
        self.app.ws.set_idle_timeout(millis);
    }

    /// Stops the server: in-flight requests get a short grace period, then the thread ends.
    pub fn shutdown(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            if thread.join().is_err() {
                log::warn!(target: crate::LOG_TARGET, "okx-mock server thread panicked");
            }
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.stop_now();
    }
}

/// The server thread: runtime, axum, and the wait for the stop signal.
fn serve(
    listener: std::net::TcpListener,
    tls: Option<tokio_rustls::TlsAcceptor>,
    app: Arc<App>,
    stop: oneshot::Receiver<()>,
    ready: mpsc::Sender<io::Result<()>>,
) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("okx-mock-worker")
        .enable_all()
        .build();
    let runtime = match runtime {
        Ok(rt) => rt,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::from_std(listener) {
            Ok(l) => l,
            Err(e) => {
                let _ = ready.send(Err(e));
                return;
            }
        };
        let _ = app.runtime.set(tokio::runtime::Handle::current());
        tokio::spawn(ws::run_feed(Arc::clone(&app)));
        // The WebSocket and control routes come first; every other path falls through to
        // the REST pipeline, which answers 404/405 itself.
        let router = ws::routes()
            .merge(control::routes())
            .fallback(rest::handle)
            .with_state(Arc::clone(&app));
        let (graceful_tx, graceful_rx) = oneshot::channel::<()>();
        let server = axum::serve(
            KillableListener::new(listener, tls),
            router.into_make_service_with_connect_info::<ConnHandle>(),
        )
        .with_graceful_shutdown(async move {
            let _ = graceful_rx.await;
        });
        let task = tokio::spawn(async move {
            if let Err(e) = server.await {
                log::warn!(target: crate::LOG_TARGET, "okx-mock server stopped: {e}");
            }
        });
        let _ = ready.send(Ok(()));
        // Resolves on shutdown() and also when the handle is dropped without one.
        let _ = stop.await;
        // Upgraded WebSocket connections are outside axum's graceful shutdown: say goodbye.
        app.ws.close_all(1001);
        let deadline = tokio::time::Instant::now() + WS_GRACE;
        while app.ws.connection_count() > 0 && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let _ = graceful_tx.send(());
        if tokio::time::timeout(GRACE, task).await.is_err() {
            log::debug!(target: crate::LOG_TARGET, "okx-mock: connections still open after {GRACE:?}; closing them");
        }
    });
    runtime.shutdown_timeout(Duration::from_millis(200));
}
