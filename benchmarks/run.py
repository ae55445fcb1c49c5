"""Side-by-side REST benchmark: okx-py (sync, async) against python-okx, ccxt (sync,
async), httpx, aiohttp, pyreqwest (sync, async), httpr (sync, async) and a raw keep-alive
socket loop, against the same okx-mock server, in one run.

Scenarios: sequential public GET (ticker), signed GET (balance), signed POST (place and
cancel a resting limit order), and 64 requests in flight (tickers, requests/s). Peers
alternate inside each round (the order rotates every round); each peer runs in its own
process pinned to core 0, the server on core 1. Reports medians over rounds with min-max,
CPU per operation of the whole client process and of the server over the same window, and
ratios to the raw socket. Writes benchmarks/results/rest.md and rest.json and the tables in
docs/performance.md.

    python benchmarks/run.py [--rounds 3] [--scale 1.0] [--scenarios ticker,balance,...]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import (
    cores,
    failure,
    fmt,
    free_port,
    machine,
    median,
    ratio,
    run_driver,
    save,
    start_server,
    write_region,
)

DRIVER = Path(__file__).resolve().parent / "driver.py"
# Peer -> the module it needs; a peer whose module is missing is left out with a note.
PEERS = {
    "okx-py sync": "okx_py",
    "okx-py async": "okx_py",
    "python-okx": "okx",
    "ccxt sync": "ccxt",
    "ccxt async": "ccxt",
    "httpx": "httpx",
    "aiohttp": "aiohttp",
    "pyreqwest sync": "pyreqwest",
    "pyreqwest async": "pyreqwest",
    "httpr sync": "httpr",
    "httpr async": "httpr",
    "raw socket + orjson": "orjson",
}
LIMIT = "raw socket + orjson"
# The 64-in-flight reference: pyreqwest async, the fastest async transport measured here.
CONCURRENT_REFERENCE = "pyreqwest async"
BEGIN = "<!-- begin: rest tables -->"
END = "<!-- end: rest tables -->"


@dataclass
class Scenario:
    name: str
    title: str
    what: str  # what one operation is, for the table's caption
    calls: int  # operations per peer and round at --scale 1; 64 in flight: milliseconds
    concurrent: bool = False


SCENARIOS = [
    Scenario(
        "ticker",
        "Public GET: ticker",
        '`get_ticker("BTC-USDT")` (`GET /api/v5/market/ticker`), one call after the other',
        2000,
    ),
    Scenario(
        "balance",
        "Signed GET: balance",
        "`get_balance()` (`GET /api/v5/account/balance`, signed; a 2.3 KB answer), one call "
        "after the other",
        800,
    ),
    Scenario(
        "order",
        "Signed POST: place and cancel an order",
        "one operation = `place_order` (a limit buy of 0.00001 BTC-USDT at 1000, far below "
        "the market, so it rests; `sCode` must be `0`) then `cancel_order` of it (`sCode` "
        "`0`): two signed `POST`s",
        400,
    ),
    Scenario(
        "concurrent",
        "64 requests in flight",
        "tickers with 64 requests in flight: async peers run 64 tasks "
        "(`asyncio.gather`), sync peers 64 threads sharing one client, the raw socket 64 "
        "keep-alive connections driven by one thread with `selectors`",
        1000,
        concurrent=True,
    ),
]


def available(peers: dict[str, str]) -> list[str]:
    """The peers whose modules are installed; prints a note for each one left out."""
    kept = []
    for peer, module in peers.items():
        if importlib.util.find_spec(module) is None:
            print(f"note: {peer} left out: module {module!r} is not installed", flush=True)
        else:
            kept.append(peer)
    return kept


def latency_table(runs: dict[str, list[dict[str, Any]]], peers: list[str]) -> str:
    limit = [r for r in runs.get(LIMIT, []) if r.get("ok")]
    limit_p50 = median(limit, "p50_us") if limit else float("nan")
    limit_cpu = median(limit, "cpu_us") if limit else float("nan")
    rows = [
        "| client | p50 us | p90 us | p99 us | client CPU us/op | server CPU us/op "
        "| p50 vs limit | CPU vs limit |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for peer in peers:
        rs = runs.get(peer, [])
        err = failure(rs)
        if err:
            rows.append(f"| {peer} | failed: {err} | | | | | | |")
            continue
        rows.append(
            f"| {peer} | {fmt([r['p50_us'] for r in rs])} | {fmt([r['p90_us'] for r in rs])} "
            f"| {fmt([r['p99_us'] for r in rs])} | {fmt([r['cpu_us'] for r in rs])} "
            f"| {median(rs, 'server_cpu_us'):.1f} "
            f"| {ratio(median(rs, 'p50_us'), limit_p50)} "
            f"| {ratio(median(rs, 'cpu_us'), limit_cpu)} |"
        )
    return "\n".join(rows)


def concurrent_table(runs: dict[str, list[dict[str, Any]]], peers: list[str]) -> str:
    def ref(peer: str, key: str) -> float:
        ok = [r for r in runs.get(peer, []) if r.get("ok")]
        return median(ok, key) if ok and not failure(runs.get(peer, [])) else float("nan")

    limit_rate, limit_cpu = ref(LIMIT, "req_per_s"), ref(LIMIT, "cpu_us")
    pyreqwest_rate = ref(CONCURRENT_REFERENCE, "req_per_s")
    rows = [
        "| client | requests/s | client CPU us/req | server CPU us/req | server CPU % "
        f"| req/s vs limit | req/s vs {CONCURRENT_REFERENCE} | CPU vs limit |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for peer in peers:
        rs = runs.get(peer, [])
        err = failure(rs)
        if err:
            rows.append(f"| {peer} | failed: {err} | | | | | | |")
            continue
        rate = median(rs, "req_per_s")
        rows.append(
            f"| {peer} | {fmt([r['req_per_s'] for r in rs], 0)} "
            f"| {fmt([r['cpu_us'] for r in rs])} | {median(rs, 'server_cpu_us'):.1f} "
            f"| {median(rs, 'server_pct'):.0f} | {ratio(rate, limit_rate)} "
            f"| {ratio(rate, pyreqwest_rate)} | {ratio(median(rs, 'cpu_us'), limit_cpu)} |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0, help="multiplies every call count")
    parser.add_argument("--scenarios", default=",".join(s.name for s in SCENARIOS))
    args = parser.parse_args()
    chosen = [s for s in SCENARIOS if s.name in args.scenarios.split(",")]
    peers = available(PEERS)

    client_core, server_core = cores()
    port = free_port()
    server = start_server(port, server_core)
    os.environ.update(
        OKX_BENCH_KEY=server.api_key,
        OKX_BENCH_SECRET=server.secret_key,
        OKX_BENCH_PASSPHRASE=server.passphrase,
    )
    url = f"http://127.0.0.1:{port}"
    results: dict[str, dict[str, list[dict[str, Any]]]] = {
        s.name: {p: [] for p in peers} for s in chosen
    }
    exits: list[str] = []
    started = time.monotonic()
    try:
        for rnd in range(args.rounds):
            for sc in chosen:
                calls = max(64, int(sc.calls * args.scale))
                # 64 in flight: two warm-up requests per worker open its connection.
                warmup = 128 if sc.concurrent else max(64, calls // 10)
                shift = rnd % len(peers)
                for peer in peers[shift:] + peers[:shift]:
                    argv = [str(DRIVER), peer, sc.name, url, str(calls), str(warmup)]
                    t = time.monotonic()
                    r = run_driver([*argv, str(client_core), str(server.pid)])
                    secs = time.monotonic() - t
                    results[sc.name][peer].append(r)
                    if not r.get("ok"):
                        status = f"FAILED {r.get('error')}"
                    elif sc.concurrent:
                        status = f"{r['req_per_s']:8.0f} req/s  server {r['server_pct']:.0f}%"
                    else:
                        status = f"p50 {r['p50_us']:8.1f} us  CPU {r['cpu_us']:7.1f} us/op"
                    if "exit" in r:
                        exits.append(f"{peer} ({sc.name}): exit code {r['exit']}")
                        status += f"  (exit code {r['exit']} after the result)"
                    print(
                        f"rest round {rnd + 1}/{args.rounds} {sc.name:<10} {peer:<20} "
                        f"{secs:4.1f} s  {status}",
                        flush=True,
                    )
    finally:
        server.stop()
    took = time.monotonic() - started

    header = (
        f"okx-mock on 127.0.0.1, one process per peer, scenario and round; {args.rounds} "
        f"rounds, peers alternating (the order rotates every round); median (min-max) over "
        f"rounds. CPU: the whole client process (all threads, user + system) and the "
        f"server, over the measured window, per operation. Client pinned to core "
        f"{client_core}, server to core {server_core}. Limit: a blocking keep-alive socket "
        f"with pre-built request bytes and orjson. HTTP clients without OKX support (httpx, "
        f"aiohttp, pyreqwest, httpr, the raw socket) sign with hmac in Python and decode with "
        f"orjson, as their users would. Machine: {machine()}. Run took {took:.0f} s."
    )
    parts = [header]
    for sc in chosen:
        calls = max(64, int(sc.calls * args.scale))
        table = (
            concurrent_table(results[sc.name], peers)
            if sc.concurrent
            else latency_table(results[sc.name], peers)
        )
        count = f"{calls / 1000:g} s" if sc.concurrent else f"{calls} operations"
        parts.append(
            f"**{sc.title}**: {sc.what}; {count} per peer and round after a warm-up.\n\n{table}"
        )
    if exits:
        parts.append(
            "Processes that failed after reporting their result (the measurement is "
            "complete; the crash is at exit): " + "; ".join(sorted(set(exits))) + "."
        )
    text = "\n\n".join(parts) + "\n"
    print("\n" + text)
    save(
        "rest",
        text,
        {
            "rounds": args.rounds,
            "scale": args.scale,
            "limit": LIMIT,
            "seconds": took,
            "scenarios": {s.name: s.title for s in chosen},
            "results": results,
        },
    )
    write_region(BEGIN, END, text)
    print(f"REST suite took {took:.0f} s", flush=True)


if __name__ == "__main__":
    main()
