//! `latency()` on the clients: round-trip percentiles per endpoint.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::async_client::AsyncOkxClient;
use crate::client::OkxClient;
use crate::ws_client::PyWsClient;

fn to_py<'py>(
    py: Python<'py>,
    latency: &okx_rest::latency::Latency,
) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    for (endpoint, s) in latency.summary() {
        let d = PyDict::new(py);
        d.set_item("count", s.count)?;
        d.set_item("p50_us", s.p50_us)?;
        d.set_item("p90_us", s.p90_us)?;
        d.set_item("p99_us", s.p99_us)?;
        d.set_item("max_us", s.max_us)?;
        d.set_item("okx_p50_us", s.okx_p50_us)?;
        out.set_item(endpoint, d)?;
    }
    Ok(out)
}

#[pymethods]
impl OkxClient {
    /// Round trips per endpoint (`"POST /api/v5/trade/order"`): `count`, and of the
    /// newest 4096 answers `p50_us`, `p90_us`, `p99_us`, `max_us` (from sending to the
    /// whole answer, microseconds) and `okx_p50_us` (OKX's `outTime - inTime`, where OKX
    /// reports it: order endpoints; else None).
    fn latency<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_py(py, self.rest().latency())
    }
}

#[pymethods]
impl AsyncOkxClient {
    /// Round trips per endpoint, as `OkxClient.latency()` (not awaitable).
    fn latency<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_py(py, self.rest().latency())
    }
}

#[pymethods]
impl PyWsClient {
    /// Round trips of this client's order operations per op (`"WS order"`), as
    /// `OkxClient.latency()`; `okx_p50_us` from the replies' `inTime`/`outTime`.
    fn latency<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_py(py, self.trading.rest().latency())
    }
}
