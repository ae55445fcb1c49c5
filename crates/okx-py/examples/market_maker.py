"""A small market-making bot: quotes one bid and one ask around the mid of a local order
book, moves its quotes (amend) when the market moves, counts its fills exactly once, and
keeps a dead-man switch armed so that OKX cancels its quotes if the bot dies.

The pieces: `LiveOrderBook` (the book kept in Rust), WebSocket order operations
(`place_batch_orders`, `amend_batch_orders`, `cancel_batch_orders`), `FillTracker` and
`AsyncDeadManSwitch`. It is a sketch of the plumbing, not a strategy.

Run it as a script against a local mock exchange whose price wanders:

    python crates/okx-py/examples/market_maker.py
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Callable
from decimal import Decimal

from okx_py import (
    AsyncDeadManSwitch,
    AsyncOkxClient,
    Config,
    FillTracker,
    OkxApiError,
    OrderAck,
    WsClient,
)
from okx_py.testing import MockExchange

INST = "BTC-USDT"
SIZE = "0.001"
HALF_SPREAD = Decimal("0.0005")  # quotes at mid -/+ 5 bp
TICK = Decimal("0.1")


def quote(mid: Decimal, side: str) -> str:
    offset = mid * HALF_SPREAD
    px = mid - offset if side == "buy" else mid + offset
    return str(px.quantize(TICK))


async def cancel_all(trading: WsClient, quotes: list[OrderAck]) -> None:
    """Cancels the quotes still live; those already filled or gone are skipped."""
    # A partly failed cancel still cancelled the others; a gone quote needs nothing.
    with contextlib.suppress(OkxApiError):
        await trading.cancel_batch_orders([{"inst_id": INST, "ord_id": q.ord_id} for q in quotes])


async def run(
    config: Config, rounds: int, on_round: Callable[[], None] | None = None
) -> dict[str, object]:
    """Quotes for `rounds` book updates; returns what happened."""
    rest = AsyncOkxClient(config)
    market = await WsClient.connect_public(config)
    trading = await WsClient.connect_private(config)
    tracker = FillTracker(rest, inst_type="SPOT")
    position = [Decimal(0)]
    amends = requotes = 0

    async def count_fills() -> None:
        # Fills of our quotes, each counted once, however often OKX repeats them.
        async for message in trading:
            for fill in await tracker.process(message):
                size = Decimal(fill["fillSz"])
                position[0] += size if fill["side"] == "buy" else -size
                print(f"fill {fill['side']} {fill['fillSz']} @ {fill['fillPx']}")

    counting = asyncio.get_running_loop().create_task(count_fills())
    try:
        await trading.subscribe_orders("SPOT", inst_id=INST)
        book = await market.subscribe_orderbook(INST, channel="books5", messages=False)
        while not book.is_synced:
            await book.wait_update(timeout=10)
        async with AsyncDeadManSwitch(rest, timeout_secs=30) as switch:
            mid = book.mid
            assert mid is not None

            async def place_quotes() -> list[OrderAck]:
                assert mid is not None
                print(f"quoting {quote(mid, 'buy')} / {quote(mid, 'sell')} around {mid}")
                return await trading.place_batch_orders(
                    [
                        {
                            "inst_id": INST,
                            "td_mode": "cash",
                            "side": side,
                            "ord_type": "post_only",
                            "sz": SIZE,
                            "px": quote(mid, side),
                        }
                        for side in ("buy", "sell")
                    ]
                )

            quotes = await place_quotes()
            for _ in range(rounds):
                if on_round is not None:
                    on_round()
                await book.wait_update(timeout=10)
                new_mid = book.mid
                if new_mid is None or abs(new_mid - mid) < TICK:
                    continue
                mid = new_mid
                try:
                    await trading.amend_batch_orders(
                        [
                            {"inst_id": INST, "ord_id": q.ord_id, "new_px": quote(mid, side)}
                            for q, side in zip(quotes, ("buy", "sell"))
                        ]
                    )
                    amends += 1
                except OkxApiError:
                    # A quote was filled (or refused as post-only would cross): start over
                    # with a fresh pair.
                    await cancel_all(trading, quotes)
                    quotes = await place_quotes()
                    requotes += 1
            await cancel_all(trading, quotes)
            print(
                f"stopped after {amends} amends and {requotes} new pairs; position "
                f"{position[0]} BTC; dead-man switch refreshed {switch.refreshes} times"
            )
        return {
            "amends": amends,
            "requotes": requotes,
            "position": position[0],
            "fills": tracker.delivered,
            "quotes": [q.ord_id for q in quotes],
        }
    finally:
        counting.cancel()
        await trading.close()
        await market.close()


async def main(config: Config, exchange: MockExchange | None = None, rounds: int = 20) -> None:
    """Runs the bot; with `exchange` (a mock), the price wanders a little every round."""
    wander = random.Random(7)
    price = [Decimal((await AsyncOkxClient(config).get_ticker(INST)).last)]

    def move() -> None:
        if exchange is not None:
            price[0] = (price[0] * Decimal(1 + wander.uniform(-0.002, 0.002))).quantize(TICK)
            exchange.set_price(INST, str(price[0]))

    await run(config, rounds, move)


if __name__ == "__main__":
    with MockExchange() as ex:
        asyncio.run(main(ex.config(), ex))
