//! One physical WebSocket connection: opening it (TCP, rustls with the ring provider and
//! the platform's roots, handshake) and sending and receiving frames on it.

use std::sync::Arc;
use std::time::Duration;

use futures_util::stream::{SplitSink, SplitStream};
use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{Message, Utf8Bytes};
use tokio_tungstenite::{Connector, MaybeTlsStream, WebSocketStream};

use crate::heartbeat::Heartbeat;
use crate::options::WsOptions;

type WsStream = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// What came off the socket, reduced to what the connection logic needs.
#[derive(Debug)]
pub(crate) enum Incoming {
    /// A text frame (binary frames holding UTF-8 are passed as text too).
    Text(Utf8Bytes),
    /// A control or non-text frame: a sign of life only.
    Other,
    /// The connection ended; the reason says how.
    Closed(String),
}

/// An open connection with its keep-alive state.
pub(crate) struct Link {
    sink: SplitSink<WsStream, Message>,
    stream: SplitStream<WsStream>,
    pub heartbeat: Heartbeat,
    pub logged_in: bool,
    requests: RequestBudget,
}

/// When each login / subscribe / unsubscribe of the last hour was sent.
#[derive(Debug, Default)]
pub(crate) struct RequestBudget {
    sent: std::collections::VecDeque<std::time::Instant>,
}

impl RequestBudget {
    /// Counts one request at `now`; `false` (nothing counted) when 480 were sent in the
    /// hour before.
    pub fn take(&mut self, now: std::time::Instant) -> bool {
        let hour = std::time::Duration::from_secs(3600);
        while self
            .sent
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) >= hour)
        {
            self.sent.pop_front();
        }
        if self.sent.len() >= REQUESTS_PER_HOUR {
            return false;
        }
        self.sent.push_back(now);
        true
    }
}

/// OKX allows 480 subscribe + unsubscribe + login requests per hour per connection
/// (rate-limits.md section 7).
pub(crate) const REQUESTS_PER_HOUR: usize = 480;

impl Link {
    /// Counts one login, subscribe or unsubscribe against the connection's hourly budget;
    /// `false` (and nothing counted) when the budget is spent.
    pub fn take_request(&mut self) -> bool {
        self.requests.take(std::time::Instant::now())
    }
}

/// The TLS setup of one connection. Built per connection, not cached for the process,
/// so that trust settings such as `SSL_CERT_FILE` apply as they do for REST clients.
fn tls_config() -> Result<Arc<rustls::ClientConfig>, String> {
    use rustls_platform_verifier::BuilderVerifierExt;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("tls setup failed: {e}"))?
        .with_platform_verifier()
        .map_err(|e| format!("tls setup failed: {e}"))
        .map(|b| Arc::new(b.with_no_client_auth()))
}

impl Link {
    /// Opens `url` (`ws://` or `wss://`) within `opts.connect_timeout`.
    pub async fn open(url: &str, opts: &WsOptions) -> Result<Link, String> {
        let request = url
            .into_client_request()
            .map_err(|e| format!("invalid url: {e}"))?;
        let connector = if url.starts_with("wss://") {
            Connector::Rustls(tls_config()?)
        } else {
            Connector::Plain
        };
        let connect = tokio_tungstenite::connect_async_tls_with_config(
            request,
            None,
            true, // no Nagle: frames are small and latency matters
            Some(connector),
        );
        let (ws, _response) = tokio::time::timeout(opts.connect_timeout, connect)
            .await
            .map_err(|_| format!("could not connect within {:?}", opts.connect_timeout))?
            .map_err(|e| format!("could not connect: {e}"))?;
        let (sink, stream) = ws.split();
        Ok(Link {
            requests: RequestBudget::default(),
            sink,
            stream,
            heartbeat: Heartbeat::new(opts.ping_interval, opts.pong_timeout, Instant::now()),
            logged_in: false,
        })
    }

    /// Sends one text frame.
    pub async fn send(&mut self, text: String) -> Result<(), String> {
        self.sink
            .send(Message::text(text))
            .await
            .map_err(|e| format!("send failed: {e}"))?;
        self.heartbeat.sent(Instant::now());
        Ok(())
    }

    /// Sends the keep-alive `ping` and starts the pong timer.
    pub async fn ping(&mut self) -> Result<(), String> {
        self.send("ping".to_owned()).await?;
        self.heartbeat.pinged(Instant::now());
        Ok(())
    }

    /// The next frame; every frame counts as a sign of life.
    pub async fn next(&mut self) -> Incoming {
        let item = self.stream.next().await;
        let now = Instant::now();
        match item {
            None => Incoming::Closed("connection closed".to_owned()),
            Some(Err(e)) => Incoming::Closed(format!("connection lost: {e}")),
            Some(Ok(msg)) => {
                self.heartbeat.received(now);
                match msg {
                    Message::Text(text) => Incoming::Text(text),
                    Message::Binary(bytes) => match Utf8Bytes::try_from(bytes) {
                        Ok(text) => Incoming::Text(text),
                        Err(_) => Incoming::Other,
                    },
                    Message::Close(frame) => Incoming::Closed(match frame {
                        Some(f) => format!("closed by server: {} {}", u16::from(f.code), f.reason),
                        None => "closed by server".to_owned(),
                    }),
                    Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => Incoming::Other,
                }
            }
        }
    }

    /// Says goodbye (best effort, bounded) and drops the connection.
    pub async fn close(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(1), self.sink.close()).await;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn request_budget_allows_480_per_hour() {
        let start = std::time::Instant::now();
        let mut budget = super::RequestBudget::default();
        for _ in 0..480 {
            assert!(budget.take(start));
        }
        assert!(!budget.take(start + std::time::Duration::from_secs(3599)));
        assert!(budget.take(start + std::time::Duration::from_secs(3600)));
    }

    use super::*;

    #[test]
    fn tls_uses_ring_and_builds() {
        let config = tls_config().unwrap();
        assert!(config.alpn_protocols.is_empty());
    }

    #[tokio::test]
    async fn unreachable_hosts_are_errors_not_panics() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let opts = WsOptions::default();
        for url in [
            format!("wss://127.0.0.1:{port}/ws/v5/public"),
            format!("ws://127.0.0.1:{port}/ws/v5/public"),
            "not a url".to_owned(),
            "http://127.0.0.1:1/".to_owned(),
        ] {
            let err = Link::open(&url, &opts).await.err().unwrap();
            assert!(!err.is_empty(), "{url}");
        }
    }
}
