"""The whole benchmark suite, as `just bench` runs it: the REST scenarios (run.py), the
WebSocket scenarios (ws_run.py), then the chart (chart.py); prints the total time.

The defaults are budgeted to finish in under 8 minutes on a 2-core machine. `--quick` runs
one round of everything with a tenth of the calls and messages, to check the suite works.

    python benchmarks/suite.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from common import machine, write_region

HERE = Path(__file__).resolve().parent
BEGIN = "<!-- begin: run summary -->"
END = "<!-- end: run summary -->"


def machine_busy() -> float:
    """CPU seconds the whole machine has been busy since boot (Linux /proc/stat), or NaN."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return float("nan")
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def source() -> str:
    """The commit okx-py's sources are at, and whether they carry uncommitted changes."""
    root = HERE.parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "crates", "python", "Cargo.toml", "Cargo.lock"],
            cwd=root,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "okx-py from an unknown commit"
    if not head:
        return "okx-py from an unknown commit"
    return f"okx-py at {head}" + (" with uncommitted changes to its sources" if dirty else "")


def ours() -> float:
    """CPU seconds of this process and every process it started and waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def step(script: str, *args: str) -> int:
    print(f"\n== {script} {' '.join(args)}".rstrip(), flush=True)
    return subprocess.run([sys.executable, str(HERE / script), *args], check=False).returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="one short round of everything")
    args = parser.parse_args()
    rest: list[str] = []
    ws: list[str] = []
    if args.quick:
        rest = ["--rounds", "1", "--scale", "0.1"]
        ws = ["--rounds", "1", "--messages", "10000", "--memory-messages", "100000"]
    started = time.monotonic()
    busy0, ours0 = machine_busy(), ours()
    failed = [s for s in ("run.py", "ws_run.py") if step(s, *(rest if s == "run.py" else ws))]
    took = time.monotonic() - started
    # Cores kept busy by processes other than the suite's: 0 on an otherwise idle machine.
    others = max(0.0, (machine_busy() - busy0 - (ours() - ours0)) / took)
    summary = (
        f"{time.strftime('%Y-%m-%d', time.gmtime())}, "
        f"{'`python benchmarks/suite.py --quick`' if args.quick else '`just bench`'}: "
        f"{took:.0f} s for the suite, {source()}. Machine: "
        f"{machine()}. Other processes kept {others:.2f} of {os.cpu_count()} cores busy "
        f"on average during the run"
        + (" (the numbers were measured under that load)." if others >= 0.1 else ".")
    )
    write_region(BEGIN, END, summary + "\n")
    if step("chart.py"):
        failed.append("chart.py")
    took = time.monotonic() - started
    print(f"\n{summary}", flush=True)
    print(f"\nbenchmark suite took {took:.0f} s ({took / 60:.1f} min)", flush=True)
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
