//! `Credentials` and `Config` as Python classes over the okx-core types.

use okx_core::{Config as CoreConfig, Credentials as CoreCredentials, RateLimitPolicy};
use pyo3::prelude::*;

use crate::errors::to_py_err;

/// An OKX API key with its secret and passphrase; repr and str never show the secret
/// or the passphrase.
#[pyclass(frozen, name = "Credentials", module = "okx_py")]
#[derive(Clone)]
pub struct PyCredentials {
    pub(crate) inner: CoreCredentials,
}

#[pymethods]
impl PyCredentials {
    #[new]
    fn new(api_key: String, secret_key: String, passphrase: String) -> PyResult<Self> {
        let inner = CoreCredentials::new(api_key, secret_key, passphrase);
        inner.validate().map_err(to_py_err)?;
        Ok(Self { inner })
    }

    /// The API key (public part of the credentials).
    #[getter]
    fn api_key(&self) -> &str {
        &self.inner.api_key
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }

    fn __str__(&self) -> String {
        self.__repr__()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyCredentials>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.inner.api_key.hash(&mut h);
        h.finish()
    }
}

/// Everything a client needs to reach OKX: credentials, live or demo, timeout, proxy, hosts.
#[pyclass(frozen, name = "Config", module = "okx_py")]
#[derive(Clone)]
pub struct PyConfig {
    pub(crate) inner: CoreConfig,
}

#[pymethods]
impl PyConfig {
    #[new]
    #[pyo3(signature = (credentials = None, simulated = false, timeout_secs = 30.0, proxy_url = None,
        rest_url = None, ws_public_url = None, ws_private_url = None, ws_business_url = None,
        rate_limit = "wait", sub_account_order_limit = 1000, sync_clock = true,
        order_expiry_secs = 5.0))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        credentials: Option<Bound<'_, PyCredentials>>,
        simulated: bool,
        timeout_secs: f64,
        proxy_url: Option<String>,
        rest_url: Option<String>,
        ws_public_url: Option<String>,
        ws_private_url: Option<String>,
        ws_business_url: Option<String>,
        rate_limit: &str,
        sub_account_order_limit: u32,
        sync_clock: bool,
        order_expiry_secs: f64,
    ) -> PyResult<Self> {
        let inner = CoreConfig {
            credentials: credentials.map(|c| c.get().inner.clone()),
            simulated,
            timeout_secs,
            proxy_url,
            rest_url,
            ws_public_url,
            ws_private_url,
            ws_business_url,
            rate_limit: RateLimitPolicy::parse(rate_limit).map_err(to_py_err)?,
            sub_account_order_limit,
            sync_clock,
            order_expiry_secs,
            ..CoreConfig::default()
        };
        inner.validate().map_err(to_py_err)?;
        Ok(Self { inner })
    }

    /// The API credentials, or None for public endpoints only.
    #[getter]
    fn credentials(&self) -> Option<PyCredentials> {
        self.inner
            .credentials
            .clone()
            .map(|inner| PyCredentials { inner })
    }

    /// True for OKX demo trading (adds `x-simulated-trading: 1`, selects demo hosts).
    #[getter]
    fn simulated(&self) -> bool {
        self.inner.simulated
    }

    /// Per-request timeout in seconds.
    #[getter]
    fn timeout_secs(&self) -> f64 {
        self.inner.timeout_secs
    }

    /// The HTTP(S) proxy every REST request goes through, if any.
    #[getter]
    fn proxy_url(&self) -> Option<String> {
        self.inner.proxy_url.clone()
    }

    /// The REST base URL override, if any.
    #[getter]
    fn rest_url(&self) -> Option<String> {
        self.inner.rest_url.clone()
    }

    /// The public WebSocket URL override, if any.
    #[getter]
    fn ws_public_url(&self) -> Option<String> {
        self.inner.ws_public_url.clone()
    }

    /// The private WebSocket URL override, if any.
    #[getter]
    fn ws_private_url(&self) -> Option<String> {
        self.inner.ws_private_url.clone()
    }

    /// The business WebSocket URL override, if any.
    #[getter]
    fn ws_business_url(&self) -> Option<String> {
        self.inner.ws_business_url.clone()
    }

    /// What a client does when a request would exceed OKX's rate limits: "wait",
    /// "fail_fast" or "off".
    #[getter]
    fn rate_limit(&self) -> &'static str {
        self.inner.rate_limit.as_str()
    }

    /// New and amend orders allowed per 2 s for this account (OKX's sub-account limit).
    #[getter]
    fn sub_account_order_limit(&self) -> u32 {
        self.inner.sub_account_order_limit
    }

    /// True when clients measure OKX's clock and sign with it.
    #[getter]
    fn sync_clock(&self) -> bool {
        self.inner.sync_clock
    }

    /// Seconds an order request stays executable at OKX (its `expTime`); an attempt whose
    /// answer was lost is looked up by `clOrdId` once they have passed.
    #[getter]
    fn order_expiry_secs(&self) -> f64 {
        self.inner.order_expiry_secs
    }

    /// The REST base URL in effect (the override or OKX's host).
    #[getter]
    fn effective_rest_url(&self) -> String {
        self.inner.rest_base()
    }

    fn __repr__(&self) -> String {
        let c = &self.inner;
        let creds = c
            .credentials
            .as_ref()
            .map_or_else(|| "None".to_owned(), |c| format!("{c:?}"));
        format!(
            "Config(credentials={creds}, simulated={}, timeout_secs={}, proxy_url={}, rest_url={}, ws_public_url={}, ws_private_url={}, ws_business_url={}, rate_limit='{}', sub_account_order_limit={}, sync_clock={}, order_expiry_secs={})",
            if c.simulated { "True" } else { "False" },
            c.timeout_secs,
            py_opt(&c.proxy_url),
            py_opt(&c.rest_url),
            py_opt(&c.ws_public_url),
            py_opt(&c.ws_private_url),
            py_opt(&c.ws_business_url),
            c.rate_limit.as_str(),
            c.sub_account_order_limit,
            if c.sync_clock { "True" } else { "False" },
            c.order_expiry_secs
        )
    }
}

/// An optional URL as Python would print it, with any `user:password@` hidden.
fn py_opt(value: &Option<String>) -> String {
    okx_core::types::python::py_repr_opt(value.as_deref().map(hide_userinfo).as_deref())
}

/// `http://user:secret@host:3128` becomes `http://***@host:3128`.
fn hide_userinfo(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}***{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}
