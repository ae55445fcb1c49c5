"""Placing, amending and cancelling orders never loses or duplicates one: against okx-mock
faults (executed then 50004, executed then the connection dropped, refused with a
retryable code, HTTP 503), through the sync and async REST clients and the WebSocket,
the exchange ends with exactly one order per intended order, and the caller gets its
acknowledgement."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any, Literal

import pytest

from okx_py import (
    AsyncOkxClient,
    Config,
    OkxApiError,
    OkxClient,
    OrderAck,
    WsClient,
)
from okx_py.testing import MockExchange

ORDER = "/api/v5/trade/order"
BATCH = "/api/v5/trade/batch-orders"
CANCEL = "/api/v5/trade/cancel-order"

# An attempt's expTime passes this long after it was sent (short, so that tests resolving
# unknown outcomes stay quick).
EXPIRY = 0.2


@pytest.fixture
def ex() -> Iterator[MockExchange]:
    with MockExchange() as exchange:
        yield exchange


def config(ex: MockExchange, timeout_secs: float = 5.0) -> Config:
    base = ex.config(timeout_secs=timeout_secs)
    return Config(
        ex.credentials,
        simulated=ex.simulated,
        timeout_secs=timeout_secs,
        rest_url=base.rest_url,
        ws_public_url=base.ws_public_url,
        ws_private_url=base.ws_private_url,
        ws_business_url=base.ws_business_url,
        order_expiry_secs=EXPIRY,
    )


def posts(ex: MockExchange, path: str) -> int:
    return sum(1 for r in ex.requests(path) if r["method"] == "POST")


def lookups(ex: MockExchange) -> int:
    return sum(1 for r in ex.requests(ORDER) if r["method"] == "GET")


def place(client: OkxClient, px: str = "1000", **extra: Any) -> OrderAck:
    return client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px=px, **extra)


def only_order(ex: MockExchange, cl_ord_id: str) -> dict[str, Any]:
    found = ex.orders(cl_ord_id)
    assert len(found) == 1, found
    return found[0]


def test_every_order_gets_a_client_order_id_and_a_given_one_is_kept(ex: MockExchange) -> None:
    client = OkxClient(config(ex))
    ids = {place(client).cl_ord_id for _ in range(20)}
    assert len(ids) == 20
    assert all(i.isalnum() and 1 <= len(i) <= 32 for i in ids)
    assert place(client, cl_ord_id="mine1").cl_ord_id == "mine1"
    items: Any = [
        {"inst_id": "BTC-USDT", "td_mode": "cash", "side": "buy", "ord_type": "limit"}
        | {"sz": "0.01", "px": "999", "cl_ord_id": cid}
        for cid in ("b1", None)
    ]
    acks = client.place_batch_orders(items)
    assert acks[0].cl_ord_id == "b1" and acks[1].cl_ord_id.isalnum()
    assert all(len(ex.orders(a.cl_ord_id)) == 1 for a in acks)


@pytest.mark.parametrize("action", ["50004", "drop"])
def test_an_order_executed_without_answer_is_found_not_placed_again(
    ex: MockExchange, action: Literal["50004", "drop"]
) -> None:
    client = OkxClient(config(ex))
    ex.inject_after_execute(action, ORDER)
    ack = place(client)
    order = only_order(ex, ack.cl_ord_id)
    assert ack.ord_id == order["ordId"] and ack.s_code == "0"
    assert posts(ex, ORDER) == 1 and lookups(ex) == 1


def test_a_refused_attempt_is_sent_again(ex: MockExchange) -> None:
    client = OkxClient(config(ex))
    # Refused before execution: 50013 (busy) is retried after a backoff, HTTP 503 first
    # looked up (nothing there) and then sent again.
    ex.inject_okx_error("50013", "Systems are busy", path=ORDER)
    ack = place(client)
    only_order(ex, ack.cl_ord_id)
    assert posts(ex, ORDER) == 2 and lookups(ex) == 0
    ex.clear_requests()
    ex.inject_http_error(503, "busy", path=ORDER)
    ack = place(client)
    only_order(ex, ack.cl_ord_id)
    assert posts(ex, ORDER) == 2 and lookups(ex) == 1


def test_other_errors_are_raised_at_once(ex: MockExchange) -> None:
    client = OkxClient(config(ex))
    with pytest.raises(OkxApiError) as caught:
        client.place_order("BTC-USDT", "cash", "buy", "limit", "1000000", px="1000")
    assert caught.value.code == "51008"
    assert posts(ex, ORDER) == 1 and lookups(ex) == 0
    with pytest.raises(ValueError):
        client.place_order("BTC-USDT", "cash", "buy", "limit", "abc")
    assert posts(ex, ORDER) == 1


def test_a_batch_whose_answer_was_lost_is_recovered_item_by_item(ex: MockExchange) -> None:
    client = OkxClient(config(ex))
    items: list[Any] = [
        {"inst_id": "BTC-USDT", "td_mode": "cash", "side": "buy", "ord_type": "limit"}
        | {"sz": "0.01", "px": str(900 + i)}
        for i in range(3)
    ]
    ex.inject_after_execute("drop", BATCH)
    acks = client.place_batch_orders(items)
    assert [a.s_code for a in acks] == ["0", "0", "0"]
    for ack in acks:
        assert only_order(ex, ack.cl_ord_id)["ordId"] == ack.ord_id
    assert posts(ex, BATCH) == 1


def test_a_cancel_whose_answer_was_lost_reports_the_cancelled_order(ex: MockExchange) -> None:
    client = OkxClient(config(ex))
    ack = place(client)
    ex.inject_after_execute("drop", CANCEL)
    done = client.cancel_order("BTC-USDT", cl_ord_id=ack.cl_ord_id)
    assert done.ord_id == ack.ord_id
    assert only_order(ex, ack.cl_ord_id)["state"] == "canceled"


def test_async_client_recovers_the_same_way(ex: MockExchange) -> None:
    async def run() -> list[OrderAck]:
        client = AsyncOkxClient(config(ex))
        ex.inject_after_execute("50004", ORDER)
        first = await client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="1000")
        ex.inject_http_error(503, "busy", path=ORDER)
        second = await client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="1001")
        return [first, second]

    acks = asyncio.run(run())
    for ack in acks:
        assert only_order(ex, ack.cl_ord_id)["ordId"] == ack.ord_id
    assert posts(ex, ORDER) == 3


@pytest.mark.parametrize("action", ["50004", "drop", "delay"])
def test_websocket_orders_survive_lost_answers(
    ex: MockExchange, action: Literal["50004", "drop", "delay"]
) -> None:
    async def run() -> OrderAck:
        ws = await WsClient.connect_private(config(ex, timeout_secs=0.5))
        try:
            ex.inject_after_execute(action, "order", delay_secs=1.0)
            return await ws.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="1000")
        finally:
            await ws.close()

    ack = asyncio.run(run())
    order = only_order(ex, ack.cl_ord_id)
    assert order["ordId"] == ack.ord_id and ack.s_code == "0"
    # The only REST request was the lookup by clOrdId.
    assert posts(ex, ORDER) == 0 and lookups(ex) == 1


def test_websocket_order_operations_mirror_rest(ex: MockExchange) -> None:
    async def run() -> None:
        ws = await WsClient.connect_private(config(ex))
        try:
            ack = await ws.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="1000")
            assert isinstance(ack, OrderAck) and ack.cl_ord_id
            sells: Any = [
                {"inst_id": "BTC-USDT", "td_mode": "cash", "side": "sell"}
                | {"ord_type": "limit", "sz": "0.01", "px": str(90000 + i)}
                for i in range(2)
            ]
            acks = await ws.place_batch_orders(sells)
            amended = await ws.amend_order("BTC-USDT", ord_id=acks[0].ord_id, new_sz="0.02")
            assert amended.ord_id == acks[0].ord_id
            cancelled = await ws.cancel_batch_orders(
                [{"inst_id": "BTC-USDT", "ord_id": a.ord_id} for a in acks]
            )
            assert [c.s_code for c in cancelled] == ["0", "0"]
            await ws.cancel_order("BTC-USDT", cl_ord_id=ack.cl_ord_id)
            with pytest.raises(OkxApiError) as caught:
                await ws.place_order("BTC-USDT", "cash", "buy", "limit", "1000000", px="1000")
            assert caught.value.code == "51008"
            with pytest.raises(ValueError):
                await ws.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="x")
        finally:
            await ws.close()

    asyncio.run(run())
    states = {o["ordId"]: o for o in ex.orders()}
    assert len(states) == 3
    assert all(o["state"] == "canceled" for o in states.values())
    assert sorted(o["sz"] for o in states.values() if o["side"] == "sell") == ["0.01", "0.02"]
    assert posts(ex, ORDER) == 0


def test_clients_keep_round_trip_percentiles_per_endpoint(ex: MockExchange) -> None:
    client = OkxClient(config(ex))
    for i in range(5):
        place(client, px=str(1000 + i))
    client.get_ticker("BTC-USDT")
    stats = client.latency()
    order = stats["POST /api/v5/trade/order"]
    assert order["count"] == 5
    p50, p90, p99, top = order["p50_us"], order["p90_us"], order["p99_us"], order["max_us"]
    assert p50 is not None and p90 is not None and p99 is not None and top is not None
    assert 0 < p50 <= p90 <= p99 <= top
    # OKX's own time comes from the answers' inTime/outTime: order endpoints only.
    assert order["okx_p50_us"] is not None
    assert stats["GET /api/v5/market/ticker"]["okx_p50_us"] is None

    async def run() -> tuple[dict[str, dict[str, int | None]], dict[str, dict[str, int | None]]]:
        aclient = AsyncOkxClient(config(ex))
        await aclient.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="999")
        ws = await WsClient.connect_private(config(ex))
        try:
            await ws.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="998")
            return aclient.latency(), ws.latency()
        finally:
            await ws.close()

    rest_stats, ws_stats = asyncio.run(run())
    assert rest_stats["POST /api/v5/trade/order"]["count"] == 1
    assert ws_stats["WS order"]["count"] == 1
    assert ws_stats["WS order"]["okx_p50_us"] is not None


def test_each_result_reports_its_round_trip_and_okx_times(ex: MockExchange) -> None:
    client = OkxClient(config(ex))
    ack = place(client)
    timing = ack.latency
    assert timing is not None
    rtt, t_in, t_out = timing["rtt_us"], timing["in_time"], timing["out_time"]
    assert rtt is not None and t_in is not None and t_out is not None
    assert rtt > 0 and t_out - t_in >= 0
    ticker = client.get_ticker("BTC-USDT")
    assert ticker.latency is not None and ticker.latency["in_time"] is None
    # A result built by hand (or recovered by a lookup) has no timing.
    assert OrderAck._from_json('{"ordId": "1"}').latency is None

    async def run() -> tuple[OrderAck, OrderAck]:
        aclient = AsyncOkxClient(config(ex))
        rest_ack = await aclient.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="999")
        ws = await WsClient.connect_private(config(ex))
        try:
            ws_ack = await ws.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="998")
        finally:
            await ws.close()
        return rest_ack, ws_ack

    for result in asyncio.run(run()):
        assert result.latency is not None
        assert (result.latency["rtt_us"] or 0) > 0 and result.latency["in_time"] is not None


def test_other_websocket_order_operations_reach_their_url(ex: MockExchange) -> None:
    async def run() -> None:
        ws = await WsClient.connect_private(config(ex))
        try:
            assert await ws.mass_cancel("OPTION", "BTC-USD") == [{"result": True}]
            # Spread operations go to the business URL (okx-mock trades no spreads: it
            # refuses the op, and the refusal arrives as OKX's error).
            with pytest.raises(OkxApiError) as caught:
                await ws.place_spread_order("BTC-USDT_BTC-USDT-SWAP", "buy", "limit", "1", px="1")
            assert caught.value.code == "60019" and "/ws/v5/business" in str(caught.value)
        finally:
            await ws.close()

    asyncio.run(run())


def test_websocket_calls_take_their_own_timeout_and_exp_time(ex: MockExchange) -> None:
    async def run() -> OrderAck:
        ws = await WsClient.connect_private(config(ex, timeout_secs=30))
        try:
            with pytest.raises(ValueError, match="timeout_secs"):
                await ws.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", timeout_secs=0)
            # An expTime already past: OKX refuses (50037) and that is final.
            past = int(time.time() * 1000) - 60_000
            with pytest.raises(OkxApiError) as caught:
                await ws.place_order(
                    "BTC-USDT", "cash", "buy", "limit", "0.01", px="1000", exp_time_ms=past
                )
            assert caught.value.code == "50037"
            # The reply comes after 1 s; this call waits 0.3 s, then finds its order.
            ex.inject_after_execute("delay", "order", delay_secs=1.0)
            started = time.monotonic()
            ack = await ws.place_order(
                "BTC-USDT", "cash", "buy", "limit", "0.01", px="1001", timeout_secs=0.3
            )
            assert time.monotonic() - started < 1.0
            return ack
        finally:
            await ws.close()

    ack = asyncio.run(run())
    assert only_order(ex, ack.cl_ord_id)["px"] == "1001"
    assert len(ex.orders()) == 1
