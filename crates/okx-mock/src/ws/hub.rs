//! The hub: every open WebSocket connection, every subscription, the book streams and the
//! fault switches. One mutex guards the maps (taken after the exchange's when both are
//! needed); a push is encoded once per topic and queued to each subscriber's outbox.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::extract::ws::Utf8Bytes;
use tokio::sync::mpsc::error::TrySendError;
use tokio::sync::mpsc::Sender;

use super::books::Streams;
use super::channels::{Feed, Topic};
use super::codes;
use super::faults::WsFault;
use crate::conn::ConnHandle;

/// Frames a connection may have queued before OKX's "buffer is full" close (4005).
pub(crate) const OUTBOX: usize = 1 << 16;
/// Flood frames queued ahead of the socket; the flood waits for room (backpressure).
pub(crate) const FLOOD_QUEUE: usize = 1024;
/// OKX's idle limit: no message from the client for this long closes the connection (4004).
const DEFAULT_IDLE_MS: u64 = 30_000;

/// What a connection's writer is asked to do.
#[derive(Debug)]
pub(crate) enum Out {
    /// Send this text frame, not before the instant (the `Delay` fault) when one is given.
    Frame(Utf8Bytes, Option<Instant>),
    /// Send a close frame with this code (and OKX's reason), then end the connection.
    Close(u16),
    /// End the connection without a close frame.
    Kill,
}

/// An item of a connection's flood queue.
#[derive(Debug)]
pub(crate) enum FloodItem {
    Frame(Utf8Bytes),
    /// The flood is written; dropping the guard lets the book stream move again.
    End(FloodGuard),
}

/// Held while a connection still has flood frames to write; the stream it belongs to stays
/// paused until every guard is dropped (written, or the connection gone).
#[derive(Debug)]
pub(crate) struct FloodGuard(Arc<AtomicUsize>);

impl FloodGuard {
    pub(crate) fn new(pending: &Arc<AtomicUsize>) -> Self {
        pending.fetch_add(1, Ordering::SeqCst);
        Self(Arc::clone(pending))
    }
}

impl Drop for FloodGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Switches of one connection that the hub flips and its session reads on every frame.
#[derive(Debug, Default)]
pub(crate) struct ConnFlags {
    /// Hub milliseconds until which nothing is sent (the `HalfOpen` fault).
    pub(crate) half_open_until: AtomicU64,
    /// The outbox overflowed: the session closes with 4005.
    pub(crate) overflowed: AtomicBool,
}

/// What a session hands the hub when it opens.
pub(crate) struct NewConn {
    pub(crate) out: Sender<Out>,
    pub(crate) flood: Sender<FloodItem>,
    pub(crate) flags: Arc<ConnFlags>,
    pub(crate) handle: ConnHandle,
}

struct ConnEntry {
    conn_id: String,
    out: Sender<Out>,
    flood: Sender<FloodItem>,
    flags: Arc<ConnFlags>,
    handle: ConnHandle,
    topics: HashSet<Topic>,
}

struct TopicEntry {
    /// The push `arg`, encoded once.
    arg: String,
    feed: Feed,
    subs: Vec<u64>,
    /// Subscribers that get nothing yet (a delayed book snapshot).
    held: Vec<u64>,
}

/// The maps behind the hub's mutex.
#[derive(Default)]
pub(crate) struct Inner {
    conns: HashMap<u64, ConnEntry>,
    topics: HashMap<Topic, TopicEntry>,
    /// Book streams and the last snapshot-style pushes, per instrument.
    pub(crate) streams: Streams,
}

/// Every WebSocket connection of one server.
pub(crate) struct Hub {
    inner: Mutex<Inner>,
    next_conn: AtomicU64,
    epoch: Instant,
    delay_until: AtomicU64,
    delay_ms: AtomicU64,
    refuse_logins: AtomicU32,
    idle_ms: AtomicU64,
    /// The test account's user id, added to private pushes' `arg`.
    pub(crate) uid: String,
}

impl Hub {
    pub(crate) fn new(uid: String) -> Self {
        Self {
            inner: Mutex::new(Inner::default()),
            next_conn: AtomicU64::new(1),
            epoch: Instant::now(),
            delay_until: AtomicU64::new(0),
            delay_ms: AtomicU64::new(0),
            refuse_logins: AtomicU32::new(0),
            idle_ms: AtomicU64::new(DEFAULT_IDLE_MS),
            uid,
        }
    }

    /// The maps, locked; a panic elsewhere never makes them unusable.
    pub(crate) fn lock(&self) -> Locked<'_> {
        let inner = self
            .inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Locked { hub: self, inner }
    }

    /// Milliseconds since the hub started (the clock of the fault windows).
    pub(crate) fn now_ms(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// When a frame queued now may be sent: `Some` while the `Delay` fault lasts.
    pub(crate) fn stamp(&self) -> Option<Instant> {
        let until = self.delay_until.load(Ordering::Relaxed);
        if until == 0 || self.now_ms() >= until {
            return None;
        }
        let delay = self.delay_ms.load(Ordering::Relaxed);
        Some(Instant::now() + Duration::from_millis(delay))
    }

    /// Whether a connection's half-open window (hub milliseconds) is still running.
    pub(crate) fn silenced(&self, flags: &ConnFlags) -> bool {
        let until = flags.half_open_until.load(Ordering::Relaxed);
        until != 0 && self.now_ms() < until
    }

    /// Takes one refusal of the `RefuseLogins` fault, if any is left.
    pub(crate) fn take_login_refusal(&self) -> bool {
        self.refuse_logins
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    }

    pub(crate) fn idle_timeout(&self) -> Duration {
        Duration::from_millis(self.idle_ms.load(Ordering::Relaxed))
    }

    pub(crate) fn set_idle_timeout(&self, millis: u64) {
        self.idle_ms.store(millis.max(1), Ordering::Relaxed);
    }

    /// Adds a connection; gives its key and OKX-style `connId` (8 hex digits).
    pub(crate) fn register(&self, conn: NewConn) -> (u64, String) {
        let id = self.next_conn.fetch_add(1, Ordering::Relaxed);
        let conn_id = format!(
            "{:08x}",
            mix(id ^ self.epoch.elapsed().as_nanos() as u64) as u32
        );
        let entry = ConnEntry {
            conn_id: conn_id.clone(),
            out: conn.out,
            flood: conn.flood,
            flags: conn.flags,
            handle: conn.handle,
            topics: HashSet::new(),
        };
        self.lock().inner.conns.insert(id, entry);
        (id, conn_id)
    }

    /// Removes a connection and all its subscriptions.
    pub(crate) fn unregister(&self, id: u64) {
        let mut locked = self.lock();
        let Some(entry) = locked.inner.conns.remove(&id) else {
            return;
        };
        for topic in entry.topics {
            locked.drop_sub(id, &topic);
        }
    }

    /// Open connections.
    pub(crate) fn connection_count(&self) -> usize {
        self.lock().inner.conns.len()
    }

    /// Active (connection, topic) subscriptions.
    pub(crate) fn subscription_count(&self) -> usize {
        self.lock()
            .inner
            .conns
            .values()
            .map(|c| c.topics.len())
            .sum()
    }

    /// Applies a fault to the open connections (or to the next logins / frames).
    pub(crate) fn fault(&self, fault: WsFault) {
        match fault {
            WsFault::DropAll => {
                for c in self.lock().inner.conns.values() {
                    c.handle.kill();
                    let _ = c.out.try_send(Out::Kill);
                }
            }
            WsFault::HalfOpen { millis } => {
                let until = self.now_ms().saturating_add(millis).max(1);
                for c in self.lock().inner.conns.values() {
                    c.flags.half_open_until.store(until, Ordering::Relaxed);
                }
            }
            WsFault::Notice => {
                let locked = self.lock();
                for c in locked.inner.conns.values() {
                    let frame = format!(
                        r#"{{"event":"notice","code":"{}","msg":"{}","connId":"{}"}}"#,
                        codes::NOTICE.code,
                        codes::NOTICE.msg,
                        c.conn_id
                    );
                    locked.enqueue(c, Utf8Bytes::from(frame));
                }
            }
            WsFault::Close { code } => self.close_all(code),
            WsFault::RefuseLogins { times } => {
                self.refuse_logins.store(times, Ordering::SeqCst);
            }
            WsFault::Delay { millis } => {
                self.delay_ms.store(millis, Ordering::Relaxed);
                let until = self.now_ms().saturating_add(millis).max(1);
                self.delay_until.store(until, Ordering::Relaxed);
            }
        }
    }

    /// Closes every connection with `code`; one whose outbox is full is cut instead.
    pub(crate) fn close_all(&self, code: u16) {
        for c in self.lock().inner.conns.values() {
            if c.out.try_send(Out::Close(code)).is_err() {
                c.handle.kill();
            }
        }
    }
}

/// The hub with its maps locked.
pub(crate) struct Locked<'a> {
    hub: &'a Hub,
    pub(crate) inner: MutexGuard<'a, Inner>,
}

impl Locked<'_> {
    fn enqueue(&self, conn: &ConnEntry, frame: Utf8Bytes) {
        match conn.out.try_send(Out::Frame(frame, self.hub.stamp())) {
            Ok(()) => {}
            // The client reads too slowly: OKX closes such connections with 4005.
            Err(TrySendError::Full(_)) => conn.flags.overflowed.store(true, Ordering::Relaxed),
            // The session is ending and unregisters itself.
            Err(TrySendError::Closed(_)) => {}
        }
    }

    /// Queues a frame to one connection.
    pub(crate) fn send_to(&self, id: u64, frame: Utf8Bytes) {
        if let Some(conn) = self.inner.conns.get(&id) {
            self.enqueue(conn, frame);
        }
    }

    /// Queues a frame to one connection `millis` from now, leaving its other frames on time.
    pub(crate) fn send_later(&self, id: u64, frame: Utf8Bytes, millis: u64) {
        let Some(conn) = self.inner.conns.get(&id) else {
            return;
        };
        let out = conn.out.clone();
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return self.enqueue(conn, frame);
        };
        runtime.spawn(async move {
            tokio::time::sleep(Duration::from_millis(millis)).await;
            let _ = out.send(Out::Frame(frame, None)).await;
        });
    }

    /// Cuts one connection without a close frame, as a network failure would.
    pub(crate) fn kill(&self, id: u64) {
        if let Some(conn) = self.inner.conns.get(&id) {
            conn.handle.kill();
            let _ = conn.out.try_send(Out::Kill);
        }
    }

    /// Subscribes a connection; `false` when it already had this topic.
    pub(crate) fn subscribe(&mut self, id: u64, topic: &Topic, feed: Feed) -> bool {
        let Some(conn) = self.inner.conns.get_mut(&id) else {
            return false;
        };
        if !conn.topics.insert(topic.clone()) {
            return false;
        }
        let uid = feed.is_private().then_some(self.hub.uid.as_str());
        let entry = self
            .inner
            .topics
            .entry(topic.clone())
            .or_insert_with(|| TopicEntry {
                arg: push_arg(topic, uid),
                feed,
                subs: Vec::new(),
                held: Vec::new(),
            });
        entry.subs.push(id);
        true
    }

    /// Unsubscribes a connection; `false` when it did not have this topic.
    pub(crate) fn unsubscribe(&mut self, id: u64, topic: &Topic) -> bool {
        let had = self
            .inner
            .conns
            .get_mut(&id)
            .is_some_and(|c| c.topics.remove(topic));
        if had {
            self.drop_sub(id, topic);
        }
        had
    }

    fn drop_sub(&mut self, id: u64, topic: &Topic) {
        if let Some(entry) = self.inner.topics.get_mut(topic) {
            entry.subs.retain(|s| *s != id);
            entry.held.retain(|s| *s != id);
            if entry.subs.is_empty() {
                self.inner.topics.remove(topic);
            }
        }
    }

    /// Keeps the pushes of `topic` from subscriber `id` until [`Locked::release`].
    pub(crate) fn hold(&mut self, id: u64, topic: &Topic) {
        if let Some(entry) = self.inner.topics.get_mut(topic) {
            if entry.subs.contains(&id) && !entry.held.contains(&id) {
                entry.held.push(id);
            }
        }
    }

    /// Lets the pushes of `topic` reach subscriber `id` again; `false` when it was not held
    /// (or is no longer subscribed).
    pub(crate) fn release(&mut self, id: u64, topic: &Topic) -> bool {
        let Some(entry) = self.inner.topics.get_mut(topic) else {
            return false;
        };
        let held = entry.held.len();
        entry.held.retain(|s| *s != id);
        entry.held.len() < held
    }

    /// Whether connection `id` has subscribed `topic`.
    pub(crate) fn has(&self, id: u64, topic: &Topic) -> bool {
        self.inner
            .conns
            .get(&id)
            .is_some_and(|c| c.topics.contains(topic))
    }

    /// Connections with at least one subscription to `channel`.
    pub(crate) fn channel_conn_count(&self, channel: &str) -> usize {
        self.inner
            .conns
            .values()
            .filter(|c| c.topics.iter().any(|t| t.channel == channel))
            .count()
    }

    /// The push `arg` of a topic (subscribed or not).
    pub(crate) fn arg_of(&self, topic: &Topic, feed: Feed) -> String {
        match self.inner.topics.get(topic) {
            Some(entry) => entry.arg.clone(),
            None => push_arg(topic, feed.is_private().then_some(self.hub.uid.as_str())),
        }
    }

    /// Every subscribed topic with its feed.
    pub(crate) fn topics(&self) -> impl Iterator<Item = (&Topic, Feed)> {
        self.inner.topics.iter().map(|(t, e)| (t, e.feed))
    }

    /// Whether anyone watches a market-feed channel (the feed's cheap early exit).
    pub(crate) fn watches_market(&self) -> bool {
        self.inner.topics.values().any(|e| e.feed.is_market())
    }

    /// Whether `topic` has subscribers.
    pub(crate) fn watched(&self, topic: &Topic) -> bool {
        self.inner.topics.contains_key(topic)
    }

    /// Pushes `{"arg":ARG,TAIL}` to every subscriber of `topic`; encoded once.
    pub(crate) fn publish(&self, topic: &Topic, tail: &str) {
        if let Some(entry) = self.inner.topics.get(topic) {
            let frame = Utf8Bytes::from(frame(&entry.arg, tail));
            for id in entry.subs.iter().filter(|id| !entry.held.contains(id)) {
                if let Some(conn) = self.inner.conns.get(id) {
                    self.enqueue(conn, frame.clone());
                }
            }
        }
    }

    /// Pushes `tail` to every topic of `channel` that `keep` accepts (private channels, whose
    /// subscriptions filter by type, family or instrument).
    pub(crate) fn publish_where(&self, channel: &str, keep: impl Fn(&Topic) -> bool, tail: &str) {
        let matching: Vec<&Topic> = self
            .inner
            .topics
            .keys()
            .filter(|t| t.channel == channel && keep(t))
            .collect();
        for topic in matching {
            self.publish(topic, tail);
        }
    }

    /// The flood queues of `topic`'s subscribers.
    pub(crate) fn flood_queues(&self, topic: &Topic) -> Vec<Sender<FloodItem>> {
        self.inner.topics.get(topic).map_or_else(Vec::new, |entry| {
            entry
                .subs
                .iter()
                .filter_map(|id| self.inner.conns.get(id).map(|c| c.flood.clone()))
                .collect()
        })
    }
}

/// `{"arg":ARG,TAIL}`.
pub(crate) fn frame(arg: &str, tail: &str) -> String {
    let mut out = String::with_capacity(arg.len() + tail.len() + 10);
    out.push_str("{\"arg\":");
    out.push_str(arg);
    out.push(',');
    out.push_str(tail);
    out.push('}');
    out
}

/// The `arg` of a push: the topic in OKX's field order, plus `uid` on private channels.
fn push_arg(topic: &Topic, uid: Option<&str>) -> String {
    // Serialising the struct keeps its field order (a serde_json Map would sort the keys).
    let mut arg = serde_json::to_string(topic).unwrap_or_else(|_| "{}".to_owned());
    if let Some(uid) = uid {
        arg.pop();
        arg.push_str(",\"uid\":");
        arg.push_str(&serde_json::Value::from(uid).to_string());
        arg.push('}');
    }
    arg
}

/// splitmix64's finaliser: connection ids that look random but need no RNG.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}
