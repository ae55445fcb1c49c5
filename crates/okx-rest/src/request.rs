//! What every endpoint declaration yields: its spec (path, method, auth, parameters,
//! rate limit) and the `Request` trait that `OkxRestClient::send` drives.

use okx_core::types::FromItem;
use okx_core::{OkxError, Result};
use serde_json::value::RawValue;

/// The HTTP method of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Parameters travel in the query string.
    Get,
    /// Parameters travel in a JSON body.
    Post,
}

impl Method {
    /// The upper-case name used on the wire and in the signature.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
        }
    }
}

/// Whether an endpoint needs a signed request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// Market and public data: no signature.
    Public,
    /// Account, trade and funding: signed with the API key.
    Private,
}

/// How a parameter is typed in Python and checked before sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text.
    Str,
    /// A decimal number: str, int, float or Decimal in Python, sent as OKX's string.
    Num,
    /// A whole number: int or str of digits in Python.
    Int,
    /// One of a documented set of values.
    OneOf(&'static [&'static str]),
}

impl Kind {
    /// The Python annotation of a parameter of this kind.
    pub fn py_type(self) -> &'static str {
        match self {
            Self::Str | Self::OneOf(_) => "str",
            Self::Num => "str | int | float | Decimal",
            Self::Int => "int | str",
        }
    }
}

/// One parameter of an endpoint.
#[derive(Debug, Clone, Copy)]
pub struct ParamSpec {
    /// The snake_case Python and Rust name (`inst_id`).
    pub name: &'static str,
    /// OKX's camelCase name (`instId`).
    pub okx: &'static str,
    /// How it is typed and checked.
    pub kind: Kind,
    /// Whether the endpoint requires it.
    pub required: bool,
}

/// Everything declared about one endpoint.
#[derive(Debug, Clone, Copy)]
pub struct EndpointSpec {
    /// The okx_py method name (`get_ticker`).
    pub name: &'static str,
    /// OKX section (`market`, `trade`, ...).
    pub section: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path under the host, e.g. `/api/v5/market/ticker`.
    pub path: &'static str,
    /// Signed or not.
    pub auth: Auth,
    /// Requests allowed per window.
    pub limit_count: u32,
    /// The window of the rate limit, in seconds.
    pub limit_secs: u32,
    /// What the limit is counted on (`IP`, `UserID`, `UserID+instId`).
    pub limit_rule: &'static str,
    /// The one-line description (rustdoc, Python docstring, docs table).
    pub doc: &'static str,
    /// Parameters in signature order: required first, then optional.
    pub params: &'static [ParamSpec],
    /// Groups of parameters of which at least one must be given.
    pub one_of: &'static [&'static str],
    /// The Python return annotation (`Ticker`, `list[Ticker]`).
    pub returns: &'static str,
}

/// A request to one endpoint, produced by the endpoint table.
pub trait Request {
    /// What a successful answer decodes to.
    type Output;
    /// The endpoint's declaration.
    const SPEC: &'static EndpointSpec;

    /// The parameters that are set, as (OKX name, value), in declaration order.
    fn params(&self) -> Vec<(&'static str, &str)>;

    /// Decodes the answer's `data`.
    ///
    /// # Errors
    /// `Decode` when `data` does not have the declared shape.
    fn decode(data: &RawValue) -> Result<Self::Output>;

    /// Checks required parameters, allowed values and one-of rules; nothing is sent on error.
    ///
    /// # Errors
    /// `InvalidArgument` naming the Python parameter.
    fn validate(&self) -> Result<()> {
        validate_params(Self::SPEC, &self.params())
    }
}

/// The shared validation of [`Request::validate`].
///
/// # Errors
/// `InvalidArgument` naming the first offending parameter.
pub fn validate_params(spec: &EndpointSpec, given: &[(&'static str, &str)]) -> Result<()> {
    let value_of = |okx: &str| given.iter().find(|(k, _)| *k == okx).map(|(_, v)| *v);
    for p in spec.params {
        match value_of(p.okx) {
            None if p.required => {
                return Err(OkxError::invalid(
                    p.name,
                    format!("is required by {}", spec.name),
                ));
            }
            None => {}
            Some(v) => check_value(p, v)?,
        }
    }
    if !spec.one_of.is_empty() {
        let any = spec
            .params
            .iter()
            .any(|p| spec.one_of.contains(&p.name) && value_of(p.okx).is_some());
        if !any {
            let names = spec.one_of.join(", ");
            let message = format!("{} needs one of {names}; got none", spec.name);
            return Err(OkxError::invalid_msg(names, message));
        }
    }
    Ok(())
}

fn check_value(p: &ParamSpec, v: &str) -> Result<()> {
    match p.kind {
        Kind::Str => {
            if p.required && v.is_empty() {
                return Err(OkxError::invalid(p.name, "must not be empty"));
            }
        }
        Kind::Num => {
            let ok = !v.is_empty()
                && v.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
                && v.chars().filter(|c| *c == '.').count() <= 1
                && v.chars().skip(1).all(|c| c != '-')
                && v.chars().any(|c| c.is_ascii_digit());
            if !ok {
                return Err(OkxError::invalid(
                    p.name,
                    format!("must be a decimal number; got \"{v}\""),
                ));
            }
        }
        Kind::Int => {
            if v.is_empty() || !v.chars().all(|c| c.is_ascii_digit()) {
                return Err(OkxError::invalid(
                    p.name,
                    format!("must be a whole number; got \"{v}\""),
                ));
            }
        }
        Kind::OneOf(allowed) => okx_core::enums::check_one_of(p.name, v, allowed)?,
    }
    Ok(())
}

/// Decodes `data` as a list of items.
///
/// # Errors
/// `Decode` naming the path when `data` is not a list of the expected items.
pub fn decode_list<T: FromItem>(path: &str, data: &RawValue) -> Result<Vec<T>> {
    let raws: Vec<&RawValue> = serde_json::from_str(data.get()).map_err(|e| decode_err(path, e))?;
    raws.into_iter()
        .map(|raw| T::from_item(raw).map_err(|e| decode_err(path, e)))
        .collect()
}

/// Decodes `data` as a list holding exactly the one item the endpoint returns.
///
/// # Errors
/// `Decode` when `data` is empty or malformed.
pub fn decode_one<T: FromItem>(path: &str, data: &RawValue) -> Result<T> {
    decode_list(path, data)?
        .into_iter()
        .next()
        .ok_or_else(|| OkxError::Decode {
            path: path.to_owned(),
            reason: "data is empty".into(),
        })
}

/// Decodes `data` as plain JSON (endpoints without a domain type).
///
/// # Errors
/// `Decode` when `data` is not JSON.
pub fn decode_value(path: &str, data: &RawValue) -> Result<serde_json::Value> {
    serde_json::from_str(data.get()).map_err(|e| decode_err(path, e))
}

fn decode_err(path: &str, e: serde_json::Error) -> OkxError {
    OkxError::Decode {
        path: path.to_owned(),
        reason: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: EndpointSpec = EndpointSpec {
        name: "cancel_order",
        section: "trade",
        method: Method::Post,
        path: "/api/v5/trade/cancel-order",
        auth: Auth::Private,
        limit_count: 60,
        limit_secs: 2,
        limit_rule: "UserID+instId",
        doc: "",
        params: &[
            ParamSpec {
                name: "inst_id",
                okx: "instId",
                kind: Kind::Str,
                required: true,
            },
            ParamSpec {
                name: "ord_id",
                okx: "ordId",
                kind: Kind::Str,
                required: false,
            },
            ParamSpec {
                name: "cl_ord_id",
                okx: "clOrdId",
                kind: Kind::Str,
                required: false,
            },
            ParamSpec {
                name: "sz",
                okx: "sz",
                kind: Kind::Num,
                required: false,
            },
        ],
        one_of: &["ord_id", "cl_ord_id"],
        returns: "OrderAck",
    };

    #[test]
    fn one_of_rule_names_both_parameters() {
        let err = validate_params(&SPEC, &[("instId", "BTC-USDT")]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cancel_order needs one of ord_id, cl_ord_id; got none"
        );
        assert!(validate_params(&SPEC, &[("instId", "BTC-USDT"), ("clOrdId", "a1")]).is_ok());
    }

    #[test]
    fn required_and_numbers_are_checked() {
        assert!(validate_params(&SPEC, &[("ordId", "1")])
            .unwrap_err()
            .to_string()
            .starts_with("inst_id is required"));
        for bad in ["", "1e5", "abc", "1.2.3", "--1", "1-"] {
            let err = validate_params(&SPEC, &[("instId", "X"), ("ordId", "1"), ("sz", bad)]);
            assert!(err.is_err(), "{bad:?} accepted");
        }
        assert!(validate_params(&SPEC, &[("instId", "X"), ("ordId", "1"), ("sz", "-0.5")]).is_ok());
    }
}
