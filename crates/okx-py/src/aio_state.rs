//! The bookkeeping of one event-loop connection pool, without Python calls: which
//! connection carries which request, which wait, what times out, when a request may be
//! sent again. Each change lists the Python side effects it needs in `Effects`, which the
//! pool (`aio`) carries out once the state is unlocked.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use okx_rest::client::RawAnswer;
use okx_rest::loop_conn::{Failure, LoopConn, Received};
use okx_rest::Method;
use pyo3::prelude::*;

use crate::aio::Call;

/// A request from submission to its answer.
pub(crate) struct Job {
    pub(crate) future: Py<PyAny>,
    pub(crate) call: Call,
    pub(crate) deadline: Instant,
    pub(crate) started: Instant,
    /// Already sent once on a kept-alive connection that turned out closed.
    pub(crate) retried: bool,
}

/// One open connection, registered with the loop.
struct Slot {
    id: u64,
    fd: i64,
    io: LoopConn,
    job: Option<Job>,
    /// Answers it has carried: a reused connection may have been closed by the server.
    served: u32,
    /// Registered for writability (a request did not fit in the socket at once).
    writing: bool,
}

/// The connections and requests of one pool.
#[derive(Default)]
pub(crate) struct State {
    conns: Vec<Slot>,
    /// Ids of connections without a request, most recently used last.
    idle: Vec<u64>,
    /// Requests waiting for a connection being opened.
    pending: VecDeque<Job>,
    connecting: usize,
    /// When the timeout check is due, if one is scheduled.
    timer_at: Option<Instant>,
    next_id: u64,
    /// The client is gone: connections close once their request is done.
    orphaned: bool,
}

/// How a request ended, turned into its result once the state is unlocked.
pub(crate) enum Outcome {
    Answer(RawAnswer),
    Failed(Failure),
}

/// What to do with the GIL once the state is unlocked.
#[derive(Default)]
pub(crate) struct Effects {
    /// Connections to stop watching, then close (by dropping).
    pub(crate) closed: Vec<(i64, bool, LoopConn)>,
    /// New connections to watch for readability.
    pub(crate) watch: Vec<(i64, u64)>,
    /// Connections to watch for writability, or not any more.
    pub(crate) watch_write: Vec<(i64, u64)>,
    pub(crate) unwatch_write: Vec<i64>,
    pub(crate) connects: usize,
    pub(crate) timer: Option<Instant>,
    pub(crate) done: Vec<(Job, Outcome)>,
    /// Python objects leaving the state, released after the lock.
    pub(crate) dropped: Vec<Job>,
}

impl State {
    fn index(&self, id: u64) -> Option<usize> {
        self.conns.iter().position(|s| s.id == id)
    }

    /// The timeout check could not be scheduled: the next request tries again.
    pub(crate) fn unschedule(&mut self) {
        self.timer_at = None;
    }

    /// The loop refused to watch connection `id`: it closes and its request fails.
    pub(crate) fn unwatchable(&mut self, id: u64, reason: &str, fx: &mut Effects) {
        if let Some(i) = self.index(id) {
            if let Some(job) = self.close(i, fx) {
                let failure = Failure::Other(format!("cannot watch the socket: {reason}"));
                fx.done.push((job, Outcome::Failed(failure)));
            }
        }
    }

    pub(crate) fn submit(&mut self, job: Job, fx: &mut Effects) {
        if self.timer_at.is_none() {
            // Deadlines only grow (one timeout per client), so the first pending one is
            // the earliest: one timer at a time covers every request.
            self.timer_at = Some(job.deadline);
            fx.timer = Some(job.deadline);
        }
        self.dispatch(job, fx);
    }

    /// Puts `job` on an idle connection, or queues it for one being opened.
    fn dispatch(&mut self, mut job: Job, fx: &mut Effects) {
        while let Some(id) = self.idle.pop() {
            let Some(i) = self.index(id) else { continue };
            match self.start(i, job, fx) {
                None => return,
                Some(back) => job = back,
            }
        }
        self.pending.push_back(job);
        self.open_enough(fx);
    }

    /// One connection being opened per queued request.
    fn open_enough(&mut self, fx: &mut Effects) {
        while self.pending.len() > self.connecting {
            self.connecting += 1;
            fx.connects += 1;
        }
    }

    /// Sends `job` on connection `i`. A connection that cannot be written to is closed;
    /// the job comes back when nothing of it can have been processed and the connection
    /// was a kept-alive one (else it fails).
    fn start(&mut self, i: usize, job: Job, fx: &mut Effects) -> Option<Job> {
        let slot = &mut self.conns[i];
        match slot.io.send(&job.call.wire) {
            Ok(all) => {
                if !all {
                    slot.writing = true;
                    fx.watch_write.push((slot.fd, slot.id));
                }
                slot.job = Some(job);
                None
            }
            Err(reason) => {
                let reused = slot.served > 0;
                self.close(i, fx);
                if reused {
                    Some(job)
                } else {
                    fx.done.push((job, Outcome::Failed(Failure::Other(reason))));
                    None
                }
            }
        }
    }

    /// Connection `i` finished a request and may carry another.
    fn free(&mut self, i: usize, fx: &mut Effects) {
        if let Some(job) = self.pending.pop_front() {
            if let Some(job) = self.start(i, job, fx) {
                self.pending.push_front(job);
                self.open_enough(fx);
            }
        } else if self.orphaned {
            self.close(i, fx);
        } else {
            self.idle.push(self.conns[i].id);
        }
    }

    /// Removes connection `i`; its request, if any, is returned.
    fn close(&mut self, i: usize, fx: &mut Effects) -> Option<Job> {
        let slot = self.conns.swap_remove(i);
        self.idle.retain(|&id| id != slot.id);
        fx.closed.push((slot.fd, slot.writing, slot.io));
        slot.job
    }

    /// The connection of `job`, closed on the way, sent it once and got nothing back.
    fn retry_or_fail(&mut self, mut job: Job, may_retry: bool, reason: String, fx: &mut Effects) {
        if may_retry && !job.retried {
            job.retried = true;
            self.pending.push_front(job);
            self.open_enough(fx);
        } else {
            fx.done.push((job, Outcome::Failed(Failure::Other(reason))));
        }
    }

    pub(crate) fn readable(&mut self, id: u64, fx: &mut Effects) {
        let Some(i) = self.index(id) else { return };
        let slot = &mut self.conns[i];
        match slot.io.receive() {
            Received::Pending => {
                // Bytes nobody asked for (TLS session tickets carry none).
                if slot.job.is_none() && slot.io.buffered() > 0 {
                    self.close(i, fx);
                }
            }
            Received::Answer { answer, reusable } => {
                let written = slot.io.written();
                match slot.job.take() {
                    Some(job) => {
                        slot.served += 1;
                        fx.done.push((job, Outcome::Answer(answer)));
                        if reusable && written {
                            self.free(i, fx);
                        } else {
                            self.close(i, fx);
                        }
                    }
                    None => {
                        self.close(i, fx);
                    }
                }
            }
            Received::Closed {
                reason,
                nothing_received,
            } => {
                // A kept-alive connection the server closed before answering: send again
                // only what cannot have been processed: a GET, or a request not fully
                // written (never a POST that may have reached the server).
                let may_retry = nothing_received
                    && slot.served > 0
                    && slot
                        .job
                        .as_ref()
                        .is_some_and(|j| j.call.method == Method::Get || !slot.io.written());
                if let Some(job) = self.close(i, fx) {
                    self.retry_or_fail(job, may_retry, reason, fx);
                }
            }
            Received::Malformed(reason) => {
                if let Some(job) = self.close(i, fx) {
                    fx.done.push((job, Outcome::Failed(Failure::Other(reason))));
                }
            }
        }
    }

    pub(crate) fn writable(&mut self, id: u64, fx: &mut Effects) {
        let Some(i) = self.index(id) else { return };
        let slot = &mut self.conns[i];
        match slot.io.flush() {
            Ok(true) => {
                slot.writing = false;
                fx.unwatch_write.push(slot.fd);
            }
            Ok(false) => {}
            Err(reason) => {
                // Not all of it was written, so the server cannot have processed it.
                let may_retry = slot.served > 0;
                if let Some(job) = self.close(i, fx) {
                    self.retry_or_fail(job, may_retry, reason, fx);
                }
            }
        }
    }

    pub(crate) fn connected(&mut self, opened: Result<LoopConn, Failure>, fx: &mut Effects) {
        self.connecting = self.connecting.saturating_sub(1);
        match opened {
            Ok(io) if self.orphaned && self.pending.is_empty() => drop(io),
            Ok(io) => {
                let id = self.next_id;
                self.next_id += 1;
                let fd = fd_of(&io);
                self.conns.push(Slot {
                    id,
                    fd,
                    io,
                    job: None,
                    served: 0,
                    writing: false,
                });
                fx.watch.push((fd, id));
                self.free(self.conns.len() - 1, fx);
            }
            Err(failure) => {
                // Each failed attempt fails one waiting request: as many attempts are
                // under way as requests wait, so none waits for a connection forever.
                if self.pending.len() > self.connecting {
                    if let Some(job) = self.pending.pop_front() {
                        fx.done.push((job, Outcome::Failed(failure)));
                    }
                }
            }
        }
    }

    /// Fails every request past its deadline (their connections are dropped) and says
    /// when the next check is due.
    pub(crate) fn expire(&mut self, now: Instant, fx: &mut Effects) {
        // The loop's timers may run up to its clock resolution early.
        let horizon = now + Duration::from_millis(1);
        let mut i = 0;
        while i < self.conns.len() {
            if self.conns[i]
                .job
                .as_ref()
                .is_some_and(|j| j.deadline <= horizon)
            {
                if let Some(job) = self.close(i, fx) {
                    fx.done.push((job, Outcome::Failed(Failure::Timeout)));
                }
            } else {
                i += 1;
            }
        }
        let (late, waiting): (VecDeque<Job>, VecDeque<Job>) = std::mem::take(&mut self.pending)
            .into_iter()
            .partition(|j| j.deadline <= horizon);
        self.pending = waiting;
        fx.done.extend(
            late.into_iter()
                .map(|j| (j, Outcome::Failed(Failure::Timeout))),
        );
        let next = self
            .conns
            .iter()
            .filter_map(|s| s.job.as_ref())
            .chain(self.pending.iter())
            .map(|j| j.deadline)
            .min();
        self.timer_at = next;
        fx.timer = next;
    }

    /// The future of a job was cancelled: the job goes, with its connection.
    pub(crate) fn cancelled(
        &mut self,
        py: Python<'_>,
        future: &Bound<'_, PyAny>,
        fx: &mut Effects,
    ) {
        let of_job = |j: &Job| j.future.bind(py).is(future);
        if let Some(i) = self
            .conns
            .iter()
            .position(|s| s.job.as_ref().is_some_and(of_job))
        {
            if let Some(job) = self.close(i, fx) {
                fx.dropped.push(job);
            }
        } else if let Some(i) = self.pending.iter().position(of_job) {
            if let Some(job) = self.pending.remove(i) {
                fx.dropped.push(job);
            }
        }
    }

    pub(crate) fn orphan(&mut self, fx: &mut Effects) {
        self.orphaned = true;
        while let Some(id) = self.idle.pop() {
            if let Some(i) = self.index(id) {
                self.close(i, fx);
            }
        }
    }
}

#[cfg(unix)]
fn fd_of(io: &LoopConn) -> i64 {
    i64::from(io.fd())
}

#[cfg(not(unix))]
fn fd_of(_io: &LoopConn) -> i64 {
    -1
}
