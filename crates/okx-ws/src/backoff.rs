//! Reconnect pacing: jittered exponential backoff, and the process-wide limit on new
//! connections (OKX: 3 connection requests per second per IP, websocket.md section 6).

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::time::Instant;

/// A tiny xorshift64* generator: jitter needs spread, not cryptographic quality.
#[derive(Debug, Clone)]
pub(crate) struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> Self {
        // A zero state would stay zero forever.
        Self(seed | 1)
    }

    /// Seeded from the clock and an address, different per call.
    pub fn from_entropy() -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let local = 0u8;
        let addr = std::ptr::addr_of!(local) as u64;
        Self::new(nanos ^ addr.rotate_left(32) ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A uniform fraction in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Exponential backoff with "equal jitter": attempt n waits between half and all of
/// `min(max, initial * 2^(n-1))`, so clients that dropped together spread out.
#[derive(Debug, Clone)]
pub(crate) struct Backoff {
    initial: Duration,
    max: Duration,
    rng: XorShift,
}

impl Backoff {
    pub fn new(initial: Duration, max: Duration, rng: XorShift) -> Self {
        Self { initial, max, rng }
    }

    /// The upper bound of attempt `attempt` (1-based), before jitter.
    pub fn ceiling(&self, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(32);
        let factor = 1u64 << doublings;
        let ms = (self.initial.as_millis() as u64).saturating_mul(factor);
        Duration::from_millis(ms).min(self.max)
    }

    /// The delay before attempt `attempt` (1-based).
    pub fn delay(&mut self, attempt: u32) -> Duration {
        let ceiling = self.ceiling(attempt);
        let half = ceiling / 2;
        half + (ceiling - half).mul_f64(self.rng.next_f64())
    }
}

static CONNECTS: Mutex<VecDeque<Instant>> = Mutex::new(VecDeque::new());

/// How long to wait before the next connection may be opened, or `None` after taking a
/// slot; at most `per_sec` slots in any one-second window.
fn try_take_slot(history: &mut VecDeque<Instant>, per_sec: u32, now: Instant) -> Option<Duration> {
    let window = Duration::from_secs(1);
    while history
        .front()
        .is_some_and(|t| now.saturating_duration_since(*t) >= window)
    {
        history.pop_front();
    }
    if history.len() < per_sec.max(1) as usize {
        history.push_back(now);
        return None;
    }
    let oldest = history.front().copied().unwrap_or(now);
    Some((oldest + window).saturating_duration_since(now))
}

/// Waits until this process may open another connection (shared by every client).
pub(crate) async fn connect_slot(per_sec: u32) {
    loop {
        let wait = {
            let mut history = CONNECTS.lock().unwrap_or_else(|e| e.into_inner());
            try_take_slot(&mut history, per_sec, Instant::now())
        };
        match wait {
            None => return,
            Some(wait) => tokio::time::sleep(wait.max(Duration::from_millis(1))).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_to_the_cap_with_jitter_inside_bounds() {
        let mut b = Backoff::new(
            Duration::from_millis(500),
            Duration::from_secs(30),
            XorShift::new(42),
        );
        assert_eq!(b.ceiling(1), Duration::from_millis(500));
        assert_eq!(b.ceiling(2), Duration::from_secs(1));
        assert_eq!(b.ceiling(4), Duration::from_secs(4));
        assert_eq!(b.ceiling(7), Duration::from_secs(30));
        assert_eq!(b.ceiling(u32::MAX), Duration::from_secs(30));
        for attempt in 1..50 {
            let c = b.ceiling(attempt);
            let d = b.delay(attempt);
            assert!(
                d >= c / 2 && d <= c,
                "attempt {attempt}: {d:?} not in [{:?}, {c:?}]",
                c / 2
            );
        }
    }

    #[test]
    fn jitter_spreads_values() {
        let mut b = Backoff::new(
            Duration::from_secs(1),
            Duration::from_secs(1),
            XorShift::new(7),
        );
        let mut seen: Vec<Duration> = (0..200).map(|_| b.delay(1)).collect();
        seen.sort();
        seen.dedup();
        assert!(seen.len() > 150, "only {} distinct delays", seen.len());
        let mean = seen.iter().map(Duration::as_secs_f64).sum::<f64>() / seen.len() as f64;
        assert!((0.65..0.85).contains(&mean), "mean {mean}");
        let mut r = XorShift::new(0);
        assert!((0..1000)
            .map(|_| r.next_f64())
            .all(|f| (0.0..1.0).contains(&f)));
        assert_ne!(XorShift::from_entropy().next_u64(), 0);
    }

    #[test]
    fn at_most_n_connects_per_second() {
        let t0 = Instant::now();
        let mut h = VecDeque::new();
        for _ in 0..3 {
            assert_eq!(try_take_slot(&mut h, 3, t0), None);
        }
        let wait = try_take_slot(&mut h, 3, t0 + Duration::from_millis(400)).unwrap();
        assert_eq!(wait, Duration::from_millis(600));
        assert_eq!(try_take_slot(&mut h, 3, t0 + Duration::from_secs(1)), None);
    }

    #[tokio::test]
    async fn connect_slot_paces_callers() {
        let t0 = std::time::Instant::now();
        for _ in 0..1000 {
            connect_slot(1_000_000).await;
        }
        assert!(t0.elapsed() < Duration::from_secs(1));
    }
}
