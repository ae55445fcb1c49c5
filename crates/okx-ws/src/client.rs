//! [`WsClient`]: the reconnecting OKX WebSocket client. One connection task per URL kind
//! in use; subscriptions are routed by the channel table and restored after every
//! reconnect; messages reach the consumer through one queue, drained in batches.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use okx_core::signer::unix_millis;
use okx_core::{Config, OkxError, Result};
use serde_json::{Map, Value};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use crate::backoff::{Backoff, XorShift};
use crate::books::{self, book_kind, BookOptions, LiveBook, Resubscribe, BOOK_KINDS};
use crate::channels::{route_or_err, UrlKind};
use crate::connection::{Command, ConnState, Op, Shared, Task};
use crate::login::LoginError;
use crate::messages::WsMessage;
use crate::options::WsOptions;
use crate::reconnect::{establish, EstablishError, Established, Plan};

struct Handle {
    state: Arc<ConnState>,
    cmds: mpsc::UnboundedSender<Command>,
    task: Option<JoinHandle<()>>,
}

struct Inner {
    shared: Arc<Shared>,
    runtime: tokio::runtime::Handle,
    conns: Mutex<[Option<Handle>; 3]>,
    opening: tokio::sync::Mutex<()>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        // The last clone is gone: nobody can read messages any more, so stop the tasks.
        self.shared.close();
    }
}

/// The OKX V5 WebSocket client: cheap to clone, all clones share the connections.
#[derive(Clone)]
pub struct WsClient {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for WsClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WsClient")
            .field("connected", &self.is_connected())
            .field("subscriptions", &self.subscription_count())
            .finish()
    }
}

fn establish_error(e: EstablishError, url: &str) -> OkxError {
    match e {
        EstablishError::Login(e) => e.into_okx(url),
        EstablishError::Connect(reason) | EstablishError::Resubscribe(reason) => {
            OkxError::WebSocket {
                url: url.to_owned(),
                reason,
            }
        }
    }
}

/// Login refusals that mean "try again" (generic failure, internal error, throttled).
const RETRY_LOGIN_CODES: &[&str] = &["60009", "63999", "60023", "60014"];
/// Attempts of a first connection whose login OKX refuses with one of those codes.
const FIRST_CONNECT_ATTEMPTS: u32 = 3;

/// Establishes a first connection; other failures are reported at once, since they
/// usually mean a wrong URL, network or key.
async fn open_with_retries(
    shared: &Arc<Shared>,
    state: &Arc<ConnState>,
    login: bool,
) -> std::result::Result<Established, EstablishError> {
    let mut backoff = Backoff::new(
        shared.opts.backoff_initial,
        shared.opts.backoff_max,
        XorShift::from_entropy(),
    );
    let mut attempt = 1;
    loop {
        let plan = Plan {
            login,
            args: Vec::new(),
        };
        let result = establish(Arc::clone(shared), Arc::clone(state), plan).await;
        let retry = matches!(
            &result,
            Err(EstablishError::Login(LoginError::Rejected { code, .. }))
                if RETRY_LOGIN_CODES.contains(&code.as_str())
        );
        if !retry || attempt >= FIRST_CONNECT_ATTEMPTS {
            return result;
        }
        tokio::time::sleep(backoff.delay(attempt)).await;
        attempt += 1;
    }
}

impl WsClient {
    fn new(config: &Config, opts: WsOptions, entry: &str) -> Result<Self> {
        config.validate()?;
        opts.validate()?;
        let runtime = tokio::runtime::Handle::try_current().map_err(|_| OkxError::WebSocket {
            url: config.ws_public(),
            reason: format!("{entry} must be called inside a tokio runtime"),
        })?;
        Ok(Self {
            inner: Arc::new(Inner {
                shared: Arc::new(Shared::new(config.clone(), opts)),
                runtime,
                conns: Mutex::new([None, None, None]),
                opening: tokio::sync::Mutex::new(()),
            }),
        })
    }

    /// Opens the public connection. The private and business connections are opened on
    /// the first subscription that needs them (logging in when the channel requires it
    /// and the config has credentials). Must be called inside a tokio runtime; the
    /// connection tasks run on that runtime.
    ///
    /// # Errors
    /// `InvalidArgument` for a bad config or options, `WebSocket` when the connection
    /// cannot be opened.
    pub async fn connect_public(config: &Config, opts: WsOptions) -> Result<WsClient> {
        let client = Self::new(config, opts, "connect_public")?;
        client.open(UrlKind::Public, false).await?;
        Ok(client)
    }

    /// Opens the private connection and logs in; other URLs are opened on the first
    /// subscription that needs them. Must be called inside a tokio runtime.
    ///
    /// # Errors
    /// `InvalidArgument` without credentials, `Auth` when OKX refuses the login,
    /// `WebSocket` when the connection cannot be opened or the login is not answered.
    pub async fn connect_private(config: &Config, opts: WsOptions) -> Result<WsClient> {
        if config.credentials.is_none() {
            return Err(OkxError::invalid(
                "credentials",
                "are required by connect_private; the config has none",
            ));
        }
        let client = Self::new(config, opts, "connect_private")?;
        client.open(UrlKind::Private, true).await?;
        Ok(client)
    }

    fn conns(&self) -> MutexGuard<'_, [Option<Handle>; 3]> {
        self.inner.conns.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn shared(&self) -> &Arc<Shared> {
        &self.inner.shared
    }

    fn handle(&self, kind: UrlKind) -> Option<(Arc<ConnState>, mpsc::UnboundedSender<Command>)> {
        let conns = self.conns();
        let handle = conns.get(kind.index())?.as_ref()?;
        (!handle.cmds.is_closed()).then(|| (Arc::clone(&handle.state), handle.cmds.clone()))
    }

    /// The connection of `kind`, opened (and logged in when `login`) if it is not yet.
    async fn open(
        &self,
        kind: UrlKind,
        login: bool,
    ) -> Result<(Arc<ConnState>, mpsc::UnboundedSender<Command>)> {
        if let Some(handle) = self.handle(kind) {
            return Ok(handle);
        }
        let _opening = self.inner.opening.lock().await;
        if let Some(handle) = self.handle(kind) {
            return Ok(handle);
        }
        let shared = Arc::clone(self.shared());
        shared.check_alive()?;
        let url = shared.url(kind);
        let login = login || kind == UrlKind::Private;
        let state = Arc::new(ConnState::new(kind, url.clone(), login));
        let est = open_with_retries(&shared, &state, login)
            .await
            .map_err(|e| establish_error(e, &url))?;
        shared.check_alive()?;
        let (cmds, rx) = mpsc::unbounded_channel();
        shared.queue.push(WsMessage::client_event(
            "connected",
            kind,
            None,
            Some(url.clone()),
        ));
        log::info!(target: crate::LOG_TARGET, "connected to {url}");
        let task = Task::new(Arc::clone(&shared), Arc::clone(&state), est.link, rx);
        let join = self.inner.runtime.spawn(task.run());
        let mut conns = self.conns();
        if let Some(slot) = conns.get_mut(kind.index()) {
            *slot = Some(Handle {
                state: Arc::clone(&state),
                cmds: cmds.clone(),
                task: Some(join),
            });
        }
        Ok((state, cmds))
    }

    fn dead(&self, url: &str) -> OkxError {
        match self.shared().check_alive() {
            Err(e) => e,
            Ok(()) => OkxError::WebSocket {
                url: url.to_owned(),
                reason: "the connection task stopped".to_owned(),
            },
        }
    }

    async fn command(
        &self,
        state: &ConnState,
        cmds: &mpsc::UnboundedSender<Command>,
        wait: Option<Duration>,
        make: impl FnOnce(oneshot::Sender<Result<()>>) -> Command,
    ) -> Result<()> {
        let (tx, rx) = oneshot::channel();
        cmds.send(make(tx)).map_err(|_| self.dead(&state.url))?;
        let answer = match wait {
            Some(after) => {
                tokio::time::timeout(after, rx)
                    .await
                    .map_err(|_| OkxError::Timeout {
                        path: state.url.clone(),
                        after,
                    })?
            }
            None => rx.await,
        };
        answer.map_err(|_| self.dead(&state.url))?
    }

    /// Subscribes to `channel` (a concrete name such as `tickers`, `books5` or `candle1m`)
    /// with `args`, the subscription object without `channel` (e.g. `{"instId":
    /// "BTC-USDT"}`), and waits for OKX's acknowledgement. The URL is chosen by the channel
    /// table, the connection opened and logged in when needed. Acknowledged subscriptions
    /// are restored after every reconnect.
    ///
    /// # Errors
    /// `InvalidArgument` for an unknown channel, bad arguments, or a channel needing login
    /// without credentials; `Api` when OKX refuses the subscription; `Auth` when it refuses
    /// the login; `Timeout` without an answer; `WebSocket` once the client is closed.
    pub async fn subscribe(&self, channel: &str, args: Map<String, Value>) -> Result<()> {
        self.shared().check_alive()?;
        let spec = route_or_err(channel)?;
        spec.check_args(channel, &args)?;
        if spec.login && self.shared().config.credentials.is_none() {
            return Err(OkxError::invalid(
                "channel",
                format!("{channel} needs a login; the config has no credentials"),
            ));
        }
        let (state, cmds) = self.open(spec.url, spec.login).await?;
        let mut arg = Map::new();
        arg.insert("channel".to_owned(), Value::from(channel));
        arg.extend(args);
        let opts = &self.shared().opts;
        let mut wait = opts.request_timeout;
        if spec.login {
            wait += opts.login_timeout;
        }
        self.command(&state, &cmds, Some(wait), |reply| Command::Request {
            op: Op::Subscribe,
            arg,
            login: spec.login,
            reply,
        })
        .await
    }

    /// Sends one order operation (`order`, `batch-orders`, `cancel-order`, ...; see
    /// [`crate::trade::OPS`]) with `args` (OKX's field names; `instIdCode`, not `instId`) and
    /// an optional `expTime` (Unix ms, OKX's clock), on the private URL (business for
    /// `sprd-*`), logging in when needed; waits at most `timeout` for OKX's reply. The
    /// reply is returned as it came: its `code`, `data[].sCode` and `sMsg` are the caller's
    /// to read.
    ///
    /// # Errors
    /// `InvalidArgument` for an unknown op, no args, or no credentials; `Auth` when the
    /// login is refused; `Timeout` when no reply came in time and `WebSocket` when the
    /// connection was lost (in both the operation may have been executed: find out by
    /// `clOrdId` before sending it again), or when it could not be sent.
    pub async fn trade(
        &self,
        op: &str,
        args: Vec<Map<String, Value>>,
        exp_time: Option<String>,
        timeout: Duration,
    ) -> Result<crate::trade::TradeReply> {
        self.shared().check_alive()?;
        let Some(kind) = crate::trade::op_url(op) else {
            return Err(OkxError::invalid(
                "op",
                format!("{op:?} is not a WebSocket order operation"),
            ));
        };
        if args.is_empty() {
            return Err(OkxError::invalid(
                "args",
                format!("{op} needs at least one arg"),
            ));
        }
        if self.shared().config.credentials.is_none() {
            return Err(OkxError::invalid(
                "config",
                format!("{op} needs a login; the config has no credentials"),
            ));
        }
        let (state, cmds) = self.open(kind, true).await?;
        let (tx, rx) = oneshot::channel();
        cmds.send(Command::Trade {
            op: op.to_owned(),
            args,
            exp_time,
            reply: tx,
        })
        .map_err(|_| self.dead(&state.url))?;
        match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(answer)) => answer,
            Ok(Err(_)) => Err(self.dead(&state.url)),
            Err(_) => Err(OkxError::Timeout {
                path: format!("{} {op}", state.url),
                after: timeout,
            }),
        }
    }

    /// Unsubscribes and waits for OKX's acknowledgement; the subscription is no longer
    /// restored after reconnects, and a local book kept for it is closed. Nothing is sent
    /// when the channel's URL was never opened.
    ///
    /// # Errors
    /// As [`WsClient::subscribe`].
    pub async fn unsubscribe(&self, channel: &str, args: Map<String, Value>) -> Result<()> {
        self.unsubscribe_only(channel, args.clone()).await?;
        if let Some(kind) = book_kind(channel) {
            if let Some(id) = args.get(kind.id_arg).and_then(Value::as_str) {
                if let Some(book) = self.shared().books.remove(channel, id) {
                    book.close();
                }
            }
        }
        Ok(())
    }

    async fn unsubscribe_only(&self, channel: &str, args: Map<String, Value>) -> Result<()> {
        self.shared().check_alive()?;
        let spec = route_or_err(channel)?;
        spec.check_args(channel, &args)?;
        let Some((state, cmds)) = self.handle(spec.url) else {
            return Ok(());
        };
        let mut arg = Map::new();
        arg.insert("channel".to_owned(), Value::from(channel));
        arg.extend(args);
        let wait = self.shared().opts.request_timeout;
        self.command(&state, &cmds, Some(wait), |reply| Command::Request {
            op: Op::Unsubscribe,
            arg,
            login: false,
            reply,
        })
        .await
    }

    /// Subscribes `channel` (an order-book channel: `books`, `books5`, `bbo-tbt`,
    /// `books50-l2-tbt`, `books-l2-tbt`, `books-rpi`, `books-elp`, `sprd-books5`,
    /// `sprd-bbo-tbt`, `sprd-books-l2-tbt`) for `id` (an `instId`, or a `sprdId` on
    /// spread books) and keeps its order book in Rust: the WS snapshot when one comes,
    /// otherwise and after any gap the REST snapshot with buffered updates bridged onto it
    /// (websocket.md 8.5; needs `WsOptions::rest_get`, else the client resubscribes). A
    /// book already kept for the same channel and id is returned as it is.
    ///
    /// # Errors
    /// `InvalidArgument` for a channel that is not an order book or an empty id; else as
    /// [`WsClient::subscribe`].
    pub async fn subscribe_book(
        &self,
        channel: &str,
        id: &str,
        opts: BookOptions,
    ) -> Result<Arc<LiveBook>> {
        let Some(kind) = book_kind(channel) else {
            let names: Vec<&str> = BOOK_KINDS.iter().map(|k| k.channel).collect();
            return Err(OkxError::invalid(
                "channel",
                format!(
                    "must be an order-book channel, one of {}; got {channel:?}",
                    names.join(", ")
                ),
            ));
        };
        let param = if kind.id_arg == "sprdId" {
            "sprd_id"
        } else {
            "inst_id"
        };
        if id.trim().is_empty() {
            return Err(OkxError::invalid(param, "must not be empty"));
        }
        self.shared().check_alive()?;
        if let Some(book) = self.shared().books.find(channel, id) {
            return Ok(book);
        }
        let spec = route_or_err(channel)?;
        let book = Arc::new(LiveBook::new(kind, id, opts));
        // Registered before subscribing, so that the first push is not missed.
        self.shared().books.insert(spec.url, Arc::clone(&book));
        let mut args = Map::new();
        args.insert(kind.id_arg.to_owned(), Value::from(id));
        if let Err(e) = self.subscribe(channel, args.clone()).await {
            self.shared().books.remove(channel, id);
            book.close();
            return Err(e);
        }
        let weak = Arc::downgrade(&self.inner);
        let channel_name = channel.to_owned();
        let resubscribe: Resubscribe = Arc::new(move || {
            let weak = weak.clone();
            let channel = channel_name.clone();
            let args = args.clone();
            Box::pin(async move {
                let Some(inner) = weak.upgrade() else {
                    return Ok(());
                };
                let client = WsClient { inner };
                client.unsubscribe_only(&channel, args.clone()).await?;
                client.subscribe(&channel, args).await
            })
        });
        let rest = self.shared().opts.rest_get.clone();
        self.inner
            .runtime
            .spawn(books::keep(Arc::clone(&book), rest, resubscribe));
        Ok(book)
    }

    /// The local book kept for `channel` and `id`, if any.
    pub fn book(&self, channel: &str, id: &str) -> Option<Arc<LiveBook>> {
        self.shared().books.find(channel, id)
    }

    /// Waits for the next message; `None` once the client is closed (or gave up) and every
    /// queued message was taken.
    pub async fn recv(&self) -> Option<WsMessage> {
        self.shared().queue.recv().await
    }

    /// Waits until at least one message is queued, then takes up to `max` (at least one);
    /// empty once the client is closed and drained. One wake-up per batch.
    pub async fn recv_batch(&self, max: usize) -> Vec<WsMessage> {
        self.shared().queue.recv_batch(max).await
    }

    /// Takes up to `max` queued messages without waiting (empty if none).
    pub fn try_recv_batch(&self, max: usize) -> Vec<WsMessage> {
        self.shared().queue.drain(max)
    }

    /// Messages received and not yet taken.
    pub fn queued(&self) -> usize {
        self.shared().queue.len()
    }

    /// Whether every opened connection is up (false while reconnecting and after close).
    pub fn is_connected(&self) -> bool {
        if self.shared().check_alive().is_err() {
            return false;
        }
        let conns = self.conns();
        let mut open = conns.iter().flatten().peekable();
        open.peek().is_some() && open.all(|h| h.state.connected.load(Ordering::Relaxed))
    }

    /// Drops every connection and establishes it again now: login, then the active
    /// subscriptions. Returns once all are back.
    ///
    /// # Errors
    /// `WebSocket` when a connection could not be re-established within
    /// `max_reconnect_attempts` (the client is then closed) or the client is closed.
    pub async fn reconnect(&self) -> Result<()> {
        self.shared().check_alive()?;
        let handles: Vec<(Arc<ConnState>, mpsc::UnboundedSender<Command>)> = UrlKind::ALL
            .iter()
            .filter_map(|kind| self.handle(*kind))
            .collect();
        let mut result = Ok(());
        for (state, cmds) in handles {
            let r = self
                .command(&state, &cmds, None, |reply| Command::Reconnect { reply })
                .await;
            if result.is_ok() {
                result = r;
            }
        }
        result
    }

    /// Stops all connections; `recv` returns what is queued, then `None`.
    pub async fn close(&self) {
        self.shared().close();
        let tasks: Vec<JoinHandle<()>> = self
            .conns()
            .iter_mut()
            .flatten()
            .filter_map(|h| h.task.take())
            .collect();
        for task in tasks {
            let abort = task.abort_handle();
            if tokio::time::timeout(Duration::from_secs(3), task)
                .await
                .is_err()
            {
                abort.abort();
            }
        }
        self.shared().queue.close();
    }

    /// Active (acknowledged) subscriptions over all URLs.
    pub fn subscription_count(&self) -> usize {
        self.conns()
            .iter()
            .flatten()
            .map(|h| h.state.active_count())
            .sum()
    }

    /// The active subscriptions, each the object sent to OKX (`channel` included).
    pub fn subscriptions(&self) -> Vec<Map<String, Value>> {
        self.conns()
            .iter()
            .flatten()
            .flat_map(|h| h.state.active().into_iter().map(|(_, arg)| arg))
            .collect()
    }

    /// Logs in on the private URL with a caller-supplied timestamp in Unix seconds (e.g.
    /// OKX's server time), opening that connection if needed. The offset to the local
    /// clock is kept for every later login, including after reconnects.
    ///
    /// # Errors
    /// `InvalidArgument` without credentials or for a timestamp not in seconds, `Auth`
    /// when OKX refuses the login, `WebSocket` when the connection fails.
    pub async fn login_with_timestamp(&self, timestamp_unix: i64) -> Result<()> {
        self.shared().check_alive()?;
        if self.shared().config.credentials.is_none() {
            return Err(OkxError::invalid(
                "credentials",
                "are required to log in; the config has none",
            ));
        }
        // Seconds since 1970 stay below 10^11 until the year 5138; milliseconds do not.
        if !(0..100_000_000_000).contains(&timestamp_unix) {
            return Err(OkxError::invalid(
                "timestamp_unix",
                format!("must be Unix time in seconds; got {timestamp_unix}"),
            ));
        }
        let offset = timestamp_unix.saturating_mul(1000) - unix_millis();
        self.shared()
            .time_offset_ms
            .store(offset, Ordering::Relaxed);
        self.open(UrlKind::Private, true).await.map(|_| ())
    }
}
