//! The REST API: one table of routes, and the pipeline every request goes through: count,
//! faults, routing (404/405), authentication, body checks, rate limits and `expTime`, the
//! handler, then any fault that applies after execution.

mod account;
mod envelope;
mod generic;
mod guard;
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
use serde_json::Value;

use crate::auth::{self, Signed};
use crate::codes;
use crate::conn::ConnHandle;
use crate::faults::{AfterAction, FaultKind};
use crate::journal::RecordedRequest;
use crate::server::App;
use crate::state::Exchange;
pub(crate) use envelope::micros_now;
pub(crate) use envelope::{ApiError, Reply};
pub(crate) use guard::{admit, check_exp_time, endpoint_limit};
pub(crate) use params::Query;
pub(crate) use trade::{parse_amend_map, parse_order_map, refuse_repeated_cl_ord_ids};

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
pub(crate) enum Method {
    Get,
    Post,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Access {
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
    route(Post, "/api/v5/asset/transfer", Private, account::transfer),
    route(
        Get,
        "/api/v5/asset/transfer-state",
        Private,
        account::transfer_state,
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
    route(
        Post,
        "/api/v5/trade/amend-order",
        Private,
        trade::amend_order,
    ),
    route(
        Post,
        "/api/v5/trade/amend-batch-orders",
        Private,
        trade::amend_batch,
    ),
    route(
        Post,
        "/api/v5/trade/cancel-all-after",
        Private,
        trade::cancel_all_after,
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
    let now = app.now();
    let auth = authenticate(&app, &method, &uri, &headers, &body, now);
    app.journal.record(RecordedRequest {
        method: method.as_str().to_owned(),
        path: uri.path().to_owned(),
        query: uri.query().unwrap_or_default().to_owned(),
        params: Query::parse(uri.query()).pairs().to_vec(),
        body: String::from_utf8_lossy(&body).into_owned(),
        signed: headers.contains_key("OK-ACCESS-SIGN"),
        verified: auth.is_ok(),
        ts: now,
    });
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
    let (reply, executed) = dispatch(&app, &method, &uri, &headers, auth, &body);
    if executed && uri.path() == "/api/v5/trade/cancel-all-after" {
        schedule_dead_man(&app);
    }
    let after = if executed && method == HttpMethod::POST {
        app.take_after_fault(Some(uri.path()), None)
    } else {
        None
    };
    match after {
        Some(AfterAction::Timeout) => {
            let e = ApiError::new(codes::TIMEOUT, &[]);
            let reply = Reply::from(e);
            return json_response(reply.status, reply.body.to_string());
        }
        Some(AfterAction::Drop) => {
            log::debug!(target: crate::LOG_TARGET,
                "{method} {} from {} -> executed, connection dropped by fault",
                uri.path(),
                conn.peer
            );
            conn.kill();
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        Some(AfterAction::Delay { millis }) => {
            tokio::time::sleep(Duration::from_millis(millis)).await;
        }
        None => {}
    }
    log::debug!(target: crate::LOG_TARGET,
        "{method} {} -> {} {}",
        uri.path(),
        reply.status,
        reply.body.get("code").unwrap_or(&Value::Null)
    );
    json_response(reply.status, reply.body.to_string())
}

/// What a request path and method lead to.
#[derive(Clone, Copy)]
enum Target {
    /// A stateful handler of [`ROUTES`].
    Route(&'static Route),
    /// A row of the endpoint list without one: answered by [`generic::answer`].
    Generic(&'static generic::Spec),
}

impl Target {
    fn method(self) -> Method {
        match self {
            Self::Route(r) => r.method,
            Self::Generic(s) => s.method,
        }
    }

    fn access(self) -> Access {
        match self {
            Self::Route(r) => r.access,
            Self::Generic(s) => s.access,
        }
    }

    fn path(self) -> &'static str {
        match self {
            Self::Route(r) => r.path,
            Self::Generic(s) => s.path,
        }
    }
}

/// Finds what serves `method` at `path`: an unknown path is 404, a known path asked with
/// another method is 50115 (HTTP 405), as OKX answers.
fn resolve(method: &HttpMethod, path: &str) -> Result<Target, ApiError> {
    let wanted = match *method {
        HttpMethod::GET => Some(Get),
        HttpMethod::POST => Some(Post),
        _ => None,
    };
    if let Some(m) = wanted {
        if let Some(route) = ROUTES.iter().find(|r| r.path == path && r.method == m) {
            return Ok(Target::Route(route));
        }
        if let Some(spec) = generic::find(path, m) {
            return Ok(Target::Generic(spec));
        }
    }
    if ROUTES.iter().any(|r| r.path == path) || generic::knows_path(path) {
        Err(ApiError::new(codes::METHOD_INVALID, &[]))
    } else {
        Err(ApiError::new(codes::NOT_FOUND, &[]))
    }
}

/// The authentication outcome of a request: checked once, for the journal and for private
/// routes.
pub(crate) fn authenticate(
    app: &App,
    method: &HttpMethod,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
    now: i64,
) -> Result<(), codes::Code> {
    let body_text = if *method == HttpMethod::GET {
        "".into()
    } else {
        String::from_utf8_lossy(body)
    };
    let request_path = uri.path_and_query().map_or(uri.path(), |pq| pq.as_str());
    let signed = Signed {
        method: method.as_str(),
        request_path,
        body: &body_text,
    };
    auth::verify(&app.key, headers, signed, now)
}

/// Starts the timer of a freshly armed `cancel-all-after` switch; when it runs out before
/// another call replaces it, every pending order is canceled and pushed.
fn schedule_dead_man(app: &Arc<App>) {
    let Some(armed) = app.exchange().dead_man.armed.clone() else {
        return;
    };
    let app = Arc::clone(app);
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(armed.delay_ms)).await;
        let now = app.now();
        let mut ex = app.exchange();
        let canceled = ex.fire_dead_man(armed.gen, now);
        if canceled > 0 {
            log::info!(target: crate::LOG_TARGET, "cancel-all-after fired: {canceled} orders canceled");
        }
        crate::ws::after_change(&app, &mut ex, now);
    });
}

/// Routes, authenticates, checks and runs one request; `auth` is [`authenticate`]'s
/// outcome. The flag says whether the handler ran (the request was executed).
fn dispatch(
    app: &App,
    method: &HttpMethod,
    uri: &Uri,
    headers: &HeaderMap,
    auth: Result<(), codes::Code>,
    body: &[u8],
) -> (Reply, bool) {
    let path = uri.path();
    let target = match resolve(method, path) {
        Ok(t) => t,
        Err(e) => return (e.into(), false),
    };
    let now = app.now();
    let in_time = micros_now();
    if target.access() == Access::Private {
        if let Err(code) = auth {
            return (ApiError::new(code, &[]).into(), false);
        }
    }
    let body_json = match target.method() {
        Method::Get => None,
        Method::Post if String::from_utf8_lossy(body).trim().is_empty() => {
            return (ApiError::new(codes::BODY_EMPTY, &[]).into(), false)
        }
        Method::Post => match std::str::from_utf8(body)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(t).ok())
        {
            Some(v) => Some(v),
            None => return (ApiError::new(codes::JSON_SYNTAX, &[]).into(), false),
        },
    };
    let query = Query::parse(uri.query());
    let checked = guard::admit_rest(
        app,
        target.method(),
        target.path(),
        &query,
        body_json.as_ref(),
    )
    .and_then(|()| {
        if target.method() == Method::Post && guard::takes_exp_time(target.path()) {
            let exp = headers.get("expTime").and_then(|v| v.to_str().ok());
            check_exp_time(exp, now)
        } else {
            Ok(())
        }
    });
    if let Err(e) = checked {
        return (e.into(), false);
    }
    let mut ex = app.exchange();
    if target.path() == "/api/v5/market/books" {
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
    let result = match target {
        Target::Route(route) => (route.handler)(&mut ctx),
        Target::Generic(spec) => {
            log::trace!(target: crate::LOG_TARGET, "{} ({}) answered generically", spec.name, spec.section);
            generic::answer(spec, &mut ctx)
        }
    };
    let reply = result.unwrap_or_else(Reply::from);
    // Still under the exchange lock: WebSocket pushes leave in the order of the changes.
    crate::ws::after_change(app, &mut ex, now);
    (reply, true)
}

/// The answer an injected fault asks for.
fn fault_response(kind: FaultKind) -> Response {
    match kind {
        FaultKind::HttpStatus { status, body } => json_response(status, body),
        FaultKind::Answer { body, http_status } => {
            let status =
                StatusCode::from_u16(http_status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
        }
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
