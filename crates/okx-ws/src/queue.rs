//! The message queue between the connection tasks and the consumer: drained in batches
//! without waiting, one wake-up per wait rather than per message. Connections stop
//! reading from their sockets while it holds [`CAPACITY`] messages, so a consumer that
//! falls behind slows the stream down (TCP back-pressure) instead of growing memory.

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard};

use tokio::sync::Notify;

use crate::messages::WsMessage;

#[derive(Default)]
struct State {
    items: VecDeque<WsMessage>,
    closed: bool,
}

/// Messages held before the connections pause reading.
pub(crate) const CAPACITY: usize = 16_384;

/// Messages in arrival order; closing lets the consumer drain what is left, then ends.
#[derive(Default)]
pub(crate) struct Queue {
    state: Mutex<State>,
    notify: Notify,
    room: Notify,
}

impl Queue {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding this lock cannot leave the deque inconsistent.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Appends a message; dropped once the queue is closed.
    pub fn push(&self, msg: WsMessage) {
        {
            let mut state = self.lock();
            if state.closed {
                return;
            }
            state.items.push_back(msg);
        }
        self.notify.notify_one();
    }

    /// Appends messages in order, under one lock; dropped once the queue is closed.
    pub fn push_many(&self, msgs: Vec<WsMessage>) {
        if msgs.is_empty() {
            return;
        }
        {
            let mut state = self.lock();
            if state.closed {
                return;
            }
            state.items.extend(msgs);
        }
        self.notify.notify_one();
    }

    /// No more messages will be accepted; waiting consumers wake up.
    pub fn close(&self) {
        self.lock().closed = true;
        self.notify.notify_waiters();
        self.notify.notify_one();
    }

    /// Takes up to `max` messages without waiting.
    pub fn drain(&self, max: usize) -> Vec<WsMessage> {
        let mut state = self.lock();
        let n = max.min(state.items.len());
        let out: Vec<WsMessage> = state.items.drain(..n).collect();
        drop(state);
        if n > 0 {
            self.room.notify_waiters();
        }
        out
    }

    /// Whether connections may read more (the queue is below [`CAPACITY`]).
    pub fn has_room(&self) -> bool {
        self.lock().items.len() < CAPACITY
    }

    /// Waits until the queue is below [`CAPACITY`] again.
    pub async fn room(&self) {
        loop {
            let notified = self.room.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.has_room() {
                return;
            }
            notified.await;
        }
    }

    /// Waits until at least one message is queued (or the queue is closed and empty), then
    /// takes up to `max` (at least one).
    pub async fn recv_batch(&self, max: usize) -> Vec<WsMessage> {
        let max = max.max(1);
        loop {
            let notified = self.notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut state = self.lock();
                if !state.items.is_empty() {
                    let n = max.min(state.items.len());
                    let out: Vec<WsMessage> = state.items.drain(..n).collect();
                    let more = !state.items.is_empty();
                    drop(state);
                    self.room.notify_waiters();
                    if more {
                        // Another waiting consumer may take the rest.
                        self.notify.notify_one();
                    }
                    return out;
                }
                if state.closed {
                    drop(state);
                    // Wake any other consumer so it sees the end too.
                    self.notify.notify_one();
                    return Vec::new();
                }
            }
            notified.await;
        }
    }

    /// Waits for the next message; `None` once closed and drained.
    pub async fn recv(&self) -> Option<WsMessage> {
        self.recv_batch(1).await.into_iter().next()
    }

    pub fn len(&self) -> usize {
        self.lock().items.len()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn a_full_queue_has_no_room_until_drained() {
        let q = Arc::new(Queue::default());
        for _ in 0..CAPACITY {
            q.push(WsMessage::Pong);
        }
        assert!(!q.has_room());
        let waiter = {
            let q = Arc::clone(&q);
            tokio::spawn(async move { q.room().await })
        };
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!waiter.is_finished());
        assert_eq!(q.drain(1).len(), 1);
        tokio::time::timeout(Duration::from_secs(1), waiter)
            .await
            .unwrap()
            .unwrap();
        assert!(q.has_room());
    }

    #[tokio::test]
    async fn drains_in_batches_and_ends_after_close() {
        let q = Queue::default();
        assert!(q.drain(10).is_empty());
        for _ in 0..5 {
            q.push(WsMessage::Pong);
        }
        assert_eq!(q.drain(3).len(), 3);
        assert_eq!(q.len(), 2);
        assert_eq!(q.recv_batch(10).await.len(), 2);
        q.push(WsMessage::Pong);
        q.close();
        q.push(WsMessage::Pong);
        assert_eq!(q.recv().await, Some(WsMessage::Pong));
        assert_eq!(q.recv().await, None);
    }

    #[tokio::test]
    async fn waiting_consumer_wakes_on_push_and_close() {
        let q = Arc::new(Queue::default());
        let q2 = Arc::clone(&q);
        let waiter = tokio::spawn(async move { q2.recv().await });
        tokio::time::sleep(Duration::from_millis(20)).await;
        q.push(WsMessage::Pong);
        assert_eq!(waiter.await.unwrap(), Some(WsMessage::Pong));
        let q3 = Arc::clone(&q);
        let waiter = tokio::spawn(async move { q3.recv().await });
        tokio::time::sleep(Duration::from_millis(20)).await;
        q.close();
        assert_eq!(waiter.await.unwrap(), None);
    }
}
