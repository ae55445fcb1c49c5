"""One benchmark driver process: runs one peer's scenario against a server and prints
its measurements as one JSON line. Started by run.py, one process per peer and round."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

INST = "BTC-USDT"


def cpu_seconds() -> float:
    """CPU time of the whole process, all threads, user + system."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def check_ticker(inst_id: str, last: str) -> None:
    if inst_id != INST or not last:
        raise RuntimeError(f"bad answer: instId={inst_id!r} last={last!r}")


def measure(call: Callable[[], None], n: int, warmup: int) -> dict[str, Any]:
    for _ in range(warmup):
        call()
    lat = []
    cpu0 = cpu_seconds()
    t0 = time.perf_counter()
    for _ in range(n):
        s = time.perf_counter_ns()
        call()
        lat.append(time.perf_counter_ns() - s)
    wall = time.perf_counter() - t0
    cpu = cpu_seconds() - cpu0
    return summarize(lat, wall, cpu, n)


async def ameasure(call: Callable[[], Awaitable[None]], n: int, warmup: int) -> dict[str, Any]:
    for _ in range(warmup):
        await call()
    lat = []
    cpu0 = cpu_seconds()
    t0 = time.perf_counter()
    for _ in range(n):
        s = time.perf_counter_ns()
        await call()
        lat.append(time.perf_counter_ns() - s)
    wall = time.perf_counter() - t0
    cpu = cpu_seconds() - cpu0
    return summarize(lat, wall, cpu, n)


def summarize(lat: list[int], wall: float, cpu: float, n: int) -> dict[str, Any]:
    lat.sort()

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] / 1000.0

    return {
        "p50_us": pct(0.50),
        "p90_us": pct(0.90),
        "p99_us": pct(0.99),
        "cpu_us": cpu / n * 1e6,
        "calls_per_s": n / wall,
        "n": n,
    }


def okx_py_sync(url: str, n: int, warmup: int) -> dict[str, Any]:
    from okx_py import Config, OkxClient

    client = OkxClient(Config(rest_url=url, simulated=True))

    def call() -> None:
        t = client.get_ticker(INST)
        check_ticker(t.inst_id, t.last)

    return measure(call, n, warmup)


def okx_py_async(url: str, n: int, warmup: int) -> dict[str, Any]:
    from okx_py import AsyncOkxClient, Config

    async def main() -> dict[str, Any]:
        client = AsyncOkxClient(Config(rest_url=url, simulated=True))

        async def call() -> None:
            t = await client.get_ticker(INST)
            check_ticker(t.inst_id, t.last)

        return await ameasure(call, n, warmup)

    return asyncio.run(main())


def python_okx(url: str, n: int, warmup: int) -> dict[str, Any]:
    import okx.MarketData as MarketData  # type: ignore[import-untyped]

    api = MarketData.MarketAPI(flag="1", domain=url, debug=False)

    def call() -> None:
        r = api.get_ticker(instId=INST)
        item = r["data"][0]
        check_ticker(item["instId"], item["last"])

    return measure(call, n, warmup)


def raw_socket(url: str, n: int, warmup: int) -> dict[str, Any]:
    """The practical limit: one blocking keep-alive socket, pre-built request, orjson."""
    import orjson

    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    request = (
        f"GET /api/v5/market/ticker?instId={INST} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        "x-simulated-trading: 1\r\n\r\n"
    ).encode()
    buf = bytearray()

    def call() -> None:
        sock.sendall(request)
        while True:
            end = buf.find(b"\r\n\r\n")
            if end >= 0:
                head = bytes(buf[:end]).lower()
                i = head.find(b"content-length:")
                if i < 0:
                    raise RuntimeError("answer without content-length")
                length = int(head[i + 15 :].split(b"\r\n", 1)[0])
                total = end + 4 + length
                if len(buf) >= total:
                    body = bytes(buf[end + 4 : total])
                    del buf[:total]
                    break
            chunk = sock.recv(65536)
            if not chunk:
                raise RuntimeError("server closed the connection")
            buf.extend(chunk)
        item = orjson.loads(body)["data"][0]
        check_ticker(item["instId"], item["last"])

    return measure(call, n, warmup)


PEERS: dict[str, Callable[[str, int, int], dict[str, Any]]] = {
    "okx-py sync": okx_py_sync,
    "okx-py async": okx_py_async,
    "python-okx": python_okx,
    "raw socket + orjson": raw_socket,
}


def main() -> None:
    peer, url, n, warmup, core = (
        sys.argv[1],
        sys.argv[2],
        int(sys.argv[3]),
        int(sys.argv[4]),
        int(sys.argv[5]),
    )
    if core >= 0 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {core})
    try:
        result = PEERS[peer](url, n, warmup)
        result["ok"] = True
    except Exception as e:  # a failing peer reports failure, never a speed
        result = {"ok": False, "error": f"{type(e).__name__}: {e}"}
    result["peer"] = peer
    print(json.dumps(result))


if __name__ == "__main__":
    main()
