"""Order safety enforced by okx-mock: rate limits, faults after execution, clOrdId
uniqueness, expTime, a shifted clock, cancel-all-after, WebSocket amend and mass-cancel, and
the order and fill lists a test counts."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import http.client
import json
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest
import websockets
from websockets.asyncio.client import ClientConnection

from okx_py import OkxClient, OkxError
from okx_py.testing import MockExchange

BTC_CODE = 3  # BTC-USDT's instIdCode in the mock's instrument list


@pytest.fixture
def ex() -> Iterator[MockExchange]:
    with MockExchange() as exchange:
        yield exchange


def iso(ms: int) -> str:
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def sign(secret: str, text: str) -> str:
    mac = hmac.new(secret.encode(), text.encode(), hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def rest(
    ex: MockExchange,
    method: str,
    path: str,
    body: Any = None,
    *,
    clock_ms: int | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, Any]]:
    """One signed request straight to the mock (no client-side limits or retries)."""
    text = "" if body is None else json.dumps(body)
    ts = iso(int(time.time() * 1000) if clock_ms is None else clock_ms)
    h = {
        "OK-ACCESS-KEY": ex.api_key,
        "OK-ACCESS-SIGN": sign(ex.secret_key, ts + method + path + text),
        "OK-ACCESS-TIMESTAMP": ts,
        "OK-ACCESS-PASSPHRASE": ex.passphrase,
        "x-simulated-trading": "1",
        "Content-Type": "application/json",
    }
    h.update(headers or {})
    conn = http.client.HTTPConnection("127.0.0.1", ex.port, timeout=10)
    try:
        conn.request(method, path, body=text or None, headers=h)
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


def limit_buy(cl: str, px: str = "30000", inst_id: str = "BTC-USDT") -> dict[str, str]:
    return {
        "instId": inst_id,
        "tdMode": "cash",
        "side": "buy",
        "ordType": "limit",
        "px": px,
        "sz": "0.001",
        "clOrdId": cl,
    }


def ws_limit_buy(cl: str) -> dict[str, Any]:
    return {
        "instIdCode": BTC_CODE,
        "tdMode": "cash",
        "side": "buy",
        "ordType": "limit",
        "px": "30000",
        "sz": "0.001",
        "clOrdId": cl,
    }


async def private_ws(ex: MockExchange) -> ClientConnection:
    conn = await websockets.connect(ex.ws_private_url)
    ts = str(int(time.time()))
    args = {
        "apiKey": ex.api_key,
        "passphrase": ex.passphrase,
        "timestamp": ts,
        "sign": sign(ex.secret_key, ts + "GET/users/self/verify"),
    }
    await conn.send(json.dumps({"op": "login", "args": [args]}))
    reply = json.loads(await asyncio.wait_for(conn.recv(), 10))
    assert reply["event"] == "login", reply
    return conn


async def op(conn: ClientConnection, request: dict[str, Any]) -> dict[str, Any]:
    """Sends an order op and returns the reply with its id."""
    await conn.send(json.dumps(request))
    while True:
        msg: dict[str, Any] = json.loads(await asyncio.wait_for(conn.recv(), 10))
        if msg.get("id") == request["id"]:
            return msg


# ---- rate limits ----


def test_endpoint_window_refuses_with_429_50011_and_stats_count(ex: MockExchange) -> None:
    ex.enforce_rate_limits()
    path = "/api/v5/finance/sfp/dcd/trade"  # 2 requests per 60 s
    assert rest(ex, "POST", path, {"quoteId": "q"})[1]["code"] == "0"
    assert rest(ex, "POST", path, {"quoteId": "q"})[1]["code"] == "0"
    status, body = rest(ex, "POST", path, {"quoteId": "q"})
    assert (status, body["code"]) == (429, "50011")
    stats = ex.rate_limit_stats()
    assert stats["rejected"] == 1
    assert stats["buckets"][f"POST {path}"] == {"limit": 2, "window_ms": 60_000, "peak": 2}
    ex.enforce_rate_limits(False)
    assert rest(ex, "POST", path, {"quoteId": "q"})[1]["code"] == "0"
    assert ex.rate_limit_stats()["rejected"] == 1  # kept until cleared
    ex.clear_rate_limit_stats()
    assert ex.rate_limit_stats() == {"rejected": 0, "buckets": {}}
    with pytest.raises(ValueError, match="sub_account_limit"):
        ex.enforce_rate_limits(True, 0)


def test_sub_account_window_refuses_with_50061_and_places_nothing(ex: MockExchange) -> None:
    ex.enforce_rate_limits(True, sub_account_limit=5)
    six = [limit_buy(f"sub{i}") for i in range(6)]
    status, body = rest(ex, "POST", "/api/v5/trade/batch-orders", six)
    assert (status, body["code"], body["data"]) == (200, "50061", [])
    assert ex.orders() == []
    # The refused batch took nothing from the window: five still fit, through the client.
    items = [
        {
            "inst_id": "BTC-USDT",
            "td_mode": "cash",
            "side": "buy",
            "ord_type": "limit",
            "px": "30000",
            "sz": "0.001",
            "cl_ord_id": f"sub{i}",
        }
        for i in range(5)
    ]
    acks = OkxClient(ex.config()).place_batch_orders(items)  # type: ignore[arg-type]
    assert len(acks) == 5
    assert len(ex.orders()) == 5
    buckets = ex.rate_limit_stats()["buckets"]
    assert buckets["sub-account"] == {"limit": 5, "window_ms": 2000, "peak": 5}
    assert buckets["POST /api/v5/trade/batch-orders BTC-USDT"]["peak"] == 5


def test_one_order_batches_and_ws_ops_use_the_single_order_bucket(ex: MockExchange) -> None:
    ex.enforce_rate_limits()
    assert rest(ex, "POST", "/api/v5/trade/batch-orders", [limit_buy("one1")])[1]["code"] == "0"
    buckets = ex.rate_limit_stats()["buckets"]
    assert buckets["POST /api/v5/trade/order BTC-USDT"] == {
        "limit": 60,
        "window_ms": 2000,
        "peak": 1,
    }
    assert "POST /api/v5/trade/batch-orders BTC-USDT" not in buckets

    async def ws_batch() -> dict[str, Any]:
        conn = await private_ws(ex)
        try:
            args = [ws_limit_buy(f"wsb{i}") for i in range(3)]
            return await op(conn, {"id": "b1", "op": "batch-orders", "args": args})
        finally:
            await conn.close()

    assert asyncio.run(ws_batch())["code"] == "0"
    buckets = ex.rate_limit_stats()["buckets"]
    assert buckets["POST /api/v5/trade/batch-orders BTC-USDT"]["peak"] == 3


@pytest.mark.asyncio
async def test_ws_burst_gets_50011_and_refused_ops_do_not_execute(ex: MockExchange) -> None:
    ex.enforce_rate_limits()
    conn = await private_ws(ex)
    try:
        for i in range(70):
            args = [ws_limit_buy(f"burst{i}")]
            await conn.send(json.dumps({"id": f"x{i}", "op": "order", "args": args}))
        codes: dict[str, str] = {}
        while len(codes) < 70:
            msg = json.loads(await asyncio.wait_for(conn.recv(), 10))
            if "id" in msg:
                codes[msg["id"]] = msg["code"]
    finally:
        await conn.close()
    refused = sum(1 for c in codes.values() if c == "50011")
    assert refused > 0  # 60 per 2 s per instrument
    assert set(codes.values()) <= {"0", "50011"}
    assert len(ex.orders()) == 70 - refused
    assert ex.rate_limit_stats()["rejected"] == refused


# ---- faults after execution ----


def test_after_execute_50004_through_the_client_leaves_exactly_one_order(
    ex: MockExchange,
) -> None:
    ex.inject_after_execute("50004", "/api/v5/trade/order")
    client = OkxClient(ex.config())
    try:
        client.place_order("BTC-USDT", "cash", "buy", "limit", "0.001", px="30000", cl_ord_id="x1")
    except OkxError as err:
        assert err.code in ("50004", "51016"), err
    assert len(ex.orders("x1")) == 1
    # Seen raw: HTTP 200, code 50004, empty data, and the order exists.
    ex.inject_after_execute("50004")
    status, body = rest(ex, "POST", "/api/v5/trade/order", limit_buy("x2"))
    assert (status, body["code"], body["data"]) == (200, "50004", [])
    assert body["msg"] == "API endpoint request timeout"
    (order,) = ex.orders("x2")
    assert order["state"] == "live"


def test_after_execute_drop_and_delay_on_rest(ex: MockExchange) -> None:
    ex.inject_after_execute("drop", times=1)
    rest(ex, "GET", "/api/v5/public/time")  # not an order request: untouched
    with pytest.raises((ConnectionError, http.client.HTTPException)):
        rest(ex, "POST", "/api/v5/trade/order", limit_buy("d1"))
    assert len(ex.orders("d1")) == 1
    ex.inject_after_execute("delay", "/api/v5/trade/order", delay_secs=0.05)
    assert rest(ex, "POST", "/api/v5/trade/order", limit_buy("d2"))[1]["code"] == "0"
    ex.inject_after_execute("50004", times=5)
    ex.clear_faults()
    assert rest(ex, "POST", "/api/v5/trade/order", limit_buy("d3"))[1]["code"] == "0"
    with pytest.raises(ValueError, match="action"):
        ex.inject_after_execute("boom")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="target"):
        ex.inject_after_execute("drop", "trade/order")


@pytest.mark.asyncio
async def test_after_execute_on_ws_ops(ex: MockExchange) -> None:
    conn = await private_ws(ex)
    ex.inject_after_execute("50004", "order")
    reply = await op(conn, {"id": "t1", "op": "order", "args": [ws_limit_buy("w1")]})
    assert (reply["code"], reply["data"]) == ("50004", [])
    assert len(ex.orders("w1")) == 1
    ex.inject_after_execute("delay", "order", delay_secs=1.0)
    await conn.send(json.dumps({"id": "t2", "op": "order", "args": [ws_limit_buy("w2")]}))
    await conn.send("ping")
    first = await asyncio.wait_for(conn.recv(), 10)
    assert first == "pong"  # the delayed reply does not hold other frames back
    reply = await op(conn, {"id": "t3", "op": "order", "args": [ws_limit_buy("w3")]})
    assert reply["code"] == "0"
    ex.inject_after_execute("drop")
    await conn.send(json.dumps({"id": "t4", "op": "order", "args": [ws_limit_buy("w4")]}))
    with pytest.raises(websockets.ConnectionClosed):
        while True:
            msg = json.loads(await asyncio.wait_for(conn.recv(), 10))
            assert msg.get("id") != "t4", msg
    assert len(ex.orders("w4")) == 1
    assert {o["clOrdId"] for o in ex.orders()} == {"w1", "w2", "w3", "w4"}


# ---- clOrdId, expTime, clock ----


@pytest.mark.asyncio
async def test_duplicate_cl_ord_id_is_51016_on_rest_and_ws(ex: MockExchange) -> None:
    market = {"instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "market"}
    twice = {**market, "sz": "100", "clOrdId": "same1"}
    body = rest(ex, "POST", "/api/v5/trade/batch-orders", [twice, twice])[1]
    assert [i["sCode"] for i in body["data"]] == ["0", "51016"]
    assert body["data"][1]["sMsg"] == "Duplicated client order ID"
    assert rest(ex, "POST", "/api/v5/trade/order", limit_buy("pend1"))[1]["code"] == "0"
    conn = await private_ws(ex)
    try:
        reply = await op(conn, {"id": "d1", "op": "order", "args": [ws_limit_buy("pend1")]})
        assert reply["data"][0]["sCode"] == "51016"
        cancel = {"instIdCode": BTC_CODE, "clOrdId": "pend1"}
        await op(conn, {"id": "c1", "op": "cancel-order", "args": [cancel]})
        reply = await op(conn, {"id": "d2", "op": "order", "args": [ws_limit_buy("pend1")]})
        assert reply["data"][0]["sCode"] == "0"  # free again once canceled
    finally:
        await conn.close()
    assert [o["state"] for o in ex.orders("pend1")] == ["canceled", "live"]


@pytest.mark.asyncio
async def test_exp_time_refuses_late_requests(ex: MockExchange) -> None:
    now = int(time.time() * 1000)
    late = {"expTime": str(now - 1000)}
    status, body = rest(ex, "POST", "/api/v5/trade/order", limit_buy("e1"), headers=late)
    assert (status, body["code"], body["data"]) == (200, "50037", [])
    assert ex.orders("e1") == []
    soon = {"expTime": str(now + 60_000)}
    assert rest(ex, "POST", "/api/v5/trade/order", limit_buy("e2"), headers=soon)[1]["code"] == "0"
    bad = {"expTime": "later"}
    assert (
        rest(ex, "POST", "/api/v5/trade/order", limit_buy("e3"), headers=bad)[1]["code"] == "50036"
    )
    conn = await private_ws(ex)
    try:
        request = {"id": "e4", "op": "order", "expTime": str(now - 1), "args": [ws_limit_buy("e4")]}
        reply = await op(conn, request)
        assert (reply["code"], reply["data"]) == ("50037", [])
    finally:
        await conn.close()
    assert ex.orders("e4") == []


def test_clock_offset_moves_time_and_the_signature_window(ex: MockExchange) -> None:
    ex.set_clock_offset_ms(3_600_000)
    before = int(time.time() * 1000)
    ts = int(rest(ex, "GET", "/api/v5/public/time")[1]["data"][0]["ts"])
    assert ts >= before + 3_600_000
    status, body = rest(ex, "GET", "/api/v5/account/balance")
    assert (status, body["code"]) == (401, "50102")
    shifted = int(time.time() * 1000) + 3_600_000
    assert rest(ex, "GET", "/api/v5/account/balance", clock_ms=shifted)[1]["code"] == "0"
    ex.set_clock_offset_ms(0)
    assert int(OkxClient(ex.config()).get_system_time().ts) < before + 60_000


# ---- cancel-all-after ----


def test_cancel_all_after_fires_and_cancels_every_pending_order(ex: MockExchange) -> None:
    with pytest.raises(ValueError):
        ex.set_cancel_all_after_scale(0.0)
    ex.set_cancel_all_after_scale(0.02)
    client = OkxClient(ex.config())
    client.place_order("BTC-USDT", "cash", "buy", "limit", "0.001", px="30000", cl_ord_id="k1")
    status, body = rest(ex, "POST", "/api/v5/trade/cancel-all-after", {"timeOut": "5"})
    assert (status, body["code"]) == (400, "51000")
    # Armed, then disarmed with "0": nothing is canceled.
    rest(ex, "POST", "/api/v5/trade/cancel-all-after", {"timeOut": "10"})
    (off,) = rest(ex, "POST", "/api/v5/trade/cancel-all-after", {"timeOut": "0"})[1]["data"]
    assert off["triggerTime"] == "0"
    time.sleep(0.4)
    assert ex.orders("k1")[0]["state"] == "live"
    (armed,) = client.cancel_all_after("10", tag="bot1")
    assert armed["tag"] == "bot1"
    assert int(armed["triggerTime"]) - int(armed["ts"]) == 200  # 10 s scaled by 0.02
    deadline = time.monotonic() + 10
    while ex.orders("k1")[0]["state"] == "live" and time.monotonic() < deadline:
        time.sleep(0.02)
    (order,) = ex.orders("k1")
    assert (order["state"], order["cancelSource"]) == ("canceled", "20")


# ---- WebSocket amend and mass-cancel ----


@pytest.mark.asyncio
async def test_ws_amend_and_mass_cancel(ex: MockExchange) -> None:
    assert rest(ex, "POST", "/api/v5/trade/order", limit_buy("a1"))[1]["code"] == "0"
    conn = await private_ws(ex)
    try:
        args = [{"instIdCode": BTC_CODE, "clOrdId": "a1", "newPx": "30500", "reqId": "r1"}]
        reply = await op(conn, {"id": "m1", "op": "amend-order", "args": args})
        assert reply["code"] == "0"
        (item,) = reply["data"]
        assert (item["sCode"], item["reqId"], item["clOrdId"]) == ("0", "r1", "a1")
        assert int(reply["outTime"]) >= int(reply["inTime"]) > 10**15  # microseconds
        assert ex.orders("a1")[0]["px"] == "30500"
        rest_code = rest(
            ex,
            "POST",
            "/api/v5/trade/amend-order",
            {"instId": "BTC-USDT", "ordId": "1", "newPx": "30000"},
        )[1]["data"][0]["sCode"]
        args = [
            {"instIdCode": BTC_CODE, "ordId": "1", "newPx": "30000"},
            {"instIdCode": BTC_CODE, "clOrdId": "a1", "newSz": "0.002"},
        ]
        reply = await op(conn, {"id": "m2", "op": "batch-amend-orders", "args": args})
        assert reply["code"] == "2"
        assert reply["data"][0]["sCode"] == rest_code
        assert ex.orders("a1")[0]["sz"] == "0.002"
        mass = {"instType": "OPTION", "instFamily": "BTC-USD", "lockInterval": "0"}
        reply = await op(conn, {"id": "mc", "op": "mass-cancel", "args": [mass]})
        assert (reply["code"], reply["data"]) == ("0", [{"result": True}])
        reply = await op(conn, {"id": "mc2", "op": "mass-cancel", "args": [{"instType": "OPTION"}]})
        assert reply["code"] == "60027"
    finally:
        await conn.close()


# ---- orders and fills ----


def test_orders_and_fills_list_every_order_and_execution(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    client.place_order("BTC-USDT", "cash", "buy", "market", "100", cl_ord_id="mkt1")
    client.place_order("BTC-USDT", "cash", "buy", "limit", "0.001", px="30000", cl_ord_id="lim1")
    orders = ex.orders()
    assert [o["clOrdId"] for o in orders] == ["mkt1", "lim1"]
    assert [o["state"] for o in orders] == ["filled", "live"]
    assert set(orders[0]) >= {"ordId", "instId", "accFillSz", "avgPx", "cTime", "uTime"}
    assert ex.orders("lim1") == [orders[1]]
    assert ex.orders("nope") == []
    fills = ex.fills()
    assert fills and all(f["clOrdId"] == "mkt1" for f in fills)
    assert all(f["tradeId"] and f["billId"] for f in fills)
    assert len({f["billId"] for f in fills}) == len(fills)
