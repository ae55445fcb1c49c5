//! The native module `okx_py._okx_py`: only declarations; each class lives in its own file.

mod aio;
mod aio_state;
mod args;
mod async_client;
mod book;
mod client;
mod config;
mod endpoints;
mod errors;
mod orders;
mod paging;
mod raw;
mod telemetry;
mod testing;
mod ws_client;
mod ws_trading;

use pyo3::prelude::*;

#[pymodule]
mod _okx_py {
    use super::*;

    #[pymodule_export]
    use crate::async_client::AsyncOkxClient;
    #[pymodule_export]
    use crate::book::PyLiveOrderBook;
    #[pymodule_export]
    use crate::client::OkxClient;
    #[pymodule_export]
    use crate::config::{PyConfig, PyCredentials};
    #[pymodule_export]
    use crate::errors::{
        OkxApiError, OkxAuthError, OkxBookNotSyncedError, OkxError, OkxHttpError,
        OkxPartialFailureError, OkxRateLimitError, OkxTimeoutError, OkxWebSocketError, PyItemError,
    };
    #[pymodule_export]
    use crate::testing::PyMockExchange;
    #[pymodule_export]
    use crate::ws_client::PyWsClient;
    #[pymodule_export]
    use okx_core::types::{
        AlgoOrder, Balance, BalanceDetail, Bill, Candle, Currency, DepositAddress, Fill,
        FundingRate, IndexTicker, Instrument, MarkPrice, Order, OrderAck, OrderBook, Position,
        SystemTime, Ticker, Trade,
    };

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        crate::install_logging(m.py());
        // Background threads (WebSocket tasks, the mock exchange) must not call into an
        // interpreter that is shutting down: at exit, Rust records stop reaching `logging`.
        let hook = pyo3::wrap_pyfunction!(crate::silence_logging_at_exit, m)?;
        m.py().import("atexit")?.call_method1("register", (hook,))?;
        Ok(())
    }

    /// Re-reads the levels of the `okx_py` loggers; call it after changing them with
    /// `logging` so that Rust-side records follow the new levels.
    #[pyfunction]
    fn reset_log_cache() {
        if let Some(handle) = crate::LOG_RESET.get() {
            handle.reset();
        }
    }
}

/// Registered with `atexit`: stops Rust `log` records from reaching Python, then lets the
/// runtime threads finish what they are doing with the interpreter (handing a completed
/// awaitable to its event loop) before it is torn down: a thread that takes the GIL once
/// finalization has begun is killed inside Rust code, which aborts the process.
#[pyfunction]
fn silence_logging_at_exit(py: Python<'_>) {
    log::set_max_level(log::LevelFilter::Off);
    // Only programs that handed work to a background thread pay for the wait.
    if BACKGROUND_USED.load(std::sync::atomic::Ordering::Relaxed) {
        py.detach(|| std::thread::sleep(std::time::Duration::from_millis(EXIT_GRACE_MS)));
    }
}

/// Set once a background thread may hand a result to Python (see `silence_logging_at_exit`).
static BACKGROUND_USED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Notes that a background thread will call into Python later.
pub(crate) fn note_background() {
    BACKGROUND_USED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// `pyo3_async_runtimes::tokio::future_into_py`, noting the background work.
pub(crate) fn future_into_py<F, T>(py: Python<'_>, fut: F) -> PyResult<Bound<'_, PyAny>>
where
    F: std::future::Future<Output = PyResult<T>> + Send + 'static,
    T: for<'py> IntoPyObject<'py> + Send + 'static,
{
    note_background();
    pyo3_async_runtimes::tokio::future_into_py(py, fut)
}

/// How long interpreter exit waits for runtime threads still holding or awaiting the GIL.
const EXIT_GRACE_MS: u64 = 30;

static LOG_RESET: std::sync::OnceLock<pyo3_log::ResetHandle> = std::sync::OnceLock::new();

/// Routes Rust `log` records to Python's `logging`; records use targets under `okx_py`.
fn install_logging(py: Python<'_>) {
    let logger = match pyo3_log::Logger::new(py, pyo3_log::Caching::LoggersAndLevels) {
        // Debug, not Trace: tungstenite traces every frame, and each record costs a
        // cache lookup even when Python drops it.
        Ok(logger) => logger.filter(log::LevelFilter::Debug),
        Err(_) => return,
    };
    if let Ok(handle) = logger.install() {
        let _ = LOG_RESET.set(handle);
    }
}
