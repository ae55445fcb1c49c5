//! The task that owns one URL's connection: it writes the client's requests, reads and
//! parses frames into the queue, keeps the link alive, replaces it after a `notice`, and
//! reconnects, logs in and resubscribes after any drop until it gives up.

use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use okx_core::{Config, OkxError, Result};
use serde_json::{Map, Value};
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;

use crate::backoff::{Backoff, XorShift};
use crate::books::Books;
use crate::channels::UrlKind;
use crate::heartbeat::Beat;
use crate::link::{Incoming, Link};
use crate::login::login_on;
use crate::messages::{is_push, parse_with_id, Parsed, WsMessage};
use crate::options::WsOptions;
use crate::queue::Queue;
use crate::reconnect::{establish, EstablishError, Established, Plan};
use crate::subscriptions::{arg_matches, key, request};
use futures_util::FutureExt;
use tokio_tungstenite::tungstenite::Utf8Bytes;

/// State shared by the client and all its connection tasks.
pub(crate) struct Shared {
    pub config: Config,
    pub opts: WsOptions,
    pub queue: Queue,
    /// The local order books the connections feed.
    pub books: Books,
    /// OKX's clock minus the local clock, in ms, applied to login timestamps.
    pub time_offset_ms: AtomicI64,
    next_id: AtomicU64,
    failure: Mutex<Option<(String, String)>>,
    closed: AtomicBool,
    shutdown: watch::Sender<bool>,
}

impl Shared {
    pub fn new(config: Config, opts: WsOptions) -> Self {
        Self {
            config,
            opts,
            queue: Queue::default(),
            books: Books::default(),
            time_offset_ms: AtomicI64::new(0),
            next_id: AtomicU64::new(1),
            failure: Mutex::new(None),
            closed: AtomicBool::new(false),
            shutdown: watch::Sender::new(false),
        }
    }

    /// A fresh request id (OKX: up to 32 letters and digits).
    pub fn next_id(&self) -> String {
        self.next_id.fetch_add(1, Ordering::Relaxed).to_string()
    }

    /// The URL of a connection kind, from the config.
    pub fn url(&self, kind: UrlKind) -> String {
        match kind {
            UrlKind::Public => self.config.ws_public(),
            UrlKind::Private => self.config.ws_private(),
            UrlKind::Business => self.config.ws_business(),
        }
    }

    fn lock_failure(&self) -> MutexGuard<'_, Option<(String, String)>> {
        self.failure.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Gives up on the whole client: a final `error` event, the queue ends, tasks stop.
    pub fn fail(&self, kind: UrlKind, url: &str, reason: String) {
        {
            let mut failure = self.lock_failure();
            if failure.is_some() || self.closed.load(Ordering::Relaxed) {
                return;
            }
            *failure = Some((url.to_owned(), reason.clone()));
        }
        log::error!(target: crate::LOG_TARGET, "{url}: {reason}");
        self.queue.push(WsMessage::Event {
            event: "error".to_owned(),
            code: None,
            msg: Some(reason),
            arg: None,
            conn_id: None,
            url_kind: kind,
        });
        self.queue.close();
        self.books.close_all();
        self.shutdown.send_replace(true);
    }

    /// Stops every task; the queue ends after what it holds.
    pub fn close(&self) {
        self.closed.store(true, Ordering::Relaxed);
        self.books.close_all();
        self.shutdown.send_replace(true);
    }

    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Relaxed)
    }

    /// `Err` once the client was closed or gave up.
    pub fn check_alive(&self) -> Result<()> {
        if let Some((url, reason)) = self.lock_failure().clone() {
            return Err(OkxError::WebSocket { url, reason });
        }
        if self.is_closed() {
            return Err(OkxError::WebSocket {
                url: self.config.ws_public(),
                reason: "the client was closed".to_owned(),
            });
        }
        Ok(())
    }

    pub fn subscribe_shutdown(&self) -> watch::Receiver<bool> {
        self.shutdown.subscribe()
    }
}

/// What the client and a connection task both see of one connection.
pub(crate) struct ConnState {
    pub kind: UrlKind,
    pub url: String,
    pub connected: AtomicBool,
    /// Log in on every (re)connect: set once a channel needing login was requested.
    pub login_wanted: AtomicBool,
    active: Mutex<BTreeMap<String, Map<String, Value>>>,
}

impl ConnState {
    pub fn new(kind: UrlKind, url: String, login: bool) -> Self {
        Self {
            kind,
            url,
            connected: AtomicBool::new(false),
            login_wanted: AtomicBool::new(login),
            active: Mutex::new(BTreeMap::new()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, Map<String, Value>>> {
        self.active.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Acknowledged subscriptions.
    pub fn active_count(&self) -> usize {
        self.lock().len()
    }

    pub fn active(&self) -> Vec<(String, Map<String, Value>)> {
        self.lock()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    fn plan(&self, login: bool) -> Plan {
        Plan {
            login: login || self.login_wanted.load(Ordering::Relaxed),
            args: self.active(),
        }
    }
}

/// A subscription request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    Subscribe,
    Unsubscribe,
}

impl Op {
    fn as_str(self) -> &'static str {
        match self {
            Self::Subscribe => "subscribe",
            Self::Unsubscribe => "unsubscribe",
        }
    }
}

type Reply = oneshot::Sender<Result<()>>;

/// What the client asks a connection task to do.
pub(crate) enum Command {
    /// Subscribe or unsubscribe one subscription object (`channel` included).
    Request {
        op: Op,
        arg: Map<String, Value>,
        login: bool,
        reply: Reply,
    },
    /// Drop the connection and establish a new one now.
    Reconnect { reply: Reply },
    /// Send one order operation (login first if needed) and answer with OKX's reply.
    Trade {
        op: String,
        args: Vec<Map<String, Value>>,
        exp_time: Option<String>,
        reply: oneshot::Sender<Result<crate::trade::TradeReply>>,
    },
}

/// A request sent and not yet answered.
struct Pending {
    op: Op,
    arg: Map<String, Value>,
    key: String,
    reply: Option<Reply>,
    since: Instant,
}

enum Flow {
    Continue,
    Drop(String),
    Handover,
}

impl Flow {
    /// Keeps the most urgent of two outcomes.
    fn merge(self, other: Flow) -> Flow {
        match (self, other) {
            (Flow::Drop(r), _) | (_, Flow::Drop(r)) => Flow::Drop(r),
            (Flow::Handover, _) | (_, Flow::Handover) => Flow::Handover,
            _ => Flow::Continue,
        }
    }
}

/// Frame handling shared by the main loop and a login in progress.
struct Core {
    shared: Arc<Shared>,
    state: Arc<ConnState>,
    inflight: HashMap<String, Pending>,
    /// Order operations sent and not yet answered, by request id.
    trades: HashMap<String, crate::trade::TradePending>,
}

impl Core {
    fn api_error(&self, code: Option<&str>, msg: Option<&str>) -> OkxError {
        // OKX's "requests too frequent" on a WebSocket: the same error as REST's 429.
        if code == Some("60014") {
            return OkxError::RateLimited {
                path: self.state.url.clone(),
                status: 0,
                code: code.map(str::to_owned),
                msg: msg.map(str::to_owned),
                retry_after: None,
            };
        }
        OkxError::Api {
            path: self.state.url.clone(),
            code: code.unwrap_or_default().to_owned(),
            msg: msg.unwrap_or_default().to_owned(),
            status: 0,
            items: Vec::new(),
            succeeded: Box::default(),
        }
    }

    fn on_parsed(&mut self, parsed: Parsed) -> Flow {
        let mut flow = Flow::Continue;
        if let WsMessage::Unknown(text) = &parsed.msg {
            if let Some(pending) =
                crate::trade::reply_id(text).and_then(|id| self.trades.remove(&id))
            {
                let _ = pending.reply.send(Ok(crate::trade::TradeReply {
                    text: text.clone(),
                    rtt: pending.since.elapsed(),
                }));
                return flow;
            }
        }
        match &parsed.msg {
            WsMessage::Event {
                event,
                code,
                msg,
                arg,
                ..
            } => match event.as_str() {
                "subscribe" => self.on_ack(Op::Subscribe, parsed.id.as_deref(), arg.as_ref()),
                "unsubscribe" => {
                    self.on_ack(Op::Unsubscribe, parsed.id.as_deref(), arg.as_ref());
                }
                "error" => self.on_error(parsed.id.as_deref(), code.as_deref(), msg.as_deref()),
                // OKX: 64008 = the connection closes for a service upgrade within 60 s.
                "notice" if code.as_deref() == Some("64008") => flow = Flow::Handover,
                _ => {}
            },
            WsMessage::ChannelConnCountError { channel, .. } => {
                // OKX ended these subscriptions; resubscribing would only repeat the error.
                self.state
                    .lock()
                    .retain(|_, arg| arg.get("channel").and_then(Value::as_str) != Some(channel));
            }
            _ => {}
        }
        self.shared.queue.push(parsed.msg);
        flow
    }

    fn on_ack(&mut self, op: Op, id: Option<&str>, echoed: Option<&Map<String, Value>>) {
        let by_id = id
            .filter(|id| self.inflight.get(*id).is_some_and(|p| p.op == op))
            .map(str::to_owned);
        let found = by_id.or_else(|| {
            let echoed = echoed?;
            self.inflight
                .iter()
                .filter(|(_, p)| p.op == op && arg_matches(&p.arg, echoed))
                .min_by_key(|(_, p)| p.since)
                .map(|(id, _)| id.clone())
        });
        let Some(pending) = found.and_then(|id| self.inflight.remove(&id)) else {
            return;
        };
        {
            let mut active = self.state.lock();
            match op {
                Op::Subscribe => {
                    active.insert(pending.key, pending.arg);
                }
                Op::Unsubscribe => {
                    active.remove(&pending.key);
                }
            }
        }
        if let Some(reply) = pending.reply {
            let _ = reply.send(Ok(()));
        }
    }

    fn on_error(&mut self, id: Option<&str>, code: Option<&str>, msg: Option<&str>) {
        if let Some(pending) = id.and_then(|id| self.trades.remove(id)) {
            let _ = pending.reply.send(Err(self.api_error(code, msg)));
            return;
        }
        let target = match id {
            Some(id) => self.inflight.contains_key(id).then(|| id.to_owned()),
            // Without an id, an error can only be attributed when one request is open.
            None if self.inflight.len() == 1 => self.inflight.keys().next().cloned(),
            None => None,
        };
        if let Some(pending) = target.and_then(|id| self.inflight.remove(&id)) {
            if let Some(reply) = pending.reply {
                let _ = reply.send(Err(self.api_error(code, msg)));
            }
        }
    }

    /// Forgets requests whose caller stopped waiting long ago.
    fn prune(&mut self, now: Instant, older_than: Duration) {
        self.inflight.retain(|_, p| {
            p.reply.as_ref().is_some_and(|r| !r.is_closed())
                || now.saturating_duration_since(p.since) < older_than
        });
        self.trades.retain(|_, p| !p.reply.is_closed());
    }

    /// Fails every order operation in flight: the connection they went out on is gone.
    fn lose_trades(&mut self, why: &str) {
        for (_, pending) in self.trades.drain() {
            let _ = pending
                .reply
                .send(Err(crate::trade::outcome_unknown(&self.state.url, why)));
        }
    }

    fn fail_all(&mut self, reason: &str) {
        self.lose_trades(reason);
        for (_, pending) in self.inflight.drain() {
            if let Some(reply) = pending.reply {
                let _ = reply.send(Err(OkxError::WebSocket {
                    url: self.state.url.clone(),
                    reason: reason.to_owned(),
                }));
            }
        }
    }

    fn event(&self, event: &str, code: Option<String>, msg: String) {
        self.shared.queue.push(WsMessage::client_event(
            event,
            self.state.kind,
            code,
            Some(msg),
        ));
    }
}

type Successor =
    Pin<Box<dyn Future<Output = std::result::Result<Established, EstablishError>> + Send>>;

enum Wake {
    Shutdown,
    Command(Option<Command>),
    Incoming(Incoming),
    // Boxed: an established link is large and this variant is rare (a handover).
    Successor(Box<std::result::Result<Established, EstablishError>>),
    /// The consumer made room in a full queue.
    Room,
    Timer,
}

/// The connection task of one URL kind.
pub(crate) struct Task {
    link: Option<Link>,
    core: Core,
    cmds: mpsc::UnboundedReceiver<Command>,
    shutdown: watch::Receiver<bool>,
    successor: Option<Successor>,
    backoff: Backoff,
    /// The keep-alive timer, re-armed only when it fired or must fire earlier (not per
    /// message: a busy stream would otherwise re-register a timer for every frame).
    timer: Pin<Box<tokio::time::Sleep>>,
}

async fn next_incoming(link: &mut Option<Link>) -> Incoming {
    match link {
        Some(link) => link.next().await,
        None => std::future::pending().await,
    }
}

async fn next_successor(
    successor: &mut Option<Successor>,
) -> std::result::Result<Established, EstablishError> {
    match successor {
        Some(fut) => fut.await,
        None => std::future::pending().await,
    }
}

impl Task {
    pub fn new(
        shared: Arc<Shared>,
        state: Arc<ConnState>,
        link: Link,
        cmds: mpsc::UnboundedReceiver<Command>,
    ) -> Self {
        let backoff = Backoff::new(
            shared.opts.backoff_initial,
            shared.opts.backoff_max,
            XorShift::from_entropy(),
        );
        let shutdown = shared.subscribe_shutdown();
        state.connected.store(true, Ordering::Relaxed);
        Self {
            link: Some(link),
            core: Core {
                shared,
                state,
                inflight: HashMap::new(),
                trades: HashMap::new(),
            },
            cmds,
            shutdown,
            successor: None,
            backoff,
            timer: Box::pin(tokio::time::sleep(Duration::ZERO)),
        }
    }

    fn shared(&self) -> &Arc<Shared> {
        &self.core.shared
    }

    fn stopping(&self) -> bool {
        *self.shutdown.borrow()
    }

    /// Runs until the client closes, is dropped, or gives up.
    pub async fn run(mut self) {
        loop {
            if self.stopping() {
                break;
            }
            let deadline = match &self.link {
                Some(link) => match link.heartbeat.poll(Instant::now()) {
                    Beat::Wait(at) => at,
                    Beat::SendPing | Beat::Dead => Instant::now(),
                },
                None => Instant::now() + self.shared().opts.ping_interval,
            };
            if self.timer.is_elapsed() || deadline < self.timer.deadline() {
                self.timer.as_mut().reset(deadline);
            }
            // A full queue pauses reading: the consumer's pace reaches OKX as TCP
            // back-pressure instead of unbounded memory.
            let shared = Arc::clone(self.shared());
            let room = shared.queue.has_room();
            // Unbiased: a busy stream must not starve commands or the timer.
            let wake = tokio::select! {
                _ = self.shutdown.changed() => Wake::Shutdown,
                res = next_successor(&mut self.successor) => Wake::Successor(Box::new(res)),
                incoming = next_incoming(&mut self.link), if room => Wake::Incoming(incoming),
                () = shared.queue.room(), if !room => Wake::Room,
                cmd = self.cmds.recv(), if self.successor.is_none() => Wake::Command(cmd),
                () = self.timer.as_mut() => Wake::Timer,
            };
            let flow = match wake {
                Wake::Shutdown | Wake::Command(None) => break,
                Wake::Command(Some(Command::Reconnect { reply })) => {
                    let ok = self.recover("reconnect requested".to_owned(), true).await;
                    let _ = reply.send(self.shared().check_alive());
                    if !ok {
                        break;
                    }
                    Flow::Continue
                }
                Wake::Command(Some(Command::Request {
                    op,
                    arg,
                    login,
                    reply,
                })) => self.request(op, arg, login, Some(reply)).await,
                Wake::Command(Some(Command::Trade {
                    op,
                    args,
                    exp_time,
                    reply,
                })) => self.trade(&op, &args, exp_time.as_deref(), reply).await,
                Wake::Incoming(Incoming::Text(text)) => self.on_texts(text),
                Wake::Incoming(Incoming::Other) | Wake::Room => Flow::Continue,
                Wake::Incoming(Incoming::Closed(reason)) => Flow::Drop(reason),
                Wake::Successor(res) => {
                    self.successor = None;
                    self.finish_handover(*res).await
                }
                Wake::Timer => self.on_timer().await,
            };
            match flow {
                Flow::Continue => {}
                Flow::Handover => self.start_handover(),
                Flow::Drop(reason) => {
                    if !self.recover(reason, false).await {
                        break;
                    }
                }
            }
        }
        self.core.state.connected.store(false, Ordering::Relaxed);
        self.successor = None;
        self.core.fail_all("the client was closed");
        if let Some(link) = self.link.take() {
            link.close().await;
        }
    }

    /// Handles a text frame and then every further frame already received (up to a
    /// burst), without a trip through `select!` and the keep-alive clock per frame; pushes
    /// of a burst reach the queue together.
    fn on_texts(&mut self, first: Utf8Bytes) -> Flow {
        /// Frames handled per wake-up at most, so commands and timers are not starved.
        const BURST: usize = 256;
        let shared = Arc::clone(self.shared());
        let mut pushes: Vec<WsMessage> = Vec::new();
        let mut flow = Flow::Continue;
        let mut next = Some(first);
        let mut handled = 0;
        // Room left in the queue, read once per burst rather than locked per frame.
        let mut room = crate::queue::CAPACITY.saturating_sub(shared.queue.len());
        while let Some(text) = next.take() {
            handled += 1;
            match shared.books.route(&text) {
                // A push a local book took is queued only when asked for.
                Some(false) => {}
                // Pushes need nothing from this task: queued as text when asked.
                _ if shared.opts.raw_pushes && is_push(&text) => {
                    pushes.push(WsMessage::Push(text));
                }
                _ => {
                    shared.queue.push_many(std::mem::take(&mut pushes));
                    flow = self
                        .core
                        .on_parsed(parse_with_id(&text, self.core.state.kind));
                    room = crate::queue::CAPACITY.saturating_sub(shared.queue.len());
                }
            }
            if !matches!(flow, Flow::Continue) || handled >= BURST || pushes.len() >= room {
                break;
            }
            let Some(link) = self.link.as_mut() else {
                break;
            };
            match link.next().now_or_never() {
                Some(Incoming::Text(text)) => next = Some(text),
                Some(Incoming::Other) | None => {}
                Some(Incoming::Closed(reason)) => flow = Flow::Drop(reason),
            }
        }
        shared.queue.push_many(pushes);
        flow
    }

    async fn on_timer(&mut self) -> Flow {
        let opts = &self.core.shared.opts;
        let older_than = opts.request_timeout + opts.login_timeout;
        self.core.prune(Instant::now(), older_than);
        let Some(link) = self.link.as_mut() else {
            return Flow::Continue;
        };
        match link.heartbeat.poll(Instant::now()) {
            Beat::Wait(_) => Flow::Continue,
            Beat::SendPing => match link.ping().await {
                Ok(()) => Flow::Continue,
                Err(reason) => Flow::Drop(reason),
            },
            Beat::Dead => Flow::Drop(format!(
                "no answer to ping within {:?}",
                link.heartbeat.pong_timeout()
            )),
        }
    }

    /// Logs the connection in unless it is; frames that arrive meanwhile are handled and
    /// their outcome merged into `flow`. On failure: the error for the caller, and the
    /// reason when the link itself was lost.
    async fn login_first(
        &mut self,
        flow: &mut Flow,
    ) -> std::result::Result<(), (OkxError, Option<String>)> {
        let Some(link) = self.link.as_mut() else {
            return Ok(());
        };
        if link.logged_in {
            return Ok(());
        }
        self.core.state.login_wanted.store(true, Ordering::Relaxed);
        let shared = Arc::clone(&self.core.shared);
        let kind = self.core.state.kind;
        let core = &mut self.core;
        let result = login_on(link, &shared, kind, &mut |p: Parsed| {
            let f = core.on_parsed(p);
            *flow = std::mem::replace(flow, Flow::Continue).merge(f);
        })
        .await;
        result.map_err(|e| {
            let lost = match &e {
                crate::login::LoginError::Link(reason) => Some(reason.clone()),
                _ => None,
            };
            (e.into_okx(&self.core.state.url), lost)
        })
    }

    /// Sends one subscribe/unsubscribe, logging in first when the channel needs it.
    async fn request(
        &mut self,
        op: Op,
        arg: Map<String, Value>,
        login: bool,
        reply: Option<Reply>,
    ) -> Flow {
        let mut flow = Flow::Continue;
        if reply.as_ref().is_some_and(oneshot::Sender::is_closed) {
            // The caller stopped waiting (timed out while the connection was down): a
            // subscription it was told failed must not appear later.
            return flow;
        }
        if self.link.is_none() {
            return flow;
        }
        if login {
            if let Err((e, lost)) = self.login_first(&mut flow).await {
                if let Some(reply) = reply {
                    let _ = reply.send(Err(e));
                }
                return match lost {
                    Some(reason) => flow.merge(Flow::Drop(reason)),
                    None => flow,
                };
            }
        }
        let Some(link) = self.link.as_mut() else {
            return flow;
        };
        if !link.take_request() && reply.is_some() {
            // A caller's own request over budget fails fast instead of risking OKX's
            // 60014 and a dropped connection; restoring subscriptions always proceeds.
            if let Some(reply) = reply {
                let _ = reply.send(Err(okx_core::OkxError::RateLimited {
                    path: self.core.state.url.clone(),
                    status: 0,
                    code: Some("60014".into()),
                    msg: Some(format!(
                        "{} subscribe, unsubscribe and login requests per hour on this connection used up",
                        crate::link::REQUESTS_PER_HOUR
                    )),
                    retry_after: None,
                }));
            }
            return flow;
        }
        let id = self.core.shared.next_id();
        let text = request(&id, op.as_str(), &[&arg]);
        self.core.inflight.insert(
            id,
            Pending {
                op,
                key: key(&arg),
                arg,
                reply,
                since: Instant::now(),
            },
        );
        if let Err(reason) = link.send(text).await {
            // The request stays in flight and is sent again on the next connection.
            return flow.merge(Flow::Drop(reason));
        }
        flow
    }

    /// Sends one order operation, logging in first when the connection is not; the reply
    /// (or the loss of the connection) answers `reply`.
    async fn trade(
        &mut self,
        op: &str,
        args: &[Map<String, Value>],
        exp_time: Option<&str>,
        reply: oneshot::Sender<Result<crate::trade::TradeReply>>,
    ) -> Flow {
        let mut flow = Flow::Continue;
        if reply.is_closed() {
            // The caller gave up before it was sent: sending it now could only surprise.
            return flow;
        }
        if self.link.is_none() {
            let url = &self.core.state.url;
            let _ = reply.send(Err(crate::trade::not_sent(url, "not connected")));
            return flow;
        }
        if let Err((e, lost)) = self.login_first(&mut flow).await {
            let _ = reply.send(Err(e));
            return match lost {
                Some(reason) => flow.merge(Flow::Drop(reason)),
                None => flow,
            };
        }
        let Some(link) = self.link.as_mut() else {
            return flow;
        };
        let id = self.core.shared.next_id();
        let text = crate::trade::request_text(&id, op, args, exp_time);
        self.core.trades.insert(
            id,
            crate::trade::TradePending {
                reply,
                since: Instant::now(),
            },
        );
        if let Err(reason) = link.send(text).await {
            // Whether the frame left is unknown: the loss answers it as such.
            return flow.merge(Flow::Drop(reason));
        }
        flow
    }

    fn start_handover(&mut self) {
        if self.successor.is_some() {
            return;
        }
        let logged_in = self.link.as_ref().is_some_and(|l| l.logged_in);
        let plan = self.core.state.plan(logged_in);
        log::info!(
            target: crate::LOG_TARGET,
            "{}: OKX announced a restart; opening a replacement connection",
            self.core.state.url
        );
        self.successor = Some(Box::pin(establish(
            Arc::clone(&self.core.shared),
            Arc::clone(&self.core.state),
            plan,
        )));
    }

    async fn finish_handover(
        &mut self,
        res: std::result::Result<Established, EstablishError>,
    ) -> Flow {
        match res {
            Ok(est) => {
                if let Some(old) = self.link.take() {
                    tokio::spawn(old.close());
                }
                self.core
                    .lose_trades("the connection was replaced after OKX's notice");
                self.install(
                    est,
                    "moved to a new connection after OKX's notice of a service upgrade",
                )
                .await
            }
            Err(e) => {
                // The old connection still serves; when OKX closes it, the reconnect
                // logic takes over.
                log::warn!(
                    target: crate::LOG_TARGET,
                    "{}: replacement connection failed: {e}",
                    self.core.state.url
                );
                Flow::Continue
            }
        }
    }

    /// Takes a fresh connection into use: events, refused subscriptions, requests that
    /// were in flight on the old one, and subscriptions made since the plan was taken.
    async fn install(&mut self, est: Established, how: &str) -> Flow {
        let Established {
            link,
            restored,
            dropped,
        } = est;
        self.link = Some(link);
        self.core.state.connected.store(true, Ordering::Relaxed);
        self.core.event("reconnected", None, how.to_owned());
        let mut failed = Vec::new();
        {
            let mut active = self.core.state.lock();
            for (key, code, msg) in &dropped {
                if active.remove(key).is_some() {
                    failed.push(format!("{key} (OKX code {code}: {msg})"));
                }
            }
        }
        let mut text = format!("{} subscriptions restored", restored.len());
        if !failed.is_empty() {
            text.push_str(&format!(
                "; refused by OKX and dropped: {}",
                failed.join(", ")
            ));
        }
        let code = dropped.first().map(|(_, code, _)| code.clone());
        self.core.event("resubscribed", code, text);
        // Requests in flight on the old connection, then active subscriptions the new one
        // does not carry yet (acknowledged on the old one after the plan was made).
        let mut flow = Flow::Continue;
        let carried: Vec<Pending> = self.core.inflight.drain().map(|(_, p)| p).collect();
        let mut carried: Vec<Pending> = carried
            .into_iter()
            .filter(|p| p.reply.as_ref().is_some_and(|r| !r.is_closed()))
            .collect();
        carried.sort_by_key(|p| p.since);
        for p in carried {
            flow = flow.merge(self.request(p.op, p.arg, false, p.reply).await);
        }
        let missing: Vec<Map<String, Value>> = self
            .core
            .state
            .active()
            .into_iter()
            .filter(|(key, _)| !restored.contains(key))
            .map(|(_, arg)| arg)
            .collect();
        for arg in missing {
            flow = flow.merge(self.request(Op::Subscribe, arg, false, None).await);
        }
        flow
    }

    /// Asks the reconciler, if any, for what was missed since `since_ms`, and queues it
    /// behind the `resubscribed` event without holding up this connection.
    fn reconcile(&self, since_ms: i64) {
        let Some(reconcile) = self.core.shared.opts.reconcile.clone() else {
            return;
        };
        let subscriptions: Vec<Map<String, Value>> = self
            .core
            .state
            .active()
            .into_iter()
            .map(|(_, arg)| arg)
            .collect();
        if subscriptions.is_empty() {
            return;
        }
        let shared = Arc::clone(&self.core.shared);
        let url_kind = self.core.state.kind;
        tokio::spawn(async move {
            let ask = crate::options::Reconcile {
                url_kind,
                since_ms,
                subscriptions,
            };
            for msg in reconcile(ask).await {
                shared.queue.push(msg);
            }
        });
    }

    /// Drops the link and re-establishes it with backoff; `false` when giving up.
    async fn recover(&mut self, reason: String, immediate: bool) -> bool {
        let state = Arc::clone(&self.core.state);
        let shared = Arc::clone(&self.core.shared);
        state.connected.store(false, Ordering::Relaxed);
        self.successor = None;
        if let Some(old) = self.link.take() {
            tokio::spawn(old.close());
        }
        log::info!(target: crate::LOG_TARGET, "{}: disconnected: {reason}", state.url);
        self.core
            .lose_trades(&format!("the connection was lost ({reason})"));
        let lost_at = okx_core::signer::unix_millis();
        self.core.event("disconnected", None, reason.clone());
        shared.books.disconnected(state.kind);
        let mut last = reason;
        let mut attempt: u32 = 0;
        loop {
            attempt = attempt.saturating_add(1);
            if let Some(max) = shared.opts.max_reconnect_attempts {
                if attempt > max {
                    shared.fail(
                        state.kind,
                        &state.url,
                        format!("gave up after {max} reconnect attempts; last error: {last}"),
                    );
                    return false;
                }
            }
            let delay = if immediate && attempt == 1 {
                Duration::ZERO
            } else {
                self.backoff.delay(attempt)
            };
            self.core.event(
                "reconnecting",
                None,
                format!(
                    "attempt {attempt} in {} ms after: {last}",
                    delay.as_millis()
                ),
            );
            let plan = state.plan(false);
            let attempt_fut = async {
                tokio::time::sleep(delay).await;
                establish(Arc::clone(&shared), Arc::clone(&state), plan).await
            };
            let res = tokio::select! {
                _ = self.shutdown.changed() => return false,
                res = attempt_fut => res,
            };
            match res {
                Ok(est) => {
                    log::info!(
                        target: crate::LOG_TARGET,
                        "{}: reconnected after {attempt} attempts",
                        state.url
                    );
                    let flow = self
                        .install(est, &format!("reconnected at attempt {attempt}"))
                        .await;
                    self.reconcile(lost_at);
                    return match flow {
                        Flow::Drop(reason) => Box::pin(self.recover(reason, false)).await,
                        Flow::Handover => {
                            self.start_handover();
                            true
                        }
                        Flow::Continue => true,
                    };
                }
                Err(e) if e.is_fatal() => {
                    shared.fail(state.kind, &state.url, format!("reconnect failed: {e}"));
                    return false;
                }
                Err(e) => {
                    log::info!(target: crate::LOG_TARGET, "{}: reconnect attempt {attempt}: {e}", state.url);
                    last = e.to_string();
                }
            }
        }
    }
}
