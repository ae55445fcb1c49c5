//! The event-loop transport of `AsyncOkxClient`: requests run on the asyncio loop's own
//! thread over non-blocking keep-alive connections (okx-rest's `LoopConn`) watched with
//! `loop.add_reader`, and each answer completes its future from the reader callback, so
//! no wake-up crosses threads. Only opening a connection (DNS, TCP, TLS) uses a helper
//! thread. One pool of connections per client and event loop. A request whose rate-limit
//! buckets are full waits with `loop.call_later`; measuring OKX's clock runs on the
//! shared tokio runtime and hands the request back with `call_soon_threadsafe`.

use std::borrow::Cow;
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use okx_core::clock::ClockState;
use okx_core::ratelimit::Permit;
use okx_rest::client::{decode_raw, Admission, RawAnswer};
use okx_rest::loop_conn::{Failure, LoopConn};
use okx_rest::{Method, OkxRestClient};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

use crate::aio_state::{Effects, Job, Outcome, State};
use crate::errors::to_py_err;

/// Turns an answer into the Python result of its request (or the error it carries).
#[derive(Clone, Copy)]
pub(crate) enum Finish {
    /// A declared endpoint: its typed result.
    Declared(fn(Python<'_>, &RawAnswer) -> PyResult<Py<PyAny>>),
    /// A raw request: the answer's `data` as Python objects.
    Raw,
}

impl Finish {
    pub(crate) fn run(self, py: Python<'_>, path: &str, answer: &RawAnswer) -> PyResult<Py<PyAny>> {
        match self {
            Self::Declared(finish) => finish(py, answer),
            Self::Raw => {
                let data = decode_raw(path, answer).map_err(to_py_err)?;
                Ok(okx_core::types::python::value_to_py(py, &data)?.unbind())
            }
        }
    }
}

/// A request before encoding: what `OkxRestClient::execute` takes, owned, and how to
/// finish it.
pub(crate) struct Unsent {
    pub method: Method,
    pub path: Cow<'static, str>,
    pub params: Vec<(String, String)>,
    pub body: Option<String>,
    pub signed: bool,
    pub finish: Finish,
}

impl Unsent {
    fn params(&self) -> Vec<(&str, &str)> {
        self.params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }
}

/// One request, encoded, and how to finish it.
pub(crate) struct Call {
    pub wire: Vec<u8>,
    pub method: Method,
    pub path: Cow<'static, str>,
    pub finish: Finish,
    /// What was encoded: sent once more, re-signed, after a timestamp refusal (50102).
    pub unsent: Unsent,
    /// Its units in the rate-limit buckets, counted until the answer (dropped with it).
    pub permit: Option<Permit>,
    /// Already sent once more after a timestamp refusal.
    pub clock_retried: bool,
}

static GET_RUNNING_LOOP: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// The event loop running on this thread, if any (`asyncio._get_running_loop`, which
/// returns None rather than raising).
pub(crate) fn running_loop(py: Python<'_>) -> PyResult<Option<Bound<'_, PyAny>>> {
    let get = GET_RUNNING_LOOP.get_or_try_init(py, || {
        py.import("asyncio")?
            .getattr("_get_running_loop")
            .map(Bound::unbind)
    })?;
    let found = get.bind(py).call0()?;
    Ok((!found.is_none()).then_some(found))
}

/// The connection pools of one client, one per event loop it is used from.
pub(crate) struct LoopTransport {
    rest: Arc<OkxRestClient>,
    pools: Mutex<Vec<Arc<Pool>>>,
}

impl LoopTransport {
    /// The transport for `rest`, or None where it cannot serve: an `https://` proxy
    /// (which only reqwest speaks) or a platform without file-descriptor sockets.
    pub(crate) fn new(rest: &Arc<OkxRestClient>) -> Option<Self> {
        (cfg!(unix) && rest.has_blocking()).then(|| Self {
            rest: Arc::clone(rest),
            pools: Mutex::new(Vec::new()),
        })
    }

    /// Sends `unsent` on a connection of `event_loop`'s pool once the clock and the
    /// rate limits allow; returns the future of its result, created on that loop.
    ///
    /// # Errors
    /// What stops the request at once (missing credentials, `rate_limit="fail_fast"`
    /// with a full bucket); later failures go to the future.
    pub(crate) fn submit<'py>(
        &self,
        py: Python<'py>,
        event_loop: &Bound<'py, PyAny>,
        unsent: Unsent,
    ) -> PyResult<Bound<'py, PyAny>> {
        let pool = self.pool_for(py, event_loop)?;
        let future = pool.create_future.bind(py).call0()?;
        // Cancelling the awaiting task cancels this future; the callback then drops the
        // request's connection, whose answer would otherwise arrive for nobody.
        future.call_method1(intern!(py, "add_done_callback"), (pool.on_done.bind(py),))?;
        pool.admit(py, future.clone().unbind(), unsent, false, false)?;
        Ok(future)
    }

    fn pool_for(&self, py: Python<'_>, event_loop: &Bound<'_, PyAny>) -> PyResult<Arc<Pool>> {
        let known: Vec<Arc<Pool>> = {
            let pools = lock(&self.pools);
            if let Some(pool) = pools.iter().find(|p| p.event_loop.bind(py).is(event_loop)) {
                return Ok(Arc::clone(pool));
            }
            pools.clone()
        };
        // A new loop: the pools of loops closed since then let go of their sockets.
        let mut closed = Vec::new();
        for pool in known {
            let is_closed = pool
                .event_loop
                .bind(py)
                .call_method0(intern!(py, "is_closed"))
                .and_then(|c| c.is_truthy())
                .unwrap_or(true);
            if is_closed {
                closed.push(pool);
            }
        }
        let pool = Pool::new(py, &self.rest, event_loop)?;
        {
            let mut pools = lock(&self.pools);
            pools.retain(|p| !closed.iter().any(|c| Arc::ptr_eq(p, c)));
            pools.push(Arc::clone(&pool));
        }
        for old in closed {
            old.orphan(py);
        }
        Ok(pool)
    }
}

impl Drop for LoopTransport {
    fn drop(&mut self) {
        let pools = std::mem::take(&mut *lock(&self.pools));
        if pools.is_empty() {
            return;
        }
        Python::attach(|py| {
            for pool in pools {
                pool.orphan(py);
            }
        });
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The connections of one client on one event loop. Every method but `orphan` runs on
/// the loop's thread; the state is only touched under its lock, and no Python code runs
/// while the lock is held (side effects are collected in `Effects` and run after).
struct Pool {
    rest: Arc<OkxRestClient>,
    event_loop: Py<PyAny>,
    create_future: Py<PyAny>,
    /// The done-callback of every future (`Done`).
    on_done: Py<PyAny>,
    thread: ThreadId,
    me: Weak<Pool>,
    state: Mutex<State>,
}

impl Pool {
    fn new(
        py: Python<'_>,
        rest: &Arc<OkxRestClient>,
        event_loop: &Bound<'_, PyAny>,
    ) -> PyResult<Arc<Self>> {
        let create_future = event_loop.getattr(intern!(py, "create_future"))?.unbind();
        let mut failed = None;
        let pool = Arc::new_cyclic(|me: &Weak<Pool>| {
            let on_done = match Py::new(py, Done { pool: me.clone() }) {
                Ok(done) => done.into_any(),
                Err(e) => {
                    failed = Some(e);
                    py.None()
                }
            };
            Pool {
                rest: Arc::clone(rest),
                event_loop: event_loop.clone().unbind(),
                create_future,
                on_done,
                thread: std::thread::current().id(),
                me: me.clone(),
                state: Mutex::new(State::default()),
            }
        });
        match failed {
            Some(e) => Err(e),
            None => Ok(pool),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// Sends `unsent` now when the clock and the rate limits allow; else hands it to
    /// `call_later` (a full bucket) or to a clock measurement on the tokio runtime.
    /// `measured`: a measurement was made for it already (successful or not), so it goes
    /// with the clock as it is.
    ///
    /// # Errors
    /// A refusal (`fail_fast`) or an encoding failure; nothing was sent.
    fn admit(
        &self,
        py: Python<'_>,
        future: Py<PyAny>,
        unsent: Unsent,
        clock_retried: bool,
        measured: bool,
    ) -> PyResult<()> {
        let need = if measured {
            ClockState::Fresh
        } else {
            self.rest.clock_need(unsent.signed)
        };
        match need {
            ClockState::Fresh => {}
            ClockState::Stale => self.measure_clock(py, None, false),
            ClockState::Missing => {
                let resume = Resume::new(self, future, unsent, clock_retried, true);
                self.measure_clock(py, Some(resume), false);
                return Ok(());
            }
        }
        let params = unsent.params();
        let admission = self.rest.try_admit(
            unsent.method,
            &unsent.path,
            &params,
            unsent.body.as_deref(),
            unsent.signed,
        );
        let permit = match admission.map_err(to_py_err)? {
            Admission::Go(permit) => permit,
            Admission::Wait(wait) => {
                let resume = Resume::new(self, future, unsent, clock_retried, measured);
                let resume = Py::new(py, resume)?;
                let lp = self.event_loop.bind(py);
                lp.call_method1(intern!(py, "call_later"), (wait.as_secs_f64(), resume))?;
                return Ok(());
            }
        };
        let wire = self
            .rest
            .encode_raw_request(
                unsent.method,
                &unsent.path,
                &params,
                unsent.body.as_deref(),
                unsent.signed,
            )
            .map_err(to_py_err)?;
        drop(params);
        let started = Instant::now();
        let job = Job {
            future,
            call: Call {
                wire,
                method: unsent.method,
                path: unsent.path.clone(),
                finish: unsent.finish,
                unsent,
                permit,
                clock_retried,
            },
            deadline: started
                .checked_add(self.rest.timeout())
                .unwrap_or_else(|| started + Duration::from_secs(86_400 * 365)),
            started,
            retried: false,
        };
        let mut fx = Effects::default();
        self.state().submit(job, &mut fx);
        self.run(py, fx);
        Ok(())
    }

    /// Measures OKX's clock on the tokio runtime (`forced`: even when one is under way
    /// or fresh), then hands `then` back to the loop.
    fn measure_clock(&self, py: Python<'_>, then: Option<Resume>, forced: bool) {
        if then.is_none() && self.rest.clock().is_syncing() {
            return;
        }
        let rest = Arc::clone(&self.rest);
        let event_loop = self.event_loop.clone_ref(py);
        crate::note_background();
        pyo3_async_runtimes::tokio::get_runtime().spawn(async move {
            rest.prepare_clock(forced).await;
            let Some(then) = then else { return };
            // At interpreter exit nobody waits for the request any more.
            Python::try_attach(|py| {
                let handed = Py::new(py, then).and_then(|resume| {
                    event_loop.call_method1(py, intern!(py, "call_soon_threadsafe"), (resume,))
                });
                if let Err(e) = handed {
                    log::debug!(target: "okx_py::rest", "request not resumed: {e}");
                }
            });
        });
    }

    /// Carries out what a state change asked for, in an order that never closes a
    /// socket the loop still watches.
    fn run(&self, py: Python<'_>, fx: Effects) {
        let Effects {
            closed,
            watch,
            watch_write,
            unwatch_write,
            connects,
            timer,
            done,
            dropped,
        } = fx;
        let lp = self.event_loop.bind(py);
        // A connection closed in this same change is not watched again.
        let gone: Vec<i64> = closed.iter().map(|(fd, _, _)| *fd).collect();
        for (fd, writing, io) in closed {
            // Errors only mean the loop is closed: it watches nothing any more.
            let _ = lp.call_method1(intern!(py, "remove_reader"), (fd,));
            if writing {
                let _ = lp.call_method1(intern!(py, "remove_writer"), (fd,));
            }
            drop(io);
        }
        for fd in unwatch_write {
            let _ = lp.call_method1(intern!(py, "remove_writer"), (fd,));
        }
        for (fd, id, write) in watch
            .into_iter()
            .map(|(fd, id)| (fd, id, false))
            .chain(watch_write.into_iter().map(|(fd, id)| (fd, id, true)))
            .filter(|(fd, _, _)| !gone.contains(fd))
        {
            if let Err(e) = self.watch(py, fd, id, write) {
                self.unwatchable(py, id, &e.to_string());
            }
        }
        for _ in 0..connects {
            self.open_connection(py);
        }
        if let Some(at) = timer {
            let delay = at.saturating_duration_since(Instant::now()).as_secs_f64();
            let tick = Py::new(
                py,
                Tick {
                    pool: self.me.clone(),
                },
            );
            let scheduled =
                tick.and_then(|t| lp.call_method1(intern!(py, "call_later"), (delay, t)));
            if let Err(e) = scheduled {
                log::warn!(target: "okx_py::rest", "cannot schedule the timeout check: {e}");
                self.state().unschedule();
            }
        }
        for (job, outcome) in done {
            self.complete(py, job, outcome);
        }
        drop(dropped);
    }

    fn watch(&self, py: Python<'_>, fd: i64, id: u64, write: bool) -> PyResult<()> {
        let me = self.me.upgrade().ok_or_else(|| {
            pyo3::exceptions::PyRuntimeError::new_err("the connection pool is gone")
        })?;
        let ready = Py::new(
            py,
            Ready {
                pool: me,
                id,
                write,
            },
        )?;
        let method = if write {
            intern!(py, "add_writer")
        } else {
            intern!(py, "add_reader")
        };
        self.event_loop.bind(py).call_method1(method, (fd, ready))?;
        Ok(())
    }

    /// The loop refused to watch connection `id`: it closes and its request fails.
    fn unwatchable(&self, py: Python<'_>, id: u64, reason: &str) {
        let mut fx = Effects::default();
        self.state().unwatchable(id, reason, &mut fx);
        self.run(py, fx);
    }

    /// Opens a connection on a helper thread; it comes back through the loop
    /// (`Connected`), one cross-thread wake-up per connection, none per request.
    fn open_connection(&self, py: Python<'_>) {
        let Some(pool) = self.me.upgrade() else {
            return;
        };
        crate::note_background();
        let spawned = std::thread::Builder::new()
            .name("okx-py-connect".into())
            .spawn(move || {
                let opened = pool.rest.open_loop_conn();
                // At interpreter exit nobody waits for it: the connection just closes.
                Python::try_attach(|py| {
                    let event_loop = pool.event_loop.clone_ref(py);
                    let back = Connected {
                        pool,
                        opened: Mutex::new(Some(opened)),
                    };
                    // Fails only when the loop is closed: the connection closes here.
                    let _ = Py::new(py, back).and_then(|back| {
                        event_loop.call_method1(py, intern!(py, "call_soon_threadsafe"), (back,))
                    });
                });
            });
        if let Err(e) = spawned {
            let mut fx = Effects::default();
            let failure = Failure::Other(format!("cannot start a connection thread: {e}"));
            self.state().connected(Err(failure), &mut fx);
            self.run(py, fx);
        }
    }

    /// Hands the result or the error to the job's future, unless it was cancelled.
    fn complete(&self, py: Python<'_>, job: Job, outcome: Outcome) {
        let future = job.future.bind(py);
        // Our callback is the only one we add: when it is gone, the future is done
        // (cancelled) and nobody waits for the result.
        let pending = future
            .call_method1(
                intern!(py, "remove_done_callback"),
                (self.on_done.bind(py),),
            )
            .and_then(|n| n.extract::<usize>())
            .is_ok_and(|n| n > 0);
        if !pending {
            return;
        }
        let path = &job.call.path;
        let result = match outcome {
            Outcome::Answer(answer)
                if !job.call.clock_retried
                    && self.rest.is_clock_refusal(job.call.unsent.signed, &answer) =>
            {
                // 50102: not executed; measure OKX's clock, then send once more.
                log::info!(target: "okx_py::rest", "{path}: timestamp refused (50102); measuring OKX's clock and sending once more");
                let path = path.clone().into_owned();
                let Job { future, call, .. } = job;
                drop(call.permit);
                // Removed above; the request is under way again, so cancelling acts again.
                let again = future
                    .bind(py)
                    .call_method1(intern!(py, "add_done_callback"), (self.on_done.bind(py),));
                if let Err(e) = again {
                    log::debug!(target: "okx_py::rest", "{path}: cannot send once more: {e}");
                }
                let resume = Resume::new(self, future, call.unsent, true, true);
                self.measure_clock(py, Some(resume), true);
                return;
            }
            Outcome::Answer(mut answer) => {
                answer.took = job.started.elapsed();
                self.rest
                    .answered(job.call.method, path, &answer, answer.took);
                job.call.finish.run(py, path, &answer)
            }
            Outcome::Failed(failure) => Err(to_py_err(self.rest.failure_error(path, failure))),
        };
        let set = match result {
            Ok(value) => future.call_method1(intern!(py, "set_result"), (value,)),
            Err(err) => future.call_method1(intern!(py, "set_exception"), (err.into_value(py),)),
        };
        if let Err(e) = set {
            log::debug!(target: "okx_py::rest", "{path}: result not delivered: {e}");
        }
    }

    /// The client is gone: idle connections close now, busy ones after their request.
    /// Runs on the loop's thread when called from elsewhere and the loop still runs.
    fn orphan(&self, py: Python<'_>) {
        if std::thread::current().id() != self.thread {
            if let Some(pool) = self.me.upgrade() {
                let handed = Py::new(py, Closer { pool }).and_then(|closer| {
                    self.event_loop
                        .call_method1(py, intern!(py, "call_soon_threadsafe"), (closer,))
                });
                if handed.is_ok() {
                    return;
                }
            }
        }
        let mut fx = Effects::default();
        self.state().orphan(&mut fx);
        self.run(py, fx);
    }
}

/// A request handed back to the loop: after `call_later` (its buckets were full) or
/// after a clock measurement.
#[pyclass(frozen)]
struct Resume {
    // Strong: a request under way keeps its pool, as a connection's callbacks do.
    pool: Option<Arc<Pool>>,
    future: Py<PyAny>,
    unsent: Mutex<Option<Unsent>>,
    clock_retried: bool,
    measured: bool,
}

impl Resume {
    fn new(
        pool: &Pool,
        future: Py<PyAny>,
        unsent: Unsent,
        clock_retried: bool,
        measured: bool,
    ) -> Self {
        Self {
            pool: pool.me.upgrade(),
            future,
            unsent: Mutex::new(Some(unsent)),
            clock_retried,
            measured,
        }
    }
}

#[pymethods]
impl Resume {
    fn __call__(&self, py: Python<'_>) {
        let Some(unsent) = lock(&self.unsent).take() else {
            return;
        };
        let future = self.future.bind(py);
        // Cancelled meanwhile: nobody waits for it, so it is not sent.
        if future
            .call_method0(intern!(py, "done"))
            .and_then(|d| d.is_truthy())
            .unwrap_or(true)
        {
            return;
        }
        let Some(pool) = &self.pool else {
            let err = pyo3::exceptions::PyRuntimeError::new_err("the client is gone");
            let _ = future.call_method1(intern!(py, "set_exception"), (err.into_value(py),));
            return;
        };
        let path = unsent.path.clone();
        let future_ref = self.future.clone_ref(py);
        if let Err(err) = pool.admit(py, future_ref, unsent, self.clock_retried, self.measured) {
            // Our done-callback is for requests on a connection; this one never was.
            let _ = future.call_method1(
                intern!(py, "remove_done_callback"),
                (pool.on_done.bind(py),),
            );
            if let Err(e) = future.call_method1(intern!(py, "set_exception"), (err.into_value(py),))
            {
                log::debug!(target: "okx_py::rest", "{path}: result not delivered: {e}");
            }
        }
    }
}

/// The reader (or writer) callback of one connection.
#[pyclass(frozen)]
struct Ready {
    pool: Arc<Pool>,
    id: u64,
    write: bool,
}

#[pymethods]
impl Ready {
    fn __call__(&self, py: Python<'_>) {
        let mut fx = Effects::default();
        {
            let mut st = self.pool.state();
            if self.write {
                st.writable(self.id, &mut fx);
            } else {
                st.readable(self.id, &mut fx);
            }
        }
        self.pool.run(py, fx);
    }
}

/// The done-callback of every future of a pool: acts on cancellation only (a completed
/// future had it removed first).
#[pyclass(frozen)]
struct Done {
    pool: Weak<Pool>,
}

#[pymethods]
impl Done {
    fn __call__(&self, py: Python<'_>, future: &Bound<'_, PyAny>) {
        let Some(pool) = self.pool.upgrade() else {
            return;
        };
        let mut fx = Effects::default();
        pool.state().cancelled(py, future, &mut fx);
        pool.run(py, fx);
    }
}

/// The timeout check of a pool.
#[pyclass(frozen)]
struct Tick {
    pool: Weak<Pool>,
}

#[pymethods]
impl Tick {
    fn __call__(&self, py: Python<'_>) {
        let Some(pool) = self.pool.upgrade() else {
            return;
        };
        let mut fx = Effects::default();
        pool.state().expire(Instant::now(), &mut fx);
        pool.run(py, fx);
    }
}

/// A connection opened on a helper thread, delivered on the loop's thread.
#[pyclass(frozen)]
struct Connected {
    pool: Arc<Pool>,
    opened: Mutex<Option<Result<LoopConn, Failure>>>,
}

#[pymethods]
impl Connected {
    fn __call__(&self, py: Python<'_>) {
        let Some(opened) = lock(&self.opened).take() else {
            return;
        };
        let mut fx = Effects::default();
        self.pool.state().connected(opened, &mut fx);
        self.pool.run(py, fx);
    }
}

/// Closes the idle connections of an orphaned pool on the loop's thread.
#[pyclass(frozen)]
struct Closer {
    pool: Arc<Pool>,
}

#[pymethods]
impl Closer {
    fn __call__(&self, py: Python<'_>) {
        let mut fx = Effects::default();
        self.pool.state().orphan(&mut fx);
        self.pool.run(py, fx);
    }
}
