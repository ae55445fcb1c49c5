"""Config.proxy_url: every REST request goes through the given HTTP proxy."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from forward_proxy import ForwardProxy, closed_port

from okx_py import AsyncOkxClient, Config, OkxClient, OkxHttpError
from okx_py.testing import MockExchange


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as p:
        yield p


def via(exchange: MockExchange, proxy_url: str, timeout_secs: float = 30.0) -> Config:
    return Config(
        exchange.credentials,
        simulated=exchange.simulated,
        timeout_secs=timeout_secs,
        proxy_url=proxy_url,
        rest_url=exchange.rest_url,
        # Counted requests are the test's own (no clock measurement first).
        sync_clock=False,
    )


def test_config_keeps_the_proxy_url(exchange: MockExchange, proxy: ForwardProxy) -> None:
    assert via(exchange, proxy.url).proxy_url == proxy.url


def test_public_request_goes_through_the_proxy(exchange: MockExchange, proxy: ForwardProxy) -> None:
    client = OkxClient(via(exchange, proxy.url))
    served = exchange.request_count
    ticker = client.get_ticker("BTC-USDT")
    assert ticker.inst_id == "BTC-USDT"
    assert proxy.count == 1
    assert exchange.request_count == served + 1
    request = proxy.requests[0]
    assert request.method == "GET"
    # Absolute form: the proxy is asked for the exchange's URL.
    assert request.url == f"{exchange.rest_url}/api/v5/market/ticker?instId=BTC-USDT"
    assert request.status == 200


def test_signed_requests_survive_the_proxy(exchange: MockExchange, proxy: ForwardProxy) -> None:
    client = OkxClient(via(exchange, proxy.url))
    balance = client.get_balance(ccy="USDT")
    assert [d.ccy for d in balance.details] == ["USDT"]
    headers = {k.lower(): v for k, v in proxy.requests[-1].headers.items()}
    assert headers["ok-access-key"] == exchange.api_key
    assert "ok-access-sign" in headers
    assert headers["x-simulated-trading"] == "1"


def test_orders_go_through_the_proxy(exchange: MockExchange, proxy: ForwardProxy) -> None:
    client = OkxClient(via(exchange, proxy.url))
    ack = client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="20000")
    client.cancel_order("BTC-USDT", ord_id=ack.ord_id)
    posts = [r for r in proxy.requests if r.method == "POST"]
    assert [r.url.removeprefix(exchange.rest_url) for r in posts] == [
        "/api/v5/trade/order",
        "/api/v5/trade/cancel-order",
    ]
    assert json.loads(posts[1].body) == {"instId": "BTC-USDT", "ordId": ack.ord_id}


def test_every_request_is_counted(exchange: MockExchange, proxy: ForwardProxy) -> None:
    client = OkxClient(via(exchange, proxy.url))
    for _ in range(5):
        client.get_system_time()
    assert proxy.count == 5
    assert all(r.url.endswith("/api/v5/public/time") for r in proxy.requests)


def test_without_proxy_url_nothing_goes_through_the_proxy(
    exchange: MockExchange, proxy: ForwardProxy
) -> None:
    OkxClient(exchange.config()).get_ticker("BTC-USDT")
    assert proxy.count == 0


def test_proxy_that_is_down_is_http_error(exchange: MockExchange) -> None:
    client = OkxClient(via(exchange, f"http://127.0.0.1:{closed_port()}", timeout_secs=5))
    served = exchange.request_count
    with pytest.raises(OkxHttpError) as err:
        client.get_ticker("BTC-USDT")
    assert err.value.status is None
    assert "/api/v5/market/ticker" in str(err.value)
    assert exchange.request_count == served


@pytest.mark.asyncio
async def test_async_requests_go_through_the_proxy(
    exchange: MockExchange, proxy: ForwardProxy
) -> None:
    aclient = AsyncOkxClient(via(exchange, proxy.url))
    ticker = await aclient.get_ticker("ETH-USDT")
    balance = await aclient.get_balance()
    assert ticker.inst_id == "ETH-USDT"
    assert balance.details
    assert proxy.count == 2


@pytest.mark.asyncio
async def test_async_proxy_that_is_down_is_http_error(exchange: MockExchange) -> None:
    aclient = AsyncOkxClient(via(exchange, f"http://127.0.0.1:{closed_port()}", timeout_secs=5))
    with pytest.raises(OkxHttpError):
        await aclient.get_ticker("BTC-USDT")
