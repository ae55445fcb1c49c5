//! WebSocket login (auth.md section 2): the signed `login` request, waiting for OKX's
//! answer on a connection, and retrying once with OKX's clock after a timestamp refusal.

use std::fmt;
use std::sync::atomic::Ordering;
use std::time::Duration;

use okx_core::signer::unix_millis;
use okx_core::{Credentials, OkxError, Signer};
use serde_json::json;
use tokio::time::Instant;

use crate::channels::UrlKind;
use crate::connection::Shared;
use crate::link::{Incoming, Link};
use crate::messages::{parse_with_id, Parsed, WsMessage};

/// Login codes that mean the key, secret or passphrase is wrong: retrying cannot help.
pub(crate) const CREDENTIAL_CODES: &[&str] = &["60005", "60007", "60024", "60026", "60032"];
/// Login codes that mean the timestamp was refused (clock skew).
pub(crate) const CLOCK_CODES: &[&str] = &["60004", "60006"];
/// Every code OKX answers a failed login with (auth.md section 2.2).
const LOGIN_CODES: &[&str] = &[
    "60004", "60005", "60006", "60007", "60009", "60022", "60023", "60024", "60026", "60031",
    "60032", "63999",
];

/// Why a login did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LoginError {
    /// The client has no credentials.
    NoCredentials,
    /// OKX refused the login.
    Rejected { code: String, msg: String },
    /// No answer within `login_timeout`.
    Timeout(Duration),
    /// The connection ended while logging in.
    Link(String),
}

impl LoginError {
    /// Whether retrying with the same credentials is pointless.
    pub fn is_fatal(&self) -> bool {
        match self {
            Self::NoCredentials => true,
            Self::Rejected { code, .. } => CREDENTIAL_CODES.contains(&code.as_str()),
            Self::Timeout(_) | Self::Link(_) => false,
        }
    }

    /// The user-facing error for a login on `url`.
    pub fn into_okx(self, url: &str) -> OkxError {
        match self {
            Self::Rejected { code, mut msg } => {
                if CLOCK_CODES.contains(&code.as_str()) {
                    msg.push_str(
                        " (the local clock differs from OKX's: set WsOptions.server_time or use login_with_timestamp)",
                    );
                }
                OkxError::Auth {
                    path: url.to_owned(),
                    code,
                    msg,
                    status: 0,
                }
            }
            other => OkxError::WebSocket {
                url: url.to_owned(),
                reason: other.to_string(),
            },
        }
    }
}

impl fmt::Display for LoginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoCredentials => f.write_str("login needs credentials; the config has none"),
            Self::Rejected { code, msg } => write!(f, "login refused, OKX code {code}: {msg}"),
            Self::Timeout(after) => write!(f, "no answer to login within {after:?}"),
            Self::Link(reason) => write!(f, "connection lost during login: {reason}"),
        }
    }
}

/// The text of a `login` request for a timestamp in whole Unix seconds.
pub(crate) fn login_frame(credentials: &Credentials, timestamp_secs: i64) -> String {
    let ts = timestamp_secs.to_string();
    let sign = Signer::new(credentials).sign_ws_login(&ts);
    json!({
        "op": "login",
        "args": [{
            "apiKey": credentials.api_key,
            "passphrase": credentials.passphrase(),
            "timestamp": ts,
            "sign": sign,
        }]
    })
    .to_string()
}

/// Unix seconds by the local clock corrected with `offset_ms`.
pub(crate) fn login_timestamp(offset_ms: i64) -> i64 {
    unix_millis().saturating_add(offset_ms).div_euclid(1000)
}

/// The login timestamp: an offset set on this client (`login_with_timestamp`, or one
/// corrected after a refusal) wins; else the clock shared with the configuration's
/// other clients (local time until it is measured).
fn current_timestamp(shared: &Shared) -> i64 {
    match shared.time_offset_ms.load(Ordering::Relaxed) {
        0 => shared.config.clock.now_secs(),
        offset => login_timestamp(offset),
    }
}

/// Measures OKX's clock through `server_time`, halving the round trip, into the clock
/// shared by the configuration; false when OKX's time could not be had.
async fn measure_clock(shared: &Shared, server_time: &crate::options::ServerTimeFn) -> bool {
    let sent = unix_millis();
    let Some(server_ms) = server_time().await else {
        return false;
    };
    let offset = shared.config.clock.record(sent, unix_millis(), server_ms);
    log::debug!(target: crate::LOG_TARGET, "clock offset to OKX: {offset} ms");
    true
}

/// Logs in on `link` and waits for the answer; every other frame that arrives meanwhile
/// goes to `on_other`, in order. A timestamp refusal is retried once with OKX's clock when
/// `WsOptions.server_time` is set.
pub(crate) async fn login_on(
    link: &mut Link,
    shared: &Shared,
    kind: UrlKind,
    on_other: &mut (dyn FnMut(Parsed) + Send),
) -> Result<(), LoginError> {
    let credentials = shared
        .config
        .credentials
        .as_ref()
        .ok_or(LoginError::NoCredentials)?;
    let mut clock_retry = shared.opts.server_time.is_some();
    // With sync_clock, the first login of a configuration measures OKX's clock first.
    if let Some(server_time) = &shared.opts.server_time {
        if shared.config.sync_clock
            && shared.config.clock.offset_ms().is_none()
            && shared.time_offset_ms.load(Ordering::Relaxed) == 0
        {
            measure_clock(shared, server_time).await;
        }
    }
    loop {
        let ts = current_timestamp(shared);
        // Logins count toward the connection's hourly request budget; a fresh
        // connection always has room for its login.
        let _ = link.take_request();
        link.send(login_frame(credentials, ts))
            .await
            .map_err(LoginError::Link)?;
        let outcome = wait_for_login(link, shared, kind, on_other).await;
        match (&outcome, &shared.opts.server_time) {
            (Err(LoginError::Rejected { code, .. }), Some(server_time))
                if clock_retry && CLOCK_CODES.contains(&code.as_str()) =>
            {
                clock_retry = false;
                if !measure_clock(shared, server_time).await {
                    return outcome;
                }
                // The shared clock decides from now on, also for the REST clients.
                shared.time_offset_ms.store(0, Ordering::Relaxed);
                log::info!(target: crate::LOG_TARGET, "login clock corrected by OKX's time, retrying");
            }
            _ => {
                if outcome.is_ok() {
                    link.logged_in = true;
                }
                return outcome;
            }
        }
    }
}

async fn wait_for_login(
    link: &mut Link,
    shared: &Shared,
    kind: UrlKind,
    on_other: &mut (dyn FnMut(Parsed) + Send),
) -> Result<(), LoginError> {
    let after = shared.opts.login_timeout;
    let deadline = Instant::now() + after;
    loop {
        let incoming = tokio::time::timeout_at(deadline, link.next())
            .await
            .map_err(|_| LoginError::Timeout(after))?;
        let text = match incoming {
            Incoming::Text(text) => text,
            Incoming::Other => continue,
            Incoming::Closed(reason) => return Err(LoginError::Link(reason)),
        };
        let parsed = parse_with_id(&text, kind);
        let verdict = match &parsed.msg {
            WsMessage::Event {
                event, code, msg, ..
            } if event == "login" => match code.as_deref() {
                None | Some("0") => Some(Ok(())),
                Some(code) => Some(Err(LoginError::Rejected {
                    code: code.to_owned(),
                    msg: msg.clone().unwrap_or_default(),
                })),
            },
            WsMessage::Event {
                event,
                code: Some(code),
                msg,
                ..
            } if event == "error"
                && parsed.id.is_none()
                && LOGIN_CODES.contains(&code.as_str()) =>
            {
                Some(Err(LoginError::Rejected {
                    code: code.clone(),
                    msg: msg.clone().unwrap_or_default(),
                }))
            }
            _ => None,
        };
        on_other(parsed);
        if let Some(verdict) = verdict {
            return verdict;
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    fn login_args(frame: &str) -> Value {
        serde_json::from_str::<Value>(frame).unwrap()["args"][0].clone()
    }

    #[test]
    fn login_frame_matches_the_documented_vector() {
        let creds = Credentials::new("key-1", "22582BD0CFF14C41EDBF1AB98506286D", "pass");
        let frame = login_frame(&creds, 1_704_876_947);
        let v: Value = serde_json::from_str(&frame).unwrap();
        assert_eq!(v["op"], "login");
        let args = login_args(&frame);
        assert_eq!(args["apiKey"], "key-1");
        assert_eq!(args["passphrase"], "pass");
        assert_eq!(args["timestamp"], "1704876947");
        // auth.md section 4, example 5.
        assert_eq!(args["sign"], "5/36BgGV6m/6pmdc20zdqk0mzF5ZalmzzPD2fo3wavU=");
    }

    #[test]
    fn timestamps_are_whole_seconds_with_offset() {
        let now = unix_millis() / 1000;
        let ts = login_timestamp(0);
        assert!((ts - now).abs() <= 1);
        assert!((login_timestamp(-60_000) - (now - 60)).abs() <= 1);
    }

    #[test]
    fn credential_errors_are_fatal_and_clock_errors_explained() {
        let rejected = |code: &str| LoginError::Rejected {
            code: code.into(),
            msg: "Login failed.".into(),
        };
        assert!(rejected("60024").is_fatal());
        assert!(!rejected("60009").is_fatal());
        assert!(!LoginError::Timeout(Duration::from_secs(1)).is_fatal());
        let err = rejected("60006").into_okx("wss://x/ws/v5/private");
        assert!(matches!(err, OkxError::Auth { .. }));
        assert_eq!(err.code(), Some("60006"));
        assert!(err.to_string().contains("server_time"), "{err}");
        let err = LoginError::Timeout(Duration::from_secs(2)).into_okx("u");
        assert_eq!(err.to_string(), "u: no answer to login within 2s");
    }
}
