"""Every endpoint of data/rest-endpoints.tsv, called through both clients against okx-mock:
the request the exchange received has the documented HTTP method and path, carries every
required parameter in the query (GET) or the JSON body (POST), and is signed with a
signature the exchange verified exactly when the endpoint is private.

Arguments are made from the parameter names and refined from the client's own
ValueError messages (an enumerated parameter names its allowed values), so the test
exercises the validation a user meets, not a copy of it."""

from __future__ import annotations

import asyncio
import csv
import inspect
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from okx_py import AsyncOkxClient, OkxClient, OkxError
from okx_py.testing import MockExchange

DATA = Path(__file__).resolve().parent.parent / "data"
TSV = DATA / "rest-endpoints.tsv"
ROWS = list(csv.DictReader(TSV.open(newline=""), delimiter="\t"))
ANSWERS = {
    (r["http"], r["path"]): r
    for r in csv.DictReader((DATA / "response-fields.tsv").open(newline=""), delimiter="\t")
}

ONE_OF = re.compile(r"^(?P<name>[\w\[\]\.]+) must be one of (?P<options>.+?); got")
MUST_BE = re.compile(r"^(?P<name>[\w\[\]\.]+) must be (?P<what>[^;]+); got")


def snake(okx: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", okx).lower()


def required(row: dict[str, str]) -> tuple[bool, list[str]]:
    """(the body is an array of items, the required OKX parameter names)."""
    spec = row["required_params"].strip()
    batch = spec.startswith("[array")
    names = spec.split("]", 1)[1] if batch else spec
    return batch, [n for n in names.strip().split(",") if n and n not in ("-", "?")]


def guess(okx: str) -> Any:
    """A first value for a parameter, by its OKX name."""
    if okx in ("instId", "uly", "instFamily"):
        return "BTC-USDT"
    if okx in ("ccy", "fromCcy", "toCcy", "quoteCcy", "baseCcy", "rfqCcy", "settleCcy"):
        return "USDT"
    if okx in ("limit", "page", "gridNum", "days"):
        return 10
    return "1"


NEEDS_ONE_OF = re.compile(r"^(?P<where>[\w\[\]\.]+) needs one of (?P<options>[\w, ]+); got")
WRONG_TYPE = re.compile(
    r"is not an instance of '(?P<type>\w+)'.*while processing '(?P<name>\w+)'", re.S
)
VALUES = {"bool": True, "int": 1, "str": "1", "float": 1.0}


def put(args: dict[str, Any], name: str, value: Any) -> None:
    item = re.match(r"(\w+)\[(\d+)\]\.?(\w*)", name)
    if item and item.group(3):
        args[item.group(1)][int(item.group(2))][item.group(3)] = value
    else:
        args[name] = value


def apply_hint(args: dict[str, Any], message: str) -> bool:
    """Changes the named argument as the error asks; False when it cannot."""
    m = NEEDS_ONE_OF.match(message)
    if m:
        first = m.group("options").split(", ")[0]
        where = re.match(r"(\w+)\[(\d+)\]$", m.group("where"))
        if where:
            args[where.group(1)][int(where.group(2))][first] = "1"
        else:
            args[first] = "1"
        return True
    m = WRONG_TYPE.search(message)
    if m and m.group("type") in VALUES:
        put(args, m.group("name"), VALUES[m.group("type")])
        return True
    m = ONE_OF.match(message)
    value: Any
    if m:
        value = m.group("options").split(", ")[0].strip("'\"")
    else:
        m = MUST_BE.match(message)
        if not m:
            return False
        what = m.group("what")
        if "true or false" in what:
            value = True
        elif "whole number" in what:
            value = 1
        elif "decimal" in what:
            value = "1"
        elif "list of str" in what:
            value = ["BTC-USDT"]
        elif what == "a dict":
            value = {"k": "1"}
        elif "dict" in what:
            value = [{"k": "1"}]
        else:
            return False
    put(args, m.group("name"), value)
    return True


def call(ex: MockExchange, row: dict[str, str], args: dict[str, Any], sync: bool) -> Any:
    """Calls the endpoint until the client accepts the arguments (the exchange may still
    refuse their values: the request it received is what is checked); the result, or
    None when the exchange refused."""
    name = row["method_name"]

    async def in_loop() -> Any:
        return await getattr(AsyncOkxClient(ex.config(rate_limit="off")), name)(**args)

    for _ in range(12):
        try:
            if sync:
                return getattr(OkxClient(ex.config(rate_limit="off")), name)(**args)
            return asyncio.run(in_loop())
        except (ValueError, TypeError) as e:
            text = "\n".join([str(e), *getattr(e, "__notes__", [])])
            assert apply_hint(args, text), f"{name}: {text}"
        except OkxError:
            return None
    raise AssertionError(f"{name}: arguments never accepted: {args}")


@pytest.fixture(scope="module")
def ex() -> Iterator[MockExchange]:
    with MockExchange() as exchange:
        yield exchange


def py_name(row: dict[str, str], okx: str) -> str:
    """The Python parameter of an OKX one: its snake_case, with a trailing `_` where that
    is a Python builtin or keyword (`type_`)."""
    params = inspect.signature(getattr(OkxClient, row["method_name"])).parameters
    name = snake(okx)
    return name if name in params or f"{name}_" not in params else f"{name}_"


def first_args(row: dict[str, str]) -> dict[str, Any]:
    batch, names = required(row)
    if batch:
        # The list of items is the method's first parameter (`orders` for order batches).
        params = inspect.signature(getattr(OkxClient, row["method_name"])).parameters
        items = next(p for p in params if p != "self")
        return {items: [{snake(n): guess(n) for n in names}]}
    return {py_name(row, n): guess(n) for n in names}


def check_request(ex: MockExchange, row: dict[str, str]) -> None:
    seen = ex.requests(row["path"])
    assert seen, f"{row['method_name']}: nothing reached {row['path']}"
    req = seen[-1]
    assert req["method"] == row["http"]
    batch, names = required(row)
    if row["http"] == "GET":
        for n in names:
            assert n in req["query"], (row["method_name"], n, req["query"])
    else:
        body = req["body"]
        items = body if batch else [body]
        assert isinstance(items, list) and items, (row["method_name"], body)
        for item in items:
            for n in names:
                assert n in item, (row["method_name"], n, body)
    private = row["auth"] == "private"
    assert req["signed"] == private, (row["method_name"], req)
    if private:
        assert req["verified"], (row["method_name"], req)


def documented_fields(row: dict[str, str]) -> list[str]:
    answer = ANSWERS[(row["http"], row["path"])]
    if answer["shape"] not in ("objects", "object") or answer["fields"] == "-":
        return []
    return [f.split(":", 1)[0] for f in answer["fields"].split(" ")]


def check_answer(row: dict[str, str], result: Any) -> None:
    """Plain-dict answers carry every documented response field (typed results are
    checked by their own tests)."""
    fields = documented_fields(row)
    if not fields or result is None:
        return
    items = result if isinstance(result, list) else [result]
    for item in items:
        if isinstance(item, dict):
            missing = [f for f in fields if f not in item]
            assert not missing, (row["method_name"], missing)


@pytest.mark.parametrize("row", ROWS, ids=[r["method_name"] for r in ROWS])
def test_endpoint_sync_and_async(ex: MockExchange, row: dict[str, str]) -> None:
    for sync in (True, False):
        ex.clear_requests()
        result = call(ex, row, first_args(row), sync)
        check_request(ex, row)
        check_answer(row, result)
