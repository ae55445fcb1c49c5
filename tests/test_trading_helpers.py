"""`DeadManSwitch` / `AsyncDeadManSwitch` (OKX's cancel-all-after kept armed) and
`FillTracker` (fills from the orders channel, each delivered once, missed ones fetched
after a reconnect) against okx-mock."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

from okx_py import (
    AsyncDeadManSwitch,
    AsyncOkxClient,
    DeadManSwitch,
    FillTracker,
    OkxClient,
    WsClient,
)
from okx_py.testing import MockExchange

PATH = "/api/v5/trade/cancel-all-after"


@pytest.fixture
def ex() -> Iterator[MockExchange]:
    with MockExchange() as exchange:
        # 10 s of OKX's timer last 2 s here (OKX takes one refresh per second).
        exchange.set_cancel_all_after_scale(0.2)
        yield exchange


def live(ex: MockExchange) -> list[str]:
    return [o["ordId"] for o in ex.orders() if o["state"] == "live"]


def rest(client: OkxClient) -> str:
    return client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="1000").ord_id


def timeouts_sent(ex: MockExchange) -> list[str]:
    return [r["body"]["timeOut"] for r in ex.requests(PATH)]


def test_switch_keeps_orders_alive_while_refreshed_and_disarms_on_stop(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    order = rest(client)
    with DeadManSwitch(client, timeout_secs=10, refresh_secs=1.0) as switch:
        time.sleep(4.5)  # more than twice the (scaled) timer
        assert live(ex) == [order]
        assert switch.refreshes >= 4 and switch.last_error is None
    sent = timeouts_sent(ex)
    assert sent[0] == "10" and sent[-1] == "0" and sent.count("10") == switch.refreshes
    time.sleep(2.5)
    assert live(ex) == [order]  # disarmed: nothing cancelled after stop


def test_a_bot_that_stops_refreshing_has_its_orders_cancelled(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    orders = [rest(client) for _ in range(3)]
    switch = DeadManSwitch(client, timeout_secs=10, refresh_secs=5).start()
    try:
        deadline = time.monotonic() + 10
        while live(ex) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert live(ex) == []
        assert {o["ordId"] for o in ex.orders() if o["state"] == "canceled"} == set(orders)
    finally:
        switch.stop(disarm=False)


def test_switch_arguments_are_checked(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    with pytest.raises(ValueError, match="timeout_secs"):
        DeadManSwitch(client, timeout_secs=5)
    with pytest.raises(ValueError, match="refresh_secs"):
        DeadManSwitch(client, timeout_secs=30, refresh_secs=30)


def test_async_switch(ex: MockExchange) -> None:
    async def run() -> int:
        client = AsyncOkxClient(ex.config())
        await client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="1000")
        async with AsyncDeadManSwitch(client, timeout_secs=10, refresh_secs=1.0) as switch:
            await asyncio.sleep(3.5)
            assert len(live(ex)) == 1
        return switch.refreshes

    refreshes = asyncio.run(run())
    assert refreshes >= 3
    assert timeouts_sent(ex)[-1] == "0"


def test_fill_tracker_delivers_pushed_and_missed_fills_once(ex: MockExchange) -> None:
    async def run() -> tuple[list[dict[str, str]], FillTracker]:
        client = OkxClient(ex.config())
        ws = await WsClient.connect_private(ex.config())
        tracker = FillTracker(AsyncOkxClient(ex.config()), inst_type="SPOT")
        got: list[dict[str, str]] = []
        try:
            await ws.subscribe_orders("SPOT")
            for _ in range(3):
                client.place_order("BTC-USDT", "cash", "buy", "market", "100")
            # Down for a while: fills made meanwhile reach no push.
            ex.ws_refuse_logins(2)
            ex.ws_drop_all()
            for _ in range(2):
                client.place_order("BTC-USDT", "cash", "buy", "market", "100")
            deadline = time.monotonic() + 20
            while len(got) < len(ex.fills()) and time.monotonic() < deadline:
                message = await asyncio.wait_for(ws.recv(), timeout=20)
                if message is not None:
                    got.extend(await tracker.process(message))
            # A replay of what was seen changes nothing.
            assert await tracker.reconcile() == []
        finally:
            await ws.close()
        return got, tracker

    got, tracker = asyncio.run(run())
    fills = ex.fills()
    keys = [(f["instId"], f["tradeId"], f["ordId"]) for f in got]
    assert len(keys) == len(set(keys)) == len(fills) >= 5
    assert set(keys) == {(f["instId"], f["tradeId"], f["ordId"]) for f in fills}
    assert {f["source"] for f in got} == {"push", "rest"}
    assert tracker.delivered == len(fills)
