"""Draws docs/performance.png from the last run's results (benchmarks/results/rest.json and
ws.json): one panel per scenario, every peer as a bar relative to the scenario's
reference (the raw socket for REST, picows + orjson for WebSocket), okx-py highlighted.

    python benchmarks/chart.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
from common import RESULTS, ROOT, failure, median
from matplotlib.axes import Axes

OUT = ROOT / "docs" / "performance.png"
OKX = "#e8590c"
REF = "#868e96"
PEER = "#4c6ef5"


@dataclass
class Panel:
    title: str
    runs: dict[str, list[dict[str, Any]]]
    key: str  # the measurement plotted
    reference: str | None  # peer the values are divided by; None: absolute values
    better: str  # "lower" or "higher"
    unit: str = "x"


def load(name: str) -> dict[str, Any] | None:
    path = RESULTS / f"{name}.json"
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def panels() -> list[Panel]:
    out: list[Panel] = []
    rest, ws = load("rest"), load("ws")
    if rest:
        limit = rest["limit"]
        titles = {
            "ticker": "REST public GET (ticker): p50 latency",
            "balance": "REST signed GET (balance): p50 latency",
            "order": "REST signed POST (place + cancel): p50 latency",
        }
        for name, title in titles.items():
            if name in rest["results"]:
                out.append(Panel(title, rest["results"][name], "p50_us", limit, "lower"))
        if "concurrent" in rest["results"]:
            out.append(
                Panel(
                    "REST, 64 requests in flight: requests/s",
                    rest["results"]["concurrent"],
                    "req_per_s",
                    limit,
                    "higher",
                )
            )
    if ws:
        ref = ws["reference"]
        res = ws["results"]
        out.append(
            Panel(
                "WS tickers, ws://: messages/s", res["tickers_plain"], "msgs_per_s", ref, "higher"
            )
        )
        out.append(
            Panel("WS tickers, wss://: messages/s", res["tickers_tls"], "msgs_per_s", ref, "higher")
        )
        out.append(Panel("WS books: messages/s", res["books"], "msgs_per_s", ref, "higher"))
        out.append(
            Panel(
                f"WS memory: RSS growth over {ws['memory_messages']:,} messages",
                res["memory"],
                "growth",
                None,
                "lower",
                " MB",
            )
        )
    return out


def value(runs: list[dict[str, Any]], key: str) -> float:
    if key == "growth":
        return median([{"g": r["rss_after_mb"] - r["rss_warm_mb"]} for r in runs], "g")
    return median(runs, key)


def draw(ax: Axes, panel: Panel) -> None:
    peers = [p for p, rs in panel.runs.items() if rs]
    ref_runs = panel.runs.get(panel.reference or "", [])
    ref = value(ref_runs, panel.key) if ref_runs and not failure(ref_runs) else float("nan")
    names, values, colors, notes = [], [], [], []
    for peer in peers:
        rs = panel.runs[peer]
        names.append(peer)
        if any(r.get("pending") for r in rs):
            values.append(0.0)
            notes.append("not measured")
        elif failure(rs):
            values.append(0.0)
            notes.append("failed")
        else:
            v = value(rs, panel.key)
            values.append(v / ref if panel.reference else v)
            notes.append("")
        colors.append(
            OKX if peer.startswith("okx-py") else REF if peer == panel.reference else PEER
        )
    y = list(range(len(names)))
    ax.barh(y, values, color=colors)
    ax.set_yticks(y, names, fontsize=8)
    ax.invert_yaxis()
    label = f"vs {panel.reference}" if panel.reference else panel.unit.strip()
    ax.set_xlabel(f"{label} ({panel.better} is better)", fontsize=8)
    ax.set_title(panel.title, fontsize=9)
    ax.tick_params(axis="x", labelsize=7)
    top = max([v for v in values if v == v] + [1.0])
    for i, (v, note) in enumerate(zip(values, notes)):
        text = note or f"{v:.2f}{panel.unit}"
        ax.text(v + top * 0.01, i, text, va="center", fontsize=7)
    ax.set_xlim(0, top * 1.18)
    if panel.reference:
        ax.axvline(1.0, color=REF, linewidth=0.8, linestyle="--")


def main() -> None:
    matplotlib.use("Agg")  # no display: draw to a file
    ps = panels()
    if not ps:
        print("no results to chart", flush=True)
        return
    cols = 2
    rows = (len(ps) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(12, 3.2 * rows), squeeze=False)
    for ax, panel in zip(axes.flat, ps):
        draw(ax, panel)
    for ax in list(axes.flat)[len(ps) :]:
        ax.axis("off")
    fig.suptitle("okx-py (orange) against each peer; grey: the reference", fontsize=11)
    fig.tight_layout()
    OUT.parent.mkdir(exist_ok=True)
    fig.savefig(OUT, dpi=90)
    print(f"chart written to {OUT.relative_to(ROOT)}", flush=True)


if __name__ == "__main__":
    main()
