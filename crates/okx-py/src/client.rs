//! `OkxClient`: the synchronous client. Each call runs its I/O on the calling thread
//! with the GIL released (okx-rest's blocking transport: plain sockets, no runtime), so
//! no wake-up crosses threads.

use std::sync::Arc;

use okx_rest::{OkxRestClient, Request};
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

use crate::config::PyConfig;
use crate::errors::to_py_err;
use crate::raw::RawCall;

/// Synchronous OKX REST client; safe to share between threads.
#[pyclass(frozen, name = "OkxClient", module = "okx_py")]
pub struct OkxClient {
    rest: Arc<OkxRestClient>,
    // Only for an https:// proxy, which the blocking transport does not speak: a
    // current-thread runtime driven by whichever Python thread is calling.
    local: Option<tokio::runtime::Runtime>,
}

impl OkxClient {
    /// The REST client underneath.
    pub(crate) fn rest(&self) -> &Arc<OkxRestClient> {
        &self.rest
    }

    pub(crate) fn dispatch<'py, R>(&self, py: Python<'py>, req: R) -> PyResult<Bound<'py, PyAny>>
    where
        R: Request + Sync,
        R::Output: Send + for<'a> IntoPyObject<'a>,
    {
        // `send` and `send_blocking` validate before anything is sent.
        let (rest, local) = (&self.rest, &self.local);
        let out = py
            .detach(|| match local {
                Some(local) => local.block_on(rest.send(&req)),
                None => rest.send_blocking(&req),
            })
            .map_err(to_py_err)?;
        out.into_bound_py_any(py)
    }
}

#[pymethods]
impl OkxClient {
    #[new]
    fn new(config: &Bound<'_, PyConfig>) -> PyResult<Self> {
        let rest = OkxRestClient::new(&config.get().inner).map_err(to_py_err)?;
        let local = if rest.has_blocking() {
            None
        } else {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| {
                    crate::errors::OkxError::new_err(format!("cannot start the I/O runtime: {e}"))
                })?;
            Some(rt)
        };
        Ok(Self {
            rest: Arc::new(rest),
            local,
        })
    }

    /// Sends any REST request and returns the answer's `data` as Python objects: the
    /// escape hatch for endpoints without a method yet.
    ///
    /// `params` go to the query string (GET) or a JSON object body (POST); `body` is a
    /// list or dict sent as the JSON body instead. `signed` defaults to True for paths
    /// outside `/api/v5/market/` and `/api/v5/public/`.
    #[pyo3(signature = (method, path, params = None, body = None, signed = None))]
    fn request<'py>(
        &self,
        py: Python<'py>,
        method: &str,
        path: &str,
        params: Option<&Bound<'py, PyAny>>,
        body: Option<&Bound<'py, PyAny>>,
        signed: Option<bool>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let call = RawCall::from_py(method, path, params, body, signed)?;
        let (rest, local) = (&self.rest, &self.local);
        let value = py
            .detach(|| match local {
                Some(local) => local.block_on(call.send(rest)),
                None => call.send_blocking(rest),
            })
            .map_err(to_py_err)?;
        okx_core::types::python::value_to_py(py, &value)
    }

    /// Measures OKX's clock now (`GET /api/v5/public/time`, round trip halved) and
    /// returns the offset in ms that signed requests of this configuration use.
    fn sync_clock(&self, py: Python<'_>) -> PyResult<i64> {
        let (rest, local) = (&self.rest, &self.local);
        py.detach(|| match local {
            Some(local) => local.block_on(rest.sync_clock()),
            None => rest.sync_clock_blocking(),
        })
        .map_err(to_py_err)
    }

    /// OKX's clock minus the local clock in ms, or None before the first measurement.
    #[getter]
    fn clock_offset_ms(&self) -> Option<i64> {
        self.rest.clock_offset_ms()
    }

    fn __repr__(&self) -> String {
        "OkxClient(..)".to_owned()
    }
}

macro_rules! py_sync_methods {
    ($($entries:tt)*) => { crate::endpoints::py_endpoint_methods! { OkxClient; $($entries)* } };
}
okx_rest::for_each_endpoint!(py_sync_methods);
