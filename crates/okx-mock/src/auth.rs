//! Authentication of private REST requests and WebSocket logins, with OKX's codes (okx-api
//! auth.md sections 1.4 and 2).

use axum::http::HeaderMap;
use okx_core::signer::millis_from_iso;
use okx_core::{Credentials, Signer};

use crate::codes::{self, Code};
use crate::ws::codes::{self as ws_codes, WsCode};

/// OKX rejects timestamps further than this from its clock (50102; 60006 for logins).
const MAX_SKEW_MS: i64 = 30_000;

/// The mock's one API key and the environment it belongs to.
#[derive(Debug, Clone)]
pub(crate) struct ApiKey {
    pub(crate) credentials: Credentials,
    signer: Signer,
    /// A demo-trading key: requests must carry `x-simulated-trading: 1`.
    pub(crate) simulated: bool,
}

impl ApiKey {
    pub(crate) fn new(credentials: Credentials, simulated: bool) -> Self {
        let signer = Signer::new(&credentials);
        Self {
            credentials,
            signer,
            simulated,
        }
    }
}

/// What a private request brings for authentication.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Signed<'a> {
    pub(crate) method: &'a str,
    /// Path plus `?` and the raw query string, exactly as received.
    pub(crate) request_path: &'a str,
    pub(crate) body: &'a str,
}

/// Checks the `OK-ACCESS-*` headers of a private request against `key`.
pub(crate) fn verify(
    key: &ApiKey,
    headers: &HeaderMap,
    req: Signed<'_>,
    now_ms: i64,
) -> Result<(), Code> {
    let api_key = header(headers, "OK-ACCESS-KEY").ok_or(codes::KEY_MISSING)?;
    let sign = header(headers, "OK-ACCESS-SIGN").ok_or(codes::SIGN_MISSING)?;
    let timestamp = header(headers, "OK-ACCESS-TIMESTAMP").ok_or(codes::TS_MISSING)?;
    let passphrase = header(headers, "OK-ACCESS-PASSPHRASE").ok_or(codes::PASSPHRASE_MISSING)?;
    let ts = timestamp
        .to_str()
        .ok()
        .and_then(millis_from_iso)
        .ok_or(codes::TS_INVALID)?;
    if (now_ms - ts).abs() > MAX_SKEW_MS {
        return Err(codes::TS_EXPIRED);
    }
    if api_key.as_bytes() != key.credentials.api_key.as_bytes() {
        return Err(codes::KEY_INVALID);
    }
    // python-okx sends "0" for live; only "1" selects demo trading.
    let demo_request = headers
        .get("x-simulated-trading")
        .is_some_and(|v| v.as_bytes() == b"1");
    if demo_request != key.simulated {
        return Err(codes::ENV_MISMATCH);
    }
    if passphrase.as_bytes() != key.credentials.passphrase().as_bytes() {
        return Err(codes::PASSPHRASE_WRONG);
    }
    let sign = sign.to_str().map_err(|_| codes::SIGN_INVALID)?;
    let ts_text = timestamp.to_str().map_err(|_| codes::TS_INVALID)?;
    if !key
        .signer
        .verify(ts_text, req.method, req.request_path, req.body, sign)
    {
        return Err(codes::SIGN_INVALID);
    }
    Ok(())
}

/// What one account of a WebSocket `login` request brings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WsLogin<'a> {
    pub(crate) api_key: &'a str,
    pub(crate) passphrase: &'a str,
    /// Unix seconds as text; OKX's docs sample also sends fractions, so those pass too.
    pub(crate) timestamp: &'a str,
    pub(crate) sign: &'a str,
}

/// Checks one account of a WebSocket login against `key`, in OKX's order of checks.
pub(crate) fn verify_ws_login(key: &ApiKey, login: WsLogin<'_>, now_ms: i64) -> Result<(), WsCode> {
    let secs = login
        .timestamp
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s > 0.0)
        .ok_or(ws_codes::TS_INVALID)?;
    // Whole milliseconds are precise enough for a 30 s window.
    let ts_ms = (secs * 1000.0) as i64;
    if now_ms - ts_ms > MAX_SKEW_MS {
        return Err(ws_codes::TS_EXPIRED);
    }
    // A timestamp far ahead is usually milliseconds sent where seconds belong.
    if ts_ms - now_ms > MAX_SKEW_MS {
        return Err(ws_codes::TS_INVALID);
    }
    if login.api_key.as_bytes() != key.credentials.api_key.as_bytes() {
        return Err(ws_codes::KEY_INVALID);
    }
    if login.passphrase.as_bytes() != key.credentials.passphrase().as_bytes() {
        return Err(ws_codes::PASSPHRASE_WRONG);
    }
    if !key
        .signer
        .verify(login.timestamp, "GET", "/users/self/verify", "", login.sign)
    {
        return Err(ws_codes::SIGN_INVALID);
    }
    Ok(())
}

/// A header's value unless absent or empty (OKX: "cannot be empty").
fn header<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h axum::http::HeaderValue> {
    headers.get(name).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use okx_core::signer::iso_from_millis;

    const NOW: i64 = 1_700_000_000_000;

    fn key(simulated: bool) -> ApiKey {
        ApiKey::new(Credentials::new("k", "SECRET", "pass"), simulated)
    }

    fn headers(ts: i64, sign_with: &str, path: &str) -> HeaderMap {
        let ts = iso_from_millis(ts);
        let sign = Signer::from_secret(sign_with).sign(&ts, "GET", path, "");
        let mut h = HeaderMap::new();
        h.insert("OK-ACCESS-KEY", HeaderValue::from_static("k"));
        h.insert("OK-ACCESS-PASSPHRASE", HeaderValue::from_static("pass"));
        h.insert("OK-ACCESS-TIMESTAMP", HeaderValue::from_str(&ts).unwrap());
        h.insert("OK-ACCESS-SIGN", HeaderValue::from_str(&sign).unwrap());
        h.insert("x-simulated-trading", HeaderValue::from_static("1"));
        h
    }

    fn check(h: &HeaderMap, simulated: bool) -> Result<(), &'static str> {
        let req = Signed {
            method: "GET",
            request_path: "/p?a=1",
            body: "",
        };
        verify(&key(simulated), h, req, NOW).map_err(|c| c.code)
    }

    #[test]
    fn accepts_a_good_signature_and_names_each_fault() {
        let good = headers(NOW, "SECRET", "/p?a=1");
        assert_eq!(check(&good, true), Ok(()));
        assert_eq!(check(&good, false), Err("50101"));
        assert_eq!(check(&headers(NOW, "OTHER", "/p?a=1"), true), Err("50113"));
        assert_eq!(check(&headers(NOW, "SECRET", "/p"), true), Err("50113"));
        assert_eq!(
            check(&headers(NOW - 31_000, "SECRET", "/p?a=1"), true),
            Err("50102")
        );
        assert_eq!(
            check(&headers(NOW + 29_000, "SECRET", "/p?a=1"), true),
            Ok(())
        );
        for (name, code) in [
            ("OK-ACCESS-KEY", "50103"),
            ("OK-ACCESS-PASSPHRASE", "50104"),
            ("OK-ACCESS-SIGN", "50106"),
            ("OK-ACCESS-TIMESTAMP", "50107"),
        ] {
            let mut h = good.clone();
            h.remove(name);
            assert_eq!(check(&h, true), Err(code), "{name}");
        }
        let mut h = good.clone();
        h.insert(
            "OK-ACCESS-TIMESTAMP",
            HeaderValue::from_static("1700000000"),
        );
        assert_eq!(check(&h, true), Err("50112"));
        let mut h = good.clone();
        h.insert("OK-ACCESS-KEY", HeaderValue::from_static("other"));
        assert_eq!(check(&h, true), Err("50111"));
        let mut h = good;
        h.insert("OK-ACCESS-PASSPHRASE", HeaderValue::from_static("nope"));
        assert_eq!(check(&h, true), Err("50105"));
    }

    #[test]
    fn ws_login_checks_in_okx_order() {
        let k = key(true);
        let now_s = NOW / 1000;
        let login = |ts: &str, key: &str, pass: &str, secret: &str| {
            let sign = Signer::from_secret(secret).sign_ws_login(ts);
            let l = WsLogin {
                api_key: key,
                passphrase: pass,
                timestamp: ts,
                sign: &sign,
            };
            verify_ws_login(&k, l, NOW).map_err(|c| c.code)
        };
        let ts = now_s.to_string();
        assert_eq!(login(&ts, "k", "pass", "SECRET"), Ok(()));
        assert_eq!(
            login(&(now_s - 31).to_string(), "k", "pass", "SECRET"),
            Err("60006")
        );
        assert_eq!(login(&NOW.to_string(), "k", "pass", "SECRET"), Err("60004"));
        assert_eq!(login("soon", "k", "pass", "SECRET"), Err("60004"));
        assert_eq!(login(&ts, "x", "pass", "SECRET"), Err("60005"));
        assert_eq!(login(&ts, "k", "nope", "SECRET"), Err("60024"));
        assert_eq!(login(&ts, "k", "pass", "OTHER"), Err("60007"));
        assert_eq!(login(&format!("{now_s}.5"), "k", "pass", "SECRET"), Ok(()));
    }
}
