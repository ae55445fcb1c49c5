//! The WebSocket API: `/ws/v5/public`, `/ws/v5/private` and `/ws/v5/business` on the REST
//! port, with OKX's requests, events and channels (okx-api websocket.md), pushes driven by the
//! mock market and account, and faults on demand.

mod books;
mod channels;
mod checksum;
pub(crate) mod codes;
mod faults;
mod feed;
mod flood;
mod hub;
mod ops;
mod private;
mod public;
mod session;
mod trade;

use std::sync::Arc;

use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, State};
use axum::response::Response;
use axum::routing::get;
use axum::Router;

use crate::conn::ConnHandle;
use crate::server::App;
use crate::state::Exchange;
use channels::Endpoint;

pub use books::BookMode;
pub use faults::{BookFault, WsFault};
pub(crate) use feed::run as run_feed;
pub(crate) use flood::start as flood;
pub(crate) use hub::Hub;

/// Largest request frame accepted; OKX caps a subscribe's args at 64 KB.
const MAX_MESSAGE: usize = 1 << 20;

/// The three WebSocket routes (any query, such as `?brokerId=9999`, is ignored).
pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/ws/v5/public", get(public_ws))
        .route("/ws/v5/private", get(private_ws))
        .route("/ws/v5/business", get(business_ws))
}

/// Reports the exchange's recorded changes to the subscribers; call with the exchange locked
/// after anything that may change it.
pub(crate) fn after_change(app: &App, ex: &mut Exchange, now: i64) {
    if ex.events.is_empty() {
        return;
    }
    let mut hub = app.ws.lock();
    private::flush(&mut hub, ex, now);
}

/// Publishes the pending book-stream updates of `inst_id`; call with the exchange locked
/// before answering `market/books`, so its `seqId` is one the streams have reached.
pub(crate) fn flush_books(app: &App, ex: &Exchange, inst_id: &str, now: i64) {
    let mut hub = app.ws.lock();
    books::flush(&mut hub, ex, inst_id, now);
}

/// Applies a book fault ([`crate::MockServer::book_fault`]).
pub(crate) fn book_fault(app: &App, inst_id: Option<&str>, fault: BookFault) {
    let mut ex = app.exchange();
    let mut hub = app.ws.lock();
    books::inject(&mut hub, &mut ex, inst_id, fault);
}

/// Sets the book mode of the incremental book channels.
pub(crate) fn set_book_mode(app: &App, mode: BookMode) {
    app.ws.lock().inner.streams.mode = mode;
}

/// Stops or restarts the synthetic market's wobble.
pub(crate) fn set_market_paused(app: &App, paused: bool) {
    app.ws.lock().inner.streams.paused = paused;
}

async fn public_ws(
    State(app): State<Arc<App>>,
    ConnectInfo(conn): ConnectInfo<ConnHandle>,
    ws: WebSocketUpgrade,
) -> Response {
    upgrade(app, conn, ws, Endpoint::Public)
}

async fn private_ws(
    State(app): State<Arc<App>>,
    ConnectInfo(conn): ConnectInfo<ConnHandle>,
    ws: WebSocketUpgrade,
) -> Response {
    upgrade(app, conn, ws, Endpoint::Private)
}

async fn business_ws(
    State(app): State<Arc<App>>,
    ConnectInfo(conn): ConnectInfo<ConnHandle>,
    ws: WebSocketUpgrade,
) -> Response {
    upgrade(app, conn, ws, Endpoint::Business)
}

fn upgrade(app: Arc<App>, conn: ConnHandle, ws: WebSocketUpgrade, endpoint: Endpoint) -> Response {
    ws.max_message_size(MAX_MESSAGE)
        .on_upgrade(move |socket| session::run(app, socket, endpoint, conn))
}
