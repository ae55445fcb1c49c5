//! okx-mock: a local OKX-V5-compatible exchange (REST for now) for tests, the demo and
//! benchmarks. Third-party clients (python-okx, ccxt) work against it unchanged.

mod auth;
mod conn;
mod faults;
mod rest;
mod server;
mod state;

pub use faults::{Fault, FaultKind};
pub use server::{MockOptions, MockServer};
