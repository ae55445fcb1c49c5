//! OKX V5 request signing: Base64(HMAC-SHA256(secret, timestamp + METHOD + path + body)).

use std::time::{SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::Credentials;

type HmacSha256 = Hmac<Sha256>;

/// Signs REST requests and WebSocket logins with one key's secret.
#[derive(Clone)]
pub struct Signer {
    mac: HmacSha256,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Signer(..)")
    }
}

impl Signer {
    /// A signer for the secret of `credentials`.
    pub fn new(credentials: &Credentials) -> Self {
        Self::from_secret(credentials.secret_key())
    }

    /// A signer for a secret given as text; the text's bytes are the HMAC key.
    pub fn from_secret(secret: &str) -> Self {
        // HMAC accepts keys of any length, so this cannot fail.
        let mac = match HmacSha256::new_from_slice(secret.as_bytes()) {
            Ok(mac) => mac,
            Err(_) => unreachable!("HMAC takes keys of any length"),
        };
        Self { mac }
    }

    /// The signature of one REST request; `request_path` includes the query string.
    pub fn sign(&self, timestamp: &str, method: &str, request_path: &str, body: &str) -> String {
        let mut mac = self.mac.clone();
        mac.update(timestamp.as_bytes());
        mac.update(method.as_bytes());
        mac.update(request_path.as_bytes());
        mac.update(body.as_bytes());
        STANDARD.encode(mac.finalize().into_bytes())
    }

    /// The `sign` of a WebSocket login for a timestamp in whole Unix seconds.
    pub fn sign_ws_login(&self, timestamp_secs: &str) -> String {
        self.sign(timestamp_secs, "GET", "/users/self/verify", "")
    }

    /// Checks a signature in constant time (used by okx-mock).
    pub fn verify(
        &self,
        timestamp: &str,
        method: &str,
        request_path: &str,
        body: &str,
        sign: &str,
    ) -> bool {
        let Ok(given) = STANDARD.decode(sign) else {
            return false;
        };
        let mut mac = self.mac.clone();
        mac.update(timestamp.as_bytes());
        mac.update(method.as_bytes());
        mac.update(request_path.as_bytes());
        mac.update(body.as_bytes());
        mac.verify_slice(&given).is_ok()
    }
}

/// The current time as OKX's REST timestamp, e.g. `2020-12-08T09:08:57.715Z`.
pub fn iso_timestamp() -> String {
    iso_from_millis(unix_millis())
}

/// Milliseconds since the Unix epoch by the local clock.
pub fn unix_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Formats Unix milliseconds as `YYYY-MM-DDTHH:MM:SS.mmmZ` (UTC).
pub fn iso_from_millis(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let millis = ms.rem_euclid(1000);
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        sod / 3600,
        (sod % 3600) / 60,
        sod % 60
    )
}

/// Parses OKX's REST timestamp back to Unix milliseconds; `None` if malformed.
pub fn millis_from_iso(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 24
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'.'
        || b[23] != b'Z'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> { text.get(r)?.parse::<i64>().ok() };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss, ms) = (num(11..13)?, num(14..16)?, num(17..19)?, num(20..23)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    let days = days_from_civil(y, m, d);
    Some(((days * 86_400 + hh * 3600 + mm * 60 + ss) * 1000) + ms)
}

// Howard Hinnant's civil calendar algorithms (public domain), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC_SECRET: &str = "22582BD0CFF14C41EDBF1AB98506286D";
    const SECRET_2: &str = "7A1E2C3D4B5F60718293A4B5C6D7E8F9";

    // Golden vectors: okx-api auth.md section 4.
    #[test]
    fn example_1_get_with_query() {
        let s = Signer::from_secret(DOC_SECRET);
        let ts = "2020-12-08T09:08:57.715Z";
        assert_eq!(
            s.sign(ts, "GET", "/api/v5/account/balance?ccy=BTC", ""),
            "HiZhvSfMtWJA3uUIVXV3a/bSXNPCWvYFXoGCVS8V4zY="
        );
        assert_eq!(
            s.sign(ts, "GET", "/api/v5/account/balance", ""),
            "AkD5YszBhggtIyjDlmTy/9PpNVntel+1Lff8wh0qpQw="
        );
    }

    #[test]
    fn example_2_post_set_leverage() {
        let s = Signer::from_secret(DOC_SECRET);
        let body = r#"{"instId":"BTC-USDT","lever":"5","mgnMode":"isolated"}"#;
        assert_eq!(
            s.sign(
                "2020-12-08T09:08:57.715Z",
                "POST",
                "/api/v5/account/set-leverage",
                body
            ),
            "eCnnCgWLjlQ9XnpUkrcny3qNq3WW/81KNrDr/XR6Xv8="
        );
    }

    #[test]
    fn examples_3_and_4_whitespace_matters() {
        let s = Signer::from_secret(SECRET_2);
        let ts = "2026-01-15T08:30:00.123Z";
        let compact = r#"{"instId":"BTC-USDT","tdMode":"cash","clOrdId":"b15","side":"buy","ordType":"limit","px":"30000.5","sz":"0.01"}"#;
        let spaced = r#"{"instId": "BTC-USDT", "tdMode": "cash", "clOrdId": "b15", "side": "buy", "ordType": "limit", "px": "30000.5", "sz": "0.01"}"#;
        assert_eq!(
            s.sign(ts, "POST", "/api/v5/trade/order", compact),
            "B4S9kQrog/9eYZoptk0+mjbOfUtH+CfLBYDEWI/ooSo="
        );
        assert_eq!(
            s.sign(ts, "POST", "/api/v5/trade/order", spaced),
            "7TLirSFsXaNIicPkDDfiYR7JXfCh/iL57OaDw/LNYqc="
        );
    }

    #[test]
    fn example_5_websocket_login() {
        assert_eq!(
            Signer::from_secret(DOC_SECRET).sign_ws_login("1704876947"),
            "5/36BgGV6m/6pmdc20zdqk0mzF5ZalmzzPD2fo3wavU="
        );
        assert_eq!(
            Signer::from_secret(SECRET_2).sign_ws_login("1768465800"),
            "bwcQ/FjnWh7ua+mYw8reOnnm2Ghg/kaln5FJeSxzt18="
        );
    }

    #[test]
    fn verify_accepts_own_signature_only() {
        let s = Signer::from_secret(DOC_SECRET);
        let sig = s.sign("t", "GET", "/p", "");
        assert!(s.verify("t", "GET", "/p", "", &sig));
        assert!(!s.verify("t", "GET", "/q", "", &sig));
        assert!(!s.verify("t", "GET", "/p", "", "not base64!"));
    }

    #[test]
    fn timestamps_round_trip() {
        assert_eq!(
            iso_from_millis(1_607_418_537_715),
            "2020-12-08T09:08:57.715Z"
        );
        assert_eq!(
            millis_from_iso("2020-12-08T09:08:57.715Z"),
            Some(1_607_418_537_715)
        );
        assert_eq!(iso_from_millis(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(millis_from_iso("2020-12-08 09:08:57"), None);
        let now = unix_millis();
        assert_eq!(millis_from_iso(&iso_from_millis(now)), Some(now));
    }
}
