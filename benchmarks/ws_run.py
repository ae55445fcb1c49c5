"""Side-by-side WebSocket benchmark: floods of tickers and books messages consumed by okx-py
(`recv_batch()` and `recv()`), python-okx's WsPublicAsync, ccxt.pro, websockets with orjson
or json, and picows with orjson, against okx-mock, in one run; then the client's memory
after a million messages.

Every peer subscribes, waits for the ack, triggers a flood of N messages through okx-mock's
`POST /mock/ws-flood`, and parses and validates every data message until N arrived; the
clock and the client's CPU (whole process) run from the trigger's answer to the N-th
message. Each peer runs in its own process pinned to core 0, the servers (one plain, one
TLS) to core 1; peers alternate inside each round (the order rotates every round). Ratios
are to picows + orjson, with websockets + orjson also shown. Writes
benchmarks/results/ws.md and ws.json and the tables in docs/performance.md.

    python benchmarks/ws_run.py [--rounds 3] [--messages 60000] [--memory-messages 1000000]
"""

from __future__ import annotations

import argparse
import importlib.util
import tempfile
import time
from pathlib import Path
from typing import Any

from common import (
    Server,
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

DRIVER = Path(__file__).resolve().parent / "ws_driver.py"
# Peer -> the module it needs; a peer whose module is missing is left out with a note.
MODULES = {
    "okx-py recv_batch": "okx_py",
    "okx-py recv": "okx_py",
    "okx-py book kept": "okx_py",
    "python-okx": "okx",
    "ccxt.pro": "ccxt",
    "websockets + orjson": "websockets",
    "websockets + json": "websockets",
    "picows + orjson": "picows",
}
TICKERS = [
    "okx-py recv_batch",
    "okx-py recv",
    "python-okx",
    "ccxt.pro",
    "websockets + orjson",
    "websockets + json",
    "picows + orjson",
]
BOOKS = [
    "okx-py book kept",
    "okx-py recv_batch",
    "ccxt.pro",
    "python-okx",
    "websockets + orjson",
    "picows + orjson",
]
# What each peer does with a books message.
BOOK_KEPT = {"okx-py book kept", "ccxt.pro"}
MEMORY = ["okx-py recv_batch", "websockets + orjson", "picows + orjson"]
TLS_ONLY = {"python-okx"}  # it always passes an SSL context
REFERENCE = "picows + orjson"
ALSO = "websockets + orjson"
BEGIN = "<!-- begin: ws tables -->"
END = "<!-- end: ws tables -->"


def available(peers: list[str]) -> list[str]:
    kept = []
    for peer in peers:
        if importlib.util.find_spec(MODULES[peer]) is None:
            print(f"note: {peer} left out: module {MODULES[peer]!r} is not installed", flush=True)
        else:
            kept.append(peer)
    return kept


def rate_table(
    results: dict[str, list[dict[str, Any]]], peers: list[str], tls: bool, books: bool = False
) -> str:
    def ref(peer: str, key: str) -> float:
        rs = results.get(peer, [])
        return median(rs, key) if rs and not failure(rs) else float("nan")

    ref_rate, ref_cpu, also_rate = (
        ref(REFERENCE, "msgs_per_s"),
        ref(REFERENCE, "cpu_us"),
        ref(ALSO, "msgs_per_s"),
    )
    kind_head = "| book " if books else ""
    rows = [
        f"| client {kind_head}| msg/s | client CPU us/msg | client CPU % | server CPU us/msg "
        f"| server CPU % | client peak RSS MB | msg/s vs {REFERENCE} | CPU/msg vs {REFERENCE} "
        f"| msg/s vs {ALSO} |",
        "| --- " * (11 if books else 10) + "|",
    ]
    for peer in peers:
        rs = results.get(peer, [])
        name = f"{peer} (wss)" if peer in TLS_ONLY and not tls else peer
        kind = f"| {'kept' if peer in BOOK_KEPT else 'parsed only'} " if books else ""
        blanks = "| " * 8
        if any(r.get("pending") for r in rs):
            rows.append(f"| {name} {kind}| not measured: {rs[0]['error']} {blanks}|")
            continue
        err = failure(rs)
        if err:
            rows.append(f"| {name} {kind}| failed: {err} {blanks}|")
            continue
        rate = median(rs, "msgs_per_s")
        cpu = median(rs, "cpu_us")
        rows.append(
            f"| {name} {kind}| {fmt([r['msgs_per_s'] for r in rs], 0)} "
            f"| {fmt([r['cpu_us'] for r in rs], 2)} | {median(rs, 'cpu_pct'):.0f} "
            f"| {median(rs, 'server_cpu_us'):.2f} | {median(rs, 'server_pct'):.0f} "
            f"| {median(rs, 'max_rss_mb'):.0f} | {ratio(rate, ref_rate)} | {ratio(cpu, ref_cpu)} "
            f"| {ratio(rate, also_rate)} |"
        )
    return "\n".join(rows)


def reads_table(results: dict[str, list[dict[str, Any]]], peers: list[str]) -> str:
    """What reading a kept book costs from Python, per call, after the flood."""
    rows = [
        "| client | best bid + best ask, ns per read | top 10 bids + top 10 asks, ns per read |",
        "| --- | --- | --- |",
    ]
    for peer in peers:
        rs = [r for r in results.get(peer, []) if r.get("ok") and "read_top_ns" in r]
        if not rs:
            continue
        rows.append(
            f"| {peer} | {fmt([r['read_top_ns'] for r in rs], 0)} "
            f"| {fmt([r['read_top10_ns'] for r in rs], 0)} |"
        )
    return "\n".join(rows)


def memory_table(results: dict[str, list[dict[str, Any]]], peers: list[str]) -> str:
    rows = [
        "| client | RSS after warm-up MB | RSS after the messages MB | growth MB | peak RSS MB |",
        "| --- | --- | --- | --- | --- |",
    ]
    for peer in peers:
        rs = results.get(peer, [])
        err = failure(rs)
        if err:
            rows.append(f"| {peer} | failed: {err} | | | |")
            continue
        growth = [r["rss_after_mb"] - r["rss_warm_mb"] for r in rs]
        rows.append(
            f"| {peer} | {median(rs, 'rss_warm_mb'):.1f} | {median(rs, 'rss_after_mb'):.1f} "
            f"| {fmt(growth) if len(rs) > 1 else f'{growth[0]:.1f}'} "
            f"| {median(rs, 'max_rss_mb'):.0f} |"
        )
    return "\n".join(rows)


def run_one(
    peer: str, scenario: str, server: Server, tls: bool, n: int, core: int, ca_file: str
) -> dict[str, Any]:
    ws, http = ("wss", "https") if tls else ("ws", "http")
    argv = [
        str(DRIVER),
        peer,
        scenario,
        f"{ws}://127.0.0.1:{server.port}/ws/v5/public",
        f"{http}://127.0.0.1:{server.port}",
        str(n),
        str(core),
        str(server.pid),
    ]
    if tls:
        argv.append(ca_file)
    return run_driver(argv, timeout=600)


def status(r: dict[str, Any], scenario: str) -> str:
    if r.get("pending"):
        return f"not measured: {r.get('error')}"
    if not r.get("ok"):
        return f"FAILED {r.get('error')}"
    if scenario == "memory":
        text = (
            f"RSS {r['rss_warm_mb']:.1f} -> {r['rss_after_mb']:.1f} MB  "
            f"{r['msgs_per_s']:>9.0f} msg/s"
        )
    else:
        text = (
            f"{r['msgs_per_s']:>9.0f} msg/s  {r['cpu_us']:.2f} us/msg  "
            f"client {r['cpu_pct']:.0f}%  server {r['server_pct']:.0f}%"
        )
    if "exit" in r:
        text += f"  (exit code {r['exit']} after the result: {r['stderr'][-120:]!r})"
    return text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--messages", type=int, default=60_000)
    parser.add_argument("--memory-messages", type=int, default=1_000_000)
    args = parser.parse_args()
    tickers, books, memory = available(TICKERS), available(BOOKS), available(MEMORY)

    client_core, server_core = cores()
    tmp = tempfile.TemporaryDirectory(prefix="okx-ws-bench-")
    ca_file = str(Path(tmp.name) / "ca.pem")
    plain = start_server(free_port(), server_core)
    secure = start_server(free_port(), server_core, ca_file)
    # (scenario, peer, over TLS); python-okx's TLS runs serve the plain tables too.
    runs = (
        [("tickers", p, False) for p in tickers if p not in TLS_ONLY]
        + [("tickers", p, True) for p in tickers]
        + [("books", p, p in TLS_ONLY) for p in books]
    )
    keys = ("tickers_plain", "tickers_tls", "books", "memory")
    results: dict[str, dict[str, list[dict[str, Any]]]] = {
        k: {p: [] for p in MODULES} for k in keys
    }
    pending: set[tuple[str, str]] = set()
    exits: list[str] = []
    started = time.monotonic()

    def record(key: str, label: str, peer: str, r: dict[str, Any]) -> None:
        results[key][peer].append(r)
        if "exit" in r:
            exits.append(f"{peer} ({label}): exit code {r['exit']} after its result")

    try:
        for rnd in range(args.rounds):
            shift = rnd % len(runs)
            for scenario, peer, tls in runs[shift:] + runs[:shift]:
                if (scenario, peer) in pending:
                    continue
                server = secure if tls else plain
                t = time.monotonic()
                r = run_one(peer, scenario, server, tls, args.messages, client_core, ca_file)
                secs = time.monotonic() - t
                label = f"{scenario} {'wss' if tls else 'ws'}"
                if scenario == "books":
                    record("books", label, peer, r)
                else:
                    record("tickers_tls" if tls else "tickers_plain", label, peer, r)
                    if peer in TLS_ONLY:
                        results["tickers_plain"][peer].append(r)
                if r.get("pending"):
                    pending.add((scenario, peer))
                print(
                    f"ws round {rnd + 1}/{args.rounds} {label:<12} {peer:<20} "
                    f"{secs:4.1f} s  {status(r, scenario)}",
                    flush=True,
                )
        for peer in memory:
            t = time.monotonic()
            r = run_one(peer, "memory", plain, False, args.memory_messages, client_core, ca_file)
            record("memory", "memory", peer, r)
            secs = time.monotonic() - t
            print(f"ws memory {peer:<20} {secs:4.1f} s  {status(r, 'memory')}", flush=True)
    finally:
        plain.stop()
        secure.stop()
        tmp.cleanup()
    took = time.monotonic() - started

    header = (
        f"okx-mock on 127.0.0.1 floods one subscriber through `POST /mock/ws-flood`; every "
        f"message parsed into Python objects and validated. {args.rounds} rounds, peers "
        f"alternating; median (min-max) over rounds. Time and CPU (whole client process, "
        f"user + system) from the flood trigger's answer to the last message; server CPU "
        f"over the same window. Client pinned to core {client_core}, server to core "
        f"{server_core}. Machine: {machine()}. Run took {took:.0f} s."
    )
    n = f"{args.messages:,}"
    parts = [
        header,
        f"**Tickers, plain ws://**: {n} `tickers` messages (BTC-USDT, about 365 bytes "
        f"each).\n\n{rate_table(results['tickers_plain'], tickers, tls=False)}",
        f"**Tickers, every client over wss:// (TLS)**\n\n"
        f"{rate_table(results['tickers_tls'], tickers, tls=True)}",
        f"**Books**: `books` BTC-USDT, a snapshot then {n} updates (about 230 bytes each, "
        f'one level changed per side) over ws://. "kept": the client applies every '
        f'update to its order book; "parsed only": each message is decoded and checked '
        f"(`arg`, `asks`/`bids`, `prevSeqId` continuing the last `seqId`).\n\n"
        f"{rate_table(results['books'], books, tls=False, books=True)}",
        "**Reading a kept book** from Python after the flood: okx-py builds `Decimal` "
        "pairs from the book in Rust on each read (`best_bid`, `best_ask`, `bids(10)`, "
        "`asks(10)`); ccxt.pro indexes and slices the Python lists it maintains on every "
        "update.\n\n" + reads_table(results["books"], books),
        f"**Memory**: the client's resident set after a warm-up flood of "
        f"{args.memory_messages // 10:,} tickers messages, and after "
        f"{args.memory_messages:,} more (floods of at most 250,000), one run per client "
        f"(VmRSS of /proc/self/status).\n\n{memory_table(results['memory'], memory)}",
        "python-okx always passes an SSL context, so it cannot use ws://: its rows in the "
        "plain tables are its wss runs (TLS costs it CPU the other rows do not pay).",
    ]
    if exits:
        parts.append(
            "Processes that failed after reporting their result (the measurement is "
            "complete; the crash is at exit): " + "; ".join(sorted(set(exits))) + "."
        )
    text = "\n\n".join(parts) + "\n"
    print("\n" + text)
    save(
        "ws",
        text,
        {
            "rounds": args.rounds,
            "messages": args.messages,
            "memory_messages": args.memory_messages,
            "reference": REFERENCE,
            "seconds": took,
            "results": results,
        },
    )
    write_region(BEGIN, END, text)
    print(f"WebSocket suite took {took:.0f} s", flush=True)


if __name__ == "__main__":
    main()
