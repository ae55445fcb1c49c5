//! The synchronous transport: HTTP/1.1 keep-alive over `std::net::TcpStream` (rustls for
//! https), driven on the calling thread. No runtime, no task or thread wake-up per call:
//! a request costs about what a raw socket costs. Answers are framed by `http1`; the
//! event-loop connection (`loop_conn`) opens its connections with this transport's code.

use std::io::{self, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

use crate::http1;

/// Where a connection goes: scheme, host and port of a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Endpoint {
    tls: bool,
    host: String,
    port: u16,
}

impl Endpoint {
    /// Parses `http(s)://[user:pass@]host[:port][/...]`; returns the endpoint and the
    /// `user:pass` part, if any.
    pub(crate) fn parse(url: &str) -> Option<(Self, Option<String>)> {
        let (tls, rest) = if let Some(r) = url.strip_prefix("https://") {
            (true, r)
        } else {
            (false, url.strip_prefix("http://")?)
        };
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (Some(u.to_owned()), h),
            None => (None, authority),
        };
        let default_port = if tls { 443 } else { 80 };
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            let (h, after) = v6.split_once(']')?;
            let port = match after.strip_prefix(':') {
                Some(p) => p.parse().ok()?,
                None => default_port,
            };
            (h.to_owned(), port)
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h.to_owned(), p.parse().ok()?),
                None => (hostport.to_owned(), default_port),
            }
        };
        if host.is_empty() {
            return None;
        }
        Some((Self { tls, host, port }, userinfo))
    }

    /// `host:port` as written in a `Host` header or a CONNECT request.
    fn authority(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// Why an exchange failed, before the caller maps it to an `OkxError`
/// (`OkxRestClient::failure_error`).
#[derive(Debug)]
pub enum Failure {
    /// The deadline passed.
    Timeout,
    /// Anything else: refused, reset, TLS, proxy, malformed answer.
    Other(String),
}

pub(crate) type Tls = rustls::StreamOwned<rustls::ClientConnection, TcpStream>;

pub(crate) enum Stream {
    Plain(TcpStream),
    Tls(Box<Tls>),
}

impl Stream {
    pub(crate) fn tcp(&self) -> &TcpStream {
        match self {
            Self::Plain(s) => s,
            Self::Tls(s) => s.get_ref(),
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Self::Plain(s) => s.read(buf),
            Self::Tls(s) => s.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Self::Plain(s) => s.write(buf),
            Self::Tls(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Self::Plain(s) => s.flush(),
            Self::Tls(s) => s.flush(),
        }
    }
}

/// One kept-alive connection and its read buffer.
pub(crate) struct Conn {
    pub(crate) stream: Stream,
    pub(crate) buf: Vec<u8>,
    /// When its last answer was read (idle connections are checked after a while).
    pub(crate) idle_since: Instant,
}

/// A pool of keep-alive connections to one host, shared by the threads of a client.
pub(crate) struct BlockingTransport {
    target: Endpoint,
    proxy: Option<(Endpoint, Option<String>)>,
    timeout: Duration,
    idle: Mutex<Vec<Conn>>,
    tls: OnceLock<Result<Arc<rustls::ClientConfig>, String>>,
}

impl std::fmt::Debug for BlockingTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlockingTransport")
            .field("target", &self.target)
            .finish_non_exhaustive()
    }
}

/// A finished exchange: HTTP status and body.
pub(crate) struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

impl BlockingTransport {
    /// A transport for `base` (the REST base URL), optionally through an `http://` proxy.
    /// `None` when this transport cannot serve the configuration (an `https://` proxy).
    pub(crate) fn new(base: &str, proxy: Option<&str>, timeout: Duration) -> Option<Self> {
        let (target, _) = Endpoint::parse(base)?;
        let proxy = match proxy {
            Some(url) => {
                let (endpoint, userinfo) = Endpoint::parse(url)?;
                if endpoint.tls {
                    return None;
                }
                Some((endpoint, userinfo))
            }
            None => None,
        };
        Some(Self {
            target,
            proxy,
            timeout,
            idle: Mutex::new(Vec::new()),
            tls: OnceLock::new(),
        })
    }

    /// Sends one request (`head` without the request line's target prefix) and reads the
    /// answer. Idle connections the server closed meanwhile are dropped before use. A
    /// request whose reused connection fails while it is written is sent again on a new
    /// one (a closed connection reads nothing); one fully written whose connection then
    /// closes without an answer is sent again only when it is a GET: anything else may
    /// have reached OKX (an order placed twice is worse than an error).
    pub(crate) fn exchange(
        &self,
        method: &str,
        request_path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Result<Answer, Failure> {
        let deadline = Instant::now() + self.timeout;
        let wire = self.encode(method, request_path, headers, body);
        if let Some(conn) = self.idle_conn(method) {
            match self.round_trip(conn, &wire, deadline, true) {
                Ok(answer) => return Ok(answer),
                Err(Attempt::Stale(_)) => {}
                Err(Attempt::Unanswered(_)) if method == "GET" => {}
                Err(Attempt::Unanswered(reason)) => {
                    return Err(Failure::Other(format!(
                    "{reason}; the request may have reached the server, so it was not sent again"
                )))
                }
                Err(Attempt::Failed(f)) => return Err(f),
            }
        }
        let conn = self.connect(deadline)?;
        self.round_trip(conn, &wire, deadline, false)
            .map_err(|a| match a {
                Attempt::Stale(reason) | Attempt::Unanswered(reason) => Failure::Other(reason),
                Attempt::Failed(f) => f,
            })
    }

    /// An idle connection that still looks open (nothing to read, no end of stream);
    /// those the server closed while idle are dropped.
    fn idle_conn(&self, method: &str) -> Option<Conn> {
        loop {
            let conn = self.idle.lock().ok().and_then(|mut idle| idle.pop())?;
            if looks_open(&conn, method) {
                return Some(conn);
            }
        }
    }

    /// The request as sent on a connection of this transport: request line (absolute
    /// form through a plain-HTTP proxy), `Host`, proxy credentials, `headers`,
    /// `Content-Length` and body.
    pub(crate) fn encode(
        &self,
        method: &str,
        request_path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Vec<u8> {
        let mut head = String::with_capacity(256 + body.len());
        head.push_str(method);
        head.push(' ');
        if self.proxy.is_some() && !self.target.tls {
            // Plain HTTP through a proxy: absolute-form target.
            head.push_str("http://");
            head.push_str(&self.target.authority());
        }
        head.push_str(request_path);
        head.push_str(" HTTP/1.1\r\nHost: ");
        head.push_str(&self.target.authority());
        head.push_str("\r\n");
        if let Some((_, Some(userinfo))) = &self.proxy {
            if !self.target.tls {
                head.push_str("Proxy-Authorization: Basic ");
                head.push_str(&STANDARD.encode(userinfo));
                head.push_str("\r\n");
            }
        }
        for (name, value) in headers {
            head.push_str(name);
            head.push_str(": ");
            head.push_str(value);
            head.push_str("\r\n");
        }
        if method != "GET" || !body.is_empty() {
            head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        head.push_str("\r\n");
        head.push_str(body);
        head.into_bytes()
    }

    fn tls_config(&self) -> Result<Arc<rustls::ClientConfig>, Failure> {
        self.tls
            .get_or_init(|| {
                use rustls_platform_verifier::BuilderVerifierExt;
                let provider = Arc::new(rustls::crypto::ring::default_provider());
                rustls::ClientConfig::builder_with_provider(provider)
                    .with_safe_default_protocol_versions()
                    .map_err(|e| format!("tls setup failed: {e}"))?
                    .with_platform_verifier()
                    .map_err(|e| format!("tls setup failed: {e}"))
                    .map(|b| Arc::new(b.with_no_client_auth()))
            })
            .clone()
            .map_err(Failure::Other)
    }

    /// Opens a connection to the target (through the proxy, if any); TLS is set up but
    /// its handshake happens at the first read or write.
    pub(crate) fn connect(&self, deadline: Instant) -> Result<Conn, Failure> {
        let first_hop = self.proxy.as_ref().map_or(&self.target, |(p, _)| p);
        let addrs = (first_hop.host.as_str(), first_hop.port)
            .to_socket_addrs()
            .map_err(|e| Failure::Other(format!("cannot resolve {}: {e}", first_hop.host)))?;
        let mut last = String::from("no address");
        let mut tcp = None;
        for addr in addrs {
            let left = remaining(deadline)?;
            match TcpStream::connect_timeout(&addr, left) {
                Ok(s) => {
                    tcp = Some(s);
                    break;
                }
                Err(e) if is_timeout(&e) => return Err(Failure::Timeout),
                Err(e) => last = format!("connect to {addr}: {e}"),
            }
        }
        let tcp = tcp.ok_or(Failure::Other(last))?;
        let _ = tcp.set_nodelay(true);
        let mut conn = Conn {
            stream: Stream::Plain(tcp),
            buf: Vec::with_capacity(16 * 1024),
            idle_since: Instant::now(),
        };
        if self.target.tls {
            if let Some((_, userinfo)) = &self.proxy {
                self.tunnel(&mut conn, userinfo.as_deref(), deadline)?;
            }
            let Stream::Plain(tcp) = conn.stream else {
                return Err(Failure::Other("tls over tls is not supported".into()));
            };
            let name =
                rustls::pki_types::ServerName::try_from(self.target.host.clone()).map_err(|e| {
                    Failure::Other(format!("invalid host name {}: {e}", self.target.host))
                })?;
            let tls = rustls::ClientConnection::new(self.tls_config()?, name)
                .map_err(|e| Failure::Other(format!("tls: {e}")))?;
            conn.stream = Stream::Tls(Box::new(rustls::StreamOwned::new(tls, tcp)));
        }
        Ok(conn)
    }

    /// Opens a CONNECT tunnel through the proxy to the target.
    fn tunnel(
        &self,
        conn: &mut Conn,
        userinfo: Option<&str>,
        deadline: Instant,
    ) -> Result<(), Failure> {
        let authority = self.target.authority();
        let mut head = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n");
        if let Some(u) = userinfo {
            head.push_str(&format!(
                "Proxy-Authorization: Basic {}\r\n",
                STANDARD.encode(u)
            ));
        }
        head.push_str("\r\n");
        set_timeouts(&conn.stream, deadline)?;
        conn.stream.write_all(head.as_bytes()).map_err(io_failure)?;
        let head = loop {
            match http1::parse_head(&conn.buf).map_err(Failure::Other)? {
                Some(head) => break head,
                None if read_more(conn, deadline)? == 0 => {
                    return Err(Failure::Other(
                        "proxy: connection closed before an answer".into(),
                    ))
                }
                None => {}
            }
        };
        conn.buf.drain(..head.len);
        if head.status != 200 {
            return Err(Failure::Other(format!(
                "proxy refused the tunnel: HTTP {}",
                head.status
            )));
        }
        Ok(())
    }

    /// One request and its answer on `conn`; `reused` says whether the connection served
    /// earlier requests (only then may a silent close mean "send it again").
    fn round_trip(
        &self,
        mut conn: Conn,
        wire: &[u8],
        deadline: Instant,
        reused: bool,
    ) -> Result<Answer, Attempt> {
        set_timeouts(&conn.stream, deadline).map_err(Attempt::Failed)?;
        conn.buf.clear();
        if let Err(e) = conn
            .stream
            .write_all(wire)
            .and_then(|()| conn.stream.flush())
        {
            return Err(match io_failure(e) {
                Failure::Other(reason) if reused => Attempt::Stale(reason),
                f => Attempt::Failed(f),
            });
        }
        let mut eof = false;
        let parsed = loop {
            match http1::parse_answer(&conn.buf, eof) {
                Ok(Some(parsed)) => break parsed,
                Ok(None) if eof && conn.buf.is_empty() => {
                    let reason = "connection closed before an answer".to_owned();
                    return Err(if reused {
                        Attempt::Unanswered(reason)
                    } else {
                        Attempt::Failed(Failure::Other(reason))
                    });
                }
                Ok(None) if eof => {
                    return Err(Attempt::Failed(Failure::Other(
                        "connection closed mid-answer".into(),
                    )))
                }
                Ok(None) => {}
                Err(reason) => return Err(Attempt::Failed(Failure::Other(reason))),
            }
            match read_more(&mut conn, deadline) {
                Ok(0) => eof = true,
                Ok(_) => {}
                Err(Failure::Other(reason)) if reused && conn.buf.is_empty() => {
                    return Err(Attempt::Unanswered(reason))
                }
                Err(f) => return Err(Attempt::Failed(f)),
            }
        };
        // Bytes beyond the answer break the framing: such a connection is not reused.
        if parsed.reusable && !eof && parsed.end == conn.buf.len() {
            conn.idle_since = Instant::now();
            if let Ok(mut idle) = self.idle.lock() {
                idle.push(conn);
            }
        }
        Ok(Answer {
            status: parsed.status,
            body: parsed.body,
        })
    }
}

/// A failed attempt: `Stale` when a kept-alive connection turned out closed before any
/// byte of an answer (safe to send again), else the failure.
enum Attempt {
    /// A reused connection failed while the request was written: it was not read.
    Stale(String),
    /// A reused connection closed after the whole request was written, without an
    /// answer: the server may or may not have acted on it.
    Unanswered(String),
    Failed(Failure),
}

fn remaining(deadline: Instant) -> Result<Duration, Failure> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        Err(Failure::Timeout)
    } else {
        Ok(left)
    }
}

/// A GET on a connection idle for less than this goes without the check (three system
/// calls): if the server closed it meanwhile, the GET is simply sent again. Anything
/// else is always checked, since it is never sent twice.
const CHECK_GET_IDLE_AFTER: Duration = Duration::from_millis(500);

/// Whether an idle connection still looks usable for `method`: no byte waiting (an idle
/// HTTP/1.1 connection receives nothing but a close) and no end of stream.
fn looks_open(conn: &Conn, method: &str) -> bool {
    if method == "GET" && conn.idle_since.elapsed() < CHECK_GET_IDLE_AFTER {
        return true;
    }
    let tcp = conn.stream.tcp();
    if tcp.set_nonblocking(true).is_err() {
        return false;
    }
    let mut byte = [0u8; 1];
    let open = matches!(tcp.peek(&mut byte), Err(e) if e.kind() == io::ErrorKind::WouldBlock);
    open && tcp.set_nonblocking(false).is_ok()
}

pub(crate) fn set_timeouts(stream: &Stream, deadline: Instant) -> Result<(), Failure> {
    let left = remaining(deadline)?;
    let tcp = stream.tcp();
    tcp.set_read_timeout(Some(left)).map_err(io_failure)?;
    tcp.set_write_timeout(Some(left)).map_err(io_failure)
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

pub(crate) fn io_failure(e: io::Error) -> Failure {
    if is_timeout(&e) {
        Failure::Timeout
    } else {
        Failure::Other(e.to_string())
    }
}

/// Reads more bytes into the buffer; `Ok(0)` at end of stream.
fn read_more(conn: &mut Conn, deadline: Instant) -> Result<usize, Failure> {
    set_timeouts(&conn.stream, deadline)?;
    let len = conn.buf.len();
    if conn.buf.capacity() - len < 8192 {
        conn.buf.reserve(16 * 1024);
    }
    let cap = conn.buf.capacity();
    conn.buf.resize(cap, 0);
    let n = loop {
        match conn.stream.read(&mut conn.buf[len..]) {
            Ok(n) => break n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                conn.buf.truncate(len);
                return Err(io_failure(e));
            }
        }
    };
    conn.buf.truncate(len + n);
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_parse_with_defaults_userinfo_and_ipv6() {
        let (e, u) = Endpoint::parse("https://openapi.okx.com").unwrap();
        assert_eq!(
            (e.tls, e.host.as_str(), e.port, u),
            (true, "openapi.okx.com", 443, None)
        );
        let (e, u) = Endpoint::parse("http://user:pw@127.0.0.1:3128/").unwrap();
        assert_eq!(
            (e.tls, e.port, u.as_deref()),
            (false, 3128, Some("user:pw"))
        );
        let (e, _) = Endpoint::parse("http://[::1]:8080").unwrap();
        assert_eq!(
            (e.host.as_str(), e.authority()),
            ("::1", "[::1]:8080".to_owned())
        );
        assert!(Endpoint::parse("ftp://x").is_none());
        assert!(Endpoint::parse("http://:80").is_none());
    }

    /// A one-thread HTTP server on 127.0.0.1 answering each accepted connection with the
    /// given raw answers, one per request, then closing it.
    fn serve(answers_per_conn: Vec<Vec<&'static str>>) -> String {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            for answers in answers_per_conn {
                let (mut sock, _) = listener.accept().unwrap();
                for answer in answers {
                    let mut buf = [0u8; 4096];
                    let mut got = Vec::new();
                    while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                        let n = sock.read(&mut buf).unwrap();
                        if n == 0 {
                            return;
                        }
                        got.extend_from_slice(&buf[..n]);
                    }
                    sock.write_all(answer.as_bytes()).unwrap();
                }
            }
        });
        format!("http://{addr}")
    }

    #[test]
    fn chunked_answers_are_decoded() {
        let url = serve(vec![vec![
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=1\r\n world\r\n0\r\n\r\n",
        ]]);
        let t = BlockingTransport::new(&url, None, Duration::from_secs(5)).unwrap();
        let answer = t.exchange("GET", "/x", &[], "").unwrap();
        assert_eq!(answer.status, 200);
        assert_eq!(answer.body, b"hello world");
    }

    #[test]
    fn a_kept_alive_connection_closed_by_the_server_is_replaced() {
        // First connection answers once and closes; the second request must go out again
        // on a new connection rather than fail.
        let ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
        let url = serve(vec![vec![ok], vec![ok]]);
        let t = BlockingTransport::new(&url, None, Duration::from_secs(5)).unwrap();
        assert_eq!(t.exchange("GET", "/a", &[], "").unwrap().body, b"ok");
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(t.exchange("POST", "/b", &[], "{}").unwrap().body, b"ok");
    }

    /// A server that answers the first request of its one connection, then reads the
    /// second whole and closes without answering; it counts the requests it read.
    fn serve_then_drop_second() -> (String, Arc<std::sync::atomic::AtomicUsize>) {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = Arc::clone(&seen);
        std::thread::spawn(move || {
            for (conn, stream) in listener.incoming().enumerate() {
                let mut sock = stream.unwrap();
                for request in 0.. {
                    let mut buf = [0u8; 4096];
                    let mut got = Vec::new();
                    while !got.windows(4).any(|w| w == b"\r\n\r\n") {
                        let n = sock.read(&mut buf).unwrap_or(0);
                        if n == 0 {
                            break;
                        }
                        got.extend_from_slice(&buf[..n]);
                    }
                    if got.is_empty() {
                        break;
                    }
                    counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    if conn == 0 && request == 1 {
                        break; // read, maybe acted on, never answered
                    }
                    let ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
                    sock.write_all(ok.as_bytes()).unwrap();
                }
            }
        });
        (format!("http://{addr}"), seen)
    }

    #[test]
    fn a_post_that_may_have_arrived_is_never_sent_twice() {
        let (url, seen) = serve_then_drop_second();
        let t = BlockingTransport::new(&url, None, Duration::from_secs(5)).unwrap();
        assert_eq!(t.exchange("GET", "/a", &[], "").unwrap().body, b"ok");
        let Err(err) = t.exchange("POST", "/order", &[], "{}") else {
            panic!("a POST without an answer must fail, not be resent");
        };
        assert!(
            matches!(&err, Failure::Other(r) if r.contains("not sent again")),
            "{err:?}"
        );
        assert_eq!(seen.load(std::sync::atomic::Ordering::SeqCst), 2);
    }

    #[test]
    fn a_get_without_an_answer_is_sent_again() {
        let (url, seen) = serve_then_drop_second();
        let t = BlockingTransport::new(&url, None, Duration::from_secs(5)).unwrap();
        assert_eq!(t.exchange("GET", "/a", &[], "").unwrap().body, b"ok");
        assert_eq!(t.exchange("GET", "/b", &[], "").unwrap().body, b"ok");
        assert_eq!(seen.load(std::sync::atomic::Ordering::SeqCst), 3);
    }

    #[test]
    fn no_answer_in_time_is_a_timeout() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let t = BlockingTransport::new(&url, None, Duration::from_millis(200)).unwrap();
        assert!(matches!(
            t.exchange("GET", "/slow", &[], ""),
            Err(Failure::Timeout)
        ));
        drop(listener);
    }

    #[test]
    fn https_proxies_are_left_to_the_other_transport() {
        assert!(BlockingTransport::new(
            "http://127.0.0.1:1",
            Some("https://p:1"),
            Duration::from_secs(1)
        )
        .is_none());
        assert!(BlockingTransport::new(
            "http://127.0.0.1:1",
            Some("http://p:1"),
            Duration::from_secs(1)
        )
        .is_some());
    }
}
