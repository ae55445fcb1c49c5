//! The `{code, msg, data}` envelope, and `classify()`: the only place a failed answer
//! becomes an [`OkxError`] variant.

use okx_core::types::{FromItem, OrderAck};
use okx_core::{ItemError, OkxError, Result};
use serde::Deserialize;
use serde_json::value::RawValue;

/// A decoded answer, borrowing `data` from the body.
#[derive(Debug, Deserialize)]
pub struct Envelope<'a> {
    /// `"0"` on success.
    #[serde(default, deserialize_with = "okx_core::types::lenient_string")]
    pub code: String,
    /// OKX's message, empty on success.
    #[serde(default, deserialize_with = "okx_core::types::lenient_string")]
    pub msg: String,
    /// The payload, usually a list.
    #[serde(borrow, default)]
    pub data: Option<&'a RawValue>,
    /// OKX's gateway receive time, Unix microseconds (order endpoints).
    #[serde(rename = "inTime", default, deserialize_with = "micros")]
    pub in_time: Option<i64>,
    /// OKX's gateway send time, Unix microseconds (order endpoints).
    #[serde(rename = "outTime", default, deserialize_with = "micros")]
    pub out_time: Option<i64>,
}

/// `"1695190491421339"` (or a number) as microseconds; `""` or anything else as None.
fn micros<'de, D: serde::Deserializer<'de>>(de: D) -> std::result::Result<Option<i64>, D::Error> {
    let text = okx_core::types::lenient_string(de)?;
    Ok(text.parse().ok())
}

#[derive(Deserialize)]
struct Item {
    #[serde(
        rename = "sCode",
        default,
        deserialize_with = "okx_core::types::lenient_string"
    )]
    s_code: String,
    #[serde(
        rename = "sMsg",
        default,
        deserialize_with = "okx_core::types::lenient_string"
    )]
    s_msg: String,
    #[serde(
        rename = "ordId",
        default,
        deserialize_with = "okx_core::types::lenient_string"
    )]
    ord_id: String,
    #[serde(
        rename = "clOrdId",
        default,
        deserialize_with = "okx_core::types::lenient_string"
    )]
    cl_ord_id: String,
}

/// Codes OKX uses for throttling (rest.md section 8; errors.tsv).
const RATE_LIMIT_CODES: &[&str] = &["50011", "50061"];

fn is_auth_code(code: &str) -> bool {
    code.len() == 5 && code.starts_with("501")
}

/// Turns an HTTP answer into the success payload or the one matching error.
///
/// # Errors
/// HTTP 429 or codes 50011/50061 → `RateLimited`; 501xx → `Auth`; other non-zero codes →
/// `Api` with per-item `sCode`/`sMsg`; other non-2xx → `Http`; no envelope → `Decode`.
pub fn classify<'a>(path: &str, status: u16, body: &'a [u8]) -> Result<Envelope<'a>> {
    let parsed: Option<Envelope<'a>> = serde_json::from_slice(body).ok();
    if status == 429 {
        return Err(OkxError::RateLimited {
            path: path.to_owned(),
            status,
            code: parsed
                .as_ref()
                .map(|e| e.code.clone())
                .filter(|c| !c.is_empty()),
            msg: parsed
                .as_ref()
                .map(|e| e.msg.clone())
                .filter(|m| !m.is_empty()),
            retry_after: None,
        });
    }
    let Some(env) = parsed.filter(|e| !e.code.is_empty()) else {
        if (200..300).contains(&status) {
            return Err(OkxError::Decode {
                path: path.to_owned(),
                reason: format!("not an OKX envelope: {}", snippet(body)),
            });
        }
        return Err(OkxError::Http {
            path: path.to_owned(),
            status,
            body: snippet(body),
        });
    };
    if env.code == "0" {
        if (200..300).contains(&status) {
            return Ok(env);
        }
        return Err(OkxError::Http {
            path: path.to_owned(),
            status,
            body: snippet(body),
        });
    }
    let code = env.code.clone();
    if RATE_LIMIT_CODES.contains(&code.as_str()) {
        return Err(OkxError::RateLimited {
            path: path.to_owned(),
            status,
            code: Some(code),
            msg: Some(env.msg),
            retry_after: None,
        });
    }
    if is_auth_code(&code) {
        return Err(OkxError::Auth {
            path: path.to_owned(),
            code,
            msg: env.msg,
            status,
        });
    }
    let (items, succeeded) = split_items(env.data);
    // OKX puts the useful reason of order operations in the item's sCode/sMsg, with a
    // generic top-level "1" / "2" (rest.md section 3).
    let (code, msg) = match items.first() {
        Some(first) if code == "1" || code == "2" => (first.s_code.clone(), first.s_msg.clone()),
        _ => (code, env.msg),
    };
    Err(OkxError::Api {
        path: path.to_owned(),
        code,
        msg,
        status,
        items,
        succeeded: succeeded.into_boxed_slice(),
    })
}

/// The failed items (`sCode` not "0") and the succeeded ones of an order or batch answer.
fn split_items(data: Option<&RawValue>) -> (Vec<ItemError>, Vec<OrderAck>) {
    let Some(data) = data else {
        return (Vec::new(), Vec::new());
    };
    let raws: Vec<&RawValue> = serde_json::from_str(data.get()).unwrap_or_default();
    let mut failed = Vec::new();
    let mut succeeded = Vec::new();
    for raw in raws {
        let Ok(item) = serde_json::from_str::<Item>(raw.get()) else {
            continue;
        };
        if item.s_code == "0" {
            if let Ok(ack) = OrderAck::from_item(raw) {
                succeeded.push(ack);
            }
        } else if !item.s_code.is_empty() {
            failed.push(ItemError {
                s_code: item.s_code,
                s_msg: item.s_msg,
                ord_id: Some(item.ord_id).filter(|s| !s.is_empty()),
                cl_ord_id: Some(item.cl_ord_id).filter(|s| !s.is_empty()),
            });
        }
    }
    (failed, succeeded)
}

/// The start of a body, for error messages.
fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text.chars().take(200).collect();
    if text.chars().count() > 200 {
        out.push_str("...");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(status: u16, body: &str) -> OkxError {
        classify("/p", status, body.as_bytes()).unwrap_err()
    }

    #[test]
    fn success_returns_data() {
        let env = classify("/p", 200, br#"{"code":"0","msg":"","data":[{"ts":"1"}]}"#).unwrap();
        assert_eq!(env.data.unwrap().get(), r#"[{"ts":"1"}]"#);
    }

    #[test]
    fn throttling_is_rate_limited() {
        assert!(matches!(
            err(429, "busy"),
            OkxError::RateLimited {
                status: 429,
                code: None,
                ..
            }
        ));
        assert!(matches!(
            err(200, r#"{"code":"50011","msg":"x","data":[]}"#),
            OkxError::RateLimited { .. }
        ));
        assert!(matches!(
            err(200, r#"{"code":"50061","msg":"x","data":[]}"#),
            OkxError::RateLimited { .. }
        ));
    }

    #[test]
    fn auth_codes_are_auth() {
        let e = err(401, r#"{"code":"50113","msg":"Invalid Sign","data":[]}"#);
        assert!(matches!(e, OkxError::Auth { .. }));
        assert_eq!(e.code(), Some("50113"));
        assert_eq!(e.status(), Some(401));
    }

    #[test]
    fn item_failures_carry_scode() {
        let e = err(
            200,
            r#"{"code":"1","msg":"All operations failed","data":[{"ordId":"","clOrdId":"a1","sCode":"51008","sMsg":"Insufficient balance"}]}"#,
        );
        assert_eq!(e.code(), Some("51008"));
        assert_eq!(e.items().len(), 1);
        assert_eq!(e.items()[0].cl_ord_id.as_deref(), Some("a1"));
        assert!(e.to_string().contains("Insufficient balance"));
    }

    #[test]
    fn partial_batch_failure_keeps_the_succeeded_items() {
        let e = err(
            200,
            r#"{"code":"2","msg":"Bulk operation partially succeeded","data":[{"ordId":"11","clOrdId":"a1","tag":"","ts":"1","sCode":"0","sMsg":"Order placed"},{"ordId":"","clOrdId":"a2","tag":"","ts":"1","sCode":"51008","sMsg":"Insufficient balance"}]}"#,
        );
        assert_eq!(e.code(), Some("51008"));
        assert_eq!(e.items().len(), 1);
        assert_eq!(e.items()[0].cl_ord_id.as_deref(), Some("a2"));
        assert_eq!(e.succeeded().len(), 1);
        assert_eq!(e.succeeded()[0].ord_id, "11");
        assert_eq!(e.succeeded()[0].cl_ord_id, "a1");
    }

    #[test]
    fn plain_api_error_keeps_top_level_code() {
        let e = err(
            200,
            r#"{"code":"51001","msg":"Instrument ID does not exist","data":[]}"#,
        );
        assert!(matches!(e, OkxError::Api { .. }));
        assert_eq!(e.code(), Some("51001"));
    }

    #[test]
    fn non_envelope_errors_are_http() {
        assert!(matches!(
            err(502, "<html>bad gateway</html>"),
            OkxError::Http { status: 502, .. }
        ));
        assert!(matches!(err(200, "not json"), OkxError::Decode { .. }));
    }
}
