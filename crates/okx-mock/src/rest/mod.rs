//! The REST API: one table of routes, and the pipeline every request goes through: count,
//! faults, routing (404/405), authentication, body checks, then the handler.

mod account;
mod envelope;
mod market;
mod params;
mod public;
mod trade;

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, Method as HttpMethod, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use okx_core::signer::unix_millis;
use serde_json::Value;

use crate::auth::{self, Signed};
use crate::codes;
use crate::conn::ConnHandle;
use crate::faults::FaultKind;
use crate::server::App;
use crate::state::Exchange;
pub(crate) use envelope::micros_now;
pub(crate) use envelope::{ApiError, Reply};
pub(crate) use params::Query;
pub(crate) use trade::parse_order_map;

/// What a handler works with; the exchange is locked for the handler's whole run.
pub(crate) struct Ctx<'a> {
    pub(crate) ex: &'a mut Exchange,
    pub(crate) query: Query,
    /// The parsed JSON body of a POST.
    pub(crate) body: Option<Value>,
    /// Server time in Unix milliseconds.
    pub(crate) now: i64,
    /// When the request arrived, in microseconds (`inTime` of order endpoints).
    pub(crate) in_time: u64,
}

type Handler = fn(&mut Ctx<'_>) -> Result<Reply, ApiError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Get,
    Post,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    Public,
    Private,
}

struct Route {
    method: Method,
    path: &'static str,
    access: Access,
    handler: Handler,
}

const fn route(method: Method, path: &'static str, access: Access, handler: Handler) -> Route {
    Route {
        method,
        path,
        access,
        handler,
    }
}

use Access::{Private, Public};
use Method::{Get, Post};

/// Every endpoint the mock serves. ccxt uses the `history-candles`, `fills-history` and
/// `orders-history-archive` variants, which here share the recent-window handlers.
const ROUTES: &[Route] = &[
    route(Get, "/api/v5/market/ticker", Public, market::ticker),
    route(Get, "/api/v5/market/tickers", Public, market::tickers),
    route(Get, "/api/v5/market/books", Public, market::books),
    route(Get, "/api/v5/market/candles", Public, market::candles),
    route(
        Get,
        "/api/v5/market/history-candles",
        Public,
        market::candles,
    ),
    route(Get, "/api/v5/market/trades", Public, market::trades),
    route(
        Get,
        "/api/v5/market/index-tickers",
        Public,
        market::index_tickers,
    ),
    route(
        Get,
        "/api/v5/public/instruments",
        Public,
        public::instruments,
    ),
    route(Get, "/api/v5/public/time", Public, public::time),
    route(Get, "/api/v5/system/status", Public, public::status),
    route(Get, "/api/v5/account/balance", Private, account::balance),
    route(
        Get,
        "/api/v5/account/positions",
        Private,
        account::positions,
    ),
    route(Get, "/api/v5/account/config", Private, account::config),
    route(
        Get,
        "/api/v5/asset/currencies",
        Private,
        account::currencies,
    ),
    route(
        Get,
        "/api/v5/asset/balances",
        Private,
        account::funding_balances,
    ),
    route(Post, "/api/v5/trade/order", Private, trade::place_order),
    route(
        Post,
        "/api/v5/trade/batch-orders",
        Private,
        trade::place_batch,
    ),
    route(
        Post,
        "/api/v5/trade/cancel-order",
        Private,
        trade::cancel_order,
    ),
    route(
        Post,
        "/api/v5/trade/cancel-batch-orders",
        Private,
        trade::cancel_batch,
    ),
    route(Get, "/api/v5/trade/order", Private, trade::get_order),
    route(
        Get,
        "/api/v5/trade/orders-pending",
        Private,
        trade::orders_pending,
    ),
    route(
        Get,
        "/api/v5/trade/orders-history",
        Private,
        trade::orders_history,
    ),
    route(
        Get,
        "/api/v5/trade/orders-history-archive",
        Private,
        trade::orders_history,
    ),
    route(Get, "/api/v5/trade/fills", Private, trade::fills),
    route(Get, "/api/v5/trade/fills-history", Private, trade::fills),
];

/// The axum fallback: every REST request enters here.
pub(crate) async fn handle(
    State(app): State<Arc<App>>,
    ConnectInfo(conn): ConnectInfo<ConnHandle>,
    method: HttpMethod,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    app.count_request();
    let fault = app.take_fault(uri.path());
    match fault {
        Some(FaultKind::Delay { millis }) => {
            tokio::time::sleep(Duration::from_millis(millis)).await
        }
        Some(FaultKind::Drop) => {
            log::debug!(target: crate::LOG_TARGET,
                "{method} {} from {} -> connection dropped by fault",
                uri.path(),
                conn.peer
            );
            conn.kill();
            // Never delivered: the killed connection fails when hyper writes it.
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        Some(kind) => return fault_response(kind),
        None => {}
    }
    let reply = dispatch(&app, &method, &uri, &headers, &body);
    log::debug!(target: crate::LOG_TARGET,
        "{method} {} -> {} {}",
        uri.path(),
        reply.status,
        reply.body.get("code").unwrap_or(&Value::Null)
    );
    json_response(reply.status, reply.body.to_string())
}

/// Routes, authenticates and runs one request.
fn dispatch(app: &App, method: &HttpMethod, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Reply {
    let path = uri.path();
    let mut at_path = ROUTES.iter().filter(|r| r.path == path).peekable();
    if at_path.peek().is_none() {
        return ApiError::new(codes::NOT_FOUND, &[]).into();
    }
    let wanted = match *method {
        HttpMethod::GET => Some(Get),
        HttpMethod::POST => Some(Post),
        _ => None,
    };
    let Some(route) = at_path.find(|r| Some(r.method) == wanted) else {
        return ApiError::new(codes::METHOD_INVALID, &[]).into();
    };
    let now = unix_millis();
    let in_time = micros_now();
    let body_text = match route.method {
        Method::Post => String::from_utf8_lossy(body),
        Method::Get => "".into(),
    };
    if route.access == Access::Private {
        let request_path = uri.path_and_query().map_or(path, |pq| pq.as_str());
        let signed = Signed {
            method: method.as_str(),
            request_path,
            body: &body_text,
        };
        if let Err(code) = auth::verify(&app.key, headers, signed, now) {
            return ApiError::new(code, &[]).into();
        }
    }
    let body_json = match route.method {
        Method::Get => None,
        Method::Post if body_text.trim().is_empty() => {
            return ApiError::new(codes::BODY_EMPTY, &[]).into()
        }
        Method::Post => match std::str::from_utf8(body)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(t).ok())
        {
            Some(v) => Some(v),
            None => return ApiError::new(codes::JSON_SYNTAX, &[]).into(),
        },
    };
    let query = Query::parse(uri.query());
    let mut ex = app.exchange();
    if route.path == "/api/v5/market/books" {
        // The snapshot's seqId must be one the WebSocket book streams have reached, so a
        // client can bridge its buffered updates onto it (websocket.md 8.5).
        if let Some(inst_id) = query.get("instId") {
            crate::ws::flush_books(app, &ex, inst_id, now);
        }
    }
    let mut ctx = Ctx {
        ex: &mut ex,
        query,
        body: body_json,
        now,
        in_time,
    };
    let reply = (route.handler)(&mut ctx).unwrap_or_else(Reply::from);
    // Still under the exchange lock: WebSocket pushes leave in the order of the changes.
    crate::ws::after_change(app, &mut ex, now);
    reply
}

/// The answer an injected fault asks for.
fn fault_response(kind: FaultKind) -> Response {
    match kind {
        FaultKind::HttpStatus { status, body } => json_response(status, body),
        FaultKind::OkxCode {
            code,
            msg,
            http_status,
        } => {
            let body = serde_json::json!({"code": code, "msg": msg, "data": []});
            json_response(http_status, body.to_string())
        }
        FaultKind::RateLimit => {
            let e = ApiError::new(codes::RATE_LIMIT, &[]);
            let reply = Reply::from(e);
            json_response(reply.status, reply.body.to_string())
        }
        // Handled before an answer is built.
        FaultKind::Delay { .. } | FaultKind::Drop => {
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

fn json_response(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type = if serde_json::from_str::<serde::de::IgnoredAny>(&body).is_ok() {
        "application/json"
    } else {
        "text/plain; charset=utf-8"
    };
    (status, [(header::CONTENT_TYPE, content_type)], body).into_response()
}

/// Checks an `instType` value against the ones an endpoint accepts (51000 otherwise).
pub(crate) fn inst_type_param<'q>(value: &'q str, allowed: &[&str]) -> Result<&'q str, ApiError> {
    if allowed.contains(&value) {
        Ok(value)
    } else {
        Err(ApiError::param("instType"))
    }
}

/// 51001, as a request-level error.
pub(crate) fn inst_not_found() -> ApiError {
    ApiError::new(codes::INST_NOT_FOUND, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn route_table_has_no_duplicates() {
        for (i, a) in ROUTES.iter().enumerate() {
            for b in &ROUTES[i + 1..] {
                assert!(
                    !(a.path == b.path && a.method == b.method),
                    "{} listed twice",
                    a.path
                );
            }
            assert!(a.path.starts_with("/api/v5/"));
        }
    }
}
