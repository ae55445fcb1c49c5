"""Side-by-side WebSocket benchmark: a flood of tickers messages consumed by okx-py
(`recv_batch()` and `recv()` one at a time), python-okx's WsPublicAsync, and websockets
with orjson or json, against okx-mock, in one run.

Every peer subscribes tickers BTC-USDT, waits for the ack, then triggers a flood of N
messages through okx-mock's `POST /mock/ws-flood`, and parses and validates every data
message until N arrived; the clock and the client's CPU (whole process) run from the
trigger's answer to the N-th message. Each peer runs in its own process pinned to core 0,
the servers (one plain, one TLS) to core 1; peers alternate inside each round (the order
rotates every round). Two tables: plain ws (python-okx needs wss: its row is its TLS run),
and every peer over TLS. Writes benchmarks/results/ws_tickers.md and the tables in
docs/performance.md.

    python benchmarks/ws_run.py [--rounds 5] [--messages 200000]
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
import tempfile
import time
from pathlib import Path
from typing import Any

from run import cores, fmt, free_port

ROOT = Path(__file__).resolve().parent.parent
DRIVER = Path(__file__).resolve().parent / "ws_driver.py"
PEERS = [
    "okx-py recv_batch",
    "okx-py recv",
    "python-okx",
    "websockets + orjson",
    "websockets + json",
]
TLS_ONLY = {"python-okx"}
REFERENCE = "websockets + orjson"
BEGIN = "<!-- begin: ws tickers table -->"
END = "<!-- end: ws tickers table -->"


def start_server(port: int, core: int, ca_file: str | None) -> subprocess.Popen[bytes]:
    args = ["mock", "--port", str(port)]
    if ca_file:
        args += ["--tls", "--ca-file", ca_file]
    code = (
        "import os,sys;"
        f"{core}>=0 and hasattr(os,'sched_setaffinity') and os.sched_setaffinity(0,{{{core}}});"
        "from okx_py.__main__ import main;"
        f"main({args!r})"
    )
    server = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if ca_file is None or Path(ca_file).stat().st_size > 0:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return server
            except OSError:
                pass
        time.sleep(0.05)
    server.kill()
    raise RuntimeError("okx-mock did not start")


def run_peer(
    peer: str, port: int, tls: bool, n: int, core: int, server_pid: int, ca_file: str
) -> dict[str, Any]:
    ws, http = ("wss", "https") if tls else ("ws", "http")
    argv = [
        sys.executable,
        str(DRIVER),
        peer,
        f"{ws}://127.0.0.1:{port}/ws/v5/public",
        f"{http}://127.0.0.1:{port}",
        str(n),
        str(core),
        str(server_pid),
    ]
    if tls:
        argv.append(ca_file)
    out = subprocess.run(argv, capture_output=True, text=True, timeout=600, check=False)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        error = (out.stderr or f"no output, exit code {out.returncode}").strip()[-300:]
        return {"peer": peer, "ok": False, "error": error}
    result: dict[str, Any] = json.loads(lines[-1])
    if out.returncode != 0:
        # The measurement is complete; the process failed afterwards (e.g. at exit).
        result["exit"] = out.returncode
        result["stderr"] = out.stderr.strip()[-300:]
    return result


def table(results: dict[str, list[dict[str, Any]]], tls: bool) -> str:
    ref = [r for r in results.get(REFERENCE, []) if r.get("ok")]
    ref_rate = statistics.median(r["msgs_per_s"] for r in ref) if ref else float("nan")
    ref_cpu = statistics.median(r["cpu_us"] for r in ref) if ref else float("nan")
    rows = [
        "| client | msg/s | client CPU us/msg | client CPU % | server CPU us/msg "
        "| server CPU % | client peak RSS MB | msg/s vs websockets + orjson "
        "| CPU/msg vs websockets + orjson |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for peer in PEERS:
        runs = results.get(peer, [])
        name = f"{peer} (wss)" if peer in TLS_ONLY and not tls else peer
        failures = [r for r in runs if not r.get("ok")]
        if failures or not runs:
            err = failures[0].get("error", "no result") if failures else "no result"
            err = err.replace("|", "/").replace("\n", " ")
            rows.append(f"| {name} | failed: {err} | | | | | | | |")
            continue
        rate = statistics.median(r["msgs_per_s"] for r in runs)
        cpu = statistics.median(r["cpu_us"] for r in runs)
        rows.append(
            f"| {name} | {fmt([r['msgs_per_s'] for r in runs], 0)} "
            f"| {fmt([r['cpu_us'] for r in runs], 2)} "
            f"| {statistics.median(r['cpu_pct'] for r in runs):.0f} "
            f"| {statistics.median(r['server_cpu_us'] for r in runs):.2f} "
            f"| {statistics.median(r['server_pct'] for r in runs):.0f} "
            f"| {statistics.median(r['max_rss_mb'] for r in runs):.0f} "
            f"| {rate / ref_rate:.2f}x | {cpu / ref_cpu:.2f}x |"
        )
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--messages", type=int, default=200_000)
    args = parser.parse_args()

    client_core, server_core = cores()
    tmp = tempfile.TemporaryDirectory(prefix="okx-ws-bench-")
    ca_file = str(Path(tmp.name) / "ca.pem")
    Path(ca_file).touch()
    plain_port, tls_port = free_port(), free_port()
    plain = start_server(plain_port, server_core, None)
    secure = start_server(tls_port, server_core, ca_file)
    # (peer, over TLS); python-okx's TLS run serves both tables.
    runs = [(p, False) for p in PEERS if p not in TLS_ONLY] + [(p, True) for p in PEERS]
    results: dict[bool, dict[str, list[dict[str, Any]]]] = {
        tls: {p: [] for p in PEERS} for tls in (False, True)
    }
    exits: list[str] = []
    started = time.monotonic()
    try:
        for rnd in range(args.rounds):
            shift = rnd % len(runs)
            for peer, tls in runs[shift:] + runs[:shift]:
                server = secure if tls else plain
                port = tls_port if tls else plain_port
                r = run_peer(peer, port, tls, args.messages, client_core, server.pid, ca_file)
                results[tls][peer].append(r)
                if peer in TLS_ONLY:
                    results[False][peer].append(r)
                label = f"{peer} ({'wss' if tls else 'ws'})"
                if r.get("ok"):
                    status = (
                        f"{r['msgs_per_s']:>9.0f} msg/s  {r['cpu_us']:.2f} us/msg  "
                        f"client {r['cpu_pct']:.0f}%  server {r['server_pct']:.0f}%"
                    )
                else:
                    status = f"FAILED {r.get('error')}"
                if "exit" in r:
                    exits.append(f"{label}: exit code {r['exit']} after its result")
                    status += f"  (exit code {r['exit']} after the result: {r['stderr']!r})"
                print(f"round {rnd + 1}/{args.rounds} {label:<26} {status}", flush=True)
    finally:
        for server in (plain, secure):
            server.terminate()
            server.wait(timeout=10)
        tmp.cleanup()

    header = (
        f"A flood of {args.messages:,} tickers messages (BTC-USDT, about 365 bytes each) "
        f"from okx-mock on 127.0.0.1 to one subscriber; every message parsed into Python "
        f"objects and validated. {args.rounds} rounds, peers alternating; median (min-max) "
        f"over rounds. Time and CPU (whole client process, user + system) from the flood "
        f"trigger's answer to the last message; server CPU over the same window. Client "
        f"pinned to core {client_core}, server to core {server_core}. Machine: "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}. "
        f"Run took {time.monotonic() - started:.0f} s."
    )
    plain_md = table(results[False], tls=False)
    tls_md = table(results[True], tls=True)
    notes = (
        "python-okx always passes an SSL context, so it cannot use ws://: its row in the "
        "plain table is its wss run (TLS costs it CPU the other rows do not pay); the TLS "
        "table compares every client over wss."
    )
    if exits:
        notes += " Processes that failed after reporting: " + "; ".join(exits) + "."
    text = (
        f"{header}\n\n**Plain ws://**\n\n{plain_md}\n\n**Every client over wss:// (TLS)**"
        f"\n\n{tls_md}\n\n{notes}\n"
    )
    print("\n" + text)
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "ws_tickers.md").write_text(text)
    perf = ROOT / "docs" / "performance.md"
    doc = perf.read_text()
    if BEGIN in doc and END in doc:
        head, rest = doc.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        perf.write_text(f"{head}{BEGIN}\n{text}{END}{tail}")


if __name__ == "__main__":
    main()
