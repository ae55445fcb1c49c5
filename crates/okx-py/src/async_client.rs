//! `AsyncOkxClient`: the asyncio client; the same methods as `OkxClient`, awaitable.

use std::sync::Arc;

use okx_rest::{OkxRestClient, Request};
use pyo3::prelude::*;

use crate::config::PyConfig;
use crate::errors::to_py_err;
use crate::raw::RawCall;

/// Asynchronous OKX REST client for asyncio; every endpoint method returns an awaitable.
#[pyclass(frozen, name = "AsyncOkxClient", module = "okx_py")]
pub struct AsyncOkxClient {
    rest: Arc<OkxRestClient>,
}

impl AsyncOkxClient {
    fn dispatch<'py, R>(&self, py: Python<'py>, req: R) -> PyResult<Bound<'py, PyAny>>
    where
        R: Request + Send + Sync + 'static,
        R::Output: Send + for<'a> IntoPyObject<'a> + 'static,
    {
        // Bad arguments raise at the call, before anything is scheduled or sent.
        req.validate().map_err(to_py_err)?;
        let rest = Arc::clone(&self.rest);
        pyo3_async_runtimes::tokio::future_into_py(py, async move {
            rest.send(&req).await.map_err(to_py_err)
        })
    }
}

/// The answer's `data` of a raw request, converted to Python objects when awaited.
struct RawData(serde_json::Value);

impl<'py> IntoPyObject<'py> for RawData {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        okx_core::types::python::value_to_py(py, &self.0)
    }
}

#[pymethods]
impl AsyncOkxClient {
    #[new]
    fn new(config: &Bound<'_, PyConfig>) -> PyResult<Self> {
        let rest = OkxRestClient::new(&config.get().inner).map_err(to_py_err)?;
        Ok(Self {
            rest: Arc::new(rest),
        })
    }

    /// Sends any REST request and returns the answer's `data` as Python objects: the
    /// escape hatch for endpoints without a method yet. Same arguments as
    /// `OkxClient.request`.
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
        let rest = Arc::clone(&self.rest);
        pyo3_async_runtimes::tokio::future_into_py(py, async move {
            call.send(&rest).await.map(RawData).map_err(to_py_err)
        })
    }

    fn __repr__(&self) -> String {
        "AsyncOkxClient(..)".to_owned()
    }
}

macro_rules! py_async_methods {
    ($($entries:tt)*) => { crate::endpoints::py_endpoint_methods! { AsyncOkxClient; $($entries)* } };
}
okx_rest::for_each_endpoint!(py_async_methods);
