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
    /// A flag: Python bool, sent as JSON `true`/`false` in bodies, `"true"`/`"false"` in queries.
    Bool,
    /// A list of objects OKX takes as JSON (`attachAlgoOrds`, `legs`): Python list of dicts.
    Items,
    /// An object OKX takes as JSON (`rcvrInfo`): Python dict.
    Obj,
    /// A list of strings OKX takes as a JSON array (`rfqIds`): Python list of str.
    StrList,
    /// JSON whose shape the docs leave open: a list of dicts or a dict.
    Json,
}

impl Kind {
    /// The Python annotation of a parameter of this kind.
    pub fn py_type(self) -> &'static str {
        match self {
            Self::Str | Self::OneOf(_) => "str",
            Self::Num => "str | int | float | Decimal",
            Self::Int => "int | str",
            Self::Bool => "bool",
            Self::Items => "list[dict[str, Any]]",
            Self::Obj => "dict[str, Any]",
            Self::StrList => "list[str]",
            Self::Json => "list[dict[str, Any]] | dict[str, Any]",
        }
    }

    /// Whether the value is JSON (not a string) in a request body.
    pub const fn is_json(self) -> bool {
        matches!(
            self,
            Self::Bool | Self::Items | Self::Obj | Self::StrList | Self::Json
        )
    }
}

/// Whether an endpoint's body needs JSON values other than strings (flags, lists,
/// objects) or is an array of items: such a body comes from [`Request::body`].
pub const fn needs_json_body(method: Method, params: &[ParamSpec], items: &[ParamSpec]) -> bool {
    if !matches!(method, Method::Post) {
        return false;
    }
    if !items.is_empty() {
        return true;
    }
    let mut i = 0;
    while i < params.len() {
        if params[i].kind.is_json() {
            return true;
        }
        i += 1;
    }
    false
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
    /// For an endpoint whose body is a JSON array: the Python argument holding the items
    /// (`orders`); empty otherwise.
    pub items_arg: &'static str,
    /// The parameters of one item of that array.
    pub items: &'static [ParamSpec],
    /// Groups of item parameters of which each item needs at least one.
    pub items_one_of: &'static [&'static str],
    /// How many items one request may carry.
    pub max_items: usize,
    /// Whether the body is built by [`Request::body`] (JSON flags, lists, item arrays).
    pub json_body: bool,
    /// For an endpoint paged by `after`/`before` cursors: the Python name of the method
    /// that walks every page (`iter_orders_history`); empty otherwise.
    pub pager: &'static str,
    /// The response field the cursors refer to (`ordId`, `billId`, `ts`).
    pub cursor: &'static str,
    /// The WebSocket order operation doing the same (`order`, `batch-orders`, ...); empty
    /// when there is none.
    pub ws_op: &'static str,
}

/// One item of an array body: (OKX name, value as text) in declaration order.
pub type Item = Vec<(&'static str, String)>;

/// A request to one endpoint, produced by the endpoint table.
pub trait Request {
    /// What a successful answer decodes to.
    type Output: okx_core::types::Timed;
    /// The endpoint's declaration.
    const SPEC: &'static EndpointSpec;

    /// The parameters that are set, as (OKX name, value), in declaration order.
    fn params(&self) -> Vec<(&'static str, &str)>;

    /// Decodes the answer's `data`.
    ///
    /// # Errors
    /// `Decode` when `data` does not have the declared shape.
    fn decode(data: &RawValue) -> Result<Self::Output>;

    /// The items of an array body (empty for other endpoints).
    fn items(&self) -> &[Item] {
        &[]
    }

    /// Sets an optional parameter by its OKX name (`clOrdId`); false when the endpoint has
    /// no such optional parameter.
    fn set_param(&mut self, _okx: &str, _value: String) -> bool {
        false
    }

    /// The items of an array body, to change them (`None` for other endpoints).
    fn items_mut(&mut self) -> Option<&mut Vec<Item>> {
        None
    }

    /// Checks required parameters, allowed values and one-of rules; nothing is sent on error.
    ///
    /// # Errors
    /// `InvalidArgument` naming the Python parameter.
    fn validate(&self) -> Result<()> {
        validate_params(Self::SPEC, &self.params())?;
        validate_items(Self::SPEC, self.items())
    }

    /// The JSON body, when the endpoint's body is not an object of strings
    /// (`SPEC.json_body`); `None` means the parameters as a JSON object of strings.
    fn body(&self) -> Option<String> {
        Self::SPEC
            .json_body
            .then(|| encode_body(Self::SPEC, &self.params(), self.items()))
    }
}

/// Checks the items of an array body: count within `1..=max_items`, then each item as
/// the parameters of a single request, named `orders[2].sz` in errors.
///
/// # Errors
/// `InvalidArgument` naming the item and parameter.
pub fn validate_items(spec: &EndpointSpec, items: &[Item]) -> Result<()> {
    if spec.items_arg.is_empty() {
        return Ok(());
    }
    if items.is_empty() || items.len() > spec.max_items {
        return Err(OkxError::invalid(
            spec.items_arg,
            format!(
                "must hold 1 to {} items; got {}",
                spec.max_items,
                items.len()
            ),
        ));
    }
    for (i, item) in items.iter().enumerate() {
        let prefix = format!("{}[{i}].", spec.items_arg);
        let value_of = |okx: &str| {
            item.iter()
                .find(|(k, _)| *k == okx)
                .map(|(_, v)| v.as_str())
        };
        for p in spec.items {
            match value_of(p.okx) {
                None if p.required => {
                    return Err(OkxError::invalid(
                        format!("{prefix}{}", p.name),
                        format!("is required by {}", spec.name),
                    ));
                }
                None => {}
                Some(v) => check_value(p, v).map_err(|e| prefixed(&prefix, e))?,
            }
        }
        if !spec.items_one_of.is_empty() {
            let any = spec
                .items
                .iter()
                .any(|p| spec.items_one_of.contains(&p.name) && value_of(p.okx).is_some());
            if !any {
                let names = spec.items_one_of.join(", ");
                let message = format!("{}[{i}] needs one of {names}; got none", spec.items_arg);
                return Err(OkxError::invalid_msg(format!("{prefix}{names}"), message));
            }
        }
    }
    Ok(())
}

fn prefixed(prefix: &str, err: OkxError) -> OkxError {
    match err {
        OkxError::InvalidArgument { param, message } => OkxError::InvalidArgument {
            param: format!("{prefix}{param}"),
            message: format!("{prefix}{message}"),
        },
        other => other,
    }
}

/// The JSON body of a request: an object of the parameters, or an array of the items;
/// flags and JSON-valued parameters keep their JSON type, everything else is a string.
pub fn encode_body(spec: &EndpointSpec, params: &[(&'static str, &str)], items: &[Item]) -> String {
    fn object<'a>(specs: &[ParamSpec], pairs: impl Iterator<Item = (&'a str, &'a str)>) -> String {
        let mut out = String::from("{");
        for (i, (k, v)) in pairs.enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&serde_json::Value::from(k).to_string());
            out.push(':');
            let kind = specs.iter().find(|p| p.okx == k).map(|p| p.kind);
            match kind {
                // Validated before: the text is `true`/`false` or JSON of the right shape.
                Some(kind)
                    if kind.is_json() && serde_json::from_str::<serde_json::Value>(v).is_ok() =>
                {
                    out.push_str(v)
                }
                _ => out.push_str(&serde_json::Value::from(v).to_string()),
            }
        }
        out.push('}');
        out
    }
    if spec.items_arg.is_empty() {
        return object(spec.params, params.iter().map(|(k, v)| (*k, *v)));
    }
    let parts: Vec<String> = items
        .iter()
        .map(|item| object(spec.items, item.iter().map(|(k, v)| (*k, v.as_str()))))
        .collect();
    format!("[{}]", parts.join(","))
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
        Kind::Bool => {
            if v != "true" && v != "false" {
                return Err(OkxError::invalid(
                    p.name,
                    format!("must be true or false; got \"{v}\""),
                ));
            }
        }
        Kind::Items | Kind::Obj | Kind::StrList | Kind::Json => check_json(p, v)?,
    }
    Ok(())
}

/// Checks the JSON text of a list- or object-valued parameter against its shape.
fn check_json(p: &ParamSpec, v: &str) -> Result<()> {
    use serde_json::Value;
    let value: Value = serde_json::from_str(v)
        .map_err(|e| OkxError::invalid(p.name, format!("must be JSON; got \"{v}\": {e}")))?;
    let is_dicts = |v: &Value| v.as_array().is_some_and(|a| a.iter().all(Value::is_object));
    let (ok, expected) = match p.kind {
        Kind::Items => (is_dicts(&value), "a list of dicts"),
        Kind::Obj => (value.is_object(), "a dict"),
        Kind::StrList => (
            value
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_string)),
            "a list of str",
        ),
        _ => (
            is_dicts(&value) || value.is_object(),
            "a list of dicts or a dict",
        ),
    };
    if ok {
        Ok(())
    } else {
        Err(OkxError::invalid(
            p.name,
            format!("must be {expected}; got {v}"),
        ))
    }
}

/// Keeps `data` as the JSON text OKX sent, for endpoints without a domain type.
///
/// # Errors
/// Never: `data` was parsed as JSON already; the `Result` matches the other decoders.
pub fn decode_raw_data(_path: &str, data: &RawValue) -> Result<okx_core::types::RawData> {
    Ok(okx_core::types::RawData(data.get().to_owned()))
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
        items_arg: "",
        items: &[],
        items_one_of: &[],
        max_items: 0,
        json_body: false,
        pager: "",
        cursor: "",
        ws_op: "",
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

    #[test]
    fn flags_and_lists_are_checked() {
        let reduce = ParamSpec {
            name: "reduce_only",
            okx: "reduceOnly",
            kind: Kind::Bool,
            required: false,
        };
        assert!(check_value(&reduce, "true").is_ok());
        let err = check_value(&reduce, "yes").unwrap_err().to_string();
        assert_eq!(err, r#"reduce_only must be true or false; got "yes""#);
        let algos = ParamSpec {
            name: "attach_algo_ords",
            okx: "attachAlgoOrds",
            kind: Kind::Items,
            required: false,
        };
        assert!(check_value(&algos, r#"[{"tpTriggerPx":"1"}]"#).is_ok());
        for bad in [r#"{"a":1}"#, r#"["a"]"#, "[{"] {
            assert!(check_value(&algos, bad).is_err(), "{bad} accepted");
        }
        let ids = ParamSpec {
            kind: Kind::StrList,
            ..algos
        };
        assert!(check_value(&ids, r#"["1","2"]"#).is_ok());
        assert!(check_value(&ids, r#"[1]"#).is_err());
    }

    #[test]
    fn body_keeps_json_types_and_query_uses_text() {
        use crate::PlaceAlgoOrder;
        let req = PlaceAlgoOrder {
            inst_id: "BTC-USDT".into(),
            td_mode: "cross".into(),
            side: "buy".into(),
            ord_type: "conditional".into(),
            sz: Some("1".into()),
            reduce_only: Some("true".into()),
            ..Default::default()
        };
        req.validate().unwrap();
        let body = req.body().unwrap();
        assert!(body.contains(r#""reduceOnly":true"#), "{body}");
        assert!(body.contains(r#""sz":"1""#), "{body}");
        // A GET flag travels as text in the query.
        let q = crate::GetRfqTrades {
            is_successful: Some("false".into()),
            ..Default::default()
        };
        assert!(q.body().is_none());
        assert!(q.params().contains(&("isSuccessful", "false")));
    }

    #[test]
    fn array_bodies_are_validated_per_item_and_encoded_as_arrays() {
        use crate::PlaceBatchOrders;
        let good: Item = vec![
            ("instId", "BTC-USDT".into()),
            ("tdMode", "cash".into()),
            ("side", "buy".into()),
            ("ordType", "limit".into()),
            ("sz", "1".into()),
            ("px", "30000".into()),
            ("reduceOnly", "false".into()),
            ("attachAlgoOrds", r#"[{"tpTriggerPx":"35000"}]"#.into()),
        ];
        let mut bad = good.clone();
        bad[1].1 = "margin".into();
        let req = PlaceBatchOrders {
            orders: vec![good.clone(), bad],
        };
        let err = req.validate().unwrap_err().to_string();
        assert!(err.starts_with("orders[1].td_mode must be one of"), "{err}");
        let missing = PlaceBatchOrders {
            orders: vec![good[1..].to_vec()],
        };
        let err = missing.validate().unwrap_err().to_string();
        assert_eq!(err, "orders[0].inst_id is required by place_batch_orders");
        let empty = PlaceBatchOrders::default();
        assert_eq!(
            empty.validate().unwrap_err().to_string(),
            "orders must hold 1 to 20 items; got 0"
        );
        let many = PlaceBatchOrders {
            orders: vec![good.clone(); 21],
        };
        assert!(many.validate().is_err());
        let ok = PlaceBatchOrders {
            orders: vec![good.clone(), good],
        };
        ok.validate().unwrap();
        let body = ok.body().unwrap();
        let value: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(value.as_array().map(Vec::len), Some(2));
        assert_eq!(value[0]["reduceOnly"], serde_json::Value::Bool(false));
        assert_eq!(value[0]["px"], "30000");
        assert_eq!(value[0]["attachAlgoOrds"][0]["tpTriggerPx"], "35000");
    }

    #[test]
    fn items_one_of_names_the_item() {
        use crate::CancelBatchOrders;
        let req = CancelBatchOrders {
            orders: vec![vec![("instId", "BTC-USDT".into())]],
        };
        assert_eq!(
            req.validate().unwrap_err().to_string(),
            "orders[0] needs one of ord_id, cl_ord_id; got none"
        );
    }
}
