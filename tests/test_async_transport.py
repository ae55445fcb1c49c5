"""AsyncOkxClient's transport: requests run on the event loop's thread over keep-alive
connections; timeouts, cancellation, servers that close connections, 64 requests in flight
and TLS."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from scripted_http import LATE_SECS, Behave, ScriptedServer, Seen, okx_answer

from okx_py import AsyncOkxClient, Config, OkxClient, OkxHttpError, OkxTimeoutError, Ticker
from okx_py.testing import MockExchange

TICKER = "/api/v5/market/ticker"
ORDER = "/api/v5/trade/order"


@pytest.fixture(scope="module")
def ticker_row(exchange: MockExchange) -> dict[str, Any]:
    """A real ticker row from the mock, for scripted answers."""
    rows = OkxClient(exchange.config()).request("GET", TICKER, {"instId": "BTC-USDT"})
    assert isinstance(rows, list)
    row: dict[str, Any] = rows[0]
    return row


def scripted(behave: Behave, ticker_row: dict[str, Any]) -> ScriptedServer:
    """A server answering tickers for the requested instId, and POSTs with their body."""

    def answer(seen: Seen) -> bytes:
        if seen.method == "POST":
            return okx_answer([{"echo": seen.body.decode()}])
        return okx_answer([dict(ticker_row, instId=seen.query("instId"))])

    return ScriptedServer(behave, answer)


def always(action: str) -> Behave:
    return lambda seen: action


@pytest.fixture
def plain(ticker_row: dict[str, Any]) -> Iterator[ScriptedServer]:
    with scripted(always("answer"), ticker_row) as server:
        yield server


def client_of(server: ScriptedServer, timeout_secs: float = 5.0) -> AsyncOkxClient:
    return AsyncOkxClient(Config(rest_url=server.url, timeout_secs=timeout_secs))


@pytest.mark.asyncio
async def test_sequential_calls_share_one_keep_alive_connection(plain: ScriptedServer) -> None:
    aclient = client_of(plain)
    for inst_id in ["BTC-USDT", "ETH-USDT"] * 10:
        assert (await aclient.get_ticker(inst_id)).inst_id == inst_id
    assert plain.connections == 1
    assert len(plain.seen) == 20


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs Linux /proc")
@pytest.mark.asyncio
async def test_requests_run_on_the_event_loop_thread(plain: ScriptedServer) -> None:
    # Only opening a connection uses a helper thread; requests start no runtime thread.
    aclient = client_of(plain)
    await aclient.get_ticker("BTC-USDT")
    time.sleep(0.1)  # the connection's helper thread ends
    before = len(os.listdir("/proc/self/task"))
    for _ in range(10):
        await aclient.get_ticker("BTC-USDT")
    assert len(os.listdir("/proc/self/task")) == before


@pytest.mark.asyncio
async def test_a_connection_the_server_closed_while_idle_is_replaced(
    ticker_row: dict[str, Any],
) -> None:
    with scripted(always("answer, close"), ticker_row) as server:
        aclient = client_of(server)
        for inst_id in ["BTC-USDT", "ETH-USDT", "SOL-USDT"]:
            assert (await aclient.get_ticker(inst_id)).inst_id == inst_id
            await asyncio.sleep(0.05)  # the close reaches the client while it is idle
        assert server.connections == 3
        assert [s.query("instId") for s in server.seen] == ["BTC-USDT", "ETH-USDT", "SOL-USDT"]


@pytest.mark.asyncio
async def test_a_get_unanswered_on_a_reused_connection_is_sent_again(
    ticker_row: dict[str, Any],
) -> None:
    # The server reads the second request on the first connection and closes without an
    # answer, as when a keep-alive connection expires just as a request goes out.
    def behave(seen: Seen) -> str:
        return "close" if (seen.conn, seen.nth) == (0, 1) else "answer"

    with scripted(behave, ticker_row) as server:
        aclient = client_of(server)
        assert (await aclient.get_ticker("BTC-USDT")).inst_id == "BTC-USDT"
        assert (await aclient.get_ticker("ETH-USDT")).inst_id == "ETH-USDT"
        assert [(s.conn, s.query("instId")) for s in server.seen] == [
            (0, "BTC-USDT"),
            (0, "ETH-USDT"),
            (1, "ETH-USDT"),
        ]


@pytest.mark.asyncio
async def test_a_post_unanswered_on_a_reused_connection_is_never_sent_again(
    ticker_row: dict[str, Any],
) -> None:
    # The server may have executed it: sending it again could place an order twice.
    def behave(seen: Seen) -> str:
        return "close" if seen.method == "POST" else "answer"

    with scripted(behave, ticker_row) as server:
        aclient = client_of(server)
        await aclient.get_ticker("BTC-USDT")
        with pytest.raises(OkxHttpError, match=ORDER) as err:
            await aclient.request("POST", ORDER, body={"clOrdId": "once"}, signed=False)
        assert type(err.value) is OkxHttpError
        assert [s.method for s in server.seen] == ["GET", "POST"]
        # The client goes on with a new connection.
        assert (await aclient.get_ticker("ETH-USDT")).inst_id == "ETH-USDT"
        assert server.connections == 2


@pytest.mark.asyncio
async def test_a_fresh_connection_closed_without_an_answer_is_http_error(
    ticker_row: dict[str, Any],
) -> None:
    with scripted(always("close"), ticker_row) as server:
        aclient = client_of(server)
        with pytest.raises(OkxHttpError, match="closed before an answer"):
            await aclient.get_ticker("BTC-USDT")
        assert len(server.seen) == 1


@pytest.mark.asyncio
async def test_no_answer_in_time_is_timeout_error_and_the_connection_is_dropped(
    ticker_row: dict[str, Any],
) -> None:
    def behave(seen: Seen) -> str:
        return "hang" if seen.conn == 0 else "answer"

    with scripted(behave, ticker_row) as server:
        aclient = client_of(server, timeout_secs=0.3)
        started = time.monotonic()
        with pytest.raises(OkxTimeoutError, match="may still have been executed"):
            await aclient.get_ticker("BTC-USDT")
        assert 0.25 < time.monotonic() - started < 1.5
        assert (await aclient.get_ticker("ETH-USDT")).inst_id == "ETH-USDT"
        assert server.connections == 2
        await asyncio.sleep(0.1)
        assert server.closed_by_client(0)


@pytest.mark.asyncio
async def test_timeouts_of_many_requests_in_flight(ticker_row: dict[str, Any]) -> None:
    with scripted(always("hang"), ticker_row) as server:
        aclient = client_of(server, timeout_secs=0.3)
        started = time.monotonic()
        results = await asyncio.gather(
            *(aclient.get_ticker("BTC-USDT") for _ in range(8)), return_exceptions=True
        )
        assert all(isinstance(r, OkxTimeoutError) for r in results), results
        assert time.monotonic() - started < 1.5


@pytest.mark.asyncio
async def test_a_cancelled_request_leaves_no_answer_for_the_next(
    ticker_row: dict[str, Any],
) -> None:
    # The cancelled request's answer comes late; it must reach nobody, and its connection
    # is dropped rather than reused.
    def behave(seen: Seen) -> str:
        return "late" if seen.conn == 0 else "answer"

    with scripted(behave, ticker_row) as server:
        aclient = client_of(server)
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(aclient.get_ticker("BTC-USDT"), 0.1)
        assert (await aclient.get_ticker("ETH-USDT")).inst_id == "ETH-USDT"
        await asyncio.sleep(LATE_SECS)
        assert (await aclient.get_ticker("SOL-USDT")).inst_id == "SOL-USDT"
        assert server.connections == 2
        assert server.closed_by_client(0)


@pytest.mark.asyncio
async def test_cancelling_a_task_waiting_for_a_connection(plain: ScriptedServer) -> None:
    aclient = client_of(plain)
    task = asyncio.ensure_future(aclient.get_ticker("BTC-USDT"))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert (await aclient.get_ticker("ETH-USDT")).inst_id == "ETH-USDT"


@pytest.mark.asyncio
async def test_chunked_answers(ticker_row: dict[str, Any]) -> None:
    with scripted(always("chunked"), ticker_row) as server:
        aclient = client_of(server)
        for inst_id in ["BTC-USDT", "ETH-USDT"]:
            assert (await aclient.get_ticker(inst_id)).inst_id == inst_id
        assert server.connections == 1


@pytest.mark.asyncio
async def test_an_answer_that_is_not_http_is_http_error(ticker_row: dict[str, Any]) -> None:
    with (
        scripted(always("garbage"), ticker_row) as server,
        pytest.raises(OkxHttpError, match="malformed HTTP answer"),
    ):
        await client_of(server).get_ticker("BTC-USDT")


@pytest.mark.asyncio
async def test_64_requests_in_flight_each_get_their_own_answer(exchange: MockExchange) -> None:
    aclient = AsyncOkxClient(exchange.config())
    ids = ["BTC-USDT", "ETH-USDT", "SOL-USDT", "BTC-USDT-SWAP"] * 16
    for _ in range(3):
        tickers = await asyncio.gather(*(aclient.get_ticker(i) for i in ids))
        assert [t.inst_id for t in tickers] == ids
        assert all(isinstance(t, Ticker) and Decimal(t.last) > 0 for t in tickers)
    # Answers of different sizes and kinds interleaved.
    balances, books, tickers = await asyncio.gather(
        asyncio.gather(*(aclient.get_balance() for _ in range(16))),
        asyncio.gather(*(aclient.get_orderbook("BTC-USDT", depth=400) for _ in range(16))),
        asyncio.gather(*(aclient.get_ticker(i) for i in ids[:32])),
    )
    assert all(len(b.details) > 0 for b in balances)
    assert all(len(book.asks) > 5 for book in books)
    assert [t.inst_id for t in tickers] == ids[:32]


@pytest.mark.asyncio
async def test_many_requests_in_flight_on_few_connections(ticker_row: dict[str, Any]) -> None:
    with scripted(always("answer"), ticker_row) as server:
        aclient = client_of(server)
        await asyncio.gather(*(aclient.get_ticker("BTC-USDT") for _ in range(4)))
        opened = server.connections
        assert opened <= 4
        ids = [f"X{i}-USDT" for i in range(200)]
        tickers = await asyncio.gather(*(aclient.get_ticker(i) for i in ids))
        assert [t.inst_id for t in tickers] == ids


def test_one_client_on_several_event_loops(plain: ScriptedServer) -> None:
    aclient = client_of(plain)

    async def calls(inst_id: str) -> list[str]:
        return [(await aclient.get_ticker(inst_id)).inst_id for _ in range(5)]

    assert asyncio.run(calls("BTC-USDT")) == ["BTC-USDT"] * 5
    assert asyncio.run(calls("ETH-USDT")) == ["ETH-USDT"] * 5
    results: dict[str, list[str]] = {}

    def in_thread(inst_id: str) -> None:
        results[inst_id] = asyncio.run(calls(inst_id))

    threads = [threading.Thread(target=in_thread, args=(i,)) for i in ["SOL-USDT", "X-USDT"]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {"SOL-USDT": ["SOL-USDT"] * 5, "X-USDT": ["X-USDT"] * 5}


def test_a_call_outside_a_running_loop_is_refused(plain: ScriptedServer) -> None:
    with pytest.raises(RuntimeError, match="no running event loop"):
        client_of(plain).get_ticker("BTC-USDT")  # type: ignore[unused-coroutine]


@pytest.mark.asyncio
async def test_the_client_can_go_while_its_request_runs(plain: ScriptedServer) -> None:
    ticker = await client_of(plain).get_ticker("BTC-USDT")
    assert ticker.inst_id == "BTC-USDT"


# ---- TLS ----


@pytest.fixture(scope="module")
def tls_exchange() -> Iterator[MockExchange]:
    with MockExchange(tls=True) as ex:
        yield ex


@pytest.mark.skipif(
    sys.platform != "linux",
    reason="SSL_CERT_FILE is honoured where rustls-platform-verifier uses rustls-native-certs",
)
@pytest.mark.asyncio
async def test_tls_with_a_ca_given_by_ssl_cert_file(
    tls_exchange: MockExchange, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pem = tls_exchange.ca_cert_pem
    assert pem is not None
    ca_file = tmp_path / "okx-mock-ca.pem"
    ca_file.write_text(pem)
    config = tls_exchange.config()
    assert tls_exchange.rest_url.startswith("https://")

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    with pytest.raises(OkxHttpError, match="UnknownIssuer"):  # certificates are verified
        await AsyncOkxClient(config).get_ticker("BTC-USDT")

    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    aclient = AsyncOkxClient(config)
    assert (await aclient.get_ticker("BTC-USDT")).inst_id == "BTC-USDT"
    assert (await aclient.get_balance()).total_eq
    ids = ["BTC-USDT", "ETH-USDT"] * 16
    tickers = await asyncio.gather(*(aclient.get_ticker(i) for i in ids))
    assert [t.inst_id for t in tickers] == ids
    # A large answer: many TLS records.
    book = await aclient.get_orderbook("BTC-USDT", depth=400)
    assert len(book.asks) > 5


def test_uvloop(ticker_row: dict[str, Any]) -> None:
    uvloop = pytest.importorskip("uvloop")

    def behave(seen: Seen) -> str:
        return "hang" if seen.query("instId") == "SLOW-USDT" else "answer"

    async def calls(server: ScriptedServer) -> None:
        aclient = client_of(server, timeout_secs=0.3)
        assert (await aclient.get_ticker("BTC-USDT")).inst_id == "BTC-USDT"
        ids = [f"X{i}-USDT" for i in range(32)]
        assert [t.inst_id for t in await asyncio.gather(*map(aclient.get_ticker, ids))] == ids
        with pytest.raises(OkxTimeoutError):
            await aclient.get_ticker("SLOW-USDT")

    with scripted(behave, ticker_row) as server:
        uvloop.run(calls(server))
