//! Establishing a connection: open (paced by the process-wide connect limit), log in when
//! needed, resubscribe the active set in size-bounded requests and wait for every ack.
//! Used for first connects, reconnects and the replacement connection after a `notice`.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;

use serde_json::{Map, Value};
use tokio::time::Instant;

use crate::backoff::connect_slot;
use crate::connection::{ConnState, Shared};
use crate::link::{Incoming, Link};
use crate::login::{login_on, LoginError};
use crate::messages::{parse_with_id, Parsed, WsMessage};
use crate::subscriptions::{arg_matches, batches, request};

/// OKX codes after which a resubscription is worth retrying on a new connection rather
/// than dropping the subscription (throttling and internal errors).
const TRANSIENT_CODES: &[&str] = &["60014", "60023", "63999", "50001", "50013"];

/// Subscriptions (key, object) sent in one request, by request id, not yet answered.
type Waiting = HashMap<String, Vec<(String, Map<String, Value>)>>;

/// What a new connection must carry.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    /// Log in before subscribing.
    pub login: bool,
    /// The subscriptions to restore, by key.
    pub args: Vec<(String, Map<String, Value>)>,
}

/// A connection ready for use.
pub(crate) struct Established {
    pub link: Link,
    /// Keys OKX acknowledged.
    pub restored: HashSet<String>,
    /// Subscriptions OKX refused: (key, code, msg).
    pub dropped: Vec<(String, String, String)>,
}

/// Why a connection could not be established.
#[derive(Debug, Clone)]
pub(crate) enum EstablishError {
    /// Opening or keeping the socket failed.
    Connect(String),
    /// The login failed.
    Login(LoginError),
    /// OKX did not acknowledge the resubscription (in time or at all).
    Resubscribe(String),
}

impl EstablishError {
    /// Whether another attempt cannot succeed (the credentials are refused).
    pub fn is_fatal(&self) -> bool {
        matches!(self, Self::Login(e) if e.is_fatal())
    }
}

impl fmt::Display for EstablishError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Connect(reason) | Self::Resubscribe(reason) => f.write_str(reason),
            Self::Login(e) => e.fmt(f),
        }
    }
}

/// Opens the connection of `state`, logs in if `plan.login`, and restores `plan.args`.
/// Every frame received meanwhile reaches the user's queue.
pub(crate) async fn establish(
    shared: Arc<Shared>,
    state: Arc<ConnState>,
    plan: Plan,
) -> Result<Established, EstablishError> {
    connect_slot(shared.opts.max_connects_per_sec).await;
    let mut link = Link::open(&state.url, &shared.opts)
        .await
        .map_err(EstablishError::Connect)?;
    let kind = state.kind;
    if plan.login {
        let queue = &shared.queue;
        login_on(&mut link, &shared, kind, &mut |p: Parsed| queue.push(p.msg))
            .await
            .map_err(EstablishError::Login)?;
    }
    let mut waiting: Waiting = HashMap::new();
    for batch in batches(plan.args) {
        let id = shared.next_id();
        let args: Vec<&Map<String, Value>> = batch.iter().map(|(_, a)| a).collect();
        link.send(request(&id, "subscribe", &args))
            .await
            .map_err(EstablishError::Connect)?;
        waiting.insert(id, batch);
    }
    let mut restored = HashSet::new();
    let mut dropped = Vec::new();
    let after = shared.opts.request_timeout;
    let deadline = Instant::now() + after;
    while waiting.values().any(|b| !b.is_empty()) {
        let incoming = tokio::time::timeout_at(deadline, link.next())
            .await
            .map_err(|_| {
                let left: usize = waiting.values().map(Vec::len).sum();
                EstablishError::Resubscribe(format!(
                    "no answer to {left} resubscriptions within {after:?}"
                ))
            })?;
        let text = match incoming {
            Incoming::Text(text) => text,
            Incoming::Other => continue,
            Incoming::Closed(reason) => return Err(EstablishError::Connect(reason)),
        };
        let parsed = parse_with_id(&text, kind);
        match &parsed.msg {
            WsMessage::Event {
                event,
                arg: Some(arg),
                ..
            } if event == "subscribe" => {
                if let Some(key) = take_acked(&mut waiting, parsed.id.as_deref(), arg) {
                    restored.insert(key);
                }
            }
            WsMessage::Event {
                event, code, msg, ..
            } if event == "error" => {
                let code = code.clone().unwrap_or_default();
                let msg = msg.clone().unwrap_or_default();
                let batch_id = parsed.id.clone().or_else(|| {
                    let mut open = waiting.iter().filter(|(_, b)| !b.is_empty());
                    match (open.next(), open.next()) {
                        (Some((id, _)), None) => Some(id.clone()),
                        _ => None,
                    }
                });
                if let Some(batch) = batch_id.and_then(|id| waiting.get_mut(&id)) {
                    if TRANSIENT_CODES.contains(&code.as_str()) {
                        shared.queue.push(parsed.msg);
                        return Err(EstablishError::Resubscribe(format!(
                            "resubscription refused, OKX code {code}: {msg}"
                        )));
                    }
                    for (key, _) in batch.drain(..) {
                        dropped.push((key, code.clone(), msg.clone()));
                    }
                }
            }
            _ => {}
        }
        shared.queue.push(parsed.msg);
    }
    Ok(Established {
        link,
        restored,
        dropped,
    })
}

/// Removes the subscription an ack is about from the batch it belongs to (by request id,
/// else any batch) and returns its key.
fn take_acked(
    waiting: &mut Waiting,
    id: Option<&str>,
    echoed: &Map<String, Value>,
) -> Option<String> {
    let take = |batch: &mut Vec<(String, Map<String, Value>)>| {
        let pos = batch.iter().position(|(_, a)| arg_matches(a, echoed))?;
        Some(batch.swap_remove(pos).0)
    };
    if let Some(batch) = id.and_then(|id| waiting.get_mut(id)) {
        if let Some(key) = take(batch) {
            return Some(key);
        }
    }
    waiting.values_mut().find_map(take)
}
