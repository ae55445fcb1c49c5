//! The OKX V5 WebSocket client of okx-py: the channel table, a client that routes each
//! subscription to its URL, logs in, keeps every connection alive and reconnects and
//! resubscribes by itself, and the parsed messages it delivers.

/// The `log` target of okx-ws records: Python sees them under the `okx_py.ws` logger.
pub(crate) const LOG_TARGET: &str = "okx_py::ws";

mod backoff;
pub mod book;
pub mod books;
pub mod channels;
mod client;
mod connection;
mod heartbeat;
mod link;
mod login;
pub mod messages;
mod options;
mod queue;
mod reconnect;
pub mod stubs;
mod subscriptions;
pub mod trade;

pub use books::{
    book_kind, BookKind, BookOptions, BookStats, BookStatus, LiveBook, RestGetFn, BOOK_KINDS,
};
pub use channels::{route, ArgKind, ArgSpec, ChannelSpec, Select, UrlKind, CHANNELS};
pub use client::WsClient;
pub use messages::{parse, WsMessage};
pub use options::{Reconcile, ReconcileFn, ServerTimeFn, WsOptions};
/// Shared, immutable UTF-8 text of a frame (cheap to clone), as [`WsMessage::Push`] holds it.
pub use tokio_tungstenite::tungstenite::Utf8Bytes;
