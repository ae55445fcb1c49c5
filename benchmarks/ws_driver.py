"""One WebSocket benchmark driver process: one peer subscribes a channel of BTC-USDT, waits
for the ack, triggers a flood of N messages through the mock's control endpoint and counts
the data messages until N arrived, each parsed into Python objects and validated. Prints its
measurements as one JSON line. Started by ws_run.py, one process per peer, scenario and
round.

    python benchmarks/ws_driver.py PEER SCENARIO WS_URL HTTP_URL N CORE SERVER_PID [CA_FILE]

Scenarios:
- `tickers`: channel `tickers`; each message's `instId` and `last` checked.
- `books`: channel `books` (snapshot, then updates); parse-only peers check each message's
  `arg`, `asks`/`bids` and that `prevSeqId` continues the previous `seqId` (so none was
  lost); book-keeping peers apply every update to their book.
- `memory`: tickers; a warm-up flood of N/10 messages, then N more in floods of at most
  250,000: the client's RSS after the warm-up and after the N messages.
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
SYMBOL = "BTC/USDT"
CHUNK = 250_000  # the largest flood of the memory scenario: the mock holds it while writing


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


def rss_mb() -> float:
    """The process's resident set size now (Linux), in MB, or NaN."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return float("nan")


class BadMessage(RuntimeError):
    pass


def bad(m: Any) -> BadMessage:
    return BadMessage(f"unexpected message: {str(m)[:200]}")


class Check:
    """Validates data messages of the scenario's channel, in OKX's shape (`arg`, `action`,
    `data`; okx-py's dicts carry the same keys)."""

    def __init__(self, channel: str) -> None:
        self.channel = channel
        self.seq = -1

    def __call__(self, m: Any) -> None:
        arg = m["arg"]
        if arg["channel"] != self.channel or arg["instId"] != INST:
            raise bad(m)
        d = m["data"][0]
        if self.channel == "tickers":
            if d["instId"] != INST or not d["last"]:
                raise bad(m)
            return
        if not isinstance(d["asks"], list) or not isinstance(d["bids"], list):
            raise bad(m)
        if m["action"] == "update" and self.seq >= 0 and d["prevSeqId"] != self.seq:
            raise BadMessage(f"books: prevSeqId {d['prevSeqId']} after seqId {self.seq}")
        self.seq = d["seqId"]


class Run:
    """The flood triggers and the measurement window of one run.

    A peer calls `start()` once subscribed and counts data messages; when the count reaches
    the target it got, it calls `next(count)`, which closes the window or starts the next
    flood and returns the next target (0: done)."""

    def __init__(
        self, scenario: str, control_url: str, n: int, server_pid: int, ca_file: str | None
    ) -> None:
        self.scenario = scenario
        self.channel = "books" if scenario == "books" else "tickers"
        self.control_url = control_url
        self.server_pid = server_pid
        self.ssl = ssl.create_default_context(cafile=ca_file) if ca_file else None
        self.ca_file = ca_file
        if scenario == "memory":
            self.stages = [max(1, n // 10)] + [CHUNK] * (n // CHUNK)
            if n % CHUNK:
                self.stages.append(n % CHUNK)
            self.n = n
        else:
            self.stages = [n]
            self.n = n
        self.stage = 0
        self.t0 = self.cpu0 = self.server0 = 0.0
        self.t1 = self.cpu1 = self.server1 = 0.0
        self.rss_warm = self.rss_after = float("nan")
        # Costs of reading a kept book from Python, for the peers that keep one.
        self.reads: dict[str, float] = {}

    def check(self) -> Check:
        return Check(self.channel)

    def trigger(self, count: int) -> None:
        """Asks the server for a flood (blocking); it answers once the frames are encoded."""
        u = urlsplit(self.control_url)
        host, port = u.hostname or "127.0.0.1", u.port or 80
        conn = (
            http.client.HTTPSConnection(host, port, context=self.ssl, timeout=60)
            if u.scheme == "https"
            else http.client.HTTPConnection(host, port, timeout=60)
        )
        query = f"channel={self.channel}&instId={INST}&count={count}"
        conn.request("POST", f"/mock/ws-flood?{query}")
        body = conn.getresponse().read()
        conn.close()
        answer = json.loads(body)
        if answer.get("code") != "0":
            raise RuntimeError(f"flood refused: {body[:200]!r}")

    def open_window(self) -> None:
        self.server0 = proc_cpu(self.server_pid)
        self.cpu0 = cpu_seconds()
        self.t0 = time.perf_counter()

    def start(self) -> int:
        """Triggers the first flood; returns the first target count."""
        self.trigger(self.stages[0])
        if self.scenario != "memory":
            self.open_window()
        return self.stages[0]

    def next(self, count: int) -> int:
        """The target `count` is in: closes the window (0) or starts the next flood."""
        self.stage += 1
        if self.scenario == "memory" and self.stage == 1:
            self.rss_warm = rss_mb()
            self.open_window()
        if self.stage == len(self.stages):
            self.t1 = time.perf_counter()
            self.cpu1 = cpu_seconds()
            self.server1 = proc_cpu(self.server_pid)
            self.rss_after = rss_mb()
            return 0
        self.trigger(self.stages[self.stage])
        return count + self.stages[self.stage]

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
            "rss_warm_mb": self.rss_warm,
            "rss_after_mb": self.rss_after,
            **self.reads,
        }


# ---- okx-py ----


def okx_py(run: Run, url: str, batch: bool) -> Awaitable[None]:
    from okx_py import Config, WsClient

    async def main() -> None:
        client = await WsClient.connect_public(Config(ws_public_url=url, simulated=True))
        # Completes on the ack. The generic subscribe: subscribe_orderbook would also keep
        # the book in Rust, which is the "okx-py book kept" peer, not this parse-only one.
        if run.channel == "books":
            await client.subscribe("books", instId=INST)
        else:
            await client.subscribe_tickers(INST)
        check = run.check()
        target = run.start()
        n = 0
        if batch:
            while target:
                messages = await client.recv_batch()
                if not messages:
                    raise RuntimeError(f"connection closed after {n} messages")
                for m in messages:
                    if m["type"] != "data":
                        continue
                    check(m)
                    n += 1
                    if n == target:
                        target = run.next(n)
                        if not target:
                            break
        else:
            async for m in client:
                if m["type"] != "data":
                    continue
                check(m)
                n += 1
                if n == target:
                    target = run.next(n)
                    if not target:
                        break
            if target:
                raise RuntimeError(f"connection closed after {n} messages")
        await client.close()

    return main()


def okx_py_batch(run: Run, url: str) -> Awaitable[None]:
    return okx_py(run, url, batch=True)


def okx_py_recv(run: Run, url: str) -> Awaitable[None]:
    return okx_py(run, url, batch=False)


READS = 20_000  # reads of the book timed after the flood


def time_reads(read: Callable[[], object]) -> float:
    """Median over 5 runs of the time of one `read()` call, in ns."""
    runs = []
    for _ in range(5):
        t0 = time.perf_counter_ns()
        for _ in range(READS):
            read()
        runs.append((time.perf_counter_ns() - t0) / READS)
    return sorted(runs)[2]


def okx_py_book_kept(run: Run, url: str) -> Awaitable[None]:
    """okx-py's order book kept in Rust: `subscribe_orderbook("BTC-USDT", "books",
    messages=False)`; every update is applied in Rust (seqId chain checked, a gap would
    resync), none reaches Python. The peer wakes on `wait_update()`, reads the best bid and
    ask, checks bid < ask, and counts applied updates through `stats()` until N. After the
    flood: the cost of reading best bid/ask and the top 10 levels from Python."""
    from okx_py import Config, WsClient

    async def main() -> None:
        client = await WsClient.connect_public(Config(ws_public_url=url, simulated=True))
        book = await client.subscribe_orderbook(INST, "books", messages=False)
        while not book.is_synced:
            await book.wait_update(timeout=10)
        base = book.stats()["pushes"]
        target = run.start()
        n = 0
        while target:
            await book.wait_update(timeout=30)
            bid, ask = book.best_bid, book.best_ask
            if bid is None or ask is None or not bid[0] < ask[0]:
                raise BadMessage(f"crossed or empty book: {bid} / {ask}")
            n = book.stats()["pushes"] - base
            while target and n >= target:
                target = run.next(target)
        stats = book.stats()
        if stats["gaps"] or stats["rest_snapshots"] or stats["checksum_mismatches"]:
            raise BadMessage(f"the book resynced during the flood: {stats}")
        if n != run.n:
            raise BadMessage(f"{n} updates applied, {run.n} sent")
        run.reads = {
            "read_top_ns": time_reads(lambda: (book.best_bid, book.best_ask)),
            "read_top10_ns": time_reads(lambda: (book.bids(10), book.asks(10))),
        }
        await client.close()

    return main()


# ---- python-okx ----


def python_okx(run: Run, url: str) -> Awaitable[None]:
    """The official SDK: its callback gets each message's text; it is parsed there with
    json.loads. It always passes an SSL context, so it needs wss (trusted through
    SSL_CERT_FILE, which ssl.create_default_context reads)."""
    from okx.websocket.WsPublicAsync import WsPublicAsync  # type: ignore[import-untyped]

    async def main() -> None:
        subscribed = asyncio.Event()
        done = asyncio.Event()
        state: dict[str, Any] = {"n": 0, "target": -1, "error": None}
        check = run.check()

        def callback(message: str) -> None:
            if state["error"] is not None:
                return
            try:
                m = json.loads(message)
                if "data" in m:
                    check(m)
                    state["n"] += 1
                    if state["n"] == state["target"]:
                        state["target"] = run.next(state["n"])
                        if not state["target"]:
                            done.set()
                elif m.get("event") == "subscribe":
                    subscribed.set()
                elif m.get("event") == "error":
                    raise RuntimeError(f"error event: {message[:200]}")
            except Exception as e:
                state["error"] = e
                subscribed.set()
                done.set()

        ws = WsPublicAsync(url=url)
        consumer = await ws.start()
        if ws.websocket is None:
            raise RuntimeError("python-okx could not connect")
        await ws.subscribe([{"channel": run.channel, "instId": INST}], callback)
        await asyncio.wait_for(subscribed.wait(), 10)
        if state["error"] is None:
            state["n"] = 0
            state["target"] = run.start()
            await done.wait()
        # The consumer keeps reading what is still in flight, then the close handshake
        # completes at once.
        await asyncio.sleep(0.1)
        await ws.stop()
        consumer.cancel()
        if state["error"] is not None:
            raise state["error"]

    return main()


# ---- ccxt.pro ----


def ccxt_pro(run: Run, url: str) -> Awaitable[None]:
    """ccxt.pro's okx: `watch_ticker` (each message parsed into ccxt's unified ticker) or
    `watch_order_book` (each update applied to ccxt's book, which checks the seqId chain).
    ccxt resolves a watch with the latest state, so several messages can arrive per await:
    its message handler counts them."""
    import ccxt.pro as ccxtpro  # type: ignore[import-untyped]

    books = run.channel == "books"
    state: dict[str, Any] = {"n": 0, "target": -1, "error": None}
    done = asyncio.Event()

    def counted(message: Any) -> None:
        if state["target"] < 0 or state["error"] is not None:
            return
        try:
            if message["arg"]["instId"] != INST:
                raise bad(message)
            state["n"] += 1
            if state["n"] == state["target"]:
                state["target"] = run.next(state["n"])
                if not state["target"]:
                    done.set()
        except Exception as e:
            state["error"] = e
            done.set()

    class Counting(ccxtpro.okx):  # type: ignore[misc]
        def handle_ticker(self, client: Any, message: Any) -> Any:
            result = super().handle_ticker(client, message)
            ticker = self.tickers[SYMBOL]
            if not ticker["last"] or ticker["info"]["instId"] != INST:
                state["error"] = bad(message)
                done.set()
            counted(message)
            return result

        def handle_order_book(self, client: Any, message: Any) -> Any:
            result = super().handle_order_book(client, message)
            book = self.orderbooks.get(SYMBOL)
            if book is None or book["nonce"] != message["data"][0]["seqId"]:
                state["error"] = BadMessage(f"ccxt.pro dropped its book at {str(message)[:200]}")
                done.set()
            counted(message)
            return result

    async def main() -> None:
        http_url = run.control_url
        config: dict[str, Any] = {"enableRateLimit": False}
        if run.ca_file:
            config["cafile"] = run.ca_file
        exchange = Counting(config)
        exchange.set_sandbox_mode(True)
        # ccxt.pro appends "/public" (and "?brokerId=9999" in sandbox mode) to urls[...]["ws"].
        for urls in (exchange.urls["api"], exchange.urls["test"]):
            urls["rest"] = http_url
            urls["ws"] = url[: -len("/public")]
        try:
            await exchange.load_markets()
            watch = exchange.watch_order_book if books else exchange.watch_ticker
            await asyncio.wait_for(watch(SYMBOL), 10)  # subscribed: the first push is in
            state["target"] = run.start()
            while not done.is_set():
                waiter = asyncio.ensure_future(watch(SYMBOL))
                finished = asyncio.ensure_future(done.wait())
                await asyncio.wait({waiter, finished}, return_when=asyncio.FIRST_COMPLETED)
                finished.cancel()
                if waiter.done():
                    got = waiter.result()
                    if books and not got["bids"][0][0] < got["asks"][0][0]:
                        raise bad(got)
                    if not books and not got["last"]:
                        raise bad(got)
                else:
                    waiter.cancel()
            if state["error"] is not None:
                raise state["error"]
            if books:
                ob = exchange.orderbooks[SYMBOL]
                run.reads = {
                    "read_top_ns": time_reads(lambda: (ob["bids"][0], ob["asks"][0])),
                    "read_top10_ns": time_reads(lambda: (ob["bids"][:10], ob["asks"][:10])),
                }
        finally:
            await exchange.close()

    return main()


# ---- websockets ----


def websockets_peer(run: Run, url: str, loads: Callable[[str | bytes], Any]) -> Awaitable[None]:
    from websockets.asyncio.client import connect

    async def main() -> None:
        async with connect(url, ssl=run.ssl, proxy=None, max_size=None) as ws:
            await ws.send(json.dumps({"op": "subscribe", "args": [subscription(run)]}))
            while True:
                m = loads(await asyncio.wait_for(ws.recv(), 10))
                if m.get("event") == "subscribe":
                    break
                if m.get("event") == "error":
                    raise bad(m)
            check = run.check()
            target = run.start()
            n = 0
            async for raw in ws:
                m = loads(raw)
                if "data" not in m:
                    continue
                check(m)
                n += 1
                if n == target:
                    target = run.next(n)
                    if not target:
                        break
            if target:
                raise RuntimeError(f"connection closed after {n} messages")
            await drain(ws)

    return main()


def subscription(run: Run) -> dict[str, str]:
    return {"channel": run.channel, "instId": INST}


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


# ---- picows ----


def picows_orjson(run: Run, url: str) -> Awaitable[None]:
    """picows (a Cython asyncio WebSocket client) with orjson on each frame's payload, in
    its `on_ws_frame` callback."""
    import orjson
    from picows import WSFrame, WSListener, WSMsgType, WSTransport, ws_connect

    subscribe = orjson.dumps({"op": "subscribe", "args": [subscription(run)]})
    state: dict[str, Any] = {"n": 0, "target": -1, "error": None}
    subscribed = asyncio.Event()
    done = asyncio.Event()
    check = run.check()

    def fail(e: Exception) -> None:
        if state["error"] is None:
            state["error"] = e
        subscribed.set()
        done.set()

    class Listener(WSListener):
        def on_ws_connected(self, transport: WSTransport) -> None:
            transport.send(WSMsgType.TEXT, subscribe)

        def on_ws_frame(self, transport: WSTransport, frame: WSFrame) -> None:
            if frame.msg_type != WSMsgType.TEXT:
                if frame.msg_type == WSMsgType.CLOSE:
                    fail(RuntimeError(f"closed by the server: {frame.get_close_code()}"))
                return
            if state["error"] is not None:
                return
            try:
                if not frame.fin:
                    raise BadMessage("fragmented message (not expected from okx-mock)")
                payload = frame.get_payload_as_memoryview()
                if frame.payload_size == 4 and payload.tobytes() == b"pong":
                    return
                m = orjson.loads(payload)
                if "data" in m:
                    check(m)
                    state["n"] += 1
                    if state["n"] == state["target"]:
                        state["target"] = run.next(state["n"])
                        if not state["target"]:
                            done.set()
                elif m.get("event") == "subscribe":
                    subscribed.set()
                elif m.get("event") == "error":
                    raise bad(m)
            except Exception as e:
                fail(e)

        def on_ws_disconnected(self, transport: WSTransport) -> None:
            fail(RuntimeError(f"disconnected after {state['n']} messages"))

    async def main() -> None:
        transport, _ = await ws_connect(Listener, url, ssl_context=run.ssl)
        try:
            await asyncio.wait_for(subscribed.wait(), 10)
            if state["error"] is None:
                state["n"] = 0
                state["target"] = run.start()
            while not done.is_set():
                # okx-mock closes a connection that sends nothing for 30 s.
                try:
                    await asyncio.wait_for(done.wait(), 10)
                except asyncio.TimeoutError:
                    transport.send(WSMsgType.TEXT, b"ping")
            if state["error"] is not None and state["target"]:
                raise state["error"]
        finally:
            transport.disconnect()

    return main()


PEERS: dict[str, Callable[[Run, str], Awaitable[None]]] = {
    "okx-py recv_batch": okx_py_batch,
    "okx-py recv": okx_py_recv,
    "okx-py book kept": okx_py_book_kept,
    "python-okx": python_okx,
    "ccxt.pro": ccxt_pro,
    "websockets + orjson": websockets_orjson,
    "websockets + json": websockets_json,
    "picows + orjson": picows_orjson,
}


def main() -> None:
    peer, scenario, url, control_url = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    n, core, server_pid = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
    ca_file = sys.argv[8] if len(sys.argv) > 8 else None
    if core >= 0 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {core})
    if ca_file:
        # Read by OpenSSL's default paths (python-okx) and by rustls' platform verifier (okx-py).
        os.environ["SSL_CERT_FILE"] = ca_file
    run = Run(scenario, control_url, n, server_pid, ca_file)
    try:
        asyncio.run(asyncio.wait_for(PEERS[peer](run, url), 300))
        result = run.result()
        result["ok"] = True
    except Exception as e:  # a failing peer reports failure, never a speed
        result = {"ok": False, "error": f"{type(e).__name__}: {e}"}
    result["peer"] = peer
    result["scenario"] = scenario
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
