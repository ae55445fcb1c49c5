//! Placing, amending and cancelling orders without losing or duplicating one: every
//! order gets a client order id (`clOrdId`) when it has none, and an attempt that fails is
//! handed to `okx_py._orders` (send again only when OKX cannot have acted; otherwise find
//! the order by its `clOrdId` first).

use std::sync::atomic::{AtomicU64, Ordering};

use okx_rest::Request;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyCFunction, PyDict, PyList, PyTuple};

/// What a guarded endpoint does to an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Place,
    Amend,
    Cancel,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Self::Place => "place",
            Self::Amend => "amend",
            Self::Cancel => "cancel",
        }
    }
}

/// Per-call options of a WebSocket order operation (REST calls use the client's).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct CallOpts {
    /// How long to wait for OKX's reply (default: `Config.timeout_secs`).
    pub timeout: Option<std::time::Duration>,
    /// The `expTime` to send, Unix ms on OKX's clock (default: now + `order_expiry_secs`).
    pub exp_time_ms: Option<i64>,
}

impl CallOpts {
    /// From a method's keyword arguments; ValueError for values OKX could not take.
    pub(crate) fn new(timeout_secs: Option<f64>, exp_time_ms: Option<i64>) -> PyResult<Self> {
        let timeout = match timeout_secs {
            None => None,
            Some(t) if t.is_finite() && t > 0.0 => Some(std::time::Duration::from_secs_f64(t)),
            Some(t) => {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "timeout_secs must be a positive number of seconds; got {t}"
                )))
            }
        };
        if let Some(ms) = exp_time_ms.filter(|ms| *ms <= 0) {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "exp_time_ms must be a Unix time in milliseconds; got {ms}"
            )));
        }
        Ok(Self {
            timeout,
            exp_time_ms,
        })
    }
}

/// A client that sends one attempt of a declared request (the REST clients, and the
/// WebSocket client for its order operations).
pub(crate) trait SendOnce:
    pyo3::PyClass<Frozen = pyo3::pyclass::boolean_struct::True> + Sync + Send
{
    /// Attempts (and `iter_*` walks) are awaitable.
    const ASYNC: bool;

    /// Sends `req` once: its result (sync) or an awaitable of it.
    fn send_once<'py, R>(
        &self,
        py: Python<'py>,
        req: R,
        opts: CallOpts,
    ) -> PyResult<Bound<'py, PyAny>>
    where
        R: Request + Clone + Send + Sync + 'static,
        R::Output: Send + for<'a> IntoPyObject<'a>;

    /// Seconds after which an attempt can no longer execute at OKX (its `expTime`).
    fn expiry_secs(&self) -> f64;

    /// The client whose `get_order` finds out what happened to an attempt.
    fn lookup<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Ok(slf.clone().into_any())
    }
}

/// A new client order id: 32 letters and digits at most, as OKX takes them, unique
/// across processes (time, process id, a per-process random start and a counter).
pub(crate) fn new_cl_ord_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    static SEED: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    let seed = *SEED.get_or_init(|| {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u32(std::process::id());
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        h.finish()
    });
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let ms = u64::try_from(okx_core::signer::unix_millis()).unwrap_or(0);
    let mut out = String::with_capacity(32);
    out.push('o');
    push_base36(&mut out, ms, 9);
    push_base36(&mut out, seed, 13);
    push_base36(&mut out, n, 1);
    out.truncate(32);
    out
}

/// `v` in base 36, left-padded with zeros to `width` digits.
fn push_base36(out: &mut String, mut v: u64, width: usize) {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut buf = [0u8; 13];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(v % 36) as usize];
        v /= 36;
        if v == 0 {
            break;
        }
    }
    for _ in (buf.len() - i)..width {
        out.push('0');
    }
    out.extend(buf[i..].iter().map(|b| char::from(*b)));
}

/// The orders a request acts on, as `{"instId", "clOrdId", "ordId"}` dicts in item order;
/// a place without `clOrdId` gets a new one (in the request too).
fn targets<'py, R: Request>(
    py: Python<'py>,
    req: &mut R,
    kind: Kind,
) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    let target = |pairs: &mut dyn Iterator<Item = (&str, &str)>| -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in pairs {
            if matches!(k, "instId" | "clOrdId" | "ordId") {
                d.set_item(k, v)?;
            }
        }
        Ok(d)
    };
    if let Some(items) = req.items_mut() {
        for item in items.iter_mut() {
            if kind == Kind::Place && !item.iter().any(|(k, v)| *k == "clOrdId" && !v.is_empty()) {
                item.retain(|(k, _)| *k != "clOrdId");
                item.push(("clOrdId", new_cl_ord_id()));
            }
            out.append(target(&mut item.iter().map(|(k, v)| (*k, v.as_str())))?)?;
        }
        return Ok(out);
    }
    let given = req
        .params()
        .iter()
        .any(|(k, v)| *k == "clOrdId" && !v.is_empty());
    if kind == Kind::Place && !given {
        req.set_param("clOrdId", new_cl_ord_id());
    }
    out.append(target(&mut req.params().into_iter())?)?;
    Ok(out)
}

fn module(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    static MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    MODULE
        .get_or_try_init(py, || py.import("okx_py._orders").map(Bound::unbind))
        .map(|m| m.bind(py))
}

/// A Python callable sending `req` again (only the items at the given indices, when a
/// list is passed) through `client`.
fn resend<'py, C, R>(
    py: Python<'py>,
    client: Py<C>,
    req: R,
    opts: CallOpts,
) -> PyResult<Bound<'py, PyCFunction>>
where
    C: SendOnce,
    R: Request + Clone + Send + Sync + 'static,
    R::Output: Send + for<'a> IntoPyObject<'a>,
{
    PyCFunction::new_closure(
        py,
        None,
        None,
        move |args: &Bound<'_, PyTuple>, _kwargs| -> PyResult<Py<PyAny>> {
            let py = args.py();
            let mut again = req.clone();
            let subset: Option<Vec<usize>> = args.get_item(0)?.extract()?;
            if let (Some(keep), Some(items)) = (subset, again.items_mut()) {
                let all = std::mem::take(items);
                items.extend(
                    all.into_iter()
                        .enumerate()
                        .filter(|(i, _)| keep.contains(i))
                        .map(|(_, item)| item),
                );
            }
            client
                .bind(py)
                .get()
                .send_once(py, again, opts)
                .map(Bound::unbind)
        },
    )
}

/// Sends a place, amend or cancel request once and, when that attempt fails, lets
/// `okx_py._orders` decide (retry, resolve by `clOrdId`, or raise).
pub(crate) fn guarded<'py, C, R>(
    slf: &Bound<'py, C>,
    mut req: R,
    kind: Kind,
    opts: CallOpts,
) -> PyResult<Bound<'py, PyAny>>
where
    C: SendOnce,
    R: Request + Clone + Send + Sync + 'static,
    R::Output: Send + for<'a> IntoPyObject<'a>,
{
    let py = slf.py();
    let batch = req.items_mut().is_some();
    let targets = targets(py, &mut req, kind)?;
    let client = slf.get();
    // With the caller's own expTime, an attempt is known dead once it has passed; a
    // refusal for it (50037) is final, as the caller's deadline is.
    let (expiry, fixed) = match opts.exp_time_ms {
        Some(ms) => {
            let left = ms - okx_core::signer::unix_millis();
            ((left.max(0) as f64) / 1000.0 + 0.05, true)
        }
        None => (client.expiry_secs(), false),
    };
    let first = client.send_once(py, req.clone(), opts);
    if C::ASYNC {
        // Bad arguments raise here, before anything is sent.
        let first = first?;
        let again = resend(py, slf.clone().unbind(), req, opts)?;
        return module(py)?.getattr("aguard")?.call1((
            first,
            C::lookup(slf)?,
            kind.name(),
            batch,
            targets,
            expiry,
            fixed,
            again,
        ));
    }
    match first {
        Ok(result) => Ok(result),
        Err(err) if err.is_instance_of::<crate::errors::OkxError>(py) => {
            let again = resend(py, slf.clone().unbind(), req, opts)?;
            module(py)?.getattr("recover")?.call1((
                C::lookup(slf)?,
                kind.name(),
                batch,
                targets,
                expiry,
                fixed,
                err.value(py),
                again,
            ))
        }
        Err(err) => Err(err),
    }
}

impl SendOnce for crate::client::OkxClient {
    const ASYNC: bool = false;

    fn send_once<'py, R>(
        &self,
        py: Python<'py>,
        req: R,
        _opts: CallOpts,
    ) -> PyResult<Bound<'py, PyAny>>
    where
        R: Request + Clone + Send + Sync + 'static,
        R::Output: Send + for<'a> IntoPyObject<'a>,
    {
        self.dispatch(py, req)
    }

    fn expiry_secs(&self) -> f64 {
        self.rest().order_expiry_secs()
    }
}

impl SendOnce for crate::async_client::AsyncOkxClient {
    const ASYNC: bool = true;

    fn send_once<'py, R>(
        &self,
        py: Python<'py>,
        req: R,
        _opts: CallOpts,
    ) -> PyResult<Bound<'py, PyAny>>
    where
        R: Request + Clone + Send + Sync + 'static,
        R::Output: Send + for<'a> IntoPyObject<'a>,
    {
        self.dispatch(py, req)
    }

    fn expiry_secs(&self) -> f64 {
        self.rest().order_expiry_secs()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_order_ids_are_okx_shaped_and_unique() {
        let ids: Vec<String> = (0..1000).map(|_| new_cl_ord_id()).collect();
        for id in &ids {
            assert!(!id.is_empty() && id.len() <= 32, "{id}");
            assert!(id.chars().all(|c| c.is_ascii_alphanumeric()), "{id}");
        }
        let unique: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
    }
}
