//! Order operations over the WebSocket (`WsClient.place_order`, ...): one method per
//! endpoint of the table that has a WebSocket twin (`ws:`), with the REST method's name,
//! parameters, checks and typed result. Arguments are encoded as the REST body would be,
//! `instId` becomes OKX's `instIdCode`, and OKX's reply is classified like a REST answer.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use okx_rest::{OkxRestClient, Request};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::IntoPyObjectExt;
use serde_json::{Map, Value};

use crate::errors::to_py_err;
use crate::orders::{CallOpts, SendOnce};
use crate::ws_client::PyWsClient;

/// What order operations need besides the connection.
pub(crate) struct Trading {
    config: okx_core::Config,
    rest: Arc<OkxRestClient>,
    /// `instId` → `instIdCode`, as `public/instruments` gives them.
    codes: Mutex<HashMap<String, Value>>,
    /// The REST client that looks orders up when an operation's outcome is unknown.
    lookup: PyOnceLock<Py<PyAny>>,
}

impl Trading {
    pub(crate) fn new(config: &okx_core::Config, rest: Arc<OkxRestClient>) -> Self {
        Self {
            config: config.clone(),
            rest,
            codes: Mutex::new(HashMap::new()),
            lookup: PyOnceLock::new(),
        }
    }

    /// The REST client of lookups, instrument codes and rate limits.
    pub(crate) fn rest(&self) -> &OkxRestClient {
        &self.rest
    }

    fn timeout(&self) -> Duration {
        Duration::from_secs_f64(self.config.timeout_secs)
    }

    /// OKX's instrument code of `inst_id`, fetched once.
    async fn code(&self, inst_id: &str) -> okx_core::Result<Value> {
        if let Some(code) = self.cached(inst_id) {
            return Ok(code);
        }
        let inst_type = inst_type_of(inst_id);
        let params = [("instType", inst_type), ("instId", inst_id)];
        let data = self
            .rest
            .request(
                okx_rest::Method::Get,
                "/api/v5/public/instruments",
                &params,
                None,
                false,
            )
            .await?;
        let code = data
            .get(0)
            .and_then(|i| i.get("instIdCode"))
            .filter(|c| !c.is_null() && c.as_str() != Some(""))
            .cloned()
            .ok_or_else(|| {
                okx_core::OkxError::invalid(
                    "inst_id",
                    format!(
                        "{inst_id}: OKX lists no instIdCode for it (WebSocket orders need one)"
                    ),
                )
            })?;
        self.codes
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(inst_id.to_owned(), code.clone());
        Ok(code)
    }

    fn cached(&self, inst_id: &str) -> Option<Value> {
        self.codes
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(inst_id)
            .cloned()
    }
}

/// The `instType` an `instId` belongs to, from its shape (`BTC-USDT`, `BTC-USDT-SWAP`,
/// `BTC-USD-250328`, `BTC-USD-250328-100000-C`).
fn inst_type_of(inst_id: &str) -> &'static str {
    let parts: Vec<&str> = inst_id.split('-').collect();
    match parts.as_slice() {
        [.., "SWAP"] => "SWAP",
        [_, _, _, _, "C" | "P"] => "OPTION",
        [_, _, date] if date.chars().all(|c| c.is_ascii_digit()) => "FUTURES",
        _ => "SPOT",
    }
}

/// Whether an op takes `expTime` (place and amend, single and batch).
fn takes_exp_time(op: &str) -> bool {
    matches!(
        op,
        "order" | "batch-orders" | "amend-order" | "batch-amend-orders"
    )
}

/// The op's args: the REST body's object(s), `instId` replaced by `instIdCode`.
async fn op_args(
    trading: &Trading,
    op: &str,
    body: &str,
) -> okx_core::Result<Vec<Map<String, Value>>> {
    let parsed: Value = serde_json::from_str(body).map_err(|e| okx_core::OkxError::Decode {
        path: op.to_owned(),
        reason: e.to_string(),
    })?;
    let mut args: Vec<Map<String, Value>> = match parsed {
        Value::Array(items) => items
            .into_iter()
            .filter_map(|v| match v {
                Value::Object(m) => Some(m),
                _ => None,
            })
            .collect(),
        Value::Object(m) => vec![m],
        _ => Vec::new(),
    };
    if !op.starts_with("sprd-") && op != "mass-cancel" {
        for arg in &mut args {
            if let Some(Value::String(inst_id)) = arg.remove("instId") {
                let code = trading.code(&inst_id).await?;
                arg.insert("instIdCode".to_owned(), code);
            }
        }
    }
    Ok(args)
}

impl SendOnce for PyWsClient {
    const ASYNC: bool = true;

    fn send_once<'py, R>(
        &self,
        py: Python<'py>,
        req: R,
        opts: CallOpts,
    ) -> PyResult<Bound<'py, PyAny>>
    where
        R: Request + Clone + Send + Sync + 'static,
        R::Output: Send + for<'a> IntoPyObject<'a>,
    {
        req.validate().map_err(to_py_err)?;
        let spec = R::SPEC;
        let op = spec.ws_op;
        let params: Vec<(&'static str, String)> = req
            .params()
            .into_iter()
            .map(|(k, v)| (k, v.to_owned()))
            .collect();
        let body = okx_rest::request::encode_body(spec, &req.params(), req.items());
        let inner = self.inner.clone();
        let trading = Arc::clone(&self.trading);
        crate::future_into_py(py, async move {
            // The same buckets as the REST twin: OKX counts both together.
            let pairs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let _permit = loop {
                match trading
                    .rest
                    .try_admit(okx_rest::Method::Post, spec.path, &pairs, Some(&body), true)
                    .map_err(to_py_err)?
                {
                    okx_rest::client::Admission::Go(permit) => break permit,
                    okx_rest::client::Admission::Wait(wait) => tokio::time::sleep(wait).await,
                }
            };
            let args = op_args(&trading, op, &body).await.map_err(to_py_err)?;
            // OKX drops the request if it arrives later (see `order_expiry_secs`).
            let exp_time = takes_exp_time(op).then(|| {
                let ahead = Duration::from_secs_f64(trading.rest.order_expiry_secs());
                let ahead = i64::try_from(ahead.as_millis()).unwrap_or(i64::MAX);
                opts.exp_time_ms
                    .unwrap_or_else(|| trading.rest.server_now_ms() + ahead)
                    .to_string()
            });
            let reply = inner
                .trade(
                    op,
                    args,
                    exp_time,
                    opts.timeout.unwrap_or_else(|| trading.timeout()),
                )
                .await
                .map_err(to_py_err)?;
            trading
                .rest
                .latency()
                .record("WS", op, reply.rtt, reply.text.as_bytes());
            let path = format!("WebSocket op {op}");
            let env = okx_rest::envelope::classify(&path, 200, reply.text.as_bytes())
                .map_err(to_py_err)?;
            let data = env.data.ok_or_else(|| {
                to_py_err(okx_core::OkxError::Decode {
                    path: path.clone(),
                    reason: "reply has no data".into(),
                })
            })?;
            let mut out = R::decode(data).map_err(to_py_err)?;
            okx_core::types::Timed::set_timing(
                &mut out,
                &Arc::new(okx_core::types::Timing {
                    rtt: reply.rtt,
                    in_time: env.in_time,
                    out_time: env.out_time,
                }),
            );
            Python::attach(|py| out.into_py_any(py))
        })
    }

    fn expiry_secs(&self) -> f64 {
        self.trading.rest.order_expiry_secs()
    }

    fn lookup<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let trading = &slf.get().trading;
        trading
            .lookup
            .get_or_try_init(py, || {
                let config = crate::config::PyConfig {
                    inner: trading.config.clone(),
                };
                py.import("okx_py")?
                    .getattr("AsyncOkxClient")?
                    .call1((config,))
                    .map(Bound::unbind)
            })
            .map(|c| c.bind(py).clone())
    }
}

/// One `WsClient` method per endpoint with a WebSocket twin.
macro_rules! py_ws_methods {
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
            py_ws_method! {
                [$($wsop)?] $ty => $name; $path;
                [$($arr)?] [$( $rp : $rk ),*] [$( $op : $ok ),*]
            }
        )*
    };
}

macro_rules! py_ws_method {
    ([] $($rest:tt)*) => {};
    ([$wsop:tt] $ty:ident => $name:ident; $path:literal;
        [$($arr:ident)?] [$($rp:ident : $rk:ident),*] [$($op:ident : $ok:ident),*]) => {
        #[pyo3::pymethods]
        impl PyWsClient {
            #[doc = concat!("OKX WebSocket op `", $wsop, "`: the same as `OkxClient.",
                stringify!($name), "` (`", $path, "`). Awaitable.")]
            #[pyo3(signature = ($($arr,)? $($rp,)* $($op = None,)* *, timeout_secs = None, exp_time_ms = None))]
            #[allow(clippy::too_many_arguments)]
            fn $name<'py>(
                slf: &Bound<'py, Self>,
                $( $arr: Bound<'py, PyAny>, )?
                $( $rp: $crate::endpoints::py_arg!($rk), )*
                $( $op: Option<$crate::endpoints::py_arg!($ok)>, )*
                timeout_secs: Option<f64>,
                exp_time_ms: Option<i64>,
            ) -> PyResult<Bound<'py, PyAny>> {
                let opts = CallOpts::new(timeout_secs, exp_time_ms)?;
                let req = $crate::endpoints::py_request!(
                    $ty; [$( $rp : $rk ),*] [$( $op : $ok ),*] [$($arr)?]
                );
                py_ws_send!([$wsop] slf, req, opts)
            }
        }
    };
}

/// Place, amend and cancel through the exactly-once guard; the other ops once.
macro_rules! py_ws_send {
    (["order"] $slf:ident, $req:ident, $opts:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Place, $opts)
    };
    (["batch-orders"] $slf:ident, $req:ident, $opts:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Place, $opts)
    };
    (["amend-order"] $slf:ident, $req:ident, $opts:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Amend, $opts)
    };
    (["batch-amend-orders"] $slf:ident, $req:ident, $opts:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Amend, $opts)
    };
    (["cancel-order"] $slf:ident, $req:ident, $opts:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Cancel, $opts)
    };
    (["batch-cancel-orders"] $slf:ident, $req:ident, $opts:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Cancel, $opts)
    };
    ([$other:literal] $slf:ident, $req:ident, $opts:ident) => {
        $slf.get().send_once($slf.py(), $req, $opts)
    };
}

okx_rest::for_each_endpoint!(py_ws_methods);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inst_types_follow_the_shape_of_the_id() {
        assert_eq!(inst_type_of("BTC-USDT"), "SPOT");
        assert_eq!(inst_type_of("BTC-USDT-SWAP"), "SWAP");
        assert_eq!(inst_type_of("BTC-USD-250328"), "FUTURES");
        assert_eq!(inst_type_of("BTC-USD-250328-100000-C"), "OPTION");
        assert!(takes_exp_time("batch-orders") && !takes_exp_time("cancel-order"));
    }
}
