//! okx-mock: a local OKX-V5-compatible exchange (REST for now) for tests, the demo and
//! benchmarks. Third-party clients (python-okx, ccxt) work against it unchanged.

// OKX items have 50 to 60 fields; serde_json's json! macro recurses once per field.
#![recursion_limit = "256"]

mod auth;
mod codes;
mod conn;
mod faults;
mod rest;
mod server;
mod state;

pub use faults::{Fault, FaultKind};
pub use server::{MockOptions, MockServer};
