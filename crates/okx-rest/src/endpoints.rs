//! The endpoint table: each OKX REST endpoint is declared once, here. Every other
//! artefact (request structs, `ENDPOINTS`, Python methods, stubs, docs table) is derived
//! by passing an emitter macro to [`for_each_endpoint!`].

/// Calls `$emit! { ... }` with every endpoint declaration.
///
/// Entry grammar: doc lines, `Struct => method_name { section, http, auth, limit, rule,
/// required: {name: Kind = "okxName"}, optional: {...}, [one_of: [a, b],] returns: one|list Type }`.
/// Kinds: `Str`, `Num`, `Int`, `OneOf(::okx_core::enums::SET)`. Required parameters come
/// first in the Python signature, then optional ones in the documented okx_py order.
#[macro_export]
macro_rules! for_each_endpoint {
    ($emit:ident) => {
        $emit! {
            // ---- account ----
            /// Trading account balance: totals and one detail per currency.
            GetBalance => get_balance {
                section: account, http: GET "/api/v5/account/balance", auth: Private,
                limit: 10 per 2, rule: "UserID",
                required: {},
                optional: { ccy: Str = "ccy" },
                returns: one Balance,
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
            // ---- trade ----
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
                returns: one OrderAck,
            }
            /// Cancels one order by ordId or clOrdId.
            CancelOrder => cancel_order {
                section: trade, http: POST "/api/v5/trade/cancel-order", auth: Private,
                limit: 60 per 2, rule: "UserID+instId",
                required: { inst_id: Str = "instId" },
                optional: { ord_id: Str = "ordId", cl_ord_id: Str = "clOrdId" },
                one_of: [ord_id, cl_ord_id],
                returns: one OrderAck,
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
                returns: list Order,
            }
            // ---- market ----
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
            /// Order book snapshot; `depth` is the number of levels per side (OKX `sz`, max 400).
            GetOrderbook => get_orderbook {
                section: market, http: GET "/api/v5/market/books", auth: Public,
                limit: 40 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: { depth: Int = "sz" },
                returns: one OrderBook,
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
                returns: list Candle,
            }
            /// The most recent public trades of one instrument (up to 500).
            GetTrades => get_trades {
                section: market, http: GET "/api/v5/market/trades", auth: Public,
                limit: 100 per 2, rule: "IP",
                required: { inst_id: Str = "instId" },
                optional: { limit: Int = "limit" },
                returns: list Trade,
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
            // ---- public ----
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
            /// OKX's clock, Unix milliseconds (OKX path `/api/v5/public/time`).
            GetSystemTime => get_system_time {
                section: public, http: GET "/api/v5/public/time", auth: Public,
                limit: 10 per 2, rule: "IP",
                required: {},
                optional: {},
                returns: one SystemTime,
            }
        }
    };
}

/// The Rust type a `returns:` clause decodes to.
#[macro_export]
#[doc(hidden)]
macro_rules! endpoint_output {
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
            }

            impl $crate::request::Request for $ty {
                type Output = $crate::endpoint_output!($shape $ret);
                const SPEC: &'static $crate::request::EndpointSpec = &$crate::request::EndpointSpec {
                    name: stringify!($name),
                    section: stringify!($section),
                    method: define_requests!(@method $method),
                    path: $path,
                    auth: $crate::request::Auth::$auth,
                    limit_count: $count,
                    limit_secs: $secs,
                    limit_rule: $rule,
                    doc: concat!($($doc),+),
                    params: &[
                        $( $crate::request::ParamSpec {
                            name: stringify!($rp), okx: $rokx, required: true,
                            kind: $crate::request::Kind::$rk $(($rset))?,
                        }, )*
                        $( $crate::request::ParamSpec {
                            name: stringify!($op), okx: $ookx, required: false,
                            kind: $crate::request::Kind::$ok $(($oset))?,
                        }, )*
                    ],
                    one_of: &[ $( $( stringify!($oo) ),* )? ],
                    returns: define_requests!(@py $shape $ret),
                };

                #[allow(unused_mut, clippy::vec_init_then_push)]
                fn params(&self) -> Vec<(&'static str, &str)> {
                    let mut out = Vec::new();
                    $( out.push(($rokx, self.$rp.as_str())); )*
                    $( if let Some(v) = &self.$op { out.push(($ookx, v.as_str())); } )*
                    out
                }

                fn decode(data: &serde_json::value::RawValue) -> okx_core::Result<Self::Output> {
                    define_requests!(@decode $shape $path data)
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
    (@py one $t:ident) => { stringify!($t) };
    (@py list $t:ident) => { concat!("list[", stringify!($t), "]") };
    (@decode one $path:literal $data:ident) => { $crate::request::decode_one($path, $data) };
    (@decode list $path:literal $data:ident) => { $crate::request::decode_list($path, $data) };
}

for_each_endpoint!(define_requests);
