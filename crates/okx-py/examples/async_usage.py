"""Usage of okx-py's asyncio client: concurrent requests with asyncio.gather, an order's
lifecycle and typed errors.

Run it as a script to try it against a local mock exchange started for the occasion:

    python crates/okx-py/examples/async_usage.py

Against OKX demo trading, pass your own config instead:

    asyncio.run(main(Config(Credentials(api_key, secret_key, passphrase), simulated=True)))
"""

from __future__ import annotations

import asyncio
import time
from decimal import Decimal

from okx_py import AsyncOkxClient, Config, OkxApiError
from okx_py.testing import MockExchange


async def main(config: Config) -> None:
    """Runs independent requests concurrently, then trades with one client."""
    client = AsyncOkxClient(config)

    started = time.perf_counter()
    ticker, book, balance, tickers = await asyncio.gather(
        client.get_ticker("ETH-USDT"),
        client.get_orderbook("ETH-USDT", depth=5),
        client.get_balance(),
        client.get_tickers("SPOT"),
    )
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"four requests at once in {elapsed_ms:.1f} ms")
    print(f"{ticker.inst_id} last {ticker.last}, best bid {book.bids[0][0]} ask {book.asks[0][0]}")
    print("SPOT last prices:", ", ".join(f"{t.inst_id} {t.last}" for t in tickers))
    print(f"total equity {balance.total_eq} USD")

    # A resting order, placed and cancelled.
    price = (Decimal(ticker.bid_px) / 2).quantize(Decimal(1))
    ack = await client.place_order(
        "ETH-USDT", "cash", "buy", "limit", "0.1", px=price, cl_ord_id="asyncexample1"
    )
    order = await client.get_order("ETH-USDT", ord_id=ack.ord_id)
    print(f"order {order.ord_id}: {order.side} {order.sz} @ {order.px}, {order.state}")
    await client.cancel_order("ETH-USDT", ord_id=ack.ord_id)
    order = await client.get_order("ETH-USDT", ord_id=ack.ord_id)
    print(f"after cancel: {order.state}")

    # A market order fills at once.
    ack = await client.place_order("ETH-USDT", "cash", "buy", "market", "0.05", tgt_ccy="base_ccy")
    order = await client.get_order("ETH-USDT", ord_id=ack.ord_id)
    print(f"market buy {order.ord_id}: {order.state}, filled {order.acc_fill_sz} @ {order.avg_px}")

    try:
        await client.get_ticker("NOPE-USDT")
    except OkxApiError as e:
        print(f"OkxApiError code {e.code}: {e.msg}")


if __name__ == "__main__":
    with MockExchange() as exchange:
        print(f"mock exchange at {exchange.rest_url}")
        asyncio.run(main(exchange.config()))
