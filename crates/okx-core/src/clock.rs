//! The offset to OKX's clock: measured from `GET /api/v5/public/time` with the round trip
//! halved, shared by every client and WebSocket of one `Config`, and applied to REST
//! `OK-ACCESS-TIMESTAMP` and WebSocket login timestamps (auth.md section 1.3).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::signer::{iso_from_millis, unix_millis};

/// How old a measurement may be before the next signed request refreshes it.
pub const REFRESH_AFTER: Duration = Duration::from_secs(300);

/// OKX's clock as an offset to the local one.
#[derive(Debug, Default)]
pub struct Clock {
    /// The offset in ms and when it was measured; `None` before the first measurement.
    measured: Mutex<Option<(i64, Instant)>>,
    /// A measurement is under way (one at a time).
    syncing: AtomicBool,
}

/// Marks a measurement as under way until dropped.
#[derive(Debug)]
pub struct SyncGuard<'a> {
    clock: &'a Clock,
}

impl Drop for SyncGuard<'_> {
    fn drop(&mut self) {
        self.clock.syncing.store(false, Ordering::Release);
    }
}

/// What a signed request should do about the clock before it is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockState {
    /// Measured within [`REFRESH_AFTER`].
    Fresh,
    /// Measured, but longer ago: usable while a refresh runs.
    Stale,
    /// Never measured.
    Missing,
}

impl Clock {
    /// A clock without a measurement (offset 0 until measured).
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, Option<(i64, Instant)>> {
        self.measured
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// OKX's time minus local time in ms, or `None` before the first measurement.
    pub fn offset_ms(&self) -> Option<i64> {
        self.lock().map(|(offset, _)| offset)
    }

    /// Records a measurement: the request left at `sent_ms` and its answer, carrying
    /// OKX's `server_ms`, arrived at `received_ms` (local Unix ms). OKX read its clock
    /// half-way through the round trip. Returns the offset.
    pub fn record(&self, sent_ms: i64, received_ms: i64, server_ms: i64) -> i64 {
        let midpoint = sent_ms + (received_ms - sent_ms) / 2;
        let offset = server_ms - midpoint;
        self.set_offset_ms(offset);
        offset
    }

    /// Sets the offset directly (e.g. from a WebSocket login corrected by OKX's time).
    pub fn set_offset_ms(&self, offset: i64) {
        *self.lock() = Some((offset, Instant::now()));
    }

    /// Whether a signed request may go now, should refresh meanwhile, or must wait for
    /// a first measurement.
    pub fn state(&self) -> ClockState {
        match *self.lock() {
            None => ClockState::Missing,
            Some((_, at)) if at.elapsed() >= REFRESH_AFTER => ClockState::Stale,
            Some(_) => ClockState::Fresh,
        }
    }

    /// Claims the one measurement allowed at a time; `None` while another runs.
    pub fn begin_sync(&self) -> Option<SyncGuard<'_>> {
        self.syncing
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
            .ok()
            .map(|_| SyncGuard { clock: self })
    }

    /// Whether a measurement is under way.
    pub fn is_syncing(&self) -> bool {
        self.syncing.load(Ordering::Acquire)
    }

    /// OKX's time now in Unix ms: the local clock plus the offset (0 before a measurement).
    pub fn now_ms(&self) -> i64 {
        unix_millis().saturating_add(self.offset_ms().unwrap_or(0))
    }

    /// OKX's time now as the REST timestamp, e.g. `2020-12-08T09:08:57.715Z`.
    pub fn iso_now(&self) -> String {
        iso_from_millis(self.now_ms())
    }

    /// OKX's time now in whole Unix seconds, for WebSocket logins.
    pub fn now_secs(&self) -> i64 {
        self.now_ms().div_euclid(1000)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_halves_the_round_trip() {
        let c = Clock::new();
        assert_eq!(c.offset_ms(), None);
        assert_eq!(c.state(), ClockState::Missing);
        // Sent at 1000, answered at 1100: OKX read 46_050 at local 1050.
        assert_eq!(c.record(1000, 1100, 46_050), 45_000);
        assert_eq!(c.offset_ms(), Some(45_000));
        assert_eq!(c.state(), ClockState::Fresh);
        let skew = c.now_ms() - unix_millis();
        assert!((44_990..=45_010).contains(&skew), "{skew}");
        assert_eq!(c.record(5000, 5000, 4000), -1000);
    }

    #[test]
    fn one_sync_at_a_time() {
        let c = Clock::new();
        let first = c.begin_sync();
        assert!(first.is_some());
        assert!(c.is_syncing());
        assert!(c.begin_sync().is_none());
        drop(first);
        assert!(c.begin_sync().is_some());
    }

    #[test]
    fn timestamps_carry_the_offset() {
        let c = Clock::new();
        c.set_offset_ms(-3_600_000);
        let secs = c.now_secs();
        let local = unix_millis() / 1000;
        assert!((local - 3601..=local - 3599).contains(&secs));
        assert_eq!(c.iso_now().len(), 24);
    }
}
