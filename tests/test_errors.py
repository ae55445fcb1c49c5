"""Every exception class, raised by a real failure of the mock exchange (injected faults,
wrong credentials, the wrong environment, a dead port), through both clients."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from forward_proxy import closed_port

from okx_py import (
    AsyncOkxClient,
    Config,
    Credentials,
    OkxApiError,
    OkxAuthError,
    OkxClient,
    OkxError,
    OkxHttpError,
    OkxRateLimitError,
    OkxTimeoutError,
    OkxWebSocketError,
)
from okx_py.testing import MockExchange

BALANCE = "/api/v5/account/balance"


@pytest.fixture(autouse=True)
def _no_leftover_faults(exchange: MockExchange) -> Iterator[None]:
    yield
    exchange.clear_faults()


@dataclass(frozen=True)
class Case:
    inject: Callable[[MockExchange], None]
    cls: type[OkxError]
    code: str | None
    status: int | None
    text: str


CASES = {
    "http-503": Case(lambda ex: ex.inject_http_error(503), OkxHttpError, None, 503, "503"),
    "http-500-with-body": Case(
        lambda ex: ex.inject_http_error(500, body="upstream exploded"),
        OkxHttpError,
        None,
        500,
        "upstream exploded",
    ),
    "rate-limit": Case(lambda ex: ex.inject_rate_limit(), OkxRateLimitError, "50011", 429, "429"),
    "okx-50061": Case(
        lambda ex: ex.inject_okx_error("50061"), OkxRateLimitError, "50061", 200, "50061"
    ),
    "okx-50113-on-401": Case(
        lambda ex: ex.inject_okx_error("50113", http_status=401),
        OkxAuthError,
        "50113",
        401,
        "50113",
    ),
    "okx-51000": Case(
        lambda ex: ex.inject_okx_error("51000", "Parameter error"),
        OkxApiError,
        "51000",
        200,
        "Parameter error",
    ),
    "disconnect": Case(lambda ex: ex.inject_disconnect(), OkxHttpError, None, None, BALANCE),
}


def check_no_secret(err: BaseException, exchange: MockExchange) -> None:
    texts = [str(err), repr(err), *(str(a) for a in err.args)]
    for text in texts:
        assert exchange.secret_key not in text
        assert exchange.passphrase not in text


def check_case(err: OkxError, case: Case, exchange: MockExchange) -> None:
    assert type(err) is case.cls, type(err)
    assert isinstance(err, OkxError)
    assert err.code == case.code
    assert err.status == case.status
    assert isinstance(err.items, list)
    assert err.items == []
    assert case.text in str(err)
    assert BALANCE in str(err)
    check_no_secret(err, exchange)


# ---- the hierarchy ----


@pytest.mark.parametrize(
    "cls",
    [
        OkxHttpError,
        OkxRateLimitError,
        OkxApiError,
        OkxAuthError,
        OkxWebSocketError,
        OkxTimeoutError,
    ],
)
def test_every_exception_is_an_okx_error(cls: type[OkxError]) -> None:
    assert issubclass(cls, OkxError)
    assert issubclass(OkxError, Exception)


def test_rate_limit_error_is_an_http_error() -> None:
    assert issubclass(OkxRateLimitError, OkxHttpError)
    assert not issubclass(OkxHttpError, OkxRateLimitError)


def test_other_classes_are_siblings() -> None:
    siblings = [OkxHttpError, OkxApiError, OkxAuthError, OkxWebSocketError, OkxTimeoutError]
    for a in siblings:
        for b in siblings:
            assert issubclass(a, b) == (a is b), (a, b)


def test_websocket_error_can_be_caught_as_okx_error() -> None:
    with pytest.raises(OkxError):
        raise OkxWebSocketError("wss://ws.okx.com:8443/ws/v5/public: closed")


# ---- injected faults, sync ----


@pytest.mark.parametrize("name", list(CASES))
def test_injected_fault_raises_its_documented_class(
    exchange: MockExchange, client: OkxClient, name: str
) -> None:
    case = CASES[name]
    case.inject(exchange)
    with pytest.raises(OkxError) as err:
        client.get_balance()
    check_case(err.value, case, exchange)
    # The fault was used once: the next call is answered normally.
    assert client.get_balance().total_eq


def test_http_503_is_not_a_rate_limit(exchange: MockExchange, client: OkxClient) -> None:
    exchange.inject_http_error(503)
    with pytest.raises(OkxHttpError) as err:
        client.get_ticker("BTC-USDT")
    assert not isinstance(err.value, OkxRateLimitError)
    assert err.value.status == 503


def test_rate_limit_can_be_caught_as_http_error(exchange: MockExchange, client: OkxClient) -> None:
    exchange.inject_rate_limit()
    with pytest.raises(OkxHttpError) as err:
        client.get_ticker("BTC-USDT")
    assert isinstance(err.value, OkxRateLimitError)
    assert err.value.status == 429
    assert err.value.code == "50011"


def test_fault_on_one_path_spares_the_others(exchange: MockExchange, client: OkxClient) -> None:
    exchange.inject_http_error(502, path="/api/v5/market/ticker", times=2)
    assert client.get_system_time().ts
    for _ in range(2):
        with pytest.raises(OkxHttpError) as err:
            client.get_ticker("BTC-USDT")
        assert err.value.status == 502
    assert client.get_ticker("BTC-USDT").inst_id == "BTC-USDT"


def test_api_error_carries_okx_code_and_message(exchange: MockExchange, client: OkxClient) -> None:
    exchange.inject_okx_error("51000", "Parameter error")
    with pytest.raises(OkxApiError) as err:
        client.get_ticker("BTC-USDT")
    assert err.value.code == "51000"
    assert err.value.msg == "Parameter error"
    assert "/api/v5/market/ticker" in str(err.value)
    assert not isinstance(err.value, (OkxAuthError, OkxHttpError))


def test_slow_answer_is_timeout_error(exchange: MockExchange) -> None:
    client = OkxClient(exchange.config(timeout_secs=0.5))
    exchange.inject_delay(2.0)
    started = time.monotonic()
    with pytest.raises(OkxTimeoutError) as err:
        client.get_balance()
    elapsed = time.monotonic() - started
    assert 0.4 <= elapsed < 1.8
    assert "may still have been executed" in str(err.value)
    assert BALANCE in str(err.value)
    assert not isinstance(err.value, OkxHttpError)
    assert err.value.code is None
    assert err.value.status is None
    check_no_secret(err.value, exchange)


def test_unreachable_port_is_http_error() -> None:
    client = OkxClient(Config(rest_url=f"http://127.0.0.1:{closed_port()}", timeout_secs=5))
    with pytest.raises(OkxHttpError) as err:
        client.get_ticker("BTC-USDT")
    assert type(err.value) is OkxHttpError
    assert err.value.status is None
    assert err.value.code is None
    assert "/api/v5/market/ticker" in str(err.value)


# ---- credentials the exchange refuses ----


def config_with(exchange: MockExchange, creds: Credentials, simulated: bool = True) -> Config:
    return Config(creds, simulated=simulated, rest_url=exchange.rest_url)


def test_unknown_api_key_is_auth_error(exchange: MockExchange) -> None:
    client = OkxClient(config_with(exchange, Credentials("x", "y", "z")))
    with pytest.raises(OkxAuthError) as err:
        client.get_balance()
    assert err.value.code == "50111"
    assert err.value.status == 401
    assert err.value.msg
    assert BALANCE in str(err.value)


def test_wrong_secret_is_auth_error_50113(exchange: MockExchange) -> None:
    wrong = "WRONGSECRET0123456789ABCDEF01234"
    client = OkxClient(
        config_with(exchange, Credentials(exchange.api_key, wrong, exchange.passphrase))
    )
    with pytest.raises(OkxAuthError) as err:
        client.get_balance()
    assert err.value.code == "50113"
    assert wrong not in str(err.value)
    check_no_secret(err.value, exchange)


def test_wrong_passphrase_is_auth_error_50105(exchange: MockExchange) -> None:
    wrong = "not-the-passphrase"
    client = OkxClient(
        config_with(exchange, Credentials(exchange.api_key, exchange.secret_key, wrong))
    )
    with pytest.raises(OkxAuthError) as err:
        client.get_balance()
    assert err.value.code == "50105"
    assert wrong not in str(err.value)
    check_no_secret(err.value, exchange)


def test_demo_key_on_live_trading_is_auth_error_50101(exchange: MockExchange) -> None:
    assert exchange.simulated
    client = OkxClient(config_with(exchange, exchange.credentials, simulated=False))
    with pytest.raises(OkxAuthError) as err:
        client.get_balance()
    assert err.value.code == "50101"
    assert err.value.status == 401
    check_no_secret(err.value, exchange)


def test_wrong_credentials_still_read_public_data(exchange: MockExchange) -> None:
    client = OkxClient(config_with(exchange, Credentials("x", "y", "z")))
    assert client.get_ticker("BTC-USDT").inst_id == "BTC-USDT"


def test_private_endpoint_without_credentials_is_value_error(exchange: MockExchange) -> None:
    client = OkxClient(exchange.config(with_credentials=False))
    before = exchange.request_count
    with pytest.raises(ValueError, match="credentials"):
        client.get_balance()
    assert exchange.request_count == before


# ---- async ----


@pytest.mark.asyncio
@pytest.mark.parametrize("name", list(CASES))
async def test_async_injected_fault_raises_its_documented_class(
    exchange: MockExchange, aclient: AsyncOkxClient, name: str
) -> None:
    case = CASES[name]
    case.inject(exchange)
    with pytest.raises(OkxError) as err:
        await aclient.get_balance()
    check_case(err.value, case, exchange)
    assert (await aclient.get_balance()).total_eq


@pytest.mark.asyncio
async def test_async_slow_answer_is_timeout_error(exchange: MockExchange) -> None:
    aclient = AsyncOkxClient(exchange.config(timeout_secs=0.5))
    exchange.inject_delay(2.0)
    started = time.monotonic()
    with pytest.raises(OkxTimeoutError) as err:
        await aclient.get_balance()
    assert time.monotonic() - started < 1.8
    assert "may still have been executed" in str(err.value)
    check_no_secret(err.value, exchange)


@pytest.mark.asyncio
async def test_async_unreachable_port_is_http_error() -> None:
    aclient = AsyncOkxClient(Config(rest_url=f"http://127.0.0.1:{closed_port()}"))
    with pytest.raises(OkxHttpError) as err:
        await aclient.get_ticker("BTC-USDT")
    assert type(err.value) is OkxHttpError
    assert err.value.status is None


@pytest.mark.asyncio
async def test_async_wrong_credentials_are_auth_error(exchange: MockExchange) -> None:
    aclient = AsyncOkxClient(config_with(exchange, Credentials("x", "y", "z")))
    with pytest.raises(OkxAuthError) as err:
        await aclient.get_balance()
    assert err.value.code == "50111"


@pytest.mark.asyncio
async def test_async_demo_key_on_live_trading_is_auth_error_50101(exchange: MockExchange) -> None:
    aclient = AsyncOkxClient(config_with(exchange, exchange.credentials, simulated=False))
    with pytest.raises(OkxAuthError) as err:
        await aclient.get_balance()
    assert err.value.code == "50101"
