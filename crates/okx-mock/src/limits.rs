//! Opt-in rate-limit enforcement (okx-api rate-limits.md): each endpoint's sliding window from
//! `data/rest-endpoints.tsv`, shared by REST requests and their WebSocket twins, and the
//! sub-account window of new and amended orders.

use std::collections::{BTreeMap, VecDeque};

/// The name of the sub-account bucket (new + amend orders, REST and WebSocket).
pub(crate) const SUB_ACCOUNT: &str = "sub-account";
/// OKX's sub-account window: 1,000 orders per 2 s by default (rate-limits.md section 4).
const SUB_ACCOUNT_WINDOW_MS: i64 = 2_000;
/// OKX's default sub-account limit (tier 1).
pub const DEFAULT_SUB_ACCOUNT_LIMIT: u32 = 1_000;

/// A batch endpoint and the single-order endpoint that a one-order batch is charged to.
const BATCH_TWINS: &[(&str, &str)] = &[
    ("/api/v5/trade/batch-orders", "/api/v5/trade/order"),
    (
        "/api/v5/trade/cancel-batch-orders",
        "/api/v5/trade/cancel-order",
    ),
    (
        "/api/v5/trade/amend-batch-orders",
        "/api/v5/trade/amend-order",
    ),
];

/// Each WebSocket order op and the REST endpoint whose budget it shares (websocket.md 9.1).
const WS_TWINS: &[(&str, &str)] = &[
    ("order", "/api/v5/trade/order"),
    ("batch-orders", "/api/v5/trade/batch-orders"),
    ("cancel-order", "/api/v5/trade/cancel-order"),
    ("batch-cancel-orders", "/api/v5/trade/cancel-batch-orders"),
    ("amend-order", "/api/v5/trade/amend-order"),
    ("batch-amend-orders", "/api/v5/trade/amend-batch-orders"),
    ("mass-cancel", "/api/v5/trade/mass-cancel"),
];

/// Paths whose orders count toward the sub-account limit: new and amend, single and batch.
const SUB_ACCOUNT_PATHS: &[&str] = &[
    "/api/v5/trade/order",
    "/api/v5/trade/batch-orders",
    "/api/v5/trade/amend-order",
    "/api/v5/trade/amend-batch-orders",
];

/// The REST endpoint a WebSocket order op shares its budget with.
pub(crate) fn ws_twin(op: &str) -> Option<&'static str> {
    WS_TWINS.iter().find(|(o, _)| *o == op).map(|(_, p)| *p)
}

/// One endpoint's documented limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EndpointLimit {
    /// Units allowed inside one window.
    pub(crate) limit: u32,
    pub(crate) window_ms: i64,
    /// One bucket per instrument (`UserID+instId`, `IP+instId` rules) instead of one per
    /// endpoint.
    pub(crate) per_inst: bool,
    /// Each item of the body counts ("300 orders/2s"), not each request.
    pub(crate) per_item: bool,
}

impl EndpointLimit {
    /// Reads the `rate_limit` ("60/2s", "300 orders/2s"; the first of several) and
    /// `rate_limit_rule` columns; `None` when the limit is not known ("?").
    pub(crate) fn parse(rate: &str, rule: &str) -> Option<Self> {
        let first = rate.split(';').next()?.trim();
        let (count, window) = first.split_once('/')?;
        let per_item = count.contains("orders");
        let limit: u32 = count.split_whitespace().next()?.parse().ok()?;
        let window = window.split_whitespace().next()?;
        let digits = window.bytes().take_while(u8::is_ascii_digit).count();
        let (n, unit) = window.split_at(digits);
        let n: i64 = if n.is_empty() { 1 } else { n.parse().ok()? };
        let unit_ms = match unit {
            "s" => 1_000,
            "min" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            "month" => 30 * 86_400_000,
            _ => return None,
        };
        Some(Self {
            limit,
            window_ms: n * unit_ms,
            per_inst: rule.contains("+instId"),
            per_item,
        })
    }
}

/// Units to take from one bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Charge {
    pub(crate) bucket: String,
    pub(crate) limit: u32,
    pub(crate) window_ms: i64,
    pub(crate) units: u32,
}

/// What a request's items are, for charging.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Request<'a> {
    /// `GET` or `POST`.
    pub(crate) method: &'a str,
    pub(crate) path: &'a str,
    /// The `instId` of each item (one entry for a non-batch request).
    pub(crate) inst_ids: &'a [Option<String>],
    /// The body is a list of items (a batch endpoint).
    pub(crate) batch: bool,
}

/// Which limit refused a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Breach {
    /// A per-endpoint window (OKX 50011).
    Endpoint,
    /// The sub-account window (OKX 50061).
    SubAccount,
}

/// The numbers of one bucket, as [`crate::MockServer::rate_limit_stats`] reports them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketStats {
    /// `"POST /api/v5/trade/order BTC-USDT"`, `"GET /api/v5/public/time"` or
    /// `"sub-account"`.
    pub name: String,
    /// Units allowed inside one window.
    pub limit: u32,
    /// The window's length in milliseconds.
    pub window_ms: u64,
    /// The most units ever inside one window.
    pub peak: u64,
}

/// What enforcement saw since the stats were last cleared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RateLimitStats {
    /// Requests (REST) and ops (WebSocket) refused with 50011 or 50061.
    pub rejected: u64,
    /// Every bucket charged, by name.
    pub buckets: Vec<BucketStats>,
}

#[derive(Debug)]
struct Bucket {
    limit: u32,
    window_ms: i64,
    /// (time, units) of the admitted charges still inside the window, oldest first.
    hits: VecDeque<(i64, u32)>,
    used: u64,
    peak: u64,
}

impl Bucket {
    fn prune(&mut self, now: i64) {
        while let Some(&(at, units)) = self.hits.front() {
            if now - at < self.window_ms {
                break;
            }
            self.hits.pop_front();
            self.used -= u64::from(units);
        }
    }
}

/// The sliding windows of every bucket; off until enabled.
#[derive(Debug)]
pub(crate) struct Limiter {
    enabled: bool,
    sub_account_limit: u32,
    buckets: BTreeMap<String, Bucket>,
    rejected: u64,
}

impl Default for Limiter {
    fn default() -> Self {
        Self {
            enabled: false,
            sub_account_limit: DEFAULT_SUB_ACCOUNT_LIMIT,
            buckets: BTreeMap::new(),
            rejected: 0,
        }
    }
}

impl Limiter {
    /// Turns enforcement on or off; the windows and stats stay.
    pub(crate) fn configure(&mut self, enabled: bool, sub_account_limit: u32) {
        self.enabled = enabled;
        self.sub_account_limit = sub_account_limit;
    }

    pub(crate) fn enabled(&self) -> bool {
        self.enabled
    }

    /// The charges of one request: its endpoint's bucket(s) and, for new and amended
    /// orders, the sub-account bucket. `limit_of` gives an endpoint's documented limit.
    pub(crate) fn charges(
        &self,
        req: Request<'_>,
        limit_of: impl Fn(&str, &str) -> Option<EndpointLimit>,
    ) -> Vec<Charge> {
        let items = req.inst_ids.len().max(1);
        // A batch holding one order is charged to the single-order budget (rate-limits.md 3).
        let path = match BATCH_TWINS.iter().find(|(b, _)| *b == req.path) {
            Some((_, single)) if req.batch && items == 1 => single,
            _ => req.path,
        };
        // Batch endpoints limited in orders take one unit per order; others one per request.
        let per_order = req.batch && path == req.path;
        let mut out: Vec<Charge> = Vec::new();
        if let Some(l) = limit_of(req.method, path) {
            let per_order = per_order && l.per_item;
            let base = format!("{} {path}", req.method);
            let mut add =
                |bucket: String, units: u32| match out.iter_mut().find(|c| c.bucket == bucket) {
                    Some(c) => c.units += units,
                    None => out.push(Charge {
                        bucket,
                        limit: l.limit,
                        window_ms: l.window_ms,
                        units,
                    }),
                };
            if l.per_inst && !req.inst_ids.is_empty() {
                for (i, inst) in req.inst_ids.iter().enumerate() {
                    // Per request, each instrument's bucket takes one unit.
                    if !per_order && req.inst_ids[..i].contains(inst) {
                        continue;
                    }
                    let bucket = match inst {
                        Some(id) => format!("{base} {id}"),
                        None => base.clone(),
                    };
                    add(bucket, 1);
                }
            } else if per_order {
                add(base, u32::try_from(items).unwrap_or(u32::MAX));
            } else {
                add(base, 1);
            }
        }
        if req.method == "POST" && SUB_ACCOUNT_PATHS.contains(&req.path) {
            out.push(Charge {
                bucket: SUB_ACCOUNT.to_owned(),
                limit: self.sub_account_limit,
                window_ms: SUB_ACCOUNT_WINDOW_MS,
                units: u32::try_from(items).unwrap_or(u32::MAX),
            });
        }
        out
    }

    /// Admits a request when every charge fits its window (then counts them all), or refuses
    /// it without counting anything; per-endpoint windows are checked before the sub-account
    /// one. Admits everything while off.
    pub(crate) fn admit(&mut self, charges: &[Charge], now: i64) -> Result<(), Breach> {
        if !self.enabled || charges.is_empty() {
            return Ok(());
        }
        let mut breach = None;
        for c in charges {
            let bucket = self.buckets.entry(c.bucket.clone()).or_insert(Bucket {
                limit: c.limit,
                window_ms: c.window_ms,
                hits: VecDeque::new(),
                used: 0,
                peak: 0,
            });
            bucket.limit = c.limit;
            bucket.window_ms = c.window_ms;
            bucket.prune(now);
            if bucket.used + u64::from(c.units) > u64::from(c.limit) {
                let this = if c.bucket == SUB_ACCOUNT {
                    Breach::SubAccount
                } else {
                    Breach::Endpoint
                };
                breach = match (breach, this) {
                    (Some(Breach::Endpoint), _) => Some(Breach::Endpoint),
                    (_, b) => Some(b),
                };
            }
        }
        if let Some(b) = breach {
            self.rejected += 1;
            return Err(b);
        }
        for c in charges {
            if let Some(bucket) = self.buckets.get_mut(&c.bucket) {
                bucket.hits.push_back((now, c.units));
                bucket.used += u64::from(c.units);
                bucket.peak = bucket.peak.max(bucket.used);
            }
        }
        Ok(())
    }

    /// Rejections and every bucket's limit, window and peak.
    pub(crate) fn stats(&self) -> RateLimitStats {
        RateLimitStats {
            rejected: self.rejected,
            buckets: self
                .buckets
                .iter()
                .map(|(name, b)| BucketStats {
                    name: name.clone(),
                    limit: b.limit,
                    window_ms: u64::try_from(b.window_ms).unwrap_or(0),
                    peak: b.peak,
                })
                .collect(),
        }
    }

    /// Forgets the stats and the windows' contents.
    pub(crate) fn clear(&mut self) {
        self.buckets.clear();
        self.rejected = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn okx_limit(method: &str, path: &str) -> Option<EndpointLimit> {
        match (method, path) {
            ("POST", "/api/v5/trade/order") => EndpointLimit::parse("60/2s", "UserID+instId"),
            ("POST", "/api/v5/trade/batch-orders") => {
                EndpointLimit::parse("300 orders/2s", "UserID+instId (OPTION: UserID+instFamily)")
            }
            ("GET", "/api/v5/public/time") => EndpointLimit::parse("10/2s", "IP"),
            _ => None,
        }
    }

    fn ids(list: &[&str]) -> Vec<Option<String>> {
        list.iter().map(|s| Some((*s).to_owned())).collect()
    }

    #[test]
    fn limits_are_read_from_the_table() {
        let l = EndpointLimit::parse("300 orders/2s", "UserID+instId").unwrap();
        assert_eq!(
            (l.limit, l.window_ms, l.per_inst, l.per_item),
            (300, 2000, true, true)
        );
        let l = EndpointLimit::parse("10/1s; 1/5s", "UserID").unwrap();
        assert_eq!(
            (l.limit, l.window_ms, l.per_inst, l.per_item),
            (10, 1000, false, false)
        );
        assert_eq!(
            EndpointLimit::parse("2/1min", "IP").unwrap().window_ms,
            60_000
        );
        assert_eq!(EndpointLimit::parse("?", "?"), None);
    }

    #[test]
    fn batches_count_items_per_instrument_and_one_order_batches_count_as_single() {
        let l = Limiter::default();
        let batch = ids(&["BTC-USDT", "ETH-USDT", "BTC-USDT"]);
        let req = Request {
            method: "POST",
            path: "/api/v5/trade/batch-orders",
            inst_ids: &batch,
            batch: true,
        };
        let c = l.charges(req, okx_limit);
        assert_eq!(c[0].bucket, "POST /api/v5/trade/batch-orders BTC-USDT");
        assert_eq!((c[0].units, c[0].limit), (2, 300));
        assert_eq!(c[1].bucket, "POST /api/v5/trade/batch-orders ETH-USDT");
        assert_eq!(c[1].units, 1);
        assert_eq!((c[2].bucket.as_str(), c[2].units), (SUB_ACCOUNT, 3));
        let one = ids(&["BTC-USDT"]);
        let c = l.charges(
            Request {
                inst_ids: &one,
                ..req
            },
            okx_limit,
        );
        assert_eq!(c[0].bucket, "POST /api/v5/trade/order BTC-USDT");
        assert_eq!((c[0].units, c[0].limit), (1, 60));
    }

    #[test]
    fn a_full_window_refuses_without_counting_and_slides() {
        let mut l = Limiter::default();
        l.configure(true, 1000);
        let none: Vec<Option<String>> = Vec::new();
        let req = Request {
            method: "GET",
            path: "/api/v5/public/time",
            inst_ids: &none,
            batch: false,
        };
        let c = l.charges(req, okx_limit);
        for i in 0..10 {
            assert_eq!(l.admit(&c, 1000 + i), Ok(()));
        }
        assert_eq!(l.admit(&c, 1500), Err(Breach::Endpoint));
        assert_eq!(l.admit(&c, 2999), Err(Breach::Endpoint));
        // The first admitted unit (t=1000) leaves the window at t=3000.
        assert_eq!(l.admit(&c, 3000), Ok(()));
        let stats = l.stats();
        assert_eq!(stats.rejected, 2);
        assert_eq!(stats.buckets[0].peak, 10);
        assert_eq!(stats.buckets[0].window_ms, 2000);
        l.clear();
        assert_eq!(l.stats(), RateLimitStats::default());
    }

    #[test]
    fn the_sub_account_window_counts_orders() {
        let mut l = Limiter::default();
        l.configure(true, 4);
        let batch = ids(&["BTC-USDT", "ETH-USDT", "SOL-USDT"]);
        let req = Request {
            method: "POST",
            path: "/api/v5/trade/batch-orders",
            inst_ids: &batch,
            batch: true,
        };
        let c = l.charges(req, okx_limit);
        assert_eq!(l.admit(&c, 0), Ok(()));
        assert_eq!(l.admit(&c, 1), Err(Breach::SubAccount));
        let one = ids(&["BTC-USDT"]);
        let single = l.charges(
            Request {
                path: "/api/v5/trade/order",
                inst_ids: &one,
                batch: false,
                ..req
            },
            okx_limit,
        );
        assert_eq!(l.admit(&single, 2), Ok(()));
        assert_eq!(l.admit(&single, 3), Err(Breach::SubAccount));
        let sub = l
            .stats()
            .buckets
            .into_iter()
            .find(|b| b.name == SUB_ACCOUNT);
        assert_eq!(sub.map(|b| (b.limit, b.peak)), Some((4, 4)));
    }

    #[test]
    fn nothing_is_counted_while_off() {
        let mut l = Limiter::default();
        let none: Vec<Option<String>> = Vec::new();
        let req = Request {
            method: "GET",
            path: "/api/v5/public/time",
            inst_ids: &none,
            batch: false,
        };
        let c = l.charges(req, okx_limit);
        for i in 0..50 {
            assert_eq!(l.admit(&c, i), Ok(()));
        }
        assert!(l.stats().buckets.is_empty());
    }
}
