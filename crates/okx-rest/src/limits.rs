//! OKX's rate-limit rules over the endpoint table: which buckets a request takes units
//! from (rate-limits.md sections 1 to 4), for REST requests and their WebSocket twins.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::time::Duration;

use okx_core::ratelimit::{
    Cost, SUB_ACCOUNT_BUCKET, SUB_ACCOUNT_DEFAULT_LIMIT, SUB_ACCOUNT_WINDOW,
};

use crate::request::{EndpointSpec, Item, Method};
use crate::ENDPOINTS;

/// Who a limit is counted on: decides which limiter holds its buckets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKey {
    /// The caller's IP: public endpoints, one limiter per REST host.
    Ip,
    /// The user behind the API key: one limiter per credentials.
    User,
}

const PLACE: &str = "/api/v5/trade/order";
const PLACE_BATCH: &str = "/api/v5/trade/batch-orders";
const CANCEL: &str = "/api/v5/trade/cancel-order";
const CANCEL_BATCH: &str = "/api/v5/trade/cancel-batch-orders";
const AMEND: &str = "/api/v5/trade/amend-order";
const AMEND_BATCH: &str = "/api/v5/trade/amend-batch-orders";

/// The declared endpoint at `method` `path`, if the table has one.
pub fn spec_for(method: Method, path: &str) -> Option<&'static EndpointSpec> {
    static BY_PATH: OnceLock<HashMap<(bool, &'static str), &'static EndpointSpec>> =
        OnceLock::new();
    BY_PATH
        .get_or_init(|| {
            ENDPOINTS
                .iter()
                .map(|s| ((s.method == Method::Get, s.path), *s))
                .collect()
        })
        .get(&(method == Method::Get, path))
        .copied()
}

/// Who the limit of `spec` is counted on when sent signed or not.
pub fn limit_key(spec: &EndpointSpec, signed: bool) -> LimitKey {
    let rule = spec.limit_rule;
    if rule.starts_with("UserID (private) or IP (public)") {
        return if signed { LimitKey::User } else { LimitKey::Ip };
    }
    if rule.starts_with("IP") {
        LimitKey::Ip
    } else {
        LimitKey::User
    }
}

/// The dimensions a rule adds to the endpoint (`instId`, `instType`, ...), and whether
/// options are counted per instrument family instead of instId.
fn dimensions(rule: &str) -> (Vec<&str>, bool) {
    let options_by_family = rule.contains("OPTION: UserID+instFamily");
    let base = rule.split(" (").next().unwrap_or(rule);
    let dims = base
        .split(['+', ';'])
        .map(str::trim)
        .skip(1)
        .filter(|d| !d.is_empty())
        .collect();
    (dims, options_by_family)
}

/// `BTC-USD` for the option `BTC-USD-240628-60000-C`; `None` for anything else.
fn option_family(inst_id: &str) -> Option<&str> {
    let parts: Vec<&str> = inst_id.split('-').collect();
    if parts.len() == 5 && matches!(parts[4], "C" | "P") {
        let end = parts[0].len() + 1 + parts[1].len();
        inst_id.get(..end)
    } else {
        None
    }
}

/// The bucket of `spec` for a request (or batch item) whose fields `value_of` reads.
fn bucket_name<'a>(spec: &EndpointSpec, value_of: impl Fn(&str) -> Option<&'a str>) -> String {
    let (dims, mut options_by_family) = dimensions(spec.limit_rule);
    // Trading budgets of options are per instrument family (rate-limits.md section 3).
    options_by_family |= matches!(
        spec.path,
        PLACE | PLACE_BATCH | CANCEL | CANCEL_BATCH | AMEND | AMEND_BATCH
    );
    let mut name = spec.path.to_owned();
    for dim in dims {
        let inst_id = value_of("instId");
        let (dim, value) = match (dim, inst_id.and_then(option_family)) {
            ("instId", Some(family)) if options_by_family => ("instFamily", Some(family)),
            _ => (dim, value_of(dim)),
        };
        name.push(' ');
        name.push_str(dim);
        name.push('=');
        name.push_str(value.unwrap_or(""));
    }
    name
}

fn cost(spec: &EndpointSpec, bucket: String, units: u32) -> Cost {
    Cost {
        bucket,
        limit: spec.limit_count,
        window: Duration::from_secs(u64::from(spec.limit_secs)),
        units,
    }
}

/// The single-order endpoint a batch holding one order is charged to (rate-limits.md
/// section 3).
fn single_of(batch_path: &str) -> Option<&'static EndpointSpec> {
    let single = match batch_path {
        PLACE_BATCH => PLACE,
        CANCEL_BATCH => CANCEL,
        AMEND_BATCH => AMEND,
        _ => return None,
    };
    spec_for(Method::Post, single)
}

/// What a request to `spec` with `params` (and `items`, for batch endpoints) takes from
/// OKX's buckets: one unit of the endpoint's bucket (per instId where the rule says so,
/// one unit per order for batches, each item on its own instrument's bucket), a batch of
/// one charged to the single-order endpoint, and one unit per new or amended order from
/// the account's "sub-account" bucket (1000 per 2 s by default). Endpoints whose limit
/// OKX does not document take nothing.
pub fn costs_for(spec: &EndpointSpec, params: &[(&str, &str)], items: &[Item]) -> Vec<Cost> {
    let mut costs = Vec::new();
    if let ([one], Some(single)) = (items, single_of(spec.path)) {
        let fields: Vec<(&str, &str)> = one.iter().map(|(k, v)| (*k, v.as_str())).collect();
        return costs_for(single, &fields, &[]);
    }
    if spec.limit_count > 0 && spec.limit_secs > 0 && spec.limit_rule != "unknown" {
        let param = |k: &str| params.iter().find(|(n, _)| *n == k).map(|(_, v)| *v);
        if items.is_empty() {
            costs.push(cost(spec, bucket_name(spec, param), 1));
        } else {
            for item in items {
                let field = |k: &str| {
                    item.iter()
                        .find(|(n, _)| *n == k)
                        .map(|(_, v)| v.as_str())
                        .or_else(|| param(k))
                };
                let name = bucket_name(spec, field);
                match costs.iter_mut().find(|c: &&mut Cost| c.bucket == name) {
                    Some(c) => c.units += 1,
                    None => costs.push(cost(spec, name, 1)),
                }
            }
        }
    }
    if matches!(spec.path, PLACE | PLACE_BATCH | AMEND | AMEND_BATCH) {
        costs.push(Cost {
            bucket: SUB_ACCOUNT_BUCKET.to_owned(),
            limit: SUB_ACCOUNT_DEFAULT_LIMIT,
            window: SUB_ACCOUNT_WINDOW,
            units: u32::try_from(items.len().max(1)).unwrap_or(u32::MAX),
        });
    }
    costs
}

/// The fields of a JSON body the rules may need: an object's values as parameters, or
/// an array's objects as items (keys matched to the table's static names).
pub(crate) fn body_fields(
    spec: &EndpointSpec,
    body: &str,
) -> (Vec<(&'static str, String)>, Vec<Item>) {
    fn text(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Null => None,
            other => Some(other.to_string()),
        }
    }
    fn fields(
        names: &[crate::request::ParamSpec],
        obj: &serde_json::Map<String, serde_json::Value>,
    ) -> Vec<(&'static str, String)> {
        names
            .iter()
            .filter_map(|p| obj.get(p.okx).and_then(text).map(|v| (p.okx, v)))
            .collect()
    }
    match serde_json::from_str::<serde_json::Value>(body) {
        Ok(serde_json::Value::Array(list)) => {
            let items = list
                .iter()
                .filter_map(serde_json::Value::as_object)
                .map(|o| fields(spec.items, o))
                .collect();
            (Vec::new(), items)
        }
        Ok(serde_json::Value::Object(o)) => (fields(spec.params, &o), Vec::new()),
        _ => (Vec::new(), Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Request;

    fn item(inst: &str) -> Item {
        vec![("instId", inst.to_owned()), ("ordId", "1".to_owned())]
    }

    fn spec(path: &str) -> &'static EndpointSpec {
        spec_for(Method::Post, path).unwrap()
    }

    #[test]
    fn place_order_is_per_instrument_and_counts_for_the_sub_account() {
        let costs = costs_for(spec(PLACE), &[("instId", "BTC-USDT"), ("sz", "1")], &[]);
        assert_eq!(costs.len(), 2);
        assert_eq!(costs[0].bucket, "/api/v5/trade/order instId=BTC-USDT");
        assert_eq!((costs[0].limit, costs[0].units), (60, 1));
        assert_eq!(costs[0].window, Duration::from_secs(2));
        assert_eq!(costs[1].bucket, "sub-account");
        assert_eq!((costs[1].limit, costs[1].units), (1000, 1));
        let eth = costs_for(spec(PLACE), &[("instId", "ETH-USDT")], &[]);
        assert_ne!(eth[0].bucket, costs[0].bucket);
    }

    #[test]
    fn cancels_do_not_count_for_the_sub_account() {
        let costs = costs_for(spec(CANCEL), &[("instId", "BTC-USDT")], &[]);
        assert_eq!(costs.len(), 1);
        assert_eq!(
            costs[0].bucket,
            "/api/v5/trade/cancel-order instId=BTC-USDT"
        );
        let batch = costs_for(
            spec(CANCEL_BATCH),
            &[],
            &[item("BTC-USDT"), item("BTC-USDT")],
        );
        assert_eq!(batch.len(), 1);
        assert_eq!(batch[0].units, 2);
    }

    #[test]
    fn batches_count_orders_per_instrument() {
        let items = [item("BTC-USDT"), item("ETH-USDT"), item("BTC-USDT")];
        let costs = costs_for(spec(PLACE_BATCH), &[], &items);
        assert_eq!(costs.len(), 3);
        assert_eq!(
            costs[0].bucket,
            "/api/v5/trade/batch-orders instId=BTC-USDT"
        );
        assert_eq!((costs[0].limit, costs[0].units), (300, 2));
        assert_eq!(
            costs[1].bucket,
            "/api/v5/trade/batch-orders instId=ETH-USDT"
        );
        assert_eq!(costs[1].units, 1);
        assert_eq!(
            (costs[2].bucket.as_str(), costs[2].units),
            ("sub-account", 3)
        );
        let amends = costs_for(spec(AMEND_BATCH), &[], &items);
        assert_eq!(amends.last().map(|c| c.units), Some(3));
    }

    #[test]
    fn a_batch_of_one_is_charged_to_the_single_order_endpoint() {
        for (batch, single) in [
            (PLACE_BATCH, PLACE),
            (CANCEL_BATCH, CANCEL),
            (AMEND_BATCH, AMEND),
        ] {
            let costs = costs_for(spec(batch), &[], &[item("SOL-USDT")]);
            assert_eq!(costs[0].bucket, format!("{single} instId=SOL-USDT"));
            assert_eq!((costs[0].limit, costs[0].units), (60, 1));
        }
    }

    #[test]
    fn options_are_counted_per_family() {
        let costs = costs_for(spec(PLACE), &[("instId", "BTC-USD-240628-60000-C")], &[]);
        assert_eq!(costs[0].bucket, "/api/v5/trade/order instFamily=BTC-USD");
        assert_eq!(option_family("BTC-USDT-SWAP"), None);
    }

    #[test]
    fn market_data_is_one_bucket_per_endpoint_on_the_ip() {
        let tickers = crate::GetTickers::SPEC;
        let costs = costs_for(tickers, &[("instType", "SPOT")], &[]);
        assert_eq!(costs.len(), 1);
        assert_eq!(costs[0].bucket, "/api/v5/market/tickers");
        assert_eq!((costs[0].limit, costs[0].units), (20, 1));
        assert_eq!(limit_key(tickers, false), LimitKey::Ip);
        assert_eq!(limit_key(crate::GetBalance::SPEC, true), LimitKey::User);
    }

    #[test]
    fn every_documented_limit_in_the_table_gives_a_cost() {
        let mut undocumented = 0;
        for spec in ENDPOINTS {
            let items: Vec<Item> = if spec.items_arg.is_empty() {
                Vec::new()
            } else {
                vec![item("BTC-USDT"), item("ETH-USDT")]
            };
            let costs = costs_for(spec, &[("instId", "BTC-USDT")], &items);
            if spec.limit_count == 0 || spec.limit_rule == "unknown" {
                undocumented += 1;
                assert!(
                    costs.iter().all(|c| c.bucket == "sub-account"),
                    "{}",
                    spec.path
                );
                continue;
            }
            assert!(!costs.is_empty(), "{}", spec.path);
            for c in &costs {
                assert!(c.limit > 0 && !c.window.is_zero(), "{}", spec.path);
                assert!(c.units >= 1, "{}", spec.path);
            }
            assert!(costs[0].bucket.starts_with(spec.path), "{}", spec.path);
            assert_eq!(
                spec_for(spec.method, spec.path).map(|s| s.name),
                Some(spec.name)
            );
        }
        assert!(undocumented < ENDPOINTS.len() / 5, "{undocumented}");
    }

    #[test]
    fn body_fields_read_objects_and_arrays() {
        let (params, items) = body_fields(
            spec(PLACE_BATCH),
            r#"[{"instId":"BTC-USDT","sz":"1","reduceOnly":false},{"instId":"ETH-USDT"}]"#,
        );
        assert!(params.is_empty());
        assert_eq!(items.len(), 2);
        assert!(items[0].contains(&("instId", "BTC-USDT".to_owned())));
        assert!(items[0].contains(&("reduceOnly", "false".to_owned())));
        let (params, items) = body_fields(spec(PLACE), r#"{"instId":"BTC-USDT","sz":"1"}"#);
        assert!(items.is_empty());
        assert!(params.contains(&("instId", "BTC-USDT".to_owned())));
    }
}
