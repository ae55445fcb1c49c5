"""WsClient against okx-mock's WebSocket: routing, typed subscriptions, delivery, and
recovery from every failure the mock can inject."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from okx_py import (
    Config,
    Credentials,
    OkxApiError,
    OkxAuthError,
    OkxClient,
    OkxError,
    OkxWebSocketError,
    WsClient,
)
from okx_py.testing import MockExchange

Message = dict[str, Any]


@pytest.fixture
def ex() -> Any:
    with MockExchange() as exchange:
        yield exchange


@pytest_asyncio.fixture
async def public(ex: MockExchange) -> AsyncIterator[WsClient]:
    ws = await WsClient.connect_public(ex.config())
    yield ws
    await ws.close()


async def next_where(ws: WsClient, pred: Any, timeout: float = 10.0) -> Message:
    """The next message matching `pred`, within `timeout` seconds."""

    async def find() -> Message:
        while True:
            msg = await ws.recv()
            assert msg is not None, "stream ended"
            if pred(msg):
                return msg

    return await asyncio.wait_for(find(), timeout)


def is_data(channel: str) -> Any:
    return lambda m: m["type"] == "data" and m["channel"] == channel


async def wait_until(cond: Any, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


@pytest.mark.asyncio
async def test_ticker_push_is_a_data_dict_with_okx_strings(public: WsClient) -> None:
    await public.subscribe_tickers("BTC-USDT")
    msg = await next_where(public, is_data("tickers"))
    assert msg["arg"] == {"channel": "tickers", "instId": "BTC-USDT"}
    item = msg["data"][0]
    assert item["instId"] == "BTC-USDT"
    assert isinstance(item["last"], str) and float(item["last"]) > 0


@pytest.mark.asyncio
async def test_subscribe_ack_arrives_as_event(public: WsClient) -> None:
    await public.subscribe_trades("ETH-USDT")
    ack = await next_where(public, lambda m: m["type"] == "event" and m["event"] == "subscribe")
    assert ack["arg"] == {"channel": "trades", "instId": "ETH-USDT"}
    assert ack["url"] == "public"
    assert public.subscription_count() == 1


@pytest.mark.asyncio
async def test_book_snapshot_then_updates_chain_seq_ids(public: WsClient) -> None:
    await public.subscribe_orderbook("BTC-USDT")
    snap = await next_where(public, is_data("books"))
    assert snap["action"] == "snapshot"
    prev = snap["data"][0]["seqId"]
    update = await next_where(public, is_data("books"))
    assert update["action"] == "update"
    assert update["data"][0]["prevSeqId"] == prev


@pytest.mark.asyncio
async def test_each_channel_group_reaches_the_url_that_serves_it(ex: MockExchange) -> None:
    # okx-mock refuses a channel on the wrong URL (60018/64001), so every ack proves routing.
    ws = await WsClient.connect_private(ex.config())
    try:
        await ws.subscribe_tickers("BTC-USDT")  # public
        await ws.subscribe_orderbook("BTC-USDT", channel="books5")  # public, depth variant
        await ws.subscribe_orderbook("BTC-USDT", channel="bbo-tbt")
        await ws.subscribe_mark_price("BTC-USDT-SWAP")  # public
        await ws.subscribe_funding_rate("BTC-USDT-SWAP")
        await ws.subscribe_candles("BTC-USDT", interval="1m")  # business
        await ws.subscribe_trades_all("BTC-USDT")  # business
        await ws.subscribe_orders("SPOT")  # private
        await ws.subscribe_account()  # private
        await ws.subscribe_positions("SWAP")  # private
        assert ws.subscription_count() == 10
        assert ex.ws_subscription_count == 10
        assert ex.ws_connection_count == 3
        msg = await next_where(ws, is_data("candle1m"))
        assert msg["arg"]["instId"] == "BTC-USDT"
    finally:
        await ws.close()


@pytest.mark.asyncio
async def test_generic_subscribe_takes_snake_or_okx_names(public: WsClient) -> None:
    await public.subscribe("tickers", inst_id="BTC-USDT")
    await public.subscribe("tickers", instId="ETH-USDT")
    assert public.subscription_count() == 2
    await public.unsubscribe("tickers", inst_id="ETH-USDT")
    await wait_until(lambda: public.subscription_count() == 1)


@pytest.mark.asyncio
async def test_bad_subscriptions_raise_value_error_before_sending(
    ex: MockExchange, public: WsClient
) -> None:
    with pytest.raises(ValueError, match="no-such-channel"):
        await public.subscribe("no-such-channel", inst_id="BTC-USDT")
    with pytest.raises(ValueError, match="interval"):
        await public.subscribe_candles("BTC-USDT", interval="7m")
    with pytest.raises(ValueError, match="inst_id"):
        await public.subscribe("tickers")
    with pytest.raises(ValueError, match="channel"):
        await public.subscribe_orderbook("BTC-USDT", channel="books7")
    assert ex.ws_subscription_count == 0


@pytest.mark.asyncio
async def test_unknown_instrument_is_refused_by_okx(public: WsClient) -> None:
    with pytest.raises(OkxApiError) as err:
        await public.subscribe_tickers("NOPE-USDT")
    assert err.value.code is not None


@pytest.mark.asyncio
async def test_private_login_with_wrong_key_is_auth_error(ex: MockExchange) -> None:
    cfg = Config(
        Credentials("wrong-key", "wrong-secret", "wrong-pass"),
        simulated=True,
        ws_private_url=ex.ws_private_url,
        ws_public_url=ex.ws_public_url,
        ws_business_url=ex.ws_business_url,
        rest_url=ex.rest_url,
    )
    with pytest.raises(OkxAuthError):
        await WsClient.connect_private(cfg, max_reconnect_attempts=0)


@pytest.mark.asyncio
async def test_connect_private_needs_credentials(ex: MockExchange) -> None:
    with pytest.raises(ValueError, match="credentials"):
        await WsClient.connect_private(ex.config(with_credentials=False))


@pytest.mark.asyncio
async def test_order_pushes_follow_rest_orders(ex: MockExchange) -> None:
    ws = await WsClient.connect_private(ex.config())
    try:
        await ws.subscribe_orders("SPOT")
        ack = OkxClient(ex.config()).place_order(
            "BTC-USDT", "cash", "buy", "limit", "0.01", px="50000", cl_ord_id="wsorder1"
        )
        push = await next_where(
            ws, lambda m: m["type"] == "data" and m["data"][0]["ordId"] == ack.ord_id
        )
        assert push["channel"] == "orders"
        assert push["data"][0]["state"] == "live"
        assert push["data"][0]["clOrdId"] == "wsorder1"
    finally:
        await ws.close()


@pytest.mark.asyncio
async def test_hundred_forced_drops_restore_every_subscription(ex: MockExchange) -> None:
    ws = await WsClient.connect_private(ex.config(), ping_interval_secs=5.0)
    try:
        for inst in ("BTC-USDT", "ETH-USDT", "SOL-USDT"):
            await ws.subscribe_tickers(inst)
            await ws.subscribe_trades(inst)
        await ws.subscribe_candles("BTC-USDT", interval="1m")
        await ws.subscribe_candles("ETH-USDT", interval="5m")
        await ws.subscribe_orders("SPOT")
        await ws.subscribe_account()
        assert ws.subscription_count() == 10
        for _ in range(100):
            ex.ws_drop_all()
            await wait_until(lambda: ex.ws_subscription_count == 10 and ws.is_connected())
            # Drain what queued meanwhile, so the reader never falls behind.
            await ws.recv_batch()
        assert ws.subscription_count() == 10
        # The reader is not stuck: fresh data still arrives.
        await next_where(ws, is_data("tickers"))
    finally:
        await ws.close()


@pytest.mark.asyncio
async def test_half_open_connection_is_detected_within_two_ping_intervals(
    ex: MockExchange,
) -> None:
    ping = 1.0
    ws = await WsClient.connect_public(ex.config(), ping_interval_secs=ping, pong_timeout_secs=0.5)
    try:
        await ws.subscribe_tickers("BTC-USDT")
        await next_where(ws, is_data("tickers"))
        ex.ws_half_open(30.0)
        started = time.monotonic()
        await next_where(ws, lambda m: m.get("event") == "disconnected", timeout=2 * ping + 1)
        assert time.monotonic() - started <= 2 * ping + 0.5
    finally:
        await ws.close()


@pytest.mark.asyncio
async def test_notice_64008_hands_over_without_losing_the_subscription(
    ex: MockExchange, public: WsClient
) -> None:
    await public.subscribe_tickers("BTC-USDT")
    await next_where(public, is_data("tickers"))
    ex.ws_notice()
    await next_where(public, lambda m: m.get("event") == "notice" and m["code"] == "64008")
    await next_where(public, lambda m: m.get("event") == "reconnected")
    await next_where(public, is_data("tickers"))
    assert public.subscription_count() == 1
    await wait_until(lambda: ex.ws_connection_count == 1)


@pytest.mark.asyncio
async def test_idle_close_4004_reconnects(ex: MockExchange, public: WsClient) -> None:
    await public.subscribe_tickers("BTC-USDT")
    ex.ws_close(4004)
    await next_where(public, lambda m: m.get("event") == "reconnected")
    await next_where(public, is_data("tickers"))


@pytest.mark.asyncio
async def test_refused_relogin_is_retried(ex: MockExchange) -> None:
    ws = await WsClient.connect_private(ex.config())
    try:
        await ws.subscribe_orders("SPOT")
        ex.ws_refuse_logins(1)
        ex.ws_drop_all()
        await next_where(ws, lambda m: m.get("event") == "resubscribed", timeout=15)
        assert ws.subscription_count() == 1
        assert ws.is_connected()
    finally:
        await ws.close()


@pytest.mark.asyncio
async def test_recv_batch_takes_everything_queued(ex: MockExchange, public: WsClient) -> None:
    await public.subscribe_tickers("BTC-USDT")
    await next_where(public, is_data("tickers"))
    ex.ws_flood("tickers", "BTC-USDT", 5000)
    got = 0
    while got < 5000:
        batch = await asyncio.wait_for(public.recv_batch(), 10)
        assert batch, "stream ended"
        got += sum(1 for m in batch if m["type"] == "data" and m["channel"] == "tickers")
    assert got >= 5000


@pytest.mark.asyncio
async def test_async_for_ends_after_close(ex: MockExchange) -> None:
    ws = await WsClient.connect_public(ex.config())
    await ws.subscribe_tickers("BTC-USDT")
    seen = 0
    async for msg in ws:
        if msg["type"] == "data":
            seen += 1
            if seen == 2:
                await ws.close()
    assert seen >= 2
    assert await ws.recv() is None


@pytest.mark.asyncio
async def test_login_with_timestamp_uses_the_given_clock(ex: MockExchange) -> None:
    ws = await WsClient.connect_public(ex.config())
    try:
        server_ms = int(OkxClient(ex.config()).get_system_time().ts)
        await ws.login_with_timestamp(server_ms // 1000)
        await ws.subscribe_orders("SPOT")
        assert ws.subscription_count() == 1
        with pytest.raises(ValueError):
            await ws.login_with_timestamp(server_ms)  # milliseconds, not seconds
    finally:
        await ws.close()


@pytest.mark.asyncio
async def test_order_placed_while_disconnected_is_delivered_by_reconciliation(
    ex: MockExchange,
) -> None:
    ws = await WsClient.connect_private(ex.config())
    try:
        await ws.subscribe_orders("SPOT")
        ex.ws_refuse_logins(2)  # keeps the private connection down for a while
        ex.ws_drop_all()
        await next_where(ws, lambda m: m.get("event") == "disconnected" and m["url"] == "private")
        # Nobody is subscribed on the exchange now, so OKX sends no push for this order.
        ack = OkxClient(ex.config()).place_order(
            "BTC-USDT", "cash", "buy", "limit", "0.01", px="50000", cl_ord_id="gap1"
        )
        msg = await next_where(
            ws,
            lambda m: (
                m["type"] == "data"
                and m["channel"] == "orders"
                and any(o["ordId"] == ack.ord_id for o in m["data"])
            ),
            timeout=20,
        )
        assert msg.get("reconciled") is True
        order = next(o for o in msg["data"] if o["ordId"] == ack.ord_id)
        assert order["state"] == "live"
        assert order["clOrdId"] == "gap1"
    finally:
        await ws.close()


@pytest.mark.asyncio
async def test_unreachable_websocket_is_okx_websocket_error() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = Config(ws_public_url=f"ws://127.0.0.1:{port}/ws/v5/public")
    with pytest.raises(OkxWebSocketError) as err:
        await WsClient.connect_public(cfg, max_reconnect_attempts=0)
    assert isinstance(err.value, OkxError)
    assert f"127.0.0.1:{port}" in str(err.value)


@pytest.mark.asyncio
async def test_operations_without_a_result_give_none(ex: MockExchange) -> None:
    ws = await WsClient.connect_public(ex.config())
    # Through Any: the stubs already say None; this checks the runtime agrees.
    untyped: Any = ws
    assert await untyped.subscribe_tickers("BTC-USDT") is None
    assert await untyped.subscribe("trades", inst_id="BTC-USDT") is None
    assert await untyped.unsubscribe("tickers", inst_id="BTC-USDT") is None
    assert await untyped.reconnect() is None
    assert await untyped.close() is None
