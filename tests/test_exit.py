"""Interpreter exit is clean after asyncio work: no runtime thread may touch the
interpreter once it is being torn down (that aborts the process with SIGABRT/SIGSEGV)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import asyncio
from okx_py import AsyncOkxClient, WsClient
from okx_py.testing import MockExchange

async def main(ex):
    ws = await WsClient.connect_public(ex.config())
    await ws.subscribe_tickers("BTC-USDT")
    book = await ws.subscribe_orderbook("BTC-USDT", messages=False)
    await book.wait_update(timeout=10)
    ex.ws_flood("tickers", "BTC-USDT", 2000)
    n = 0
    while n < 2000:
        n += sum(m["type"] == "data" for m in await ws.recv_batch())
    client = AsyncOkxClient(ex.config())
    await asyncio.gather(*(client.get_ticker("BTC-USDT") for _ in range(16)))
    await ws.close()

with MockExchange() as ex:
    asyncio.run(main(ex))
print("done")
"""


def test_exit_after_websocket_and_async_work_is_clean() -> None:
    # The fault this guards against showed in about 1 of 10 exits.
    for run in range(15):
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, (run, done.returncode, done.stderr[-2000:])
        assert done.stdout.strip() == "done"
