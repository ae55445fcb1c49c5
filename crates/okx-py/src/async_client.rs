//! `AsyncOkxClient`: the asyncio client; the same methods as `OkxClient`, awaitable.
//! Requests run on the event loop's own thread (`aio`); an `https://` proxy, or a call
//! made without a running loop, goes through reqwest on the shared tokio runtime.

use std::borrow::Cow;
use std::sync::Arc;

use okx_rest::client::{decode_declared, RawAnswer};
use okx_rest::{Auth, OkxRestClient, Request};
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

use crate::aio::{self, Finish, LoopTransport, Unsent};
use crate::config::PyConfig;
use crate::errors::to_py_err;
use crate::raw::RawCall;

/// Asynchronous OKX REST client for asyncio; every endpoint method returns an awaitable.
#[pyclass(frozen, name = "AsyncOkxClient", module = "okx_py")]
pub struct AsyncOkxClient {
    rest: Arc<OkxRestClient>,
    /// None where the event-loop transport cannot serve (an `https://` proxy).
    on_loop: Option<LoopTransport>,
}

/// The typed result of a declared endpoint's answer.
fn finish_declared<R>(py: Python<'_>, answer: &RawAnswer) -> PyResult<Py<PyAny>>
where
    R: Request,
    R::Output: for<'a> IntoPyObject<'a>,
{
    decode_declared::<R>(answer)
        .map_err(to_py_err)?
        .into_py_any(py)
}

impl AsyncOkxClient {
    /// The REST client underneath.
    pub(crate) fn rest(&self) -> &Arc<OkxRestClient> {
        &self.rest
    }

    pub(crate) fn dispatch<'py, R>(&self, py: Python<'py>, req: R) -> PyResult<Bound<'py, PyAny>>
    where
        R: Request,
        R::Output: for<'a> IntoPyObject<'a>,
    {
        let spec = R::SPEC;
        // Bad arguments raise here, before anything is sent.
        req.validate().map_err(to_py_err)?;
        let unsent = Unsent {
            method: spec.method,
            path: Cow::Borrowed(spec.path),
            params: req
                .params()
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
            body: req.body(),
            signed: spec.auth == Auth::Private,
            finish: Finish::Declared(finish_declared::<R>),
        };
        if let Some((on_loop, event_loop)) = self.event_loop(py)? {
            return on_loop.submit(py, &event_loop, unsent);
        }
        self.send_on_runtime(py, unsent)
    }

    /// The event-loop transport and the running loop, when both are there.
    fn event_loop<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<Option<(&LoopTransport, Bound<'py, PyAny>)>> {
        let Some(on_loop) = &self.on_loop else {
            return Ok(None);
        };
        Ok(aio::running_loop(py)?.map(|event_loop| (on_loop, event_loop)))
    }

    /// The fallback: reqwest on the shared tokio runtime, one `call_soon_threadsafe` per
    /// completion.
    fn send_on_runtime<'py>(&self, py: Python<'py>, unsent: Unsent) -> PyResult<Bound<'py, PyAny>> {
        let rest = Arc::clone(&self.rest);
        crate::future_into_py(py, async move {
            let params: Vec<(&str, &str)> = unsent
                .params
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let answer = rest
                .execute(
                    unsent.method,
                    &unsent.path,
                    &params,
                    unsent.body.as_deref(),
                    unsent.signed,
                )
                .await
                .map_err(to_py_err)?;
            Python::attach(|py| unsent.finish.run(py, &unsent.path, &answer))
        })
    }
}

#[pymethods]
impl AsyncOkxClient {
    #[new]
    fn new(config: &Bound<'_, PyConfig>) -> PyResult<Self> {
        let rest = Arc::new(OkxRestClient::new(&config.get().inner).map_err(to_py_err)?);
        let on_loop = LoopTransport::new(&rest);
        Ok(Self { rest, on_loop })
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
        let unsent = Unsent {
            method: call.method,
            path: Cow::Owned(call.path),
            params: call.params,
            body: call.body,
            signed: call.signed,
            finish: Finish::Raw,
        };
        if let Some((on_loop, event_loop)) = self.event_loop(py)? {
            return on_loop.submit(py, &event_loop, unsent);
        }
        self.send_on_runtime(py, unsent)
    }

    /// Measures OKX's clock now (`GET /api/v5/public/time`, round trip halved); the
    /// awaitable gives the offset in ms that signed requests of this configuration use.
    fn sync_clock<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let rest = Arc::clone(&self.rest);
        crate::future_into_py(
            py,
            async move { rest.sync_clock().await.map_err(to_py_err) },
        )
    }

    /// OKX's clock minus the local clock in ms, or None before the first measurement.
    #[getter]
    fn clock_offset_ms(&self) -> Option<i64> {
        self.rest.clock_offset_ms()
    }

    fn __repr__(&self) -> String {
        "AsyncOkxClient(..)".to_owned()
    }
}

macro_rules! py_async_methods {
    ($($entries:tt)*) => { crate::endpoints::py_endpoint_methods! { AsyncOkxClient; $($entries)* } };
}
okx_rest::for_each_endpoint!(py_async_methods);
