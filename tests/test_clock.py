"""Clock discipline: signed requests carry OKX's time (local time + a measured offset)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from okx_py import AsyncOkxClient, Config, OkxAuthError, OkxClient
from okx_py.testing import MockExchange

SHIFT_MS = 45_000  # beyond OKX's 30 s timestamp window


def config_for(ex: MockExchange, **kw: Any) -> Config:
    return Config(
        credentials=ex.credentials,
        simulated=ex.simulated,
        rest_url=ex.rest_url,
        ws_public_url=ex.ws_public_url,
        ws_private_url=ex.ws_private_url,
        ws_business_url=ex.ws_business_url,
        **kw,
    )


@pytest.fixture
def shifted() -> Iterator[MockExchange]:
    """An exchange whose clock runs 45 s ahead of this machine's."""
    with MockExchange() as ex:
        ex.set_clock_offset_ms(SHIFT_MS)
        yield ex


def paths(ex: MockExchange) -> list[str]:
    return [r["path"] for r in ex.requests()]


def test_config_defaults_keep_the_clock_in_sync() -> None:
    cfg = Config()
    assert cfg.sync_clock is True
    assert cfg.rate_limit == "wait"
    assert cfg.sub_account_order_limit == 1000
    assert "sync_clock=True" in repr(cfg)


def test_unsynced_client_is_refused_with_50102(shifted: MockExchange) -> None:
    client = OkxClient(config_for(shifted, sync_clock=False))
    with pytest.raises(OkxAuthError) as err:
        client.get_balance()
    assert err.value.code == "50102"
    assert client.clock_offset_ms is None
    # Without sync_clock nothing measures the clock and nothing is retried.
    assert paths(shifted) == ["/api/v5/account/balance"]


def test_synced_client_measures_before_its_first_signed_request(shifted: MockExchange) -> None:
    client = OkxClient(config_for(shifted))
    assert client.clock_offset_ms is None
    client.get_balance()
    offset = client.clock_offset_ms
    assert offset is not None
    # The round trip to 127.0.0.1 is far below a second.
    assert abs(offset - SHIFT_MS) < 1_000
    assert paths(shifted) == ["/api/v5/public/time", "/api/v5/account/balance"]
    # Measured once: later requests reuse it.
    client.get_balance()
    assert paths(shifted).count("/api/v5/public/time") == 1


def test_public_requests_do_not_measure(shifted: MockExchange) -> None:
    client = OkxClient(config_for(shifted))
    client.get_ticker("BTC-USDT")
    assert client.clock_offset_ms is None
    assert paths(shifted) == ["/api/v5/market/ticker"]


def test_sync_clock_returns_the_offset_and_clients_of_a_config_share_it(
    shifted: MockExchange,
) -> None:
    cfg = config_for(shifted, sync_clock=False)
    first, second = OkxClient(cfg), OkxClient(cfg)
    offset = first.sync_clock()
    assert abs(offset - SHIFT_MS) < 1_000
    assert second.clock_offset_ms == offset
    # A measured clock signs correctly even with sync_clock=False.
    second.get_balance()
    other = OkxClient(config_for(shifted, sync_clock=False))
    assert other.clock_offset_ms is None


def test_a_clock_jump_is_healed_by_one_resync_and_one_retry(shifted: MockExchange) -> None:
    client = OkxClient(config_for(shifted))
    client.get_balance()
    shifted.clear_requests()
    shifted.set_clock_offset_ms(-SHIFT_MS)  # OKX's clock jumps 90 s back
    balance = client.get_balance()
    assert balance.details
    # Refused (50102, not executed), re-measured, sent once more.
    assert paths(shifted) == [
        "/api/v5/account/balance",
        "/api/v5/public/time",
        "/api/v5/account/balance",
    ]
    offset = client.clock_offset_ms
    assert offset is not None and abs(offset + SHIFT_MS) < 1_000


def test_an_order_refused_for_its_timestamp_is_placed_once(shifted: MockExchange) -> None:
    client = OkxClient(config_for(shifted))
    client.get_balance()
    shifted.set_clock_offset_ms(0)
    ack = client.place_order("BTC-USDT", "cash", "buy", "limit", "0.001", px="1000")
    assert ack.ord_id
    assert len(shifted.orders()) == 1
    assert paths(shifted).count("/api/v5/trade/order") == 2


@pytest.mark.asyncio
async def test_async_client_syncs_before_signing_on_the_event_loop(
    shifted: MockExchange,
) -> None:
    client = AsyncOkxClient(config_for(shifted))
    assert client.clock_offset_ms is None
    balance = await client.get_balance()
    assert balance.details
    offset = client.clock_offset_ms
    assert offset is not None and abs(offset - SHIFT_MS) < 1_000
    assert paths(shifted) == ["/api/v5/public/time", "/api/v5/account/balance"]


@pytest.mark.asyncio
async def test_async_unsynced_client_is_refused(shifted: MockExchange) -> None:
    client = AsyncOkxClient(config_for(shifted, sync_clock=False))
    with pytest.raises(OkxAuthError) as err:
        await client.get_balance()
    assert err.value.code == "50102"


@pytest.mark.asyncio
async def test_async_sync_clock_is_awaitable(shifted: MockExchange) -> None:
    client = AsyncOkxClient(config_for(shifted, sync_clock=False))
    offset = await client.sync_clock()
    assert isinstance(offset, int)
    assert abs(offset - SHIFT_MS) < 1_000
    assert client.clock_offset_ms == offset


@pytest.mark.asyncio
async def test_async_clock_jump_is_healed(shifted: MockExchange) -> None:
    client = AsyncOkxClient(config_for(shifted))
    await client.get_balance()
    shifted.clear_requests()
    shifted.set_clock_offset_ms(-SHIFT_MS)
    balance = await client.get_balance()
    assert balance.details
    assert paths(shifted) == [
        "/api/v5/account/balance",
        "/api/v5/public/time",
        "/api/v5/account/balance",
    ]


@pytest.mark.asyncio
async def test_a_second_refusal_is_not_retried_again(shifted: MockExchange) -> None:
    # The exchange refuses every timestamp it is sent (its clock jumps after the
    # measurement): one re-sync, one retry, then the error.
    client = AsyncOkxClient(config_for(shifted))
    await client.get_balance()
    shifted.clear_requests()
    shifted.inject_okx_error("50102", path="/api/v5/account/balance", times=2)
    with pytest.raises(OkxAuthError) as err:
        await client.get_balance()
    assert err.value.code == "50102"
    assert paths(shifted).count("/api/v5/account/balance") == 2


def test_sync_second_refusal_is_not_retried_again(shifted: MockExchange) -> None:
    client = OkxClient(config_for(shifted))
    client.get_balance()
    shifted.clear_requests()
    shifted.inject_okx_error("50102", path="/api/v5/account/balance", times=2)
    with pytest.raises(OkxAuthError):
        client.get_balance()
    assert paths(shifted) == [
        "/api/v5/account/balance",
        "/api/v5/public/time",
        "/api/v5/account/balance",
    ]
