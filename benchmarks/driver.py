"""One REST benchmark driver process: runs one peer's scenario against okx-mock and prints
its measurements as one JSON line. Started by run.py, one process per peer, scenario and
round.

    python benchmarks/driver.py PEER SCENARIO URL CALLS WARMUP CORE SERVER_PID

Scenarios: `ticker` (public GET), `balance` (signed GET), `order` (signed POST: place a
limit buy far below the market, then cancel it: two requests per operation, so resting
orders do not pile up in the mock and slow it down): CALLS operations one after the other;
`concurrent`: tickers with 64 requests in flight for CALLS milliseconds. The mock's test
credentials come in OKX_BENCH_KEY, OKX_BENCH_SECRET and OKX_BENCH_PASSPHRASE. Every answer
is validated; a peer that fails reports the failure.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import os
import resource
import selectors
import socket
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

INST = "BTC-USDT"
SYMBOL = "BTC/USDT"
WORKERS = 64  # requests in flight in the concurrent scenario
# A limit buy 98 % under the mock's BTC price (65,000): it rests; 0.01 USDT of margin each.
ORDER_SZ, ORDER_PX = "0.00001", "1000"
TICKER_PATH = f"/api/v5/market/ticker?instId={INST}"
BALANCE_PATH = "/api/v5/account/balance"
ORDER_PATH = "/api/v5/trade/order"
CANCEL_PATH = "/api/v5/trade/cancel-order"
ORDER_BODY = json.dumps(
    {
        "instId": INST,
        "tdMode": "cash",
        "side": "buy",
        "ordType": "limit",
        "sz": ORDER_SZ,
        "px": ORDER_PX,
    },
    separators=(",", ":"),
)

SyncCall = Callable[[], None]
AsyncCall = Callable[[], Awaitable[None]]


@dataclass
class Env:
    """Where the mock is and the credentials it accepts."""

    url: str
    host: str
    port: int
    api_key: str
    secret_key: str
    passphrase: str


def cpu_seconds() -> float:
    """CPU time of the whole process, all threads, user + system."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


SERVER_PID = 0


def server_cpu() -> float:
    """CPU seconds the server process has used so far (Linux), or NaN."""
    try:
        with open(f"/proc/{SERVER_PID}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


class Window:
    """Wall clock, the process's CPU and the server's CPU over the measured calls."""

    def __init__(self) -> None:
        self.server0 = server_cpu()
        self.cpu0 = cpu_seconds()
        self.t0 = time.perf_counter()

    def close(self) -> tuple[float, float, float]:
        """(wall s, client CPU s, server CPU s) since the window opened."""
        wall = time.perf_counter() - self.t0
        cpu = cpu_seconds() - self.cpu0
        return wall, cpu, server_cpu() - self.server0


# ---- validation ----


class BadAnswer(RuntimeError):
    pass


def check_ticker(inst_id: str, last: str) -> None:
    if inst_id != INST or not last:
        raise BadAnswer(f"bad ticker: instId={inst_id!r} last={last!r}")


def check_balance(ccys: list[str]) -> None:
    if "USDT" not in ccys:
        raise BadAnswer(f"bad balance: currencies {ccys!r}, expected USDT among them")


def check_ack(s_code: str, ord_id: str, what: str) -> None:
    if s_code != "0" or not ord_id:
        raise BadAnswer(f"{what} refused: sCode={s_code!r} ordId={ord_id!r}")


def okx_data(answer: Any) -> list[Any]:
    """`data` of an OKX answer with code "0"."""
    if not isinstance(answer, dict) or answer.get("code") != "0":
        raise BadAnswer(f"unexpected answer: {str(answer)[:200]}")
    data = answer["data"]
    if not isinstance(data, list) or not data:
        raise BadAnswer(f"answer without data: {str(answer)[:200]}")
    return data


def check_json(scenario: str, answer: Any) -> str:
    """Validates one parsed answer of a scenario's request; returns the ordId of an order
    ack (empty otherwise)."""
    item = okx_data(answer)[0]
    if scenario == "balance":
        check_balance([d["ccy"] for d in item["details"]])
        return ""
    if scenario == "order":
        check_ack(item["sCode"], item["ordId"], "order")
        ord_id: str = item["ordId"]
        return ord_id
    check_ticker(item["instId"], item["last"])
    return ""


# ---- signing, for the peers that are plain HTTP clients ----


def sign(env: Env, method: str, path: str, body: str) -> dict[str, str]:
    """OKX's request signature headers: base64(HMAC-SHA256(secret, ts + method + path +
    body)), ts in ISO 8601 with milliseconds."""
    now = time.time()
    ts = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now % 1 * 1000):03d}Z"
    mac = hmac.new(env.secret_key.encode(), (ts + method + path + body).encode(), hashlib.sha256)
    return {
        "OK-ACCESS-KEY": env.api_key,
        "OK-ACCESS-SIGN": base64.b64encode(mac.digest()).decode(),
        "OK-ACCESS-TIMESTAMP": ts,
        "OK-ACCESS-PASSPHRASE": env.passphrase,
        "Content-Type": "application/json",
        "x-simulated-trading": "1",
    }


PUBLIC_HEADERS = {"x-simulated-trading": "1"}


def cancel_body(ord_id: str) -> str:
    return f'{{"instId":"{INST}","ordId":"{ord_id}"}}'


# A transport sends (method, path, body, headers) and returns the answer's bytes.
Send = Callable[[str, str, str, dict[str, str]], bytes]
ASend = Callable[[str, str, str, dict[str, str]], Awaitable[bytes]]


def transport_calls(env: Env, send: Send) -> dict[str, SyncCall]:
    """The scenarios' calls over a plain HTTP client that signs with `sign` and decodes with
    orjson, as a user of that client writes them."""

    def ticker() -> None:
        check_json("ticker", orjson.loads(send("GET", TICKER_PATH, "", PUBLIC_HEADERS)))

    def balance() -> None:
        headers = sign(env, "GET", BALANCE_PATH, "")
        check_json("balance", orjson.loads(send("GET", BALANCE_PATH, "", headers)))

    def order() -> None:
        headers = sign(env, "POST", ORDER_PATH, ORDER_BODY)
        ord_id = check_json("order", orjson.loads(send("POST", ORDER_PATH, ORDER_BODY, headers)))
        body = cancel_body(ord_id)
        headers = sign(env, "POST", CANCEL_PATH, body)
        check_json("order", orjson.loads(send("POST", CANCEL_PATH, body, headers)))

    return {"ticker": ticker, "balance": balance, "order": order}


def async_transport_calls(env: Env, send: ASend) -> dict[str, AsyncCall]:
    """As `transport_calls`, for an asyncio HTTP client."""

    async def ticker() -> None:
        check_json("ticker", orjson.loads(await send("GET", TICKER_PATH, "", PUBLIC_HEADERS)))

    async def balance() -> None:
        headers = sign(env, "GET", BALANCE_PATH, "")
        check_json("balance", orjson.loads(await send("GET", BALANCE_PATH, "", headers)))

    async def order() -> None:
        headers = sign(env, "POST", ORDER_PATH, ORDER_BODY)
        answer = await send("POST", ORDER_PATH, ORDER_BODY, headers)
        ord_id = check_json("order", orjson.loads(answer))
        body = cancel_body(ord_id)
        headers = sign(env, "POST", CANCEL_PATH, body)
        check_json("order", orjson.loads(await send("POST", CANCEL_PATH, body, headers)))

    return {"ticker": ticker, "balance": balance, "order": order}


def check_status(status: int, body: bytes) -> bytes:
    if status != 200:
        raise BadAnswer(f"HTTP {status}: {body[:200]!r}")
    return body


# ---- measurement ----


def summarize(lat: list[int], window: Window, n: int) -> dict[str, Any]:
    wall, cpu, server = window.close()
    lat.sort()

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] / 1000.0

    return {
        "p50_us": pct(0.50),
        "p90_us": pct(0.90),
        "p99_us": pct(0.99),
        "cpu_us": cpu / n * 1e6,
        "server_cpu_us": server / n * 1e6,
        "calls_per_s": n / wall,
        "n": n,
    }


def measure(call: SyncCall, n: int, warmup: int) -> dict[str, Any]:
    for _ in range(warmup):
        call()
    lat = []
    window = Window()
    for _ in range(n):
        s = time.perf_counter_ns()
        call()
        lat.append(time.perf_counter_ns() - s)
    return summarize(lat, window, n)


async def ameasure(call: AsyncCall, n: int, warmup: int) -> dict[str, Any]:
    for _ in range(warmup):
        await call()
    lat = []
    window = Window()
    for _ in range(n):
        s = time.perf_counter_ns()
        await call()
        lat.append(time.perf_counter_ns() - s)
    return summarize(lat, window, n)


def rate(n: int, window: Window) -> dict[str, Any]:
    wall, cpu, server = window.close()
    return {
        "req_per_s": n / wall,
        "cpu_us": cpu / n * 1e6,
        "server_cpu_us": server / n * 1e6,
        "server_pct": server / wall * 100,
        "n": n,
        "wall_s": wall,
    }


def concurrent_threads(call: SyncCall, ms: int, warmup: int) -> dict[str, Any]:
    """WORKERS threads share the client, each calling in a loop until `ms` milliseconds
    have passed: WORKERS requests in flight. Every thread warms up (opens its connection)
    before the clock starts; the window closes when the last request completes."""
    warm = max(1, warmup // WORKERS)
    errors: list[BaseException] = []
    done = [0] * WORKERS
    ready = threading.Barrier(WORKERS + 1)
    go = threading.Event()
    deadline = [0.0]

    def worker(k: int) -> None:
        try:
            for _ in range(warm):
                call()
        except BaseException as e:
            errors.append(e)
        ready.wait()
        go.wait()
        if errors:
            return
        n, end = 0, deadline[0]
        try:
            while time.perf_counter() < end:
                call()
                n += 1
        except BaseException as e:
            errors.append(e)
        done[k] = n

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(WORKERS)]
    for t in threads:
        t.start()
    ready.wait()
    if errors:
        go.set()
        raise errors[0]
    window = Window()
    deadline[0] = time.perf_counter() + ms / 1000
    go.set()
    for t in threads:
        t.join()
    result = rate(sum(done), window)
    if errors:
        raise errors[0]
    return result


async def concurrent_tasks(call: AsyncCall, ms: int, warmup: int) -> dict[str, Any]:
    """WORKERS asyncio tasks, each awaiting calls in a loop until `ms` milliseconds have
    passed: WORKERS requests in flight. The window closes when the last one completes."""
    warm = max(1, warmup // WORKERS)

    async def warm_up() -> None:
        for _ in range(warm):
            await call()

    async def loop(end: float) -> int:
        n = 0
        while time.perf_counter() < end:
            await call()
            n += 1
        return n

    await asyncio.gather(*(warm_up() for _ in range(WORKERS)))
    window = Window()
    end = time.perf_counter() + ms / 1000
    counts = await asyncio.gather(*(loop(end) for _ in range(WORKERS)))
    return rate(sum(counts), window)


def run_sync(calls: Mapping[str, SyncCall], scenario: str, n: int, warmup: int) -> dict[str, Any]:
    if scenario == "concurrent":
        return concurrent_threads(calls["ticker"], n, warmup)
    return measure(calls[scenario], n, warmup)


async def run_async(
    calls: Mapping[str, AsyncCall], scenario: str, n: int, warmup: int
) -> dict[str, Any]:
    if scenario == "concurrent":
        return await concurrent_tasks(calls["ticker"], n, warmup)
    return await ameasure(calls[scenario], n, warmup)


# ---- peers ----


def okx_py_sync(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    from okx_py import Config, Credentials, OkxClient

    creds = Credentials(env.api_key, env.secret_key, env.passphrase)
    # Like the other clients here: no client-side rate limiter, no clock measurement.
    client = OkxClient(
        Config(creds, simulated=True, rest_url=env.url, rate_limit="off", sync_clock=False)
    )

    def ticker() -> None:
        t = client.get_ticker(INST)
        check_ticker(t.inst_id, t.last)

    def balance() -> None:
        check_balance([d.ccy for d in client.get_balance().details])

    def order() -> None:
        ack = client.place_order(INST, "cash", "buy", "limit", ORDER_SZ, px=ORDER_PX)
        check_ack(ack.s_code, ack.ord_id, "order")
        done = client.cancel_order(INST, ord_id=ack.ord_id)
        check_ack(done.s_code, done.ord_id, "cancel")

    return run_sync({"ticker": ticker, "balance": balance, "order": order}, scenario, n, warmup)


def okx_py_async(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    from okx_py import AsyncOkxClient, Config, Credentials

    async def main() -> dict[str, Any]:
        creds = Credentials(env.api_key, env.secret_key, env.passphrase)
        client = AsyncOkxClient(
            Config(creds, simulated=True, rest_url=env.url, rate_limit="off", sync_clock=False)
        )

        async def ticker() -> None:
            t = await client.get_ticker(INST)
            check_ticker(t.inst_id, t.last)

        async def balance() -> None:
            check_balance([d.ccy for d in (await client.get_balance()).details])

        async def order() -> None:
            ack = await client.place_order(INST, "cash", "buy", "limit", ORDER_SZ, px=ORDER_PX)
            check_ack(ack.s_code, ack.ord_id, "order")
            done = await client.cancel_order(INST, ord_id=ack.ord_id)
            check_ack(done.s_code, done.ord_id, "cancel")

        calls = {"ticker": ticker, "balance": balance, "order": order}
        return await run_async(calls, scenario, n, warmup)

    return asyncio.run(main())


def python_okx(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    """The official SDK (httpx underneath); answers are the parsed JSON."""
    import okx.Account as Account  # type: ignore[import-untyped]
    import okx.MarketData as MarketData  # type: ignore[import-untyped]
    import okx.Trade as Trade  # type: ignore[import-untyped]

    args = {
        "api_key": env.api_key,
        "api_secret_key": env.secret_key,
        "passphrase": env.passphrase,
        "use_server_time": False,
        "flag": "1",
        "domain": env.url,
        "debug": False,
    }
    market = MarketData.MarketAPI(**args)
    account = Account.AccountAPI(**args)
    trade = Trade.TradeAPI(**args)

    def ticker() -> None:
        check_json("ticker", market.get_ticker(instId=INST))

    def balance() -> None:
        check_json("balance", account.get_account_balance())

    def order() -> None:
        placed = trade.place_order(
            instId=INST, tdMode="cash", side="buy", ordType="limit", sz=ORDER_SZ, px=ORDER_PX
        )
        ord_id = check_json("order", placed)
        check_json("order", trade.cancel_order(instId=INST, ordId=ord_id))

    return run_sync({"ticker": ticker, "balance": balance, "order": order}, scenario, n, warmup)


def ccxt_config(env: Env) -> dict[str, Any]:
    return {
        "apiKey": env.api_key,
        "secret": env.secret_key,
        "password": env.passphrase,
        "enableRateLimit": False,
    }


def ccxt_point_at(exchange: Any, env: Env) -> None:
    # Sandbox mode sends x-simulated-trading: 1 and copies urls["test"] to urls["api"].
    exchange.set_sandbox_mode(True)
    exchange.urls["api"]["rest"] = env.url
    exchange.urls["test"]["rest"] = env.url


def check_ccxt_order(order: Any, what: str) -> str:
    info = order.get("info") or {}
    check_ack(str(info.get("sCode")), str(order.get("id") or ""), what)
    ord_id: str = order["id"]
    return ord_id


def ccxt_sync(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    """ccxt's unified API: tickers, balances and orders are parsed into its dicts."""
    import ccxt  # type: ignore[import-untyped]

    exchange = ccxt.okx(ccxt_config(env))
    ccxt_point_at(exchange, env)
    exchange.load_markets()

    def ticker() -> None:
        t = exchange.fetch_ticker(SYMBOL)
        check_ticker(t["info"]["instId"], str(t["last"] or ""))

    def balance() -> None:
        check_balance([c for c, v in exchange.fetch_balance()["total"].items() if v])

    def order() -> None:
        placed = exchange.create_order(SYMBOL, "limit", "buy", float(ORDER_SZ), float(ORDER_PX))
        ord_id = check_ccxt_order(placed, "order")
        check_ccxt_order(exchange.cancel_order(ord_id, SYMBOL), "cancel")

    return run_sync({"ticker": ticker, "balance": balance, "order": order}, scenario, n, warmup)


def ccxt_async(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    import ccxt.async_support as ccxt_async_support  # type: ignore[import-untyped]

    async def main() -> dict[str, Any]:
        exchange = ccxt_async_support.okx(ccxt_config(env))
        ccxt_point_at(exchange, env)
        try:
            await exchange.load_markets()

            async def ticker() -> None:
                t = await exchange.fetch_ticker(SYMBOL)
                check_ticker(t["info"]["instId"], str(t["last"] or ""))

            async def balance() -> None:
                total = (await exchange.fetch_balance())["total"]
                check_balance([c for c, v in total.items() if v])

            async def order() -> None:
                placed = await exchange.create_order(
                    SYMBOL, "limit", "buy", float(ORDER_SZ), float(ORDER_PX)
                )
                ord_id = check_ccxt_order(placed, "order")
                check_ccxt_order(await exchange.cancel_order(ord_id, SYMBOL), "cancel")

            calls = {"ticker": ticker, "balance": balance, "order": order}
            return await run_async(calls, scenario, n, warmup)
        finally:
            await exchange.close()

    return asyncio.run(main())


def httpx_peer(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    """httpx's sync Client (keep-alive pool) + orjson."""
    import httpx

    client = httpx.Client(base_url=env.url, limits=httpx.Limits(max_connections=WORKERS))

    def send(method: str, path: str, body: str, headers: dict[str, str]) -> bytes:
        r = client.request(method, path, content=body or None, headers=headers)
        return check_status(r.status_code, r.content)

    return run_sync(transport_calls(env, send), scenario, n, warmup)


def aiohttp_peer(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    """aiohttp's ClientSession + orjson."""
    import aiohttp

    async def main() -> dict[str, Any]:
        async with aiohttp.ClientSession(base_url=env.url) as session:

            async def send(method: str, path: str, body: str, headers: dict[str, str]) -> bytes:
                async with session.request(method, path, data=body or None, headers=headers) as r:
                    return check_status(r.status, await r.read())

            return await run_async(async_transport_calls(env, send), scenario, n, warmup)

    return asyncio.run(main())


def pyreqwest_sync(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    """pyreqwest's SyncClient (Rust reqwest) + orjson."""
    from pyreqwest.client import SyncClientBuilder

    client = SyncClientBuilder().base_url(env.url).build()

    def send(method: str, path: str, body: str, headers: dict[str, str]) -> bytes:
        request = client.request(method, path).headers(headers)
        if body:
            request = request.body_text(body)
        r = request.build().send()
        return check_status(r.status, bytes(r.bytes()))

    return run_sync(transport_calls(env, send), scenario, n, warmup)


def pyreqwest_async(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    """pyreqwest's asyncio Client (Rust reqwest) + orjson."""
    from pyreqwest.client import ClientBuilder

    async def main() -> dict[str, Any]:
        async with ClientBuilder().base_url(env.url).build() as client:

            async def send(method: str, path: str, body: str, headers: dict[str, str]) -> bytes:
                request = client.request(method, path).headers(headers)
                if body:
                    request = request.body_text(body)
                r = await request.build().send()
                return check_status(r.status, bytes(await r.bytes()))

            return await run_async(async_transport_calls(env, send), scenario, n, warmup)

    return asyncio.run(main())


def httpr_sync(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    """httpr's Client (Rust reqwest) + orjson."""
    import httpr

    client = httpr.Client()

    def send(method: str, path: str, body: str, headers: dict[str, str]) -> bytes:
        content = body.encode() if body else None
        r = client.request(method, env.url + path, content=content, headers=headers)  # type: ignore[arg-type]
        return check_status(r.status_code, r.content)

    return run_sync(transport_calls(env, send), scenario, n, warmup)


def httpr_async(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    """httpr's AsyncClient (its sync client on a 64-thread executor) + orjson."""
    import httpr

    async def main() -> dict[str, Any]:
        async with httpr.AsyncClient() as client:

            async def send(method: str, path: str, body: str, headers: dict[str, str]) -> bytes:
                content = body.encode() if body else None
                url = env.url + path
                r = await client.request(method, url, content=content, headers=headers)  # type: ignore[arg-type]
                return check_status(r.status_code, r.content)

            return await run_async(async_transport_calls(env, send), scenario, n, warmup)

    return asyncio.run(main())


# ---- the practical limit ----


def take_answer(buf: bytearray) -> bytes | None:
    """Removes one complete HTTP/1.1 answer (Content-Length framed) from `buf` and returns
    its body, or None when it is not complete yet."""
    end = buf.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = bytes(buf[:end]).lower()
    if not head.startswith(b"http/1.1 200"):
        raise BadAnswer(f"answer: {bytes(buf[:200])!r}")
    i = head.find(b"content-length:")
    if i < 0:
        raise BadAnswer("answer without content-length")
    total = end + 4 + int(head[i + 15 :].split(b"\r\n", 1)[0])
    if len(buf) < total:
        return None
    body = bytes(buf[end + 4 : total])
    del buf[:total]
    return body


def raw_request(env: Env, method: str, path: str, body: str, headers: dict[str, str]) -> bytes:
    lines = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    length = f"Content-Length: {len(body)}\r\n" if body else ""
    return (
        f"{method} {path} HTTP/1.1\r\nHost: {env.host}:{env.port}\r\n{lines}{length}\r\n{body}"
    ).encode()


def raw_socket(env: Env, scenario: str, n: int, warmup: int) -> dict[str, Any]:
    """The practical limit: one blocking keep-alive socket, pre-built request bytes (signed
    requests: only the signature headers are made per call), orjson."""
    if scenario == "concurrent":
        return raw_socket_concurrent(env, n, warmup)
    sock = socket.create_connection((env.host, env.port))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = bytearray()
    ticker_request = raw_request(env, "GET", TICKER_PATH, "", PUBLIC_HEADERS)

    def exchange(request: bytes) -> bytes:
        sock.sendall(request)
        while (body := take_answer(buf)) is None:
            chunk = sock.recv(65536)
            if not chunk:
                raise BadAnswer("server closed the connection")
            buf.extend(chunk)
        return body

    def send(method: str, path: str, body: str, headers: dict[str, str]) -> bytes:
        if headers is PUBLIC_HEADERS and path == TICKER_PATH:
            return exchange(ticker_request)
        return exchange(raw_request(env, method, path, body, headers))

    return run_sync(transport_calls(env, send), scenario, n, warmup)


def raw_socket_concurrent(env: Env, ms: int, warmup: int) -> dict[str, Any]:
    """The limit with WORKERS requests in flight: WORKERS keep-alive sockets served by one
    thread with `selectors`; each answer is parsed with orjson and validated, and its
    socket sends the next pre-built request until `ms` milliseconds have passed."""
    request = raw_request(env, "GET", TICKER_PATH, "", PUBLIC_HEADERS)
    sel = selectors.DefaultSelector()
    socks = []
    for _ in range(WORKERS):
        s = socket.create_connection((env.host, env.port))
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sel.register(s, selectors.EVENT_READ, bytearray())
        socks.append(s)

    def run(limit: int, end: float) -> int:
        """Sends until `limit` requests were sent or `end` passed; returns the answers."""
        sent = done = 0
        for s in socks:
            if sent < limit:
                s.sendall(request)
                sent += 1
        while done < sent:
            for key, _ in sel.select():
                conn, buf = key.fileobj, key.data
                assert isinstance(conn, socket.socket)
                chunk = conn.recv(65536)
                if not chunk:
                    raise BadAnswer("server closed the connection")
                buf.extend(chunk)
                while (body := take_answer(buf)) is not None:
                    check_json("ticker", orjson.loads(body))
                    done += 1
                    if sent < limit and time.perf_counter() < end:
                        conn.sendall(request)
                        sent += 1
        return done

    run(max(WORKERS, warmup), float("inf"))
    window = Window()
    done = run(sys.maxsize, time.perf_counter() + ms / 1000)
    return rate(done, window)


PEERS: dict[str, Callable[[Env, str, int, int], dict[str, Any]]] = {
    "okx-py sync": okx_py_sync,
    "okx-py async": okx_py_async,
    "python-okx": python_okx,
    "ccxt sync": ccxt_sync,
    "ccxt async": ccxt_async,
    "httpx": httpx_peer,
    "aiohttp": aiohttp_peer,
    "pyreqwest sync": pyreqwest_sync,
    "pyreqwest async": pyreqwest_async,
    "httpr sync": httpr_sync,
    "httpr async": httpr_async,
    "raw socket + orjson": raw_socket,
}


def main() -> None:
    global SERVER_PID
    peer, scenario, url = sys.argv[1], sys.argv[2], sys.argv[3]
    n, warmup, core = int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
    SERVER_PID = int(sys.argv[7])
    if core >= 0 and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {core})
    host, port = url.removeprefix("http://").split(":")
    env = Env(
        url,
        host,
        int(port),
        os.environ.get("OKX_BENCH_KEY", ""),
        os.environ.get("OKX_BENCH_SECRET", ""),
        os.environ.get("OKX_BENCH_PASSPHRASE", ""),
    )
    try:
        result = PEERS[peer](env, scenario, n, warmup)
        result["ok"] = True
    except Exception as e:  # a failing peer reports failure, never a speed
        result = {"ok": False, "error": f"{type(e).__name__}: {e}"}
    result["peer"] = peer
    result["scenario"] = scenario
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
