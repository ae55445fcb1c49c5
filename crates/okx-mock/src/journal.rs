//! The request journal: the last [`CAPACITY`] REST requests the server received, for tests
//! that check what a client sent (method, path, query, body, signature).

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard};

/// How many requests the journal keeps; older ones are dropped first.
pub const CAPACITY: usize = 1000;

/// One REST request as the mock received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The HTTP method, upper case.
    pub method: String,
    /// The path, without the query string.
    pub path: String,
    /// The raw query string ("" when there is none).
    pub query: String,
    /// The query parameters, percent-decoded, in order.
    pub params: Vec<(String, String)>,
    /// The body as text ("" when empty).
    pub body: String,
    /// Whether the request carried an `OK-ACCESS-SIGN` header.
    pub signed: bool,
    /// Whether its `OK-ACCESS-*` headers passed the checks of a private endpoint.
    pub verified: bool,
    /// When it arrived, Unix milliseconds.
    pub ts: i64,
}

/// A bounded ring of [`RecordedRequest`]s.
#[derive(Debug, Default)]
pub(crate) struct Journal(Mutex<VecDeque<RecordedRequest>>);

impl Journal {
    fn lock(&self) -> MutexGuard<'_, VecDeque<RecordedRequest>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn record(&self, request: RecordedRequest) {
        let mut ring = self.lock();
        if ring.len() >= CAPACITY {
            ring.pop_front();
        }
        ring.push_back(request);
    }

    /// The recorded requests, oldest first; only those for `path` when given.
    pub(crate) fn list(&self, path: Option<&str>) -> Vec<RecordedRequest> {
        self.lock()
            .iter()
            .filter(|r| path.map_or(true, |p| r.path == p))
            .cloned()
            .collect()
    }

    pub(crate) fn clear(&self) {
        self.lock().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(path: &str) -> RecordedRequest {
        RecordedRequest {
            method: "GET".into(),
            path: path.into(),
            query: String::new(),
            params: Vec::new(),
            body: String::new(),
            signed: false,
            verified: false,
            ts: 0,
        }
    }

    #[test]
    fn the_ring_keeps_the_newest() {
        let j = Journal::default();
        for i in 0..CAPACITY + 5 {
            j.record(req(&format!("/p{i}")));
        }
        let all = j.list(None);
        assert_eq!(all.len(), CAPACITY);
        assert_eq!(all[0].path, "/p5");
        assert_eq!(j.list(Some("/p7")).len(), 1);
        j.clear();
        assert!(j.list(None).is_empty());
    }
}
