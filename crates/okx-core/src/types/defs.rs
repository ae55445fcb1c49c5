//! The domain types with OKX's field names (declared once each with `okx_type!`).

use crate::okx_type;

okx_type! {
    /// Latest price, best bid/ask and 24 h statistics of one instrument.
    Ticker {
        inst_type = "instType", inst_id = "instId", last = "last", last_sz = "lastSz",
        ask_px = "askPx", ask_sz = "askSz", bid_px = "bidPx", bid_sz = "bidSz",
        open24h = "open24h", high24h = "high24h", low24h = "low24h",
        vol_ccy24h = "volCcy24h", vol24h = "vol24h", sod_utc0 = "sodUtc0", sod_utc8 = "sodUtc8",
        ts = "ts",
    }
}

okx_type! {
    /// One currency of the trading account's balance.
    BalanceDetail {
        ccy = "ccy", eq = "eq", cash_bal = "cashBal", u_time = "uTime", iso_eq = "isoEq",
        avail_eq = "availEq", dis_eq = "disEq", fixed_bal = "fixedBal", avail_bal = "availBal",
        frozen_bal = "frozenBal", ord_frozen = "ordFrozen", liab = "liab", upl = "upl",
        upl_liab = "uplLiab", cross_liab = "crossLiab", iso_liab = "isoLiab", mgn_ratio = "mgnRatio",
        interest = "interest", twap = "twap", max_loan = "maxLoan", eq_usd = "eqUsd",
        borrow_froz = "borrowFroz", notional_lever = "notionalLever", stgy_eq = "stgyEq",
        iso_upl = "isoUpl", spot_in_use_amt = "spotInUseAmt", spot_iso_bal = "spotIsoBal",
        imr = "imr", mmr = "mmr", spot_bal = "spotBal", open_avg_px = "openAvgPx",
        acc_avg_px = "accAvgPx", spot_upl = "spotUpl", spot_upl_ratio = "spotUplRatio",
        total_pnl = "totalPnl", total_pnl_ratio = "totalPnlRatio",
    }
}

okx_type! {
    /// The trading account's balance: totals plus one [`BalanceDetail`] per currency.
    Balance {
        u_time = "uTime", total_eq = "totalEq", iso_eq = "isoEq", adj_eq = "adjEq",
        avail_eq = "availEq", ord_froz = "ordFroz", imr = "imr", mmr = "mmr",
        borrow_froz = "borrowFroz", mgn_ratio = "mgnRatio", notional_usd = "notionalUsd",
        notional_usd_for_borrow = "notionalUsdForBorrow", notional_usd_for_swap = "notionalUsdForSwap",
        notional_usd_for_futures = "notionalUsdForFutures",
        notional_usd_for_option = "notionalUsdForOption", upl = "upl",
    }
    nested { details: BalanceDetail = "details" }
}

okx_type! {
    /// An open position (margin, futures, swap or option).
    Position {
        inst_type = "instType", mgn_mode = "mgnMode", pos_id = "posId", pos_side = "posSide",
        pos = "pos", base_bal = "baseBal", quote_bal = "quoteBal", pos_ccy = "posCcy",
        avail_pos = "availPos", avg_px = "avgPx", mark_px = "markPx", upl = "upl",
        upl_ratio = "uplRatio", upl_last_px = "uplLastPx", upl_ratio_last_px = "uplRatioLastPx",
        inst_id = "instId", lever = "lever", liq_px = "liqPx", imr = "imr", margin = "margin",
        mgn_ratio = "mgnRatio", mmr = "mmr", liab = "liab", liab_ccy = "liabCcy",
        interest = "interest", trade_id = "tradeId", opt_val = "optVal", notional_usd = "notionalUsd",
        adl = "adl", ccy = "ccy", last = "last", idx_px = "idxPx", usd_px = "usdPx", be_px = "bePx",
        realized_pnl = "realizedPnl", pnl = "pnl", fee = "fee", funding_fee = "fundingFee",
        liq_penalty = "liqPenalty", c_time = "cTime", u_time = "uTime",
    }
}

okx_type! {
    /// An order with its state and fills so far.
    Order {
        inst_type = "instType", inst_id = "instId", tgt_ccy = "tgtCcy", ccy = "ccy",
        ord_id = "ordId", cl_ord_id = "clOrdId", tag = "tag", px = "px", px_usd = "pxUsd",
        px_vol = "pxVol", px_type = "pxType", sz = "sz", pnl = "pnl", ord_type = "ordType",
        side = "side", pos_side = "posSide", td_mode = "tdMode", acc_fill_sz = "accFillSz",
        fill_px = "fillPx", trade_id = "tradeId", fill_sz = "fillSz", fill_time = "fillTime",
        avg_px = "avgPx", state = "state", stp_id = "stpId", stp_mode = "stpMode", lever = "lever",
        fee_ccy = "feeCcy", fee = "fee", rebate_ccy = "rebateCcy", rebate = "rebate",
        source = "source", category = "category", reduce_only = "reduceOnly",
        cancel_source = "cancelSource", cancel_source_reason = "cancelSourceReason",
        quick_mgn_type = "quickMgnType", algo_cl_ord_id = "algoClOrdId", algo_id = "algoId",
        u_time = "uTime", c_time = "cTime",
    }
}

okx_type! {
    /// The answer to placing, amending or cancelling one order (`sCode` "0" on success).
    OrderAck {
        ord_id = "ordId", cl_ord_id = "clOrdId", tag = "tag", ts = "ts",
        req_id = "reqId", s_code = "sCode", s_msg = "sMsg",
    }
}

okx_type! {
    /// A tradable instrument and its trading rules.
    Instrument {
        inst_type = "instType", inst_id = "instId", inst_family = "instFamily", uly = "uly",
        base_ccy = "baseCcy", quote_ccy = "quoteCcy", settle_ccy = "settleCcy",
        ct_val = "ctVal", ct_mult = "ctMult", ct_val_ccy = "ctValCcy", ct_type = "ctType",
        opt_type = "optType", stk = "stk", list_time = "listTime", exp_time = "expTime",
        lever = "lever", tick_sz = "tickSz", lot_sz = "lotSz", min_sz = "minSz",
        max_lmt_sz = "maxLmtSz", max_mkt_sz = "maxMktSz", max_lmt_amt = "maxLmtAmt",
        max_mkt_amt = "maxMktAmt", state = "state", rule_type = "ruleType", alias = "alias",
        category = "category", inst_id_code = "instIdCode",
    }
}

okx_type! {
    /// One public trade.
    Trade {
        inst_id = "instId", trade_id = "tradeId", px = "px", sz = "sz", side = "side",
        count = "count", source = "source", ts = "ts",
    }
}

okx_type! {
    /// An index price (OKX docs: Get index tickers).
    IndexTicker {
        inst_id = "instId", idx_px = "idxPx", high24h = "high24h", low24h = "low24h",
        open24h = "open24h", sod_utc0 = "sodUtc0", sod_utc8 = "sodUtc8", ts = "ts",
    }
}

okx_type! {
    /// OKX's clock (OKX docs: Get system time).
    SystemTime { ts = "ts" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::FromItem;
    use serde_json::value::RawValue;

    #[test]
    fn lenient_fields_accept_booleans_numbers_and_absence() {
        let raw = RawValue::from_string(
            r#"{"instId":"BTC-USDT","reduceOnly":true,"lever":3,"px":null,"newField":"kept"}"#
                .into(),
        )
        .unwrap();
        let order = Order::from_item(&raw).unwrap();
        assert_eq!(order.reduce_only, "true");
        assert_eq!(order.lever, "3");
        assert_eq!(order.px, "");
        assert_eq!(order.sz, "");
        assert!(order.raw_json().contains("newField"));
    }

    #[test]
    fn balance_keeps_details() {
        let raw = RawValue::from_string(
            r#"{"totalEq":"67533.7456994514348308","details":[{"ccy":"BTC","eq":"1.5"}]}"#.into(),
        )
        .unwrap();
        let bal = Balance::from_item(&raw).unwrap();
        assert_eq!(bal.total_eq, "67533.7456994514348308");
        assert_eq!(bal.details[0].ccy, "BTC");
        assert_eq!(bal.details[0].eq, "1.5");
        assert_eq!(bal.details[0].raw_json(), r#"{"ccy":"BTC","eq":"1.5"}"#);
    }
}

okx_type! {
    /// One fill of an own order (OKX docs: Get transaction details).
    Fill {
        inst_type = "instType", inst_id = "instId", trade_id = "tradeId", ord_id = "ordId",
        cl_ord_id = "clOrdId", bill_id = "billId", sub_type = "subType", tag = "tag",
        fill_px = "fillPx", fill_sz = "fillSz", fill_idx_px = "fillIdxPx", fill_pnl = "fillPnl",
        fill_px_vol = "fillPxVol", fill_px_usd = "fillPxUsd", fill_mark_vol = "fillMarkVol",
        fill_fwd_px = "fillFwdPx", fill_mark_px = "fillMarkPx", side = "side",
        pos_side = "posSide", exec_type = "execType", fee_ccy = "feeCcy", fee = "fee",
        fee_rate = "feeRate", trade_quote_ccy = "tradeQuoteCcy", fill_time = "fillTime",
        ts = "ts",
    }
}

okx_type! {
    /// An algo order (trigger, conditional, OCO, trailing, ...) with its state.
    AlgoOrder {
        inst_type = "instType", inst_id = "instId", ccy = "ccy", ord_id = "ordId",
        algo_id = "algoId", cl_ord_id = "clOrdId", algo_cl_ord_id = "algoClOrdId", sz = "sz",
        close_fraction = "closeFraction", ord_type = "ordType", side = "side",
        pos_side = "posSide", td_mode = "tdMode", tgt_ccy = "tgtCcy", state = "state",
        lever = "lever", tp_trigger_px = "tpTriggerPx", tp_trigger_px_type = "tpTriggerPxType",
        tp_ord_px = "tpOrdPx", sl_trigger_px = "slTriggerPx",
        sl_trigger_px_type = "slTriggerPxType", sl_ord_px = "slOrdPx", trigger_px = "triggerPx",
        trigger_px_type = "triggerPxType", ord_px = "ordPx", actual_sz = "actualSz",
        actual_px = "actualPx", actual_side = "actualSide", trigger_time = "triggerTime",
        px_var = "pxVar", px_spread = "pxSpread", sz_limit = "szLimit", px_limit = "pxLimit",
        tag = "tag", time_interval = "timeInterval", callback_ratio = "callbackRatio",
        callback_spread = "callbackSpread", active_px = "activePx",
        move_trigger_px = "moveTriggerPx", reduce_only = "reduceOnly",
        quick_mgn_type = "quickMgnType", last = "last", fail_code = "failCode",
        amend_px_on_trigger_type = "amendPxOnTriggerType",
        is_trade_borrow_mode = "isTradeBorrowMode", chase_type = "chaseType",
        chase_val = "chaseVal", max_chase_type = "maxChaseType", max_chase_val = "maxChaseVal",
        trade_quote_ccy = "tradeQuoteCcy", c_time = "cTime", u_time = "uTime",
    }
}

okx_type! {
    /// The current and next funding rate of one perpetual swap (OKX docs: Get funding rate).
    FundingRate {
        inst_type = "instType", inst_id = "instId", method = "method",
        formula_type = "formulaType", funding_rate = "fundingRate",
        next_funding_rate = "nextFundingRate", funding_time = "fundingTime",
        next_funding_time = "nextFundingTime", min_funding_rate = "minFundingRate",
        max_funding_rate = "maxFundingRate", interest_rate = "interestRate",
        impact_value = "impactValue", premium = "premium", sett_state = "settState",
        sett_funding_rate = "settFundingRate", realized_rate = "realizedRate", ts = "ts",
    }
}

okx_type! {
    /// The mark price of one instrument (OKX docs: Get mark price).
    MarkPrice { inst_type = "instType", inst_id = "instId", mark_px = "markPx", ts = "ts" }
}

okx_type! {
    /// One change of the trading account's balance (OKX docs: Get bills details).
    Bill {
        inst_type = "instType", bill_id = "billId", type_ = "type", sub_type = "subType",
        ts = "ts", bal_chg = "balChg", pos_bal_chg = "posBalChg", bal = "bal",
        pos_bal = "posBal", sz = "sz", px = "px", ccy = "ccy", pnl = "pnl", fee = "fee",
        earn_amt = "earnAmt", earn_apr = "earnApr", mgn_mode = "mgnMode", inst_id = "instId",
        ord_id = "ordId", cl_ord_id = "clOrdId", exec_type = "execType", from_ = "from",
        to = "to", notes = "notes", interest = "interest", tag = "tag",
        fill_time = "fillTime", trade_id = "tradeId", fill_idx_px = "fillIdxPx",
        fill_mark_px = "fillMarkPx", fill_px_vol = "fillPxVol", fill_px_usd = "fillPxUsd",
        fill_mark_vol = "fillMarkVol", fill_fwd_px = "fillFwdPx",
    }
}

okx_type! {
    /// One deposit address of a currency on one chain (OKX docs: Get deposit address).
    DepositAddress {
        ccy = "ccy", chain = "chain", addr = "addr", tag = "tag", memo = "memo",
        pmt_id = "pmtId", ct_addr = "ctAddr", to = "to", selected = "selected",
        verified_name = "verifiedName",
    }
}

okx_type! {
    /// A currency on one chain and its deposit/withdrawal rules (OKX docs: Get currencies).
    Currency {
        ccy = "ccy", name = "name", logo_link = "logoLink", chain = "chain",
        ct_addr = "ctAddr", can_dep = "canDep", can_wd = "canWd", can_internal = "canInternal",
        dep_est_open_time = "depEstOpenTime", wd_est_open_time = "wdEstOpenTime",
        min_dep = "minDep", min_wd = "minWd", min_internal = "minInternal", min_fee = "minFee",
        max_fee = "maxFee", min_fee_for_ct_addr = "minFeeForCtAddr",
        max_fee_for_ct_addr = "maxFeeForCtAddr", burning_fee_rate = "burningFeeRate",
        fee = "fee", max_wd = "maxWd", wd_tick_sz = "wdTickSz", wd_quota = "wdQuota",
        used_wd_quota = "usedWdQuota", min_wd_unlock_confirm = "minWdUnlockConfirm",
        min_dep_arrival_confirm = "minDepArrivalConfirm", main_net = "mainNet",
        need_tag = "needTag", dep_quota_fixed = "depQuotaFixed",
        used_dep_quota_fixed = "usedDepQuotaFixed", dep_quote_daily_layer2 = "depQuoteDailyLayer2",
        stablecoin_daily_quota = "stablecoinDailyQuota",
        stablecoin_monthly_quota = "stablecoinMonthlyQuota",
        used_stablecoin_daily_quota = "usedStablecoinDailyQuota",
        used_stablecoin_monthly_quota = "usedStablecoinMonthlyQuota",
    }
}
