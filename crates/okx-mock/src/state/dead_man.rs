//! The `cancel-all-after` dead-man switch: armed with a timeout, refreshed by each call,
//! disarmed by `timeOut` 0; when it fires, every pending order of the account is canceled.

use super::orders::{cancel_source, OrdState};
use super::Exchange;

/// The switch's state.
#[derive(Debug)]
pub(crate) struct DeadMan {
    /// Multiplies every timeout (tests shorten 10 s to a fraction of a second).
    pub(crate) scale: f64,
    pub(crate) armed: Option<Armed>,
    next_gen: u64,
}

impl Default for DeadMan {
    fn default() -> Self {
        Self {
            scale: 1.0,
            armed: None,
            next_gen: 0,
        }
    }
}

/// A running timer; a later call replaces it with a new `gen`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Armed {
    pub(crate) gen: u64,
    /// When it fires, exchange time in Unix milliseconds.
    pub(crate) trigger_ms: i64,
    /// How long after arming it fires, in real milliseconds (the scaled timeout).
    pub(crate) delay_ms: u64,
    pub(crate) tag: String,
}

impl DeadMan {
    /// Arms (or re-arms) the switch for `timeout_secs` from `now`; 0 disarms it.
    pub(crate) fn set(&mut self, timeout_secs: u32, tag: String, now: i64) -> Option<Armed> {
        if timeout_secs == 0 {
            self.armed = None;
            return None;
        }
        self.next_gen += 1;
        let delay_ms = (f64::from(timeout_secs) * 1000.0 * self.scale).round() as u64;
        let armed = Armed {
            gen: self.next_gen,
            trigger_ms: now.saturating_add(i64::try_from(delay_ms).unwrap_or(i64::MAX)),
            delay_ms,
            tag,
        };
        self.armed = Some(armed.clone());
        Some(armed)
    }
}

impl Exchange {
    /// Fires the switch if timer `gen` is still the armed one: cancels every pending order
    /// (OKX `cancelSource` 20) and disarms. Returns how many orders were canceled.
    pub(crate) fn fire_dead_man(&mut self, gen: u64, now: i64) -> usize {
        if self.dead_man.armed.as_ref().map(|a| a.gen) != Some(gen) {
            return 0;
        }
        self.dead_man.armed = None;
        let ids: Vec<(u64, String)> = self
            .orders
            .pending()
            .map(|o| (o.ord_id, o.inst_id.clone()))
            .collect();
        for (id, inst_id) in &ids {
            if let Some(order) = self.orders.get_mut(*id) {
                order.state = OrdState::Canceled;
                order.cancel_source = cancel_source::CANCEL_ALL_AFTER;
                order.u_time = now;
            }
            self.orders.mark_final(*id);
            self.note_order(*id);
            self.touch_book(inst_id);
        }
        ids.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refresh_replaces_the_timer_and_zero_disarms() {
        let mut d = DeadMan {
            scale: 0.5,
            ..DeadMan::default()
        };
        let first = d.set(10, "t".into(), 1_000).expect("armed");
        assert_eq!((first.delay_ms, first.trigger_ms), (5_000, 6_000));
        let second = d.set(20, String::new(), 2_000).expect("armed");
        assert!(second.gen > first.gen);
        assert_eq!(d.armed.as_ref().map(|a| a.gen), Some(second.gen));
        assert_eq!(d.set(0, String::new(), 3_000), None);
        assert_eq!(d.armed, None);
    }

    #[test]
    fn only_the_armed_timer_fires() {
        let mut ex = Exchange::new(0).expect("exchange");
        let armed = ex.dead_man.set(10, String::new(), 0).expect("armed");
        assert_eq!(ex.fire_dead_man(armed.gen + 1, 1), 0);
        assert!(ex.dead_man.armed.is_some());
        assert_eq!(ex.fire_dead_man(armed.gen, 1), 0);
        assert!(ex.dead_man.armed.is_none());
    }
}
