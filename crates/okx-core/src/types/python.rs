//! Python conversions of the domain types (feature `python`): JSON to Python objects,
//! `to_dict()` and `repr()` of the array-shaped types.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde_json::Value;

use super::{Candle, OrderBook, CANDLE_KEYS};

/// Converts a JSON value to the equivalent Python object (dict, list, str, int, float, bool, None).
pub fn value_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(value_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, value_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// A string as Python's `repr()` writes it (single quotes), for `__repr__` texts.
pub fn py_repr(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('\'');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// An optional string as Python's `repr()` writes it (`None` or `'text'`).
pub fn py_repr_opt(value: Option<&str>) -> String {
    value.map_or_else(|| "None".to_owned(), py_repr)
}

fn py_repr_level(level: Option<&super::BookLevel>) -> String {
    level.map_or_else(
        || "None".to_owned(),
        |l| format!("({}, {})", py_repr(&l.0), py_repr(&l.1)),
    )
}

/// Parses JSON text into Python objects, in one pass (no intermediate value tree).
pub fn raw_to_py<'py>(py: Python<'py>, raw: &str) -> PyResult<Bound<'py, PyAny>> {
    super::json::json_to_py(py, raw)
}

fn levels_to_py<'py>(py: Python<'py>, levels: &[super::BookLevel]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for (px, sz, n) in levels {
        list.append(PyList::new(
            py,
            [px.as_str(), sz.as_str(), "0", n.as_str()],
        )?)?;
    }
    Ok(list)
}

#[pymethods]
impl OrderBook {
    /// The snapshot as OKX sent it (every key and row unchanged); a book built locally
    /// gives `asks`/`bids` as `[px, sz, "0", orders]` rows, `ts` and `seqId`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        if let Some(raw) = self.raw() {
            return Ok(raw_to_py(py, raw)?.cast_into::<PyDict>()?);
        }
        let dict = PyDict::new(py);
        dict.set_item("asks", levels_to_py(py, &self.asks)?)?;
        dict.set_item("bids", levels_to_py(py, &self.bids)?)?;
        dict.set_item("ts", &self.ts)?;
        if let Some(seq) = self.seq_id {
            dict.set_item("seqId", seq)?;
        }
        Ok(dict)
    }

    /// The best ask as (price, size, orders), or None when the side is empty.
    #[getter]
    fn best_ask(&self) -> Option<super::BookLevel> {
        self.asks.first().cloned()
    }

    /// The best bid as (price, size, orders), or None when the side is empty.
    #[getter]
    fn best_bid(&self) -> Option<super::BookLevel> {
        self.bids.first().cloned()
    }

    fn __repr__(&self) -> String {
        format!(
            "OrderBook(best_bid={}, best_ask={}, levels={}/{}, ts={})",
            py_repr_level(self.bids.first()),
            py_repr_level(self.asks.first()),
            self.bids.len(),
            self.asks.len(),
            py_repr(&self.ts)
        )
    }
}

#[pymethods]
impl Candle {
    /// The candle keyed by OKX's documented column names (`ts`, `o`, ..., `confirm`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (key, value) in CANDLE_KEYS.iter().zip(self.values()) {
            dict.set_item(key, value)?;
        }
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        let fields = [
            ("ts", &self.ts),
            ("o", &self.o),
            ("h", &self.h),
            ("l", &self.l),
            ("c", &self.c),
            ("vol", &self.vol),
            ("confirm", &self.confirm),
        ];
        let inner: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", py_repr(v)))
            .collect();
        format!("Candle({})", inner.join(", "))
    }
}
