//! WebSocket faults a test can trigger on demand ([`WsFault`]); the hub applies them to the
//! open connections.

/// A WebSocket fault, applied at once by [`crate::MockServer::ws_fault`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WsFault {
    /// Cut every open connection without a close frame, as a network failure would.
    DropAll,
    /// Keep every open connection's TCP link but send nothing on it for `millis`: no `pong`,
    /// no acks, no pushes (what is dropped stays dropped). Connections opened later are
    /// unaffected, so a client that notices and reconnects recovers.
    HalfOpen {
        /// How long the connections stay silent.
        millis: u64,
    },
    /// Send OKX's service-upgrade notice (64008) to every open connection.
    Notice,
    /// Close every open connection with this close code (e.g. 4004), with OKX's reason text
    /// for the codes it documents.
    Close {
        /// The WebSocket close code.
        code: u16,
    },
    /// Fail the next `times` logins with 60009, whatever their credentials.
    RefuseLogins {
        /// How many logins fail.
        times: u32,
    },
    /// For the next `millis`, every frame the server queues reaches the client `millis` late.
    Delay {
        /// The added latency, and how long it lasts.
        millis: u64,
    },
}

/// OKX's reason text for a close code it documents (websocket.md section 6), else "".
pub(crate) fn close_reason(code: u16) -> &'static str {
    match code {
        1009 => "Request message exceeds the maximum frame length",
        4001 => "Login Failed",
        4002 => "Invalid Request",
        4003 => "APIKey subscription amount exceeds the limit 100",
        4004 => "No data received in 30s",
        4005 => "Buffer is full, cannot write data",
        4006 => "Abnormal disconnection",
        4007 => "API key has been updated or deleted. Please reconnect.",
        4008 => "The number of subscribed channels exceeds the maximum limit.",
        4009 => "The number of subscription channels for this connection exceeds the limit",
        _ => "",
    }
}
