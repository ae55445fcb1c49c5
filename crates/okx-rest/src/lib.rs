//! The OKX V5 REST client of okx-py: the endpoint table, request building and signing,
//! the response envelope and error mapping.

mod blocking;
pub mod client;
pub mod endpoints;
pub mod envelope;
mod http1;
pub mod latency;
pub mod limits;
pub mod loop_conn;
pub mod request;
pub mod stubs;

pub use client::OkxRestClient;
pub use endpoints::*;
pub use limits::costs_for;
pub use request::{Auth, EndpointSpec, Kind, Method, ParamSpec, Request};
