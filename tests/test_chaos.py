"""Chaos: hundreds of orders over REST (sync and async) and the WebSocket while faults are
injected before about every second order (executed then 50004, executed then the
connection dropped, answers delayed past the timeout, HTTP 503, busy 50013, WebSocket
connections dropped, the exchange's clock jumping). The exchange must end with exactly
one order per intended order, and a `FillTracker` fed by the private WebSocket must
deliver every fill exactly once."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from typing import Any, Literal

from okx_py import AsyncOkxClient, Config, FillTracker, OkxClient, OrderAck, WsClient
from okx_py.testing import MockExchange

ORDER = "/api/v5/trade/order"
BATCH = "/api/v5/trade/batch-orders"
INSTRUMENTS = ["BTC-USDT", "ETH-USDT", "SOL-USDT"]
ORDERS_PER_CHANNEL = 170
AFTER: dict[str, Literal["50004", "drop"]] = {"50004": "50004", "drop": "drop"}
TIMEOUT = 0.6


def config(ex: MockExchange) -> Config:
    base = ex.config()
    return Config(
        ex.credentials,
        simulated=ex.simulated,
        timeout_secs=TIMEOUT,
        rest_url=base.rest_url,
        ws_public_url=base.ws_public_url,
        ws_private_url=base.ws_private_url,
        ws_business_url=base.ws_business_url,
        order_expiry_secs=0.15,
    )


class Plan:
    """Which order gets which fault, reproducibly."""

    def __init__(self, ex: MockExchange, seed: int) -> None:
        self.ex = ex
        self.rng = random.Random(seed)
        self.faults: Counter[str] = Counter()
        self.prices = {i: float(ex_price(ex, i)) for i in INSTRUMENTS}
        listed = OkxClient(ex.config()).get_instruments("SPOT")
        self.sizes = {i.inst_id: i.min_sz for i in listed if i.inst_id in INSTRUMENTS}

    def order(self, n: int) -> dict[str, Any]:
        inst = INSTRUMENTS[n % len(INSTRUMENTS)]
        last = self.prices[inst]
        # Every fifth is marketable (fills at once against the book); the others rest.
        px = f"{last * 1.2:.2f}" if n % 5 == 0 else f"{last * 0.5:.2f}"
        return {"inst_id": inst, "side": "buy", "px": px, "sz": self.sizes[inst]}

    def rest_fault(self, path: str) -> None:
        kind = self.rng.choice(["none"] * 7 + ["50004", "drop", "delay", "503", "50013", "clock"])
        if kind in AFTER:
            self.ex.inject_after_execute(AFTER[kind], path)
        elif kind == "delay":
            self.ex.inject_after_execute("delay", path, delay_secs=TIMEOUT * 2)
        elif kind == "503":
            self.ex.inject_http_error(503, "Service Unavailable", path=path)
        elif kind == "50013":
            self.ex.inject_okx_error("50013", "Systems are busy", path=path)
        elif kind == "clock":
            self.ex.set_clock_offset_ms(self.rng.choice([-40_000, 0, 45_000]))
        if kind != "none":
            self.faults[kind] += 1

    def ws_fault(self) -> None:
        kind = self.rng.choice(["none"] * 6 + ["50004", "drop", "delay", "reconnect", "clock"])
        if kind in AFTER:
            self.ex.inject_after_execute(AFTER[kind], "order")
        elif kind == "delay":
            self.ex.inject_after_execute("delay", "order", delay_secs=TIMEOUT * 2)
        elif kind == "reconnect":
            self.ex.ws_drop_all()
        elif kind == "clock":
            self.ex.set_clock_offset_ms(self.rng.choice([-40_000, 0, 45_000]))
        if kind != "none":
            self.faults[f"ws {kind}"] += 1


def ex_price(ex: MockExchange, inst_id: str) -> str:
    return OkxClient(ex.config()).get_ticker(inst_id).last


def place_sync(client: OkxClient, plan: Plan, acks: list[OrderAck]) -> None:
    for n in range(ORDERS_PER_CHANNEL):
        o = plan.order(n)
        if n % 10 == 9:
            # Every tenth turn is a batch of three.
            plan.rest_fault(BATCH)
            items: Any = [
                {"td_mode": "cash", "ord_type": "limit"} | plan.order(n + k) for k in range(3)
            ]
            acks.extend(client.place_batch_orders(items))
            continue
        plan.rest_fault(ORDER)
        acks.append(
            client.place_order(o["inst_id"], "cash", o["side"], "limit", o["sz"], px=o["px"])
        )


async def place_async(client: AsyncOkxClient, plan: Plan, acks: list[OrderAck]) -> None:
    for n in range(ORDERS_PER_CHANNEL):
        o = plan.order(n)
        plan.rest_fault(ORDER)
        acks.append(
            await client.place_order(o["inst_id"], "cash", o["side"], "limit", o["sz"], px=o["px"])
        )


async def place_ws(ws: WsClient, plan: Plan, acks: list[OrderAck]) -> None:
    for n in range(ORDERS_PER_CHANNEL):
        o = plan.order(n)
        plan.ws_fault()
        acks.append(
            await ws.place_order(o["inst_id"], "cash", o["side"], "limit", o["sz"], px=o["px"])
        )


async def track_fills(ws: WsClient, tracker: FillTracker, out: list[dict[str, str]]) -> None:
    async for message in ws:
        out.extend(await tracker.process(message))


def test_chaos_orders_exactly_once_and_fills_delivered_once() -> None:
    started = time.monotonic()
    with MockExchange() as ex:
        ex.set_balance("USDT", "100000000")
        plan = Plan(ex, seed=20261125)
        acks: list[OrderAck] = []
        delivered: list[dict[str, str]] = []

        async def run() -> None:
            cfg = config(ex)
            # The exchange's clock jumps: the watcher and its REST client follow it.
            watched = ex.config(sync_clock=True)
            watcher = await WsClient.connect_private(watched)
            await watcher.subscribe_orders("SPOT")
            tracker = FillTracker(AsyncOkxClient(watched), inst_type="SPOT")
            tracking = asyncio.get_running_loop().create_task(
                track_fills(watcher, tracker, delivered)
            )
            try:
                await asyncio.to_thread(place_sync, OkxClient(cfg), plan, acks)
                await place_async(AsyncOkxClient(cfg), plan, acks)
                ws = await WsClient.connect_private(cfg)
                try:
                    await place_ws(ws, plan, acks)
                finally:
                    await ws.close()
                ex.set_clock_offset_ms(0)
                # Let the watcher catch up (and reconcile after the last drop).
                want = len(ex.fills())
                deadline = time.monotonic() + 20
                while len(delivered) < want and time.monotonic() < deadline:
                    await asyncio.sleep(0.1)
                # A tracker that failed would stop delivering: its error is the test's.
                if tracking.done():
                    tracking.result()
            finally:
                tracking.cancel()
                await watcher.close()

        asyncio.run(run())

        orders = ex.orders()
        fills = ex.fills()
        intended = len(acks)
        print(
            f"\nchaos: {intended} orders placed, {sum(plan.faults.values())} faults "
            f"{dict(sorted(plan.faults.items()))}, {len(orders)} orders on the exchange, "
            f"{len(fills)} fills, {len(delivered)} delivered, in {time.monotonic() - started:.1f} s"
        )
        assert intended >= 500
        assert sum(plan.faults.values()) >= 100
        # Exactly one order on the exchange per intended order, and nothing else.
        by_cl = Counter(o["clOrdId"] for o in orders)
        assert all(by_cl[a.cl_ord_id] == 1 for a in acks), [
            a.cl_ord_id for a in acks if by_cl[a.cl_ord_id] != 1
        ]
        assert len(orders) == intended
        assert {o["ordId"] for o in orders} == {a.ord_id for a in acks}
        # Every fill delivered, none twice.
        keys = [(f["instId"], f["tradeId"], f["ordId"]) for f in delivered]
        assert len(keys) == len(set(keys))
        assert set(keys) == {(f["instId"], f["tradeId"], f["ordId"]) for f in fills}
        assert len(fills) >= 50
