//! Client-side rate limits: sliding-window buckets, one process-wide [`Limiter`] per
//! credentials (shared by every client and WebSocket using them) and one per REST host
//! for the IP-keyed limits of public endpoints (rate-limits.md sections 1 to 4).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use crate::Credentials;

/// The bucket of OKX's sub-account order limit: new and amend orders, one unit per order.
pub const SUB_ACCOUNT_BUCKET: &str = "sub-account";
/// OKX's default sub-account order limit per 2 s (tier 1; rate-limits.md section 4).
pub const SUB_ACCOUNT_DEFAULT_LIMIT: u32 = 1000;
/// The window of the sub-account order limit.
pub const SUB_ACCOUNT_WINDOW: Duration = Duration::from_secs(2);

/// What a client does when a request would exceed a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RateLimitPolicy {
    /// Delay the request until every bucket it uses has room.
    #[default]
    Wait,
    /// Refuse it before sending with `RateLimited` and the time until it would fit.
    FailFast,
    /// No client-side limiting.
    Off,
}

impl RateLimitPolicy {
    /// The Python spellings, in the order the docs list them.
    pub const NAMES: &'static [&'static str] = &["wait", "fail_fast", "off"];

    /// Parses `"wait"`, `"fail_fast"` or `"off"`.
    ///
    /// # Errors
    /// `InvalidArgument` naming `rate_limit` for any other text.
    pub fn parse(text: &str) -> crate::Result<Self> {
        crate::enums::check_one_of("rate_limit", text, Self::NAMES)?;
        Ok(match text {
            "fail_fast" => Self::FailFast,
            "off" => Self::Off,
            _ => Self::Wait,
        })
    }

    /// The Python spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Wait => "wait",
            Self::FailFast => "fail_fast",
            Self::Off => "off",
        }
    }
}

/// What one request takes from one bucket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cost {
    /// The bucket's name, e.g. `/api/v5/trade/order instId=BTC-USDT` or `sub-account`.
    pub bucket: String,
    /// Units the bucket holds per window.
    pub limit: u32,
    /// The sliding window.
    pub window: Duration,
    /// Units this request takes (orders for batch endpoints, else 1).
    pub units: u32,
}

/// One sliding window: the units taken in the last `window`, stamped when they were
/// taken (or, for held units, when their request ended).
#[derive(Debug)]
struct Bucket {
    limit: u32,
    window: Duration,
    stamped: VecDeque<(Instant, u32)>,
    used: u32,
    /// Units of requests still under way: they count until stamped.
    held: u32,
}

impl Bucket {
    fn new(cost: &Cost) -> Self {
        Self {
            limit: cost.limit,
            window: cost.window,
            stamped: VecDeque::new(),
            used: 0,
            held: 0,
        }
    }

    fn prune(&mut self, now: Instant) {
        while let Some(&(at, units)) = self.stamped.front() {
            if at + self.window > now {
                break;
            }
            self.stamped.pop_front();
            self.used -= units;
        }
    }

    fn taken(&self) -> u32 {
        self.used + self.held
    }

    /// Whether `units` fit now. A request larger than the whole limit fits an empty
    /// bucket only, so it is never refused for ever.
    fn fits(&self, units: u32) -> bool {
        self.taken() == 0 || self.taken().saturating_add(units) <= self.limit
    }

    /// How long until `units` would fit (the bucket is pruned to `now`).
    fn wait(&self, now: Instant, units: u32) -> Duration {
        let need = if units > self.limit {
            self.taken()
        } else {
            (self.taken() + units).saturating_sub(self.limit)
        };
        let mut freed = 0;
        for &(at, n) in &self.stamped {
            freed += n;
            if freed >= need {
                return (at + self.window).saturating_duration_since(now);
            }
        }
        // Held units are stamped when their request ends, not before now: they leave
        // one whole window after that at the earliest.
        self.window
    }
}

/// Sliding-window buckets shared by every client using one set of credentials (or one
/// REST host, for IP-keyed limits).
#[derive(Debug, Default)]
pub struct Limiter {
    buckets: Mutex<HashMap<String, Bucket>>,
}

/// Units taken by a request under way; they count from when the permit is dropped (the
/// request's end), so the exchange, which counts arrivals, never sees more than a limit
/// in any window.
#[derive(Debug)]
pub struct Permit {
    limiter: Arc<Limiter>,
    taken: Vec<(String, u32)>,
}

impl Drop for Permit {
    fn drop(&mut self) {
        let now = Instant::now();
        let mut buckets = self.limiter.lock();
        for (name, units) in self.taken.drain(..) {
            if let Some(b) = buckets.get_mut(&name) {
                b.held = b.held.saturating_sub(units);
                b.stamped.push_back((now, units));
                b.used += units;
            }
        }
    }
}

fn registry() -> &'static Mutex<HashMap<String, Arc<Limiter>>> {
    static REGISTRY: OnceLock<Mutex<HashMap<String, Arc<Limiter>>>> = OnceLock::new();
    REGISTRY.get_or_init(Mutex::default)
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Several costs of one request on the same bucket add up.
fn merged(costs: &[Cost]) -> Vec<Cost> {
    let mut out: Vec<Cost> = Vec::with_capacity(costs.len());
    for c in costs {
        match out.iter_mut().find(|o| o.bucket == c.bucket) {
            Some(o) => o.units += c.units,
            None => out.push(c.clone()),
        }
    }
    out
}

impl Limiter {
    /// A limiter of its own, shared with nobody (tests, tools).
    pub fn new() -> Self {
        Self::default()
    }

    /// The process-wide limiter of one API key in one environment: OKX keys private
    /// limits on the user, so every client and WebSocket of the key shares it.
    pub fn for_credentials(credentials: &Credentials, simulated: bool) -> Arc<Limiter> {
        Self::shared(format!("user {} {simulated}", credentials.api_key))
    }

    /// The process-wide limiter of the IP-keyed limits of public endpoints on one REST
    /// host (`https://openapi.okx.com`).
    pub fn for_host(rest_base: &str) -> Arc<Limiter> {
        Self::shared(format!("ip {rest_base}"))
    }

    fn shared(key: String) -> Arc<Limiter> {
        Arc::clone(lock(registry()).entry(key).or_default())
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, Bucket>> {
        lock(&self.buckets)
    }

    /// Checks every cost against its bucket at `now`: `Ok` when all fit, else the
    /// longest wait among those that do not.
    fn check(
        buckets: &mut HashMap<String, Bucket>,
        costs: &[Cost],
        now: Instant,
    ) -> Result<(), Duration> {
        let mut wait: Option<Duration> = None;
        for c in costs {
            let b = buckets
                .entry(c.bucket.clone())
                .or_insert_with(|| Bucket::new(c));
            // The latest declaration wins (the sub-account limit is configurable).
            b.limit = c.limit;
            b.window = c.window;
            b.prune(now);
            if !b.fits(c.units) {
                let w = b.wait(now, c.units);
                wait = Some(wait.map_or(w, |old| old.max(w)));
            }
        }
        match wait {
            // Rounding in the caller's sleep must not wake it a hair too early.
            Some(w) => Err(w.max(Duration::from_micros(100))),
            None => Ok(()),
        }
    }

    /// Takes every cost now, or none: `Err` is how long until all would fit. The units
    /// count from now (the WebSocket side, whose requests are sent at once).
    ///
    /// # Errors
    /// The time to wait when a bucket has no room.
    pub fn try_acquire(&self, costs: &[Cost]) -> Result<(), Duration> {
        let costs = merged(costs);
        let now = Instant::now();
        let mut buckets = self.lock();
        Self::check(&mut buckets, &costs, now)?;
        for c in &costs {
            if let Some(b) = buckets.get_mut(&c.bucket) {
                b.stamped.push_back((now, c.units));
                b.used += c.units;
            }
        }
        Ok(())
    }

    /// Like [`try_acquire`](Self::try_acquire), but the units count until the returned
    /// permit is dropped and for one window after that (the REST side: a request is
    /// counted from when its answer arrived, the latest moment OKX can have seen it).
    ///
    /// # Errors
    /// The time to wait when a bucket has no room.
    pub fn try_hold(self: &Arc<Self>, costs: &[Cost]) -> Result<Permit, Duration> {
        let costs = merged(costs);
        let now = Instant::now();
        let mut buckets = self.lock();
        Self::check(&mut buckets, &costs, now)?;
        let mut taken = Vec::with_capacity(costs.len());
        for c in costs {
            if let Some(b) = buckets.get_mut(&c.bucket) {
                b.held += c.units;
            }
            taken.push((c.bucket, c.units));
        }
        Ok(Permit {
            limiter: Arc::clone(self),
            taken,
        })
    }

    /// Units taken now in `bucket` (held ones included), for tests and diagnostics.
    pub fn in_use(&self, bucket: &str) -> u32 {
        let now = Instant::now();
        let mut buckets = self.lock();
        buckets.get_mut(bucket).map_or(0, |b| {
            b.prune(now);
            b.taken()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cost(bucket: &str, limit: u32, ms: u64, units: u32) -> Cost {
        Cost {
            bucket: bucket.into(),
            limit,
            window: Duration::from_millis(ms),
            units,
        }
    }

    #[test]
    fn window_admits_limit_then_refuses_with_the_time_left() {
        let l = Limiter::new();
        let c = [cost("a", 3, 10_000, 1)];
        for _ in 0..3 {
            l.try_acquire(&c).unwrap();
        }
        let wait = l.try_acquire(&c).unwrap_err();
        assert!(wait > Duration::from_millis(9_000) && wait <= Duration::from_secs(10));
        assert_eq!(l.in_use("a"), 3);
    }

    #[test]
    fn units_leave_after_the_window() {
        let l = Limiter::new();
        let c = [cost("a", 2, 30, 2)];
        l.try_acquire(&c).unwrap();
        let wait = l.try_acquire(&c).unwrap_err();
        std::thread::sleep(wait);
        l.try_acquire(&c).unwrap();
    }

    #[test]
    fn all_or_nothing() {
        let l = Limiter::new();
        l.try_acquire(&[cost("full", 1, 10_000, 1)]).unwrap();
        let both = [cost("free", 5, 10_000, 1), cost("full", 1, 10_000, 1)];
        assert!(l.try_acquire(&both).is_err());
        assert_eq!(
            l.in_use("free"),
            0,
            "nothing taken from the bucket with room"
        );
        l.try_acquire(&[cost("free", 5, 10_000, 1)]).unwrap();
        assert_eq!(l.in_use("free"), 1);
    }

    #[test]
    fn batch_units_count_per_order() {
        let l = Limiter::new();
        let batch = [cost("b", 300, 10_000, 20)];
        for _ in 0..15 {
            l.try_acquire(&batch).unwrap();
        }
        assert_eq!(l.in_use("b"), 300);
        assert!(l.try_acquire(&[cost("b", 300, 10_000, 1)]).is_err());
        // Two costs on one bucket add up.
        let l = Limiter::new();
        let twice = [cost("c", 3, 10_000, 2), cost("c", 3, 10_000, 2)];
        assert!(
            l.try_acquire(&twice).is_ok(),
            "an empty bucket takes anything once"
        );
        assert!(l.try_acquire(&[cost("c", 3, 10_000, 1)]).is_err());
    }

    #[test]
    fn wait_is_until_enough_units_leave() {
        let l = Limiter::new();
        l.try_acquire(&[cost("w", 4, 10_000, 1)]).unwrap();
        std::thread::sleep(Duration::from_millis(50));
        l.try_acquire(&[cost("w", 4, 10_000, 3)]).unwrap();
        // One unit wanted: the first stamp (oldest) must leave.
        let one = l.try_acquire(&[cost("w", 4, 10_000, 1)]).unwrap_err();
        // Two wanted: the second stamp, 50 ms later, must leave too.
        let two = l.try_acquire(&[cost("w", 4, 10_000, 2)]).unwrap_err();
        assert!(two >= one + Duration::from_millis(40), "{one:?} {two:?}");
    }

    #[test]
    fn held_units_count_until_dropped_then_for_a_window() {
        let l = Arc::new(Limiter::new());
        let c = [cost("h", 1, 40, 1)];
        let permit = l.try_hold(&c).unwrap();
        assert_eq!(l.try_acquire(&c).unwrap_err(), Duration::from_millis(40));
        std::thread::sleep(Duration::from_millis(60));
        assert!(l.try_acquire(&c).is_err(), "still held after its window");
        drop(permit);
        assert!(l.try_acquire(&c).is_err(), "stamped at the drop");
        std::thread::sleep(Duration::from_millis(45));
        l.try_acquire(&c).unwrap();
    }

    #[test]
    fn registry_shares_per_key_and_environment() {
        let a = Credentials::new("key-registry-1", "s", "p");
        let b = Credentials::new("key-registry-2", "s", "p");
        assert!(Arc::ptr_eq(
            &Limiter::for_credentials(&a, false),
            &Limiter::for_credentials(&a.clone(), false)
        ));
        assert!(!Arc::ptr_eq(
            &Limiter::for_credentials(&a, false),
            &Limiter::for_credentials(&a, true)
        ));
        assert!(!Arc::ptr_eq(
            &Limiter::for_credentials(&a, false),
            &Limiter::for_credentials(&b, false)
        ));
        assert!(Arc::ptr_eq(
            &Limiter::for_host("http://h"),
            &Limiter::for_host("http://h")
        ));
    }

    #[test]
    fn policy_parses_the_python_names() {
        assert_eq!(
            RateLimitPolicy::parse("fail_fast").unwrap(),
            RateLimitPolicy::FailFast
        );
        assert_eq!(RateLimitPolicy::parse("off").unwrap().as_str(), "off");
        let err = RateLimitPolicy::parse("block").unwrap_err().to_string();
        assert!(err.starts_with("rate_limit must be one of"), "{err}");
    }
}
