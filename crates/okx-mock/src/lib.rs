//! okx-mock: a local OKX-V5-compatible exchange (REST and WebSocket) for tests, the demo and
//! benchmarks. Third-party clients (python-okx, ccxt) work against it unchanged.

// OKX items have 50 to 60 fields; serde_json's json! macro recurses once per field.
#![recursion_limit = "256"]

/// The `log` target of okx-mock records: Python sees them under the `okx_py.mock` logger.
pub(crate) const LOG_TARGET: &str = "okx_py::mock";

mod auth;
mod codes;
mod conn;
mod control;
mod faults;
mod journal;
mod limits;
mod rest;
mod server;
mod state;
mod tls;
mod ws;

pub use faults::{AfterAction, AfterFault, Fault, FaultKind};
pub use journal::{RecordedRequest, CAPACITY as JOURNAL_CAPACITY};
pub use limits::{BucketStats, RateLimitStats, DEFAULT_SUB_ACCOUNT_LIMIT};
pub use server::{MockOptions, MockServer};
pub use ws::{BookFault, BookMode, WsFault};
