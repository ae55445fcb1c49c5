//! The iterators of `iter_*` methods: the page walk itself is Python (`okx_py._paging`),
//! since it only calls the client's own method again with a new cursor.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;

/// Starts walking the pages of `method` of `client` (an iterator, or an async iterator
/// for the async client).
pub(crate) fn walk<'py>(
    client: &Bound<'py, PyAny>,
    is_async: bool,
    method: &'static str,
    kwargs: Bound<'py, PyDict>,
    cursor: &'static str,
) -> PyResult<Bound<'py, PyAny>> {
    static MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    let py = client.py();
    let module = MODULE.get_or_try_init(py, || py.import("okx_py._paging").map(Bound::unbind))?;
    let walker = if is_async { "awalk" } else { "walk" };
    module
        .bind(py)
        .getattr(walker)?
        .call1((client, method, kwargs, cursor))
}
