"""WebSocket clients nobody here wrote work against okx-mock's WebSocket unchanged: ccxt.pro,
python-okx's WsPublicAsync over TLS, and a bare `websockets` connection speaking OKX's
protocol by hand. okx-py itself trusts a TLS exchange's CA through SSL_CERT_FILE."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import websockets

from okx_py import OkxClient, OkxHttpError, WsClient
from okx_py.testing import MockExchange

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

TIMEOUT = 10.0
TICKERS_BTC = {"channel": "tickers", "instId": "BTC-USDT"}


@pytest.fixture
def tls_exchange() -> Iterator[MockExchange]:
    with MockExchange(tls=True) as ex:
        yield ex


@pytest.fixture
def ca_file(tls_exchange: MockExchange, tmp_path: Path) -> Path:
    """The TLS exchange's CA certificate, as a PEM bundle file."""
    pem = tls_exchange.ca_cert_pem
    assert pem is not None and "BEGIN CERTIFICATE" in pem
    path = tmp_path / "okx-mock-ca.pem"
    path.write_text(pem)
    return path


async def next_json(recv: Callable[[], Any], pred: Callable[[dict[str, Any]], bool]) -> Any:
    """The next JSON message from `recv` matching `pred`, within TIMEOUT seconds."""

    async def find() -> Any:
        while True:
            raw = await recv()
            if raw == "pong":
                continue
            msg = json.loads(raw)
            if pred(msg):
                return msg

    return await asyncio.wait_for(find(), TIMEOUT)


async def wait_until(cond: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not cond():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


# ---- ccxt.pro ----


def ccxt_pro_okx(exchange: MockExchange) -> Any:
    """ccxt.pro's okx in sandbox mode with every URL pointed at the mock."""
    pro = pytest.importorskip("ccxt.pro")
    okx = pro.okx(
        {
            "apiKey": exchange.api_key,
            "secret": exchange.secret_key,
            "password": exchange.passphrase,
            "enableRateLimit": False,
        }
    )
    okx.set_sandbox_mode(True)
    # ccxt.pro appends "/public", "/private" or "/business" (and "?brokerId=9999" in
    # sandbox mode) to urls["api"]["ws"]; sandbox mode copies urls["test"] to urls["api"].
    ws_base = exchange.ws_public_url[: -len("/public")]
    for urls in (okx.urls["api"], okx.urls["test"]):
        urls["rest"] = exchange.rest_url
        urls["ws"] = ws_base
    return okx


@pytest_asyncio.fixture
async def ccxt_pro(exchange: MockExchange) -> AsyncIterator[Any]:
    okx = ccxt_pro_okx(exchange)
    try:
        yield okx
    finally:
        await okx.close()


def test_ccxt_pro_urls_resolve_to_the_mock(exchange: MockExchange, ccxt_pro: Any) -> None:
    sandbox = "?brokerId=9999"
    assert ccxt_pro.get_url("tickers", "public") == exchange.ws_public_url + sandbox
    assert ccxt_pro.get_url("orders", "private") == exchange.ws_private_url + sandbox
    assert ccxt_pro.get_url("candle1m", "public") == exchange.ws_business_url + sandbox


@pytest.mark.asyncio
async def test_ccxt_pro_watches_the_ticker(ccxt_pro: Any) -> None:
    ticker = await asyncio.wait_for(ccxt_pro.watch_ticker("BTC/USDT"), TIMEOUT)
    assert ticker["symbol"] == "BTC/USDT"
    assert ticker["info"]["instId"] == "BTC-USDT"
    assert 30_000 < ticker["last"] < 130_000
    assert ticker["last"] == float(ticker["info"]["last"])
    assert ticker["bid"] < ticker["ask"]
    assert isinstance(ticker["timestamp"], int)


@pytest.mark.asyncio
async def test_ccxt_pro_order_book_matches_the_rest_book(
    exchange: MockExchange, ccxt_pro: Any
) -> None:
    rest = OkxClient(exchange.config())
    for _ in range(20):  # until both show one version (usually the first try)
        book = await asyncio.wait_for(ccxt_pro.watch_order_book("BTC/USDT"), TIMEOUT)
        snapshot = rest.get_orderbook("BTC-USDT", depth=5)
        assert book["symbol"] == "BTC/USDT"
        bids, asks = book["bids"][:5], book["asks"][:5]
        assert len(bids) == 5 and len(asks) == 5
        bid_prices, ask_prices = [p for p, _ in bids], [p for p, _ in asks]
        assert bid_prices == sorted(bid_prices, reverse=True)
        assert ask_prices == sorted(ask_prices)
        assert all(size > 0 for _, size in bids + asks)
        assert bid_prices[0] < ask_prices[0]
        # The book moves between the push and the REST call: close, not equal...
        rest_bid, rest_ask = float(snapshot.bids[0][0]), float(snapshot.asks[0][0])
        assert abs(bid_prices[0] - rest_bid) / rest_bid < 0.005
        assert abs(ask_prices[0] - rest_ask) / rest_ask < 0.005
        # ...unless both show the same book version (ccxt keeps OKX's seqId as nonce).
        if book["nonce"] == snapshot.seq_id:
            as_floats = [[float(px), float(sz)] for px, sz, _ in snapshot.bids]
            assert [list(level) for level in bids] == as_floats
            as_floats = [[float(px), float(sz)] for px, sz, _ in snapshot.asks]
            assert [list(level) for level in asks] == as_floats
            break


@pytest.mark.asyncio
async def test_ccxt_pro_logs_in_and_watches_orders(fresh_exchange: MockExchange) -> None:
    okx = ccxt_pro_okx(fresh_exchange)
    try:
        await okx.load_markets()
        watching = asyncio.ensure_future(okx.watch_orders("BTC/USDT"))
        try:
            # OKX pushes no order on subscribe: wait for the login and the subscription
            # (this exchange serves no other client) before placing the order.
            await wait_until(lambda: fresh_exchange.ws_subscription_count == 1)
            assert not watching.done(), watching
            placed = await okx.create_order("BTC/USDT", "limit", "buy", 0.01, 30_000)
            orders = await asyncio.wait_for(watching, TIMEOUT)
        finally:
            watching.cancel()
        mine = [o for o in orders if o["id"] == placed["id"]]
        assert mine, orders
        assert mine[0]["symbol"] == "BTC/USDT"
        assert mine[0]["status"] == "open"
        assert mine[0]["price"] == 30_000
        assert mine[0]["amount"] == 0.01
        await okx.cancel_order(placed["id"], "BTC/USDT")
    finally:
        await okx.close()


# ---- python-okx ----


@pytest.mark.asyncio
async def test_python_okx_ws_public_gets_tickers_over_tls(
    tls_exchange: MockExchange, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws_public = pytest.importorskip("okx.websocket.WsPublicAsync")
    import certifi  # python-okx's own dependency: its WebSocket trusts certifi.where()

    url = tls_exchange.ws_public_url
    assert url.startswith("wss://127.0.0.1:")

    # Without the mock's CA python-okx's verifying context refuses the certificate (it
    # logs the error and leaves `websocket` None).
    refused = ws_public.WsPublicAsync(url=url)
    await asyncio.wait_for(refused.connect(), TIMEOUT)
    assert refused.websocket is None

    monkeypatch.setattr(certifi, "where", lambda: str(ca_file))
    messages: asyncio.Queue[str] = asyncio.Queue()
    # WsPublicAsync.__init__ calls asyncio.get_event_loop(): built inside the running loop.
    client = ws_public.WsPublicAsync(url=url)
    consumer = await asyncio.wait_for(client.start(), TIMEOUT)
    try:
        assert client.websocket is not None, "python-okx could not connect over TLS"
        await client.subscribe([TICKERS_BTC], messages.put_nowait)
        ack = await next_json(messages.get, lambda m: "event" in m)
        assert ack["event"] == "subscribe", ack
        assert ack["arg"] == TICKERS_BTC
        push = await next_json(messages.get, lambda m: "data" in m)
        assert push["arg"] == TICKERS_BTC
        assert push["data"][0]["instId"] == "BTC-USDT"
        assert Decimal(push["data"][0]["last"]) > 0
    finally:
        await client.stop()
        await asyncio.wait_for(consumer, TIMEOUT)


# ---- okx-py over TLS ----


@pytest.mark.skipif(
    sys.platform != "linux",
    reason="SSL_CERT_FILE is honoured where rustls-platform-verifier uses rustls-native-certs "
    "(Linux); macOS and Windows verify with the system store",
)
@pytest.mark.asyncio
async def test_okx_py_trusts_a_ca_given_by_ssl_cert_file(
    tls_exchange: MockExchange, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # okx-ws builds its TLS configuration once per process, at its first wss:// connection,
    # so this must be the process's first okx-py wss:// connection (no other test makes one).
    config = tls_exchange.config()
    assert tls_exchange.rest_url.startswith("https://127.0.0.1:")
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    with pytest.raises(OkxHttpError, match="UnknownIssuer"):  # certificates are verified
        OkxClient(config).get_ticker("BTC-USDT")

    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    ticker = OkxClient(config).get_ticker("BTC-USDT")
    assert ticker.inst_id == "BTC-USDT"
    assert Decimal(ticker.last) > 0

    ws = await asyncio.wait_for(WsClient.connect_public(config, max_reconnect_attempts=0), TIMEOUT)
    try:
        await asyncio.wait_for(ws.subscribe_tickers("BTC-USDT"), TIMEOUT)

        async def ticker_push() -> dict[str, Any]:
            while True:
                msg = await ws.recv()
                assert msg is not None, "stream ended"
                if msg["type"] == "data" and msg["channel"] == "tickers":
                    return msg

        push = await asyncio.wait_for(ticker_push(), TIMEOUT)
        assert push["arg"] == TICKERS_BTC
        assert Decimal(push["data"][0]["last"]) > 0
    finally:
        await ws.close()


# ---- a bare websockets connection ----


@pytest.mark.asyncio
async def test_bare_websocket_subscribes_and_gets_pushes(exchange: MockExchange) -> None:
    # orjson is a dev dependency (justfile) that CI's test job does not install.
    orjson = pytest.importorskip("orjson")
    async with websockets.connect(exchange.ws_public_url) as conn:
        # OKX reads text frames: orjson's bytes are sent as text.
        subscribe = {"op": "subscribe", "args": [TICKERS_BTC]}
        await conn.send(orjson.dumps(subscribe).decode())
        ack = orjson.loads(await asyncio.wait_for(conn.recv(), TIMEOUT))
        assert ack["event"] == "subscribe"
        assert ack["arg"] == TICKERS_BTC
        assert ack["connId"]
        push = orjson.loads(await asyncio.wait_for(conn.recv(), TIMEOUT))
        assert push["arg"] == TICKERS_BTC
        item = push["data"][0]
        assert item["instId"] == "BTC-USDT"
        assert Decimal(item["bidPx"]) < Decimal(item["askPx"])
        assert item["ts"].isdigit()

        # Keep-alive is OKX's text "ping", answered by a text "pong".
        await conn.send("ping")

        async def pong() -> None:
            while await conn.recv() != "pong":
                pass

        await asyncio.wait_for(pong(), TIMEOUT)

        bad = {"op": "subscribe", "args": [{"channel": "tickers", "instId": "NOPE-USDT"}]}
        await conn.send(orjson.dumps(bad).decode())
        error = await next_json(conn.recv, lambda m: m.get("event") == "error")
        assert error["code"] == "60018"
        assert "NOPE-USDT" in error["msg"]


@pytest.mark.asyncio
async def test_bare_websocket_logs_in_with_okx_signature(exchange: MockExchange) -> None:
    # The login signature as OKX documents it, computed here rather than by okx-py.
    timestamp = str(int(time.time()))
    prehash = f"{timestamp}GET/users/self/verify".encode()
    digest = hmac.new(exchange.secret_key.encode(), prehash, hashlib.sha256).digest()
    login = {
        "apiKey": exchange.api_key,
        "passphrase": exchange.passphrase,
        "timestamp": timestamp,
        "sign": base64.b64encode(digest).decode(),
    }
    async with websockets.connect(exchange.ws_private_url) as conn:
        await conn.send(json.dumps({"op": "login", "args": [login]}))
        answer = await next_json(conn.recv, lambda m: "event" in m)
        assert answer["event"] == "login", answer
        assert answer["code"] == "0"
        orders = {"channel": "orders", "instType": "SPOT"}
        await conn.send(json.dumps({"op": "subscribe", "args": [orders]}))
        ack = await next_json(conn.recv, lambda m: "event" in m)
        assert ack["event"] == "subscribe", ack
        assert ack["arg"] == orders

    async with websockets.connect(exchange.ws_private_url) as conn:
        login["sign"] = base64.b64encode(b"\0" * 32).decode()
        await conn.send(json.dumps({"op": "login", "args": [login]}))
        answer = await next_json(conn.recv, lambda m: "event" in m)
        assert answer["event"] == "error", answer
        assert answer["code"] == "60007"  # OKX: invalid sign
