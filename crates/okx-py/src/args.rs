//! Python argument types of endpoint parameters: numbers accepted as str, int, float or
//! Decimal and sent as the exact decimal text OKX expects.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyString};

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
