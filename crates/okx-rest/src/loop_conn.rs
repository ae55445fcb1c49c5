//! A keep-alive connection for an event loop: opened (TCP, proxy tunnel, TLS handshake)
//! with the blocking transport's code on a helper thread, then driven without blocking by
//! whoever is told its socket is ready (`AsyncOkxClient`, through asyncio's `add_reader`).

use std::io::{self, Read, Write};
use std::time::Instant;

pub use crate::blocking::Failure;
use crate::blocking::{io_failure, set_timeouts, BlockingTransport, Stream};
use crate::client::RawAnswer;
use crate::http1;

/// Spare room kept at the end of the read buffer for the next read.
const READ_ROOM: usize = 16 * 1024;

/// One HTTP/1.1 keep-alive connection in non-blocking mode: a request is handed to
/// [`send`](Self::send), the answer collected by [`receive`](Self::receive) whenever the
/// socket is readable.
pub struct LoopConn {
    stream: Stream,
    /// Received bytes of the current answer are `data[..len]`; the rest is zeroed room,
    /// so reads need no fill.
    data: Vec<u8>,
    len: usize,
    /// Request bytes not yet accepted by the socket (or by TLS).
    out: Vec<u8>,
    out_pos: usize,
    /// The peer closed its side.
    eof: bool,
}

impl std::fmt::Debug for LoopConn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoopConn")
            .field("received", &self.len)
            .field("unsent", &(self.out.len() - self.out_pos))
            .finish_non_exhaustive()
    }
}

/// What [`LoopConn::receive`] found.
#[derive(Debug)]
pub enum Received {
    /// The answer is not complete yet; wait for the socket to be readable again.
    Pending,
    /// A whole answer; `reusable` when the connection may carry the next request.
    Answer {
        /// Status and body.
        answer: RawAnswer,
        /// Neither `Connection: close` nor framing by the close nor stray bytes.
        reusable: bool,
    },
    /// The connection closed or failed before the answer was complete.
    Closed {
        /// What happened, for the error message.
        reason: String,
        /// No byte of an answer had arrived: a request on a kept-alive connection was
        /// then not answered at all.
        nothing_received: bool,
    },
    /// The bytes received are not an HTTP/1.1 answer.
    Malformed(String),
}

impl LoopConn {
    /// Connects (and finishes the TLS handshake) before `deadline`, blocking the calling
    /// thread, then switches the socket to non-blocking mode.
    pub(crate) fn open(transport: &BlockingTransport, deadline: Instant) -> Result<Self, Failure> {
        let mut conn = transport.connect(deadline)?;
        set_timeouts(&conn.stream, deadline)?;
        if let Stream::Tls(tls) = &mut conn.stream {
            let tls = &mut **tls;
            while tls.conn.is_handshaking() {
                tls.conn.complete_io(&mut tls.sock).map_err(io_failure)?;
            }
        }
        conn.stream
            .tcp()
            .set_nonblocking(true)
            .map_err(io_failure)?;
        // A tunnel's proxy answer is consumed; nothing else may be buffered yet.
        let len = conn.buf.len();
        let mut data = conn.buf;
        data.resize(len + READ_ROOM, 0);
        Ok(Self {
            stream: conn.stream,
            data,
            len,
            out: Vec::with_capacity(1024),
            out_pos: 0,
            eof: false,
        })
    }

    /// The socket's file descriptor, to watch for readiness.
    #[cfg(unix)]
    pub fn fd(&self) -> std::os::fd::RawFd {
        use std::os::fd::AsRawFd;
        self.stream.tcp().as_raw_fd()
    }

    /// Bytes received and not yet consumed as an answer.
    pub fn buffered(&self) -> usize {
        self.len
    }

    /// Starts an exchange: queues `wire` (one encoded request) and writes what the socket
    /// takes. `Ok(true)` when all of it was written; otherwise call [`flush`](Self::flush)
    /// when the socket is writable.
    ///
    /// # Errors
    /// The reason the connection cannot be written to.
    pub fn send(&mut self, wire: &[u8]) -> Result<bool, String> {
        self.len = 0;
        self.out.extend_from_slice(wire);
        self.flush()
    }

    /// Whether every byte of the current request has been handed to the socket.
    pub fn written(&self) -> bool {
        self.out_pos == self.out.len() && !self.tls_wants_write()
    }

    fn tls_wants_write(&self) -> bool {
        match &self.stream {
            Stream::Plain(_) => false,
            Stream::Tls(tls) => tls.conn.wants_write(),
        }
    }

    /// Writes queued request bytes until done (`Ok(true)`) or the socket is full
    /// (`Ok(false)`).
    ///
    /// # Errors
    /// The reason the connection cannot be written to.
    pub fn flush(&mut self) -> Result<bool, String> {
        let done = match &mut self.stream {
            Stream::Plain(tcp) => loop {
                let rest = &self.out[self.out_pos..];
                if rest.is_empty() {
                    break true;
                }
                match tcp.write(rest) {
                    Ok(0) => return Err("connection closed while sending".into()),
                    Ok(n) => self.out_pos += n,
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break false,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e.to_string()),
                }
            },
            Stream::Tls(tls) => loop {
                let tls = &mut **tls;
                if self.out_pos < self.out.len() {
                    // Takes what fits in rustls's buffer; the rest after the socket drains.
                    let n = tls
                        .conn
                        .writer()
                        .write(&self.out[self.out_pos..])
                        .map_err(|e| e.to_string())?;
                    self.out_pos += n;
                    if n == 0 && !tls.conn.wants_write() {
                        return Err("connection closed while sending".into());
                    }
                }
                if !tls.conn.wants_write() {
                    if self.out_pos == self.out.len() {
                        break true;
                    }
                    continue;
                }
                match tls.conn.write_tls(&mut tls.sock) {
                    Ok(_) => {}
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break false,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e.to_string()),
                }
            },
        };
        if done {
            self.out.clear();
            self.out_pos = 0;
        }
        Ok(done)
    }

    /// Reads what the socket has and looks for a whole answer.
    pub fn receive(&mut self) -> Received {
        loop {
            match self.read_some() {
                Ok(0) => self.eof = true,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock && !self.eof => {
                    return Received::Pending
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => {
                    return Received::Closed {
                        reason: e.to_string(),
                        nothing_received: self.len == 0,
                    }
                }
            }
            match http1::parse_answer(&self.data[..self.len], self.eof) {
                Ok(Some(parsed)) => {
                    let reusable = parsed.reusable && !self.eof && parsed.end == self.len;
                    self.len = 0;
                    return Received::Answer {
                        answer: RawAnswer {
                            status: parsed.status,
                            body: parsed.body,
                            // The caller knows when it sent the request.
                            took: std::time::Duration::ZERO,
                        },
                        reusable,
                    };
                }
                Ok(None) if self.eof => {
                    let nothing_received = self.len == 0;
                    let reason = if nothing_received {
                        "connection closed before an answer"
                    } else {
                        "connection closed mid-answer"
                    };
                    return Received::Closed {
                        reason: reason.into(),
                        nothing_received,
                    };
                }
                Ok(None) => {}
                Err(reason) => return Received::Malformed(reason),
            }
        }
    }

    /// One read into the buffer: the bytes added, `Ok(0)` at the end of the stream,
    /// `WouldBlock` when nothing is available.
    fn read_some(&mut self) -> io::Result<usize> {
        if self.eof {
            return Err(io::ErrorKind::WouldBlock.into());
        }
        if self.data.len() - self.len < READ_ROOM / 2 {
            let grown = (self.data.len() * 2).max(self.len + READ_ROOM);
            self.data.resize(grown, 0);
        }
        let room = &mut self.data[self.len..];
        let n = match &mut self.stream {
            Stream::Plain(tcp) => loop {
                match tcp.read(room) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    other => break other?,
                }
            },
            Stream::Tls(tls) => read_tls(&mut tls.conn, &mut tls.sock, room)?,
        };
        self.len += n;
        Ok(n)
    }
}

/// Reads plaintext from a TLS connection over a non-blocking socket: bytes already
/// decrypted first, then more records from the socket.
fn read_tls(
    conn: &mut rustls::ClientConnection,
    sock: &mut std::net::TcpStream,
    room: &mut [u8],
) -> io::Result<usize> {
    let mut tcp_eof = false;
    loop {
        match conn.reader().read(room) {
            Ok(n) => return Ok(n),
            // Closed without close_notify: the end of the stream all the same.
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(0),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock && tcp_eof => return Ok(0),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(e),
        }
        match conn.read_tls(sock) {
            Ok(0) => tcp_eof = true,
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
        let state = conn.process_new_packets();
        // Alerts and key updates the peer expects an answer to: best effort.
        while conn.wants_write() {
            if conn.write_tls(sock).is_err() {
                break;
            }
        }
        state.map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;
    use std::time::Duration;

    /// Polls `receive` until it stops being `Pending` (the tests have no event loop).
    fn wait(conn: &mut LoopConn) -> Received {
        for _ in 0..500 {
            match conn.receive() {
                Received::Pending => std::thread::sleep(Duration::from_millis(2)),
                other => return other,
            }
        }
        panic!("no answer");
    }

    fn transport(listener: &TcpListener) -> BlockingTransport {
        let url = format!("http://{}", listener.local_addr().unwrap());
        BlockingTransport::new(&url, None, Duration::from_secs(5)).unwrap()
    }

    fn read_request(sock: &mut std::net::TcpStream) -> Vec<u8> {
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        while !got.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = sock.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            got.extend_from_slice(&buf[..n]);
        }
        got
    }

    #[test]
    fn answers_arriving_in_pieces_are_assembled_and_the_connection_reused() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let t = transport(&listener);
        let server = std::thread::spawn(move || {
            let (mut sock, _) = listener.accept().unwrap();
            for _ in 0..2 {
                assert!(read_request(&mut sock).starts_with(b"GET /x HTTP/1.1\r\n"));
                sock.write_all(
                    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
                )
                .unwrap();
                std::thread::sleep(Duration::from_millis(20));
                sock.write_all(b"2\r\nde\r\n0\r\n\r\n").unwrap();
            }
        });
        let mut conn = LoopConn::open(&t, Instant::now() + Duration::from_secs(5)).unwrap();
        for _ in 0..2 {
            assert!(conn.send(&t.encode("GET", "/x", &[], "")).unwrap());
            match wait(&mut conn) {
                Received::Answer { answer, reusable } => {
                    assert_eq!(
                        (answer.status, answer.body.as_slice()),
                        (200, &b"abcde"[..])
                    );
                    assert!(reusable);
                }
                other => panic!("{other:?}"),
            }
        }
        server.join().unwrap();
    }

    #[test]
    fn a_close_before_any_answer_byte_is_reported_as_such() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let t = transport(&listener);
        let server = std::thread::spawn(move || {
            let (mut sock, _) = listener.accept().unwrap();
            read_request(&mut sock);
            sock.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
                .unwrap();
            drop(sock);
            let (mut sock, _) = listener.accept().unwrap();
            read_request(&mut sock);
        });
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut conn = LoopConn::open(&t, deadline).unwrap();
        conn.send(b"GET / HTTP/1.1\r\n\r\n").unwrap();
        assert!(matches!(
            wait(&mut conn),
            Received::Closed {
                nothing_received: false,
                ..
            }
        ));
        let mut conn = LoopConn::open(&t, deadline).unwrap();
        conn.send(b"GET / HTTP/1.1\r\n\r\n").unwrap();
        assert!(matches!(
            wait(&mut conn),
            Received::Closed {
                nothing_received: true,
                ..
            }
        ));
        server.join().unwrap();
    }

    #[test]
    fn garbage_is_malformed() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let t = transport(&listener);
        let server = std::thread::spawn(move || {
            let (mut sock, _) = listener.accept().unwrap();
            read_request(&mut sock);
            sock.write_all(b"SSH-2.0-nope\r\n\r\n").unwrap();
            std::thread::sleep(Duration::from_millis(100));
        });
        let mut conn = LoopConn::open(&t, Instant::now() + Duration::from_secs(5)).unwrap();
        conn.send(b"GET / HTTP/1.1\r\n\r\n").unwrap();
        assert!(matches!(wait(&mut conn), Received::Malformed(_)));
        server.join().unwrap();
    }
}
