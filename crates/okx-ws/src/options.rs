//! How a [`crate::WsClient`] keeps its connections alive: keep-alive timing, reconnect
//! backoff, timeouts and the optional OKX clock used for logins.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

/// The longest duration an option accepts (keeps deadline arithmetic far from overflow).
const MAX_DURATION: Duration = Duration::from_secs(86_400);

/// A source of OKX's clock in Unix milliseconds (e.g. `GET /api/v5/public/time` through
/// okx-rest); `None` when it could not be read.
pub type ServerTimeFn =
    Arc<dyn Fn() -> Pin<Box<dyn Future<Output = Option<i64>> + Send>> + Send + Sync>;

/// What a reconnected connection asks the reconciler about.
#[derive(Debug, Clone)]
pub struct Reconcile {
    /// The connection that was down.
    pub url_kind: crate::UrlKind,
    /// Local Unix milliseconds when the connection was lost.
    pub since_ms: i64,
    /// The subscriptions (OKX `arg` objects with `channel`) active on it again.
    pub subscriptions: Vec<serde_json::Map<String, serde_json::Value>>,
}

/// Fetches what a connection missed while it was down (e.g. orders through REST); the
/// messages it returns are delivered right after the `resubscribed` event.
pub type ReconcileFn = Arc<
    dyn Fn(Reconcile) -> Pin<Box<dyn Future<Output = Vec<crate::WsMessage>> + Send>> + Send + Sync,
>;

/// Connection policy of a [`crate::WsClient`].
#[derive(Clone)]
pub struct WsOptions {
    /// Send the text `ping` after this long without receiving anything (OKX closes idle
    /// connections after 30 s). Default 20 s.
    pub ping_interval: Duration,
    /// Reconnect when nothing (not even `pong`) arrives this long after a `ping`. Default 10 s.
    pub pong_timeout: Duration,
    /// Reconnect attempts after a drop before giving up; `None` retries forever (default).
    pub max_reconnect_attempts: Option<u32>,
    /// Delay before the first reconnect attempt, doubled per attempt, with jitter. Default 500 ms.
    pub backoff_initial: Duration,
    /// Upper bound of the reconnect delay. Default 30 s.
    pub backoff_max: Duration,
    /// How long to wait for OKX's answer to `login`. Default 10 s.
    pub login_timeout: Duration,
    /// How long to wait for OKX's answer to `subscribe` / `unsubscribe`. Default 10 s.
    pub request_timeout: Duration,
    /// How long opening a connection (TCP, TLS, WebSocket handshake) may take. Default 10 s.
    pub connect_timeout: Duration,
    /// New connections per second this process opens at most, over all clients (OKX allows
    /// 3 per second per IP). Default 3.
    pub max_connects_per_sec: u32,
    /// OKX's clock, read when a login is refused for its timestamp (60004, 60006); without
    /// it such a login fails (see also `WsClient::login_with_timestamp`).
    pub server_time: Option<ServerTimeFn>,
    /// Called after every reconnect that followed a loss of the connection (not after a
    /// planned handover), to deliver what was missed meanwhile.
    pub reconcile: Option<ReconcileFn>,
    /// OKX's REST API for order-book snapshots (`GET /api/v5/market/books` and kin): local
    /// books resync through it after a gap; without it they resubscribe instead.
    pub rest_get: Option<crate::books::RestGetFn>,
    /// Queue pushes of channel data unparsed, as [`crate::WsMessage::Push`], for a
    /// consumer that builds its own objects from the text (okx-py does: one parse, straight
    /// into Python objects). Default false: pushes arrive parsed, as `WsMessage::Data`.
    pub raw_pushes: bool,
}

impl Default for WsOptions {
    fn default() -> Self {
        Self {
            ping_interval: Duration::from_secs(20),
            pong_timeout: Duration::from_secs(10),
            max_reconnect_attempts: None,
            backoff_initial: Duration::from_millis(500),
            backoff_max: Duration::from_secs(30),
            login_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(10),
            connect_timeout: Duration::from_secs(10),
            max_connects_per_sec: 3,
            server_time: None,
            reconcile: None,
            rest_get: None,
            raw_pushes: false,
        }
    }
}

impl fmt::Debug for WsOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WsOptions")
            .field("ping_interval", &self.ping_interval)
            .field("pong_timeout", &self.pong_timeout)
            .field("max_reconnect_attempts", &self.max_reconnect_attempts)
            .field("backoff_initial", &self.backoff_initial)
            .field("backoff_max", &self.backoff_max)
            .field("login_timeout", &self.login_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_connects_per_sec", &self.max_connects_per_sec)
            .field("server_time", &self.server_time.as_ref().map(|_| ".."))
            .field("reconcile", &self.reconcile.as_ref().map(|_| ".."))
            .field("rest_get", &self.rest_get.as_ref().map(|_| ".."))
            .field("raw_pushes", &self.raw_pushes)
            .finish()
    }
}

impl WsOptions {
    /// Checks the values a user may get wrong.
    ///
    /// # Errors
    /// `InvalidArgument` naming the option.
    pub fn validate(&self) -> okx_core::Result<()> {
        for (name, value) in [
            ("ping_interval", self.ping_interval),
            ("pong_timeout", self.pong_timeout),
            ("login_timeout", self.login_timeout),
            ("request_timeout", self.request_timeout),
            ("connect_timeout", self.connect_timeout),
        ] {
            if value.is_zero() {
                return Err(okx_core::OkxError::invalid(
                    name,
                    "must be a positive duration; got 0",
                ));
            }
        }
        for (name, value) in [
            ("ping_interval", self.ping_interval),
            ("pong_timeout", self.pong_timeout),
            ("login_timeout", self.login_timeout),
            ("request_timeout", self.request_timeout),
            ("connect_timeout", self.connect_timeout),
            ("backoff_initial", self.backoff_initial),
            ("backoff_max", self.backoff_max),
        ] {
            if value > MAX_DURATION {
                return Err(okx_core::OkxError::invalid(
                    name,
                    format!("must be at most one day; got {value:?}"),
                ));
            }
        }
        if self.backoff_max < self.backoff_initial {
            return Err(okx_core::OkxError::invalid(
                "backoff_max",
                format!(
                    "must be at least backoff_initial ({:?}); got {:?}",
                    self.backoff_initial, self.backoff_max
                ),
            ));
        }
        if self.max_connects_per_sec == 0 {
            return Err(okx_core::OkxError::invalid(
                "max_connects_per_sec",
                "must be at least 1; got 0",
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_stay_under_okx_idle_limit() {
        let o = WsOptions::default();
        assert!(o.ping_interval + o.pong_timeout <= Duration::from_secs(30));
        assert_eq!(o.max_reconnect_attempts, None);
        assert!(o.validate().is_ok());
        assert!(format!("{o:?}").contains("ping_interval"));
    }

    #[test]
    fn bad_values_are_named() {
        let o = WsOptions {
            pong_timeout: Duration::ZERO,
            ..WsOptions::default()
        };
        assert_eq!(
            o.validate().unwrap_err().to_string(),
            "pong_timeout must be a positive duration; got 0"
        );
        let o = WsOptions {
            backoff_max: Duration::from_millis(1),
            ..WsOptions::default()
        };
        assert!(o
            .validate()
            .unwrap_err()
            .to_string()
            .starts_with("backoff_max"));
        let o = WsOptions {
            login_timeout: Duration::MAX,
            ..WsOptions::default()
        };
        assert!(o
            .validate()
            .unwrap_err()
            .to_string()
            .contains("at most one day"));
    }
}
