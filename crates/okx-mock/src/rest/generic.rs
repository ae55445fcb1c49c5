//! Every endpoint of OKX's documented list (`data/rest-endpoints.tsv`, embedded at build time)
//! that has no stateful handler: its method and authentication are checked like any route's,
//! then its required parameters (50014, every item of an array body) and the enumerated
//! values the mock knows (51000). A valid request is answered with one item carrying the
//! documented response fields (`data/response-fields.tsv`): values the request gave under the
//! same name are echoed, the others are neutral (`""`, `"0"`, the current time for
//! timestamps). The mock keeps no state for these endpoints, so a page after a cursor
//! (`after`/`before`) is empty.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::envelope::{ApiError, Reply};
use super::{Access, Ctx, Method};
use crate::limits::EndpointLimit;

const TSV: &str = include_str!("../../../../data/rest-endpoints.tsv");
const FIELDS_TSV: &str = include_str!("../../../../data/response-fields.tsv");

/// One row of the endpoint list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Spec {
    pub(crate) section: &'static str,
    pub(crate) name: &'static str,
    pub(crate) method: Method,
    pub(crate) path: &'static str,
    pub(crate) access: Access,
    /// Required parameters (`-` and `?` in the list mean none known).
    pub(crate) required: Vec<&'static str>,
    /// The body is a JSON array of items (`[array of orders] ...`); each item is checked.
    pub(crate) array: bool,
    /// The documented shape of a successful answer.
    pub(crate) answer: Answer,
    /// The documented rate limit (`rate_limit`, `rate_limit_rule`); `None` when unknown.
    pub(crate) limit: Option<EndpointLimit>,
}

/// How `data` of a successful answer looks (`data/response-fields.tsv`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Answer {
    /// `objects` (a list of objects), `rows` (a list of arrays), `object` (one object), or
    /// empty when not documented (answered with an empty list).
    pub(crate) shape: &'static str,
    /// The fields of one item, in documented order.
    pub(crate) fields: Vec<Field>,
}

/// One documented response field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    pub(crate) name: &'static str,
    /// `str`, `num`, `ts`, `bool`, `int`, `arr` or `obj`.
    pub(crate) ty: &'static str,
    /// The fields of the objects inside an `arr`/`obj` field, where documented.
    pub(crate) nested: Vec<&'static str>,
}

fn parse_answers(text: &'static str) -> Vec<(&'static str, &'static str, Answer)> {
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let [http, path, shape, _cursor, fields] = line.split('\t').collect::<Vec<_>>()[..]
            else {
                return None;
            };
            if !matches!(shape, "objects" | "rows" | "object") || fields == "-" {
                return Some((http, path, Answer::default()));
            }
            let fields = fields
                .split(' ')
                .filter_map(|f| {
                    let (name, ty) = f.split_once(':')?;
                    let (ty, nested) = match ty.split_once('[') {
                        Some((ty, rest)) => (
                            ty,
                            rest.trim_end_matches(']')
                                .split(',')
                                .filter(|n| !n.is_empty())
                                .collect(),
                        ),
                        None => (ty, Vec::new()),
                    };
                    Some(Field { name, ty, nested })
                })
                .collect();
            Some((http, path, Answer { shape, fields }))
        })
        .collect()
}

/// The endpoint list, parsed once.
pub(crate) fn specs() -> &'static [Spec] {
    static SPECS: OnceLock<Vec<Spec>> = OnceLock::new();
    SPECS.get_or_init(|| parse(TSV))
}

/// The row for `path` answered with `method`.
pub(crate) fn find(path: &str, method: Method) -> Option<&'static Spec> {
    specs()
        .iter()
        .find(|s| s.path == path && s.method == method)
}

/// Whether any row has `path`.
pub(crate) fn knows_path(path: &str) -> bool {
    specs().iter().any(|s| s.path == path)
}

fn parse(text: &'static str) -> Vec<Spec> {
    let answers = parse_answers(FIELDS_TSV);
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [section, name, http, path, auth, required, ..] = cols[..] else {
                log::warn!(target: crate::LOG_TARGET, "rest-endpoints.tsv: short row {line:?}");
                return None;
            };
            let method = match http {
                "GET" => Method::Get,
                "POST" => Method::Post,
                _ => return None,
            };
            let access = if auth == "public" {
                Access::Public
            } else {
                Access::Private
            };
            let (array, names) = match required.strip_prefix("[array of") {
                Some(rest) => (true, rest.split_once(']').map_or("", |(_, n)| n.trim())),
                None => (false, required),
            };
            let required = names
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty() && *n != "-" && *n != "?")
                .collect();
            let answer = answers
                .iter()
                .find(|(h, p, _)| *h == http && *p == path)
                .map(|(_, _, a)| a.clone())
                .unwrap_or_default();
            let limit = match (cols.get(7), cols.get(8)) {
                (Some(rate), Some(rule)) => EndpointLimit::parse(rate, rule),
                _ => None,
            };
            Some(Spec {
                section,
                name,
                method,
                path,
                access,
                required,
                array,
                answer,
                limit,
            })
        })
        .collect()
}

const INST_TYPES: &[&str] = &["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"];
const TD_MODES: &[&str] = &["cash", "cross", "isolated", "spot_isolated"];
const MGN_MODES: &[&str] = &["cross", "isolated"];
const POS_SIDES: &[&str] = &["net", "long", "short"];
const SIDES: &[&str] = &["buy", "sell"];
const ORD_TYPES: &[&str] = &[
    "market",
    "limit",
    "post_only",
    "fok",
    "ioc",
    "optimal_limit_ioc",
    "mmp",
    "mmp_and_post_only",
    "op_fok",
    "elp",
];
const ALGO_ORD_TYPES: &[&str] = &[
    "conditional",
    "oco",
    "trigger",
    "move_order_stop",
    "iceberg",
    "twap",
    "chase",
];

/// The enumerated parameters of `spec` whose value sets the mock knows. `side` and `ordType`
/// mean other things outside order endpoints (purchase/redempt, borrow/repay, bot types), so
/// they are checked only where they are order fields.
fn enums(spec: &Spec) -> Vec<(&'static str, &'static [&'static str])> {
    let p = spec.path;
    let mut out: Vec<(&'static str, &'static [&'static str])> = vec![
        ("tdMode", TD_MODES),
        ("mgnMode", MGN_MODES),
        ("posSide", POS_SIDES),
    ];
    // Rubik statistics take CONTRACTS; historical market data has its own module types.
    if !matches!(spec.section, "rubik") && p != "/api/v5/public/market-data-history" {
        out.push(("instType", INST_TYPES));
    }
    if p.starts_with("/api/v5/trade/") || p.starts_with("/api/v5/asset/convert/") {
        out.push(("side", SIDES));
    }
    if p.starts_with("/api/v5/trade/order-algo") || p.starts_with("/api/v5/trade/orders-algo") {
        out.push(("ordType", ALGO_ORD_TYPES));
    } else if p.starts_with("/api/v5/trade/") {
        out.push(("ordType", ORD_TYPES));
    }
    out
}

/// Answers a request to a row without a stateful handler.
pub(crate) fn answer(spec: &Spec, ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let rules = enums(spec);
    let mut echoes: Vec<Map<String, Value>> = Vec::new();
    match spec.method {
        Method::Get => {
            for name in &spec.required {
                ctx.query.req(name)?;
            }
            for (name, allowed) in &rules {
                if let Some(v) = ctx.query.get(name) {
                    check_enum(name, v, allowed)?;
                }
            }
        }
        Method::Post => {
            let items = body_items(spec, ctx.body.as_ref())?;
            for item in &items {
                for name in &spec.required {
                    if !item.get(*name).is_some_and(present) {
                        return Err(ApiError::empty(name));
                    }
                }
            }
            for item in &items {
                for (name, allowed) in &rules {
                    if let Some(Value::String(v)) = item.get(*name) {
                        if !v.is_empty() {
                            check_enum(name, v, allowed)?;
                        }
                    }
                }
            }
            echoes = items.into_iter().cloned().collect();
        }
    }
    // A cursor asks for the next page (a few rows require `after` as a plain filter).
    let paged = ["after", "before"]
        .iter()
        .any(|c| !spec.required.contains(c) && ctx.query.get(c).is_some());
    if spec.answer.shape.is_empty() || paged {
        return Ok(Reply::data(Vec::new()));
    }
    if echoes.is_empty() {
        echoes.push(
            ctx.query
                .pairs()
                .iter()
                .map(|(k, v)| (k.to_owned(), Value::String(v.to_owned())))
                .collect(),
        );
    }
    let now = ctx.now;
    let items: Vec<Value> = echoes
        .iter()
        .map(|echo| item(&spec.answer, echo, now))
        .collect();
    match spec.answer.shape {
        "object" => Ok(Reply::payload(items.into_iter().next().unwrap_or_default())),
        _ => Ok(Reply::data(items)),
    }
}

/// One answer item: each documented field, echoing the request's value of the same name
/// where it gave one as text.
fn item(answer: &Answer, echo: &Map<String, Value>, now: i64) -> Value {
    let value = |f: &Field| -> Value {
        if let Some(Value::String(v)) = echo.get(f.name) {
            if matches!(f.ty, "str" | "num" | "ts") && !v.is_empty() {
                return Value::String(v.clone());
            }
        }
        match f.ty {
            "num" => Value::String("0".into()),
            "ts" => Value::String(now.to_string()),
            "bool" => Value::Bool(false),
            "int" => Value::from(0),
            "arr" => Value::Array(Vec::new()),
            "obj" => Value::Object(
                f.nested
                    .iter()
                    .map(|n| ((*n).to_owned(), Value::String(String::new())))
                    .collect(),
            ),
            _ => Value::String(String::new()),
        }
    };
    if answer.shape == "rows" {
        return Value::Array(answer.fields.iter().map(value).collect());
    }
    Value::Object(
        answer
            .fields
            .iter()
            .map(|f| (f.name.to_owned(), value(f)))
            .collect(),
    )
}

/// The objects of a POST body: one, or each element of an array body (a lone object counts as
/// an array of one, as the batch handlers take it).
fn body_items<'a>(
    spec: &Spec,
    body: Option<&'a Value>,
) -> Result<Vec<&'a Map<String, Value>>, ApiError> {
    match body {
        Some(Value::Object(item)) => Ok(vec![item]),
        Some(Value::Array(list)) if spec.array => {
            if list.is_empty() {
                let first = spec.required.first().copied().unwrap_or("body");
                return Err(ApiError::empty(first));
            }
            list.iter()
                .map(|v| match v {
                    Value::Object(item) => Ok(item),
                    _ => Err(ApiError::param("body")),
                })
                .collect()
        }
        _ => Err(ApiError::param("body")),
    }
}

/// Whether a body value counts as given: `null`, `""` and `[]` do not (python-okx sends `""`
/// for every unset field).
fn present(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => true,
    }
}

fn check_enum(name: &str, value: &str, allowed: &[&str]) -> Result<(), ApiError> {
    // Some filters take comma-separated lists (e.g. several `ordType`s).
    if value.split(',').all(|v| allowed.contains(&v.trim())) {
        Ok(())
    } else {
        Err(ApiError::param(name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_parses() {
        let all = specs();
        assert_eq!(all.len(), 426);
        let batch = find("/api/v5/trade/amend-batch-orders", Method::Post).expect("row");
        assert!(batch.array);
        assert_eq!(batch.required, vec!["instId"]);
        let tickers = find("/api/v5/market/tickers", Method::Get).expect("row");
        assert_eq!(tickers.access, Access::Public);
        assert_eq!(tickers.required, vec!["instType"]);
        let unknown = find("/api/v5/account/borrow-repay", Method::Post).expect("row");
        assert!(unknown.required.is_empty());
        assert!(knows_path("/api/v5/sprd/order"));
        assert!(!knows_path("/api/v5/nope"));
    }

    #[test]
    fn every_row_has_its_documented_answer() {
        let answers = parse_answers(FIELDS_TSV);
        assert_eq!(answers.len(), 426);
        for spec in specs() {
            let found = answers
                .iter()
                .any(|(h, p, _)| *p == spec.path && (*h == "GET") == (spec.method == Method::Get));
            assert!(found, "{} has no row in response-fields.tsv", spec.name);
        }
        let documented = specs()
            .iter()
            .filter(|s| !s.answer.shape.is_empty())
            .count();
        assert!(documented >= 410, "{documented}");
        let bills = find("/api/v5/account/bills", Method::Get).expect("row");
        assert_eq!(bills.answer.shape, "objects");
        assert!(bills.answer.fields.iter().any(|f| f.name == "billId"));
    }

    #[test]
    fn an_item_echoes_the_request_and_types_the_rest() {
        let answer = Answer {
            shape: "objects",
            fields: vec![
                Field {
                    name: "instId",
                    ty: "str",
                    nested: vec![],
                },
                Field {
                    name: "lever",
                    ty: "num",
                    nested: vec![],
                },
                Field {
                    name: "uTime",
                    ty: "ts",
                    nested: vec![],
                },
                Field {
                    name: "enabled",
                    ty: "bool",
                    nested: vec![],
                },
                Field {
                    name: "details",
                    ty: "arr",
                    nested: vec!["ccy"],
                },
                Field {
                    name: "risk",
                    ty: "obj",
                    nested: vec!["ccy"],
                },
            ],
        };
        let mut echo = Map::new();
        echo.insert("instId".into(), Value::String("BTC-USDT".into()));
        echo.insert("unrelated".into(), Value::String("x".into()));
        let got = item(&answer, &echo, 1_700_000_000_000);
        assert_eq!(
            got,
            serde_json::json!({"instId": "BTC-USDT", "lever": "0", "uTime": "1700000000000",
                "enabled": false, "details": [], "risk": {"ccy": ""}})
        );
    }
}
