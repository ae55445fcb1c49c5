//! HTTP/1.1 answer framing without I/O: the status line and headers (`httparse`) and the
//! body (length, chunked or until close) parsed from a buffer. Shared by the blocking
//! transport and the event-loop connection, which only differ in how bytes arrive.

/// How the body of an answer is delimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Framing {
    Length(usize),
    Chunked,
    UntilClose,
}

/// The status line and headers of an answer.
#[derive(Debug)]
pub(crate) struct Head {
    pub status: u16,
    /// Bytes of the head, up to and including the empty line.
    pub len: usize,
    pub framing: Framing,
    /// The answer said `Connection: close`.
    pub closing: bool,
}

/// A complete answer at the start of a buffer.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub status: u16,
    pub body: Vec<u8>,
    /// Bytes of the buffer the answer took.
    pub end: usize,
    /// The connection may carry another request (no `Connection: close`, not delimited by
    /// the close).
    pub reusable: bool,
}

/// Parses the head at the start of `buf`; `None` until it is complete.
pub(crate) fn parse_head(buf: &[u8]) -> Result<Option<Head>, String> {
    let mut headers = [httparse::EMPTY_HEADER; 48];
    let mut resp = httparse::Response::new(&mut headers);
    let len = match resp.parse(buf) {
        Ok(httparse::Status::Complete(len)) => len,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(e) => return Err(format!("malformed HTTP answer: {e}")),
    };
    let status = resp.code.unwrap_or(0);
    let mut framing = Framing::UntilClose;
    let mut closing = false;
    for h in resp.headers.iter() {
        if h.name.eq_ignore_ascii_case("content-length") {
            let n = std::str::from_utf8(h.value)
                .ok()
                .and_then(|v| v.trim().parse().ok())
                .ok_or_else(|| "bad content-length".to_owned())?;
            framing = Framing::Length(n);
        } else if h.name.eq_ignore_ascii_case("transfer-encoding") {
            if h.value
                .windows(7)
                .any(|w| w.eq_ignore_ascii_case(b"chunked"))
            {
                framing = Framing::Chunked;
            }
        } else if h.name.eq_ignore_ascii_case("connection") {
            closing = h.value.windows(5).any(|w| w.eq_ignore_ascii_case(b"close"));
        }
    }
    // 1xx, 204 and 304 carry no body.
    if status == 204 || status == 304 || (100..200).contains(&status) {
        framing = Framing::Length(0);
    }
    Ok(Some(Head {
        status,
        len,
        framing,
        closing,
    }))
}

/// Parses one whole answer at the start of `buf`; `eof` says the peer has closed, which
/// ends a body delimited by the close. `None` until the answer is complete.
pub(crate) fn parse_answer(buf: &[u8], eof: bool) -> Result<Option<Parsed>, String> {
    let Some(head) = parse_head(buf)? else {
        return Ok(None);
    };
    let (body, end) = match head.framing {
        Framing::Length(n) => {
            let end = head.len.checked_add(n).ok_or("bad content-length")?;
            match buf.get(head.len..end) {
                Some(body) => (body.to_vec(), end),
                None => return Ok(None),
            }
        }
        Framing::Chunked => match parse_chunked(buf, head.len)? {
            Some(done) => done,
            None => return Ok(None),
        },
        Framing::UntilClose if eof => (buf[head.len..].to_vec(), buf.len()),
        Framing::UntilClose => return Ok(None),
    };
    Ok(Some(Parsed {
        status: head.status,
        body,
        end,
        reusable: !head.closing && head.framing != Framing::UntilClose,
    }))
}

/// The position of the next CRLF at or after `from`.
fn crlf(buf: &[u8], from: usize) -> Option<usize> {
    buf.get(from..)?
        .windows(2)
        .position(|w| w == b"\r\n")
        .map(|i| from + i)
}

/// Decodes a chunked body that starts at `pos`: (body, end of the answer), or `None` until
/// the last chunk and the trailers are in.
fn parse_chunked(buf: &[u8], mut pos: usize) -> Result<Option<(Vec<u8>, usize)>, String> {
    let bad = || "malformed chunked answer".to_owned();
    let mut body = Vec::new();
    loop {
        let Some(line_end) = crlf(buf, pos) else {
            return Ok(None);
        };
        let line = std::str::from_utf8(&buf[pos..line_end]).map_err(|_| bad())?;
        let size = usize::from_str_radix(line.split(';').next().unwrap_or_default().trim(), 16)
            .map_err(|_| bad())?;
        pos = line_end + 2;
        if size == 0 {
            // Trailers end with an empty line.
            loop {
                let Some(i) = crlf(buf, pos) else {
                    return Ok(None);
                };
                if i == pos {
                    return Ok(Some((body, pos + 2)));
                }
                pos = i + 2;
            }
        }
        let data_end = pos.checked_add(size).ok_or_else(bad)?;
        if buf.len() < data_end + 2 {
            return Ok(None);
        }
        body.extend_from_slice(&buf[pos..data_end]);
        pos = data_end + 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_length_framed_answer_is_complete_once_its_body_is_in() {
        let full = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello";
        for cut in 0..full.len() {
            assert!(
                parse_answer(&full[..cut], false).unwrap().is_none(),
                "{cut}"
            );
        }
        let p = parse_answer(full, false).unwrap().unwrap();
        assert_eq!(
            (p.status, p.body.as_slice(), p.end, p.reusable),
            (200, &b"hello"[..], full.len(), true)
        );
    }

    #[test]
    fn chunked_answers_with_extensions_and_trailers_are_decoded() {
        let full =
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=1\r\n world\r\n0\r\nX-T: 1\r\n\r\n";
        for cut in 0..full.len() {
            assert!(
                parse_answer(&full[..cut], false).unwrap().is_none(),
                "{cut}"
            );
        }
        let p = parse_answer(full, false).unwrap().unwrap();
        assert_eq!(
            (p.body.as_slice(), p.end),
            (&b"hello world"[..], full.len())
        );
    }

    #[test]
    fn an_answer_without_length_ends_at_the_close_and_is_not_reused() {
        let full = b"HTTP/1.1 200 OK\r\n\r\nabc";
        assert!(parse_answer(full, false).unwrap().is_none());
        let p = parse_answer(full, true).unwrap().unwrap();
        assert_eq!((p.body.as_slice(), p.reusable), (&b"abc"[..], false));
    }

    #[test]
    fn connection_close_and_bodyless_statuses() {
        let p = parse_answer(
            b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
            false,
        )
        .unwrap()
        .unwrap();
        assert!(!p.reusable);
        let p = parse_answer(b"HTTP/1.1 204 No Content\r\n\r\n", false)
            .unwrap()
            .unwrap();
        assert_eq!((p.status, p.body.len(), p.reusable), (204, 0, true));
    }

    #[test]
    fn malformed_answers_are_errors() {
        assert!(parse_answer(b"NOT HTTP\r\n\r\n", false).is_err());
        assert!(parse_answer(b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", false).is_err());
        assert!(parse_answer(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            false
        )
        .is_err());
    }
}
