"""python-okx, pointed at the mock exchange unchanged, can call every method of its trade,
account, funding, market and public APIs that maps to a row of data/rest-endpoints.tsv: the
mock answers code "0", per-item results, or an OKX parameter error, never 404 or 5xx."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from okx_py.testing import MockExchange

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

TSV = Path(__file__).resolve().parent.parent / "data" / "rest-endpoints.tsv"

# python-okx module, class, and the least number of its methods that must be walked.
APIS = [
    ("okx.Trade", "TradeAPI", 25),
    ("okx.Account", "AccountAPI", 45),
    ("okx.Funding", "FundingAPI", 15),
    ("okx.MarketData", "MarketAPI", 18),
    ("okx.PublicData", "PublicAPI", 18),
]

# A plausible value for each argument python-okx takes by these names; they are passed even
# where python-okx gives a default, since it defaults to "" parameters OKX requires.
VALUES: dict[str, Any] = {
    "algoId": "1",
    "debtCcy": "BTC",
    "fromCcy": "BTC",
    "index": "BTC-USDT",
    "instFamily": "BTC-USD",
    "ordId": "1",
    "quoteCcy": "USDT",
    "stgyType": "0",
    "toCcy": "USDT",
    "wdId": "1",
    "year": "2024",
    "acctLv": "2",
    "action": "1",
    "amt": "1",
    "begin": "1700000000000",
    "ccy": "USDT",
    "dateAggrType": "daily",
    "dest": "4",
    "end": "1700086400000",
    "from_": "18",
    "greeksType": "PA",
    "instId": "BTC-USDT",
    "instType": "SPOT",
    "invoice": "lnbc1",
    "isoMode": "automatic",
    "lever": "5",
    "mgnMode": "cross",
    "module": "1",
    "posMode": "net_mode",
    "posSide": "net",
    "program": "1",
    "rate": "0.01",
    "side": "buy",
    "sz": "0.01",
    "tdMode": "cash",
    "to": "6",
    "toAddr": "addr",
    "transId": "1",
    "type": "0",
}

# Batch bodies, by method name.
ORDERS_DATA: dict[str, list[dict[str, str]]] = {
    "place_multiple_orders": [
        {
            "instId": "BTC-USDT",
            "tdMode": "cash",
            "side": "buy",
            "ordType": "limit",
            "px": "60000",
            "sz": "0.01",
        }
    ],
    "cancel_multiple_orders": [{"instId": "BTC-USDT", "ordId": "1"}],
    "amend_multiple_orders": [{"instId": "BTC-USDT", "ordId": "1", "newSz": "1"}],
    "cancel_algo_order": [{"instId": "BTC-USDT", "algoId": "1"}],
}

# Optional arguments that make a call meaningful (a limit order needs a price).
EXTRA: dict[str, dict[str, str]] = {"place_order": {"px": "60000"}}

# Codes an OKX client may see for a well-formed call with made-up ids: success, per-item
# results, and OKX's parameter and order errors.
OK_CODES = {"0", "1", "2"}
PARAM_CODES = {
    "50014",  # Parameter {x} can not be empty
    "50015",  # Either parameter {x} or {y} is required
    "51000",  # Parameter {x} error
    "51001",  # Instrument ID doesn't exist
    "51003",  # Either client order ID or order ID is required
    "51603",  # Order does not exist
    "58116",  # Transfer exceeds the available amount
}

CALL = re.compile(r"_request_with(?:out)?_params\(\s*(GET|POST)\s*,\s*(\w+)")


def tsv_rows() -> set[tuple[str, str]]:
    lines = TSV.read_text().splitlines()[1:]
    return {(c[2], c[3]) for c in (line.split("\t") for line in lines)}


def python_okx_args(exchange: MockExchange) -> dict[str, Any]:
    return {
        "api_key": exchange.api_key,
        "api_secret_key": exchange.secret_key,
        "passphrase": exchange.passphrase,
        "flag": "1" if exchange.simulated else "0",
        "domain": exchange.rest_url,
        "debug": False,
    }


def arguments(name: str, fn: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = dict(EXTRA.get(name, {}))
    for param in inspect.signature(fn).parameters.values():
        if param.name == "self":
            continue
        if param.default is not inspect.Parameter.empty and param.name not in VALUES:
            continue
        if param.name == "orders_data":
            kwargs[param.name] = ORDERS_DATA[name]
        elif param.name == "ordType":
            kwargs[param.name] = "conditional" if "algo" in name else "limit"
        else:
            kwargs[param.name] = VALUES[param.name]
    if name == "cancel_algo_order":
        kwargs["orders_data"] = ORDERS_DATA[name]
    return kwargs


def test_python_okx_walks_every_mapped_method(exchange: MockExchange) -> None:
    rows = tsv_rows()
    walked: dict[str, int] = {}
    codes: dict[str, int] = {}
    unmapped: list[str] = []
    failures: list[str] = []
    for module_name, class_name, floor in APIS:
        module = pytest.importorskip(module_name)
        api = getattr(module, class_name)(**python_okx_args(exchange))
        walked[class_name] = 0
        for name, fn in vars(type(api)).items():
            if name.startswith("_") or not callable(fn):
                continue
            calls = CALL.findall(inspect.getsource(fn))
            targets = {(m, getattr(module, const)) for m, const in calls}
            if not targets or not targets <= rows:
                unmapped.append(f"{class_name}.{name} {sorted(targets)}")
                continue
            exchange.clear_requests()
            answer = getattr(api, name)(**arguments(name, fn))
            seen = exchange.requests()
            where = f"{class_name}.{name}"
            if len(seen) != 1:
                failures.append(f"{where}: {len(seen)} requests")
                continue
            sent = seen[0]
            if (sent["method"], sent["path"]) not in targets or not sent["verified"]:
                failures.append(f"{where}: sent {sent}")
                continue
            code = answer.get("code") if isinstance(answer, dict) else None
            codes[str(code)] = codes.get(str(code), 0) + 1
            if code in OK_CODES:
                if code != "0":
                    items = answer["data"]
                    if not (items and all("sCode" in i for i in items)):
                        failures.append(f"{where}: code {code} without items: {answer}")
                        continue
            elif code not in PARAM_CODES:
                failures.append(f"{where}: {answer}")
                continue
            walked[class_name] += 1
        assert walked[class_name] >= floor, (class_name, walked, failures)
    print(f"python-okx methods walked: {walked}; not in the TSV: {unmapped}; codes: {codes}")
    assert not failures, "\n".join(failures)
