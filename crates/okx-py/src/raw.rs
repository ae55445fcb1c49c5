//! The raw request escape hatch shared by both clients: Python arguments to an
//! `OkxRestClient::request` call.

use okx_rest::{Method, OkxRestClient};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::Value;

/// A raw request with everything converted out of Python.
pub(crate) struct RawCall {
    pub(crate) method: Method,
    pub(crate) path: String,
    pub(crate) params: Vec<(String, String)>,
    pub(crate) body: Option<String>,
    pub(crate) signed: bool,
}

impl RawCall {
    pub(crate) fn from_py(
        method: &str,
        path: &str,
        params: Option<&Bound<'_, PyAny>>,
        body: Option<&Bound<'_, PyAny>>,
        signed: Option<bool>,
    ) -> PyResult<Self> {
        let method = match method.to_ascii_uppercase().as_str() {
            "GET" => Method::Get,
            "POST" => Method::Post,
            _ => {
                return Err(PyValueError::new_err(format!(
                    "method must be one of \"GET\", \"POST\"; got \"{method}\""
                )))
            }
        };
        if !path.starts_with("/api/") {
            return Err(PyValueError::new_err(format!(
                "path must start with \"/api/\"; got \"{path}\""
            )));
        }
        let mut pairs = Vec::new();
        if let Some(params) = params.filter(|p| !p.is_none()) {
            let dict = params
                .cast::<PyDict>()
                .map_err(|_| PyTypeError::new_err("params must be a dict"))?;
            for (k, v) in dict.iter() {
                if v.is_none() {
                    continue;
                }
                let key: String = k
                    .extract()
                    .map_err(|_| PyTypeError::new_err("params keys must be str"))?;
                let value = if v.is_instance_of::<PyBool>() {
                    if v.is_truthy()? {
                        "true".to_owned()
                    } else {
                        "false".to_owned()
                    }
                } else {
                    crate::args::num_arg(&v, &key)?
                };
                pairs.push((key, value));
            }
        }
        let body = match body.filter(|b| !b.is_none()) {
            Some(b) if method == Method::Get => {
                let _ = b;
                return Err(PyValueError::new_err("body is only allowed with POST"));
            }
            Some(b) => Some(py_to_value(b)?.to_string()),
            None => None,
        };
        let public = path.starts_with("/api/v5/market/") || path.starts_with("/api/v5/public/");
        Ok(Self {
            method,
            path: path.to_owned(),
            params: pairs,
            body,
            signed: signed.unwrap_or(!public),
        })
    }

    pub(crate) fn send_blocking(&self, rest: &OkxRestClient) -> okx_core::Result<Value> {
        let params: Vec<(&str, &str)> = self
            .params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        rest.request_blocking(
            self.method,
            &self.path,
            &params,
            self.body.as_deref(),
            self.signed,
        )
    }

    pub(crate) async fn send(&self, rest: &OkxRestClient) -> okx_core::Result<Value> {
        let params: Vec<(&str, &str)> = self
            .params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        rest.request(
            self.method,
            &self.path,
            &params,
            self.body.as_deref(),
            self.signed,
        )
        .await
    }
}

/// Converts a JSON-like Python value (dict, list, tuple, str, int, float, bool, None,
/// Decimal) to a JSON value; Decimals and floats keep their exact text as strings.
pub(crate) fn py_to_value(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        // Beyond 64 bits: OKX takes numbers as strings, so send the exact digits.
        return Ok(Value::String(obj.str()?.to_cow()?.into_owned()));
    }
    if obj.is_instance_of::<PyFloat>() {
        return Ok(Value::String(crate::args::num_arg(obj, "body value")?));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = serde_json::Map::new();
        for (k, v) in d.iter() {
            let key: String = k
                .extract()
                .map_err(|_| PyTypeError::new_err("body keys must be str"))?;
            map.insert(key, py_to_value(&v)?);
        }
        return Ok(Value::Object(map));
    }
    if let Ok(l) = obj.cast::<PyList>() {
        return l
            .iter()
            .map(|v| py_to_value(&v))
            .collect::<PyResult<Vec<_>>>()
            .map(Value::Array);
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        return t
            .iter()
            .map(|v| py_to_value(&v))
            .collect::<PyResult<Vec<_>>>()
            .map(Value::Array);
    }
    Ok(Value::String(crate::args::num_arg(obj, "body value")?))
}
