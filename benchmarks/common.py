"""Helpers shared by the benchmark runners: ports, core pinning, the okx-mock server
process, CPU readings, formatting, the machine description and the generated regions of
docs/performance.md."""

from __future__ import annotations

import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
PERFORMANCE_MD = ROOT / "docs" / "performance.md"


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
    """CPU seconds used so far by a process, all threads, user + system (Linux), or NaN."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


@dataclass
class Server:
    """One okx-mock process and the test credentials it accepts."""

    process: subprocess.Popen[str]
    port: int
    api_key: str
    secret_key: str
    passphrase: str

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def start_server(port: int, core: int, ca_file: str | None = None) -> Server:
    """Starts `python -m okx_py mock` pinned to `core` (TLS when `ca_file` is given, the CA
    written there) and reads the credentials it prints."""
    args = ["mock", "--port", str(port)]
    if ca_file:
        args += ["--tls", "--ca-file", ca_file]
    code = (
        "import os;"
        f"{core}>=0 and hasattr(os,'sched_setaffinity') and os.sched_setaffinity(0,{{{core}}});"
        "from okx_py.__main__ import main;"
        f"main({args!r})"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    creds: dict[str, str] = {}
    # The mock prints its URLs, then "api_key=... secret_key=... passphrase=...".
    for line in process.stdout:
        if line.startswith("api_key="):
            creds = dict(part.split("=", 1) for part in line.split())
            break
    if not creds:
        process.kill()
        raise RuntimeError(f"okx-mock did not start (exit code {process.wait()})")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return Server(process, port, creds["api_key"], creds["secret_key"], creds["passphrase"])
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"okx-mock did not accept connections on port {port}")


def run_driver(argv: list[str], timeout: float = 300) -> dict[str, Any]:
    """Runs one driver process; its result is the last line of stdout starting with "{".
    A process that prints nothing usable is a failure with its stderr's tail."""
    try:
        out = subprocess.run(
            [sys.executable, *argv], capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"ok": False, "error": f"no result within {timeout:.0f} s"}
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        error = (out.stderr or f"no output, exit code {out.returncode}").strip()[-300:]
        return {"ok": False, "error": error}
    result: dict[str, Any] = json.loads(lines[-1])
    if out.returncode != 0:
        # The measurement is complete; the process failed afterwards (e.g. at exit).
        result["exit"] = out.returncode
        result["stderr"] = out.stderr.strip()[-300:]
    return result


def median(runs: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(r[key] for r in runs))


def fmt(values: list[float], digits: int = 1) -> str:
    """Median (min-max)."""
    med = statistics.median(values)
    return f"{med:.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def ratio(value: float, reference: float) -> str:
    if reference != reference or reference == 0 or value != value:  # NaN or missing
        return "-"
    return f"{value / reference:.2f}x"


def failure(runs: list[dict[str, Any]]) -> str | None:
    """The first failure of a peer's runs as one table-safe line, or None when all passed."""
    if not runs:
        return "no result"
    for r in runs:
        if not r.get("ok"):
            err = str(r.get("error", "no result"))
            return err.replace("|", "/").replace("\n", " ")[:200]
    return None


def machine() -> str:
    """CPU model, core count, OS and Python, from /proc/cpuinfo and platform."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{model} ({platform.machine()}), {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )


def write_region(begin: str, end: str, text: str) -> None:
    """Replaces the text between two markers of docs/performance.md."""
    doc = PERFORMANCE_MD.read_text()
    if begin in doc and end in doc:
        head, rest = doc.split(begin, 1)
        _, tail = rest.split(end, 1)
        PERFORMANCE_MD.write_text(f"{head}{begin}\n{text}{end}{tail}")
    else:
        print(f"docs/performance.md has no {begin} ... {end} region; not updated", flush=True)


def save(name: str, text: str, data: dict[str, Any]) -> None:
    """Writes benchmarks/results/<name>.md (the tables) and <name>.json (the raw runs, read
    by chart.py)."""
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.md").write_text(text)
    (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=1) + "\n")
