"""Account data: balances (with the mock's set_balance) and positions, sync and async."""

from __future__ import annotations

from decimal import Decimal

import pytest

from okx_py import AsyncOkxClient, Balance, BalanceDetail, OkxClient, Position
from okx_py.testing import MockExchange

# The test account's starting balances (okx-mock).
START = {"USDT": Decimal(100_000), "BTC": Decimal(1), "ETH": Decimal(10)}


def detail(balance: Balance, ccy: str) -> BalanceDetail:
    matches = [d for d in balance.details if d.ccy == ccy]
    assert len(matches) == 1, [d.ccy for d in balance.details]
    return matches[0]


def check_start_balance(balance: Balance) -> None:
    assert isinstance(balance, Balance)
    assert all(isinstance(d, BalanceDetail) for d in balance.details)
    assert {d.ccy for d in balance.details} >= set(START)
    for ccy, amount in START.items():
        d = detail(balance, ccy)
        assert Decimal(d.avail_bal) == amount
        assert Decimal(d.cash_bal) == amount
        assert Decimal(d.eq) == amount
    # USDT 100000 + 1 BTC at ~65000 + 10 ETH at ~3200, within 2 %.
    assert abs(Decimal(balance.total_eq) - 197_000) < 4_000
    assert int(balance.u_time) > 0


def check_balance_dict(balance: Balance) -> None:
    d = balance.to_dict()
    assert d["totalEq"] == balance.total_eq
    assert d["uTime"] == balance.u_time
    assert isinstance(d["details"], list)
    assert [item["ccy"] for item in d["details"]] == [x.ccy for x in balance.details]
    for item, typed in zip(d["details"], balance.details):
        assert item["availBal"] == typed.avail_bal
        assert item["cashBal"] == typed.cash_bal
        assert item["eqUsd"] == typed.eq_usd
        assert typed.to_dict() == item


def test_get_balance_lists_every_currency(fresh_exchange: MockExchange) -> None:
    balance = OkxClient(fresh_exchange.config()).get_balance()
    check_start_balance(balance)


def test_balance_to_dict_has_okx_keys_and_the_same_strings(client: OkxClient) -> None:
    check_balance_dict(client.get_balance())


def test_balance_numbers_are_strings(client: OkxClient) -> None:
    balance = client.get_balance()
    assert isinstance(balance.total_eq, str)
    for d in balance.details:
        assert isinstance(d.avail_bal, str)
        Decimal(d.avail_bal)


def test_get_balance_filters_by_currency(client: OkxClient) -> None:
    only_btc = client.get_balance(ccy="BTC")
    assert [d.ccy for d in only_btc.details] == ["BTC"]
    two = client.get_balance(ccy="BTC,ETH")
    assert sorted(d.ccy for d in two.details) == ["BTC", "ETH"]


def test_set_balance_is_reflected(fresh_exchange: MockExchange) -> None:
    client = OkxClient(fresh_exchange.config())
    fresh_exchange.set_balance("USDT", "1234.5")
    fresh_exchange.set_balance("SOL", "42")
    balance = client.get_balance()
    assert Decimal(detail(balance, "USDT").avail_bal) == Decimal("1234.5")
    assert Decimal(detail(balance, "SOL").avail_bal) == Decimal(42)
    assert Decimal(detail(balance, "BTC").avail_bal) == 1


def test_set_balance_rejects_a_bad_amount(fresh_exchange: MockExchange) -> None:
    with pytest.raises(ValueError):
        fresh_exchange.set_balance("USDT", "lots")


def test_no_positions_at_start(fresh_exchange: MockExchange) -> None:
    assert OkxClient(fresh_exchange.config()).get_positions() == []


def open_btc_swap(client: OkxClient, contracts: str) -> None:
    ack = client.place_order("BTC-USDT-SWAP", "cross", "buy", "market", contracts)
    assert ack.s_code == "0"
    assert client.get_order("BTC-USDT-SWAP", ord_id=ack.ord_id).state == "filled"


def check_btc_swap_position(positions: list[Position], contracts: str) -> None:
    assert len(positions) == 1
    p = positions[0]
    assert isinstance(p, Position)
    assert p.inst_id == "BTC-USDT-SWAP"
    assert p.inst_type == "SWAP"
    assert p.mgn_mode == "cross"
    assert Decimal(p.pos) == Decimal(contracts)
    assert Decimal(30_000) < Decimal(p.avg_px) < Decimal(130_000)
    d = p.to_dict()
    assert d["instId"] == "BTC-USDT-SWAP"
    assert d["pos"] == p.pos
    assert d["avgPx"] == p.avg_px
    assert d["mgnMode"] == "cross"


def test_get_positions_after_opening_a_swap_position(fresh_exchange: MockExchange) -> None:
    client = OkxClient(fresh_exchange.config())
    open_btc_swap(client, "2")
    check_btc_swap_position(client.get_positions(), "2")
    check_btc_swap_position(client.get_positions(inst_type="SWAP"), "2")
    check_btc_swap_position(client.get_positions(inst_id="BTC-USDT-SWAP"), "2")
    assert client.get_positions(inst_id="ETH-USDT-SWAP") == []


def test_opening_a_position_uses_margin(fresh_exchange: MockExchange) -> None:
    client = OkxClient(fresh_exchange.config())
    before = Decimal(detail(client.get_balance(ccy="USDT"), "USDT").avail_eq)
    open_btc_swap(client, "10")
    after = Decimal(detail(client.get_balance(ccy="USDT"), "USDT").avail_eq)
    assert after < before


def test_bad_inst_type_of_positions_is_value_error(client: OkxClient) -> None:
    with pytest.raises(ValueError, match="inst_type"):
        client.get_positions(inst_type="PERP")


@pytest.mark.asyncio
async def test_async_get_balance(fresh_exchange: MockExchange) -> None:
    balance = await AsyncOkxClient(fresh_exchange.config()).get_balance()
    check_start_balance(balance)
    check_balance_dict(balance)


@pytest.mark.asyncio
async def test_async_get_balance_filters_by_currency(aclient: AsyncOkxClient) -> None:
    balance = await aclient.get_balance(ccy="ETH")
    assert [d.ccy for d in balance.details] == ["ETH"]


@pytest.mark.asyncio
async def test_async_set_balance_is_reflected(fresh_exchange: MockExchange) -> None:
    fresh_exchange.set_balance("ETH", "0.5")
    balance = await AsyncOkxClient(fresh_exchange.config()).get_balance(ccy="ETH")
    assert Decimal(detail(balance, "ETH").avail_bal) == Decimal("0.5")


@pytest.mark.asyncio
async def test_async_get_positions_after_opening_a_swap_position(
    fresh_exchange: MockExchange,
) -> None:
    aclient = AsyncOkxClient(fresh_exchange.config())
    assert await aclient.get_positions() == []
    ack = await aclient.place_order("BTC-USDT-SWAP", "cross", "buy", "market", "3")
    assert ack.s_code == "0"
    check_btc_swap_position(await aclient.get_positions(inst_type="SWAP"), "3")
