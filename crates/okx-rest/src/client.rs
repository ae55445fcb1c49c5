//! `OkxRestClient`: builds, signs and sends requests over one keep-alive connection pool,
//! within OKX's rate limits (client-side buckets) and with OKX's clock.

use std::sync::Arc;
use std::time::{Duration, Instant};

use okx_core::clock::ClockState;
use okx_core::ratelimit::{Permit, SUB_ACCOUNT_BUCKET};
use okx_core::signer::unix_millis;
use okx_core::{
    Clock, Config, Cost, Credentials, Limiter, OkxError, RateLimitPolicy, Result, Signer,
};

use crate::blocking::{BlockingTransport, Failure};
use crate::envelope::{classify, Envelope};
use crate::limits::{body_fields, costs_for, limit_key, spec_for, LimitKey};
use crate::loop_conn::LoopConn;
use crate::request::{Auth, Method, Request};
use okx_core::types::Timed;

const LOG_TARGET: &str = "okx_py::rest";

/// A signed, pooled HTTP client for OKX's REST API. Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct OkxRestClient {
    http: reqwest::Client,
    base: String,
    auth: Option<(Credentials, Signer)>,
    simulated: bool,
    timeout: Duration,
    // The calling-thread transport of the sync client; None for an https:// proxy.
    blocking: Option<BlockingTransport>,
    policy: RateLimitPolicy,
    sub_account_limit: u32,
    /// IP-keyed buckets of public endpoints, shared per REST host.
    ip_limiter: Arc<Limiter>,
    /// User-keyed buckets, shared by every client of the same credentials.
    user_limiter: Option<Arc<Limiter>>,
    clock: Arc<Clock>,
    sync_clock: bool,
    /// How far ahead of OKX's clock order requests set their `expTime`.
    order_expiry: Duration,
    /// Round trips per endpoint.
    latency: crate::latency::Latency,
}

/// The order endpoints OKX honours the `expTime` header on (rest.md section 2).
pub fn takes_exp_time(path: &str) -> bool {
    matches!(
        path,
        "/api/v5/trade/order"
            | "/api/v5/trade/batch-orders"
            | "/api/v5/trade/amend-order"
            | "/api/v5/trade/amend-batch-orders"
    )
}

fn duration_ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// Whether a request may be sent now.
#[derive(Debug)]
pub enum Admission {
    /// Send it; the permit (if any) holds its units until dropped after the answer.
    Go(Option<Permit>),
    /// Its buckets are full: ask again after this long.
    Wait(Duration),
}

/// OKX's window of almost every limit: a wait this long is always worth it.
const USUAL_WINDOW: Duration = Duration::from_secs(2);
/// OKX's server-time endpoint, which measures the clock offset.
const TIME_PATH: &str = "/api/v5/public/time";
/// OKX's "Timestamp request expired" (auth.md section 1.3).
const CLOCK_REFUSED: &str = "50102";

const USER_AGENT: &str = concat!("okx-py/", env!("CARGO_PKG_VERSION"));

/// A request ready for either transport.
struct Prepared {
    request_path: String,
    body: String,
    headers: Vec<(&'static str, String)>,
}

/// The decoded `data` of a declared endpoint's answer, or the error it carries.
///
/// # Errors
/// The variant `classify` picks for a failed answer; `Decode` for an unexpected shape.
pub fn decode_declared<R: Request>(answer: &RawAnswer) -> Result<R::Output> {
    let path = R::SPEC.path;
    let env = classify(path, answer.status, &answer.body)?;
    match env.data {
        Some(data) => {
            let mut out = R::decode(data)?;
            out.set_timing(&std::sync::Arc::new(okx_core::types::Timing {
                rtt: answer.took,
                in_time: env.in_time,
                out_time: env.out_time,
            }));
            Ok(out)
        }
        None => Err(OkxError::Decode {
            path: path.to_owned(),
            reason: "answer has no data".into(),
        }),
    }
}

/// The `data` of a raw request's answer as JSON, or the error it carries.
///
/// # Errors
/// As [`decode_declared`].
pub fn decode_raw(path: &str, answer: &RawAnswer) -> Result<serde_json::Value> {
    match classify(path, answer.status, &answer.body)?.data {
        Some(data) => crate::request::decode_value(path, data),
        None => Ok(serde_json::Value::Null),
    }
}

/// Checks the path of a raw request.
fn check_path(path: &str) -> Result<()> {
    if path.starts_with('/') {
        Ok(())
    } else {
        Err(OkxError::invalid(
            "path",
            format!("must start with \"/\"; got \"{path}\""),
        ))
    }
}

/// A raw answer: HTTP status and body bytes.
#[derive(Debug)]
pub struct RawAnswer {
    /// HTTP status.
    pub status: u16,
    /// The body as received.
    pub body: Vec<u8>,
    /// From sending the request to having the whole answer.
    pub took: Duration,
}

impl OkxRestClient {
    /// A client for `config`: one connection pool, HTTP/1.1 keep-alive, rustls.
    ///
    /// # Errors
    /// `InvalidArgument` for a bad config value (URL scheme, timeout, proxy).
    pub fn new(config: &Config) -> Result<Self> {
        config.validate()?;
        // reqwest is built without a bundled crypto provider; ring is ours. A second
        // install attempt fails harmlessly when another client already did it.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder()
            .timeout(config.timeout())
            .pool_idle_timeout(Duration::from_secs(60))
            .tcp_nodelay(true)
            .user_agent(USER_AGENT);
        builder = match &config.proxy_url {
            Some(url) => builder.proxy(reqwest::Proxy::all(url.as_str()).map_err(|e| {
                OkxError::invalid("proxy_url", format!("is not a usable proxy URL: {e}"))
            })?),
            None => builder.no_proxy(),
        };
        let http = builder.build().map_err(|e| {
            OkxError::invalid("config", format!("cannot build an HTTP client: {e}"))
        })?;
        Ok(Self {
            http,
            base: config.rest_base(),
            auth: config
                .credentials
                .as_ref()
                .map(|c| (c.clone(), Signer::new(c))),
            simulated: config.simulated,
            timeout: config.timeout(),
            blocking: BlockingTransport::new(
                &config.rest_base(),
                config.proxy_url.as_deref(),
                config.timeout(),
            ),
            policy: config.rate_limit,
            sub_account_limit: config.sub_account_order_limit,
            ip_limiter: Limiter::for_host(&config.rest_base()),
            user_limiter: config
                .credentials
                .as_ref()
                .map(|c| Limiter::for_credentials(c, config.simulated)),
            clock: Arc::clone(&config.clock),
            sync_clock: config.sync_clock,
            order_expiry: Duration::from_secs_f64(config.order_expiry_secs),
            latency: crate::latency::Latency::default(),
        })
    }

    /// The buckets a request takes units from, and the limiter holding them; `None` for
    /// paths outside the table and endpoints without a documented limit.
    fn plan(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Option<(&Arc<Limiter>, Vec<Cost>)> {
        let spec = spec_for(method, path)?;
        let limiter = match limit_key(spec, signed) {
            LimitKey::Ip => &self.ip_limiter,
            LimitKey::User => self.user_limiter.as_ref()?,
        };
        let needs_fields = !spec.items_arg.is_empty() || spec.limit_rule.contains(['+', ';']);
        let (from_body, items) = match body {
            Some(body) if needs_fields => body_fields(spec, body),
            _ => (Vec::new(), Vec::new()),
        };
        let mut fields: Vec<(&str, &str)> = params.to_vec();
        fields.extend(from_body.iter().map(|(k, v)| (*k, v.as_str())));
        let mut costs = costs_for(spec, &fields, &items);
        for c in &mut costs {
            if c.bucket == SUB_ACCOUNT_BUCKET {
                c.limit = self.sub_account_limit;
            }
        }
        Some((limiter, costs))
    }

    /// Asks the client-side limiter whether a request may go now. With
    /// `rate_limit="off"`, always.
    ///
    /// # Errors
    /// `RateLimited` with `retry_after` when a bucket is full under
    /// `rate_limit="fail_fast"`, or under `"wait"` when the wait would exceed the request
    /// timeout (and 2 s); nothing was sent.
    pub fn try_admit(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<Admission> {
        if self.policy == RateLimitPolicy::Off {
            return Ok(Admission::Go(None));
        }
        let Some((limiter, costs)) = self.plan(method, path, params, body, signed) else {
            return Ok(Admission::Go(None));
        };
        match limiter.try_hold(&costs) {
            Ok(permit) => Ok(Admission::Go(Some(permit))),
            // A wait beyond the request timeout (and OKX's usual 2 s window) is refused
            // instead: per-minute, hourly and daily limits never block a call for long.
            Err(wait) if self.policy == RateLimitPolicy::Wait && wait <= self.max_wait() => {
                log::debug!(target: LOG_TARGET, "{path}: rate limit reached, waiting {wait:?}");
                Ok(Admission::Wait(wait))
            }
            Err(wait) => Err(OkxError::RateLimited {
                path: path.to_owned(),
                status: 0,
                code: None,
                msg: None,
                retry_after: Some(wait),
            }),
        }
    }

    /// The longest a request waits for room under `rate_limit="wait"`.
    fn max_wait(&self) -> Duration {
        self.timeout.max(USUAL_WINDOW)
    }

    /// Waits on the calling thread until the request may go.
    fn admit_blocking(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<Option<Permit>> {
        loop {
            match self.try_admit(method, path, params, body, signed)? {
                Admission::Go(permit) => return Ok(permit),
                Admission::Wait(wait) => std::thread::sleep(wait),
            }
        }
    }

    /// Waits on the runtime's timer until the request may go.
    async fn admit(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<Option<Permit>> {
        loop {
            match self.try_admit(method, path, params, body, signed)? {
                Admission::Go(permit) => return Ok(permit),
                Admission::Wait(wait) => tokio::time::sleep(wait).await,
            }
        }
    }

    /// OKX's time minus the local time in ms, or `None` before the first measurement.
    pub fn clock_offset_ms(&self) -> Option<i64> {
        self.clock.offset_ms()
    }

    /// The clock shared with every client of the same configuration.
    pub fn clock(&self) -> &Arc<Clock> {
        &self.clock
    }

    /// What a request must do about the clock before it is sent: `Fresh` unless it is
    /// signed under `sync_clock=True` and the measurement is missing or old.
    pub fn clock_need(&self, signed: bool) -> ClockState {
        if signed && self.sync_clock && self.auth.is_some() {
            self.clock.state()
        } else {
            ClockState::Fresh
        }
    }

    /// Whether `answer` refused a signed request for its timestamp (50102) under
    /// `sync_clock=True`: such a request was not executed, so it may be sent again once.
    pub fn is_clock_refusal(&self, signed: bool, answer: &RawAnswer) -> bool {
        // A refusal is a short envelope; large answers are never one.
        signed
            && self.sync_clock
            && answer.body.len() < 512
            && serde_json::from_slice::<Envelope<'_>>(&answer.body)
                .is_ok_and(|e| e.code == CLOCK_REFUSED)
    }

    /// Records the offset measured by one answer of the server-time endpoint.
    fn record_time(&self, sent_ms: i64, received_ms: i64, answer: &RawAnswer) -> Result<i64> {
        let time = decode_declared::<crate::GetSystemTime>(answer)?;
        let server_ms = time.ts.parse::<i64>().map_err(|e| OkxError::Decode {
            path: TIME_PATH.to_owned(),
            reason: format!("ts is not Unix milliseconds: {:?}: {e}", time.ts),
        })?;
        let offset = self.clock.record(sent_ms, received_ms, server_ms);
        log::debug!(target: LOG_TARGET, "clock offset to OKX: {offset} ms");
        Ok(offset)
    }

    /// Measures OKX's clock now on the calling thread; returns the offset in ms.
    ///
    /// # Errors
    /// As [`send`](Self::send) for `GET /api/v5/public/time`.
    pub fn sync_clock_blocking(&self) -> Result<i64> {
        let transport = self.blocking_transport()?;
        let _permit = self.admit_blocking(Method::Get, TIME_PATH, &[], None, false)?;
        let prepared = self.prepare(Method::Get, TIME_PATH, &[], None, false)?;
        let headers = header_refs(&prepared);
        let sent = unix_millis();
        let answer = transport
            .exchange("GET", &prepared.request_path, &headers, &prepared.body)
            .map_err(|f| self.failure_error(TIME_PATH, f))?;
        let received = unix_millis();
        let answer = RawAnswer {
            status: answer.status,
            body: answer.body,
            took: Duration::ZERO,
        };
        self.record_time(sent, received, &answer)
    }

    /// Measures OKX's clock now through the asynchronous transport; returns the offset.
    ///
    /// # Errors
    /// As [`sync_clock_blocking`](Self::sync_clock_blocking).
    pub async fn sync_clock(&self) -> Result<i64> {
        let _permit = self.admit(Method::Get, TIME_PATH, &[], None, false).await?;
        let sent = unix_millis();
        let answer = self
            .exchange(Method::Get, TIME_PATH, &[], None, false)
            .await?;
        let received = unix_millis();
        self.record_time(sent, received, &answer)
    }

    /// Measures the clock before a signed request when it has no measurement or an old
    /// one (one measurement at a time; the others wait for a missing one only).
    fn ensure_clock_blocking(&self, forced: bool) {
        let mut need = if forced {
            ClockState::Missing
        } else {
            self.clock_need(true)
        };
        while need != ClockState::Fresh {
            if let Some(_guard) = self.clock.begin_sync() {
                if let Err(e) = self.sync_clock_blocking() {
                    log::warn!(target: LOG_TARGET, "cannot measure OKX's clock: {e}");
                }
                return;
            }
            if need == ClockState::Stale {
                return;
            }
            // Another thread measures: wait for its result, not for a second one.
            while self.clock.is_syncing() {
                std::thread::sleep(Duration::from_millis(1));
            }
            need = self.clock_need(true);
            if forced {
                return;
            }
        }
    }

    /// [`ensure_clock_blocking`](Self::ensure_clock_blocking) on the runtime's timer.
    async fn ensure_clock(&self, forced: bool) {
        let mut need = if forced {
            ClockState::Missing
        } else {
            self.clock_need(true)
        };
        while need != ClockState::Fresh {
            if let Some(guard) = self.clock.begin_sync() {
                if let Err(e) = self.sync_clock().await {
                    log::warn!(target: LOG_TARGET, "cannot measure OKX's clock: {e}");
                }
                drop(guard);
                return;
            }
            if need == ClockState::Stale {
                return;
            }
            while self.clock.is_syncing() {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
            need = self.clock_need(true);
            if forced {
                return;
            }
        }
    }

    /// Measures the clock when a signed request needs it, on the runtime's timer; the
    /// event-loop transport calls this from a background task.
    pub async fn prepare_clock(&self, forced: bool) {
        self.ensure_clock(forced).await;
    }

    /// Sends one declared request and decodes its answer.
    ///
    /// # Errors
    /// `InvalidArgument` before sending; after sending, the variant `classify` picks,
    /// `Timeout` or `Unreachable`.
    pub async fn send<R: Request>(&self, req: &R) -> Result<R::Output> {
        req.validate()?;
        let spec = R::SPEC;
        let params = req.params();
        // Flags, lists and item arrays keep their JSON types in the body.
        let body = req.body();
        let answer = self
            .execute(
                spec.method,
                spec.path,
                &params,
                body.as_deref(),
                spec.auth == Auth::Private,
            )
            .await?;
        decode_declared::<R>(&answer)
    }

    /// Sends any request: `params` go to the query string (GET) or a JSON object body
    /// (POST) unless `body` gives the JSON text to send. Returns the answer's `data`.
    ///
    /// # Errors
    /// As [`send`](Self::send).
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<serde_json::Value> {
        check_path(path)?;
        let answer = self.execute(method, path, params, body, signed).await?;
        decode_raw(path, &answer)
    }

    /// Builds, signs and sends; returns the raw answer whatever its status.
    ///
    /// # Errors
    /// `Auth`-less signed calls give `InvalidArgument`; transport failures give
    /// `Timeout` or `Unreachable`.
    pub async fn execute(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<RawAnswer> {
        if self.clock_need(signed) != ClockState::Fresh {
            self.ensure_clock(false).await;
        }
        let answer = {
            let _permit = self.admit(method, path, params, body, signed).await?;
            self.exchange(method, path, params, body, signed).await?
        };
        if self.is_clock_refusal(signed, &answer) {
            log::info!(target: LOG_TARGET, "{path}: timestamp refused (50102); measuring OKX's clock and sending once more");
            self.ensure_clock(true).await;
            let _permit = self.admit(method, path, params, body, signed).await?;
            return self.exchange(method, path, params, body, signed).await;
        }
        Ok(answer)
    }

    /// Signs and sends once through reqwest, without the limiter or the clock checks.
    async fn exchange(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<RawAnswer> {
        let prepared = self.prepare(method, path, params, body, signed)?;
        let url = format!("{}{}", self.base, prepared.request_path);
        let mut builder = match method {
            Method::Get => self.http.get(&url),
            Method::Post => self.http.post(&url).body(prepared.body.clone()),
        };
        for (name, value) in &prepared.headers {
            builder = builder.header(*name, value.as_str());
        }
        let started = Instant::now();
        let resp = builder
            .send()
            .await
            .map_err(|e| self.transport_error(path, &e))?;
        let status = resp.status().as_u16();
        let body = resp
            .bytes()
            .await
            .map_err(|e| self.transport_error(path, &e))?
            .to_vec();
        let answer = RawAnswer {
            status,
            body,
            took: started.elapsed(),
        };
        self.answered(method, path, &answer, answer.took);
        Ok(answer)
    }

    /// Logs an answer and records its round trip in [`latency`](Self::latency).
    pub fn answered(&self, method: Method, path: &str, answer: &RawAnswer, took: Duration) {
        log_answer(method, path, answer, took);
        self.latency
            .record(method.as_str(), path, took, &answer.body);
    }

    /// Round trips per endpoint of this client (and of WebSocket order operations made
    /// with it).
    pub fn latency(&self) -> &crate::latency::Latency {
        &self.latency
    }

    /// Seconds order requests stay executable at OKX (their `expTime`).
    pub fn order_expiry_secs(&self) -> f64 {
        self.order_expiry.as_secs_f64()
    }

    /// OKX's time now by the shared clock (local time plus the measured offset), ms.
    pub fn server_now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Whether the calling-thread transport serves this configuration (every one but
    /// an `https://` proxy).
    pub fn has_blocking(&self) -> bool {
        self.blocking.is_some()
    }

    /// Sends one declared request on the calling thread and decodes its answer.
    ///
    /// # Errors
    /// As [`send`](Self::send).
    pub fn send_blocking<R: Request>(&self, req: &R) -> Result<R::Output> {
        req.validate()?;
        let spec = R::SPEC;
        let params = req.params();
        // Flags, lists and item arrays keep their JSON types in the body.
        let body = req.body();
        let answer = self.execute_blocking(
            spec.method,
            spec.path,
            &params,
            body.as_deref(),
            spec.auth == Auth::Private,
        )?;
        decode_declared::<R>(&answer)
    }

    /// [`request`](Self::request) on the calling thread.
    ///
    /// # Errors
    /// As [`send`](Self::send).
    pub fn request_blocking(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<serde_json::Value> {
        check_path(path)?;
        let answer = self.execute_blocking(method, path, params, body, signed)?;
        decode_raw(path, &answer)
    }

    /// [`execute`](Self::execute) on the calling thread, through the keep-alive pool.
    ///
    /// # Errors
    /// As [`execute`](Self::execute); `InvalidArgument` when `has_blocking()` is false.
    pub fn execute_blocking(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<RawAnswer> {
        self.blocking_transport()?;
        if self.clock_need(signed) != ClockState::Fresh {
            self.ensure_clock_blocking(false);
        }
        let answer = {
            let _permit = self.admit_blocking(method, path, params, body, signed)?;
            self.exchange_blocking(method, path, params, body, signed)?
        };
        if self.is_clock_refusal(signed, &answer) {
            log::info!(target: LOG_TARGET, "{path}: timestamp refused (50102); measuring OKX's clock and sending once more");
            self.ensure_clock_blocking(true);
            let _permit = self.admit_blocking(method, path, params, body, signed)?;
            return self.exchange_blocking(method, path, params, body, signed);
        }
        Ok(answer)
    }

    /// Signs and sends once on the calling thread, without the limiter or the clock.
    fn exchange_blocking(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<RawAnswer> {
        let transport = self.blocking_transport()?;
        let prepared = self.prepare(method, path, params, body, signed)?;
        let headers = header_refs(&prepared);
        let started = Instant::now();
        let answer = transport
            .exchange(
                method.as_str(),
                &prepared.request_path,
                &headers,
                &prepared.body,
            )
            .map_err(|f| self.failure_error(path, f))?;
        let answer = RawAnswer {
            status: answer.status,
            body: answer.body,
            took: started.elapsed(),
        };
        self.answered(method, path, &answer, answer.took);
        Ok(answer)
    }

    /// Validates, builds and signs a declared request and encodes it as HTTP/1.1 bytes
    /// for a connection from [`open_loop_conn`](Self::open_loop_conn).
    /// The limiter and the clock are the caller's: ask [`try_admit`](Self::try_admit)
    /// and [`clock_need`](Self::clock_need) first.
    ///
    /// # Errors
    /// `InvalidArgument` for a bad parameter, missing credentials, or an `https://` proxy
    /// (which only the asynchronous transport speaks).
    pub fn encode_request<R: Request>(&self, req: &R) -> Result<Vec<u8>> {
        req.validate()?;
        let spec = R::SPEC;
        let params = req.params();
        // Flags, lists and item arrays keep their JSON types in the body.
        let body = req.body();
        self.encode(
            spec.method,
            spec.path,
            &params,
            body.as_deref(),
            spec.auth == Auth::Private,
        )
    }

    /// [`encode_request`](Self::encode_request) for a raw request (arguments as
    /// [`request`](Self::request)).
    ///
    /// # Errors
    /// As [`encode_request`](Self::encode_request).
    pub fn encode_raw_request(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<Vec<u8>> {
        check_path(path)?;
        self.encode(method, path, params, body, signed)
    }

    fn encode(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<Vec<u8>> {
        let transport = self.blocking_transport()?;
        let prepared = self.prepare(method, path, params, body, signed)?;
        let headers: Vec<(&str, &str)> = prepared
            .headers
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
        Ok(transport.encode(
            method.as_str(),
            &prepared.request_path,
            &headers,
            &prepared.body,
        ))
    }

    /// Opens a connection for an event loop, blocking the calling thread (a helper
    /// thread, never the loop's) until it is connected and its TLS handshake done, within
    /// the configured timeout.
    ///
    /// # Errors
    /// Why it could not be opened; [`failure_error`](Self::failure_error) makes it the
    /// error of a request.
    pub fn open_loop_conn(&self) -> std::result::Result<LoopConn, Failure> {
        let transport = self
            .blocking_transport()
            .map_err(|e| Failure::Other(e.to_string()))?;
        LoopConn::open(transport, Instant::now() + self.timeout)
    }

    /// The error of the request to `path` that failed for `failure`: `Timeout` or
    /// `Unreachable`. Logged as a warning.
    pub fn failure_error(&self, path: &str, failure: Failure) -> OkxError {
        match failure {
            Failure::Timeout => {
                log::warn!(target: LOG_TARGET, "{path}: no answer within {:?}", self.timeout);
                OkxError::Timeout {
                    path: path.to_owned(),
                    after: self.timeout,
                }
            }
            Failure::Other(reason) => {
                log::warn!(target: LOG_TARGET, "{path}: transport failure: {reason}");
                OkxError::Unreachable {
                    path: path.to_owned(),
                    reason,
                }
            }
        }
    }

    /// The per-request timeout of the configuration.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    fn blocking_transport(&self) -> Result<&BlockingTransport> {
        self.blocking.as_ref().ok_or_else(|| {
            OkxError::invalid(
                "proxy_url",
                "an https:// proxy needs the asynchronous transport",
            )
        })
    }

    /// The request path with its query, the body, and every header but `Host` and
    /// `Content-Length`, signed when `signed`.
    fn prepare(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &str)],
        body: Option<&str>,
        signed: bool,
    ) -> Result<Prepared> {
        let (request_path, body) = match method {
            Method::Get => {
                let query = encode_query(params);
                (
                    if query.is_empty() {
                        path.to_owned()
                    } else {
                        format!("{path}?{query}")
                    },
                    String::new(),
                )
            }
            Method::Post => (
                path.to_owned(),
                body.map_or_else(|| json_object(params), str::to_owned),
            ),
        };
        let mut headers: Vec<(&'static str, String)> = vec![
            ("Content-Type", "application/json".to_owned()),
            ("Accept", "application/json".to_owned()),
            ("User-Agent", USER_AGENT.to_owned()),
        ];
        if self.simulated {
            headers.push(("x-simulated-trading", "1".to_owned()));
        }
        if method == Method::Post && takes_exp_time(path) {
            // OKX drops the request if it arrives later: an attempt whose answer is lost
            // cannot execute after this, so looking its order up then is conclusive.
            let exp = self.clock.now_ms() + duration_ms(self.order_expiry);
            headers.push(("expTime", exp.to_string()));
        }
        if signed {
            let Some((creds, signer)) = &self.auth else {
                return Err(OkxError::invalid(
                    "credentials",
                    format!("are required by {path}; Config has none"),
                ));
            };
            // Local time plus the measured offset (0 before a measurement).
            let ts = self.clock.iso_now();
            let sign = signer.sign(&ts, method.as_str(), &request_path, &body);
            headers.push(("OK-ACCESS-KEY", creds.api_key.clone()));
            headers.push(("OK-ACCESS-SIGN", sign));
            headers.push(("OK-ACCESS-TIMESTAMP", ts));
            headers.push(("OK-ACCESS-PASSPHRASE", creds.passphrase().to_owned()));
        }
        Ok(Prepared {
            request_path,
            body,
            headers,
        })
    }

    fn transport_error(&self, path: &str, e: &reqwest::Error) -> OkxError {
        if e.is_timeout() {
            log::warn!(target: LOG_TARGET, "{path}: no answer within {:?}", self.timeout);
            return OkxError::Timeout {
                path: path.to_owned(),
                after: self.timeout,
            };
        }
        let mut reason = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(inner) = source {
            reason.push_str(": ");
            reason.push_str(&inner.to_string());
            source = inner.source();
        }
        log::warn!(target: LOG_TARGET, "{path}: transport failure: {reason}");
        OkxError::Unreachable {
            path: path.to_owned(),
            reason,
        }
    }
}

/// The headers of a prepared request as borrowed pairs.
fn header_refs(prepared: &Prepared) -> Vec<(&str, &str)> {
    prepared
        .headers
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .collect()
}

/// Logs one answer at debug level: method, path, status, size and time taken.
pub fn log_answer(method: Method, path: &str, answer: &RawAnswer, took: Duration) {
    log::debug!(target: LOG_TARGET, "{} {path} -> HTTP {}, {} bytes in {took:?}", method.as_str(), answer.status, answer.body.len());
}

/// `k=v&k2=v2` in the given order; values percent-encoded except for characters OKX
/// values use unencoded (letters, digits, `-._~,`), so the signed text is the sent text.
pub fn encode_query(params: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (k, v) in params {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        for b in v.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~,".contains(&b) {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// A compact JSON object of string values in the given order (`{}` when empty: OKX
/// rejects an empty POST body with 50000).
pub fn json_object(params: &[(&str, &str)]) -> String {
    let mut out = String::from("{");
    for (i, (k, v)) in params.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::Value::from(*k).to_string());
        out.push(':');
        out.push_str(&serde_json::Value::from(*v).to_string());
    }
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(policy: RateLimitPolicy, key: &str) -> OkxRestClient {
        let config = Config {
            credentials: Some(Credentials::new(key, "s", "p")),
            rate_limit: policy,
            timeout_secs: 5.0,
            sub_account_order_limit: 2,
            ..Config::default()
        };
        OkxRestClient::new(&config).unwrap()
    }

    fn admit(c: &OkxRestClient, path: &str, body: Option<&str>) -> Result<Admission> {
        c.try_admit(Method::Post, path, &[], body, true)
    }

    #[test]
    fn wait_is_bounded_by_the_timeout_and_fail_fast_says_how_long() {
        let path = "/api/v5/broker/fd/rebate-per-orders"; // 1 per hour
        let wait = client(RateLimitPolicy::Wait, "bounded-wait");
        assert!(matches!(
            admit(&wait, path, None),
            Ok(Admission::Go(Some(_)))
        ));
        let err = admit(&wait, path, None).unwrap_err();
        let after = err.retry_after().unwrap();
        assert!(after > Duration::from_secs(3500), "{after:?}");
        assert_eq!(err.status(), Some(0));
        let order = r#"{"instId":"BTC-USDT","sz":"1"}"#;
        let place = "/api/v5/trade/order";
        let _kept = (
            admit(&wait, place, Some(order)).unwrap(),
            admit(&wait, place, Some(order)).unwrap(),
        );
        // The account's 2 orders per 2 s are used up: a wait within the timeout.
        assert!(matches!(
            admit(&wait, place, Some(order)),
            Ok(Admission::Wait(w)) if w <= Duration::from_secs(2)
        ));
        let fail = client(RateLimitPolicy::FailFast, "bounded-wait");
        assert!(admit(&fail, place, Some(order))
            .unwrap_err()
            .retry_after()
            .is_some());
        let off = client(RateLimitPolicy::Off, "bounded-wait");
        assert!(matches!(admit(&off, path, None), Ok(Admission::Go(None))));
    }

    #[test]
    fn query_keeps_order_and_encodes_only_what_it_must() {
        assert_eq!(
            encode_query(&[("instId", "BTC-USDT"), ("ccy", "BTC,ETH")]),
            "instId=BTC-USDT&ccy=BTC,ETH"
        );
        assert_eq!(encode_query(&[("a", "x y&z")]), "a=x%20y%26z");
        assert_eq!(encode_query(&[]), "");
    }

    #[test]
    fn body_is_compact_json_in_declaration_order() {
        assert_eq!(
            json_object(&[
                ("instId", "BTC-USDT"),
                ("tdMode", "cash"),
                ("px", "30000.5")
            ]),
            r#"{"instId":"BTC-USDT","tdMode":"cash","px":"30000.5"}"#
        );
        assert_eq!(json_object(&[]), "{}");
        assert_eq!(json_object(&[("tag", "a\"b")]), r#"{"tag":"a\"b"}"#);
    }
}
