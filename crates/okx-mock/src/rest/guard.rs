//! Checks that run before an order request executes: OKX's rate-limit windows (when
//! enforced, `crate::limits`) and the `expTime` deadline of place and amend requests.

use serde_json::Value;

use super::envelope::ApiError;
use super::generic;
use super::{Method, Query};
use crate::codes;
use crate::limits::{Breach, Charge, EndpointLimit, Request};
use crate::server::App;

/// Requests that honour `expTime` (REST header, WebSocket field): place and amend.
const EXP_TIME_PATHS: &[&str] = &[
    "/api/v5/trade/order",
    "/api/v5/trade/batch-orders",
    "/api/v5/trade/amend-order",
    "/api/v5/trade/amend-batch-orders",
];

/// The documented limit of the endpoint `method` `path` ("GET"/"POST").
pub(crate) fn endpoint_limit(method: &str, path: &str) -> Option<EndpointLimit> {
    let m = match method {
        "GET" => Method::Get,
        "POST" => Method::Post,
        _ => return None,
    };
    generic::find(path, m).and_then(|s| s.limit)
}

/// Whether the endpoint's body is a list of items (batch endpoints).
fn is_batch(method: Method, path: &str) -> bool {
    generic::find(path, method).is_some_and(|s| s.array)
}

/// The `instId` of each item of a request: the body's items (a lone object is one item), or
/// the query's for a GET.
fn inst_ids(query: &Query, body: Option<&Value>) -> Vec<Option<String>> {
    let of = |v: &Value| v.get("instId").and_then(Value::as_str).map(str::to_owned);
    match body {
        Some(Value::Array(items)) => items.iter().map(of).collect(),
        Some(item @ Value::Object(_)) => vec![of(item)],
        _ => vec![query.get("instId").map(str::to_owned)],
    }
}

/// Charges a REST request to the windows; the refusal when one is full.
pub(crate) fn admit_rest(
    app: &App,
    method: Method,
    path: &str,
    query: &Query,
    body: Option<&Value>,
) -> Result<(), ApiError> {
    if !app.limiter().enabled() {
        return Ok(());
    }
    let ids = inst_ids(query, body);
    let name = match method {
        Method::Get => "GET",
        Method::Post => "POST",
    };
    let req = Request {
        method: name,
        path,
        inst_ids: &ids,
        batch: is_batch(method, path),
    };
    let charges = app.limiter().charges(req, endpoint_limit);
    admit(app, &charges)
}

/// Admits `charges`, or gives OKX's refusal: 50011 (HTTP 429) for an endpoint's window,
/// 50061 (HTTP 200) for the sub-account's.
pub(crate) fn admit(app: &App, charges: &[Charge]) -> Result<(), ApiError> {
    match app.admit(charges) {
        Ok(()) => Ok(()),
        Err(Breach::Endpoint) => Err(ApiError::new(codes::RATE_LIMIT, &[])),
        Err(Breach::SubAccount) => Err(ApiError::new(codes::SUB_ACCOUNT_LIMIT, &[])),
    }
}

/// Whether requests to `path` honour `expTime`.
pub(crate) fn takes_exp_time(path: &str) -> bool {
    EXP_TIME_PATHS.contains(&path)
}

/// Checks an `expTime` deadline (Unix ms as text) against the exchange's time: 50036 when it
/// is not a number, 50037 when it has passed (the request must not execute).
pub(crate) fn check_exp_time(exp_time: Option<&str>, now: i64) -> Result<(), ApiError> {
    let Some(text) = exp_time.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(());
    };
    let deadline: i64 = text
        .parse()
        .ok()
        .filter(|d| *d > 0)
        .ok_or_else(|| ApiError::new(codes::EXP_TIME_INVALID, &[]))?;
    if now > deadline {
        return Err(ApiError::new(codes::ORDER_EXPIRED, &[]));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_time_passes_until_the_deadline() {
        assert_eq!(check_exp_time(None, 5), Ok(()));
        assert_eq!(check_exp_time(Some("5"), 5), Ok(()));
        assert_eq!(check_exp_time(Some("5"), 6).unwrap_err().code, "50037");
        assert_eq!(check_exp_time(Some("soon"), 6).unwrap_err().code, "50036");
        assert_eq!(check_exp_time(Some("-3"), 6).unwrap_err().code, "50036");
    }

    #[test]
    fn the_table_gives_the_trading_limits() {
        let place = endpoint_limit("POST", "/api/v5/trade/order").expect("listed");
        assert_eq!(
            (place.limit, place.window_ms, place.per_inst),
            (60, 2000, true)
        );
        let batch = endpoint_limit("POST", "/api/v5/trade/batch-orders").expect("listed");
        assert_eq!((batch.limit, batch.per_item), (300, true));
        let time = endpoint_limit("GET", "/api/v5/public/time").expect("listed");
        assert_eq!((time.limit, time.per_inst), (10, false));
        assert!(is_batch(Method::Post, "/api/v5/trade/cancel-batch-orders"));
    }
}
