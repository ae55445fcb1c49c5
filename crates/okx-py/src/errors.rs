//! The Python exception hierarchy and the one conversion from a core error to it.

use okx_core::OkxError as CoreError;
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;

create_exception!(
    okx_py,
    OkxError,
    PyException,
    "Base class of every error okx-py raises."
);
create_exception!(
    okx_py,
    OkxHttpError,
    OkxError,
    "Non-2xx answer, or no answer at all."
);
create_exception!(
    okx_py,
    OkxRateLimitError,
    OkxHttpError,
    "HTTP 429, OKX code 50011 / 50061, or a request the client-side limiter refused before sending."
);
create_exception!(
    okx_py,
    OkxApiError,
    OkxError,
    "OKX answered with a non-zero code."
);
create_exception!(
    okx_py,
    OkxPartialFailureError,
    OkxApiError,
    "A batch partly failed: `succeeded` holds the items OKX accepted (their orders exist), \
     `failed` (= `items`) the ones it refused."
);
create_exception!(
    okx_py,
    OkxAuthError,
    OkxError,
    "OKX refused the credentials (501xx)."
);
create_exception!(
    okx_py,
    OkxWebSocketError,
    OkxError,
    "A WebSocket failed beyond recovery."
);
create_exception!(
    okx_py,
    OkxBookNotSyncedError,
    OkxError,
    "A local order book was read while it is not synced (resyncing, stale or closed)."
);
create_exception!(
    okx_py,
    OkxTimeoutError,
    OkxError,
    "No answer within Config.timeout_secs."
);

/// One failed item of an order or batch answer.
#[pyclass(frozen, get_all, eq, name = "ItemError", module = "okx_py")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyItemError {
    /// OKX `sCode`.
    pub s_code: String,
    /// OKX `sMsg`.
    pub s_msg: String,
    /// OKX `ordId`, when given.
    pub ord_id: Option<String>,
    /// OKX `clOrdId`, when given.
    pub cl_ord_id: Option<String>,
}

#[pymethods]
impl PyItemError {
    fn __repr__(&self) -> String {
        use okx_core::types::python::{py_repr, py_repr_opt};
        format!(
            "ItemError(s_code={}, s_msg={}, ord_id={}, cl_ord_id={})",
            py_repr(&self.s_code),
            py_repr(&self.s_msg),
            py_repr_opt(self.ord_id.as_deref()),
            py_repr_opt(self.cl_ord_id.as_deref())
        )
    }
}

impl From<&okx_core::ItemError> for PyItemError {
    fn from(e: &okx_core::ItemError) -> Self {
        Self {
            s_code: e.s_code.clone(),
            s_msg: e.s_msg.clone(),
            ord_id: e.ord_id.clone(),
            cl_ord_id: e.cl_ord_id.clone(),
        }
    }
}

/// The one conversion from a core error to a Python exception; fields become attributes
/// (`code`, `msg`, `status`, `items`; None or empty when absent).
pub(crate) fn to_py_err(err: CoreError) -> PyErr {
    let text = err.to_string();
    let exc = match &err {
        CoreError::InvalidArgument { .. } => return PyValueError::new_err(text),
        CoreError::Api { succeeded, .. } if !succeeded.is_empty() => {
            OkxPartialFailureError::new_err(text)
        }
        CoreError::Api { .. } | CoreError::Decode { .. } => OkxApiError::new_err(text),
        CoreError::Auth { .. } => OkxAuthError::new_err(text),
        CoreError::RateLimited { .. } => OkxRateLimitError::new_err(text),
        CoreError::Http { .. } | CoreError::Unreachable { .. } => OkxHttpError::new_err(text),
        CoreError::Timeout { .. } => OkxTimeoutError::new_err(text),
        CoreError::WebSocket { .. } => OkxWebSocketError::new_err(text),
        _ => OkxError::new_err(text), // CoreError is #[non_exhaustive]
    };
    Python::attach(|py| {
        let value = exc.value(py);
        let items: Vec<PyItemError> = err.items().iter().map(PyItemError::from).collect();
        let set = value
            .setattr("code", err.code())
            .and_then(|()| value.setattr("msg", err.msg()))
            .and_then(|()| value.setattr("status", err.status()))
            .and_then(|()| value.setattr("items", items.clone()))
            .and_then(|()| value.setattr("failed", items))
            .and_then(|()| value.setattr("succeeded", err.succeeded().to_vec()))
            .and_then(|()| match &err {
                CoreError::RateLimited { retry_after, .. } => {
                    value.setattr("retry_after", retry_after.map(|d| d.as_secs_f64()))
                }
                _ => Ok(()),
            });
        match set {
            Ok(()) => exc,
            Err(e) => e,
        }
    })
}
