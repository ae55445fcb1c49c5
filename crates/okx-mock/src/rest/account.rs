//! Account and funding endpoints: trading balance, positions, account configuration,
//! currencies and the (empty) funding account.

use super::envelope::{ApiError, Reply};
use super::{inst_type_param, Ctx};

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

/// `GET /api/v5/asset/balances`: the funding account, which the mock keeps empty (all test
/// funds sit in the trading account, as `set_balance` sets them).
pub(crate) fn funding_balances(_ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    Ok(Reply::data(Vec::new()))
}
