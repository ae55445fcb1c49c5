//! Account and funding endpoints: trading balance, positions, account configuration,
//! currencies, the funding account and transfers.

use serde_json::Value;

use super::envelope::{ApiError, Reply};
use super::params::Fields;
use super::{inst_type_param, Ctx};
use crate::state::num::parse_dec;
use crate::state::Transfer;

/// `GET /api/v5/account/balance`: `ccy` is an optional comma-separated list.
pub(crate) fn balance(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let ccys = ctx.query.list("ccy");
    Ok(Reply::data(vec![ctx
        .ex
        .balance_json(ccys.as_deref(), ctx.now)]))
}

/// `GET /api/v5/account/positions`: open positions, optionally by type, ids or position id.
pub(crate) fn positions(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    if let Some(t) = ctx.query.get("instType") {
        if inst_type_param(t, &["MARGIN", "SWAP", "FUTURES", "OPTION"])? != "SWAP" {
            return Ok(Reply::data(Vec::new()));
        }
    }
    let inst_ids = ctx.query.list("instId");
    let pos_ids = ctx.query.list("posId");
    let items = ctx
        .ex
        .positions_json(inst_ids.as_deref(), ctx.now)
        .into_iter()
        .filter(|p| {
            let id = p.get("posId").and_then(|v| v.as_str()).unwrap_or("");
            pos_ids.as_ref().map_or(true, |ids| ids.contains(&id))
        })
        .collect();
    Ok(Reply::data(items))
}

/// `GET /api/v5/account/config`
pub(crate) fn config(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    Ok(Reply::data(vec![ctx.ex.account_config().clone()]))
}

/// `GET /api/v5/asset/currencies`: one item per currency and chain; `ccy` filters.
pub(crate) fn currencies(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let ccys = ctx.query.list("ccy");
    let items = ctx
        .ex
        .currencies()
        .iter()
        .filter(|c| {
            let ccy = c.get("ccy").and_then(|v| v.as_str()).unwrap_or("");
            ccys.as_ref().map_or(true, |list| list.contains(&ccy))
        })
        .cloned()
        .collect();
    Ok(Reply::data(items))
}

/// `GET /api/v5/asset/balances`: the funding account, empty at start (test funds sit in the
/// trading account, as `set_balance` sets them) until `asset/transfer` moves some there.
pub(crate) fn funding_balances(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let ccys = ctx.query.list("ccy");
    Ok(Reply::data(ctx.ex.funding.balances_json(ccys.as_deref())))
}

/// `POST /api/v5/asset/transfer`: between the funding (`6`) and trading (`18`) accounts of
/// the test account (`type` 0); sub-account transfers are refused (51000 `type`).
pub(crate) fn transfer(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let Some(Value::Object(body)) = ctx.body.take() else {
        return Err(ApiError::param("body"));
    };
    let f = Fields(&body);
    let ccy = f.req("ccy")?;
    let amt = f.req("amt")?;
    let from = f.req("from")?;
    let to = f.req("to")?;
    if f.get("type").is_some_and(|t| t != "0") {
        return Err(ApiError::param("type"));
    }
    let amt = parse_dec(&amt).ok_or_else(|| ApiError::param("amt"))?;
    let req = Transfer {
        ccy,
        amt,
        from,
        to,
        client_id: f.get("clientId").unwrap_or_default(),
    };
    let item = ctx
        .ex
        .transfer(&req, ctx.now)
        .map_err(ApiError::from_item)?;
    Ok(Reply::data(vec![item]))
}

/// `GET /api/v5/asset/transfer-state`: the transfers made, by `transId` or `clientId`.
pub(crate) fn transfer_state(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let items = ctx
        .ex
        .funding
        .transfer_state(ctx.query.get("transId"), ctx.query.get("clientId"));
    Ok(Reply::data(items))
}
