"""Third-party OKX clients work against the mock exchange unchanged: the official
python-okx SDK and ccxt read market data and the balance, place and cancel orders."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from okx_py import OkxClient
from okx_py.testing import MockExchange

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def python_okx_args(exchange: MockExchange) -> dict[str, Any]:
    return {
        "api_key": exchange.api_key,
        "api_secret_key": exchange.secret_key,
        "passphrase": exchange.passphrase,
        "use_server_time": False,
        "flag": "1" if exchange.simulated else "0",
        "domain": exchange.rest_url,
        "debug": False,
    }


def ok_data(answer: Any) -> list[Any]:
    """The `data` of a successful OKX answer as python-okx returns it (the parsed JSON)."""
    assert isinstance(answer, dict), answer
    assert answer.get("code") == "0", answer
    data = answer["data"]
    assert isinstance(data, list)
    return data


# ---- python-okx ----


def test_python_okx_reads_the_ticker(exchange: MockExchange) -> None:
    market_data = pytest.importorskip("okx.MarketData")
    api = market_data.MarketAPI(**python_okx_args(exchange))
    data = ok_data(api.get_ticker(instId="BTC-USDT"))
    assert data[0]["instId"] == "BTC-USDT"
    Decimal(data[0]["last"])
    book = ok_data(api.get_orderbook(instId="BTC-USDT", sz="5"))
    assert len(book[0]["bids"]) == 5


def test_python_okx_reads_instruments(exchange: MockExchange) -> None:
    public_data = pytest.importorskip("okx.PublicData")
    api = public_data.PublicAPI(**python_okx_args(exchange))
    data = ok_data(api.get_instruments(instType="SPOT"))
    assert [i["instId"] for i in data] == ["BTC-USDT", "ETH-USDT", "SOL-USDT"]
    data = ok_data(api.get_instruments(instType="SWAP", instId="ETH-USDT-SWAP"))
    assert [i["instId"] for i in data] == ["ETH-USDT-SWAP"]


def test_python_okx_reads_the_balance(exchange: MockExchange) -> None:
    account = pytest.importorskip("okx.Account")
    api = account.AccountAPI(**python_okx_args(exchange))
    data = ok_data(api.get_account_balance())
    assert {"USDT", "BTC", "ETH"} <= {d["ccy"] for d in data[0]["details"]}
    data = ok_data(api.get_account_balance(ccy="BTC"))
    assert [d["ccy"] for d in data[0]["details"]] == ["BTC"]


def test_python_okx_places_and_cancels_an_order(exchange: MockExchange) -> None:
    trade = pytest.importorskip("okx.Trade")
    api = trade.TradeAPI(**python_okx_args(exchange))
    placed = ok_data(
        api.place_order(
            instId="BTC-USDT",
            tdMode="cash",
            side="buy",
            ordType="limit",
            sz="0.01",
            px="20000",
            clOrdId="pyokx1",
        )
    )
    assert placed[0]["sCode"] == "0"
    ord_id = placed[0]["ordId"]
    order = ok_data(api.get_order(instId="BTC-USDT", ordId=ord_id))
    assert order[0]["state"] == "live"
    assert order[0]["clOrdId"] == "pyokx1"
    cancelled = ok_data(api.cancel_order(instId="BTC-USDT", clOrdId="pyokx1"))
    assert cancelled[0]["ordId"] == ord_id
    # okx-py sees what python-okx did.
    assert OkxClient(exchange.config()).get_order("BTC-USDT", ord_id=ord_id).state == "canceled"


def test_python_okx_with_a_wrong_secret_is_refused(exchange: MockExchange) -> None:
    account = pytest.importorskip("okx.Account")
    args = python_okx_args(exchange)
    args["api_secret_key"] = "WRONGSECRET0123456789ABCDEF01234"
    answer = account.AccountAPI(**args).get_account_balance()
    assert answer["code"] == "50113"


# ---- ccxt ----


def ccxt_okx(exchange: MockExchange) -> Any:
    ccxt = pytest.importorskip("ccxt")
    okx = ccxt.okx(
        {
            "apiKey": exchange.api_key,
            "secret": exchange.secret_key,
            "password": exchange.passphrase,
            "enableRateLimit": False,
        }
    )
    okx.set_sandbox_mode(True)
    # Sandbox mode copies urls["test"] to urls["api"]; both point at the mock.
    okx.urls["api"]["rest"] = exchange.rest_url
    okx.urls["test"]["rest"] = exchange.rest_url
    return okx


def test_ccxt_loads_markets(exchange: MockExchange) -> None:
    okx = ccxt_okx(exchange)
    markets = okx.load_markets()
    assert {"BTC/USDT", "ETH/USDT", "SOL/USDT", "BTC/USDT:USDT", "ETH/USDT:USDT"} <= set(markets)
    assert markets["BTC/USDT"]["id"] == "BTC-USDT"
    assert markets["BTC/USDT:USDT"]["contractSize"] == 0.01


def test_ccxt_fetches_the_ticker(exchange: MockExchange) -> None:
    okx = ccxt_okx(exchange)
    okx.load_markets()
    ticker = okx.fetch_ticker("BTC/USDT")
    assert ticker["symbol"] == "BTC/USDT"
    assert ticker["bid"] < ticker["ask"]
    assert 30_000 < ticker["last"] < 130_000


def test_ccxt_fetches_the_balance(exchange: MockExchange) -> None:
    okx = ccxt_okx(exchange)
    okx.load_markets()
    balance = okx.fetch_balance()
    for ccy in ("USDT", "BTC", "ETH"):
        assert balance["total"][ccy] > 0
        assert balance["free"][ccy] <= balance["total"][ccy]


def test_ccxt_creates_and_cancels_a_limit_order(exchange: MockExchange) -> None:
    okx = ccxt_okx(exchange)
    okx.load_markets()
    last = okx.fetch_ticker("BTC/USDT")["last"]
    price = float(int(last / 2))
    order = okx.create_order("BTC/USDT", "limit", "buy", 0.01, price)
    ord_id = order["id"]
    assert ord_id
    client = OkxClient(exchange.config())
    placed = client.get_order("BTC-USDT", ord_id=ord_id)
    assert placed.state == "live"
    assert Decimal(placed.px) == Decimal(str(price))
    assert Decimal(placed.sz) == Decimal("0.01")
    okx.cancel_order(ord_id, "BTC/USDT")
    assert client.get_order("BTC-USDT", ord_id=ord_id).state == "canceled"
