//! Python argument types of endpoint parameters: numbers accepted as str, int, float or
//! Decimal and sent as the exact decimal text OKX expects.

use okx_rest::request::{EndpointSpec, Item};
use okx_rest::{Kind, Request};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString};
use serde_json::Value;

/// A decimal parameter (`sz`, `px`): str, int, float or `decimal.Decimal`.
pub struct NumArg(pub String);

/// A whole-number parameter (`limit`, `depth`): int or str.
pub struct IntArg(pub String);

/// Converts a decimal argument, naming `param` in the error.
pub fn num_arg(value: &Bound<'_, PyAny>, param: &str) -> PyResult<String> {
    value
        .extract::<NumArg>()
        .map(|v| v.0)
        .map_err(|e| name_param(value.py(), e, param))
}

/// Converts a whole-number argument, naming `param` in the error.
pub fn int_arg(value: &Bound<'_, PyAny>, param: &str) -> PyResult<String> {
    value
        .extract::<IntArg>()
        .map(|v| v.0)
        .map_err(|e| name_param(value.py(), e, param))
}

/// Converts a list- or object-valued argument to the JSON text sent to OKX, checking its
/// shape (`Items`: list of dicts, `Obj`: dict, `StrList`: list of str, `Json`: either of
/// the first two). Numbers inside become OKX's strings.
pub fn json_arg(value: &Bound<'_, PyAny>, param: &str, kind: Kind) -> PyResult<String> {
    let dicts = |v: &Bound<'_, PyAny>| {
        v.cast::<PyList>()
            .is_ok_and(|l| l.iter().all(|i| i.is_instance_of::<PyDict>()))
    };
    let (ok, expected) = match kind {
        Kind::Items => (dicts(value), "a list of dicts"),
        Kind::Obj => (value.is_instance_of::<PyDict>(), "a dict"),
        Kind::StrList => (
            value
                .cast::<PyList>()
                .is_ok_and(|l| l.iter().all(|i| i.is_instance_of::<PyString>())),
            "a list of str",
        ),
        _ => (
            dicts(value) || value.is_instance_of::<PyDict>(),
            "a list of dicts or a dict",
        ),
    };
    if !ok {
        return Err(PyTypeError::new_err(format!(
            "{param} must be {expected}; got {}",
            describe(value)
        )));
    }
    let mut json = crate::raw::py_to_value(value).map_err(|e| name_param(value.py(), e, param))?;
    stringify_numbers(&mut json);
    Ok(json.to_string())
}

/// OKX takes numbers as strings, also inside JSON-valued parameters.
fn stringify_numbers(value: &mut Value) {
    match value {
        Value::Number(n) => *value = Value::String(n.to_string()),
        Value::Array(items) => items.iter_mut().for_each(stringify_numbers),
        Value::Object(map) => map.values_mut().for_each(stringify_numbers),
        _ => {}
    }
}

/// A short description of a Python value for messages: `str`, `list of int`, ...
fn describe(value: &Bound<'_, PyAny>) -> String {
    let name = |v: &Bound<'_, PyAny>| type_name(&v.as_borrowed());
    match value.cast::<PyList>() {
        Ok(l) => match l.iter().find(|i| !i.is_instance_of::<PyDict>()) {
            Some(odd) => format!("list with a {}", name(&odd)),
            None => "list".to_owned(),
        },
        Err(_) => name(value),
    }
}

/// Converts the `orders` (or other items) argument of an array-body endpoint: a list of
/// dicts keyed by the snake_case parameter names, each value converted as for a single
/// request; errors name the item (`orders[2].sz`).
pub fn items_arg(value: &Bound<'_, PyAny>, spec: &EndpointSpec) -> PyResult<Vec<Item>> {
    let arg = spec.items_arg;
    let list = value.cast::<PyList>().map_err(|_| {
        PyTypeError::new_err(format!(
            "{arg} must be a list of dicts; got {}",
            describe(value)
        ))
    })?;
    let mut items = Vec::with_capacity(list.len());
    for (i, entry) in list.iter().enumerate() {
        let dict = entry.cast::<PyDict>().map_err(|_| {
            PyTypeError::new_err(format!(
                "{arg}[{i}] must be a dict; got {}",
                describe(&entry)
            ))
        })?;
        let mut pairs: Vec<(usize, &'static str, String)> = Vec::with_capacity(dict.len());
        for (k, v) in dict.iter() {
            let key: String = k
                .extract()
                .map_err(|_| PyTypeError::new_err(format!("{arg}[{i}] keys must be str")))?;
            let Some(pos) = spec.items.iter().position(|p| p.name == key) else {
                let names: Vec<&str> = spec.items.iter().map(|p| p.name).collect();
                return Err(PyValueError::new_err(format!(
                    "{arg}[{i}] has no parameter \"{key}\"; expected some of {}",
                    names.join(", ")
                )));
            };
            if v.is_none() {
                continue;
            }
            let p = &spec.items[pos];
            let name = format!("{arg}[{i}].{}", p.name);
            let text = match p.kind {
                Kind::Str | Kind::OneOf(_) => v
                    .cast::<PyString>()
                    .map_err(|_| {
                        PyTypeError::new_err(format!("{name} must be str; got {}", describe(&v)))
                    })?
                    .to_cow()?
                    .into_owned(),
                Kind::Num => num_arg(&v, &name)?,
                Kind::Int => int_arg(&v, &name)?,
                Kind::Bool => {
                    let b = v.cast::<PyBool>().map_err(|_| {
                        PyTypeError::new_err(format!("{name} must be a bool; got {}", describe(&v)))
                    })?;
                    if b.is_true() { "true" } else { "false" }.to_owned()
                }
                kind => json_arg(&v, &name, kind)?,
            };
            pairs.push((pos, p.okx, text));
        }
        pairs.sort_by_key(|(pos, _, _)| *pos);
        items.push(pairs.into_iter().map(|(_, k, v)| (k, v)).collect());
    }
    Ok(items)
}

/// A validated declared request as the arguments of a client's raw `request`.
pub struct RawParts<'py> {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// The endpoint's path.
    pub path: &'static str,
    /// The parameters (query or JSON object body of strings), when the body is not JSON.
    pub params: Option<Bound<'py, PyAny>>,
    /// The JSON body (flags, lists, item arrays), when the endpoint needs one.
    pub body: Option<Bound<'py, PyAny>>,
    /// Whether the endpoint is private.
    pub signed: bool,
}

impl<'py> RawParts<'py> {
    /// Validates `req` (nothing is sent on error) and splits it into raw arguments.
    pub fn of<R: Request>(py: Python<'py>, req: &R) -> PyResult<Self> {
        req.validate().map_err(crate::errors::to_py_err)?;
        let spec = R::SPEC;
        let (params, body) = match req.body() {
            Some(body) => (None, Some(okx_core::types::python::raw_to_py(py, &body)?)),
            None => {
                let dict = PyDict::new(py);
                for (k, v) in req.params() {
                    dict.set_item(k, v)?;
                }
                (Some(dict.into_any()), None)
            }
        };
        Ok(Self {
            method: spec.method.as_str(),
            path: spec.path,
            params,
            body,
            signed: spec.auth == okx_rest::Auth::Private,
        })
    }
}

/// The same exception type with the parameter name leading its message.
fn name_param(py: Python<'_>, err: PyErr, param: &str) -> PyErr {
    let text = format!("{param} {}", err.value(py));
    if err.is_instance_of::<PyTypeError>(py) {
        PyTypeError::new_err(text)
    } else {
        pyo3::exceptions::PyValueError::new_err(text)
    }
}

fn type_name(obj: &Borrowed<'_, '_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

impl<'a, 'py> FromPyObject<'a, 'py> for NumArg {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(Self(s.to_cow()?.trim().to_owned()));
        }
        if obj.is_instance_of::<PyBool>() {
            return Err(PyTypeError::new_err(
                "must be a number (str, int, float or Decimal); got bool",
            ));
        }
        if obj.is_instance_of::<PyInt>() {
            return Ok(Self(obj.str()?.to_cow()?.into_owned()));
        }
        if obj.is_instance_of::<PyFloat>() {
            // repr of a float is the shortest text that round-trips: no float noise is added.
            let v: f64 = obj.extract()?;
            if !v.is_finite() {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "must be a finite number; got {v}"
                )));
            }
            return Ok(Self(plain_decimal(&obj.repr()?.to_cow()?)));
        }
        let name = type_name(&obj);
        if name == "Decimal" {
            // format(d, "f") never uses exponent notation, which OKX would reject.
            let text = obj.call_method1("__format__", ("f",))?;
            return Ok(Self(text.cast::<PyString>()?.to_cow()?.into_owned()));
        }
        Err(PyTypeError::new_err(format!(
            "must be a number (str, int, float or Decimal); got {name}"
        )))
    }
}

/// Turns float reprs such as `1e-05` or `1.5e+20` into plain decimal text.
fn plain_decimal(repr: &str) -> String {
    let Some((mantissa, exp)) = repr.split_once(['e', 'E']) else {
        return repr.strip_suffix(".0").unwrap_or(repr).to_owned();
    };
    let Ok(exp) = exp.parse::<i32>() else {
        return repr.to_owned();
    };
    let (neg, mantissa) = mantissa
        .strip_prefix('-')
        .map_or((false, mantissa), |m| (true, m));
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int_part}{frac_part}");
    let point = int_part.len() as i32 + exp;
    let mut out = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        )
    };
    if out.contains('.') {
        out = out.trim_end_matches('0').trim_end_matches('.').to_owned();
    }
    if neg {
        out.insert(0, '-');
    }
    out
}

impl<'a, 'py> FromPyObject<'a, 'py> for IntArg {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(Self(s.to_cow()?.trim().to_owned()));
        }
        if obj.is_instance_of::<PyInt>() && !obj.is_instance_of::<PyBool>() {
            return Ok(Self(obj.str()?.to_cow()?.into_owned()));
        }
        Err(PyTypeError::new_err(format!(
            "must be an int or str; got {}",
            type_name(&obj)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::plain_decimal;

    #[test]
    fn float_reprs_become_plain_decimals() {
        assert_eq!(plain_decimal("0.1"), "0.1");
        assert_eq!(plain_decimal("30000.0"), "30000");
        assert_eq!(plain_decimal("1e-05"), "0.00001");
        assert_eq!(plain_decimal("1.5e-07"), "0.00000015");
        assert_eq!(plain_decimal("1.5e+20"), "150000000000000000000");
        assert_eq!(plain_decimal("-2.5e-3"), "-0.0025");
    }
}
