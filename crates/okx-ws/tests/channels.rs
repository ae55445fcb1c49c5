//! The channel table against websocket.md: every channel on its documented URL, login
//! where required, candle patterns, unique names, the documented Python signatures.

use std::collections::HashSet;

use okx_core::OkxError;
use okx_ws::channels::{route_or_err, BOOK_CHANNELS, CANDLE_BARS};
use okx_ws::{route, Select, UrlKind, CHANNELS};
use serde_json::{Map, Value};

fn args(pairs: &[(&str, &str)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), Value::from(*v)))
        .collect()
}

// websocket.md 1.1: the business URL list; everything else public is public and
// everything else private is private.
const BUSINESS: &[&str] = &[
    "candle1m",
    "candle1s",
    "candle3Mutc",
    "mark-price-candle1H",
    "mark-price-candle1Yutc",
    "index-candle1D",
    "trades-all",
    "orders-algo",
    "algo-advance",
    "deposit-info",
    "withdrawal-info",
    "grid-orders-spot",
    "grid-orders-contract",
    "grid-positions",
    "grid-sub-orders",
    "algo-recurring-buy",
    "copytrading-lead-notification",
    "economic-calendar",
    "sprd-orders",
    "sprd-trades",
    "sprd-bbo-tbt",
    "sprd-books5",
    "sprd-books-l2-tbt",
    "sprd-public-trades",
    "sprd-tickers",
    "sprd-candle5m",
    "rfqs",
    "quotes",
    "struc-block-trades",
    "public-struc-block-trades",
    "public-block-trades",
    "block-tickers",
];
const PRIVATE: &[&str] = &[
    "account",
    "positions",
    "balance_and_position",
    "orders",
    "fills",
    "liquidation-warning",
    "account-greeks",
];
const PUBLIC: &[&str] = &[
    "tickers",
    "trades",
    "books",
    "books5",
    "bbo-tbt",
    "books50-l2-tbt",
    "books-l2-tbt",
    "books-rpi",
    "books-elp",
    "mark-price",
    "index-tickers",
    "funding-rate",
    "open-interest",
    "price-limit",
    "estimated-price",
    "liquidation-orders",
    "opt-summary",
    "option-trades",
    "instruments",
    "status",
    "adl-warning",
    "call-auction-details",
    "event-contract-markets",
];

#[test]
fn every_channel_is_routed_to_its_documented_url() {
    for (list, kind) in [
        (BUSINESS, UrlKind::Business),
        (PRIVATE, UrlKind::Private),
        (PUBLIC, UrlKind::Public),
    ] {
        for channel in list {
            let spec = route(channel).unwrap_or_else(|| panic!("{channel} not routed"));
            assert_eq!(spec.url, kind, "{channel}");
        }
    }
    // Every table entry is covered by the lists above.
    let listed: usize = BUSINESS.len() + PRIVATE.len() + PUBLIC.len();
    assert!(listed >= CHANNELS.len());
    for spec in CHANNELS {
        let concrete = spec.channel_name(None).unwrap();
        assert!(
            BUSINESS.contains(&concrete.as_str())
                || PRIVATE.contains(&concrete.as_str())
                || PUBLIC.contains(&concrete.as_str())
                || spec.select.is_some(),
            "{} missing from the url lists",
            spec.name
        );
    }
}

#[test]
fn private_channels_and_tbt_books_need_login() {
    for channel in PRIVATE {
        assert!(route(channel).unwrap().login, "{channel}");
    }
    for channel in [
        "books-l2-tbt",
        "books50-l2-tbt",
        "orders-algo",
        "economic-calendar",
    ] {
        assert!(route(channel).unwrap().login, "{channel}");
    }
    for channel in [
        "tickers",
        "books",
        "bbo-tbt",
        "candle1m",
        "sprd-books5",
        "trades-all",
    ] {
        assert!(!route(channel).unwrap().login, "{channel}");
    }
}

#[test]
fn candle_patterns_route_by_bar() {
    assert_eq!(route("candle1m").unwrap().name, "candle");
    assert_eq!(route("candle1Dutc").unwrap().py_name, "subscribe_candles");
    assert_eq!(
        route("mark-price-candle4H").unwrap().name,
        "mark-price-candle"
    );
    assert_eq!(route("index-candle30m").unwrap().name, "index-candle");
    assert_eq!(route("sprd-candle1W").unwrap().name, "sprd-candle");
    assert!(route("candle").is_none());
    assert!(route("candle7m").is_none());
    assert!(route("mark-price-candle1s").is_none(), "1s is candle-only");
    assert!(route("index-candle1Yutc").is_none());
    assert!(route("mark-price-candle1Yutc").is_some());
    assert!(route("nonsense").is_none());
}

#[test]
fn names_are_unique() {
    let mut names = HashSet::new();
    let mut py = HashSet::new();
    for spec in CHANNELS {
        assert!(names.insert(spec.name), "duplicate channel {}", spec.name);
        assert!(py.insert(spec.py_name), "duplicate method {}", spec.py_name);
        assert!(spec.py_name.starts_with("subscribe_"));
        assert!(!spec.doc.trim().is_empty(), "{} has no doc", spec.name);
        let mut args = HashSet::new();
        for a in spec.args {
            assert!(
                args.insert(a.name),
                "{}: duplicate arg {}",
                spec.name,
                a.name
            );
            assert_ne!(a.okx, "channel");
        }
        for name in spec.one_of {
            assert!(spec.args.iter().any(|a| a.name == *name), "{name}");
        }
    }
    // Every concrete channel resolves to exactly one entry.
    for spec in CHANNELS {
        let values: Vec<Option<&str>> = match spec.select {
            Some(Select::Suffix { values, .. }) => values.iter().map(|v| Some(*v)).collect(),
            _ => vec![None],
        };
        for v in values {
            let name = spec.channel_name(v).unwrap();
            let hits = CHANNELS.iter().filter(|s| s.matches(&name)).count();
            assert_eq!(hits, 1, "{name}");
        }
    }
}

#[test]
fn documented_python_names_and_signatures() {
    let sig = |channel: &str| -> (String, Vec<(&str, bool)>) {
        let spec = route(channel).unwrap();
        (
            spec.py_name.to_owned(),
            spec.args.iter().map(|a| (a.name, a.required)).collect(),
        )
    };
    assert_eq!(
        sig("tickers"),
        ("subscribe_tickers".into(), vec![("inst_id", true)])
    );
    assert_eq!(sig("books").0, "subscribe_orderbook");
    assert_eq!(sig("trades").0, "subscribe_trades");
    assert_eq!(
        sig("candle1m"),
        ("subscribe_candles".into(), vec![("inst_id", true)])
    );
    assert_eq!(
        sig("account"),
        (
            "subscribe_account".into(),
            vec![("ccy", false), ("extra_params", false)]
        )
    );
    assert_eq!(
        sig("positions").1[..2],
        [("inst_type", true), ("inst_id", false)]
    );
    assert_eq!(
        sig("orders").1[..2],
        [("inst_type", true), ("inst_id", false)]
    );
    assert_eq!(sig("orders").0, "subscribe_orders");
    assert_eq!(sig("bbo-tbt").0, "subscribe_bbo_tbt");
    assert_eq!(
        sig("liquidation-warning").0,
        "subscribe_liquidation_warning"
    );
    let candles = route("candle1m").unwrap();
    assert_eq!(
        candles.select,
        Some(Select::Suffix {
            param: "interval",
            default: "1m",
            values: CANDLE_BARS
        })
    );
    assert_eq!(candles.channel_name(None).unwrap(), "candle1m");
    assert_eq!(candles.channel_name(Some("4H")).unwrap(), "candle4H");
    assert!(candles.channel_name(Some("4h")).is_err());
    let books = route("books").unwrap();
    assert_eq!(books.channel_name(Some("books5")).unwrap(), "books5");
    for channel in BOOK_CHANNELS {
        assert_eq!(route(channel).unwrap().url, UrlKind::Public);
    }
}

#[test]
fn args_are_checked_against_the_table() {
    let tickers = route("tickers").unwrap();
    assert!(tickers
        .check_args("tickers", &args(&[("instId", "BTC-USDT")]))
        .is_ok());
    let err = tickers.check_args("tickers", &args(&[])).unwrap_err();
    assert_eq!(err.to_string(), "inst_id is required by channel tickers");
    let err = tickers
        .check_args("tickers", &args(&[("instId", "X"), ("instFamily", "Y")]))
        .unwrap_err();
    assert!(
        err.to_string().contains("unknown argument \"instFamily\""),
        "{err}"
    );
    let mut bad = args(&[]);
    bad.insert("instId".into(), Value::from(5));
    assert_eq!(
        tickers.check_args("tickers", &bad).unwrap_err().to_string(),
        "inst_id must be a string; got 5"
    );
    let orders = route("orders").unwrap();
    let err = orders
        .check_args("orders", &args(&[("instType", "spot")]))
        .unwrap_err();
    assert!(
        err.to_string().starts_with("inst_type must be one of"),
        "{err}"
    );
    let est = route("estimated-price").unwrap();
    let err = est
        .check_args("estimated-price", &args(&[("instType", "SWAP")]))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "channel estimated-price needs one of inst_family, inst_id; got none"
    );
    assert!(est
        .check_args(
            "estimated-price",
            &args(&[("instType", "SWAP"), ("instFamily", "BTC-USD")])
        )
        .is_ok());
}

#[test]
fn unknown_channel_is_an_invalid_argument() {
    let err = route_or_err("tickerz").unwrap_err();
    assert!(matches!(err, OkxError::InvalidArgument { .. }));
    assert!(err.to_string().contains("\"tickerz\""));
}

/// An emitter as okx-py writes one: the table's paths must resolve outside this crate.
macro_rules! py_methods {
    ($(
        $(#[doc = $doc:literal])+
        $chan:literal => $py:ident {
            url: $url:ident, login: $login:literal, limited: $limited:literal,
            $( select: $sel:ident($sparam:ident = $sdefault:literal in $sset:path), )?
            required: { $( $rp:ident : $rk:ident $(($rset:path))? = $rokx:literal ),* $(,)? },
            optional: { $( $op:ident : $ok:ident $(($oset:path))? = $ookx:literal ),* $(,)? },
            $( one_of: [ $($oo:ident),* ], )?
        }
    )*) => {
        const PY_METHODS: &[(&str, &str, &[&str])] = &[
            $( ($chan, stringify!($py), &[ $( stringify!($rp), )* $( stringify!($sparam), )? $( stringify!($op), )* ]), )*
        ];
        const SELECT_SETS: &[&[&str]] = &[ $( $( $sset, )? )* ];
        const ARG_SETS: &[&[&str]] = &[ $( $( $( $rset, )? )* $( $( $oset, )? )* )* ];
    };
}

okx_ws::for_each_channel!(py_methods);

#[test]
fn the_table_macro_works_from_another_crate() {
    assert_eq!(PY_METHODS.len(), CHANNELS.len());
    for ((chan, py, params), spec) in PY_METHODS.iter().zip(CHANNELS) {
        assert_eq!(*chan, spec.name);
        assert_eq!(*py, spec.py_name);
        // Python order: required arguments, the selector (it has a default), optional ones.
        let mut expected: Vec<&str> = spec
            .args
            .iter()
            .filter(|a| a.required)
            .map(|a| a.name)
            .collect();
        if let Some(Select::Suffix { param, .. } | Select::Channel { param, .. }) = spec.select {
            expected.push(param);
        }
        expected.extend(spec.args.iter().filter(|a| !a.required).map(|a| a.name));
        assert_eq!(params.to_vec(), expected, "{py}");
    }
    assert_eq!(SELECT_SETS.len(), 5);
    assert!(ARG_SETS.iter().all(|set| !set.is_empty()));
    let candles = PY_METHODS
        .iter()
        .find(|m| m.1 == "subscribe_candles")
        .unwrap();
    assert_eq!(candles.2, ["inst_id", "interval"]);
}
