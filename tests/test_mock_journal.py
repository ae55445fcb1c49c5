"""MockExchange.requests(): the journal of REST requests the mock received."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import pytest

from okx_py.testing import MockExchange

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def http(exchange: MockExchange, method: str, path: str, body: str | None = None) -> Any:
    data = body.encode() if body is not None else None
    req = urllib.request.Request(exchange.rest_url + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read())
    except urllib.error.HTTPError as e:
        return json.loads(e.read())


def test_journal_records_method_path_query_body_and_signature(
    fresh_exchange: MockExchange,
) -> None:
    ex = fresh_exchange
    assert ex.requests() == []
    http(ex, "GET", "/api/v5/market/ticker?instId=BTC-USDT&x=a%2Cb")
    http(ex, "POST", "/api/v5/trade/cancel-order", '{"instId": "BTC-USDT", "ordId": "1"}')
    http(ex, "GET", "/api/v5/no/such/path")
    first, unsigned_post, unknown = ex.requests()
    assert first["method"] == "GET"
    assert first["path"] == "/api/v5/market/ticker"
    assert first["query"] == {"instId": "BTC-USDT", "x": "a,b"}
    assert first["body"] is None
    assert (first["signed"], first["verified"]) == (False, False)
    assert isinstance(first["ts"], int)
    assert unsigned_post["body"] == {"instId": "BTC-USDT", "ordId": "1"}
    assert unsigned_post["query"] == {}
    assert unknown["path"] == "/api/v5/no/such/path"

    trade = pytest.importorskip("okx.Trade")
    api = trade.TradeAPI(
        api_key=ex.api_key,
        api_secret_key=ex.secret_key,
        passphrase=ex.passphrase,
        flag="1" if ex.simulated else "0",
        domain=ex.rest_url,
        debug=False,
    )
    api.cancel_order(instId="BTC-USDT", ordId="1")
    (signed,) = ex.requests("/api/v5/trade/cancel-order")[1:]
    assert (signed["signed"], signed["verified"]) == (True, True)
    assert signed["body"]["ordId"] == "1"
    assert [r["path"] for r in ex.requests("/api/v5/market/ticker")] == ["/api/v5/market/ticker"]
    ex.clear_requests()
    assert ex.requests() == []


def test_journal_keeps_the_last_thousand(fresh_exchange: MockExchange) -> None:
    ex = fresh_exchange
    for i in range(1005):
        http(ex, "GET", f"/api/v5/public/time?n={i}")
    kept = ex.requests("/api/v5/public/time")
    assert len(kept) == 1000
    assert kept[0]["query"] == {"n": "5"}
    assert kept[-1]["query"] == {"n": "1004"}
