//! Benchmark mode: `count` valid, varying pushes of one channel, encoded up front and written
//! to every subscriber as fast as its socket takes them. `books` floods are updates that
//! continue the stream's `seqId` chain and end on the published book, so the regular stream
//! resumes where the flood left off (with real checksums in the legacy book mode).

use std::sync::Arc;

use axum::extract::ws::Utf8Bytes;
use rust_decimal::Decimal;
use tokio::sync::mpsc::Sender;

use super::books::{self, BookClass, BookMode};
use super::channels::{Feed, Topic};
use super::checksum;
use super::hub::{frame, FloodGuard, FloodItem};
use super::public;
use crate::server::App;
use crate::state::num::fmt;
use crate::state::Level;

/// The largest flood accepted: the frames are held in memory while they are written.
pub(crate) const MAX_FLOOD: u64 = 5_000_000;

/// Encodes the flood and starts writing it; returns once every frame is encoded.
pub(crate) fn start(app: &App, channel: &str, inst_id: &str, count: u64) -> Result<(), String> {
    if count > MAX_FLOOD {
        return Err(format!("count must be at most {MAX_FLOOD}; got {count}"));
    }
    let runtime = app
        .runtime()
        .ok_or_else(|| "the server is not running".to_owned())?;
    let mut ex = app.exchange();
    let market = ex
        .market(inst_id)
        .ok_or_else(|| format!("unknown instrument {inst_id:?}"))?;
    let (market_seq, lot) = (market.seq, market.inst.lot_sz);
    let now = app.now();
    let ticker = ex.ticker_json(market, now);
    let mut hub = app.ws.lock();
    let topic = Topic::inst(channel, inst_id);
    let queues = hub.flood_queues(&topic);
    if queues.is_empty() {
        return Err(format!(
            "no connection is subscribed to {channel} {inst_id}"
        ));
    }
    let arg = hub.arg_of(&topic, Feed::Tickers);
    let (frames, pending) = match channel {
        "tickers" => {
            let frames = (0..count)
                .map(|i| {
                    let mut t = ticker.clone();
                    t["lastSz"] = fmt(lot * Decimal::from(i % 100 + 1)).into();
                    t["ts"] = (now + (i / 100) as i64).to_string().into();
                    Utf8Bytes::from(frame(&arg, &public::data_tail(&t)))
                })
                .collect();
            (frames, None)
        }
        "books" => {
            let count = i64::try_from(count).map_err(|_| "count too large".to_owned())?;
            let legacy = hub.inner.streams.mode == BookMode::Legacy;
            let stream = books::stream(&mut hub, &ex, BookClass::Books, inst_id, now)
                .ok_or_else(|| format!("unknown instrument {inst_id:?}"))?;
            let (bids, asks) = (stream.bids.clone(), stream.asks.clone());
            // The flood takes the ids after the newer of the stream's and the market's; the
            // stream and the market continue from its last one.
            let first_prev = stream.seq;
            let start = stream.seq.max(market_seq);
            stream.seq = start + count;
            let pending = Arc::clone(&stream.flooding);
            if let Some(m) = ex
                .markets_mut()
                .iter_mut()
                .find(|m| m.inst.inst_id == inst_id)
            {
                m.seq = m.seq.max(start + count);
                // The stream holds the market's book again once the flood is written.
                stream.version = m.version;
            }
            let frames = (0..count)
                .map(|i| {
                    let prev = if i == 0 { first_prev } else { start + i };
                    let last = i + 1 == count;
                    let b = varied(bids.first(), lot, i, last);
                    let a = varied(asks.first(), lot, i + 3, last);
                    let sum = if legacy {
                        checksum::of_book(&with_best(&bids, &b), &with_best(&asks, &a))
                    } else {
                        0
                    };
                    let tail = books::update_tail(&a, &b, now + i / 100, prev, start + i + 1, sum);
                    Utf8Bytes::from(frame(&arg, &tail))
                })
                .collect();
            (frames, Some(pending))
        }
        other => {
            return Err(format!(
                "channel must be \"tickers\" or \"books\"; got {other:?}"
            ))
        }
    };
    drop(hub);
    let frames: Arc<Vec<Utf8Bytes>> = Arc::new(frames);
    for queue in queues {
        let guard = pending.as_ref().map(FloodGuard::new);
        runtime.spawn(write(queue, Arc::clone(&frames), guard));
    }
    Ok(())
}

/// The best level with a size that changes from message to message; the last message gives
/// back the published size, so the client ends with the stream's book.
fn varied(level: Option<&Level>, lot: Decimal, i: i64, last: bool) -> Vec<Level> {
    let Some(level) = level else {
        return Vec::new();
    };
    let mut l = level.clone();
    if !last {
        l.sz += lot * Decimal::from(i % 7 + 1);
        l.count += 1;
    }
    vec![l]
}

/// The best 25 levels of a side with its best level replaced by `best` (the checksum's view
/// of the book after a flood message).
fn with_best(side: &[Level], best: &[Level]) -> Vec<Level> {
    let mut top: Vec<Level> = side.iter().take(25).cloned().collect();
    if let (Some(first), Some(new)) = (top.first_mut(), best.first()) {
        *first = new.clone();
    }
    top
}

/// Writes the frames into one subscriber's flood queue, waiting whenever it is full.
async fn write(queue: Sender<FloodItem>, frames: Arc<Vec<Utf8Bytes>>, guard: Option<FloodGuard>) {
    for f in frames.iter() {
        if queue.send(FloodItem::Frame(f.clone())).await.is_err() {
            return;
        }
    }
    if let Some(guard) = guard {
        let _ = queue.send(FloodItem::End(guard)).await;
    }
}
