//! What changed in the exchange since the WebSocket layer last looked: the state records these
//! as it changes and `ws/` drains them after every request, so pushes follow every change.

use super::market::PublicTrade;
use super::orders::{Fill, Order};

/// One change the WebSocket channels may report.
#[derive(Debug, Clone)]
pub(crate) enum Event {
    /// An order was placed, filled or canceled: its state right after the change.
    Order(Box<Order>),
    /// A public trade printed; `seq_id` is the market's sequence number at that moment.
    Trade {
        inst_id: String,
        trade: PublicTrade,
        seq_id: i64,
    },
    /// One execution of the account's orders.
    Fill(Box<Fill>),
    /// The cash of this currency changed outside trading (`set_balance`).
    Balance(String),
    /// The position of this instrument changed (opened, resized or closed).
    Position(String),
}
