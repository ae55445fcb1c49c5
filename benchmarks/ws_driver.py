"""One WebSocket benchmark driver process: one peer subscribes tickers BTC-USDT, waits for
the ack, triggers a flood of N messages through the mock's control endpoint and counts the
data messages until N arrived, each parsed into Python objects and validated. Prints its
measurements as one JSON line. Started by ws_run.py, one process per peer and round.

    python benchmarks/ws_driver.py PEER WS_URL CONTROL_URL N CORE SERVER_PID [CA_FILE]
"""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import resource
import ssl
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

INST = "BTC-USDT"
SUBSCRIBE = json.dumps({"op": "subscribe", "args": [{"channel": "tickers", "instId": INST}]})


def cpu_seconds() -> float:
    """CPU time of the whole process, all threads, user + system."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def proc_cpu(pid: int) -> float:
    """CPU seconds used so far by a process (Linux), or NaN."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


class BadMessage(RuntimeError):
    pass


def bad(m: Any) -> BadMessage:
    return BadMessage(f"unexpected message: {str(m)[:200]}")


class Run:
    """The flood trigger and the measurement window of one run."""

    def __init__(self, control_url: str, n: int, server_pid: int, ca_file: str | None) -> None:
        self.control_url = control_url
        self.n = n
        self.server_pid = server_pid
        self.ssl = ssl.create_default_context(cafile=ca_file) if ca_file else None
        self.t0 = self.cpu0 = self.server0 = 0.0
        self.t1 = self.cpu1 = self.server1 = 0.0

    def trigger(self) -> None:
        """Asks the server for the flood (blocking) and starts the clocks once it answers:
        the frames are encoded by then and being written."""
        u = urlsplit(self.control_url)
        host, port = u.hostname or "127.0.0.1", u.port or 80
        conn = (
            http.client.HTTPSConnection(host, port, context=self.ssl, timeout=60)
            if u.scheme == "https"
            else http.client.HTTPConnection(host, port, timeout=60)
        )
        conn.request("POST", f"/mock/ws-flood?channel=tickers&instId={INST}&count={self.n}")
        body = conn.getresponse().read()
        conn.close()
        answer = json.loads(body)
        if answer.get("code") != "0":
            raise RuntimeError(f"flood refused: {body[:200]!r}")
        self.server0 = proc_cpu(self.server_pid)
        self.cpu0 = cpu_seconds()
        self.t0 = time.perf_counter()

    def stop(self) -> None:
        """The N-th message is in: stops the clocks."""
        self.t1 = time.perf_counter()
        self.cpu1 = cpu_seconds()
        self.server1 = proc_cpu(self.server_pid)

    def result(self) -> dict[str, Any]:
        wall = self.t1 - self.t0
        cpu = self.cpu1 - self.cpu0
        server = self.server1 - self.server0
        return {
            "n": self.n,
            "wall_s": wall,
            "msgs_per_s": self.n / wall,
            "cpu_us": cpu / self.n * 1e6,
            "cpu_pct": cpu / wall * 100,
            "server_cpu_us": server / self.n * 1e6,
            "server_pct": server / wall * 100,
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }


def okx_py(run: Run, url: str, batch: bool) -> Awaitable[None]:
    from okx_py import Config, WsClient

    async def main() -> None:
        client = await WsClient.connect_public(Config(ws_public_url=url, simulated=True))
        await client.subscribe_tickers(INST)  # completes on the ack
        run.trigger()
        n, total = 0, run.n
        if batch:
            while n < total:
                messages = await client.recv_batch()
                if not messages:
                    raise RuntimeError("connection closed")
                for m in messages:
                    if m["type"] != "data":
                        continue
                    d = m["data"][0]
                    if m["channel"] != "tickers" or d["instId"] != INST or not d["last"]:
                        raise bad(m)
                    n += 1
                    if n == total:
                        break
        else:
            async for m in client:
                if m["type"] != "data":
                    continue
                d = m["data"][0]
                if m["channel"] != "tickers" or d["instId"] != INST or not d["last"]:
                    raise bad(m)
                n += 1
                if n == total:
                    break
        if n < total:
            raise RuntimeError(f"connection closed after {n} messages")
        run.stop()
        await client.close()

    return main()


def okx_py_batch(run: Run, url: str) -> Awaitable[None]:
    return okx_py(run, url, batch=True)


def okx_py_recv(run: Run, url: str) -> Awaitable[None]:
    return okx_py(run, url, batch=False)


def python_okx(run: Run, url: str) -> Awaitable[None]:
    """The official SDK: its callback gets each message's text; it is parsed there with
    json.loads. It always passes an SSL context, so it needs wss (trusted through
    SSL_CERT_FILE, which ssl.create_default_context reads)."""
    from okx.websocket.WsPublicAsync import WsPublicAsync  # type: ignore[import-untyped]

    async def main() -> None:
        subscribed = asyncio.Event()
        done = asyncio.Event()
        state: dict[str, Any] = {"n": 0, "error": None}
        total = run.n

        def callback(message: str) -> None:
            m = json.loads(message)
            if "data" in m:
                d = m["data"][0]
                if m["arg"]["channel"] != "tickers" or d["instId"] != INST or not d["last"]:
                    state["error"] = bad(m)
                    done.set()
                    return
                state["n"] += 1
                if state["n"] == total:
                    run.stop()
                    done.set()
            elif m.get("event") == "subscribe":
                subscribed.set()
            elif m.get("event") == "error":
                state["error"] = RuntimeError(f"error event: {message[:200]}")
                subscribed.set()
                done.set()

        ws = WsPublicAsync(url=url)
        consumer = await ws.start()
        if ws.websocket is None:
            raise RuntimeError("python-okx could not connect")
        await ws.subscribe([{"channel": "tickers", "instId": INST}], callback)
        await asyncio.wait_for(subscribed.wait(), 10)
        if state["error"] is None:
            run.trigger()
            await done.wait()
        # The consumer keeps reading what is still in flight (see drain()), then the close
        # handshake completes at once.
        await asyncio.sleep(0.1)
        await ws.stop()
        consumer.cancel()
        if state["error"] is not None:
            raise state["error"]

    return main()


def websockets_peer(run: Run, url: str, loads: Callable[[str | bytes], Any]) -> Awaitable[None]:
    from websockets.asyncio.client import connect

    async def main() -> None:
        async with connect(url, ssl=run.ssl, proxy=None, max_size=None) as ws:
            await ws.send(SUBSCRIBE)
            while True:
                m = loads(await asyncio.wait_for(ws.recv(), 10))
                if m.get("event") == "subscribe":
                    break
                if m.get("event") == "error":
                    raise bad(m)
            run.trigger()
            n, total = 0, run.n
            async for raw in ws:
                m = loads(raw)
                if "data" not in m:
                    continue
                d = m["data"][0]
                if m["arg"]["channel"] != "tickers" or d["instId"] != INST or not d["last"]:
                    raise bad(m)
                n += 1
                if n == total:
                    break
            if n < total:
                raise RuntimeError(f"connection closed after {n} messages")
            run.stop()
            await drain(ws)

    return main()


async def drain(ws: Any) -> None:
    """Reads what is still in flight (regular pushes count toward N, so the flood's last few
    frames are still coming): with unread messages queued, websockets stops reading and its
    close handshake would wait out close_timeout."""
    from websockets.exceptions import ConnectionClosed

    try:
        while True:
            await asyncio.wait_for(ws.recv(), 0.05)
    except (asyncio.TimeoutError, ConnectionClosed):
        pass


def websockets_orjson(run: Run, url: str) -> Awaitable[None]:
    import orjson

    return websockets_peer(run, url, orjson.loads)


def websockets_json(run: Run, url: str) -> Awaitable[None]:
    return websockets_peer(run, url, json.loads)


PEERS: dict[str, Callable[[Run, str], Awaitable[None]]] = {
    "okx-py recv_batch": okx_py_batch,
    "okx-py recv": okx_py_recv,
    "python-okx": python_okx,
    "websockets + orjson": websockets_orjson,
    "websockets + json": websockets_json,
}


def main() -> None:
    peer, url, control_url = sys.argv[1], sys.argv[2], sys.argv[3]
    n, core, server_pid = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
    ca_file = sys.argv[7] if len(sys.argv) > 7 else None
    if core >= 0 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {core})
    if ca_file:
        # Read by OpenSSL's default paths (python-okx) and by rustls' platform verifier (okx-py).
        os.environ["SSL_CERT_FILE"] = ca_file
    run = Run(control_url, n, server_pid, ca_file)
    try:
        asyncio.run(asyncio.wait_for(PEERS[peer](run, url), 300))
        result = run.result()
        result["ok"] = True
    except Exception as e:  # a failing peer reports failure, never a speed
        result = {"ok": False, "error": f"{type(e).__name__}: {e}"}
    result["peer"] = peer
    print(json.dumps(result))


if __name__ == "__main__":
    main()
