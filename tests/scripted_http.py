"""A scripted HTTP/1.1 server for transport tests: every request is answered the way a test's
`behave` function says (answer, close without answering, hang, answer late, chunked, garbage),
and every connection and request is recorded."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Seen:
    """One request as the server read it."""

    conn: int  # the connection's number, from 0 in accept order
    nth: int  # the request's number on its connection, from 0
    method: str
    path: str
    body: bytes

    def query(self, name: str) -> str:
        return parse_qs(urlsplit(self.path).query).get(name, [""])[0]


# What to do with a request: "answer"; "answer, close" (answer, then close the connection
# as a server whose keep-alive ran out does, without saying so); "close" (close without
# answering); "hang" (never answer); "late" (answer after LATE_SECS); "chunked" (answer with
# chunked framing); "garbage" (bytes that are not HTTP).
Action = str
Behave = Callable[[Seen], Action]
LATE_SECS = 0.5


def okx_answer(data: list[dict[str, object]]) -> bytes:
    return json.dumps({"code": "0", "msg": "", "data": data}).encode()


class ScriptedServer:
    """Runs on 127.0.0.1 (random port) in background threads; use it as a context manager.
    `answer(seen)` makes the body of an answered request."""

    def __init__(self, behave: Behave, answer: Callable[[Seen], bytes]) -> None:
        self._behave = behave
        self._answer = answer
        self._lock = threading.Lock()
        self._seen: list[Seen] = []
        self._closed_by_client: set[int] = set()
        self._conns = 0
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    @property
    def seen(self) -> list[Seen]:
        with self._lock:
            return list(self._seen)

    @property
    def connections(self) -> int:
        with self._lock:
            return self._conns

    def closed_by_client(self, conn: int) -> bool:
        """Whether the client closed connection `conn` (seen as the end of its stream)."""
        with self._lock:
            return conn in self._closed_by_client

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def __enter__(self) -> ScriptedServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                number = self._conns
                self._conns += 1
            threading.Thread(target=self._serve, args=(sock, number), daemon=True).start()

    def _read_request(self, sock: socket.socket, buf: bytearray) -> tuple[str, str, bytes] | None:
        while b"\r\n\r\n" not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                return None
            buf.extend(chunk)
        end = buf.index(b"\r\n\r\n")
        head = bytes(buf[:end]).decode()
        lines = head.split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        while len(buf) < end + 4 + length:
            chunk = sock.recv(65536)
            if not chunk:
                return None
            buf.extend(chunk)
        body = bytes(buf[end + 4 : end + 4 + length])
        del buf[: end + 4 + length]
        return method, path, body

    def _serve(self, sock: socket.socket, number: int) -> None:
        buf = bytearray()
        nth = 0
        with sock:
            while not self._stop.is_set():
                try:
                    request = self._read_request(sock, buf)
                except OSError:
                    request = None
                if request is None:
                    with self._lock:
                        self._closed_by_client.add(number)
                    return
                seen = Seen(number, nth, *request)
                nth += 1
                with self._lock:
                    self._seen.append(seen)
                try:
                    if not self._act(sock, seen, self._behave(seen), number):
                        return
                except OSError:
                    return

    def _act(self, sock: socket.socket, seen: Seen, action: Action, number: int) -> bool:
        """Carries out `action`; False when the connection is done."""
        if action == "close":
            return False
        if action == "hang":
            while sock.recv(65536):
                pass
            with self._lock:
                self._closed_by_client.add(number)
            return False
        if action == "late":
            time.sleep(LATE_SECS)
        if action == "garbage":
            sock.sendall(b"SSH-2.0-definitely-not-http\r\n\r\n")
            return True
        body = self._answer(seen)
        if action == "chunked":
            half = len(body) // 2
            sock.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            for part in (body[:half], body[half:]):
                sock.sendall(b"%x\r\n%s\r\n" % (len(part), part))
            sock.sendall(b"0\r\n\r\n")
        else:
            head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n"
            sock.sendall(head.encode() + b"Content-Type: application/json\r\n\r\n" + body)
        return action != "answer, close"
