"""The endpoint table seen from Python: every documented endpoint is a method on both
clients; flags, list-valued parameters and batch items are checked before sending and
encoded as OKX expects (JSON booleans and arrays in bodies, text in queries)."""

from __future__ import annotations

import csv
import inspect
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from forward_proxy import ForwardProxy

from okx_py import (
    AsyncOkxClient,
    Candle,
    Config,
    OkxApiError,
    OkxClient,
    OkxPartialFailureError,
    Order,
    OrderAck,
    Trade,
)
from okx_py.testing import MockExchange

TSV = Path(__file__).resolve().parent.parent / "data" / "rest-endpoints.tsv"


def official_names() -> list[str]:
    with TSV.open(newline="") as f:
        return [row["method_name"] for row in csv.DictReader(f, delimiter="\t")]


def order(**extra: Any) -> Any:
    """One item of place_batch_orders (Any: tests also send items the stub's TypedDict forbids)."""
    item: dict[str, Any] = {
        "inst_id": "BTC-USDT",
        "td_mode": "cash",
        "side": "buy",
        "ord_type": "limit",
        "sz": "0.01",
        "px": 1000,
    }
    item.update(extra)
    return item


@pytest.fixture
def proxy() -> Iterator[ForwardProxy]:
    with ForwardProxy() as p:
        yield p


def via(exchange: MockExchange, proxy: ForwardProxy) -> OkxClient:
    config = Config(
        exchange.credentials,
        simulated=exchange.simulated,
        rest_url=exchange.rest_url,
        proxy_url=proxy.url,
    )
    return OkxClient(config)


def sent_body(proxy: ForwardProxy, path: str) -> Any:
    bodies = [r.body for r in proxy.requests if urlsplit(r.url).path == path]
    assert bodies, [r.url for r in proxy.requests]
    return json.loads(bodies[-1])


def test_every_documented_endpoint_is_a_method_on_both_clients() -> None:
    names = official_names()
    assert len(names) == len(set(names)) == 426
    for name in names:
        sync, coro = getattr(OkxClient, name), getattr(AsyncOkxClient, name)
        assert inspect.signature(sync) == inspect.signature(coro), name
        assert sync.__doc__ == coro.__doc__, name


def test_batch_items_are_checked_before_sending(client: OkxClient) -> None:
    with pytest.raises(ValueError, match=r"^orders\[1\]\.td_mode must be one of"):
        client.place_batch_orders([order(), order(td_mode="margin")])
    with pytest.raises(ValueError, match=r"^orders\[0\]\.sz is required by place_batch_orders"):
        client.place_batch_orders([order(sz=None) | {"sz": None}])
    with pytest.raises(ValueError, match=r'^orders\[0\] has no parameter "size"'):
        client.place_batch_orders([order(size="1")])
    with pytest.raises(TypeError, match=r"^orders\[0\]\.reduce_only must be a bool; got str"):
        client.place_batch_orders([order(reduce_only="true")])
    with pytest.raises(ValueError, match=r"^orders must hold 1 to 20 items; got 21"):
        client.place_batch_orders([order()] * 21)
    with pytest.raises(ValueError, match=r"^orders must hold 1 to 20 items; got 0"):
        client.place_batch_orders([])
    with pytest.raises(TypeError, match=r"^orders must be a list of dicts"):
        client.place_batch_orders(order())
    with pytest.raises(ValueError, match=r"^orders\[0\] needs one of ord_id, cl_ord_id"):
        client.cancel_batch_orders([{"inst_id": "BTC-USDT"}])


def test_flags_and_lists_are_typed(client: OkxClient) -> None:
    with pytest.raises(TypeError):
        client.place_algo_order("BTC-USDT", "cross", "buy", "conditional", reduce_only="true")  # type: ignore[arg-type]
    # A JSON string where OKX takes a list of objects is refused, naming the parameter.
    with pytest.raises(TypeError, match=r"^attach_algo_ords must be a list of dicts; got str"):
        client.amend_order("BTC-USDT", ord_id="1", attach_algo_ords='[{"tpTriggerPx": "1"}]')  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^rfq_ids must be a list of str; got list with a int"):
        client.cancel_batch_rfqs(rfq_ids=[1])  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r'^ord_type must be one of "conditional", "oco"'):
        client.place_algo_order("BTC-USDT", "cross", "buy", "limit")


def test_batch_body_is_an_array_with_json_flags_and_lists(
    exchange: MockExchange, proxy: ForwardProxy
) -> None:
    client = via(exchange, proxy)
    # Objects inside JSON-valued parameters keep OKX's own keys; numbers become strings.
    tp = [{"tpTriggerPx": 40000, "tpOrdPx": "-1"}]
    acks = client.place_batch_orders(
        [order(reduce_only=False, attach_algo_ords=tp), order(cl_ord_id="b2", px=1001.5)]
    )
    assert [a.s_code for a in acks] == ["0", "0"]
    body = sent_body(proxy, "/api/v5/trade/batch-orders")
    assert isinstance(body, list) and len(body) == 2
    assert body[0]["reduceOnly"] is False
    assert body[0]["px"] == "1000" and body[1]["px"] == "1001.5"
    assert body[0]["attachAlgoOrds"] == [{"tpTriggerPx": "40000", "tpOrdPx": "-1"}]
    assert set(body[1]) == {"instId", "tdMode", "side", "ordType", "sz", "px", "clOrdId"}
    client.cancel_batch_orders([{"inst_id": "BTC-USDT", "ord_id": a.ord_id} for a in acks])


def test_partly_failed_batch_carries_the_placed_and_the_refused_orders(client: OkxClient) -> None:
    with pytest.raises(OkxPartialFailureError) as caught:
        client.place_batch_orders(
            [order(cl_ord_id="ok1"), order(cl_ord_id="bad1", inst_id="NOPE-USDT")]
        )
    err = caught.value
    assert isinstance(err, OkxApiError)
    assert [a.cl_ord_id for a in err.succeeded] == ["ok1"]
    assert all(isinstance(a, OrderAck) and a.s_code == "0" and a.ord_id for a in err.succeeded)
    assert [(f.cl_ord_id, f.s_code) for f in err.failed] == [("bad1", "51001")]
    assert err.items == err.failed and err.code == "51001"
    # The accepted order exists and can be found again by its id.
    placed = client.get_order("BTC-USDT", cl_ord_id="ok1")
    assert placed.ord_id == err.succeeded[0].ord_id and placed.state == "live"
    # When every item fails the error is a plain OkxApiError with nothing succeeded.
    with pytest.raises(OkxApiError) as all_failed:
        client.cancel_batch_orders([{"inst_id": "BTC-USDT", "ord_id": "1"}])
    assert not isinstance(all_failed.value, OkxPartialFailureError)
    assert all_failed.value.succeeded == [] and len(all_failed.value.failed) == 1


def test_flag_in_a_body_is_json_and_in_a_query_is_text(
    exchange: MockExchange, proxy: ForwardProxy
) -> None:
    client = via(exchange, proxy)
    client.place_algo_order(
        "BTC-USDT", "cross", "buy", "conditional", sz=1, reduce_only=True, tp_trigger_px="40000"
    )
    body = sent_body(proxy, "/api/v5/trade/order-algo")
    assert body["reduceOnly"] is True and body["sz"] == "1"
    assert isinstance(client.get_rfq_trades(is_successful=True), list)
    urls = [r.url for r in proxy.requests if urlsplit(r.url).path == "/api/v5/rfq/trades"]
    assert parse_qs(urlsplit(urls[-1]).query) == {"isSuccessful": ["true"]}


def test_new_endpoints_with_known_shapes_are_typed(client: OkxClient) -> None:
    trades = client.get_history_trades("BTC-USDT", limit=2)
    assert all(isinstance(t, Trade) for t in trades)
    assert all(isinstance(o, Order) for o in client.get_orders_history("SPOT"))
    candles = client.get_history_candles("BTC-USDT", bar="1m", limit=3)
    assert candles and all(isinstance(c, Candle) for c in candles)


def test_untyped_endpoints_give_okx_items(client: OkxClient) -> None:
    risk = client.get_account_position_risk()
    assert isinstance(risk, list) and all(isinstance(item, dict) for item in risk)


@pytest.mark.asyncio
async def test_async_batch_and_untyped_calls(aclient: AsyncOkxClient) -> None:
    acks = await aclient.place_batch_orders([order(cl_ord_id="a1")])
    assert acks[0].cl_ord_id == "a1" and acks[0].s_code == "0"
    # A literal item type-checks against the stub's TypedDict.
    more = await aclient.place_batch_orders(
        [
            {
                "inst_id": "BTC-USDT",
                "td_mode": "cash",
                "side": "buy",
                "ord_type": "limit",
                "sz": 1,
                "px": "1000",
                "reduce_only": False,
            }
        ]
    )
    await aclient.cancel_batch_orders([{"inst_id": "BTC-USDT", "ord_id": more[0].ord_id}])
    cancelled = await aclient.cancel_batch_orders([{"inst_id": "BTC-USDT", "cl_ord_id": "a1"}])
    assert cancelled[0].s_code == "0"
    assert isinstance(await aclient.get_account_position_risk(), list)
    with pytest.raises(ValueError, match=r"^orders\[0\]\.side must be one of"):
        await aclient.place_batch_orders([order(side="long")])
