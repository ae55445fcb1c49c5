//! Client configuration: credentials, live or demo environment, timeout, proxy and hosts.

use std::sync::Arc;
use std::time::Duration;

use crate::ratelimit::{RateLimitPolicy, SUB_ACCOUNT_DEFAULT_LIMIT};
use crate::{Clock, Credentials};

/// OKX's production REST host (the current V5 docs' host).
pub const LIVE_REST_URL: &str = "https://openapi.okx.com";
/// Demo trading uses the production REST host plus the `x-simulated-trading: 1` header.
pub const DEMO_REST_URL: &str = LIVE_REST_URL;
const LIVE_WS_HOST: &str = "wss://ws.okx.com:8443";
const DEMO_WS_HOST: &str = "wss://wspap.okx.com:8443";

/// Live trading or OKX's demo (simulated) trading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    /// Real money.
    Live,
    /// OKX demo trading: separate keys, the `x-simulated-trading: 1` header, `wspap` hosts.
    Demo,
}

/// Everything a client needs to reach OKX. Clones share one [`Clock`], so every client
/// and WebSocket made from one configuration uses one measurement of OKX's time.
#[derive(Debug, Clone)]
pub struct Config {
    /// API key, secret and passphrase; `None` allows public endpoints only.
    pub credentials: Option<Credentials>,
    /// `true` selects demo trading (header and WebSocket hosts).
    pub simulated: bool,
    /// Per-request timeout in seconds.
    pub timeout_secs: f64,
    /// An HTTP(S) proxy every REST request goes through, e.g. `http://127.0.0.1:3128`.
    pub proxy_url: Option<String>,
    /// Overrides the REST base URL (scheme and host, no path).
    pub rest_url: Option<String>,
    /// Overrides the public WebSocket URL.
    pub ws_public_url: Option<String>,
    /// Overrides the private WebSocket URL.
    pub ws_private_url: Option<String>,
    /// Overrides the business WebSocket URL (candles, algo orders, ...).
    pub ws_business_url: Option<String>,
    /// What a client does when a request would exceed OKX's rate limits.
    pub rate_limit: RateLimitPolicy,
    /// New and amend orders allowed per 2 s for this account (OKX's sub-account limit).
    pub sub_account_order_limit: u32,
    /// Measure OKX's clock before the first signed request and every 5 minutes, and sign
    /// with it; re-measure and retry once when OKX refuses a timestamp (50102, 60006).
    pub sync_clock: bool,
    /// The offset to OKX's clock, shared by every clone of this configuration.
    pub clock: Arc<Clock>,
    /// Seconds an order request stays executable: place and amend requests carry an
    /// `expTime` this far ahead of OKX's clock, and an attempt whose answer was lost is
    /// looked up (not sent again) once it has passed.
    pub order_expiry_secs: f64,
}

// Equal settings make equal configurations; the shared clock is state, not a setting.
impl PartialEq for Config {
    fn eq(&self, other: &Self) -> bool {
        self.credentials == other.credentials
            && self.simulated == other.simulated
            && self.timeout_secs == other.timeout_secs
            && self.proxy_url == other.proxy_url
            && self.rest_url == other.rest_url
            && self.ws_public_url == other.ws_public_url
            && self.ws_private_url == other.ws_private_url
            && self.ws_business_url == other.ws_business_url
            && self.rate_limit == other.rate_limit
            && self.sub_account_order_limit == other.sub_account_order_limit
            && self.sync_clock == other.sync_clock
            && self.order_expiry_secs == other.order_expiry_secs
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            credentials: None,
            simulated: false,
            timeout_secs: 30.0,
            proxy_url: None,
            rest_url: None,
            ws_public_url: None,
            ws_private_url: None,
            ws_business_url: None,
            rate_limit: RateLimitPolicy::Wait,
            sub_account_order_limit: SUB_ACCOUNT_DEFAULT_LIMIT,
            sync_clock: true,
            clock: Arc::new(Clock::new()),
            order_expiry_secs: 5.0,
        }
    }
}

impl Config {
    /// A live configuration with the given credentials and documented defaults.
    pub fn new(credentials: Option<Credentials>) -> Self {
        Self {
            credentials,
            ..Self::default()
        }
    }

    /// The environment `simulated` selects.
    pub fn environment(&self) -> Environment {
        if self.simulated {
            Environment::Demo
        } else {
            Environment::Live
        }
    }

    /// The per-request timeout.
    pub fn timeout(&self) -> Duration {
        Duration::from_secs_f64(self.timeout_secs)
    }

    /// The REST base URL in effect, without a trailing slash.
    pub fn rest_base(&self) -> String {
        let url = self
            .rest_url
            .as_deref()
            .unwrap_or(match self.environment() {
                Environment::Live => LIVE_REST_URL,
                Environment::Demo => DEMO_REST_URL,
            });
        url.trim_end_matches('/').to_owned()
    }

    fn ws_default(&self, path: &str) -> String {
        let host = match self.environment() {
            Environment::Live => LIVE_WS_HOST,
            Environment::Demo => DEMO_WS_HOST,
        };
        format!("{host}{path}")
    }

    /// The public WebSocket URL in effect.
    pub fn ws_public(&self) -> String {
        self.ws_public_url
            .clone()
            .unwrap_or_else(|| self.ws_default("/ws/v5/public"))
    }

    /// The private WebSocket URL in effect.
    pub fn ws_private(&self) -> String {
        self.ws_private_url
            .clone()
            .unwrap_or_else(|| self.ws_default("/ws/v5/private"))
    }

    /// The business WebSocket URL in effect.
    pub fn ws_business(&self) -> String {
        self.ws_business_url
            .clone()
            .unwrap_or_else(|| self.ws_default("/ws/v5/business"))
    }

    /// Checks the values a user may get wrong, before any client is built.
    ///
    /// # Errors
    /// `InvalidArgument` naming the offending parameter.
    pub fn validate(&self) -> crate::Result<()> {
        if let Some(c) = &self.credentials {
            c.validate()?;
        }
        if !(self.timeout_secs.is_finite() && self.timeout_secs > 0.0) {
            return Err(crate::OkxError::invalid(
                "timeout_secs",
                format!(
                    "must be a positive number of seconds; got {}",
                    self.timeout_secs
                ),
            ));
        }
        if !(self.order_expiry_secs.is_finite()
            && self.order_expiry_secs > 0.0
            && self.order_expiry_secs <= 60.0)
        {
            return Err(crate::OkxError::invalid(
                "order_expiry_secs",
                format!(
                    "must be a number of seconds in (0, 60]; got {}",
                    self.order_expiry_secs
                ),
            ));
        }
        if self.sub_account_order_limit == 0 {
            return Err(crate::OkxError::invalid(
                "sub_account_order_limit",
                "must be a positive number of orders per 2 s; got 0",
            ));
        }
        for (param, url, schemes) in [
            ("rest_url", &self.rest_url, &["http://", "https://"][..]),
            ("proxy_url", &self.proxy_url, &["http://", "https://"][..]),
            (
                "ws_public_url",
                &self.ws_public_url,
                &["ws://", "wss://"][..],
            ),
            (
                "ws_private_url",
                &self.ws_private_url,
                &["ws://", "wss://"][..],
            ),
            (
                "ws_business_url",
                &self.ws_business_url,
                &["ws://", "wss://"][..],
            ),
        ] {
            if let Some(url) = url {
                if !schemes.iter().any(|s| url.starts_with(s)) {
                    return Err(crate::OkxError::invalid(
                        param,
                        format!("must start with one of {}; got {url:?}", schemes.join(", ")),
                    ));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_documented_ones() {
        let c = Config::default();
        assert!(!c.simulated);
        assert_eq!(c.timeout_secs, 30.0);
        assert_eq!(c.rest_base(), LIVE_REST_URL);
        assert_eq!(c.ws_public(), "wss://ws.okx.com:8443/ws/v5/public");
        assert_eq!(c.ws_business(), "wss://ws.okx.com:8443/ws/v5/business");
        assert_eq!(c.rate_limit, RateLimitPolicy::Wait);
        assert_eq!(c.sub_account_order_limit, 1000);
        assert!(c.sync_clock);
    }

    #[test]
    fn clones_share_the_clock_and_compare_by_settings() {
        let a = Config::default();
        let b = a.clone();
        a.clock.set_offset_ms(7);
        assert_eq!(b.clock.offset_ms(), Some(7));
        assert_eq!(a, Config::default());
        let c = Config {
            sub_account_order_limit: 0,
            ..Config::default()
        };
        assert!(c
            .validate()
            .unwrap_err()
            .to_string()
            .contains("sub_account_order_limit"));
    }

    #[test]
    fn simulated_selects_demo_hosts() {
        let c = Config {
            simulated: true,
            ..Config::default()
        };
        assert_eq!(c.environment(), Environment::Demo);
        assert_eq!(c.ws_private(), "wss://wspap.okx.com:8443/ws/v5/private");
    }

    #[test]
    fn overrides_win_and_lose_trailing_slash() {
        let c = Config {
            rest_url: Some("http://127.0.0.1:9/".into()),
            ..Config::default()
        };
        assert_eq!(c.rest_base(), "http://127.0.0.1:9");
    }

    #[test]
    fn bad_values_are_rejected() {
        let c = Config {
            timeout_secs: 0.0,
            ..Config::default()
        };
        assert!(c.validate().is_err());
        let c = Config {
            rest_url: Some("ftp://x".into()),
            ..Config::default()
        };
        assert!(c.validate().unwrap_err().to_string().contains("rest_url"));
    }
}
