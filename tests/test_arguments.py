"""Bad input is refused before anything is sent, with the parameter named in the message."""

from __future__ import annotations

import pytest

from okx_py import Config, Credentials, OkxClient
from okx_py.testing import MockExchange


def test_number_errors_name_the_parameter(exchange: MockExchange) -> None:
    client = OkxClient(exchange.config())
    before = exchange.request_count
    with pytest.raises(ValueError, match=r"^sz must be a finite number; got NaN"):
        client.place_order("BTC-USDT", "cash", "buy", "limit", float("nan"), px="1")
    with pytest.raises(TypeError, match=r"^px must be a number .* got bool"):
        client.place_order("BTC-USDT", "cash", "buy", "limit", "1", px=True)
    with pytest.raises(TypeError, match=r"^depth must be an int or str; got float"):
        client.get_orderbook("BTC-USDT", depth=5.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^limit must be a whole number; got \"-1\""):
        client.get_trades("BTC-USDT", limit=-1)
    assert exchange.request_count == before


def test_credentials_that_cannot_travel_in_a_header_are_refused() -> None:
    with pytest.raises(ValueError, match=r"^passphrase must be printable ASCII") as err:
        Credentials("key", "secret", "pass\nphrase")
    assert "phrase" not in str(err.value).split("must")[1]
    with pytest.raises(ValueError, match=r"^secret_key must not be empty"):
        Credentials("key", "", "passphrase")


def test_socks_proxies_are_refused_up_front() -> None:
    with pytest.raises(ValueError, match=r"^proxy_url must start with one of http://, https://"):
        Config(proxy_url="socks5://127.0.0.1:1080")


def test_config_repr_hides_a_proxy_password() -> None:
    text = repr(Config(proxy_url="http://user:SECRETPW@127.0.0.1:3128"))
    assert "SECRETPW" not in text
    assert "http://***@127.0.0.1:3128" in text


def test_raw_body_keeps_integers_beyond_64_bits(exchange: MockExchange) -> None:
    client = OkxClient(exchange.config())
    # The mock rejects the unknown order, which proves the body was built and sent.
    with pytest.raises(Exception) as err:
        client.request(
            "POST",
            "/api/v5/trade/cancel-order",
            body={"instId": "BTC-USDT", "ordId": 10**30},
        )
    assert "OverflowError" not in type(err.value).__name__
