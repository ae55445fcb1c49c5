"""The documented examples run against the mock exchange and print what they promise."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from okx_py.testing import MockExchange

EXAMPLES = Path(__file__).resolve().parent.parent / "crates" / "okx-py" / "examples"


def load(name: str) -> ModuleType:
    path = EXAMPLES / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"okx_py_example_{name}", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_basic_usage(exchange: MockExchange, capsys: pytest.CaptureFixture[str]) -> None:
    load("basic_usage").main(exchange.config())
    out = capsys.readouterr().out
    assert "BTC-USDT last " in out
    assert "best bid " in out
    assert "SPOT instruments: BTC-USDT, ETH-USDT, SOL-USDT" in out
    assert "total equity " in out
    assert "USDT  available " in out
    assert "placed order " in out
    assert ", live" in out
    assert "after cancel: canceled" in out
    assert "OkxApiError code 51001" in out
    assert "ValueError: td_mode must be one of" in out


@pytest.mark.asyncio
async def test_async_usage(exchange: MockExchange, capsys: pytest.CaptureFixture[str]) -> None:
    await load("async_usage").main(exchange.config())
    out = capsys.readouterr().out
    assert "four requests at once in " in out
    assert "ETH-USDT last " in out
    assert "SPOT last prices: BTC-USDT " in out
    assert ", live" in out
    assert "after cancel: canceled" in out
    assert ": filled, filled 0.05 @ " in out
    assert "OkxApiError code 51001" in out


@pytest.mark.asyncio
async def test_websocket_usage(exchange: MockExchange, capsys: pytest.CaptureFixture[str]) -> None:
    await load("websocket_usage").main(exchange.config())
    out = capsys.readouterr().out
    assert "event subscribe (public) {'channel': 'tickers', 'instId': 'BTC-USDT'}" in out
    assert "ticker BTC-USDT: last " in out
    snapshot = re.search(r"book snapshot seqId (\d+): [1-9]\d* bids, [1-9]\d* asks", out)
    assert snapshot, out
    assert f"(prev {snapshot.group(1)}): " in out  # the update chains on the snapshot
    assert "event connected (business) ws://127.0.0.1:" in out
    assert "candle1m " in out
    assert "event subscribe (private) {'channel': 'orders'" in out
    assert "orders push " in out
    assert ": buy 0.01 @ " in out
    assert ", live" in out
    assert "after cancel: canceled" in out


@pytest.mark.parametrize("name", ["basic_usage", "async_usage", "websocket_usage"])
def test_example_runs_as_a_script_with_its_own_exchange(name: str) -> None:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "mock exchange at http://127.0.0.1:" in done.stdout
    assert "after cancel: canceled" in done.stdout
    assert "Traceback" not in done.stderr


@pytest.mark.asyncio
async def test_orderbook(exchange: MockExchange, capsys: pytest.CaptureFixture[str]) -> None:
    await load("orderbook").main(exchange.config(), updates=3)
    out = capsys.readouterr().out
    assert re.search(r"seq \d+: bid [\d.]+ x [\d.]+  ask [\d.]+ x [\d.]+  spread ", out), out
    assert "top 10 bids: 10 levels, " in out
    assert re.search(r"snapshot at seqId \d+: best ask \('[\d.]+', '[\d.]+', '\d+'\)", out)
    assert "'ws_snapshots': 1" in out


@pytest.mark.asyncio
async def test_ws_trading(exchange: MockExchange, capsys: pytest.CaptureFixture[str]) -> None:
    await load("ws_trading").main(exchange.config())
    out = capsys.readouterr().out
    placed = re.search(r"placed (\d+) \(clOrdId (\w+)\)", out)
    assert placed, out
    assert f"amended {placed.group(1)}: sCode 0" in out
    assert f"cancelled {placed.group(1)}" in out
    assert re.search(r"batch placed: \['\d+', '\d+'\]", out)
    assert re.search(r"fill \d+: buy [\d.]+ @ [\d.]+", out)
    assert "OkxApiError code 51008" in out
    # Every order the example placed exists once on the exchange.
    assert len(exchange.orders(placed.group(2))) == 1


@pytest.mark.asyncio
async def test_market_maker_quotes_follows_and_stops_clean(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with MockExchange() as ex:
        module = load("market_maker")
        await module.main(ex.config(), ex, rounds=25)
        out = capsys.readouterr().out
        assert "quoting " in out
        stopped = re.search(r"stopped after (\d+) amends and (\d+) new pairs; position", out)
        assert stopped, out
        assert int(stopped.group(1)) + int(stopped.group(2)) > 0
        # Nothing is left resting, and the dead-man switch was disarmed at the end.
        assert [o for o in ex.orders() if o["state"] in ("live", "partially_filled")] == []
        fills = ex.fills()
        printed = re.findall(r"fill (buy|sell) ([\d.]+) @", out)
        assert len(printed) <= len(fills)
