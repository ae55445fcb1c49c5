"""Shared fixtures: one mock exchange per test module, clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from okx_py import AsyncOkxClient, OkxClient
from okx_py.testing import MockExchange


@pytest.fixture(scope="module")
def exchange() -> Iterator[MockExchange]:
    """The module's exchange: 127.0.0.1, random port, stopped after the module."""
    with MockExchange() as ex:
        yield ex


@pytest.fixture
def fresh_exchange() -> Iterator[MockExchange]:
    """An exchange of its own, in its initial state, for tests that assert exact balances."""
    with MockExchange() as ex:
        yield ex


@pytest.fixture
def client(exchange: MockExchange) -> OkxClient:
    return OkxClient(exchange.config())


@pytest.fixture
def aclient(exchange: MockExchange) -> AsyncOkxClient:
    return AsyncOkxClient(exchange.config())
