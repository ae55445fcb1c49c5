"""Trading over the WebSocket: place, amend and cancel orders with OKX's WebSocket order
operations, with the same methods, arguments and typed results as the REST client.

okx-py logs the private connection in (and again after every reconnect), gives every order
a `clOrdId` when it has none, sets `expTime` so that a delayed request cannot execute
late, and, when an answer is lost (timeout, dropped connection, code 50004), looks the order
up by its `clOrdId` before it would ever send it again: no order is lost or duplicated.
A `FillTracker` turns the `orders` channel into fills delivered exactly once.

Run it as a script to try it against a local mock exchange started for the occasion:

    python crates/okx-py/examples/ws_trading.py
"""

from __future__ import annotations

import asyncio

from okx_py import AsyncOkxClient, Config, FillTracker, OkxApiError, WsClient
from okx_py.testing import MockExchange


async def main(config: Config) -> None:
    ws = await WsClient.connect_private(config)
    try:
        await ws.subscribe_orders("SPOT")
        tracker = FillTracker(AsyncOkxClient(config), inst_type="SPOT")

        # A resting order: the acknowledgement carries OKX's ordId and our clOrdId.
        ack = await ws.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="1000")
        print(f"placed {ack.ord_id} (clOrdId {ack.cl_ord_id})")
        amended = await ws.amend_order("BTC-USDT", ord_id=ack.ord_id, new_px="1001")
        print(f"amended {amended.ord_id}: sCode {amended.s_code}")
        cancelled = await ws.cancel_order("BTC-USDT", cl_ord_id=ack.cl_ord_id)
        print(f"cancelled {cancelled.ord_id}")

        # A batch, one per item; both rest far from the market.
        batch = await ws.place_batch_orders(
            [
                {
                    "inst_id": "ETH-USDT",
                    "td_mode": "cash",
                    "side": "buy",
                    "ord_type": "limit",
                    "sz": "0.1",
                    "px": "100",
                },
                {
                    "inst_id": "ETH-USDT",
                    "td_mode": "cash",
                    "side": "buy",
                    "ord_type": "limit",
                    "sz": "0.1",
                    "px": "101",
                },
            ]
        )
        print(f"batch placed: {[a.ord_id for a in batch]}")
        await ws.cancel_batch_orders([{"inst_id": "ETH-USDT", "ord_id": a.ord_id} for a in batch])

        # A marketable order fills at once; its fill arrives through the orders channel.
        filled = await ws.place_order(
            "BTC-USDT", "cash", "buy", "market", "100", tgt_ccy="quote_ccy"
        )
        fills: list[dict[str, str]] = []
        while not fills:
            message = await asyncio.wait_for(ws.recv(), timeout=10)
            if message is None:
                break
            fills.extend(f for f in await tracker.process(message) if f["ordId"] == filled.ord_id)
        for fill in fills:
            print(f"fill {fill['tradeId']}: {fill['side']} {fill['fillSz']} @ {fill['fillPx']}")

        # OKX's refusals raise as they do over REST.
        try:
            await ws.place_order("BTC-USDT", "cash", "buy", "limit", "1000000", px="1000")
        except OkxApiError as e:
            print(f"OkxApiError code {e.code}: {e.msg}")
    finally:
        await ws.close()


if __name__ == "__main__":
    with MockExchange() as exchange:
        asyncio.run(main(exchange.config()))
