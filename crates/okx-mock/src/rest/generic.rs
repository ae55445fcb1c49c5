//! Every endpoint of OKX's documented list (`data/rest-endpoints.tsv`, embedded at build time)
//! that has no stateful handler: its method and authentication are checked like any route's,
//! then its required parameters (50014, every item of an array body) and the enumerated
//! values the mock knows (51000); a valid request is answered with an empty `data` list, as
//! the mock keeps no state for it.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::envelope::{ApiError, Reply};
use super::{Access, Ctx, Method};

const TSV: &str = include_str!("../../../../data/rest-endpoints.tsv");

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
            Some(Spec {
                section,
                name,
                method,
                path,
                access,
                required,
                array,
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
        }
    }
    Ok(Reply::data(Vec::new()))
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
}
