//! The endpoint table: each OKX REST endpoint is declared once, here. Every other
//! artefact (request structs, `ENDPOINTS`, Python methods, stubs, docs table) is derived
//! by passing an emitter macro to [`for_each_endpoint!`].

/// Calls `$emit! { ... }` with every endpoint declaration.
///
/// Entry grammar: doc lines, `Struct => method_name { section, http, auth, limit, rule,
/// required: {name: Kind = "okxName"}, optional: {...}, [one_of: [a, b],]
/// [items: orders max 20 { required: {...}, optional: {...}, [one_of: [...],] },]
/// returns: one|list Type }`. Kinds: `Str`, `Num`, `Int`, `OneOf(::okx_core::enums::SET)`,
/// `Bool`, `Items` (list of dicts), `Obj` (dict), `StrList`, `Json` (list of dicts or dict).
/// `items:` makes the body a JSON array of such items (`place_batch_orders(orders)`).
/// `pages: iter_x by "ordId"` (endpoints paged by `after`/`before`) adds a method walking
/// every page, the cursor being that response field.
/// `ws: "order"` names the WebSocket operation doing the same (a `WsClient` method of the
/// same name; place, amend and cancel are guarded against loss and duplication).
/// `returns: list Json` gives OKX's `data` items as plain dicts. Required parameters come
/// first in the Python signature, then optional ones in the documented okx_py order.
#[macro_export]
macro_rules! for_each_endpoint {
    ($emit:ident) => {
        $emit! {
            // ---- account ----
            /// Presets account mode switch (needs Trade permission).
            PresetAccountModeSwitch => preset_account_mode_switch {
                section: account, http: POST "/api/v5/account/account-level-switch-preset", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { acct_lv: Str = "acctLv" },
                optional: { lever: Num = "lever" },
                returns: list Json,
            }
            /// Account position risk (needs Read permission).
            GetAccountPositionRisk => get_account_position_risk {
                section: account, http: GET "/api/v5/account/account-position-risk", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {},
                optional: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                returns: list Json,
            }
            /// Activates option (needs Trade permission).
            ActivateOption => activate_option {
                section: account, http: POST "/api/v5/account/activate-option", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Leverage estimated info (needs Read permission).
            GetLeverageEstimatedInfo => get_leverage_estimated_info {
                section: account, http: GET "/api/v5/account/adjust-leverage-info", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    mgn_mode: OneOf(::okx_core::enums::MGN_MODES) = "mgnMode",
                    lever: Num = "lever",
                },
                optional: {
                    inst_id: Str = "instId",
                    ccy: Str = "ccy",
                    pos_side: OneOf(::okx_core::enums::POS_SIDES) = "posSide",
                },
                returns: list Json,
            }
            /// Trading account balance: totals and one detail per currency.
            GetBalance => get_balance {
                section: account, http: GET "/api/v5/account/balance", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: one Balance,
            }
            /// Bills (needs Read permission).
            GetBills => get_bills {
                section: account, http: GET "/api/v5/account/bills", auth: Private,
                limit: 5 per 1, rule: "UserID",
                required: {},
                optional: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_id: Str = "instId",
                    ccy: Str = "ccy",
                    mgn_mode: OneOf(::okx_core::enums::MGN_MODES) = "mgnMode",
                    ct_type: Str = "ctType",
                    type_: Str = "type",
                    sub_type: Str = "subType",
                    after: Str = "after",
                    before: Str = "before",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                pages: iter_bills by "billId",
                returns: list Bill,
            }
            /// Bills archive (needs Read permission).
            GetBillsArchive => get_bills_archive {
                section: account, http: GET "/api/v5/account/bills-archive", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_id: Str = "instId",
                    ccy: Str = "ccy",
                    mgn_mode: OneOf(::okx_core::enums::MGN_MODES) = "mgnMode",
                    ct_type: Str = "ctType",
                    type_: Str = "type",
                    sub_type: Str = "subType",
                    after: Str = "after",
                    before: Str = "before",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                pages: iter_bills_archive by "billId",
                returns: list Bill,
            }
            /// Bills history archive (needs Read permission).
            GetBillsHistoryArchive => get_bills_history_archive {
                section: account, http: GET "/api/v5/account/bills-history-archive", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: { year: Str = "year", quarter: Str = "quarter" },
                optional: { type_: Str = "type" },
                returns: list Json,
            }
            /// Applies for bills history archive (needs Read permission).
            ApplyBillsHistoryArchive => apply_bills_history_archive {
                section: account, http: POST "/api/v5/account/bills-history-archive", auth: Private,
                limit: 1 per 10, rule: "UserID",
                required: { year: Str = "year", quarter: Str = "quarter" },
                optional: { type_: Str = "type" },
                returns: list Json,
            }
            /// VIP loan borrow repay (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            VipLoanBorrowRepay => vip_loan_borrow_repay {
                section: account, http: POST "/api/v5/account/borrow-repay", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    side: Str = "side",
                    amt: Num = "amt",
                    ord_id: Str = "ordId",
                },
                returns: list Json,
            }
            /// VIP loan borrow repay history (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetVipLoanBorrowRepayHistory => get_vip_loan_borrow_repay_history {
                section: account, http: GET "/api/v5/account/borrow-repay-history", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_vip_loan_borrow_repay_history by "ts",
                returns: list Json,
            }
            /// Collateral assets (needs Read permission).
            GetCollateralAssets => get_collateral_assets {
                section: account, http: GET "/api/v5/account/collateral-assets", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy", collateral_enabled: Bool = "collateralEnabled" },
                returns: list Json,
            }
            /// Account config (needs Read permission).
            GetAccountConfig => get_account_config {
                section: account, http: GET "/api/v5/account/config", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Adjusts demo balance (demo trading only).
            /// Rate limit as documented: 3/1d (increase only; reduce unlimited).
            AdjustDemoBalance => adjust_demo_balance {
                section: account, http: POST "/api/v5/account/demo-adjust-balance", auth: Private,
                limit: 3 per 86400, rule: "UserID",
                required: { type_: Str = "type", adjustments: Items = "adjustments" },
                optional: {},
                returns: list Json,
            }
            /// Amends fixed loan borrowing order (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            AmendFixedLoanBorrowingOrder => amend_fixed_loan_borrowing_order {
                section: account, http: POST "/api/v5/account/fixed-loan/amend-borrowing-order", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    ord_id: Str = "ordId",
                    reborrow: Bool = "reborrow",
                    renew_max_rate: Num = "renewMaxRate",
                },
                returns: list Json,
            }
            /// Fixed loan borrowing limit (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetFixedLoanBorrowingLimit => get_fixed_loan_borrowing_limit {
                section: account, http: GET "/api/v5/account/fixed-loan/borrowing-limit", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Places fixed loan borrowing order (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            PlaceFixedLoanBorrowingOrder => place_fixed_loan_borrowing_order {
                section: account, http: POST "/api/v5/account/fixed-loan/borrowing-order", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    amt: Num = "amt",
                    max_rate: Num = "maxRate",
                    term: Str = "term",
                    reborrow: Bool = "reborrow",
                    reborrow_rate: Num = "reborrowRate",
                },
                returns: list Json,
            }
            /// Fixed loan borrowing orders (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetFixedLoanBorrowingOrders => get_fixed_loan_borrowing_orders {
                section: account, http: GET "/api/v5/account/fixed-loan/borrowing-orders-list", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    ord_id: Str = "ordId",
                    ccy: Str = "ccy",
                    state: Str = "state",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Fixed loan borrowing quote (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetFixedLoanBorrowingQuote => get_fixed_loan_borrowing_quote {
                section: account, http: GET "/api/v5/account/fixed-loan/borrowing-quote", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    type_: Str = "type",
                    ccy: Str = "ccy",
                    amt: Num = "amt",
                    max_rate: Num = "maxRate",
                    term: Str = "term",
                    ord_id: Str = "ordId",
                },
                returns: list Json,
            }
            /// Fixed loan manual reborrow (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            FixedLoanManualReborrow => fixed_loan_manual_reborrow {
                section: account, http: POST "/api/v5/account/fixed-loan/manual-reborrow", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: { ord_id: Str = "ordId", max_rate: Num = "maxRate" },
                returns: list Json,
            }
            /// Repays fixed loan borrowing order (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            RepayFixedLoanBorrowingOrder => repay_fixed_loan_borrowing_order {
                section: account, http: POST "/api/v5/account/fixed-loan/repay-borrowing-order", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: { ord_id: Str = "ordId" },
                returns: list Json,
            }
            /// Greeks (needs Read permission).
            GetGreeks => get_greeks {
                section: account, http: GET "/api/v5/account/greeks", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Account instruments (needs Read permission).
            GetAccountInstruments => get_account_instruments {
                section: account, http: GET "/api/v5/account/instruments", auth: Private,
                limit: 20 per 2, rule: "UserID+instType",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: {
                    series_id: Str = "seriesId",
                    inst_family: Str = "instFamily",
                    inst_id: Str = "instId",
                },
                returns: list Json,
            }
            /// Interest accrued (needs Read permission).
            GetInterestAccrued => get_interest_accrued {
                section: account, http: GET "/api/v5/account/interest-accrued", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {
                    type_: Str = "type",
                    ccy: Str = "ccy",
                    inst_id: Str = "instId",
                    mgn_mode: OneOf(::okx_core::enums::MGN_MODES) = "mgnMode",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_interest_accrued by "ts",
                returns: list Json,
            }
            /// Borrow interest and limit (needs Read permission).
            GetBorrowInterestAndLimit => get_borrow_interest_and_limit {
                section: account, http: GET "/api/v5/account/interest-limits", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { type_: Str = "type", ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Interest rate (needs Read permission).
            GetInterestRate => get_interest_rate {
                section: account, http: GET "/api/v5/account/interest-rate", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Leverage (needs Read permission).
            GetLeverage => get_leverage {
                section: account, http: GET "/api/v5/account/leverage-info", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { mgn_mode: OneOf(::okx_core::enums::MGN_MODES) = "mgnMode" },
                optional: { inst_id: Str = "instId", ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Max available balance (needs Read permission).
            GetMaxAvailableBalance => get_max_available_balance {
                section: account, http: GET "/api/v5/account/max-avail-size", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { inst_id: Str = "instId", td_mode: Str = "tdMode" },
                optional: {
                    ccy: Str = "ccy",
                    reduce_only: Bool = "reduceOnly",
                    px: Num = "px",
                    trade_quote_ccy: Str = "tradeQuoteCcy",
                },
                returns: list Json,
            }
            /// Max loan (needs Read permission).
            GetMaxLoan => get_max_loan {
                section: account, http: GET "/api/v5/account/max-loan", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { mgn_mode: OneOf(::okx_core::enums::MGN_MODES) = "mgnMode" },
                optional: {
                    inst_id: Str = "instId",
                    ccy: Str = "ccy",
                    mgn_ccy: Str = "mgnCcy",
                    trade_quote_ccy: Str = "tradeQuoteCcy",
                },
                returns: list Json,
            }
            /// Max order quantity (needs Read permission).
            GetMaxOrderQuantity => get_max_order_quantity {
                section: account, http: GET "/api/v5/account/max-size", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { inst_id: Str = "instId", td_mode: Str = "tdMode" },
                optional: {
                    ccy: Str = "ccy",
                    px: Num = "px",
                    leverage: Num = "leverage",
                    trade_quote_ccy: Str = "tradeQuoteCcy",
                    outcome: Str = "outcome",
                },
                returns: list Json,
            }
            /// Max withdrawal (needs Read permission).
            GetMaxWithdrawal => get_max_withdrawal {
                section: account, http: GET "/api/v5/account/max-withdrawal", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// MMP config (needs Read permission).
            GetMmpConfig => get_mmp_config {
                section: account, http: GET "/api/v5/account/mmp-config", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { inst_family: Str = "instFamily" },
                returns: list Json,
            }
            /// Sets MMP config (needs Trade permission).
            SetMmpConfig => set_mmp_config {
                section: account, http: POST "/api/v5/account/mmp-config", auth: Private,
                limit: 2 per 10, rule: "UserID",
                required: {
                    inst_family: Str = "instFamily",
                    time_interval: Str = "timeInterval",
                    frozen_interval: Str = "frozenInterval",
                    qty_limit: Str = "qtyLimit",
                },
                optional: {},
                returns: list Json,
            }
            /// Resets MMP (needs Trade permission).
            ResetMmp => reset_mmp {
                section: account, http: POST "/api/v5/account/mmp-reset", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { inst_family: Str = "instFamily" },
                optional: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                returns: list Json,
            }
            /// Moves positions.
            MovePositions => move_positions {
                section: account, http: POST "/api/v5/account/move-positions", auth: Private,
                limit: 1 per 1, rule: "MasterUserID",
                required: {
                    from_acct: Str = "fromAcct",
                    to_acct: Str = "toAcct",
                    legs: Items = "legs",
                    client_id: Str = "clientId",
                },
                optional: {},
                returns: list Json,
            }
            /// Move positions history.
            GetMovePositionsHistory => get_move_positions_history {
                section: account, http: GET "/api/v5/account/move-positions-history", auth: Private,
                limit: 2 per 2, rule: "MasterUserID",
                required: {},
                optional: {
                    block_td_id: Str = "blockTdId",
                    client_id: Str = "clientId",
                    begin_ts: Int = "beginTs",
                    end_ts: Int = "endTs",
                    limit: Int = "limit",
                    state: Str = "state",
                },
                returns: list Json,
            }
            /// Position builder (needs Read permission).
            PositionBuilder => position_builder {
                section: account, http: POST "/api/v5/account/position-builder", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {},
                optional: {
                    acct_lv: Str = "acctLv",
                    incl_real_pos_and_eq: Bool = "inclRealPosAndEq",
                    lever: Num = "lever",
                    sim_pos: Items = "simPos",
                    sim_asset: Items = "simAsset",
                    greeks_type: Str = "greeksType",
                    idx_vol: Num = "idxVol",
                },
                returns: list Json,
            }
            /// Position builder trend graph (needs Read permission).
            PositionBuilderTrendGraph => position_builder_trend_graph {
                section: account, http: POST "/api/v5/account/position-builder-graph", auth: Private,
                limit: 1 per 5, rule: "UserID",
                required: { type_: Str = "type", mmr_config: Json = "mmrConfig" },
                optional: {
                    incl_real_pos_and_eq: Bool = "inclRealPosAndEq",
                    sim_pos: Items = "simPos",
                    sim_asset: Items = "simAsset",
                },
                returns: list Json,
            }
            /// Pm position limitation (needs Read permission).
            GetPmPositionLimitation => get_pm_position_limitation {
                section: account, http: GET "/api/v5/account/position-tiers", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_family: Str = "instFamily",
                },
                optional: {},
                returns: list Json,
            }
            /// Adjusts position margin (needs Trade permission).
            AdjustPositionMargin => adjust_position_margin {
                section: account, http: POST "/api/v5/account/position/margin-balance", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    inst_id: Str = "instId",
                    pos_side: OneOf(::okx_core::enums::POS_SIDES) = "posSide",
                    type_: Str = "type",
                    amt: Num = "amt",
                },
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Open positions, optionally filtered by instrument type or id.
            GetPositions => get_positions {
                section: account, http: GET "/api/v5/account/positions", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {},
                optional: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES_TRADED) = "instType",
                    inst_id: Str = "instId",
                    pos_id: Str = "posId",
                },
                returns: list Position,
            }
            /// Positions history (needs Read permission).
            GetPositionsHistory => get_positions_history {
                section: account, http: GET "/api/v5/account/positions-history", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {},
                optional: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_id: Str = "instId",
                    mgn_mode: OneOf(::okx_core::enums::MGN_MODES) = "mgnMode",
                    type_: Str = "type",
                    pos_id: Str = "posId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_positions_history by "uTime",
                returns: list Json,
            }
            /// Precheck set delta neutral.
            PrecheckSetDeltaNeutral => precheck_set_delta_neutral {
                section: account, http: GET "/api/v5/account/precheck-set-delta-neutral", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: { stgy_type: Str = "stgyType" },
                optional: {},
                returns: list Json,
            }
            /// Account risk state (needs Read permission).
            GetAccountRiskState => get_account_risk_state {
                section: account, http: GET "/api/v5/account/risk-state", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Sets account mode (needs Trade permission).
            SetAccountMode => set_account_mode {
                section: account, http: POST "/api/v5/account/set-account-level", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { acct_lv: Str = "acctLv" },
                optional: {},
                returns: list Json,
            }
            /// Precheck account mode switch (needs Read permission).
            PrecheckAccountModeSwitch => precheck_account_mode_switch {
                section: account, http: GET "/api/v5/account/set-account-switch-precheck", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { acct_lv: Str = "acctLv" },
                optional: {},
                returns: list Json,
            }
            /// Sets auto earn.
            SetAutoEarn => set_auto_earn {
                section: account, http: POST "/api/v5/account/set-auto-earn", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: { ccy: Str = "ccy", action: Str = "action" },
                optional: { earn_type: Str = "earnType" },
                returns: list Json,
            }
            /// Sets auto loan (needs Trade permission).
            SetAutoLoan => set_auto_loan {
                section: account, http: POST "/api/v5/account/set-auto-loan", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { auto_loan: Bool = "autoLoan" },
                returns: list Json,
            }
            /// Sets auto repay (needs Trade permission).
            SetAutoRepay => set_auto_repay {
                section: account, http: POST "/api/v5/account/set-auto-repay", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { auto_repay: Bool = "autoRepay" },
                optional: {},
                returns: list Json,
            }
            /// Sets collateral assets (needs Trade permission).
            SetCollateralAssets => set_collateral_assets {
                section: account, http: POST "/api/v5/account/set-collateral-assets", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { ccy_list: StrList = "ccyList" },
                returns: list Json,
            }
            /// Sets fee type (needs Trade permission).
            SetFeeType => set_fee_type {
                section: account, http: POST "/api/v5/account/set-fee-type", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { fee_type: Str = "feeType" },
                optional: {},
                returns: list Json,
            }
            /// Sets greeks (needs Trade permission).
            SetGreeks => set_greeks {
                section: account, http: POST "/api/v5/account/set-greeks", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { greeks_type: Str = "greeksType" },
                optional: {},
                returns: list Json,
            }
            /// Sets isolated mode (needs Trade permission).
            SetIsolatedMode => set_isolated_mode {
                section: account, http: POST "/api/v5/account/set-isolated-mode", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { iso_mode: Str = "isoMode", type_: Str = "type" },
                optional: {},
                returns: list Json,
            }
            /// Sets leverage (needs Trade permission).
            SetLeverage => set_leverage {
                section: account, http: POST "/api/v5/account/set-leverage", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    lever: Num = "lever",
                    mgn_mode: OneOf(::okx_core::enums::MGN_MODES) = "mgnMode",
                },
                optional: {
                    inst_id: Str = "instId",
                    ccy: Str = "ccy",
                    pos_side: OneOf(::okx_core::enums::POS_SIDES) = "posSide",
                },
                returns: list Json,
            }
            /// Sets position mode (needs Trade permission).
            SetPositionMode => set_position_mode {
                section: account, http: POST "/api/v5/account/set-position-mode", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { pos_mode: Str = "posMode" },
                optional: {},
                returns: list Json,
            }
            /// Sets risk offset amount (needs Trade permission).
            SetRiskOffsetAmount => set_risk_offset_amount {
                section: account, http: POST "/api/v5/account/set-riskOffset-amt", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: { ccy: Str = "ccy", cl_spot_in_use_amt: Num = "clSpotInUseAmt" },
                optional: {},
                returns: list Json,
            }
            /// Sets risk offset type (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            SetRiskOffsetType => set_risk_offset_type {
                section: account, http: POST "/api/v5/account/set-riskOffset-type", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: { type_: Str = "type" },
                returns: list Json,
            }
            /// Sets settle currency (needs Trade permission).
            SetSettleCurrency => set_settle_currency {
                section: account, http: POST "/api/v5/account/set-settle-currency", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { settle_ccy: Str = "settleCcy" },
                optional: {},
                returns: list Json,
            }
            /// Sets trading config (needs Trade permission).
            SetTradingConfig => set_trading_config {
                section: account, http: POST "/api/v5/account/set-trading-config", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: { type_: Str = "type" },
                optional: { stgy_type: Str = "stgyType" },
                returns: list Json,
            }
            /// Simulated margin (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetSimulatedMargin => get_simulated_margin {
                section: account, http: POST "/api/v5/account/simulated_margin", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    incl_real_pos: Bool = "inclRealPos",
                    spot_offset_type: Str = "spotOffsetType",
                    sim_pos: Items = "simPos",
                },
                returns: list Json,
            }
            /// Borrow repay history (needs Read permission).
            GetBorrowRepayHistory => get_borrow_repay_history {
                section: account, http: GET "/api/v5/account/spot-borrow-repay-history", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    type_: Str = "type",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_borrow_repay_history by "ts",
                returns: list Json,
            }
            /// Manual borrow repay (needs Trade permission).
            ManualBorrowRepay => manual_borrow_repay {
                section: account, http: POST "/api/v5/account/spot-manual-borrow-repay", auth: Private,
                limit: 1 per 3, rule: "MasterUserID",
                required: { ccy: Str = "ccy", side: Str = "side", amt: Num = "amt" },
                optional: {},
                returns: list Json,
            }
            /// Bill types.
            GetBillTypes => get_bill_types {
                section: account, http: GET "/api/v5/account/subtypes", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: { type_: Str = "type" },
                returns: list Json,
            }
            /// Fee rates (needs Read permission).
            GetFeeRates => get_fee_rates {
                section: account, http: GET "/api/v5/account/trade-fee", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: {
                    inst_id: Str = "instId",
                    inst_family: Str = "instFamily",
                    group_id: Str = "groupId",
                },
                returns: list Json,
            }
            /// VIP interest accrued (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetVipInterestAccrued => get_vip_interest_accrued {
                section: account, http: GET "/api/v5/account/vip-interest-accrued", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    ord_id: Str = "ordId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_vip_interest_accrued by "ts",
                returns: list Json,
            }
            /// VIP interest deducted (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetVipInterestDeducted => get_vip_interest_deducted {
                section: account, http: GET "/api/v5/account/vip-interest-deducted", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    ord_id: Str = "ordId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_vip_interest_deducted by "ts",
                returns: list Json,
            }
            /// VIP loan order detail (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetVipLoanOrderDetail => get_vip_loan_order_detail {
                section: account, http: GET "/api/v5/account/vip-loan-order-detail", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    ord_id: Str = "ordId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_vip_loan_order_detail by "ts",
                returns: list Json,
            }
            /// VIP loan orders (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetVipLoanOrders => get_vip_loan_orders {
                section: account, http: GET "/api/v5/account/vip-loan-order-list", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {
                    ord_id: Str = "ordId",
                    state: Str = "state",
                    ccy: Str = "ccy",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_vip_loan_orders by "ordId",
                returns: list Json,
            }
            /// Glp historical performance.
            GetGlpHistoricalPerformance => get_glp_historical_performance {
                section: account, http: GET "/api/v5/users/glp/historicalperformance", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { program: Str = "program" },
                optional: { begin: Int = "begin", end: Int = "end", limit: Int = "limit" },
                returns: list Json,
            }
            /// Glp today performance.
            GetGlpTodayPerformance => get_glp_today_performance {
                section: account, http: GET "/api/v5/users/glp/todayperformance", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            // ---- trade ----
            /// Account rate limit.
            GetAccountRateLimit => get_account_rate_limit {
                section: trade, http: GET "/api/v5/trade/account-rate-limit", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Amends batch orders (up to 20 items per request; needs Trade permission).
            AmendBatchOrders => amend_batch_orders {
                section: trade, http: POST "/api/v5/trade/amend-batch-orders", auth: Private,
                limit: 300 per 2, rule: "UserID+instId (OPTION: UserID+instFamily)",
                required: {},
                optional: {},
                items: orders max 20 {
                    required: { inst_id: Str = "instId" },
                    optional: {
                        cxl_on_fail: Bool = "cxlOnFail",
                        ord_id: Str = "ordId",
                        cl_ord_id: Str = "clOrdId",
                        req_id: Str = "reqId",
                        new_sz: Num = "newSz",
                        new_px: Num = "newPx",
                        speed_bump: Str = "speedBump",
                        new_px_usd: Num = "newPxUsd",
                        new_px_vol: Num = "newPxVol",
                        px_amend_type: Str = "pxAmendType",
                        attach_algo_ords: Items = "attachAlgoOrds",
                        rpi_taker_access: Str = "rpiTakerAccess",
                        rpi_px_round: Str = "rpiPxRound",
                    },
                    one_of: [ord_id, cl_ord_id],
                },
                ws: "batch-amend-orders",
                returns: list OrderAck,
            }
            /// Amends order (needs Trade permission).
            AmendOrder => amend_order {
                section: trade, http: POST "/api/v5/trade/amend-order", auth: Private,
                limit: 60 per 2, rule: "UserID+instId (OPTION: UserID+instFamily)",
                required: { inst_id: Str = "instId" },
                optional: {
                    cxl_on_fail: Bool = "cxlOnFail",
                    ord_id: Str = "ordId",
                    cl_ord_id: Str = "clOrdId",
                    req_id: Str = "reqId",
                    new_sz: Num = "newSz",
                    new_px: Num = "newPx",
                    speed_bump: Str = "speedBump",
                    new_px_usd: Num = "newPxUsd",
                    new_px_vol: Num = "newPxVol",
                    px_amend_type: Str = "pxAmendType",
                    attach_algo_ords: Items = "attachAlgoOrds",
                    rpi_taker_access: Str = "rpiTakerAccess",
                    rpi_px_round: Str = "rpiPxRound",
                },
                one_of: [ord_id, cl_ord_id],
                ws: "amend-order",
                returns: one OrderAck,
            }
            /// Places batch orders (up to 20 items per request; needs Trade permission).
            PlaceBatchOrders => place_batch_orders {
                section: trade, http: POST "/api/v5/trade/batch-orders", auth: Private,
                limit: 300 per 2, rule: "UserID+instId (OPTION: UserID+instFamily)",
                required: {},
                optional: {},
                items: orders max 20 {
                    required: {
                        inst_id: Str = "instId",
                        td_mode: OneOf(::okx_core::enums::TD_MODES) = "tdMode",
                        side: OneOf(::okx_core::enums::SIDES) = "side",
                        ord_type: OneOf(::okx_core::enums::ORD_TYPES) = "ordType",
                        sz: Num = "sz",
                    },
                    optional: {
                        ccy: Str = "ccy",
                        cl_ord_id: Str = "clOrdId",
                        tag: Str = "tag",
                        pos_side: OneOf(::okx_core::enums::POS_SIDES) = "posSide",
                        px: Num = "px",
                        speed_bump: Str = "speedBump",
                        outcome: Str = "outcome",
                        px_usd: Num = "pxUsd",
                        px_vol: Num = "pxVol",
                        reduce_only: Bool = "reduceOnly",
                        tgt_ccy: OneOf(::okx_core::enums::TGT_CCYS) = "tgtCcy",
                        ban_amend: Bool = "banAmend",
                        px_amend_type: Str = "pxAmendType",
                        trade_quote_ccy: Str = "tradeQuoteCcy",
                        slippage_pct: Num = "slippagePct",
                        stp_mode: OneOf(::okx_core::enums::STP_MODES) = "stpMode",
                        rpi_taker_access: Str = "rpiTakerAccess",
                        rpi_px_round: Str = "rpiPxRound",
                        attach_algo_ords: Items = "attachAlgoOrds",
                    },
                },
                ws: "batch-orders",
                returns: list OrderAck,
            }
            /// Cancels all after (needs Trade permission).
            CancelAllAfter => cancel_all_after {
                section: trade, http: POST "/api/v5/trade/cancel-all-after", auth: Private,
                limit: 1 per 1, rule: "UserID+tag",
                required: { time_out: Str = "timeOut" },
                optional: { tag: Str = "tag" },
                returns: list Json,
            }
            /// Cancels batch orders (up to 20 items per request; needs Trade permission).
            CancelBatchOrders => cancel_batch_orders {
                section: trade, http: POST "/api/v5/trade/cancel-batch-orders", auth: Private,
                limit: 300 per 2, rule: "UserID+instId (OPTION: UserID+instFamily)",
                required: {},
                optional: {},
                items: orders max 20 {
                    required: { inst_id: Str = "instId" },
                    optional: { ord_id: Str = "ordId", cl_ord_id: Str = "clOrdId" },
                    one_of: [ord_id, cl_ord_id],
                },
                ws: "batch-cancel-orders",
                returns: list OrderAck,
            }
            /// Cancels one order by ordId or clOrdId.
            CancelOrder => cancel_order {
                section: trade, http: POST "/api/v5/trade/cancel-order", auth: Private,
                limit: 60 per 2, rule: "UserID+instId",
                required: { inst_id: Str = "instId" },
                optional: { ord_id: Str = "ordId", cl_ord_id: Str = "clOrdId" },
                one_of: [ord_id, cl_ord_id],
                ws: "cancel-order",
                returns: one OrderAck,
            }
            /// Closes positions (needs Trade permission).
            ClosePositions => close_positions {
                section: trade, http: POST "/api/v5/trade/close-position", auth: Private,
                limit: 20 per 2, rule: "UserID+instId (OPTION: UserID+instFamily)",
                required: {
                    inst_id: Str = "instId",
                    mgn_mode: OneOf(::okx_core::enums::MGN_MODES) = "mgnMode",
                },
                optional: {
                    pos_side: OneOf(::okx_core::enums::POS_SIDES) = "posSide",
                    ccy: Str = "ccy",
                    auto_cxl: Bool = "autoCxl",
                    cl_ord_id: Str = "clOrdId",
                    tag: Str = "tag",
                },
                returns: list Json,
            }
            /// Places easy convert (needs Trade permission).
            PlaceEasyConvert => place_easy_convert {
                section: trade, http: POST "/api/v5/trade/easy-convert", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: { from_ccy: Str = "fromCcy", to_ccy: Str = "toCcy" },
                optional: { source: Str = "source" },
                returns: list Json,
            }
            /// Easy convert currency list (needs Read permission).
            GetEasyConvertCurrencyList => get_easy_convert_currency_list {
                section: trade, http: GET "/api/v5/trade/easy-convert-currency-list", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: {},
                optional: { source: Str = "source" },
                returns: list Json,
            }
            /// Easy convert history (needs Read permission).
            GetEasyConvertHistory => get_easy_convert_history {
                section: trade, http: GET "/api/v5/trade/easy-convert-history", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: {},
                optional: { after: Str = "after", before: Str = "before", limit: Int = "limit" },
                pages: iter_easy_convert_history by "uTime",
                returns: list Json,
            }
            /// Fills (needs Read permission).
            GetFills => get_fills {
                section: trade, http: GET "/api/v5/trade/fills", auth: Private,
                limit: 60 per 2, rule: "UserID",
                required: {},
                optional: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_family: Str = "instFamily",
                    inst_id: Str = "instId",
                    ord_id: Str = "ordId",
                    sub_type: Str = "subType",
                    after: Str = "after",
                    before: Str = "before",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                pages: iter_fills by "billId",
                returns: list Fill,
            }
            /// Fills history (needs Read permission).
            GetFillsHistory => get_fills_history {
                section: trade, http: GET "/api/v5/trade/fills-history", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: {
                    inst_family: Str = "instFamily",
                    inst_id: Str = "instId",
                    ord_id: Str = "ordId",
                    sub_type: Str = "subType",
                    after: Str = "after",
                    before: Str = "before",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                pages: iter_fills_history by "billId",
                returns: list Fill,
            }
            /// Mass cancel (needs Trade permission).
            MassCancel => mass_cancel {
                section: trade, http: POST "/api/v5/trade/mass-cancel", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_family: Str = "instFamily",
                },
                optional: { lock_interval: Str = "lockInterval" },
                ws: "mass-cancel",
                returns: list Json,
            }
            /// One-click click repay (needs Trade permission).
            OneClickRepay => one_click_repay {
                section: trade, http: POST "/api/v5/trade/one-click-repay", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: { debt_ccy: Str = "debtCcy", repay_ccy: Str = "repayCcy" },
                optional: {},
                returns: list Json,
            }
            /// One click repay currency list (needs Read permission).
            GetOneClickRepayCurrencyList => get_one_click_repay_currency_list {
                section: trade, http: GET "/api/v5/trade/one-click-repay-currency-list", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: {},
                optional: { debt_type: Str = "debtType" },
                returns: list Json,
            }
            /// One click repay currency list v2 (needs Read permission).
            GetOneClickRepayCurrencyListV2 => get_one_click_repay_currency_list_v2 {
                section: trade, http: GET "/api/v5/trade/one-click-repay-currency-list-v2", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// One click repay history (needs Read permission).
            GetOneClickRepayHistory => get_one_click_repay_history {
                section: trade, http: GET "/api/v5/trade/one-click-repay-history", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: {},
                optional: { after: Str = "after", before: Str = "before", limit: Int = "limit" },
                pages: iter_one_click_repay_history by "uTime",
                returns: list Json,
            }
            /// One click repay history v2 (needs Read permission).
            GetOneClickRepayHistoryV2 => get_one_click_repay_history_v2 {
                section: trade, http: GET "/api/v5/trade/one-click-repay-history-v2", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: {},
                optional: { after: Str = "after", before: Str = "before", limit: Int = "limit" },
                pages: iter_one_click_repay_history_v2 by "ts",
                returns: list Json,
            }
            /// One-click click repay v2 (needs Trade permission).
            OneClickRepayV2 => one_click_repay_v2 {
                section: trade, http: POST "/api/v5/trade/one-click-repay-v2", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: { debt_ccy: Str = "debtCcy", repay_ccy_list: StrList = "repayCcyList" },
                optional: {},
                returns: list Json,
            }
            /// Details of one order by ordId or clOrdId.
            GetOrder => get_order {
                section: trade, http: GET "/api/v5/trade/order", auth: Private,
                limit: 60 per 2, rule: "UserID+instId",
                required: { inst_id: Str = "instId" },
                optional: { ord_id: Str = "ordId", cl_ord_id: Str = "clOrdId" },
                one_of: [ord_id, cl_ord_id],
                returns: one Order,
            }
            /// Places an order; returns its ordId and clOrdId.
            PlaceOrder => place_order {
                section: trade, http: POST "/api/v5/trade/order", auth: Private,
                limit: 60 per 2, rule: "UserID+instId",
                required: {
                    inst_id: Str = "instId",
                    td_mode: OneOf(::okx_core::enums::TD_MODES) = "tdMode",
                    side: OneOf(::okx_core::enums::SIDES) = "side",
                    ord_type: OneOf(::okx_core::enums::ORD_TYPES) = "ordType",
                    sz: Num = "sz",
                },
                optional: {
                    px: Num = "px",
                    cl_ord_id: Str = "clOrdId",
                    ccy: Str = "ccy",
                    tag: Str = "tag",
                    pos_side: OneOf(::okx_core::enums::POS_SIDES) = "posSide",
                    tgt_ccy: OneOf(::okx_core::enums::TGT_CCYS) = "tgtCcy",
                    stp_mode: OneOf(::okx_core::enums::STP_MODES) = "stpMode",
                },
                ws: "order",
                returns: one OrderAck,
            }
            /// Order precheck (needs Trade permission).
            OrderPrecheck => order_precheck {
                section: trade, http: POST "/api/v5/trade/order-precheck", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {
                    inst_id: Str = "instId",
                    td_mode: OneOf(::okx_core::enums::TD_MODES) = "tdMode",
                    side: OneOf(::okx_core::enums::SIDES) = "side",
                    ord_type: OneOf(::okx_core::enums::ORD_TYPES) = "ordType",
                    sz: Num = "sz",
                },
                optional: {
                    pos_side: OneOf(::okx_core::enums::POS_SIDES) = "posSide",
                    px: Num = "px",
                    outcome: Str = "outcome",
                    reduce_only: Bool = "reduceOnly",
                    tgt_ccy: OneOf(::okx_core::enums::TGT_CCYS) = "tgtCcy",
                    attach_algo_ords: Items = "attachAlgoOrds",
                },
                returns: list Json,
            }
            /// Orders history (needs Read permission).
            GetOrdersHistory => get_orders_history {
                section: trade, http: GET "/api/v5/trade/orders-history", auth: Private,
                limit: 40 per 2, rule: "UserID",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: {
                    inst_family: Str = "instFamily",
                    inst_id: Str = "instId",
                    ord_type: OneOf(::okx_core::enums::ORD_TYPES) = "ordType",
                    state: Str = "state",
                    category: Str = "category",
                    after: Str = "after",
                    before: Str = "before",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                pages: iter_orders_history by "ordId",
                returns: list Order,
            }
            /// Orders history archive (needs Read permission).
            GetOrdersHistoryArchive => get_orders_history_archive {
                section: trade, http: GET "/api/v5/trade/orders-history-archive", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: {
                    inst_family: Str = "instFamily",
                    inst_id: Str = "instId",
                    ord_type: OneOf(::okx_core::enums::ORD_TYPES) = "ordType",
                    state: Str = "state",
                    category: Str = "category",
                    after: Str = "after",
                    before: Str = "before",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                pages: iter_orders_history_archive by "ordId",
                returns: list Order,
            }
            /// Orders not yet filled or cancelled (live and partially filled).
            GetOrdersPending => get_orders_pending {
                section: trade, http: GET "/api/v5/trade/orders-pending", auth: Private,
                limit: 60 per 2, rule: "UserID",
                required: {},
                optional: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES_TRADED) = "instType",
                    inst_id: Str = "instId",
                    inst_family: Str = "instFamily",
                    ord_type: OneOf(::okx_core::enums::ORD_TYPES) = "ordType",
                    state: OneOf(::okx_core::enums::PENDING_STATES) = "state",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_orders_pending by "ordId",
                returns: list Order,
            }
            // ---- algo ----
            /// Amends algo order (needs Trade permission).
            AmendAlgoOrder => amend_algo_order {
                section: algo, http: POST "/api/v5/trade/amend-algos", auth: Private,
                limit: 20 per 2, rule: "UserID+instId",
                required: { inst_id: Str = "instId" },
                optional: {
                    algo_id: Str = "algoId",
                    algo_cl_ord_id: Str = "algoClOrdId",
                    cxl_on_fail: Bool = "cxlOnFail",
                    req_id: Str = "reqId",
                    new_sz: Num = "newSz",
                    new_tp_trigger_px: Num = "newTpTriggerPx",
                    new_tp_ord_px: Num = "newTpOrdPx",
                    new_sl_trigger_px: Num = "newSlTriggerPx",
                    new_sl_ord_px: Num = "newSlOrdPx",
                    new_tp_trigger_px_type: Str = "newTpTriggerPxType",
                    new_sl_trigger_px_type: Str = "newSlTriggerPxType",
                    new_trigger_px: Num = "newTriggerPx",
                    new_ord_px: Num = "newOrdPx",
                    new_trigger_px_type: Str = "newTriggerPxType",
                    attach_algo_ords: Items = "attachAlgoOrds",
                    adv_chase_params: Json = "advChaseParams",
                },
                one_of: [algo_id, algo_cl_ord_id],
                returns: list Json,
            }
            /// Cancels algo orders (up to 10 items per request; needs Trade permission).
            CancelAlgoOrders => cancel_algo_orders {
                section: algo, http: POST "/api/v5/trade/cancel-algos", auth: Private,
                limit: 20 per 2, rule: "UserID+instId (OPTION: UserID+instFamily)",
                required: {},
                optional: {},
                items: orders max 10 {
                    required: { inst_id: Str = "instId" },
                    optional: { algo_id: Str = "algoId", algo_cl_ord_id: Str = "algoClOrdId" },
                    one_of: [algo_id, algo_cl_ord_id],
                },
                returns: list Json,
            }
            /// Algo order (needs Read permission).
            GetAlgoOrder => get_algo_order {
                section: algo, http: GET "/api/v5/trade/order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: { algo_id: Str = "algoId", algo_cl_ord_id: Str = "algoClOrdId" },
                one_of: [algo_id, algo_cl_ord_id],
                returns: one AlgoOrder,
            }
            /// Places algo order (needs Trade permission).
            PlaceAlgoOrder => place_algo_order {
                section: algo, http: POST "/api/v5/trade/order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID+instId (OPTION: UserID+instFamily)",
                required: {
                    inst_id: Str = "instId",
                    td_mode: OneOf(::okx_core::enums::TD_MODES) = "tdMode",
                    side: OneOf(::okx_core::enums::SIDES) = "side",
                    ord_type: OneOf(::okx_core::enums::ALGO_ORD_TYPES) = "ordType",
                },
                optional: {
                    ccy: Str = "ccy",
                    pos_side: OneOf(::okx_core::enums::POS_SIDES) = "posSide",
                    sz: Num = "sz",
                    tag: Str = "tag",
                    tgt_ccy: OneOf(::okx_core::enums::TGT_CCYS) = "tgtCcy",
                    algo_cl_ord_id: Str = "algoClOrdId",
                    close_fraction: Num = "closeFraction",
                    trade_quote_ccy: Str = "tradeQuoteCcy",
                    tp_trigger_px: Num = "tpTriggerPx",
                    tp_trigger_px_type: Str = "tpTriggerPxType",
                    tp_ord_px: Num = "tpOrdPx",
                    tp_ord_kind: Str = "tpOrdKind",
                    sl_trigger_px: Num = "slTriggerPx",
                    sl_trigger_px_type: Str = "slTriggerPxType",
                    sl_ord_px: Num = "slOrdPx",
                    cxl_on_close_pos: Bool = "cxlOnClosePos",
                    reduce_only: Bool = "reduceOnly",
                    chase_type: Str = "chaseType",
                    chase_val: Num = "chaseVal",
                    max_chase_type: Str = "maxChaseType",
                    max_chase_val: Num = "maxChaseVal",
                    trigger_px: Num = "triggerPx",
                    order_px: Num = "orderPx",
                    advance_ord_type: Str = "advanceOrdType",
                    adv_chase_params: Json = "advChaseParams",
                    trigger_px_type: Str = "triggerPxType",
                    attach_algo_ords: Items = "attachAlgoOrds",
                    callback_ratio: Num = "callbackRatio",
                    callback_spread: Num = "callbackSpread",
                    active_px: Num = "activePx",
                    px_var: Num = "pxVar",
                    px_spread: Num = "pxSpread",
                    sz_limit: Num = "szLimit",
                    px_limit: Num = "pxLimit",
                    time_interval: Str = "timeInterval",
                    lmt_order_number: Str = "lmtOrderNumber",
                    aggressiveness: Str = "aggressiveness",
                    trigger_params: Items = "triggerParams",
                },
                returns: list Json,
            }
            /// Algo orders history (needs Read permission).
            GetAlgoOrdersHistory => get_algo_orders_history {
                section: algo, http: GET "/api/v5/trade/orders-algo-history", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { ord_type: OneOf(::okx_core::enums::ALGO_ORD_TYPES) = "ordType" },
                optional: {
                    state: Str = "state",
                    algo_id: Str = "algoId",
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_id: Str = "instId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_algo_orders_history by "algoId",
                returns: list AlgoOrder,
            }
            /// Algo orders pending (needs Read permission).
            GetAlgoOrdersPending => get_algo_orders_pending {
                section: algo, http: GET "/api/v5/trade/orders-algo-pending", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { ord_type: OneOf(::okx_core::enums::ALGO_ORD_TYPES) = "ordType" },
                optional: {
                    algo_id: Str = "algoId",
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_id: Str = "instId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_algo_orders_pending by "algoId",
                returns: list AlgoOrder,
            }
            // ---- funding ----
            /// Asset valuation (needs Read permission).
            GetAssetValuation => get_asset_valuation {
                section: funding, http: GET "/api/v5/asset/asset-valuation", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Funding balances (needs Read permission).
            GetFundingBalances => get_funding_balances {
                section: funding, http: GET "/api/v5/asset/balances", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Asset bills (needs Read permission).
            GetAssetBills => get_asset_bills {
                section: funding, http: GET "/api/v5/asset/bills", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    type_: Str = "type",
                    third_party_type: Str = "thirdPartyType",
                    client_id: Str = "clientId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_asset_bills by "ts",
                returns: list Json,
            }
            /// Asset bills history (needs Read permission).
            GetAssetBillsHistory => get_asset_bills_history {
                section: funding, http: GET "/api/v5/asset/bills-history", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    type_: Str = "type",
                    third_party_type: Str = "thirdPartyType",
                    client_id: Str = "clientId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                    paging_type: Str = "pagingType",
                },
                pages: iter_asset_bills_history by "ts",
                returns: list Json,
            }
            /// Cancels withdrawal (needs Trade permission).
            CancelWithdrawal => cancel_withdrawal {
                section: funding, http: POST "/api/v5/asset/cancel-withdrawal", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: { wd_id: Str = "wdId" },
                optional: {},
                returns: list Json,
            }
            /// Converts dust assets (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            ConvertDustAssets => convert_dust_assets {
                section: funding, http: POST "/api/v5/asset/convert-dust-assets", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Currencies (needs Read permission).
            GetCurrencies => get_currencies {
                section: funding, http: GET "/api/v5/asset/currencies", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Currency,
            }
            /// Deposit address (needs Read permission).
            GetDepositAddress => get_deposit_address {
                section: funding, http: GET "/api/v5/asset/deposit-address", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: { ccy: Str = "ccy" },
                optional: {},
                returns: list DepositAddress,
            }
            /// Deposit history (needs Read permission).
            GetDepositHistory => get_deposit_history {
                section: funding, http: GET "/api/v5/asset/deposit-history", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    dep_id: Str = "depId",
                    from_wd_id: Str = "fromWdId",
                    tx_id: Str = "txId",
                    type_: Str = "type",
                    state: Str = "state",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_deposit_history by "ts",
                returns: list Json,
            }
            /// Deposit lightning (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetDepositLightning => get_deposit_lightning {
                section: funding, http: GET "/api/v5/asset/deposit-lightning", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: { ccy: Str = "ccy", amt: Num = "amt" },
                optional: { to: Str = "to" },
                returns: list Json,
            }
            /// Deposit withdraw status (needs Read permission).
            GetDepositWithdrawStatus => get_deposit_withdraw_status {
                section: funding, http: GET "/api/v5/asset/deposit-withdraw-status", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: {},
                optional: {
                    wd_id: Str = "wdId",
                    tx_id: Str = "txId",
                    ccy: Str = "ccy",
                    to: Str = "to",
                    chain: Str = "chain",
                },
                returns: list Json,
            }
            /// Exchange list.
            GetExchangeList => get_exchange_list {
                section: funding, http: GET "/api/v5/asset/exchange-list", auth: Public,
                limit: 6 per 1, rule: "IP",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Monthly statement (needs Read permission).
            GetMonthlyStatement => get_monthly_statement {
                section: funding, http: GET "/api/v5/asset/monthly-statement", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: { month: Str = "month" },
                optional: {},
                returns: list Json,
            }
            /// Applies for monthly statement (needs Read permission).
            ApplyMonthlyStatement => apply_monthly_statement {
                section: funding, http: POST "/api/v5/asset/monthly-statement", auth: Private,
                limit: 20 per 2592000, rule: "UserID",
                required: {},
                optional: { month: Str = "month" },
                returns: list Json,
            }
            /// Non tradable assets (needs Read permission).
            GetNonTradableAssets => get_non_tradable_assets {
                section: funding, http: GET "/api/v5/asset/non-tradable-assets", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Piggybank purchase redemption (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            PiggybankPurchaseRedemption => piggybank_purchase_redemption {
                section: funding, http: POST "/api/v5/asset/purchase_redempt", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {
                    ccy: Str = "ccy",
                    amt: Num = "amt",
                    side: Str = "side",
                    rate: Num = "rate",
                },
                optional: {},
                returns: list Json,
            }
            /// Funds transfer (needs Trade permission).
            FundsTransfer => funds_transfer {
                section: funding, http: POST "/api/v5/asset/transfer", auth: Private,
                limit: 2 per 1, rule: "UserID+ccy",
                required: {
                    ccy: Str = "ccy",
                    amt: Num = "amt",
                    from_: Str = "from",
                    to: Str = "to",
                },
                optional: {
                    type_: Str = "type",
                    sub_acct: Str = "subAcct",
                    loan_trans: Bool = "loanTrans",
                    omit_pos_risk: Bool = "omitPosRisk",
                    client_id: Str = "clientId",
                },
                returns: list Json,
            }
            /// Transfer state (needs Read permission).
            GetTransferState => get_transfer_state {
                section: funding, http: GET "/api/v5/asset/transfer-state", auth: Private,
                limit: 10 per 1, rule: "UserID",
                required: {},
                optional: {
                    trans_id: Str = "transId",
                    client_id: Str = "clientId",
                    type_: Str = "type",
                },
                returns: list Json,
            }
            /// Withdrawal (needs Withdraw permission).
            Withdrawal => withdrawal {
                section: funding, http: POST "/api/v5/asset/withdrawal", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {
                    ccy: Str = "ccy",
                    amt: Num = "amt",
                    dest: Str = "dest",
                    to_addr: Str = "toAddr",
                },
                optional: {
                    to_addr_type: Str = "toAddrType",
                    chain: Str = "chain",
                    area_code: Str = "areaCode",
                    rcvr_info: Obj = "rcvrInfo",
                    client_id: Str = "clientId",
                },
                returns: list Json,
            }
            /// Withdrawal history (needs Read permission).
            GetWithdrawalHistory => get_withdrawal_history {
                section: funding, http: GET "/api/v5/asset/withdrawal-history", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    wd_id: Str = "wdId",
                    client_id: Str = "clientId",
                    tx_id: Str = "txId",
                    type_: Str = "type",
                    state: Str = "state",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_withdrawal_history by "ts",
                returns: list Json,
            }
            /// Withdrawal lightning (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            WithdrawalLightning => withdrawal_lightning {
                section: funding, http: POST "/api/v5/asset/withdrawal-lightning", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: { ccy: Str = "ccy", invoice: Str = "invoice" },
                optional: { memo: Str = "memo" },
                returns: list Json,
            }
            /// Fiat buy sell currencies (needs Read permission).
            GetFiatBuySellCurrencies => get_fiat_buy_sell_currencies {
                section: funding, http: GET "/api/v5/fiat/buy-sell/currencies", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Fiat buy sell currency pair (needs Read permission).
            GetFiatBuySellCurrencyPair => get_fiat_buy_sell_currency_pair {
                section: funding, http: GET "/api/v5/fiat/buy-sell/currency-pair", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: { from_ccy: Str = "fromCcy", to_ccy: Str = "toCcy" },
                optional: {},
                returns: list Json,
            }
            /// Fiat buy sell history (needs Read permission).
            GetFiatBuySellHistory => get_fiat_buy_sell_history {
                section: funding, http: GET "/api/v5/fiat/buy-sell/history", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    ord_id: Str = "ordId",
                    cl_ord_id: Str = "clOrdId",
                    state: Str = "state",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Fiat buy sell quote (needs Read permission).
            /// Rate limit as documented: 10/1s; 1/5s.
            GetFiatBuySellQuote => get_fiat_buy_sell_quote {
                section: funding, http: POST "/api/v5/fiat/buy-sell/quote", auth: Private,
                limit: 10 per 1, rule: "UserID; instId",
                required: {
                    side: Str = "side",
                    from_ccy: Str = "fromCcy",
                    to_ccy: Str = "toCcy",
                    rfq_amt: Num = "rfqAmt",
                    rfq_ccy: Str = "rfqCcy",
                },
                optional: {},
                returns: list Json,
            }
            /// Fiat buy sell trade (needs Trade permission).
            FiatBuySellTrade => fiat_buy_sell_trade {
                section: funding, http: POST "/api/v5/fiat/buy-sell/trade", auth: Private,
                limit: 1 per 5, rule: "UserID",
                required: {
                    quote_id: Str = "quoteId",
                    side: Str = "side",
                    from_ccy: Str = "fromCcy",
                    to_ccy: Str = "toCcy",
                    rfq_amt: Num = "rfqAmt",
                    rfq_ccy: Str = "rfqCcy",
                    payment_method: Str = "paymentMethod",
                    cl_ord_id: Str = "clOrdId",
                },
                optional: {},
                returns: list Json,
            }
            /// Cancels fiat withdrawal (needs Trade permission).
            CancelFiatWithdrawal => cancel_fiat_withdrawal {
                section: funding, http: POST "/api/v5/fiat/cancel-withdrawal", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: { ord_id: Str = "ordId" },
                optional: {},
                returns: list Json,
            }
            /// Creates fiat withdrawal (needs Withdraw permission).
            CreateFiatWithdrawal => create_fiat_withdrawal {
                section: funding, http: POST "/api/v5/fiat/create-withdrawal", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {
                    payment_acct_id: Str = "paymentAcctId",
                    ccy: Str = "ccy",
                    amt: Num = "amt",
                    payment_method: Str = "paymentMethod",
                    client_id: Str = "clientId",
                },
                optional: {},
                returns: list Json,
            }
            /// Fiat deposit (needs Read permission).
            GetFiatDeposit => get_fiat_deposit {
                section: funding, http: GET "/api/v5/fiat/deposit", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: { ord_id: Str = "ordId" },
                optional: {},
                returns: list Json,
            }
            /// Fiat deposit history (needs Read permission).
            GetFiatDepositHistory => get_fiat_deposit_history {
                section: funding, http: GET "/api/v5/fiat/deposit-order-history", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    payment_method: Str = "paymentMethod",
                    state: Str = "state",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Fiat deposit payment methods (needs Read permission).
            GetFiatDepositPaymentMethods => get_fiat_deposit_payment_methods {
                section: funding, http: GET "/api/v5/fiat/deposit-payment-methods", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: { ccy: Str = "ccy" },
                optional: {},
                returns: list Json,
            }
            /// Fiat withdrawal (needs Read permission).
            GetFiatWithdrawal => get_fiat_withdrawal {
                section: funding, http: GET "/api/v5/fiat/withdrawal", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: { ord_id: Str = "ordId" },
                optional: {},
                returns: list Json,
            }
            /// Fiat withdrawal history (needs Read permission).
            GetFiatWithdrawalHistory => get_fiat_withdrawal_history {
                section: funding, http: GET "/api/v5/fiat/withdrawal-order-history", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    payment_method: Str = "paymentMethod",
                    state: Str = "state",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Fiat withdrawal payment methods (needs Read permission).
            GetFiatWithdrawalPaymentMethods => get_fiat_withdrawal_payment_methods {
                section: funding, http: GET "/api/v5/fiat/withdrawal-payment-methods", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: { ccy: Str = "ccy" },
                optional: {},
                returns: list Json,
            }
            // ---- market ----
            /// Block ticker.
            GetBlockTicker => get_block_ticker {
                section: market, http: GET "/api/v5/market/block-ticker", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {},
                returns: list Json,
            }
            /// Block tickers.
            GetBlockTickers => get_block_tickers {
                section: market, http: GET "/api/v5/market/block-tickers", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: { inst_family: Str = "instFamily" },
                returns: list Json,
            }
            /// Market block trades (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetMarketBlockTrades => get_market_block_trades {
                section: market, http: GET "/api/v5/market/block-trades", auth: Public,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: { inst_id: Str = "instId" },
                returns: list Json,
            }
            /// Order book snapshot; `depth` is the number of levels per side (OKX `sz`, max 400).
            GetOrderbook => get_orderbook {
                section: market, http: GET "/api/v5/market/books", auth: Public,
                limit: 40 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: { depth: Int = "sz" },
                returns: one OrderBook,
            }
            /// Full orderbook.
            GetFullOrderbook => get_full_orderbook {
                section: market, http: GET "/api/v5/market/books-full", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: { sz: Num = "sz" },
                returns: list Json,
            }
            /// Orderbook lite (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetOrderbookLite => get_orderbook_lite {
                section: market, http: GET "/api/v5/market/books-lite", auth: Public,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: { inst_id: Str = "instId" },
                returns: list Json,
            }
            /// Rpi orderbook.
            GetRpiOrderbook => get_rpi_orderbook {
                section: market, http: GET "/api/v5/market/books-rpi", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: { sz: Num = "sz" },
                returns: list Json,
            }
            /// Sbe orderbook.
            GetSbeOrderbook => get_sbe_orderbook {
                section: market, http: GET "/api/v5/market/books-sbe", auth: Public,
                limit: 10 per 10, rule: "IP+instIdCode",
                required: { inst_id_code: Str = "instIdCode", source: Str = "source" },
                optional: {},
                returns: list Json,
            }
            /// Call auction details.
            GetCallAuctionDetails => get_call_auction_details {
                section: market, http: GET "/api/v5/market/call-auction-details", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {},
                returns: list Json,
            }
            /// Candlesticks, newest first (the latest 1,440 bars).
            GetCandles => get_candles {
                section: market, http: GET "/api/v5/market/candles", auth: Public,
                limit: 40 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {
                    bar: OneOf(::okx_core::enums::BARS) = "bar",
                    after: Int = "after",
                    before: Int = "before",
                    limit: Int = "limit",
                },
                pages: iter_candles by "ts",
                returns: list Candle,
            }
            /// Exchange rate.
            GetExchangeRate => get_exchange_rate {
                section: market, http: GET "/api/v5/market/exchange-rate", auth: Public,
                limit: 1 per 2, rule: "IP",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// History candles.
            GetHistoryCandles => get_history_candles {
                section: market, http: GET "/api/v5/market/history-candles", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {
                    after: Str = "after",
                    before: Str = "before",
                    bar: OneOf(::okx_core::enums::BARS) = "bar",
                    limit: Int = "limit",
                    adjust: Str = "adjust",
                },
                pages: iter_history_candles by "ts",
                returns: list Candle,
            }
            /// History index candles.
            GetHistoryIndexCandles => get_history_index_candles {
                section: market, http: GET "/api/v5/market/history-index-candles", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {
                    after: Str = "after",
                    before: Str = "before",
                    bar: OneOf(::okx_core::enums::BARS) = "bar",
                    limit: Int = "limit",
                },
                pages: iter_history_index_candles by "ts",
                returns: list Json,
            }
            /// History mark price candles.
            GetHistoryMarkPriceCandles => get_history_mark_price_candles {
                section: market, http: GET "/api/v5/market/history-mark-price-candles", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {
                    after: Str = "after",
                    before: Str = "before",
                    bar: OneOf(::okx_core::enums::BARS) = "bar",
                    limit: Int = "limit",
                },
                pages: iter_history_mark_price_candles by "ts",
                returns: list Json,
            }
            /// History trades.
            GetHistoryTrades => get_history_trades {
                section: market, http: GET "/api/v5/market/history-trades", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {
                    type_: Str = "type",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_history_trades by "tradeId",
                returns: list Trade,
            }
            /// Index candles.
            GetIndexCandles => get_index_candles {
                section: market, http: GET "/api/v5/market/index-candles", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {
                    after: Str = "after",
                    before: Str = "before",
                    bar: OneOf(::okx_core::enums::BARS) = "bar",
                    limit: Int = "limit",
                },
                pages: iter_index_candles by "ts",
                returns: list Json,
            }
            /// Index components (returns one object).
            GetIndexComponents => get_index_components {
                section: market, http: GET "/api/v5/market/index-components", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { index: Str = "index" },
                optional: {},
                returns: one Json,
            }
            /// Index prices by quote currency or index id.
            GetIndexTickers => get_index_tickers {
                section: market, http: GET "/api/v5/market/index-tickers", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: {},
                optional: { quote_ccy: Str = "quoteCcy", inst_id: Str = "instId" },
                one_of: [quote_ccy, inst_id],
                returns: list IndexTicker,
            }
            /// Mark price candles.
            GetMarkPriceCandles => get_mark_price_candles {
                section: market, http: GET "/api/v5/market/mark-price-candles", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {
                    after: Str = "after",
                    before: Str = "before",
                    bar: OneOf(::okx_core::enums::BARS) = "bar",
                    limit: Int = "limit",
                },
                pages: iter_mark_price_candles by "ts",
                returns: list Json,
            }
            /// Option trades by family.
            GetOptionTradesByFamily => get_option_trades_by_family {
                section: market, http: GET "/api/v5/market/option/instrument-family-trades", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_family: Str = "instFamily" },
                optional: {},
                returns: list Json,
            }
            /// Platform 24h volume.
            GetPlatform24hVolume => get_platform_24h_volume {
                section: market, http: GET "/api/v5/market/platform-24-volume", auth: Public,
                limit: 2 per 2, rule: "IP",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Spread candles.
            GetSpreadCandles => get_spread_candles {
                section: market, http: GET "/api/v5/market/sprd-candles", auth: Public,
                limit: 40 per 2, rule: "IP",
                required: { sprd_id: Str = "sprdId" },
                optional: {
                    bar: OneOf(::okx_core::enums::BARS) = "bar",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_spread_candles by "ts",
                returns: list Json,
            }
            /// Spread history candles.
            GetSpreadHistoryCandles => get_spread_history_candles {
                section: market, http: GET "/api/v5/market/sprd-history-candles", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { sprd_id: Str = "sprdId" },
                optional: {
                    after: Str = "after",
                    before: Str = "before",
                    bar: OneOf(::okx_core::enums::BARS) = "bar",
                    limit: Int = "limit",
                },
                pages: iter_spread_history_candles by "ts",
                returns: list Json,
            }
            /// Spread ticker.
            GetSpreadTicker => get_spread_ticker {
                section: market, http: GET "/api/v5/market/sprd-ticker", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { sprd_id: Str = "sprdId" },
                optional: {},
                returns: list Json,
            }
            /// Latest price, best bid/ask and 24 h statistics of one instrument.
            GetTicker => get_ticker {
                section: market, http: GET "/api/v5/market/ticker", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {},
                returns: one Ticker,
            }
            /// Latest price, best bid/ask and 24 h statistics of every instrument of one type.
            GetTickers => get_tickers {
                section: market, http: GET "/api/v5/market/tickers", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_type: OneOf(::okx_core::enums::TICKER_INST_TYPES) = "instType" },
                optional: { inst_family: Str = "instFamily" },
                returns: list Ticker,
            }
            /// The most recent public trades of one instrument (up to 500).
            GetTrades => get_trades {
                section: market, http: GET "/api/v5/market/trades", auth: Public,
                limit: 100 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: { limit: Int = "limit" },
                returns: list Trade,
            }
            // ---- public ----
            /// Public block trades.
            GetPublicBlockTrades => get_public_block_trades {
                section: public, http: GET "/api/v5/public/block-trades", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {},
                returns: list Json,
            }
            /// Unit convert.
            UnitConvert => unit_convert {
                section: public, http: GET "/api/v5/public/convert-contract-coin", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: { inst_id: Str = "instId", sz: Num = "sz" },
                optional: {
                    type_: Str = "type",
                    px: Num = "px",
                    unit: Str = "unit",
                    op_type: Str = "opType",
                },
                returns: list Json,
            }
            /// Delivery exercise history.
            GetDeliveryExerciseHistory => get_delivery_exercise_history {
                section: public, http: GET "/api/v5/public/delivery-exercise-history", auth: Public,
                limit: 40 per 2, rule: "IP+instType+instFamily",
                required: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_family: Str = "instFamily",
                },
                optional: { after: Str = "after", before: Str = "before", limit: Int = "limit" },
                pages: iter_delivery_exercise_history by "ts",
                returns: list Json,
            }
            /// Discount rate interest free quota.
            GetDiscountRateInterestFreeQuota => get_discount_rate_interest_free_quota {
                section: public, http: GET "/api/v5/public/discount-rate-interest-free-quota", auth: Public,
                limit: 2 per 2, rule: "IP",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Economic calendar.
            GetEconomicCalendar => get_economic_calendar {
                section: public, http: GET "/api/v5/public/economic-calendar", auth: Private,
                limit: 1 per 5, rule: "IP",
                required: {},
                optional: {
                    region: Str = "region",
                    importance: Str = "importance",
                    before: Str = "before",
                    after: Str = "after",
                    limit: Int = "limit",
                },
                pages: iter_economic_calendar by "date",
                returns: list Json,
            }
            /// Estimated price.
            GetEstimatedPrice => get_estimated_price {
                section: public, http: GET "/api/v5/public/estimated-price", auth: Public,
                limit: 10 per 2, rule: "IP+instId",
                required: { inst_id: Str = "instId" },
                optional: {},
                returns: list Json,
            }
            /// Estimated settlement price.
            GetEstimatedSettlementPrice => get_estimated_settlement_price {
                section: public, http: GET "/api/v5/public/estimated-settlement-info", auth: Public,
                limit: 10 per 2, rule: "IP+instId",
                required: { inst_id: Str = "instId" },
                optional: {},
                returns: list Json,
            }
            /// Event contract events.
            GetEventContractEvents => get_event_contract_events {
                section: public, http: GET "/api/v5/public/event-contract/events", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: { series_id: Str = "seriesId" },
                optional: {
                    event_id: Str = "eventId",
                    state: Str = "state",
                    limit: Int = "limit",
                    before: Str = "before",
                    after: Str = "after",
                },
                returns: list Json,
            }
            /// Event contract markets.
            GetEventContractMarkets => get_event_contract_markets {
                section: public, http: GET "/api/v5/public/event-contract/markets", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: { series_id: Str = "seriesId" },
                optional: {
                    event_id: Str = "eventId",
                    inst_id: Str = "instId",
                    state: Str = "state",
                    limit: Int = "limit",
                    before: Str = "before",
                    after: Str = "after",
                },
                returns: list Json,
            }
            /// Event contract series.
            GetEventContractSeries => get_event_contract_series {
                section: public, http: GET "/api/v5/public/event-contract/series", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: {},
                optional: { series_id: Str = "seriesId" },
                returns: list Json,
            }
            /// Funding rate.
            GetFundingRate => get_funding_rate {
                section: public, http: GET "/api/v5/public/funding-rate", auth: Public,
                limit: 10 per 2, rule: "IP+instId",
                required: { inst_id: Str = "instId" },
                optional: {},
                returns: list FundingRate,
            }
            /// Funding rate history.
            GetFundingRateHistory => get_funding_rate_history {
                section: public, http: GET "/api/v5/public/funding-rate-history", auth: Public,
                limit: 10 per 2, rule: "IP+instId",
                required: { inst_id: Str = "instId" },
                optional: { before: Str = "before", after: Str = "after", limit: Int = "limit" },
                pages: iter_funding_rate_history by "fundingTime",
                returns: list FundingRate,
            }
            /// Instrument tick bands.
            GetInstrumentTickBands => get_instrument_tick_bands {
                section: public, http: GET "/api/v5/public/instrument-tick-bands", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: { inst_family: Str = "instFamily" },
                returns: list Json,
            }
            /// Tradable instruments of one type and their trading rules.
            GetInstruments => get_instruments {
                section: public, http: GET "/api/v5/public/instruments", auth: Public,
                limit: 20 per 2, rule: "IP+instType",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: {
                    inst_id: Str = "instId",
                    inst_family: Str = "instFamily",
                    series_id: Str = "seriesId",
                },
                returns: list Instrument,
            }
            /// Security fund.
            GetSecurityFund => get_security_fund {
                section: public, http: GET "/api/v5/public/insurance-fund", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: {
                    type_: Str = "type",
                    inst_family: Str = "instFamily",
                    ccy: Str = "ccy",
                    before: Str = "before",
                    after: Str = "after",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Interest rate loan quota.
            GetInterestRateLoanQuota => get_interest_rate_loan_quota {
                section: public, http: GET "/api/v5/public/interest-rate-loan-quota", auth: Public,
                limit: 2 per 2, rule: "IP",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Mark price.
            GetMarkPrice => get_mark_price {
                section: public, http: GET "/api/v5/public/mark-price", auth: Public,
                limit: 10 per 2, rule: "IP+instId",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: { inst_family: Str = "instFamily", inst_id: Str = "instId" },
                returns: list MarkPrice,
            }
            /// Historical market data.
            GetHistoricalMarketData => get_historical_market_data {
                section: public, http: GET "/api/v5/public/market-data-history", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: {
                    module: Str = "module",
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    date_aggr_type: Str = "dateAggrType",
                    begin: Int = "begin",
                    end: Int = "end",
                },
                optional: {
                    inst_id_list: Str = "instIdList",
                    inst_family_list: Str = "instFamilyList",
                },
                returns: list Json,
            }
            /// Mm instrument types.
            GetMmInstrumentTypes => get_mm_instrument_types {
                section: public, http: GET "/api/v5/public/mm-instrument-types", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: {},
                optional: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    inst_id: Str = "instId",
                },
                returns: list Json,
            }
            /// Open interest.
            GetOpenInterest => get_open_interest {
                section: public, http: GET "/api/v5/public/open-interest", auth: Public,
                limit: 20 per 2, rule: "IP+instId",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: { inst_family: Str = "instFamily", inst_id: Str = "instId" },
                returns: list Json,
            }
            /// Option market data.
            GetOptionMarketData => get_option_market_data {
                section: public, http: GET "/api/v5/public/opt-summary", auth: Public,
                limit: 20 per 2, rule: "IP+instFamily",
                required: { inst_family: Str = "instFamily" },
                optional: { exp_time: Str = "expTime" },
                returns: list Json,
            }
            /// Option trades.
            GetOptionTrades => get_option_trades {
                section: public, http: GET "/api/v5/public/option-trades", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: {},
                optional: {
                    inst_id: Str = "instId",
                    inst_family: Str = "instFamily",
                    opt_type: Str = "optType",
                },
                returns: list Json,
            }
            /// Position tiers.
            GetPositionTiers => get_position_tiers {
                section: public, http: GET "/api/v5/public/position-tiers", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: {
                    inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType",
                    td_mode: Str = "tdMode",
                },
                optional: {
                    inst_family: Str = "instFamily",
                    inst_id: Str = "instId",
                    ccy: Str = "ccy",
                    tier: Str = "tier",
                },
                returns: list Json,
            }
            /// Premium history.
            GetPremiumHistory => get_premium_history {
                section: public, http: GET "/api/v5/public/premium-history", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: { after: Str = "after", before: Str = "before", limit: Int = "limit" },
                pages: iter_premium_history by "ts",
                returns: list Json,
            }
            /// Limit price.
            GetLimitPrice => get_limit_price {
                section: public, http: GET "/api/v5/public/price-limit", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: {},
                returns: list Json,
            }
            /// Futures settlement history.
            GetFuturesSettlementHistory => get_futures_settlement_history {
                section: public, http: GET "/api/v5/public/settlement-history", auth: Public,
                limit: 40 per 2, rule: "IP+instFamily",
                required: { inst_family: Str = "instFamily" },
                optional: { after: Str = "after", before: Str = "before", limit: Int = "limit" },
                pages: iter_futures_settlement_history by "ts",
                returns: list Json,
            }
            /// OKX's clock, Unix milliseconds (OKX path `/api/v5/public/time`).
            GetSystemTime => get_system_time {
                section: public, http: GET "/api/v5/public/time", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: {},
                optional: {},
                returns: one SystemTime,
            }
            /// Underlying.
            GetUnderlying => get_underlying {
                section: public, http: GET "/api/v5/public/underlying", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { inst_type: OneOf(::okx_core::enums::INST_TYPES) = "instType" },
                optional: {},
                returns: list Json,
            }
            /// VIP interest rate loan quota (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetVipInterestRateLoanQuota => get_vip_interest_rate_loan_quota {
                section: public, http: GET "/api/v5/public/vip-interest-rate-loan-quota", auth: Public,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: {},
                returns: list Json,
            }
            // ---- subaccount ----
            /// Sub-account trading balance (needs Read permission).
            GetSubaccountTradingBalance => get_subaccount_trading_balance {
                section: subaccount, http: GET "/api/v5/account/subaccount/balances", auth: Private,
                limit: 6 per 2, rule: "UserID",
                required: { sub_acct: Str = "subAcct" },
                optional: {},
                returns: list Json,
            }
            /// Sub-account interest limits (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetSubaccountInterestLimits => get_subaccount_interest_limits {
                section: subaccount, http: GET "/api/v5/account/subaccount/interest-limits", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: { sub_acct: Str = "subAcct", ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Sub-account max withdrawal (needs Read permission).
            GetSubaccountMaxWithdrawal => get_subaccount_max_withdrawal {
                section: subaccount, http: GET "/api/v5/account/subaccount/max-withdrawal", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { sub_acct: Str = "subAcct" },
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Sets sub-account loan allocation (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            SetSubaccountLoanAllocation => set_subaccount_loan_allocation {
                section: subaccount, http: POST "/api/v5/account/subaccount/set-loan-allocation", auth: Private,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: { enable: Bool = "enable", alloc: Items = "alloc" },
                returns: list Json,
            }
            /// Sub-account funding balance (needs Read permission).
            GetSubaccountFundingBalance => get_subaccount_funding_balance {
                section: subaccount, http: GET "/api/v5/asset/subaccount/balances", auth: Private,
                limit: 6 per 2, rule: "UserID",
                required: { sub_acct: Str = "subAcct" },
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Sub-account transfer history (needs Read permission).
            GetSubaccountTransferHistory => get_subaccount_transfer_history {
                section: subaccount, http: GET "/api/v5/asset/subaccount/bills", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    type_: Str = "type",
                    sub_acct: Str = "subAcct",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_subaccount_transfer_history by "ts",
                returns: list Json,
            }
            /// Managed sub-account transfer history (needs Read permission).
            GetManagedSubaccountTransferHistory => get_managed_subaccount_transfer_history {
                section: subaccount, http: GET "/api/v5/asset/subaccount/managed-subaccount-bills", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    type_: Str = "type",
                    sub_acct: Str = "subAcct",
                    sub_uid: Str = "subUid",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_managed_subaccount_transfer_history by "ts",
                returns: list Json,
            }
            /// Sub-account transfer (needs Trade permission).
            SubaccountTransfer => subaccount_transfer {
                section: subaccount, http: POST "/api/v5/asset/subaccount/transfer", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {
                    ccy: Str = "ccy",
                    amt: Num = "amt",
                    from_: Str = "from",
                    to: Str = "to",
                    from_sub_account: Str = "fromSubAccount",
                    to_sub_account: Str = "toSubAccount",
                },
                optional: { loan_trans: Bool = "loanTrans", omit_pos_risk: Bool = "omitPosRisk" },
                returns: list Json,
            }
            /// Custody sub-account list (needs Read permission).
            GetCustodySubaccountList => get_custody_subaccount_list {
                section: subaccount, http: GET "/api/v5/users/entrust-subaccount-list", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {},
                optional: { sub_acct: Str = "subAcct" },
                returns: list Json,
            }
            /// Sub-account API key (needs Read permission).
            GetSubaccountApiKey => get_subaccount_api_key {
                section: subaccount, http: GET "/api/v5/users/subaccount/apikey", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { sub_acct: Str = "subAcct" },
                optional: { api_key: Str = "apiKey" },
                returns: list Json,
            }
            /// Creates sub-account API key (needs Trade permission).
            CreateSubaccountApiKey => create_subaccount_api_key {
                section: subaccount, http: POST "/api/v5/users/subaccount/apikey", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {
                    sub_acct: Str = "subAcct",
                    label: Str = "label",
                    passphrase: Str = "passphrase",
                },
                optional: { perm: Str = "perm", ip: Str = "ip" },
                returns: list Json,
            }
            /// Creates sub-account (needs Trade permission).
            CreateSubaccount => create_subaccount {
                section: subaccount, http: POST "/api/v5/users/subaccount/create-subaccount", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: { sub_acct: Str = "subAcct", type_: Str = "type" },
                optional: { label: Str = "label", pwd: Str = "pwd" },
                returns: list Json,
            }
            /// Deletes sub-account API key (needs Trade permission).
            DeleteSubaccountApiKey => delete_subaccount_api_key {
                section: subaccount, http: POST "/api/v5/users/subaccount/delete-apikey", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: { sub_acct: Str = "subAcct", api_key: Str = "apiKey" },
                optional: {},
                returns: list Json,
            }
            /// Sub-account list (needs Read permission).
            GetSubaccountList => get_subaccount_list {
                section: subaccount, http: GET "/api/v5/users/subaccount/list", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {
                    enable: Bool = "enable",
                    sub_acct: Str = "subAcct",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_subaccount_list by "ts",
                returns: list Json,
            }
            /// Resets sub-account API key (needs Trade permission).
            ResetSubaccountApiKey => reset_subaccount_api_key {
                section: subaccount, http: POST "/api/v5/users/subaccount/modify-apikey", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: { sub_acct: Str = "subAcct", api_key: Str = "apiKey" },
                optional: { label: Str = "label", perm: Str = "perm", ip: Str = "ip" },
                returns: list Json,
            }
            /// Sets sub-account transfer out (needs Trade permission).
            SetSubaccountTransferOut => set_subaccount_transfer_out {
                section: subaccount, http: POST "/api/v5/users/subaccount/set-transfer-out", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: { sub_acct: Str = "subAcct" },
                optional: { can_trans_out: Bool = "canTransOut" },
                returns: list Json,
            }
            // ---- convert ----
            /// Convert currencies (needs Read permission).
            GetConvertCurrencies => get_convert_currencies {
                section: convert, http: GET "/api/v5/asset/convert/currencies", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Convert currency pair (needs Read permission).
            GetConvertCurrencyPair => get_convert_currency_pair {
                section: convert, http: GET "/api/v5/asset/convert/currency-pair", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: { from_ccy: Str = "fromCcy", to_ccy: Str = "toCcy" },
                optional: { convert_mode: Str = "convertMode" },
                returns: list Json,
            }
            /// Estimates quote (needs Trade permission).
            /// Rate limit as documented: 10/1s; 1/5s.
            EstimateQuote => estimate_quote {
                section: convert, http: POST "/api/v5/asset/convert/estimate-quote", auth: Private,
                limit: 10 per 1, rule: "UserID; instId",
                required: {
                    base_ccy: Str = "baseCcy",
                    quote_ccy: Str = "quoteCcy",
                    side: Str = "side",
                    rfq_sz: Num = "rfqSz",
                    rfq_sz_ccy: Str = "rfqSzCcy",
                },
                optional: {
                    cl_q_req_id: Str = "clQReqId",
                    tag: Str = "tag",
                    convert_mode: Str = "convertMode",
                },
                returns: list Json,
            }
            /// Convert history.
            GetConvertHistory => get_convert_history {
                section: convert, http: GET "/api/v5/asset/convert/history", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    cl_t_req_id: Str = "clTReqId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                    tag: Str = "tag",
                },
                pages: iter_convert_history by "ts",
                returns: list Json,
            }
            /// Converts trade (needs Trade permission).
            ConvertTrade => convert_trade {
                section: convert, http: POST "/api/v5/asset/convert/trade", auth: Private,
                limit: 10 per 1, rule: "UserID",
                required: {
                    quote_id: Str = "quoteId",
                    base_ccy: Str = "baseCcy",
                    quote_ccy: Str = "quoteCcy",
                    side: Str = "side",
                    sz: Num = "sz",
                    sz_ccy: Str = "szCcy",
                },
                optional: {
                    cl_t_req_id: Str = "clTReqId",
                    tag: Str = "tag",
                    convert_mode: Str = "convertMode",
                },
                returns: list Json,
            }
            // ---- finance ----
            /// Flexible loan adjust collateral (needs Trade permission).
            FlexibleLoanAdjustCollateral => flexible_loan_adjust_collateral {
                section: finance, http: POST "/api/v5/finance/flexible-loan/adjust-collateral", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {
                    type_: Str = "type",
                    collateral_ccy: Str = "collateralCcy",
                    collateral_amt: Num = "collateralAmt",
                },
                optional: { ord_id: Str = "ordId" },
                returns: list Json,
            }
            /// Flexible loan borrow.
            FlexibleLoanBorrow => flexible_loan_borrow {
                section: finance, http: POST "/api/v5/finance/flexible-loan/borrow", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: { loan_data: Json = "loanData", cl_ord_id: Str = "clOrdId" },
                optional: {
                    ord_id: Str = "ordId",
                    collateral_data: Items = "collateralData",
                    e_mode: Str = "eMode",
                },
                returns: list Json,
            }
            /// Flexible loan borrow currencies (needs Read permission).
            GetFlexibleLoanBorrowCurrencies => get_flexible_loan_borrow_currencies {
                section: finance, http: GET "/api/v5/finance/flexible-loan/borrow-currencies", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Flexible loan collateral assets (needs Read permission).
            GetFlexibleLoanCollateralAssets => get_flexible_loan_collateral_assets {
                section: finance, http: GET "/api/v5/finance/flexible-loan/collateral-assets", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Flexible loan emode info.
            GetFlexibleLoanEmodeInfo => get_flexible_loan_emode_info {
                section: finance, http: GET "/api/v5/finance/flexible-loan/emode-info", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Flexible loan interest accrued (needs Read permission).
            GetFlexibleLoanInterestAccrued => get_flexible_loan_interest_accrued {
                section: finance, http: GET "/api/v5/finance/flexible-loan/interest-accrued", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                    ord_id: Str = "ordId",
                },
                pages: iter_flexible_loan_interest_accrued by "refId",
                returns: list Json,
            }
            /// Flexible loan history (needs Read permission).
            GetFlexibleLoanHistory => get_flexible_loan_history {
                section: finance, http: GET "/api/v5/finance/flexible-loan/loan-history", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {
                    type_: Str = "type",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                    ord_id: Str = "ordId",
                },
                pages: iter_flexible_loan_history by "refId",
                returns: list Json,
            }
            /// Flexible loan info (needs Read permission).
            GetFlexibleLoanInfo => get_flexible_loan_info {
                section: finance, http: GET "/api/v5/finance/flexible-loan/loan-info", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { ord_id: Str = "ordId" },
                returns: list Json,
            }
            /// Flexible loan max collateral redeem amount (needs Read permission).
            GetFlexibleLoanMaxCollateralRedeemAmount => get_flexible_loan_max_collateral_redeem_amount {
                section: finance, http: GET "/api/v5/finance/flexible-loan/max-collateral-redeem-amount", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { ccy: Str = "ccy" },
                optional: { ord_id: Str = "ordId" },
                returns: list Json,
            }
            /// Flexible loan max loan (needs Read permission).
            GetFlexibleLoanMaxLoan => get_flexible_loan_max_loan {
                section: finance, http: POST "/api/v5/finance/flexible-loan/max-loan", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { borrow_ccy: Str = "borrowCcy" },
                optional: { ord_id: Str = "ordId", sup_collateral: Items = "supCollateral" },
                returns: list Json,
            }
            /// Flexible loan repay.
            FlexibleLoanRepay => flexible_loan_repay {
                section: finance, http: POST "/api/v5/finance/flexible-loan/repay", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {
                    ord_id: Str = "ordId",
                    ccy: Str = "ccy",
                    amt: Num = "amt",
                    cl_ord_id: Str = "clOrdId",
                },
                optional: {},
                returns: list Json,
            }
            /// OKUSD account.
            GetOkusdAccount => get_okusd_account {
                section: finance, http: GET "/api/v5/finance/okusd/account", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// OKUSD limits.
            GetOkusdLimits => get_okusd_limits {
                section: finance, http: GET "/api/v5/finance/okusd/limits", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// OKUSD apr history.
            GetOkusdAprHistory => get_okusd_apr_history {
                section: finance, http: GET "/api/v5/finance/okusd/rate/history", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { limit: Int = "limit", begin: Int = "begin", end: Int = "end" },
                returns: list Json,
            }
            /// Redeems okusd.
            RedeemOkusd => redeem_okusd {
                section: finance, http: POST "/api/v5/finance/okusd/redeem", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: {
                    amt: Num = "amt",
                    redeem_type: Str = "redeemType",
                    cl_ord_id: Str = "clOrdId",
                },
                optional: {},
                returns: list Json,
            }
            /// OKUSD redemption history.
            GetOkusdRedemptionHistory => get_okusd_redemption_history {
                section: finance, http: GET "/api/v5/finance/okusd/redeem/history", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {
                    limit: Int = "limit",
                    begin: Int = "begin",
                    end: Int = "end",
                    type_: Str = "type",
                },
                returns: list Json,
            }
            /// OKUSD rewards history.
            GetOkusdRewardsHistory => get_okusd_rewards_history {
                section: finance, http: GET "/api/v5/finance/okusd/rewards/history", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { limit: Int = "limit", begin: Int = "begin", end: Int = "end" },
                returns: list Json,
            }
            /// Subscribes to okusd.
            SubscribeOkusd => subscribe_okusd {
                section: finance, http: POST "/api/v5/finance/okusd/subscribe", auth: Private,
                limit: 1 per 2, rule: "UserID",
                required: { amt: Num = "amt", cl_ord_id: Str = "clOrdId" },
                optional: {},
                returns: list Json,
            }
            /// OKUSD subscription history.
            GetOkusdSubscriptionHistory => get_okusd_subscription_history {
                section: finance, http: GET "/api/v5/finance/okusd/subscribe/history", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { limit: Int = "limit", begin: Int = "begin", end: Int = "end" },
                returns: list Json,
            }
            /// Saving balance (needs Read permission).
            GetSavingBalance => get_saving_balance {
                section: finance, http: GET "/api/v5/finance/savings/balance", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Lending history (needs Read permission).
            GetLendingHistory => get_lending_history {
                section: finance, http: GET "/api/v5/finance/savings/lending-history", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_lending_history by "ts",
                returns: list Json,
            }
            /// Public borrow history.
            GetPublicBorrowHistory => get_public_borrow_history {
                section: finance, http: GET "/api/v5/finance/savings/lending-rate-history", auth: Public,
                limit: 6 per 1, rule: "IP",
                required: {},
                optional: {
                    ccy: Str = "ccy",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_public_borrow_history by "ts",
                returns: list Json,
            }
            /// Public borrow info.
            GetPublicBorrowInfo => get_public_borrow_info {
                section: finance, http: GET "/api/v5/finance/savings/lending-rate-summary", auth: Public,
                limit: 6 per 1, rule: "IP",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Savings purchase redemption (needs Trade permission).
            SavingsPurchaseRedemption => savings_purchase_redemption {
                section: finance, http: POST "/api/v5/finance/savings/purchase-redempt", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: { ccy: Str = "ccy", amt: Num = "amt", side: Str = "side" },
                optional: { rate: Num = "rate" },
                returns: list Json,
            }
            /// Sets lending rate (needs Trade permission).
            SetLendingRate => set_lending_rate {
                section: finance, http: POST "/api/v5/finance/savings/set-lending-rate", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: { ccy: Str = "ccy", rate: Num = "rate" },
                optional: {},
                returns: list Json,
            }
            /// Dcd currency pairs.
            GetDcdCurrencyPairs => get_dcd_currency_pairs {
                section: finance, http: GET "/api/v5/finance/sfp/dcd/currency-pair", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Dcd order history.
            GetDcdOrderHistory => get_dcd_order_history {
                section: finance, http: GET "/api/v5/finance/sfp/dcd/order-history", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {},
                optional: {
                    ord_id: Str = "ordId",
                    product_id: Str = "productId",
                    uly: Str = "uly",
                    state: Str = "state",
                    begin_id: Str = "beginId",
                    end_id: Str = "endId",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Dcd order state.
            GetDcdOrderState => get_dcd_order_state {
                section: finance, http: GET "/api/v5/finance/sfp/dcd/order-status", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: { ord_id: Str = "ordId" },
                optional: {},
                returns: list Json,
            }
            /// Dcd products.
            GetDcdProducts => get_dcd_products {
                section: finance, http: GET "/api/v5/finance/sfp/dcd/products", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {
                    base_ccy: Str = "baseCcy",
                    quote_ccy: Str = "quoteCcy",
                    opt_type: Str = "optType",
                },
                optional: {},
                returns: list Json,
            }
            /// Request dcd quote.
            RequestDcdQuote => request_dcd_quote {
                section: finance, http: POST "/api/v5/finance/sfp/dcd/quote", auth: Private,
                limit: 10 per 60, rule: "UserID",
                required: {
                    product_id: Str = "productId",
                    notional_sz: Num = "notionalSz",
                    notional_ccy: Str = "notionalCcy",
                },
                optional: {},
                returns: list Json,
            }
            /// Dcd redeem.
            DcdRedeem => dcd_redeem {
                section: finance, http: POST "/api/v5/finance/sfp/dcd/redeem", auth: Private,
                limit: 2 per 60, rule: "UserID",
                required: { ord_id: Str = "ordId", quote_id: Str = "quoteId" },
                optional: {},
                returns: list Json,
            }
            /// Request dcd redeem quote.
            RequestDcdRedeemQuote => request_dcd_redeem_quote {
                section: finance, http: POST "/api/v5/finance/sfp/dcd/redeem-quote", auth: Private,
                limit: 10 per 60, rule: "UserID",
                required: { ord_id: Str = "ordId" },
                optional: {},
                returns: list Json,
            }
            /// Dcd trade.
            DcdTrade => dcd_trade {
                section: finance, http: POST "/api/v5/finance/sfp/dcd/trade", auth: Private,
                limit: 2 per 60, rule: "UserID",
                required: { quote_id: Str = "quoteId" },
                optional: {},
                returns: list Json,
            }
            /// Stable rewards apy history.
            GetStableRewardsApyHistory => get_stable_rewards_apy_history {
                section: finance, http: GET "/api/v5/finance/stable-rewards/apy-history", auth: Public,
                limit: 6 per 1, rule: "IP",
                required: { ccy: Str = "ccy" },
                optional: { days: Str = "days" },
                returns: list Json,
            }
            /// Stable rewards balance.
            GetStableRewardsBalance => get_stable_rewards_balance {
                section: finance, http: GET "/api/v5/finance/stable-rewards/balance", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: list Json,
            }
            /// Stable rewards product info.
            GetStableRewardsProductInfo => get_stable_rewards_product_info {
                section: finance, http: GET "/api/v5/finance/stable-rewards/product-info", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { ccy: Str = "ccy" },
                optional: {},
                returns: list Json,
            }
            /// Stable rewards quote.
            StableRewardsQuote => stable_rewards_quote {
                section: finance, http: POST "/api/v5/finance/stable-rewards/quote", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: {
                    ccy: Str = "ccy",
                    settle_ccy: Str = "settleCcy",
                    action: Str = "action",
                    amt: Num = "amt",
                },
                optional: {},
                returns: list Json,
            }
            /// Stable rewards subscribe redeem history.
            GetStableRewardsSubscribeRedeemHistory => get_stable_rewards_subscribe_redeem_history {
                section: finance, http: GET "/api/v5/finance/stable-rewards/subscribe-redeem-history", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { ccy: Str = "ccy" },
                optional: {
                    type_: Str = "type",
                    status: Str = "status",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_stable_rewards_subscribe_redeem_history by "ordId",
                returns: list Json,
            }
            /// Stable rewards trade.
            StableRewardsTrade => stable_rewards_trade {
                section: finance, http: POST "/api/v5/finance/stable-rewards/trade", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { quote_id: Str = "quoteId" },
                optional: {},
                returns: list Json,
            }
            /// Staking defi cancel (needs Trade permission).
            StakingDefiCancel => staking_defi_cancel {
                section: finance, http: POST "/api/v5/finance/staking-defi/cancel", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { ord_id: Str = "ordId", protocol_type: Str = "protocolType" },
                optional: {},
                returns: list Json,
            }
            /// Eth staking apy history.
            GetEthStakingApyHistory => get_eth_staking_apy_history {
                section: finance, http: GET "/api/v5/finance/staking-defi/eth/apy-history", auth: Public,
                limit: 6 per 1, rule: "IP",
                required: { days: Str = "days" },
                optional: {},
                returns: list Json,
            }
            /// Eth staking balance (needs Read permission).
            GetEthStakingBalance => get_eth_staking_balance {
                section: finance, http: GET "/api/v5/finance/staking-defi/eth/balance", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Eth staking cancel redeem (needs Trade permission).
            EthStakingCancelRedeem => eth_staking_cancel_redeem {
                section: finance, http: POST "/api/v5/finance/staking-defi/eth/cancel-redeem", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { ord_id: Str = "ordId" },
                optional: {},
                returns: list Json,
            }
            /// Eth staking product info (needs Read permission).
            GetEthStakingProductInfo => get_eth_staking_product_info {
                section: finance, http: GET "/api/v5/finance/staking-defi/eth/product-info", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Eth staking purchase (needs Trade permission).
            EthStakingPurchase => eth_staking_purchase {
                section: finance, http: POST "/api/v5/finance/staking-defi/eth/purchase", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { amt: Num = "amt" },
                optional: {},
                returns: list Json,
            }
            /// Eth staking purchase redeem history (needs Read permission).
            GetEthStakingPurchaseRedeemHistory => get_eth_staking_purchase_redeem_history {
                section: finance, http: GET "/api/v5/finance/staking-defi/eth/purchase-redeem-history", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    type_: Str = "type",
                    status: Str = "status",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_eth_staking_purchase_redeem_history by "requestTime",
                returns: list Json,
            }
            /// Eth staking redeem (needs Trade permission).
            EthStakingRedeem => eth_staking_redeem {
                section: finance, http: POST "/api/v5/finance/staking-defi/eth/redeem", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { amt: Num = "amt" },
                optional: {},
                returns: list Json,
            }
            /// Staking defi offers (needs Read permission).
            GetStakingDefiOffers => get_staking_defi_offers {
                section: finance, http: GET "/api/v5/finance/staking-defi/offers", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    product_id: Str = "productId",
                    protocol_type: Str = "protocolType",
                    ccy: Str = "ccy",
                },
                returns: list Json,
            }
            /// Staking defi active orders (needs Read permission).
            GetStakingDefiActiveOrders => get_staking_defi_active_orders {
                section: finance, http: GET "/api/v5/finance/staking-defi/orders-active", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    product_id: Str = "productId",
                    protocol_type: Str = "protocolType",
                    ccy: Str = "ccy",
                    state: Str = "state",
                },
                returns: list Json,
            }
            /// Staking defi order history (needs Read permission).
            GetStakingDefiOrderHistory => get_staking_defi_order_history {
                section: finance, http: GET "/api/v5/finance/staking-defi/orders-history", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    product_id: Str = "productId",
                    protocol_type: Str = "protocolType",
                    ccy: Str = "ccy",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_staking_defi_order_history by "ordId",
                returns: list Json,
            }
            /// Staking defi purchase (needs Trade permission).
            StakingDefiPurchase => staking_defi_purchase {
                section: finance, http: POST "/api/v5/finance/staking-defi/purchase", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { product_id: Str = "productId", invest_data: Items = "investData" },
                optional: { term: Str = "term", tag: Str = "tag" },
                returns: list Json,
            }
            /// Staking defi redeem (needs Trade permission).
            StakingDefiRedeem => staking_defi_redeem {
                section: finance, http: POST "/api/v5/finance/staking-defi/redeem", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { ord_id: Str = "ordId", protocol_type: Str = "protocolType" },
                optional: { allow_early_redeem: Bool = "allowEarlyRedeem" },
                returns: list Json,
            }
            /// Sol staking apy history.
            GetSolStakingApyHistory => get_sol_staking_apy_history {
                section: finance, http: GET "/api/v5/finance/staking-defi/sol/apy-history", auth: Public,
                limit: 6 per 1, rule: "IP",
                required: { days: Str = "days" },
                optional: {},
                returns: list Json,
            }
            /// Sol staking balance (needs Read permission).
            GetSolStakingBalance => get_sol_staking_balance {
                section: finance, http: GET "/api/v5/finance/staking-defi/sol/balance", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Sol staking product info (returns one object; needs Read permission).
            GetSolStakingProductInfo => get_sol_staking_product_info {
                section: finance, http: GET "/api/v5/finance/staking-defi/sol/product-info", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {},
                returns: one Json,
            }
            /// Sol staking purchase (needs Trade permission).
            SolStakingPurchase => sol_staking_purchase {
                section: finance, http: POST "/api/v5/finance/staking-defi/sol/purchase", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { amt: Num = "amt" },
                optional: {},
                returns: list Json,
            }
            /// Sol staking purchase redeem history (needs Read permission).
            GetSolStakingPurchaseRedeemHistory => get_sol_staking_purchase_redeem_history {
                section: finance, http: GET "/api/v5/finance/staking-defi/sol/purchase-redeem-history", auth: Private,
                limit: 6 per 1, rule: "UserID",
                required: {},
                optional: {
                    type_: Str = "type",
                    status: Str = "status",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_sol_staking_purchase_redeem_history by "requestTime",
                returns: list Json,
            }
            /// Sol staking redeem (needs Trade permission).
            SolStakingRedeem => sol_staking_redeem {
                section: finance, http: POST "/api/v5/finance/staking-defi/sol/redeem", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { amt: Num = "amt" },
                optional: {},
                returns: list Json,
            }
            // ---- grid ----
            /// Amends spot DCA basic param.
            AmendSpotDcaBasicParam => amend_spot_dca_basic_param {
                section: grid, http: POST "/api/v5/tradingBot/dca/amend-order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_id: Str = "algoId",
                    px_steps: Num = "pxSteps",
                    px_steps_mult: Num = "pxStepsMult",
                    vol_mult: Num = "volMult",
                    tp_pct: Num = "tpPct",
                    sl_pct: Num = "slPct",
                    init_ord_amt: Num = "initOrdAmt",
                    safety_ord_amt: Num = "safetyOrdAmt",
                    max_safety_ords: Int = "maxSafetyOrds",
                    reserve_funds: Str = "reserveFunds",
                    trigger_params: Items = "triggerParams",
                },
                optional: {},
                returns: list Json,
            }
            /// Places DCA algo order.
            PlaceDcaAlgoOrder => place_dca_algo_order {
                section: grid, http: POST "/api/v5/tradingBot/dca/create", auth: Private,
                limit: 20 per 2, rule: "UserID+instId",
                required: {
                    inst_id: Str = "instId",
                    algo_ord_type: Str = "algoOrdType",
                    init_ord_amt: Num = "initOrdAmt",
                    max_safety_ords: Int = "maxSafetyOrds",
                    tp_pct: Num = "tpPct",
                    lever: Num = "lever",
                    trigger_params: Items = "triggerParams",
                },
                optional: {
                    allow_reinvest: Bool = "allowReinvest",
                    safety_ord_amt: Num = "safetyOrdAmt",
                    px_steps: Num = "pxSteps",
                    px_steps_mult: Num = "pxStepsMult",
                    vol_mult: Num = "volMult",
                    sl_pct: Num = "slPct",
                    sl_mode: Str = "slMode",
                    direction: Str = "direction",
                    profit_sharing_ratio: Num = "profitSharingRatio",
                    tracking_mode: Str = "trackingMode",
                    tag: Str = "tag",
                    algo_cl_ord_id: Str = "algoClOrdId",
                    trade_quote_ccy: Str = "tradeQuoteCcy",
                },
                returns: list Json,
            }
            /// DCA cycle list.
            GetDcaCycleList => get_dca_cycle_list {
                section: grid, http: GET "/api/v5/tradingBot/dca/cycle-list", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", algo_ord_type: Str = "algoOrdType" },
                optional: {
                    inst_id: Str = "instId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_dca_cycle_list by "cycleId",
                returns: list Json,
            }
            /// DCA algo order history.
            GetDcaAlgoOrderHistory => get_dca_algo_order_history {
                section: grid, http: GET "/api/v5/tradingBot/dca/history-list", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_ord_type: Str = "algoOrdType" },
                optional: {
                    algo_id: Str = "algoId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_dca_algo_order_history by "algoId",
                returns: list Json,
            }
            /// Adds DCA margin.
            AddDcaMargin => add_dca_margin {
                section: grid, http: POST "/api/v5/tradingBot/dca/margin/add", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", amt: Num = "amt" },
                optional: {},
                returns: list Json,
            }
            /// Reduces DCA margin.
            ReduceDcaMargin => reduce_dca_margin {
                section: grid, http: POST "/api/v5/tradingBot/dca/margin/reduce", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", amt: Num = "amt" },
                optional: {},
                returns: list Json,
            }
            /// DCA algo order details.
            GetDcaAlgoOrderDetails => get_dca_algo_order_details {
                section: grid, http: GET "/api/v5/tradingBot/dca/ongoing-list", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_ord_type: Str = "algoOrdType" },
                optional: {
                    algo_id: Str = "algoId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_dca_algo_order_details by "algoId",
                returns: list Json,
            }
            /// DCA sub orders.
            GetDcaSubOrders => get_dca_sub_orders {
                section: grid, http: GET "/api/v5/tradingBot/dca/orders", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", algo_ord_type: Str = "algoOrdType" },
                optional: {
                    cycle_id: Str = "cycleId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_dca_sub_orders by "ordId",
                returns: list Json,
            }
            /// DCA add investment.
            DcaAddInvestment => dca_add_investment {
                section: grid, http: POST "/api/v5/tradingBot/dca/orders/manual-buy", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_id: Str = "algoId",
                    algo_ord_type: Str = "algoOrdType",
                    price: Num = "price",
                    amt: Num = "amt",
                },
                optional: { ord_type: Str = "ordType", trade_quote_ccy: Str = "tradeQuoteCcy" },
                returns: list Json,
            }
            /// DCA algo order position details.
            GetDcaAlgoOrderPositionDetails => get_dca_algo_order_position_details {
                section: grid, http: GET "/api/v5/tradingBot/dca/position-details", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", algo_ord_type: Str = "algoOrdType" },
                optional: {},
                returns: list Json,
            }
            /// Amends DCA reinvestment.
            AmendDcaReinvestment => amend_dca_reinvestment {
                section: grid, http: POST "/api/v5/tradingBot/dca/settings/reinvestment", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_id: Str = "algoId",
                    algo_ord_type: Str = "algoOrdType",
                    allow_reinvest: Bool = "allowReinvest",
                },
                optional: {},
                returns: list Json,
            }
            /// Amends DCA take profit.
            AmendDcaTakeProfit => amend_dca_take_profit {
                section: grid, http: POST "/api/v5/tradingBot/dca/settings/take-profit", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_id: Str = "algoId",
                    algo_ord_type: Str = "algoOrdType",
                    tp_price: Num = "tpPrice",
                },
                optional: {},
                returns: list Json,
            }
            /// Stops DCA algo order.
            StopDcaAlgoOrder => stop_dca_algo_order {
                section: grid, http: POST "/api/v5/tradingBot/dca/stop", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_id: Str = "algoId",
                    algo_ord_type: Str = "algoOrdType",
                    stop_type: Str = "stopType",
                },
                optional: {},
                returns: list Json,
            }
            /// Grid add investment (needs Trade permission).
            GridAddInvestment => grid_add_investment {
                section: grid, http: POST "/api/v5/tradingBot/grid/adjust-investment", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", amt: Num = "amt" },
                optional: { allow_reinvest_profit: Bool = "allowReinvestProfit" },
                returns: list Json,
            }
            /// Grid ai param.
            GetGridAiParam => get_grid_ai_param {
                section: grid, http: GET "/api/v5/tradingBot/grid/ai-param", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { algo_ord_type: Str = "algoOrdType", inst_id: Str = "instId" },
                optional: { direction: Str = "direction", duration: Str = "duration" },
                returns: list Json,
            }
            /// Amends grid algo basic param (needs Trade permission).
            AmendGridAlgoBasicParam => amend_grid_algo_basic_param {
                section: grid, http: POST "/api/v5/tradingBot/grid/amend-algo-basic-param", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_id: Str = "algoId",
                    min_px: Num = "minPx",
                    max_px: Num = "maxPx",
                    grid_num: Int = "gridNum",
                },
                optional: { topup_amount: Num = "topupAmount" },
                returns: list Json,
            }
            /// Amends grid algo order (needs Trade permission).
            AmendGridAlgoOrder => amend_grid_algo_order {
                section: grid, http: POST "/api/v5/tradingBot/grid/amend-order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", inst_id: Str = "instId" },
                optional: {
                    sl_trigger_px: Num = "slTriggerPx",
                    tp_trigger_px: Num = "tpTriggerPx",
                    tp_ratio: Num = "tpRatio",
                    sl_ratio: Num = "slRatio",
                    top_up_amt: Num = "topUpAmt",
                    trigger_params: Items = "triggerParams",
                },
                returns: list Json,
            }
            /// Cancels grid close order (needs Trade permission).
            CancelGridCloseOrder => cancel_grid_close_order {
                section: grid, http: POST "/api/v5/tradingBot/grid/cancel-close-order", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", ord_id: Str = "ordId" },
                optional: {},
                returns: list Json,
            }
            /// Closes grid position (needs Trade permission).
            CloseGridPosition => close_grid_position {
                section: grid, http: POST "/api/v5/tradingBot/grid/close-position", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", mkt_close: Bool = "mktClose" },
                optional: { sz: Num = "sz", px: Num = "px" },
                returns: list Json,
            }
            /// Computes grid margin balance (needs Trade permission).
            ComputeGridMarginBalance => compute_grid_margin_balance {
                section: grid, http: POST "/api/v5/tradingBot/grid/compute-margin-balance", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", type_: Str = "type" },
                optional: { amt: Num = "amt" },
                returns: list Json,
            }
            /// Copies grid algo order.
            CopyGridAlgoOrder => copy_grid_algo_order {
                section: grid, http: POST "/api/v5/tradingBot/grid/copy-order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID+instId",
                required: {
                    inst_id: Str = "instId",
                    algo_ord_type: Str = "algoOrdType",
                    source_algo_id: Str = "sourceAlgoId",
                },
                optional: {
                    quote_sz: Num = "quoteSz",
                    lever: Num = "lever",
                    auto_reserve: Bool = "autoReserve",
                    sz: Num = "sz",
                    actual_margin_sz: Num = "actualMarginSz",
                    extra_margin_sz: Num = "extraMarginSz",
                    algo_cl_ord_id: Str = "algoClOrdId",
                    tag: Str = "tag",
                },
                returns: list Json,
            }
            /// Max grid quantity.
            GetMaxGridQuantity => get_max_grid_quantity {
                section: grid, http: GET "/api/v5/tradingBot/grid/grid-quantity", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: {
                    inst_id: Str = "instId",
                    run_type: Str = "runType",
                    algo_ord_type: Str = "algoOrdType",
                    max_px: Num = "maxPx",
                    min_px: Num = "minPx",
                },
                optional: { lever: Num = "lever" },
                returns: list Json,
            }
            /// Adjusts grid margin balance (needs Trade permission).
            AdjustGridMarginBalance => adjust_grid_margin_balance {
                section: grid, http: POST "/api/v5/tradingBot/grid/margin-balance", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", type_: Str = "type" },
                optional: { amt: Num = "amt", percent: Num = "percent" },
                returns: list Json,
            }
            /// Computes grid min investment.
            ComputeGridMinInvestment => compute_grid_min_investment {
                section: grid, http: POST "/api/v5/tradingBot/grid/min-investment", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: {
                    inst_id: Str = "instId",
                    algo_ord_type: Str = "algoOrdType",
                    max_px: Num = "maxPx",
                    min_px: Num = "minPx",
                    grid_num: Int = "gridNum",
                    run_type: Str = "runType",
                },
                optional: {
                    direction: Str = "direction",
                    lever: Num = "lever",
                    base_pos: Bool = "basePos",
                    investment_type: Str = "investmentType",
                    trigger_strategy: Str = "triggerStrategy",
                    top_up_amt: Num = "topUpAmt",
                    investment_data: Items = "investmentData",
                },
                returns: list Json,
            }
            /// Places grid algo order (needs Trade permission).
            PlaceGridAlgoOrder => place_grid_algo_order {
                section: grid, http: POST "/api/v5/tradingBot/grid/order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID+instId",
                required: {
                    inst_id: Str = "instId",
                    algo_ord_type: Str = "algoOrdType",
                    max_px: Num = "maxPx",
                    min_px: Num = "minPx",
                    grid_num: Int = "gridNum",
                    sz: Num = "sz",
                    direction: Str = "direction",
                    lever: Num = "lever",
                },
                optional: {
                    run_type: Str = "runType",
                    tp_trigger_px: Num = "tpTriggerPx",
                    sl_trigger_px: Num = "slTriggerPx",
                    algo_cl_ord_id: Str = "algoClOrdId",
                    tag: Str = "tag",
                    profit_sharing_ratio: Num = "profitSharingRatio",
                    trigger_params: Items = "triggerParams",
                    quote_sz: Num = "quoteSz",
                    base_sz: Num = "baseSz",
                    trade_quote_ccy: Str = "tradeQuoteCcy",
                    base_pos: Bool = "basePos",
                    tp_ratio: Num = "tpRatio",
                    sl_ratio: Num = "slRatio",
                },
                returns: list Json,
            }
            /// Instant trigger grid algo order (needs Trade permission).
            InstantTriggerGridAlgoOrder => instant_trigger_grid_algo_order {
                section: grid, http: POST "/api/v5/tradingBot/grid/order-instant-trigger", auth: Private,
                limit: 20 per 2, rule: "UserID+instId",
                required: { algo_id: Str = "algoId" },
                optional: { top_up_amt: Num = "topUpAmt" },
                returns: list Json,
            }
            /// Grid algo order details (needs Read permission).
            GetGridAlgoOrderDetails => get_grid_algo_order_details {
                section: grid, http: GET "/api/v5/tradingBot/grid/orders-algo-details", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_ord_type: Str = "algoOrdType", algo_id: Str = "algoId" },
                optional: {},
                returns: list Json,
            }
            /// Grid algo order history (needs Read permission).
            GetGridAlgoOrderHistory => get_grid_algo_order_history {
                section: grid, http: GET "/api/v5/tradingBot/grid/orders-algo-history", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_ord_type: Str = "algoOrdType" },
                optional: {
                    algo_id: Str = "algoId",
                    inst_id: Str = "instId",
                    inst_type: Str = "instType",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_grid_algo_order_history by "algoId",
                returns: list Json,
            }
            /// Grid algo order list (needs Read permission).
            GetGridAlgoOrderList => get_grid_algo_order_list {
                section: grid, http: GET "/api/v5/tradingBot/grid/orders-algo-pending", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_ord_type: Str = "algoOrdType" },
                optional: {
                    algo_id: Str = "algoId",
                    inst_id: Str = "instId",
                    inst_type: Str = "instType",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_grid_algo_order_list by "algoId",
                returns: list Json,
            }
            /// Grid positions (needs Read permission).
            GetGridPositions => get_grid_positions {
                section: grid, http: GET "/api/v5/tradingBot/grid/positions", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_ord_type: Str = "algoOrdType", algo_id: Str = "algoId" },
                optional: {},
                returns: list Json,
            }
            /// Stops grid algo order (up to 10 items per request; needs Trade permission).
            StopGridAlgoOrder => stop_grid_algo_order {
                section: grid, http: POST "/api/v5/tradingBot/grid/stop-order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {},
                items: bots max 10 {
                    required: {
                        algo_id: Str = "algoId",
                        inst_id: Str = "instId",
                        algo_ord_type: Str = "algoOrdType",
                        stop_type: Str = "stopType",
                    },
                    optional: {},
                },
                returns: list Json,
            }
            /// Grid sub orders (needs Read permission).
            GetGridSubOrders => get_grid_sub_orders {
                section: grid, http: GET "/api/v5/tradingBot/grid/sub-orders", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_ord_type: Str = "algoOrdType",
                    algo_id: Str = "algoId",
                    type_: Str = "type",
                },
                optional: {
                    group_id: Str = "groupId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_grid_sub_orders by "ordId",
                returns: list Json,
            }
            /// Grid withdraw income (needs Trade permission).
            GridWithdrawIncome => grid_withdraw_income {
                section: grid, http: POST "/api/v5/tradingBot/grid/withdraw-income", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId" },
                optional: {},
                returns: list Json,
            }
            /// Rsi back testing.
            GetRsiBackTesting => get_rsi_back_testing {
                section: grid, http: GET "/api/v5/tradingBot/public/rsi-back-testing", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: {
                    inst_id: Str = "instId",
                    timeframe: Str = "timeframe",
                    thold: Str = "thold",
                    time_period: Str = "timePeriod",
                },
                optional: { trigger_cond: Str = "triggerCond", duration: Str = "duration" },
                returns: list Json,
            }
            /// Recurring buy add investment.
            RecurringBuyAddInvestment => recurring_buy_add_investment {
                section: grid, http: POST "/api/v5/tradingBot/recurring/add-investment", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", amount: Num = "amount" },
                optional: {},
                returns: list Json,
            }
            /// Amends recurring buy order (needs Trade permission).
            AmendRecurringBuyOrder => amend_recurring_buy_order {
                section: grid, http: POST "/api/v5/tradingBot/recurring/amend-order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", stgy_name: Str = "stgyName" },
                optional: {},
                returns: list Json,
            }
            /// Amends recurring buy price range.
            AmendRecurringBuyPriceRange => amend_recurring_buy_price_range {
                section: grid, http: POST "/api/v5/tradingBot/recurring/amend-price-range", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", recurring_list: Items = "recurringList" },
                optional: {},
                returns: list Json,
            }
            /// Amends recurring buy amount.
            AmendRecurringBuyAmount => amend_recurring_buy_amount {
                section: grid, http: POST "/api/v5/tradingBot/recurring/amend-recurring-amount", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", amount: Num = "amount" },
                optional: {},
                returns: list Json,
            }
            /// Amends recurring buy time.
            AmendRecurringBuyTime => amend_recurring_buy_time {
                section: grid, http: POST "/api/v5/tradingBot/recurring/amend-recurring-time", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_id: Str = "algoId",
                    recurring_time_type: Str = "recurringTimeType",
                    time_zone: Str = "timeZone",
                    period: Str = "period",
                },
                optional: {
                    recurring_hour: Str = "recurringHour",
                    recurring_day: Str = "recurringDay",
                    recurring_time: Str = "recurringTime",
                },
                returns: list Json,
            }
            /// Places recurring buy order (needs Trade permission).
            PlaceRecurringBuyOrder => place_recurring_buy_order {
                section: grid, http: POST "/api/v5/tradingBot/recurring/order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    stgy_name: Str = "stgyName",
                    recurring_list: Items = "recurringList",
                    period: Str = "period",
                    recurring_time: Str = "recurringTime",
                    time_zone: Str = "timeZone",
                    amt: Num = "amt",
                    investment_ccy: Str = "investmentCcy",
                    td_mode: Str = "tdMode",
                },
                optional: {
                    recurring_day: Str = "recurringDay",
                    recurring_hour: Str = "recurringHour",
                    algo_cl_ord_id: Str = "algoClOrdId",
                    tag: Str = "tag",
                    trade_quote_ccy: Str = "tradeQuoteCcy",
                    source: Str = "source",
                    recurring_time_type: Str = "recurringTimeType",
                },
                returns: list Json,
            }
            /// Recurring buy order details (needs Read permission).
            GetRecurringBuyOrderDetails => get_recurring_buy_order_details {
                section: grid, http: GET "/api/v5/tradingBot/recurring/orders-algo-details", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId" },
                optional: {},
                returns: list Json,
            }
            /// Recurring buy order history (needs Read permission).
            GetRecurringBuyOrderHistory => get_recurring_buy_order_history {
                section: grid, http: GET "/api/v5/tradingBot/recurring/orders-algo-history", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {
                    algo_id: Str = "algoId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_recurring_buy_order_history by "algoId",
                returns: list Json,
            }
            /// Recurring buy order list (needs Read permission).
            GetRecurringBuyOrderList => get_recurring_buy_order_list {
                section: grid, http: GET "/api/v5/tradingBot/recurring/orders-algo-pending", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {
                    algo_id: Str = "algoId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_recurring_buy_order_list by "algoId",
                returns: list Json,
            }
            /// Pause recurring buy.
            PauseRecurringBuy => pause_recurring_buy {
                section: grid, http: POST "/api/v5/tradingBot/recurring/pause", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId" },
                optional: {},
                returns: list Json,
            }
            /// Restart recurring buy.
            RestartRecurringBuy => restart_recurring_buy {
                section: grid, http: POST "/api/v5/tradingBot/recurring/restart", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId" },
                optional: {},
                returns: list Json,
            }
            /// Stops recurring buy order (up to 10 items per request; needs Trade permission).
            StopRecurringBuyOrder => stop_recurring_buy_order {
                section: grid, http: POST "/api/v5/tradingBot/recurring/stop-order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {},
                items: bots max 10 {
                    required: { algo_id: Str = "algoId" },
                    optional: {},
                },
                returns: list Json,
            }
            /// Recurring buy sub orders (needs Read permission).
            GetRecurringBuySubOrders => get_recurring_buy_sub_orders {
                section: grid, http: GET "/api/v5/tradingBot/recurring/sub-orders", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId" },
                optional: {
                    ord_id: Str = "ordId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_recurring_buy_sub_orders by "ordId",
                returns: list Json,
            }
            /// Amends signal bot TP/SL (needs Trade permission).
            AmendSignalBotTpsl => amend_signal_bot_tpsl {
                section: grid, http: POST "/api/v5/tradingBot/signal/amendTPSL", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", exit_setting_param: Obj = "exitSettingParam" },
                optional: {},
                returns: list Json,
            }
            /// Cancels signal bot sub order (needs Trade permission).
            CancelSignalBotSubOrder => cancel_signal_bot_sub_order {
                section: grid, http: POST "/api/v5/tradingBot/signal/cancel-sub-order", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_id: Str = "algoId",
                    inst_id: Str = "instId",
                    signal_ord_id: Str = "signalOrdId",
                },
                optional: {},
                returns: list Json,
            }
            /// Closes signal bot position (needs Trade permission).
            CloseSignalBotPosition => close_signal_bot_position {
                section: grid, http: POST "/api/v5/tradingBot/signal/close-position", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", inst_id: Str = "instId" },
                optional: {},
                returns: list Json,
            }
            /// Creates signal (needs Trade permission).
            CreateSignal => create_signal {
                section: grid, http: POST "/api/v5/tradingBot/signal/create-signal", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { signal_chan_name: Str = "signalChanName" },
                optional: { signal_chan_desc: Str = "signalChanDesc" },
                returns: list Json,
            }
            /// Signal bot event history (needs Read permission).
            GetSignalBotEventHistory => get_signal_bot_event_history {
                section: grid, http: GET "/api/v5/tradingBot/signal/event-history", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId" },
                optional: { after: Str = "after", before: Str = "before", limit: Int = "limit" },
                pages: iter_signal_bot_event_history by "eventCtime",
                returns: list Json,
            }
            /// Adjusts signal bot margin balance (needs Trade permission).
            AdjustSignalBotMarginBalance => adjust_signal_bot_margin_balance {
                section: grid, http: POST "/api/v5/tradingBot/signal/margin-balance", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", type_: Str = "type", amt: Num = "amt" },
                optional: { allow_reinvest: Bool = "allowReinvest" },
                returns: list Json,
            }
            /// Creates signal bot (needs Trade permission).
            CreateSignalBot => create_signal_bot {
                section: grid, http: POST "/api/v5/tradingBot/signal/order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    signal_chan_id: Str = "signalChanId",
                    lever: Num = "lever",
                    invest_amt: Num = "investAmt",
                    sub_ord_type: Str = "subOrdType",
                },
                optional: {
                    include_all: Bool = "includeAll",
                    inst_ids: StrList = "instIds",
                    ratio: Num = "ratio",
                    entry_setting_param: Obj = "entrySettingParam",
                    exit_setting_param: Obj = "exitSettingParam",
                },
                returns: list Json,
            }
            /// Signal bot order details (needs Read permission).
            GetSignalBotOrderDetails => get_signal_bot_order_details {
                section: grid, http: GET "/api/v5/tradingBot/signal/orders-algo-details", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_ord_type: Str = "algoOrdType", algo_id: Str = "algoId" },
                optional: {},
                returns: list Json,
            }
            /// Signal bot history (needs Read permission).
            GetSignalBotHistory => get_signal_bot_history {
                section: grid, http: GET "/api/v5/tradingBot/signal/orders-algo-history", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_ord_type: Str = "algoOrdType",
                    algo_id: Str = "algoId",
                    after: Str = "after",
                },
                optional: { before: Str = "before", limit: Int = "limit" },
                returns: list Json,
            }
            /// Active signal bots (needs Read permission).
            GetActiveSignalBots => get_active_signal_bots {
                section: grid, http: GET "/api/v5/tradingBot/signal/orders-algo-pending", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_ord_type: Str = "algoOrdType", after: Str = "after" },
                optional: { algo_id: Str = "algoId", before: Str = "before", limit: Int = "limit" },
                returns: list Json,
            }
            /// Signal bot positions (needs Read permission).
            GetSignalBotPositions => get_signal_bot_positions {
                section: grid, http: GET "/api/v5/tradingBot/signal/positions", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_ord_type: Str = "algoOrdType", algo_id: Str = "algoId" },
                optional: {},
                returns: list Json,
            }
            /// Signal bot position history (needs Read permission).
            GetSignalBotPositionHistory => get_signal_bot_position_history {
                section: grid, http: GET "/api/v5/tradingBot/signal/positions-history", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId" },
                optional: {
                    inst_id: Str = "instId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_signal_bot_position_history by "uTime",
                returns: list Json,
            }
            /// Sets signal bot instruments (needs Trade permission).
            SetSignalBotInstruments => set_signal_bot_instruments {
                section: grid, http: POST "/api/v5/tradingBot/signal/set-instruments", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    algo_id: Str = "algoId",
                    inst_ids: StrList = "instIds",
                    include_all: Bool = "includeAll",
                },
                optional: {},
                returns: list Json,
            }
            /// Signals (needs Read permission).
            GetSignals => get_signals {
                section: grid, http: GET "/api/v5/tradingBot/signal/signals", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { signal_source_type: Str = "signalSourceType" },
                optional: {
                    signal_chan_id: Str = "signalChanId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_signals by "signalChanId",
                returns: list Json,
            }
            /// Cancels signal bots (up to 10 items per request; needs Trade permission).
            CancelSignalBots => cancel_signal_bots {
                section: grid, http: POST "/api/v5/tradingBot/signal/stop-order-algo", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {},
                items: bots max 10 {
                    required: { algo_id: Str = "algoId" },
                    optional: {},
                },
                returns: list Json,
            }
            /// Places signal bot sub order (needs Trade permission).
            PlaceSignalBotSubOrder => place_signal_bot_sub_order {
                section: grid, http: POST "/api/v5/tradingBot/signal/sub-order", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    inst_id: Str = "instId",
                    algo_id: Str = "algoId",
                    side: Str = "side",
                    ord_type: Str = "ordType",
                    sz: Num = "sz",
                },
                optional: { px: Num = "px", reduce_only: Bool = "reduceOnly" },
                returns: list Json,
            }
            /// Signal bot sub orders (needs Read permission).
            GetSignalBotSubOrders => get_signal_bot_sub_orders {
                section: grid, http: GET "/api/v5/tradingBot/signal/sub-orders", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { algo_id: Str = "algoId", algo_ord_type: Str = "algoOrdType" },
                optional: {
                    state: Str = "state",
                    signal_ord_id: Str = "signalOrdId",
                    after: Str = "after",
                    before: Str = "before",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                    type_: Str = "type",
                    cl_ord_id: Str = "clOrdId",
                },
                pages: iter_signal_bot_sub_orders by "ordId",
                returns: list Json,
            }
            // ---- copytrading ----
            /// Places lead stop order (needs Trade permission).
            PlaceLeadStopOrder => place_lead_stop_order {
                section: copytrading, http: POST "/api/v5/copytrading/algo-order", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { sub_pos_id: Str = "subPosId" },
                optional: {
                    inst_type: Str = "instType",
                    tp_trigger_px: Num = "tpTriggerPx",
                    sl_trigger_px: Num = "slTriggerPx",
                    tp_ord_px: Num = "tpOrdPx",
                    sl_ord_px: Num = "slOrdPx",
                    tp_trigger_px_type: Str = "tpTriggerPxType",
                    sl_trigger_px_type: Str = "slTriggerPxType",
                    tag: Str = "tag",
                },
                returns: list Json,
            }
            /// Amends copy settings (needs Trade permission).
            AmendCopySettings => amend_copy_settings {
                section: copytrading, http: POST "/api/v5/copytrading/amend-copy-settings", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {
                    unique_code: Str = "uniqueCode",
                    copy_mgn_mode: Str = "copyMgnMode",
                    copy_inst_id_type: Str = "copyInstIdType",
                    copy_total_amt: Num = "copyTotalAmt",
                    sub_pos_close_type: Str = "subPosCloseType",
                },
                optional: {
                    inst_type: Str = "instType",
                    inst_id: Str = "instId",
                    copy_mode: Str = "copyMode",
                    copy_amt: Num = "copyAmt",
                    copy_ratio: Num = "copyRatio",
                    tp_ratio: Num = "tpRatio",
                    sl_ratio: Num = "slRatio",
                    sl_total_amt: Num = "slTotalAmt",
                    tag: Str = "tag",
                },
                returns: list Json,
            }
            /// Amends profit sharing ratio (needs Trade permission).
            AmendProfitSharingRatio => amend_profit_sharing_ratio {
                section: copytrading, http: POST "/api/v5/copytrading/amend-profit-sharing-ratio", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { profit_sharing_ratio: Num = "profitSharingRatio" },
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Closes lead position (needs Trade permission).
            CloseLeadPosition => close_lead_position {
                section: copytrading, http: POST "/api/v5/copytrading/close-subposition", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: { sub_pos_id: Str = "subPosId" },
                optional: {
                    inst_type: Str = "instType",
                    ord_type: Str = "ordType",
                    px: Num = "px",
                    tag: Str = "tag",
                },
                returns: list Json,
            }
            /// Copytrading account config (needs Read permission).
            GetCopytradingAccountConfig => get_copytrading_account_config {
                section: copytrading, http: GET "/api/v5/copytrading/config", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Copy settings (needs Read permission).
            GetCopySettings => get_copy_settings {
                section: copytrading, http: GET "/api/v5/copytrading/copy-settings", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { unique_code: Str = "uniqueCode" },
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// My lead traders (needs Read permission).
            GetMyLeadTraders => get_my_lead_traders {
                section: copytrading, http: GET "/api/v5/copytrading/current-lead-traders", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Existing lead positions (needs Read permission).
            GetExistingLeadPositions => get_existing_lead_positions {
                section: copytrading, http: GET "/api/v5/copytrading/current-subpositions", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {
                    inst_type: Str = "instType",
                    inst_id: Str = "instId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_existing_lead_positions by "subPosId",
                returns: list Json,
            }
            /// Sets first copy settings (needs Trade permission).
            SetFirstCopySettings => set_first_copy_settings {
                section: copytrading, http: POST "/api/v5/copytrading/first-copy-settings", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {
                    unique_code: Str = "uniqueCode",
                    copy_mgn_mode: Str = "copyMgnMode",
                    copy_inst_id_type: Str = "copyInstIdType",
                    copy_total_amt: Num = "copyTotalAmt",
                    sub_pos_close_type: Str = "subPosCloseType",
                },
                optional: {
                    inst_type: Str = "instType",
                    inst_id: Str = "instId",
                    copy_mode: Str = "copyMode",
                    copy_amt: Num = "copyAmt",
                    copy_ratio: Num = "copyRatio",
                    tp_ratio: Num = "tpRatio",
                    sl_ratio: Num = "slRatio",
                    sl_total_amt: Num = "slTotalAmt",
                    tag: Str = "tag",
                },
                returns: list Json,
            }
            /// Leading instruments (needs Read permission).
            GetLeadingInstruments => get_leading_instruments {
                section: copytrading, http: GET "/api/v5/copytrading/instruments", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Profit sharing details (needs Read permission).
            GetProfitSharingDetails => get_profit_sharing_details {
                section: copytrading, http: GET "/api/v5/copytrading/profit-sharing-details", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {
                    inst_type: Str = "instType",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_profit_sharing_details by "profitSharingId",
                returns: list Json,
            }
            /// Copy trading configuration.
            GetCopyTradingConfiguration => get_copy_trading_configuration {
                section: copytrading, http: GET "/api/v5/copytrading/public-config", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: {},
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Copy traders.
            GetCopyTraders => get_copy_traders {
                section: copytrading, http: GET "/api/v5/copytrading/public-copy-traders", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { unique_code: Str = "uniqueCode" },
                optional: { inst_type: Str = "instType", limit: Int = "limit" },
                returns: list Json,
            }
            /// Lead trader current lead positions.
            GetLeadTraderCurrentLeadPositions => get_lead_trader_current_lead_positions {
                section: copytrading, http: GET "/api/v5/copytrading/public-current-subpositions", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { unique_code: Str = "uniqueCode" },
                optional: {
                    inst_type: Str = "instType",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_lead_trader_current_lead_positions by "subPosId",
                returns: list Json,
            }
            /// Lead trader ranks.
            GetLeadTraderRanks => get_lead_trader_ranks {
                section: copytrading, http: GET "/api/v5/copytrading/public-lead-traders", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: {},
                optional: {
                    inst_type: Str = "instType",
                    sort_type: Str = "sortType",
                    state: Str = "state",
                    min_lead_days: Str = "minLeadDays",
                    min_assets: Num = "minAssets",
                    max_assets: Num = "maxAssets",
                    min_aum: Num = "minAum",
                    max_aum: Num = "maxAum",
                    data_ver: Str = "dataVer",
                    page: Int = "page",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Lead trader daily pnl.
            GetLeadTraderDailyPnl => get_lead_trader_daily_pnl {
                section: copytrading, http: GET "/api/v5/copytrading/public-pnl", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { unique_code: Str = "uniqueCode", last_days: Str = "lastDays" },
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Lead trader currency preferences.
            GetLeadTraderCurrencyPreferences => get_lead_trader_currency_preferences {
                section: copytrading, http: GET "/api/v5/copytrading/public-preference-currency", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { unique_code: Str = "uniqueCode" },
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Lead trader stats.
            GetLeadTraderStats => get_lead_trader_stats {
                section: copytrading, http: GET "/api/v5/copytrading/public-stats", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { unique_code: Str = "uniqueCode", last_days: Str = "lastDays" },
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Lead trader lead position history.
            GetLeadTraderLeadPositionHistory => get_lead_trader_lead_position_history {
                section: copytrading, http: GET "/api/v5/copytrading/public-subpositions-history", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { unique_code: Str = "uniqueCode" },
                optional: {
                    inst_type: Str = "instType",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_lead_trader_lead_position_history by "subPosId",
                returns: list Json,
            }
            /// Lead trader weekly pnl.
            GetLeadTraderWeeklyPnl => get_lead_trader_weekly_pnl {
                section: copytrading, http: GET "/api/v5/copytrading/public-weekly-pnl", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { unique_code: Str = "uniqueCode" },
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Amends leading instruments (needs Trade permission).
            AmendLeadingInstruments => amend_leading_instruments {
                section: copytrading, http: POST "/api/v5/copytrading/set-instruments", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { inst_id: Str = "instId" },
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Stops copying (needs Trade permission).
            StopCopying => stop_copying {
                section: copytrading, http: POST "/api/v5/copytrading/stop-copy-trading", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {
                    unique_code: Str = "uniqueCode",
                    sub_pos_close_type: Str = "subPosCloseType",
                },
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Lead position history (needs Read permission).
            GetLeadPositionHistory => get_lead_position_history {
                section: copytrading, http: GET "/api/v5/copytrading/subpositions-history", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {
                    inst_type: Str = "instType",
                    inst_id: Str = "instId",
                    after: Str = "after",
                    before: Str = "before",
                    limit: Int = "limit",
                },
                pages: iter_lead_position_history by "subPosId",
                returns: list Json,
            }
            /// Total profit sharing (needs Read permission).
            GetTotalProfitSharing => get_total_profit_sharing {
                section: copytrading, http: GET "/api/v5/copytrading/total-profit-sharing", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Total unrealized profit sharing (needs Read permission).
            GetTotalUnrealizedProfitSharing => get_total_unrealized_profit_sharing {
                section: copytrading, http: GET "/api/v5/copytrading/total-unrealized-profit-sharing", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            /// Unrealized profit sharing details (needs Read permission).
            GetUnrealizedProfitSharingDetails => get_unrealized_profit_sharing_details {
                section: copytrading, http: GET "/api/v5/copytrading/unrealized-profit-sharing-details", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { inst_type: Str = "instType" },
                returns: list Json,
            }
            // ---- blocktrading ----
            /// RFQ cancel all after (needs Trade permission).
            RfqCancelAllAfter => rfq_cancel_all_after {
                section: blocktrading, http: POST "/api/v5/rfq/cancel-all-after", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: { time_out: Str = "timeOut" },
                optional: {},
                returns: list Json,
            }
            /// Cancels all quotes (needs Trade permission).
            CancelAllQuotes => cancel_all_quotes {
                section: blocktrading, http: POST "/api/v5/rfq/cancel-all-quotes", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Cancels all RFQs (needs Trade permission).
            CancelAllRfqs => cancel_all_rfqs {
                section: blocktrading, http: POST "/api/v5/rfq/cancel-all-rfqs", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Cancels batch quotes (needs Trade permission).
            CancelBatchQuotes => cancel_batch_quotes {
                section: blocktrading, http: POST "/api/v5/rfq/cancel-batch-quotes", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {},
                optional: { quote_ids: StrList = "quoteIds", cl_quote_ids: StrList = "clQuoteIds" },
                one_of: [quote_ids, cl_quote_ids],
                returns: list Json,
            }
            /// Cancels batch RFQs (needs Trade permission).
            CancelBatchRfqs => cancel_batch_rfqs {
                section: blocktrading, http: POST "/api/v5/rfq/cancel-batch-rfqs", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {},
                optional: { rfq_ids: StrList = "rfqIds", cl_rfq_ids: StrList = "clRfqIds" },
                one_of: [rfq_ids, cl_rfq_ids],
                returns: list Json,
            }
            /// Cancels quote (needs Trade permission).
            CancelQuote => cancel_quote {
                section: blocktrading, http: POST "/api/v5/rfq/cancel-quote", auth: Private,
                limit: 50 per 2, rule: "UserID",
                required: {},
                optional: {
                    quote_id: Str = "quoteId",
                    cl_quote_id: Str = "clQuoteId",
                    rfq_id: Str = "rfqId",
                },
                one_of: [quote_id, cl_quote_id],
                returns: list Json,
            }
            /// Cancels RFQ (needs Trade permission).
            CancelRfq => cancel_rfq {
                section: blocktrading, http: POST "/api/v5/rfq/cancel-rfq", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: { rfq_id: Str = "rfqId", cl_rfq_id: Str = "clRfqId" },
                one_of: [rfq_id, cl_rfq_id],
                returns: list Json,
            }
            /// Counterparties (needs Read permission).
            GetCounterparties => get_counterparties {
                section: blocktrading, http: GET "/api/v5/rfq/counterparties", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Creates quote (needs Trade permission).
            CreateQuote => create_quote {
                section: blocktrading, http: POST "/api/v5/rfq/create-quote", auth: Private,
                limit: 50 per 2, rule: "UserID",
                required: {
                    rfq_id: Str = "rfqId",
                    quote_side: Str = "quoteSide",
                    legs: Items = "legs",
                },
                optional: {
                    cl_quote_id: Str = "clQuoteId",
                    tag: Str = "tag",
                    anonymous: Bool = "anonymous",
                    expires_in: Str = "expiresIn",
                },
                returns: list Json,
            }
            /// Creates RFQ (needs Trade permission).
            /// Rate limit as documented: 5/2s; 80/12h.
            CreateRfq => create_rfq {
                section: blocktrading, http: POST "/api/v5/rfq/create-rfq", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: { counterparties: StrList = "counterparties", legs: Items = "legs" },
                optional: {
                    anonymous: Bool = "anonymous",
                    cl_rfq_id: Str = "clRfqId",
                    tag: Str = "tag",
                    allow_partial_execution: Bool = "allowPartialExecution",
                    acct_alloc: Items = "acctAlloc",
                },
                returns: list Json,
            }
            /// Executes quote (needs Trade permission).
            ExecuteQuote => execute_quote {
                section: blocktrading, http: POST "/api/v5/rfq/execute-quote", auth: Private,
                limit: 2 per 3, rule: "UserID",
                required: { rfq_id: Str = "rfqId", quote_id: Str = "quoteId" },
                optional: { legs: Items = "legs" },
                returns: list Json,
            }
            /// Quote products (needs Read permission).
            GetQuoteProducts => get_quote_products {
                section: blocktrading, http: GET "/api/v5/rfq/maker-instrument-settings", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Sets quote products (needs Trade permission).
            SetQuoteProducts => set_quote_products {
                section: blocktrading, http: POST "/api/v5/rfq/maker-instrument-settings", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                items: settings max 20 {
                    required: { inst_type: Str = "instType", data: Items = "data" },
                    optional: { include_all: Bool = "includeAll" },
                },
                returns: list Json,
            }
            /// RFQ MMP config (needs Read permission).
            GetRfqMmpConfig => get_rfq_mmp_config {
                section: blocktrading, http: GET "/api/v5/rfq/mmp-config", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Sets RFQ MMP config (needs Trade permission).
            SetRfqMmpConfig => set_rfq_mmp_config {
                section: blocktrading, http: POST "/api/v5/rfq/mmp-config", auth: Private,
                limit: 1 per 10, rule: "UserID",
                required: {
                    time_interval: Str = "timeInterval",
                    frozen_interval: Str = "frozenInterval",
                    count_limit: Str = "countLimit",
                },
                optional: {},
                returns: list Json,
            }
            /// Resets RFQ MMP (needs Trade permission).
            ResetRfqMmp => reset_rfq_mmp {
                section: blocktrading, http: POST "/api/v5/rfq/mmp-reset", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// RFQ public trades.
            GetRfqPublicTrades => get_rfq_public_trades {
                section: blocktrading, http: GET "/api/v5/rfq/public-trades", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: {},
                optional: {
                    begin_id: Str = "beginId",
                    end_id: Str = "endId",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Quotes (needs Read permission).
            GetQuotes => get_quotes {
                section: blocktrading, http: GET "/api/v5/rfq/quotes", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {},
                optional: {
                    rfq_id: Str = "rfqId",
                    cl_rfq_id: Str = "clRfqId",
                    quote_id: Str = "quoteId",
                    cl_quote_id: Str = "clQuoteId",
                    state: Str = "state",
                    begin_id: Str = "beginId",
                    end_id: Str = "endId",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// RFQs (needs Read permission).
            GetRfqs => get_rfqs {
                section: blocktrading, http: GET "/api/v5/rfq/rfqs", auth: Private,
                limit: 2 per 2, rule: "UserID",
                required: {},
                optional: {
                    rfq_id: Str = "rfqId",
                    cl_rfq_id: Str = "clRfqId",
                    state: Str = "state",
                    begin_id: Str = "beginId",
                    end_id: Str = "endId",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// RFQ trades (needs Read permission).
            GetRfqTrades => get_rfq_trades {
                section: blocktrading, http: GET "/api/v5/rfq/trades", auth: Private,
                limit: 5 per 2, rule: "UserID",
                required: {},
                optional: {
                    rfq_id: Str = "rfqId",
                    cl_rfq_id: Str = "clRfqId",
                    quote_id: Str = "quoteId",
                    block_td_id: Str = "blockTdId",
                    cl_quote_id: Str = "clQuoteId",
                    begin_id: Str = "beginId",
                    end_id: Str = "endId",
                    begin_ts: Int = "beginTs",
                    end_ts: Int = "endTs",
                    limit: Int = "limit",
                    is_successful: Bool = "isSuccessful",
                },
                returns: list Json,
            }
            // ---- spread ----
            /// Amends spread order (needs Trade permission).
            AmendSpreadOrder => amend_spread_order {
                section: spread, http: POST "/api/v5/sprd/amend-order", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {
                    ord_id: Str = "ordId",
                    cl_ord_id: Str = "clOrdId",
                    req_id: Str = "reqId",
                    new_sz: Num = "newSz",
                    new_px: Num = "newPx",
                },
                one_of: [ord_id, cl_ord_id],
                ws: "sprd-amend-order",
                returns: list Json,
            }
            /// Spread orderbook.
            GetSpreadOrderbook => get_spread_orderbook {
                section: spread, http: GET "/api/v5/sprd/books", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: { sprd_id: Str = "sprdId" },
                optional: { sz: Num = "sz" },
                returns: list Json,
            }
            /// Spread cancel all after (needs Trade permission).
            SpreadCancelAllAfter => spread_cancel_all_after {
                section: spread, http: POST "/api/v5/sprd/cancel-all-after", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: { time_out: Str = "timeOut" },
                optional: {},
                returns: list Json,
            }
            /// Cancels spread order (needs Trade permission).
            CancelSpreadOrder => cancel_spread_order {
                section: spread, http: POST "/api/v5/sprd/cancel-order", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: { ord_id: Str = "ordId", cl_ord_id: Str = "clOrdId" },
                one_of: [ord_id, cl_ord_id],
                ws: "sprd-cancel-order",
                returns: list Json,
            }
            /// Cancels all spread orders (needs Trade permission).
            CancelAllSpreadOrders => cancel_all_spread_orders {
                section: spread, http: POST "/api/v5/sprd/mass-cancel", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {},
                optional: { sprd_id: Str = "sprdId" },
                ws: "sprd-mass-cancel",
                returns: list Json,
            }
            /// Spread order (needs Read permission).
            GetSpreadOrder => get_spread_order {
                section: spread, http: GET "/api/v5/sprd/order", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: { ord_id: Str = "ordId", cl_ord_id: Str = "clOrdId" },
                one_of: [ord_id, cl_ord_id],
                returns: list Json,
            }
            /// Places spread order (needs Trade permission).
            PlaceSpreadOrder => place_spread_order {
                section: spread, http: POST "/api/v5/sprd/order", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {
                    sprd_id: Str = "sprdId",
                    side: Str = "side",
                    ord_type: Str = "ordType",
                    sz: Num = "sz",
                    px: Num = "px",
                },
                optional: { cl_ord_id: Str = "clOrdId", tag: Str = "tag" },
                ws: "sprd-order",
                returns: list Json,
            }
            /// Spread orders history (needs Read permission).
            GetSpreadOrdersHistory => get_spread_orders_history {
                section: spread, http: GET "/api/v5/sprd/orders-history", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {
                    sprd_id: Str = "sprdId",
                    ord_type: Str = "ordType",
                    state: Str = "state",
                    begin_id: Str = "beginId",
                    end_id: Str = "endId",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Spread orders history archive (needs Read permission).
            GetSpreadOrdersHistoryArchive => get_spread_orders_history_archive {
                section: spread, http: GET "/api/v5/sprd/orders-history-archive", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {
                    sprd_id: Str = "sprdId",
                    ord_type: Str = "ordType",
                    state: Str = "state",
                    inst_type: Str = "instType",
                    inst_family: Str = "instFamily",
                    begin_id: Str = "beginId",
                    end_id: Str = "endId",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Spread orders pending (needs Read permission).
            GetSpreadOrdersPending => get_spread_orders_pending {
                section: spread, http: GET "/api/v5/sprd/orders-pending", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {},
                optional: {
                    sprd_id: Str = "sprdId",
                    ord_type: Str = "ordType",
                    state: Str = "state",
                    begin_id: Str = "beginId",
                    end_id: Str = "endId",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Spread public trades.
            GetSpreadPublicTrades => get_spread_public_trades {
                section: spread, http: GET "/api/v5/sprd/public-trades", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: {},
                optional: { sprd_id: Str = "sprdId" },
                returns: list Json,
            }
            /// Spreads.
            GetSpreads => get_spreads {
                section: spread, http: GET "/api/v5/sprd/spreads", auth: Public,
                limit: 20 per 2, rule: "IP",
                required: {},
                optional: {
                    base_ccy: Str = "baseCcy",
                    inst_id: Str = "instId",
                    sprd_id: Str = "sprdId",
                    state: Str = "state",
                },
                returns: list Json,
            }
            /// Spread ticker legacy (no longer in OKX's current documentation).
            /// Its parameters are not verified against OKX's documentation.
            GetSpreadTickerLegacy => get_spread_ticker_legacy {
                section: spread, http: GET "/api/v5/sprd/ticker", auth: Public,
                limit: 0 per 0, rule: "unknown",
                required: {},
                optional: { sprd_id: Str = "sprdId" },
                returns: list Json,
            }
            /// Spread trades (needs Read permission).
            GetSpreadTrades => get_spread_trades {
                section: spread, http: GET "/api/v5/sprd/trades", auth: Private,
                limit: 20 per 2, rule: "UserID",
                required: {},
                optional: {
                    sprd_id: Str = "sprdId",
                    trade_id: Str = "tradeId",
                    ord_id: Str = "ordId",
                    begin_id: Str = "beginId",
                    end_id: Str = "endId",
                    begin: Int = "begin",
                    end: Int = "end",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            // ---- rubik ----
            /// Long short ratio.
            GetLongShortRatio => get_long_short_ratio {
                section: rubik, http: GET "/api/v5/rubik/stat/contracts/long-short-account-ratio", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { ccy: Str = "ccy" },
                optional: { begin: Int = "begin", end: Int = "end", period: Str = "period" },
                returns: list Json,
            }
            /// Contract long short ratio.
            GetContractLongShortRatio => get_contract_long_short_ratio {
                section: rubik, http: GET "/api/v5/rubik/stat/contracts/long-short-account-ratio-contract", auth: Public,
                limit: 5 per 2, rule: "IP+instId",
                required: { inst_id: Str = "instId" },
                optional: {
                    period: Str = "period",
                    end: Int = "end",
                    begin: Int = "begin",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Top traders long short ratio.
            GetTopTradersLongShortRatio => get_top_traders_long_short_ratio {
                section: rubik, http: GET "/api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader", auth: Public,
                limit: 5 per 2, rule: "IP+instId",
                required: { inst_id: Str = "instId" },
                optional: {
                    period: Str = "period",
                    end: Int = "end",
                    begin: Int = "begin",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Top traders long short position ratio.
            GetTopTradersLongShortPositionRatio => get_top_traders_long_short_position_ratio {
                section: rubik, http: GET "/api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader", auth: Public,
                limit: 5 per 2, rule: "IP+instId",
                required: { inst_id: Str = "instId" },
                optional: {
                    period: Str = "period",
                    end: Int = "end",
                    begin: Int = "begin",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Contract open interest history.
            GetContractOpenInterestHistory => get_contract_open_interest_history {
                section: rubik, http: GET "/api/v5/rubik/stat/contracts/open-interest-history", auth: Public,
                limit: 10 per 2, rule: "IP+instId",
                required: { inst_id: Str = "instId" },
                optional: {
                    period: Str = "period",
                    end: Int = "end",
                    begin: Int = "begin",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Contracts open interest volume.
            GetContractsOpenInterestVolume => get_contracts_open_interest_volume {
                section: rubik, http: GET "/api/v5/rubik/stat/contracts/open-interest-volume", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { ccy: Str = "ccy" },
                optional: { begin: Int = "begin", end: Int = "end", period: Str = "period" },
                returns: list Json,
            }
            /// Margin long short ratio.
            GetMarginLongShortRatio => get_margin_long_short_ratio {
                section: rubik, http: GET "/api/v5/rubik/stat/margin/loan-ratio", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { ccy: Str = "ccy" },
                optional: { begin: Int = "begin", end: Int = "end", period: Str = "period" },
                returns: list Json,
            }
            /// Options open interest volume.
            GetOptionsOpenInterestVolume => get_options_open_interest_volume {
                section: rubik, http: GET "/api/v5/rubik/stat/option/open-interest-volume", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { ccy: Str = "ccy" },
                optional: { period: Str = "period" },
                returns: list Json,
            }
            /// Options open interest volume expiry.
            GetOptionsOpenInterestVolumeExpiry => get_options_open_interest_volume_expiry {
                section: rubik, http: GET "/api/v5/rubik/stat/option/open-interest-volume-expiry", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { ccy: Str = "ccy" },
                optional: { period: Str = "period" },
                returns: list Json,
            }
            /// Put call ratio.
            GetPutCallRatio => get_put_call_ratio {
                section: rubik, http: GET "/api/v5/rubik/stat/option/open-interest-volume-ratio", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { ccy: Str = "ccy" },
                optional: { period: Str = "period" },
                returns: list Json,
            }
            /// Options open interest volume strike.
            GetOptionsOpenInterestVolumeStrike => get_options_open_interest_volume_strike {
                section: rubik, http: GET "/api/v5/rubik/stat/option/open-interest-volume-strike", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { ccy: Str = "ccy", exp_time: Str = "expTime" },
                optional: { period: Str = "period" },
                returns: list Json,
            }
            /// Taker flow.
            GetTakerFlow => get_taker_flow {
                section: rubik, http: GET "/api/v5/rubik/stat/option/taker-block-volume", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { ccy: Str = "ccy" },
                optional: { period: Str = "period" },
                returns: list Json,
            }
            /// Taker volume.
            GetTakerVolume => get_taker_volume {
                section: rubik, http: GET "/api/v5/rubik/stat/taker-volume", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: { ccy: Str = "ccy", inst_type: Str = "instType" },
                optional: { begin: Int = "begin", end: Int = "end", period: Str = "period" },
                returns: list Json,
            }
            /// Contract taker volume.
            GetContractTakerVolume => get_contract_taker_volume {
                section: rubik, http: GET "/api/v5/rubik/stat/taker-volume-contract", auth: Public,
                limit: 5 per 2, rule: "IP+instId",
                required: { inst_id: Str = "instId" },
                optional: {
                    period: Str = "period",
                    unit: Str = "unit",
                    end: Int = "end",
                    begin: Int = "begin",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Support coin.
            GetSupportCoin => get_support_coin {
                section: rubik, http: GET "/api/v5/rubik/stat/trading-data/support-coin", auth: Public,
                limit: 5 per 2, rule: "IP",
                required: {},
                optional: {},
                returns: list Json,
            }
            // ---- status ----
            /// System status.
            GetSystemStatus => get_system_status {
                section: status, http: GET "/api/v5/system/status", auth: Public,
                limit: 1 per 5, rule: "unknown",
                required: {},
                optional: { state: Str = "state" },
                returns: list Json,
            }
            // ---- broker ----
            /// Dma sub-account list (needs Read permission).
            GetDmaSubaccountList => get_dma_subaccount_list {
                section: broker, http: GET "/api/v5/broker/dma/subaccount-info", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {},
                optional: {
                    sub_acct: Str = "subAcct",
                    uid: Str = "uid",
                    page: Int = "page",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Dma sub-account fee rates (needs Read permission).
            GetDmaSubaccountFeeRates => get_dma_subaccount_fee_rates {
                section: broker, http: GET "/api/v5/broker/dma/subaccount-trade-fee", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: {},
                optional: {
                    sub_acct: Str = "subAcct",
                    uid: Str = "uid",
                    page: Int = "page",
                    limit: Int = "limit",
                },
                returns: list Json,
            }
            /// Dma sub-account API key (needs Read permission).
            GetDmaSubaccountApiKey => get_dma_subaccount_api_key {
                section: broker, http: GET "/api/v5/broker/dma/subaccount/apikey", auth: Private,
                limit: 1 per 1, rule: "UserID",
                required: { sub_acct: Str = "subAcct" },
                optional: { api_key: Str = "apiKey" },
                returns: list Json,
            }
            /// Creates dma sub-account API key (needs Trade permission).
            CreateDmaSubaccountApiKey => create_dma_subaccount_api_key {
                section: broker, http: POST "/api/v5/broker/dma/subaccount/apikey", auth: Private,
                limit: 40 per 1, rule: "UserID",
                required: {
                    sub_acct: Str = "subAcct",
                    label: Str = "label",
                    passphrase: Str = "passphrase",
                },
                optional: { ip: Str = "ip", perm: Str = "perm" },
                returns: list Json,
            }
            /// Fd user rebate info (needs Read permission).
            GetFdUserRebateInfo => get_fd_user_rebate_info {
                section: broker, http: GET "/api/v5/broker/fd/if-rebate", auth: Private,
                limit: 2 per 1, rule: "UserID",
                required: { api_key: Str = "apiKey" },
                optional: { broker_type: Str = "brokerType" },
                returns: list Json,
            }
            /// Fd rebate download link (needs Read permission).
            GetFdRebateDownloadLink => get_fd_rebate_download_link {
                section: broker, http: GET "/api/v5/broker/fd/rebate-per-orders", auth: Private,
                limit: 2 per 60, rule: "UserID",
                required: { type_: Str = "type" },
                optional: {
                    begin: Int = "begin",
                    end: Int = "end",
                    broker_type: Str = "brokerType",
                },
                returns: list Json,
            }
            /// Creates fd rebate download link (needs Read permission).
            CreateFdRebateDownloadLink => create_fd_rebate_download_link {
                section: broker, http: POST "/api/v5/broker/fd/rebate-per-orders", auth: Private,
                limit: 1 per 3600, rule: "UserID",
                required: { begin: Int = "begin", end: Int = "end" },
                optional: { broker_type: Str = "brokerType" },
                returns: list Json,
            }
            // ---- other ----
            /// Affiliate co inviter links.
            GetAffiliateCoInviterLinks => get_affiliate_co_inviter_links {
                section: other, http: GET "/api/v5/affiliate/co-inviter/list", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    page: Int = "page",
                    limit: Int = "limit",
                    link_status: Str = "linkStatus",
                },
                returns: list Json,
            }
            /// Affiliate invitee detail.
            GetAffiliateInviteeDetail => get_affiliate_invitee_detail {
                section: other, http: GET "/api/v5/affiliate/invitee/detail", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: { uid: Str = "uid" },
                optional: { period_type: Str = "periodType" },
                returns: list Json,
            }
            /// Affiliate invitees.
            GetAffiliateInvitees => get_affiliate_invitees {
                section: other, http: GET "/api/v5/affiliate/invitee/list", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    page: Int = "page",
                    limit: Int = "limit",
                    period_type: Str = "periodType",
                    begin: Int = "begin",
                    end: Int = "end",
                    keyword: Str = "keyword",
                    commission_category: Str = "commissionCategory",
                    order_by: Str = "orderBy",
                    order_dir: Str = "orderDir",
                    kyc_status: Str = "kycStatus",
                    sub_affiliate_uid: Str = "subAffiliateUid",
                    uid: Str = "uid",
                    join_time_begin: Str = "joinTimeBegin",
                    join_time_end: Str = "joinTimeEnd",
                },
                returns: list Json,
            }
            /// Affiliate links.
            GetAffiliateLinks => get_affiliate_links {
                section: other, http: GET "/api/v5/affiliate/link/list", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    page: Int = "page",
                    limit: Int = "limit",
                    link_type: Str = "linkType",
                    link_status: Str = "linkStatus",
                },
                returns: list Json,
            }
            /// Affiliate performance summary.
            GetAffiliatePerformanceSummary => get_affiliate_performance_summary {
                section: other, http: GET "/api/v5/affiliate/performance/summary", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    period_type: Str = "periodType",
                    begin: Int = "begin",
                    end: Int = "end",
                },
                returns: list Json,
            }
            /// Sub affiliates.
            GetSubAffiliates => get_sub_affiliates {
                section: other, http: GET "/api/v5/affiliate/sub-affiliate/list", auth: Private,
                limit: 3 per 1, rule: "UserID",
                required: {},
                optional: {
                    page: Int = "page",
                    limit: Int = "limit",
                    keyword: Str = "keyword",
                    commission_category: Str = "commissionCategory",
                    order_by: Str = "orderBy",
                    order_dir: Str = "orderDir",
                },
                returns: list Json,
            }
            /// Announcement types.
            GetAnnouncementTypes => get_announcement_types {
                section: other, http: GET "/api/v5/support/announcement-types", auth: Public,
                limit: 1 per 2, rule: "IP",
                required: {},
                optional: {},
                returns: list Json,
            }
            /// Announcements.
            GetAnnouncements => get_announcements {
                section: other, http: GET "/api/v5/support/announcements", auth: Public,
                limit: 5 per 2, rule: "UserID (private) or IP (public)",
                required: {},
                optional: { ann_type: Str = "annType", page: Int = "page" },
                returns: list Json,
            }
        }
    };
}

/// The Rust type a `returns:` clause decodes to.
#[macro_export]
#[doc(hidden)]
macro_rules! endpoint_output {
    (one Json) => { ::okx_core::types::RawData };
    (list Json) => { ::okx_core::types::RawData };
    (one $t:ident) => { ::okx_core::types::$t };
    (list $t:ident) => { ::std::vec::Vec<::okx_core::types::$t> };
}

/// Emits one request struct and `impl Request` per endpoint, plus `ENDPOINTS`.
macro_rules! define_requests {
    ($(
        $(#[doc = $doc:literal])+
        $ty:ident => $name:ident {
            section: $section:ident, http: $method:ident $path:literal, auth: $auth:ident,
            limit: $count:literal per $secs:literal, rule: $rule:literal,
            required: { $( $rp:ident : $rk:ident $(($rset:path))? = $rokx:literal ),* $(,)? },
            optional: { $( $op:ident : $ok:ident $(($oset:path))? = $ookx:literal ),* $(,)? },
            $( one_of: [ $($oo:ident),* ], )?
            $( items: $arr:ident max $max:literal {
                required: { $( $irp:ident : $irk:ident $(($irset:path))? = $irokx:literal ),* $(,)? },
                optional: { $( $iop:ident : $iok:ident $(($ioset:path))? = $iookx:literal ),* $(,)? },
                $( one_of: [ $($ioo:ident),* ], )?
            }, )?
            $( pages: $pager:ident by $cursor:literal, )?
            $( ws: $wsop:tt, )?
            returns: $shape:ident $ret:ident,
        }
    )*) => {
        $(
            $(#[doc = $doc])+
            #[doc = concat!("\n\n`", stringify!($method), " ", $path, "`, ", stringify!($count), " requests per ", stringify!($secs), " s per ", $rule, ".")]
            #[derive(Debug, Clone, Default, PartialEq, Eq)]
            pub struct $ty {
                $( #[doc = concat!("OKX `", $rokx, "` (required).")] pub $rp: String, )*
                $( #[doc = concat!("OKX `", $ookx, "`.")] pub $op: Option<String>, )*
                $( #[doc = "The items of the JSON array body: (OKX name, value) pairs."] pub $arr: Vec<$crate::request::Item>, )?
            }

            impl $crate::request::Request for $ty {
                type Output = $crate::endpoint_output!($shape $ret);
                const SPEC: &'static $crate::request::EndpointSpec = &{
                    const PARAMS: &[$crate::request::ParamSpec] = &[
                        $( $crate::request::ParamSpec {
                            name: stringify!($rp), okx: $rokx, required: true,
                            kind: $crate::request::Kind::$rk $(($rset))?,
                        }, )*
                        $( $crate::request::ParamSpec {
                            name: stringify!($op), okx: $ookx, required: false,
                            kind: $crate::request::Kind::$ok $(($oset))?,
                        }, )*
                    ];
                    const ITEMS: &[$crate::request::ParamSpec] = &[ $(
                        $( $crate::request::ParamSpec {
                            name: stringify!($irp), okx: $irokx, required: true,
                            kind: $crate::request::Kind::$irk $(($irset))?,
                        }, )*
                        $( $crate::request::ParamSpec {
                            name: stringify!($iop), okx: $iookx, required: false,
                            kind: $crate::request::Kind::$iok $(($ioset))?,
                        }, )*
                    )? ];
                    const METHOD: $crate::request::Method = define_requests!(@method $method);
                    $crate::request::EndpointSpec {
                        name: stringify!($name),
                        section: stringify!($section),
                        method: METHOD,
                        path: $path,
                        auth: $crate::request::Auth::$auth,
                        limit_count: $count,
                        limit_secs: $secs,
                        limit_rule: $rule,
                        doc: concat!($($doc),+),
                        params: PARAMS,
                        one_of: &[ $( $( stringify!($oo) ),* )? ],
                        returns: define_requests!(@py $shape $ret),
                        items_arg: concat!("" $(, stringify!($arr))?),
                        items: ITEMS,
                        items_one_of: &[ $( $( $( stringify!($ioo) ),* )? )? ],
                        max_items: 0 $( + $max )?,
                        json_body: $crate::request::needs_json_body(METHOD, PARAMS, ITEMS),
                        pager: concat!("" $(, stringify!($pager))?),
                        cursor: concat!("" $(, $cursor)?),
                        ws_op: concat!("" $(, $wsop)?),
                    }
                };

                #[allow(unused_mut, clippy::vec_init_then_push)]
                fn params(&self) -> Vec<(&'static str, &str)> {
                    let mut out = Vec::new();
                    $( out.push(($rokx, self.$rp.as_str())); )*
                    $( if let Some(v) = &self.$op { out.push(($ookx, v.as_str())); } )*
                    out
                }

                $( fn items(&self) -> &[$crate::request::Item] { &self.$arr } )?

                $( fn items_mut(&mut self) -> Option<&mut Vec<$crate::request::Item>> {
                    Some(&mut self.$arr)
                } )?

                #[allow(unused_variables, clippy::match_single_binding)]
                fn set_param(&mut self, okx: &str, value: String) -> bool {
                    match okx {
                        $( $ookx => { self.$op = Some(value); true } )*
                        _ => false,
                    }
                }

                fn decode(data: &serde_json::value::RawValue) -> okx_core::Result<Self::Output> {
                    define_requests!(@decode $shape $ret $path data)
                }
            }
        )*

        /// Every declared endpoint, in table order.
        pub const ENDPOINTS: &[&$crate::request::EndpointSpec] = &[
            $( <$ty as $crate::request::Request>::SPEC, )*
        ];
    };
    (@method GET) => { $crate::request::Method::Get };
    (@method POST) => { $crate::request::Method::Post };
    (@py one Json) => { "dict[str, Any]" };
    (@py list Json) => { "list[dict[str, Any]]" };
    (@py one $t:ident) => { stringify!($t) };
    (@py list $t:ident) => { concat!("list[", stringify!($t), "]") };
    (@decode $shape:ident Json $path:literal $data:ident) => { $crate::request::decode_raw_data($path, $data) };
    (@decode one $t:ident $path:literal $data:ident) => { $crate::request::decode_one($path, $data) };
    (@decode list $t:ident $path:literal $data:ident) => { $crate::request::decode_list($path, $data) };
}

for_each_endpoint!(define_requests);
