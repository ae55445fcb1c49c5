//! The foundation shared by every okx-py crate: credentials, configuration, request
//! signing, the one error type, the validated value sets and the domain types.

pub mod clock;
pub mod config;
pub mod credentials;
pub mod enums;
pub mod error;
pub mod ratelimit;
pub mod signer;
pub mod types;

pub use clock::Clock;
pub use config::{Config, Environment};
pub use credentials::Credentials;
pub use error::{ItemError, OkxError, Result};
pub use ratelimit::{Cost, Limiter, RateLimitPolicy};
pub use signer::{iso_timestamp, Signer};
