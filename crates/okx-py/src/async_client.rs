//! `AsyncOkxClient`: the asyncio client; the same methods as `OkxClient`, awaitable.
//! Requests run on the event loop's own thread (`aio`); an `https://` proxy, or a call
//! made without a running loop, goes through reqwest on the shared tokio runtime.

use std::borrow::Cow;
use std::sync::Arc;

use okx_rest::client::{decode_declared, RawAnswer};
use okx_rest::{Auth, Method, OkxRestClient, Request};
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

use crate::aio::{self, Call, Finish, LoopTransport};
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

/// A request for reqwest: what `OkxRestClient::execute` takes, owned.
struct Unsent {
    method: Method,
    path: Cow<'static, str>,
    params: Vec<(String, String)>,
    body: Option<String>,
    signed: bool,
    finish: Finish,
}

impl AsyncOkxClient {
    /// `iter_*` methods return an async iterator.
    const ASYNC: bool = true;

    fn dispatch<'py, R>(&self, py: Python<'py>, req: R) -> PyResult<Bound<'py, PyAny>>
    where
        R: Request,
        R::Output: for<'a> IntoPyObject<'a>,
    {
        let spec = R::SPEC;
        if let Some(found) = self.event_loop(py)? {
            let (on_loop, event_loop) = found;
            // Validates: bad arguments raise here, before anything is sent.
            let wire = self.rest.encode_request(&req).map_err(to_py_err)?;
            let call = Call {
                wire,
                method: spec.method,
                path: Cow::Borrowed(spec.path),
                finish: Finish::Declared(finish_declared::<R>),
            };
            return on_loop.submit(py, &event_loop, call);
        }
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
        if let Some((on_loop, event_loop)) = self.event_loop(py)? {
            let wire = call.encode(&self.rest).map_err(to_py_err)?;
            let call = Call {
                wire,
                method: call.method,
                path: Cow::Owned(call.path),
                finish: Finish::Raw,
            };
            return on_loop.submit(py, &event_loop, call);
        }
        let unsent = Unsent {
            method: call.method,
            path: Cow::Owned(call.path),
            params: call.params,
            body: call.body,
            signed: call.signed,
            finish: Finish::Raw,
        };
        self.send_on_runtime(py, unsent)
    }

    fn __repr__(&self) -> String {
        "AsyncOkxClient(..)".to_owned()
    }
}

macro_rules! py_async_methods {
    ($($entries:tt)*) => { crate::endpoints::py_endpoint_methods! { AsyncOkxClient; $($entries)* } };
}
okx_rest::for_each_endpoint!(py_async_methods);
