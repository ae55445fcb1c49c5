"""The `iter_*` methods: every page of an endpoint paged by `after`/`before`, walked with
the cursor of each page's edge item, sync and async, against okx-mock's own paging and
against answers injected page by page."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from test_endpoints_each import apply_hint

from okx_py import AsyncOkxClient, Candle, OkxClient, Order
from okx_py.testing import MockExchange

PAGERS = sorted(n for n in dir(OkxClient) if n.startswith("iter_"))
CURSOR = re.compile(r"The cursor is each page's last \(or first\) `(\w+)`")


@pytest.fixture
def ex() -> Iterator[MockExchange]:
    with MockExchange() as exchange:
        yield exchange


def place_and_cancel(client: OkxClient, n: int) -> list[str]:
    """n resting orders, cancelled: the order history, oldest first."""
    ids = []
    for i in range(n):
        ack = client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px=1000 + i)
        client.cancel_order("BTC-USDT", ord_id=ack.ord_id)
        ids.append(ack.ord_id)
    return ids


def queries(ex: MockExchange, path: str) -> list[dict[str, str]]:
    return [r["query"] for r in ex.requests(path)]


def test_every_paged_endpoint_has_a_walker_on_both_clients() -> None:
    assert len(PAGERS) >= 13
    for name in PAGERS:
        assert hasattr(AsyncOkxClient, name), name
        endpoint = "get_" + name.removeprefix("iter_")
        assert hasattr(OkxClient, endpoint), name
        # Same parameters as the endpoint itself.
        sig = inspect.signature(getattr(OkxClient, name)).parameters
        assert list(sig) == list(inspect.signature(getattr(OkxClient, endpoint)).parameters)
        doc = getattr(OkxClient, name).__doc__ or ""
        assert CURSOR.search(doc), name


def test_orders_history_walks_older_pages_with_the_last_ord_id(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    ids = place_and_cancel(client, 25)
    ex.clear_requests()
    walked = list(client.iter_orders_history("SPOT", limit=10))
    assert all(isinstance(o, Order) for o in walked)
    assert [o.ord_id for o in walked] == ids[::-1]
    sent = queries(ex, "/api/v5/trade/orders-history")
    # 10 + 10 + 5: the short page ends the walk without another request.
    assert [q.get("after") for q in sent] == [None, ids[15], ids[5]]
    assert all(q["limit"] == "10" for q in sent)


def test_only_before_walks_towards_newer_orders(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    ids = place_and_cancel(client, 12)
    walked = [o.ord_id for o in client.iter_orders_history("SPOT", before=ids[0], limit=5)]
    assert sorted(walked) == sorted(ids[1:]) and len(set(walked)) == 11
    sent = queries(ex, "/api/v5/trade/orders-history")[-3:]
    assert [q.get("before") for q in sent] == [ids[0], ids[5], ids[10]]
    assert all("after" not in q for q in sent)


def test_a_walk_stops_at_an_empty_page_and_can_be_left_early(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    ids = place_and_cancel(client, 3)
    ex.clear_requests()
    # No limit: the walk asks until a page comes back empty.
    assert [o.ord_id for o in client.iter_orders_history("SPOT")] == ids[::-1]
    assert [q.get("after") for q in queries(ex, "/api/v5/trade/orders-history")] == [None, ids[0]]
    ex.clear_requests()
    first = next(iter(client.iter_orders_history("SPOT", limit=1)))
    assert first.ord_id == ids[-1]
    assert len(queries(ex, "/api/v5/trade/orders-history")) == 1


def test_candles_page_by_timestamp_without_gaps_or_repeats(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    bars = list(itertools.islice(client.iter_candles("BTC-USDT", bar="1m", limit=100), 250))
    assert all(isinstance(c, Candle) for c in bars)
    ts = [int(c.ts) for c in bars]
    assert ts == sorted(ts, reverse=True) and len(set(ts)) == 250
    assert all(a - b == 60_000 for a, b in itertools.pairwise(ts))


def test_fills_page_by_bill_id(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    for _ in range(5):
        client.place_order("BTC-USDT", "cash", "buy", "market", "100")
    bills = [f.bill_id for f in client.iter_fills(inst_id="BTC-USDT", limit=2)]
    assert len(bills) == len(set(bills)) >= 5
    assert [int(b) for b in bills] == sorted((int(b) for b in bills), reverse=True)


def test_bad_arguments_fail_at_the_call_before_any_request(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    ex.clear_requests()
    with pytest.raises(ValueError, match="inst_type must be one of"):
        client.iter_orders_history("STOCKS")
    with pytest.raises(ValueError, match="limit must be a whole number"):
        AsyncOkxClient(ex.config()).iter_fills(limit="ten")
    assert ex.requests() == []


def test_async_walk_matches_the_sync_one(ex: MockExchange) -> None:
    client = OkxClient(ex.config())
    ids = place_and_cancel(client, 7)

    async def walk() -> list[str]:
        aclient = AsyncOkxClient(ex.config())
        return [o.ord_id async for o in aclient.iter_orders_history("SPOT", limit=3)]

    assert asyncio.run(walk()) == ids[::-1]
    assert [q.get("after") for q in queries(ex, "/api/v5/trade/orders-history")[-3:]] == [
        None,
        ids[4],
        ids[1],
    ]


def accepted_args(name: str, client: Any) -> dict[str, Any]:
    """Arguments the walker accepts, refined from its own ValueError messages."""
    args: dict[str, Any] = {}
    for _ in range(12):
        try:
            getattr(client, name)(**args)
            return args
        except (ValueError, TypeError) as e:
            text = str(e)
            if "missing" in text and "required" in text:
                missing = re.findall(r"'(\w+)'", text)
                for m in missing:
                    args[m] = "BTC-USDT" if m in ("inst_id", "uly", "inst_family") else "1"
                continue
            assert apply_hint(args, text), f"{name}: {text}"
    raise AssertionError(f"{name}: arguments never accepted: {args}")


@pytest.mark.parametrize("name", PAGERS)
def test_each_walker_sends_the_edge_cursor_of_each_page(ex: MockExchange, name: str) -> None:
    client = OkxClient(ex.config())
    args = accepted_args(name, client)
    args.pop("limit", None)
    doc = getattr(OkxClient, name).__doc__ or ""
    m = CURSOR.search(doc)
    assert m
    field = m.group(1)
    rows = "candles" in name

    def item(cursor: str) -> Any:
        if rows:
            return [cursor, "1", "1", "1", "1", "1", "1", "1", "1"]
        return {field: cursor, "instId": "BTC-USDT"}

    pages = [[item("900"), item("800")], [item("700")], []]
    ex.clear_requests()
    ex.clear_faults()
    # The path is the one the walker's endpoint sends to: read it from the first request.
    next(iter(getattr(client, name)(**args)), None)
    path = ex.requests()[-1]["path"]
    ex.clear_requests()
    for page in pages:
        ex.inject_answer(json.dumps({"code": "0", "msg": "", "data": page}), path=path)
    walked = list(getattr(client, name)(**args))
    assert len(walked) == 3, name
    sent = queries(ex, path)
    assert [q.get("after") for q in sent] == [None, "800", "700"], name


@pytest.mark.parametrize("name", PAGERS[:3])
def test_each_async_walker_sends_the_same_cursors(ex: MockExchange, name: str) -> None:
    client = OkxClient(ex.config())
    args = accepted_args(name, client)
    args.pop("limit", None)
    m = CURSOR.search(getattr(OkxClient, name).__doc__ or "")
    assert m
    field = m.group(1)
    next(iter(getattr(client, name)(**args)), None)
    path = ex.requests()[-1]["path"]
    ex.clear_requests()
    for page in ([{field: "9"}, {field: "8"}], []):
        ex.inject_answer({"code": "0", "msg": "", "data": page}, path=path)

    async def walk() -> int:
        aclient = AsyncOkxClient(ex.config())
        return len([x async for x in getattr(aclient, name)(**args)])

    assert asyncio.run(walk()) == 2
    assert [q.get("after") for q in queries(ex, path)] == [None, "8"]
