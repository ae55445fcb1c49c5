//! `OkxRestClient`: builds, signs and sends requests over one keep-alive connection pool.

use std::time::{Duration, Instant};

use okx_core::{Config, Credentials, OkxError, Result, Signer};

use crate::blocking::{BlockingTransport, Failure};
use crate::envelope::classify;
use crate::loop_conn::LoopConn;
use crate::request::{Auth, Method, Request};

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
}

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
    match classify(path, answer.status, &answer.body)?.data {
        Some(data) => R::decode(data),
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
        })
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
        let answer = RawAnswer { status, body };
        log_answer(method, path, &answer, started.elapsed());
        Ok(answer)
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
        let transport = self.blocking_transport()?;
        let prepared = self.prepare(method, path, params, body, signed)?;
        let headers: Vec<(&str, &str)> = prepared
            .headers
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
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
        };
        log_answer(method, path, &answer, started.elapsed());
        Ok(answer)
    }

    /// Validates, builds and signs a declared request and encodes it as HTTP/1.1 bytes
    /// for a connection from [`open_loop_conn`](Self::open_loop_conn).
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
        if signed {
            let Some((creds, signer)) = &self.auth else {
                return Err(OkxError::invalid(
                    "credentials",
                    format!("are required by {path}; Config has none"),
                ));
            };
            let ts = okx_core::iso_timestamp();
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
