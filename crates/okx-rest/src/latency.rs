//! Round-trip times per endpoint, kept by each client: the time from sending a request
//! to having its whole answer, and, where OKX reports them (`inTime` / `outTime` in
//! microseconds on order answers), the time OKX's gateway spent on it.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

/// Samples kept per endpoint (the newest).
const WINDOW: usize = 4096;

#[derive(Default)]
struct Series {
    rtt_us: Vec<u32>,
    okx_us: Vec<u32>,
    next: usize,
    next_okx: usize,
    count: u64,
}

fn push(samples: &mut Vec<u32>, next: &mut usize, v: u32) {
    if samples.len() < WINDOW {
        samples.push(v);
    } else {
        samples[*next] = v;
    }
    *next = (*next + 1) % WINDOW;
}

/// Percentiles of one endpoint's recent round trips.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Requests answered since the client was made.
    pub count: u64,
    /// Client round trip, microseconds: median, 90th and 99th percentile, maximum (of the
    /// newest samples).
    pub p50_us: u32,
    /// See [`Summary::p50_us`].
    pub p90_us: u32,
    /// See [`Summary::p50_us`].
    pub p99_us: u32,
    /// See [`Summary::p50_us`].
    pub max_us: u32,
    /// OKX's own time (`outTime - inTime`), median, microseconds; `None` when OKX did not
    /// report it.
    pub okx_p50_us: Option<u32>,
}

/// Round trips per endpoint (`"POST /api/v5/trade/order"`, `"WS order"`), by method and
/// then path, so that recording an answer allocates nothing once its endpoint is known.
#[derive(Default)]
pub struct Latency {
    series: Mutex<HashMap<&'static str, HashMap<String, Series>>>,
}

impl std::fmt::Debug for Latency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Latency").finish_non_exhaustive()
    }
}

fn percentile(sorted: &[u32], p: f64) -> u32 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

impl Latency {
    /// Records one answered request of `method` (`"GET"`, `"POST"`, `"WS"`) to `path` (or
    /// WebSocket op); `body` is searched for OKX's `inTime`/`outTime`.
    pub fn record(&self, method: &'static str, path: &str, rtt: Duration, body: &[u8]) {
        let us = u32::try_from(rtt.as_micros()).unwrap_or(u32::MAX);
        let okx = gateway_us(body);
        let mut all = self
            .series
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let by_path = all.entry(method).or_default();
        let s = match by_path.get_mut(path) {
            Some(s) => s,
            None => by_path.entry(path.to_owned()).or_default(),
        };
        s.count += 1;
        let mut next = s.next;
        push(&mut s.rtt_us, &mut next, us);
        s.next = next;
        if let Some(okx) = okx {
            let mut next = s.next_okx;
            push(&mut s.okx_us, &mut next, okx);
            s.next_okx = next;
        }
    }

    /// Every endpoint's summary.
    pub fn summary(&self) -> Vec<(String, Summary)> {
        let all = self
            .series
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut out: Vec<(String, Summary)> = all
            .iter()
            .flat_map(|(method, by_path)| {
                by_path
                    .iter()
                    .map(move |(path, s)| (format!("{method} {path}"), s))
            })
            .map(|(name, s)| {
                let mut rtt = s.rtt_us.clone();
                rtt.sort_unstable();
                let mut okx = s.okx_us.clone();
                okx.sort_unstable();
                (
                    name,
                    Summary {
                        count: s.count,
                        p50_us: percentile(&rtt, 0.5),
                        p90_us: percentile(&rtt, 0.9),
                        p99_us: percentile(&rtt, 0.99),
                        max_us: rtt.last().copied().unwrap_or(0),
                        okx_p50_us: (!okx.is_empty()).then(|| percentile(&okx, 0.5)),
                    },
                )
            })
            .collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }
}

/// Answers longer than this are not searched for `inTime`/`outTime`: OKX sends them on
/// order endpoints only, whose answers are small (a batch of 20 is about 3 KB), and a
/// book or candle answer must not be scanned on every call.
const TIMES_WITHIN: usize = 8192;

/// `outTime - inTime` of an answer that has both (order endpoints), microseconds.
fn gateway_us(body: &[u8]) -> Option<u32> {
    if body.len() > TIMES_WITHIN {
        return None;
    }
    let field = |name: &[u8]| -> Option<u64> {
        let at = body.windows(name.len()).position(|w| w == name)? + name.len();
        let rest = &body[at..];
        let start = rest.iter().position(u8::is_ascii_digit)?;
        let digits = &rest[start..];
        let end = digits.iter().position(|b| !b.is_ascii_digit())?;
        std::str::from_utf8(&digits[..end]).ok()?.parse().ok()
    };
    let (t_in, t_out) = (field(b"\"inTime\"")?, field(b"\"outTime\"")?);
    u32::try_from(t_out.checked_sub(t_in)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_and_gateway_time() {
        let l = Latency::default();
        for us in 1..=100u64 {
            l.record("GET", "/x", Duration::from_micros(us), b"{}");
        }
        l.record(
            "POST",
            "/o",
            Duration::from_micros(300),
            br#"{"code":"0","data":[],"inTime":"1695190491421339","outTime":"1695190491423240"}"#,
        );
        let s = l.summary();
        assert_eq!(s[0].0, "GET /x");
        assert_eq!((s[0].1.count, s[0].1.p50_us, s[0].1.max_us), (100, 51, 100));
        assert_eq!(s[0].1.p99_us, 99);
        assert_eq!(s[0].1.okx_p50_us, None);
        assert_eq!(s[1].1.okx_p50_us, Some(1901));
        // Empty inTime (a failed request) or a big answer: no gateway time.
        assert_eq!(gateway_us(br#"{"inTime":"","outTime":""}"#), None);
        assert_eq!(gateway_us(&vec![b' '; TIMES_WITHIN + 1]), None);
    }
}
