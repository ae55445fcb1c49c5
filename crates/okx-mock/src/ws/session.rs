//! One WebSocket connection: reads requests (text `ping`, JSON ops), writes what the hub queues
//! (acks, pushes, flood frames) in batches, and closes on idleness, overflow or a fault.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::ws::{CloseFrame, Message, Utf8Bytes, WebSocket};
use futures_util::{SinkExt, StreamExt};
use tokio::sync::mpsc::{self, Receiver};
use tokio::time::Instant;

use super::channels::Endpoint;
use super::faults::close_reason;
use super::hub::{ConnFlags, FloodItem, Hub, NewConn, Out, FLOOD_QUEUE, OUTBOX};
use super::ops::{self, Session};
use crate::conn::ConnHandle;
use crate::server::App;

/// Frames written before one flush: fewer syscalls when pushes pile up.
const BATCH: usize = 256;
/// How long a closing connection waits for the client's close frame.
const CLOSE_WAIT: Duration = Duration::from_secs(1);

/// How a connection ends.
#[derive(Debug, Clone, Copy)]
enum End {
    /// The client sent a close frame: answer it, then end.
    ClientClosed,
    /// The client left, or the socket failed.
    Gone,
    /// Send this close code, then end.
    Close(u16),
    /// Cut the TCP connection without a close frame.
    Kill,
}

/// Serves one upgraded connection until it ends.
pub(crate) async fn run(app: Arc<App>, socket: WebSocket, endpoint: Endpoint, handle: ConnHandle) {
    let (out_tx, mut out_rx) = mpsc::channel(OUTBOX);
    let (flood_tx, mut flood_rx) = mpsc::channel(FLOOD_QUEUE);
    let flags = Arc::new(ConnFlags::default());
    let (id, conn_id) = app.ws.register(NewConn {
        out: out_tx,
        flood: flood_tx,
        flags: Arc::clone(&flags),
        handle: handle.clone(),
    });
    log::debug!(target: crate::LOG_TARGET, "ws {conn_id}: open on {endpoint:?} from {}", handle.peer);
    let mut session = Session {
        id,
        conn_id,
        endpoint,
        logged_in: false,
    };
    let mut w = Writer {
        socket,
        hub: &app.ws,
        flags,
    };
    let idle = tokio::time::sleep(app.ws.idle_timeout());
    tokio::pin!(idle);
    let end = loop {
        let step = tokio::select! {
            biased;
            out = out_rx.recv() => match out {
                Some(out) => w.outbox(out, &mut out_rx).await,
                None => Err(End::Gone),
            },
            incoming = w.socket.next() => match incoming {
                Some(Ok(msg)) => {
                    // Any frame from the client counts as activity, pings included.
                    idle.as_mut().reset(Instant::now() + app.ws.idle_timeout());
                    match msg {
                        Message::Text(text) if text.as_str() == "ping" => {
                            app.ws.lock().send_to(id, Utf8Bytes::from_static("pong"));
                            Ok(())
                        }
                        Message::Text(text) => {
                            ops::handle(&app, &mut session, text.as_str());
                            Ok(())
                        }
                        Message::Close(_) => Err(End::ClientClosed),
                        _ => Ok(()),
                    }
                }
                Some(Err(_)) | None => Err(End::Gone),
            },
            item = flood_rx.recv() => match item {
                Some(item) => w.flood(item, &mut flood_rx).await,
                None => Ok(()),
            },
            () = &mut idle => Err(End::Close(4004)),
        };
        if let Err(end) = step {
            break end;
        }
        if w.flags
            .overflowed
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            break End::Close(4005);
        }
    };
    log::debug!(target: crate::LOG_TARGET, "ws {}: closed ({end:?})", session.conn_id);
    match end {
        End::Close(code) => w.close(code).await,
        End::Kill => handle.kill(),
        // The socket queued the close reply when it read the client's close frame.
        End::ClientClosed => {
            let _ = w.socket.flush().await;
        }
        End::Gone => {}
    }
    app.ws.unregister(id);
}

/// The writing half of a connection.
struct Writer<'a> {
    socket: WebSocket,
    hub: &'a Hub,
    flags: Arc<ConnFlags>,
}

impl Writer<'_> {
    /// Writes `first` and whatever else the outbox holds (up to a batch), then flushes.
    async fn outbox(&mut self, first: Out, rx: &mut Receiver<Out>) -> Result<(), End> {
        let mut next = Some(first);
        let mut written = 0;
        while let Some(out) = next {
            match out {
                Out::Frame(frame, not_before) => self.frame(frame, not_before).await?,
                Out::Close(code) => {
                    self.flush().await?;
                    return Err(End::Close(code));
                }
                Out::Kill => return Err(End::Kill),
            }
            written += 1;
            next = if written < BATCH {
                rx.try_recv().ok()
            } else {
                None
            };
        }
        self.flush().await
    }

    /// Writes flood frames the same way; an `End` marker releases the paused book stream.
    async fn flood(&mut self, first: FloodItem, rx: &mut Receiver<FloodItem>) -> Result<(), End> {
        let mut next = Some(first);
        let mut written = 0;
        while let Some(item) = next {
            match item {
                FloodItem::Frame(frame) => self.frame(frame, None).await?,
                FloodItem::End(guard) => {
                    self.flush().await?;
                    drop(guard);
                }
            }
            written += 1;
            next = if written < BATCH {
                rx.try_recv().ok()
            } else {
                None
            };
        }
        self.flush().await
    }

    /// Queues one frame on the socket, unless the connection is half-open; waits first when the
    /// `Delay` fault stamped it.
    async fn frame(
        &mut self,
        frame: Utf8Bytes,
        not_before: Option<std::time::Instant>,
    ) -> Result<(), End> {
        if self.hub.silenced(&self.flags) {
            return Ok(());
        }
        if let Some(at) = not_before {
            if at > std::time::Instant::now() {
                self.flush().await?;
                tokio::time::sleep_until(Instant::from_std(at)).await;
            }
        }
        self.socket
            .feed(Message::Text(frame))
            .await
            .map_err(|_| End::Gone)
    }

    async fn flush(&mut self) -> Result<(), End> {
        self.socket.flush().await.map_err(|_| End::Gone)
    }

    /// Sends a close frame with OKX's reason, then waits briefly for the client's close so
    /// the frame is read before the TCP connection goes.
    async fn close(&mut self, code: u16) {
        let frame = CloseFrame {
            code,
            reason: Utf8Bytes::from_static(close_reason(code)),
        };
        if self.socket.send(Message::Close(Some(frame))).await.is_err() {
            return;
        }
        let _ = tokio::time::timeout(CLOSE_WAIT, async {
            while let Some(Ok(msg)) = self.socket.next().await {
                if matches!(msg, Message::Close(_)) {
                    break;
                }
            }
        })
        .await;
    }
}
