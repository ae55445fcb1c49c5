//! Reading request parameters the way OKX does: query strings for GET, JSON objects for POST;
//! empty values count as absent (python-okx sends `""` for every unset body field).

use serde_json::{Map, Value};

use super::envelope::ApiError;

/// Decoded query-string parameters, in order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Query(Vec<(String, String)>);

impl Query {
    /// Parses a raw query string (percent-decoding values, as ccxt encodes `,` as `%2C`).
    pub(crate) fn parse(raw: Option<&str>) -> Self {
        let Some(raw) = raw else {
            return Self::default();
        };
        let pairs = raw
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect();
        Self(pairs)
    }

    /// Every (name, value) pair, in order.
    pub(crate) fn pairs(&self) -> &[(String, String)] {
        &self.0
    }

    /// The first non-empty value of `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    /// A required parameter (50014 when missing).
    pub(crate) fn req(&self, key: &str) -> Result<&str, ApiError> {
        self.get(key).ok_or_else(|| ApiError::empty(key))
    }

    /// A comma-separated list parameter.
    pub(crate) fn list(&self, key: &str) -> Option<Vec<&str>> {
        self.get(key).map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        })
    }

    /// `limit`: a whole number from 1; larger than `max` is capped, as OKX does.
    pub(crate) fn limit(&self, default: usize, max: usize) -> Result<usize, ApiError> {
        self.uint("limit")
            .map(|v| v.map_or(default, |n| usize::try_from(n).unwrap_or(max).clamp(1, max)))
    }

    /// An optional non-negative whole number (ids, timestamps); 51000 when malformed.
    pub(crate) fn uint(&self, key: &str) -> Result<Option<u64>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v.parse::<u64>().map(Some).map_err(|_| ApiError::param(key)),
        }
    }
}

/// Percent-decodes one query component (`+` stays `+`: OKX values never use it for space).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Fields of one JSON object of a POST body.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields<'a>(pub(crate) &'a Map<String, Value>);

impl Fields<'_> {
    /// A field as text: strings as they are, numbers and booleans spelled out; `""` and
    /// `null` count as absent.
    pub(crate) fn get(&self, key: &str) -> Option<String> {
        match self.0.get(key)? {
            Value::String(s) if s.is_empty() => None,
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// A required field (50014 when missing).
    pub(crate) fn req(&self, key: &str) -> Result<String, ApiError> {
        self.get(key).ok_or_else(|| ApiError::empty(key))
    }
}

/// Whether `text` is 1 to `max` ASCII letters or digits (OKX's rule for clOrdId and tag).
pub(crate) fn is_client_id(text: &str, max: usize) -> bool {
    !text.is_empty() && text.len() <= max && text.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decodes_and_skips_empty_values() {
        let q = Query::parse(Some("instId=LTC-USDT-SWAP%2CBTC-USDT-SWAP&ccy=&limit=5"));
        assert_eq!(
            q.list("instId"),
            Some(vec!["LTC-USDT-SWAP", "BTC-USDT-SWAP"])
        );
        assert_eq!(q.get("ccy"), None);
        assert_eq!(q.limit(100, 300), Ok(5));
        assert_eq!(Query::parse(Some("limit=1000")).limit(100, 300), Ok(300));
        assert_eq!(Query::parse(None).limit(100, 300), Ok(100));
        assert_eq!(
            Query::parse(Some("limit=x"))
                .limit(100, 300)
                .unwrap_err()
                .code,
            "51000"
        );
        assert_eq!(Query::parse(Some("a=%zz")).get("a"), Some("%zz"));
        assert_eq!(
            Query::parse(None).req("instId").unwrap_err().msg,
            "Parameter instId can not be empty."
        );
    }

    #[test]
    fn fields_treat_empty_as_absent() {
        let v: Value = serde_json::json!({"a": "", "b": "x", "c": true, "d": 1.5, "e": null});
        let Value::Object(map) = v else {
            unreachable!()
        };
        let f = Fields(&map);
        assert_eq!(f.get("a"), None);
        assert_eq!(f.get("b").as_deref(), Some("x"));
        assert_eq!(f.get("c").as_deref(), Some("true"));
        assert_eq!(f.get("d").as_deref(), Some("1.5"));
        assert_eq!(f.get("e"), None);
        assert!(is_client_id("abc123", 32));
        assert!(!is_client_id("abc-123", 32));
        assert!(!is_client_id(&"a".repeat(33), 32));
    }
}
