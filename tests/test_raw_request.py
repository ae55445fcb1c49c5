"""The raw request escape hatch: any path, signed or not, GET or POST, returning `data`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from okx_py import AsyncOkxClient, OkxApiError, OkxAuthError, OkxClient
from okx_py.testing import MockExchange


def check_ticker_rows(rows: Any, inst_id: str) -> None:
    assert isinstance(rows, list)
    assert len(rows) == 1
    row = rows[0]
    assert isinstance(row, dict)
    assert row["instId"] == inst_id
    assert isinstance(row["last"], str)
    Decimal(row["last"])


def check_balance_rows(rows: Any) -> None:
    assert isinstance(rows, list)
    assert len(rows) == 1
    assert isinstance(rows[0]["totalEq"], str)
    assert {"USDT", "BTC", "ETH"} <= {d["ccy"] for d in rows[0]["details"]}


def test_get_public_path_returns_list_of_dicts(client: OkxClient) -> None:
    rows = client.request("GET", "/api/v5/market/ticker", params={"instId": "BTC-USDT"})
    check_ticker_rows(rows, "BTC-USDT")


def test_raw_answer_matches_the_typed_method(client: OkxClient) -> None:
    rows = client.request("GET", "/api/v5/public/instruments", params={"instType": "SPOT"})
    typed = client.get_instruments("SPOT")
    assert rows == [i.to_dict() for i in typed]


def test_params_accept_numbers_and_skip_none(client: OkxClient) -> None:
    rows = client.request(
        "GET",
        "/api/v5/market/books",
        params={"instId": "BTC-USDT", "sz": 3, "unused": None},
    )
    assert len(rows[0]["bids"]) == 3
    assert len(rows[0]["asks"]) == 3
    rows = client.request(
        "GET", "/api/v5/market/trades", params={"instId": "BTC-USDT", "limit": Decimal("4")}
    )
    assert len(rows) == 4


def test_method_is_case_insensitive(client: OkxClient) -> None:
    check_ticker_rows(
        client.request("get", "/api/v5/market/ticker", params={"instId": "ETH-USDT"}), "ETH-USDT"
    )


def test_private_path_is_signed_by_default(client: OkxClient) -> None:
    check_balance_rows(client.request("GET", "/api/v5/account/balance"))
    rows = client.request("GET", "/api/v5/account/balance", params={"ccy": "BTC"})
    assert [d["ccy"] for d in rows[0]["details"]] == ["BTC"]


def test_unsigned_private_request_is_refused(client: OkxClient) -> None:
    with pytest.raises(OkxAuthError) as err:
        client.request("GET", "/api/v5/account/balance", signed=False)
    assert err.value.code is not None
    assert err.value.code.startswith("501")


def test_post_with_body_dict_places_and_cancels(client: OkxClient) -> None:
    rows = client.request(
        "POST",
        "/api/v5/trade/order",
        body={
            "instId": "BTC-USDT",
            "tdMode": "cash",
            "side": "buy",
            "ordType": "limit",
            "sz": "0.01",
            "px": "20000",
            "clOrdId": "raw1",
        },
    )
    assert isinstance(rows, list)
    assert rows[0]["sCode"] == "0"
    assert rows[0]["clOrdId"] == "raw1"
    ord_id = rows[0]["ordId"]
    assert client.get_order("BTC-USDT", ord_id=ord_id).state == "live"
    # POST params become the JSON object body.
    rows = client.request(
        "POST", "/api/v5/trade/cancel-order", params={"instId": "BTC-USDT", "ordId": ord_id}
    )
    assert rows[0]["ordId"] == ord_id
    assert client.get_order("BTC-USDT", ord_id=ord_id).state == "canceled"


def test_post_refused_by_okx_is_api_error(client: OkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        client.request(
            "POST",
            "/api/v5/trade/order",
            body={
                "instId": "BTC-USDT",
                "tdMode": "cash",
                "side": "buy",
                "ordType": "limit",
                "sz": "1000",
                "px": "60000",
            },
        )
    assert err.value.code == "51008"
    assert err.value.items[0].s_code == "51008"


def test_unknown_instrument_is_api_error(client: OkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        client.request("GET", "/api/v5/market/ticker", params={"instId": "NOPE-USDT"})
    assert err.value.code == "51001"


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", ""])
def test_bad_method_is_value_error_before_sending(
    exchange: MockExchange, client: OkxClient, method: str
) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="method"):
        client.request(method, "/api/v5/market/ticker", params={"instId": "BTC-USDT"})
    assert exchange.request_count == before


def test_body_with_get_is_value_error(exchange: MockExchange, client: OkxClient) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="body"):
        client.request("GET", "/api/v5/market/ticker", body={"instId": "BTC-USDT"})
    assert exchange.request_count == before


def test_path_outside_the_api_is_value_error(exchange: MockExchange, client: OkxClient) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="path"):
        client.request("GET", "https://example.com/api/v5/market/ticker")
    assert exchange.request_count == before


@pytest.mark.asyncio
async def test_async_get_public_path(aclient: AsyncOkxClient) -> None:
    rows = await aclient.request("GET", "/api/v5/market/ticker", params={"instId": "BTC-USDT"})
    check_ticker_rows(rows, "BTC-USDT")


@pytest.mark.asyncio
async def test_async_signed_request(aclient: AsyncOkxClient) -> None:
    check_balance_rows(await aclient.request("GET", "/api/v5/account/balance"))


@pytest.mark.asyncio
async def test_async_post_with_body_dict(client: OkxClient, aclient: AsyncOkxClient) -> None:
    rows = await aclient.request(
        "POST",
        "/api/v5/trade/order",
        body={
            "instId": "ETH-USDT",
            "tdMode": "cash",
            "side": "buy",
            "ordType": "limit",
            "sz": "0.1",
            "px": "1000",
        },
    )
    ord_id = rows[0]["ordId"]
    assert client.get_order("ETH-USDT", ord_id=ord_id).state == "live"
    await aclient.request(
        "POST", "/api/v5/trade/cancel-order", body={"instId": "ETH-USDT", "ordId": ord_id}
    )
    assert client.get_order("ETH-USDT", ord_id=ord_id).state == "canceled"


@pytest.mark.asyncio
async def test_async_bad_method_is_value_error(
    exchange: MockExchange, aclient: AsyncOkxClient
) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="method"):
        await aclient.request("PUT", "/api/v5/market/ticker")
    assert exchange.request_count == before
