"""A minimal HTTP forward proxy for tests: it serves absolute-form requests
(`GET http://127.0.0.1:PORT/path HTTP/1.1`), forwards them to their target and records them."""

from __future__ import annotations

import http.client
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

# Headers that concern one hop only (RFC 9110 section 7.6.1) and are not forwarded.
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)


@dataclass(frozen=True)
class ProxiedRequest:
    """One request the proxy forwarded, as the client sent it."""

    method: str
    url: str
    headers: dict[str, str]
    body: bytes
    status: int


class ForwardProxy:
    """Runs on 127.0.0.1 (random port) in a background thread; use it as a context manager."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._requests: list[ProxiedRequest] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                proxy._forward(self)

            def do_POST(self) -> None:
                proxy._forward(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """The proxy URL to put in `Config(proxy_url=...)`."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[ProxiedRequest]:
        """Every request forwarded so far, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def count(self) -> int:
        """How many requests were forwarded."""
        with self._lock:
            return len(self._requests)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ForwardProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _forward(self, handler: BaseHTTPRequestHandler) -> None:
        target = urlsplit(handler.path)
        if target.scheme != "http" or not target.hostname:
            handler.send_error(400, "a forward proxy needs an absolute-form http:// target")
            return
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP_BY_HOP}
        path = target.path or "/"
        if target.query:
            path = f"{path}?{target.query}"
        upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=30)
        try:
            upstream.request(handler.command, path, body=body or None, headers=headers)
            resp = upstream.getresponse()
            data = resp.read()
            status = resp.status
            resp_headers = resp.getheaders()
        except OSError:
            handler.send_error(502, "upstream unreachable")
            return
        finally:
            upstream.close()
        with self._lock:
            self._requests.append(
                ProxiedRequest(handler.command, handler.path, headers, body, status)
            )
        handler.send_response_only(status)
        for key, value in resp_headers:
            if key.lower() not in _HOP_BY_HOP and key.lower() != "content-length":
                handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
