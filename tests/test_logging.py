"""Rust-side log records reach Python's `logging` under `okx_py`, without secrets."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from forward_proxy import ForwardProxy, closed_port

import okx_py
from okx_py import Config, OkxClient, OkxHttpError
from okx_py.testing import MockExchange


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """`okx_py` (and everything else) at DEBUG, with the Rust-side level cache refreshed."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="okx_py")
    okx_py.reset_log_cache()
    yield caplog
    caplog.handler.setLevel(logging.NOTSET)
    logging.getLogger("okx_py").setLevel(logging.NOTSET)
    logging.getLogger().setLevel(logging.WARNING)
    okx_py.reset_log_cache()


def record_texts(records: list[logging.LogRecord]) -> list[str]:
    texts = []
    for r in records:
        texts.append(r.getMessage())
        texts.append(str(r.msg))
        texts.append(repr(r.args))
        texts.append(repr(r.__dict__))
    return texts


def test_signed_request_logs_under_okx_py_without_secrets(
    exchange: MockExchange, debug_logs: pytest.LogCaptureFixture
) -> None:
    with ForwardProxy() as proxy:
        config = Config(
            exchange.credentials,
            simulated=exchange.simulated,
            rest_url=exchange.rest_url,
            proxy_url=proxy.url,
        )
        OkxClient(config).get_balance()
        headers = {k.lower(): v for k, v in proxy.requests[-1].headers.items()}
    sign = headers["ok-access-sign"]
    assert len(sign) >= 40  # Base64 of an HMAC-SHA256

    ours = [r for r in debug_logs.records if r.name.startswith("okx_py")]
    assert ours, [r.name for r in debug_logs.records]
    assert any("/api/v5/account/balance" in r.getMessage() for r in ours)
    assert all(r.name == "okx_py" or r.name.startswith("okx_py.") for r in ours)

    for text in record_texts(debug_logs.records):
        assert exchange.secret_key not in text
        assert exchange.passphrase not in text
        assert sign not in text


def test_order_placement_logs_nothing_secret(
    exchange: MockExchange, debug_logs: pytest.LogCaptureFixture
) -> None:
    client = OkxClient(exchange.config())
    ack = client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px="20000")
    client.cancel_order("BTC-USDT", ord_id=ack.ord_id)
    assert any(r.name.startswith("okx_py") for r in debug_logs.records)
    for text in record_texts(debug_logs.records):
        assert exchange.secret_key not in text
        assert exchange.passphrase not in text


def test_reset_log_cache_applies_new_levels(
    exchange: MockExchange, caplog: pytest.LogCaptureFixture
) -> None:
    client = OkxClient(exchange.config())
    caplog.set_level(logging.DEBUG)
    try:
        # At WARNING a successful request logs nothing, and the level is now cached.
        caplog.set_level(logging.WARNING, logger="okx_py")
        okx_py.reset_log_cache()
        client.get_ticker("BTC-USDT")
        assert [r for r in caplog.records if r.name.startswith("okx_py")] == []
        # Lowered and re-read, the same client's next request is logged.
        caplog.set_level(logging.DEBUG, logger="okx_py")
        okx_py.reset_log_cache()
        client.get_ticker("BTC-USDT")
        debug = [r for r in caplog.records if r.name.startswith("okx_py")]
        assert any(r.levelno == logging.DEBUG for r in debug)
        assert any("/api/v5/market/ticker" in r.getMessage() for r in debug)
    finally:
        logging.getLogger("okx_py").setLevel(logging.NOTSET)
        okx_py.reset_log_cache()


def test_transport_failure_is_logged_as_a_warning(debug_logs: pytest.LogCaptureFixture) -> None:
    client = OkxClient(Config(rest_url=f"http://127.0.0.1:{closed_port()}", timeout_secs=5))
    with pytest.raises(OkxHttpError):
        client.get_ticker("BTC-USDT")
    warnings = [
        r
        for r in debug_logs.records
        if r.name.startswith("okx_py") and r.levelno >= logging.WARNING
    ]
    assert any("/api/v5/market/ticker" in r.getMessage() for r in warnings)
