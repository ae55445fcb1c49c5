//! Injected faults: queued by tests, consumed by matching requests before auth and validation
//! ([`Fault`]), or after an order request was executed ([`AfterFault`]).

use std::collections::VecDeque;

/// One queued fault: what goes wrong, on which path, for how many requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// `None` matches any path; otherwise the exact request path, e.g. `/api/v5/market/ticker`.
    pub path: Option<String>,
    /// What the mock does instead of (or before) answering normally.
    pub kind: FaultKind,
    /// How many matching requests the fault applies to; it is dropped after the last one.
    pub times: u32,
}

impl Fault {
    /// A fault for every path, applied once.
    pub fn once(kind: FaultKind) -> Self {
        Self {
            path: None,
            kind,
            times: 1,
        }
    }

    /// A fault for one exact path, applied `times` times.
    pub fn on_path(path: impl Into<String>, kind: FaultKind, times: u32) -> Self {
        Self {
            path: Some(path.into()),
            kind,
            times,
        }
    }
}

/// The ways a request can be made to fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FaultKind {
    /// Answer this HTTP status with this raw body.
    HttpStatus {
        /// The HTTP status code sent.
        status: u16,
        /// The body sent verbatim.
        body: String,
    },
    /// Answer this body verbatim as `application/json` with this HTTP status, e.g. a recorded
    /// real OKX answer.
    Answer {
        /// The body sent verbatim.
        body: String,
        /// The HTTP status code sent.
        http_status: u16,
    },
    /// Answer the envelope `{"code":code,"msg":msg,"data":[]}` with this HTTP status.
    OkxCode {
        /// OKX's error code, e.g. `"50013"`.
        code: String,
        /// The envelope's `msg`.
        msg: String,
        /// The HTTP status code sent.
        http_status: u16,
    },
    /// Sleep this long, then answer normally.
    Delay {
        /// The delay in milliseconds.
        millis: u64,
    },
    /// HTTP 429 with OKX's 50011 "Rate limit reached" envelope.
    RateLimit,
    /// Close the connection without sending any answer.
    Drop,
}

/// The queue of pending faults, consulted once per request.
#[derive(Debug, Default)]
pub(crate) struct FaultQueue {
    queue: VecDeque<Fault>,
}

impl FaultQueue {
    /// Queues a fault behind those already waiting.
    pub(crate) fn push(&mut self, fault: Fault) {
        if fault.times > 0 {
            self.queue.push_back(fault);
        }
    }

    /// Forgets every queued fault.
    pub(crate) fn clear(&mut self) {
        self.queue.clear();
    }

    /// Takes one use of the first fault that matches `path`, dropping it when used up.
    pub(crate) fn take(&mut self, path: &str) -> Option<FaultKind> {
        let index = self
            .queue
            .iter()
            .position(|f| f.path.as_deref().map_or(true, |p| p == path))?;
        let fault = self.queue.get_mut(index)?;
        fault.times = fault.times.saturating_sub(1);
        let kind = fault.kind.clone();
        if fault.times == 0 {
            self.queue.remove(index);
        }
        Some(kind)
    }
}

/// REST paths whose POST places, amends or cancels orders: what an [`AfterFault`] without a
/// target applies to.
const ORDER_PATHS: &[&str] = &[
    "/api/v5/trade/order",
    "/api/v5/trade/batch-orders",
    "/api/v5/trade/cancel-order",
    "/api/v5/trade/cancel-batch-orders",
    "/api/v5/trade/amend-order",
    "/api/v5/trade/amend-batch-orders",
    "/api/v5/trade/mass-cancel",
];

/// WebSocket ops that place, amend or cancel orders.
const ORDER_OPS: &[&str] = &[
    "order",
    "batch-orders",
    "cancel-order",
    "batch-cancel-orders",
    "amend-order",
    "batch-amend-orders",
    "mass-cancel",
];

/// What goes wrong after an order request was executed: the order exists (or is amended or
/// canceled), but the client does not learn it as it should.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterAction {
    /// Answer OKX's 50004 "API endpoint request timeout" (outcome unknown) instead of the
    /// real answer: REST HTTP 200 with `data: []`, WebSocket a reply with code 50004.
    Timeout,
    /// Send no answer and close the connection: REST cuts the TCP connection, WebSocket
    /// cuts the socket without a close frame.
    Drop,
    /// Send the real answer this many milliseconds late.
    Delay {
        /// The delay in milliseconds.
        millis: u64,
    },
}

/// A fault applied after execution to the next `times` matching order requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfterFault {
    /// A REST path (POST requests to it) or a WebSocket op name (`"order"`,
    /// `"batch-orders"`, ...); `None` matches every order-placing, amending or cancelling
    /// request, REST or WebSocket.
    pub target: Option<String>,
    /// What happens instead of the normal answer.
    pub action: AfterAction,
    /// How many matching requests it applies to.
    pub times: u32,
}

/// The queue of pending after-execution faults.
#[derive(Debug, Default)]
pub(crate) struct AfterQueue {
    queue: VecDeque<AfterFault>,
}

impl AfterQueue {
    pub(crate) fn push(&mut self, fault: AfterFault) {
        if fault.times > 0 {
            self.queue.push_back(fault);
        }
    }

    pub(crate) fn clear(&mut self) {
        self.queue.clear();
    }

    /// Takes one use of the first fault for a REST POST to `path` or a WebSocket op `op`
    /// (exactly one of them given).
    pub(crate) fn take(&mut self, path: Option<&str>, op: Option<&str>) -> Option<AfterAction> {
        let name = path.or(op)?;
        let is_order = path.is_some_and(|p| ORDER_PATHS.contains(&p))
            || op.is_some_and(|o| ORDER_OPS.contains(&o));
        let index = self.queue.iter().position(|f| match f.target.as_deref() {
            None => is_order,
            Some(t) => t == name,
        })?;
        let fault = self.queue.get_mut(index)?;
        fault.times = fault.times.saturating_sub(1);
        let action = fault.action;
        if fault.times == 0 {
            self.queue.remove(index);
        }
        Some(action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_faults_match_order_requests_or_their_target() {
        let mut q = AfterQueue::default();
        q.push(AfterFault {
            target: Some("order".into()),
            action: AfterAction::Drop,
            times: 1,
        });
        q.push(AfterFault {
            target: None,
            action: AfterAction::Timeout,
            times: 2,
        });
        assert_eq!(q.take(Some("/api/v5/public/time"), None), None);
        assert_eq!(q.take(None, Some("order")), Some(AfterAction::Drop));
        assert_eq!(q.take(None, Some("order")), Some(AfterAction::Timeout));
        assert_eq!(
            q.take(Some("/api/v5/trade/cancel-order"), None),
            Some(AfterAction::Timeout)
        );
        assert_eq!(q.take(Some("/api/v5/trade/order"), None), None);
        q.push(AfterFault {
            target: Some("/api/v5/trade/order".into()),
            action: AfterAction::Delay { millis: 5 },
            times: 1,
        });
        assert_eq!(q.take(None, Some("batch-orders")), None);
        assert_eq!(
            q.take(Some("/api/v5/trade/order"), None),
            Some(AfterAction::Delay { millis: 5 })
        );
        q.push(AfterFault {
            target: None,
            action: AfterAction::Drop,
            times: 1,
        });
        q.clear();
        assert_eq!(q.take(None, Some("order")), None);
    }

    #[test]
    fn faults_match_path_and_run_out() {
        let mut q = FaultQueue::default();
        q.push(Fault::on_path("/a", FaultKind::RateLimit, 2));
        q.push(Fault::once(FaultKind::Drop));
        assert_eq!(q.take("/b"), Some(FaultKind::Drop));
        assert_eq!(q.take("/b"), None);
        assert_eq!(q.take("/a"), Some(FaultKind::RateLimit));
        assert_eq!(q.take("/a"), Some(FaultKind::RateLimit));
        assert_eq!(q.take("/a"), None);
    }

    #[test]
    fn answers_match_their_path_only() {
        let mut q = FaultQueue::default();
        let answer = FaultKind::Answer {
            body: r#"{"code":"0","msg":"","data":[]}"#.into(),
            http_status: 200,
        };
        q.push(Fault::on_path("/a", answer.clone(), 1));
        assert_eq!(q.take("/b"), None);
        assert_eq!(q.take("/a"), Some(answer));
        assert_eq!(q.take("/a"), None);
    }

    #[test]
    fn zero_times_is_never_queued() {
        let mut q = FaultQueue::default();
        q.push(Fault {
            path: None,
            kind: FaultKind::RateLimit,
            times: 0,
        });
        assert_eq!(q.take("/x"), None);
    }
}
