"""One sync client shared by many Python threads; the GIL is released while waiting."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from okx_py import AsyncOkxClient, OkxClient, Ticker
from okx_py.testing import MockExchange

TICKER = "/api/v5/market/ticker"
# Calls per thread: 8 x 2 stays within OKX's ticker limit (20 requests per 2 s).
CALLS = 2


def test_eight_threads_share_one_client(exchange: MockExchange, client: OkxClient) -> None:
    ids = ["BTC-USDT", "ETH-USDT", "SOL-USDT", "BTC-USDT-SWAP"] * 2
    served = exchange.request_count

    def work(inst_id: str) -> list[Ticker]:
        return [client.get_ticker(inst_id) for _ in range(CALLS)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, ids))
    assert len(results) == 8
    for inst_id, tickers in zip(ids, results):
        assert len(tickers) == CALLS
        assert all(t.inst_id == inst_id for t in tickers)
    assert exchange.request_count - served == 8 * CALLS


def test_threads_wait_on_the_network_side_by_side(
    exchange: MockExchange, client: OkxClient
) -> None:
    exchange.inject_delay(0.5, path=TICKER, times=8)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        tickers = list(pool.map(lambda _: client.get_ticker("BTC-USDT"), range(8)))
    elapsed = time.monotonic() - started
    assert all(t.inst_id == "BTC-USDT" for t in tickers)
    # One after the other would take 4 s.
    assert elapsed < 2.5, elapsed


def test_gil_is_released_while_a_sync_call_waits(exchange: MockExchange, client: OkxClient) -> None:
    ticks: list[float] = []
    stop = threading.Event()

    def tick() -> None:
        while not stop.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.01)

    ticker_thread = threading.Thread(target=tick)
    ticker_thread.start()
    try:
        exchange.inject_delay(1.0, path=TICKER)
        started = time.monotonic()
        assert client.get_ticker("BTC-USDT").inst_id == "BTC-USDT"
        ended = time.monotonic()
    finally:
        stop.set()
        ticker_thread.join()
    assert ended - started >= 0.9
    during = [t for t in ticks if started + 0.1 < t < ended - 0.1]
    # About 80 ticks fit in the window; a held GIL would allow none.
    assert len(during) >= 20, len(during)


@pytest.mark.asyncio
async def test_event_loop_keeps_running_while_an_async_call_waits(
    exchange: MockExchange, aclient: AsyncOkxClient
) -> None:
    exchange.inject_delay(1.0, path=TICKER)
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    ticking = asyncio.create_task(tick())
    try:
        ticker = await aclient.get_ticker("BTC-USDT")
    finally:
        ticking.cancel()
    assert ticker.inst_id == "BTC-USDT"
    assert ticks >= 20, ticks


@pytest.mark.asyncio
async def test_async_calls_run_concurrently(
    exchange: MockExchange, aclient: AsyncOkxClient
) -> None:
    exchange.inject_delay(0.5, path=TICKER, times=8)
    started = time.monotonic()
    tickers = await asyncio.gather(*(aclient.get_ticker("ETH-USDT") for _ in range(8)))
    assert all(t.inst_id == "ETH-USDT" for t in tickers)
    assert time.monotonic() - started < 2.0


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs Linux /proc")
def test_sync_client_does_its_io_on_the_calling_thread(exchange: MockExchange) -> None:
    # No runtime thread is started: the calling thread drives the request itself.
    before = len(os.listdir("/proc/self/task"))
    client = OkxClient(exchange.config())
    for _ in range(5):
        client.get_ticker("BTC-USDT")
    assert len(os.listdir("/proc/self/task")) == before
