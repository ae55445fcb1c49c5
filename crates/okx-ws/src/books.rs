//! Local order books kept in step with OKX under its 2026 rules (websocket.md 8.3-8.5):
//! the WS snapshot is used when one comes; otherwise, and after any gap in the
//! `prevSeqId`/`seqId` chain or a checksum mismatch, the book is rebuilt from the REST
//! snapshot with buffered updates bridged onto it. A book known to be wrong is never
//! served: reads fail while it is resyncing, disconnected or stale.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::{Duration, Instant};

use okx_core::{OkxError, Result};
use serde::Deserialize;
use serde_json::Value;
use tokio::sync::{watch, Notify};

use crate::book::{Book, Levels, RawLevel};
use crate::channels::UrlKind;

/// A REST GET returning OKX's `data` array (e.g. through okx-rest): `(path, query)`.
pub type RestGetFn = Arc<
    dyn Fn(String, Vec<(String, String)>) -> Pin<Box<dyn Future<Output = Result<Value>> + Send>>
        + Send
        + Sync,
>;

/// Where a channel's book comes from and how it is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BookKind {
    /// OKX's channel name.
    pub channel: &'static str,
    /// Snapshot then updates chained by `prevSeqId`/`seqId` (else: a snapshot every push).
    pub incremental: bool,
    /// Levels per side OKX keeps on this channel.
    pub depth: usize,
    /// The REST order book that resyncs it: (path, id parameter).
    pub rest: Option<(&'static str, &'static str)>,
    /// The subscription's id argument: `instId`, or `sprdId` for spread books.
    pub id_arg: &'static str,
}

const fn kind(
    channel: &'static str,
    incremental: bool,
    depth: usize,
    rest: Option<(&'static str, &'static str)>,
    id_arg: &'static str,
) -> BookKind {
    BookKind {
        channel,
        incremental,
        depth,
        rest,
        id_arg,
    }
}

const MARKET_BOOKS: Option<(&str, &str)> = Some(("/api/v5/market/books", "instId"));

/// Every order-book channel a local book can follow.
pub const BOOK_KINDS: &[BookKind] = &[
    kind("books", true, 400, MARKET_BOOKS, "instId"),
    kind("books-l2-tbt", true, 400, MARKET_BOOKS, "instId"),
    kind("books50-l2-tbt", true, 50, MARKET_BOOKS, "instId"),
    kind("books-elp", true, 400, MARKET_BOOKS, "instId"),
    kind(
        "books-rpi",
        true,
        400,
        Some(("/api/v5/market/books-rpi", "instId")),
        "instId",
    ),
    kind("books5", false, 5, None, "instId"),
    kind("bbo-tbt", false, 1, None, "instId"),
    kind(
        "sprd-books-l2-tbt",
        true,
        400,
        Some(("/api/v5/sprd/books", "sprdId")),
        "sprdId",
    ),
    kind("sprd-books5", false, 5, None, "sprdId"),
    kind("sprd-bbo-tbt", false, 1, None, "sprdId"),
];

/// The book kind of `channel`, if a local book can follow it.
pub fn book_kind(channel: &str) -> Option<BookKind> {
    BOOK_KINDS.iter().copied().find(|k| k.channel == channel)
}

/// Whether a book can be read, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookStatus {
    /// Waiting for a snapshot (WS or REST) or bridging updates onto one.
    Syncing,
    /// Complete and current.
    Synced,
    /// Was synced, but the connection is down or nothing arrived within `stale_after`.
    Stale,
    /// Unsubscribed or the client closed.
    Closed,
}

impl BookStatus {
    /// `syncing`, `synced`, `stale` or `closed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Syncing => "syncing",
            Self::Synced => "synced",
            Self::Stale => "stale",
            Self::Closed => "closed",
        }
    }
}

/// How a book is kept.
#[derive(Debug, Clone, Copy)]
pub struct BookOptions {
    /// Also deliver the channel's raw pushes through `recv` (else the book consumes them).
    pub messages: bool,
    /// A synced book with no push (keep-alives included) for this long reads as stale.
    pub stale_after: Duration,
}

impl Default for BookOptions {
    fn default() -> Self {
        Self {
            messages: false,
            // OKX sends a keep-alive after ~60 s without changes.
            stale_after: Duration::from_secs(90),
        }
    }
}

/// Counters of what happened to a book.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BookStats {
    /// Pushes applied (snapshots, updates and keep-alives).
    pub pushes: u64,
    /// WS snapshots taken.
    pub ws_snapshots: u64,
    /// REST snapshots the buffered updates were bridged onto.
    pub rest_snapshots: u64,
    /// Breaks of the `prevSeqId` chain.
    pub gaps: u64,
    /// Non-zero checksums that did not match the book.
    pub checksum_mismatches: u64,
    /// Repeats of the last push, ignored.
    pub duplicates: u64,
    /// Resubscriptions made to get a fresh snapshot (when REST could not serve one).
    pub resubscribes: u64,
}

/// One push of a book channel, parsed and owned.
#[derive(Debug, Clone)]
pub(crate) struct Push {
    snapshot: bool,
    levels: Levels,
    ts: i64,
    checksum: i64,
    prev: Option<i64>,
    seq: Option<i64>,
}

#[derive(Deserialize)]
struct FrameArg<'a> {
    #[serde(borrow)]
    channel: &'a str,
    #[serde(borrow, rename = "instId", default)]
    inst_id: Option<&'a str>,
    #[serde(borrow, rename = "sprdId", default)]
    sprd_id: Option<&'a str>,
}

#[derive(Deserialize)]
struct FrameData<'a> {
    #[serde(borrow, default)]
    asks: Vec<RawLevel<'a>>,
    #[serde(borrow, default)]
    bids: Vec<RawLevel<'a>>,
    #[serde(borrow, default)]
    ts: Option<&'a str>,
    #[serde(default)]
    checksum: Option<i64>,
    #[serde(rename = "prevSeqId", default)]
    prev_seq_id: Option<i64>,
    #[serde(rename = "seqId", default)]
    seq_id: Option<i64>,
}

#[derive(Deserialize)]
struct Frame<'a> {
    #[serde(borrow)]
    arg: FrameArg<'a>,
    #[serde(borrow, default)]
    action: Option<&'a str>,
    #[serde(borrow)]
    data: Vec<FrameData<'a>>,
}

/// The channel of a push frame (`{"arg":{"channel":"...`), read without parsing it.
fn frame_channel(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(r#"{"arg":{"channel":""#)?;
    rest.get(..rest.find('"')?)
}

fn parse_ts(ts: Option<&str>) -> i64 {
    ts.and_then(|t| t.parse().ok()).unwrap_or(0)
}

struct State {
    book: Book,
    status: BookStatus,
    disconnected: bool,
    /// `seqId` and `prevSeqId` of the last push applied.
    seq: Option<i64>,
    prev: Option<i64>,
    /// The REST snapshot's `seqId` the next update must bridge from (8.5 step 4).
    bridge: Option<i64>,
    /// Updates received while syncing, in order.
    buffer: VecDeque<Push>,
    /// Bumped whenever a resync starts or a WS snapshot makes one unnecessary.
    generation: u64,
    /// A resync was asked for and the keeper has not finished it.
    resync_pending: bool,
    ts: i64,
    last_push: Instant,
    stats: BookStats,
}

/// Updates buffered while syncing, at most (a resync that takes longer starts over).
const MAX_BUFFER: usize = 10_000;

/// One order book kept in step with OKX; shared by the connection that feeds it, the task
/// that resyncs it and every reader.
pub struct LiveBook {
    kind: BookKind,
    id: String,
    opts: BookOptions,
    state: Mutex<State>,
    updates: watch::Sender<u64>,
    resync: Notify,
}

impl std::fmt::Debug for LiveBook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveBook")
            .field("channel", &self.kind.channel)
            .field("id", &self.id)
            .field("status", &self.status())
            .finish()
    }
}

/// Where an update falls in the chain of a synced book.
enum Chain {
    Apply,
    /// A duplicate of the last push, or already contained in the REST snapshot.
    Skip,
    Gap,
}

/// What the keeper's REST snapshot led to.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Bridged {
    /// The book is synced.
    Done,
    /// A WS snapshot came first, or the book closed: nothing to do.
    Superseded,
    /// The REST snapshot is older than the buffered updates: fetch again.
    RestBehind,
}

/// A read of a book: its sides, sequence and time, taken under the book's lock.
pub struct BookRead<'a> {
    /// The book.
    pub book: &'a Book,
    /// `seqId` of the last push applied (the REST snapshot's right after a resync).
    pub seq_id: Option<i64>,
    /// OKX's `ts` of the last push, Unix milliseconds.
    pub ts: i64,
}

impl LiveBook {
    pub(crate) fn new(kind: BookKind, id: &str, opts: BookOptions) -> Self {
        Self {
            kind,
            id: id.to_owned(),
            opts,
            state: Mutex::new(State {
                book: Book::default(),
                status: BookStatus::Syncing,
                disconnected: false,
                seq: None,
                prev: None,
                bridge: None,
                buffer: VecDeque::new(),
                generation: 0,
                resync_pending: false,
                ts: 0,
                last_push: Instant::now(),
                stats: BookStats::default(),
            }),
            updates: watch::Sender::new(0),
            resync: Notify::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The channel the book follows.
    pub fn channel(&self) -> &'static str {
        self.kind.channel
    }

    /// The instrument (or spread) id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// How the book is kept.
    pub fn kind(&self) -> BookKind {
        self.kind
    }

    /// Whether raw pushes are also delivered through `recv`.
    pub fn delivers_messages(&self) -> bool {
        self.opts.messages
    }

    fn status_of(&self, st: &State) -> BookStatus {
        match st.status {
            BookStatus::Synced
                if st.disconnected || st.last_push.elapsed() > self.opts.stale_after =>
            {
                BookStatus::Stale
            }
            s => s,
        }
    }

    /// The book's status now.
    pub fn status(&self) -> BookStatus {
        self.status_of(&self.lock())
    }

    /// What happened to the book so far.
    pub fn stats(&self) -> BookStats {
        self.lock().stats
    }

    /// `seqId` of the last push applied, whatever the status.
    pub fn seq_id(&self) -> Option<i64> {
        self.lock().seq
    }

    /// Reads the book under its lock when it is synced.
    ///
    /// # Errors
    /// `WebSocket` naming the book and its status when it is not synced.
    pub fn read<R>(&self, f: impl FnOnce(BookRead<'_>) -> R) -> Result<R> {
        let st = self.lock();
        let status = self.status_of(&st);
        if status != BookStatus::Synced {
            return Err(self.not_synced(status));
        }
        Ok(f(BookRead {
            book: &st.book,
            seq_id: st.seq,
            ts: st.ts,
        }))
    }

    /// The error a read of a book that is not synced raises.
    pub fn not_synced(&self, status: BookStatus) -> OkxError {
        OkxError::WebSocket {
            url: format!("{} {}", self.kind.channel, self.id),
            reason: match status {
                BookStatus::Closed => {
                    "the order book is closed (unsubscribed or the client closed)".to_owned()
                }
                s => format!(
                    "the order book is {}; it is served again once it is synced",
                    s.as_str()
                ),
            },
        }
    }

    /// A receiver that sees a new value after every change of the book or its status.
    pub fn watch(&self) -> watch::Receiver<u64> {
        self.updates.subscribe()
    }

    fn bump(&self) {
        self.updates.send_modify(|n| *n = n.wrapping_add(1));
    }

    /// Stops keeping the book: reads fail from now on.
    pub(crate) fn close(&self) {
        {
            let mut st = self.lock();
            st.status = BookStatus::Closed;
            st.buffer.clear();
            st.book.clear();
        }
        self.resync.notify_one();
        self.bump();
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.lock().status == BookStatus::Closed
    }

    /// The connection dropped: the book is stale until pushes flow again.
    pub(crate) fn disconnected(&self) {
        self.lock().disconnected = true;
        self.bump();
    }

    /// Discards the book and asks the keeper for a resync (the caller notifies).
    fn start_resync(st: &mut State) {
        st.status = BookStatus::Syncing;
        st.book.clear();
        st.seq = None;
        st.prev = None;
        st.bridge = None;
        st.buffer.clear();
        st.generation += 1;
        st.resync_pending = true;
    }

    fn verify(&self, st: &mut State, checksum: i64) -> bool {
        // 0 means "no checksum" since June 2026 (book-checksum.md section 1).
        if checksum == 0 || i64::from(st.book.checksum()) == checksum {
            return true;
        }
        st.stats.checksum_mismatches += 1;
        log::warn!(target: crate::LOG_TARGET,
            "{} {}: checksum mismatch at seqId {:?}; resyncing", self.kind.channel, self.id, st.seq);
        false
    }

    /// Where an update falls in the chain of a synced book.
    fn chain(st: &mut State, push: &Push) -> Chain {
        let (Some(prev), Some(seq)) = (push.prev, push.seq) else {
            return Chain::Gap;
        };
        if let Some(from) = st.bridge {
            return if seq <= from {
                Chain::Skip // already in the REST snapshot
            } else if prev <= from {
                Chain::Apply
            } else {
                Chain::Gap
            };
        }
        if Some(prev) == st.seq {
            Chain::Apply
        } else if Some(seq) == st.seq && Some(prev) == st.prev && prev != seq {
            st.stats.duplicates += 1;
            Chain::Skip
        } else {
            Chain::Gap
        }
    }

    /// Applies an update to a synced book; `false` when the book must be resynced (a gap,
    /// kept in the buffer, or a checksum mismatch).
    fn apply_update(&self, st: &mut State, push: Push) -> bool {
        match Self::chain(st, &push) {
            Chain::Skip => true,
            Chain::Gap => {
                st.stats.gaps += 1;
                log::info!(target: crate::LOG_TARGET,
                    "{} {}: sequence gap after seqId {:?} (update {:?} -> {:?}); resyncing",
                    self.kind.channel, self.id, st.seq, push.prev, push.seq);
                Self::start_resync(st);
                st.buffer.push_back(push);
                false
            }
            Chain::Apply => {
                st.bridge = None;
                st.book.update(push.levels);
                st.seq = push.seq;
                st.prev = push.prev;
                st.ts = push.ts;
                st.stats.pushes += 1;
                if self.verify(st, push.checksum) {
                    true
                } else {
                    Self::start_resync(st);
                    false
                }
            }
        }
    }

    /// Takes one push of the channel. Returns whether the keeper must resync.
    pub(crate) fn on_push(&self, push: Push) -> bool {
        let mut st = self.lock();
        if st.status == BookStatus::Closed {
            return false;
        }
        st.last_push = Instant::now();
        st.disconnected = false;
        let mut want = false;
        if !self.kind.incremental || push.snapshot {
            st.book.replace(push.levels, None);
            st.seq = push.seq;
            st.prev = push.prev;
            st.ts = push.ts;
            st.bridge = None;
            st.buffer.clear();
            st.generation += 1; // a REST resync in flight is no longer needed
            st.resync_pending = false;
            st.status = BookStatus::Synced;
            st.stats.pushes += 1;
            if self.kind.incremental {
                st.stats.ws_snapshots += 1;
            }
            if !self.verify(&mut st, push.checksum) {
                Self::start_resync(&mut st);
                want = true;
            }
        } else if st.status == BookStatus::Syncing {
            if st.buffer.len() >= MAX_BUFFER {
                Self::start_resync(&mut st);
            }
            st.buffer.push_back(push);
            if !st.resync_pending {
                st.resync_pending = true;
                want = true;
            }
        } else {
            want = !self.apply_update(&mut st, push);
        }
        drop(st);
        self.bump();
        if want {
            self.resync.notify_one();
        }
        want
    }

    /// Applies every push of a parsed frame of this book's channel.
    fn take(&self, frame: Frame<'_>) {
        let snapshot = frame.action == Some("snapshot");
        for data in frame.data {
            let push = match Levels::parse(&data.bids, &data.asks) {
                Ok(levels) => Push {
                    snapshot,
                    levels,
                    ts: parse_ts(data.ts),
                    checksum: data.checksum.unwrap_or(0),
                    prev: data.prev_seq_id,
                    seq: data.seq_id,
                },
                Err(e) => {
                    log::warn!(target: crate::LOG_TARGET,
                        "{} {}: unreadable push ({e}); resyncing", self.kind.channel, self.id);
                    Self::start_resync(&mut self.lock());
                    self.resync.notify_one();
                    self.bump();
                    continue;
                }
            };
            self.on_push(push);
        }
    }

    /// A book fed by hand with [`LiveBook::feed`] (replaying a capture, tests): it never
    /// goes stale and nothing resyncs it; after a gap it stays `Syncing` until a snapshot.
    pub fn offline(kind: BookKind, id: &str) -> LiveBook {
        LiveBook::new(
            kind,
            id,
            BookOptions {
                messages: false,
                stale_after: Duration::MAX,
            },
        )
    }

    /// Applies one frame of this book's channel and id, as OKX sends it.
    ///
    /// # Errors
    /// `InvalidArgument` when the text is not a push of this channel and id.
    pub fn feed(&self, text: &str) -> Result<()> {
        let frame: Frame<'_> = serde_json::from_str(text)
            .map_err(|e| OkxError::invalid("frame", format!("is not an order-book push: {e}")))?;
        let id = frame.arg.inst_id.or(frame.arg.sprd_id).unwrap_or_default();
        if frame.arg.channel != self.kind.channel || id != self.id {
            return Err(OkxError::invalid(
                "frame",
                format!(
                    "is a push of {} {id}, not of {} {}",
                    frame.arg.channel, self.kind.channel, self.id
                ),
            ));
        }
        self.take(frame);
        Ok(())
    }

    /// Sets the book to a REST snapshot and bridges the buffered updates onto it (8.5).
    pub(crate) fn bridge(&self, generation: u64, levels: Levels, ts: i64, seq: i64) -> Bridged {
        let mut st = self.lock();
        if st.generation != generation || st.status != BookStatus::Syncing {
            return Bridged::Superseded;
        }
        if st
            .buffer
            .front()
            .and_then(|p| p.prev)
            .is_some_and(|p| seq < p)
        {
            return Bridged::RestBehind;
        }
        st.book.replace(levels, Some(self.kind.depth));
        st.seq = Some(seq);
        st.prev = None;
        st.bridge = Some(seq);
        st.ts = ts;
        st.status = BookStatus::Synced;
        st.resync_pending = false;
        st.stats.rest_snapshots += 1;
        let buffered: Vec<Push> = st.buffer.drain(..).collect();
        let mut iter = buffered.into_iter();
        let mut ok = true;
        for push in iter.by_ref() {
            if !self.apply_update(&mut st, push) {
                ok = false;
                break;
            }
        }
        if !ok {
            st.buffer.extend(iter);
        }
        drop(st);
        self.bump();
        if !ok {
            self.resync.notify_one();
        }
        Bridged::Done
    }

    fn generation(&self) -> u64 {
        self.lock().generation
    }

    /// Called by the keeper when its resync attempt ended without a book.
    fn resync_failed(&self) {
        let mut st = self.lock();
        if st.status == BookStatus::Syncing {
            // Let the next buffered push (or the next gap) ask again.
            st.resync_pending = false;
        }
    }

    fn wants_resync(&self) -> bool {
        let st = self.lock();
        st.status == BookStatus::Syncing && st.resync_pending
    }
}

/// The books a client keeps, looked up by the connection tasks for every book push.
#[derive(Default)]
pub(crate) struct Books {
    list: RwLock<Vec<(UrlKind, Arc<LiveBook>)>>,
}

impl Books {
    fn read(&self) -> std::sync::RwLockReadGuard<'_, Vec<(UrlKind, Arc<LiveBook>)>> {
        self.list.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Vec<(UrlKind, Arc<LiveBook>)>> {
        self.list.write().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn find(&self, channel: &str, id: &str) -> Option<Arc<LiveBook>> {
        self.read()
            .iter()
            .find(|(_, b)| b.kind.channel == channel && b.id == id)
            .map(|(_, b)| Arc::clone(b))
    }

    pub(crate) fn insert(&self, url: UrlKind, book: Arc<LiveBook>) {
        self.write().push((url, book));
    }

    pub(crate) fn remove(&self, channel: &str, id: &str) -> Option<Arc<LiveBook>> {
        let mut list = self.write();
        let i = list
            .iter()
            .position(|(_, b)| b.kind.channel == channel && b.id == id)?;
        Some(list.remove(i).1)
    }

    pub(crate) fn close_all(&self) {
        for (_, book) in self.write().drain(..) {
            book.close();
        }
    }

    pub(crate) fn disconnected(&self, url: UrlKind) {
        for (kind, book) in self.read().iter() {
            if *kind == url {
                book.disconnected();
            }
        }
    }

    /// Feeds a push frame to the book it belongs to. `Some(deliver)` when a book took it
    /// (`deliver`: also queue it for `recv`), `None` when no book follows it.
    pub(crate) fn route(&self, text: &str) -> Option<bool> {
        let channel = frame_channel(text)?;
        book_kind(channel)?;
        // Parsed only when some book follows this channel.
        if !self.read().iter().any(|(_, b)| b.kind.channel == channel) {
            return None;
        }
        let frame: Frame<'_> = serde_json::from_str(text).ok()?;
        let id = frame.arg.inst_id.or(frame.arg.sprd_id)?;
        let book = self.find(frame.arg.channel, id)?;
        book.take(frame);
        Some(book.opts.messages)
    }
}

/// REST snapshot attempts per resync before falling back to resubscribing.
const REST_ATTEMPTS: u32 = 6;

/// What the keeper needs from the client to resubscribe.
pub(crate) type Resubscribe =
    Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<()>> + Send>> + Send + Sync>;

/// Parses a REST order book's first item: (levels, ts, seqId).
fn rest_snapshot(data: &Value) -> std::result::Result<(Levels, i64, Option<i64>), String> {
    let item = match data {
        Value::Array(items) => items.first(),
        other => Some(other),
    }
    .ok_or("an empty answer")?;
    let rows = |key: &str| -> std::result::Result<Vec<Vec<&str>>, String> {
        let Some(Value::Array(rows)) = item.get(key) else {
            return Ok(Vec::new());
        };
        rows.iter()
            .map(|r| {
                r.as_array()
                    .ok_or_else(|| format!("a {key} level is not an array"))?
                    .iter()
                    .map(|f| {
                        f.as_str()
                            .ok_or_else(|| format!("a {key} field is not a string"))
                    })
                    .collect()
            })
            .collect()
    };
    let levels = Levels::from_rows(&rows("bids")?, &rows("asks")?).map_err(|e| e.0)?;
    let ts = parse_ts(item.get("ts").and_then(Value::as_str));
    let seq = item.get("seqId").and_then(|v| match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    });
    Ok((levels, ts, seq))
}

/// Resyncs `book` whenever it asks, until it is closed: REST snapshot + bridging when the
/// client has a REST source and the answer carries `seqId`, else a resubscription.
pub(crate) async fn keep(book: Arc<LiveBook>, rest: Option<RestGetFn>, resubscribe: Resubscribe) {
    loop {
        book.resync.notified().await;
        if book.is_closed() {
            return;
        }
        if !book.wants_resync() {
            continue;
        }
        let mut done = false;
        if let (Some(get), Some((path, id_param))) = (rest.as_ref(), book.kind.rest) {
            for attempt in 0..REST_ATTEMPTS {
                let generation = book.generation();
                let query = vec![
                    (id_param.to_owned(), book.id.clone()),
                    ("sz".to_owned(), book.kind.depth.to_string()),
                ];
                let outcome = match get(path.to_owned(), query).await {
                    Ok(data) => rest_snapshot(&data),
                    Err(e) => Err(e.to_string()),
                };
                if book.is_closed() {
                    return;
                }
                match outcome {
                    Ok((levels, ts, Some(seq))) => match book.bridge(generation, levels, ts, seq) {
                        Bridged::Done | Bridged::Superseded => {
                            done = true;
                            break;
                        }
                        Bridged::RestBehind => {}
                    },
                    Ok((_, _, None)) => {
                        log::info!(target: crate::LOG_TARGET,
                            "{path} carries no seqId; resubscribing {} {}", book.kind.channel, book.id);
                        break;
                    }
                    Err(e) => log::warn!(target: crate::LOG_TARGET,
                        "{} {}: REST snapshot failed: {e}", book.kind.channel, book.id),
                }
                tokio::time::sleep(Duration::from_millis(50 << attempt.min(5))).await;
            }
        }
        if !done && book.wants_resync() {
            book.lock().stats.resubscribes += 1;
            if let Err(e) = resubscribe().await {
                log::warn!(target: crate::LOG_TARGET,
                    "{} {}: resubscribing failed: {e}", book.kind.channel, book.id);
            }
            book.resync_failed();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book(channel: &str) -> LiveBook {
        LiveBook::new(
            book_kind(channel).unwrap(),
            "BTC-USDT",
            BookOptions::default(),
        )
    }

    fn push(action: &str, prev: i64, seq: i64, bids: &[(&str, &str)], checksum: i64) -> Push {
        let rows: Vec<Vec<&str>> = bids.iter().map(|(p, s)| vec![*p, *s, "0", "1"]).collect();
        Push {
            snapshot: action == "snapshot",
            levels: Levels::from_rows(&rows, &[]).unwrap(),
            ts: 1,
            checksum,
            prev: Some(prev),
            seq: Some(seq),
        }
    }

    fn best_bid(b: &LiveBook) -> Option<String> {
        b.read(|r| r.book.bids().first().map(|l| l.px().to_owned()))
            .ok()
            .flatten()
    }

    #[test]
    fn docs_chain_snapshot_update_keepalive_reset_update() {
        let b = book("books");
        assert_eq!(b.status(), BookStatus::Syncing);
        assert!(b.read(|_| ()).is_err());
        assert!(!b.on_push(push("snapshot", -1, 10, &[("100", "1")], 0)));
        assert!(!b.on_push(push("update", 10, 15, &[("101", "1")], 0)));
        assert!(!b.on_push(push("update", 15, 15, &[], 0)), "keep-alive");
        assert!(
            !b.on_push(push("update", 15, 3, &[("102", "1")], 0)),
            "reset"
        );
        assert!(!b.on_push(push("update", 3, 5, &[("102", "0")], 0)));
        assert_eq!(b.status(), BookStatus::Synced);
        assert_eq!(best_bid(&b).as_deref(), Some("101"));
        assert_eq!(b.seq_id(), Some(5));
        assert_eq!(b.stats().gaps, 0);
    }

    #[test]
    fn a_gap_discards_the_book_and_buffers_until_rest_bridges() {
        let b = book("books");
        b.on_push(push("snapshot", -1, 10, &[("100", "1")], 0));
        assert!(b.on_push(push("update", 11, 12, &[("99", "1")], 0)), "gap");
        assert_eq!(b.status(), BookStatus::Syncing);
        assert!(b.read(|_| ()).is_err());
        b.on_push(push("update", 12, 13, &[("98", "1")], 0));
        let generation = b.generation();
        // A REST snapshot older than the buffered chain is refused.
        let rest = Levels::from_rows(&[vec!["100", "1", "0", "1"]], &[]).unwrap();
        assert_eq!(
            b.bridge(generation, rest.clone(), 1, 10),
            Bridged::RestBehind
        );
        // seqId 12 is in the snapshot; 12 -> 13 bridges (prevSeqId <= 12 < seqId).
        let rest = Levels::from_rows(
            &[vec!["100", "1", "0", "1"], vec!["99", "1", "0", "1"]],
            &[],
        )
        .unwrap();
        assert_eq!(b.bridge(generation, rest, 1, 12), Bridged::Done);
        assert_eq!(b.status(), BookStatus::Synced);
        let bids = b
            .read(|r| {
                r.book
                    .bids()
                    .iter()
                    .map(|l| l.px().to_owned())
                    .collect::<Vec<_>>()
            })
            .unwrap();
        assert_eq!(bids, ["100", "99", "98"]);
        assert!(!b.on_push(push("update", 13, 14, &[], 0)));
        assert_eq!(b.stats().gaps, 1);
        assert_eq!(b.stats().rest_snapshots, 1);
    }

    #[test]
    fn without_a_ws_snapshot_the_first_update_asks_for_rest() {
        let b = book("books");
        assert!(b.on_push(push("update", 20, 21, &[("1", "1")], 0)));
        assert!(
            !b.on_push(push("update", 21, 22, &[("2", "1")], 0)),
            "asked once"
        );
        let generation = b.generation();
        let rest = Levels::from_rows(&[vec!["1", "1", "0", "1"]], &[]).unwrap();
        // REST ahead of every buffered push: they are dropped, the next one bridges.
        assert_eq!(b.bridge(generation, rest, 1, 23), Bridged::Done);
        assert!(!b.on_push(push("update", 22, 24, &[("3", "1")], 0)));
        assert_eq!(best_bid(&b).as_deref(), Some("3"));
        assert!(b.on_push(push("update", 30, 31, &[], 0)), "a later gap");
    }

    #[test]
    fn a_ws_snapshot_supersedes_a_resync_in_flight() {
        let b = book("books");
        b.on_push(push("update", 1, 2, &[], 0));
        let generation = b.generation();
        b.on_push(push("snapshot", -1, 5, &[("7", "1")], 0));
        let rest = Levels::from_rows(&[vec!["1", "1", "0", "1"]], &[]).unwrap();
        assert_eq!(b.bridge(generation, rest, 1, 4), Bridged::Superseded);
        assert_eq!(best_bid(&b).as_deref(), Some("7"));
    }

    #[test]
    fn duplicates_are_ignored_and_older_repeats_resync() {
        let b = book("books-l2-tbt");
        b.on_push(push("snapshot", -1, 1, &[("5", "1")], 0));
        b.on_push(push("update", 1, 2, &[("6", "1")], 0));
        assert!(!b.on_push(push("update", 1, 2, &[("6", "1")], 0)));
        assert_eq!(b.stats().duplicates, 1);
        assert!(b.on_push(push("update", 0, 1, &[], 0)));
    }

    #[test]
    fn checksums_are_verified_only_when_non_zero() {
        let b = book("books");
        let mut reference = Book::default();
        reference.replace(
            Levels::from_rows(&[vec!["100", "2", "0", "1"]], &[]).unwrap(),
            None,
        );
        let good = i64::from(reference.checksum());
        assert!(!b.on_push(push("snapshot", -1, 1, &[("100", "2")], good)));
        assert!(!b.on_push(push("update", 1, 2, &[("100", "3")], 0)));
        assert!(b.on_push(push("update", 2, 3, &[("100", "4")], 12345)));
        assert_eq!(b.stats().checksum_mismatches, 1);
        assert_eq!(b.status(), BookStatus::Syncing);
    }

    #[test]
    fn snapshot_channels_replace_every_push() {
        let b = book("books5");
        b.on_push(push("", 0, 7, &[("1", "1"), ("2", "1")], 0));
        b.on_push(push("", 0, 9, &[("3", "1")], 0));
        let bids = b.read(|r| r.book.bids().len()).unwrap();
        assert_eq!(bids, 1);
        assert_eq!(b.seq_id(), Some(9));
    }

    #[test]
    fn stale_and_disconnected_books_are_not_served() {
        let b = LiveBook::new(
            book_kind("bbo-tbt").unwrap(),
            "X",
            BookOptions {
                messages: false,
                stale_after: Duration::from_millis(20),
            },
        );
        b.on_push(push("", 0, 1, &[("1", "1")], 0));
        assert_eq!(b.status(), BookStatus::Synced);
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(b.status(), BookStatus::Stale);
        b.on_push(push("", 0, 2, &[("1", "1")], 0));
        b.disconnected();
        assert_eq!(b.status(), BookStatus::Stale);
        b.on_push(push("", 0, 3, &[("1", "1")], 0));
        assert_eq!(b.status(), BookStatus::Synced);
        b.close();
        assert_eq!(b.status(), BookStatus::Closed);
    }

    #[test]
    fn frames_route_to_their_book_only() {
        let books = Books::default();
        let b = Arc::new(book("books"));
        books.insert(UrlKind::Public, Arc::clone(&b));
        let frame = r#"{"arg":{"channel":"books","instId":"BTC-USDT"},"action":"snapshot","data":[{"asks":[["101","2","0","1"]],"bids":[["100","1","0","3"]],"ts":"5","checksum":0,"prevSeqId":-1,"seqId":4}]}"#;
        assert_eq!(books.route(frame), Some(false));
        assert_eq!(b.seq_id(), Some(4));
        let other = frame.replace("BTC-USDT", "ETH-USDT");
        assert_eq!(books.route(&other), None);
        assert_eq!(
            books.route(r#"{"arg":{"channel":"tickers","instId":"BTC-USDT"},"data":[]}"#),
            None
        );
        let (px, ts) = b
            .read(|r| (r.book.asks()[0].px().to_owned(), r.ts))
            .unwrap();
        assert_eq!((px.as_str(), ts), ("101", 5));
    }

    #[test]
    fn rest_snapshots_parse_with_and_without_seq_id() {
        let data: Value = serde_json::from_str(
            r#"[{"asks":[["2","1","0","1"]],"bids":[["1","1","0","1"]],"ts":"9","seqId":77}]"#,
        )
        .unwrap();
        let (levels, ts, seq) = rest_snapshot(&data).unwrap();
        assert_eq!((levels.bids.len(), ts, seq), (1, 9, Some(77)));
        let data: Value = serde_json::from_str(r#"[{"asks":[],"bids":[],"ts":"9"}]"#).unwrap();
        assert_eq!(rest_snapshot(&data).unwrap().2, None);
        assert!(rest_snapshot(&Value::Array(vec![])).is_err());
    }
}
