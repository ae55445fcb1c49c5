//! WebSocket faults a test can trigger on demand: [`WsFault`], which the hub applies to the
//! open connections, and [`BookFault`], which the order-book streams apply to their next push.

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

/// An order-book fault, applied once by [`crate::MockServer::book_fault`] to the next affected
/// push of one instrument (or of every instrument) on the incremental book channels (`books`,
/// `books-l2-tbt`, `books50-l2-tbt`) unless stated. A fault given while no such stream is
/// open waits for the first one to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookFault {
    /// One update is not sent (the stream moves on silently), so the next update's
    /// `prevSeqId` is not the last `seqId` a client saw. The book is changed if the market
    /// stands still, so the gap shows within about 200 ms.
    Gap,
    /// The last update is sent again, unchanged.
    Duplicate,
    /// A maintenance reset (websocket.md 8.3): the next update's `seqId` is smaller than its
    /// `prevSeqId` (which still equals the last `seqId`), and the instrument's `seqId`, REST
    /// `market/books` included, continues from that small value. Applied to the instrument at
    /// once, with a book change so every stream shows it.
    Reset,
    /// An update with empty `asks` and `bids` and `prevSeqId` == `seqId` == the last `seqId`,
    /// as OKX sends after 60 s without changes; `books5` and `bbo-tbt` subscribers get their
    /// latest snapshot again.
    KeepAlive,
    /// The next update carries a wrong, non-zero `checksum` (meaningful in
    /// [`crate::BookMode::Legacy`], where checksums are real).
    BadChecksum,
    /// The next subscriber of an incremental book channel gets its snapshot `millis` late, and
    /// nothing of that channel before it; the snapshot shows the book when it is sent. (In
    /// [`crate::BookMode::Announced`], which sends no snapshot, its first update comes late.)
    DelaySnapshot {
        /// How late the snapshot is sent.
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
