//! Order-book channels: the streams of `books`, `books-l2-tbt` and `books50-l2-tbt` (snapshot,
//! then updates chained by `prevSeqId`/`seqId`, in the three [`BookMode`]s), the snapshot-only
//! pushes (`books5`, `bbo-tbt`), and the [`BookFault`]s they apply (websocket.md section 8,
//! book-checksum.md).

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use rust_decimal::Decimal;

use super::channels::{Feed, Topic};
use super::checksum;
use super::faults::BookFault;
use super::hub::{frame, Locked};
use crate::state::num::fmt;
use crate::state::{Exchange, Level};

/// Levels per side of `books` and `books-l2-tbt`.
pub(crate) const DEPTH: usize = 400;
/// Levels per side of `books50-l2-tbt`.
const DEPTH_50: usize = 50;
/// Without changes, OKX sends a keep-alive after about this long (websocket.md 8.3).
const KEEPALIVE_MS: i64 = 60_000;
/// The highest `seqId` a maintenance reset restarts from.
const RESET_SEQ: i64 = 100;

/// How okx-mock publishes `books`, `books-l2-tbt` and `books50-l2-tbt`
/// ([`crate::MockServer::set_book_mode`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BookMode {
    /// OKX today: a snapshot (`prevSeqId` -1) on subscribe, then updates; `checksum` is 0.
    #[default]
    Okx,
    /// OKX before June 2026: as [`BookMode::Okx`], plus a real `checksum` on every snapshot and
    /// update (CRC-32 of the best 25 levels per side, book-checksum.md).
    Legacy,
    /// OKX's announced change: no snapshot on subscribe, the first push a subscriber sees is
    /// an update chained to the stream's previous `seqId`; clients start from REST
    /// `market/books`. `checksum` is 0. `books5` and `bbo-tbt` are unchanged.
    Announced,
}

/// The incremental book channels, each its own stream per instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum BookClass {
    /// `books`: 400 levels, every 100 ms.
    Books,
    /// `books-l2-tbt`: 400 levels, every 10 ms.
    Tbt,
    /// `books50-l2-tbt`: 50 levels, every 10 ms.
    Tbt50,
}

impl BookClass {
    pub(crate) const ALL: [BookClass; 3] = [BookClass::Books, BookClass::Tbt, BookClass::Tbt50];

    pub(crate) fn channel(self) -> &'static str {
        match self {
            BookClass::Books => "books",
            BookClass::Tbt => "books-l2-tbt",
            BookClass::Tbt50 => "books50-l2-tbt",
        }
    }

    fn depth(self) -> usize {
        match self {
            BookClass::Books | BookClass::Tbt => DEPTH,
            BookClass::Tbt50 => DEPTH_50,
        }
    }

    fn feed(self) -> Feed {
        match self {
            BookClass::Books => Feed::Books,
            BookClass::Tbt => Feed::BooksTbt,
            BookClass::Tbt50 => Feed::Books50Tbt,
        }
    }

    /// Whether the stream is due every 10 ms tick (the tbt channels) or every 100 ms.
    pub(crate) fn every_tick(self) -> bool {
        self != BookClass::Books
    }

    pub(crate) fn of(feed: Feed) -> Option<Self> {
        match feed {
            Feed::Books => Some(BookClass::Books),
            Feed::BooksTbt => Some(BookClass::Tbt),
            Feed::Books50Tbt => Some(BookClass::Tbt50),
            _ => None,
        }
    }
}

/// Faults waiting for a stream's next pushes.
#[derive(Debug, Default)]
struct Pending {
    /// Swallow the next update.
    gap: bool,
    /// An update was swallowed: the next one shows the gap.
    reveal: bool,
    duplicate: bool,
    keepalive: bool,
    bad_checksum: bool,
}

impl Pending {
    fn add(&mut self, fault: BookFault) {
        match fault {
            BookFault::Gap => self.gap = true,
            BookFault::Duplicate => self.duplicate = true,
            BookFault::KeepAlive => self.keepalive = true,
            BookFault::BadChecksum => self.bad_checksum = true,
            BookFault::Reset | BookFault::DelaySnapshot { .. } => {}
        }
    }

    /// Whether a fault waits for a book change to show.
    fn needs_change(&self, has_update: bool) -> bool {
        self.gap || self.reveal || self.bad_checksum || (self.duplicate && !has_update)
    }
}

/// One incremental stream: the book its subscribers hold and the `seqId` it carries.
#[derive(Debug)]
pub(crate) struct BookStream {
    pub(crate) bids: Vec<Level>,
    pub(crate) asks: Vec<Level>,
    pub(crate) seq: i64,
    /// The market's `version` this stream last compared its book with.
    pub(crate) version: u64,
    /// Subscribers still writing a flood of this stream; it publishes nothing meanwhile.
    pub(crate) flooding: Arc<AtomicUsize>,
    /// The last update pushed, for [`BookFault::Duplicate`].
    last_update: Option<String>,
    /// When the stream last pushed (Unix ms), for keep-alives.
    last_push: i64,
    pending: Pending,
}

/// The last `books5` / `bbo-tbt` push of one instrument.
#[derive(Debug)]
struct Top {
    bids: Vec<Level>,
    asks: Vec<Level>,
    tail: String,
    at: i64,
}

/// A subscriber whose first push waits ([`BookFault::DelaySnapshot`]).
#[derive(Debug)]
struct Held {
    conn: u64,
    topic: Topic,
    class: BookClass,
    /// When it is released (Unix ms).
    at: i64,
}

/// Per-instrument publishing state of the book and snapshot channels, the book mode and the
/// book faults.
#[derive(Debug, Default)]
pub(crate) struct Streams {
    pub(crate) books: HashMap<(BookClass, String), BookStream>,
    tops: HashMap<(Feed, String), Top>,
    /// The last payload (without `ts`) and push time of change-driven channels.
    pub(crate) last: HashMap<(Feed, String), (String, i64)>,
    pub(crate) mode: BookMode,
    /// The feed's synthetic wobble is stopped.
    pub(crate) paused: bool,
    /// Faults given while no matching stream was open: the first one to open takes them.
    waiting: Vec<(Option<String>, BookFault)>,
    /// [`BookFault::DelaySnapshot`]s waiting for a subscriber: (instrument filter, millis).
    delays: Vec<(Option<String>, u64)>,
    held: Vec<Held>,
    /// `books5` / `bbo-tbt` topics that resend their latest snapshot at their next step.
    top_keepalive: HashSet<(Feed, String)>,
}

impl Streams {
    /// Drops streams and change memories of topics nobody watches any more.
    pub(crate) fn forget_unwatched(&mut self, watched: &[(Topic, Feed)]) {
        let live: HashSet<(Feed, &str)> = watched
            .iter()
            .filter_map(|(t, f)| t.inst_id.as_deref().map(|id| (*f, id)))
            .collect();
        self.books
            .retain(|(class, id), _| live.contains(&(class.feed(), id.as_str())));
        self.tops
            .retain(|(f, id), _| live.contains(&(*f, id.as_str())));
        self.last
            .retain(|(f, id), _| live.contains(&(*f, id.as_str())));
    }

    /// Instruments whose streams wait for a book change to show a fault.
    pub(crate) fn needing_change(&self) -> HashSet<String> {
        self.books
            .iter()
            .filter(|(_, s)| s.pending.needs_change(s.last_update.is_some()))
            .map(|((_, id), _)| id.clone())
            .collect()
    }
}

fn matches(filter: Option<&str>, inst_id: &str) -> bool {
    filter.map_or(true, |f| f == inst_id)
}

/// The stream of `class` for `inst_id`, created from the current book if needed.
pub(crate) fn stream<'a>(
    hub: &'a mut Locked<'_>,
    ex: &Exchange,
    class: BookClass,
    inst_id: &str,
    now: i64,
) -> Option<&'a mut BookStream> {
    let market = ex.market(inst_id)?;
    let streams = &mut hub.inner.streams;
    let key = (class, inst_id.to_owned());
    if !streams.books.contains_key(&key) {
        let (bids, asks) = ex.book(market, class.depth());
        let mut pending = Pending::default();
        let (taken, left): (Vec<_>, Vec<_>) = std::mem::take(&mut streams.waiting)
            .into_iter()
            .partition(|(filter, _)| matches(filter.as_deref(), inst_id));
        streams.waiting = left;
        for (_, fault) in taken {
            pending.add(fault);
        }
        let stream = BookStream {
            bids,
            asks,
            seq: market.seq,
            version: market.version,
            flooding: Arc::new(AtomicUsize::new(0)),
            last_update: None,
            last_push: now,
            pending,
        };
        streams.books.insert(key.clone(), stream);
    }
    streams.books.get_mut(&key)
}

/// What a new subscriber of an incremental channel gets first: the snapshot, or nothing in
/// [`BookMode::Announced`] and while a [`BookFault::DelaySnapshot`] holds it back.
pub(crate) fn first_push(
    hub: &mut Locked<'_>,
    ex: &Exchange,
    class: BookClass,
    topic: &Topic,
    conn: u64,
    now: i64,
) -> Option<String> {
    let inst_id = topic.inst_id.as_deref()?;
    let mode = hub.inner.streams.mode;
    let delays = &mut hub.inner.streams.delays;
    let delay = delays
        .iter()
        .position(|(filter, _)| matches(filter.as_deref(), inst_id))
        .map(|i| delays.remove(i).1);
    let stream = stream(hub, ex, class, inst_id, now)?;
    let Some(millis) = delay else {
        return (mode != BookMode::Announced).then(|| snapshot_tail(stream, now, mode));
    };
    hub.hold(conn, topic);
    let at = now.saturating_add(i64::try_from(millis).unwrap_or(i64::MAX));
    hub.inner.streams.held.push(Held {
        conn,
        topic: topic.clone(),
        class,
        at,
    });
    None
}

/// Sends the held-back snapshots that are due (their subscribers then get every push).
pub(crate) fn release_due(hub: &mut Locked<'_>, ex: &Exchange, now: i64) {
    if hub.inner.streams.held.is_empty() {
        return;
    }
    let (due, later): (Vec<Held>, Vec<Held>) = std::mem::take(&mut hub.inner.streams.held)
        .into_iter()
        .partition(|h| h.at <= now);
    hub.inner.streams.held = later;
    let mode = hub.inner.streams.mode;
    for h in due {
        // Gone, or unsubscribed meanwhile.
        if !hub.release(h.conn, &h.topic) || mode == BookMode::Announced {
            continue;
        }
        let inst_id = h.topic.inst_id.as_deref().unwrap_or("");
        let Some(stream) = stream(hub, ex, h.class, inst_id, now) else {
            continue;
        };
        let tail = snapshot_tail(stream, now, mode);
        let arg = hub.arg_of(&h.topic, h.class.feed());
        hub.send_to(h.conn, frame(&arg, &tail).into());
    }
}

/// The `checksum` of a push leaving a stream with this book.
fn checksum_of(stream: &BookStream, mode: BookMode) -> i32 {
    match mode {
        BookMode::Legacy => checksum::of_book(&stream.bids, &stream.asks),
        BookMode::Okx | BookMode::Announced => 0,
    }
}

/// The snapshot push of a stream.
pub(crate) fn snapshot_tail(stream: &BookStream, ts: i64, mode: BookMode) -> String {
    let mut out = String::with_capacity(256 + 40 * (stream.bids.len() + stream.asks.len()));
    out.push_str("\"action\":\"snapshot\",\"data\":[{\"asks\":");
    push_levels(&mut out, &stream.asks);
    out.push_str(",\"bids\":");
    push_levels(&mut out, &stream.bids);
    let _ = write!(
        out,
        ",\"ts\":\"{ts}\",\"checksum\":{},\"prevSeqId\":-1,\"seqId\":{}}}]",
        checksum_of(stream, mode),
        stream.seq
    );
    out
}

/// An update push: the changed levels, chained from `prev` to `seq`.
pub(crate) fn update_tail(
    asks: &[Level],
    bids: &[Level],
    ts: i64,
    prev: i64,
    seq: i64,
    checksum: i32,
) -> String {
    let mut out = String::with_capacity(160 + 40 * (asks.len() + bids.len()));
    out.push_str("\"action\":\"update\",\"data\":[{\"asks\":");
    push_levels(&mut out, asks);
    out.push_str(",\"bids\":");
    push_levels(&mut out, bids);
    let _ = write!(
        out,
        ",\"ts\":\"{ts}\",\"checksum\":{checksum},\"prevSeqId\":{prev},\"seqId\":{seq}}}]"
    );
    out
}

/// A checksum that is wrong for the book and not 0.
fn wrong(checksum: i32) -> i32 {
    match checksum ^ 0x5a5a_5a5a {
        0 => 1,
        other => other,
    }
}

/// Publishes what a stream owes its subscribers: pending fault pushes, then what changed in
/// the book of `inst_id` since its last push, or a keep-alive after 60 s without one.
pub(crate) fn step(hub: &mut Locked<'_>, ex: &Exchange, class: BookClass, inst_id: &str, ts: i64) {
    let Some(market) = ex.market(inst_id) else {
        return;
    };
    let mode = hub.inner.streams.mode;
    let Some(stream) = hub
        .inner
        .streams
        .books
        .get_mut(&(class, inst_id.to_owned()))
    else {
        return;
    };
    if stream.flooding.load(Ordering::SeqCst) > 0 {
        return;
    }
    let mut out: Vec<String> = Vec::new();
    if stream.pending.keepalive {
        stream.pending.keepalive = false;
        out.push(keepalive_tail(stream, ts, mode));
    }
    if stream.pending.duplicate {
        if let Some(last) = &stream.last_update {
            out.push(last.clone());
            stream.pending.duplicate = false;
        }
    }
    if market.version != stream.version {
        stream.version = market.version;
        let (bids, asks) = ex.book(market, class.depth());
        let bid_changes = diff(&stream.bids, &bids, true);
        let ask_changes = diff(&stream.asks, &asks, false);
        if !(bid_changes.is_empty() && ask_changes.is_empty()) {
            let prev = stream.seq;
            stream.bids = bids;
            stream.asks = asks;
            stream.seq = market.seq;
            if stream.pending.gap {
                // The stream moves on; its subscribers never hear of this change.
                stream.pending.gap = false;
                stream.pending.reveal = true;
            } else {
                let mut sum = checksum_of(stream, mode);
                if stream.pending.bad_checksum {
                    stream.pending.bad_checksum = false;
                    sum = wrong(sum);
                }
                stream.pending.reveal = false;
                let tail = update_tail(&ask_changes, &bid_changes, ts, prev, stream.seq, sum);
                stream.last_update = Some(tail.clone());
                out.push(tail);
            }
        }
    }
    if out.is_empty() && ts - stream.last_push >= KEEPALIVE_MS {
        out.push(keepalive_tail(stream, ts, mode));
    }
    if out.is_empty() {
        return;
    }
    stream.last_push = ts;
    let topic = Topic::inst(class.channel(), inst_id);
    for tail in &out {
        hub.publish(&topic, tail);
    }
}

/// An update without levels, chained from the stream's last `seqId` to itself.
fn keepalive_tail(stream: &BookStream, ts: i64, mode: BookMode) -> String {
    let sum = checksum_of(stream, mode);
    update_tail(&[], &[], ts, stream.seq, stream.seq, sum)
}

/// Publishes the pending changes of every book stream of `inst_id` now (before REST
/// `market/books` answers, so its `seqId` and levels match what the streams have sent).
pub(crate) fn flush(hub: &mut Locked<'_>, ex: &Exchange, inst_id: &str, ts: i64) {
    for class in BookClass::ALL {
        step(hub, ex, class, inst_id, ts);
    }
}

/// Applies a book fault to the streams of `inst_id` (all when `None`).
pub(crate) fn inject(
    hub: &mut Locked<'_>,
    ex: &mut Exchange,
    inst_id: Option<&str>,
    fault: BookFault,
) {
    match fault {
        BookFault::DelaySnapshot { millis } => {
            let filter = inst_id.map(str::to_owned);
            hub.inner.streams.delays.push((filter, millis));
        }
        BookFault::Reset => {
            let streams = &hub.inner.streams;
            for market in ex
                .markets_mut()
                .iter_mut()
                .filter(|m| matches(inst_id, &m.inst.inst_id))
            {
                let lowest = streams
                    .books
                    .iter()
                    .filter(|((_, id), _)| *id == market.inst.inst_id)
                    .map(|(_, s)| s.seq)
                    .fold(market.seq, i64::min);
                // Below every stream's last seqId, so each stream's next update shows it;
                // the change makes sure that update comes.
                market.reset_seq((lowest / 2).min(RESET_SEQ));
                market.wobble();
            }
        }
        other => {
            let mut applied = false;
            let streams = &mut hub.inner.streams;
            for ((_, id), stream) in streams.books.iter_mut() {
                if matches(inst_id, id) {
                    stream.pending.add(other);
                    applied = true;
                }
            }
            if other == BookFault::KeepAlive {
                let tops: Vec<(Feed, String)> = hub
                    .topics()
                    .filter(|(_, f)| matches!(f, Feed::Books5 | Feed::BboTbt))
                    .filter_map(|(t, f)| t.inst_id.clone().map(|id| (f, id)))
                    .filter(|(_, id)| matches(inst_id, id))
                    .collect();
                applied |= !tops.is_empty();
                hub.inner.streams.top_keepalive.extend(tops);
            }
            if !applied {
                let filter = inst_id.map(str::to_owned);
                hub.inner.streams.waiting.push((filter, other));
            }
        }
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

/// The `books5` / `bbo-tbt` push a new subscriber gets first. With no earlier push of the
/// topic it counts as the topic's last push, so the feed does not send it again unchanged.
pub(crate) fn top_first(
    hub: &mut Locked<'_>,
    ex: &Exchange,
    feed: Feed,
    inst_id: &str,
    ts: i64,
) -> Option<String> {
    let (tail, bids, asks) = top_now(ex, feed, inst_id, ts)?;
    let key = (feed, inst_id.to_owned());
    hub.inner.streams.tops.entry(key).or_insert_with(|| Top {
        bids,
        asks,
        tail: tail.clone(),
        at: ts,
    });
    Some(tail)
}

/// Publishes the `books5` / `bbo-tbt` snapshot when the top levels changed; the latest one
/// again on a keep-alive fault or after 60 s without a push.
pub(crate) fn top_step(hub: &mut Locked<'_>, ex: &Exchange, feed: Feed, inst_id: &str, ts: i64) {
    let key = (feed, inst_id.to_owned());
    let again = hub.inner.streams.top_keepalive.remove(&key);
    let Some((tail, bids, asks)) = top_now(ex, feed, inst_id, ts) else {
        return;
    };
    let streams = &mut hub.inner.streams;
    let send = match streams.tops.get_mut(&key) {
        Some(top) if top.bids == bids && top.asks == asks => {
            let due = again || ts - top.at >= KEEPALIVE_MS;
            if due {
                top.at = ts;
            }
            due.then(|| top.tail.clone())
        }
        _ => {
            let top = Top {
                bids,
                asks,
                tail: tail.clone(),
                at: ts,
            };
            streams.tops.insert(key, top);
            Some(tail)
        }
    };
    let channel = if feed == Feed::Books5 {
        "books5"
    } else {
        "bbo-tbt"
    };
    if let Some(tail) = send {
        hub.publish(&Topic::inst(channel, inst_id), &tail);
    }
}

/// The levels of `new` that differ from `old` (absolute sizes), plus `old` prices that are
/// gone (size "0"); both sides given and returned best first (bids descending, asks
/// ascending), one level per price.
pub(crate) fn diff(old: &[Level], new: &[Level], bids: bool) -> Vec<Level> {
    let better = |a: Decimal, b: Decimal| if bids { a > b } else { a < b };
    let gone = |l: &Level| Level {
        px: l.px,
        sz: Decimal::ZERO,
        count: 0,
    };
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    loop {
        match (old.get(i), new.get(j)) {
            (None, None) => break,
            (Some(o), None) => {
                out.push(gone(o));
                i += 1;
            }
            (None, Some(n)) => {
                out.push(n.clone());
                j += 1;
            }
            (Some(o), Some(n)) if o.px == n.px => {
                if o != n {
                    out.push(n.clone());
                }
                i += 1;
                j += 1;
            }
            (Some(o), Some(n)) if better(o.px, n.px) => {
                out.push(gone(o));
                i += 1;
            }
            (Some(_), Some(n)) => {
                out.push(n.clone());
                j += 1;
            }
        }
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
        let old_asks = vec![l(7, 1, 1), l(8, 3, 1)];
        let new_asks = vec![l(6, 2, 1), l(8, 3, 1), l(9, 1, 1)];
        assert_eq!(
            diff(&old_asks, &new_asks, false),
            vec![l(6, 2, 1), l(7, 0, 0), l(9, 1, 1)]
        );
    }

    #[test]
    fn levels_encode_like_okx() {
        let mut s = String::new();
        push_levels(&mut s, &[l(65000, 2, 3)]);
        assert_eq!(s, r#"[["65000","2","0","3"]]"#);
        let t = update_tail(&[], &[l(1, 0, 0)], 5, 10, 15, -7);
        let v: serde_json::Value = serde_json::from_str(&format!("{{{t}}}")).unwrap();
        assert_eq!(v["data"][0]["prevSeqId"], 10);
        assert_eq!(v["data"][0]["seqId"], 15);
        assert_eq!(v["data"][0]["checksum"], -7);
        assert_eq!(v["action"], "update");
    }

    #[test]
    fn a_wrong_checksum_is_never_right_nor_zero() {
        for sum in [0, 1, -1, 0x5a5a_5a5a, i32::MIN, i32::MAX] {
            assert_ne!(wrong(sum), sum);
            assert_ne!(wrong(sum), 0);
        }
    }
}
