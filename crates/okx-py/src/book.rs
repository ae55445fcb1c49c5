//! `LiveOrderBook`: a read handle on an order book okx-ws keeps in Rust. Reads copy only
//! what they return (the top of the book costs two Decimals, not the whole book).

use std::sync::Arc;
use std::time::Duration;

use okx_core::types::OrderBook;
use okx_ws::book::Level;
use okx_ws::{BookStatus, LiveBook};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyTuple};

use crate::errors::{OkxBookNotSyncedError, OkxTimeoutError};

static DECIMAL: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn decimal<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let class = DECIMAL.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("decimal")?.getattr("Decimal")?.unbind())
    })?;
    class.bind(py).call1((text,))
}

fn decimal_of<'py>(py: Python<'py>, value: rust_decimal::Decimal) -> PyResult<Bound<'py, PyAny>> {
    decimal(py, &value.normalize().to_string())
}

fn level_pair<'py>(py: Python<'py>, level: &Level) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(py, [decimal(py, level.px())?, decimal(py, level.sz())?])
}

/// An order book kept in Rust from an order-book channel (returned by
/// `WsClient.subscribe_orderbook`). Prices and sizes are exact (`Decimal`, from OKX's
/// strings). Reads of the book raise `OkxBookNotSyncedError` while it is not synced
/// (resyncing after a gap, stale, disconnected or closed); `status` and `is_synced`
/// never raise.
#[pyclass(frozen, name = "LiveOrderBook", module = "okx_py")]
pub struct PyLiveOrderBook {
    pub(crate) inner: Arc<LiveBook>,
    /// Made by `LiveOrderBook.offline`: fed by hand, never by a connection.
    pub(crate) offline: bool,
}

impl PyLiveOrderBook {
    /// Runs `f` on the synced book, or raises `OkxBookNotSyncedError`.
    fn read<R>(&self, f: impl FnOnce(okx_ws::books::BookRead<'_>) -> R) -> PyResult<R> {
        self.inner.read(f).map_err(|_| self.not_synced())
    }

    fn not_synced(&self) -> PyErr {
        let status = self.inner.status();
        let err = OkxBookNotSyncedError::new_err(self.inner.not_synced(status).to_string());
        Python::attach(|py| {
            let _ = err.value(py).setattr("book_status", status.as_str());
        });
        err
    }

    fn side<'py>(
        &self,
        py: Python<'py>,
        bids: bool,
        n: Option<usize>,
        exact: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        if !exact {
            let levels: Vec<(f64, f64)> = self.read(|r| {
                let side = if bids { r.book.bids() } else { r.book.asks() };
                let n = n.unwrap_or(side.len()).min(side.len());
                side.iter()
                    .take(n)
                    .map(|l| {
                        (
                            l.px().parse().unwrap_or(f64::NAN),
                            l.sz().parse().unwrap_or(f64::NAN),
                        )
                    })
                    .collect()
            })?;
            let list = PyList::empty(py);
            for pair in levels {
                list.append(pair)?;
            }
            return Ok(list);
        }
        // Copy the strings under the lock, build Decimals after releasing it.
        let levels: Vec<(String, String)> = self.read(|r| {
            let side = if bids { r.book.bids() } else { r.book.asks() };
            let n = n.unwrap_or(side.len()).min(side.len());
            side.iter()
                .take(n)
                .map(|l| (l.px().to_owned(), l.sz().to_owned()))
                .collect()
        })?;
        let list = PyList::empty(py);
        for (px, sz) in &levels {
            list.append(PyTuple::new(py, [decimal(py, px)?, decimal(py, sz)?])?)?;
        }
        Ok(list)
    }

    fn best<'py>(&self, py: Python<'py>, bids: bool) -> PyResult<Option<Bound<'py, PyTuple>>> {
        let top = self.read(|r| {
            let side = if bids { r.book.bids() } else { r.book.asks() };
            side.first().cloned()
        })?;
        top.map(|l| level_pair(py, &l)).transpose()
    }

    fn array<'py>(
        &self,
        py: Python<'py>,
        bids: bool,
        n: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let numpy = py.import("numpy").map_err(|_| {
            pyo3::exceptions::PyImportError::new_err(
                "bids_array()/asks_array() need numpy; install it or use bids()/asks()",
            )
        })?;
        let flat: Vec<f64> = self.read(|r| {
            let side = if bids { r.book.bids() } else { r.book.asks() };
            let n = n.unwrap_or(side.len()).min(side.len());
            side.iter()
                .take(n)
                .flat_map(|l| {
                    [
                        l.px().parse::<f64>().unwrap_or(f64::NAN),
                        l.sz().parse::<f64>().unwrap_or(f64::NAN),
                    ]
                })
                .collect()
        })?;
        let rows = flat.len() / 2;
        let array = numpy.call_method1("array", (flat,))?;
        array.call_method1("reshape", (rows, 2))
    }
}

#[pymethods]
impl PyLiveOrderBook {
    /// A book fed by hand with `feed()`, e.g. to replay captured frames: the same update
    /// rules, sequence checks and checksum verification as a live book, without a
    /// connection (it never goes stale; after a gap it stays "syncing" until a snapshot).
    #[staticmethod]
    #[pyo3(signature = (inst_id, channel = "books"))]
    fn offline(inst_id: &str, channel: &str) -> PyResult<Self> {
        let kind = okx_ws::book_kind(channel).ok_or_else(|| {
            let names: Vec<&str> = okx_ws::BOOK_KINDS.iter().map(|k| k.channel).collect();
            pyo3::exceptions::PyValueError::new_err(format!(
                "channel must be an order-book channel, one of {}; got {channel:?}",
                names.join(", ")
            ))
        })?;
        Ok(Self {
            inner: Arc::new(LiveBook::offline(kind, inst_id)),
            offline: true,
        })
    }

    /// Applies one frame (a push of this book's channel and instrument, as OKX sends it)
    /// to an offline book. Raises ValueError for other text, or on a live book.
    fn feed(&self, frame: &str) -> PyResult<()> {
        if !self.offline {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "feed() is for books made by LiveOrderBook.offline(); a live book is fed by its connection",
            ));
        }
        self.inner.feed(frame).map_err(crate::errors::to_py_err)
    }

    /// The OKX channel the book follows, e.g. `books`.
    #[getter]
    fn channel(&self) -> &'static str {
        self.inner.channel()
    }

    /// The instrument id (the spread id on spread books).
    #[getter]
    fn inst_id(&self) -> &str {
        self.inner.id()
    }

    /// `"syncing"`, `"synced"`, `"stale"` (disconnected, or no push within
    /// `stale_after_secs`) or `"closed"`.
    #[getter]
    fn status(&self) -> &'static str {
        self.inner.status().as_str()
    }

    /// True when the book is complete and current (reads succeed).
    #[getter]
    fn is_synced(&self) -> bool {
        self.inner.status() == BookStatus::Synced
    }

    /// OKX `seqId` of the last push applied (the REST snapshot's right after a resync);
    /// None before the first.
    #[getter]
    fn seq_id(&self) -> Option<i64> {
        self.inner.seq_id()
    }

    /// OKX's time of the book, Unix milliseconds.
    #[getter]
    fn ts(&self) -> PyResult<i64> {
        self.read(|r| r.ts)
    }

    /// Best bid as (price, size), or None when there is no bid.
    #[getter]
    fn best_bid<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyTuple>>> {
        self.best(py, true)
    }

    /// Best ask as (price, size), or None when there is no ask.
    #[getter]
    fn best_ask<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyTuple>>> {
        self.best(py, false)
    }

    /// Best ask minus best bid, or None when a side is empty.
    #[getter]
    fn spread<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let v =
            self.read(|r| Some(r.book.asks().first()?.price() - r.book.bids().first()?.price()))?;
        v.map(|d| decimal_of(py, d)).transpose()
    }

    /// (best bid + best ask) / 2, or None when a side is empty.
    #[getter]
    fn mid<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let v = self.read(|r| {
            let sum = r.book.asks().first()?.price() + r.book.bids().first()?.price();
            sum.checked_div(rust_decimal::Decimal::TWO)
        })?;
        v.map(|d| decimal_of(py, d)).transpose()
    }

    /// The best `n` bids (all when None), highest first, as (price, size): `Decimal`s, or
    /// floats with `exact=False` (about 10x cheaper to build, not exact beyond ~15 digits).
    #[pyo3(signature = (n = None, *, exact = true))]
    fn bids<'py>(
        &self,
        py: Python<'py>,
        n: Option<usize>,
        exact: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        self.side(py, true, n, exact)
    }

    /// The best `n` asks (all when None), lowest first, as (price, size): `Decimal`s, or
    /// floats with `exact=False`.
    #[pyo3(signature = (n = None, *, exact = true))]
    fn asks<'py>(
        &self,
        py: Python<'py>,
        n: Option<usize>,
        exact: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        self.side(py, false, n, exact)
    }

    /// The best `n` bids as a numpy float64 array of shape (k, 2): price, size. Needs
    /// numpy; floats, so not exact beyond ~15 significant digits.
    #[pyo3(signature = (n = None))]
    fn bids_array<'py>(&self, py: Python<'py>, n: Option<usize>) -> PyResult<Bound<'py, PyAny>> {
        self.array(py, true, n)
    }

    /// The best `n` asks as a numpy float64 array of shape (k, 2). See `bids_array`.
    #[pyo3(signature = (n = None))]
    fn asks_array<'py>(&self, py: Python<'py>, n: Option<usize>) -> PyResult<Bound<'py, PyAny>> {
        self.array(py, false, n)
    }

    /// Both sides at once (the best `depth` levels each, all when None) as an `OrderBook`
    /// with OKX's exact strings (price, size, order count), `ts` and `seq_id`: one
    /// consistent copy.
    #[pyo3(signature = (depth = None))]
    fn snapshot(&self, depth: Option<usize>) -> PyResult<OrderBook> {
        self.read(|r| {
            let copy = |side: &[Level]| {
                side.iter()
                    .take(depth.unwrap_or(side.len()))
                    .map(|l| (l.px().to_owned(), l.sz().to_owned(), l.count().to_owned()))
                    .collect()
            };
            OrderBook::new(
                copy(r.book.asks()),
                copy(r.book.bids()),
                r.ts.to_string(),
                r.seq_id,
            )
        })
    }

    /// OKX's CRC32 checksum of the book as it is now (signed, over the best 25 levels).
    fn checksum(&self) -> PyResult<i32> {
        self.read(|r| r.book.checksum())
    }

    /// Counters: pushes, ws_snapshots, rest_snapshots, gaps, checksum_mismatches,
    /// duplicates, resubscribes.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let s = self.inner.stats();
        let d = PyDict::new(py);
        d.set_item("pushes", s.pushes)?;
        d.set_item("ws_snapshots", s.ws_snapshots)?;
        d.set_item("rest_snapshots", s.rest_snapshots)?;
        d.set_item("gaps", s.gaps)?;
        d.set_item("checksum_mismatches", s.checksum_mismatches)?;
        d.set_item("duplicates", s.duplicates)?;
        d.set_item("resubscribes", s.resubscribes)?;
        Ok(d)
    }

    /// Waits for the next change of the book or its status and returns `seq_id`.
    /// Awaitable. Raises `OkxTimeoutError` after `timeout` seconds (None: no limit).
    #[pyo3(signature = (timeout = None))]
    fn wait_update<'py>(
        &self,
        py: Python<'py>,
        timeout: Option<f64>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let limit = match timeout {
            None => None,
            Some(t) if t.is_finite() && t >= 0.0 => Some(Duration::from_secs_f64(t)),
            Some(t) => {
                return Err(pyo3::exceptions::PyValueError::new_err(format!(
                    "timeout must be a non-negative number of seconds or None; got {t}"
                )))
            }
        };
        let book = Arc::clone(&self.inner);
        let mut rx = book.watch();
        rx.mark_unchanged();
        crate::future_into_py(py, async move {
            let changed = async {
                let _ = rx.changed().await;
            };
            match limit {
                Some(limit) => tokio::time::timeout(limit, changed).await.map_err(|_| {
                    OkxTimeoutError::new_err(format!(
                        "no update of the {} {} book within {limit:?}",
                        book.channel(),
                        book.id()
                    ))
                })?,
                None => changed.await,
            }
            Ok(book.seq_id())
        })
    }

    fn __repr__(&self) -> String {
        let top = self
            .inner
            .read(|r| {
                let px = |l: Option<&Level>| l.map_or("None".to_owned(), |l| l.px().to_owned());
                format!(
                    ", best_bid={}, best_ask={}, levels={}/{}",
                    px(r.book.bids().first()),
                    px(r.book.asks().first()),
                    r.book.bids().len(),
                    r.book.asks().len()
                )
            })
            .unwrap_or_default();
        format!(
            "LiveOrderBook(channel='{}', inst_id='{}', status='{}', seq_id={}{top})",
            self.inner.channel(),
            self.inner.id(),
            self.inner.status().as_str(),
            self.inner
                .seq_id()
                .map_or("None".to_owned(), |s| s.to_string())
        )
    }
}
