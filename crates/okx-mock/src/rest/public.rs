//! Public reference endpoints: instruments, server time, system status.

use serde_json::json;

use super::envelope::{ApiError, Reply};
use super::{inst_not_found, inst_type_param, Ctx};

/// `GET /api/v5/public/instruments`: the real items OKX lists for the mock's instruments;
/// types the mock does not trade (MARGIN, FUTURES, OPTION, EVENTS) list nothing.
pub(crate) fn instruments(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let inst_type = inst_type_param(
        ctx.query.req("instType")?,
        &["SPOT", "MARGIN", "SWAP", "FUTURES", "OPTION", "EVENTS"],
    )?;
    let inst_id = ctx.query.get("instId");
    let family = ctx.query.get("instFamily").or_else(|| ctx.query.get("uly"));
    let items: Vec<_> = ctx
        .ex
        .markets()
        .iter()
        .map(|m| &m.inst)
        .filter(|i| i.inst_type.as_str() == inst_type)
        .filter(|i| inst_id.map_or(true, |id| i.inst_id == id))
        .filter(|i| family.map_or(true, |f| i.inst_family == f))
        .map(|i| i.raw.clone())
        .collect();
    if inst_id.is_some() && items.is_empty() {
        return Err(inst_not_found());
    }
    Ok(Reply::data(items))
}

/// `GET /api/v5/public/time`
pub(crate) fn time(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    Ok(Reply::data(vec![json!({"ts": ctx.now.to_string()})]))
}

/// `GET /api/v5/system/status`: no maintenance is ever scheduled.
pub(crate) fn status(_ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    Ok(Reply::data(Vec::new()))
}
