//! `RawData`: an answer's `data` kept as OKX sent it, for endpoints without a domain type.

/// The JSON text of an answer's `data`; Python receives it as plain lists, dicts and
/// strings with OKX's exact keys and values.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawData(pub String);

impl RawData {
    /// The JSON text as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(feature = "python")]
impl<'py> pyo3::IntoPyObject<'py> for RawData {
    type Target = pyo3::PyAny;
    type Output = pyo3::Bound<'py, pyo3::PyAny>;
    type Error = pyo3::PyErr;

    fn into_pyobject(self, py: pyo3::Python<'py>) -> pyo3::PyResult<Self::Output> {
        super::json::json_to_py(py, &self.0)
    }
}
