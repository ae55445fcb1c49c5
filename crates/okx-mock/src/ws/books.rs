//! Order-book channels: what each stream last published, the diffs between book states
//! (`books`, `books-l2-tbt`, `books50-l2-tbt`: snapshot, then updates chained by
//! `prevSeqId`/`seqId`) and the snapshot-only pushes (`books5`, `bbo-tbt`), encoded as OKX does
//! (websocket.md section 8; `checksum` is always 0 since June 2026).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use rust_decimal::Decimal;

use super::channels::{Feed, Topic};
use super::hub::Locked;
use crate::state::num::fmt;
use crate::state::{Exchange, Level};

/// Levels per side of `books` and the tbt channels.
pub(crate) const DEPTH: usize = 400;

/// The incremental book channels by cadence: `books` every 100 ms, the tbt ones every 10 ms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum BookClass {
    Books,
    Tbt,
}

impl BookClass {
    /// The channels this class feeds.
    fn channels(self) -> &'static [&'static str] {
        match self {
            BookClass::Books => &["books"],
            BookClass::Tbt => &["books-l2-tbt", "books50-l2-tbt"],
        }
    }

    pub(crate) fn of(feed: Feed) -> Option<Self> {
        match feed {
            Feed::Books => Some(BookClass::Books),
            Feed::BooksTbt => Some(BookClass::Tbt),
            _ => None,
        }
    }
}

/// One incremental stream: the book its subscribers hold and the `seqId` it carries.
#[derive(Debug)]
pub(crate) struct BookStream {
    pub(crate) bids: Vec<Level>,
    pub(crate) asks: Vec<Level>,
    pub(crate) seq: i64,
    /// Subscribers still writing a flood of this stream; it publishes nothing meanwhile.
    pub(crate) flooding: Arc<AtomicUsize>,
}

/// Per-instrument publishing state of the book and snapshot channels.
#[derive(Debug, Default)]
pub(crate) struct Streams {
    pub(crate) books: HashMap<(BookClass, String), BookStream>,
    /// The last `books5` / `bbo-tbt` levels pushed (bids, asks).
    pub(crate) tops: HashMap<(Feed, String), (Vec<Level>, Vec<Level>)>,
    /// The last payload (without `ts`) and push time of change-driven channels.
    pub(crate) last: HashMap<(Feed, String), (String, i64)>,
}

/// The stream of `class` for `inst_id`, created from the current book if needed.
pub(crate) fn stream<'a>(
    hub: &'a mut Locked<'_>,
    ex: &Exchange,
    class: BookClass,
    inst_id: &str,
) -> Option<&'a mut BookStream> {
    let market = ex.market(inst_id)?;
    let key = (class, inst_id.to_owned());
    Some(hub.inner.streams.books.entry(key).or_insert_with(|| {
        let (bids, asks) = ex.book(market, DEPTH);
        BookStream {
            bids,
            asks,
            seq: market.seq,
            flooding: Arc::new(AtomicUsize::new(0)),
        }
    }))
}

/// The snapshot push a new subscriber of an incremental channel gets first.
pub(crate) fn snapshot_tail(stream: &BookStream, ts: i64) -> String {
    let mut out = String::with_capacity(256 + 40 * (stream.bids.len() + stream.asks.len()));
    out.push_str("\"action\":\"snapshot\",\"data\":[{\"asks\":");
    push_levels(&mut out, &stream.asks);
    out.push_str(",\"bids\":");
    push_levels(&mut out, &stream.bids);
    let _ = write!(
        out,
        ",\"ts\":\"{ts}\",\"checksum\":0,\"prevSeqId\":-1,\"seqId\":{}}}]",
        stream.seq
    );
    out
}

/// An update push: the changed levels, chained from `prev` to `seq`.
pub(crate) fn update_tail(asks: &[Level], bids: &[Level], ts: i64, prev: i64, seq: i64) -> String {
    let mut out = String::with_capacity(160 + 40 * (asks.len() + bids.len()));
    out.push_str("\"action\":\"update\",\"data\":[{\"asks\":");
    push_levels(&mut out, asks);
    out.push_str(",\"bids\":");
    push_levels(&mut out, bids);
    let _ = write!(
        out,
        ",\"ts\":\"{ts}\",\"checksum\":0,\"prevSeqId\":{prev},\"seqId\":{seq}}}]"
    );
    out
}

/// Publishes what changed in the book of `inst_id` since the stream's last push, if anything.
pub(crate) fn step(hub: &mut Locked<'_>, ex: &Exchange, class: BookClass, inst_id: &str, ts: i64) {
    let Some(market) = ex.market(inst_id) else {
        return;
    };
    let Some(stream) = hub
        .inner
        .streams
        .books
        .get_mut(&(class, inst_id.to_owned()))
    else {
        return;
    };
    if market.seq <= stream.seq || stream.flooding.load(Ordering::SeqCst) > 0 {
        return;
    }
    let (bids, asks) = ex.book(market, DEPTH);
    let bid_changes = diff(&stream.bids, &bids, true);
    let ask_changes = diff(&stream.asks, &asks, false);
    if bid_changes.is_empty() && ask_changes.is_empty() {
        return;
    }
    let tail = update_tail(&ask_changes, &bid_changes, ts, stream.seq, market.seq);
    stream.bids = bids;
    stream.asks = asks;
    stream.seq = market.seq;
    for channel in class.channels() {
        hub.publish(&Topic::inst(channel, inst_id), &tail);
    }
}

/// The top `n` levels of a book as `books5` (n = 5, with `instId`) or `bbo-tbt` (n = 1) sends
/// them.
pub(crate) fn top_tail(
    bids: &[Level],
    asks: &[Level],
    inst_id: Option<&str>,
    ts: i64,
    seq: i64,
) -> String {
    let mut out = String::with_capacity(400);
    out.push_str("\"data\":[{\"asks\":");
    push_levels(&mut out, asks);
    out.push_str(",\"bids\":");
    push_levels(&mut out, bids);
    if let Some(id) = inst_id {
        let _ = write!(out, ",\"instId\":\"{id}\"");
    }
    let _ = write!(out, ",\"ts\":\"{ts}\",\"seqId\":{seq}}}]");
    out
}

/// The `books5` / `bbo-tbt` push of the current book.
pub(crate) fn top_now(
    ex: &Exchange,
    feed: Feed,
    inst_id: &str,
    ts: i64,
) -> Option<(String, Vec<Level>, Vec<Level>)> {
    let market = ex.market(inst_id)?;
    let (n, named) = if feed == Feed::Books5 {
        (5, Some(inst_id))
    } else {
        (1, None)
    };
    let (bids, asks) = ex.book(market, n);
    Some((top_tail(&bids, &asks, named, ts, market.seq), bids, asks))
}

/// Publishes the `books5` / `bbo-tbt` snapshot when the top levels changed.
pub(crate) fn top_step(hub: &mut Locked<'_>, ex: &Exchange, feed: Feed, inst_id: &str, ts: i64) {
    let Some((tail, bids, asks)) = top_now(ex, feed, inst_id, ts) else {
        return;
    };
    let key = (feed, inst_id.to_owned());
    if hub.inner.streams.tops.get(&key) == Some(&(bids.clone(), asks.clone())) {
        return;
    }
    hub.inner.streams.tops.insert(key, (bids, asks));
    let channel = if feed == Feed::Books5 {
        "books5"
    } else {
        "bbo-tbt"
    };
    hub.publish(&Topic::inst(channel, inst_id), &tail);
}

/// The levels of `new` that differ from `old` (absolute sizes), plus `old` prices that are
/// gone (size "0"); best first (`bids` descending, asks ascending).
pub(crate) fn diff(old: &[Level], new: &[Level], bids: bool) -> Vec<Level> {
    let mut out: Vec<Level> = new.iter().filter(|l| !old.contains(l)).cloned().collect();
    for gone in old.iter().filter(|o| !new.iter().any(|n| n.px == o.px)) {
        out.push(Level {
            px: gone.px,
            sz: Decimal::ZERO,
            count: 0,
        });
    }
    if bids {
        out.sort_by_key(|l| std::cmp::Reverse(l.px));
    } else {
        out.sort_by_key(|l| l.px);
    }
    out
}

/// `[["px","sz","0","count"],...]`.
pub(crate) fn push_levels(out: &mut String, levels: &[Level]) {
    out.push('[');
    for (i, l) in levels.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            "[\"{}\",\"{}\",\"0\",\"{}\"]",
            fmt(l.px),
            fmt(l.sz),
            l.count
        );
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(px: i64, sz: i64, count: u32) -> Level {
        Level {
            px: Decimal::from(px),
            sz: Decimal::from(sz),
            count,
        }
    }

    #[test]
    fn diff_lists_changes_and_deletions_best_first() {
        let old = vec![l(10, 1, 1), l(9, 2, 1), l(8, 3, 1)];
        let new = vec![l(10, 1, 1), l(9, 5, 2), l(7, 1, 1)];
        assert_eq!(
            diff(&old, &new, true),
            vec![l(9, 5, 2), l(8, 0, 0), l(7, 1, 1)]
        );
        assert!(diff(&new, &new, false).is_empty());
    }

    #[test]
    fn levels_encode_like_okx() {
        let mut s = String::new();
        push_levels(&mut s, &[l(65000, 2, 3)]);
        assert_eq!(s, r#"[["65000","2","0","3"]]"#);
        let t = update_tail(&[], &[l(1, 0, 0)], 5, 10, 15);
        let v: serde_json::Value = serde_json::from_str(&format!("{{{t}}}")).unwrap();
        assert_eq!(v["data"][0]["prevSeqId"], 10);
        assert_eq!(v["data"][0]["seqId"], 15);
        assert_eq!(v["data"][0]["checksum"], 0);
        assert_eq!(v["action"], "update");
    }
}
