//! Keep-alive of one connection (websocket.md section 5): text `ping` after
//! `ping_interval` without any frame received (OKX's recipe) or sent (so a server that
//! counts only client traffic as activity never sees an idle client); the connection is
//! dead when nothing arrives within `pong_timeout` after the ping.

use std::time::Duration;

use tokio::time::Instant;

/// What the keep-alive timer asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Beat {
    /// Nothing to do before this instant.
    Wait(Instant),
    /// Send the text `ping` now.
    SendPing,
    /// No frame arrived within `pong_timeout` of the ping: reconnect.
    Dead,
}

/// Keep-alive state of one connection.
#[derive(Debug, Clone)]
pub(crate) struct Heartbeat {
    ping_interval: Duration,
    pong_timeout: Duration,
    last_rx: Instant,
    last_tx: Instant,
    ping_sent: Option<Instant>,
}

impl Heartbeat {
    pub fn new(ping_interval: Duration, pong_timeout: Duration, now: Instant) -> Self {
        Self {
            ping_interval,
            pong_timeout,
            last_rx: now,
            last_tx: now,
            ping_sent: None,
        }
    }

    /// Any frame counts as a sign of life (OKX's recipe restarts the timer per message).
    pub fn received(&mut self, now: Instant) {
        self.last_rx = now;
        self.ping_sent = None;
    }

    /// A frame was sent.
    pub fn sent(&mut self, now: Instant) {
        self.last_tx = now;
    }

    pub fn pinged(&mut self, now: Instant) {
        self.last_tx = now;
        self.ping_sent = Some(now);
    }

    pub fn poll(&self, now: Instant) -> Beat {
        if let Some(sent) = self.ping_sent {
            let deadline = sent + self.pong_timeout;
            return if now >= deadline {
                Beat::Dead
            } else {
                Beat::Wait(deadline)
            };
        }
        let due = self.last_rx.min(self.last_tx) + self.ping_interval;
        if now >= due {
            Beat::SendPing
        } else {
            Beat::Wait(due)
        }
    }

    pub fn pong_timeout(&self) -> Duration {
        self.pong_timeout
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ping_after_silence_then_dead_without_answer() {
        let t0 = Instant::now();
        let s = Duration::from_secs(1);
        let mut hb = Heartbeat::new(20 * s, 10 * s, t0);
        assert_eq!(hb.poll(t0), Beat::Wait(t0 + 20 * s));
        hb.received(t0 + 5 * s);
        hb.sent(t0 + 5 * s);
        assert_eq!(hb.poll(t0 + 20 * s), Beat::Wait(t0 + 25 * s));
        assert_eq!(hb.poll(t0 + 25 * s), Beat::SendPing);
        hb.pinged(t0 + 25 * s);
        assert_eq!(hb.poll(t0 + 30 * s), Beat::Wait(t0 + 35 * s));
        assert_eq!(hb.poll(t0 + 35 * s), Beat::Dead);
    }

    #[test]
    fn a_busy_stream_still_pings_when_the_client_sends_nothing() {
        let t0 = Instant::now();
        let s = Duration::from_secs(1);
        let mut hb = Heartbeat::new(20 * s, 10 * s, t0);
        for i in 1..=20 {
            hb.received(t0 + i * s);
        }
        assert_eq!(hb.poll(t0 + 20 * s), Beat::SendPing);
        hb.pinged(t0 + 20 * s);
        hb.received(t0 + 21 * s);
        assert_eq!(hb.poll(t0 + 30 * s), Beat::Wait(t0 + 40 * s));
        hb.sent(t0 + 35 * s);
        hb.received(t0 + 50 * s);
        assert_eq!(hb.poll(t0 + 50 * s), Beat::Wait(t0 + 55 * s));
    }

    #[test]
    fn any_frame_after_ping_keeps_it_alive() {
        let t0 = Instant::now();
        let s = Duration::from_secs(1);
        let mut hb = Heartbeat::new(20 * s, 10 * s, t0);
        hb.pinged(t0 + 20 * s);
        hb.received(t0 + 21 * s);
        assert_eq!(hb.poll(t0 + 35 * s), Beat::Wait(t0 + 40 * s));
    }
}
