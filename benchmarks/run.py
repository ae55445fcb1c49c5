"""Side-by-side REST benchmark: okx-py (sync, async), python-okx and a raw keep-alive
socket loop, against the same okx-mock server, in one run.

Peers alternate inside each round (the order rotates every round); each peer runs in its
own process pinned to core 0, the server on core 1. Reports medians over rounds with
min-max, CPU per call of the whole client process, and ratios to the raw socket. Writes
benchmarks/results/rest_ticker.md and the table in docs/performance.md.

    python benchmarks/run.py [--rounds 5] [--calls 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DRIVER = Path(__file__).resolve().parent / "driver.py"
PEERS = ["okx-py sync", "okx-py async", "python-okx", "raw socket + orjson"]
LIMIT = "raw socket + orjson"
BEGIN = "<!-- begin: rest ticker table -->"
END = "<!-- end: rest ticker table -->"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def cores() -> tuple[int, int]:
    """(client core, server core); -1 when pinning is not possible."""
    if hasattr(os, "sched_getaffinity") and len(os.sched_getaffinity(0)) >= 2:
        a, b = sorted(os.sched_getaffinity(0))[:2]
        return a, b
    return -1, -1


def proc_cpu(pid: int) -> float:
    """CPU seconds used so far by a process (Linux), or NaN."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def start_server(port: int, core: int) -> subprocess.Popen[bytes]:
    code = (
        "import os,sys;"
        f"{core}>=0 and hasattr(os,'sched_setaffinity') and os.sched_setaffinity(0,{{{core}}});"
        "from okx_py.__main__ import main;"
        f"main(['mock','--port','{port}'])"
    )
    server = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise RuntimeError("okx-mock did not start")


def run_peer(peer: str, url: str, calls: int, core: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(DRIVER), peer, url, str(calls), str(max(200, calls // 10)), str(core)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"peer": peer, "ok": False, "error": (out.stderr or "no output").strip()[-300:]}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def fmt(values: list[float], digits: int = 1) -> str:
    med = statistics.median(values)
    return f"{med:.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def table(results: dict[str, list[dict[str, Any]]], server_cpu: dict[str, list[float]]) -> str:
    limit = results.get(LIMIT, [])
    limit_p50 = statistics.median(r["p50_us"] for r in limit) if limit else float("nan")
    limit_cpu = statistics.median(r["cpu_us"] for r in limit) if limit else float("nan")
    rows = [
        "| client | p50 us | p90 us | p99 us | client CPU us/call | server CPU us/call "
        "| p50 vs limit | CPU vs limit |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for peer in PEERS:
        runs = results.get(peer, [])
        failures = [r for r in runs if not r.get("ok")]
        if failures or not runs:
            err = failures[0].get("error", "no result") if failures else "no result"
            rows.append(f"| {peer} | failed: {err} | | | | | | |")
            continue
        p50 = [r["p50_us"] for r in runs]
        rows.append(
            f"| {peer} | {fmt(p50)} | {fmt([r['p90_us'] for r in runs])} "
            f"| {fmt([r['p99_us'] for r in runs])} | {fmt([r['cpu_us'] for r in runs])} "
            f"| {statistics.median(server_cpu[peer]):.1f} "
            f"| {statistics.median(p50) / limit_p50:.2f}x "
            f"| {statistics.median(r['cpu_us'] for r in runs) / limit_cpu:.2f}x |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()

    client_core, server_core = cores()
    port = free_port()
    server = start_server(port, server_core)
    url = f"http://127.0.0.1:{port}"
    results: dict[str, list[dict[str, Any]]] = {p: [] for p in PEERS}
    server_cpu: dict[str, list[float]] = {p: [] for p in PEERS}
    started = time.monotonic()
    try:
        for rnd in range(args.rounds):
            order = PEERS[rnd % len(PEERS) :] + PEERS[: rnd % len(PEERS)]
            for peer in order:
                before = proc_cpu(server.pid)
                r = run_peer(peer, url, args.calls, client_core)
                used = proc_cpu(server.pid) - before
                # Server CPU per call includes warm-up calls.
                total_calls = args.calls + max(200, args.calls // 10)
                server_cpu[peer].append(used / total_calls * 1e6)
                results[peer].append(r)
                status = f"p50 {r['p50_us']:.1f} us" if r.get("ok") else f"FAILED {r.get('error')}"
                print(f"round {rnd + 1}/{args.rounds} {peer:<22} {status}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)

    md = table(results, server_cpu)
    header = (
        f'Sequential `get_ticker("BTC-USDT")` against okx-mock on 127.0.0.1; '
        f"{args.rounds} rounds x {args.calls} calls per peer, peers alternating; "
        f"median (min-max) over rounds. Client pinned to core {client_core}, "
        f"server to core {server_core}. Machine: {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}. "
        f"Run took {time.monotonic() - started:.0f} s."
    )
    text = f"{header}\n\n{md}\n"
    print("\n" + text)
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "rest_ticker.md").write_text(text)
    perf = ROOT / "docs" / "performance.md"
    doc = perf.read_text()
    if BEGIN in doc and END in doc:
        head, rest = doc.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        perf.write_text(f"{head}{BEGIN}\n{text}{END}{tail}")


if __name__ == "__main__":
    main()
