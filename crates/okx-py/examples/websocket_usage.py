"""Usage of okx-py's WebSocket client: public market data (ticker, order book, candles),
then the private orders channel following an order placed over REST.

Run it as a script to try it against a local mock exchange started for the occasion:

    python crates/okx-py/examples/websocket_usage.py

Against OKX demo trading, pass your own config instead:

    asyncio.run(main(Config(Credentials(api_key, secret_key, passphrase), simulated=True)))
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

from okx_py import AsyncOkxClient, Config, WsClient
from okx_py.testing import MockExchange

TIMEOUT_SECS = 10.0


async def next_data(ws: WsClient, channel: str, ord_id: str | None = None) -> dict[str, Any]:
    """The next data message of `channel` (of order `ord_id` if given), printing the events
    (connection, subscription acks) met on the way; gives up after TIMEOUT_SECS."""

    async def find() -> dict[str, Any]:
        while True:
            msg = await ws.recv()
            if msg is None:
                raise RuntimeError("the WebSocket client was closed")
            if msg["type"] == "event":
                print(f"  event {msg['event']} ({msg['url']}) {msg['arg'] or msg['msg'] or ''}")
            elif (
                msg["type"] == "data"
                and msg["channel"] == channel
                and (ord_id is None or msg["data"][0]["ordId"] == ord_id)
            ):
                return msg

    return await asyncio.wait_for(find(), TIMEOUT_SECS)


async def main(config: Config) -> None:
    """Watches public channels, then an order's pushes on the private connection."""
    # Public data. Tickers and books are served by the public URL, candles by the business
    # URL: the client opens that second connection by itself when it is first needed.
    ws = await WsClient.connect_public(config)
    try:
        await ws.subscribe_tickers("BTC-USDT")
        await ws.subscribe_orderbook("BTC-USDT")  # "books": a snapshot, then updates
        await ws.subscribe_candles("BTC-USDT", "1m")

        ticker = (await next_data(ws, "tickers"))["data"][0]
        print(f"ticker {ticker['instId']}: last {ticker['last']}, bid {ticker['bidPx']}")

        # The book starts with a snapshot; each update then lists changed levels only
        # (size "0" removes a level) and chains on the previous one through seqId.
        snapshot = await next_data(ws, "books")
        book = snapshot["data"][0]
        print(
            f"book {snapshot['action']} seqId {book['seqId']}: {len(book['bids'])} bids, "
            f"{len(book['asks'])} asks, best bid {book['bids'][0][0]} ask {book['asks'][0][0]}"
        )
        update = (await next_data(ws, "books"))["data"][0]
        changed = len(update["bids"]) + len(update["asks"])
        print(
            f"book update seqId {update['seqId']} (prev {update['prevSeqId']}): {changed} changed"
        )

        ts, open_, high, low, close, *_ = (await next_data(ws, "candle1m"))["data"][0]
        print(f"candle1m {ts}: open {open_} high {high} low {low} close {close}")
    finally:
        await ws.close()

    # Private data: connect_private logs in; the orders channel pushes every change of
    # the account's orders, here those of an order placed and cancelled over REST.
    client = AsyncOkxClient(config)
    ws = await WsClient.connect_private(config)
    try:
        await ws.subscribe_orders("SPOT", inst_id="BTC-USDT")
        price = (Decimal(ticker["bidPx"]) / 2).quantize(Decimal(1))  # rests, never fills
        ack = await client.place_order(
            "BTC-USDT", "cash", "buy", "limit", "0.01", px=price, cl_ord_id="wsexample1"
        )
        order = (await next_data(ws, "orders", ack.ord_id))["data"][0]
        print(
            f"orders push {order['ordId']}: {order['side']} {order['sz']} @ {order['px']}, "
            f"{order['state']}"
        )
        await client.cancel_order("BTC-USDT", ord_id=ack.ord_id)
        order = (await next_data(ws, "orders", ack.ord_id))["data"][0]
        print(f"after cancel: {order['state']}")
    finally:
        await ws.close()


if __name__ == "__main__":
    with MockExchange() as exchange:
        print(f"mock exchange at {exchange.rest_url}")
        asyncio.run(main(exchange.config()))
