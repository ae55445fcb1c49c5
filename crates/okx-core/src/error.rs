//! The one error type of okx-py; okx-py maps each variant to one Python exception.

use std::time::Duration;

/// Result with [`OkxError`].
pub type Result<T> = std::result::Result<T, OkxError>;

/// One failed item of an order or batch answer (`sCode` / `sMsg`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemError {
    /// `sCode` of the item, e.g. `"51008"`.
    pub s_code: String,
    /// `sMsg` of the item, OKX's reason.
    pub s_msg: String,
    /// `ordId` of the item, when OKX gave one.
    pub ord_id: Option<String>,
    /// `clOrdId` of the item, when OKX gave one.
    pub cl_ord_id: Option<String>,
}

/// Every failure okx-py reports. `Display` is the message the user reads.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OkxError {
    /// A caller-supplied value is missing or invalid; nothing was sent.
    #[error("{message}")]
    InvalidArgument {
        /// The Python-facing parameter name(s).
        param: String,
        /// What was wrong and what was expected, naming the parameter.
        message: String,
    },
    /// OKX answered with a non-zero `code`.
    #[error("{path}: OKX code {code}: {msg}")]
    Api {
        /// The request path.
        path: String,
        /// OKX's code (for per-item failures, the first item's `sCode`).
        code: String,
        /// OKX's message.
        msg: String,
        /// HTTP status of the answer.
        status: u16,
        /// Per-item `sCode`/`sMsg` of order and batch endpoints: the failed items.
        items: Vec<ItemError>,
        /// The items that succeeded when a batch partly failed (OKX code `2`): their
        /// orders exist on the exchange and must not be placed again.
        succeeded: Box<[crate::types::OrderAck]>,
    },
    /// OKX refused the credentials (codes 501xx).
    #[error("{path}: OKX refused the credentials, code {code}: {msg}")]
    Auth {
        /// The request path.
        path: String,
        /// OKX's code.
        code: String,
        /// OKX's message.
        msg: String,
        /// HTTP status of the answer.
        status: u16,
    },
    /// HTTP 429 or OKX code 50011 / 50061 (status 0: refused by the client-side limiter
    /// before sending).
    #[error("{path}: rate limit reached ({}){}", origin(*.status, .code), wait_hint(.retry_after))]
    RateLimited {
        /// The request path.
        path: String,
        /// HTTP status of the answer.
        status: u16,
        /// OKX's code, when the answer had one.
        code: Option<String>,
        /// OKX's message, when the answer had one.
        msg: Option<String>,
        /// How long until the request would fit, when known (the client-side limiter
        /// knows; OKX gives no hint).
        retry_after: Option<Duration>,
    },
    /// A non-2xx answer without an OKX error code.
    #[error("{path}: HTTP {status}: {body}")]
    Http {
        /// The request path.
        path: String,
        /// HTTP status.
        status: u16,
        /// The answer's body, cut to a readable length.
        body: String,
    },
    /// No answer at all: connection refused, reset, DNS, TLS, proxy failure.
    #[error("{path}: could not reach OKX: {reason}")]
    Unreachable {
        /// The request path.
        path: String,
        /// What the transport reported.
        reason: String,
    },
    /// No answer within the configured timeout.
    #[error("{path}: no answer within {after:?}; the request may still have been executed")]
    Timeout {
        /// The request path.
        path: String,
        /// The timeout in effect.
        after: Duration,
    },
    /// A WebSocket failed beyond recovery.
    #[error("{url}: {reason}")]
    WebSocket {
        /// The WebSocket URL.
        url: String,
        /// What failed.
        reason: String,
    },
    /// OKX answered something that is not the documented envelope.
    #[error("{path}: unexpected answer: {reason}")]
    Decode {
        /// The request path.
        path: String,
        /// What could not be decoded.
        reason: String,
    },
}

fn origin(status: u16, code: &Option<String>) -> String {
    let code = code
        .as_ref()
        .map(|c| format!(", OKX code {c}"))
        .unwrap_or_default();
    if status == 0 {
        format!("client-side limit, not sent{code}")
    } else {
        format!("HTTP {status}{code}")
    }
}

fn wait_hint(retry_after: &Option<Duration>) -> String {
    match retry_after {
        Some(d) => format!("; retry after {:.3} s", d.as_secs_f64()),
        None => "; wait for the window to reset".to_owned(),
    }
}

impl OkxError {
    /// An `InvalidArgument` error for the Python parameter `param`.
    pub fn invalid(param: impl Into<String>, problem: impl Into<String>) -> Self {
        let param = param.into();
        let message = format!("{param} {}", problem.into());
        Self::InvalidArgument { param, message }
    }

    /// An `InvalidArgument` error whose message is given whole.
    pub fn invalid_msg(param: impl Into<String>, message: impl Into<String>) -> Self {
        Self::InvalidArgument {
            param: param.into(),
            message: message.into(),
        }
    }

    /// OKX's code, where the failure carries one.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Api { code, .. } | Self::Auth { code, .. } => Some(code),
            Self::RateLimited { code, .. } => code.as_deref(),
            _ => None,
        }
    }

    /// The HTTP status, where an answer arrived.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Api { status, .. }
            | Self::Auth { status, .. }
            | Self::RateLimited { status, .. }
            | Self::Http { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The per-item failures of an order or batch answer (empty otherwise).
    pub fn items(&self) -> &[ItemError] {
        match self {
            Self::Api { items, .. } => items,
            _ => &[],
        }
    }

    /// The succeeded items of a partly failed batch (empty otherwise).
    pub fn succeeded(&self) -> &[crate::types::OrderAck] {
        match self {
            Self::Api { succeeded, .. } => succeeded,
            _ => &[],
        }
    }

    /// How long until a rate-limited request would fit, when known.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::RateLimited { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// OKX's message, where the failure carries one.
    pub fn msg(&self) -> Option<&str> {
        match self {
            Self::Api { msg, .. } | Self::Auth { msg, .. } => Some(msg),
            Self::RateLimited { msg, .. } => msg.as_deref(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_path_and_code() {
        let e = OkxError::RateLimited {
            path: "/api/v5/market/ticker".into(),
            status: 429,
            code: Some("50011".into()),
            msg: None,
            retry_after: None,
        };
        assert_eq!(
            e.to_string(),
            "/api/v5/market/ticker: rate limit reached (HTTP 429, OKX code 50011); wait for the window to reset"
        );
        assert_eq!(e.code(), Some("50011"));
        assert_eq!(e.status(), Some(429));
        let local = OkxError::RateLimited {
            path: "/api/v5/trade/order".into(),
            status: 0,
            code: None,
            msg: None,
            retry_after: Some(Duration::from_millis(1500)),
        };
        assert_eq!(
            local.to_string(),
            "/api/v5/trade/order: rate limit reached (client-side limit, not sent); retry after 1.500 s"
        );
        assert_eq!(local.retry_after(), Some(Duration::from_millis(1500)));
    }

    #[test]
    fn timeout_says_outcome_is_unknown() {
        let e = OkxError::Timeout {
            path: "/api/v5/trade/order".into(),
            after: Duration::from_secs(10),
        };
        assert!(e.to_string().contains("may still have been executed"));
    }
}
