"""Trading against the mock exchange: the order lifecycle, fills moving balances, OKX's
rejections as OkxApiError, and arguments checked (and numbers encoded) before sending."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from forward_proxy import ForwardProxy

from okx_py import AsyncOkxClient, Config, ItemError, OkxApiError, OkxClient, Order, OrderAck
from okx_py.testing import MockExchange


def avail(client: OkxClient, ccy: str) -> Decimal:
    details = [d for d in client.get_balance(ccy=ccy).details if d.ccy == ccy]
    return Decimal(details[0].avail_bal) if details else Decimal(0)


def far_below(client: OkxClient, inst_id: str) -> str:
    """A whole-number buy price at half the best bid: rests, never fills."""
    bid = Decimal(client.get_ticker(inst_id).bid_px)
    return str((bid / 2).quantize(Decimal(1)))


def pending_ids(orders: list[Order]) -> list[str]:
    return [o.ord_id for o in orders]


def check_ack(ack: OrderAck, cl_ord_id: str | None = None) -> None:
    assert isinstance(ack, OrderAck)
    assert ack.s_code == "0"
    assert ack.ord_id.isdigit()
    if cl_ord_id is not None:
        assert ack.cl_ord_id == cl_ord_id
    assert ack.to_dict()["ordId"] == ack.ord_id
    assert ack.to_dict()["sCode"] == "0"


# ---- the lifecycle of a resting order ----


def test_resting_limit_order_lifecycle(client: OkxClient) -> None:
    px = far_below(client, "BTC-USDT")
    usdt_before = avail(client, "USDT")

    ack = client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px=px, cl_ord_id="life1")
    check_ack(ack, "life1")

    order = client.get_order("BTC-USDT", ord_id=ack.ord_id)
    assert isinstance(order, Order)
    assert order.ord_id == ack.ord_id
    assert order.cl_ord_id == "life1"
    assert order.state == "live"
    assert order.inst_id == "BTC-USDT"
    assert order.inst_type == "SPOT"
    assert order.side == "buy"
    assert order.ord_type == "limit"
    assert order.td_mode == "cash"
    assert Decimal(order.px) == Decimal(px)
    assert Decimal(order.sz) == Decimal("0.01")
    assert Decimal(order.acc_fill_sz) == 0
    d = order.to_dict()
    assert d["ordId"] == ack.ord_id
    assert d["clOrdId"] == "life1"
    assert d["state"] == "live"
    assert d["px"] == order.px

    by_cl_ord_id = client.get_order("BTC-USDT", cl_ord_id="life1")
    assert by_cl_ord_id.ord_id == ack.ord_id
    assert by_cl_ord_id.state == "live"

    assert ack.ord_id in pending_ids(client.get_orders_pending())
    assert ack.ord_id in pending_ids(client.get_orders_pending(inst_type="SPOT"))
    assert ack.ord_id in pending_ids(client.get_orders_pending(inst_id="BTC-USDT"))
    assert ack.ord_id not in pending_ids(client.get_orders_pending(inst_id="ETH-USDT"))
    # The resting buy holds its quote value.
    assert avail(client, "USDT") == usdt_before - Decimal(px) * Decimal("0.01")

    cancelled = client.cancel_order("BTC-USDT", cl_ord_id="life1")
    check_ack(cancelled, "life1")
    assert cancelled.ord_id == ack.ord_id

    assert client.get_order("BTC-USDT", ord_id=ack.ord_id).state == "canceled"
    assert ack.ord_id not in pending_ids(client.get_orders_pending())
    assert avail(client, "USDT") == usdt_before


def test_cancel_by_ord_id_then_again_is_api_error(client: OkxClient) -> None:
    px = far_below(client, "ETH-USDT")
    ack = client.place_order("ETH-USDT", "cash", "buy", "limit", "0.1", px=px)
    check_ack(ack)
    assert client.cancel_order("ETH-USDT", ord_id=ack.ord_id).ord_id == ack.ord_id
    assert client.get_order("ETH-USDT", ord_id=ack.ord_id).state == "canceled"
    with pytest.raises(OkxApiError) as err:
        client.cancel_order("ETH-USDT", ord_id=ack.ord_id)
    assert err.value.code == "51400"


def test_get_unknown_order_is_api_error(client: OkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        client.get_order("BTC-USDT", ord_id="999999999999")
    assert err.value.code == "51603"


# ---- fills ----


def test_marketable_limit_buy_fills_and_moves_balances(client: OkxClient) -> None:
    ask = Decimal(client.get_ticker("BTC-USDT").ask_px)
    btc_before, usdt_before = avail(client, "BTC"), avail(client, "USDT")
    px = str((ask * Decimal("1.01")).quantize(Decimal(1)))

    ack = client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px=px)
    check_ack(ack)
    order = client.get_order("BTC-USDT", ord_id=ack.ord_id)
    assert order.state == "filled"
    assert Decimal(order.acc_fill_sz) == Decimal("0.01")
    assert ask <= Decimal(order.avg_px) <= Decimal(px)
    assert ack.ord_id not in pending_ids(client.get_orders_pending())

    btc_gained = avail(client, "BTC") - btc_before
    usdt_spent = usdt_before - avail(client, "USDT")
    assert Decimal("0.0099") <= btc_gained <= Decimal("0.01")  # a buy's fee is in BTC
    assert usdt_spent == Decimal(order.avg_px) * Decimal("0.01")


def test_market_sell_fills_and_moves_balances(client: OkxClient) -> None:
    bid = Decimal(client.get_ticker("ETH-USDT").bid_px)
    eth_before, usdt_before = avail(client, "ETH"), avail(client, "USDT")

    ack = client.place_order("ETH-USDT", "cash", "sell", "market", "0.5")
    order = client.get_order("ETH-USDT", ord_id=ack.ord_id)
    assert order.state == "filled"
    assert order.ord_type == "market"
    assert Decimal(order.acc_fill_sz) == Decimal("0.5")

    assert eth_before - avail(client, "ETH") == Decimal("0.5")
    usdt_gained = avail(client, "USDT") - usdt_before
    assert bid * Decimal("0.5") * Decimal("0.98") <= usdt_gained <= bid * Decimal("0.5")


def test_market_buy_sized_in_quote_currency(client: OkxClient) -> None:
    usdt_before, sol_before = avail(client, "USDT"), avail(client, "SOL")
    ack = client.place_order("SOL-USDT", "cash", "buy", "market", "100", tgt_ccy="quote_ccy")
    order = client.get_order("SOL-USDT", ord_id=ack.ord_id)
    assert order.state == "filled"
    assert order.tgt_ccy == "quote_ccy"
    # Fills are whole lots of SOL: at most the 100 USDT asked for is spent.
    spent = usdt_before - avail(client, "USDT")
    assert Decimal("99.9") <= spent <= Decimal(100)
    assert spent == Decimal(order.acc_fill_sz) * Decimal(order.avg_px)
    assert avail(client, "SOL") > sol_before


# ---- OKX's rejections ----


def test_insufficient_balance_is_api_error_51008_with_item(client: OkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        client.place_order("BTC-USDT", "cash", "buy", "limit", "100", px="60000", cl_ord_id="poor1")
    e = err.value
    assert e.code == "51008"
    assert e.status == 200
    assert e.msg is not None and "Insufficient" in e.msg
    assert len(e.items) == 1
    item = e.items[0]
    assert isinstance(item, ItemError)
    assert item.s_code == "51008"
    assert item.s_msg == e.msg
    assert item.cl_ord_id == "poor1"
    assert "51008" in str(e)
    assert "/api/v5/trade/order" in str(e)
    assert all(o.cl_ord_id != "poor1" for o in client.get_orders_pending())


def test_item_error_repr_is_python_syntax(client: OkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        client.place_order("BTC-USDT", "cash", "buy", "limit", "100", px="60000", cl_ord_id="poor2")
    text = repr(err.value.items[0])
    assert text.startswith("ItemError(")
    assert "51008" in text
    assert "poor2" in text
    # Optional values print as Python values, not as Rust `Some(..)`.
    assert "Some(" not in text


def test_selling_more_than_held_is_api_error_51008(client: OkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        client.place_order("BTC-USDT", "cash", "sell", "limit", "50", px="200000")
    assert err.value.code == "51008"
    assert err.value.items[0].s_code == "51008"


def test_duplicate_pending_cl_ord_id_is_api_error(client: OkxClient) -> None:
    px = far_below(client, "BTC-USDT")
    first = client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px=px, cl_ord_id="dup1")
    check_ack(first, "dup1")
    try:
        with pytest.raises(OkxApiError) as err:
            client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px=px, cl_ord_id="dup1")
        assert err.value.code == "51016"
        assert err.value.items[0].s_code == "51016"
        assert [o.ord_id for o in client.get_orders_pending() if o.cl_ord_id == "dup1"] == [
            first.ord_id
        ]
    finally:
        client.cancel_order("BTC-USDT", ord_id=first.ord_id)


# ---- arguments checked before anything is sent ----


def test_cancel_order_needs_an_id_and_sends_nothing(
    exchange: MockExchange, client: OkxClient
) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="ord_id, cl_ord_id"):
        client.cancel_order("BTC-USDT")
    assert exchange.request_count == before


def test_get_order_needs_an_id_and_sends_nothing(exchange: MockExchange, client: OkxClient) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="ord_id, cl_ord_id"):
        client.get_order("BTC-USDT")
    assert exchange.request_count == before


def test_bad_td_mode_is_value_error_quoting_allowed_values(
    exchange: MockExchange, client: OkxClient
) -> None:
    before = exchange.request_count
    expected = 'td_mode must be one of "cash", "cross", "isolated", "spot_isolated"; got "margin"'
    with pytest.raises(ValueError, match=re.escape(expected)):
        client.place_order("BTC-USDT", "margin", "buy", "limit", "1", px="1")
    assert exchange.request_count == before


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"side": "long"}, "side"),
        ({"ord_type": "stop"}, "ord_type"),
        ({"sz": "abc"}, "sz"),
        ({"sz": ""}, "sz"),
        ({"sz": "1e5"}, "sz"),
        ({"sz": "1.2.3"}, "sz"),
        ({"sz": float("nan")}, "sz"),
        ({"sz": float("inf")}, "sz"),
        ({"px": "12,5"}, "px"),
        ({"tgt_ccy": "usd"}, "tgt_ccy"),
        ({"inst_id": ""}, "inst_id"),
    ],
)
def test_bad_order_argument_is_value_error_before_sending(
    exchange: MockExchange, client: OkxClient, kwargs: dict[str, Any], param: str
) -> None:
    args: dict[str, Any] = {
        "inst_id": "BTC-USDT",
        "td_mode": "cash",
        "side": "buy",
        "ord_type": "limit",
        "sz": "0.01",
        "px": "1000",
    }
    args.update(kwargs)
    before = exchange.request_count
    with pytest.raises(ValueError, match=param):
        client.place_order(**args)
    assert exchange.request_count == before


def test_bool_size_is_type_error(exchange: MockExchange, client: OkxClient) -> None:
    before = exchange.request_count
    with pytest.raises(TypeError, match="bool"):
        client.place_order("BTC-USDT", "cash", "buy", "limit", True, px="1000")
    assert exchange.request_count == before


# ---- numbers: str, int, float and Decimal, sent as exact decimal text ----


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as p:
        yield p


def sent_order(proxy: ForwardProxy) -> dict[str, Any]:
    """The JSON body of the last place-order request that went through the proxy."""
    bodies = [
        r.body
        for r in proxy.requests
        if r.method == "POST" and r.url.endswith("/api/v5/trade/order")
    ]
    assert bodies, [r.url for r in proxy.requests]
    body: dict[str, Any] = json.loads(bodies[-1])
    return body


@pytest.mark.parametrize(
    ("sz", "px", "sz_sent", "px_sent"),
    [
        (Decimal("0.0100"), Decimal("1000.50"), "0.0100", "1000.50"),
        (0.1, 1000.5, "0.1", "1000.5"),
        (1, 1000, "1", "1000"),
        ("0.25", "999.9", "0.25", "999.9"),
        (Decimal("1E+1"), 1000.0, "10", "1000"),
        (Decimal("0.5"), Decimal("1.5E+3"), "0.5", "1500"),
    ],
)
def test_numbers_are_sent_as_exact_decimal_text(
    exchange: MockExchange,
    client: OkxClient,
    proxy: ForwardProxy,
    sz: str | int | float | Decimal,
    px: str | int | float | Decimal,
    sz_sent: str,
    px_sent: str,
) -> None:
    config = Config(
        exchange.credentials,
        simulated=exchange.simulated,
        rest_url=exchange.rest_url,
        proxy_url=proxy.url,
    )
    ack = OkxClient(config).place_order("ETH-USDT", "cash", "buy", "limit", sz, px=px)
    try:
        check_ack(ack)
        body = sent_order(proxy)
        assert body["sz"] == sz_sent
        assert body["px"] == px_sent
        order = client.get_order("ETH-USDT", ord_id=ack.ord_id)
        assert Decimal(order.sz) == Decimal(sz_sent)
        assert Decimal(order.px) == Decimal(px_sent)
    finally:
        client.cancel_order("ETH-USDT", ord_id=ack.ord_id)


def test_order_body_has_okx_names_in_documented_order(
    exchange: MockExchange, client: OkxClient, proxy: ForwardProxy
) -> None:
    config = Config(
        exchange.credentials,
        simulated=exchange.simulated,
        rest_url=exchange.rest_url,
        proxy_url=proxy.url,
    )
    ack = OkxClient(config).place_order(
        "ETH-USDT", "cash", "buy", "limit", "0.1", px="1000", cl_ord_id="names1"
    )
    client.cancel_order("ETH-USDT", ord_id=ack.ord_id)
    body = sent_order(proxy)
    assert body == {
        "instId": "ETH-USDT",
        "tdMode": "cash",
        "side": "buy",
        "ordType": "limit",
        "sz": "0.1",
        "px": "1000",
        "clOrdId": "names1",
    }
    assert list(body) == ["instId", "tdMode", "side", "ordType", "sz", "px", "clOrdId"]


# ---- async ----


@pytest.mark.asyncio
async def test_async_resting_limit_order_lifecycle(
    client: OkxClient, aclient: AsyncOkxClient
) -> None:
    px = far_below(client, "SOL-USDT")
    ack = await aclient.place_order(
        "SOL-USDT", "cash", "buy", "limit", "1", px=px, cl_ord_id="alife1"
    )
    check_ack(ack, "alife1")
    order = await aclient.get_order("SOL-USDT", ord_id=ack.ord_id)
    assert order.state == "live"
    assert (await aclient.get_order("SOL-USDT", cl_ord_id="alife1")).ord_id == ack.ord_id
    assert ack.ord_id in pending_ids(await aclient.get_orders_pending(inst_type="SPOT"))
    cancelled = await aclient.cancel_order("SOL-USDT", cl_ord_id="alife1")
    assert cancelled.ord_id == ack.ord_id
    assert (await aclient.get_order("SOL-USDT", ord_id=ack.ord_id)).state == "canceled"
    assert ack.ord_id not in pending_ids(await aclient.get_orders_pending())


@pytest.mark.asyncio
async def test_async_marketable_order_fills(client: OkxClient, aclient: AsyncOkxClient) -> None:
    eth_before = avail(client, "ETH")
    ack = await aclient.place_order("ETH-USDT", "cash", "buy", "market", "0.2", tgt_ccy="base_ccy")
    order = await aclient.get_order("ETH-USDT", ord_id=ack.ord_id)
    assert order.state == "filled"
    assert Decimal(order.acc_fill_sz) == Decimal("0.2")
    assert Decimal("0.199") <= avail(client, "ETH") - eth_before <= Decimal("0.2")


@pytest.mark.asyncio
async def test_async_insufficient_balance_is_api_error_51008(aclient: AsyncOkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        await aclient.place_order("BTC-USDT", "cash", "buy", "limit", "100", px="60000")
    assert err.value.code == "51008"
    assert err.value.items[0].s_code == "51008"


@pytest.mark.asyncio
async def test_async_duplicate_pending_cl_ord_id_is_api_error(
    client: OkxClient, aclient: AsyncOkxClient
) -> None:
    px = far_below(client, "BTC-USDT")
    first = await aclient.place_order(
        "BTC-USDT", "cash", "buy", "limit", "0.01", px=px, cl_ord_id="adup1"
    )
    try:
        with pytest.raises(OkxApiError) as err:
            await aclient.place_order(
                "BTC-USDT", "cash", "buy", "limit", "0.01", px=px, cl_ord_id="adup1"
            )
        assert err.value.code == "51016"
    finally:
        await aclient.cancel_order("BTC-USDT", ord_id=first.ord_id)


@pytest.mark.asyncio
async def test_async_bad_arguments_raise_before_sending(
    exchange: MockExchange, aclient: AsyncOkxClient
) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="ord_id, cl_ord_id"):
        await aclient.cancel_order("BTC-USDT")
    with pytest.raises(ValueError, match="td_mode"):
        await aclient.place_order("BTC-USDT", "margin", "buy", "limit", "1", px="1")
    with pytest.raises(ValueError, match="sz"):
        await aclient.place_order("BTC-USDT", "cash", "buy", "limit", "abc", px="1")
    with pytest.raises(TypeError, match="bool"):
        await aclient.place_order("BTC-USDT", "cash", "buy", "limit", True, px="1")
    assert exchange.request_count == before


@pytest.mark.asyncio
async def test_async_decimal_size_is_accepted(client: OkxClient, aclient: AsyncOkxClient) -> None:
    ack = await aclient.place_order(
        "ETH-USDT",
        "cash",
        "buy",
        "limit",
        Decimal("0.0100"),
        px=Decimal(far_below(client, "ETH-USDT")),
    )
    try:
        order = await aclient.get_order("ETH-USDT", ord_id=ack.ord_id)
        assert Decimal(order.sz) == Decimal("0.01")
    finally:
        await aclient.cancel_order("ETH-USDT", ord_id=ack.ord_id)
